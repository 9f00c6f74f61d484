"""The classes of overstatement carried by a frame rather than a hype word (issue 14, session
29, overF), composed from the word classes of rules/lexicon/hype.yaml (`healing_verbs`,
`rival_heads`, `endorsers`, `endorsing_verbs`, `disappearance_verbs`, `testimony_complaints`):

- `exclusive_effect`: a remedy's effect had from it alone, by the restrictive "only", "sole",
  "single" and "first and only" before a rival's head with a verb of healing (Quirk et al. 1985,
  §8.116: restrictive focusing), the negative universal over the
  rivals ("no other supplement can match", "nothing else works like": §6.62, with WordNet 3.1's
  equal.v.01 match, equal, rival, touch), "unlike any other therapy", "there is no substitute
  for" and success "where medicine has failed" (the comparative claims of the FTC's "Health
  Products Compliance Guidance", 2022);
- `endorsed_effect`: the bandwagon and testimonial devices of the Institute for Propaganda
  Analysis (1937): a multitude or an authority of `endorsers` trusting, choosing or using a
  remedy, actively, in the passive ("trusted by thousands to") or as a choice noun ("the choice
  of top athletes for");
- `testimony_relief`: a patient's complaint said to be gone without an auxiliary ("my hay fever
  vanished"), never to have come back, a part said to be clear or a life free of symptoms, and
  a medicine given up (16 CFR 255.2: a consumer endorsement's result is the advertiser's claim).

Each is a candidate only: hype_frames.py reads whose offer it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import lists_alternation

FRAME_KINDS = ("exclusive_effect", "endorsed_effect", "testimony_relief")


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


_SOME = r"(?:[\w'’-]+\s+)"
_MULTITUDE = (
    r"(?:(?:over|more\s+than|nearly|almost|upwards\s+of)\s+)?(?:\d[\d,.]*\+?(?:\s*(?:k|m)\b)?|"
    r"thousands|millions|hundreds|countless|tens\s+of\s+thousands|hundreds\s+of\s+thousands)"
    r"(?:\s+of)?"
)
_RELATIVE = (
    r"(?:(?:that|which|who)\s+(?:(?:can|will|really|truly|actually|genuinely|is\s+able\s+to|"
    r"has\s+been\s+(?:shown|proven)\s+to)\s+)*|(?:known|proven|shown|able|guaranteed)\s+to\s+|"
    r"(?:clinically\s+)?(?:proven|shown)\s+to\s+|capable\s+of\s+|[a-z]+ed\s+to\s+|to\s+)"
)


def _exclusive() -> str:
    heal, rival = _words("healing_verbs"), _words("rival_heads")
    heads = rf"(?:{rival}|practice|way|thing|one)"
    sole = r"\bthe\s+(?:first\s+and\s+only|one\s+and\s+only|only|sole|single|one)\s+"
    equal = r"(?:match|equal|rival|touch|beat|compare|come\s+close)"
    return "|".join(
        (
            rf"{sole}{_SOME}{{0,4}}?{heads}\s+{_RELATIVE}(?:\w+ly\s+)?"
            rf"(?:{heal}|works?\s+(?:for|on|against))\b",
            # The sole remedy for an ailment named after it (read for a health word there).
            rf"{sole}{_SOME}{{0,3}}?{rival}\s+(?:for|against)\b",
            rf"\bwon['’]t\s+find\s+(?:another|any\s+other|a\s+better)\s+{_SOME}{{0,2}}?{rival}\b",
            r"\b(?:works|heals|soothes|relieves|helps)\s+like\s+no\s+other\b",
            r"\bwhen\s+(?:(?:nothing|everything|all)\s+else|(?:other|conventional)\s+(?:[\w-]+\s+)?"
            r"(?:treatments?|therap(?:y|ies)|medicines?|drugs?))\s+(?:has\s+|have\s+|had\s+)?"
            r"(?:failed|worked)\b",
            rf"\bno\s+other\s+{_SOME}{{0,2}}?{rival}\s+{_SOME}{{0,4}}?"
            rf"(?:can|could|will|does|do)\s+(?:ever\s+)?(?:{equal}|{heal})\b",
            rf"\bunlike\s+(?:any|every)\s+other\s+{_SOME}{{0,2}}?{rival}\b",
            r"\bnothing\s+(?:else\s+)?(?:[\w'’-]+\s+){0,4}?(?:works?\s+(?:like|as\s+well\s+as)|"
            r"compares?\s+(?:to|with)|comes?\s+close|came\s+close|gets\s+results\s+like|beats|"
            r"matches|rivals|equals)\b",
            # No "for": a capitalised word after it would read as a name (hype_reading).
            r"\bthere\s+is\s+(?:simply\s+|just\s+|really\s+)?no\s+(?:substitute|replacement)\b",
            r"\b(?:works|worked|succeeds|succeeded|helps|helped)\s+where\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:medicine|treatments?|drugs?|doctors|therap(?:y|ies)|everything\s+else|others?)\s+"
            r"(?:has\s+|have\s+|had\s+)?(?:failed|fail)\b",
        )
    )


def _endorsed() -> str:
    who, verb = _words("endorsers"), _words("endorsing_verbs")
    # The match starts at the endorser's noun (its multitude or modifier before it is read in
    # hype_frames.py): the index of multi_match.py needs a pattern's words to start it.
    groups = rf"{who}(?:\s*(?:,|and|&)\s*(?:[\w'’-]+\s+){{0,2}}?{who})*"
    passive = (
        r"(?:trusted|chosen|recommended|used|preferred|relied\s+on|loved|backed)\s+by\s+"
        rf"(?:{_MULTITUDE}\b(?:\s+(?:[\w'’-]+\s+){{0,2}}?{who}\b)?|(?:[\w'’-]+\s+){{0,2}}?{who}\b)"
    )
    choice = r"(?:choice|favourite|favorite|go-to|pick)"
    return "|".join(
        (
            # No relative clause between: "people who have a substance use disorder".
            rf"\b{groups}\s+(?:(?!(?:who|that|which|with|whose)\b)[\w'’-]+\s+){{0,4}}?"
            rf"(?:(?:have|has|had)\s+)?{verb}\b",
            rf"\b{passive}",
            rf"\b{choice}\s+(?:of|among)\s+(?:[\w'’-]+\s+){{0,3}}?{who}\b",
            rf"\bof\s+choice\s+(?:of|among|for)\s+(?:[\w'’-]+\s+){{0,3}}?{who}\b",
            # The expert's endorsement as a compound (16 CFR 255.3): "doctor-recommended".
            rf"\b{who}-(?:recommended|approved|trusted|endorsed|preferred)\b",
            rf"\b{who}['’]s?\s+(?:number\s+one\s+|#1\s+|top\s+)?(?:choice|favou?rite|go-to)\b",
            r"\b(?:most|best)[- ](?:trusted|recommended|prescribed|loved)\b",
            r"(?:\bnumber\s+one|#1|\bno\.\s*1)\s+(?:[\w-]+\s+)?(?:recommended|trusted|prescribed|"
            r"best-selling|selling)\b",
            rf"\bjoin\s+(?:the\s+)?{_MULTITUDE}\s+(?:[\w'’-]+\s+){{0,2}}?(?:who|that)\b",
        )
    )


def _testimony() -> str:
    complaint, gone = _words("testimony_complaints"), _words("disappearance_verbs")
    owner = r"\b(?:my|our|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    aux = r"(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?)?"
    degree = r"(?:(?:completely|totally|entirely|all|finally|now|simply|just|quickly|soon)\s+)*"
    lasting = r"(?:gone|cured)\s+(?:for\s+good|forever|for\s+ever)"
    return "|".join(
        (
            rf"{owner}{complaint}\s+{aux}{degree}(?:{gone}|{lasting})\b",
            rf"\b(?:they|it)\s+(?:have|has|had)\s+{degree}(?:stopped|disappeared|vanished|gone)\s+"
            r"(?:completely|totally|entirely|for\s+good|forever)\b",
            r"\b(?:my|his|her|our)\s+(?:skin|joints?|back|knees?|chest|gut|stomach)\s+"
            r"(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:completely|totally|perfectly)\s+"
            r"(?:clear|normal|healthy)\b",
            rf"\b(?:i|we|he|she|they)\s+(?:have|has|had)\s+been\s+(?:completely\s+|totally\s+)?"
            rf"(?:symptom|pain|{complaint})[- ]free\b",
            r"\b(?:i|we|he|she|they)\s+(?:have\s+|has\s+)?(?:came|come|got|gotten)\s+off\s+"
            r"(?:all\s+(?:of\s+)?)?(?:my|his|her|our|their)\s+(?:[\w-]+\s+){0,2}?(?:inhalers?|"
            r"medications?|medicines?|pills|tablets|painkillers|insulin|antidepressants|steroids)\b",
            r"\b(?:i|we|he|she|they)\s+(?:no\s+longer|don['’]t|do\s+not|doesn['’]t|does\s+not|never)"
            r"\s+(?:even\s+)?(?:need|take|use)\s+(?:to\s+take\s+)?(?:my|his|her|their|our|any)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:inhalers?|medications?|medicines?|pills|tablets|painkillers|"
            r"insulin|antidepressants|steroids)\b",
            r"\b(?:my|his|her|our)\s+(?:doctor|gp|consultant|specialist|\w+ologist)\s+(?:was|is|were)"
            r"\s+(?:\w+\s+)?(?:amazed|astonished|stunned|shocked|speechless)\b",
            r"\b(?:my|his|her|our)\s+(?:blood\s+(?:sugar|pressure)|cholesterol|a1c|hba1c|thyroid|"
            r"(?:[\w-]+\s+)?levels?)\s+(?:is|are|was|were|went|came|has\s+been|have\s+been)\s+"
            r"(?:(?:now|finally|completely)\s+)*(?:back\s+)?(?:to\s+)?normal\b",
            rf"\b(?:i|we|he|she|they)\s*(?:am|is|are|['’]m|['’]re)\s+"
            rf"(?:(?:now|finally|completely|totally)\s+)*(?:symptom|pain|{complaint})[- ]free\b",
            rf"\b(?:not|never)\s+had\s+(?:a\s+single|one|another|any)\s+(?:[\w-]+\s+)?"
            rf"{complaint}\s+since\b",
        )
    )


@cache
def frame_patterns() -> dict[str, re.Pattern[str]]:
    """The three classes' patterns, keyed by class name."""
    return {
        "exclusive_effect": re.compile(_exclusive(), re.I),
        "endorsed_effect": re.compile(_endorsed(), re.I),
        "testimony_relief": re.compile(_testimony(), re.I),
    }
