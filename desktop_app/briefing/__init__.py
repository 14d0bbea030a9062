"""The Word briefing packet: its content (pure) and the python-docx writer. No Qt."""
