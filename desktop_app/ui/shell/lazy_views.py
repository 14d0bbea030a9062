"""The rail's views, each built the first time it is asked for: start-up builds only what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.ui.shell.navigation_rail import VIEW_KEYS


class LazyViews(dict[str, QWidget]):
    """``views["people"]`` always answers the view, building it on first use (``build`` adds it to
    the window's stack); iterating, ``in`` and ``get`` see only the views built so far — a view
    not built yet is not on screen either.
    """

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        if key not in VIEW_KEYS:
            raise KeyError(key)
        view = self._build(key)
        self[key] = view
        return view
