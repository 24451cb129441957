"""``orgwatch serve`` as a user starts it: a subprocess on 127.0.0.1, the token from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from services import free_port

CLI = "from orgwatch.interfaces.cli import main; main()"


def test_serve_answers_and_takes_its_token_from_the_environment(seeded_url: str) -> None:
    port = free_port()
    env = {**os.environ, "ORGWATCH_TOKEN": "from-env"}
    command = [sys.executable, "-c", CLI, "serve", "--db", seeded_url, "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                page = httpx.get(f"{base}/person/Sam%20Altman")
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "orgwatch serve did not start"
                time.sleep(0.1)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert httpx.get(f"{base}/static/app.js").status_code == 200
        assert httpx.get(f"{base}/api/search", params={"q": "Schulman"}).json()[0]["name"] == "John Schulman"
        body = {"text": "   "}  # refused after the token check: nothing is written
        assert httpx.post(f"{base}/api/ingest", json=body).status_code == 401
        allowed = httpx.post(f"{base}/api/ingest", json=body, headers={"Authorization": "Bearer from-env"})
        assert allowed.status_code == 400
    finally:
        server.terminate()
        server.wait(timeout=10)
