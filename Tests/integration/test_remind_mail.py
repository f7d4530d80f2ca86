"""`hire remind --send` through real mail parts: the built `hire` hands each message to msmtp
(Debian's sendmail-compatible client), which relays it over SMTP to an aiosmtpd sink (PyPI) on a
loopback port; what arrives is parsed with Python's `email` package: From, To, Date,
Message-ID, RFC 2047 encoded UTF-8 names, the multipart/alternative structure, both bodies and
their links. A second run the same day sends nothing; a failing mail program is reported per
message with its own exit status and the message goes out on the next run.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/integration -q
(without HIRE_BIN the test asks `swift build --show-bin-path`). Skips when msmtp or aiosmtpd is
missing, except under CI (CI set), where `.ci/run` installs both and a skip would hide a failure.
"""

import email
import email.policy
import email.utils
import os
import shutil
import stat

import pytest

from hire_support import Workspace, free_port, need

ZOE = "Zoë Ångström-Núñez"
CANDIDATE = "María-José Núñez"

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - depends on the machine
    Controller = None


class Sink:
    """Collects every message the SMTP server receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.original_content or envelope.content))
        return "250 OK"


@pytest.fixture
def sink():
    need(Controller is not None, "aiosmtpd")
    handler = Sink()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


@pytest.fixture
def hire():
    need(shutil.which("msmtp"), "msmtp")
    run = Workspace()
    run("people", "add", ZOE, "--email", "zoe@example.com")
    run("people", "add", "Tom Becker", "--email", "tom@example.com")
    run("candidate", "add", "--name", CANDIDATE, "--email", "mj@example.com", "--role", "account-executive")
    run("interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "zoe@example.com", "--at", "2026-03-02T10:00")
    run("interview", "schedule", "1", "--round", "role-play", "--interviewer", "Tom Becker", "--at", "2026-03-04T09:00",
        "--location", "Room 4, floor 2")
    run("settings", "set", "mail_from", "Hire Bot <hire@example.com>")
    run("settings", "set", "base_url", "https://hire.example.com")
    yield run
    run.close()


def msmtp(port):
    return f"msmtp --host=127.0.0.1 --port={port} --auth=off --tls=off --from=hire@example.com -t"


def test_remind_sends_once_through_msmtp(hire, sink):
    controller, handler = sink
    printed = hire("remind", "--today", "2026-03-03").stdout
    assert "phone-screen scorecard for María-José Núñez" in printed and handler.messages == []

    result = hire("remind", "--today", "2026-03-03", "--send", "--sendmail", msmtp(controller.port))
    assert result.stdout.count("Sent to") == 2, result.stdout
    assert len(handler.messages) == 2
    by_rcpt = {rcpts[0]: data for rcpts, data in handler.messages}
    assert set(by_rcpt) == {"zoe@example.com", "tom@example.com"}

    raw = by_rcpt["zoe@example.com"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    # RFC 2047: the UTF-8 name is encoded in the raw header and decodes back exactly.
    raw_headers = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    assert b"=?UTF-8?B?" in raw_headers and ZOE.encode() not in raw_headers
    assert max(len(line) for line in raw_headers.splitlines()) <= 998
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == (ZOE, "zoe@example.com")
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Hire Bot", "hire@example.com")
    assert email.utils.parsedate_to_datetime(message["Date"]) is not None
    assert message["Message-ID"].startswith("<hire.2026-03-03.") and message["Message-ID"].endswith("@example.com>")
    assert message["Subject"] == "Hire reminder: 1 overdue"
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert f"Hello {ZOE}," in text and "Overdue:" in text
    assert "phone-screen scorecard for María-José Núñez" in text
    assert "https://hire.example.com/interviews/1/scorecard" in text
    assert '<a href="https://hire.example.com/interviews/1/scorecard">' in html and "María-José Núñez" in html
    assert "rating" not in text.lower()

    tom = email.message_from_bytes(by_rcpt["tom@example.com"], policy=email.policy.default)
    assert tom["Subject"] == "Hire reminder: 1 interview tomorrow"
    tom_text = tom.get_body(("plain",)).get_content()
    assert "2026-03-04 09:00 María-José Núñez, " in tom_text
    assert "Room 4, floor 2" in tom_text
    # Each message holds only its recipient's items.
    assert "phone-screen" not in tom_text

    # The same day again: nothing new, nothing sent.
    again = hire("remind", "--today", "2026-03-03", "--send", "--sendmail", msmtp(controller.port))
    assert "Nothing to remind." in again.stdout
    assert len(handler.messages) == 2


def test_failures_are_reported_per_message_and_retried(hire, sink):
    controller, handler = sink
    # A mail program that refuses Tom's message and relays the others.
    script = os.path.join(hire.folder, "picky-sendmail")
    with open(script, "w") as f:
        f.write("#!/bin/sh\nm=$(cat)\ncase \"$m\" in *tom@example.com*) echo 'refused tom@example.com' >&2; exit 75;; esac\n"
                f"printf '%s\\n' \"$m\" | {msmtp(controller.port)}\n")
    os.chmod(script, stat.S_IRWXU)

    none = hire("remind", "--today", "2026-03-03", "--send", "--sendmail", "/bin/false", expect=4)
    assert none.stderr.count("not sent to person") == 2 and handler.messages == []
    assert "@" not in none.stderr  # no addresses in errors

    some = hire("remind", "--today", "2026-03-03", "--send", "--sendmail", script, expect=2)
    assert "Sent to" in some.stdout and "not sent to person 2" in some.stderr
    assert "tom@example.com" not in some.stderr
    assert [rcpts for rcpts, _ in handler.messages] == [["zoe@example.com"]]

    # Tom turns reminders off: nothing for him; on again: his message goes out on the next run.
    hire("people", "notify", "Tom Becker", "--off")
    assert "Nothing to remind." in hire("remind", "--today", "2026-03-03", "--send", "--sendmail", script).stdout
    hire("people", "notify", "Tom Becker", "--on")
    hire("remind", "--today", "2026-03-03", "--send", "--sendmail", msmtp(controller.port))
    assert sorted(rcpts[0] for rcpts, _ in handler.messages) == ["tom@example.com", "zoe@example.com"]
