"""The health complement of a repute ("renowned for its soothing and anti-inflammatory
effects", "known for its memory-enhancing properties"), shared by vague_agentless.py's "known
for its" and vague_received.py's repute and research participles (vagueK, issue 14, session 32).
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AttributionWords

# The heads of a remedy's effect (MeSH "Treatment Outcome": effects, benefits, efficacy; and
# the properties, powers, actions and qualities of a herbal's monograph, as the EMA's HMPC
# community herbal monographs word "pharmacological actions").
EFFECT_HEADS = r"(?:properties|effects?|benefits?|powers?|efficacy|actions?|qualities)"
# "Potential" as the near-synonym of "promise" (vagueK: "which have shown potential in
# improving memory") only as a head before its complement: "potential side effects" is its
# adjective.
_COMPLEMENT = r"(?= (?:in|for|to|as)\b)"
# The participles of an association (STROBE 2007, as in "has been linked to") placed in the
# unnamed literature ("compounds linked in the literature to mucosal health").
_LINKED = r"linked|associated|tied|connected|implicated"


def health_actions(w: AttributionWords) -> str:
    """A health action (`known_for_actions`) or a compound on a health target
    (`known_for_targets`: "memory-enhancing"), or two of them coordinated ("its soothing and
    anti-inflammatory effects": Quirk et al. 1985, §13.60, coordinated premodifiers)."""
    action = rf"(?:{w.known_for_actions}|{w.known_for_targets}-[a-z]+)"
    return rf"(?:{action},? (?:and|or) )?{action}"
