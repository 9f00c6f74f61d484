"""A cure or reversal word that names what to avoid or what stopping a drug does, not a promise
(sets VV and WW's development sites, precD, issues 14 and 9).

- A kind of claim the reader is warned off: "avoid brands making cure claims", "steer clear of
  sellers making reversal promises". The cure word premodifies a noun of claiming (FrameNet 1.7
  Statement and Commitment: claim, promise, assertion; with the claims' media: labels,
  advertising, marketing, headlines), and a verb of avoidance or wariness opens the clause
  before it (FrameNet 1.7 Avoiding: avoid, steer clear of, shun, stay away from, eschew; the
  Certainty frame's "be wary/suspicious/sceptical of", as hype_composed.py's _DOUBTED; "beware
  of", "watch out for"). The writer names the claim to warn against it, as a mention, not a
  use. "Our tea makes real cure claims" (no avoidance) and "Avoid pills: our tea is a cure"
  (no claim noun after the word) stay claims.
- A drug's withdrawal that reverses what the drug caused: "For drug-induced parkinsonism,
  stopping the medication that causes it may reverse it". A verb of stopping (FrameNet 1.7
  Activity_stop and Process_stop: stop, discontinue, cease, quit, withdraw, halt, come off,
  taper off; the nouns withdrawal, discontinuation, cessation) as a gerund or a nominal, the
  subject of the reversal, with a drug noun (hype.yaml `standard_care`, `drug_stems`) as its
  object in the clause before the word: deprescribing (MeSH D000077483 "Deprescriptions"), a
  plain clinical statement as standard care curing is (GUIDELINE.md, OVER). Not with an
  alternative remedy anywhere in the sentence ("stop your pills and our tincture will reverse
  it"), nor a habit stopped ("stopping sugar may reverse diabetes": no drug), nor a finite
  "stop" that leaves the reversal to another subject ("If you stop the drugs, juicing will
  reverse your cancer"), nor a second gerund beside the withdrawal ("stopping metformin and
  eating our superfood will reverse it"; review28d).
"""

from __future__ import annotations

import re

from linter.checks.hype_reading import _clause
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

_AVOIDING = re.compile(
    r"(?i)\b(?:avoid(?:s|ed|ing)?|steer(?:s|ing)? clear of|stay(?:s|ing)? away from|"
    r"keep(?:s|ing)? away from|shun(?:s|ning)?|eschew(?:s|ing)?|beware(?: of)?|"
    r"watch(?:ing)? out for|(?:be|are|is|stay) (?:\w+ )?(?:wary|suspicious|sceptical|skeptical|"
    r"cautious|careful) (?:of|about|with)|distrust(?:s|ing)?)\b"
)
_CLAIM_NOUN = re.compile(
    r"(?i)[\s-]+(?:claims?|promises?|assertions?|labels?|labelling|labeling|advertising|"
    r"adverts?|ads|marketing|headlines?|messages?|language)\b"
)
# The withdrawal as the subject of the reversal: a gerund or a nominal of stopping ("stopping
# the drug may reverse it", "withdrawal of the medicine reverses it"), not a finite verb whose
# clause leaves the reversal to something else ("If you stop the drugs, juicing will reverse
# your cancer", "Stop the drugs and juicing will reverse it"; review28d).
_STOPPING = re.compile(
    r"(?i)\b(?:stopping|discontinuing|ceasing|quitting|withdrawing|halting|"
    r"(?:coming|tapering) off|withdrawal of|discontinuation of|cessation of)\b"
)
# A second gerund coordinated with the withdrawal ("stopping metformin and eating our superfood
# will reverse it"): the reversal is then the pair's, and the other one may be a remedy.
_ALSO_DOING = re.compile(r"(?i)\b(?:and|or|then|plus|while)\s+(?:\w+\s+)?\w+ing\b")
# A drug by its plain name (MeSH D004364 "Pharmaceutical Preparations": drug, medication,
# medicine), beside standard care's and the INN stems of hype.yaml.
_DRUG = re.compile(r"(?i)\b(?:drugs?|medications?|medicines?|prescriptions?)\b")
# Words between the verb of stopping and the drug noun: its determiner and premodifiers ("the
# offending blood pressure medication").
_OBJECT_GAP = 5


def caution_reading(text: str, claim: Claim, start: int, end: int) -> str | None:
    """ "mention" for a cure word naming claims the reader is warned off, "clinical" for a
    drug's withdrawal reversing what it caused, or None."""
    left, _ = _clause(claim, start, end)
    if _CLAIM_NOUN.match(text, end) and _AVOIDING.search(text, left, start):
        return "mention"  # "avoid brands making cure claims"
    lex = hype_lexicon()
    if lex.alternative.search(text, claim.start, claim.end):
        return None
    for stop in _STOPPING.finditer(text, left, start):
        if _ALSO_DOING.search(text, stop.end(), start):
            continue
        words = text[stop.end() : start].split()[: _OBJECT_GAP + 1]
        head = " ".join(words)
        if _DRUG.search(head) or lex.standard_care.search(head) or lex.drug_stems.search(head):
            return "clinical"  # "discontinuing the medications that cause it may reverse it"
    return None
