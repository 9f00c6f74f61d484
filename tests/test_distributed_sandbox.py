"""A distributed audit's checking process starts as the command line does: it keeps the compiled
regular expressions and the pattern prefixes it worked out in the cache folder, and a later
child reads them instead of working them out again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from linter.distributed.sandbox import Sandbox, Setup
from linter.nlp import regex_cache
from linter.run.cache import ENV_VAR
from linter.run.settings import Overrides

pytestmark = pytest.mark.timeout(600)

# Our own sentences; enough text (past multi_match.BUILD_AFTER_CHARS) that the one-pass
# matcher reads its patterns' prefixes.
SENTENCE = "Paragraph {i}: researchers say that green tea may ease headaches in some adults."


def check_in_a_child(page: Path, cwd: Path) -> dict[str, object]:
    sandbox = Sandbox(Setup(overrides=Overrides(use_cache=False), cache_dir=None, cwd=str(cwd)))
    try:
        answer: dict[str, object] = sandbox.call(("check", str(page), None), 300)
    finally:
        sandbox.close()
    return answer


def test_a_child_keeps_what_it_worked_out_and_the_next_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(ENV_VAR, str(cache))  # the child inherits it
    page = tmp_path / "long.md"
    page.write_text("\n\n".join(SENTENCE.format(i=i) for i in range(800)), encoding="utf-8")
    programs = regex_cache.file_in(cache)
    prefixes = cache / "regex" / f"prefixes-{sys.implementation.cache_tag}.json"

    first = check_in_a_child(page, tmp_path)
    assert programs.is_file() and prefixes.is_file()
    kept = {path: path.stat().st_mtime_ns for path in (programs, prefixes)}

    second = check_in_a_child(page, tmp_path)
    assert second["result"] == first["result"]
    # Nothing was new to the second child: it read both files and wrote neither.
    assert {path: path.stat().st_mtime_ns for path in kept} == kept
