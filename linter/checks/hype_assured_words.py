"""The classes of a provider's plain promise of safety, painlessness and a lasting result (issue
14, session 28, safeZ), composed from the word classes of rules/lexicon/hype.yaml (`harm_nouns`,
`pain_nouns`, `painless_words`, `result_boosters`, `assurance_verbs`, `result_nouns`,
`lasting_words`) by the grammar of the clause they stand in:

- `denied_harm`: an absence or a denial of a harm noun (Quirk et al. 1985, §10.59-10.61: "no"
  as the negative determiner, after "there is" or a verb of having), said to be had, caused,
  left or needed ("there are no side effects", "leaves no scars", "needs no recovery time"),
  declared no problem ("infection is not a problem"), gone at once by a verb of disappearance
  (Levin 1993, §48.2: disappear, vanish; "any side effects disappear within a day") or freed
  from ("completely free from side effects");
- `painless_promise`: a painlessness word, painfulness denied with a maximizer (Quirk et al.
  1985, §8.104: "not at all painful") and the reader told they will feel no pain ("you will
  not feel any pain", "you feel nothing");
- `assured_result`: the provider's assurance verb on a result ("we assure you of natural
  results"), a booster on the future of a result ("will surely help you"), and a result that
  lasts for ever or comes at once ("the results last forever", "results are immediate", "the
  hair grows back for life").

Each is a candidate only: hype_assured.py reads whose promise it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import lists_alternation

ASSURED_KINDS = ("denied_harm", "painless_promise", "assured_result")


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


# A noun right after the harm noun makes it a modifier of a compound (Quirk et al. 1985,
# §17.104): "no pain relief", "no risk factors", "no side effects data" deny no harm.
_COMPOUND = (
    r"(?![\w-])(?!\s+(?:relief|killers?|medications?|management|clinic|specialists?|scores?|"
    r"scales?|levels?|factors?|profiles?|data|information|reports?|records?|insurance|cover|"
    r"assessments?|control|rates?)\b)"
)
# The adjectives of grade and kind between the negative and the harm noun ("no serious side
# effects", "no visible scarring").
_GRADE = (
    r"(?:(?:known|real|major|serious|significant|lasting|visible|noticeable|long[- ]term|"
    r"unwanted|unpleasant|post-?operative|other|such)\s+)?"
)
_RISK_OF = r"(?:risks?\s+of\s+(?:any\s+)?(?:[\w-]+\s+)?)?"
# A prepositional phrase after the harm noun, up to 40 characters ("redness from our peel").
_POSTMODIFIER = r"(?:\s+(?:from|after|of|with|following)\s+[^.,;:!?]{1,40}?)?"
# Whose result a result said to last is, read in hype_assured.py (review28z): the prepositional
# postmodifier of its noun, the same phrase as `_POSTMODIFIER` ("the benefits of joining our
# loyalty scheme are immediate" are no treatment's; Quirk et al. 1985, §17.37).
RESULT_OWNER = re.compile(
    r"[\w-]+\s+(?:of|from|after|with|following)\s+([^.,;:!?]{1,40}?)\s+"
    r"(?:that|which|are|is|will|can|lasts?|stays?|remains?)\b",
    re.I,
)


def _denied_harm() -> str:
    harm, pain = _words("harm_nouns"), _words("pain_nouns")
    harms = f"(?:{harm}|{pain})"
    deny = r"(?:absolutely\s+)?(?:no|zero)\s+" + _GRADE + _RISK_OF
    # The verb before the denial is read behind it, so that the words shown are the denied
    # noun phrase, as the older `safety` class shows them ("has no side effects" shows "no side
    # effects"; one fixed-width look-behind a verb form).
    verbs = (
        "has have carry carries cause causes leave leaves produce produces involve involves "
        "need needs require requires mean means with experience experiences feel feels get gets "
        "suffer suffers is are ’s 's will be"
    )
    having = "(?:" + "|".join(rf"(?<=\b{v} )" for v in verbs.split()) + ")"
    problem = r"(?:a\s+|an\s+)?(?:problem|issue|concern|worry)\b"
    return "|".join(
        (
            rf"{having}{deny}{harms}{_COMPOUND}",
            # The same denial with the non-assertive "any" after a negated verb (Quirk et al.
            # 1985, §10.59-10.61): "there won't be any scarring", "does not leave any scars".
            r"\b(?:there\s+(?:won[’']t\s+be|will\s+not\s+be|isn[’']t|aren[’']t|is\s+not|are\s+not)|"
            r"(?:does\s+not|doesn[’']t|do\s+not|don[’']t|will\s+not|won[’']t)\s+(?:cause|leave|"
            rf"involve|need|require|carry|produce))\s+any\s+{_GRADE}{_RISK_OF}{harms}{_COMPOUND}",
            rf"\b{harms}{_POSTMODIFIER}\s+(?:(?:is|are|will\s+be)\s+(?:not|never|no\s+longer|no)|"
            rf"isn[’']t|aren[’']t|won[’']t\s+be)\s+{problem}",
            rf"\b{harms}{_POSTMODIFIER}\s+(?:(?:completely|simply|quickly|soon|all)\s+)?"
            r"(?:disappears?|vanish(?:es)?|go(?:es)?\s+away|(?:is|are)\s+gone)\b",
            rf"\b(?:(?:completely|totally|entirely|100\s?%)\s+)?(?:free\s+(?:of|from)|without)\s+"
            rf"(?:any\s+)?{_RISK_OF}{harm}{_COMPOUND}",
            # Pain "without" only with a quantifier: "walk without pain" is a goal.
            rf"\b(?:(?:completely|totally|entirely)\s+)?without\s+any\s+{pain}\b",
            # The "-free" adjective of absence (Quirk et al. 1985, App. I.37): "scar-free".
            rf"\b{harm}[- ]free\b",
            # The harm ruled out as a thing to fear, or said to be none.
            rf"\bno\s+need\s+to\s+(?:worry|fear)\s+about\s+(?:any\s+)?{_RISK_OF}{harms}",
            r"\b(?:there\s+is|there[’']s|you\s+have)\s+(?:absolutely\s+)?nothing\s+to\s+(?:worry|fear)"
            r"\s+about\b",
            rf"\b{harms}{_POSTMODIFIER}\s+(?:is|are)\s+(?:non-?existent|unheard\s+of|zero|nil)\b",
            # The harm denied to the patients who have it: "our patients never experience
            # complications" (a relative clause before it describes, hype_assured.py).
            r"\b(?:never|do\s+not|don[’']t|does\s+not|doesn[’']t|will\s+not|won[’']t)\s+"
            r"(?:experience|get|suffer(?:\s+from)?|develop|have)\s+(?:any\s+)?"
            rf"{_GRADE}{harms}{_COMPOUND}",
            # A verbless label that opens with the denial ("No downtime. No scarring."); "no
            # pain, no gain" is a saying.
            rf"(?:^|(?<=\n)|(?<=[.!?:,•✓*]\s)|(?<=[.!?:•✓*]))\s*no\s+{_GRADE}{harms}{_COMPOUND}"
            r"(?!,?\s+no\s+gain)",
        )
    )


def _painless_promise() -> str:
    pain = _words("pain_nouns")
    painful = r"(?:painful|sore|uncomfortable)"
    maximizer = r"(?:at\s+all|in\s+the\s+least|whatsoever)"
    return "|".join(
        (
            rf"\b{_words('painless_words')}\b",
            rf"\b(?:(?:is|are|it[’']s|will\s+be|feels?)\s+(?:not|never)|isn[’']t|aren[’']t|"
            rf"won[’']t\s+be)\s+(?:{maximizer}\s+|even\s+slightly\s+)?{painful}(?:\s+{maximizer})?",
            # Hurting denied with a maximizer ("it doesn't hurt at all"); a bare "does not
            # hurt" is a leaflet's plain account.
            r"\b(?:does\s+not|doesn[’']t|will\s+not|won[’']t|will\s+never|never)\s+hurts?\s+"
            r"(?:at\s+all|a\s+bit|one\s+bit|whatsoever|in\s+the\s+least)\b",
            r"\byou(?:\s+will|[’']ll|\s+won[’']t|\s+will\s+not|\s+will\s+never|\s+never|"
            r"\s+do\s+not|\s+don[’']t|\s+would\s+not|\s+wouldn[’']t)?\s+(?:feel|experience)\s+"
            rf"(?:nothing|a\s+thing|anything|any\s+(?:[\w-]+\s+)?{pain}|no\s+(?:[\w-]+\s+)?{pain})\b",
        )
    )


def _assured_result() -> str:
    lasting = _words("lasting_words")
    result = r"(?<!side\s)(?<!side-)(?<!ill\s)(?<!adverse\s)(?<!harmful\s)(?<!negative\s)" + _words(
        "result_nouns"
    )
    maximizer = r"(?:(?:completely|totally|truly|fully|100\s?%)\s+)?"
    return "|".join(
        (
            rf"\b(?:we|I)\s+(?:can\s+|will\s+|do\s+)?{_words('assurance_verbs')}\s+"
            r"(?:you|(?:all|every|each|our)\s+[\w-]+)(?:\s+(?:of|that))?\b",
            rf"\b(?:(?:will|(?:you|it|we|they)[’']ll)\s+{_words('result_boosters')}|"
            rf"{_words('result_boosters')}\s+will)\s+{_EFFECT_VERBS}",
            rf"\b(?:we|I)\s+(?:can\s+|will\s+|do\s+)?(?:{_words('assurance_verbs')}|ensure)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{result}\b",
            r"\byou\s+(?:are|will\s+be)\s+(?:assured|guaranteed)\s+of\b",
            r"\b(?:is|are)\s+(?:sure|certain|bound)\s+to\s+[\w-]+",
            r"\bassures?\s+(?:you\s+)?(?:of\s+)?(?:a|an|the|your)\s+"
            r"[\w-]+",
            r"\brest\s+assured\b",
            rf"\b{result}{_POSTMODIFIER}\s+(?:are|is|will\s+be)\s+(?:visible|noticeable|seen|felt)\s+"
            r"(?:immediately|instantly|straight\s+away|right\s+away|at\s+once)\b",
            r"\b(?:never\s+falls?\s+out|(?:will|(?:it|they)[’']ll)\s+never\s+(?:come\s+back|return))\b",
            rf"\b{result}{_POSTMODIFIER}(?:\s+(?:that|which)|\s+(?:are|is)\s+[\w-]+\s+and)?\s+(?:will\s+|can\s+)?(?:last|lasts|stay|stays|remain|"
            rf"remains|are|is|will\s+be)\s+{maximizer}{lasting}\b",
            r"\b(?:grows?|grow(?:s|ing)?\s+back|regrows?)\s+(?:[\w-]+\s+){0,3}?(?:for\s+life|forever|"
            r"for\s+good|permanently)\b",
            r"\bkeeps?\s+(?:it|them|the\s+weight|the\s+fat|the\s+pounds|weight)\s+off\s+"
            r"(?:for\s+good|forever|for\s+life|permanently)\b",
        )
    )


# The verbs a boosted future promises a result by: FrameNet 1.7 Cure (cure, heal, relieve,
# treat), Cause_change_of_position_on_a_scale (improve, reduce, boost), Assistance (help,
# benefit), Perception_experience (see, feel, notice) and the reader's own result (lose, recover,
# regrow, get rid of; "will definitely make a difference" to a charity's families is no result).
_EFFECT_VERBS = (
    r"(?:help|cure|heal|relieve|treat|fix|improve|reduce|boost|ease|restore|work|benefit|see|feel|"
    r"notice|lose|recover|regrow|grow|get\s+rid|give\s+you|bring|transform|change\s+your)\b"
)


@cache
def assured_patterns() -> dict[str, re.Pattern[str]]:
    """The three classes' patterns, keyed by class name."""
    return {
        "denied_harm": re.compile(_denied_harm(), re.I),
        "painless_promise": re.compile(_painless_promise(), re.I),
        "assured_result": re.compile(_assured_result(), re.I),
    }
