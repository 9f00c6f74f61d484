"""A registry entry of our own (a made-up therapy), a sentence that states its figure, and the
source link a fix inserts: shared by the fix tests, the server tests and bench/fix_kills.py."""

REGISTRY = """\
- id: widget-therapy-survival
  statement: In one series of 40 patients, widget therapy gave 70% survival at 5 years.
  about:
    intervention: [widget therapy]
    condition: [glarb syndrome]
    outcome: [survival]
  figures:
    - {outcome: overall survival, value: 70, unit: percent, timeframe: 5 years}
  evidence: {level: case-series, size: 40}
  max_strength: conditional
  efficacy: uncertain
  sources:
    - {journal: Journal of Widgets, year: 2010, first_author: Doe, doi: 10.1000/widget.1}
  reviewed: 2026-01-15
"""
SENTENCE = "Widget therapy for glarb syndrome gave 70% survival after 5 years."
LINK = "([Doe et al., Journal of Widgets 2010](https://doi.org/10.1000/widget.1))"
