"""Whole pages written for these tests, in the voice of careful health sites and of hype sites.

Careful pages state accurate figures for many cancers, stages and populations, debunk refuted
links and report claims as claims: no registry rule may fire on them, and `--fix` inserts only
the sources that report the very figure. The hype page asserts refuted links and overstated
effects, and gives a wrong survival figure: each of those lines is flagged."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.engine import Engine

CANCER = """\
# Cancer survival rates

Overall, about 68% of people diagnosed with cancer survive at least five years.

The five-year relative survival rate for all cancers combined is 69%.

For breast cancer, the 5-year relative survival rate is 91%.

For localized breast cancer, the 5-year relative survival rate is 99%.

Women diagnosed with breast cancer at a distant stage have a 5-year relative survival rate of 31%.

The 5-year relative survival rate for lung cancer is 25%.

For non-small cell lung cancer, the five-year survival rate is 28%.

Only 7% of people with small cell lung cancer survive five years.

Prostate cancer has a five-year relative survival rate of 97%.

The five-year survival rate for prostate cancer that has spread to distant parts of the body is 34%.

Colorectal cancer: 65% of patients are alive five years after diagnosis.

Melanoma of the skin has a 5-year relative survival rate of 94%.

Pancreatic cancer has the lowest five-year survival of the common cancers, at 12%.

Children with cancer: about 85% survive 5 years or more.

The 5-year survival for people aged 65 and over with lung cancer is 20%.

In the UK, around 10% of people with lung cancer survive for 10 years or more.

Among Black women, breast cancer 5-year relative survival is 82%.

Cancer death rates have fallen by 33% since 1991.

Lung cancer accounts for about 25% of all cancer deaths.

Breast cancer is the most common cancer in women, accounting for 30% of new female cancers.

The survival rate is 5% when lung cancer is found after it has spread.

If breast cancer is found early, the five-year survival rate is 99%.

Men with prostate cancer that has not spread have a 5-year survival rate near 100%.

About 20% of lung cancers occur in people who have never smoked.

Five-year survival for lung cancer was just 12% in the 1970s.

For the most common type of skin cancer, the cure rate is over 95%.

Thanks to screening, colon cancer deaths have dropped 50% in people over 50.

Cancer survival in the US has improved: five-year relative survival rose from 49% in the mid-1970s to 68%.
"""

VACCINES = """\
# Vaccines and autism: what the science says

Many parents worry that vaccines cause autism.

The idea that the MMR vaccine causes autism came from a 1998 paper that was later retracted.

Since then, large studies involving millions of children have found no link between vaccines and autism.

Vaccines do not cause autism, and delaying them puts children at risk.

Some people still believe that thimerosal in vaccines can lead to autism, but thimerosal was removed from childhood vaccines in 2001.

A Danish study of more than 650,000 children found the MMR vaccine did not increase the risk of autism.

Vaccines protect children from serious diseases such as measles, and autism rates have risen for other reasons.

Signs of autism often appear around the same age that children receive the MMR vaccine, which is why some parents see a connection.

Is there a link between vaccines and autism?

Vaccination rates have fallen in some areas because of fears about autism.

According to the CDC, vaccines are safe and effective.

The MMR vaccine is 97% effective at preventing measles after two doses.

Autism spectrum disorder affects about 1 in 36 children in the United States.

Measles can cause brain swelling, deafness and death.

Research has shown that vaccines are not associated with autism or autism spectrum disorder.
"""

HOMEOPATHY = """\
# Does homeopathy work?

Homeopathy is based on the idea that "like cures like".

Homeopathic remedies are diluted so much that often no molecules of the original substance remain.

In 2015, Australia's NHMRC reviewed the evidence and found no reliable evidence that homeopathy is effective for any health condition.

Some people say homeopathy helps them feel better, but this may be a placebo effect.

Homeopathic products are not approved by the FDA for safety or effectiveness.

Homeopathy should never replace vaccines or proven treatments.

If homeopathy worked, it would overturn much of what we know about chemistry.

Many people use homeopathy for colds and allergies.

Homeopathic remedies are generally safe because they are so diluted.

Supporters claim that homeopathy can cure chronic diseases.
"""

MISC = """\
# Everyday health claims

Vitamin C does not prevent colds in most people, but regular supplements may make them slightly shorter.

Taking vitamin C every day can shorten a cold by about 8% in adults.

In children, regular vitamin C shortened colds by around 14%.

Marathon runners who took vitamin C had about half as many colds.

Antibiotics do not work against colds, which are caused by viruses.

Cold water swimming is popular, and vitamin C is an antioxidant.

Intermittent fasting can help some people lose weight.

A 2020 trial found that 16:8 time-restricted eating did not lead to more weight loss than eating three meals a day.

Intermittent fasting is no better than ordinary calorie restriction for weight loss.

Statins lower LDL cholesterol and reduce the risk of heart attack and stroke.

Each 1 mmol/L reduction in LDL cholesterol on a statin cuts major vascular events by about 20%.

Daily sunscreen use may lower the risk of melanoma.

The VITAL trial found that vitamin D supplements did not lower the risk of cancer or heart disease.

Fish oil supplements did not reduce heart attacks or strokes in the VITAL trial.

Turmeric has been used in cooking for centuries.

Some studies suggest curcumin may help with inflammation, but the evidence is limited.

HPV vaccination before age 17 was linked to an 88% lower rate of invasive cervical cancer in a Swedish study.

The CDC recommends HPV vaccination at age 11 or 12.

Smoking causes about 80% to 90% of lung cancer deaths.

People who smoke are 15 to 30 times more likely to get lung cancer.
"""

LUPUS = """\
# Stem cell transplants for lupus

Lupus is a chronic autoimmune disease that affects about 1.5 million Americans.

In a series of 50 patients with severe lupus, five-year overall survival after autologous HSCT was 84%.

About half of these patients were free of active disease five years after HSCT.

Treatment-related deaths occurred in 2% of patients.

Mesenchymal stem cells are being tested in clinical trials, but no stem cell therapy is approved for lupus by the FDA.

A randomised trial in lupus nephritis found no added benefit from umbilical cord MSCs.

HSCT can be dangerous, and infections are common after the procedure.

Stem cell therapy may help some people with severe lupus who have not responded to other treatments.

Clinics that sell stem cell treatments for lupus outside clinical trials are not FDA-approved.

Around 90% of people with lupus are women.

Survival for people with lupus has improved: more than 90% now live at least 10 years after diagnosis.

Lupus nephritis affects up to 60% of adults with lupus.
"""

HYPE = """\
# The truth they don't tell you

Vaccines are the real cause of the autism epidemic.

The MMR jab triggers autism in vulnerable children.

Thimerosal in flu shots can cause autism.

Homeopathy cured my son's eczema in a week.

Homeopathic arnica heals bruises faster than any cream.

Homeopathy is effective for anxiety, insomnia and migraines.

Vitamin C prevents colds.

Taking vitamin C daily will stop you catching colds.

Vitamin D prevents cancer.

Fish oil prevents heart attacks.

Curcumin cures arthritis.

Intermittent fasting burns more fat than dieting.

HSCT cures lupus in 95% of patients.

The five-year survival rate for lung cancer is now over 60%.

Stem cell therapy has a 99% success rate for lupus after five years.

Sunscreen is proven to halve melanoma risk.
"""

CAREFUL = {
    "cancer": CANCER,
    "vaccines": VACCINES,
    "homeopathy": HOMEOPATHY,
    "misc": MISC,
    "lupus": LUPUS,
}
# The only links --fix may insert on the careful pages: each source reports that very figure.
INSERTED = {
    "cancer": ["Prostate cancer has a five-year relative survival rate of 97%", "cdc.gov/cancer"],
    "misc": ["an 88% lower rate of invasive cervical cancer", "10.1056/NEJMoa1917338"],
}


@pytest.mark.parametrize("name", list(CAREFUL))
def test_careful_pages_get_no_registry_finding(name: str, engine: Engine) -> None:
    findings = lint_text(CAREFUL[name] + "\n", f"{name}.md", engine=engine)
    assert [f.message for f in findings if f.rule.startswith("registry-")] == []
    fixes = [f for f in findings if f.fix is not None]
    if name in INSERTED:
        sentence, link = INSERTED[name]
        assert fixes and all(link in f.fix[2] for f in fixes)
        line = next(i for i, t in enumerate(CAREFUL[name].splitlines(), 1) if sentence in t)
        assert {f.line for f in fixes} == {line}
    else:
        assert fixes == []


def test_the_hype_page_is_flagged_line_by_line(engine: Engine) -> None:
    findings = lint_text(HYPE + "\n", "hype.md", engine=engine)
    flagged = {f.line for f in findings if f.rule.startswith("registry-")}
    assert flagged == {3, 5, 7, 9, 13, 15, 17, 19, 21, 23, 27, 29, 33}
    assert [f for f in findings if f.fix is not None] == []
