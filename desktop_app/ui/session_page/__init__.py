"""A session's page: everything about one session, tab by tab."""
