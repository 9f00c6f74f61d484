"""A named person as a speaker: the person's name read in an outlet's place ("Sir Chris said",
"O'Rahilly says") and a forecast of their own ("Dr X predicts that the rate will stay at 4%"),
which a news report quotes as speech, not as a finding (GUIDELINE.md: quoted speech by a named
expert is a citation only where it reports a study finding)."""

from __future__ import annotations

import re

# A single surname, also with the patronymic prefixes of Irish, Scottish and Norman names
# (O'Brien, McCarthy, MacLeod, D'Arcy: the name forms of the UK's and Ireland's registers),
# whose capital inside it is no mark of a product or outlet name ("WebMD").
SURNAME = re.compile(r"(?:O['’]|Mc|Mac|D['’])?[A-Z][a-z'’-]+")
# A research team named by one of its members ("Smith and colleagues", "Lee et al.").
TEAM = re.compile(r"\b(?:colleagues|co-?authors|team|group|et al)\b")
# A courtesy, academic or honorific title before a name: the name is a person's (Sir Chris,
# Dame Sally, Dr Lee, Prof Whitty; Debrett's forms of address).
TITLED = re.compile(r"(?:Sir|Dame|Lord|Lady|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss) [A-Z]")
# The verbs of FrameNet's Predicting frame (predict, forecast, project, foresee) and their
# object clause in the future ("predicts that it will stay", "forecasts the rate would fall"):
# a person's own forecast, what they expect to happen, not what a study found. A model or a
# study that "predicts" reports a result and is not read here: only a person's verb is.
_FORECAST_VERB = re.compile(r"(?i)(?:predict|forecast|project|foresee)(?:s|ed)?")
_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|is going to|are going to|won['’]t)\b")


def person_name(name: str) -> bool:
    """Whether a name in an outlet's place is a person's: a surname alone or a titled name."""
    return bool(SURNAME.fullmatch(name) or TITLED.match(name))


def forecast(verb: str | None, sentence: str, kind: str) -> bool:
    """Whether a person's verb and the sentence around it make a forecast of their own (a
    team's projection may be its model's result, and is left as it was read)."""
    if kind != "researcher" or not verb:
        return False
    return bool(_FORECAST_VERB.fullmatch(verb) and _FUTURE.search(sentence))
