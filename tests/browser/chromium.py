"""Run Debian's headless Chromium on a local page: the rendered DOM, a screenshot, console lines.

No extra Python dependency: `--dump-dom` gives the DOM after rendering, `--screenshot` a PNG,
and `--enable-logging=stderr` prints every console message as an `INFO:CONSOLE` line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--enable-logging=stderr", "--v=0")


def find() -> str | None:
    """Return the Chromium executable to use (CHROMIUM overrides), or None when there is none."""
    wanted = os.environ.get("CHROMIUM")
    for candidate in ((wanted,) if wanted else CANDIDATES):
        if candidate and (Path(candidate).is_file() or shutil.which(candidate)):
            return candidate
    return None


@dataclass
class Run:
    """What one Chromium run produced."""

    output: str
    console: list[str]


def run(executable: str, url: str, profile: Path, *extra: str, timeout: int = 120) -> Run:
    """Run Chromium once on `url` with a throw-away profile folder; return stdout and console lines."""
    profile.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([executable, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                            capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited with {result.returncode}: {result.stderr[-2000:]}")
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return Run(result.stdout, console)


def dump_dom(executable: str, page: Path, profile: Path) -> Run:
    """Return the DOM of `page` after Chromium has rendered it, and the console lines."""
    return run(executable, page.resolve().as_uri(), profile, "--dump-dom")


def screenshot(executable: str, page: Path, png: Path, profile: Path, size: str = "1280,2400") -> Run:
    """Save a PNG of `page` as Chromium renders it."""
    return run(executable, page.resolve().as_uri(), profile, f"--screenshot={png}", f"--window-size={size}")
