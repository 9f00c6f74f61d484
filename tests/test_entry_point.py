"""The console script (`linter.cli:run`) and the stand-ins for spaCy's own command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = str(Path(__file__).resolve().parents[1])


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=CHECKOUT, check=False
    )


def _healthlint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    code = f"import sys; sys.path.insert(0, {CHECKOUT!r}); from linter.cli import run; run()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_spacy_imports_without_its_command_line() -> None:
    proc = _python(
        "import sys\n"
        "from linter.nlp.spacy_import import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "import spacy\n"
        "assert 'typer' not in sys.modules and 'weasel' not in sys.modules, 'cli imported'\n"
        "assert len(spacy.blank('en')('Two words')) == 2\n"
        "assert 'typer' not in sys.modules, 'cli imported by blank'\n"
        "print('ok')\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


@pytest.mark.parametrize(
    "use",
    [
        "import spacy.cli; assert callable(spacy.cli.download)",
        "assert callable(spacy.cli.download)",  # the attribute, without importing spacy.cli
        "from spacy.cli import setup_cli; assert callable(setup_cli)",
        "from spacy.cli.info import info_model; assert callable(info_model)",
        "import spacy.cli.download as d; assert callable(d.download)",
        "assert spacy.info(silent=True)['spacy_version'] == spacy.__version__",
    ],
)
def test_spacy_command_line_still_works_when_asked_for(use: str) -> None:
    proc = _python(
        f"from linter.nlp.spacy_import import defer_spacy_cli\ndefer_spacy_cli()\nimport spacy\n{use}\n"
    )
    assert proc.returncode == 0, proc.stderr


def test_stand_ins_are_not_installed_once_spacy_is_imported() -> None:
    proc = _python(
        "import sys, spacy\n"
        "real = sys.modules['spacy.cli']\n"
        "from linter.nlp.spacy_import import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "assert sys.modules['spacy.cli'] is real\n"
    )
    assert proc.returncode == 0, proc.stderr


def test_console_script_exit_codes_and_complete_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("Studies show that this miracle cure works.\n", encoding="utf-8")
    (tmp_path / "good.md").write_text("Sleep well.\n", encoding="utf-8")
    found = _healthlint("check", "--no-cache", "bad.md", cwd=tmp_path)
    assert found.returncode == 1, found.stderr
    assert "bad.md:1:1: warning vague-attribution" in found.stdout
    assert found.stdout.rstrip().endswith("in 1 of 1 file.")
    clean = _healthlint("check", "--no-cache", "good.md", cwd=tmp_path)
    assert (clean.returncode, clean.stderr) == (0, "")
    missing = _healthlint("check", "--no-cache", "nothing-here.md", cwd=tmp_path)
    assert missing.returncode == 2
    assert "nothing-here.md" in missing.stderr
    usage = _healthlint("check", "--no-such-option", cwd=tmp_path)
    assert usage.returncode == 2 and "No such option" in usage.stderr
    version = _healthlint("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("healthlint, version")


def test_a_run_answered_from_the_cache_does_not_import_spacy(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Studies show that this miracle cure works.\n", "utf-8")
    args = ["check", "--cache-dir", str(tmp_path / "cache"), "a.md"]
    code = (
        f"import sys; sys.path.insert(0, {CHECKOUT!r}); from linter.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit as exit_:\n    code = exit_.code\n"
        "print('spacy' in sys.modules, code)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines()[-1] == "True 1", runs[0].stderr  # the first run checks
    assert runs[1].stdout.splitlines()[-1] == "False 1", runs[1].stderr  # the second reads
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="counts threads in /proc")
@pytest.mark.parametrize(("setting", "one_thread"), [(None, True), ("4", False)])
def test_no_blas_thread_pool_unless_the_user_asks(
    setting: str | None, one_thread: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    if setting:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", setting)
    proc = _python(
        "import linter.cli, spacy, numpy\n"
        "status = open('/proc/self/status').read()\n"
        "print(next(l.split()[1] for l in status.splitlines() if l.startswith('Threads:')))\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert (proc.stdout.strip() == "1") is one_thread


# Issue 17 item 6: an older Python gets one clear line and exit 2, not a traceback.
OLD_PYTHON_MODULES = [
    "linter/__init__.py",
    "linter/version.py",
    "linter/__main__.py",
    "linter/cli/__init__.py",
]


@pytest.mark.parametrize("module", OLD_PYTHON_MODULES)
def test_the_modules_the_script_imports_first_parse_on_python_3_8(module: str) -> None:
    import ast

    source = (Path(CHECKOUT) / module).read_text(encoding="utf-8")
    ast.parse(source, filename=module, feature_version=(3, 8))  # a SyntaxError fails the test


def test_an_old_python_gets_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    code = (
        "import sys; sys.version_info = (3, 9, 18, 'final', 0); "
        f"sys.path.insert(0, {CHECKOUT!r}); from linter.cli import run; run()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("healthlint needs Python 3.11 or newer; this is Python 3.9 (")
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_requires_python_says_3_11() -> None:
    import tomllib

    project = tomllib.loads((Path(CHECKOUT) / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["requires-python"] == ">=3.11"


def test_the_readme_pre_commit_rev_is_this_version_tag() -> None:
    import re

    from linter.version import __version__

    readme = (Path(CHECKOUT) / "README.md").read_text(encoding="utf-8")
    revs = re.findall(r"^\s*rev: (\S+)", readme, re.M)
    assert revs and set(revs) == {f"v{__version__}"}
