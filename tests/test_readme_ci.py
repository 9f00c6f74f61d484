"""The README's GitHub Actions workflow, its healthlint commands run as its steps run them
(`bash -e -c`, the default shell of a `run:` step): findings leave the SARIF for the upload step
and the job green, while a config or input error fails the step where it happened (`|| true`
hid it, and the upload step then failed on a SARIF file that was never written)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

README = Path(__file__).resolve().parents[1] / "README.md"


def workflow() -> dict:  # type: ignore[type-arg]
    if not README.exists():
        pytest.skip("README.md not beside the tests")
    section = README.read_text(encoding="utf-8").split("\n## In CI\n", 1)[1]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert match, "no workflow under ## In CI"
    return yaml.safe_load(match.group(1))  # type: ignore[no-any-return]


def run_steps(job: str, repo: Path) -> subprocess.CompletedProcess[str]:
    bin_dir = str(Path(sys.executable).parent)
    if shutil.which("healthlint", path=bin_dir) is None:
        pytest.skip("healthlint is not installed next to this Python")
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    steps = [s["run"] for s in workflow()["jobs"][job]["steps"] if "healthlint" in s.get("run", "")]
    assert steps, f"no healthlint step in {job}"
    script = "\n".join(steps)
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "tea.md").write_text("Research shows that green tea cures colds.\n")
    return tmp_path


def test_code_scanning_steps_leave_the_sarif_and_pass_on_findings(repo: Path) -> None:
    done = run_steps("code-scanning", repo)
    assert done.returncode == 0, done.stderr
    assert '"ruleId": "vague-attribution"' in (repo / "healthlint.sarif").read_text()


def test_code_scanning_steps_fail_on_a_config_error(repo: Path) -> None:
    (repo / ".healthlint.yaml").write_text("rules:\n  overstatment: off\n")
    done = run_steps("code-scanning", repo)
    assert done.returncode == 2
    assert "did you mean 'overstatement'" in done.stderr


def test_annotations_step_fails_the_job_on_findings(repo: Path) -> None:
    done = run_steps("annotations", repo)
    assert done.returncode == 1
    assert "::warning file=content/tea.md,line=1,col=1" in done.stdout
