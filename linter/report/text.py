"""Text for people: each finding's `path:line:col: level rule-id message`, then what to do.

Under each finding's line, indented: the flagged words in quotes, the suggestion, and the link
of the registry source the finding rests on (where there is one). In an HTML file the words
are followed by the start of their sentence, since a line:column in a Google Docs export (one
long line of markup) leads nowhere: a writer searches the document for the quoted words.
Colour (ANSI) only where the command line asks for it (a terminal, `--color`, NO_COLOR and
FORCE_COLOR). `format_concise` is the one-line-a-finding form, for tools that read lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from linter.findings import Finding, Level
from linter.report.run_info import RunInfo
from linter.report.safe_text import printable

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_RESET = "\x1b[0m"
_STYLE: dict[object, str] = {
    "path": "\x1b[1m",  # bold
    "where": "\x1b[2m",  # dim
    "rule": "\x1b[35m",  # magenta
    "words": "\x1b[1m",
    "label": "\x1b[2m",
    Level.ERROR: "\x1b[1;31m",  # bold red
    Level.WARNING: "\x1b[33m",  # yellow
    Level.INFO: "\x1b[36m",  # cyan
}
_MAX_WORDS = 200  # characters of flagged text shown


def _paint(text: str, style: object, color: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if color and text else text


def headline(f: Finding, color: bool = False) -> str:
    """The finding's one line: `path:line:col: level rule-id message` (all printable)."""
    path = _paint(printable(f.path), "path", color)
    where = _paint(f":{f.line}:{f.column}:", "where", color)
    level = _paint(str(f.level), f.level, color)
    rule = _paint(f.rule, "rule", color)
    return f"{path}{where} {level} {rule} {printable(f.message)}"


def _one_line(text: str, limit: int = _MAX_WORDS) -> str:
    text = " ".join(text.split())
    return printable(text if len(text) <= limit else text[: limit - 1] + "…")


def details(f: Finding, run: RunInfo) -> list[str]:
    """The indented lines under a finding: the words, the suggestion, the registry source."""
    color = run.color
    lines = []
    if f.text.strip():
        words = _paint(f'"{_one_line(f.text)}"', "words", color)
        line = f"  {_paint('flagged:', 'label', color)} {words}"
        if f.context and f.path.lower().endswith(_HTML_SUFFIXES):
            line += f' in the sentence that starts "{_one_line(f.context)}"'
        lines.append(line)
    if f.suggestion:
        lines.append(f"  {_paint('suggestion:', 'label', color)} {_one_line(f.suggestion, 1000)}")
    if f.registry_id:
        link = run.links.get(f.registry_id)
        entry = f"registry entry {printable(f.registry_id)}"
        source = f"{printable(link)} ({entry})" if link else entry
        lines.append(f"  {_paint('source:', 'label', color)} {source}")
    return lines


def format_text(findings: Sequence[Finding], run: RunInfo) -> str:
    return "".join(text_chunks(findings, run))


def text_chunks(findings: Sequence[Finding], run: RunInfo) -> Iterator[str]:
    """`format_text` a finding at a time: each one's lines, then the summary's."""
    for f in findings:
        yield "".join(line + "\n" for line in (headline(f, run.color), *details(f, run)))
    if not run.quiet:
        yield summary(findings, run.files, len(run.problems)) + "\n"


def format_concise(findings: Sequence[Finding], run: RunInfo) -> str:
    """One line a finding (`path:line:col: level rule-id message`), then the summary."""
    return "".join(concise_chunks(findings, run))


def concise_chunks(findings: Sequence[Finding], run: RunInfo) -> Iterator[str]:
    """`format_concise` a finding at a time."""
    for f in findings:
        yield headline(f, run.color) + "\n"
    if not run.quiet:
        yield summary(findings, run.files, len(run.problems)) + "\n"


def summary(findings: Sequence[Finding], files: int, problems: int = 0) -> str:
    unchecked = (
        # Not "a file that could not be checked": a typo in a directive is one too, and its
        # file was checked. Each is a line of its own on stderr, naming its file.
        f"; {problems} input error{'s' * (problems != 1)} (on stderr)" if problems else ""
    )
    if not findings:
        return f"No problems found in {files} file{'s' * (files != 1)}{unchecked}."
    levels = Counter(str(f.level) for f in findings)
    # "2 info", as `audit` says: a level's name, not a count noun ("infos").
    parts = ", ".join(
        f"{n} {name}{'s' * (n != 1 and name != 'info')}" for name, n in sorted(levels.items())
    )
    count = len(findings)
    affected = len({f.path for f in findings})
    return (
        f"Found {count} problem{'s' * (count != 1)} ({parts}) in {affected} of "
        f"{files} file{'s' * (files != 1)}{unchecked}."
    )


def statistics(findings: Sequence[Finding]) -> list[tuple[str, int, str]]:
    """(rule id, count, its levels) for every rule with a finding, most frequent first."""
    counts = Counter(f.rule for f in findings)
    levels: dict[str, set[Level]] = {}
    for f in findings:
        levels.setdefault(f.rule, set()).add(f.level)
    return [
        (rule, n, ", ".join(str(level) for level in sorted(levels[rule], reverse=True)))
        for rule, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def format_statistics(findings: Sequence[Finding], run: RunInfo) -> str:
    """Counts per rule, as ruff's --statistics: `count  rule-id  levels`, then the summary."""
    rows = statistics(findings)
    width = max((len(str(n)) for _, n, _ in rows), default=1)
    rule_width = max((len(rule) for rule, _, _ in rows), default=0)
    lines = [
        f"{n:>{width}}  {_paint(rule.ljust(rule_width), 'rule', run.color)}  [{levels}]"
        for rule, n, levels in rows
    ]
    if not run.quiet:
        lines.append(summary(findings, run.files, len(run.problems)))
    return "\n".join(lines) + ("\n" if lines else "")
