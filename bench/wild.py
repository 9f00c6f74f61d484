"""Trust on real websites: precision and misses of healthlint on the four wild corpora.

    python bench/wild.py                    precision, causes, misses over the judged samples
    python bench/wild.py --todo [--limit N] sampled findings with no verdict, with context
    python bench/wild.py --todo-sentences   sampled sentences with no labels, with findings
    python bench/wild.py --judge FILE       merge a JSONL of verdicts or sentence labels
    add --reuse to read the findings of the last run (bench/out/wild-findings.json) instead
    of running healthlint again (one minute); the report says which commit they came from.

A --judge file has one JSON object a line, naming its item by the `id` that --todo prints:
    {"id": "488f37b12f", "verdict": "useful", "link_stripped": true}
    {"id": "10d1151510", "verdict": "false-alarm", "cause": "reference-entry", "note": "..."}
    {"id": "6295a26c44", "labels": [], "not_prose": true}      (a sentence; labels: CITE ...)
A later record for the same item replaces the earlier one. Conventions: judgements/README.md.

Corpora: healthline, mskcc-patient-ed, va-health and vpa-supplement-blog under
../shared/data/wild (not windows/; see bench/windows.py). Every Markdown file of a corpus is
passed to `healthlint check --format json --no-cache --fail-on never` by name: the directory
walk skipped folders that start with '_' before issue 13, and all of mskcc-patient-ed sits in
`_posts/`; naming the files keeps the runs comparable.

Words are rough prose words (bench/wildtext.py): runs of letters or digits outside YAML front
matter, fenced code, HTML comments and tags, link targets, reference definitions and bare URLs.
Page furniture (menus, teasers, metadata lines) is counted: it is what the tool reads.

Findings sample (fixed seed, stable under code changes): each finding gets a priority, the
SHA-1 of the seed and its key, and each stratum keeps its lowest priorities, so a finding that
is still produced keeps its place and its verdict. Strata: one per rule, up to 40 pooled over the
corpora, topped up round-robin to 200 in all when some rule has fewer than 40; registry rules
(`registry-*`) are sampled apart: all of them, or 100 if there are more.

A finding's key: corpus, path, rule, hash of the flagged text, hash of its sentence (the
sentence of the source line that holds the finding's start, cut by wildtext.split_sentences),
and occ, its rank among findings with the same key in output order. `line` is for display.
bench/judgements/wild-findings.jsonl holds keys, verdicts and causes, never the text.

Verdicts follow ../shared/data/articles/GUIDELINE.md: "useful" when an editor would want the
finding (a real unsourced citation, vague attribution, unsourced health statistic, hype or
causal overreach, a correct registry finding), else "false-alarm" with one cause from CAUSES.
`link_stripped: true` marks a sentence that plainly had an inline link that the healthline
scraper lost (glued anchor text); precision is also reported with those left out.
`wrong_label: "CITE"` marks a useful finding whose sentence the GUIDELINE labels differently
from the rule (a study named by its year flagged as a vague attribution). `note` holds the
judge's reasons in the judge's own words: --judge refuses a note that repeats page text.

Misses: 300 sentence units (75 a corpus, fixed seed) drawn independently of healthlint by
wildtext.units_of, labelled once by hand with the GUIDELINE labels (or not prose) in
bench/judgements/wild-sentences.jsonl. For any version of healthlint: the miss rate (among
judged prose units with no finding, the share that carries a label) and recall per label (a
unit counts as found for a label when a finding of a rule mapped to it starts inside the unit).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from common import REPO, run_json, shared_data
from wildtext import (
    Unit,
    count_words,
    line_starts,
    offset_of,
    read_source,
    sentence_around,
    short_hash,
    units_of,
)

CORPORA = ("healthline", "mskcc-patient-ed", "va-health", "vpa-supplement-blog")
SEED = "healthlint-wild-2026"
PER_RULE = 40
MIN_SAMPLE = 200
REGISTRY_MAX = 100
UNITS_PER_CORPUS = 75
JUDGEMENTS = REPO / "bench" / "judgements"
FINDINGS_FILE = JUDGEMENTS / "wild-findings.jsonl"
SENTENCES_FILE = JUDGEMENTS / "wild-sentences.jsonl"
LAST_RUN = REPO / "bench" / "out" / "wild-findings.json"

# Same mapping as bench/articles.py: rules that do not map (registry-contradiction,
# registry-source-mismatch) still count as "a finding" for the miss rate.
LABELS = {
    "unsourced-citation": "CITE",
    "vague-attribution": "VAGUE",
    "unsourced-statistic": "STAT",
    "overstatement": "OVER",
    "causal-overreach": "CAUSAL",
    "registry-overstated": "CAUSAL",
}
LABEL_ORDER = ("CITE", "VAGUE", "STAT", "OVER", "CAUSAL")

# Why a finding is a false alarm: one code each, the first that applies in this order.
CAUSES = {
    # Not prose at all.
    "furniture": "page furniture: menu, teaser, promo, metadata line (SEO description, excerpt, "
    "tags, healthline Description), form label, phone or address block",
    "reference-entry": "an entry of a reference or further-reading list",
    "disclaimer": "a disclaimer or legal notice repeated on many pages",
    "byline": "byline, author bio, reviewer or date line",
    "markup-leak": "the flagged text is markup, an attribute, a URL or a link target, not prose",
    # The sentence has a source, or needs none under the GUIDELINE.
    "sourced": "the sentence carries a source (link to evidence, marker, author-year, DOI) "
    "that healthlint missed",
    "lead-in-source": "sourced by the list lead-in or parent item it reports from (GUIDELINE)",
    "own-data": "the publisher's own service facts or eligibility rules (counts of its offices, "
    "disability rating levels, its programmes), not a health claim needing a source",
    # unsourced-statistic: the number is not a health statistic.
    "ci-level": "the 95% of a confidence interval or a p-value",
    "dose": "a dose, amount, concentration or nutrient content",
    "schedule": "a schedule, duration, timing, age or temperature threshold in an instruction "
    "or description",
    "grade": "a grade, stage, scale level, rating level or clinical cut-off (an ejection "
    "fraction or blood value that triggers a treatment)",
    "price": "a price, discount or other money figure",
    "sample-size": "a study's sample size or design figure",
    "restatement": "an arithmetic restatement of a figure given just before, no new claim",
    "not-a-statistic": "another number that is not a health statistic (date, count of "
    "items, list number, anatomy count, version, percent of a non-health quantity)",
    # unsourced-citation and vague-attribution.
    "not-a-citation": "a named body or person that is not given as the basis of a finding "
    "(pointer to a resource, a service, a product, the author's own institution)",
    "back-reference": "'the study', 'the researchers' referring back to a study already named",
    "study-design": "describes a study's design, not a finding",
    "quoted-expert": "a named expert's opinion, not a study finding",
    "not-an-appeal": "no appeal to unnamed evidence or authority (an instruction such as 'your "
    "doctor may recommend', the author's own statement, a statement of absent evidence)",
    "debunked": "a claim the author reports in order to debunk it",
    # overstatement.
    "negated": "the hype or cause word is negated ('there is no cure', 'not proven')",
    "name-or-term": "a name or term ('breakthrough pain', 'cured meat', a product or programme "
    "name)",
    "clinical-statement": "a plain clinical statement about a standard treatment or procedure "
    "(it cures a condition, most patients have no side effects, early disease is reversible)",
    "no-claim": "the word claims no effect: it names a goal or topic ('research into potential "
    "cures', 'the search for a cure')",
    "mild-wording": "mild wording the GUIDELINE does not count as OVER ('may help', 'promising', "
    "'effective', 'ensure' in an instruction)",
    "non-health": "hype wording about something other than a health effect or safety "
    "(taste, a service, a product's convenience)",
    # causal-overreach.
    "not-causal": "not a direct causal claim (hedged, associational, or a definition)",
    "cue-not-evidence": "the words read as an evidence cue ('people who use', 'study on') "
    "describe a population or an aside, not the evidence behind the claim",
    "reports-evidence": "the sentence reports the weak evidence itself ('in a lab study, X "
    "killed bacteria'), not a claim generalised from it",
    "borrowed-evidence": "the evidence cue (animal, observational, preliminary) belongs to "
    "another claim than the flagged one",
    "evidence-strong": "the claim rests on evidence that supports it (trials, established "
    "fact), not on the weak evidence the rule assumed",
    # registry rules.
    "wrong-registry-entry": "the registry matched an entry that is not about this claim",
    "other": "anything else; say what in a note",
}
VERDICTS = ("useful", "false-alarm")
# The fields a committed record may hold: keys, verdicts and the judge's notes, never page text.
FINDING_FIELDS = {
    "corpus", "path", "rule", "text_hash", "sentence_hash", "occ", "line",
    "verdict", "cause", "link_stripped", "wrong_label", "note",
}  # fmt: skip
SENTENCE_FIELDS = {
    "corpus", "path", "text_hash", "occ", "line", "labels", "not_prose", "link_stripped", "note",
}  # fmt: skip

FindingKey = tuple[str, str, str, str, str, int]
UnitKey = tuple[str, str, str, int]


@dataclass
class Finding:
    corpus: str
    path: str
    rule: str
    line: int
    column: int
    text: str
    message: str
    sentence: str
    occ: int = 0

    @property
    def key(self) -> FindingKey:
        return (
            self.corpus,
            self.path,
            self.rule,
            short_hash(self.text),
            short_hash(self.sentence),
            self.occ,
        )


def key_id(key: tuple) -> str:
    """A short handle for a key, to type into a judgement file."""
    return hashlib.sha1("|".join(map(str, key)).encode()).hexdigest()[:10]


def priority(key: tuple) -> str:
    return hashlib.sha1(f"{SEED}|{'|'.join(map(str, key))}".encode()).hexdigest()


def corpus_root(corpus: str) -> Path:
    return shared_data() / "wild" / corpus


def corpus_files(corpus: str) -> list[str]:
    root = corpus_root(corpus)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.md") if p.is_file())


def head_commit() -> str:
    proc = subprocess.run(
        ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() or "unknown"


def run_corpora(reuse: bool) -> tuple[dict[str, list[dict]], str]:
    """Raw findings per corpus, from healthlint now or from the last run's file."""
    if reuse and LAST_RUN.exists():
        saved = json.loads(LAST_RUN.read_text(encoding="utf-8"))
        return saved["findings"], f"reused from {LAST_RUN.name} (commit {saved['commit']})"
    raw: dict[str, list[dict]] = {}
    for corpus in CORPORA:
        root = corpus_root(corpus)
        raw[corpus] = run_json(corpus_files(corpus), "--no-cache", cwd=root)
        for f in raw[corpus]:
            path = Path(f["path"])
            f["path"] = str(path.relative_to(root) if path.is_absolute() else path)
    commit = head_commit()
    LAST_RUN.parent.mkdir(exist_ok=True)
    LAST_RUN.write_text(json.dumps({"commit": commit, "findings": raw}), encoding="utf-8")
    return raw, f"healthlint run now (commit {commit})"


class Sources:
    """Decoded corpus files and their line starts, read once."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[str, list[int]]] = {}

    def get(self, corpus: str, path: str) -> tuple[str, list[int]]:
        if (corpus, path) not in self._cache:
            source = read_source(corpus_root(corpus) / path)
            self._cache[(corpus, path)] = (source, line_starts(source))
        return self._cache[(corpus, path)]


def to_findings(raw: dict[str, list[dict]], sources: Sources) -> list[Finding]:
    out: list[Finding] = []
    seen: Counter = Counter()
    for corpus in CORPORA:
        for f in raw.get(corpus, []):
            source, starts = sources.get(corpus, f["path"])
            sentence = sentence_around(source, starts, f["line"], f["column"])
            finding = Finding(
                corpus,
                f["path"],
                f["rule"],
                f["line"],
                f["column"],
                f.get("text") or "",
                f.get("message", ""),
                sentence,
            )
            base = finding.key[:5]
            finding.occ = seen[base]
            seen[base] += 1
            out.append(finding)
    return out


def quotas(counts: dict[str, int], per: int, floor: int) -> dict[str, int]:
    """Up to `per` a stratum, topped up round-robin until `floor` in all where there are."""
    take = {rule: min(per, n) for rule, n in counts.items()}
    while sum(take.values()) < min(floor, sum(counts.values())):
        for rule in sorted(counts):
            if take[rule] < counts[rule] and sum(take.values()) < floor:
                take[rule] += 1
    return take


def sample_findings(findings: list[Finding]) -> list[Finding]:
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_rule[f.rule].append(f)
    plain = {r: len(fs) for r, fs in by_rule.items() if not r.startswith("registry-")}
    registry = {r: fs for r, fs in by_rule.items() if r.startswith("registry-")}
    take = quotas(plain, PER_RULE, MIN_SAMPLE)
    chosen: list[Finding] = []
    for rule, n in take.items():
        chosen += sorted(by_rule[rule], key=lambda f: priority(f.key))[:n]
    pooled = sorted((f for fs in registry.values() for f in fs), key=lambda f: priority(f.key))
    chosen += pooled[:REGISTRY_MAX]
    return sorted(chosen, key=lambda f: (f.corpus, f.path, f.line, f.column, f.rule))


def sample_units(sources: Sources) -> list[Unit]:
    chosen: list[Unit] = []
    for corpus in CORPORA:
        units = []
        for path in corpus_files(corpus):
            units += units_of(corpus, path, sources.get(corpus, path)[0])
        chosen += sorted(units, key=lambda u: priority(u.key))[:UNITS_PER_CORPUS]
    return sorted(chosen, key=lambda u: (u.corpus, u.path, u.start))


def finding_record_key(record: dict) -> FindingKey:
    return (
        record["corpus"],
        record["path"],
        record["rule"],
        record["text_hash"],
        record["sentence_hash"],
        int(record.get("occ", 0)),
    )


def unit_record_key(record: dict) -> UnitKey:
    return (record["corpus"], record["path"], record["text_hash"], int(record.get("occ", 0)))


def load_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def context_lines(sources: Sources, corpus: str, path: str, line: int, around: int) -> str:
    source, _ = sources.get(corpus, path)
    lines = source.split("\n")
    shown = []
    for number in range(max(1, line - around), min(len(lines), line + around) + 1):
        text = lines[number - 1]
        if number != line and len(text) > 300:
            text = text[:300] + " …"
        shown.append(f"  {'>' if number == line else ' '}{number:5}| {text}")
    return "\n".join(shown)


def show_todo(
    sample: list[Finding], judged: dict[FindingKey, dict], sources: Sources, limit: int
) -> None:
    todo = [f for f in sample if f.key not in judged]
    print(f"{len(todo)} of {len(sample)} sampled findings have no verdict\n")
    for f in todo[:limit]:
        print(f"=== id {key_id(f.key)}  {f.rule}  {f.corpus}/{f.path}:{f.line}:{f.column}")
        print(f"flagged: {f.text!r}")
        print(f"message: {f.message}")
        print(f"sentence: {f.sentence}")
        print(context_lines(sources, f.corpus, f.path, f.line, 3))
        print()


def unit_findings(units: list[Unit], findings: list[Finding], sources: Sources) -> dict:
    """Unit key -> rules of the findings that start inside it."""
    by_file: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[(f.corpus, f.path)].append(f)
    out: dict[UnitKey, list[str]] = {}
    for u in units:
        _, starts = sources.get(u.corpus, u.path)
        out[u.key] = [
            f.rule
            for f in by_file[(u.corpus, u.path)]
            if u.start <= offset_of(starts, f.line, f.column) < u.end
        ]
    return out


def show_todo_sentences(
    units: list[Unit], labelled: dict[UnitKey, dict], hits: dict, sources: Sources, limit: int
) -> None:
    todo = [u for u in units if u.key not in labelled]
    print(f"{len(todo)} of {len(units)} sampled sentences have no labels\n")
    for u in todo[:limit]:
        print(f"=== id {key_id(u.key)}  {u.corpus}/{u.path}:{u.line}  findings: {hits[u.key]}")
        print(f"unit: {u.text}")
        print(context_lines(sources, u.corpus, u.path, u.line, 2))
        print()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def leaks(note: str, *texts: str) -> bool:
    """Whether a note repeats third-party text: three words in a row from it, or a flagged
    phrase of two words or more. Notes are for the judge's reasons, in the judge's words."""
    said = _words(note)
    grams = {tuple(said[i : i + 3]) for i in range(len(said) - 2)}
    for text in texts:
        words = _words(text)
        if grams & {tuple(words[i : i + 3]) for i in range(len(words) - 2)}:
            return True
        if len(words) >= 2 and " ".join(words) in " ".join(said):
            return True
    return False


def merge(path: Path, sample: list[Finding], units: list[Unit]) -> None:
    """Merge verdicts and sentence labels; a record may name its item by `id` alone."""
    finding_ids = {key_id(f.key): f for f in sample}
    by_key = {f.key: f for f in sample}
    units_by_key = {u.key: u for u in units}
    unit_ids = {key_id(u.key): u for u in units}
    findings = {finding_record_key(r): r for r in load_jsonl(FINDINGS_FILE)}
    sentences = {unit_record_key(r): r for r in load_jsonl(SENTENCES_FILE)}
    added = Counter()
    for number, record in enumerate(load_jsonl(path), 1):
        where = f"{path}:{number}"
        if "verdict" in record:
            if "id" in record:
                if record["id"] not in finding_ids:
                    sys.exit(f"{where}: no sampled finding has id {record['id']}")
                f = finding_ids[record["id"]]
                keys = dict(
                    zip(
                        ("corpus", "path", "rule", "text_hash", "sentence_hash", "occ"),
                        f.key,
                        strict=True,
                    )
                )
                record = {**keys, "line": f.line, **{k: v for k, v in record.items() if k != "id"}}
            if set(record) - FINDING_FIELDS:
                sys.exit(f"{where}: fields not allowed: {sorted(set(record) - FINDING_FIELDS)}")
            if record["verdict"] not in VERDICTS:
                sys.exit(f"{where}: verdict must be one of {VERDICTS}")
            if record["verdict"] == "false-alarm" and record.get("cause") not in CAUSES:
                sys.exit(f"{where}: a false alarm needs a cause from {sorted(CAUSES)}")
            if record["verdict"] == "useful":
                record.pop("cause", None)
            found = by_key.get(finding_record_key(record))
            if found and leaks(record.get("note", ""), found.text, found.sentence):
                sys.exit(f"{where}: the note repeats text from the page; say it in your words")
            findings[finding_record_key(record)] = record
            added["verdicts"] += 1
        elif "labels" in record:
            if "id" in record:
                if record["id"] not in unit_ids:
                    sys.exit(f"{where}: no sampled sentence has id {record['id']}")
                u = unit_ids[record["id"]]
                keys = dict(zip(("corpus", "path", "text_hash", "occ"), u.key, strict=True))
                record = {**keys, "line": u.line, **{k: v for k, v in record.items() if k != "id"}}
            if set(record) - SENTENCE_FIELDS:
                sys.exit(f"{where}: fields not allowed: {sorted(set(record) - SENTENCE_FIELDS)}")
            bad = set(record["labels"]) - set(LABEL_ORDER)
            if bad:
                sys.exit(f"{where}: unknown labels {sorted(bad)}")
            if record.get("not_prose") and record["labels"]:
                sys.exit(f"{where}: a not-prose unit carries no labels")
            unit = units_by_key.get(unit_record_key(record))
            if unit and leaks(record.get("note", ""), unit.text):
                sys.exit(f"{where}: the note repeats text from the page; say it in your words")
            sentences[unit_record_key(record)] = record
            added["sentence labels"] += 1
        else:
            sys.exit(f"{where}: a record needs 'verdict' or 'labels'")
    write_jsonl(FINDINGS_FILE, sorted(findings.values(), key=_record_order))
    write_jsonl(SENTENCES_FILE, sorted(sentences.values(), key=_record_order))
    print(", ".join(f"{n} {what}" for what, n in added.items()) or "nothing merged")


def _record_order(record: dict) -> tuple:
    """File order, so that the judgement files diff well."""
    return (
        record["corpus"],
        record["path"],
        int(record.get("line", 0)),
        record.get("rule", ""),
        record["text_hash"],
        record.get("sentence_hash", ""),
        int(record.get("occ", 0)),
    )


def ratio(num: int, den: int) -> str:
    return f"{num / den:6.3f}" if den else "     -"


def report_volume(findings: list[Finding], sources: Sources) -> None:
    rules = sorted({f.rule for f in findings})
    print("Volume (words: rough prose words, see the module docstring)")
    header = f"{'corpus':20} {'files':>5} {'words':>8} {'finds':>6} {'/1k w':>6}"
    short = {r: "".join(p[0] for p in r.split("-")) for r in rules}
    print(header + "".join(f" {short[r]:>5}" for r in rules))
    total_files = total_words = 0
    for corpus in (*CORPORA, "all"):
        if corpus == "all":
            files, words = total_files, total_words
            mine = findings
        else:
            names = corpus_files(corpus)
            files = len(names)
            words = sum(count_words_cached(sources, corpus, n) for n in names)
            total_files += files
            total_words += words
            mine = [f for f in findings if f.corpus == corpus]
        per = Counter(f.rule for f in mine)
        rate = 1000 * len(mine) / words if words else 0.0
        row = f"{corpus:20} {files:5} {words:8} {len(mine):6} {rate:6.2f}"
        print(row + "".join(f" {per[r]:5}" for r in rules))
    print("rules: " + ", ".join(f"{s}={r}" for r, s in short.items()))


_WORDS: dict[tuple[str, str], int] = {}


def count_words_cached(sources: Sources, corpus: str, path: str) -> int:
    if (corpus, path) not in _WORDS:
        _WORDS[(corpus, path)] = count_words(sources.get(corpus, path)[0])
    return _WORDS[(corpus, path)]


def precision_row(name: str, items: list[tuple[Finding, dict | None]], extra: str = "") -> str:
    judged = [(f, j) for f, j in items if j]
    useful = sum(j["verdict"] == "useful" for _, j in judged)
    kept = [(f, j) for f, j in judged if not j.get("link_stripped")]
    kept_useful = sum(j["verdict"] == "useful" for _, j in kept)
    return (
        f"{name:26} {len(items):5} {len(judged):5} {useful:5} {ratio(useful, len(judged))}"
        f" {len(kept):5} {ratio(kept_useful, len(kept))} {len(items) - len(judged):5}{extra}"
    )


def estimate(
    findings: list[Finding], pairs: list[tuple[Finding, dict | None]], corpus: str | None
) -> float:
    """Precision over all findings (of one corpus, or all): the sample is stratified by rule,
    so its raw precision over-weights rare rules; weight each rule by its share of findings."""

    def precision(items: list[dict]) -> float | None:
        return sum(j["verdict"] == "useful" for j in items) / len(items) if items else None

    weighted = weight = 0.0
    mine = [f for f in findings if corpus in (None, f.corpus)]
    for (where, rule), n in Counter((f.corpus, f.rule) for f in mine).items():
        local = precision([j for f, j in pairs if j and f.rule == rule and f.corpus == where])
        pooled = precision([j for f, j in pairs if j and f.rule == rule])
        p = local if local is not None else pooled
        if p is not None:
            weighted += n * p
            weight += n
    return weighted / weight if weight else float("nan")


def report_precision(
    findings: list[Finding], sample: list[Finding], judged: dict[FindingKey, dict]
) -> None:
    pairs = [(f, judged.get(f.key)) for f in sample]
    print("\nPrecision over the judged sample (strict: useful / judged; 'no-link': sentences")
    print("flagged link_stripped left out)")
    print(
        f"{'':26} {'samp':>5} {'judg':>5} {'usef':>5} {'P':>6} {'n-nl':>5} {'P-nl':>6} {'todo':>5}"
    )
    for rule in sorted({f.rule for f in sample}):
        print(precision_row(rule, [p for p in pairs if p[0].rule == rule]))
    print(precision_row("all sampled", pairs))
    print("per corpus (sample precision; est = the corpus's findings weighted by the precision")
    print("of their rule in that corpus's judged sample, else over all corpora)")
    print(
        precision_row(
            "all (est over all findings)", pairs, f"   est {estimate(findings, pairs, None):.3f}"
        )
    )
    for corpus in CORPORA:
        mine = [p for p in pairs if p[0].corpus == corpus]
        print(precision_row(corpus, mine, f"   est {estimate(findings, pairs, corpus):.3f}"))
    print("rule x corpus (useful/judged)")
    print(f"{'':26}" + "".join(f" {c[:12]:>12}" for c in CORPORA))
    for rule in sorted({f.rule for f in sample}):
        cells = []
        for corpus in CORPORA:
            js = [j for f, j in pairs if j and f.rule == rule and f.corpus == corpus]
            useful = sum(j["verdict"] == "useful" for j in js)
            cells.append(f" {f'{useful}/{len(js)}' if js else '-':>12}")
        print(f"{rule:26}" + "".join(cells))
    causes = Counter(j["cause"] for _, j in pairs if j and j["verdict"] == "false-alarm")
    print("\nCauses of false alarms in the sample (count; by rule)")
    for cause, n in causes.most_common():
        by_rule = Counter(f.rule for f, j in pairs if j and j.get("cause") == cause)
        detail = ", ".join(f"{r} {c}" for r, c in by_rule.most_common())
        print(f"{n:5}  {cause:22} {detail}")
    stripped = sum(1 for _, j in pairs if j and j.get("link_stripped"))
    print(f"link_stripped sentences among the judged: {stripped}")
    wrong = Counter((f.rule, j["wrong_label"]) for f, j in pairs if j and j.get("wrong_label"))
    for (rule, label), n in wrong.items():
        print(f"useful, but the sentence's label is {label}, not {rule}'s: {n}")
    stale = set(judged) - {f.key for f in sample}
    if stale:
        print(f"verdicts kept for findings no longer sampled or produced: {len(stale)}")


def report_misses(
    units: list[Unit], labelled: dict[UnitKey, dict], hits: dict[UnitKey, list[str]]
) -> None:
    print("\nMisses over the sentence sample (units drawn independently of healthlint)")
    print(
        f"{'corpus':20} {'units':>5} {'judg':>5} {'n-pro':>5} {'prose':>5} {'quiet':>5}"
        f" {'q+lab':>5} {'miss':>6} {'np-hit':>6}"
    )
    for corpus in (*CORPORA, "all"):
        mine = [u for u in units if corpus in ("all", u.corpus)]
        done = [u for u in mine if u.key in labelled]
        not_prose = [u for u in done if labelled[u.key].get("not_prose")]
        prose = [u for u in done if not labelled[u.key].get("not_prose")]
        quiet = [u for u in prose if not hits[u.key]]
        missed = [u for u in quiet if labelled[u.key]["labels"]]
        np_hit = sum(1 for u in not_prose if hits[u.key])
        print(
            f"{corpus:20} {len(mine):5} {len(done):5} {len(not_prose):5} {len(prose):5}"
            f" {len(quiet):5} {len(missed):5} {ratio(len(missed), len(quiet))} {np_hit:6}"
        )
    print("(quiet: prose units with no finding; q+lab: of those, units with a label;")
    print(" miss = q+lab / quiet; np-hit: not-prose units with a finding)")
    print(
        f"\n{'label':8} {'units':>5} {'found':>5} {'R':>6}   {'flagged':>7} {'right':>5} {'P':>6}"
    )
    prose = [u for u in units if u.key in labelled and not labelled[u.key].get("not_prose")]
    judged_all = [u for u in units if u.key in labelled]
    for label in LABEL_ORDER:
        want = [u for u in prose if label in labelled[u.key]["labels"]]
        found = [u for u in want if any(LABELS.get(r) == label for r in hits[u.key])]
        flagged = [u for u in judged_all if any(LABELS.get(r) == label for r in hits[u.key])]
        right = [u for u in flagged if label in labelled[u.key]["labels"]]
        print(
            f"{label:8} {len(want):5} {len(found):5} {ratio(len(found), len(want))}"
            f"   {len(flagged):7} {len(right):5} {ratio(len(right), len(flagged))}"
        )
    print(f"unlabelled sampled sentences: {sum(1 for u in units if u.key not in labelled)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", action="store_true", help="list sampled findings to judge")
    parser.add_argument("--todo-sentences", action="store_true", help="list sentences to label")
    parser.add_argument("--judge", type=Path, help="merge a JSONL of verdicts or labels")
    parser.add_argument("--limit", type=int, default=1000, help="show at most N todo items")
    parser.add_argument("--reuse", action="store_true", help="reuse the last run's findings")
    args = parser.parse_args()
    sources = Sources()
    raw, origin = run_corpora(args.reuse)
    findings = to_findings(raw, sources)
    sample = sample_findings(findings)
    units = sample_units(sources)
    if args.judge:
        merge(args.judge, sample, units)
        return
    judged = {finding_record_key(r): r for r in load_jsonl(FINDINGS_FILE)}
    labelled = {unit_record_key(r): r for r in load_jsonl(SENTENCES_FILE)}
    hits = unit_findings(units, findings, sources)
    if args.todo:
        show_todo(sample, judged, sources, args.limit)
        return
    if args.todo_sentences:
        show_todo_sentences(units, labelled, hits, sources, args.limit)
        return
    print(f"findings: {origin}")
    report_volume(findings, sources)
    report_precision(findings, sample, judged)
    report_misses(units, labelled, hits)


if __name__ == "__main__":
    main()
