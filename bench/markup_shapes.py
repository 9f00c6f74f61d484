"""Pages composed of the odd but valid shapes real CMSs write, seeded and deterministic.

A byte fuzzer (bench/fuzz.py) rarely builds a well-formed list whose lead-in is followed by a
spacer paragraph; real sites write such shapes all the time (session 28: Webflow's `<p>&zwj;</p>`
stopped healthlint with an internal KeyError). This module composes pages of such shapes for
bench/shape_search.py: empty and invisible-only blocks, empty list items and table cells,
lead-ins before spacers, nested lists in quotes, headings with no text, rich text in front-matter
keys (YAML holding HTML, Markdown in JSON, ProseMirror documents), MDX components, WordPress
shortcodes, PHP, comments inside lists, CR and CR LF mixes, long lines, deep nesting, one-character
blocks, links with no text and footnotes with no reference. All sentences are written for it.

    page(random.Random(7)) -> (file name, bytes)
"""

from __future__ import annotations

import random

from shape_corpora import real_pieces
from shape_front_matter import front_matter, odd_front_matter
from shape_html import (
    LEAD_INS,
    MD_SOURCED,
    SENTENCES,
    WORDS,
    entity,
    html_fragment,
    invisible,
    lead_in_list,
    sentence,
    structure,
)  # fmt: skip

# --- Markdown pieces ----------------------------------------------------------------------


def _m_list(rng: random.Random, indent: str = "") -> str:
    marker = rng.choice(["- ", "* ", "1. ", "+ ", "1) "])
    lines = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        if kind < 0.2:
            lines.append(indent + marker.rstrip())  # an empty item
        elif kind < 0.3:
            lines.append(indent + marker + invisible(rng))
        elif kind < 0.4:
            lines.append(indent + "<!-- a comment in a list -->")
        elif kind < 0.5 and len(indent) < 24:
            lines.append(indent + marker + rng.choice(LEAD_INS))
            lines.append(_m_list(rng, indent + " " * len(marker)))
        elif kind < 0.6:
            lines.append(indent + marker + entity(rng))
        else:
            lines.append(indent + marker + rng.choice([*SENTENCES, *MD_SOURCED, *WORDS]))
    return "\n".join(lines)


def _m_piece(rng: random.Random) -> str:
    s = sentence(rng)
    return rng.choice([
        s,
        rng.choice(WORDS),
        invisible(rng),
        entity(rng),
        "<p>&zwj;</p>",
        rng.choice(LEAD_INS) + "\n\n" + entity(rng) + "\n\n" + _m_list(rng),
        rng.choice(LEAD_INS) + "\n" + _m_list(rng),
        _m_list(rng),
        "> " + _m_list(rng).replace("\n", "\n> "),
        "> " * rng.randint(1, 30) + s,
        "> " + rng.choice(["", entity(rng), "- ", "#"]),
        rng.choice(["#", "##", "###### ", "# #", "## " + entity(rng)]),
        "Title\n" + rng.choice(["===", "---"]),
        "| a | b |\n|---|---|\n| | |\n| " + s + " | |\n|" + entity(rng) + "| 40% |",
        "|  |\n|--|\n|  |",
        f"{s[:-1]}[^1].\n\n[^2]: {sentence(rng)}",
        "[^note]: " + rng.choice(["", entity(rng), s]),
        f"{s[:-1]} [](https://example.org/study).",
        f"{s[:-1]} [{entity(rng)}](https://doi.org/10.1/x).",
        "![](x.png)",
        "[caption]" + s + "[/caption]",
        '[et_pb_text admin_label="Text"]' + s + "[/et_pb_text]",
        "<?php include 'x.php'; ?>",
        "{% include note.html %}\n" + s,
        "{{< figure src=\"x.png\" >}}",
        lead_in_list(rng),
        html_fragment(rng, rng.randint(1, 4)),
        "<div>\n\n" + s + "\n\n</div>",
        "```\n" + s + "\n```",
        "    " + s,
        " ".join(sentence(rng) for _ in range(rng.randint(100, 400))),
        "- " * rng.randint(5, 40) + s,
        "1. " * rng.randint(5, 30) + s,
        "<!-- " + s + " -->",
        "***",
        "\\",
        "*" + entity(rng) + "*",
        "**" + rng.choice(LEAD_INS) + "**",
    ])  # fmt: skip


def _m_site_piece(rng: random.Random) -> str:
    """The syntax of site generators and notes tools the readers know, emptied or odd."""
    s = sentence(rng)
    return rng.choice([
        "!!! note\n", '!!! warning ""\n    ' + s, "??? tip\n    " + entity(rng),
        "> [!NOTE]", "> [!WARNING]\n> " + s, "> [!tip]-\n>",
        ":::", ":::\n:::", "::: note\n" + s + "\n:::", ":::: {.box}\n::: x\n:::\n::::",
        "[[]]", "[[|]]", "![[x.png]]", f"{s[:-1]} [[Page|]].",
        f"{s[:-1]} [@].", f"{s[:-1]} [@smith2020; @].", "[@smith2020]",
        "{: .lead}", f"{s}\n{{: .note}}", "{::comment}\n" + s + "\n{:/comment}",
        "{{% note %}}{{% /note %}}", "{{< note >}}\n\n{{< /note >}}", '{{< cite "" >}}',
        "{% cite %}", "{% raw %}{{ x }}{% endraw %}", "{% comment %}",
        "## References\n\n1.\n2. " + entity(rng) + "\n3. Lee A. A trial. 2020.",
        "## Works cited", "Abstract\n\n", "40%\n\nof adults sleep badly.",
        f"{s[:-1]}\n40%", "> " + s + "\n>\n> —", "> " + s + "\n> -- ",
        "Title\n===\n===", entity(rng) + "\n===", invisible(rng) + "\n---",
        "```", "<!--", "<div>", "[1]: https://doi.org/10.1/x", "[1]:", "[^1]:", "[^]: x",
        f"{s[:-1]}[^1][^1][^2].\n\n[^1]: [^2]\n[^2]: [^1]",
        f"| {s} [^1] |\n|--|\n\n[^1]: {s}",
        "<!-- healthlint-disable -->\n" + s + "\n<!-- healthlint-enable -->",
        "<!-- healthlint-disable-next-line no-such-rule -->\n" + s,
        "<!-- healthlint-disable-next-line overstatement -->",
        "Key facts\n\n| a |\n|---|\n| " + s + " |",
        rng.choice(LEAD_INS) + "\n\n> - " + s + "\n> -\n>   - " + entity(rng),
    ])  # fmt: skip


def markdown_body(rng: random.Random, pieces: int) -> str:
    piece = (_m_piece, _m_piece, _m_site_piece, lambda r: structure(r, html=False))
    return "\n\n".join(rng.choice(piece)(rng) for _ in range(pieces))


# --- Pages --------------------------------------------------------------------------------


def _mdx_body(rng: random.Random) -> str:
    parts = ["import Callout from '../components/Callout'", ""]
    for _ in range(rng.randint(1, 6)):
        parts.append(rng.choice([
            f"<Callout type=\"warning\">\n{_m_piece(rng)}\n</Callout>",
            "<Callout></Callout>",
            f"<Stat value={{40}} label=\"{sentence(rng)}\" />",
            "{/* " + sentence(rng) + " */}",
            _m_piece(rng),
            _m_site_piece(rng),
            *real_pieces(rng, 1),
            f"{sentence(rng)[:-1]} {{props.dose}}.",
        ]))  # fmt: skip
        parts.append("")
    return "\n".join(parts)


def line_endings(rng: random.Random, text: str) -> str:
    """Mix LF, CR LF and (rarely) lone CR line by line, as pages edited on two systems do."""
    choice = rng.random()
    if choice < 0.5:
        return text
    if choice < 0.7:
        return text.replace("\n", "\r\n")
    lines = text.split("\n")
    ends = [rng.choice(["\n", "\r\n", "\r\n", "\r"]) for _ in lines]
    return "".join(line + end for line, end in zip(lines, ends, strict=True))[: -len(ends[-1])]


def page(rng: random.Random) -> tuple[str, bytes]:
    """One composed page: (file name, bytes)."""
    kind = rng.random()
    pieces = rng.randint(1, 12)
    if kind < 0.25:
        name = "page.md"
        head = front_matter(rng, markdown_body(rng, 3)) if rng.random() < 0.5 else ""
        text = head + ("" if head and rng.random() < 0.3 else markdown_body(rng, pieces))
    elif kind < 0.45:
        name = "page.md"
        mixed = [*real_pieces(rng, pieces), *(_m_site_piece(rng) for _ in range(pieces // 2))]
        mixed += [rng.choice(["&zwj;", "<p>&zwj;</p>", invisible(rng)]) for _ in range(pieces // 3)]
        rng.shuffle(mixed)
        text = "\n\n".join(mixed)
    elif kind < 0.5:
        name = "page.md"
        text = odd_front_matter(rng) + rng.choice(["", "\n", markdown_body(rng, pieces)])
    elif kind < 0.78:
        name = "page.html"
        body = html_fragment(rng, pieces)
        if rng.random() < 0.6:
            title = rng.choice(["", sentence(rng), entity(rng)])
            body = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"
        text = body
    elif kind < 0.93:
        name, text = "page.mdx", _mdx_body(rng)
    else:
        name = "page.txt"
        text = "\n\n".join(
            rng.choice([sentence(rng), invisible(rng), rng.choice(WORDS)]) for _ in range(pieces)
        )
    text = line_endings(rng, text)
    if rng.random() < 0.05:
        text = "\ufeff" + text
    return name, text.encode("utf-8")
