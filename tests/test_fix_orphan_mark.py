"""A mark standing alone after a sentence's full stop (a stray "¡" paragraph that an HTML page
joins to the sentence) gets no source inserted after it: the link goes before the stop, so a
second `--fix` finds it and changes nothing (a case the random property test drew once)."""

from __future__ import annotations

from test_properties import apply, lint_text

SENTENCE = "MSC therapy for lupus gave 84% survival after 5 years."


def test_the_source_goes_before_the_stop_and_a_second_fix_changes_nothing() -> None:
    source = SENTENCE + "\n\n\u00a1\n"
    fixed, applied = apply(source, (f.fix for f in lint_text(source, "doc.html") if f.fix))
    assert applied == 1 and fixed.startswith(SENTENCE[:-1] + " (<a href=")
    again, more = apply(fixed, (f.fix for f in lint_text(fixed, "doc.html") if f.fix))
    assert more == 0 and again == fixed
