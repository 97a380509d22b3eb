"""A static server for a built site, as GitHub Pages serves it: text gzipped, under a path prefix.

Pages serves a project site under `/<repository>/` and compresses HTML, CSS, JavaScript, JSON, SVG and
XML with gzip; Lighthouse and the sub-path tests see the site the same way. Unknown paths get the site's
`404.html` with status 404, as Pages does.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

GZIPPED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
_TYPES = {
    ".js": "text/javascript",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
}


class _PagesHandler(http.server.BaseHTTPRequestHandler):
    def __init__(self, *args, site: Path, prefix: str, **kwargs):
        self.site, self.prefix = site, prefix
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass

    def do_GET(self):  # noqa: N802 - name fixed by the base class
        path = unquote(urlsplit(self.path).path)
        if path + "/" == self.prefix:
            return self._redirect(self.prefix)
        target = self._file(path[len(self.prefix) :]) if path.startswith(self.prefix) else None
        if target is not None and target.is_dir():
            return self._redirect(path + "/")
        if target is None or not target.is_file():
            return self._send(404, self.site / "404.html")
        return self._send(200, target)

    def _file(self, relative: str) -> Path | None:
        target = (self.site / relative).resolve()
        if self.site.resolve() not in (target, *target.parents):
            return None
        if relative.endswith("/") or relative == "":
            target = target / "index.html"
        return target

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, file: Path) -> None:
        body = file.read_bytes() if file.is_file() else b"Not found"
        kind = _TYPES.get(file.suffix) or self.guess_type(file)
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Cache-Control", "max-age=600")  # what Pages sends
        if file.suffix in GZIPPED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @staticmethod
    def guess_type(file: Path) -> str:
        import mimetypes

        return mimetypes.guess_type(file.name)[0] or "application/octet-stream"


class SiteServer:
    """`with SiteServer(site_dir, prefix="/repo/") as base:` base is `http://127.0.0.1:<port>/repo/`."""

    def __init__(self, site: Path, prefix: str = "/", port: int = 0):
        handler = functools.partial(_PagesHandler, site=Path(site), prefix=prefix)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}{prefix}"

    def __enter__(self) -> str:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self.base

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
