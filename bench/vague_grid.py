"""Coverage of the vague grammar by class, not by sentence: every combination of an unnamed
subject, a reporting verb and a tense, written here from the published classes (not read from
rules/lexicon/attribution.yaml, so that a class the lexicon lacks shows up as misses), and the
near misses that must stay quiet.

    python bench/vague_grid.py [--show N]

Subjects: MOS:WEASEL's unnamed sources (quantified studies, evidence, experts, bodies) with
the quantifiers of Quirk et al. (1985, §5.23-5.26) and the evidence adjectives of GRADE and
the CoNLL-2010 cues. Verbs: Hyland's (2002) research, cognition and discourse acts. Tenses:
present, past, perfect, progressive, a hedging modal, and the verb inverted after the clause
("..., say experts"). A combination counts as found when vague-attribution or
unsourced-citation fires on it; a near miss counts as a false alarm when either fires.
"""

from __future__ import annotations

import argparse
from collections import Counter

from common import print_found, report_near_misses, rule_fires

SINGULAR = (
    "One study", "A new study", "A recent review", "A large trial", "A meta-analysis",
    "A Swedish study", "Another study", "A survey", "A team of scientists", "An expert panel",
    "A growing body of evidence", "Research", "Evidence", "Recent research", "Emerging evidence",
    "Clinical evidence", "The latest research", "The available evidence", "A leading university",
    "Much research", "A pilot study", "An animal study", "One expert",
)  # fmt: skip
PLURAL = (
    "Studies", "Many studies", "Several studies", "Numerous clinical trials", "Animal studies",
    "Observational studies", "Experts", "Many experts", "Some doctors", "Most scientists",
    "Researchers", "Health experts", "Nutritionists", "Health authorities",
    "Medical organizations", "Surveys", "Statistics", "The data", "New findings",
    "Early results", "Dozens of studies", "Over 50 studies", "Clinicians", "Two studies",
)  # fmt: skip
# Hyland (2002): research acts (find ... document), cognition acts (believe ... agree),
# discourse acts (suggest ... warn); each as 3rd singular, base, past, participle, -ing.
VERBS = {
    "find": ("finds", "find", "found", "found", "finding"),
    "show": ("shows", "show", "showed", "shown", "showing"),
    "demonstrate": ("demonstrates", "demonstrate", "demonstrated", "demonstrated", "demonstrating"),
    "reveal": ("reveals", "reveal", "revealed", "revealed", "revealing"),
    "confirm": ("confirms", "confirm", "confirmed", "confirmed", "confirming"),
    "indicate": ("indicates", "indicate", "indicated", "indicated", "indicating"),
    "discover": ("discovers", "discover", "discovered", "discovered", "discovering"),
    "believe": ("believes", "believe", "believed", "believed", "believing"),
    "suspect": ("suspects", "suspect", "suspected", "suspected", "suspecting"),
    "agree": ("agrees", "agree", "agreed", "agreed", "agreeing"),
    "suggest": ("suggests", "suggest", "suggested", "suggested", "suggesting"),
    "claim": ("claims", "claim", "claimed", "claimed", "claiming"),
    "say": ("says", "say", "said", "said", "saying"),
    "note": ("notes", "note", "noted", "noted", "noting"),
    "argue": ("argues", "argue", "argued", "argued", "arguing"),
    "warn": ("warns", "warn", "warned", "warned", "warning"),
    "underline": ("underlines", "underline", "underlined", "underlined", "underlining"),
}
TENSES = ("present", "past", "perfect", "progressive", "modal", "inverted")
CLAUSE = "that green tea lowers blood pressure"
# Near misses: named sources, the writer's own view, other senses of the words, definitions,
# absent evidence, people doing a task, a compound noun.
NEAR_MISSES = (
    "I believe green tea lowers blood pressure.",
    "We think green tea tastes better cold.",
    "The studies are on the second floor.",
    "Research the best price before you buy green tea.",
    "A study is a piece of research that answers a question.",
    "A research project on tea won the school prize.",
    "No study has shown that green tea lowers blood pressure.",
    "Researchers confirming each diagnosis used blood tests.",
    "The nurses will tell you about the drugs used during your treatment.",
    "Green tea is cheap, say shoppers.",
    "Patients can take part in clinical trials at most cancer centres.",
    "She has a long career in research.",
    "The results were revealed to the press on Monday.",
    "The hospital recommends that you stop eating at midnight.",
    "Your doctor may recommend green tea.",
    "Future studies will show whether green tea helps.",
)


def sentence(subject: str, forms: tuple[str, ...], tense: str) -> str:
    third, base, past, participle, ing = forms
    singular = subject in SINGULAR
    if tense == "inverted":
        verb = third if singular else base
        return f"Green tea lowers blood pressure, {verb} {subject[0].lower()}{subject[1:]}."
    verb = {
        "present": third if singular else base,
        "past": past,
        "perfect": ("has " if singular else "have ") + participle,
        "progressive": ("is " if singular else "are ") + ing,
        "modal": "may " + base,
    }[tense]
    return f"{subject} {verb} {CLAUSE}."


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    args = parser.parse_args()
    fires = rule_fires("vague-attribution", "unsourced-citation")

    misses: list[tuple[str, str, str]] = []
    total = Counter[str]()
    for verb, forms in VERBS.items():
        for subject in SINGULAR + PLURAL:
            for tense in TENSES:
                text = sentence(subject, forms, tense)
                total[tense] += 1
                if not fires(text):
                    misses.append((verb, tense, text))
    print_found("tense", total, Counter(tense for _, tense, _ in misses))
    found = sum(total.values()) - len(misses)
    print(f"{'all':<12}{found:>7}{sum(total.values()):>6}")
    print("misses by verb:", dict(Counter(verb for verb, _, _ in misses).most_common()))
    for _, _, text in misses[: args.show]:
        print("  miss:", text)
    report_near_misses(NEAR_MISSES, fires)


if __name__ == "__main__":
    main()
