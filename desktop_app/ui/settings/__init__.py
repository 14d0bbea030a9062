"""The settings: Preferences, the body's own settings, and the first-run setup of an empty database."""
