"""What a single block is when it is not prose: a metadata line, byline, date line, credit,
contact line, link list item, teaser, promotion or citation entry.

Each test reads the block's text and attached links only; which of them apply to a whole
list or section is decided in documents/page.py. The word classes come from
rules/lexicon/page.yaml (documents/vocabulary.py), the citation shapes from
documents/citations.py.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from linter.config.lexicon import alternation, default_lexicon
from linter.documents.citations import citation_features
from linter.documents.model import Block
from linter.documents.source_credit import source_line
from linter.documents.vocabulary import vocabulary

# "Key: value" at the start of a block: a key of one to four words.
_KEY_RE = re.compile(r"\s*([A-Za-z][A-Za-z'’]*(?:[ \-:/][A-Za-z][A-Za-z'’]*){0,3})\s*:(?!//)")
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’-]*")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A calendar date: "March 3, 2023", "3 March 2023", "March 2023", "2023-03-03", "03/03/2023".
_DATE_RE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"{_MONTHS},?\s+\d{{4}}|{_MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.]+Z?)?|"
    r"\d{1,2}/\d{1,2}/\d{2,4})\b",
    re.IGNORECASE,
)
# A telephone number: North American ("(212) 639-7071", "1-800-827-1000") or international.
_PHONE_RE = re.compile(
    r"(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}"
)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A postal address's end: a US state and ZIP code ("NY 11790"), or a UK postcode ("SW1A 2AA").
_POSTCODE_RE = re.compile(
    r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"
)
_FILL_IN_RE = re.compile(r"_{5,}")
# A share, the first kinds of statistic in GUIDELINE.md ("12%", "40 percent", "one in four"):
# a line that states one is a statement, whatever contact it gives; a contact is no source.
_SHARE_RE = re.compile(
    r"\d\s?%|\bper\s?cent\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:in|out\s+of)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)",
    re.IGNORECASE,
)
# A truncated excerpt ends in an ellipsis straight after a word: WordPress's wp_trim_words()
# and the_excerpt() append "…" and "[…]", Shopify's truncatewords "...".
_TRUNCATED_RE = re.compile(r"[\w,;’'\")]\s?(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*$")
_CREDIT_RE = re.compile(
    r"\s*(?:photo(?:graph)?|image|illustration|picture|video|graphic|artwork)s?\s+"
    r"(?:by|via|from|courtesy(?: of)?|credit|source)\b",
    re.IGNORECASE,
)
MAX_FURNITURE_WORDS = 40
_DIGIT_OR_AT = re.compile(r"[\d@]")
_SENTENCE_END = re.compile(r"[.!?:;,]\s*$")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """How many words a block's text has (asked by most tests of the same block)."""
    return len(_WORD_RE.findall(text))


def metadata_line(block: Block) -> bool:
    """A CMS export's "Key: value" line ("Description: ...", "SEO Title: ...", "Tags: ...")."""
    match = _KEY_RE.match(block.text)
    return match is not None and _key(match.group(1)) in vocabulary().metadata_keys


def metadata_heading(text: str) -> bool:
    """A heading that names a metadata field ("Excerpt", "SEO description")."""
    return _key(text) in vocabulary().metadata_headings


def _key(text: str) -> str:
    return " ".join(re.split(r"[\s\-:/]+", text.strip(" :*#").lower()))


@cache
def _byline_re() -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
        for v in sorted(vocabulary().byline_verbs, key=len, reverse=True)
    )
    return re.compile(rf"[\s|—–-]*(?:(?:{verbs})\s+(?:by|on|in)\b|by\s+(?-i:[A-Z]))", re.I)


def byline(block: Block) -> bool:
    """A byline or a date line: "By Jane Doe, RN", "Medically reviewed by ...", "Updated on
    May 3, 2023", "Page last reviewed: 12 March 2023", or a date alone."""
    text = block.text
    count = word_count(text)
    if count > MAX_FURNITURE_WORDS:
        return False
    if count <= 30 and _byline_re().match(text):
        return True
    if count > 12 or not _DATE_RE.search(text):
        return False
    rest = _DATE_RE.sub(" ", text)
    labels = set(vocabulary().byline_verbs) | {"on", "by", "at", "date", "last", "first"}
    return all(w.lower() in labels for w in words(rest))


def credit_line(block: Block) -> bool:
    """An image credit: "Photo by ...", "Illustration via ...", or a page's source line
    naming what it is derived from (documents/source_credit.py)."""
    text = block.text
    if word_count(text) <= 25 and _CREDIT_RE.match(text):
        return True
    if block.kind != "paragraph":
        return False  # a table's source cell sources its row, an item its list (page.py)
    linked = any(a.kind in ("link", "url") for a in block.attachments)
    return source_line(text, linked, word_count(text), bool(_SHARE_RE.search(text)))


def contact_line(block: Block) -> bool:
    """A phone, e-mail, address or fill-in line: "(212) 639-7071", "Telephone ________"."""
    text = block.text
    if "_____" in text:
        return len(words(_FILL_IN_RE.sub(" ", text))) <= 12
    if word_count(text) > 30 or not _DIGIT_OR_AT.search(text):
        return False  # a phone number, postcode or e-mail address has a digit or an "@"
    if word_count(text) <= 16 and _POSTCODE_RE.search(text):
        return True
    if not (_PHONE_RE.search(text) or ("@" in text and _EMAIL_RE.search(text))):
        return False
    rest = _EMAIL_RE.sub(" ", _PHONE_RE.sub(" ", text))
    return len(words(rest)) <= 8 and not _SHARE_RE.search(rest)


def furniture_heading(text: str) -> bool:
    """A heading made only of the words of furniture headings ("Read this next")."""
    words_ = vocabulary()
    found = [w.lower() for w in words(text)]
    if not found:
        return False
    if any(w not in words_.heading_words and w not in words_.heading_function_words for w in found):
        return False
    return any(w in words_.heading_words for w in found)


def link_only(block: Block) -> bool:
    """Nothing but links, or links after a furniture label: an item of a navigation or
    related-posts list, "[Find a clinic]", "Related: [Another post]"."""
    links = [a for a in block.attachments if a.kind == "link" and a.end > a.start]
    if not links:
        return False
    covered = bytearray(len(block.text))
    for link in links:
        covered[link.start : link.end] = b"\x01" * (link.end - link.start)
    rest = "".join(c for c, inside in zip(block.text, covered, strict=True) if not inside)
    return not words(rest) or furniture_heading(rest)


def teaser(block: Block) -> bool:
    """An excerpt cut off by the site: it ends in an ellipsis straight after a word, or in
    one and then a read-more link ("... [Read more]", "... Learn More »": WordPress's
    excerpt_more and the_content_more_link, Blogger's "Read more »")."""
    text = _before_more_link(block)
    end = text[-8:].rstrip()
    if not end.endswith(("…", "...", "…]", "...]")):
        return False
    return bool(_TRUNCATED_RE.search(text[-12:])) and len(text.strip()) >= _TEASER_MIN_CHARS


# A site cuts an excerpt by length: WordPress after 55 words, Hugo's summary after 70, Liquid's
# `truncate` at 50 characters with its ellipsis. A line shorter than this that ends in one
# trails off as the writer's own aside ("Science literally says so…", recall round O).
_TEASER_MIN_CHARS = 30


def _before_more_link(block: Block) -> str:
    """The block's text before a last link that ends it and whose words are a furniture
    heading's ("Read more", "Continue reading", "Learn More »"), else the whole text."""
    text = block.text.rstrip()
    links = [a for a in block.attachments if a.kind == "link" and a.end > a.start]
    last = max(links, key=lambda a: a.end, default=None)
    if last is None or words(text[last.end :]):
        return block.text
    if not furniture_heading(text[last.start : last.end]):
        return block.text
    return text[: last.start]


@cache
def _cta_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words_ = vocabulary()
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in words_.cta_verbs)
    markers = "|".join(
        ("(?<!\\w)" if m[:1].isalnum() else "") + re.escape(m).replace(r"\ ", r"\s+")
        for m in words_.cta_markers
    )
    return (
        re.compile(rf"\W*(?:{verbs})(?![\w-])", re.I),
        re.compile(rf"(?:{markers})(?!\w)", re.I),
    )


def promotion(block: Block) -> bool:
    """A call to action with an offer or channel: "Join us on the app", "Sign up for 10% off"."""
    starts, offers = _cta_res()
    text = block.text
    if word_count(text) > MAX_FURNITURE_WORDS:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    # Every sentence asks, offers or exclaims in a few words ("Don't miss out!"): a sentence
    # of its own beside the call ("About 40% of adults have high blood pressure. Sign up for
    # our newsletter.") is prose, and the block is read (statW).
    # A sentence in the box's own voice ("Our nutritionists share proven tips", "Thousands of
    # readers have transformed their health") is the pitch too, as before statW (review27s).
    pitch = all(
        starts.match(s) or offers.search(s) or word_count(s) <= 4 or _pitch_voice().search(s)
        for s in sentences
    )
    return pitch and any(starts.match(s) for s in sentences) and bool(offers.search(text))


@cache
def _pitch_voice() -> re.Pattern[str]:
    """The organisation's or the reader's voice, or its public (page.yaml `pitch_voice`,
    figures.yaml `clientele`)."""
    lexicon = default_lexicon()
    phrases = [*lexicon.get("page.pitch_voice"), *lexicon.get("figures.clientele")]
    return re.compile(rf"(?<![\w'’-]){alternation(phrases)}(?![\w'’-])", re.I)


def layout_lines(block: Block, source: str) -> bool:
    """A table, form or address set out as short lines ("Food Group / Recommended / Not
    Recommended"): most of its four or more source lines hold four words or fewer and no
    sentence end. A block put together from a structured document's nodes has the lines its
    hard breaks make, not the file's."""
    shown = source[block.offsets[0] : block.offsets[-1]] if block.source_lines else block.text
    if "\n" not in shown:
        return False
    lines = [ln for ln in shown.splitlines() if ln.strip()]
    if len(lines) < 4:
        return False
    short = sum(len(words(line)) <= 4 and not _SENTENCE_END.search(line) for line in lines)
    return short >= 0.6 * len(lines)


def title_line(block: Block) -> bool:
    """A headline of another page ("A 2023 Review of Home Tests for Vitamin D"): three to
    fourteen words, headline capitalisation (the words of four letters or more capitalised),
    no sentence punctuation at its end."""
    text = block.text.strip()
    if not 3 <= word_count(block.text) <= 14 or _SENTENCE_END.search(text[-3:]):
        return False
    if not text[:1].isupper():
        return False
    found = words(text)
    long = [w for w in found if len(w) >= 4 and w[0].isalpha()]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def heading_like(block: Block) -> bool:
    """A one-line paragraph that acts as a heading in text converted from a document: five
    words or fewer, a capital first, no sentence punctuation ("Resources", "Tips")."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and "\n" not in text
        and 1 <= word_count(block.text) <= 5
        and text[:1].isupper()
        and not _SENTENCE_END.search(text[-3:])
        and not block.attachments
    )


def citation_entry(block: Block) -> int:
    """How surely the block is an entry of a reference list: 2 sure, 1 in a list of them, 0 not.

    Sure: it opens with an author list ("Blake P, et al.", "Smith, J. A., & Jones, K.") and
    has a year, volume or locator. In a list of them: two of a year in parentheses, a
    volume/issue/pages, a locator (DOI, PMID, URL, "Retrieved from") and "et al.".
    """
    if word_count(block.text) > 80:
        return 0
    has_url = any(a.kind in ("url", "link") for a in block.attachments)
    features = citation_features(block.text, has_url)
    if "authors" in features and features & {"year", "volume", "locator"}:
        return 2
    return 1 if len(features - {"authors"}) >= 2 else 0
