"""The box and attribute markup of static-site generators, as one markdown-it plugin.

MkDocs admonitions (admonitions.py), `:::` boxes of Docusaurus, VitePress and Pandoc/Quarto
(fenced_divs.py), and kramdown's and Pandoc's attribute lists and bracketed spans
(attributes.py): each reads its markup as the page renders it, with exact source positions.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from linter.documents.admonitions import admonitions_plugin
from linter.documents.attributes import attributes_plugin
from linter.documents.fenced_divs import fenced_divs_plugin
from linter.documents.nesting import nesting_plugin, parse_failure

__all__ = ["parse_failure", "static_site_plugin"]


def static_site_plugin(md: MarkdownIt) -> None:
    """Read boxes as a title paragraph over a prose body, and attribute lists as markup."""
    md.use(admonitions_plugin)  # MkDocs' !!! note "Title" and ??? boxes, indented bodies
    md.use(fenced_divs_plugin)  # Docusaurus' :::tip, VitePress', Pandoc's and Quarto's ::: divs
    md.use(attributes_plugin)  # kramdown's {: .class}, Pandoc's {#id} and [text]{.class}
    md.use(nesting_plugin)  # boxes nest: past markdown-it's limit, a page is read as text
