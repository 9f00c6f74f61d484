"""Issue 14's recall classes for vague attributions and overstatements, each with the wording
that must stay silent beside it (sentences written for this test, not taken from any page)."""

from __future__ import annotations

import pytest

from linter import lint_text

# (rule, text, the flagged words or None for silence)
CASES = [
    # Bare quantifier pronouns before an argument verb (MOS:WEASEL "some argue").
    ("vague-attribution", "Some argue that statins are overused in older adults.", "Some argue"),
    ("vague-attribution", "Others contend that fasting slows ageing.", "Others contend"),
    ("vague-attribution", "Others insist that raw milk eases asthma.", None),
    ("vague-attribution", "Others maintain a steady pace on long walks.", None),
    ("vague-attribution", "Some believe that cold weather causes colds.", None),
    ("vague-attribution", "Some say the myth began in the 1950s.", None),
    # A past form before a noun is its adjective; "and others" follows a named arguer.
    ("vague-attribution", "Some argued that the trial was too small.", "Some argued"),
    ("vague-attribution", "Some proposed mechanisms include inflammation.", None),
    ("vague-attribution", "Others proposed by the panel were rejected.", None),
    ("vague-attribution", "Smith and others argue that statins are overused.", None),
    ("vague-attribution", "Doctors disagree and some argue it was biased.", "some argue"),
    # Quantifying nouns of proportion.
    (
        "vague-attribution",
        "A small minority of researchers argue that salt is harmless.",
        "A small minority of researchers argue",
    ),
    # "advocate" only with "for" or a clause.
    (
        "vague-attribution",
        "Many doctors advocate for earlier screening.",
        "Many doctors advocate for",
    ),
    ("vague-attribution", "She became a patient advocate for her son.", None),
    # Note style: the passive with its subject and auxiliary left out.
    (
        "vague-attribution",
        "Ease of use: often considered gentler than other diets.",
        "often considered",
    ),
    ("vague-attribution", "- Thought to affect one adult in five", "Thought to"),
    ("vague-attribution", "- Estimated that one adult in five snores", "Estimated that"),
    # "to" before a proper name or a plural noun is the preposition.
    ("vague-attribution", "- Reported to MedWatch within 15 days", None),
    ("vague-attribution", "- Shown to patients before surgery", None),
    ("vague-attribution", "- Considered a risk factor for stroke", None),
    ("vague-attribution", "- Known as the sunshine vitamin", None),
    ("vague-attribution", "Shown to the nurse at the desk, the form was signed.", None),
    # Detox with the verbs of toxin elimination; an organ doing it is physiology.
    ("overstatement", "A hot bath helps you sweat out toxins.", "sweat out toxins"),
    # toxin_claims (session 27) reads the detox claim with the body part it names.
    (
        "overstatement",
        "This clay mask will eliminate toxins from your skin.",
        "eliminate toxins from your skin",
    ),
    ("overstatement", "Your liver eliminates toxins every day.", None),
    ("overstatement", "Dialysis removes toxins from the blood when the kidneys fail.", None),
    # Immune boosting as a noun and with the synonyms of "boost".
    ("overstatement", "Immune system boost", "Immune system boost"),
    ("overstatement", "In a cold, the immune system boosts its antibodies.", None),
    ("overstatement", "Elderberry syrup will bolster immunity.", "bolster immunity"),
    ("overstatement", "Sleep well to strengthen your immune system.", None),
    # Size adverbs raising efficacy.
    ("overstatement", "This mushroom extract is immensely powerful.", "immensely powerful"),
    ("overstatement", "The vaccine trial enrolled an immensely large group.", None),
    # Permanent riddance in every finite form.
    (
        "overstatement",
        "This balm eliminates eczema for good.",
        "eliminates eczema for good",
    ),
    # The past narrates a record, not a promise.
    ("overstatement", "Vaccination eradicated smallpox for good in 1980.", None),
]


@pytest.mark.parametrize(("rule", "text", "flagged"), CASES, ids=[c[1] for c in CASES])
def test_recall_class(rule: str, text: str, flagged: str | None, engine_for) -> None:  # type: ignore[no-untyped-def]
    findings = [f for f in lint_text(text, "case.md", engine=engine_for(rule)) if f.rule == rule]
    assert [f.text for f in findings] == ([flagged] if flagged else [])
