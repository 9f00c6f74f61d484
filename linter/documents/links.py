"""Which links are sources: a link sources a claim when it points to evidence.

GUIDELINE: a hyperlink is a source when it points to a study, journal article, report, data
page, guideline or an authority's page on the subject; glossary and dictionary entries, the
site's own navigation, tag, category and author pages, shops, carts and products, booking
pages, and social shares are not. The default patterns below say which addresses are which,
by the conventions that make them recognisable (DOI resolvers, PubMed/PMC, trial registries;
WordPress's /tag/, /category/ and /author/ permalink bases, Shopify's /products/, /collections/ and
/cart, WooCommerce's /product-category/ and /product-tag/, Drupal's /taxonomy/term/,
Blogger's /search/label/; the share endpoints of the social networks; non-web schemes).
Two more kinds point to no evidence for any claim, by the address's form alone:
- a site's home page: a host with no path ("https://agency.example/"), or a path that only
  names the front page (an index file, "/home", a language code: "/en/", "/en-us/index.html");
  a home page names an institution, it holds none of its data or reports. A query keeps it a
  page ("/?p=123" is a WordPress post by its id), and a site-relative "/" is the site's own
  front page (navigation);
- a post or image of the social networks that carry pictures and short posts (Facebook,
  Instagram, X/Twitter, Pinterest, TikTok, Threads, and the hosts that serve their images:
  fbcdn.net, cdninstagram.com, twimg.com, pinimg.com, tiktokcdn.com): a shared picture of a
  campaign's figures is not the study or report behind them.
Link shorteners (bit.ly, t.co, tinyurl.com, ...) hide their target: it can be a DOI as well as
a shop, so they stay sources (Amazon's amzn.to and a.co lead only to its shop). An address
that is none of these is a source: precision first, a link we cannot judge stays a source,
and a deep link to an agency's page, a PDF or a DOI always is.

A site changes this in its config (`sources:`, documented in the README):

    sources:
      allow: ["example.org/research/**"]   # always a source
      deny: ["example.org/glossary/**"]    # never a source

A pattern is matched against the address without its scheme, "www." and query: "host/path"
for an absolute link, "/path" for a site-relative one; `*` matches within one path segment,
`**` across segments, and a pattern that starts with "/" matches the path of any host.
The config's allow beats its deny, which beats the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from linter.config.lexicon import alternation, default_lexicon

# Addresses that point to evidence: DOI resolvers, PubMed, PMC, Europe PMC, trial registries,
# Cochrane. Listed so a deny pattern that is too broad does not catch them by default.
_EVIDENCE_HOSTS = (
    "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov",
    "europepmc.org", "clinicaltrials.gov", "isrctn.com", "trialsearch.who.int",
    "clinicaltrialsregister.eu", "anzctr.org.au", "cochranelibrary.com",
)  # fmt: skip
# Dictionaries (the Wikipedia list of online English dictionaries) and path words of
# glossary pages ("/publications/dictionaries/cancer-terms/", "/glossary/").
_DICTIONARY_HOSTS = (
    "merriam-webster.com", "dictionary.com", "collinsdictionary.com", "dictionary.cambridge.org",
    "oxfordlearnersdictionaries.com", "lexico.com", "wiktionary.org", "thefreedictionary.com",
    "medical-dictionary.thefreedictionary.com", "vocabulary.com", "yourdictionary.com",
)  # fmt: skip
# General encyclopedias: an entry explains a term, it is not evidence for a claim about it.
# Wikipedia says so of itself ("Wikipedia:Wikipedia is not a reliable source", and WP:CIRCULAR:
# a tertiary source, never cited for a finding); the other hosts are the general online
# encyclopedias of Wikipedia's "List of online encyclopedias" (Britannica, Encyclopedia.com,
# Wikiwand's Wikipedia reader, Scholarpedia is peer-reviewed and left out). MedlinePlus's medical
# encyclopedia is the US National Library of Medicine's: an authority's page, kept a source.
_ENCYCLOPEDIA_HOSTS = (
    "wikipedia.org", "britannica.com", "encyclopedia.com", "wikiwand.com", "wikimedia.org",
)  # fmt: skip
# Reference works explain terms; they are no evidence for a claim. Joined once, not per link.
_REFERENCE_WORK_HOSTS = _DICTIONARY_HOSTS + _ENCYCLOPEDIA_HOSTS
_GLOSSARY_WORDS = frozenset({"glossary", "glossaries", "dictionary", "dictionaries",
                             "definition", "definitions", "define", "lexicon"})  # fmt: skip
# Path segments of archive and navigation pages: WordPress permalink bases (tag, category,
# author), Shopify (tagged), Drupal (taxonomy), Blogger (label), and site navigation.
_ARCHIVE_SEGMENTS = frozenset({"tag", "tags", "tagged", "category", "categories", "author",
                               "authors", "taxonomy", "label", "search", "login", "signin",
                               "sign-in", "register", "signup",
                               "sign-up", "subscribe", "newsletter", "account", "my-account",
                               "contact", "contact-us", "privacy", "privacy-policy", "terms",
                               "terms-of-use", "terms-and-conditions", "feed", "rss"})  # fmt: skip
# Shop paths: Shopify (products, collections, cart, checkouts), WooCommerce (product, shop,
# cart, checkout, basket), and shop hosts, with Amazon's own short-link hosts (amzn.to, the
# Associates SiteStripe's affiliate links; a.co, the app's share links): unlike a general
# shortener's, their target is always an Amazon page.
_SHOP_SEGMENTS = frozenset({"product", "products", "collections", "collection", "shop",
                            "store", "cart", "checkout", "checkouts", "basket", "buy",
                            "add-to-cart", "wishlist", "product-category",
                            "product-tag"})  # fmt: skip
_SHOP_HOST_RE = re.compile(
    r"(?:^|\.)(?:amazon|ebay)\.[a-z.]+$|(?:^|\.)(?:etsy|iherb|walmart|myshopify)\.com$"
    r"|^(?:amzn\.(?:to|eu|asia)|a\.co)$"
)
# Appointment booking: a booking page sells a visit, it holds no evidence. The hosted scheduling
# services clinics link to (Calendly, Acuity, Zocdoc, Jane, Setmore, SimplyBook.me, Vagaro,
# Mindbody, Fresha, Cliniko, Doctolib, Booksy, YouCanBook.me, Schedulicity, NexHealth, LocalMed,
# Opencare) and the page names of booking pages in clinic sites ("/book-online", "/appointments",
# "/request-an-appointment"), matched as a whole path segment anywhere in the path.
_BOOKING_HOST_RE = re.compile(
    r"(?:^|\.)(?:calendly\.com|acuityscheduling\.com|zocdoc\.com|janeapp\.com|jane\.app"
    r"|setmore\.com|simplybook\.(?:me|it)|vagaro\.com|mindbodyonline\.com|fresha\.com"
    r"|cliniko\.com|doctolib\.[a-z.]+|booksy\.com|youcanbook\.me|schedulicity\.com"
    r"|nexhealth\.com|localmed\.com|opencare\.com)$"
)
_BOOKING_SEGMENT_RE = re.compile(
    r"(?:(?:online-)?book(?:ing|ings)?(?:-(?:online|now|(?:an-)?appointments?|a-visit|"
    r"a-consultation))?|(?:(?:request|schedule|make)-(?:an-)?)?appointments?)",
    re.IGNORECASE,
)
# Share endpoints and social profiles (Facebook sharer, X/Twitter intent, LinkedIn
# shareArticle, Pinterest pin/create, Reddit submit, WhatsApp, Telegram, AddToAny, ShareThis).
_SHARE_RE = re.compile(
    r"(?:facebook\.com/(?:sharer|share|dialog/share)|(?:twitter|x)\.com/(?:intent|share)|"
    r"linkedin\.com/(?:sharearticle|sharing|share)|pinterest\.[a-z.]+/pin/create|"
    r"reddit\.com/submit|wa\.me/|api\.whatsapp\.com/send|t\.me/share|telegram\.me/share|"
    r"tumblr\.com/share|addtoany\.com|sharethis\.com)",
    re.IGNORECASE,
)
_SOCIAL_HOSTS = (
    "facebook.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "pinterest.com",
    "linkedin.com", "youtube.com", "threads.net",
)  # fmt: skip
# Networks of pictures and short posts, and the hosts that serve their images: none of their
# addresses is a study or report (LinkedIn articles and YouTube talks keep the rule above).
_PICTURE_HOSTS = (
    "facebook.com", "fb.com", "fb.me", "fbcdn.net", "fbsbx.com", "instagram.com",
    "instagr.am", "cdninstagram.com", "twitter.com", "x.com", "twimg.com", "tiktok.com",
    "tiktokcdn.com", "pinterest.com", "pin.it", "pinimg.com", "threads.net",
)  # fmt: skip
# What a home page's path may hold: the index file of the common web servers and frameworks
# (Apache's DirectoryIndex, IIS's default documents), "home", and a language code for a site
# in several languages: the ISO 639-1 codes of W3Techs' most used content languages, with an
# optional region ("en", "en-us", "pt_BR"). Not any two letters: "/ms/" may be a topic page.
_FRONT_PAGE_FILE = re.compile(
    r"(?:index|default|home|homepage)(?:\.(?:html?|php|aspx?|jsp|shtml|cfm))?", re.IGNORECASE
)
_LANGUAGES = (
    "en|es|de|ja|fr|ru|pt|it|nl|pl|tr|fa|zh|vi|id|cs|ko|uk|hu|sv|ar|ro|el|da|fi|he|th|sk|bg|"
    "no|nb|hr|lt|sr|sl"
)
_LANGUAGE_SEGMENT = re.compile(rf"(?:{_LANGUAGES})(?:[-_][a-z]{{2}})?", re.IGNORECASE)
_FILE_SUFFIX_RE = re.compile(r"\.(?:html?|php|aspx?|jsp|shtml|cfm)$", re.IGNORECASE)
_WORD_CUT = re.compile(r"[\W_]+|(?<=[a-z0-9])(?=[A-Z])")
_NOT_WEB_SCHEMES = ("mailto", "tel", "sms", "javascript", "data", "fax", "callto", "skype")
# An in-page anchor that points at a reference: #ref-3, #cite_note-4, #fn1, #footnote-2,
# #B12 and #CR12 (PMC), #bib5, #endnote3, #r7, #note-1, #citation-2, #source-1.
_REFERENCE_ANCHOR_RE = re.compile(
    r"#(?:(?:cite|ref|reference|fn|fnref|footnote|endnote|note|bib|bibr|citation|source)s?"
    r"(?:[-_:.]\w+|\d+)*|[a-z]{0,3}\d{1,4})$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourcePolicy:
    """Which link targets count as sources: the defaults, overridden by a site's patterns."""

    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()

    def counts(self, target: str, anchor: str = "") -> bool:
        """Whether a link to `target` sources the sentence it is attached to; an `anchor` that
        asks the reader to act ("Sign up for our newsletter") makes it none on a host that
        is not an evidence host."""
        address = normalise(target)
        if any(_glob(p).fullmatch(address) or _path_match(p, address) for p in self.allow):
            return True
        if any(_glob(p).fullmatch(address) or _path_match(p, address) for p in self.deny):
            return False
        if anchor and _asks_to_act(anchor):
            return _host_in(urlsplit(target.strip()).netloc.lower(), _EVIDENCE_HOSTS)
        return default_counts(target)


DEFAULT_POLICY = SourcePolicy()


@cache
def _action_re() -> re.Pattern[str]:
    # The verb, not the noun it shares a spelling with: a noun takes "of" or heads a label
    # before a colon ("Order of Nurses report", "Register of skin disease", "Book: Stroke
    # Medicine"), which names a source; an imperative does not (review27s).
    return re.compile(
        rf"\W*(?:{alternation(default_lexicon().get('page.link_actions'))})(?![\w-])"
        r"(?!\s*:|\s+of(?![\w-]))",
        re.I,
    )


def _asks_to_act(anchor: str) -> bool:
    """Whether a link's anchor opens with a call to act (page.yaml `link_actions`)."""
    return _action_re().match(anchor) is not None


def normalise(target: str) -> str:
    """ "host/path" (no scheme, "www." or query), or "/path" for a site-relative link."""
    parts = urlsplit(target.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path or ("/" if host else "")
    if host:
        return host + (path if path.startswith("/") else "/" + path)
    return path if path.startswith("/") else "/" + path


def default_counts(target: str) -> bool:
    """The default answer (see the module docstring) for a link's target."""
    target = target.strip()
    if not target or target.lower() in ("undefined", "null", "none", "#"):
        return False
    if target.startswith("#"):
        return bool(_REFERENCE_ANCHOR_RE.match(target))
    parts = urlsplit(target)
    if parts.scheme.lower() in _NOT_WEB_SCHEMES:
        return False
    host = parts.netloc.lower().removeprefix("www.")
    if _host_in(host, _EVIDENCE_HOSTS):
        return True
    if _SHARE_RE.search(target) or _host_in(host, _REFERENCE_WORK_HOSTS):
        return False
    if _SHOP_HOST_RE.search(host) or _BOOKING_HOST_RE.search(host):
        return False
    segments = [s.lower() for s in parts.path.split("/") if s]
    if any(_BOOKING_SEGMENT_RE.fullmatch(_FILE_SUFFIX_RE.sub("", s)) for s in segments):
        return False
    if _host_in(host, _PICTURE_HOSTS) or _front_page(parts.path, parts.query, parts.fragment):
        return False
    if _host_in(host, _SOCIAL_HOSTS) and len(segments) <= 2:
        return False  # a profile, channel or page of a social network, not a post
    # "/products/x", "/tag/x", "/shop": a shop or archive folder, or the page itself.
    folders = segments[:-1] if len(segments) > 1 else segments
    if any(s in _SHOP_SEGMENTS or s in _ARCHIVE_SEGMENTS for s in folders):
        return False
    # Cut at separators and camelCase humps: "/Common/PopUps/popDefinition.aspx" (a glossary
    # pop-up) holds "definition".
    words = {w.lower() for s in parts.path.split("/") for w in _WORD_CUT.split(s) if w}
    return not words & _GLOSSARY_WORDS


def _front_page(path: str, query: str, fragment: str = "") -> bool:
    """Whether a path (of any host, or site-relative from its root) names only the front page:
    "", "/", "/index.html", "/home", "/en/", "/en-us/index.php"; a query makes it a page, and
    so does a fragment that is a route ("/#/reports/2019", "/#!/report/12": a single-page
    application's page, Angular's and AngularJS's hash routing)."""
    if query or (path and not path.startswith("/")) or fragment.startswith(("/", "!")):
        return False  # "index.html" relative to a folder is that folder's page
    segments = [s for s in path.split("/") if s]
    if segments and _LANGUAGE_SEGMENT.fullmatch(segments[0]):
        segments = segments[1:]
    return not segments or (len(segments) == 1 and bool(_FRONT_PAGE_FILE.fullmatch(segments[0])))


def _host_in(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def _path_match(pattern: str, address: str) -> bool:
    """A pattern that starts with "/" matches the path of any host."""
    if not pattern.startswith("/") or address.startswith("/"):
        return False
    slash = address.find("/")
    return bool(_glob(pattern).fullmatch(address[slash:] if slash >= 0 else "/"))


@cache
def _glob(pattern: str) -> re.Pattern[str]:
    """`**` crosses "/", `*` and `?` do not; matched on lower case."""
    pattern = normalise(pattern) if "://" in pattern else pattern.lower().removeprefix("www.")
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.IGNORECASE)


def check_pattern(pattern: object) -> str | None:
    """Why a `sources:` pattern is not usable, or None."""
    if not isinstance(pattern, str) or not pattern.strip():
        return "a pattern must be a non-empty string"
    if any(c.isspace() for c in pattern.strip()):
        return f"pattern {pattern!r} holds a blank (addresses have none)"
    return None
