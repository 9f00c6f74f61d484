"""The output folders of the JavaScript site generators, from their config files' text.

Their configs are programs (healthlint never runs them), so a setting is read only where the
file spells it as a plain string literal; anything else leaves the documented default. Each
generator's config file names it, so a folder called `dist`, `build` or `out` beside no such
file is a writer's own and is walked. Comments are dropped first: Next.js's own example
config carries `// distDir: 'dist'`.

- Astro (`astro.config.*`): `outDir`, default `./dist` (docs.astro.build, configuration
  reference, outDir).
- Docusaurus (`docusaurus.config.*`): `build/`; only `docusaurus build --out-dir` moves it
  (docusaurus.io/docs/cli, docusaurus build; docusaurus.io/docs/deployment).
- Next.js (`next.config.*`): with `output: 'export'`, `out/`, or `distDir` when set
  (nextjs.org/docs/app/guides/static-exports); without it, only `.next/`, hidden, never walked.
- Eleventy (`.eleventy.js`, `eleventy.config.js|mjs|cjs`): `dir.output` or
  `setOutputDirectory(...)`, default `_site/`, never walked anyway (11ty.dev/docs/config,
  Output Directory).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from linter.config.safe_read import ReadRefused

SCRIPT_EXTENSIONS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
_ELEVENTY = (".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs")
_STRING = r"""\s*(["'`])([^"'`\n]{1,300})\1"""
_ASTRO_OUT = re.compile(r"\boutDir\s*:" + _STRING)
_NEXT_EXPORT = re.compile(r"""\boutput\s*:\s*(["'`])export\1""")
_NEXT_DIST = re.compile(r"\bdistDir\s*:" + _STRING)
_ELEVENTY_OUT = re.compile(r"\bdir\s*:\s*\{[^{}]*?\boutput\s*:" + _STRING)
_ELEVENTY_SET = re.compile(r"\bsetOutputDirectory\s*\(" + _STRING)  # Eleventy 3
# A comment opens where code may (not inside a glob like 'src/**/*.md' or a URL's '//').
_LINE_COMMENT = re.compile(r"(?<![^\s;,{}()\[\]])//[^\n]*")
_BLOCK_COMMENT = re.compile(r"(?<![^\s;,{}()\[\]])/\*")


def js_output_folders(names: set[str], read: Callable[[str], bytes]) -> Iterator[str]:
    """The output folders (as written, relative to the config's folder) of the JavaScript site
    generators whose config files are among `names`."""
    for name in sorted(names):
        stem, dot, extension = name.rpartition(".")
        if not dot or f".{extension}" not in SCRIPT_EXTENSIONS:
            continue
        if stem == "astro.config":
            found = _ASTRO_OUT.search(_code(name, read))
            yield found[2] if found else "dist"
        elif stem == "docusaurus.config":
            yield "build"
        elif stem == "next.config":
            code = _code(name, read)
            if _NEXT_EXPORT.search(code):
                found = _NEXT_DIST.search(code)
                yield found[2] if found else "out"
        elif name in _ELEVENTY:
            code = _code(name, read)
            found = _ELEVENTY_OUT.search(code) or _ELEVENTY_SET.search(code)
            yield found[2] if found else "_site"


def _code(name: str, read: Callable[[str], bytes]) -> str:
    """A config file's text without its comments; "" when it cannot be read."""
    try:
        text = read(name).decode("utf-8", "replace")
    except (OSError, ReadRefused):
        return ""
    kept: list[str] = []
    start = 0
    while opener := _BLOCK_COMMENT.search(text, start):  # one pass, never rescans a comment
        kept.append(text[start : opener.start()])
        closed = text.find("*/", opener.end())
        start = len(text) if closed == -1 else closed + 2
    kept.append(text[start:])
    return _LINE_COMMENT.sub("", "".join(kept))
