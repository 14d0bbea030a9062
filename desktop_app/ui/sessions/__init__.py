"""Sessions: the list, a session's page, the session and series dialogs and the scheduling flows."""
