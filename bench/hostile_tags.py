"""CPU seconds to read 0.5 MB and 1 MB of hostile template-tag Markdown and site configs: tags
opening lines after quote and list markers, citation tags with no words, shortcut references
defined or not, JSON front matter, contact lines, and JavaScript site configs
(linter/documents/templates.py, shortcodes.py, toml_front_matter.py, furniture.py,
linter/run/site_output_js.py). Linear scans take about twice as long on twice the text.

    python bench/hostile_tags.py

Prints one line a shape: CPU seconds (time.process_time) at 0.5 MB and 1 MB, and their ratio.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MARKDOWN = {
    "cites in a quote": "> {% cite k %}\n",
    "cites in a list": '- {{< cite "k" >}}\n',
    "cites in a paragraph": "{% cite k %}\n",
    "deep markers": "> > > - 1. {% cite k %}\n",
    "tags on one line": "{% cite k %}",
    "defined references": "[a_b]: https://x.org\n[a_b] ",
    "underscore names": "[a_b] [/c] ",
    "json front matter": None,  # built below: one object opening the page
    "contact lines": "12% (a@b.org)\n\n",
}
CONFIGS = {
    "eleventy dir": ("eleventy.config.js", "dir:{"),
    "open comments": ("astro.config.mjs", " /*"),
    "unclosed strings": ("astro.config.mjs", "outDir: '"),
    "next export": ("next.config.js", "output: 'expor"),
}


def _cpu(function: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def _row(name: str, function: Callable[[str], object], half: str) -> None:
    small, big = _cpu(function, half), _cpu(function, half + half)
    print(f"{name:22} {small:6.2f} {big:6.2f} x{big / max(small, 1e-3):4.1f}")


def main() -> None:
    from linter.documents.markdown import read_markdown
    from linter.run.site_output_js import js_output_folders

    for name, piece in MARKDOWN.items():
        if piece is None:
            half = '{"title": "t"' + ', "a": 1' * 62_000
            _row(name, lambda text: read_markdown("hostile.md", text + "}\nTea.\n"), half)
            continue
        _row(name, lambda text: read_markdown("hostile.md", text), piece * (500_000 // len(piece)))
    for name, (config, piece) in CONFIGS.items():

        def scan(text: str, config: str = config) -> object:
            return list(js_output_folders({config}, lambda _: text.encode()))

        _row(name, scan, piece * (500_000 // len(piece)))


if __name__ == "__main__":
    main()
