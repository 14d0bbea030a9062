"""The audit log: every change to the database, kept by triggers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEntry:
    at: str  # UTC, ISO 8601
    table_name: str
    row_id: int
    action: str  # insert, update, delete
    id: int | None = None
