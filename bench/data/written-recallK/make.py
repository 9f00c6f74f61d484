"""Write the recallK articles (one a file) and their gold.jsonl into this folder."""

import json
import pathlib

C = ["CAUSAL"]
# (slug, front matter description or None, paragraphs: list of list of (sentence, labels)); a
# paragraph whose only sentence starts with '# ' is a heading.
A = []


def art(slug, paras, desc=None, title=None):
    A.append((slug, desc, title, paras))


# --- 1. same paragraph: the weak evidence is named two or more sentences from the claim
art(
    "same-cohort-before",
    [
        [
            ("Researchers followed 30,000 nurses for twenty years.", []),
            ("They recorded how much tea each woman drank.", []),
            ("Those who drank three cups a day had fewer heart attacks.", []),
            ("Tea protects the heart.", C),
        ]
    ],
)
art(
    "same-mice-before",
    [
        [
            ("In a study of mice, the animals received beetroot juice every day.", []),
            ("After six weeks they climbed ropes for longer.", []),
            ("Beetroot juice boosts endurance.", C),
        ]
    ],
)
art(
    "same-survey-after",
    [
        [
            ("Owning a cat lowers blood pressure.", C),
            ("The finding is based on a survey of 2,000 pet owners.", []),
            ("Cat owners also reported sleeping better.", []),
        ]
    ],
)
art(
    "same-cells-after",
    [
        [
            ("Oregano oil kills the flu virus.", C),
            ("Researchers tested the oil on infected cells in culture dishes.", []),
            ("The virus stopped copying itself within a day.", []),
        ]
    ],
)
art(
    "same-case-control",
    [
        [
            ("A case-control study compared 500 people with bowel cancer with 500 without it.", []),
            ("Those without cancer had eaten more garlic.", []),
            ("Garlic prevents bowel cancer.", C),
        ]
    ],
)
art(
    "same-rats-three-back",
    [
        [
            ("Scientists fed rats a diet rich in blueberries.", []),
            ("The rats were then tested in a water maze.", []),
            ("They found the platform faster than rats on a normal diet.", []),
            ("Blueberries improve memory.", C),
        ]
    ],
)
art(
    "same-registry",
    [
        [
            ("Danish researchers studied health records of 80,000 adults.", []),
            ("Adults who used saunas often had fewer strokes.", []),
            ("Sauna bathing prevents strokes.", C),
        ]
    ],
)
art(
    "same-cross-sectional",
    [
        [
            ("In a cross-sectional study, children who played outdoors had better eyesight.", []),
            ("Playing outdoors prevents short sight.", C),
        ]
    ],
)
art(
    "same-test-tube",
    [
        [
            ("Manuka honey destroys the bacteria behind stomach ulcers.", C),
            (
                "This was shown in test tubes, where the honey stopped the bacteria from growing.",
                [],
            ),
        ]
    ],
)
art(
    "same-observational-after",
    [
        [
            ("Eating fish cuts the risk of depression.", C),
            ("The link comes from observational studies of people in Norway and Japan.", []),
            ("Fish is also a source of protein.", []),
        ]
    ],
)

# --- 2. another paragraph: the evidence is in the paragraph before or after the claim
art(
    "para-cohort-before",
    [
        [
            ("A cohort study tracked 12,000 older adults for eight years.", []),
            ("Those who walked every day had fewer hip fractures.", []),
        ],
        [("Walking strengthens your bones.", C)],
    ],
)
art(
    "para-mice-after",
    [
        [("Green tea extract melts belly fat.", C)],
        [("In the study, obese mice given the extract gained less weight than other mice.", [])],
    ],
)
art(
    "para-cells-before",
    [
        [("In laboratory tests, turmeric slowed the growth of breast cancer cells.", [])],
        [("Turmeric fights breast cancer.", C)],
    ],
)
art(
    "para-survey-before",
    [
        [
            ("A survey asked 5,000 adults how often they meditated and how well they slept.", []),
            ("Those who meditated slept longer.", []),
        ],
        [("Meditation cures insomnia.", C)],
    ],
)
art(
    "para-rats-after",
    [
        [("Cinnamon lowers blood sugar.", C)],
        [("The evidence comes from rats with diabetes that were fed cinnamon for a month.", [])],
    ],
)
art(
    "para-retrospective-after",
    [
        [("Statins prevent liver cancer.", C)],
        [
            (
                "A retrospective cohort study of 20,000 patients with hepatitis found fewer liver cancers among statin users.",
                [],
            )
        ],
    ],
)
art(
    "para-monkeys-before",
    [
        [
            ("Researchers gave monkeys a low-calorie diet for twenty years.", []),
            ("The monkeys on the diet lived longer.", []),
        ],
        [("Eating less extends life.", C)],
    ],
)
art(
    "para-observational-after",
    [
        [("Olive oil prevents dementia.", C)],
        [("The claim rests on observational studies of people in southern Europe.", [])],
    ],
)
art(
    "para-yeast-before",
    [
        [
            ("Researchers treated yeast cells with the compound.", []),
            ("The cells lived twice as long.", []),
        ],
        [("The compound slows ageing.", C)],
    ],
)
art(
    "para-ecological-after",
    [
        [("Red wine protects against heart disease.", C)],
        [("Countries that drink more wine have lower rates of heart disease.", [])],
    ],
)

# --- 3. headings: a heading states the cause; its section describes weak evidence
art(
    "heading-cohort",
    [
        [("# Coffee Prevents Liver Cancer", C)],
        [
            ("A cohort study followed 50,000 Japanese adults for ten years.", []),
            ("Those who drank the most coffee had the fewest liver tumours.", []),
        ],
    ],
)
art(
    "heading-mice",
    [
        [("# Resveratrol Reverses Ageing", C)],
        [("Old mice given resveratrol ran faster and lived longer.", [])],
    ],
)
art(
    "heading-cells",
    [
        [("# Broccoli Fights Prostate Cancer", C)],
        [("In the lab, a compound from broccoli stopped prostate cancer cells from dividing.", [])],
    ],
)
art(
    "heading-survey",
    [
        [("## Yoga Eases Back Pain", C)],
        [("In a survey of 1,200 yoga teachers, most said their back pain had improved.", [])],
    ],
)
art(
    "heading-effect-only",
    [
        [("# Removing the Appendix Lowers Parkinson's Risk", C)],
        [
            (
                "People who had had an appendectomy were less likely to develop Parkinson's disease, a large retrospective cohort study showed.",
                [],
            )
        ],
    ],
)
art(
    "heading-rats",
    [
        [("## Ginger Protects the Stomach", C)],
        [("Rats given ginger before aspirin had fewer stomach ulcers.", [])],
    ],
)
art(
    "heading-case-control",
    [
        [("# Aspirin Stops Melanoma", C)],
        [
            (
                "A case-control study found that people with melanoma had taken aspirin less often.",
                [],
            )
        ],
    ],
)
art(
    "heading-zebrafish",
    [
        [("# Fish Oil Repairs the Heart", C)],
        [("Zebrafish given fish oil regrew heart muscle after an injury.", [])],
    ],
)
art(
    "heading-observational",
    [
        [("# Nuts Lengthen Your Life", C)],
        [("In observational studies, people who ate a handful of nuts a day lived longer.", [])],
    ],
)
art(
    "heading-petri",
    [
        [("## Garlic Destroys Superbugs", C)],
        [("In petri dishes, garlic extract killed drug-resistant bacteria.", [])],
    ],
)

# --- 4. front-matter description: the page's summary states the cause, the body the evidence
art(
    "front-cells",
    [
        [("# Vitamin C and cancer", [])],
        [("Vitamin C is found in oranges and peppers.", [])],
        [("In laboratory studies, high doses of vitamin C killed tumour cells.", [])],
    ],
    desc="High-dose vitamin C shrinks tumours.",
    title="Vitamin C and cancer",
)
art(
    "front-mice",
    [
        [("# Saffron and memory", [])],
        [("Saffron is a spice made from crocus flowers.", [])],
        [("Mice given saffron found their way through mazes faster.", [])],
    ],
    desc="Saffron sharpens memory.",
    title="Saffron and memory",
)
art(
    "front-cohort",
    [
        [("# Sleep and weight", [])],
        [
            ("A cohort study followed 8,000 adults for five years.", []),
            ("Those who slept less than six hours gained more weight.", []),
        ],
    ],
    desc="Short sleep causes weight gain.",
    title="Sleep and weight",
)
art(
    "front-survey",
    [
        [("# Gardening and mood", [])],
        [
            ("A survey of 4,000 gardeners asked about their mood.", []),
            ("Most said gardening made them happier.", []),
        ],
    ],
    desc="Gardening cures depression.",
    title="Gardening and mood",
)
art(
    "front-rats",
    [
        [("# Chamomile and anxiety", [])],
        [("Chamomile tea has been drunk for centuries.", [])],
        [("Rats given chamomile extract spent more time in open spaces.", [])],
    ],
    desc="Chamomile relieves anxiety.",
    title="Chamomile and anxiety",
)
art(
    "front-observational",
    [
        [("# Dark chocolate and the heart", [])],
        [("In observational studies, people who ate dark chocolate had fewer strokes.", [])],
    ],
    desc="Dark chocolate prevents strokes.",
    title="Dark chocolate and the heart",
)
art(
    "front-in-vitro",
    [
        [("# Elderberry and flu", [])],
        [("Elderberry syrup is sold in most pharmacies.", [])],
        [("In vitro, elderberry extract blocked flu viruses from entering cells.", [])],
    ],
    desc="Elderberry stops the flu.",
    title="Elderberry and flu",
)
art(
    "front-case-control",
    [
        [("# Vitamin D and multiple sclerosis", [])],
        [
            (
                "A case-control study compared the blood of people with and without multiple sclerosis.",
                [],
            ),
            ("Those with the disease had less vitamin D.", []),
        ],
    ],
    desc="Vitamin D prevents multiple sclerosis.",
    title="Vitamin D and multiple sclerosis",
)
art(
    "front-pigs",
    [
        [("# Probiotics and the gut", [])],
        [("Piglets fed probiotics had fewer gut infections.", [])],
    ],
    desc="Probiotics heal the gut.",
    title="Probiotics and the gut",
)
art(
    "front-registry",
    [
        [("# Marathons and the heart", [])],
        [
            ("Researchers studied the records of 3,000 marathon runners.", []),
            ("The runners had fewer heart attacks than other adults.", []),
        ],
    ],
    desc="Running marathons protects the heart.",
    title="Marathons and the heart",
)

# --- 5. near misses: must stay silent
art(
    "near-rct",
    [
        [
            ("In a randomised controlled trial, 400 adults took zinc or a placebo.", []),
            ("Those on zinc had shorter colds.", []),
            ("Zinc shortens colds.", []),
        ]
    ],
)
art(
    "near-meta-analysis",
    [
        [
            ("A meta-analysis of 30 randomised trials pooled data on 10,000 patients.", []),
            ("Exercise reduces depression symptoms.", []),
        ]
    ],
)
art(
    "near-rct-heading",
    [
        [("# Aspirin Prevents Second Heart Attacks", [])],
        [
            (
                "Large randomised trials gave aspirin or a placebo to people who had had a heart attack.",
                [],
            )
        ],
    ],
)
art(
    "near-rct-front",
    [
        [("# Statins and the heart", [])],
        [
            (
                "Randomised controlled trials in over 100,000 people compared statins with placebo.",
                [],
            )
        ],
    ],
    desc="Statins prevent heart attacks.",
    title="Statins and the heart",
)
art(
    "near-linked",
    [
        [
            ("A cohort study followed 20,000 adults for ten years.", []),
            ("Eating nuts is linked to a longer life.", []),
        ]
    ],
)
art(
    "near-linked-heading",
    [
        [("# Coffee Linked to Lower Liver Cancer Risk", [])],
        [("A cohort study followed 50,000 adults for ten years.", [])],
    ],
)
art(
    "near-established",
    [
        [
            ("Smoking causes lung cancer.", []),
            ("Vaccines prevent measles.", []),
            ("Insulin lowers blood sugar.", []),
        ]
    ],
)
art(
    "near-established-front",
    [
        [("# Handwashing", [])],
        [("Soap removes germs from your hands.", []), ("Wash them for twenty seconds.", [])],
    ],
    desc="Washing your hands prevents infections.",
    title="Handwashing",
)
art(
    "near-design",
    [
        [
            ("The cohort study followed 9,000 teenagers.", []),
            ("Its design allows researchers to see which habits came first.", []),
        ]
    ],
)
art(
    "near-hedged-front",
    [[("# Turmeric and joints", [])], [("Turmeric has been tested mainly in mice.", [])]],
    desc="Turmeric may ease joint pain.",
    title="Turmeric and joints",
)
art(
    "near-mice-scoped",
    [[("In mice, the drug reversed hair loss.", []), ("Trials in people have not started.", [])]],
)
art(
    "near-other-topic",
    [
        [("A cohort study followed 10,000 miners for thirty years.", [])],
        [("Vaccines prevent tetanus.", [])],
    ],
)

out = pathlib.Path(__file__).resolve().parent
gold = []
for n, (slug, desc, title, paras) in enumerate(A, 1):
    name = f"{n:02d}-{slug}.md"
    lines = []
    if desc:
        lines += ["---", f'title: "{title}"', f'description: "{desc}"', "---", ""]
    body = []
    for p in paras:
        body.append(" ".join(s for s, _ in p))
    (out / name).write_text("\n".join(lines) + "\n\n".join(body) + "\n", encoding="utf-8")
    k = 0
    if desc:
        # the description is a unit of its own; the front-matter title repeats the heading
        gold.append(
            {"file": name, "n": k, "text": desc, "labels": C if slug.startswith("front") else []}
        )
        k += 1
    for p in paras:
        for s, lab in p:
            text = s[2:].lstrip("# ") if s.startswith("#") else s
            gold.append({"file": name, "n": k, "text": text.lstrip("# "), "labels": lab})
            k += 1
(out / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
print(len(A), "articles", sum(1 for g in gold if g["labels"]), "CAUSAL units")
