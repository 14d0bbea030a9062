"""Briefing Desk: plan the sessions of a bilateral consultative body and brief its principal."""

__version__ = "0.1.0"
APP_NAME = "Briefing Desk"
