"""A vague appeal whose evidence noun a named body premodifies ("a NASA study has revealed",
"BBC research suggests", "the Irish government's research found", a named professor's "She
has also performed experiments showing"): the body or person is named as the basis of the
finding, so the appeal is theirs (GUIDELINE: CITE beats VAGUE). The reverse too: an outlet
that only "reported on research" it does not name appeals to that research (VAGUE).

Nouns as premodifiers and the genitive are Quirk et al. 1985, 17.104-17.108 and 5.115-5.126;
the bodies are the ACE 2005 entity types (ORG:Government, ORG:Media) read by their shape.
"""

from __future__ import annotations

import re

from linter.nlp.components.attribution_named import Found
from linter.nlp.components.attribution_names import TITLED_PERSON
from linter.nlp.components.attribution_words import AUX_ADVERBS, AttributionWords

# A year or an adjective of a work's age, size or standing between the body and its work ("the
# BBC's 2023 analysis", "a NASA landmark study").
_WORK_ADJECTIVES = r"(?:(?:19|20)\d\d|new|latest|recent|own|official|final|annual|major|large)"
_GENITIVE = r"(?:'s|’s)?"
# Roman numerals are trial phases and volume numbers ("a Phase III study"), not bodies.
_ROMAN = re.compile(r"[IVXLCDM]+")
# Capitalised words that open a government's name without naming a state ("Federal government
# data", "Local government research"): the levels and kinds of government, not places.
_GENERIC_LEVELS = re.compile(
    r"Federal|State|Local|National|Central|Regional|Provincial|Municipal|County|City|Council|"
    r"Public|Health|New|Previous|Current|Former|Last|Next|Some|Other|Foreign"
)
# A continent's or region's people alone name many governments, not one ("Asian government
# research"), though they open a state's name ("Northern Irish", "South African").
_REGIONS = re.compile(r"Asian|African|European|Western|Eastern|Northern|Southern|Arab|Latin")
# A people's adjective (Quirk et al. 1985, 7.25, nationality words): "Canadian", "Irish",
# "Japanese", "Welsh", "Dutch", "Thai" may open the sentence and still name a state.
# "-ch" and "-ic" alone also end determiners and adjectives that open sentences ("Much", "Such",
# "Historic government research"), so the peoples ending so are listed by name.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|i|sh)|French|Dutch|Czech|Icelandic|Baltic")
# The writer's antecedent for "she"/"he": a titled researcher named before in the paragraph.
_TITLED = re.compile(rf"\b{TITLED_PERSON}")
_ANTECEDENT_REACH = 400


class PremodifierReader:
    """Whether the evidence noun at a vague appeal's start is a named body's work."""

    def __init__(self, words: AttributionWords) -> None:
        self.words = words
        name_end = rf"{_GENITIVE}(?: (?i:{_WORK_ADJECTIVES})){{0,2}} $"
        self.acronym = re.compile(rf"(?<![\w&.-])(?P<name>[A-Z][A-Z&]{{2,6}}){name_end}")
        self.outlet = re.compile(
            rf"\b(?P<det>[Aa]n?|[Tt]he) (?P<name>(?:[A-Z][\w'’-]+ ){{0,2}}[A-Z][\w'’-]+){name_end}"
        )
        self.government = re.compile(
            rf"(?<![\w-])(?P<name>(?P<place>(?:[A-Z][\w'’-]+ ){{1,3}})(?i:{words.government}))"
            rf"{name_end}"
        )
        # "She has also performed experiments showing": the researcher's part in the work (the
        # CRediT roles of directing_verbs) with the work as object.
        self.pronoun = re.compile(
            rf"(?<![\w-])(?:[Ss]he|[Hh]e)(?: {AUX_ADVERBS}){{0,2}} (?:{words.directing})"
            rf"(?: (?:a|an|the|some|several|many|other|further|more|new|earlier|her|his|own|"
            rf"\w+ing|[\w-]+al)){{0,2}} $"
        )
        self.known_acronyms = re.compile(f"{words.acronyms}|{words.premodifying_bodies}")
        self.works = re.compile(rf"(?i:{words.premodified_works})(?![\w-])")
        # A report's topic after "on"/"about": unnamed evidence, not the body's own finding
        # (Hyland's textual verbs take a topic this way; a name after it stays a name).
        self.topic = re.compile(
            r"\s+(?:on|about)\s+(?:(?:an?|new|recent|earlier|some|several|other|more|the)\s+){0,2}"
            rf"(?P<noun>{words.evidence_nouns})(?![\w-])(?!\s+(?:by|from|at|in|of)\s+(?:the\s+)?[A-Z])"
        )
        self.reporting = re.compile(r"(?i)\b(?:reported|reports|report|reporting|written|wrote)$")

    def body(self, text: str, start: int, end: int, sentence_start: int) -> dict[str, str] | None:
        """The named body (kind, name) whose work is the first work noun of the appeal at
        `start`-`end` (which may open with its determiner: "A Guardian analysis found")."""
        work = self.works.search(text, start, end)
        if work is None or work.group(0).isupper():
            return None  # an all-capitals heading: every word looks like an acronym
        before = text[sentence_start : work.start()]
        title_case = work.group(0)[:1].isupper()
        m = self.acronym.search(before)
        if m and self._acronym_is_body(m):
            return {"kind": "institution", "name": m["name"], "basis": "reported"}
        if title_case:
            return None  # "Independent Research Shows": a heading capitalises every word
        m = self.outlet.search(before)
        if m and self.words.nameplates.search(f"{m['det']} {m['name']}"):
            return {"kind": "outlet", "name": m["name"], "basis": "reported"}
        m = self.government.search(before)
        if m and self._names_a_state(m["place"].split(), m.start() == 0):
            name = m["name"].split(" ", 1)[1] if self._article(m["name"]) else m["name"]
            return {"kind": "institution", "name": name, "basis": "reported"}
        if self.pronoun.search(before):
            earlier = text[max(0, sentence_start - _ANTECEDENT_REACH) : sentence_start]
            named = list(_TITLED.finditer(earlier))
            if named and "\n\n" not in earlier[named[-1].end() :]:
                # Their own new work ("has also performed experiments"), not a back-reference
                # to a study named before, which a researcher's name may be (checks/attribution).
                return {"kind": "affiliation", "name": named[-1].group(0), "basis": "reported"}
        return None

    def reported_on(self, text: str, item: Found) -> Found:
        """A named outlet or body that only reports unnamed evidence, its span ending in a
        reporting verb whose topic follows ("has previously reported on research which
        appears to show"), as an appeal to that evidence; any other name as found."""
        if item.info.get("kind") not in ("outlet", "institution"):
            return item
        topic = self.topic.match(text, item.end)
        if topic is None or not self.reporting.search(text, item.start, item.end):
            return item
        noun = topic.group("noun")
        info = {"kind": "vague", "name": noun, "reference": "new"}
        return Found(topic.start("noun"), topic.end("noun"), "vague", info)

    def _acronym_is_body(self, m: re.Match[str]) -> bool:
        """A capitalised premodifier is as often the study's topic as its author ("an MMR study",
        "a BRCA study", "a PFAS study", "a NEW study" in capitals for emphasis): only a known
        body's acronym, or one in the genitive ("the BBC's analysis", Quirk et al. 1985, 5.116:
        the subjective genitive names the doer), is read as the author."""
        name = m["name"]
        if self.words.not_bodies.fullmatch(name) or _ROMAN.fullmatch(name):
            return False
        return bool(self.known_acronyms.fullmatch(name) or re.search(r"['’]s\b", m.group(0)))

    def _article(self, name: str) -> bool:
        return bool(self.words.function_words.fullmatch(name.split(" ", 1)[0]))

    def _names_a_state(self, words: list[str], opens: bool) -> bool:
        """ "New Zealand", "Irish", "the Scottish": a place or a people, not a level of
        government or an ordinary word capitalised because it opens the sentence."""
        if words and self.words.function_words.fullmatch(words[0]):
            words, opens = words[1:], False  # "A Canadian government study": the article opens
        if not words or any(self.words.function_words.fullmatch(w) for w in words):
            return False
        if len(words) == 1:
            word = words[0]
            if _GENERIC_LEVELS.fullmatch(word) or _REGIONS.fullmatch(word):
                return False
            return bool(_DEMONYM.fullmatch(word)) or not opens
        return not _GENERIC_LEVELS.fullmatch(words[0]) or words[0] == "New"
