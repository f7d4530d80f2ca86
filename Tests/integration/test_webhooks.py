"""Webhooks against a real HTTP receiver on loopback (Python's http.server), driven by the
built `hire`: the signature verifies (HMAC-SHA256 of "{t}.{body}"), a 500 is retried and then
delivered with the same event id, nothing is sent twice after a successful delivery, an event
survives a sender killed mid-request (its lease expires, another run delivers it), and a
milestone is announced overdue once.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/integration -q
(without HIRE_BIN the test asks `swift build --show-bin-path`). Standard library only.
"""

import hashlib
import hmac
import http.server
import json
import signal
import threading
import time

import pytest

from hire_support import Workspace

SECRET = "correct horse battery staple 0123456789"


class Receiver:
    """A loopback HTTP server recording each POST; answers from `statuses`, else 200; `hang` delays answers."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        self.hang = 0.0
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                if receiver.hang:
                    time.sleep(receiver.hang)
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def bodies(self):
        return [json.loads(body) for _, body in self.requests]


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.server.shutdown()


@pytest.fixture
def hire():
    run = Workspace()
    run("people", "add", "Maria Lopez", "--email", "maria@example.com")
    for n, name in enumerate(["Ann Able", "Ben Baker", "Cleo Cruz"], start=1):
        run("candidate", "add", "--name", name, "--email", f"c{n}@example.com", "--role", "account-executive")
        run("candidate", "move", str(n), "interviewing", "--reason", "screened")
    yield run
    run.close()


def verify(headers, body):
    signature = dict(part.split("=", 1) for part in headers["Hire-Signature"].split(","))
    t = int(signature["t"])
    assert abs(time.time() - t) < 300
    expected = hmac.new(SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature["v1"], expected)


def test_signed_retried_once_only(hire, receiver):
    added = hire("webhook", "add", receiver.url, "--events", "decision.made,milestone.overdue", "--secret-stdin", stdin=SECRET + "\n")
    assert SECRET not in added.stdout
    receiver.statuses = [500]
    # The command that caused the event tries once before it exits: the receiver says 500.
    hire("decide", "1", "reject", "--reason", "chose another offer")
    assert len(receiver.requests) == 1
    headers, body = receiver.requests[0]
    verify(headers, body)
    event = json.loads(body)
    assert event["type"] == "decision.made" and event["data"]["candidateId"] == 1 and event["data"]["kind"] == "reject"
    assert event["data"]["candidateName"] == "Ann Able" and "candidateEmail" not in event["data"] and "reason" not in event["data"]
    listed = json.loads(hire("webhook", "list", "--format", "json").stdout)
    assert listed[0]["pending"] == 1 and listed[0]["lastError"] == "HTTP 500"

    # Within the backoff nothing is sent; retried, it is delivered with the same event id.
    assert "Delivered 0" in hire("webhook", "deliver").stdout and len(receiver.requests) == 1
    assert "Delivered 1, failed 0, pending 0" in hire("webhook", "deliver", "--retry-now").stdout
    assert len(receiver.requests) == 2
    verify(*receiver.requests[1])
    assert receiver.bodies()[1]["id"] == event["id"]
    # Delivered: never sent again.
    hire("webhook", "deliver", "--retry-now")
    assert len(receiver.requests) == 2

    # A milestone overdue is announced once.
    hire("decide", "2", "hire", "--start", "2026-01-05", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-01-02")
    first = hire("webhook", "deliver", "--today", "2026-06-01").stdout
    assert "newly overdue" in first
    overdue = [b for b in receiver.bodies() if b["type"] == "milestone.overdue"]
    assert overdue and all(b["data"]["candidateId"] == 2 for b in overdue)
    count = len(receiver.requests)
    assert "newly overdue" not in hire("webhook", "deliver", "--today", "2026-06-02").stdout
    assert len(receiver.requests) == count


def test_outbox_survives_a_killed_sender(hire, receiver):
    hire("webhook", "add", receiver.url, "--events", "decision.made", "--secret-stdin", stdin=SECRET + "\n")
    receiver.statuses = [503]
    hire("decide", "3", "reject", "--reason", "withdrew")  # the brief try fails: the event waits in the outbox
    assert len(receiver.requests) == 1

    # A sender killed while the receiver holds its request.
    receiver.hang = 30
    sender = hire.popen("webhook", "deliver", "--retry-now", "--timeout", "2")
    deadline = time.time() + 10
    while len(receiver.requests) < 2 and time.time() < deadline:
        time.sleep(0.05)
    assert len(receiver.requests) == 2
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    receiver.hang = 0

    # Its lease holds the row for a moment: another sender does not send it meanwhile...
    assert "pending 1" in hire("webhook", "deliver", "--retry-now").stdout
    assert len(receiver.requests) == 2
    # ...and takes it once the lease has expired.
    time.sleep(7.5)
    assert "Delivered 1" in hire("webhook", "deliver", "--retry-now").stdout
    ids = {b["id"] for b in receiver.bodies()}
    assert len(receiver.requests) == 3 and len(ids) == 1
    verify(*receiver.requests[2])


def test_the_server_delivers_while_it_runs(hire, receiver):
    """`hire serve` announces newly overdue milestones and sends the outbox every 15 s."""
    from hire_support import free_port

    hire("webhook", "add", receiver.url, "--events", "milestone.overdue", "--secret-stdin", stdin=SECRET + "\n")
    hire("decide", "2", "hire", "--start", "2026-01-05", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-01-02")
    assert not [b for b in receiver.bodies() if b["type"] == "milestone.overdue"]
    server = hire.popen("serve", "--port", str(free_port()))
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not [b for b in receiver.bodies() if b["type"] == "milestone.overdue"]:
            time.sleep(0.5)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    overdue = [b for b in receiver.bodies() if b["type"] == "milestone.overdue"]
    assert overdue and all(b["data"]["candidateId"] == 2 for b in overdue)
    for headers, body in receiver.requests:
        verify(headers, body)
    # Each milestone once, however many rounds the server ran.
    ids = [b["data"].get("milestone") or b["id"] for b in overdue]
    assert len(ids) == len(set(ids))
