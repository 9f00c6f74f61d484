"""An editor's spacer paragraph (Webflow's `<p>&zwj;</p>`, read as a block with no text) neither
breaks the reading of a page nor stands as the lead-in of the list under it (session 28: three
pages of a real shop stopped with an internal error)."""

from __future__ import annotations

from pathlib import Path

from cli_findings import findings

SPACER = "<p>&#8205;</p>"


def _page(lead_in: str) -> str:
    return (
        "<html><body><h2>Causes</h2>"
        + SPACER
        + "<p>Thyroid problems have several causes.</p>"
        + SPACER
        + f"<p>{lead_in}</p>"
        + SPACER
        + "<ul><li>Iodine deficiency affects 40% of patients.</li>"
        + "<li>Thyroiditis: an inflamed gland.</li></ul>"
        + SPACER
        + "</body></html>\n"
    )


def test_a_list_under_a_spacer_is_read(tmp_path: Path) -> None:
    found = findings(tmp_path, "s.html", _page("<strong>Common causes:</strong>"))
    assert [(rule, text) for _, _, rule, text in found] == [("unsourced-statistic", "40%")]


def test_the_lead_in_over_the_spacer_still_sources_the_list(tmp_path: Path) -> None:
    lead_in = (
        'According to <a href="https://www.nhs.uk/conditions/thyroid">the NHS</a>, causes are:'
    )
    assert findings(tmp_path, "t.html", _page(lead_in)) == []
