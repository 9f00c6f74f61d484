"""HTML pieces for bench/markup_shapes.py: the odd but valid blocks CMS editors write.

Spacer paragraphs (Webflow's `<p>&zwj;</p>`), empty list items and table cells, lead-ins over
spacers, headings with no text, links with no text, deep nesting, WordPress shortcodes and PHP.
The sentences are written for this bench.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# Sentences written for this bench: some fire rules (a figure, "research shows", a journal
# named without a link), some are sourced, some are plain.
SENTENCES = (
    "Research shows that garlic cures colds.",
    "About 40% of adults sleep less than six hours.",
    "A study published in The Lancet found fewer strokes.",
    "Walking after meals may lower blood sugar a little.",
    "This miracle tea melts fat overnight.",
    "Doctors recommend a check-up once a year.",
    "Experts say vitamin D prevents the flu.",
    "The trial enrolled 120 patients over two years.",
)
SOURCED = (
    'According to <a href="https://www.nhs.uk/conditions/flu">the NHS</a>, 1 in 5 get it.',
    'A <a href="https://doi.org/10.1000/xyz">2021 trial</a> found 30% fewer falls.',
)
MD_SOURCED = ("According to [the NHS](https://www.nhs.uk/conditions/flu), 1 in 5 get it.",)
# Invisible-only content: what editors leave as spacers.
INVISIBLE = ("\u200d", "\u200b", "\u00a0", "\u00ad", "\ufeff", "\u2060", " ", "")
ENTITIES = ("&zwj;", "&#8205;", "&nbsp;", "&#160;", "&shy;", "&#xFEFF;", "&ZeroWidthSpace;")
# References to no character a page may hold: a lone surrogate, an emoji written as its UTF-16
# pair (old WordPress exports), NUL, past U+10FFFF.
ODD_REFERENCES = ("&#xD800;", "&#55357;&#56832;", "&#0;", "&#x110000;", "&#;")
LEAD_INS = ("<strong>Common causes:</strong>", "Symptoms include:", "Key facts", "Why?")
WORDS = ("a", "x", "1", ".", "?", "-", "*", "I", "%", "A.")


def sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES)


def invisible(rng: random.Random) -> str:
    return rng.choice(INVISIBLE) * rng.randint(1, 3)


def entity(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(ODD_REFERENCES)
    return rng.choice(ENTITIES) * rng.randint(1, 2)


# --- HTML pieces (also the HTML blocks of Markdown and front-matter values) ---------------


def _h_spacer(rng: random.Random) -> str:
    inner = rng.choice([entity(rng), invisible(rng), "<br>", "<br/>", "<span></span>", ""])
    tag = rng.choice(["p", "p", "p", "div", "h2", "span"])
    return f"<{tag}>{inner}</{tag}>"


def _h_para(rng: random.Random) -> str:
    text = rng.choice([*SENTENCES, *SOURCED, rng.choice(WORDS)])
    return f"<p>{text}</p>"


def _h_list(rng: random.Random) -> str:
    tag = rng.choice(["ul", "ol"])
    items = []
    for _ in range(rng.randint(0, 5)):
        kind = rng.random()
        if kind < 0.25:
            items.append("<li></li>")
        elif kind < 0.4:
            items.append(f"<li>{entity(rng)}</li>")
        elif kind < 0.5:
            items.append("<!-- an editor's note -->")
        elif kind < 0.6:
            items.append(f"<li>{rng.choice(LEAD_INS)}{_h_list(rng)}</li>")
        elif kind < 0.7:
            items.append(f"<li><p>{entity(rng)}</p><p>{sentence(rng)}</p></li>")
        else:
            items.append(f"<li>{rng.choice([*SENTENCES, *SOURCED, *WORDS])}</li>")
    return f"<{tag}>{''.join(items)}</{tag}>"


def lead_in_list(rng: random.Random) -> str:
    spacers = "".join(_h_spacer(rng) for _ in range(rng.randint(0, 2)))
    return f"<p>{rng.choice(LEAD_INS + SOURCED)}</p>{spacers}{_h_list(rng)}{_h_spacer(rng)}"


def _h_table(rng: random.Random) -> str:
    rows = []
    for _ in range(rng.randint(0, 4)):
        cells = []
        for _ in range(rng.randint(0, 3)):
            cell = rng.choice(["", entity(rng), sentence(rng), "40%", "<br>"])
            tag = rng.choice(["td", "td", "th"])
            cells.append(f"<{tag}>{cell}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head = rng.choice(["", "<caption></caption>", f"<caption>{sentence(rng)}</caption>"])
    return f"<table>{head}{''.join(rows)}</table>"


def _h_heading(rng: random.Random) -> str:
    level = rng.randint(1, 6)
    inner = rng.choice(["", entity(rng), "<a id='x'></a>", sentence(rng), "1"])
    return f"<h{level}>{inner}</h{level}>"


def _h_quote(rng: random.Random) -> str:
    inner = rng.choice([_h_list(rng), _h_para(rng) + _h_spacer(rng), "", lead_in_list(rng)])
    return f"<blockquote>{inner}</blockquote>"


def _h_deep(rng: random.Random) -> str:
    depth = rng.randint(5, 60)
    tags = [
        rng.choice(["div", "ul", "li", "blockquote", "span", "section", "em"]) for _ in range(depth)
    ]
    return (
        "".join(f"<{t}>" for t in tags) + sentence(rng) + "".join(f"</{t}>" for t in reversed(tags))
    )


def _h_link(rng: random.Random) -> str:
    inner = rng.choice(["", entity(rng), "<img src='x.png' alt=''>", " "])
    return f'<p>{sentence(rng)[:-1]} <a href="https://example.org/study">{inner}</a>.</p>'


def _h_wordpress(rng: random.Random) -> str:
    return rng.choice([
        f'[caption id="a" align="alignnone"]<img src="x.jpg"> {sentence(rng)}[/caption]',
        "[vc_row][vc_column][vc_column_text]" + _h_para(rng) + "[/vc_column_text][/vc_column][/vc_row]",
        f"<p>{sentence(rng)[:-1]}[efn_note]{rng.choice(SENTENCES)}[/efn_note].</p>",
        "[et_pb_divider][/et_pb_divider]",
        "<?php include 'header.php'; ?>",
        f"<p><?php echo $dose; ?> {sentence(rng)}</p>",
        "<?php if ($x): ?><p>" + sentence(rng) + "</p><?php endif; ?>",
        "[/caption]",
    ])  # fmt: skip


def _h_misc(rng: random.Random) -> str:
    return rng.choice([
        f"<p>{sentence(rng)} <sup>1</sup></p>",
        f"<p>{rng.choice(WORDS)}</p>",
        f"<p>{' '.join(rng.choice(SENTENCES) for _ in range(rng.randint(50, 300)))}</p>",
        "<p><!-- a comment --></p>",
        "<script>var a = '<p>Research shows</p>';</script>",
        f"<details><summary></summary>{_h_para(rng)}</details>",
        f"<dl><dt></dt><dd>{entity(rng)}</dd><dt>{sentence(rng)}</dt><dd></dd></dl>",
        f"<figure><img src='x.png'><figcaption>{entity(rng)}</figcaption></figure>",
        "<p>" + "<b>" * rng.randint(1, 40) + sentence(rng) + "</p>",
        "<hr>",
        "<br><br><br>",
    ])  # fmt: skip


def _h_page_parts(rng: random.Random) -> str:
    s = sentence(rng)
    return rng.choice([
        f"<h2>References</h2><ol><li></li><li>{entity(rng)}</li><li>Lee A. A trial. 2020.</li></ol>",
        "<h2>Sources</h2>",
        "<p><sup>1</sup></p>",
        f"<p><sup></sup>{s}<sup><a href='#fn1'>1</a></sup></p><ol><li id='fn1'></li></ol>",
        f"<nav></nav><header><p>{s}</p></header><main></main><aside>{entity(rng)}</aside>",
        f"<p>{s[:20]}<br>{s[20:]}</p>",
        f"<p>{s[:-1]}</p><p>40%</p><p>of adults.</p>",
        f"<blockquote><p>{s}</p><footer>{rng.choice(['', '—', entity(rng)])}</footer></blockquote>",
        f"<table><tr><td rowspan='3'>{s}</td><td colspan='0'></td></tr><tr></tr></table>",
        f"<ul><li><table><tr><td>{s}</td></tr></table></li><li><ul><li></li></ul></li></ul>",
        f"<p>{s}",  # a paragraph never closed, at the end of a page too
        "<!-- " + s,  # a comment never closed
        "<p",
        f"<div hidden><p>{s}</p></div><p style='display:none'>{s}</p>",
        f"<template><p>{s}</p></template><noscript>{s}</noscript>",
        f"<p>{s}<!-- healthlint-disable-line overstatement --></p>",
        "<!-- healthlint-disable-next-line -->",
        "<!-- healthlint-disable-next-line no-such-rule -->",
        f"<p>[1]</p><p>{s}</p><p>1)</p>",
        f"<h3>{rng.choice(LEAD_INS)}</h3><table><tr><th></th></tr><tr><td>{s}</td></tr></table>",
        f"<p>{rng.choice(LEAD_INS)}</p><blockquote><ul><li>{s}</li><li></li></ul></blockquote>",
    ])  # fmt: skip


def structure(rng: random.Random, html: bool) -> str:
    """The shapes page.py reads across blocks (myth and fact, excerpts, credits, split figures,
    reference entries, linked headlines), with spacers and empty blocks where they hurt most."""
    s, gap = sentence(rng), rng.choice(["", "&zwj;", "<br>", entity(rng)])
    link = "https://doi.org/10.1000/xyz"
    pairs = [
        (
            rng.choice(["Myth:", "The claim:", "Myth", "Claim"]) + " " + rng.choice([s, ""]),
            rng.choice(["Fact:", "Fact: " + s, "The truth", "Facts:" + gap]),
        ),
        (f"Excerpts from <a href='{link}'>this study</a>:", s),
        (s, rng.choice(["— ", "— <a href='" + link + "'>The Lancet</a>", "—" + gap])),
        (rng.choice(["94%", "1 in 5", "40", "%"]), rng.choice(["of adults sleep badly.", "", gap])),
        (f"<a href='{link}'>{s}</a>", rng.choice([s, gap, "doi:10.1000/xyz"])),
        ("Lee A, Kim B. A trial of sleep. J Sleep. 2020;1:2.", "Abstract: " + s),
        (rng.choice(["Common myths", "Myths"]), rng.choice(["The facts", "Facts", gap])),
    ]
    first, second = rng.choice(pairs)
    spacer = rng.choice(["", "<p>&#8205;</p>", "<p></p>", "<p>&nbsp;</p>"])
    if html:
        kind = rng.choice(["p", "h2", "li", "blockquote"])
        wrap = (
            (lambda t: f"<ul><li>{t}</li></ul>")
            if kind == "li"
            else (lambda t: f"<{kind}>{t}</{kind}>")
        )
        return wrap(first) + spacer + f"<p>{second}</p>" + rng.choice(["", spacer + _h_list(rng)])
    marks = rng.choice(["", "> ", "- ", "## ", "**"])
    end = "**" if marks == "**" else ""
    return f"{marks}{first}{end}\n\n{spacer or gap}\n\n{second}"


def _h_structure(rng: random.Random) -> str:
    return structure(rng, html=True)


HTML_PIECES: tuple[Callable[[random.Random], str], ...] = (
    _h_spacer, _h_para, _h_para, _h_list, lead_in_list, lead_in_list, _h_table,
    _h_heading, _h_quote, _h_deep, _h_link, _h_wordpress, _h_misc, _h_misc, _h_page_parts,
    _h_page_parts, _h_structure, _h_structure, _h_structure,
)  # fmt: skip


def html_fragment(rng: random.Random, pieces: int) -> str:
    join = rng.choice(["", "\n", "\n\n"])
    return join.join(rng.choice(HTML_PIECES)(rng) for _ in range(pieces))
