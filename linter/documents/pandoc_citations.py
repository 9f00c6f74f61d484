"""Pandoc's bracketed citations, `[@key]`, as a source written in the prose.

Pandoc, Quarto, R Markdown and bookdown render a citation from a bibliography file
(pandoc.org/MANUAL.html, "Citation syntax"): "Citations go inside square brackets and are
separated by semicolons. Each citation must have a key, composed of '@' + the citation
identifier from the database, and may optionally have a prefix, a locator, and a suffix. The
citation key must begin with a letter, digit, or _, and may contain alphanumerics, _, and
internal punctuation characters (:.#$%&-+?<>~/)." So `[@smith2020]`, `[@who2019; @cdc2021]`,
`[see @doe99, pp. 33-35]` and `[-@doe99]` (the author left out) each render as a reference
where they stand. Only the bracketed form counts: a bare `@key` is also an e-mail's or a
social handle's, and `user@host` inside brackets is no citation (the `@` must open the key,
after the bracket, a space, a semicolon or the author-suppressing `-`). A Markdown link
`[@name](url)` is a link, and the readers never leave its brackets in the prose.
"""

from __future__ import annotations

import re

# A key: a letter, digit or _ first, internal punctuation inside, a word character last. A
# cross-reference is no citation: Quarto's `@fig-trend` and `[-@tbl-rates]` (the reserved
# prefixes of quarto.org/docs/authoring/cross-references) and pandoc-crossref's `@fig:trend`
# (lierdakil.github.io/pandoc-crossref) render as "Figure 1", a number in the same page.
_CROSS_REFERENCE = (
    r"(?:fig|tbl|lst|tip|nte|wrn|imp|cau|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|eq|sec)[-:]"
)
_KEY = rf"(?!{_CROSS_REFERENCE})[A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]{{0,78}}\w)?"
# The prefix before the first key ("see ", "e.g., "), ending at a space or a semicolon; every
# part is bounded, so the scan stays linear on any input.
PANDOC_CITATION_RE = re.compile(
    rf"\[(?:[^\[\]@\n]{{0,60}}?[\s;])?-?@{_KEY}(?=[\s,;\]])[^\[\]\n]{{0,300}}\](?!\()"
)
