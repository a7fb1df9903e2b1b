"""Lighthouse (mobile, performance only) on every page of our site and of bare Material, when the
`lighthouse` command is installed (npm; not needed for the tests): LCP and CLS per page and the
machine's benchmarkIndex. Both sites are served with gzip. Used by benchmark.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import laadgewicht

INSTALL = (
    "Lighthouse niet gevonden; LCP en CLS per pagina overgeslagen. Installeer het met "
    "`npm install -g lighthouse@12.2.3` (Node 20, Chromium in CHROME_PATH of /usr/bin/chromium)."
)
SLOW_INDEX = 1000  # Lighthouse's benchmarkIndex below this: a slow or busy machine, scores swing
CHROME_FLAGS = "--headless=new --no-sandbox"


def available() -> bool:
    """Whether the `lighthouse` command is on the PATH."""
    return shutil.which("lighthouse") is not None


def measure(url: str) -> dict[str, float]:
    """One mobile Lighthouse run (performance only): LCP in ms, CLS, benchmarkIndex.
    (Its detail audits of the LCP element and layout shifts may fail on a newer Chromium; the
    metrics themselves still come.)"""
    env = dict(os.environ)
    env.setdefault("CHROME_PATH", os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lh.json"
        result = subprocess.run(
            [
                "lighthouse",
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={out}",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode or not out.is_file():
            raise SystemExit(f"lighthouse faalt op {url}:\n{result.stdout}\n{result.stderr}")
        report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    lcp, cls = (audits[name].get("numericValue") for name in ("largest-contentful-paint", "cumulative-layout-shift"))
    if lcp is None or cls is None:
        raise SystemExit(f"lighthouse gaf geen LCP of CLS voor {url}: {report.get('runtimeError')}")
    return {"lcp": lcp, "cls": cls, "index": report["environment"]["benchmarkIndex"]}


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """Several runs of one page as one: the median LCP, the largest CLS, the lowest benchmarkIndex."""
    return {
        "lcp": sorted(run["lcp"] for run in runs)[len(runs) // 2],
        "cls": max(run["cls"] for run in runs),
        "index": min(run["index"] for run in runs),
        "runs": len(runs),
    }


def compare(full: Path, bare: Path, pages: list[str], webroot: Path) -> list[tuple[str, dict, dict]]:
    """(page, our metrics, bare Material's metrics) for each page, the two runs of a page one after the
    other. Lighthouse's LCP swings by a few hundred ms between runs on a busy machine: a page whose
    first pair misses the budget is measured twice more on both sites and the median run counts."""
    rows = []
    with (
        laadgewicht.served(full, webroot / "vol", compress=True) as full_url,
        laadgewicht.served(bare, webroot / "kaal", compress=True) as bare_url,
    ):
        for page in pages:
            ours, theirs = [measure(full_url + page)], [measure(bare_url + page)]
            if ours[0]["lcp"] > theirs[0]["lcp"]:
                for _ in range(2):
                    ours.append(measure(full_url + page))
                    theirs.append(measure(bare_url + page))
            rows.append((page, median_run(ours), median_run(theirs)))
    return rows


def report(rows: list[tuple[str, dict, dict]]) -> list[str]:
    """Print the table and the budget checks (our LCP <= bare Material's on the same page; CLS 0);
    return what missed its budget."""
    print(
        f"\nLighthouse, mobiel (alleen prestaties):\n{'pagina':48} {'LCP ons':>8} {'LCP kaal':>9} "
        f"{'CLS ons':>8} {'CLS kaal':>9} {'index':>11} {'metingen':>9}"
    )
    failures = []
    for page, ours, bare in rows:
        print(
            f"{page:48} {ours['lcp'] / 1000:7.2f}s {bare['lcp'] / 1000:8.2f}s {ours['cls']:8.3f} "
            f"{bare['cls']:9.3f} {ours['index']:5.0f}/{bare['index']:<5.0f} {ours.get('runs', 1):9d}"
        )
        if ours["lcp"] > bare["lcp"]:
            failures.append(f"{page}: LCP {ours['lcp'] / 1000:.2f} s > kaal {bare['lcp'] / 1000:.2f} s")
        if round(ours["cls"], 3) > 0:
            failures.append(f"{page}: CLS {ours['cls']:.3f}")
    indices = sorted(m["index"] for _, ours, bare in rows for m in (ours, bare))
    print(
        f"budget: LCP ons <= LCP kaal op elke pagina, CLS 0; "
        f"benchmarkIndex {indices[0]:.0f}..{indices[-1]:.0f} (mediaan {indices[len(indices) // 2]:.0f})"
    )
    if indices[0] < SLOW_INDEX:
        print(
            f"LET OP: benchmarkIndex < {SLOW_INDEX}: een trage of drukke machine; de tijden schommelen, "
            "meet opnieuw op een rustige machine voor je conclusies trekt."
        )
    return failures
