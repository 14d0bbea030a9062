"""``python -m desktop_app`` does what the ``briefing-desk`` command does."""

import desktop_app.process_clock  # noqa: F401 - starts the fallback clock as early as possible
from desktop_app.cli import run

if __name__ == "__main__":
    run()
