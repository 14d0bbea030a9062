"""``python -m benchmarks``: run every benchmark, print the table, write results.json and results.md.

``python -m benchmarks --only packet`` runs one benchmark and only prints its rows.
"""

from __future__ import annotations

import sys

from benchmarks.harness import main

if __name__ == "__main__":
    sys.exit(main())
