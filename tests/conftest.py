"""Shared fixtures: the project's own copy of the scrape, cleaned once per session, and a headless browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from dangjian import paths
from dangjian.pipeline import load_clean, load_table

# The label verifiers of the held-out sets are scripts, one per folder with the same name: run by
# tests/test_corpus_labels.py, not collected as modules (two files named check_labels.py would clash).
collect_ignore_glob = ["corpus_*/check_labels.py"]


@pytest.fixture(scope="session")
def raw_text() -> str:
    return paths.RAW_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cleaned():
    return load_clean()


@pytest.fixture(scope="session")
def table(cleaned):
    return load_table(cleaned)


# --- a headless Chromium for the browser tests --------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_or_skip() -> str:
    """The Chromium to drive: a user's ``make test`` without it skips with a reason; in CI (``CI`` set, as
    ``.ci/run`` is run) a missing browser fails the test, so the browser tests can never pass by not running."""
    if CHROMIUM is None:
        message = "Chromium not installed (`.ci/run` installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI is set, so the browser tests must run", pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def chromium() -> str:
    return chromium_or_skip()


class Browser:
    """One headless Chromium tab driven over the DevTools protocol (``websocket-client``, pinned through Jupyter).

    ``open(url, width, height)`` loads a page at a viewport size; ``js(expression)`` evaluates a script
    in it and returns the value; ``screenshot(path)`` saves what the viewport shows as a PNG.  A real browser's
    layout is what the tests measure (element widths at 390 px), not the CSS rules that should give it.
    """

    def __init__(self, executable: str, profile: Path) -> None:
        import websocket

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
             "--allow-file-access-from-files", f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        active = profile / "DevToolsActivePort"
        for _ in range(300):
            if active.exists() and len(active.read_text().split()) == 2:
                break
            time.sleep(0.1)
        port = active.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as reply:
            target = next(t for t in json.load(reply) if t["type"] == "page")
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.ids = 0

    def send(self, method: str, **params):
        self.ids += 1
        self.socket.send(json.dumps({"id": self.ids, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.ids:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def open(self, url: str, width: int = 1400, height: int = 900) -> None:
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        self.send("Page.navigate", url=url)
        for _ in range(300):
            if self.js("document.readyState") == "complete" and self.js("location.href") != "about:blank":
                return
            time.sleep(0.05)
        raise TimeoutError(url)

    def js(self, expression: str):
        reply = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(reply["exceptionDetails"].get("exception", {}).get("description", reply["exceptionDetails"]))
        return reply["result"].get("value")

    def screenshot(self, path: Path, *, full: bool = False) -> Path:
        """A PNG of the viewport (or of the ``full`` page)."""
        import base64

        path.parent.mkdir(parents=True, exist_ok=True)
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=full)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def browser(chromium, tmp_path_factory):
    tab = Browser(chromium, tmp_path_factory.mktemp("chromium-profile"))
    yield tab
    tab.close()
