"""Exceptions a user can cause. Their message is written for the user, in one sentence.

Anything that is not a ``UserError`` is our bug: the CLI logs it with its traceback
and the GUI shows the crash dialog.
"""


class UserError(Exception):
    """A refusal the user can understand and act on (exit code 1 in the CLI)."""


class DatabaseRefused(UserError):
    """The file is not a sound Briefing Desk database of a version we can read."""


class DatabaseInUse(UserError):
    """Another process holds the write lock."""


class ReadOnlyDatabase(UserError):
    """A write was attempted on a database opened read-only."""


class NotFound(UserError):
    """The thing the user named does not exist."""


class InvalidInput(UserError):
    """A value the user typed or a file they gave does not pass validation."""
