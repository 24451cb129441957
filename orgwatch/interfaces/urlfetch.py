"""Fetching an article by URL for a client that may not be trusted (server-side request forgery).

Every TCP connection, the first and each redirect's, goes through ``_GuardedBackend``: it
resolves the host once, refuses the whole host if any address is not public, and connects to
the very address it checked, so a DNS answer that changes between check and connect
(rebinding) cannot reach an internal service. The body is capped in bytes and the whole
exchange, redirects included, in seconds.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore

from orgwatch.errors import BadInput

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchRefused(BadInput):
    """A URL that is not fetched or whose answer is not an article: same code as bad input."""


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 5 * 1024 * 1024  # the sources' cap for one article
    seconds: float = 10.0  # for the whole exchange, redirects included
    max_redirects: int = 5


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # lower case, parameters dropped
    charset: str | None
    body: bytes


def is_public(address: IPAddress) -> bool:
    """Whether ``address`` is a public unicast address (IPv4 inside IPv6 unwrapped first)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not (address.is_multicast or address.is_reserved)


def check_address(address: IPAddress, allow: Iterable[IPNetwork] = ()) -> None:
    """Raise ``FetchRefused`` unless ``address`` is public or inside an ``allow``ed network."""
    if is_public(address) or any(address in net for net in allow):
        return
    raise FetchRefused(f"refused: {address} is a private, loopback, link-local or reserved address")


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, allow: tuple[IPNetwork, ...]) -> None:
        self._allow = allow
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as e:
            raise FetchRefused(f"cannot resolve {host}: {e}") from e
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        for address in addresses:  # all of them: a mixed answer is a rebinding trick
            check_address(address, self._allow)
        return self._inner.connect_tcp(str(addresses[0]), port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise FetchRefused("refused: unix sockets")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def fetch(url: str, limits: FetchLimits = DEFAULT_LIMITS, allow: Iterable[IPNetwork] = ()) -> Fetched:
    """GET ``url`` over http(s) within ``limits``, following redirects, each one re-checked.

    ``allow`` exempts networks from the address check. Only tests pass it, to reach a server
    on 127.0.0.1; the default refuses every non-public address.
    """
    deadline = time.monotonic() + limits.seconds
    backend = _GuardedBackend(tuple(allow))
    with httpcore.ConnectionPool(ssl_context=ssl.create_default_context(), network_backend=backend) as pool:
        for _ in range(limits.max_redirects + 1):
            _check_url(url)
            remaining = _remaining(deadline)
            timeouts = {"connect": remaining, "read": remaining, "write": remaining, "pool": remaining}
            headers = [(b"User-Agent", b"orgwatch"), (b"Accept", b"text/html, text/plain;q=0.9")]
            try:
                with pool.stream("GET", url, headers=headers, extensions={"timeout": timeouts}) as response:
                    location = _header(response, b"location")
                    if response.status in (301, 302, 303, 307, 308) and location:
                        url = urljoin(url, location)
                        continue
                    if response.status != 200:
                        raise FetchRefused(f"{url} answered HTTP {response.status}")
                    body = _read_capped(response, limits.max_bytes, deadline)
            except httpcore.TimeoutException as e:
                raise FetchRefused(f"{url}: no answer within {limits.seconds:g} s") from e
            except (httpcore.NetworkError, httpcore.ProtocolError) as e:
                raise FetchRefused(f"{url}: {e or type(e).__name__}") from e
            mime, _, params = (_header(response, b"content-type") or "").partition(";")
            charset = params.partition("charset=")[2].strip(" \"'") or None
            return Fetched(url, mime.strip().lower(), charset, body)
    raise FetchRefused(f"more than {limits.max_redirects} redirects")


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"refused: only http and https URLs with a host, not {url!r}")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchRefused("time limit reached")
    return left


def _header(response: httpcore.Response, name: bytes) -> str | None:
    for key, value in response.headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _read_capped(response: httpcore.Response, max_bytes: int, deadline: float) -> bytes:
    declared = _header(response, b"content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(f"page of {declared} bytes exceeds the cap of {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_stream():
        size += len(chunk)
        if size > max_bytes:
            raise FetchRefused(f"page exceeds the cap of {max_bytes} bytes")
        _remaining(deadline)
        chunks.append(chunk)
    return b"".join(chunks)
