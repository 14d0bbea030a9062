"""search QUERY [--limit N] [--json]; search --rebuild; search --check."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import EXIT_OK, EXIT_REFUSED, UsageError, open_workspace


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("the limit is a whole number from 1 to 1000")
    return value


def register(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="search sessions, agenda items, outcomes, action items and people",
        description=(
            "Words are matched by their beginning (exerc finds exercises); Korean also inside words "
            '(협의 finds 정책협의는); "quoted words" as a phrase; a year such as 2029 keeps that year\'s sessions.'
        ),
    )
    search.add_argument("query", nargs="*", help="what to look for, in Korean or English")
    search.add_argument("--limit", type=_positive, default=20, help="at most N results (default 20)")
    search.add_argument("--json", action="store_true", help='print {"elapsed_ms": …, "results": […]}')
    search.add_argument("--rebuild", action="store_true", help="index everything again (after a repair)")
    search.add_argument("--check", action="store_true", help="check that the index is complete and sound")
    search.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from desktop_app.services.search import (
        KIND_LABELS,
        KIND_NAMES,
        check_search_index,
        rebuild_search_index,
        results_as_json,
        search,
    )

    text = " ".join(args.query)
    if not text.strip() and not (args.rebuild or args.check):
        raise UsageError("give something to search for, or --rebuild or --check")
    with open_workspace(args) as workspace:
        if args.rebuild or args.check:
            state = rebuild_search_index(workspace) if args.rebuild else check_search_index(workspace, thorough=True)
            for kind, (indexed, expected) in state.counts.items():
                print(f"{KIND_LABELS[kind]:<13} {indexed:>7} indexed of {expected}")
            for problem in state.problems:
                print(f"problem: {problem}")
            print("ok: the search index is sound" if state.sound else "the index needs: briefing-desk search --rebuild")
            if not state.sound:
                return EXIT_REFUSED
            if not text.strip():
                return EXIT_OK
        results = search(workspace, text, limit=args.limit)
    if args.json:
        print(json.dumps(results_as_json(results), ensure_ascii=False, indent=2))
        return EXIT_OK
    for hit in results.hits:
        print(f"{KIND_NAMES[hit.kind]:<12} {hit.id:>6}  {hit.title}")
        for detail in (hit.snippet_text, hit.context):
            if detail:
                print(f"{'':21}{detail}")
    print(f"{len(results.hits)} results in {results.elapsed_ms:.1f} ms")
    return EXIT_OK
