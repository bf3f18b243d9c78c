"""The loyalty domain: rules, ledger, vouchers and use cases, free of Qt and device code."""
