"""A site generator's output folder is skipped where the project's own config says it is one."""

from __future__ import annotations

from pathlib import Path

from linter.run.files import walk


def pages(root: Path, files: dict[str, str]) -> set[str]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return {Path(p).relative_to(root).as_posix() for p, error in walk(str(root)) if error is None}


PAGE = "Tea cures colds.\n"


def test_hugo_output_and_generated_resources_are_skipped_under_its_config(tmp_path: Path) -> None:
    walked = pages(
        tmp_path,
        {
            "hugo.toml": 'baseURL = "https://example.org/"\n',
            "content/tea.md": PAGE,
            "public/tea/index.html": PAGE,
            "resources/_gen/assets/note.html": PAGE,
            "resources/notes.md": PAGE,
        },
    )
    assert walked == {"content/tea.md", "resources/notes.md"}


def test_hugo_publish_dir_is_read_from_its_older_config_name(tmp_path: Path) -> None:
    walked = pages(
        tmp_path,
        {
            "config.yaml": "baseURL: https://example.org/\npublishDir: docs\n",
            "content/tea.md": PAGE,
            "docs/tea/index.html": PAGE,
            "public/tea.md": PAGE,  # not this site's output: a folder of the writer's
        },
    )
    assert walked == {"content/tea.md", "public/tea.md"}


def test_a_folder_called_public_is_walked_when_no_config_says_it_is_output(tmp_path: Path) -> None:
    walked = pages(
        tmp_path,
        {
            "config.toml": 'title = "Not Hugo"\n',  # another tool's config.toml
            "public/tea.md": PAGE,
            "resources/_gen/tea.md": PAGE,
        },
    )
    assert walked == {"public/tea.md", "resources/_gen/tea.md"}


def test_jekyll_destination_is_skipped_and_an_unreadable_hugo_config_keeps_the_default(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    broken = tmp_path / "broken"
    assert pages(
        site, {"_config.yml": "destination: build\n", "_posts/tea.md": PAGE, "build/t.html": PAGE}
    ) == {"_posts/tea.md"}
    assert pages(broken, {"hugo.toml": "publishDir = [\n", "public/tea.md": PAGE}) == set()
