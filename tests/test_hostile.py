"""Issue 21: a hostile repository (content anyone can submit in a pull request) cannot make
healthlint change a byte it should not, serve a stale cache entry, forge an output line, hang,
exhaust memory, or be silenced by someone else's config. One test (or more) per item."""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_fix import LINK, REGISTRY, SENTENCE

from linter.cli import main
from linter.run import workers
from linter.run.session import Session
from linter.run.settings import Overrides

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
VAGUE = "Research shows that walking helps people with glarb syndrome.\n"


def cli(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "linter", *args]


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def fix(registry: Path, *args: str):  # type: ignore[no-untyped-def]
    return cli("check", "--no-cache", "--no-builtin-claims", "--claims", str(registry), *args)


def fixed(data: bytes, encoding: str = "ascii") -> bytes:
    return data.replace("5 years.".encode(encoding), f"5 years {LINK}.".encode(encoding))


# 1. A fix changes exactly the inserted bytes, or refuses the file.


def test_a_bom_file_that_is_not_utf8_keeps_every_byte_but_the_link(
    tmp_path: Path, registry: Path
) -> None:
    article = tmp_path / "a.md"
    original = codecs.BOM_UTF8 + f"# Café\n\n{SENTENCE}\n\nÉté.\n".encode("cp1252")
    article.write_bytes(original)
    result = fix(registry, "--fix", str(article))
    assert "fixed 1 finding" in result.stderr
    assert article.read_bytes() == fixed(original)


def test_utf16_with_a_bad_sequence_is_refused_not_filled_with_replacement_characters(
    tmp_path: Path, registry: Path
) -> None:
    article = tmp_path / "a.md"
    lone_surrogate = b"\x00\xd8"  # a high surrogate with no low one after it
    body = f"# T\n\n{SENTENCE}\n".encode("utf-16-le")
    original = codecs.BOM_UTF16_LE + body[:4] + lone_surrogate + body[4:]
    article.write_bytes(original)
    result = fix(registry, "--fix", str(article))
    assert result.exit_code == 2
    assert "cannot fix without re-encoding" in result.stderr
    assert article.read_bytes() == original
    diff = fix(registry, "--diff", str(article))
    assert diff.exit_code == 2 and "cannot fix without re-encoding" in diff.stderr
    assert diff.stdout == ""


# 2. Symlinks, hard links, owner and group; no temp file.


def test_a_symlink_inside_the_repository_is_fixed_in_its_target(
    tmp_path: Path, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    real = tmp_path / "real.md"
    real.write_text(SENTENCE + "\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to("real.md")
    monkeypatch.chdir(tmp_path)
    result = fix(registry, "--fix", "link.md")
    assert "fixed 1 finding" in result.stderr, result.stderr
    assert link.is_symlink()
    assert real.read_bytes() == fixed(f"{SENTENCE}\n".encode())


def test_a_symlink_out_of_the_repository_is_refused(
    tmp_path: Path, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    outside = tmp_path / "outside" / "victim.md"
    outside.parent.mkdir()
    outside.write_text(SENTENCE + "\n", encoding="utf-8")
    os.chmod(outside.parent, 0o755)
    (repo / "a.md").symlink_to(outside)
    monkeypatch.chdir(repo)
    # Named on the command line, or walked: neither follows it out, neither writes there.
    for args in (["a.md"], ["."]):
        result = fix(registry, "--fix", *args)
        assert (repo / "a.md").is_symlink()
        assert outside.read_text(encoding="utf-8") == SENTENCE + "\n"
        assert "a.md: a symlink to outside" in result.stderr
        assert "fixed" not in result.stderr


def test_hard_links_are_refused_not_split(tmp_path: Path, registry: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    os.link(article, tmp_path / "b.txt")
    result = fix(registry, "--fix", str(article))
    assert result.exit_code == 2
    assert "hard links" in result.stderr
    assert os.stat(article).st_ino == os.stat(tmp_path / "b.txt").st_ino
    assert article.read_text(encoding="utf-8") == SENTENCE + "\n"


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user")
def test_a_file_fixed_by_root_keeps_its_owner_group_and_mode(
    tmp_path: Path, registry: Path
) -> None:
    article = tmp_path / "a.md"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    os.chown(article, 12345, 23456)
    os.chmod(article, 0o664)
    result = fix(registry, "--fix", str(article))
    assert "fixed 1 finding" in result.stderr
    info = os.stat(article)
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (12345, 23456, 0o664)


def test_no_temp_file_has_a_name_while_it_is_written(
    tmp_path: Path, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGKILL can come at any instant; a temp file with a name would be left behind (a
    bench/fix_kills.py loop kills real runs). While its bytes are written and synced, the new
    file has no name in the folder."""
    article = tmp_path / "a.md"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    seen: list[list[str]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        seen.append(sorted(os.listdir(tmp_path)))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = fix(registry, "--fix", str(article))
    assert "fixed 1 finding" in result.stderr
    assert seen and all(names == ["a.md", "claims.yaml"] for names in seen), seen
    assert sorted(os.listdir(tmp_path)) == ["a.md", "claims.yaml"]


# 3. The cache key is made of exactly what produced the result.


def _site(tmp_path: Path, files: int = 1) -> tuple[Path, Path]:
    site = tmp_path / "site"
    site.mkdir()
    config = site / ".healthlint.yaml"
    config.write_text("rules: {vague-attribution: off}\n", encoding="utf-8")
    for i in range(files):
        (site / f"a{i}.md").write_text(VAGUE, encoding="utf-8")
    return site, config


def _rules(overrides: Overrides, site: Path) -> list[str]:
    return sorted(f.rule for f in Session(overrides).lint_paths([site]).findings)


def test_a_config_edited_during_a_run_never_poisons_the_cache(tmp_path: Path) -> None:
    site, config = _site(tmp_path)
    cached = Overrides(jobs=1, use_cache=True, cache_dir=tmp_path / "cache")
    session = Session(cached)
    assert "vague-attribution" not in {f.rule for f in session.lint_paths([site]).findings}
    config.write_text("rules: {vague-attribution: warning}  # edited\n", encoding="utf-8")
    session.lint_paths([site])  # the same run checks again (as --fix does after fixing)
    truth = _rules(Overrides(jobs=1), site)
    assert "vague-attribution" in truth
    assert _rules(cached, site) == truth


def test_with_workers_the_key_is_the_workers_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, config = _site(tmp_path, files=2)
    real = workers.check_in_pool

    def edited_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        done = list(real(*args, **kwargs))  # checked under the first config
        config.write_text("rules: {vague-attribution: warning}  # edited\n", encoding="utf-8")
        return iter(done)

    monkeypatch.setattr(workers, "use_pool", lambda jobs, paths: True)
    monkeypatch.setattr(workers, "check_in_pool", edited_meanwhile)
    cached = Overrides(jobs=2, use_cache=True, cache_dir=tmp_path / "cache")
    Session(cached).lint_paths([site])
    monkeypatch.undo()
    truth = _rules(Overrides(jobs=1), site)
    assert truth == ["vague-attribution", "vague-attribution"]
    assert _rules(replace_jobs(cached, 1), site) == truth


def replace_jobs(overrides: Overrides, jobs: int) -> Overrides:
    from dataclasses import replace

    return replace(overrides, jobs=jobs)


def test_the_code_fingerprint_covers_the_readers_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from linter.run import fingerprints as cache

    hashed: list[str] = []
    real = cache._hash_files

    def record(digest, paths):  # type: ignore[no-untyped-def]
        paths = list(paths)
        hashed.extend(str(p) for p in paths)
        real(digest, paths)

    monkeypatch.setattr(cache, "_hash_files", record)
    cache.code_fingerprint.__wrapped__()
    for package in ("spacy", "markdown_it", "mdit_py_plugins", "yaml"):
        assert any(f"{os.sep}{package}{os.sep}" in p for p in hashed), package


# 4. No output line can be forged by a file name or a message.

FORGED = "a\n::error file=SPOOF.md,line=1::forged\r::warning::x.md"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_file_name_cannot_forge_a_ci_command(tmp_path: Path, fmt: str) -> None:
    (tmp_path / FORGED).write_text(VAGUE, encoding="utf-8")
    (tmp_path / "b\n::error::binary.md").write_bytes(b"\x00\x01binary")
    result = cli("check", "--no-cache", "--format", fmt, str(tmp_path))
    assert result.exit_code == 2
    for stream in (result.stdout, result.stderr):
        lines = stream.replace("\r", "\n").split("\n")
        assert not [line for line in lines if line.startswith("::error file=SPOOF")], stream
        assert not [line for line in lines if line.startswith(("::error::", "::warning::"))]
    assert "SPOOF.md" in result.stdout  # the finding is reported, under its escaped name
    assert "b\\x0a::error::binary.md: binary file" in result.stderr


# 5. Special files and symlinks.


@pytest.mark.timeout(120)
def test_a_fifo_named_md_is_one_error_and_the_good_file_is_checked(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(VAGUE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    result = subprocess.run(
        command("check", "--no-cache", "--jobs", "1", str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 2
    assert f"{tmp_path / 'pipe.md'}: a FIFO, not a regular file; skipped" in result.stderr
    assert "good.md:1:1: warning vague-attribution" in result.stdout


@pytest.mark.timeout(120)
def test_symlinks_out_of_the_tree_are_not_followed(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "good.md").write_text(VAGUE, encoding="utf-8")
    (tree / "zero.md").symlink_to("/dev/zero")
    (tree / "root").symlink_to("/")
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "private.md").write_text(VAGUE, encoding="utf-8")
    (tree / "away").symlink_to(secret)
    result = cli("check", "--no-cache", "--jobs", "1", str(tree))
    assert result.exit_code == 1, result.stderr
    assert "private.md" not in result.stdout
    for name in ("zero.md", "root", "away"):
        assert f"{tree / name}: a symlink to outside {tree}; not followed" in result.stderr


def test_a_symlinked_copy_inside_the_tree_is_checked_once(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(VAGUE, encoding="utf-8")
    (tmp_path / "mirror").symlink_to("docs")
    (tmp_path / "same.md").symlink_to("docs/a.md")
    result = cli("check", "--no-cache", "--jobs", "1", str(tmp_path))
    assert result.stdout.count("vague-attribution") == 1
    assert "in 1 of 1 file" in result.stdout


@pytest.mark.timeout(120)
@pytest.mark.parametrize("what", ["config", "rule_pack", "claims", "baseline"])
def test_named_files_that_are_fifos_or_devices_are_one_error(tmp_path: Path, what: str) -> None:
    (tmp_path / "good.md").write_text(VAGUE, encoding="utf-8")
    fifo = tmp_path / "named.yaml"
    os.mkfifo(fifo)
    args = {
        "config": ["--config", str(fifo)],
        "rule_pack": ["--config", str(tmp_path / "c.yaml")],
        "claims": ["--claims", str(fifo)],
        "baseline": ["--baseline", str(fifo)],
    }[what]
    (tmp_path / "c.yaml").write_text(f"rule_packs: [{fifo.name}]\n", encoding="utf-8")
    result = subprocess.run(
        command("check", "--no-cache", *args, str(tmp_path / "good.md")),
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 2
    assert "a FIFO, not a regular file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # The run stops here (nothing is checked): an article is skipped, this file is not.
    assert "skipped" not in result.stderr
    assert "vague-attribution" not in result.stdout


@pytest.mark.timeout(120)
def test_stdin_from_dev_zero_is_capped() -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            command("check", "--no-cache", "-"), stdin=zero, capture_output=True, timeout=100
        )
    assert result.returncode == 2
    assert b"stdin.md: standard input: larger than" in result.stderr
    assert result.stderr.rstrip().endswith(b" bytes; skipped")  # an input, as an article is


# 6. File names that are not UTF-8.

NOT_UTF8 = os.fsdecode(b"caf\xe9 \xff.md")


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit", "gitlab", "rdjsonl"])
def test_a_file_name_that_is_not_utf8_keeps_every_format_valid(tmp_path: Path, fmt: str) -> None:
    (tmp_path / NOT_UTF8).write_text(VAGUE, encoding="utf-8")
    (tmp_path / "good.md").write_text(VAGUE, encoding="utf-8")
    cache = tmp_path / "cache"
    for _ in range(2):  # the second from the cache
        result = CliRunner().invoke(
            main, ["check", "--cache-dir", str(cache), "--format", fmt, str(tmp_path)]
        )
        assert result.exit_code == 1, result.output
        text = result.stdout_bytes.decode("utf-8")
        # The escaped name, never a bare "caf": a fingerprint's hex digits can spell that.
        assert len(re.findall(r"caf[\\/]", text)) == text.count("good.md") >= 1
        if fmt == "text":
            assert "caf\\xe9 \\xff.md:1:1:" in text
        if fmt in ("json", "sarif", "gitlab"):
            json.loads(result.stdout)
        if fmt == "rdjsonl":
            assert [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("suffix", [".html", ".md", ".json"])
def test_the_audit_report_stays_valid_with_a_file_name_that_is_not_utf8(
    tmp_path: Path, suffix: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / NOT_UTF8).write_text(VAGUE, encoding="utf-8")
    report = tmp_path / f"report{suffix}"
    result = cli("audit", "--cache-dir", str(tmp_path / "cache"), "-o", str(report), str(site))
    assert result.exit_code == 1, result.output
    text = report.read_bytes().decode("utf-8")
    assert "caf\\\\xe9" in text or "caf\\xe9" in text
    if suffix == ".json":
        json.loads(text)


# 7. A write error on stdout is exit 2; a closed pipe stays quiet.


def test_a_full_disk_is_an_error_not_a_cut_report(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(VAGUE * 400, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            command("check", "--no-cache", "--format", "sarif", str(tmp_path)),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    assert result.returncode == 2
    assert "cannot write the output: No space left on device" in result.stderr


FULL_AT_FLUSH = """
import errno, io, sys

class FullDisk(io.StringIO):
    def flush(self):
        if self.tell():
            raise OSError(errno.ENOSPC, "No space left on device")

sys.stdout = FullDisk()
sys.argv = ["healthlint", "check", "--no-cache", "--format", "sarif", sys.argv[1]]
from linter.cli import run
run()
"""


def test_a_write_error_at_the_last_flush_is_not_silent(tmp_path: Path) -> None:
    """The end of a report sits in the buffer until the final flush: a full disk shows there."""
    (tmp_path / "a.md").write_text(VAGUE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", FULL_AT_FLUSH, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert "cannot write the output: No space left on device" in result.stderr


def test_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(VAGUE * 400, encoding="utf-8")
    run = subprocess.Popen(
        command("check", "--no-cache", str(tmp_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert run.stdout is not None and run.stderr is not None
    run.stdout.read(10)
    run.stdout.close()
    stderr = run.stderr.read()
    assert run.wait(timeout=300) in (0, 1)
    assert stderr == b""


# 8. User patterns and globs are bounded.


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "pattern",
    ["(a|aa)*c", "(a[ab]*)*c", "a*a*a*a*a*a*a*a*a*a*a*a*c", "(?:(?:a{0,9}){0,9}){0,9}c"],
)
def test_a_user_pattern_cannot_hang_the_run(tmp_path: Path, pattern: str) -> None:
    (tmp_path / ".healthlint.yaml").write_text(
        "rules:\n  overstatement:\n    options:\n      terms: ['" + pattern + "']\n",
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text("a" * 3000 + "!\n\n" + VAGUE, encoding="utf-8")
    start = time.monotonic()
    result = cli("check", "--no-cache", "--jobs", "1", str(tmp_path / "a.md"))
    assert time.monotonic() - start < 60
    assert result.exit_code in (1, 2), result.output
    if result.exit_code == 2:
        assert "a.md: overstatement terms: a pattern took more than" in result.stderr


@pytest.mark.timeout(30)
def test_chained_globs_match_in_bounded_time() -> None:
    from linter.run.files import glob_pattern

    start = time.monotonic()
    pattern = glob_pattern("**/" * 12 + "x.md")
    assert not pattern.fullmatch("a/" * 60 + "y.md")
    assert pattern.fullmatch("a/" * 60 + "x.md")
    assert time.monotonic() - start < 2


# 9. A read-only folder: one error, the other files are fixed.


def test_fix_into_a_read_only_folder_is_one_error(
    tmp_path: Path, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, free = tmp_path / "locked", tmp_path / "free"
    for folder in (locked, free):
        folder.mkdir()
        (folder / "a.md").write_text(SENTENCE + "\n", encoding="utf-8")
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        creating = flags & (os.O_CREAT | getattr(os, "O_TMPFILE", 0) | os.O_WRONLY)
        if creating and str(path).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    result = fix(registry, "--fix", str(locked / "a.md"), str(free / "a.md"))
    assert result.exit_code == 2
    assert f"{locked / 'a.md'}: cannot write: Permission denied; not fixed" in result.stderr
    assert (free / "a.md").read_bytes() == fixed(f"{SENTENCE}\n".encode())
    assert (locked / "a.md").read_text(encoding="utf-8") == SENTENCE + "\n"
    assert os.listdir(locked) == ["a.md"]


# 10. Workers die with the parent; 14. SIGINT exits 130, SIGTERM 143.


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _busy_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    paragraph = (
        "Research shows that a cure for glarb syndrome is a miracle, experts say, and 80% of "
        "patients improved in a small study of cohort {}.\n\n"
    )
    for i in range(6):
        # Each paragraph its own words: a block that repeats an earlier one is not read again
        # (linter/nlp/repeats.py), and the site must keep the workers busy for seconds.
        text = "".join(paragraph.format(f"{i}-{j}") for j in range(600))
        (site / f"a{i}.md").write_text(text, encoding="utf-8")  # 80 kB each
    return site


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_do_not_outlive_the_parent(tmp_path: Path, sig: int) -> None:
    run = subprocess.Popen(
        command("check", "--no-cache", "--jobs", "2", str(_busy_site(tmp_path))),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 200
    workers_seen: set[int] = set()
    while time.monotonic() < deadline and len(workers_seen) < 2:
        workers_seen |= _children(run.pid)
        time.sleep(0.1)
    assert len(workers_seen) >= 2, "the pool never started"
    time.sleep(1.0)
    run.send_signal(sig)
    code = run.wait(timeout=60)
    if sig == signal.SIGTERM:
        assert code == 143
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in workers_seen):
        time.sleep(0.2)
    assert not [p for p in workers_seen if _alive(p)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.timeout(300)
def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    run = subprocess.Popen(
        command("check", "--no-cache", "--jobs", "1", str(_busy_site(tmp_path))),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(3.0)  # importing, then checking
    run.send_signal(signal.SIGINT)
    assert run.wait(timeout=120) == 130


def test_ctrl_c_while_importing_exits_130_without_a_traceback() -> None:
    # A finder that interrupts the import of the commands, as a Ctrl-C in the first tenths of
    # a second (or under load) does: the same exit as a later Ctrl-C, and nothing printed.
    code = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'linter.cli.main':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "import linter.cli\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (130, "")


# 11. Invisible characters and look-alike letters do not hide a trigger word.


@pytest.mark.parametrize(
    "word",
    [
        "mir\u00adacle",  # a soft hyphen, as content systems insert
        "mir&shy;acle",  # the same, as an entity
        "mira\u200bcle",  # a zero-width space
        "mi\u200dracle",  # a zero-width joiner
        "mir\u0430cle",  # Cyrillic a
        "mir\u0430\u0441le",  # Cyrillic a and es
    ],
)
def test_hidden_characters_do_not_evade_a_rule(word: str) -> None:
    from linter import lint_text

    source = f"This herbal tea is a {word} for arthritis.\n"
    found = [f for f in lint_text(source, "a.md") if f.rule == "overstatement"]
    assert len(found) == 1, source
    finding = found[0]
    assert finding.text == word  # the exact source, invisible characters included
    assert source.splitlines()[0][finding.column - 1 : finding.end_column - 1] == word


def test_a_russian_word_is_left_as_it_is() -> None:
    from linter.documents.normalise import normalise_text

    text, _ = normalise_text("Это чудо")
    assert text == "Это чудо"


# 12. Many short paragraphs: memory bounded by the blocks, not by the parser's tokens.


@pytest.mark.timeout(300)
def test_reading_many_paragraphs_holds_the_parser_tokens_of_one_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tracemalloc

    from linter.documents import markdown, read_document

    monkeypatch.setattr(markdown, "PIECE_LINES", 2000, raising=False)
    paragraphs = 20_000
    data = "".join(f"w{i % 7}\n\n" for i in range(paragraphs)).encode()
    read_document("warm.md", b"x\n")
    tracemalloc.start()
    try:
        document = read_document("many.md", data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(document.blocks) == paragraphs
    # markdown-it holds some 2 kB of tokens a paragraph while it parses: here a piece's worth.
    assert peak / paragraphs < 1000, peak / paragraphs


# 13. The config search stops at the repository root and at another user's folder.


def test_the_config_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".healthlint.yaml").write_text('exclude: ["**"]\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a.md").write_text(VAGUE, encoding="utf-8")
    result = cli("check", "--no-cache", str(repo))
    assert "vague-attribution" in result.stdout


@pytest.mark.skipif(not IS_ROOT, reason="only root can make a folder another user's")
def test_the_config_search_stops_at_another_users_folder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / ".healthlint.yaml").write_text('exclude: ["**"]\n', encoding="utf-8")
    os.chown(shared / ".healthlint.yaml", 12345, 12345)
    os.chown(shared, 12345, 12345)
    mine = shared / "mine"
    mine.mkdir()
    (mine / "a.md").write_text(VAGUE, encoding="utf-8")
    result = cli("check", "--no-cache", str(mine))
    assert "vague-attribution" in result.stdout


def test_an_extends_error_never_quotes_the_target(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:SECRET-HASH:0:0\n", encoding="utf-8")
    (tmp_path / ".healthlint.yaml").write_text(f"extends: {secret}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(VAGUE, encoding="utf-8")
    result = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "SECRET" not in result.stderr + result.stdout
    assert f"{tmp_path / '.healthlint.yaml'}:1: extends: " in result.stderr


# 14. The rest.


def test_strength_answers_an_overlong_line_and_scores_the_next() -> None:
    lines = "Coffee may reduce the risk of gout.\n" + "x" * 1_100_000 + "\nAspirin cures colds.\n"
    result = cli("strength", input=lines)
    assert result.exit_code == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 3
    assert out[0]["strength"] == "conditional"
    assert out[1]["strength"] is None and "stdin:2: longer than" in out[1]["error"]
    assert out[2]["text"] == "Aspirin cures colds."
    assert "stdin:2: longer than" in result.stderr


def test_a_tampered_cache_entry_is_a_miss(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(VAGUE, encoding="utf-8")
    cache = tmp_path / "cache"
    args = ["check", "--cache-dir", str(cache), str(tmp_path / "a.md")]
    first = cli(*args)
    entries = list(cache.glob("v*/*/*.json"))
    assert entries
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        for finding in data["result"]["findings"]:
            finding[1] = "one"  # the line: a string where a number belongs
            finding[0] = 7  # the path: a number
        entry.write_text(json.dumps(data), encoding="utf-8")
    again = cli(*args)
    assert again.exit_code == first.exit_code == 1, again.output
    assert again.stdout == first.stdout


def test_the_cache_is_pruned_by_age_and_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linter.run import cache as cache_module

    folder = tmp_path / "cache"
    entries = folder / f"v{cache_module.FORMAT}" / "ab"
    entries.mkdir(parents=True)
    now = time.time()
    for i in range(10):
        entry = entries / f"{i:04d}.json"
        entry.write_bytes(b"x" * 1000)
        age = (40 * 86400) if i < 3 else (10 - i) * 60  # three unused for 40 days
        os.utime(entry, (now - age, now - age))
    monkeypatch.setattr(cache_module, "MAX_BYTES", 5000)
    removed = cache_module.Cache(folder).prune(now)
    left = sorted(p.name for p in entries.iterdir())
    assert removed == 7
    assert left == ["0007.json", "0008.json", "0009.json"]  # stale ones, then the oldest
    assert sum(p.stat().st_size for p in entries.iterdir()) <= 5000 * 3 // 4
    assert cache_module.Cache(folder).prune(now + 10) == 0  # at most once an hour


def test_a_file_named_twice_is_checked_and_fixed_once(
    tmp_path: Path, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text(SENTENCE + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = fix(registry, "--fix", "a.md", "./a.md")
    assert result.exit_code == 0, result.output
    assert "fixed 1 finding in 1 file" in result.stderr
    assert "changed since" not in result.stderr


def test_a_cache_path_that_is_a_file_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text(VAGUE, encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(blocker))
    for args in (["check"], ["audit", "-o", str(tmp_path / "r.json")]):
        result = cli(*args, str(tmp_path / "a.md"))
        assert result.exit_code == 1, result.output
        assert "the cache folder is not a folder; cache not used" in result.stderr


def test_the_markdown_audit_report_renders_no_image_or_link_from_an_article(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_text(
        "Research shows ![x](https://tracker.invalid/pixel.png) that walking helps, "
        "[experts](https://tracker.invalid/) say.\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.md"
    cli("audit", "--no-cache", "-o", str(report), str(site))
    text = report.read_text(encoding="utf-8")
    assert "tracker.invalid" in text  # the text is there, as inert text
    assert "![x](" not in text and "](https://" not in text


def test_the_readme_states_the_guarantees() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Robustness" in readme
