"""Outcomes and action items: the Outcomes tab, the Action items view, their tables and undo commands."""
