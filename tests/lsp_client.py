"""A small LSP client over stdio, for driving `healthlint server` as an editor would.

Synchronous on purpose: a reader thread puts every message from the server on a queue; a test
sends a request and waits for its response, or waits for a notification that matches.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Message = dict[str, Any]


def server_command() -> list[str]:
    """`healthlint server` next to this Python, else `python -m linter server`."""
    exe = Path(sys.executable).with_name("healthlint")
    return [str(exe), "server"] if exe.exists() else [sys.executable, "-m", "linter", "server"]


class LspClient:
    """One server process and the messages it sent."""

    def __init__(self, cwd: Path, command: list[str] | None = None) -> None:
        self.process = subprocess.Popen(
            command or server_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.seen: list[Message] = []  # notifications read while waiting for something else
        self._next_id = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._stderr: list[bytes] = []
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # -- wire ------------------------------------------------------------------------------

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        while True:
            length = None
            while True:
                line = stdout.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(stdout.read(length)))

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._stderr.append(line)

    @property
    def stderr(self) -> str:
        return b"".join(self._stderr).decode("utf-8", "replace")

    def send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    # -- messages --------------------------------------------------------------------------

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self._next_id += 1
        number = self._next_id
        self.send({"id": number, "method": method, "params": params})
        message = self._wait(lambda m: m.get("id") == number and "method" not in m, timeout)
        if "error" in message:
            raise RuntimeError(f"{method}: {message['error']}")
        return message.get("result")

    def wait_for(
        self, method: str, match: Callable[[Any], bool] = lambda _: True, timeout: float = 60
    ) -> Any:
        """The params of the first notification `method` (seen before or arriving) that matches."""
        for index, message in enumerate(self.seen):
            if message.get("method") == method and match(message.get("params")):
                del self.seen[index]
                return message["params"]
        message = self._wait(
            lambda m: m.get("method") == method and match(m.get("params")), timeout
        )
        return message["params"]

    def diagnostics(self, uri: str, timeout: float = 60, version: int | None = None) -> list[Any]:
        """The next diagnostics published for `uri` (of `version`, if given)."""
        params = self.wait_for(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
            timeout,
        )
        return params["diagnostics"]  # type: ignore[no-any-return]

    def _wait(self, match: Callable[[Message], bool], timeout: float) -> Message:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"nothing matched in {timeout} s; stderr:\n{self.stderr}")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise EOFError(f"the server closed its output; stderr:\n{self.stderr}")
            if "method" in message and "id" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            if match(message):
                return message
            if "method" in message:
                self.seen.append(message)

    # -- the usual conversation ------------------------------------------------------------

    def initialize(self, root: Path, capabilities: Any | None = None) -> Any:
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": capabilities or {},
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": language,
                    "version": version,
                    "text": text,
                }
            },
        )
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def shutdown(self, timeout: float = 30) -> int:
        """shutdown, then exit; the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
