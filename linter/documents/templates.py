"""Template-engine markup in a page's source, turned into spaces so that it is not read as prose.

Static-site and server templates are stored with their engine's tags in the text; the engine
replaces them before anyone reads the page, so their arguments ("title=...", "alt=...") are
markup, as an HTML attribute is. The tags follow each engine's documented syntax:
- Liquid (Jekyll, Shopify) and Jinja/Nunjucks/Twig (Eleventy, Pelican, MkDocs macros): tags
  `{% ... %}`, output `{{ ... }}`, Jinja comments `{# ... #}`; a Liquid `{% comment %}` block is
  markup to its `{% endcomment %}`;
- Hugo shortcodes `{{< ... >}}` and `{{% ... %}}` (the output form covers them): only the tags
  go, the Markdown between an opening and a closing shortcode is the page's text;
- Laravel Blade directives (`@extends('app')`, `@section('content')`, `@include(...)`,
  `@endsection`) when a line holds only the directive: the closed class of directive names of
  the Blade documentation, so that "@someone" in a sentence is left alone.
Every character of a tag becomes markup of its length and line breaks are kept, so offsets stay
the file's; no character of it is read as prose.

A citation tag after a sentence's words renders as a reference where it stands, so it becomes a
comment of its length that opens with CITATION_COMMENT, which both readers attach as a
reference marker: jekyll-scholar's `{% cite key %}`, `{% cite_details key %}` and `{% reference
key %}` (its documented tags), and the `cite` shortcode of Hugo's citation modules (hugo-cite,
Hugo Blox/Wowchemy: `{{< cite "key" >}}`). Hugo's own `{{< ref >}}` links a page of the site and
stays markup, as `nocite` (which renders nothing) does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.documents.shortcodes import shortcode_spans
from linter.documents.template_comments import template_comment_spans

# A tag may run over a few lines ("{% include card.html\n  title=... %}"), never a page; a Jinja
# comment stays on its line, so a heading id ("## Dosage {#dose}") is not one.
_INSIDE = r"(?:(?!\n[ \t]*\r?\n).){0,1200}?"  # a tag never runs past a paragraph's end (CR LF too)
_TAG = re.compile(
    rf"\{{%{_INSIDE}%\}}|\{{\{{{_INSIDE}\}}\}}|\{{#[^{{}}\n]{{0,300}}?#\}}", re.DOTALL
)
_COMMENT_BLOCK = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL | re.IGNORECASE
)
_TEXT_AFTER = re.compile(r"[^\S\n]*\S")  # text after a tag on its line
# Block-quote and list markers (CommonMark 5.1-5.3) before a tag: the tag still opens its line's
# text, and a comment there would open an HTML block that takes the rest of the line.
_CONTAINER_MARKERS = re.compile(r"(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*")
_CITATION_TAG = re.compile(r"\{(?:%|\{[<%])-?\s*(?:cite|cite_details|reference)\b")
# A private-use character (Unicode 15, 23.5): no page writes one, so no author's own comment
# can pass for a citation tag.
CITATION_COMMENT = "\ue000"
_MARKER = "<!--" + CITATION_COMMENT
# The directives of the Laravel Blade documentation (laravel.com/docs/blade).
_BLADE_NAMES = (
    "extends|section|endsection|show|yield|parent|include|includeIf|includeWhen|includeUnless|"
    "includeFirst|each|if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|"
    "auth|endauth|guest|endguest|env|endenv|production|endproduction|hasSection|sectionMissing|"
    "for|endfor|foreach|endforeach|forelse|endforelse|while|endwhile|continue|break|switch|"
    "case|default|endswitch|push|endpush|pushOnce|endPushOnce|prepend|endprepend|stack|once|"
    "endonce|php|endphp|verbatim|endverbatim|component|endcomponent|slot|endslot|props|aware|"
    "csrf|method|error|enderror|lang|json|class|style|checked|selected|disabled|readonly|"
    "required|vite|livewire|livewireStyles|livewireScripts"
)
_BLADE = re.compile(
    rf"^[ \t]*@(?:{_BLADE_NAMES})\b(?:[ \t]*\((?:[^()\n]|\([^()\n]*\))*\))?[ \t]*$",
    re.MULTILINE,
)


def blank_templates(source: str, markdown: bool = False) -> str:
    """`source` with template tags and Blade directive lines made markup of the same length.

    A tag after text on its line, and in HTML any tag, becomes an HTML comment of its length
    ("<!--   -->"), which both readers skip as markup, so the words around it stay one
    sentence. In Markdown a tag alone on its line becomes spaces; one that opens a line (also
    after a block-quote or list marker) with text after it would either leave four spaces or
    more (an indented code block) or open an HTML block (a comment), so its characters become
    no-break spaces, which CommonMark does not count as indentation and the readers drop as
    stand-ins (`markup_free`); a citation there is a no-break space and then its comment."""
    spans = shortcode_spans(source)  # WordPress: (start, end, is a footnote)
    spans += [(start, end, False) for start, end in template_comment_spans(source)]
    if "{%" in source or "{{" in source or "{#" in source:
        spans += [(*m.span(), False) for m in _COMMENT_BLOCK.finditer(source)]
        spans += [(*m.span(), bool(_CITATION_TAG.match(m[0]))) for m in _TAG.finditer(source)]
    if "@" in source:
        spans += [(*m.span(), False) for m in _BLADE.finditer(source)]
    if not spans:
        return source
    chars = list(source)
    covered = 0  # where the spans made markup so far end
    for start, end, citation in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < covered:
            continue  # inside a span already made markup (a tag in a comment block)
        covered = end
        line_start = _space_before(source, start)  # the line's start when no text is before
        before = line_start > 0 and source[line_start - 1] != "\n"
        if before and markdown and _after_markers(source, start):
            before, line_start = False, start
        # A comment may run over lines inside a paragraph; a citation is one wherever it is. In
        # HTML a comment is markup wherever it stands, so a tag that opens its line is one too
        # (a citation after a paragraph's wrapped line: the reader attaches it after words
        # only). In Markdown a no-break space before a citation that opens its line keeps its
        # "<!--" from opening an HTML block.
        as_comment = before or citation or not markdown
        opener = "" if before or not markdown else "\u00a0"
        over_lines = "\n" in source[start:end] and markdown and not citation
        # A comment's "<!--" and "-->" must not write over a line break (a tag that opens
        # "{#\n"): the lines, and so every offset after it, would move.
        over_lines = (
            over_lines or "\n" in source[start : min(end, start + 6)] + source[end - 3 : end]
        )
        if as_comment and end - start >= 7 + len(opener) and not over_lines:
            lead = _MARKER if citation and end - start >= len(_MARKER) + 3 + len(opener) else "<!--"
            lead = opener + lead
            inside = "".join(
                "\n" if c == "\n" else " " for c in source[start + len(lead) : end - 3]
            )
            chars[start:end] = _unbroken(lead + inside + "-->")
            continue
        # Text after a span that opens its line would be indented into a code block by four
        # spaces or more: the span becomes no-break spaces. Over lines (a comment) the span's
        # closing line decides, as its text follows a blank line of the span.
        closing_line = source.rfind("\n", start, end) + 1
        opens_line = closing_line > 0 or not before
        width = end - (closing_line or line_start)
        indents = markdown and opens_line and width >= 4 and _TEXT_AFTER.match(source, end)
        fill = "\u00a0" if indents else " "
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = fill
    return "".join(chars)


def _after_markers(source: str, start: int) -> bool:
    """Whether only block-quote and list markers come before `start` on its line. Read back a
    few characters only: markers are short, and a long line of tags is read once."""
    floor = max(0, start - 40)
    begin = source.rfind("\n", floor, start) + 1
    if begin == 0 and floor > 0:
        return False
    return _CONTAINER_MARKERS.fullmatch(source, begin, start) is not None


def markup_free(text: str, offsets: Sequence[int], source: str) -> tuple[str, Sequence[int]]:
    """`text` (read at `offsets` of the file `source`) and its offsets, less the white space
    that stands in for a blanked tag where the file has the tag's characters.

    The engine replaces a tag before anyone reads the page, so nothing of it is prose; the words
    around it keep their own white space."""
    if not text or source.startswith(text, offsets[0]):
        return text, offsets
    keep = [i for i, c in enumerate(text) if not _stands_in(c, source[offsets[i]])]
    if len(keep) == len(text):
        return text, offsets
    return "".join(text[i] for i in keep), [offsets[i] for i in keep]


def markup_free_from(text: str, start: int, source: str) -> tuple[str, Sequence[int]]:
    """`markup_free` for text read whole from `start` of the file (an HTML parser's data)."""
    return markup_free(text, range(start, start + len(text)), source)


def _stands_in(char: str, original: str) -> bool:
    """Whether `char` of the prose stands in for `original`, a tag's character in the file: white
    space where the file has none, or a no-break space (the Markdown fill) where it has another."""
    if not char.isspace():
        return False
    return not original.isspace() or (char == "\u00a0" and original != "\u00a0")


def _space_before(source: str, start: int) -> int:
    """Where the white space just before `start` on its line begins. Read back over white
    space only, so that a long line of tags is read once, not once a tag."""
    i = start
    while i > 0 and source[i - 1] != "\n" and source[i - 1].isspace():
        i -= 1
    return i


def _unbroken(comment: str) -> str:
    """`comment` with a character at the end of each line between its first and last, so that
    none is blank: a blank line would end the paragraph, and the comment with it, whose "<!--"
    would then be read as the sentence's last word. Leading spaces stay (a list item's lines
    are its by their indentation)."""
    if comment.count("\n") < 2:
        return comment
    lines = comment.split("\n")
    for k in range(1, len(lines) - 1):
        width = len(lines[k].rstrip("\r"))
        if width:
            lines[k] = lines[k][: width - 1] + CITATION_COMMENT + lines[k][width:]
    return "\n".join(lines)
