"""The language server's wiring: the LSP features registered on a HealthlintServer (open,
change, save, close, watched files, code actions, hover, the accept command), the warm-up
and the stdin/stdout loop. Separate from server.py, whose class holds the state and the
answers these handlers delegate to.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from lsprotocol import types
from pygls.uris import to_fs_path

from linter.lsp.server import ACCEPT_COMMAND, HealthlintServer, log

# Files whose change can change findings, watched where the editor can watch files.
WATCHED = ("**/.healthlint.yaml", "**/.healthlint.yml", "**/pyproject.toml", "**/*.{yaml,yml,txt}")


WARM_UP = "A study found that green tea cures 45% of colds."


def make_server() -> HealthlintServer:
    """The server with its features registered (a new one each call, for tests)."""
    server = HealthlintServer()

    @server.feature(types.INITIALIZED)
    def initialized(params: types.InitializedParams) -> None:
        capabilities = server.client_capabilities.workspace
        watch = capabilities.did_change_watched_files if capabilities else None
        if watch is not None and watch.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED]
            )
            server.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="healthlint-watch",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=options,
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        if server.format_of(document.uri, document.language_id) is not None:
            server.scheduler.changed(document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        document = server.workspace.text_documents.get(uri)
        if document is not None and server.format_of(uri, document.language_id) is not None:
            server.scheduler.changed(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        if server.project_file_changed([server.path_of(params.text_document.uri)]):
            server.recheck_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.scheduler.closed(uri)
        if server.checked.pop(uri, None) is not None:
            server._diagnostics(uri, [])

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        paths = [to_fs_path(change.uri) or "" for change in params.changes]
        if server.project_file_changed(paths):
            server.recheck_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        return server.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        return server.hover(params)

    @server.command(ACCEPT_COMMAND)
    def accept(uri: str, phrase: str) -> str | None:
        return server.accept(uri, phrase)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: Any = None) -> None:
        server.shutdown_requested = True
        server.scheduler.stop()

    return server


def warm_up(server: HealthlintServer) -> None:
    """Build the pipeline (and read the bundled rules and registry) before the first file."""
    try:
        server.projects.check(os.path.join(os.getcwd(), "healthlint-warm-up.md"), WARM_UP)
    except Exception:  # the real first check will report whatever this hit
        log.exception("warming up failed")


def serve() -> int:
    """Run the server over stdin/stdout until the client says exit; the exit code LSP asks."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the protocol
    server = make_server()
    server.scheduler.submit(lambda: warm_up(server))
    server.start_io(stdin, stdout)
    server.scheduler.stop()
    return 0 if server.shutdown_requested else 1
