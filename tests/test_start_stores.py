"""What start-up keeps between runs in plain JSON (linter/config/json_store.py): the bundled YAML
parsed, and the one-pass matcher's prefix readings and required strings. A changed input is a
miss; a damaged or tampered file is ignored; a hit gives what parsing gives."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.config import pattern_prefixes, required_literals, yamlio
from linter.config.json_store import JsonStore
from linter.config.resources import data_dir

YAML = """\
name: test
when: 2026-11-25
items:
  - one
  - {a: 1, b: [2.5, true, null]}
nested:
  key: value
"""


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A YAML file read as healthlint's own, with a store in `tmp_path`."""
    path = tmp_path / "lexicon.yaml"
    path.write_text(YAML, encoding="utf-8")
    monkeypatch.setattr(yamlio, "_is_bundled", lambda p: True)
    monkeypatch.setattr(yamlio, "_handed", set())
    yamlio.use_store(yamlio.parse_store(tmp_path / "store.json"))
    yield path
    yamlio.use_store(None)


def _new_run(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: the store read from its file, nothing handed out."""
    monkeypatch.setattr(yamlio, "_handed", set())
    yamlio.use_store(yamlio.parse_store(store_path))


def _same_tree(a: object, b: object) -> None:
    """Equal, with the same types and the same lines on every mapping."""
    assert type(a) is type(b)
    assert a == b
    if isinstance(a, yamlio.LineDict):
        assert isinstance(b, yamlio.LineDict)
        assert (a.line, a.key_lines) == (b.line, b.key_lines)
        for key in a:
            _same_tree(a[key], b[key])
    elif isinstance(a, list):
        assert isinstance(b, list)
        for x, y in zip(a, b, strict=True):
            _same_tree(x, y)


def test_a_stored_parse_is_the_parse(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = yamlio.load_yaml_file(bundled)
    assert parsed["when"] == datetime.date(2026, 11, 25)
    yamlio._store.save()  # type: ignore[union-attr]
    _new_run(bundled.parent / "store.json", monkeypatch)
    monkeypatch.setattr(yamlio, "load_yaml_text", _must_not_parse)
    _same_tree(yamlio.load_yaml_file(bundled), parsed)


def _must_not_parse(*args: object, **kwargs: object) -> object:
    raise AssertionError("parsed again: the stored tree was not used")


def test_a_changed_file_is_parsed_again(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    yamlio.load_yaml_file(bundled)
    yamlio._store.save()  # type: ignore[union-attr]
    bundled.write_text(YAML.replace("name: test", "name: changed"), encoding="utf-8")
    _new_run(bundled.parent / "store.json", monkeypatch)
    assert yamlio.load_yaml_file(bundled)["name"] == "changed"


def test_a_tree_is_handed_out_once(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller may change the tree it gets: a second load in the same run parses anew."""
    first = yamlio.load_yaml_file(bundled)
    first["name"] = "changed by a caller"
    assert yamlio.load_yaml_file(bundled)["name"] == "test"


def _rewrite(path: Path, change: object) -> None:
    """Rewrite a store's JSON with `change` applied, and a correct digest."""
    import hashlib

    entries = json.loads(path.read_bytes()[32:])
    change(entries)  # type: ignore[operator]
    payload = json.dumps(entries).encode("ascii")
    path.write_bytes(hashlib.blake2b(payload, digest_size=32).digest() + payload)


@pytest.mark.parametrize(
    "damage",
    [
        "cut",  # a torn write: the digest no longer fits
        "tag",  # a tagged object of another shape: the whole file is refused
        "shape",  # an entry that is no one-item list
    ],
)
def test_a_damaged_store_is_ignored(
    bundled: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    parsed = yamlio.load_yaml_file(bundled)
    store = bundled.parent / "store.json"
    yamlio._store.save()  # type: ignore[union-attr]
    if damage == "cut":
        store.write_bytes(store.read_bytes()[:-10])
    elif damage == "tag":
        _rewrite(store, lambda e: [v[0].update({"\x00line": "1"}) for v in e.values()])
    else:
        _rewrite(store, lambda e: e.update({k: {"not": "a list"} for k in e}))
    _new_run(store, monkeypatch)
    _same_tree(yamlio.load_yaml_file(bundled), parsed)


def test_a_store_is_json_and_runs_no_code(tmp_path: Path) -> None:
    """A pickle planted where the store is read is no JSON: nothing from it is used or run."""
    import hashlib
    import pickle

    payload = pickle.dumps(Path("planted"))
    path = tmp_path / "store.json"
    path.write_bytes(hashlib.blake2b(payload, digest_size=32).digest() + payload)
    assert JsonStore(path).get("anything") is None


def test_the_bundled_files_are_kept_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every bundled rule and lexicon file goes into the store, and comes back the same."""
    files = sorted(data_dir("rules").rglob("*.yaml")) + sorted(data_dir("claims").glob("*.yaml"))
    monkeypatch.setattr(yamlio, "_handed", set())
    yamlio.use_store(None)
    parsed = [yamlio.load_yaml_file(path) for path in files]
    try:
        yamlio.use_store(yamlio.parse_store(tmp_path / "store.json"))
        for path in files:
            yamlio.load_yaml_file(path)
        yamlio._store.save()  # type: ignore[union-attr]
        _new_run(tmp_path / "store.json", monkeypatch)
        monkeypatch.setattr(yamlio, "load_yaml_text", _must_not_parse)
        for path, tree in zip(files, parsed, strict=True):
            _same_tree(yamlio.load_yaml_file(path), tree)
    finally:
        yamlio.use_store(None)


PATTERN = re.compile(r"(?<![\w-])(?:cures?|miracle (?:cure|drug))(?![\w])", re.I)


def test_prefix_readings_come_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = pattern_prefixes.read(PATTERN)
    assert expected[0] == frozenset({"cure", "cures", "miracl"}) and expected[1]
    pattern_prefixes.use_store(JsonStore(tmp_path / "prefixes.json"))
    try:
        assert pattern_prefixes.read(PATTERN) == expected
        pattern_prefixes._readings.store.save()  # type: ignore[union-attr]
        pattern_prefixes.use_store(JsonStore(tmp_path / "prefixes.json"))
        monkeypatch.setattr(pattern_prefixes, "_read", _must_not_parse)
        assert pattern_prefixes.read(PATTERN) == expected
    finally:
        pattern_prefixes.use_store(None)


def test_a_prefix_reading_of_another_shape_is_read_again(tmp_path: Path) -> None:
    store_path = tmp_path / "prefixes.json"
    expected = pattern_prefixes.read(PATTERN)
    pattern_prefixes.use_store(JsonStore(store_path))
    try:
        pattern_prefixes.read(PATTERN)
        pattern_prefixes._readings.store.save()  # type: ignore[union-attr]
        _rewrite(store_path, lambda e: e.update({k: [[""], "yes"] for k in e}))
        pattern_prefixes.use_store(JsonStore(store_path))
        assert pattern_prefixes.read(PATTERN) == expected
    finally:
        pattern_prefixes.use_store(None)


# Needs "gene" or "trial": no literal prefix (it opens with a wide class), so the matcher runs
# it with its own finditer behind this test. The second pattern requires nothing.
NEEDS = re.compile(r"[A-Z]\w+ (?:gene|trial)s?", re.I)
FREE = re.compile(r"\w+")


@pytest.mark.parametrize("pattern", [NEEDS, FREE])
def test_required_strings_come_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: re.Pattern[str]
) -> None:
    expected = required_literals.required(pattern)
    assert expected == (frozenset({"gene", "trial"}) if pattern is NEEDS else None)
    required_literals.use_store(JsonStore(tmp_path / "prefixes.json"))
    try:
        assert required_literals.required(pattern) == expected
        required_literals._readings.store.save()  # type: ignore[union-attr]
        required_literals.use_store(JsonStore(tmp_path / "prefixes.json"))
        monkeypatch.setattr(required_literals, "_required", _must_not_parse)
        assert required_literals.required(pattern) == expected
    finally:
        required_literals.use_store(None)


def test_required_strings_of_another_shape_are_read_again(tmp_path: Path) -> None:
    store_path = tmp_path / "prefixes.json"
    required_literals.use_store(JsonStore(store_path))
    try:
        required_literals.required(NEEDS)
        required_literals._readings.store.save()  # type: ignore[union-attr]
        _rewrite(store_path, lambda e: e.update({k: ["gene", 3] for k in e}))
        required_literals.use_store(JsonStore(store_path))
        assert required_literals.required(NEEDS) == frozenset({"gene", "trial"})
    finally:
        required_literals.use_store(None)
