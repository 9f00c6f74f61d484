"""A registry entry as text an editor can read (`healthlint claims show`)."""

from __future__ import annotations

from linter.registry.cite import source_link
from linter.registry.entries import Entry


def render_entry(entry: Entry) -> str:
    lines = [entry.id, f"  {entry.statement}", ""]
    lines.append(f"  intervention: {', '.join(entry.interventions)}")
    lines.append(f"  condition:    {', '.join(entry.conditions)}")
    if entry.outcomes:
        lines.append(f"  outcome:      {', '.join(entry.outcomes)}")
    size = f", n={entry.evidence_size}" if entry.evidence_size else ""
    lines.append(f"  evidence:     {entry.evidence_level}{size}")
    lines.append(f"  max strength: {entry.max_strength}")
    for key in ("efficacy", "status"):
        if getattr(entry, key):
            lines.append(f"  {key + ':':<13} {getattr(entry, key)}")
    if entry.contested_by:
        lines.append(f"  contested by: {', '.join(entry.contested_by)}")
    for figure in entry.figures:
        value = figure.get("value", figure.get("range"))
        extra = ", ".join(str(figure[k]) for k in ("timeframe", "population") if figure.get(k))
        lines.append(
            f"  figure:       {figure['outcome']} {value} {figure.get('unit', '')} ({extra})"
        )
    for source in entry.sources:
        fields = "; ".join(f"{k}: {v}" for k, v in source.items())
        lines.append(f"  source:       {fields}")
    lines.append(f"  cite as:      {source_link(entry)}")
    lines.append(f"  reviewed:     {entry.reviewed}   ({entry.path}:{entry.line})")
    if entry.notes:
        lines.append(f"  notes:        {entry.notes}")
    return "\n".join(lines)
