"""The search box's results: a popup under it, grouped by kind, opened with Enter (services/search.py finds them)."""
