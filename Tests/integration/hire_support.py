"""What the integration tests share: the built `hire` binary, a temporary workspace to run it
on, and free loopback ports."""

import os
import socket
import subprocess
import tempfile

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def hire_binary():
    """$HIRE_BIN, else the debug binary `swift build --show-bin-path` names."""
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


def need(condition, what):
    """Skips when a tool is missing on this machine; fails under CI (CI set), where .ci/run installs it."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing in CI (.ci/run installs it)")
        pytest.skip(f"{what} is not installed")


class Workspace:
    """A temporary workspace (time zone UTC, the shipped role profiles) and `hire` run on it, in UTC."""

    def __init__(self):
        self._folder = tempfile.TemporaryDirectory()
        self.folder = self._folder.name
        self.path = os.path.join(self.folder, "w.sqlite")
        self.binary = hire_binary()
        self.env = {**os.environ, "TZ": "UTC", "HOME": self.folder}
        self("init", "--time-zone", "UTC")
        self("roles", "load", "Scorecards/")

    def __call__(self, *args, expect=0, stdin=None):
        result = subprocess.run(
            [self.binary, *args, "--workspace", self.path], cwd=ROOT, capture_output=True, text=True, input=stdin, env=self.env
        )
        if expect is not None:
            assert result.returncode == expect, f"{args}: {result.returncode} {result.stderr}"
        return result

    def popen(self, *args):
        return subprocess.Popen(
            [self.binary, *args, "--workspace", self.path], cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    def close(self):
        self._folder.cleanup()
