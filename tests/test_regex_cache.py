"""The file of compiled regular-expression programs: the same patterns, or none at all."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from linter.nlp import regex_cache
from linter.nlp.regex_cache import ProgramCache

PATTERNS = [
    (r"(?<![\w-])(?:tr(?:ial|eat(?:ment)?s?)|cure[sd]?)(?!\w)", 0),
    (r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>mg|kg|%)\b", re.IGNORECASE),
    (r"^(?:according to|as reported by) (?P<who>\w+)$", re.MULTILINE),
    (r"(a)(?P<b>b)?\1", 0),
]

if sys.version_info[:2] not in regex_cache.VERSIONS:  # pragma: no cover - other interpreters
    pytest.skip("the cache knows this Python's re internals only", allow_module_level=True)


def _original(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re._compiler.compile` itself, even where a check in this process installed the cache."""
    compile_ = regex_cache._compiler.compile
    installed = getattr(compile_, "__self__", None)
    if isinstance(installed, ProgramCache):
        compile_ = installed._original
    return compile_(pattern, flags)  # type: ignore[no-any-return]


def _cache(path: Path, save_after: float = 0.0) -> ProgramCache:
    return ProgramCache(path, _original, save_after)


def test_a_program_from_the_file_is_the_same_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    first = _cache(path)
    made = [first.compile(p, f) for p, f in PATTERNS]
    first.save()
    assert path.is_file()
    second = _cache(path)
    calls = []
    real = regex_cache.make_program
    try:
        regex_cache.make_program = lambda *a: calls.append(a) or real(*a)  # type: ignore[assignment]
        read = [second.compile(p, f) for p, f in PATTERNS]
    finally:
        regex_cache.make_program = real  # type: ignore[assignment]
    assert calls == []  # every one came from the file
    for (pattern, flags), a, b in zip(PATTERNS, made, read, strict=True):
        assert a == b == _original(pattern, flags)  # equality compares the programs
        assert a.groupindex == b.groupindex and a.groups == b.groups and a.flags == b.flags
    assert read[1].search("took 12.5 MG daily").group("num", "unit") == ("12.5", "MG")  # type: ignore[union-attr]


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    first = _cache(path)
    first.compile(*PATTERNS[0])
    first.save()
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    second = _cache(path)
    second.load()
    assert second._stored == {}
    assert second.compile(*PATTERNS[0]) == _original(*PATTERNS[0])


def test_a_file_from_another_interpreter_is_ignored(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "programs.bin"
    monkeypatch.setattr(regex_cache, "KEY", "another python")
    first = _cache(path)
    first.compile(*PATTERNS[0])
    first.save()
    monkeypatch.undo()
    second = _cache(path)
    second.load()
    assert second._stored == {}


def test_a_program_sre_refuses_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    cache = _cache(path)
    cache._loaded = True
    key = (PATTERNS[0][0], PATTERNS[0][1])
    flags, code, groups, groupindex, indexgroup = regex_cache.make_program(*key)
    refused = array(regex_cache.WORD, [99999]).tobytes() + code
    cache._stored[key] = (flags, refused, groups, groupindex, indexgroup)
    assert cache.compile(*key) == _original(*key)


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    cache = _cache(path)
    cache.save()
    assert not path.exists()


def test_what_compiles_quicker_than_a_rewrite_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    cache = _cache(path, save_after=60.0)
    cache.compile(*PATTERNS[0])
    cache.save()
    assert not path.exists()


def test_a_check_reads_its_patterns_from_the_file(tmp_path: Path) -> None:
    """Two cold checks: the second compiles nothing but the probe, and says the same."""
    article = tmp_path / "a.md"
    article.write_text(
        "Experts say turmeric cures arthritis. A 2019 study found that 45% of patients"
        " improved (Smith, 2019).\n",
        encoding="utf-8",
    )
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import sys, linter.nlp.regex_cache as rc\n"
        "made = []\n"
        "real = rc.make_program\n"
        "rc.make_program = lambda *a: made.append(a) or real(*a)\n"
        "import os\n"
        "exit_ = os._exit\n"
        "os._exit = lambda code: (sys.stderr.write(f'compiled {len(made)}\\n'), exit_(code))\n"
        "sys.argv = ['healthlint', 'check', '--no-cache', '--format', 'json', sys.argv[1]]\n"
        "from linter.cli import run\n"
        "run()\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(article)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and '"rule": "vague-attribution"' in runs[0].stdout
    counts = [int(r.stderr.rsplit("compiled ", 1)[1]) for r in runs]
    assert counts[0] > 50
    assert counts[1] <= 3  # the probe, and what markdown-it builds from a set


def test_the_same_phrases_make_the_same_pattern_under_any_hash_seed() -> None:
    code = (
        "from linter.nlp.phrase_regex import trie\n"
        "from linter.config.lexicon import alternation\n"
        "words = ['cure', 'heal', 'fix', 'aid', 'mend', 'curb', 'halt', 'ease', 'calm']\n"
        "print(trie(words), alternation(words))\n"
    )
    texts = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(texts) == 1


def test_past_the_size_bound_what_this_run_used_is_kept(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "programs.bin"
    first = _cache(path)
    first.compile(*PATTERNS[0])
    first.save()
    second = _cache(path)
    second.compile(*PATTERNS[1])
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 10)
    second.save()
    third = _cache(path)
    third.load()
    assert set(third._stored) == {PATTERNS[1]}


def test_the_programs_are_held_packed_and_read_back_whole(tmp_path: Path) -> None:
    """Every program the file holds is bytes in memory (a list of ints held some 18 MB through a
    run: bench/README.md, perfW), and unpacks to the very words `re` compiles."""
    path = tmp_path / "programs.bin"
    first = _cache(path)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    second = _cache(path)
    second.load()
    assert set(second._stored) == set(PATTERNS)
    for (pattern, flags), program in second._stored.items():
        assert isinstance(program[1], bytes)
        words = regex_cache.unpacked(program)[1]
        assert words == regex_cache._compiler._code(
            regex_cache._parser.parse(pattern, flags), flags
        )
