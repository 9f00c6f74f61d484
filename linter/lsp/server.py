"""The language server: pygls wiring from LSP messages to projects, diagnostics and actions."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from linter.config.files import CONFIG_NAMES
from linter.documents import format_for
from linter.errors import HealthlintError
from linter.lsp import diagnostics as diag
from linter.lsp.actions import Edit, disable_next_line_edit, flagged_phrase, source_link_edit
from linter.lsp.allow_list import add_to_allow_list
from linter.lsp.docusaurus import compiled_as_mdx
from linter.lsp.positions import UTF8, UTF16, UTF32, LineIndex
from linter.lsp.projects import Outcome, Projects
from linter.lsp.scheduler import Scheduler
from linter.version import __version__

log = logging.getLogger(__name__)

ACCEPT_COMMAND = "healthlint.accept"
# An editor's language id, for a buffer whose name has no extension healthlint knows.
LANGUAGES = {"markdown": "markdown", "mdx": "markdown", "html": "html", "plaintext": "text"}


@dataclass
class Checked:
    """The last published check of an open document."""

    version: int | None
    outcome: Outcome
    index: LineIndex


class HealthlintServer(LanguageServer):
    """A LanguageServer with healthlint's projects, scheduler and published state."""

    def __init__(self) -> None:
        super().__init__(
            "healthlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.projects = Projects()
        self.scheduler = Scheduler(self._snapshot, self._check, self._publish)
        self.checked: dict[str, Checked] = {}
        # Files with config errors shown, per project: cleared when the errors are gone.
        self.problem_files: dict[Path | None, dict[str, list[types.Diagnostic]]] = {}
        self.broken_said: set[tuple[str, ...]] = set()
        self.shutdown_requested = False

    # -- documents -------------------------------------------------------------------------

    def path_of(self, uri: str) -> str:
        """A file path for a URI; an unsaved buffer is placed in the first workspace folder."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path
        folder = self.folder_of(None)
        name = os.path.basename(unquote(urlparse(uri).path)) or "untitled"
        return str(folder / name)

    def folder_of(self, path: str | None) -> Path:
        """The workspace folder that holds `path` (the deepest), else the root, else cwd."""
        folders = []
        try:
            folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
            folders.append(self.workspace.root_path)
        except RuntimeError:  # not initialized
            pass
        candidates = [Path(f) for f in folders if f]
        if path is not None:
            holding = [f for f in candidates if Path(path).is_relative_to(f)]
            if holding:
                return max(holding, key=lambda f: len(f.parts))
        return candidates[0] if candidates else Path.cwd()

    def format_of(self, uri: str, language_id: str | None) -> str | None:
        """The reader for a document, or None when healthlint does not check it."""
        return format_for(self.path_of(uri)) or LANGUAGES.get(language_id or "")

    def _snapshot(self, uri: str) -> tuple[int | None, str, Any] | None:
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return None
        return document.version, document.source, self.format_of(uri, document.language_id)

    def _check(self, uri: str, text: str, fmt: Any) -> Outcome:
        """In the worker thread."""
        return self.projects.check(self.path_of(uri), text, fmt)

    # -- publishing ------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        chosen = str(self.workspace.position_encoding or UTF16)
        return {"utf-8": UTF8, "utf-32": UTF32}.get(chosen, UTF16)

    def _publish(self, uri: str, version: int | None, outcome: Outcome) -> None:
        index = LineIndex(outcome.text, self.encoding)
        self.checked[uri] = Checked(version, outcome, index)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, diagnostics=diag.outcome_diagnostics(outcome, index), version=version
            )
        )
        self._publish_problems(outcome)

    def _publish_problems(self, outcome: Outcome) -> None:
        """Errors in the project's files (config, registry...) on those files; cleared when gone."""
        grouped = diag.file_problems(outcome.errors, outcome.path)
        shown: dict[str, list[types.Diagnostic]] = {}
        for path, errors in grouped.items():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = None
            shown[from_fs_path(str(path)) or path.as_uri()] = diag.problem_diagnostics(errors, text)
        before = self.problem_files.get(outcome.config_file, {})
        for uri in set(before) - set(shown):
            self._diagnostics(uri, [])
        for uri, diagnostics in shown.items():
            if before.get(uri) != diagnostics:
                self._diagnostics(uri, diagnostics)
        self.problem_files[outcome.config_file] = shown
        if grouped and not outcome.checked:
            said = tuple(sorted(str(e) for errors in grouped.values() for e in errors))
            if said not in self.broken_said:
                self.broken_said.add(said)
                files = ", ".join(sorted(p.name for p in grouped))
                self.window_show_message(
                    types.ShowMessageParams(
                        type=types.MessageType.Warning,
                        message=f"healthlint: {files} has errors; files under it are not "
                        "checked until they are fixed (see the diagnostics there).",
                    )
                )

    def _diagnostics(self, uri: str, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
        )

    def recheck_all(self) -> None:
        """Check every open document again (a file of a project changed)."""
        self.projects.forget()
        for uri, document in list(self.workspace.text_documents.items()):
            if self.format_of(uri, document.language_id) is not None:
                self.scheduler.changed(uri, 0)

    def project_file_changed(self, paths: list[str]) -> bool:
        known = self.projects.files()
        return any(
            Path(p).name in (*CONFIG_NAMES, "pyproject.toml") or Path(p).resolve() in known
            for p in paths
        )

    # -- requests --------------------------------------------------------------------------

    def current(self, uri: str) -> Checked | None:
        """The last check of a document, if it is of the text the editor has now."""
        checked = self.checked.get(uri)
        document = self.workspace.text_documents.get(uri)
        if checked is None or document is None or checked.version != document.version:
            return None
        return checked

    def findings_at(self, checked: Checked, start: int, end: int) -> list[Any]:
        found = []
        for finding in checked.outcome.findings:
            f_start, f_end = diag.finding_span(checked.index, finding)
            if f_start <= end and start <= f_end:
                found.append(finding)
        return found

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        checked = self.current(uri)
        if checked is None:
            return []
        index = checked.index
        start = index.offset_at(params.range.start.line, params.range.start.character)
        end = index.offset_at(params.range.end.line, params.range.end.character)
        actions: list[types.CodeAction] = []
        outcome = checked.outcome
        document = self.workspace.text_documents.get(uri)
        fmt = self.format_of(uri, document.language_id if document else None)
        findings = self.findings_at(checked, start, end)
        # The site's config is looked for only where there is a line to disable: an editor
        # asks for code actions at every cursor move.
        mdx_site = bool(findings) and fmt in (None, "markdown")
        mdx_site = mdx_site and compiled_as_mdx(outcome.path, outcome.text)
        for finding in findings:
            diagnostic = diag.finding_diagnostic(index, finding, outcome.rules.get(finding.rule))
            link = source_link_edit(finding)
            if link is not None:
                actions.append(
                    self._edit_action(
                        "Insert the registry's source link", uri, index, [link], diagnostic, True
                    )
                )
            directive = disable_next_line_edit(outcome.text, outcome.path, finding, fmt, mdx_site)
            actions.append(
                self._edit_action(
                    f"Disable {finding.rule} for this line (healthlint-disable-next-line)",
                    uri,
                    index,
                    [directive],
                    diagnostic,
                    False,
                )
            )
            span = diag.finding_span(index, finding)
            phrase = flagged_phrase(outcome.document, *span, finding.text)
            shown = phrase if len(phrase) <= 60 else phrase[:57] + "…"
            actions.append(
                types.CodeAction(
                    title=f"Add “{shown}” to the project's allow list",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    command=types.Command(
                        title="Add to the allow list",
                        command=ACCEPT_COMMAND,
                        arguments=[uri, phrase],
                    ),
                )
            )
        return actions

    def _edit_action(
        self,
        title: str,
        uri: str,
        index: LineIndex,
        edits: list[Edit],
        diagnostic: types.Diagnostic,
        preferred: bool,
    ) -> types.CodeAction:
        text_edits = [
            types.TextEdit(range=diag.span_range(index, e.start, e.end), new_text=e.text)
            for e in edits
        ]
        return types.CodeAction(
            title=title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=types.WorkspaceEdit(changes={uri: text_edits}),
            is_preferred=preferred,
        )

    def accept(self, uri: str, phrase: str) -> str | None:
        """The allow-list command: add the phrase to the project's list, then check again."""
        checked = self.checked.get(uri)
        path = self.path_of(uri)
        config = checked.outcome.config if checked else None
        config_file = checked.outcome.config_file if checked else None
        try:
            written = add_to_allow_list(phrase, config, config_file, self.folder_of(path))
        except HealthlintError as exc:
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"healthlint: {exc}")
            )
            return None
        self.recheck_all()
        return str(written)

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        checked = self.current(params.text_document.uri)
        if checked is None:
            return None
        at = checked.index.offset_at(params.position.line, params.position.character)
        findings = self.findings_at(checked, at, at)
        if not findings:
            return None
        rules = checked.outcome.rules
        text = "\n\n---\n\n".join(diag.hover_text(f, rules.get(f.rule)) for f in findings)
        first = diag.finding_span(checked.index, findings[0])
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
            range=diag.span_range(checked.index, *first),
        )
