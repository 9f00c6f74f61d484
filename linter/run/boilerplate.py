"""Boilerplate across a run: a sentence with findings on many pages is reported once.

A disclaimer or promotion that a site repeats on every page would otherwise be flagged on
every page (668 times on one site). Each finding carries a hash of its sentence
(`Finding.sentence`: the same words give the same hash); once every file of a run is
checked, a sentence whose findings stand on at least `boilerplate.min_pages` files (default
5) is boilerplate. With `boilerplate.report: once` (the default) its findings are kept on the
first of those files, in walk order, with the number of pages in the message, and dropped from
the others; `skip` drops them everywhere; `each` keeps them all. The setting of the config
that governs the first of those files applies.

Files are checked one by one (in this process, in workers, or answered from the cache) as
always, and each file's own findings are what the cache stores: the collapsing is done on the
run's results, so it is the same with or without the cache and with any --jobs, and every
output format and the audit report see the same findings. A run of fewer files than
`min_pages` (a pre-commit hook on one file) never collapses anything.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from linter.findings import BOILERPLATE_NOTE, Finding

if TYPE_CHECKING:
    from linter.report.audit.inventory import InventoryClaim
    from linter.run.checker import Checked


def collapse_boilerplate(checked: list[Checked]) -> None:
    """Report each boilerplate sentence once (or not at all) across the run's files.

    The FileResults are given new finding lists; nothing they held before is changed.
    """
    pages: dict[str, list[int]] = defaultdict(list)  # sentence hash -> files, in run order
    for index, one in enumerate(checked):
        for key in dict.fromkeys(f.sentence for f in one.result.findings if f.sentence):
            pages[key].append(index)
    decided: dict[str, tuple[int, str, int]] = {}  # hash -> (first file, report, pages)
    for key, files in pages.items():
        config = checked[files[0]].config
        least = config.boilerplate_min_pages if config is not None else 5
        report = config.boilerplate_report if config is not None else "once"
        if len(files) >= least and report != "each":
            decided[key] = (files[0], report, len(files))
    if not decided:
        return
    for index, one in enumerate(checked):
        kept: list[Finding] = []
        dropped: list[Finding] = []
        for finding in one.result.findings:
            found = decided.get(finding.sentence or "")
            if found is None:
                kept.append(finding)
            elif found[1] == "once" and found[0] == index:
                note = BOILERPLATE_NOTE.format(pages=found[2])
                kept.append(replace(finding, message=finding.message + note))
            else:
                dropped.append(finding)
        if any(f.sentence in decided for f in kept) or dropped:
            claims = one.result.claims
            if claims and dropped:
                claims = _without_rules_of(claims, dropped)
            one.result = replace(one.result, findings=kept, claims=claims)


def _without_rules_of(claims: list[InventoryClaim], dropped: list[Finding]) -> list[InventoryClaim]:
    """The claim inventory less the rule ids of findings dropped as boilerplate."""
    starts = [(c.line, c.column) for c in claims]
    gone: dict[int, set[str]] = defaultdict(set)
    for finding in dropped:
        at = bisect.bisect_right(starts, (finding.line, finding.column)) - 1
        if at >= 0:
            gone[at].add(finding.rule)
    out = list(claims)
    for at, rules in gone.items():
        claim = out[at]
        out[at] = replace(claim, rules=tuple(r for r in claim.rules if r not in rules))
    return out
