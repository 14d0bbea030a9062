"""Speed measurements of Briefing Desk, each as a ratio to a bare baseline measured in the same run.

A harness, not timed tests: ``make bench`` (``python -m benchmarks``) prints a table and
writes ``benchmarks/results.json`` and ``benchmarks/results.md``.
"""
