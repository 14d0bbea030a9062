"""The Calendar view: month, week and agenda pages over the sessions, dragging, holidays and calendar files."""
