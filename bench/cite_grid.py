"""Coverage of the named-source grammar by class, not by sentence: every combination of a named
source's kind, the link from that source to a finding, and the sentence's position, written
here from published classes (not read from rules/lexicon/attribution.yaml, so that a class the
lexicon lacks shows up as misses), and the near misses that must stay quiet.

    python bench/cite_grid.py [--show N] [--kind KIND]

Kinds (GUIDELINE.md's CITE: a study, trial, journal, institution or researcher named as the
basis of a finding): journals by title (NLM Catalog titles and their NLM/ISO 4 abbreviations),
universities, hospitals and institutes (Wikidata organisation types), government agencies and
their acronyms (HHS divisions, EU and UK agencies, WHO), named trials and cohorts (by name or
acronym), named researchers (titled, untitled, with an affiliation, "et al."), a body's report
or guideline, and a source used as the modifier of a study ("a 2019 study", "a Harvard
study"). Links: Hyland's (2002) research, cognition and discourse acts in past, present,
perfect and passive; "according to"; "published in"; "in a study by"; "a study from"; "data
from"; "according to" a work whose maker follows it ("new data published by", "a guideline
that was developed by", "as per the report of"); an apposition; the reporting clause after
the claim. Positions: a sentence, a heading,
a list item, mid-sentence after a clause, and
a table of studies (the source and its year in one cell, the result in another). A combination counts as found when
unsourced-citation fires on it; a near miss counts as a false alarm when it fires.
"""

from __future__ import annotations

import argparse
from collections import Counter

from common import print_found, report_near_misses, rule_fires

# kind -> sources that can be the agent of a reporting verb (singular noun phrases)
AGENTS: dict[str, tuple[str, ...]] = {
    "journal": (
        "The Lancet",
        "JAMA Internal Medicine",
        "The New England Journal of Medicine",
        "The American Journal of Clinical Nutrition",
        "The British Journal of Sports Medicine",
        "The European Heart Journal",
        "Annals of Oncology",
        "BMJ Open",
        "Circulation",
        "The Journal of the American College of Cardiology",
        "N Engl J Med",
        "Am J Clin Nutr",
        "Nutrients",
        "Frontiers in Psychology",
    ),
    "institution": (
        "Harvard University",
        "The Mayo Clinic",
        "The Karolinska Institute",
        "Massachusetts General Hospital",
        "The University of Oxford",
        "Cleveland Clinic",
        "Imperial College London",
        "The Salk Institute",
        "King's College London",
        "Kaiser Permanente",
        "McGill University",
        "The Fred Hutchinson Cancer Center",
    ),
    "agency": (
        "The CDC",
        "The NIH",
        "The FDA",
        "The EFSA",
        "NICE",
        "The WHO",
        "The European Medicines Agency",
        "The National Cancer Institute",
        "Health Canada",
        "The USPSTF",
        "The American Heart Association",
        "The NHS",
        "Public Health England",
        "The World Cancer Research Fund",
    ),
    "trial": (
        "The Nurses' Health Study",
        "The PREDIMED trial",
        "The Framingham Heart Study",
        "The Women's Health Initiative",
        "The SPRINT trial",
        "The UK Biobank study",
        "The EPIC study",
        "The Look AHEAD trial",
        "The VITAL trial",
        "The Whitehall II study",
        "The DIRECT trial",
        "The Adventist Health Study",
    ),
    "researcher": (
        "Dr. Jane Smith",
        "Professor Tim Spector",
        "Dr. Walter Willett of Harvard",
        "Jane Smith, a cardiologist at Stanford,",
        "Lead author Dr. Maria Lopez",
        "Smith et al.",
        "Dr. Lopez and her colleagues",
        "Prof. Ahmed Khan",
        "Researchers at Yale",
        "Scientists at the University of Leeds",
        "A team at Johns Hopkins",
    ),
    "report": (
        "The WHO's 2021 report",
        "The CDC's guidelines",
        "A report by the American Cancer Society",
        "The Dietary Guidelines for Americans",
        "NICE guidance",
        "The AHA's scientific statement",
        "An FDA review",
        "The EFSA opinion",
        "A Cochrane review",
    ),
    "modifier": (
        "A 2019 study",
        "A Harvard study",
        "A Mayo Clinic study",
        "A 2021 Cochrane review",
        "An NIH-funded trial",
        "A Stanford study",
        "A 2018 meta-analysis",
        "A CDC report",
        "A 2020 survey",
        "A Danish registry study from 2017",
    ),
}
PLURAL_AGENTS = {"The CDC's guidelines", "Dr. Lopez and her colleagues", "Researchers at Yale",
                 "Scientists at the University of Leeds", "Smith et al."}  # fmt: skip
# kinds a study can be "published in", "by", or "from"
PUBLISHED_IN = ("journal",)
STUDY_BY = ("institution", "agency", "researcher_bare")
CLAIM = "walking cuts the risk of stroke by a third"
CLAIM_S = "Walking cuts the risk of stroke by a third"
RESEARCHERS_BARE = ("Dr. Jane Smith", "Professor Tim Spector", "Smith et al.", "Prof. Ahmed Khan")


def lower_first(text: str) -> str:
    head, _, rest = text.partition(" ")
    if head in {"The", "A", "An", "Lead", "Researchers", "Scientists"}:
        return head.lower() + " " + rest
    return text


def agent_frames(agent: str) -> dict[str, str]:
    plural = agent in PLURAL_AGENTS
    a = agent
    low = lower_first(agent)
    frames = {
        "found": f"{a} found that {CLAIM}.",
        "shows": f"{a} {'show' if plural else 'shows'} that {CLAIM}.",
        "has shown": f"{a} {'have' if plural else 'has'} shown that {CLAIM}.",
        "concluded": f"{a} concluded that {CLAIM}.",
        "suggests": f"{a} {'suggest' if plural else 'suggests'} that {CLAIM}.",
        "reported": f"{a} reported that {CLAIM}.",
        "passive": f"Walking was shown by {low.rstrip(',')} to cut the risk of stroke by a third.",
        "according to": f"According to {low.rstrip(',')}, {CLAIM}.",
        "after clause": f"{CLAIM_S}, {low.rstrip(',')} reported.",
        "inverted": f"{CLAIM_S}, {'report' if plural else 'reports'} {low.rstrip(',')}.",
    }
    return frames


def link_frames(kind: str, source: str) -> dict[str, str]:
    low = lower_first(source).rstrip(",")
    frames: dict[str, str] = {}
    if kind == "journal":
        frames["published in"] = f"A study published in {low} found that {CLAIM}."
        frames["in journal"] = f"In a trial reported in {low}, {CLAIM}."
        frames["apposition"] = f"A new study, published in {low}, found that {CLAIM}."
    if kind in ("institution", "agency"):
        frames["study by"] = f"In a study by {low}, {CLAIM}."
        frames["study from"] = f"A study from {low} found that {CLAIM}."
        frames["data from"] = f"Data from {low} show that {CLAIM}."
        frames["researchers at"] = f"Researchers at {low} found that {CLAIM}."
        # The connective's object is a work whose maker follows it (a participle of
        # authorship, a passive relative, "of" after a body's output).
        frames["according to work by"] = f"According to new data published by {low}, {CLAIM}."
        frames["according to work, relative"] = (
            f"According to a draft guideline that was developed by {low}, {CLAIM}."
        )
        frames["per the report of"] = f"As per the latest report of {low}, {CLAIM}."
    if kind == "trial":
        frames["in trial"] = f"In {low}, {CLAIM}."
        frames["data from"] = f"Data from {low} show that {CLAIM}."
    return frames


POSITIONS = ("sentence", "heading", "list item", "mid-sentence")
TABLE_HEAD = "| Study | Length | Result |\n|---|---|---|\n"


def place(text: str, position: str) -> str:
    if position == "sentence":
        return text
    if position == "heading":
        return "## " + text.rstrip(".")
    if position == "list item":
        return "- " + text
    return "Walking is free, and " + lower_first(text)


# Near misses: a source that is given, names that are no source of a finding, opinion.
NEAR_MISSES = (
    "A study published in [The Lancet](https://doi.org/10.1000/xyz) found that walking cuts "
    "the risk of stroke by a third.",
    "A 2019 study found that walking cuts the risk of stroke by a third [1].",
    "A 2019 study found that walking cuts the risk of stroke by a third (doi:10.1000/xyz).",
    "Walking cuts the risk of stroke by a third (Smith et al., 2019).\n\n## References\n\n"
    "Smith J, Lee K. Walking and stroke. Stroke. 2019;50:1-9.",
    "Dr. Jane Smith, a nurse at the Mayo Clinic, runs a walking group on Sundays.",
    "She had her hip replaced at Massachusetts General Hospital in 2019.",
    "The FDA approved the drug in 2019.",
    "The European Medicines Agency approved semaglutide for weight loss in 2022.",
    '"Walking is a great habit," said Dr. Jane Smith of Stanford.',
    '"I tell my patients to walk every day," says Professor Tim Spector.',
    "Harvard University is in Cambridge, Massachusetts.",
    "The CDC has a web page about flu vaccines.",
    "The Nurses' Health Study began in 1976.",
    "The PREDIMED trial enrolled 7,447 people in Spain.",
    "Researchers at Yale studied 300 people who walked daily.",
    "The Lancet is a weekly medical journal.",
    "The WHO was founded in 1948.",
    "Ask your doctor at the Cleveland Clinic whether walking is right for you.",
    "The NHS offers free walking groups in many towns.",
    "Dr. Jane Smith is a cardiologist at Stanford.",
    "According to a study of Finns, walking cuts the risk of stroke by a third.",
    "According to data from Sweden, walking cuts the risk of stroke by a third.",
    "According to a new analysis by Canadian researchers, walking cuts the risk of stroke.",
    "Take 1 mg per day in a trial run by Pfizer.",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    parser.add_argument("--kind", help="only this kind of source")
    args = parser.parse_args()
    fires = rule_fires("unsourced-citation")

    cases: list[tuple[str, str, str, str]] = []  # kind, link, position, text
    for kind, sources in AGENTS.items():
        if args.kind and kind != args.kind:
            continue
        for source in sources:
            frames = agent_frames(source) | link_frames(kind, source)
            for link, text in frames.items():
                for position in POSITIONS:
                    cases.append((kind, link, position, place(text, position)))
        # A table of studies: the source in one cell, its year, the result in another.
        for source in sources:
            row = f"| {source.rstrip(',')} (2019) | 12 months | Walkers had a third fewer strokes |"
            cases.append((kind, "table cell", "table row", TABLE_HEAD + row))
    misses = [case for case in cases if not fires(case[3])]
    for axis, index in (("kind", 0), ("link", 1), ("position", 2)):
        total = Counter(case[index] for case in cases)
        print_found(axis, total, Counter(case[index] for case in misses), indent="  ")
    print(f"{'all':<14}{len(cases) - len(misses):>7}{len(cases):>6}")
    for case in misses[: args.show]:
        print(f"  miss [{case[0]}/{case[1]}/{case[2]}]:", case[3].splitlines()[-1])
    report_near_misses(NEAR_MISSES, fires)


if __name__ == "__main__":
    main()
