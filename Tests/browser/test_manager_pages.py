"""The hiring manager's and the mentor's pages in a real browser: headless Chromium driven by
chromedriver against a real `hire serve` on a free loopback port, over a temporary workspace set
up with the built `hire` binary.

A hiring manager opens My openings and the live slate, reads a candidate's debrief (who still
owes a scorecard, with the hours since the interview), tries to hire without the override the
incomplete scorecards need (the error shows next to that field, what was typed is kept), hires
with one and finds the ramp plan on the ramp dashboard. A mentor records a check-in on the
anchored scale and completes a milestone. axe-core runs on every page and must find no violation
of serious or critical impact; the CSP blocks nothing.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/browser -q
HIRE_UPDATE_SCREENSHOTS=1 also writes the README's screenshots into docs/.
"""

import datetime
import os
import subprocess
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from test_team_server import (
    ROOT, Workspace, browser, check_accessibility, served, press, screenshot, start_over, tab_to, type_into, value,
)

PASSWORD_MARIA = "amber orchard signal 31"
PASSWORD_OLU = "granite river compass 58"


class ManagerWorkspace(Workspace):
    def set_up(self):
        """Opening AE-2026-01 managed by Maria with two candidates interviewed: Priya (Aisha's card
        in, Tom's owed for 27 hours) and Daniel; Nina hired 20 days ago and mentored by Olu."""
        subprocess.run([self.hire, "init", "--workspace", self.path, "--time-zone", "UTC"], check=True, capture_output=True)
        self.run("roles", "load", os.path.join(ROOT, "Scorecards", "account-executive.yaml"))
        for name, email in (("Maria Lopez", "maria.lopez@example.com"), ("Aisha Khan", "aisha.khan@example.com"),
                            ("Tom Becker", "tom.becker@example.com"), ("Olu Adeyemi", "olu.adeyemi@example.com")):
            self.run("people", "add", name, "--email", email)
        self.run("opening", "add", "AE-2026-01", "--role", "account-executive", "--title", "Account Executive, Mid-Market",
                 "--manager", "Maria Lopez")
        now = datetime.datetime.now(datetime.timezone.utc)
        for name, email in (("Priya Raman", "priya.raman@example.net"), ("Daniel Okafor", "daniel.okafor@example.net"),
                            ("Nina Patel", "nina.patel@example.net")):
            self.run("candidate", "add", "--name", name, "--email", email, "--opening", "AE-2026-01")
        for candidate in ("1", "2", "3"):
            self.run("candidate", "move", candidate, "interviewing", "--reason", "passed the phone screen")
        at = lambda hours: (now - datetime.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M")
        self.run("interview", "schedule", "1", "--round", "role-play", "--interviewer", "Aisha Khan", "--at", at(30))
        self.run("interview", "schedule", "1", "--round", "role-play", "--interviewer", "Tom Becker", "--at", at(27))
        self.run("interview", "schedule", "2", "--round", "role-play", "--interviewer", "Aisha Khan", "--at", at(50))
        self.run(
            "scorecard", "submit", "--candidate", "1", "--round", "role-play", "--interviewer", "aisha.khan@example.com",
            "--rate", "discovery=4", "--evidence", "discovery=found the budget owner and the deadline unprompted",
            "--rate", "demo-presentation=3", "--rate", "objection-handling=3", "--rate", "coachability=3",
            "--recommend", "yes", "--notes", "Clear structure; confident on price.",
        )
        self.run(
            "scorecard", "submit", "--candidate", "2", "--round", "role-play", "--interviewer", "aisha.khan@example.com",
            "--rate", "discovery=2", "--rate", "demo-presentation=3", "--rate", "objection-handling=2", "--rate", "coachability=3",
            "--recommend", "no", "--notes", "Pitched before asking.",
        )
        start = (now.date() - datetime.timedelta(days=20)).isoformat()
        decided = (now.date() - datetime.timedelta(days=22)).isoformat()
        self.run("decide", "3", "hire", "--start", start, "--manager", "Maria Lopez", "--override", "strong references", "--today", decided)
        self.run("mentor", "add", "Olu Adeyemi", "--strengths", "discovery,demo-presentation", "--capacity", "2")
        self.run("mentor", "assign", "3", "Olu Adeyemi")
        for milestone in ("hr-paperwork", "expectations-30-60-90", "training-plan"):
            self.run("ramp", "complete", "3", milestone, "--on", (now.date() - datetime.timedelta(days=15)).isoformat())
        self.run("user", "add", "Maria Lopez", "--grant", "hiring-manager", "--password-stdin", stdin=PASSWORD_MARIA + "\n")
        self.run("user", "add", "Olu Adeyemi", "--grant", "mentor", "--password-stdin", stdin=PASSWORD_OLU + "\n")


@pytest.fixture(scope="module")
def workspace():
    yield from served(ManagerWorkspace())


def path(driver):
    return urllib.parse.urlsplit(driver.current_url).path


def sign_in(ws, driver, email, password):
    driver.get(ws.base + "/login")
    start_over(driver)
    type_into(driver, "email", email)
    type_into(driver, "password", password)
    press(driver, Keys.ENTER)
    assert path(driver) == "/interviews"


def sign_out(driver):
    start_over(driver)
    tab_to(driver, "sign-out")
    press(driver, Keys.ENTER)
    assert path(driver) == "/login"


def test_hiring_manager_and_mentor(workspace, browser):
    ws, driver = workspace, browser
    today = datetime.datetime.now(datetime.timezone.utc).date()

    # The hiring manager: My openings, then the live slate.
    sign_in(ws, driver, "maria.lopez@example.com", PASSWORD_MARIA)
    driver.find_element(By.LINK_TEXT, "Openings").click()
    assert path(driver) == "/openings"
    mine = driver.find_element(By.CSS_SELECTOR, "main ul.list li.card")
    assert "Account Executive, Mid-Market" in mine.text and "Maria Lopez" in mine.text
    check_accessibility(driver, "openings")
    mine.find_element(By.TAG_NAME, "a").click()
    assert path(driver) == "/openings/AE-2026-01/slate"
    rows = driver.find_elements(By.CSS_SELECTOR, "table.slate tbody tr")
    assert [r.find_element(By.TAG_NAME, "th").find_element(By.TAG_NAME, "a").text for r in rows] == ["Priya Raman", "Daniel Okafor"]
    assert "failed" in rows[1].text  # Daniel misses the discovery must-have
    check_accessibility(driver, "slate")
    screenshot(driver, "server-slate-desktop", 1280)

    # The debrief: score, the panel's card, who still owes a scorecard.
    rows[0].find_element(By.LINK_TEXT, "Priya Raman").click()
    assert path(driver) == "/candidates/1/debrief"
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "found the budget owner and the deadline unprompted" in main
    owed = driver.find_element(By.XPATH, "//section[h2[@id='owed-title']]").text
    assert "Tom Becker" in owed and "27 h since the interview" in owed and "overdue" in owed
    check_accessibility(driver, "debrief")

    # Hire without the override the incomplete scorecards need: refused next to that field.
    start = (today + datetime.timedelta(days=14)).isoformat()
    start_over(driver)
    type_into(driver, "start-date", start)
    assert Select(driver.find_element(By.ID, "manager")).first_selected_option.text == "Maria Lopez"
    tab_to(driver, "hire")
    press(driver, Keys.ENTER)
    assert path(driver) == "/candidates/1/decision"
    error = driver.find_element(By.ID, "override-error")
    assert "override reason" in error.text
    field = driver.find_element(By.ID, "override")
    assert field.get_attribute("aria-invalid") == "true" and "override-error" in field.get_attribute("aria-describedby")
    assert value(driver, "start-date") == start
    check_accessibility(driver, "debrief with an error")
    screenshot(driver, "server-debrief-desktop", 1280)
    start_over(driver)
    type_into(driver, "override", "Tom's card is late; the panel agrees on a hire.")
    tab_to(driver, "hire")
    press(driver, Keys.ENTER)

    # Hired: the ramp plan, and the hire on the manager's ramp dashboard.
    assert path(driver) == "/ramp/1"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Ramp: Priya Raman"
    assert "Shadow the mentor's live calls" in driver.find_element(By.TAG_NAME, "main").text
    check_accessibility(driver, "ramp plan")
    driver.find_element(By.LINK_TEXT, "Ramp").click()
    names = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "main li.card h2 a")]
    assert "Priya Raman" in names and "Nina Patel" in names
    check_accessibility(driver, "ramp dashboard")
    screenshot(driver, "server-ramp-desktop", 1280)
    sign_out(driver)

    # The mentor: the dashboard of their mentee, a check-in, a milestone.
    sign_in(ws, driver, "olu.adeyemi@example.com", PASSWORD_OLU)
    driver.find_element(By.LINK_TEXT, "Ramp").click()
    names = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "main li.card h2 a")]
    assert names == ["Nina Patel"]
    driver.find_element(By.LINK_TEXT, "Nina Patel").click()
    assert path(driver) == "/ramp/3"
    driver.find_element(By.LINK_TEXT, "Record a check-in").click()
    assert path(driver) == "/ramp/3/check-in"
    check_accessibility(driver, "check-in form")
    driver.find_element(By.CSS_SELECTOR, "label[for='observation-discovery-3']").click()
    driver.find_element(By.CSS_SELECTOR, "label[for='observation-coachability-4']").click()
    start_over(driver)
    type_into(driver, "answer-results", "Two qualified opportunities from her own outreach.")
    type_into(driver, "answer-next-steps", "Lead the next two demos with me observing.")
    screenshot(driver, "server-check-in-desktop", 1280, 1400)
    tab_to(driver, "record")
    press(driver, Keys.ENTER)
    assert path(driver) == "/ramp/3"
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Two qualified opportunities from her own outreach." in main and "Needs discovery: 3" in main
    # Complete the shadowing with a note, dated today.
    assert value(driver, "date-shadow-calls") == today.isoformat()
    note = driver.find_element(By.ID, "note-shadow-calls")
    note.send_keys("Joined nine calls; asked good questions after each.")
    driver.find_element(By.ID, "complete-shadow-calls").click()
    assert path(driver) == "/ramp/3"
    item = driver.find_element(By.ID, "milestone-shadow-calls").text
    assert "done" in item and "Joined nine calls" in item
    check_accessibility(driver, "ramp plan after a check-in")
    # Recorded by the library with the signed-in people.
    log = ws.run("audit")
    assert "decision.hire" in log and "checkin.add" in log and "ramp.complete" in log


def test_hiring_manager_schedules_a_panel(workspace, browser):
    """From the debrief to the schedule page: a clash with the interviewer's own interview is a
    warning next to its round (what was typed kept); confirmed, the interview is booked."""
    ws, driver = workspace, browser
    day = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=3)).isoformat()
    ws.run("interview", "schedule", "2", "--round", "phone-screen", "--interviewer", "Tom Becker", "--at", f"{day}T10:00")
    driver.delete_all_cookies()
    sign_in(ws, driver, "maria.lopez@example.com", PASSWORD_MARIA)
    driver.get(ws.base + "/candidates/2/debrief")
    driver.find_element(By.LINK_TEXT, "Schedule the panel").click()
    assert path(driver) == "/candidates/2/schedule"
    assert "Tom Becker" in driver.find_element(By.XPATH, "//section[h2[@id='booked-title']]").text
    check_accessibility(driver, "schedule")
    Select(driver.find_element(By.ID, "interviewer-1")).select_by_visible_text("Tom Becker")
    start_over(driver)
    type_into(driver, "at-1", f"{day} 10:30")
    type_into(driver, "location-1", "Room Kepler")
    tab_to(driver, "book")
    press(driver, Keys.ENTER)
    assert path(driver) == "/candidates/2/schedule"
    assert "Clash" in driver.find_element(By.ID, "clash-1").text
    assert value(driver, "at-1") == f"{day} 10:30" and value(driver, "location-1") == "Room Kepler"
    assert Select(driver.find_element(By.ID, "interviewer-1")).first_selected_option.text == "Tom Becker"
    check_accessibility(driver, "schedule with a clash")
    screenshot(driver, "server-schedule", 1280, 1500)
    driver.find_element(By.CSS_SELECTOR, "label[for='overlap-1']").click()
    start_over(driver)
    tab_to(driver, "book")
    press(driver, Keys.ENTER)
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Booked 1 interview." in main and "Room Kepler" in main
    assert "interview.schedule" in ws.run("audit")
