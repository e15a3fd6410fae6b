"""Headless Chromium over the DevTools protocol, through a pipe: open a page, run script, click, screenshot.

Used by the tests, ``benchmarks/html_first_frame.py`` and the README's screenshots to look
at the HTML view in a real browser. It drives the system's Chromium (Debian's
``chromium``; ``KG_CHROMIUM`` names another binary) with the standard library only:
the browser talks over ``--remote-debugging-pipe``, so no port is opened and nothing
is downloaded. Every console error, uncaught exception and request the page makes is
recorded.

Examples:
    >>> import pathlib, tempfile
    >>> if find_chromium():
    ...     page = pathlib.Path(tempfile.mkdtemp()) / "p.html"
    ...     _ = page.write_text("<title>t</title><p id=x>你好</p>", encoding="utf-8")
    ...     with Chromium() as browser:
    ...         _ = browser.open(page)
    ...         text = browser.evaluate("document.getElementById('x').textContent")
    ... else:
    ...     text = "你好"
    >>> text
    '你好'
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
    "--hide-scrollbars", "--mute-audio", "--disable-dev-shm-usage", "--remote-debugging-pipe",
]


# The page's own sign that its first frame is drawn (kg/data/graph.js sets it).
PAGE_READY = "document.documentElement.dataset.ready === '1'"


def node_position(name: str) -> str:
    """JavaScript that gives where on the screen a kg page draws the node named ``name``.

    Examples:
        >>> node_position("王路易").endswith('("王路易")')
        True
    """
    return """(function (name) {
  var i = kgView.nodes.findIndex(function (n) { return n.n === name; });
  var p = kgView.network.canvasToDOM(kgView.network.getPosition(i));
  var r = document.getElementById("graph").getBoundingClientRect();
  return [p.x + r.left, p.y + r.top];
})(%s)""" % json.dumps(name, ensure_ascii=False)


def find_chromium() -> str | None:
    """The Chromium binary: ``$KG_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on the PATH."""
    if os.environ.get("KG_CHROMIUM"):
        return os.environ["KG_CHROMIUM"]
    return shutil.which("chromium") or shutil.which("chromium-browser")


class BrowserError(RuntimeError):
    """The browser did not start, died, or did not answer in time."""


class Chromium:
    """One headless browser with one page; use it as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 60.0, binary: str | None = None):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no chromium found (apt-get install chromium, or set KG_CHROMIUM)")
        self.width, self.height, self.timeout = width, height, timeout
        self.errors: list[str] = []  # console errors and uncaught exceptions
        self.requests: list[str] = []  # every URL the page asked for
        self._next = 0
        self._buffer = b""
        self._events: list[dict] = []

    # -- process and pipe ---------------------------------------------------------------------
    def __enter__(self) -> Chromium:
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # above 3 and 4 (where the browser wants them), so that bash moving them cannot clash
        for low in (to_browser_r, from_browser_w):
            high = fcntl.fcntl(low, fcntl.F_DUPFD, 100)
            os.close(low)
            if low == to_browser_r:
                to_browser_r = high
            else:
                from_browser_w = high
        args = [self.binary, *FLAGS, f"--user-data-dir={self._profile}", f"--window-size={self.width},{self.height}",
                "about:blank"]
        # the browser reads commands on fd 3 and writes answers on fd 4
        shell = f'exec 3<&{to_browser_r} 4>&{from_browser_w} {to_browser_r}<&- {from_browser_w}>&-; exec "$@"'
        self._process = subprocess.Popen(["bash", "-c", shell, "bash", *args], pass_fds=(to_browser_r, from_browser_w),
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Network", "Log"):
                self.call(f"{domain}.enable", session=True)
            self.call("Emulation.setDeviceMetricsOverride", session=True, width=self.width, height=self.height,
                      deviceScaleFactor=1, mobile=False)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            os.write(self._to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
        except OSError:
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"{self.binary} closed the connection (exit status {self._process.poll()})")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        data = json.loads(message)
        if "method" in data:
            self._record(data)
        return data

    def _record(self, event: dict) -> None:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))
        self._events.append(event)

    def call(self, method: str, session: bool = False, **params) -> dict:
        """Send one DevTools command (to the page with ``session=True``) and wait for its result."""
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        try:
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        except OSError as e:
            raise BrowserError(f"chromium closed the connection ({e.strerror})") from None
        deadline = time.monotonic() + self.timeout
        while True:
            data = self._read(deadline)
            if data.get("id") == self._next:
                if "error" in data:
                    raise BrowserError(f"{method}: {data['error'].get('message')}")
                return data.get("result", {})

    def wait_for(self, method: str, timeout: float | None = None) -> dict:
        """Wait for the next event named ``method`` (events already seen count once)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for k, event in enumerate(self._events):
                if event["method"] == method:
                    del self._events[: k + 1]
                    return event.get("params", {})
            self._events.clear()
            self._read(deadline)

    # -- the page -----------------------------------------------------------------------------
    def open(self, path: str | os.PathLike, wait: str = "document.readyState === 'complete'") -> float:
        """Load a file and wait until ``wait`` is true in the page; seconds from navigation to then."""
        self._events.clear()
        start = time.monotonic()
        self.call("Page.navigate", session=True, url=Path(path).resolve().as_uri())
        self.wait_until(wait)
        return time.monotonic() - start

    def wait_until(self, expression: str, timeout: float | None = None) -> None:
        """Poll a script expression until it is true."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while not self.evaluate(f"(function () {{ try {{ return !!({expression}); }} catch (e) {{ return false; }} }})()"):
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression}")
            time.sleep(0.05)

    def evaluate(self, expression: str):
        """The value of a script expression in the page (JSON-like values)."""
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result.get("result", {}).get("value")

    def click(self, x: float, y: float) -> None:
        """A left click of the mouse at page coordinates (press and release)."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def type_text(self, text: str) -> None:
        """Type text into the focused element, as a keyboard would (input events fire)."""
        self.call("Input.insertText", session=True, text=text)

    def press(self, key: str) -> None:
        """Press and release a named key (``Enter``, ``ArrowDown``, ``Escape`` …) on the focused element."""
        codes = {"Enter": 13, "Escape": 27, "ArrowDown": 40, "ArrowUp": 38}
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", session=True, type=kind, key=key, code=key,
                      windowsVirtualKeyCode=codes.get(key, 0))

    def screenshot(self, path: str | os.PathLike) -> None:
        """Save what the page shows now as a PNG."""
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))
