"""Coverage of the statistic grammar by class, not by sentence: every combination of a figure's
form, a measure and a subject, written here from published classes (not read from
rules/lexicon/figures.yaml, so that a class the lexicon lacks shows up as misses), and the
near misses of GUIDELINE.md's Not list that must stay quiet.

    python bench/stat_grid.py [--show N] [--family NAME]

Forms: the CLDR English spell-out of cardinals, simple fractions and percentages ("40%",
"forty percent", "per cent"), "1 in N", "N out of M", ranges and the approximators of Quirk
et al. (1985, §7.56: about, nearly, over, more than, up to). Measures: the outcome domains of
COMET's taxonomy (Dodd et al. 2018) as verbs and nouns of prevalence, risk, incidence,
survival and mortality, and change (CONSORT 17a, SAMPL effect sizes). Subjects: people,
patients, adults, children, women, cases and deaths, a population. A combination counts as found
when unsourced-statistic fires on it; a near miss counts as a false alarm when it fires.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

from common import print_found, report_near_misses, rule_fires

# Shares of a population: a figure that reads "<form> of <subject>".
SHARE_FORMS = (
    "40%", "40 percent", "40 per cent", "forty percent", "Two-thirds", "A third", "Half",
    "One in five", "1 in 5", "3 out of 10", "Three out of ten", "20-30%", "About 40%",
    "Nearly half", "Over a third", "More than one in four", "Up to 15%", "A quarter",
    "Seven in 10",
    # recallS (session 24): a vulgar fraction (Unicode Number Forms), U+2044 FRACTION SLASH, an
    # ordinal suffix (CLDR digits-ordinal), "per-cent" and a no-break space before "%".
    "½", "About ¾", "1⁄3", "Nearly 2/3rds", "40 per-cent", "About 40\u00a0%",
)  # fmt: skip
SHARE_SUBJECTS = (
    "adults", "patients", "children", "women", "people with diabetes", "older adults",
    "smokers", "cases", "Americans", "teenagers",
)  # fmt: skip
SHARE_MEASURES = (
    "have high blood pressure", "live with chronic pain", "are affected by migraine",
    "develop dementia", "die within a year", "survive five years", "experience side effects",
    "relapse after treatment", "are overweight", "will get cancer in their lifetime",
    "were hospitalized", "recovered fully",
)  # fmt: skip
# Changes of a risk or rate: "<subject> <verb> <measure> by <amount>".
CHANGE_AMOUNTS = (
    "30%", "30 percent", "thirty percent", "a third", "half", "about 30%", "up to 30%",
    "20-30%", "nearly a quarter", "more than 40 per cent", "two-thirds",
)  # fmt: skip
CHANGE_VERBS = ("cut", "reduced", "lowered", "increased", "raised", "boosted")
CHANGE_MEASURES = (
    "the risk of stroke", "deaths from heart disease", "the odds of relapse",
    "hospital admissions", "the rate of infection", "mortality", "the chance of dying",
)  # fmt: skip
CHANGE_SUBJECTS = ("The drug", "Daily walking", "Screening", "The vaccine")
# Multiples and ratios of risk: "<subject> are <multiple> likely to <outcome>".
MULTIPLES = (
    "twice as", "three times as", "three times more", "2.5 times more", "50% more",
    "four times less", "half as", "10 times more", "a third less", "30% less",
)  # fmt: skip
MULTIPLE_SUBJECTS = ("Smokers", "Women", "People with diabetes", "Children of smokers")
MULTIPLE_OUTCOMES = ("to develop lung cancer", "to die of a heart attack", "to be hospitalized")
MULTIPLIED = (
    "The risk of stroke doubled", "Deaths from overdose have tripled",
    "The rate of obesity has doubled since 1980", "The drug halved the risk of relapse",
    "Screening cut deaths in half", "Smoking triples the risk of blindness",
    "Obesity doubles the odds of diabetes", "Smokers have a threefold risk of stroke",
    "Smokers have a 3-fold higher risk of stroke", "Women are affected three times as often as men",
    "Lupus affects women nine times more often than men",
    "The ratio of women to men with lupus is 9:1", "Migraine is three times more common in women",
    "The odds of relapse rose fivefold", "The drug tripled survival",
    "The treatment halved pain scores",
    # recallS (session 24): a multiple after a verb of change and "by" (Quirk et al. 1985, 6.64).
    "Deaths from overdose went up by more than three times",
    "The drug cut relapse rates by a factor of three",
    "People with gout are 2½ times as likely to have a heart attack",
)  # fmt: skip
# Counts of people or events with an outcome: "<count> <subject> <outcome>".
COUNTS = (
    "5 million", "five million", "2,300", "4.2 million", "About 50,000", "More than 600,000",
    "Nearly 1 million", "Roughly 30,000", "Two hundred", "Over 1.5 million",
    # recallS (session 24): a mixed number; thousands grouped by a narrow no-break space (CLDR).
    "About 1½ million", "Some 944\u202f000",
)  # fmt: skip
COUNT_SUBJECTS = ("people", "Americans", "adults", "children", "patients", "women")
COUNT_OUTCOMES = (
    "have epilepsy", "live with dementia", "died of the flu last year",
    "are diagnosed with lung cancer each year", "were hospitalized with asthma",
    "suffer from migraines", "develop sepsis every year", "are living with HIV",
)  # fmt: skip
COUNT_EVENTS = (
    "Heart disease causes {n} deaths a year.", "There are {n} new cases of lupus each year.",
    "Diabetes affects {n} people in the UK.", "The flu killed {n} people last winter.",
    "Falls lead to {n} hospital admissions every year.",
    "Measles claimed {n} lives in 2019.",
)  # fmt: skip
# A definite count made definite by a restrictive relative clause of an outcome, not by an
# earlier mention (Huddleston & Pullum 2002, 12.3): "the 6 million people who live with".
RELATIVE_FRAMES = (
    "The new drug matters to the {n} {s} who {o}.", "Screening could help the {n} {s} who {o}.",
    "Care is stretched for the {n} {s} in the UK who {o}.",
)  # fmt: skip
# A measured change named by its noun (change nouns of the SAMPL effect sizes): "saw drops in
# blood pressure of 4 mmHg".
NOMINAL_CHANGES = (
    "Walkers saw drops in blood pressure of 4 mmHg.", "The diet group had a weight loss of 5 kg.",
    "The trial found a reduction in LDL cholesterol of 10 mg/dL.",
    "Runners showed a gain in bone density of 2 points.",
    "Patients had an average weight loss of 3 kg.",
    "Those who ate nuts saw falls in systolic pressure of 5 mm Hg.",
    "Swimmers saw drops in systolic (the top number) and diastolic pressure of 5 and 3 mmHg.",
)  # fmt: skip
# A population's yearly count in the clause of a disease or procedure, whatever its verb: an
# incidence (Porta 2014).
INCIDENCE = (
    "Each year, 50,000 people get Lyme disease.", "Every year 300,000 Americans catch the disease.",
    "Some 40,000 women a year undergo a hysterectomy.",
    "About 20,000 children a year develop the condition.",
)  # fmt: skip
# Rates, survival and mortality; outcomes measured as amounts or counts per arm.
RATES = (
    "The five-year survival rate is 84%.", "Mortality was 12% in the first year.",
    "The incidence is 12 per 100,000 people.", "The death rate fell to 5 per 1,000 births.",
    "Survival at five years is about 60 percent.", "The relapse rate was one in three.",
    "The recurrence rate is roughly a third.", "Median survival was 14 months.",
    "The infection rate dropped from 8% to 3%.", "The cure rate is nearly 90 per cent.",
    "Prevalence of asthma is 8 percent among children.", "The mortality rate is about half.",
    "Case fatality was around one in ten.", "Stroke kills one person every four minutes.",
)  # fmt: skip
OUTCOMES = (
    "Patients lost 5 pounds on average.", "Participants lost an average of 2 kg.",
    "There was one relapse in the drug group versus 39 with placebo.",
    "The drug group had 3 relapses compared with 12 in the placebo group.",
    "Blood pressure fell by an average of 10 points.",
    "Patients on the diet lost twice as much weight.", "Pain scores dropped to about half.",
    "Patients who walked left hospital two days sooner.",
    "Symptoms cleared in 14 of 20 patients.", "Only 2 of the 30 participants had side effects.",
    "The treatment worked in two-thirds of patients.",
    "Relapses fell from 40 to 12 after the change.",
    "12 of 100 people who took the drug had a heart attack.",
    "The drug arm saw 2 strokes compared with 11 on placebo.",
)  # fmt: skip
# GUIDELINE.md's Not list and the false alarms of the past: doses, schedules, eligibility ages,
# grades and stages, a confidence interval, sample sizes, prices, years, durations, product
# quantities, recipe amounts, list numbering, and a figure that carries its source.
NEAR_MISSES = (
    "Take 500 mg twice a day with food.", "Adults over 50 should be screened every two years.",
    "The cream contains 2% hydrocortisone.", "Use a 0.9% saline rinse three times a day.",
    "Grade 3 or 4 side effects need a doctor's review.", "Stage 2 cancer has spread locally.",
    "The 95% confidence interval was wide.", "A study of 2,000 people ran for ten years.",
    "The trial enrolled 500 adults aged 40 to 70.", "The test costs $40 and is 20% off today.",
    "In 2019, the clinic moved to a new building.", "Symptoms last 3 to 5 days.",
    "Each bottle holds 60 capsules.", "Mix 2 cups of flour with half a cup of sugar.",
    "Step 3: rinse twice as long as you think.", "The bar is 90% protein.",
    "Eat 25% of your calories at breakfast.", "Children aged 6 to 12 need 10 hours of sleep.",
    "Walk for 30 minutes five days a week.", "The survey had 12 questions.",
    "About 40% of adults have high blood pressure (CDC, 2020).",
    "About 40% of adults have high blood pressure [1].",
    "She lost 12 pounds in two months.", "Our 3 tips for better sleep are below.",
    "The clinic has 2 locations and 40 staff.", "Type 2 diabetes is common.",
    "Drink eight glasses of water a day.", "Save 15% on your first order.",
    "The formula is 3x stronger.", "Our vitamin D is 100% vegan.",
    "Page 2 of 5", "Rated 4.5 out of 5 by 1,200 customers.",
    "Aim for a weight loss of 1 kg a week.",
    "A small deficit is needed for a steady weight loss of 0.5 kg weekly.", "A gain of 2 kg in pregnancy is normal.",
    "You should expect a drop in blood pressure of 5 mmHg.",
    "The 5,000 people who took part were followed for ten years.",
    "The 40,000 people who attended the festival had fun.",
    "The 12 patients in the trial were given a second course.",
    "Your heart rate is half of what it was.",
    "Two cancers versus five other diseases were studied.", "The new recipe halves the sugar.", "Every year 2 million tourists visit the park.", "Each year 3 million people travel abroad.",
    # recallS (session 24): vulgar fractions of a measure, multiples of a frequency or a price.
    "Add ½ teaspoon of salt.", "Rest for ½ an hour.", "Take ¼ of a tablet twice a day.",
    "Prices rose by three times last year.", "Increase your walks by three times a week.",
)  # fmt: skip


def cases() -> Iterator[tuple[str, str, str]]:
    """(family, form, sentence) for every combination."""
    for form in SHARE_FORMS:
        for subject in SHARE_SUBJECTS:
            for measure in SHARE_MEASURES:
                yield "share", form, f"{form} of {subject} {measure}."
    for amount in CHANGE_AMOUNTS:
        for subject in CHANGE_SUBJECTS:
            for verb in CHANGE_VERBS:
                for measure in CHANGE_MEASURES:
                    yield "change", amount, f"{subject} {verb} {measure} by {amount}."
    for multiple in MULTIPLES:
        for subject in MULTIPLE_SUBJECTS:
            for outcome in MULTIPLE_OUTCOMES:
                yield "multiple", multiple, f"{subject} are {multiple} likely {outcome}."
    for text in MULTIPLIED:
        yield "multiplied", text.split()[-1], text + "."
    for count in COUNTS:
        for subject in COUNT_SUBJECTS:
            for outcome in COUNT_OUTCOMES:
                yield "count", count, f"{count} {subject} {outcome}."
        for template in COUNT_EVENTS:
            yield "event", count, template.format(n=count.lower())
    for frame in RELATIVE_FRAMES:
        for count in COUNTS[:6]:
            for outcome in COUNT_OUTCOMES[:4]:
                text = frame.format(n=count.lower(), s="people", o=outcome)
                yield "relative", count, text
    for text in INCIDENCE:
        yield "incidence", "", text
    for text in NOMINAL_CHANGES:
        yield "nominal", "", text
    for text in RATES:
        yield "rate", "", text
    for text in OUTCOMES:
        yield "outcome", "", text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    parser.add_argument("--family", default="", help="print misses of this family only")
    args = parser.parse_args()
    fires = rule_fires("unsourced-statistic")

    total = Counter[str]()
    missed: list[tuple[str, str, str]] = []
    for family, form, text in cases():
        total[family] += 1
        if not fires(text):
            missed.append((family, form, text))
    print_found("family", total, Counter(family for family, _, _ in missed))
    print(f"{'all':<12}{sum(total.values()) - len(missed):>7}{sum(total.values()):>6}")
    forms = Counter(f"{family}:{form}" for family, form, _ in missed if form)
    print("misses by form:", dict(forms.most_common(25)))
    shown = [m for m in missed if not args.family or m[0] == args.family]
    for _, _, text in shown[: args.show]:
        print("  miss:", text)
    report_near_misses(NEAR_MISSES, fires)


if __name__ == "__main__":
    main()
