"""Synthetic health articles for the benchmarks: varied, seeded, written by the project itself.

    python bench/corpus.py OUT_DIR [--seed 1]

Each article has a title, sections with headings, paragraphs that mix hype, vague attributions,
named journals and institutions, figures, sourced and hedged claims and plain prose, bullet
lists, links, emphasis and a reference list, so that every part of the pipeline does real work.
The same seed gives the same bytes on every machine and Python version.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

THINGS = (
    "green tea",
    "turmeric",
    "vitamin D",
    "yoga",
    "intermittent fasting",
    "fish oil",
    "acupuncture",
    "brisk walking",
    "probiotics",
    "a Mediterranean diet",
    "magnesium",
    "cold-water swimming",
    "melatonin",
    "zinc lozenges",
    "strength training",
    "mindfulness meditation",
    "dark chocolate",
    "apple cider vinegar",
)
CONDITIONS = (
    "arthritis",
    "migraine",
    "type 2 diabetes",
    "asthma",
    "depression",
    "high blood pressure",
    "eczema",
    "insomnia",
    "heart disease",
    "the common cold",
    "osteoporosis",
    "anxiety",
    "lupus",
    "Alzheimer's disease",
)
JOURNALS = (
    "The Lancet",
    "JAMA",
    "the BMJ",
    "Nature Medicine",
    "the New England Journal of Medicine",
)
INSTITUTIONS = ("Harvard", "the Mayo Clinic", "Johns Hopkins", "Oxford University", "the NIH")
OUTCOMES = ("symptoms", "flare-ups", "hospital visits", "pain scores", "relapses", "sick days")
SENTENCES = {
    "hype": (
        "{X} cures {Y}.",
        "This miracle remedy reverses {Y} in weeks.",
        "{X} is 100% effective against {Y}, with no side effects.",
        "Fans call {X} a breakthrough and a game changer for {Y}.",
        "{X} is proven to stop {Y} for good.",
        "With {X}, relief from {Y} is guaranteed.",
        "{X} is completely safe and eliminates {Y}.",
    ),
    "vague": (
        "Research shows that {X} lowers the risk of {Y}.",
        "Experts say {X} helps with {Y}.",
        "Studies have shown that {X} may ease {Y}.",
        "Doctors recommend {X} for anyone with {Y}.",
        "Scientists now agree that {X} protects against {Y}.",
        "Many studies suggest that {X} improves {Y} {O}.",
    ),
    "named": (
        "A study published in {J} found that {X} reduced {Y} {O}.",
        "According to a {YEAR} trial in {J}, {X} improved sleep in people with {Y}.",
        "Researchers at {I} report that {X} is linked to lower rates of {Y}.",
        "A team from {I} showed that {X} prevents {Y} in mice.",
        "In a paper in {J}, {X} cut {Y} {O} in half.",
    ),
    "figures": (
        "About 1 in {N} adults will develop {Y}.",
        "{X} cut the risk of {Y} by {P}%.",
        "The five-year survival rate for people with {Y} is {P}%.",
        "Around {P}% of patients stop treatment in the first year.",
        "People who tried {X} were {K} times less likely to report {Y} {O}.",
        "Roughly {P} percent of cases of {Y} go undiagnosed.",
    ),
    "sourced": (
        "A {YEAR} review of {N} trials found that {X} may modestly reduce {Y} "
        "([review](https://example.org/review-{N})).",
        "{X} was associated with fewer {Y} {O} (Smith et al., {YEAR}).",
        "In one small trial, {X} could help some people with {Y} [{N}].",
        "A cohort study linked {X} to a {P}% lower risk of {Y} "
        "([cohort](https://doi.org/10.1000/example.{N})).",
        "Observational data tie {X} to milder {Y}, though the evidence is weak[^{N}].",
    ),
    "clean": (
        "{Y} is a long-term condition that affects people differently.",
        "Talk to your doctor before changing your treatment.",
        "Many people find it helps to keep a symptom diary.",
        "The clinic is open on weekdays from nine to five.",
        "Bring a list of your medicines to each appointment.",
        "Some people with {Y} notice that symptoms change with the seasons.",
        "It is worth asking your pharmacist whether {X} interacts with your medicines.",
        "Small, steady changes tend to last longer than dramatic ones.",
        "Write down your questions before you see the specialist.",
        "Family members can also find support groups useful.",
        "Sleep, food and movement all play a part in how you feel from day to day.",
        "The nurse will explain how to take each dose and what to watch for.",
    ),
}
WEIGHTS = {"hype": 1, "vague": 2, "named": 2, "figures": 2, "sourced": 2, "clean": 9}
EMPHASIS = ("**{}**", "*{}*", "_{}_")
HEADINGS = (
    "What the evidence says",
    "Living with it",
    "Side effects",
    "How it works",
    "What to ask your doctor",
    "The bottom line",
)


def _fill(rng: random.Random, template: str, thing: str, condition: str) -> str:
    text = template.format(
        X=thing,
        Y=condition,
        O=rng.choice(OUTCOMES),
        J=rng.choice(JOURNALS),
        I=rng.choice(INSTITUTIONS),
        N=rng.randint(2, 12),
        P=rng.randint(5, 95),
        K=rng.randint(2, 5),
        YEAR=rng.randint(1998, 2024),
    )
    return text[0].upper() + text[1:]


def sentence(rng: random.Random, thing: str, condition: str) -> str:
    """One sentence of a kind drawn by weight; sometimes with a word or two emphasised."""
    kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    text = _fill(rng, rng.choice(SENTENCES[kind]), thing, condition)
    if rng.random() < 0.08:
        words = text.split(" ")
        i = rng.randrange(len(words) - 1)
        if words[i].isalpha():
            words[i] = rng.choice(EMPHASIS).format(words[i])
        text = " ".join(words)
    return text


def paragraph(rng: random.Random, thing: str, condition: str) -> str:
    return " ".join(sentence(rng, thing, condition) for _ in range(rng.randint(3, 7)))


def article(rng: random.Random, target_bytes: int = 6_000) -> str:
    """One Markdown article of about `target_bytes` (a little over: whole sections only)."""
    thing, condition = rng.choice(THINGS), rng.choice(CONDITIONS)
    parts = [f"# Can {thing} help with {condition}?\n", paragraph(rng, thing, condition) + "\n"]
    size, section = sum(len(p) for p in parts), 0
    while size < target_bytes - 400:
        section += 1
        heading = rng.choice(HEADINGS) + (f" {section}" if section >= 6 else "")
        block = [f"## {heading}\n"]
        for _ in range(rng.randint(1, 3)):
            block.append(paragraph(rng, thing, condition) + "\n")
        roll = rng.random()
        if roll < 0.35:
            block.append(
                "".join(f"- {sentence(rng, thing, condition)}\n" for _ in range(rng.randint(2, 5)))
            )
        elif roll < 0.5:
            block.append(
                "".join(
                    f"{n}. {sentence(rng, thing, condition)}\n" for n in range(1, rng.randint(3, 5))
                )
            )
        elif roll < 0.6:
            block.append(f"> {sentence(rng, thing, condition)}\n")
        elif roll < 0.7:
            block.append(
                f"See [our guide to {condition}](https://example.org/guides/{section}) "
                f"and <https://example.org/faq/{section}> for more.\n"
            )
        parts += block
        size += sum(len(p) + 1 for p in block)
    notes = rng.randint(2, 6)
    parts.append(
        "## References\n\n"
        + "".join(
            f"{n}. Example reference {n}, https://example.org/ref-{n}\n" for n in range(1, notes)
        )
    )
    parts.append("".join(f"[^{n}]: A footnote source {n}.\n" for n in range(2, 13)))
    return "\n".join(parts)


def big_file(seed: int, target_bytes: int) -> str:
    """One large Markdown file: articles one after another, each a top-level section."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        text = article(rng, 6_000)
        parts.append(text)
        size += len(text.encode("utf-8")) + 1
    return "\n".join(parts)


def build_site(folder: Path, files: int, seed: int, article_bytes: int = 6_000) -> None:
    """`files` articles in 20 section folders (a site's layout), written only when missing."""
    rng = random.Random(seed)
    for index in range(files):
        path = folder / f"section-{index % 20:02}" / f"article-{index:05}.md"
        text = article(rng, article_bytes)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def words(text: str) -> int:
    return len(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    build_site(args.out, args.files, args.seed)
    print(f"wrote {args.files} articles to {args.out}")


if __name__ == "__main__":
    main()
