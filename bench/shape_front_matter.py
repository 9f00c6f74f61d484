"""Front matter for bench/markup_shapes.py: rich text kept in keys, as page builders do.

YAML strings holding HTML (Netlify CMS, Decap, TinaCMS sections), FAQ and key-takeaway lists,
ProseMirror documents (Statamic Bard, TipTap), JSON front matter holding Markdown.
"""

from __future__ import annotations

import json
import random

from shape_html import entity, html_fragment, sentence


def _yaml_string(rng: random.Random, text: str, indent: str = "  ") -> str:
    style = rng.random()
    if style < 0.4:
        return json.dumps(text)  # a double-quoted YAML string (JSON is valid YAML)
    if style < 0.7:
        return "|\n" + "\n".join(indent + line for line in (text.splitlines() or [""]))
    return "'" + text.replace("'", "''").replace("\n", " ") + "'"


def front_matter(rng: random.Random, markdown: str) -> str:
    """YAML (or JSON, holding `markdown`) front matter whose keys hold the page's text."""
    html = html_fragment(rng, rng.randint(1, 6))
    kind = rng.random()
    if kind < 0.15:
        data = {"title": sentence(rng), "body": markdown}
        return json.dumps(data, indent=rng.choice([None, 2])) + "\n"
    lines = ["---", "title: " + _yaml_string(rng, rng.choice([sentence(rng), "", entity(rng)]))]
    lines.append("description: " + _yaml_string(rng, rng.choice([sentence(rng), html])))
    if kind < 0.5:
        lines.append("content: " + _yaml_string(rng, html))
        lines.append("sections:")
        for _ in range(rng.randint(0, 3)):
            lines.append("  - heading: " + _yaml_string(rng, rng.choice(["", sentence(rng)])))
            lines.append("    body: " + _yaml_string(rng, html_fragment(rng, 2), " " * 6))
    elif kind < 0.7:
        lines.append("faq:")
        for _ in range(rng.randint(0, 3)):
            lines.append("  - question: " + json.dumps(rng.choice(["Does it work?", "?", ""])))
            lines.append("    answer: " + json.dumps(rng.choice([html, sentence(rng), ""])))
        lines.append("keyTakeaways:")
        lines.extend("  - " + json.dumps(sentence(rng)) for _ in range(rng.randint(0, 3)))
    else:
        lines.append("content:")
        lines.append("  type: doc")
        lines.append("  content:")
        for _ in range(rng.randint(0, 4)):
            node = rng.choice(["paragraph", "heading", "bulletList", "blockquote", "table"])
            lines.append(f"    - type: {node}")
            if rng.random() < 0.3:
                continue  # a node with no content at all
            lines.append("      content:")
            text = rng.choice([sentence(rng), "", "\u200d", "40%"])
            lines.append(f"        - type: text\n          text: {json.dumps(text)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def odd_front_matter(rng: random.Random) -> str:
    """Front matter at its edges: TOML, JSON, empty, never closed, or all there is."""
    s = sentence(rng)
    return rng.choice([
        "---\n---\n", "---\n", "---\ntitle: " + json.dumps(s) + "\n", "---\n...\n",
        "+++\ntitle = " + json.dumps(s) + "\n+++\n", "+++\n+++\n", "+++\ntitle = \"\n",
        '{"title": ' + json.dumps(s) + "}\n", "{\n}\n", '{"title": "' + entity(rng) + '"}\n',
        "---\ntitle: " + entity(rng) + "\ndescription: |\n  " + html_fragment(rng, 1) + "\n---\n",
        "---\ntitle: [a, b]\ndescription: {x: 1}\n---\n", "---\n- a\n- b\n---\n",
        "---\ntitle: &t " + json.dumps(s) + "\ndescription: *t\n---\n",
        "---\r\ntitle: " + json.dumps(s) + "\r\n---\r\n", "\ufeff---\ntitle: x\n---\n",
        "---\nhealthlint:\n  disable: [no-such-rule]\n---\n",
    ])  # fmt: skip
