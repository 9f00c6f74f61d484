"""The reading of a remedy credited with improving named body functions (issue 14, session 32,
overF; classes in hype_function_words.py).

One verb of improvement over one function is the wording of advice, physiology and medicine as
much as of promotion ("regular activity can improve mood", "sleep helps the immune system",
"beta blockers slow the heart rate"), so a claim needs what makes the seller's benefit list:
- the composition: two or more such pairs coordinated in the sentence ("enhances brain
  function, stabilizes mood, strengthens immunity"; Quirk et al. 1985, §13.47 coordinated
  predicates and §13.60 coordinated noun phrases), the body's own process set going or raised
  ("ignites your body's natural healing abilities"), or the sentence a bare benefit line of the
  page (a list item or heading with no subject, Biber et al. 1999 §3.13 block language:
  "Stronger immunity against infections", "Enhanced lymphatic drainage");
- the claimant: an alternative remedy, a product or the business's own offer before the verbs
  (hype_offer.offered), or any subject but the body, a habit or a medicine on a page that sells
  or a section that names a remedy (a pronoun, "the right nutrition", "you'll experience");
- the mood of a claim, as overB's reading: not hedged, helped, aimed, defined, sourced,
  attributed or a study's, and not a medicine's, a vaccine's or standard care's action.
Questions, hearsay and negation are read before, as for every composed class.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from linter.checks.hype_function_words import FUNCTION_KINDS, function_patterns
from linter.checks.hype_offer import MEDICINE, STUDY, everyday_medicines, offered
from linter.checks.hype_panacea import _HEALTHY_HABIT, _lifestyle
from linter.checks.hype_promised_words import _durative
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_reading import title_case
from linter.checks.hype_result import _AIM
from linter.checks.hype_system import (
    _BODY_SUBJECT,
    _DEFINITION,
    _HELP,
    _IMPERSONAL,
    _OWN,
    _PURPOSE,
    bare_item,
    system_reading,
)
from linter.checks.hype_system_words import system_patterns
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim, Passage
from linter.config.lexicon import default_lexicon, word_pattern

# The body's own process of healing raised or set going (MeSH G16.100 "Wound Healing",
# G16.762 "Regeneration"; the "vis medicatrix naturae" of naturopathy, NCCIH "Naturopathy",
# 2021): "your body's natural healing abilities", "the body's own repair processes"; or the
# cellular level as where the effect is said to reach.
_OWN_PROCESS = re.compile(
    r"\b(?:body['’]s|your)\s+(?:(?:own|natural|innate|inherent)\s+)+(?:[\w-]+\s+(?:and\s+)?)?"
    r"(?:healing|repair|recovery|regenerat\w*|detox\w*)\b|\bat\s+(?:the|a)\s+cellular\s+level\b",
    re.I,
)

# What stands between two coordinated pairs: a comma or "and" and at most a dozen words, with
# no subordinator or contrast that opens another clause (Quirk et al. 1985, §14.12: "but",
# "because", "while", "when", "if", "which").
# The coordinator alone, or one more item of the list between ("restoring cellular energy,
# reducing senescent cell load, and improving systemic circulation"); a parenthesis is left out.
_COORDINATED = re.compile(
    r"^\s*(?:[,;]\s*)?(?:(?:and|&|as\s+well\s+as)\s+)?$"
    r"|^\s*,\s*[^,;.:!?()]{1,60}?(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$",
    re.I,
)
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")

# The structure/function verbs and assistance before a result noun (21 CFR 101.93(f): supports,
# maintains, promotes; Levin 1993, §72 help): "it also promotes better sleep and increased
# focus" is the permitted wording, as "promotes sleep" is.
_SUPPORTING = re.compile(
    r"\b(?:promot|support|maintain|encourag|contribut|aid|help|assist|allow|enabl|foster)\w*"
    r"(?:\s+to)?\s+(?:\w+\s+){0,2}$",
    re.I,
)

# A bare line: only list marks or emphasis before the words (hype_system's _BARE, with the
# heading's mark), and no finite verb in the line (block language has none).
_BARE_LINE = re.compile(r"^[\s*_\-•–✓✔#>]*$")
# A bare line is read with the list's lead-in: the section before it, up to this many characters
# and passages.
_LEAD = 400
_LEAD_PASSAGES = 2
_LIST_ITEMS = 12  # the items of one list walked back over to its lead-in
_LINE_WORDS = 12

# A gloss: the line is the label of a definition-list entry, a colon or a dash and its
# explanation after (Quirk et al. 1985, §17.65 apposition marked by a colon or a dash):
# "Enhanced Circulation: The treatment increases local blood flow ..." explains a mechanism
# under its name, and the explanation is the claim to read.
_LABEL = re.compile(r"[\w\s'’&,*-]{0,40}?(?::|\s[–—-])\s", re.I)

# A figure is a number standing as a quantity ("by 20%", "in 8 weeks", "1 in 3"): a digit inside
# a name ("B12 shots", "omega-3", "CoQ10", "5-HTP") or the number of a hyphened compound
# modifier ("our 21-day reset", "a 6-week course") names the product, and reports no result.
_QUANTITY = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)*(?![\w-])")

_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|can|could|may|might|does|do|did|has|have|had|gets?|makes?)\b",
    re.I,
)


def body_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """overB's body-system reading, then this one: "" for the classes of neither."""
    if (reading := system_reading(text, claim, start, end, kind, sells, remedy_page)) != "":
        return reading
    return function_reading(text, claim, start, end, kind, sells, remedy_page)


def function_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why an improved body function is no remedy's claim, or None; "" for the other classes."""
    if kind not in FUNCTION_KINDS:
        return ""
    pairs = _pairs(text, claim)
    first = pairs[0][0] if pairs else start
    before = text[claim.start : first]
    if (why := _mood(text, claim, start, end, before)) is not None:
        return why
    page = sells or remedy_page
    if _bare(text, claim, first, pairs, kind):
        if _LABEL.match(text, pairs[0][1]):
            return "label"  # "Improved blood flow: HBOT stimulates angiogenesis ...": a gloss
        if _clinical(text[max(0, claim.start - _LEAD) : claim.start]):
            return "clinical"  # "HRT has these benefits: - Improves sleep quality" (and see
            # clinical_leads: a lead-in in the passages before)
        if not sells and title_case(claim.text):
            return "topic"  # a hub's heading or menu entry, "Better Sleep", off a seller's page
        return None if page else "not-a-remedy"  # "Stronger immunity against infections"
    if not (_coordinated(text, pairs) or _OWN_PROCESS.search(text, claim.start, claim.end)):
        return "single"  # one pair in running prose: advice as often as a claim
    if _SUPPORTING.search(before):
        return "assistance"  # "it also promotes better sleep and increased focus"
    if offered(before):
        return None  # "Our infusion recharges cellular energy, improves mental performance"
    if _BODY_SUBJECT.search(before):
        return "physiology"  # "the liver clears waste and regulates blood sugar"
    return None if page else "not-a-remedy"


def _mood(text: str, claim: Claim, start: int, end: int, before: str) -> str | None:
    """A claim's mood and claimant, as overB's reading: None when neither rules it out."""
    sentence = text[claim.start : claim.end]
    if claim.figures or _QUANTITY.search(sentence) or claim.has_source:
        return "sourced"
    if claim.attributions or _IMPERSONAL.search(text, claim.start, start):
        return "attributed"
    if STUDY.search(sentence):
        return "finding"  # "in the trial, patients showed improved memory and better sleep"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "gentle walking can improve your circulation and help ..."
    if _HELP.search(before):
        return "assistance"  # "helps you regain your health and strengthen your immunity"
    if _DEFINITION.search(before):
        return "definition"
    if _PURPOSE.search(before) or _AIM.search(before):
        return "aim"  # "the classes aim to improve balance", "exercises to improve mobility"
    lex = hype_lexicon()
    if _clinical(before):
        return "clinical"  # "beta blockers slow the heart rate", "surgery restores mobility"
    if _rehabilitation().search(before) and not _lasting().search(sentence):
        # As the claimant only, not as a heading or lead-in: a physiotherapy clinic's page
        # also sells the modalities that are a remedy's ("our shockwave therapy ..."); and a
        # gain promised to last ("... strengthen your bones for life") is no plain statement.
        return "clinical"  # "our physiotherapy programme improves mobility, coordination ..."
    if (
        lex.mind_body.search(before) or _lifestyle().search(before) or _HEALTHY_HABIT.search(before)
    ) and not (lex.alternative.search(before) or _OWN.search(before)):
        return "advice"  # "regular exercise sharpens memory, lifts mood and ..."
    return None


# A lead-in that helps or hedges what its list items say (Levin 1993, §72 help verbs; the
# speculative modals), closed by its colon: "creatine helps with the following:".
_HELPED_LEAD = re.compile(
    r"\b(?:help|helps|helped|aids?|assists?|supports?|may|might|can|could)\b[^.!?:]*:\s*$", re.I
)


def clinical_leads(passages: Sequence[Passage]) -> tuple[bool, ...]:
    """For each passage, whether the lead-in of its list names a medicine, standard care or a
    drug therapy: the two passages before it in its section, its heading included, past the
    list's other items ("Hormone replacement therapy has several benefits:" over "- Improves
    sleep quality"), or whose lead-in is helped or hedged ("creatine helps with the
    following:"). Read once a page (page_index.page_reading)."""
    out = []
    for i, passage in enumerate(passages):
        at = i - 1
        while at >= 0 and i - at <= _LIST_ITEMS and passages[at].kind == "list_item":
            at -= 1  # the list's other items, back to its lead-in
        lead = []
        for before in passages[max(0, at + 1 - _LEAD_PASSAGES) : at + 1][::-1]:
            lead.append(before.text[-_LEAD:])
            if before.kind == "heading":
                break
        helped = at >= 0 and _HELPED_LEAD.search(passages[at].text) is not None
        out.append(passage.kind != "heading" and (helped or any(_clinical(t) for t in lead)))
    return tuple(out)


def _clinical(words: str) -> bool:
    """A medicine, a vaccine, standard care or a drug therapy named in `words`."""
    lex = hype_lexicon()
    return any(
        p.search(words)
        for p in (
            MEDICINE,
            everyday_medicines(),
            lex.immunization,
            lex.standard_care,
            lex.drug_stems,
            _drug_therapies(),
        )
    )


@cache
def _drug_therapies() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.drug_therapies"))


@cache
def _rehabilitation() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.rehabilitation_care"))


@cache
def _lasting() -> re.Pattern[str]:
    """overP's durative words and adverbials: "for life", "for good", "permanently"."""
    return re.compile(rf"\b{_durative()}\b", re.I)


def _pairs(text: str, claim: Claim) -> list[tuple[int, int]]:
    """The improved functions and acted-on body systems of the sentence, in order, apart."""
    patterns = (*function_patterns().values(), system_patterns()["system_effect"])
    found = sorted(m.span() for p in patterns for m in p.finditer(text, claim.start, claim.end))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _coordinated(text: str, pairs: list[tuple[int, int]]) -> bool:
    """Two pairs in a row joined by a comma or "and" within one clause."""
    for (_, end), (start, _) in itertools.pairwise(pairs):
        if _COORDINATED.match(_PARENTHESIS.sub("", text[end:start])):
            return True
    return False


def _bare(text: str, claim: Claim, first: int, pairs: list[tuple[int, int]], kind: str) -> bool:
    """Whether the sentence is a bare benefit line: a list item or heading that opens with the
    improvement, in the -s or -ing form of a verb or as a noun phrase, and has no finite verb."""
    if not pairs or not _BARE_LINE.match(text[claim.start : first]):
        return False
    if _FINITE.search(text, first, claim.end):
        return False
    if kind == "function_gain_noun" or function_patterns()["function_gain_noun"].match(text, first):
        # A heading, list item or card title is short and has no full stop; a noun phrase
        # before a period with a verb after is a sentence's subject ("Increased circulation
        # delivers more oxygen to working muscles.").
        line = text[first : claim.end].strip()
        return len(line.split()) <= _LINE_WORDS and not line.endswith((".", "!", "?"))
    # The -s form only: a gerund heading names a topic ("Enhancing Cognitive Health" over a
    # section on why it matters; Biber et al. 1999, §3.13 the -ing clause as a title).
    verb = text[first : pairs[0][1]].split()[0].lower()
    return bare_item(text, claim, first, pairs[0][1]) and not verb.endswith("ing")
