"""MLA in-text citations keyed to the page's works-cited list (documents/works_cited.py): a
parenthetical the page resolves is a source; one it does not resolve, or one with no list, is not."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.documents.page import article_blocks
from linter.engine import Engine

LIST = (
    "## Works Cited\n\n"
    "Okonkwo, Ada, et al. “Walking and Blood Pressure in Older Adults.” Heart Notes, vol. 4,"
    " 2021, https://example.org/walking. Accessed 2 Jan. 2025.\n\n"
    "National Sleep Council. “Sleep Hygiene for Shift Workers.” NSC,"
    " https://example.org/sleep. Accessed 3 Jan. 2025.\n\n"
    "“Gut Bacteria and Mood.” Microbe Digest, 2024, https://example.org/gut. Accessed 4 Jan."
    " 2025.\n"
)


def vague(engine: Engine, text: str) -> list[str]:
    found = engine.lint(parse_text("page.md", text))
    return [f.text for f in found if f.rule in ("vague-attribution", "unsourced-citation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Studies show that brisk walking lowers blood pressure (Okonkwo et al.).",
        "Studies show that brisk walking lowers blood pressure (Okonkwo 12).",
        "Studies show that brisk walking lowers blood pressure (Okonkwo et al., 2021).",
        # An abbreviation the entry writes as a word, or spells as its first element's initials.
        "Experts recommend a fixed wake time for shift workers to help sleep (NSC).",
        # An entry with no author: its title, or the container after the title.
        "Research links gut bacteria with mood (“Gut Bacteria and Mood”).",
        "Research links gut bacteria with mood (Microbe Digest; Smith).",
    ],
)
def test_a_parenthetical_the_list_resolves_is_a_source(engine: Engine, sentence: str) -> None:
    assert vague(engine, sentence + "\n\n" + LIST) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # No entry begins with the name, or the name sits inside an entry's words.
        "Studies show that brisk walking lowers blood pressure (Smith).",
        "Studies show that brisk walking lowers blood pressure (Ada).",
        "Studies show that brisk walking lowers blood pressure (see below).",
        # The listed work is about something else than the paragraph.
        "Studies show that brisk walking lowers blood pressure (NSC).",
        # Not at the end of a sentence or clause: a gloss, not a citation.
        "Studies show that walking (Okonkwo) lowers blood pressure in the elderly.",
    ],
)
def test_a_parenthetical_the_list_does_not_resolve_is_none(engine: Engine, sentence: str) -> None:
    assert vague(engine, sentence + "\n\n" + LIST) != []


def test_with_no_list_on_the_page_a_parenthetical_is_none(engine: Engine) -> None:
    sentence = "Studies show that brisk walking lowers blood pressure (Okonkwo et al.)."
    assert vague(engine, sentence + "\n") != []


def test_an_abbreviation_defined_in_the_sentence_is_no_citation(engine: Engine) -> None:
    text = (
        "Research from the National Sleep Council (NSC) shows that shift workers sleep less.\n\n"
        + LIST
    )
    assert vague(engine, text) != []


def test_the_citation_sources_its_own_sentence_only(engine: Engine) -> None:
    text = (
        "Experts recommend a fixed wake time. Shift workers sleep better with it (NSC).\n\n" + LIST
    )
    assert vague(engine, text) == ["Experts recommend"]


def _resolved(text: str) -> list[str]:
    blocks = article_blocks(list(parse_text("page.md", text).blocks))
    return [a.target or "" for b in blocks for a in b.attachments if a.kind == "works-cited"]


APA_LIST = (
    "## References\n\n"
    "- Ferro, J. (2014). Brisk walking and blood pressure in rats. Rodent Notes, 1, 2-3.\n"
    "- Ferro, A. (2016). Brisk walking and blood pressure in adults: a trial. Heart, 3, 1-9.\n"
)


@pytest.mark.parametrize(
    ("citation", "entry"),
    [
        ("(Ferro 2014)", "Ferro, J. (2014)"),
        ("(Ferro, 2016)", "Ferro, A. (2016)"),
        ("(Ferro et al., 2016)", "Ferro, A. (2016)"),
        # A year no entry of the author's carries names a work the list does not hold.
        ("(Ferro 2019)", None),
    ],
)
def test_a_citation_with_a_year_resolves_to_the_entry_of_that_year(
    citation: str, entry: str | None
) -> None:
    """Two works by authors of one surname: the year says which (a wrong entry is a wrong
    source, and causal-overreach reads the design its title names)."""
    text = f"Brisk walking lowers blood pressure {citation}.\n\n{APA_LIST}"
    found = _resolved(text)
    assert found == ([] if entry is None else [found[0]])
    assert entry is None or found[0].startswith(entry)


def test_an_mla_entry_is_cited_by_its_year_not_another() -> None:
    sentence = "Studies show that brisk walking lowers blood pressure"
    assert _resolved(f"{sentence} (Okonkwo et al., 2021).\n\n{LIST}") != []
    assert _resolved(f"{sentence} (Okonkwo et al., 2019).\n\n{LIST}") == []
