"""Whether a `.md` page is compiled as MDX: Docusaurus 3 compiles every `.md` file as MDX unless
its config asks for CommonMark (docusaurus.io/docs/markdown-features, "MDX vs. CommonMark":
`siteConfig.markdown.format`, default 'mdx'; 'detect' or 'md' read `.md` as CommonMark; a
page's own `mdx.format: md` front matter does the same). In MDX an HTML comment may break the
build (MDX 2 and later refuse `<!--`; Docusaurus's `mdx1Compat.comments` can be off), so the
quick fix writes the MDX comment `{/* ... */}`, which healthlint reads in `.md` pages too.

Docusaurus 1 and 2 compile with MDX 1, which reads `{/* ... */}` as text the page shows and
accepts an HTML comment (github.com/facebook/docusaurus/discussions/3557): a site whose
package.json asks for `@docusaurus/core` 1.x or 2.x keeps the HTML comment.

The config is a program healthlint never runs: only a plain string literal is read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from linter.run.site_output_js import SCRIPT_EXTENSIONS

# docusaurus.io/docs/api/docusaurus-config: docusaurus.config.js or .ts, and their module forms.
_CONFIGS = tuple(f"docusaurus.config{x}" for x in SCRIPT_EXTENSIONS)
_COMMONMARK = re.compile(r"""^[^/\n]*\bformat\s*:\s*(["'`])(?:detect|md)\1""", re.M)
# Docusaurus 3.0-3.9 document it nested, `mdx:` then `format: md`; its next version top-level.
_PAGE_COMMONMARK = re.compile(r"""^(?:[ \t]+|mdx:[ \t]*\{[ \t]*)?format:[ \t]*["']?md\b""", re.M)
_MAX_CONFIG_BYTES = 1_000_000


def compiled_as_mdx(path: str, text: str) -> bool:
    """Whether the Markdown page at `path` (text `text`) is compiled as MDX by a Docusaurus
    site whose config is in its folder or one above it (the nearest config decides)."""
    if not path.lower().endswith(".md"):
        return False
    if text.startswith("---") and _PAGE_COMMONMARK.search(text, 0, max(text.find("\n---", 3), 0)):
        return False  # the page's front matter asks for CommonMark
    for folder in Path(path).resolve().parents:
        for name in _CONFIGS:
            config = folder / name
            if config.is_file():
                return not _commonmark(config) and not _mdx1(folder / "package.json")
        if (folder / ".git").exists():
            return False  # the repository's root: a config above it is another project's
    return False


def _commonmark(config: Path) -> bool:
    """Whether the config asks for CommonMark `.md` pages (`format: 'detect'` or `'md'`)."""
    try:
        if config.stat().st_size > _MAX_CONFIG_BYTES:
            return False
        code = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(_COMMONMARK.search(code))


def _mdx1(package: Path) -> bool:
    """Whether the site's package.json asks for Docusaurus 1 or 2 (MDX 1): "^2.4.3", "~2.0"."""
    try:
        if not package.is_file() or package.stat().st_size > _MAX_CONFIG_BYTES:
            return False
        manifest = json.loads(package.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return False
    if not isinstance(manifest, dict):
        return False
    for field in ("dependencies", "devDependencies"):
        wanted = manifest.get(field)
        version = wanted.get("@docusaurus/core") if isinstance(wanted, dict) else None
        if isinstance(version, str):
            major = re.match(r"[\s^~>=v]*(\d+)\.", version)
            return major is not None and int(major[1]) < 3
    return False
