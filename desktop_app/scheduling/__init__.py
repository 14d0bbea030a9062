"""Time zones, recurrence, holidays and conflicts. No Qt."""
