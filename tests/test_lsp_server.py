"""`healthlint server` driven over stdio as an editor would: diagnostics, actions, config."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lsp_client import LspClient
from widget_registry import LINK, REGISTRY

from linter.documents import parse_text
from linter.engine import Engine

pytest.importorskip("pygls")

# Non-ASCII letters and emoji before the flagged words: LSP counts UTF-16 units, an emoji is two.
ARTICLE = """\
---
title: Tea
---
# Café notes 🍵

Naïve readers 🍵🍵 love it: research shows that green tea cures colds.

A trial by the NIH found that 45% of drinkers slept better.
"""
# (code, 0-based line, the flagged text) of the faults written into it.
KNOWN = [
    ("vague-attribution", 5, "research shows"),
    ("overstatement", 5, "cures"),
    ("unsourced-statistic", 7, "45%"),
]
WIDGETS = "# Widgets\n\nWidget therapy for glarb syndrome gave 70% survival after 5 years.\n"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest.fixture(scope="module")
def client(root: Path) -> Iterator[LspClient]:
    """One server for the module (its pipeline is built once); each test has its own folder."""
    client = LspClient(root)
    client.initialize(root, {"general": {"positionEncodings": ["utf-16"]}})
    yield client
    client.close()


def folder(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir()
    return path


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def flagged(text: str, diagnostic: dict) -> str:
    """The text a diagnostic's range covers, cut by UTF-16 units as an editor would."""
    start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
    assert start["line"] == end["line"]
    line = text.split("\n")[start["line"]].encode("utf-16-le")
    return line[2 * start["character"] : 2 * end["character"]].decode("utf-16-le")


def findings(diagnostics: list[dict]) -> list[dict]:
    return [d for d in diagnostics if d.get("source") == "healthlint" and "-" in str(d["code"])]


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) as an editor would."""
    lines = text.split("\n")

    def offset(position: dict) -> int:
        before = sum(len(line) + 1 for line in lines[: position["line"]])
        line = lines[position["line"]].encode("utf-16-le")[: 2 * position["character"]]
        return before + len(line.decode("utf-16-le"))

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


def actions_for(client: LspClient, uri: str, diagnostic: dict) -> dict[str, dict]:
    result = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]},
        },
    )
    return {action["title"]: action for action in result}


def test_initialize_advertises_the_features(root: Path) -> None:
    client = LspClient(root)
    try:
        result = client.initialize(root)
        capabilities = result["capabilities"]
        assert capabilities["textDocumentSync"]["change"] == 2  # incremental
        assert capabilities["hoverProvider"]
        assert capabilities["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
        assert capabilities["executeCommandProvider"]["commands"] == ["healthlint.accept"]
        assert result["serverInfo"]["name"] == "healthlint"
        assert client.shutdown() == 0  # shutdown, then exit: a clean exit
    finally:
        client.close()


def test_exit_without_shutdown_is_code_1(root: Path) -> None:
    client = LspClient(root)
    try:
        client.initialize(root)
        client.notify("exit", None)
        assert client.process.wait(timeout=30) == 1
    finally:
        client.close()


def test_open_publishes_the_findings_with_exact_utf16_ranges(
    client: LspClient, root: Path, engine: Engine
) -> None:
    path = folder(root, "open") / "tea.md"
    uri = client.open(path, ARTICLE)
    diagnostics = client.diagnostics(uri, version=1)
    got = [(d["code"], d["range"]["start"]["line"], flagged(ARTICLE, d)) for d in diagnostics]
    # The same findings as `healthlint check`, each range covering exactly its flagged text.
    expected = [(f.rule, f.line - 1, f.text) for f in engine.lint(parse_text(str(path), ARTICLE))]
    assert got == expected
    assert set(KNOWN) <= set(got)
    line = ARTICLE.split("\n")[5]
    research = diagnostics[0]["range"]
    assert research["start"]["character"] == utf16(line[: line.index("research")])
    assert research["start"]["character"] == line.index("research") + 2  # two emoji
    severities = {d["code"]: d["severity"] for d in diagnostics}
    assert severities["overstatement"] == 1 and severities["vague-attribution"] == 2
    for d in diagnostics:
        assert d["source"] == "healthlint"
        assert d["codeDescription"]["href"].startswith("file://")
        assert d["codeDescription"]["href"].endswith(".yaml")


def test_a_change_that_removes_the_fault_clears_it(client: LspClient, root: Path) -> None:
    path = folder(root, "change") / "tea.md"
    uri = client.open(path, ARTICLE)
    assert len(client.diagnostics(uri, version=1)) >= 3
    fixed = ARTICLE.replace("research shows that green tea cures colds", "green tea is pleasant")
    client.change(uri, 2, fixed)
    codes = [d["code"] for d in client.diagnostics(uri, version=2)]
    assert "overstatement" not in codes and "vague-attribution" not in codes
    assert "unsourced-statistic" in codes
    client.change(uri, 3, "# Café notes 🍵\n\nGreen tea is pleasant.\n")
    assert client.diagnostics(uri, version=3) == []


def test_a_stale_result_is_never_published_over_a_newer_one(client: LspClient, root: Path) -> None:
    path = folder(root, "stale") / "long.md"
    long_text = (ARTICLE + "\n") * 40  # a slower check, so that changes arrive during it
    uri = client.open(path, long_text)
    final = "# Tea\n\nResearch shows that green tea cures colds.\n"
    texts = [long_text.replace("cures", f"cures{'!' * n}") for n in range(1, 6)] + [final]
    for version, text in enumerate(texts, 2):
        client.change(uri, version, text)
    last = len(texts) + 1
    published = []
    while True:
        params = client.wait_for(
            "textDocument/publishDiagnostics", lambda p: p["uri"] == uri, timeout=120
        )
        published.append(params["version"])
        if params["version"] == last:
            break
    assert published == sorted(published), published  # never an older one after a newer one
    assert [d["code"] for d in params["diagnostics"]] == ["vague-attribution", "overstatement"]
    assert len(published) < len(texts) + 1  # changes during a check were checked together


def test_the_registry_link_action_leaves_a_text_that_checks_clean(
    client: LspClient, root: Path
) -> None:
    project = folder(root, "registry")
    (project / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    (project / ".healthlint.yaml").write_text(
        "claims: [claims.yaml]\nbuiltin_claims: false\n", encoding="utf-8"
    )
    uri = client.open(project / "widgets.md", WIDGETS)
    (diagnostic,) = client.diagnostics(uri, version=1)
    assert diagnostic["code"] == "unsourced-statistic"
    assert "Journal of Widgets" in diagnostic["message"]
    actions = actions_for(client, uri, diagnostic)
    link = actions["Insert the registry's source link"]
    assert link["isPreferred"] and link["kind"] == "quickfix"
    fixed = apply_edits(WIDGETS, link["edit"]["changes"][uri])
    assert fixed == WIDGETS.replace("5 years.", f"5 years {LINK}.")
    client.change(uri, 2, fixed)
    assert client.diagnostics(uri, version=2) == []


def test_the_disable_next_line_action(client: LspClient, root: Path) -> None:
    path = folder(root, "disable") / "tea.md"
    uri = client.open(path, ARTICLE)
    diagnostics = client.diagnostics(uri, version=1)
    overstatement = next(d for d in diagnostics if d["code"] == "overstatement")
    action = actions_for(client, uri, overstatement)[
        "Disable overstatement for this line (healthlint-disable-next-line)"
    ]
    edited = apply_edits(ARTICLE, action["edit"]["changes"][uri])
    # The line before is blank: the directive goes on a line of its own.
    assert "\n<!-- healthlint-disable-next-line overstatement -->\nNaïve readers" in edited
    client.change(uri, 2, edited)
    codes = [d["code"] for d in client.diagnostics(uri, version=2)]
    assert "overstatement" not in codes and "vague-attribution" in codes
    assert "unused-directive" not in codes


def test_the_disable_next_line_action_in_a_docusaurus_md_page_writes_an_mdx_comment(
    client: LspClient, root: Path
) -> None:
    # Docusaurus 3 compiles .md as MDX: an HTML comment may break the site's build.
    site = folder(root, "docusaurus")
    (site / "docusaurus.config.ts").write_text("export default {title: 'Tea'};\n", "utf-8")
    (site / "docs").mkdir()
    uri = client.open(site / "docs" / "tea.md", ARTICLE)
    overstatement = next(
        d for d in client.diagnostics(uri, version=1) if d["code"] == "overstatement"
    )
    action = actions_for(client, uri, overstatement)[
        "Disable overstatement for this line (healthlint-disable-next-line)"
    ]
    edited = apply_edits(ARTICLE, action["edit"]["changes"][uri])
    assert "\n{/* healthlint-disable-next-line overstatement */}\nNaïve readers" in edited
    client.change(uri, 2, edited)
    assert "overstatement" not in [d["code"] for d in client.diagnostics(uri, version=2)]


def test_the_allow_list_action_writes_the_config_and_checks_again(
    client: LspClient, root: Path
) -> None:
    project = folder(root, "accept")
    (project / ".healthlint.yaml").write_text("# ours\nfail_on: error\n", encoding="utf-8")
    uri = client.open(project / "tea.md", ARTICLE)
    diagnostics = client.diagnostics(uri, version=1)
    vague = next(d for d in diagnostics if d["code"] == "vague-attribution")
    action = actions_for(client, uri, vague)["Add “research shows” to the project's allow list"]
    command = action["command"]
    assert command["command"] == "healthlint.accept"
    written = client.request(
        "workspace/executeCommand",
        {"command": command["command"], "arguments": command["arguments"]},
    )
    assert Path(written) == project / ".healthlint.yaml"
    assert (project / ".healthlint.yaml").read_text(encoding="utf-8") == (
        '# ours\nfail_on: error\naccept:\n  - "research shows"\n'
    )
    codes = [d["code"] for d in client.diagnostics(uri, version=1)]
    assert "vague-attribution" not in codes and {"overstatement", "unsourced-statistic"} <= set(
        codes
    )


def test_hover_explains_the_finding(client: LspClient, root: Path) -> None:
    path = folder(root, "hover") / "tea.md"
    uri = client.open(path, ARTICLE)
    diagnostics = client.diagnostics(uri, version=1)
    cures = next(d for d in diagnostics if d["code"] == "overstatement")
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": cures["range"]["start"]},
    )
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert text.startswith("**overstatement** (error)")
    for section in ("What it flags.", "Why it matters.", "How to fix it."):
        assert section in text
    assert (
        client.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}},
        )
        is None
    )


def test_a_broken_config_is_one_diagnostic_and_the_server_survives(
    client: LspClient, root: Path
) -> None:
    project = folder(root, "broken")
    config = project / ".healthlint.yaml"
    config.write_text("rules:\n  overstatement: loud\n", encoding="utf-8")
    uri = client.open(project / "tea.md", ARTICLE)
    (problem,) = client.diagnostics(config.as_uri())
    assert problem["range"]["start"]["line"] == 1
    assert "rule level must be one of" in problem["message"]
    assert problem["severity"] == 1
    assert client.diagnostics(uri, version=1) == []  # not checked under a broken config
    message = client.wait_for("window/showMessage")
    assert ".healthlint.yaml has errors" in message["message"]
    # Fixed on disk: the editor says so, the error goes and the article is checked again.
    config.write_text("rules:\n  overstatement: off\n", encoding="utf-8")
    client.notify(
        "workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]}
    )
    assert client.diagnostics(config.as_uri()) == []
    codes = [d["code"] for d in client.diagnostics(uri, version=1)]
    assert "overstatement" not in codes and {"vague-attribution", "unsourced-statistic"} <= set(
        codes
    )


def test_config_edits_are_honoured_without_file_events(client: LspClient, root: Path) -> None:
    project = folder(root, "reload")
    uri = client.open(project / "tea.md", ARTICLE)
    before = {d["code"] for d in client.diagnostics(uri, version=1)}
    assert {"vague-attribution", "overstatement", "unsourced-statistic"} <= before
    (project / "accept.txt").write_text("research shows\n", encoding="utf-8")
    (project / ".healthlint.yaml").write_text(
        "accept_file: accept.txt\nrules:\n  unsourced-statistic: off\n", encoding="utf-8"
    )
    client.change(uri, 2, ARTICLE + "\n")  # the editor reports no file change: a keystroke
    codes = {d["code"] for d in client.diagnostics(uri, version=2)}
    assert codes == before - {"vague-attribution", "unsourced-statistic"}
    (project / "accept.txt").write_text("research shows\ncures\n", encoding="utf-8")
    client.change(uri, 3, ARTICLE)
    codes = {d["code"] for d in client.diagnostics(uri, version=3)}
    assert codes == before - {"vague-attribution", "unsourced-statistic", "overstatement"}


def test_each_workspace_folder_has_its_own_config(client: LspClient, root: Path) -> None:
    strict, lenient = folder(root, "strict"), folder(root, "lenient")
    (strict / ".healthlint.yaml").write_text("extends: strict\n", encoding="utf-8")
    (lenient / ".healthlint.yaml").write_text(
        "rules:\n  overstatement: off\n  vague-attribution: info\n", encoding="utf-8"
    )
    client.notify(
        "workspace/didChangeWorkspaceFolders",
        {
            "event": {
                "added": [{"uri": p.as_uri(), "name": p.name} for p in (strict, lenient)],
                "removed": [],
            }
        },
    )
    strict_uri = client.open(strict / "tea.md", ARTICLE)
    lenient_uri = client.open(lenient / "tea.md", ARTICLE)
    assert {d["severity"] for d in client.diagnostics(strict_uri, version=1)} == {1}
    lenient_found = {d["code"]: d["severity"] for d in client.diagnostics(lenient_uri, version=1)}
    assert "overstatement" not in lenient_found and lenient_found["vague-attribution"] == 3


def test_an_unused_directive_is_a_warning_on_its_comment(client: LspClient, root: Path) -> None:
    path = folder(root, "unused") / "tea.md"
    text = "# Tea\n\n<!-- healthlint-disable-next-line overstatement -->\n\nTea cures colds.\n"
    uri = client.open(path, text)
    diagnostics = client.diagnostics(uri, version=1)
    unused = next(d for d in diagnostics if d["code"] == "unused-directive")
    assert unused["severity"] == 2 and unused["tags"] == [1]
    assert flagged(text, unused) == "<!-- healthlint-disable-next-line overstatement -->"
    assert "the line after it is blank" in unused["message"]


def test_front_matter_that_does_not_parse_is_a_warning_at_its_line(
    client: LspClient, root: Path
) -> None:
    """On the command line a `warning:` line; in the editor, nothing said it until now."""
    path = folder(root, "frontmatter") / "tea.md"
    text = '---\ntitle: "Tea\ndate: 2026-01-01\n---\n\nTea cures colds.\n'
    uri = client.open(path, text)
    diagnostics = client.diagnostics(uri, version=1)
    reading = [d for d in diagnostics if d["code"] == "reading"]
    assert len(reading) == 1 and reading[0]["severity"] == 2
    assert reading[0]["message"].startswith("front matter is not valid YAML (line 3)")
    assert reading[0]["range"]["start"]["line"] == 2
    assert [d["code"] for d in diagnostics if d["code"] != "reading"] == ["overstatement"]


def test_html_and_plain_text_are_checked_too(client: LspClient, root: Path) -> None:
    project = folder(root, "formats")
    html = "<html><body><p>Café 🍵: research shows tea cures colds.</p></body></html>\n"
    uri = client.open(project / "tea.html", html, language="html")
    assert [flagged(html, d) for d in client.diagnostics(uri, version=1)] == [
        "research shows",
        "cures",
    ]
    plain = "Research shows tea cures colds.\n"
    uri = client.open(project / "notes", plain, language="plaintext")
    assert [d["code"] for d in client.diagnostics(uri, version=1)] == [
        "vague-attribution",
        "overstatement",
    ]


def test_the_module_server_shuts_down_cleanly(client: LspClient) -> None:
    assert client.shutdown() == 0
    assert "Traceback" not in client.stderr
