"""A site generator's output folder is skipped where the project's own config says it is one."""

from __future__ import annotations

from pathlib import Path

import fsspec

from linter.distributed.store import list_url
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


def test_javascript_generators_output_is_skipped_beside_their_configs(tmp_path: Path) -> None:
    configs = {
        "astro/astro.config.mjs": "export default defineConfig({ site: 'https://x.org' });\n",
        "astro/dist/tea/index.html": PAGE,
        "docusaurus/docusaurus.config.ts": "export default { title: 'Tea' };\n",
        "docusaurus/build/tea/index.html": PAGE,
        "next/next.config.js": "module.exports = {\n  output: 'export',\n};\n",
        "next/out/tea.html": PAGE,
        "eleventy/.eleventy.js": 'module.exports = () => ({ dir: { input: "src", output: "www" } });\n',
        "eleventy/www/tea/index.html": PAGE,
        "eleventy/src/tea.md": PAGE,
    }
    assert pages(tmp_path, configs) == {"eleventy/src/tea.md"}


def test_a_configured_javascript_output_folder_moves_and_a_comment_is_no_setting(
    tmp_path: Path,
) -> None:
    walked = pages(
        tmp_path,
        {
            "astro.config.ts": (
                "// outDir: './old',\n/* outDir: './older' */\n"
                "export default { pages: 'src/*.md', outDir: './site-out' };\n"
            ),
            "site-out/tea.html": PAGE,
            "old/tea.md": PAGE,  # named only in a comment: a writer's folder
            "dist/tea.md": PAGE,  # Astro's default, moved: a writer's folder here
            "older/tea.md": PAGE,
        },
    )
    assert walked == {"old/tea.md", "older/tea.md", "dist/tea.md"}


def test_folders_named_like_build_output_without_a_config_are_walked(tmp_path: Path) -> None:
    walked = pages(
        tmp_path,
        {
            # next.config without a static export writes only .next/; out/ is a writer's
            "next.config.mjs": "export default { reactStrictMode: true };\n",
            "out/tea.md": PAGE,
            "dist/tea.md": PAGE,
            "build/tea.md": PAGE,
            "astro.config.js.bak": "outDir: 'build'\n",
        },
    )
    assert walked == {"out/tea.md", "dist/tea.md", "build/tea.md"}


def test_the_distributed_listing_skips_the_same_output_folders() -> None:
    fs = fsspec.filesystem("memory")
    root = "/review-site-output"
    files = {
        "hugo.toml": 'publishDir = "docs"\n',
        "content/tea.md": PAGE,
        "docs/tea.html": PAGE,
        "resources/_gen/a.html": PAGE,
        "public/tea.md": PAGE,
        "web/astro.config.mjs": "export default {};\n",
        "web/dist/tea.html": PAGE,
        "web/src/tea.md": PAGE,
    }
    for name, text in files.items():
        fs.pipe_file(f"{root}/{name}", text.encode())
    try:
        listed = {path for path, error in list_url(f"memory://{root}", lambda p, r: True)}
    finally:
        fs.rm(root, recursive=True)
    prefix = f"memory://{root}/"
    assert {path.removeprefix(prefix) for path in listed} == {
        "content/tea.md",
        "public/tea.md",
        "web/src/tea.md",
    }


def test_eleventy_3_sets_its_output_folder_by_a_call(tmp_path: Path) -> None:
    walked = pages(
        tmp_path,
        {
            "eleventy.config.mjs": 'export default (config) => { config.setOutputDirectory("web"); };\n',
            "web/tea/index.html": PAGE,
            "src/tea.md": PAGE,
        },
    )
    assert walked == {"src/tea.md"}


def test_a_symlink_to_a_site_output_folder_is_not_a_way_into_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    walked = pages(
        site, {"hugo.toml": 'baseURL = "x"\n', "content/tea.md": PAGE, "public/t.md": PAGE}
    )
    (site / "latest").symlink_to("public")  # beside the config
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "built").symlink_to(site / "public")  # walked before the config is met
    assert walked == {"content/tea.md"}
    assert pages(tmp_path, {}) == {"site/content/tea.md"}
