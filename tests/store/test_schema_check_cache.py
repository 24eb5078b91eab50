"""The expected schema is kept between starts, named after the code, and never trusted blindly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutier.store import schema, schema_check


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path))
    schema_check._raw.cache_clear()
    schema_check.expected.cache_clear()
    yield tmp_path
    schema_check._raw.cache_clear()
    schema_check.expected.cache_clear()


def test_the_cache_holds_what_the_migrations_make(fresh: Path) -> None:
    version = schema.LATEST_VERSION
    made = schema_check._migrated_objects(version)
    assert schema_check._cached_objects(version) == made  # computed, then written
    (cached,) = (fresh / "state" / "schema-cache").glob("*.json")
    assert schema_check._cached_objects(version) == made  # read back
    assert len(json.loads(cached.read_text(encoding="utf-8"))) == len(made)


@pytest.mark.parametrize("junk", ["", "{", '{"a": 1}', '["abcd"]', "[[1, 2, 3, 4]]"])
def test_a_damaged_cache_is_made_again(fresh: Path, junk: str) -> None:
    version = schema.LATEST_VERSION
    path = schema_check._cache_file(version)
    path.parent.mkdir(parents=True)
    path.write_text(junk, encoding="utf-8")
    assert schema_check._cached_objects(version) == schema_check._migrated_objects(version)
    assert json.loads(path.read_text(encoding="utf-8"))  # rewritten whole


def test_other_code_gets_another_cache_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = schema_check._cache_file(schema.LATEST_VERSION)
    monkeypatch.setattr(schema, "NAMES", (*schema.NAMES, "m999_later"))
    assert schema_check._cache_file(schema.LATEST_VERSION) != before
