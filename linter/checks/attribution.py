"""Check: a finding attributed to a named or vague source, with no source attached."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from linter.checks.base import Check, Hit, dedupe
from linter.checks.options import Option
from linter.claim import Attribution, Claim, Passage, Strength
from linter.registry.cite import citation_fix, registry_suggestion
from linter.registry.match import Matches, cited_entry, suggested_entry

_QUOTE = re.compile(r"[“”]|(?:^|\s)\"|\"(?:\s|$)")


class AttributionCheck(Check):
    """Yield one hit per unsourced sentence whose attribution is of the configured kind."""

    # "named": a journal, body, researcher or dated study; "vague": unnamed evidence.
    OPTIONS: ClassVar[dict[str, Option]] = {"kind": Option(str, "named", ("named", "vague"))}

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kind = self.options["kind"]
        antecedent: str | None = None  # what the last sentence that gave a source gave
        for claim in passage.claims:
            named = [a for a in claim.attributions if a.named and _counts(a, claim)]
            vague = [a for a in claim.attributions if not a.named and _refers(a, antecedent)]
            if claim.has_source or named:
                antecedent = "named"
            elif any(a.reference == "new" for a in vague):
                antecedent = "vague"
            if not claim.attributions or claim.has_source:
                continue
            # A named source beats a vague one: "studies in The Lancet show" is a citation.
            found = named if kind == "named" else ([] if named else dedupe(vague))
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
    """A named source is a citation where the sentence gives it as the basis of a finding.

    Its own wording may say so ("X found", "according to X"); a name that is only mentioned
    ("published in X", "a 2009 trial") needs a finding in the sentence: a figure or a claimed
    relation. A person counts only for a result or a figure: a quoted opinion is not one.
    """
    if attribution.kind in ("researcher", "affiliation"):
        if claim.figures and attribution.kind == "researcher":
            return True
        if _QUOTE.search(claim.text):
            return False
        return attribution.basis == "reported"
    if attribution.basis == "reported":
        return True
    return bool(claim.figures) or claim.strength.level >= Strength.CORRELATIONAL


def _refers(attribution: Attribution, antecedent: str | None) -> bool:
    """Whether a vague attribution is an appeal of its own: "these studies" after a named one
    refers back to it; "the data show" is generic unless a source was just given."""
    if attribution.reference == "back":
        return antecedent == "vague"
    if attribution.reference == "generic":
        return antecedent != "named"
    return True
