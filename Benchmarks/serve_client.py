"""Client side of Benchmarks/serve.sh: signs interviewers in to a running `hire serve` and posts
their scorecards, timing each request.

  serve_client.py login BASE EMAIL PASSWORD           prints the hire_session cookie value
  serve_client.py submit BASE WORKSPACE PASSWORD [N] [CLIENTS]
      signs in the interviewers of the benchmark's interviews (people 5 to 54), then posts one
      scorecard for each of N interviews (default 1,000) from CLIENTS threads (default 8), each
      with its own keep-alive connection; prints the throughput and latency percentiles.
"""

import concurrent.futures
import http.client
import re
import sqlite3
import sys
import threading
import time
import urllib.parse

COMPETENCIES = ["discovery", "demo", "objections", "closing", "market", "methodology", "coachability", "grit"]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def cookie(headers, name):
    for key, value in headers:
        if key.lower() == "set-cookie" and value.startswith(name + "="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None


class Client:
    """One keep-alive connection with its own session."""

    def __init__(self, base):
        parts = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.cookies = {}

    def send(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        return response.status, response.getheaders(), text

    def login(self, email, password):
        status, headers, page = self.send("GET", "/login")
        assert status == 200, status
        self.cookies["hire_csrf"] = cookie(headers, "hire_csrf")
        token = CSRF.search(page).group(1)
        status, headers, _ = self.send("POST", "/login", {"csrf_token": token, "email": email, "password": password})
        assert status == 303, f"sign-in of {email} answered {status}"
        self.cookies = {"hire_session": cookie(headers, "hire_session")}
        return self.cookies["hire_session"]


def login(base, email, password):
    print(Client(base).login(email, password))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def submit(base, workspace, password, count=1000, clients=8):
    with sqlite3.connect(workspace) as db:
        interviews = db.execute(
            "SELECT i.id, p.email FROM interview i JOIN person p ON p.id = i.interviewerId "
            "WHERE i.interviewerId BETWEEN 5 AND 54 ORDER BY i.id LIMIT ?",
            (count,),
        ).fetchall()
    emails = sorted({email for _, email in interviews})

    # One signed-in session and CSRF token per interviewer (tokens belong to the session).
    sessions = {}

    def sign_in(email):
        client = Client(base)
        session = client.login(email, password)
        _, _, page = client.send("GET", "/interviews")
        sessions[email] = (session, CSRF.search(page).group(1))

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(sign_in, emails))

    local = threading.local()
    latencies, statuses, lock = [], {}, threading.Lock()

    def post(item):
        interview, email = item
        if not hasattr(local, "client"):
            local.client = Client(base)
        session, token = sessions[email]
        local.client.cookies = {"hire_session": session}
        form = {"csrf_token": token, "recommendation": "yes", "notes": "benchmark"}
        for k, competency in enumerate(COMPETENCIES):
            form[f"rating.{competency}"] = str(2 + (interview + k) % 2)
        start = time.perf_counter()
        status, headers, _ = local.client.send("POST", f"/interviews/{interview}/scorecard", form)
        elapsed = time.perf_counter() - start
        with lock:
            latencies.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(post, interviews))
    wall = time.perf_counter() - start
    ms = lambda s: f"{s * 1000:.1f} ms"
    print(
        f"submit: {len(interviews)} POSTs from {clients} clients ({len(emails)} interviewers) in {wall:.2f} s, "
        f"{len(interviews) / wall:.0f} req/s; latency p50 {ms(percentile(latencies, 50))}, "
        f"p99 {ms(percentile(latencies, 99))}, max {ms(max(latencies))}; statuses {dict(sorted(statuses.items()))}"
    )
    if statuses != {303: len(interviews)}:
        sys.exit("submit: not every POST was accepted (303)")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "login":
        login(*args)
    elif command == "submit":
        submit(args[0], args[1], args[2], *(int(a) for a in args[3:]))
    else:
        sys.exit(__doc__)
