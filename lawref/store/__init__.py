"""The statute store: its schema, loading, validation, writing, editing and compiled cache."""
