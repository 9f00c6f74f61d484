"""Issue 14: a causal claim that cites an entry of the page's reference list rests on the design
the entry names ("... thermal pain thresholds in rats", "a cross-sectional study"), the weak
evidence written at the foot of the page (linter/checks/causal_references.py).

The fragments are written for these tests. Near misses stay silent: an entry that names a
randomised trial or a meta-analysis, a hedged or reported claim, a claim scoped to its model,
a claim with another source, a citation the list does not resolve.
"""

from __future__ import annotations

import pytest

from linter.api import lint_text
from linter.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(select=["causal-overreach"])


def _page(claim: str, *entries: str) -> str:
    listed = "\n".join(f"- {entry}" for entry in entries)
    return (
        "# Notes on a herb\n\nHerbal remedies are popular with our readers this winter.\n\n"
        f"{claim} Ask a pharmacist before you try it.\n\n## References\n\n{listed}\n"
    )


def _messages(text: str, engine: Engine) -> list[str]:
    return [f.message for f in lint_text(text, "page.md", engine=engine)]


RAT = "Marlow, J. K., & Deane, P. (2016). Effects of a leaf extract on pain thresholds in rats. Journal of Plant Pharmacology, 12, 40-45."
MOUSE = "Okoro, B. (2020). Willow bark extract and memory in aged mice. Ageing Models, 7(2), 11-19."
CROSS = "Ruiz, A., et al. (2015). Winter daylight and low mood in a northern city: A cross-sectional study. Public Health North, 57(6), 496-504."
COHORT = "Haddad, L., & Yu, S. (2018). Green tea drinking and stroke among older adults: a prospective cohort. Stroke Epidemiology, 9, 3-12."
CELLS = "Tanaka, R. (2021). Turmeric extract slows the growth of colon cancer cells in culture. Cell Reports Today, 4, 55-60."
CASE = (
    "Brandt, E. (2012). Remission of eczema after a rice diet: a case report. Skin Cases, 2, 7-8."
)
PILOT = "Lindqvist, M. (2019). Cold showers and fatigue: a pilot study. Fatigue Notes, 5, 20-24."
RCT = "Fenwick, A. (2019). Leaf extract and pain in adults: a randomized controlled trial. Pain Research, 3, 1-9."
META = "Osei, K., & Lam, T. (2022). Leaf extract for chronic pain: a meta-analysis of randomised trials. Pain Reviews, 8, 100-112."
JOURNAL = (
    "Kaur, P. (2017). Leaf extract and pain after surgery. "
    "Journal of Clinical Epidemiology and Animal Models, 5, 1-9."
)
RCT_MARLOW = (
    "Marlow, S. (2019). Leaf extract and pain in adults: a randomised trial. Pain Trials, 3, 1-9."
)
WHY = "Amadi, C. (2021). Why rat studies mislead: leaf extract and pain in adults. Pain Notes, 2, 1-8."
UNLIKE = "Amadi, C. (2021). Leaf extract eases pain in adults, unlike earlier findings in rats. Pain Notes, 2, 1-8."
NOT_ENOUGH = (
    "Amadi, C. (2021). A cohort is not enough: leaf extract and pain in adults. Pain Notes, 2, 1-8."
)
PLAIN = "Marlow, J. K. (2016). Leaf extract and pain: what patients say. Herbal Digest, 12, 40-45."

FLAGGED = [
    ("The leaf extract relieves pain as well as codeine does (Marlow 2016).", RAT, "from animals"),
    ("The leaf extract relieves pain as well as codeine does (Marlow, 2016).", RAT, "from animals"),
    ("Willow bark extract improves memory in older people (Okoro 2020).", MOUSE, "from animals"),
    (
        "Short winter days cause low mood in city dwellers (Ruiz et al. 2015).",
        CROSS,
        "observational",
    ),
    (
        "Drinking green tea prevents strokes in older adults (Haddad & Yu 2018).",
        COHORT,
        "observational",
    ),
    ("Turmeric extract stops colon cancer from growing (Tanaka 2021).", CELLS, "from cells"),
    ("A rice diet cures eczema (Brandt 2012).", CASE, "preliminary"),
    ("Cold showers reduce fatigue (Lindqvist 2019).", PILOT, "preliminary"),
    ("Daily green tea lowers blood pressure (Haddad & Yu 2018).", COHORT, "observational"),
    ("In people with arthritis, the leaf extract eases pain (Marlow 2016).", RAT, "from animals"),
]


@pytest.mark.parametrize(("claim", "entry", "kind"), FLAGGED)
def test_a_claim_over_the_weak_design_its_reference_names(
    claim: str, entry: str, kind: str, engine: Engine
) -> None:
    found = _messages(_page(claim, entry, RCT if entry is not RCT else META), engine)
    assert len(found) == 1
    assert "in the reference it cites" in found[0] and kind in found[0]


SILENT = [
    # The entry names a randomised trial, a meta-analysis of trials, or no design at all.
    ("The leaf extract relieves pain in adults (Fenwick 2019).", RCT),
    ("The leaf extract relieves chronic pain (Osei & Lam 2022).", META),
    ("The leaf extract relieves pain (Marlow 2016).", PLAIN),
    # The design words are the journal's name, not the title's.
    ("The leaf extract relieves pain after surgery (Kaur 2017).", JOURNAL),
    # One of the entries it cites is a trial: the claim rests on more than the rat study.
    ("The leaf extract relieves pain (Marlow 2016; Fenwick 2019).", RAT, RCT),
    # Hedged, reported, or scoped to its own model.
    ("The leaf extract may relieve pain (Marlow 2016).", RAT),
    ("The leaf extract can help relieve pain (Marlow 2016).", RAT),
    ("Some sellers claim that the leaf extract cures pain (Marlow 2016).", RAT),
    ("In rats, the leaf extract relieves pain (Marlow 2016).", RAT),
    ("Willow bark extract improved memory in aged mice (Okoro 2020).", MOUSE),
    # No causal claim: an association, a mechanism's description, a practice maxim.
    ("Short winter days were associated with low mood (Ruiz et al. 2015).", CROSS),
    ("The more you practise scales, the better you get at them (Lindqvist 2019).", PILOT),
    # A citation the list does not resolve: another author, or the same surname with a year
    # the entry does not carry (a different work; the rat study is "Marlow 2016").
    ("The leaf extract relieves pain as well as codeine does (Marlow 2019).", RAT),
    ("The leaf extract relieves pain as well as codeine does (Marlow 2019).", RCT_MARLOW, RAT),
    ("The leaf extract relieves pain as well as codeine does (Marlow 2019).", RAT, RCT_MARLOW),
    # A title that weighs a design instead of reporting its own: a question, a negation, a
    # contrast.
    ("The leaf extract relieves pain in adults (Amadi 2021).", WHY),
    ("The leaf extract relieves pain in adults (Amadi 2021).", UNLIKE),
    ("The leaf extract relieves pain in adults (Amadi 2021).", NOT_ENOUGH),
    # A claim with a link of its own besides.
    ("Drinking green tea prevents strokes (Nakamura 2018).", COHORT),
    (
        "Drinking green tea prevents strokes ([trial](https://example.org/t)) (Haddad & Yu 2018).",
        COHORT,
    ),
]


@pytest.mark.parametrize("case", SILENT)
def test_near_misses_stay_silent(case: tuple[str, ...], engine: Engine) -> None:
    claim, *entries = case
    assert _messages(_page(claim, *entries, PILOT if PILOT not in entries else RCT), engine) == []
