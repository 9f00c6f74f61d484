"""Template-engine comments in a page's source: text its engine drops before anyone reads the page.

A server or static-site template keeps its authors' comments in the stored page: notes to the
next developer, old copy and whole blocks of commented-out markup. The engine removes them when
it renders the page, as a browser hides an HTML comment, so none of their words is the page's
text. templates.py reads a comment as a tag only when it holds no closing brace pair and stays
inside a paragraph; a comment runs over blank lines and holds the markup it comments out
(`{{-- <p>{{ $price }}</p> --}}`), whose inner `}}` would end a tag early and leave the rest as
prose. Each engine's documented comment syntax:
- Laravel Blade `{{-- ... --}}` (laravel.com/docs/blade, "Comments");
- Handlebars `{{!-- ... --}}` and `{{! ... }}` (handlebarsjs.com, "Template comments"; Mustache's
  `{{! ... }}` too);
- Go templates, and so Hugo, `{{/* ... */}}` with its trim markers `{{- /* ... */ -}}`
  (pkg.go.dev/text/template, "Comments");
- Jinja, Twig and Nunjucks `{# ... #}` over lines (jinja.palletsprojects.com, "Comments";
  twig.symfony.com, "Comments"), here only when white space or a trim marker follows `{#`, so a
  Markdown heading's attribute (`{#dose}`) never opens one;
- ERB and EJS `<%# ... %>` (ruby-doc.org ERB; ejs.co), and JSP and ASP.NET `<%-- ... --%>`;
- Razor `@* ... *@` (learn.microsoft.com, "Razor syntax reference", Comments), Smarty
  `{* ... *}` (smarty.net, "Comments") and Velocity `#* ... *#` (velocity.apache.org, "Comments"),
  with white space inside both ends as their documentation writes them, so that a style sheet's
  `{*zoom:1}` or a regular expression's `#*` is not one;
- FreeMarker `<#-- ... -->` (freemarker.apache.org, "Comments").
A comment is at most _LONGEST characters: one with no end in reach is left as it is. One that runs
over lines opens its line (after white space, a block-quote or list marker, or a tag), as a
commented-out block does: an opener inside a sentence or a code span ("write `<%#` to start a
note", "press #* 1") is text a reader sees, and reading it as a comment up to a closer lines or
paragraphs later ("`%>`", a phone code "*#06#") would drop every word between (review29r).
"""

from __future__ import annotations

import re
from functools import cache

_LONGEST = 20000
# Each engine's opener, and the closer that ends its comment; the first opener that matches at a
# place wins (a Handlebars "{{!--" before its short "{{!").
_KINDS = {
    "handlebars_long": (r"\{\{~?!--", r"--~?\}\}"),  # Handlebars
    "handlebars": (r"\{\{~?!", r"\}\}"),  # Handlebars, Mustache
    "blade": (r"\{\{--", r"--\}\}"),  # Blade
    "go": (r"\{\{-?[ \t]*/\*", r"\*/[ \t]*-?\}\}"),  # Go templates, Hugo
    "jinja": (r"\{#[-~]?\s", r"#\}"),  # Jinja, Twig, Nunjucks
    "jsp": (r"<%--", r"--%>"),  # JSP, ASP.NET
    "erb": (r"<%#", r"%>"),  # ERB, EJS
    "freemarker": (r"<#--", r"-->"),  # FreeMarker
    "razor": (r"@\*\s", r"\s\*@"),  # Razor
    "smarty": (r"\{\*\s", r"\s\*\}"),  # Smarty
    "velocity": (r"#\*\s", r"\s\*#"),  # Velocity
}


# Scanned for with no groups (a named group a kind made the scan a hundred times slower), the
# kind then told by its own opener.
@cache
def _scan(kinds: frozenset[str]) -> re.Pattern[str]:
    """The openers of `kinds`: a kind whose closer no longer occurs is left out of the scan."""
    return re.compile("|".join(f"(?:{_KINDS[kind][0]})" for kind in _KINDS if kind in kinds))


# What may stand before an opener on its line: white space, block-quote and list markers
# (CommonMark 5.1-5.3), or a tag's end ("<div>{{--"). Looked for in a bounded stretch, so a
# page on one long line costs no more per opener.
_LINE_START = re.compile(r"(?:^|\n|>)(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]))*[ \t]*$")
_REACH = 200


def _opens_line(source: str, at: int) -> bool:
    """Whether only white space, container markers or a tag stand before `at` on its line."""
    return _LINE_START.search(source, max(0, at - _REACH), at) is not None


_OPENERS = {kind: re.compile(opener) for kind, (opener, _) in _KINDS.items()}
_CLOSERS = {kind: re.compile(closer) for kind, (_, closer) in _KINDS.items()}


def template_comment_spans(source: str) -> list[tuple[int, int]]:
    """(start, end) of every template comment in `source`, in order; none inside another.

    In linear time: the closer found for one opener serves the openers of its kind before it,
    and a kind whose closer no longer occurs is not looked for again (a page of openers with no
    closer would otherwise be read to its end from each)."""
    spans: list[tuple[int, int]] = []
    found: dict[str, tuple[int, int] | None] = {}
    at = newline = 0
    alive = frozenset(_KINDS)
    while alive and (opened := _scan(alive).search(source, at)) is not None:
        # In _KINDS order (a set has none): a Handlebars "{{!--" is read before its "{{!".
        kind = next(k for k in _KINDS if k in alive and _OPENERS[k].match(source, opened.start()))
        # The white space that ends an opener may also open its closer ("@* note *@").
        after = opened.end() - (1 if kind in ("razor", "smarty", "velocity") else 0)
        closer = found.get(kind, (-1, -1))
        if closer is not None and closer[0] < after:
            hit = _CLOSERS[kind].search(source, after)
            closer = found[kind] = hit.span() if hit else None
        if closer is None:
            alive -= {kind}
        if newline < opened.start():  # the next line break, found once for the openers before it
            newline = source.find("\n", opened.start())
            newline = len(source) if newline < 0 else newline
        over_lines = closer is not None and newline < closer[1]
        if (
            closer is None
            or closer[1] - opened.start() > _LONGEST
            or (over_lines and not _opens_line(source, opened.start()))
        ):
            at = opened.start() + 1
            continue
        spans.append((opened.start(), closer[1]))
        at = closer[1]
    return spans
