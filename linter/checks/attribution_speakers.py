"""Named people who only speak: a news report quotes a person on an opinion or a forecast of
their own, which is no citation (GUIDELINE.md: quoted speech by a named expert is a
citation only where it reports a study finding; census of set H, a news site quoting someone
in every paragraph; a figure in their quoted words stays a citation, as the annotators of the
articles' tune half label it). A surname used alone after its bearer was introduced ("According to
Stein", news style's surname on later mentions) is that person, not an outlet."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from linter.claim import Attribution, Claim, Passage

# A person introduced with a title ("Dr Anna Stein", "Prof Sir Stephen O'Rahilly", "Sir Chris
# Whitty": Debrett's forms of address) or by given name and surname before the role news style
# gives them ("Anna Stein is chief executive of", "Anna Stein, the director of"): the last word
# is the surname later used alone.
# The surname as linter/nlp/components/attribution_speakers.py reads it (checks see no nlp).
_SURNAME_FORM = r"(?:O['’]|Mc|Mac|D['’])?[A-Z][a-z'’-]+"
_SURNAME = re.compile(_SURNAME_FORM)
_SURNAME_AT = rf"({_SURNAME_FORM})\b"
_INTRODUCED = re.compile(
    r"\b(?:Sir|Dame|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss)"
    rf"(?: (?:Sir|Dame|[A-Z][a-z]+|[A-Z]\.))* {_SURNAME_AT}"
    rf"|\b[A-Z][a-z]+ {_SURNAME_AT}(?=,? (?:is|was|who|the|a|an)\b)"
)
_ACCORDING = re.compile(r"(?i)^according to ")


def inside_quotation(text: str, at: int) -> bool:
    """Whether character `at` stands between an opening quotation mark and its closing one:
    after a curly opening mark not yet closed, or after an odd number of straight ones."""
    before = text[:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


class Surnames:
    """The surnames of the people a page introduces, and where each is first introduced."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self._first: dict[str, tuple[int, int]] = {}
        for i, p in enumerate(passages):
            for m in _INTRODUCED.finditer(p.text):
                self._first.setdefault(m.group(1) or m.group(2), (i, m.start()))

    def reread(self, attribution: Attribution, at: tuple[int, int]) -> Attribution:
        """An outlet named by the surname of a person introduced before it is that person."""
        if attribution.kind != "outlet":
            return attribution
        name = _ACCORDING.sub("", attribution.name).strip()
        if not _SURNAME.fullmatch(name) or not self._first.get(name, at) < at:
            return attribution
        return dataclasses.replace(attribution, kind="researcher")

    def reread_all(
        self, attributions: Sequence[Attribution], at: tuple[int, int]
    ) -> list[Attribution]:
        """Every attribution of a claim at `at`, each outlet reread as above."""
        return [self.reread(a, at) for a in attributions]


# Unnamed people as the source ("Experts revealed that ...") whom the same sentence then names
# by a specific reference: a closing "according to" (Quirk et al. 1985, §9.10, a source adjunct)
# with a definite singular noun phrase, a proper noun's genitive or "the" before the role
# ("according to England's former chief nurse", "according to the chief medical officer":
# specific reference, §5.115). "According to the experts" keeps them unnamed (a plural).
_UNNAMED_PEOPLE = re.compile(
    r"(?i)(?:experts|doctors|physicians|scientists|researchers|officials|specialists|"
    r"professionals|authorities|health (?:experts|officials|professionals))\b"
)
# The role is a person's: its head is a title of ISCO-08's major groups 1 and 2 (managers and
# officials; health and science professionals, as `expert_roles` in attribution.yaml lists
# them), so that "according to the internet" or "the latest research" leaves them unnamed.
_ROLE = (
    r"(?:nurse|midwife|officer|official|minister|secretary|adviser|advisor|spokes(?:person|man|"
    r"woman)|commissioner|director|chair(?:man|woman)?|head|chief|president|professor|lecturer|"
    r"doctor|physician|surgeon|consultant|practitioner|therapist|researcher|investigator|author|"
    r"[a-z]+(?:ologist|ician|iatrist|tist|cist))"
)
_GIVEN_BY_ROLE = re.compile(
    r",\s+according\s+to\s+(?:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s|the)\s+"
    rf"(?:[a-z'’-]+\s+){{0,3}}{_ROLE}\s*[.!?]?\s*$"
)


def named_after(attribution: Attribution, claim: Claim) -> bool:
    """Whether unnamed people the sentence appeals to are named at its end by their role."""
    if not _UNNAMED_PEOPLE.match(attribution.name):
        return False
    return _GIVEN_BY_ROLE.search(claim.text, attribution.end - claim.start) is not None
