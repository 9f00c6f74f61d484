"""Bad input of every kind: a one-line error naming the file, exit 2, no traceback, others checked."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

# Hostile input must not hang: a test still running after 5 minutes (seconds on an idle
# machine) is a bug, not a slow machine.
pytestmark = pytest.mark.timeout(300)

GOOD = "The pill cures arthritis.\n"  # one finding, so we can see the good file was checked
BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n'


def run(*args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", *args])


def with_good(tmp_path: Path) -> Path:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path


def writer(
    name: str, data: str | bytes, message: str | None = None
) -> Callable[[Path], tuple[str, str | None]]:
    """A case: write `data` to `name` in the folder; expect `message` on stderr (or none)."""

    def write(folder: Path) -> tuple[str, str | None]:
        path = folder / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        return name, message

    return write


FILES: dict[str, Callable[[Path], tuple[str, str | None]]] = {
    "binary": writer("x.md", b"\x89PNG\x00\x00\x01", "binary file, skipped"),
    "empty": writer("x.md", b""),
    "deep nested lists": writer("x.md", "- " * 10_000 + "cure\n"),
    "deep nested ordered lists": writer("x.md", "1. " * 10_000 + "cure\n"),
    "deep nested quotes": writer("x.md", ">" * 10_000 + " cure\n"),
    "deep nested html": writer("x.html", "<div>" * 10_000 + "cure" + "</div>" * 10_000),
    "huge table": writer("x.md", "| a | b |\n|---|---|\n" + "| cure | 5% |\n" * 50_000),
    "unclosed fence": writer("x.md", "```\n" + "cure\n" * 1000),
    "backtick runs": writer("x.md", "`" * 5000 + " cure " + "`" * 4999 + "\n"),
    "unclosed html comment": writer("x.html", "<p>ok</p><!-- " + "x " * 50_000),
    "long single line": writer("x.txt", "word cures " * 200_000 + "\n"),
}


@pytest.mark.parametrize("case", list(FILES), ids=list(FILES))
def test_bad_files_never_crash_and_the_good_file_is_checked(tmp_path: Path, case: str) -> None:
    folder = with_good(tmp_path)
    name, message = FILES[case](folder)
    result = run(str(folder))
    assert "Traceback" not in result.output
    assert f"{folder / 'good.md'}:1:10: error overstatement" in result.stdout
    if message:
        assert result.exit_code == 2
        assert f"{folder / name}: {message}" in result.stderr
    else:
        assert result.exit_code in (0, 1), result.stderr


@pytest.mark.parametrize(
    ("data", "warning", "expected"),
    [
        (codecs.BOM_UTF16_LE + "Über: the pill cures gout.\n".encode("utf-16-le"), None, "1:16"),
        (codecs.BOM_UTF8 + "Über: the pill cures gout.\n".encode(), None, "1:16"),
        ("Über: the pill cures gout.\n".encode("latin-1"), "not valid UTF-8", "1:16"),
        (b"bad \xff\xfe byte: the pill cures gout.\n", "not valid UTF-8", "1:"),
    ],
    ids=["utf-16 bom", "utf-8 bom", "latin-1", "invalid utf-8"],
)
def test_encodings(tmp_path: Path, data: bytes, warning: str | None, expected: str) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 1
    assert f"{path}:{expected}" in result.stdout
    assert (warning in result.stderr) if warning else "warning" not in result.stderr


def test_symlink_loop_in_a_walked_folder(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")
    result = run(str(folder))
    assert result.exit_code == 1
    assert result.stdout.count("good.md:1:10") == 1


def test_a_file_that_vanishes_during_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linter.run.files
    import linter.run.session

    folder = with_good(tmp_path)
    gone = folder / "gone.md"
    real_walk = linter.run.files.walk

    def walk(root: str):  # type: ignore[no-untyped-def]
        yield from real_walk(root)
        yield str(gone), None  # listed, then deleted before it is read

    monkeypatch.setattr(linter.run.session, "walk", walk)
    result = run("--jobs", "1", "--no-cache", str(folder))
    assert result.exit_code == 2
    assert f"{gone}: cannot read" in result.stderr
    assert "good.md:1:10" in result.stdout


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = with_good(tmp_path)
    secret = folder / "secret.md"
    secret.write_text("x", encoding="utf-8")
    real_open = os.open

    def guarded(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
    result = run("--jobs", "1", "--no-cache", str(folder))
    assert result.exit_code == 2
    assert f"{secret}: cannot read: Permission denied" in result.stderr
    assert "good.md:1:10" in result.stdout


CONFIGS = {
    "invalid yaml": ("rules: {overstatement: [\n", "invalid YAML"),
    "yaml bomb": (BOMB, "aliases (*name) are not allowed"),
    "wrong type": ("include: 5\n", "include must be a list of strings"),
    "unknown key": ("rulez: {}\n", "unknown key 'rulez'"),
    "unknown rule id": ("rules:\n  no-such-rule: off\n", "unknown rule id 'no-such-rule'"),
}


@pytest.mark.parametrize(("text", "message"), CONFIGS.values(), ids=list(CONFIGS))
def test_bad_configs(tmp_path: Path, text: str, message: str) -> None:
    folder = with_good(tmp_path)
    (folder / ".healthlint.yaml").write_text(text, encoding="utf-8")
    result = run(str(folder))
    assert result.exit_code == 2
    assert (
        message in result.stderr and str((folder / ".healthlint.yaml").resolve()) in result.stderr
    )
    assert "Traceback" not in result.output


PACKS = {
    "invalid regex": ("terms: ['cur(e']", "invalid regular expression"),
    "catastrophic regex": ("terms: ['(a+)+b']", "exponential time"),
    "wrong option type": ("terms: cure", "option 'terms' must be a list"),
    "unknown option": ("termz: [cure]", "unknown option 'termz'"),
    "yaml bomb": (None, "aliases (*name) are not allowed"),
}


@pytest.mark.parametrize(("options", "message"), PACKS.values(), ids=list(PACKS))
def test_bad_rule_packs(tmp_path: Path, options: str | None, message: str) -> None:
    folder = with_good(tmp_path)
    pack = folder / "house.yaml"
    if options is None:
        pack.write_text(BOMB, encoding="utf-8")
    else:
        pack.write_text(
            "id: house-hype\nlevel: warning\ncheck: wording\nmessage: '{term}'\n"
            f"options: {{{options}}}\n"
            "docs: {what: a, why: b, fix: c, bad: d, good: e, limits: f}\n",
            encoding="utf-8",
        )
    (folder / ".healthlint.yaml").write_text("rule_packs: [house.yaml]\n", encoding="utf-8")
    result = run(str(folder))
    assert result.exit_code == 2
    assert f"{pack}" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_registry_bomb(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "claims.yaml").write_text(BOMB, encoding="utf-8")
    result = run("--claims", str(folder / "claims.yaml"), str(folder))
    assert result.exit_code == 2 and "aliases (*name) are not allowed" in result.stderr


def test_a_file_with_too_many_findings_is_cut_short_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linter.engine

    monkeypatch.setattr(linter.engine, "MAX_FINDINGS_PER_FILE", 3)
    article = tmp_path / "pasted.md"
    article.write_text("\n\n".join(["Garlic cures cancer."] * 10) + "\n", encoding="utf-8")
    result = run("--jobs", "1", "--no-cache", "--format", "json", str(article))
    assert f"warning: {article}: more than 3 findings; the rest is not checked" in result.stderr
    lines = {finding["line"] for finding in json.loads(result.stdout)["findings"]}
    assert len(lines) == 3  # the first paragraphs only: the rest was never read
