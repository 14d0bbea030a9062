"""The expected schema that ships (checked at every open) is exactly what the migrations build."""

from __future__ import annotations

from desktop_app.storage import migrations
from desktop_app.storage.schema_check import SHIPPED, shipped_text


def test_the_shipped_expected_schema_is_what_the_migrations_build() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == shipped_text(migrations.SCHEMA_VERSION), (
        "desktop_app/storage/expected_schema.json is out of date: run python -m desktop_app.storage.schema_check"
    )
