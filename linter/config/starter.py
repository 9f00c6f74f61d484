"""`healthlint init`: a commented starter config and an example registry file."""

from __future__ import annotations

STARTER_CONFIG = """\
# healthlint configuration. Rules: `healthlint rules list`, `healthlint rules explain ID`.
# Found by walking up from each checked file; the nearest one wins.

# Start from a bundled preset (default, strict) or another config file.
extends: default

# Per rule: off, a level (error, warning, info), or {level: ..., options: {...}}.
rules:
  # overstatement: error
  # vague-attribution: warning
  # unsourced-statistic: {level: info}

# Exit 1 when a finding is at or above this level: error, warning, info, never.
fail_on: warning

# Globs relative to this file: only files `include` matches are checked, and never those
# `exclude` matches, whether a folder walk finds them or they are named (a pre-commit hook
# names each staged file); --no-exclude checks everything.
# include: ["content/**/*.md"]
exclude: ["drafts/**", "vendor/**"]

# Your own rule packs and registry files, relative to this file.
# rule_packs: [house-style.yaml]
claims: [healthlint-claims.yaml]
# builtin_claims: true

# An installed spaCy pipeline for better sentences (never required).
# model: en_core_web_sm

# The allow list: phrases and sentences accepted for the whole project (a product name, a
# quotation), here or one a line in a file. A finding whose flagged words they cover is not
# reported.
# accept: ["Miracle Cure Tea"]
# accept_file: accept.txt
"""

STARTER_CLAIMS = """\
# Your own registry of sourced claims (schema: claims/README.md in healthlint's source).
# Check it with: healthlint claims validate healthlint-claims.yaml
# Replace this example with claims your articles make. Never write a DOI or PMID from memory:
# copy it from the paper's record.
[]
# - id: house-example-claim
#   statement: What the evidence supports, in plain words.
#   about:
#     intervention: [the treatment, its abbreviation]
#     condition: [the condition]
#   evidence: {level: rct, size: 100}
#   max_strength: conditional
#   sources:
#     - {journal: The journal, year: 2020, first_author: Surname, doi: "10.xxxx/..."}
#   reviewed: 2026-01-01
"""
