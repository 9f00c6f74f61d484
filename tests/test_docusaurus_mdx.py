"""Which `.md` pages a Docusaurus site compiles as MDX, so that the editor's quick fix writes the
MDX comment there (linter/lsp/docusaurus.py). Sites written for these tests."""

from __future__ import annotations

from pathlib import Path

from linter.lsp.docusaurus import compiled_as_mdx

PAGE = "# Tea\n\nTea cures colds.\n"


def _site(root: Path, config: str, name: str = "docusaurus.config.js") -> Path:
    (root / ".git").mkdir(parents=True)
    (root / name).write_text(config, encoding="utf-8")
    (root / "docs" / "guides").mkdir(parents=True)
    return root / "docs" / "guides" / "tea.md"


def test_a_md_page_under_a_docusaurus_config_is_mdx(tmp_path: Path) -> None:
    page = _site(tmp_path, "module.exports = {title: 'Tea'};\n", "docusaurus.config.ts")
    assert compiled_as_mdx(str(page), PAGE)
    assert not compiled_as_mdx(str(page.with_suffix(".markdown")), PAGE)


def test_a_site_or_a_page_that_asks_for_commonmark_is_not(tmp_path: Path) -> None:
    page = _site(tmp_path, "export default {\n  markdown: {format: 'detect'},\n};\n")
    assert not compiled_as_mdx(str(page), PAGE)
    other = _site(tmp_path / "b", "export default {\n  // markdown: {format: 'detect'},\n};\n")
    assert compiled_as_mdx(str(other), PAGE)
    assert not compiled_as_mdx(str(other), "---\ntitle: Tea\nformat: md\n---\n" + PAGE)
    # As Docusaurus 3.0-3.9 document it: `format` under `mdx`, in block or flow style.
    assert not compiled_as_mdx(str(other), "---\nmdx:\n  format: md\n---\n" + PAGE)
    assert not compiled_as_mdx(str(other), "---\nmdx: {format: md}\n---\n" + PAGE)
    assert compiled_as_mdx(str(other), "---\nmdx:\n  format: mdx\n---\n" + PAGE)


def test_no_config_up_to_the_repository_root_is_plain_markdown(tmp_path: Path) -> None:
    (tmp_path / "docusaurus.config.js").write_text("export default {};\n", encoding="utf-8")
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    assert not compiled_as_mdx(str(repository / "tea.md"), PAGE)


def test_a_docusaurus_2_site_compiles_md_with_mdx_1_which_shows_an_mdx_comment(
    tmp_path: Path,
) -> None:
    page = _site(tmp_path, "module.exports = {title: 'Tea'};\n")
    package = tmp_path / "package.json"
    package.write_text('{"dependencies": {"@docusaurus/core": "^2.4.3"}}', encoding="utf-8")
    assert not compiled_as_mdx(str(page), PAGE)
    package.write_text('{"dependencies": {"@docusaurus/core": "3.5.2"}}', encoding="utf-8")
    assert compiled_as_mdx(str(page), PAGE)
    package.write_text("{not json", encoding="utf-8")
    assert compiled_as_mdx(str(page), PAGE)
