"""The database file: opening it safely, its schema, rows to dataclasses, backups."""
