"""A study named in a label: the bold run that opens a block and is set off by a dash or a
colon, naming a body, a cohort or a record with the study's year or sample size, before the
finding it reports ("**University of Leeds 2025 cohort (n = 5,200)** – adults who walked ...",
"**Cleveland Clinic, 2024 (n = 1,500)** – ...", "**UK Biobank (2022, n = 500,000)**: ...").

The label is a noun phrase in apposition to the clause after it (a heading-like label, Quirk et
al. 1985, 17.65-17.67 on apposition with punctuation), the Markdown or HTML strong element
(CommonMark 0.31, 6.2 "Emphasis and strong emphasis"; HTML Living Standard, 4.5.3 "The strong
element"), whose markup the readers drop, leaving the name, its identifiers and the dash at the
block's start. It needs a proper name and an identifier of a study (a year, or the sample size
"n = N" of CONSORT 2010 item 13a and STROBE item 13a), so that a label of a step, a week, a
price or a group ("**Step 2** – ...", "**Week 1 (days 1–7)** – ...", "**Control group (n =
120)** – ...") names no source. No reporting verb ties the name to the finding: it is a
mention, and the check needs a finding (a figure or a claimed relation) after the dash.
"""

from __future__ import annotations

from linter.nlp.components.attribution_names import NamedPattern, org_pattern
from linter.nlp.components.attribution_words import JOINER, WORD, AttributionWords
from linter.nlp.lazy_regex import lazy

_YEAR = r"(?:19|20)\d\d(?!\d)"
# The sample size: "n = 5,200", "n=300", "N = 1.2 million".
_SAMPLE = r"\b[nN]\s?=\s?\d[\d,.\u00a0\u202f\u2009]*(?:\s?(?:million|m|k)\b)?"
# Where a block's label can start: the block's start or a line's, after an opening quote or
# emphasis marks a plain-text reader keeps.
_START = r"(?:^|(?<=\n))[\"“*_]{0,2}"
# The dash or colon that sets the label off: an en or em dash, a spaced hyphen, a colon.
_DASH = r"\s?[*_]{0,2}\s?(?:[–—]|(?<=\s)-|:)\s"
# The writer's own record: a finding after the dash in the first person ("**Annual Review 2024**
# – we supported 12,000 families", "– 48% of our cycles") reports the publisher's own work, which
# no link could source (first-person pronouns and determiners, Quirk et al. 1985, 6.4; "I" and
# "me" are left out: "type I", "phase I"). Read to the sentence's end, over decimal points.
_OWN = r"(?!(?:[^\n.!?]|\.\d)*?(?<![\w-])(?:[Ww]e|us|[Oo]urs?|[Mm]y)(?![\w-]))"
# The heads of an organisation's parts and of a study's arms (`label_parts`) and the words of a
# design or of a description (`label_designs`) are word lists of rules/lexicon/attribution.yaml.


def label_patterns(w: AttributionWords) -> tuple[NamedPattern, ...]:
    """A body (institution_heads or a known acronym) or a named study or record, then the
    label's identifiers, then the dash."""
    # No word of the name is an evidence adjective ("Randomised Controlled Trial", "Cohort
    # Study" are designs) nor a head of a part of a body.
    # Nor is it a body's report of itself ("Annual Review", "Impact Report"; not the "Annual
    # Population Survey", a named study).
    own = rf"(?:{w.own_accounts})\s(?:reports?|reviews?)"
    parts = rf"{w.label_designs}|{w.label_parts}|{own}"
    not_in_name = rf"(?!(?:{WORD}{JOINER}){{0,6}}?(?=[A-Z])(?i:{parts})(?![\w-]))"
    name_word = rf"(?!(?i:{w.label_designs})(?![\w-])){WORD}"
    works = rf"(?i:{w.study_nouns}|{w.data_sources})"
    # The identifiers between the name and the dash, one of which is a year or a sample size:
    # "2025 cohort (n = 5,200)", ", 2024 (n = 2,000)", " (2022, n = 500,000)", " study, 2019".
    piece = rf"(?:{_YEAR}|\([^()\n]{{1,40}}\)|{works}(?![\w-]))"
    identifiers = (
        rf"(?=[^–—:\n]{{0,60}}?(?:{_YEAR}|{_SAMPLE}))(?:,?\s{piece}){{1,4}}(?=\s?[*_]{{0,2}}\s?"
        r"(?:[–—]|-\s|:\s))"
    )
    trigger = lazy(rf"{_YEAR}|{_SAMPLE}")
    return (
        NamedPattern(
            "institution",
            lazy(rf"{_START}{not_in_name}{org_pattern(w)}{identifiers}{_DASH}{_OWN}"),
            trigger,
        ),
        NamedPattern(
            "study",
            lazy(
                rf"{_START}(?:The |the )?{not_in_name}"
                rf"(?P<name>(?:{name_word}{JOINER}){{1,5}}?(?:{_YEAR} )?{works}(?![\w-]))"
                rf"{identifiers}{_DASH}{_OWN}"
            ),
            trigger,
        ),
    )
