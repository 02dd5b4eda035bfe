"""Telegram plumbing shared by the feature routers: middlewares, FSM storage, errors."""
