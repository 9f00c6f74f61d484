"""The pre-commit hooks, run for real with `pre-commit try-repo` on this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))

pytestmark = pytest.mark.skipif(
    not (PROJECT / ".git").exists() or not Path(PRE_COMMIT).exists() or not shutil.which("git"),
    reason="needs git, pre-commit and a git checkout of healthlint",
)


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("content")
    (repo / "bad.md").write_text(
        "# Tea\n\nResearch shows that green tea cures cancer.\n", encoding="utf-8"
    )
    (repo / "good.md").write_text("# Tea\n\nGreen tea is a popular drink.\n", encoding="utf-8")
    (repo / "claims.yaml").write_text("- id: x\n  statement: [unclosed\n", encoding="utf-8")
    for args in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *args], cwd=repo, check=True)
    return repo


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # One hook environment for the module: pre-commit builds it once, then reuses it.
    return {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}


def try_repo(
    repo: Path, env: dict[str, str], hook: str, *files: str
) -> subprocess.CompletedProcess[str]:
    command = [PRE_COMMIT, "try-repo", str(PROJECT), hook, "--files", *files]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_bad_article_and_passes_a_good_one(
    content_repo: Path, environment: dict[str, str]
) -> None:
    bad = try_repo(content_repo, environment, "healthlint", "bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:1: warning vague-attribution" in bad.stdout
    assert "overstatement" in bad.stdout
    good = try_repo(content_repo, environment, "healthlint", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr


def test_claims_hook_rejects_a_broken_registry(
    content_repo: Path, environment: dict[str, str]
) -> None:
    result = try_repo(content_repo, environment, "healthlint-claims", "claims.yaml")
    assert result.returncode != 0
    assert "claims.yaml:3: invalid YAML" in result.stdout
