"""The audit page's inline CSS and vanilla JS: no network, no library, no external asset.

The text lives in audit.css and audit.js beside this module (shipped in the wheel with the
package), so editors and linters see them as CSS and JS; here they are read once as strings.
"""

from __future__ import annotations

from importlib.resources import files

_HERE = files("linter.report.audit")

CSS = _HERE.joinpath("audit.css").read_text(encoding="utf-8")

# The data comes as JSON (see html.py); every value is put in the page as text, never as HTML.
JS = _HERE.joinpath("audit.js").read_text(encoding="utf-8")
