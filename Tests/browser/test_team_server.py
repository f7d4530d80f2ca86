"""The interviewer's day in a real browser: headless Chromium driven by chromedriver against a
real `hire serve` on a free loopback port, over a temporary workspace set up with the built
`hire` binary.

Sign up from an invite link, sign in, open My interviews and the scorecard form, fill it in
with the keyboard only, submit it with a missing evidence note (the error shows next to that
competency, everything typed is kept), fix and submit, see the panel's cards appear (another
interviewer submitted first, so the blind rule visibly lifts), sign out, and check the old
session cookie no longer works. axe-core runs on every page and must find no violation of
serious or critical impact.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/browser -q
(without HIRE_BIN the test asks `swift build --show-bin-path`). HIRE_UPDATE_SCREENSHOTS=1 also writes
the README's screenshots into docs/.
"""

import datetime
import http.client
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DOCS = os.path.join(ROOT, "docs")
PASSWORD_TOM = "blue harbour lantern 42"
PASSWORD_AISHA = "quiet meadow copper 77"


def hire_binary():
    if os.environ.get("HIRE_BIN"):
        return os.environ["HIRE_BIN"]
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    return os.path.join(bin_path, "hire")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Workspace:
    """A temporary workspace built with the `hire` binary, and the `hire serve` over it."""

    def __init__(self):
        self.hire = hire_binary()
        assert os.access(self.hire, os.X_OK), f"no hire binary at {self.hire} (build it, or set HIRE_BIN)"
        self.folder = tempfile.mkdtemp(prefix="hire-browser-")
        self.path = os.path.join(self.folder, "hire.sqlite")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = None

    def run(self, *args, stdin=None):
        done = subprocess.run(
            [self.hire, *args, "--workspace", self.path], input=stdin, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, f"hire {' '.join(args)} failed: {done.stderr}"
        return done.stdout

    def set_up(self):
        """One opening, two interviewers on the same role-play panel three hours ago; Aisha
        has submitted her scorecard and has a login, Tom is invited."""
        subprocess.run(
            [self.hire, "init", "--workspace", self.path, "--time-zone", "UTC"], check=True, capture_output=True
        )
        self.run("roles", "load", os.path.join(ROOT, "Scorecards", "account-executive.yaml"))
        self.run("opening", "add", "AE-2026-01", "--role", "account-executive", "--title", "Account Executive, Mid-Market")
        self.run("people", "add", "Tom Becker", "--email", "tom.becker@example.com", "--title", "Senior Account Executive")
        self.run("people", "add", "Aisha Khan", "--email", "aisha.khan@example.com", "--title", "Account Executive")
        self.run("candidate", "add", "--name", "Priya Raman", "--email", "priya.raman@example.net", "--opening", "AE-2026-01")
        self.candidate = 1
        self.run("candidate", "move", "1", "screening", "--reason", "CV matches the opening")
        self.run("candidate", "move", "1", "interviewing", "--reason", "passed the phone screen")
        at = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
        for person in ("Tom Becker", "Aisha Khan"):
            self.run("interview", "schedule", "1", "--round", "role-play", "--interviewer", person, "--at", at)
        # Tom also has a later round not yet held, so My interviews lists more than one kind.
        later = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
        self.run("interview", "schedule", "1", "--round", "panel", "--interviewer", "Tom Becker", "--at", later)
        self.run(
            "scorecard", "submit", "--candidate", "1", "--round", "role-play", "--interviewer", "aisha.khan@example.com",
            "--rate", "discovery=3", "--rate", "demo-presentation=3", "--rate", "objection-handling=2",
            "--rate", "coachability=4", "--evidence", "coachability=asked for feedback twice and used it at once",
            "--recommend", "no", "--notes", "Strong listener, weak on objections.",
        )
        self.run("user", "add", "Aisha Khan", "--password-stdin", stdin=PASSWORD_AISHA + "\n")
        link = self.run("user", "invite", "Tom Becker", "--base-url", self.base).strip()
        assert link.startswith(self.base + "/invite/"), link
        self.invite_link = link
        rows = json.loads(self.run("interview", "list", "1", "--format", "json"))
        tom = 1  # the first person added
        self.tom_role_play = next(r["id"] for r in rows if r["roundId"] == "role-play" and r["interviewerId"] == tom)

    def start(self):
        self.log = open(os.path.join(self.folder, "serve.log"), "w")
        self.server = subprocess.Popen(
            [self.hire, "serve", "--workspace", self.path, "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if request("GET", self.base + "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("hire serve did not answer /healthz within 20 s")

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=15)
        if self.server:
            self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def request(method, url, headers=None):
    """One request without following redirects: (status, headers, body)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(method, parts.path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def served(ws):
    """Sets up `ws`, serves it while the tests run, then stops it and removes its folder."""
    try:
        ws.set_up()
        ws.start()
        yield ws
    finally:
        ws.stop()


@pytest.fixture(scope="module")
def workspace():
    yield from served(Workspace())


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--hide-scrollbars", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


# --- helpers -----------------------------------------------------------------------------------


def check_accessibility(driver, page):
    """axe-core on the current page, in the light and the dark colour scheme: no violation of
    serious or critical impact; and the page's content security policy blocked nothing."""
    axe = Axe(driver)
    axe.inject()
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )
        results = axe.run()
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        assert not bad, f"{page} ({scheme}): " + axe.report(bad)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    assert not blocked, f"{page}: the CSP blocked {blocked}"


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def focused(driver):
    return driver.switch_to.active_element


def tab_to(driver, element_id, limit=60):
    """Presses Tab until the element with `element_id` has the focus."""
    for _ in range(limit):
        if focused(driver).get_attribute("id") == element_id:
            return focused(driver)
        press(driver, Keys.TAB)
    raise AssertionError(f"Tab never reached #{element_id}")


def choose(driver, first_id, steps):
    """Tabs into a radio group at its first choice and moves down `steps` choices with the
    arrow keys, then presses Space: keyboard only."""
    tab_to(driver, first_id)
    for _ in range(steps):
        press(driver, Keys.ARROW_DOWN)
    press(driver, Keys.SPACE)
    chosen = focused(driver)
    assert chosen.get_attribute("type") == "radio" and chosen.is_selected()
    return chosen.get_attribute("id")


def type_into(driver, element_id, text):
    tab_to(driver, element_id)
    press(driver, text)


def value(driver, element_id):
    return driver.find_element(By.ID, element_id).get_attribute("value")


def checked(driver, element_id):
    return driver.find_element(By.ID, element_id).is_selected()


def screenshot(driver, name, width, height=None):
    """docs/NAME.png, `width` CSS pixels wide (a phone's viewport below 500) and `height` tall
    (the whole page without it), only when HIRE_UPDATE_SCREENSHOTS=1."""
    if os.environ.get("HIRE_UPDATE_SCREENSHOTS") != "1":
        return
    metrics = {"width": width, "height": height or 900, "deviceScaleFactor": 1, "mobile": width < 500}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    if height is None:
        metrics["height"] = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.save_screenshot(os.path.join(DOCS, name + ".png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def start_over(driver):
    """Back to the top of the page with nothing focused, so Tab starts from the skip link."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    press(driver, Keys.TAB)


# --- the flow ------------------------------------------------------------------------------------


def test_interviewer_day(workspace, browser):
    ws, driver = workspace, browser

    # Sign up from the invite link: a weak password is refused next to the field.
    driver.get(ws.invite_link)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Set your password"
    check_accessibility(driver, "invite")
    start_over(driver)
    type_into(driver, "password", "short")
    press(driver, Keys.ENTER)
    error = driver.find_element(By.ID, "password-error")
    assert "12" in error.text
    assert driver.find_element(By.ID, "password").get_attribute("aria-invalid") == "true"
    check_accessibility(driver, "invite with an error")
    start_over(driver)
    type_into(driver, "password", PASSWORD_TOM)
    press(driver, Keys.ENTER)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Password set"
    check_accessibility(driver, "invite done")
    # The link is single-use.
    assert request("GET", ws.invite_link)[0] == 404

    # Sign in: a wrong password first, then the right one.
    driver.get(ws.base + "/login")
    check_accessibility(driver, "login")
    start_over(driver)
    type_into(driver, "email", "tom.becker@example.com")
    type_into(driver, "password", "not the password at all")
    press(driver, Keys.ENTER)
    assert driver.find_element(By.ID, "login-error").is_displayed()
    assert value(driver, "email") == "tom.becker@example.com"
    check_accessibility(driver, "login with an error")
    start_over(driver)
    type_into(driver, "password", PASSWORD_TOM)
    press(driver, Keys.ENTER)
    assert urllib.parse.urlsplit(driver.current_url).path == "/interviews"
    session = driver.get_cookie("hire_session")
    assert session and session["httpOnly"] and session.get("sameSite") == "Lax"

    # My interviews: the role-play is owed, the panel round is upcoming.
    assert driver.find_element(By.TAG_NAME, "h1").text == "My interviews"
    cards = driver.find_elements(By.CSS_SELECTOR, "main li.card")
    assert len(cards) == 2 and "owed" in cards[0].get_attribute("class")
    assert "Role-play" in cards[0].text and "Priya Raman" in cards[0].text
    check_accessibility(driver, "my interviews")
    screenshot(driver, "server-interviews-desktop", 1280)
    screenshot(driver, "server-interviews-phone", 390)

    # The candidate page, and the panel's cards before submitting: counts only.
    driver.get(f"{ws.base}/candidates/{ws.candidate}")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Priya Raman"
    check_accessibility(driver, "candidate")
    driver.get(f"{ws.base}/candidates/{ws.candidate}/scorecards")
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "Blind scoring" in body and "1 scorecard submitted" in body
    assert "Aisha Khan" not in body and "weak on objections" not in body
    check_accessibility(driver, "panel cards, blind")

    # Two-step sign-in: the enrolment page (key as text and otpauth link, no script) and a wrong code.
    driver.get(ws.base + "/account/two-factor")
    link = driver.find_element(By.CSS_SELECTOR, "main a[href^='otpauth:']")
    assert link.get_attribute("href").startswith("otpauth://totp/")
    assert driver.find_element(By.ID, "secret").text.strip()
    check_accessibility(driver, "two-step enrolment")
    type_into(driver, "otp", "000000")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert driver.find_element(By.ID, "otp-error").is_displayed()
    check_accessibility(driver, "two-step enrolment, wrong code")

    # The scorecard form, reached from My interviews with the keyboard.
    driver.get(ws.base + "/interviews")
    start_over(driver)
    link = driver.find_element(By.CSS_SELECTOR, "li.owed a.button")
    for _ in range(30):
        if focused(driver) == link:
            break
        press(driver, Keys.TAB)
    press(driver, Keys.ENTER)
    form_path = f"/interviews/{ws.tom_role_play}/scorecard"
    assert urllib.parse.urlsplit(driver.current_url).path == form_path
    assert driver.find_element(By.TAG_NAME, "h1").text == "Scorecard: Priya Raman"
    check_accessibility(driver, "scorecard form")

    # Fill it in with the keyboard only: discovery at the top level (4) needs evidence, left out.
    start_over(driver)
    choose(driver, "rating-discovery-1", 3)
    choose(driver, "rating-demo-presentation-1", 2)
    type_into(driver, "evidence-demo-presentation", "Restated the CFO's priorities before showing anything.")
    choose(driver, "rating-objection-handling-1", 1)
    type_into(driver, "evidence-objection-handling", "Rebutted the price objection from a script.")
    choose(driver, "rating-coachability-1", 4)  # n/a, after the four levels
    type_into(driver, "skip-coachability", "No time left for the feedback exercise.")
    choose(driver, "recommendation-strong-no", 2)  # strong-no, no, yes
    type_into(driver, "notes", "Good structure; push on objections at the panel.")
    tab_to(driver, "submit")
    press(driver, Keys.ENTER)

    # Refused: the error is next to discovery's evidence; everything typed is kept.
    assert urllib.parse.urlsplit(driver.current_url).path == form_path
    summary = driver.find_element(By.ID, "problems")
    assert "Nothing was recorded" in summary.text
    error = driver.find_element(By.ID, "error-discovery")
    assert "evidence" in error.text.lower()
    section = error.find_element(By.XPATH, "ancestor::section")
    assert section.find_element(By.TAG_NAME, "h2").text == "Needs discovery"
    evidence = driver.find_element(By.ID, "evidence-discovery")
    assert evidence.get_attribute("aria-invalid") == "true"
    assert "error-discovery" in evidence.get_attribute("aria-describedby")
    assert driver.find_elements(By.CSS_SELECTOR, ".error[id^=error-]") == [error]
    assert checked(driver, "rating-discovery-4")
    assert checked(driver, "rating-demo-presentation-3")
    assert value(driver, "evidence-demo-presentation") == "Restated the CFO's priorities before showing anything."
    assert checked(driver, "rating-objection-handling-2")
    assert checked(driver, "rating-coachability-na")
    assert value(driver, "skip-coachability") == "No time left for the feedback exercise."
    assert checked(driver, "recommendation-yes")
    assert value(driver, "notes") == "Good structure; push on objections at the panel."
    check_accessibility(driver, "scorecard form with errors")
    screenshot(driver, "server-scorecard-desktop", 1280, 1500)
    screenshot(driver, "server-scorecard-phone", 390, 844)

    # Nothing was recorded: Aisha's is still the only scorecard.
    assert "Tom Becker" not in ws.run("scorecard", "list", "1")

    # Fix and submit.
    start_over(driver)
    type_into(driver, "evidence-discovery", "Found the budget owner and the deadline unprompted.")
    tab_to(driver, "submit")
    press(driver, Keys.ENTER)

    # The panel's cards: the blind rule lifts, Aisha's card and the debrief flags show.
    assert urllib.parse.urlsplit(driver.current_url).path == f"/candidates/{ws.candidate}/scorecards"
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Blind scoring" not in main
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "article.card h2")]
    assert any(h.startswith("Tom Becker (you)") for h in headings), headings
    assert any(h.startswith("Aisha Khan") for h in headings), headings
    assert "Strong listener, weak on objections." in main
    assert "Found the budget owner and the deadline unprompted." in main
    assert "Discuss at the debrief" in main  # a yes/no split between the two
    check_accessibility(driver, "panel cards")
    listed = ws.run("scorecard", "list", "1")
    assert "Tom Becker" in listed and "Aisha Khan" in listed

    # Sign out with the keyboard; the old session cookie no longer works.
    old = driver.get_cookie("hire_session")["value"]
    assert request("GET", ws.base + "/interviews", {"Cookie": f"hire_session={old}"})[0] == 200
    start_over(driver)
    tab_to(driver, "sign-out")
    press(driver, Keys.ENTER)
    assert urllib.parse.urlsplit(driver.current_url).path == "/login"
    assert driver.get_cookie("hire_session") is None or driver.get_cookie("hire_session")["value"] == ""
    status, headers, _ = request("GET", ws.base + "/interviews", {"Cookie": f"hire_session={old}"})
    assert status == 303 and headers.get("Location", headers.get("location")) == "/login", (status, headers)
    driver.add_cookie({"name": "hire_session", "value": old, "path": "/"})
    driver.get(ws.base + "/interviews")
    assert urllib.parse.urlsplit(driver.current_url).path == "/login"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Sign in"

    # A page that does not exist (or may not be known) is accessible too.
    driver.get(ws.base + "/invite/no-such-token")
    check_accessibility(driver, "not found")
