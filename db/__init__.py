"""Persistence with peewee: the database proxy, models, migrations and integrity checks."""
