"""Text read as its reader sees it (issue 9): a name wrapped across a line, a journal titled in
another language, and UTF-8 once decoded as Windows-1252 ("mojibake"), each with its
findings at the file's own lines, columns and characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import parse_text
from linter.documents.normalise import INVISIBLE, MOJIBAKE, normalise_text


def test_a_journal_wrapped_before_its_head_noun_is_named(tmp_path: Path) -> None:
    page = (
        "Brainspotting uses the field of vision to find stored trauma and more.\n"
        "A 2023 study in the International Body Psychotherapy\n"
        "Journal compared Brainspotting to talking therapy in adults with PTSD.\n"
    )
    found = findings(tmp_path, "wrap.md", page)
    assert [(line, column, rule) for line, column, rule, _ in found] == [
        (2, 8, "unsourced-citation")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2011 study in *Salud Mental* examined seasonal mood changes in women.",
        "A 2016 study in *Annales de Dermatologie* found fewer rashes in children.",
        "A 2019 study published in *Revista Paulista de Pediatria* found that naps helped.",
    ],
)
def test_a_journal_titled_in_another_language_is_named(tmp_path: Path, sentence: str) -> None:
    rules = [rule for _, _, rule, _ in findings(tmp_path, "j.md", sentence + "\n")]
    assert rules == ["unsourced-citation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We spent a week in *Ciudad de México* and found the food excellent.",
        "My grandmother always said *la salud es lo primero* at dinner.",
        "Our family moved to Santa Clara and found a good clinic there.",
    ],
)
def test_spanish_words_that_name_no_journal_are_not_read_as_one(
    tmp_path: Path, sentence: str
) -> None:
    assert findings(tmp_path, "n.md", sentence + "\n") == []


@pytest.mark.parametrize(
    ("broken", "read"),
    [
        ("itâ€™s", "it’s"),
        ("strategiesâ€”and", "strategies—and"),
        ("Ã©tude", "étude"),
        ("PriorÂ\u00a0research", "Prior\u00a0research"),
        ("PriorÂ research", "Prior research"),  # the no-break space's byte turned to a space
        ("pâte and Â alone", "pâte and Â alone"),  # real letters, no broken sequence
    ],
)
def test_mojibake_is_read_as_the_characters_it_encodes(broken: str, read: str) -> None:
    text, kept = normalise_text(broken)
    assert text == read
    if kept is not None:
        assert broken[kept[0]] == broken[0]
        assert len(kept) == len(text)


def test_a_finding_in_mojibake_points_at_and_quotes_the_file(tmp_path: Path) -> None:
    page = "Itâ€™s clear.\n\nPriorÂ research has shown that naps help adults.\n"
    found = findings(tmp_path, "m.md", page)
    assert found == [(3, 1, "vague-attribution", "PriorÂ research has shown")]
    block = parse_text("m.md", page).blocks[1]
    assert block.text.startswith("Prior research has shown")


WRAPPED = """\
Doctors say the Mayo Clinic found that walking helps knees. Many experts
agree that this new tea cures
Alzheimer's disease in every patient. About 40% of adults in the
United Kingdom sleep badly, and a 2019 study in the Journal of Sleep
Research found that naps help memory.
"""


def test_hard_wrapped_prose_gives_the_findings_of_its_one_line_form(tmp_path: Path) -> None:
    # A line inside a wrapped sentence is no title, however short (the line above it does
    # not end a sentence), so every rule reads the sentence whole.
    wrapped = findings(tmp_path, "w.md", WRAPPED)
    one_line = findings(tmp_path, "o.md", WRAPPED.replace("\n", " ").strip() + "\n")
    assert [(rule, text.replace("\n", " ")) for _, _, rule, text in wrapped] == [
        (rule, text) for _, _, rule, text in one_line
    ]
    assert len(wrapped) >= 4


def test_every_broken_sequence_of_the_table_is_read_as_its_character() -> None:
    # The pattern groups the table's sequences by prefix (normalise._mojibake_pattern): each
    # one, between letters, must still read as the one character it encodes (a soft hyphen
    # then drops, as every invisible character does).
    for broken, char in MOJIBAKE.items():
        text, kept = normalise_text(f"x{broken}y")
        if char in INVISIBLE:
            assert (text, kept) == ("xy", [0, 1 + len(broken)]), broken
        else:
            assert (text, kept) == (f"x{char}y", [0, 1, 1 + len(broken)]), broken
