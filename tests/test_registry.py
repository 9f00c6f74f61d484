"""The registry: schema validation with file:line, matching, and the three registry rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter import lint_text
from linter.cli import main
from linter.engine import Engine
from linter.registry.entries import fold, load_registry, validate_files

# A made-up registry for these tests only (identifiers use the 10.1000 test prefix).
REGISTRY = """\
- id: widget-therapy-survival
  statement: In one single-centre series of 40 patients, widget therapy gave 70% survival at 5 years.
  about:
    intervention: [widget therapy, haematopoietic widget transplant, HWT]
    condition: [glarb syndrome, GS]
    outcome: [survival, survival rate]
  figures:
    - {outcome: overall survival, value: 70, unit: percent, timeframe: 5 years}
  evidence: {level: case-series, size: 40}
  max_strength: conditional
  status: experimental
  sources:
    - {journal: Journal of Widgets, year: 2010, first_author: Doe, doi: 10.1000/widget.1}
  reviewed: 2026-01-15
- id: widget-therapy-rct
  statement: A placebo-controlled trial of widget therapy in glarb syndrome found no added effect.
  about:
    intervention: [widget therapy]
    condition: [glarb syndrome]
  evidence: {level: rct, size: 30}
  max_strength: none
  efficacy: not-shown
  sources:
    - {journal: Annals of Glarb, year: 2017, first_author: Roe, pmid: "12345678"}
  reviewed: 2026-01-15
"""


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "widgets.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def engine(registry_file: Path) -> Engine:
    return Engine(claims=[registry_file], builtin_claims=False)


def rules_of(text: str, engine: Engine) -> list[tuple[str, str | None]]:
    return [(f.rule, f.registry_id) for f in lint_text(text, "a.md", engine=engine)]


def test_fold_treats_spelling_variants_alike() -> None:
    assert fold("Haematopoietic stem-cell transplantation") == fold(
        "hematopoietic stem cell transplantation"
    )
    assert fold("randomised tumour") == fold("randomized tumor")


@pytest.mark.parametrize(
    "sentence",
    [
        "Widget therapy helps glarb syndrome.",
        "Hematopoietic widget transplants help people with glarb syndrome.",
        "HWT helps people with GS.",
        "Widget-therapy helps glarb syndrome.",
    ],
)
def test_matching_tolerates_case_spelling_plural_and_hyphens(
    registry_file: Path, sentence: str
) -> None:
    registry = load_registry([registry_file], builtin=False)
    assert "widget-therapy-survival" in {e.id for e in registry.match(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Glarb syndrome is a chronic disease.",  # condition only
        "Gadget therapy helps glarb syndrome.",  # another intervention
        "hwt helps gs.",  # abbreviations match in capitals only
    ],
)
def test_no_match_without_the_intervention(registry_file: Path, sentence: str) -> None:
    assert not load_registry([registry_file], builtin=False).match(sentence)


def test_condition_may_come_from_the_title(engine: Engine) -> None:
    text = "# Glarb syndrome\n\nWidget therapy gave a survival rate of over 95% after five years.\n"
    assert ("registry-contradiction", "widget-therapy-survival") in rules_of(text, engine)


def test_contradicted_figure(engine: Engine) -> None:
    text = "Widget therapy for glarb syndrome gave a survival rate of over 95% after five years.\n"
    findings = lint_text(text, "a.md", engine=engine)
    [finding] = [f for f in findings if f.rule == "registry-contradiction"]
    assert finding.text == "over 95%"
    assert "70%" in finding.message and "Doe et al., Journal of Widgets 2010" in finding.message


@pytest.mark.parametrize("figure", ["70%", "over 65%", "about 72%", "70 percent"])
def test_consistent_figure_is_not_contradicted(engine: Engine, figure: str) -> None:
    text = f"Widget therapy for glarb syndrome gave a survival rate of {figure} after five years.\n"
    assert "registry-contradiction" not in [r for r, _ in rules_of(text, engine)]


def test_other_timeframe_is_not_compared(engine: Engine) -> None:
    text = "Widget therapy for glarb syndrome gave a survival rate of 95% after one year.\n"
    assert "registry-contradiction" not in [r for r, _ in rules_of(text, engine)]


def test_source_mismatch_names_the_registry_source(engine: Engine) -> None:
    text = "A study in The Lancet found widget therapy gave glarb syndrome patients 70% survival after 5 years.\n"
    findings = [
        f for f in lint_text(text, "a.md", engine=engine) if f.rule == "registry-source-mismatch"
    ]
    assert len(findings) == 1
    assert "The Lancet" in findings[0].message and "Journal of Widgets" in findings[0].message


def test_unsourced_statistic_suggests_the_registry_link(engine: Engine) -> None:
    text = "Widget therapy for glarb syndrome gave 70% survival after 5 years.\n"
    [finding] = [
        f for f in lint_text(text, "a.md", engine=engine) if f.rule == "unsourced-statistic"
    ]
    assert finding.suggestion is not None
    assert (
        "[Doe et al., Journal of Widgets 2010](https://doi.org/10.1000/widget.1)"
        in finding.suggestion
    )
    assert finding.registry_id == "widget-therapy-survival"


def test_rebutting_quotation_gets_no_registry_finding(engine: Engine) -> None:
    text = "Claims that widget therapy cures glarb syndrome in 95% of patients are false.\n"
    assert not [r for r, _ in rules_of(text, engine) if r.startswith("registry-")]


BAD_FILES = {
    "bad yaml": ("- id: x\n  statement: [unclosed\n", 3, "invalid YAML"),
    "unknown key": (
        REGISTRY.replace("  status: experimental", "  stauts: experimental"),
        11,
        "unknown key 'stauts'",
    ),
    "duplicate id": (
        REGISTRY.replace("widget-therapy-rct", "widget-therapy-survival"),
        15,
        "duplicate id",
    ),
    "malformed doi": (REGISTRY.replace("10.1000/widget.1", "doi.org/widget"), 13, "malformed doi"),
    "unknown evidence level": (
        REGISTRY.replace("level: rct", "level: anecdote"),
        20,
        "evidence level",
    ),
}


@pytest.mark.parametrize(("text", "line", "message"), BAD_FILES.values(), ids=list(BAD_FILES))
def test_bad_registry_files(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = validate_files([path])
    assert problems and str(problems[0]).startswith(f"{path}:{line}: ")
    assert message in str(problems[0])
    runner = CliRunner()
    validated = runner.invoke(main, ["claims", "validate", str(path)])
    assert validated.exit_code == 2 and f"{path}:{line}: " in validated.stderr
    checked = runner.invoke(main, ["check", "--claims", str(path), str(path)])
    assert checked.exit_code == 2 and f"{path}:{line}: " in checked.stderr
    assert "Traceback" not in checked.output


def test_claims_list_and_show(registry_file: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["claims", "list", "--claims", str(registry_file)])
    assert "widget-therapy-survival" in listed.stdout
    shown = runner.invoke(
        main, ["claims", "show", "widget-therapy-rct", "--claims", str(registry_file)]
    )
    assert shown.exit_code == 0
    assert "efficacy:     not-shown" in shown.stdout
    assert "https://pubmed.ncbi.nlm.nih.gov/12345678/" in shown.stdout
    assert runner.invoke(main, ["claims", "show", "nope"]).exit_code == 2
    # a misspelt id gets a "did you mean", as a misspelt rule id does
    misspelt = runner.invoke(
        main, ["claims", "show", "widget-therapy-rtc", "--claims", str(registry_file)]
    )
    assert misspelt.exit_code == 2
    assert "(did you mean 'widget-therapy-rct'?)" in misspelt.stderr


# Issue 15: applicability, figures on the same terms, refuted links, fix safety (a made-up
# registry; the built-in one is exercised by tests/rule_cases/registry_*.yaml).
RELATIONS = """\
- id: gizmo-glarb-refuted
  statement: A meta-analysis of 12 cohorts found that gizmo drops are not associated with glarb syndrome.
  about:
    intervention: [gizmo drops, gizmo]
    condition: [glarb syndrome]
  evidence: {level: meta-analysis, size: 5000}
  max_strength: none
  relation: refuted
  sources:
    - {journal: Journal of Gizmos, year: 2015, first_author: Poe, doi: 10.1000/gizmo.1}
  reviewed: 2026-01-15
- id: zap-therapy-any-condition
  statement: An agency review found no condition for which zap therapy is reliably effective.
  about:
    intervention: [zap therapy]
    condition: [any condition]
    outcome: [works, effective]
  evidence: {level: agency-statement}
  max_strength: none
  relation: unsupported
  sources:
    - {institution: Agency of Zaps (AZ), year: 2016}
  reviewed: 2026-01-15
- id: widget-therapy-withdrawn-trial
  statement: A registered trial of widget therapy in glarb syndrome was withdrawn before enrolment.
  about:
    intervention: [widget therapy]
    condition: [glarb syndrome]
  evidence: {level: trial-registration}
  max_strength: none
  status: withdrawn
  sources:
    - {institution: Widget Institute, nct: NCT00000001}
  reviewed: 2026-01-15
"""


@pytest.fixture(scope="module")
def relations_engine(tmp_path_factory: pytest.TempPathFactory, registry_file: Path) -> Engine:
    path = tmp_path_factory.mktemp("relations") / "relations.yaml"
    path.write_text(RELATIONS, encoding="utf-8")
    return Engine(claims=[registry_file, path], builtin_claims=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gizmo drops cause glarb syndrome.", True),
        ("Gizmo drops may be linked to glarb syndrome.", True),
        ("Gizmo drops do not cause glarb syndrome.", False),
        ("The myth that gizmo drops cause glarb syndrome has been debunked.", False),
        ("Do gizmo drops cause glarb syndrome?", False),
        ("Zap therapy works.", True),
        ("Zap therapy can help with back pain.", True),
        ("Zap therapy is no more effective than placebo.", False),
        ("Zap therapy is completely safe.", False),
    ],
)
def test_refuted_and_unsupported_links(relations_engine: Engine, text: str, expected: bool) -> None:
    findings = lint_text(text + "\n", "a.md", engine=relations_engine)
    contradictions = [f for f in findings if f.rule == "registry-contradiction"]
    assert bool(contradictions) is expected, [f.message for f in findings]
    assert all(f.fix is None for f in findings)


def test_a_withdrawn_trial_is_named_but_never_inserted(relations_engine: Engine) -> None:
    text = "A trial by the Widget Institute found that widget therapy gave glarb syndrome patients 70% survival after 5 years.\n"
    findings = lint_text(text, "a.md", engine=relations_engine)
    [contradiction] = [f for f in findings if f.rule == "registry-contradiction"]
    assert "Widget Institute" in contradiction.message and "withdrawn" in contradiction.message
    assert "Doe et al., Journal of Widgets 2010" in contradiction.message  # the figure's source
    assert [f.fix for f in findings if f.fix] == []


@pytest.mark.parametrize(
    "text",
    [
        "Widget therapy for childhood glarb syndrome gave a survival rate of 99% after five years.",
        "Widget therapy for glarb syndrome gave a disease-free survival of 99% after five years.",
        "Widget therapy for glarb syndrome gave 99% survival after one year.",
        "Widget therapy for glarb syndrome and diabetes gave 99% survival after five years.",
    ],
)
def test_figures_on_other_terms_are_not_compared(engine: Engine, text: str) -> None:
    assert "registry-contradiction" not in [r for r, _ in rules_of(text + "\n", engine)]


def test_a_sourced_figure_is_held_to_the_wide_band_only(engine: Engine) -> None:
    """85% is outside the 95% interval of 70% in 40 patients, but not certainly wrong when the
    sentence links a source of its own."""
    text = "Widget therapy for glarb syndrome gave 85% survival after five years"
    assert "registry-contradiction" in [r for r, _ in rules_of(text + ".\n", engine)]
    sourced = text + " ([a study](https://example.org/s)).\n"
    assert "registry-contradiction" not in [r for r, _ in rules_of(sourced, engine)]


@pytest.mark.parametrize(
    "spelling", ["5-year", "five-year", "five years", "5 yr", "60 months", "5 years"]
)
def test_timeframes_in_any_spelling(engine: Engine, spelling: str) -> None:
    text = f"Widget therapy for glarb syndrome gave {spelling} survival of 99%.\n"
    assert "registry-contradiction" in [r for r, _ in rules_of(text, engine)]


def test_the_topic_fills_in_only_where_the_sentence_names_no_condition(engine: Engine) -> None:
    title = "# Glarb syndrome\n\n"
    own = title + "Widget therapy for asthma gave a survival rate of 99% after five years.\n"
    assert "registry-contradiction" not in [r for r, _ in rules_of(own, engine)]
    none = title + "Widget therapy gave a survival rate of 99% after five years.\n"
    assert "registry-contradiction" in [r for r, _ in rules_of(none, engine)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("  relation: refuted\n", "max_strength none"),
        ("  relation: disproven\n", "relation 'disproven' is not one of"),
    ],
)
def test_relation_is_validated(tmp_path: Path, change: str, message: str) -> None:
    text = REGISTRY.replace("  status: experimental\n", "  status: experimental\n" + change)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = validate_files([path])
    assert problems and message in str(problems[0])
