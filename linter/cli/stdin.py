"""Standard input as a document: its bytes, and the name (so the reader) it is checked under."""

from __future__ import annotations

from linter.cli.output import read_stdin, say

DEFAULT_NAME = "stdin.md"  # text on stdin is Markdown unless it is plainly an HTML document
HTML_NAME = "stdin.html"


def stdin_document(stdin_filename: str | None) -> tuple[str, bytes]:
    """The name to check standard input under, and its bytes.

    With `--stdin-filename` the name says the reader, as a file's does. Without it the text is
    sniffed (linter/documents/sniff.py): an HTML document is read as HTML and checked as
    `stdin.html`, and one line on stderr says so, since the reader changes what is found;
    anything else is Markdown, as documented, and nothing is said (no noise in a pipe).
    """
    if stdin_filename is not None:
        return stdin_filename, read_stdin(stdin_filename)
    data = read_stdin(DEFAULT_NAME)
    opening = _html_opening(data)
    if opening is None:
        return DEFAULT_NAME, data
    say(
        f"healthlint: standard input read as HTML (it begins with {opening}); "
        f"--stdin-filename NAME.md reads it as Markdown",
        err=True,
    )
    return HTML_NAME, data


def _html_opening(data: bytes) -> str | None:
    from linter.documents.decode import decode
    from linter.documents.sniff import sniff_html
    from linter.errors import InputError

    try:
        text, _ = decode(DEFAULT_NAME, data[:16384])
    except InputError:
        return None  # binary: the reader says so, under the default name
    return sniff_html(text)
