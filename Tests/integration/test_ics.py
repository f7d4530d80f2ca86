"""`hire calendar PERSON -o FILE.ics` read back by an independent parser, the `icalendar` package
from PyPI: every field round-trips (names with commas, semicolons and non-ASCII letters, a long
location folded over several lines), the text is CRLF with no physical line over 75 octets, a
moved interview keeps its UID with a higher SEQUENCE, a cancelled one is STATUS:CANCELLED, and a
manager's milestones and check-ins are all-day events.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/integration -q
(without HIRE_BIN the test asks `swift build --show-bin-path`). Skips when `icalendar` is not
installed; `.ci/run` installs it.
"""

import datetime
import os

import pytest

from hire_support import Workspace

icalendar = pytest.importorskip("icalendar")

CANDIDATE = "Núñez, María-José; Jr."
INTERVIEWER = "Ångström, Zoë"
LOCATION = "Room 4.12, Tower B; or https://meet.example.com/abc-defg-hij?pwd=" + "x" * 60 + " (ask reception, Ümit)"


@pytest.fixture
def hire():
    workspace = Workspace()
    workspace("people", "add", INTERVIEWER, "--email", "zoe@example.com")
    workspace("people", "add", "Maria Lopez", "--email", "maria@example.com")
    workspace("candidate", "add", "--name", CANDIDATE, "--email", "mj@example.com", "--role", "account-executive")
    yield workspace
    workspace.close()


def read(hire, person, *extra):
    path = os.path.join(hire.folder, "cal.ics")
    hire("calendar", person, "-o", path, *extra)
    raw = open(path, "rb").read()
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    # CRLF only, every physical line at most 75 octets, each valid UTF-8 on its own.
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")
    return raw, icalendar.Calendar.from_ical(raw)


def events(calendar):
    return [c for c in calendar.walk("VEVENT")]


def test_interview_round_trips_moves_and_cancels(hire):
    hire("interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "zoe@example.com",
         "--at", "2026-12-03T10:00", "--duration", "45", "--location", LOCATION)
    raw, calendar = read(hire, "zoe@example.com", "--base-url", "https://hire.example.com")
    assert calendar["VERSION"] == "2.0" and "Hire" in str(calendar["PRODID"])
    # icalendar keeps X- properties raw (vUnknown): the TEXT escaping shows.
    assert str(calendar["X-WR-CALNAME"]) == "Hire: " + INTERVIEWER.replace(",", "\\,")
    [event] = events(calendar)
    uid = str(event["UID"])
    assert uid.startswith("interview-1@")
    assert event.decoded("DTSTART") == datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.timezone.utc)
    assert event.decoded("DURATION") == datetime.timedelta(minutes=45)
    assert str(event["LOCATION"]) == LOCATION  # escaped, folded (it is long), unfolded, unescaped
    assert b"\r\n " in raw  # something was folded
    assert str(event["SUMMARY"]).startswith(f"Interview: {CANDIDATE} (")
    description = str(event["DESCRIPTION"])
    assert CANDIDATE in description and "\n" in description
    assert "https://hire.example.com/interviews/1/scorecard" in description
    assert str(event["URL"]) == "https://hire.example.com/interviews/1/scorecard"
    assert int(event["SEQUENCE"]) == 0 and str(event["STATUS"]) == "CONFIRMED"
    assert isinstance(event.decoded("DTSTAMP"), datetime.datetime)

    hire("interview", "move", "1", "--at", "2026-12-04T15:30")
    _, calendar = read(hire, "zoe@example.com")
    [moved] = events(calendar)
    assert str(moved["UID"]) == uid and int(moved["SEQUENCE"]) == 1
    assert moved.decoded("DTSTART") == datetime.datetime(2026, 12, 4, 15, 30, tzinfo=datetime.timezone.utc)
    assert "URL" not in moved  # no base URL given nor set

    hire("interview", "cancel", "1", "--reason", "the candidate withdrew")
    _, calendar = read(hire, "zoe@example.com")
    [cancelled] = events(calendar)
    assert str(cancelled["UID"]) == uid and int(cancelled["SEQUENCE"]) == 2 and str(cancelled["STATUS"]) == "CANCELLED"
    # The slot is free: the same interviewer can be booked for the round again, as a new event.
    hire("interview", "schedule", "1", "--round", "phone-screen", "--interviewer", "zoe@example.com", "--at", "2026-12-05T09:00")
    _, calendar = read(hire, "zoe@example.com")
    assert sorted(str(e["UID"]).split("@")[0] for e in events(calendar)) == ["interview-1", "interview-2"]


def test_manager_sees_milestones_and_check_ins_as_all_day_events(hire):
    hire("settings", "set", "base_url", "https://hire.example.com")
    hire("candidate", "move", "1", "interviewing", "--reason", "screened")
    hire("decide", "1", "hire", "--start", "2026-03-09", "--manager", "Maria Lopez", "--override", "test", "--today", "2026-03-04")
    _, calendar = read(hire, "Maria Lopez")
    all_day = [e for e in events(calendar) if type(e.decoded("DTSTART")) is datetime.date]
    assert all_day, "no all-day events"
    check_ins = [e for e in all_day if str(e["SUMMARY"]).startswith("1:1 check-in")]
    assert [e.decoded("DTSTART") for e in check_ins][:1] == [datetime.date(2026, 4, 8)]
    for event in all_day:
        assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(days=1)
        assert CANDIDATE in str(event["SUMMARY"])
    assert len({str(e["UID"]) for e in events(calendar)}) == len(events(calendar))
