"""MDX expressions (`{...}`, `{/* ... */}`) are JavaScript, not prose; code and front matter keep
their braces."""

from __future__ import annotations

from linter.api import lint_text
from linter.documents import parse_text
from linter.documents.mdx import blank_jsx

PAGE = """---
title: "A {curly} title"
---

Take {dose} mg daily. {/* it's a draft: research shows nothing */}

Code: `const x = {a: 1}` stays, and a literal \\{ brace \\} too.

{/*
multi-line: experts say it's fine
*/}

An unclosed { brace is left as written.

```js
const y = {studies: "show"}
```
"""


def test_expressions_go_and_code_front_matter_and_escapes_stay() -> None:
    blanked = blank_jsx(PAGE)
    assert len(blanked) == len(PAGE)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [
        i for i, c in enumerate(PAGE) if c == "\n"
    ]
    assert "{dose}" not in blanked and "research shows" not in blanked
    assert "experts say" not in blanked
    assert 'title: "A {curly} title"' in blanked
    assert "`const x = {a: 1}`" in blanked and "literal \\{ brace \\}" in blanked
    assert "An unclosed { brace" in blanked and 'const y = {studies: "show"}' in blanked


def test_a_comment_in_braces_raises_no_finding_and_the_prose_around_it_does() -> None:
    text = "{/* research shows nothing yet */}\n\nResearch shows that naps help memory.\n"
    found = [(f.line, f.rule) for f in lint_text(text, "post.mdx")]
    assert found == [(3, "vague-attribution")]
    assert [(f.line, f.rule) for f in lint_text(text, "post.md")] == [
        (1, "vague-attribution"),
        (3, "vague-attribution"),
    ]


def test_a_brace_left_open_before_a_fence_leaves_the_rest_of_the_page_mdx() -> None:
    # A code span over two lines hides its brace from the line-by-line scan; the fence that
    # interrupts the paragraph must still open (and close) a fence, or every expression after
    # its blank line would be read as prose.
    text = (
        "Set the dose with `a\n{b` first:\n```js\nconst a = 1\n\nconst b = 2\n```\n\n"
        "{/* research shows nothing yet */}\n"
    )
    assert "research shows" not in blank_jsx(text)
    assert [f.rule for f in lint_text(text, "post.mdx")] == []


def test_a_tag_in_the_text_keeps_its_props_and_stays_a_tag() -> None:
    # Blanked, `{5}` would leave `<Dose value=     unit="mg" />`, which no parser reads as a
    # tag: its words would be read as the sentence's.
    text = 'Take <Dose value={5} unit="mg" /> daily, {/* a note */} with food.\n'
    blanked = blank_jsx(text)
    assert '<Dose value={5} unit="mg" />' in blanked and "a note" not in blanked
    read = [" ".join(b.text.split()) for b in parse_text("post.mdx", text).blocks]
    assert read == ["Take daily, with food."]
