"""`audit` checks files the way `check` does: from the cache when it can, in workers with --jobs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.errors import InputError
from linter.findings import Finding, Level
from linter.report.audit.inventory import InventoryClaim
from linter.run import workers
from linter.run.cache import Cache, FileResult
from linter.run.checker import Checker

CHECKOUT = str(Path(__file__).resolve().parents[1])
ARTICLES = {
    "garlic.md": "# Garlic and colds\n\nExperts say that garlic cures the common cold.\n\n"
    "A trial in The BMJ found that 63% of people who took it caught fewer colds.\n",
    "sleep.md": "Poor sleep is linked to a higher risk of heart disease ([cohort](https://example.org/c)).\n",
    "coffee.html": "<p>Research shows coffee prevents liver disease.</p>\n",
    "notes/walking.txt": "Walking may lower blood pressure a little.\n",
    "notes/plain.md": "The surgery is closed on Sundays.\n",
    "notes/typo.md": "<!-- healthlint-disable overstatment -->\nOats cure heart disease.\n",
}

# Every file is read and checked; the binary image is an error (and cached as one).
NAMES = sorted([*(Path(name).name for name in ARTICLES), "image.md"])


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "notes" / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 40)
    return root


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files really checked (the cache misses), by name."""
    names: list[str] = []
    original = Checker.check_bytes

    def spy(self: Checker, path: str, data: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(Path(path).name)
        return original(self, path, data, *args, **kwargs)

    monkeypatch.setattr(Checker, "check_bytes", spy)
    return names


def audit(site: Path, out: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, report text (less the date it was made) and stderr of `healthlint audit`."""
    result = CliRunner().invoke(main, ["audit", str(site), "-o", str(out), *args])
    text = re.sub(r'"date": "[^"]*"', '"date": ""', out.read_text(encoding="utf-8"))
    return result.exit_code, re.sub(r"\| Date \| [^|]* \|", "| Date | |", text), result.stderr


def test_a_second_audit_is_answered_from_the_cache(
    site: Path, tmp_path: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ["--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    first = audit(site, tmp_path / "first.json", *cache)
    assert sorted(checked) == NAMES
    assert first[0] == 2 and json.loads(first[1])["claims"]

    def broken(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file was checked again")

    monkeypatch.setattr(Checker, "check_bytes", broken)
    second = audit(site, tmp_path / "second.json", *cache)
    assert second == first


def test_check_and_audit_share_entries(site: Path, tmp_path: Path, checked: list[str]) -> None:
    cache = ["--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    runner = CliRunner()
    before = runner.invoke(main, ["check", *cache, "--format", "json", str(site)])
    checked.clear()
    # Entries written by `check` hold no claims: each file is checked once more, with them.
    cold = audit(site, tmp_path / "cold.json", *cache)
    assert sorted(checked) == NAMES
    checked.clear()
    warm = audit(site, tmp_path / "warm.json", *cache)
    after = runner.invoke(main, ["check", *cache, "--format", "json", str(site)])
    assert checked == []  # the audit's entries serve both commands
    assert warm == cold
    assert (after.exit_code, after.stdout, after.stderr) == (
        before.exit_code,
        before.stdout,
        before.stderr,
    )


def test_audit_with_two_jobs_writes_the_same_report(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "POOL_MIN_BYTES", 0)  # a pool even for these small files
    calls: list[bool] = []
    original = workers.check_in_pool

    def spy(paths, overrides, jobs, inventory=False):  # type: ignore[no-untyped-def]
        calls.append(inventory)
        return original(paths, overrides, jobs, inventory)

    monkeypatch.setattr(workers, "check_in_pool", spy)
    one = audit(site, tmp_path / "one.json", "--no-cache", "--jobs", "1")
    assert calls == []
    two = audit(site, tmp_path / "two.json", "--no-cache", "--jobs", "2")
    assert calls == [True]  # the workers collected the claims
    assert two == one
    report = json.loads(one[1])
    assert report["claims"] and report["summary"]["files"] == len(ARTICLES)
    assert "overstatment" in one[2] and "image.md" in one[2]


def test_no_cache_writes_nothing(site: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    code, _, _ = audit(site, tmp_path / "r.md", "--no-cache", "--cache-dir", str(folder))
    assert code == 2 and not folder.exists()
    audit(site, tmp_path / "r.md", "--cache-dir", str(folder))
    assert len(list(folder.rglob("*.json"))) == len(ARTICLES) + 1  # the image's error too


def test_an_audit_from_the_cache_does_not_import_spacy(site: Path, tmp_path: Path) -> None:
    args = ["audit", "--cache-dir", str(tmp_path / "cache"), ".", "-o", str(tmp_path / "r.json")]
    code = (
        f"import sys; sys.path.insert(0, {CHECKOUT!r}); from linter.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit as exit_:\n    code = exit_.code\n"
        "print('spacy' in sys.modules, code)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=site, check=False
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines()[-1] == "True 2", runs[0].stderr
    assert runs[1].stdout.splitlines()[-1] == "False 2", runs[1].stderr


def test_claims_round_trip_and_are_read_only_when_asked(tmp_path: Path) -> None:
    claim = InventoryClaim(
        path="a.md",
        line=2,
        column=1,
        text="Oats cure heart disease.",
        strength="absolute",
        cues=("cure",),
        attributions=(),
        sources=("link: https://example.org",),
        figures=("63%",),
        registry=("oats-heart",),
        registry_reference="oats-heart",
        rules=("overstatement",),
    )
    finding = Finding("a.md", 2, 6, "overstatement", Level.ERROR, "m", 2, 10, "cure")
    result = FileResult([finding], [], [InputError("a.md", "x", 1)], claims=[claim])
    back = FileResult.from_json(json.loads(json.dumps(result.to_json())))
    assert back.claims == [claim] and back.findings == [finding]
    assert FileResult.from_json(result.to_json(), claims=False).claims is None
    cache = Cache(tmp_path)
    cache.put("ab" * 32, FileResult([finding]))  # as `check` stores it
    assert cache.get("ab" * 32) is not None
    assert cache.get("ab" * 32, claims=True) is None  # `audit` must check the file again
    cache.put("cd" * 32, result)
    stored = cache.get("cd" * 32, claims=True)
    assert stored is not None and stored.claims == [claim]
