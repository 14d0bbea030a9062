"""Use cases: one function per user action, each in one transaction. The GUI and CLI call these."""
