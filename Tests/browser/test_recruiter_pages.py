"""The recruiter's pages in a real browser: headless Chromium driven by chromedriver against a
real `hire serve` on a free loopback port, over a temporary workspace set up with the built
`hire` binary.

A recruiter follows the header's Import link, uploads the shipped agency feed (one of its
records has no name and no email, on purpose), reads the import's summary with that record's
line, then finds it among the rejects. axe-core runs on every page and must find no violation
of serious or critical impact; the CSP blocks nothing.

Run: HIRE_BIN=.build/debug/hire python3 -m pytest Tests/browser -q
HIRE_UPDATE_SCREENSHOTS=1 also writes docs/server-upload.png.
"""

import os
import subprocess
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from test_team_server import ROOT, Workspace, browser, check_accessibility, served, press, screenshot, start_over, tab_to, type_into

PASSWORD_JONAS = "lantern meadow copper 42"
FEED = os.path.join(ROOT, "Imports", "agency-batch-hrxml2.xml")
BAD_RECORD_LINE = 82  # the feed's record without name and email


class RecruiterWorkspace(Workspace):
    def set_up(self):
        """The account-executive role with opening AE-2026-01, and Jonas, a recruiter with a login."""
        subprocess.run([self.hire, "init", "--workspace", self.path, "--time-zone", "UTC"], check=True, capture_output=True)
        self.run("roles", "load", os.path.join(ROOT, "Scorecards", "account-executive.yaml"))
        self.run("opening", "add", "AE-2026-01", "--role", "account-executive", "--title", "Account Executive, Mid-Market")
        self.run("people", "add", "Jonas Weber", "--email", "jonas.weber@example.com")
        self.run("user", "add", "Jonas Weber", "--grant", "recruiter", "--password-stdin", stdin=PASSWORD_JONAS + "\n")


@pytest.fixture(scope="module")
def workspace():
    yield from served(RecruiterWorkspace())


def path(driver):
    return urllib.parse.urlsplit(driver.current_url).path


def test_recruiter_uploads_a_feed_and_sees_its_reject(workspace, browser):
    ws, driver = workspace, browser
    driver.get(ws.base + "/login")
    start_over(driver)
    type_into(driver, "email", "jonas.weber@example.com")
    type_into(driver, "password", PASSWORD_JONAS)
    press(driver, Keys.ENTER)
    assert path(driver) == "/interviews"

    # The header's Import link, then the upload form (no JavaScript: a multipart form post).
    driver.find_element(By.LINK_TEXT, "Import").click()
    assert path(driver) == "/imports"
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/imports']")
    assert form.get_attribute("enctype") == "multipart/form-data"
    check_accessibility(driver, "upload form")
    Select(driver.find_element(By.ID, "role")).select_by_visible_text("account-executive")
    # A file chooser is the browser's own dialog: the file is given to the input, as a person picks it.
    driver.find_element(By.ID, "feed").send_keys(FEED)
    start_over(driver)
    tab_to(driver, "upload")
    press(driver, Keys.ENTER)

    # The summary: what was imported, and this feed's reject with its line.
    assert path(driver) == "/imports"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Feed imported"
    summary = driver.find_element(By.ID, "summary").text
    assert "Rejected\n1" in summary and "Imported\n" in summary
    rejects = driver.find_element(By.ID, "this-rejects").text
    assert f"line {BAD_RECORD_LINE}" in rejects and "the record has no name and no email" in rejects
    assert "+49 30 5550 1234" not in driver.page_source  # the record's content stays out of the page
    check_accessibility(driver, "import summary")
    screenshot(driver, "server-upload", 1280)

    # Every rejected record, newest first, with its line.
    driver.find_element(By.LINK_TEXT, "All rejected records").click()
    assert path(driver) == "/imports/rejects"
    rows = driver.find_elements(By.CSS_SELECTOR, "#rejects tbody tr")
    assert len(rows) == 1
    assert f"line {BAD_RECORD_LINE}" in rows[0].text and "the record has no name and no email" in rows[0].text
    check_accessibility(driver, "rejects")
