"""A product's or a remedy's promotional claims with no hype keyword (issue 14, session 27,
overY): superiority over rivals ("the fastest, most comprehensive relief", "works faster than
standard probiotics", "unmatched strains"), a remedy's reach made universal ("treats any
disorder of the joints", "relief of any pain", "the only option for complete healing"), toxins
in their non-medical sense ("removes stress toxins from your muscles", "bruising is the body's
way of detoxifying", "Reduces Toxicity") and guarantees and life changes in a heading or a call
to action ("Just a Few Weeks Will Change Your Life", "It is simple and it works!");
rules/lexicon/hype.yaml `rival_superiority`, `remedy_reach`, `toxin_claims`, `promised_life`.

The words are ordinary in care, in shops and in medicine ("liquid ibuprofen works faster",
"faster shipping than", "any pain that lasts more than a week needs a doctor", "a
toxin-producing bacterium", "we guarantee a full refund"), so the reading asks for what makes
them a seller's or a remedy's promise about health (questions, what others say or claim and
standard care praised are read first, in hype_composed.py, as for every composed class):
- not with a source or an attribution in the sentence, not in a condition or an indirect
  question before it ("call us if you need relief from any pain"), not inside a quotation that
  opens before it in the sentence (a customer's review quoted as such);
- never with standard care, allied care, a vaccine or a drug named in the sentence ("the GP
  will treat any infection with antibiotics"), nor an organ doing what the toxin words say;
- superiority and reach only with an offered thing: an alternative remedy, a practice or a
  product form in the sentence, the seller's own voice ("our", "we"), a page that sells, or a
  section that names a remedy; a comparison of taste, price or delivery is no health claim;
- toxicity reduced only with no named poison after it ("the toxicity of chemotherapy"); toxins
  never from a maker before them (bacteria, venom, an injury: `toxin_producers`), and the body
  detoxing never in withdrawal from a drug (review27y);
- superiority never of a test's results or an insurer's cover (`reach_not_health`), and
  "nothing ... better than" only with the offer as the winner after "than";
- a life changed in a few weeks only of an offered thing, or unnamed where the page sells or
  names a remedy ("a few weeks of volunteering will change your life" names none); a guarantee
  only with a health word after it; "simple and it works" only of an offered thing, or of a
  pronoun exclaimed where the page sells or names a remedy.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_raised import _PROVIDER, _care, _heads, _health
from linter.checks.hype_reading import _clause, organ_does_it
from linter.checks.hype_valued import _complaints
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

REACH_KINDS = ("rival_superiority", "remedy_reach", "toxin_claims", "promised_life")

# A condition, an indirect question, a hope or an aim before the words (Quirk et al. 1985,
# §15.33, §15.5): "if you need relief from any pain", "whether it works faster than".
_UNASSERTED = re.compile(r"\b(?:if|unless|whether|hope|hopes|aims?\s+to|wants?\s+to)\b", re.I)

# The verbs of perception and of price (Levin 1993, English Verb Classes and Alternations,
# 30.4 "stimulus subject perception verbs": taste, smell, look, sound, feel; 54.4 "price verbs":
# cost) and of a shop's delivery before a comparative: "tastes better than standard vitamins",
# "ships faster than other pharmacies" compare no health effect.
_NOT_HEALTH = re.compile(
    r"\b(?:tastes?|tasted|tasting|smells?|smelled|looks?|looked|sounds?|feels?|felt|costs?|"
    r"priced|sells?|sold|ships?|shipped|shipping|arrives?|arrived|delivery|dispatch(?:es|ed)?|"
    r"lasts?\s+longer|price|prices|cheaper|value|dissolves?|dissolved|dissolving|melts?|mixes?|"
    r"stirs?)\s+(?:\w+\s+)?$",
    re.I,
)

# Quotation marks that open a quotation: a customer's review quoted in the sentence.
_OPENING = re.compile(r"(?:^|[\s(\[])[“\"‘]")
_CLOSING = re.compile(r"[”\"’](?=[\s,.;:!?)]|$)")

# A named poison after "toxicity": "reduces the toxicity of chemotherapy" is care.
_NAMED_POISON = re.compile(r"\s*(?:of|from|in|caused|associated|linked|when|due)\b", re.I)

# The forms of `toxin_claims` that recast the body's work as detoxifying: the claim itself.
_BODY_DETOX = re.compile(r"(?:body|system)[’']s\b|(?:is|are|means|shows)\b", re.I)

# The provider as the agent ("we will relieve any pain"): care given, unless the sentence names
# the remedy it gives (the exclusive "we" of Quirk et al. 1985, §6.11, as a clinic's staff).
_AGENT = re.compile(r"\b(?:we|i)\s+(?:\w+\s+)?$", re.I)

# A subject left out (a card title, "Relief of Any Pain") or a pronoun standing for the remedy
# its heading names ("It treats any disorder").
_BARE = re.compile(r"\s*(?:(?:it|this|they|these)\s+(?:\w+\s+)?)?", re.I)

# A reporting verb before the words: another's claim that the writer reports (Quirk et al.
# 1985, §14.31: say, claim, tell; Hyland 2002's reporting verbs), as a news piece or a warning
# does ("the company says its spray works faster", "any tea that says it releases toxins").
_REPORTED = re.compile(
    r"\b(?:says?|said|saying|claims?|claimed|claiming|insists?|insisted|according\s+to|"
    r"told|tells|reportedly|allegedly)\b",
    re.I,
)

# Detoxification in its medical sense: withdrawal from a drug of dependence (WHO, "Lexicon of
# alcohol and drug terms", 1994: "detoxification", "withdrawal syndrome"), named in the
# sentence or as what the body detoxes from.
_WITHDRAWAL = re.compile(r"\bwithdraw(?:al|ing|s)?\b", re.I)
_FROM_DRUG = re.compile(
    r"\s+(?:from|off)\s+(?:the\s+|your\s+)?(?:alcohol|drink|drugs?|opioids?|opiates?|heroin|"
    r"methadone|benzodiazepines?|benzos|cocaine|crack|amphetamines?|meth|nicotine|cannabis|"
    r"ketamine|substances?)\b",
    re.I,
)

# The body as where toxins are said to be (the tissues a treatment reaches).
_BODY = re.compile(
    r"\b(?:body|bodies|muscles?|tissues?|fascia|lymph\w*|joints?|skin|cells?|organs?)\b", re.I
)

# The offer pointed at after "than" on a page that sells ("nothing works faster than this").
_DEICTIC = re.compile(r"\s*(?:\w+\s+){0,2}?than\s+(?:this|these|it|them)\b", re.I)

# A pronoun as the whole subject of "simple and it works": what the page offers.
_PRONOUN = re.compile(r"\s*(?:it|this|that|they|these)\s+(?:is|are|[’']s)\b", re.I)

# "A few weeks of X": the X that the weeks are of.
_WEEKS_OF = re.compile(r"\b(?:of|with)\s+(.+?)\s+(?:will|can|could)\b", re.I)


def reach_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a rival, reach, toxin or life promise is no seller's promise about health, or None;
    "" for the other classes (their readings are elsewhere)."""
    if kind not in REACH_KINDS:
        return ""
    if claim.sources or claim.attributions:
        return "sourced"
    left, _ = _clause(claim, start, end)
    if _UNASSERTED.search(text, left, start):
        return "unasserted"
    if _quoted(text[claim.start : start]):
        return "quoted"  # "“It is simple and it works!” wrote one customer"
    sentence = text[claim.start : claim.end]
    if _care(sentence) or _lexicon("reach_medicines").search(sentence, 0, start - claim.start):
        return "clinical"  # "Ibuprofen gel gives the fastest relief" (a rival may be a painkiller)
    if _REPORTED.search(text, claim.start, start):
        return "reported"  # "The company says its spray works faster than other brands."
    page = sells or remedy_page
    if kind == "toxin_claims":
        return _toxin(text, claim, start, end, left, remedy_page)
    if kind == "promised_life":
        return _life(text, claim, start, end, left, page)
    if kind == "rival_superiority" and _NOT_HEALTH.search(text, claim.start, start):
        return "non-health"  # "tastes better than standard chewable vitamins"
    if kind == "rival_superiority" and _lexicon("reach_not_health").search(sentence):
        return "non-health"  # "the fastest results for blood tests", "insurance protection"
    if kind == "remedy_reach":
        return _reach(text, left, start, remedy_page)
    if text[start:end].lower().startswith("nothing"):
        # "Nothing absorbs better than our liquid magnesium": the winner after "than" is the
        # offer; "nothing hydrates better than water" is advice, on a shop's page too.
        winner = text[end : claim.end]
        if _offered(winner) or (page and _DEICTIC.match(winner)):
            return None
        return "not-a-remedy"
    if text[start:end].lower().startswith("the "):
        # A superlative is advice on a seller's page too ("sleep gives your body the most
        # complete recovery"): the remedy or the seller's voice must be in the sentence.
        return None if _offered(sentence) else "not-a-remedy"
    return None if page or _offered(sentence) else "not-a-remedy"


def _reach(text: str, left: int, start: int, remedy_page: bool) -> str | None:
    """A remedy's universal reach: its subject must name the remedy (an alternative remedy, a
    practice, a product form or a treatment head: "Tui na treats any disorder", "with our
    massage you will be relieved of any pain"), or be left out or a pronoun under a heading
    that names one ("Relief of Any Pain" on a cupping page). A clinic, a service or "we" that
    treats any injury states its scope ("The clinic treats any injury", "we will relieve any
    pain with local anaesthetic"), and "rest is the only way to full recovery" is advice."""
    subject = text[left:start]
    if _AGENT.search(subject):
        return None if _offered(subject, voice=False) else "not-a-remedy"
    if _offered(subject, voice=False) or _heads().search(subject):
        return None
    if not _BARE.fullmatch(subject):
        return "not-a-remedy"
    return None if remedy_page else "not-a-remedy"


@cache
def _lexicon(key: str) -> re.Pattern[str]:
    return word_pattern(default_lexicon().get(f"hype.{key}"))


def _offered(words: str, voice: bool = True) -> bool:
    """Whether `words` name an offered thing: an alternative remedy, a practice, a product form,
    or (with `voice`) the seller's own voice."""
    lex = hype_lexicon()
    if voice and _PROVIDER.search(words):
        return True
    return any(p.search(words) is not None for p in (lex.alternative, lex.mind_body))


def _quoted(before: str) -> bool:
    """Whether a quotation opened in `before` is still open (its closing mark not yet come)."""
    opened = [m.end() for m in _OPENING.finditer(before)]
    return bool(opened) and _CLOSING.search(before, opened[-1]) is None


def _toxin(
    text: str, claim: Claim, start: int, end: int, left: int, remedy_page: bool
) -> str | None:
    if organ_does_it(text, claim, start, end):
        return "physiology"  # "the lymph nodes clear stored toxins": an organ's work
    if _lexicon("toxin_producers").search(text, claim.start, start) and not _offered(
        text[left:start]
    ):
        return "producer"  # "bacteria that release toxins in the skin": toxins made, not stored
    term = text[start:end]
    if term.lower().endswith("toxicity") and _NAMED_POISON.match(text, end, claim.end):
        return "named-poison"  # "lowers the toxicity of chemotherapy"
    if _BODY_DETOX.match(term):
        # "the body's way of detoxifying" is the claim, unless it is withdrawal from a drug of
        # dependence, detoxification's medical sense ("your body detoxing from alcohol").
        withdrawal = _WITHDRAWAL.search(text, claim.start, claim.end) or _FROM_DRUG.match(
            text, end, claim.end
        )
        return "withdrawal" if withdrawal else None
    # Toxins removed: from the body, by an offered remedy, or under a heading that names one
    # ("Removes Built-Up Toxins" on a cupping page); a filter's toxins in tap water are none.
    sentence = text[claim.start : claim.end]
    if _BODY.search(sentence) or _offered(sentence, voice=False):
        return None
    bare = _BARE.fullmatch(text[left:start]) is not None
    return None if bare and remedy_page else "no-body"


def _life(text: str, claim: Claim, start: int, end: int, left: int, page: bool) -> str | None:
    term = text[start:end]
    lower = term.lower()
    if lower.startswith("we"):
        # "We guarantee you that no matter what your pain problem is, ...": health after it.
        after = text[end : claim.end]
        healthy = _health(after) or _complaints().search(after) is not None
        return None if healthy else "no-health-problem"
    if lower.endswith("works"):
        subject = text[left:start]
        if _offered(subject, voice=False) or _heads().search(subject):
            return None
        exclaimed = text[end : claim.end].lstrip().startswith("!")
        if _PRONOUN.match(subject):
            return None if page and exclaimed else "not-a-remedy"
        return "not-a-remedy"  # "The booking system is simple and it works."
    of = _WEEKS_OF.search(term)
    if of is not None:
        what = of.group(1)
        offered = _offered(what, voice=False) or _heads().search(what)
        return None if offered else "not-a-remedy"
    return None if page else "not-a-remedy"
