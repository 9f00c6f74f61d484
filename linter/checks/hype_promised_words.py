"""The classes of an outcome promised in plain words (issue 14, session 30, overP), composed
from the word classes of rules/lexicon/hype.yaml by the grammar of the clause:

- `lasting_outcome`: a result state or a change of state with a durative adverbial of time
  (Quirk et al. 1985, §8.55-8.57: `lasting_words` but the immediate ones, `durative_adverbials`):
  "your sciatica will be gone for good", "the weight will stay off for good", "restores thinning
  hair for good", "will be permanently reset", "our implants last a lifetime"; and the return
  of a complaint ruled out ("will not come back", "never return", "will never produce hair
  again", "never feel hungry again");
- `restored_state`: an outcome stated in the future or in the present of certainty (Palmer
  2001, §1.2: the unmodalized declarative as the strongest assertion; Biber et al. 1999, §6.6.2
  "will" of prediction): the reader "back to normal" or back to an activity, "as good as new",
  free of a complaint, a complaint "gone", and the patients who leave a session restored
  (Levin 1993, §51.1 verbs of inherently directed motion, leave and walk out, with a depictive
  of result: "leave able to", "walk out fully recovered", "leave calm and free of panic");
- `flat_risk_denial`: harm denied by the modals of impossibility (Palmer 2001, §4.2: "cannot
  harm", "won't damage your enamel", "cannot do you any harm", Levin 1993 §40.8.3 and §44's
  `harm_verbs`), danger denied by the universal negative ("nothing risky about", Quirk et al.
  1985, §6.63) and a danger or hazard denied to exist ("there is no danger", "zero hazard").

Each is a candidate only: hype_promised.py reads whose promise it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import alternation, default_lexicon, lists_alternation

PROMISED_KINDS = ("lasting_outcome", "restored_state", "flat_risk_denial")

_IMMEDIATE = re.compile(r"immediate|instant", re.I)


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


def _durative() -> str:
    lasting = [w for w in default_lexicon().get("hype.lasting_words") if not _IMMEDIATE.match(w)]
    return alternation([*lasting, *default_lexicon().get("hype.durative_adverbials")])


def complaints() -> str:
    """The complaints a promise of recovery names (`testimony_complaints`,
    `recovery_complaints`)."""
    lex = default_lexicon()
    return alternation(
        [*lex.get("hype.testimony_complaints"), *lex.get("hype.recovery_complaints")]
    )


# The operators of a stated future or a present of certainty before the state (Quirk et al.
# 1985, §4.42 "will" of prediction; §16.44 the copula and the verbs of remaining).
_COPULA = (
    r"(?:(?:will|[’']ll)\s+(?:(?:always|then|now|soon)\s+)?(?:be|stay|remain|keep|become)|"
    r"(?:is|are|stays?|remains?|becomes?|keeps?))"
)
_MAXIMIZER = r"(?:(?:completely|totally|entirely|fully|100\s?%)\s+)?"
_WORDS = r"(?:\s+[\w'’-]+){0,5}?"


def _lasting_outcome() -> str:
    durative, states, change = _durative(), _words("result_states"), _words("change_verbs")
    return "|".join(
        (
            rf"\b{_COPULA}\s+{_MAXIMIZER}{states}\b{_WORDS}\s+{durative}\b",
            # The resultative object of "keep" (Quirk et al. 1985, §16.45): "keeps your joints
            # supple for life".
            rf"\b(?:keeps?|will\s+keep)\s+(?:[\w'’-]+\s+){{1,3}}?{states}\b{_WORDS}\s+{durative}\b",
            rf"\b(?:{_COPULA}|become|becomes)\s+{_words('durative_adverbials')}\b",
            rf"\b(?:{change}|{_words('continuation_verbs')})\b{_WORDS}\s+{durative}\b",
            # A lasting result given or promised: "provides long-lasting relief", "promising
            # long-term relief", "we deliver permanent results".
            r"\b(?:provid(?:e|es|ing)|offer(?:s|ing)?|giv(?:e|es|ing)|deliver(?:s|ing)?|"
            r"bring(?:s|ing)?|promis(?:e|es|ing)|ensur(?:e|es|ing)|achiev(?:e|es|ing))\s+"
            rf"(?:you\s+)?(?:an?\s+)?(?:[\w-]+\s+)?{_words('durative_adjectives')}\s+"
            r"(?:and\s+[\w-]+\s+)?(?:relief|cures?|recovery|results|healing)\b",
            rf"\b{durative}\s+{change}\b",
            rf"\b(?:last|lasts|will\s+last)\s+(?:you\s+)?{durative}\b",
            # A result that lasts, with no span given (a span is no promise: "relief that lasts
            # for a few weeks"), and a result said to be of a durative adjective.
            r"\b(?:relief|results|benefits|improvements?|healing|recovery|cure)\s+(?:that|which)\s+"
            r"(?:really\s+|truly\s+|actually\s+)?(?:lasts?|stays?|endures?)\b(?!\s+(?:for|up|about|around|"
            r"between|until|weeks|months|days|hours|\d))",
            r"\b(?:relief|results|benefits|improvements?|healing|recovery|cure)"
            r"(?:\s+(?:from|of|after|with)\s+[^.,;:!?]{1,40}?)?\s+(?:are|is|will\s+be)\s+"
            rf"(?:(?:also|truly|often|usually|generally)\s+)?{_words('durative_adjectives')}\b",
            r"\b(?:will\s+not|won[’']t|will\s+never|never)\s+(?:come\s+back|return|recur)\b(?!\s+(?:to|from|for|home)\b)",
            r"\b(?:will|[’']ll)\s+never\s+(?:[\w'’-]+\s+){1,4}?again\b",
            r"(?:\b(?:you|they)\s+|(?:^|(?<=[.!?]\s))\s*)never\s+(?:have\s+to\s+)?(?:[\w'’-]+\s+){1,4}?"
            r"again\b",
            r"\b(?:patients|clients|customers|members|users)\s+never\s+(?:[\w'’-]+\s+){1,3}?again\b",
        )
    )


def _restored_state() -> str:
    ailment = complaints()
    depictive = (
        r"(?:able\s+to|free\s+(?:of|from)|(?:fully\s+|completely\s+)?(?:recovered|healed|"
        r"cured|restored)|(?:pain|symptom)[- ]free)"
    )
    return "|".join(
        (
            rf"\b(?:{_COPULA}|get|gets)\s+back\s+(?:to|on)\s+(?:normal|full\s+health|"
            r"(?:your|their|his|her)\s+(?:old|normal|usual)\s+sel(?:f|ves)|[a-z]+ing|"
            r"(?:the\s+)?(?:pitch|court|track|slopes|gym))\b",
            r"\bas\s+good\s+as\s+new\b",
            # The idiom of recovery "feel like a new person" (Cambridge Dictionary idioms).
            r"\bfeel(?:s|ing)?\s+like\s+a\s+new\s+(?:person|man|woman|you)\b",
            # Able to do something again (a restored function; its own words' voice is needed,
            # hype_promised.py): "are able to run again", "will be able to bend down again".
            rf"\b{_COPULA}\s+(?:once\s+(?:more\s+)?)?able\s+to\s+(?:[\w'’-]+\s+){{1,5}}?again\b",
            rf"\b{_COPULA}\s+{_MAXIMIZER}free\s+(?:of|from)\s+(?:[\w'’-]+\s+){{0,2}}?{ailment}\b",
            # A complaint gone: the complaint before the words is read in hype_promised.py (a
            # pattern may not open with a class that holds "\w+itis": multi_match's prefixes).
            rf"\b(?:is|are|will\s+be|[’']ll\s+be)\s+{_MAXIMIZER}gone\b",
            r"\b(?:leave|leaves|walk\s+out|walks\s+out|walk\s+away|walks\s+away|go(?:es)?\s+home)\b"
            r"(?:\s+(?:of|from)(?:\s+[\w'’-]+){1,4}?)?\s+(?:[\w-]+,\s+|[\w-]+\s+and\s+){0,3}?"
            rf"{depictive}",
        )
    )


def _flat_risk_denial() -> str:
    impossible = (
        r"(?:cannot|can[’']t|can\s+not|could\s+not|couldn[’']t|will\s+not|won[’']t|can\s+never|"
        r"will\s+never|could\s+never)\s+(?:possibly\s+|ever\s+)?"
    )
    harm = _words("harm_verbs")
    target = r"(?:you\b|anyone|anybody|the\s+body|(?:your|the)\s+(?:[\w-]+\s+)?[\w-]+)"
    return "|".join(
        (
            rf"\b{impossible}{harm}(?:\s*,?\s+(?:or|and|nor)\s+{harm})*\s+{target}",
            rf"\b{impossible}do\s+(?:you|anyone|anybody|(?:your|the)\s+[\w-]+)\s+(?:any\s+)?harm\b",
            r"\bnothing\s+(?:can|could|will)\s+(?:possibly\s+)?go\s+wrong\b",
            rf"\bnothing\s+(?:at\s+all\s+)?{_words('risk_adjectives')}\s+(?:about|in|with)\b",
            r"\b(?:there\s+(?:is|are)|there[’']s|carr(?:y|ies)|involves?|poses?)\s+"
            r"(?:absolutely\s+)?(?:no|zero)\s+(?:dangers?|hazards?)\b",
        )
    )


@cache
def promised_patterns() -> dict[str, re.Pattern[str]]:
    """The three classes' patterns, keyed by class name."""
    return {
        "lasting_outcome": re.compile(_lasting_outcome(), re.I),
        "restored_state": re.compile(_restored_state(), re.I),
        "flat_risk_denial": re.compile(_flat_risk_denial(), re.I),
    }
