"""Write the causalW articles (one a file) and their gold.jsonl into this folder."""

import json
import pathlib

C = ["CAUSAL"]
# (slug, front matter description or None, title, paragraphs: list of list of (sentence,
# labels)); a paragraph whose only sentence starts with '# ' or '## ' is a heading.
A = []
FILLER = [
    [("## Key points", [])],
    [("Talk to your doctor before changing your diet.", [])],
    [("## Background", [])],
    [
        ("Millions of people live with this condition.", []),
        ("It often goes unnoticed for years.", []),
        ("Symptoms differ from one person to the next.", []),
    ],
    [("## The study", [])],
]


def art(slug, paras, desc=None, title=None, label=None):
    A.append((slug, desc, title, paras, label))


def summary(slug, desc, finding, title="Health news"):
    """A description over a body whose study is sections further on."""
    art(slug, [[(f"# {title}", [])], *FILLER, finding], desc=desc, title=title, label=C)


# --- 1. a description over the association its body's study reports sections later
summary(
    "summary-association",
    "Green tea lowers blood pressure",
    [
        ("The study followed 8,000 adults for ten years.", []),
        ("The researchers found that green tea was associated with lower blood pressure.", []),
    ],
)
summary(
    "summary-cohort",
    "Walking prevents knee pain.",
    [("A cohort study of 4,000 adults found that walking was associated with less knee pain.", [])],
)
summary(
    "summary-mice",
    "Saffron reverses memory loss.",
    [("A study in mice found that saffron was linked to less memory loss in old animals.", [])],
)
summary(
    "summary-researchers",
    "Ginger tea prevents colds.",
    [("Researchers found that drinking ginger tea was associated with fewer colds.", [])],
)
summary(
    "summary-case-control",
    "Sunlight protects against multiple sclerosis.",
    [
        (
            "A case-control study showed that time in sunlight was associated with less multiple sclerosis.",
            [],
        )
    ],
)
summary(
    "summary-analysis",
    "Gardening improves mood.",
    [("The analysis found that gardening was linked to better mood.", [])],
)
summary(
    "summary-correlated",
    "Cinnamon lowers blood sugar.",
    [("The scientists reported that cinnamon intake was correlated with lower blood sugar.", [])],
)
summary(
    "summary-observational",
    "Nuts cut the risk of heart disease.",
    [
        (
            "Researchers reported that eating nuts was associated with a lower risk of heart disease in an observational study.",
            [],
        )
    ],
)
summary(
    "summary-tied",
    "Reading prevents dementia.",
    [("The study found that reading every day was tied to less dementia.", [])],
)
summary(
    "summary-records",
    "Aspirin prevents bowel cancer.",
    [
        (
            "An analysis of health records showed that aspirin use was associated with less bowel cancer.",
            [],
        )
    ],
)


def headline(slug, title, lead, label=C):
    """A news digest: a title line over its lead, between other items."""
    art(
        slug,
        [
            [("Morning Briefing: health news from around the web", [])],
            [(title, label)],
            lead,
            [("Local clinics extend their opening hours over the holidays.", [])],
        ],
    )


# --- 2. a headline over its lead's weak study
headline(
    "headline-cohort",
    "Daily Post: Removing The Appendix Lowers Parkinson's Risk",
    [
        (
            "People who had an appendectomy were less likely to develop Parkinson's disease, a large cohort study found.",
            [],
        )
    ],
)
headline(
    "headline-mice",
    "Science Today: Fasting Reverses Hair Loss",
    [("Hair grew back faster in mice kept on a fasting diet, researchers reported.", [])],
)
headline(
    "headline-cells",
    "Health Wire: Broccoli Compound Destroys Breast Cancer",
    [("Sulforaphane killed breast cancer cells in laboratory tests, a new study showed.", [])],
)
headline(
    "headline-registry",
    "Med News: Hearing Aids Prevent Dementia",
    [
        (
            "Older adults who wore hearing aids had fewer dementia diagnoses in a national registry study.",
            [],
        )
    ],
)
headline(
    "headline-survey",
    "The Herald: Dog Ownership Reduces Loneliness",
    [("Dog owners reported less loneliness than other adults in a survey of 5,000 people.", [])],
)
headline(
    "headline-case-control",
    "Clinic Times: Breastfeeding Prevents Childhood Leukaemia",
    [
        (
            "A case-control study found that children with leukaemia had been breastfed for shorter periods.",
            [],
        )
    ],
)
headline(
    "headline-retrospective",
    "Health Daily: Statins Cut Liver Cancer Risk",
    [
        (
            "Patients taking cholesterol drugs had 40% lower liver cancer risk, a retrospective study of records showed.",
            [],
        )
    ],
)
headline(
    "headline-zebrafish",
    "Lab Notes: Turmeric Heals Spinal Injuries",
    [
        (
            "Zebrafish treated with curcumin recovered from spinal injuries faster, scientists said.",
            [],
        )
    ],
)
headline(
    "headline-observational",
    "Pulse: Coffee Lowers Gout Risk",
    [
        (
            "Men who drank four cups of coffee a day had a lower gout risk in an observational study.",
            [],
        )
    ],
)
headline(
    "headline-heading",
    "## Night Shifts Cause Breast Cancer",
    [
        (
            "Nurses who worked night shifts had more breast cancer in a cohort study of 70,000 women.",
            [],
        )
    ],
)

# --- 3. near misses of the description: must stay silent
summary_near = [
    (
        "near-summary-rct",
        "Green tea lowers blood pressure",
        [
            (
                "In a randomised controlled trial, green tea was associated with lower blood pressure than placebo.",
                [],
            )
        ],
    ),
    (
        "near-summary-hedged",
        "Green tea may lower blood pressure",
        [("The researchers found that green tea was associated with lower blood pressure.", [])],
    ),
    (
        "near-summary-no-evidence",
        "Magnesium prevents migraines.",
        [("Magnesium is found in spinach, nuts and beans.", [])],
    ),
    (
        "near-summary-question",
        "Does walking prevent knee pain?",
        [
            (
                "A cohort study of 4,000 adults found that those who walked daily had less knee pain.",
                [],
            )
        ],
    ),
    (
        "near-summary-own-wording",
        "Smoking causes lung cancer.",
        [("Smoking is strongly linked to lung cancer.", [])],
    ),
    (
        "near-summary-other-effect",
        "Statins lower cholesterol.",
        [("The researchers found that statin use was associated with fewer strokes.", [])],
    ),
    (
        "near-summary-other-cause",
        "Exercise lifts mood.",
        [("A survey found that sleep was linked to better mood.", [])],
    ),
    (
        "near-summary-meta-analysis",
        "Vitamin D prevents fractures.",
        [
            (
                "A meta-analysis of randomised trials found that vitamin D was associated with fewer fractures.",
                [],
            )
        ],
    ),
    (
        "near-summary-aim",
        "This study asks whether coffee reduces dementia risk.",
        [("The researchers found that coffee was associated with less dementia.", [])],
    ),
    (
        "near-summary-physics",
        "Friction slows the wheel.",
        [
            (
                "Engineers found that friction was associated with a slower wheel in a survey of cyclists.",
                [],
            )
        ],
    ),
    (
        "near-summary-topic",
        "The impact of diet on acne.",
        [("A cohort study found that teenagers who ate more sugar had more acne.", [])],
    ),
    (
        "near-summary-trial-arms",
        "Probiotics ease eczema.",
        [
            (
                "Children were randomly assigned to probiotics or placebo, and those on probiotics had less eczema.",
                [],
            )
        ],
    ),
]
for slug, desc, finding in summary_near:
    art(slug, [[("# Health news", [])], *FILLER, finding], desc=desc, title="Health news")

# --- 4. near misses of the headline: must stay silent
headline_near = [
    (
        "near-headline-rct",
        "Daily Post: Removing The Appendix Lowers Parkinson's Risk",
        [
            (
                "In a randomised trial, people who had an appendectomy were less likely to develop Parkinson's disease.",
                [],
            )
        ],
    ),
    (
        "near-headline-hedged",
        "Daily Post: Removing The Appendix May Lower Parkinson's Risk",
        [
            (
                "People who had an appendectomy were less likely to develop Parkinson's disease, a large cohort study found.",
                [],
            )
        ],
    ),
    (
        "near-headline-question",
        "Daily Post: Does Removing The Appendix Lower Parkinson's Risk?",
        [
            (
                "People who had an appendectomy were less likely to develop Parkinson's disease, a large cohort study found.",
                [],
            )
        ],
    ),
    (
        "near-headline-linked",
        "Daily Post: Appendix Removal Linked To Lower Parkinson's Risk",
        [
            (
                "People who had an appendectomy were less likely to develop Parkinson's disease, a large cohort study found.",
                [],
            )
        ],
    ),
    (
        "near-headline-other-effect",
        "Health Daily: Statins Cut Liver Cancer Risk",
        [
            (
                "Patients taking cholesterol drugs had fewer strokes, a retrospective study of records showed.",
                [],
            )
        ],
    ),
    (
        "near-headline-no-study",
        "Health Daily: Vaccines Prevent Measles",
        [("Two doses of the vaccine are offered to every child before school.", [])],
    ),
    (
        "near-headline-mice-scoped",
        "Science Today: Fasting Reverses Hair Loss In Mice",
        [("Hair grew back faster in mice kept on a fasting diet, researchers reported.", [])],
    ),
    (
        "near-headline-sentence",
        "Removing the appendix lowers Parkinson's risk, surgeons say.",
        [("Surgeons at the clinic perform the operation every week.", [])],
    ),
    (
        "near-headline-meta",
        "Med News: Exercise Eases Depression",
        [
            (
                "A meta-analysis of 40 randomised trials found that people with depression improved with exercise.",
                [],
            )
        ],
    ),
    (
        "near-headline-physics",
        "Tech Wire: Magnets Reduce Friction In Trains",
        [("Trains fitted with the magnets had less friction in a survey of rail operators.", [])],
    ),
    ("near-headline-heading-next", "Pulse: Coffee Lowers Gout Risk", [("## Other news", [])]),
    (
        "near-headline-trial-arms",
        "Pulse: Probiotics Ease Eczema",
        [
            (
                "Children randomly assigned to probiotics had less eczema than those given placebo.",
                [],
            )
        ],
    ),
]
for slug, title, lead in headline_near:
    headline(slug, title, lead, label=[])

out = pathlib.Path(__file__).resolve().parent
gold = []
for n, (slug, desc, title, paras, label) in enumerate(A, 1):
    name = f"{n:02d}-{slug}.md"
    lines = []
    if desc:
        lines += ["---", f'title: "{title}"', f'description: "{desc}"', "---", ""]
    body = [" ".join(s for s, _ in p) for p in paras]
    (out / name).write_text("\n".join(lines) + "\n\n".join(body) + "\n", encoding="utf-8")
    k = 0
    if desc:
        # the description is a unit of its own (the title is no sentence of the body)
        gold.append({"file": name, "n": k, "text": desc, "labels": label or []})
        k += 1
    for p in paras:
        for s, lab in p:
            gold.append({"file": name, "n": k, "text": s.lstrip("# "), "labels": lab})
            k += 1
(out / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
print(len(A), "articles", sum(1 for g in gold if g["labels"]), "CAUSAL units")
