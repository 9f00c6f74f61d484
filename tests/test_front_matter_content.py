"""Page content kept in front matter next to a body is read once, where the file has it.

FAQ pairs, lists of takeaway sentences and a summary are shown by the site's templates around
the body; SEO, listing-card and settings keys are not page text, and a value the body repeats
is checked where the body says it.
"""

from __future__ import annotations

from pathlib import Path

from cli_findings import findings
from exact_offsets import assert_offsets_exact

from linter.documents import read_document

PAGE = """\
---
title: Two sleep clinics compared
slug: sleep-clinics
metaDescription: Studies show melatonin cures insomnia in 90% of adults.
excerpt: Research shows this clinic cures insomnia in 85% of adults.
seo:
  faq:
    - question: Is it hidden?
      answer: Scientists agree this SEO answer helps 75% of people.
summary: Melatonin helps 60% of adults fall asleep sooner, studies show.
keyTakeaways:
  - Experts say a dark room helps most sleepers.
  - A short walk in the morning can help.
chapters:
  - "1 Sleep: the basics"
  - "2 Clinics: what to ask"
faqs:
  - question: Does melatonin work for everyone?
    answer: Doctors agree it helps 70% of adults sleep.
---

# Sleeping better

A plain guide for readers who sleep badly.
"""


def test_faq_answers_takeaways_and_summary_are_read_at_their_places(tmp_path: Path) -> None:
    found = findings(tmp_path, "sleep.md", PAGE)
    assert (10, 26, "unsourced-statistic", "60%") in found
    assert (10, 60, "vague-attribution", "studies show") in found
    assert (12, 5, "vague-attribution", "Experts say") in found
    assert (19, 13, "vague-attribution", "Doctors agree") in found
    assert (19, 36, "unsourced-statistic", "70%") in found
    # SEO, listing-card and settings keys are left out.
    assert all(line not in (3, 4, 5, 8) for line, *_ in found)


def test_only_content_values_are_read_before_the_body() -> None:
    document = read_document("sleep.md", PAGE.encode("utf-8"))
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Two sleep clinics compared"),
        ("paragraph", "Melatonin helps 60% of adults fall asleep sooner, studies show."),
        ("paragraph", "Experts say a dark room helps most sleepers."),
        ("paragraph", "A short walk in the morning can help."),
        ("heading", "Does melatonin work for everyone?"),
        ("paragraph", "Doctors agree it helps 70% of adults sleep."),
        ("heading", "Sleeping better"),
        ("paragraph", "A plain guide for readers who sleep badly."),
    ]
    assert_offsets_exact(document, ordered=False)


def test_a_summary_the_body_repeats_is_read_once(tmp_path: Path) -> None:
    page = (
        "---\n"
        "summary: Research shows that tea helps 40% of people with colds\n"
        "highlights:\n"
        "  - Drink it warm, as the guide below says.\n"
        "---\n\n"
        "Research shows that tea helps 40% of people with colds. Drink it warm.\n"
    )
    found = findings(tmp_path, "tea.md", page)
    assert [(line, rule) for line, _, rule, _ in found] == [
        (7, "vague-attribution"),
        (7, "unsourced-statistic"),
    ]


def test_an_faq_the_body_repeats_is_read_once(tmp_path: Path) -> None:
    page = (
        "---\n"
        "faq:\n"
        "  - q: Does tea help colds?\n"
        "    a: Experts say tea eases a sore throat.\n"
        "---\n\n"
        "## Does tea help colds?\n\n"
        "Experts say tea eases a sore throat.\n"
    )
    found = findings(tmp_path, "tea.md", page)
    assert [(line, rule) for line, _, rule, _ in found] == [(9, "vague-attribution")]


def test_a_list_of_titles_or_a_switched_off_faq_is_not_read() -> None:
    page = (
        "---\n"
        "contents:\n"
        "  - Why experts say sleep matters\n"
        "  - How research shows naps help\n"
        "faq:\n"
        "  - question: Is this shown?\n"
        "    answer: Studies show this hidden answer helps 50% of readers.\n"
        "    hidden: true\n"
        "---\n\n"
        "A plain guide.\n"
    )
    assert [b.text for b in read_document("s.md", page.encode("utf-8")).blocks] == [
        "A plain guide."
    ]


def test_a_summary_alone_may_be_an_editors_note_and_is_not_read() -> None:
    page = (
        "---\n"
        "summary: Describes why research shows tea helps 40% of people with colds.\n"
        "status: formatted\n"
        "---\n\n"
        "A plain guide.\n"
    )
    assert [b.text for b in read_document("s.md", page.encode("utf-8")).blocks] == [
        "A plain guide."
    ]


def test_a_schema_org_faq_answer_is_read_at_its_place(tmp_path: Path) -> None:
    page = (
        "---\n"
        "mainEntity:\n"
        '  - "@type": Question\n'
        "    name: Can tea prevent colds?\n"
        "    acceptedAnswer:\n"
        '      "@type": Answer\n'
        "      text: Experts say warm tea eases a sore throat.\n"
        "structuredData:\n"
        "  faq:\n"
        "    - question: Is this for search engines?\n"
        "      answer: Experts say this answer is only for search engines.\n"
        "---\n\n"
        "A plain guide.\n"
    )
    found = findings(tmp_path, "tea.md", page)
    assert [(line, column, rule) for line, column, rule, _ in found] == [
        (7, 13, "vague-attribution")
    ]


def test_a_reference_list_is_not_read_as_takeaways() -> None:
    page = (
        "---\n"
        "references:\n"
        "  - Doe J, Roe A. Tea and colds in a small trial. J Tea Stud. 2020;12(3):45-50.\n"
        "  - Smith, J. A. (2019). Warm drinks in winter. Tea Review, 4(2), 10-12.\n"
        "---\n\n"
        "A plain guide.\n"
    )
    assert [b.text for b in read_document("s.md", page.encode("utf-8")).blocks] == [
        "A plain guide."
    ]


# Recall round O: a lead paragraph in a theme's `intro` (or `lead`, `lede`, `standfirst`) is
# shown above the body and read alone when it is the page's prose (three sentences or more);
# also when the body is only an embed whose fallback text has no prose block.
LEAD_PAGE = (
    "---\n"
    "title: Move more\n"
    'intro: "Gyms are not for everyone. Walking counts too.\\n\\n'
    'A daily walk can help you reverse the damage of diabetes."\n'
    "note: Experts say this page needs a photo. Ask Sam. Then publish.\n"
    "---\n\n"
    '<iframe src="https://example.org/form">Loading...</iframe>\n'
)


def test_a_lead_paragraph_in_front_matter_is_read_at_its_place(tmp_path: Path) -> None:
    found = findings(tmp_path, "move.md", LEAD_PAGE)
    assert [(line, rule) for line, _, rule, _ in found] == [(3, "overstatement")]
    document = read_document("move.md", LEAD_PAGE.encode("utf-8"))
    assert [b.text for b in document.blocks][1:] == [
        "Gyms are not for everyone. Walking counts too.",
        "A daily walk can help you reverse the damage of diabetes.",
    ]
    assert_offsets_exact(document, ordered=False)


def test_a_short_intro_or_a_lead_in_another_key_is_not_read() -> None:
    # One line is an editor's note or a card's blurb; `note` is no layout's lead.
    page = LEAD_PAGE.replace(
        'intro: "Gyms are not for everyone. Walking counts too.\\n\\n',
        'intro: "',
    )
    assert [b.text for b in read_document("m.md", page.encode("utf-8")).blocks] == ["Move more"]
