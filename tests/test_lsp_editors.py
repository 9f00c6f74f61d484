"""The README's editor snippets, used as they are: Neovim for real, VS Code and Helix as clients.

Neovim runs headless with the README's Lua snippet as its whole config and opens an article;
`vim.diagnostic.get()` must hold healthlint's findings at the right columns. It runs when `nvim`
is installed (`.ci/run` installs Debian's), and is skipped otherwise. No VS Code or Helix here:
their snippets are read as those editors read them (JSON settings, languages.toml), and the
server is started and spoken to with exactly the command, arguments and language ids they name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from lsp_client import LspClient

pytest.importorskip("pygls")

README = Path(__file__).resolve().parents[1] / "README.md"
ARTICLE = """\
# Café notes 🍵

Naïve readers 🍵🍵 love it: research shows that green tea cures colds.
"""


def snippet(heading: str, language: str) -> str:
    """The first ```language block under the README's `### heading`."""
    if not README.exists():
        pytest.skip("README.md not beside the tests")
    text = README.read_text(encoding="utf-8")
    section = text.split(f"\n### {heading}\n", 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert match, f"no {language} block under {heading}"
    return match.group(1)


def on_path() -> dict[str, str]:
    """The environment with this Python's scripts (the installed `healthlint`) first on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def resolve(command: str) -> str:
    found = shutil.which(command, path=on_path()["PATH"])
    if found is None:
        pytest.skip(f"{command} is not installed next to this Python")
    return found


def expected_columns(text: str) -> dict[str, tuple[int, int]]:
    """Byte columns (what Neovim reports) of the two flagged phrases on line 3."""
    line = text.split("\n")[2]
    columns = {}
    for code, words in (("vague-attribution", "research shows"), ("overstatement", "cures")):
        start = len(line[: line.index(words)].encode("utf-8"))
        columns[code] = (start, start + len(words.encode("utf-8")))
    return columns


@pytest.mark.skipif(shutil.which("nvim") is None, reason="nvim is not installed")
def test_neovim_with_the_readme_snippet_shows_the_findings(tmp_path: Path) -> None:
    init = tmp_path / "init.lua"
    out = tmp_path / "diagnostics.json"
    harness = """
function HEALTHLINT_TEST(out)
  vim.wait(120000, function() return #vim.diagnostic.get(0) >= 2 end, 50)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(items, {
      code = d.code or lsp.code, source = d.source or lsp.source, lnum = d.lnum,
      col = d.col, end_col = d.end_col, severity = d.severity,
    })
  end
  local file = io.open(out, "w")
  file:write(vim.fn.json_encode(items))
  file:close()
  vim.cmd("qa!")
end
"""
    init.write_text(snippet("Neovim", "lua") + harness, encoding="utf-8")
    article = tmp_path / "tea.md"
    article.write_text(ARTICLE, encoding="utf-8")
    subprocess.run(
        [
            "nvim",
            "--headless",
            "-n",
            "-i",
            "NONE",
            "-u",
            str(init),
            str(article),
            "-c",
            f"lua HEALTHLINT_TEST({json.dumps(str(out))})",
        ],
        cwd=tmp_path,
        env={**on_path(), "XDG_STATE_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=240,
        check=False,
    )
    assert out.exists(), "Neovim did not write the diagnostics"
    diagnostics = json.loads(out.read_text(encoding="utf-8"))
    got = {d["code"]: (d["lnum"], d["col"], d["end_col"], d["severity"]) for d in diagnostics}
    columns = expected_columns(ARTICLE)
    assert got == {
        "vague-attribution": (2, *columns["vague-attribution"], 2),  # vim.diagnostic WARN
        "overstatement": (2, *columns["overstatement"], 1),  # ERROR
    }
    assert {d["source"] for d in diagnostics} == {"healthlint"}


def test_vs_code_settings_start_the_server_for_their_languages(tmp_path: Path) -> None:
    settings = json.loads(snippet("VS Code", "json"))
    command = [
        resolve(settings["glspc.server.command"]),
        *settings["glspc.server.commandArguments"],
    ]
    languages = settings["glspc.server.languageId"]
    # "mdx": the language id of VS Code's MDX extension (an Astro, Next.js or Docusaurus page)
    assert set(languages) == {"markdown", "mdx", "html", "plaintext"}
    client = LspClient(tmp_path, command)
    try:
        client.initialize(tmp_path)
        # VS Code names a buffer by its language id; an untitled one has no extension at all.
        for number, language in enumerate(languages):
            uri = f"untitled:Untitled-{number}"
            client.notify(
                "textDocument/didOpen",
                {
                    "textDocument": {
                        "uri": uri,
                        "languageId": language,
                        "version": 1,
                        "text": "Research shows that green tea cures colds.\n",
                    }
                },
            )
            codes = [d["code"] for d in client.diagnostics(uri, version=1)]
            assert codes == ["vague-attribution", "overstatement"], language
        assert client.shutdown() == 0
    finally:
        client.close()


def test_helix_languages_start_the_server_for_theirs(tmp_path: Path) -> None:
    config = tomllib.loads(snippet("Helix", "toml"))
    server = config["language-server"]["healthlint"]
    command = [resolve(server["command"]), *server["args"]]
    languages = [
        language["name"]
        for language in config["language"]
        if "healthlint" in language["language-servers"]
    ]
    assert languages == ["markdown", "html"]
    client = LspClient(tmp_path, command)
    try:
        client.initialize(tmp_path)
        texts = {"markdown": ARTICLE, "html": f"<p>{ARTICLE}</p>\n"}
        for language in languages:
            extension = {"markdown": "md", "html": "html"}[language]
            uri = client.open(tmp_path / f"tea.{extension}", texts[language], language=language)
            codes = [d["code"] for d in client.diagnostics(uri, version=1)]
            assert codes == ["vague-attribution", "overstatement"], language
        assert client.shutdown() == 0
    finally:
        client.close()
