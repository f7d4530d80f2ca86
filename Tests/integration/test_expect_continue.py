"""`hire serve` answers `Expect: 100-continue` at once: curl sends it with every body over 1 MB
and waits a second for the answer before sending the body (a feed upload started a second late)."""

import socket
import time

import pytest

from hire_support import Workspace, free_port


@pytest.fixture
def server():
    workspace = Workspace()
    port = free_port()
    process = workspace.popen("serve", "--port", str(port))
    deadline = time.time() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert time.time() < deadline, "hire serve did not listen within 60 s"
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(timeout=30)
    workspace.close()


def head(port, expect):
    connection = socket.create_connection(("127.0.0.1", port), timeout=5)
    connection.sendall(
        b"POST /api/v1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nContent-Length: 5\r\n"
        + (b"Expect: 100-continue\r\n" if expect else b"")
        + b"\r\n"
    )
    return connection


def read_until(connection, marker):
    received = b""
    connection.settimeout(5)
    while marker not in received:
        chunk = connection.recv(4096)
        if not chunk:
            break
        received += chunk
    return received


def test_100_continue_comes_before_the_body_is_sent(server):
    with head(server, expect=True) as connection:
        connection.settimeout(0.5)  # well within the second curl waits
        first = connection.recv(64)
        assert first.startswith(b"HTTP/1.1 100 Continue\r\n"), first
        connection.sendall(b"<a/>\n")
        rest = read_until(connection, b"HTTP/1.1 401")
        # Then the request is answered as any other: no API token, 401.
        assert b"HTTP/1.1 401" in first + rest


def test_no_100_without_the_header(server):
    with head(server, expect=False) as connection:
        connection.sendall(b"<a/>\n")
        answer = read_until(connection, b"\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 401"), answer
