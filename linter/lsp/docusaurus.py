"""Whether a `.md` page is compiled as MDX: Docusaurus 3 compiles every `.md` file as MDX unless
its config asks for CommonMark (docusaurus.io/docs/markdown-features, "MDX vs. CommonMark":
`siteConfig.markdown.format`, default 'mdx'; 'detect' or 'md' read `.md` as CommonMark; a
page's own `format: md` front matter does the same). In MDX an HTML comment may break the
build (MDX 2 and later refuse `<!--`; Docusaurus's `mdx1Compat.comments` can be off), so the
quick fix writes the MDX comment `{/* ... */}`, which healthlint reads in `.md` pages too.

The config is a program healthlint never runs: only a plain string literal is read.
"""

from __future__ import annotations

import re
from pathlib import Path

# docusaurus.io/docs/api/docusaurus-config: docusaurus.config.js or .ts, and their module forms.
_CONFIGS = tuple(f"docusaurus.config.{x}" for x in ("js", "mjs", "cjs", "ts", "mts", "cts"))
_COMMONMARK = re.compile(r"""^[^/\n]*\bformat\s*:\s*(["'`])(?:detect|md)\1""", re.M)
_PAGE_COMMONMARK = re.compile(r"""^format:[ \t]*["']?md\b""", re.M)
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
                return not _commonmark(config)
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
