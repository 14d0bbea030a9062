"""What every feature of the window shares: dialogs, formatting, the undo history, tables, fields."""
