"""The people directory and the delegations: dialogs, undo commands and the pieces they share."""
