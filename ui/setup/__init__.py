"""The first-run set-up screens: the same steps as `python main.py setup`, for a touch screen."""
