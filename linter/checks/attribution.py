"""Check: a finding attributed to a named or vague source, with no source attached."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from linter.checks.base import Check, Hit, dedupe
from linter.checks.options import Option
from linter.claim import Attribution, Claim, Passage
from linter.registry.cite import citation_fix, registry_suggestion
from linter.registry.match import Matches, cited_entry, suggested_entry

# A named researcher is a citation only where the sentence reports a result.
_REPORTS_RESULT = re.compile(
    r"\b(?:found|find|finds|show(?:s|ed|n)?|stud(?:y|ies)|trial|research|report(?:s|ed)?|"
    r"data|results?|survey|analysis)\b",
    re.I,
)


_QUOTE = re.compile(r"[“”]|(?:^|\s)\"|\"(?:\s|$)")


class AttributionCheck(Check):
    """Yield one hit per unsourced sentence whose attribution is of the configured kind."""

    # "named": a journal, body, researcher or dated study; "vague": unnamed evidence.
    OPTIONS: ClassVar[dict[str, Option]] = {"kind": Option(str, "named", ("named", "vague"))}

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kind = self.options["kind"]
        for claim in passage.claims:
            if not claim.attributions or claim.has_source:
                continue
            named = [a for a in claim.attributions if a.named and _counts(a, claim)]
            if kind == "named":
                found = named
            else:
                # A named source beats a vague one: "studies in The Lancet show" is a citation.
                found = [] if named else dedupe([a for a in claim.attributions if not a.named])
            if not found:
                continue
            names = list(dict.fromkeys(a.name.strip() for a in dedupe(found)))
            registry = matches.of(claim)
            entry = suggested_entry(registry, prefer_figure=False) if kind == "named" else None
            # One finding a sentence, covering every name it gives.
            yield Hit(
                min(a.start for a in found),
                max(a.end for a in found),
                {"name": ", ".join(names), "phrase": min(found, key=lambda a: a.start).text},
                suggestion=registry_suggestion(entry),
                registry_id=entry.id if entry else None,
                fix=citation_fix(passage, claim, cited_entry(registry)),
            )


def _counts(attribution: Attribution, claim: Claim) -> bool:
    """A person named as a source counts only where the sentence reports a result.

    A quotation from a named expert is opinion unless it gives a figure.
    """
    if attribution.kind not in ("researcher", "affiliation"):
        return True
    if claim.figures:
        return True
    if _QUOTE.search(claim.text):
        return False
    return bool(_REPORTS_RESULT.search(claim.text))
