"""``python -m benchmarks``: run every benchmark, print the table, write results.json and results.md."""

from __future__ import annotations

import sys

from benchmarks.harness import main

if __name__ == "__main__":
    sys.exit(main())
