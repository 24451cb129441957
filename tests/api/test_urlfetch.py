"""URL ingestion safety: address checks without network, fetch limits against a 127.0.0.1 server.

The local server is reachable only because each test passes ``allow`` explicitly; the default
refuses it, which is the first thing tested.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from orgwatch.interfaces.urlfetch import FetchLimits, FetchRefused, check_address, fetch, is_public

LOCAL = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255",
        "::1", "::", "fe80::1", "fc00::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::1",
    ],
)  # fmt: skip
def test_non_public_addresses_are_refused(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert not is_public(ip)
    with pytest.raises(FetchRefused, match="refused"):
        check_address(ip)


@pytest.mark.parametrize("address", ["8.8.8.8", "151.101.1.69", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    check_address(ipaddress.ip_address(address))


def test_allow_exempts_only_the_listed_network() -> None:
    check_address(ipaddress.ip_address("127.0.0.1"), LOCAL)
    with pytest.raises(FetchRefused):
        check_address(ipaddress.ip_address("127.0.0.2"), LOCAL)


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Handler.hits.append(self.path)
        port = self.server.server_address[1]  # type: ignore[index]
        if self.path == "/article":
            self._send(200, b"<html><body><p>Hello.</p></body></html>", "text/html; charset=utf-8")
        elif self.path == "/big":
            self._send(200, b"x" * 4096, "text/plain")
        elif self.path == "/big-chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(8):
                self.wfile.write(b"400\r\n" + b"y" * 1024 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, b"late", "text/plain")
        elif self.path == "/to-article":
            self._redirect(f"http://127.0.0.1:{port}/article")
        elif self.path == "/to-other-loopback":
            self._redirect(f"http://127.0.0.2:{port}/article")
        elif self.path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif self.path == "/loop":
            self._redirect("/loop")
        else:
            self._send(404, b"", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """The time-cap test hangs up on purpose: no traceback for that."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_default_refuses_loopback_before_connecting(server: str) -> None:
    _Handler.hits.clear()
    port = server.rsplit(":", 1)[1]
    for url in (f"{server}/article", f"http://localhost:{port}/article", f"http://[::1]:{port}/article"):
        with pytest.raises(FetchRefused, match="refused"):
            fetch(url)
    assert _Handler.hits == []


def test_fetches_a_page_from_an_allowed_address(server: str) -> None:
    page = fetch(f"{server}/article", allow=LOCAL)
    assert page.body == b"<html><body><p>Hello.</p></body></html>"
    assert (page.content_type, page.charset) == ("text/html", "utf-8")


def test_follows_redirects_and_reports_the_final_url(server: str) -> None:
    page = fetch(f"{server}/to-article", allow=LOCAL)
    assert page.url == f"{server}/article"
    assert b"Hello." in page.body


@pytest.mark.parametrize("path", ["/to-other-loopback", "/to-metadata"])
def test_redirect_targets_are_checked_again(server: str, path: str) -> None:
    with pytest.raises(FetchRefused, match="refused"):
        fetch(f"{server}{path}", allow=LOCAL)


def test_redirect_loops_end(server: str) -> None:
    with pytest.raises(FetchRefused, match="redirects"):
        fetch(f"{server}/loop", FetchLimits(max_redirects=3), allow=LOCAL)


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_size_cap(server: str, path: str) -> None:
    with pytest.raises(FetchRefused, match="cap"):
        fetch(f"{server}{path}", FetchLimits(max_bytes=2000), allow=LOCAL)


def test_time_cap(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchRefused, match=r"within|time limit"):
        fetch(f"{server}/slow", FetchLimits(seconds=0.5), allow=LOCAL)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "http:///nohost", "gopher://a/"]
)
def test_only_http_urls_with_a_host(url: str) -> None:
    with pytest.raises(FetchRefused, match="only http"):
        fetch(url)


def test_http_errors_are_refusals(server: str) -> None:
    with pytest.raises(FetchRefused, match="HTTP 404"):
        fetch(f"{server}/missing", allow=LOCAL)
