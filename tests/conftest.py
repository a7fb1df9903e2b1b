"""Shared fixtures: one strict build per test session (only when a selected test needs it), a local
web server under a deep subpath, and Debian's Chromium for the browser tests; the markers `bouw`
and `browser` on every test that needs the built site or a browser."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from filelock import FileLock
from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
PDF_CACHE = ROOT / ".cache" / "pdf"  # rendered PDFs and card measurements, shared by every build of the tests
DOCS = ROOT / "docs"
SUBPATH = "/een/diep/pad/"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]


# Material's bundle loads after the first contentful paint (handreiking/bouwstappen/bundel.py), which in a
# headless browser often comes after the load event. A page counts as loaded, as for a reader,
# once the bundle has run: every navigation in the tests waits for it (pages without the loader,
# such as bare Material's or any page with JavaScript off, do not wait).
# The predicate returns the loader's final state ("geladen", "fout"), or "geen" for a page without it.
MATERIAL_READY = (
    "() => { const s = document.documentElement.getAttribute('data-bundel'); return s !== 'laden' && (s || 'geen'); }"
)


def _waits_for_material(navigate: Callable) -> Callable:
    """A Page navigation method that, when it waits for the load event, also waits for Material's bundle."""

    @functools.wraps(navigate)
    def wrapper(page: Page, *args: object, **kwargs: object) -> object:
        response = navigate(page, *args, **kwargs)
        if kwargs.get("wait_until") in (None, "load", "networkidle"):
            state = page.wait_for_function(MATERIAL_READY, timeout=15_000).json_value()
            assert state != "fout", (
                f'{page.url}: Materials bundel laadt niet (data-bundel="fout"): staat het bestand in de site?'
            )
        return response

    return wrapper


for _name in ("goto", "reload", "go_back", "go_forward"):
    setattr(Page, _name, _waits_for_material(getattr(Page, _name)))


def page_paths() -> list[str]:
    """Every page of the site as its built path (use_directory_urls is off: x.md -> x.html)."""
    return sorted(str(p.relative_to(DOCS).with_suffix(".html")) for p in DOCS.rglob("*.md"))


def mkdocs_build(project: Path, out: Path, pdfs: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a strict build of the project in `project` into `out` (without `pdfs`: stand-ins in their place)."""
    # Scratch copies share the project's PDF cache (keyed by content), so a scenario build
    # does not render every PDF again.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(PDF_CACHE))
    if not pdfs:
        env["HANDREIKING_PDF"] = "overslaan"
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


PROJECT_PARTS = [
    "mkdocs.yml",
    "organisatie-voorbeeld.yml",
    "docs",
    "macros",
    "overrides",
    "data",
    "hooks",
    "handreiking",
    "organisatie-voorbeeld",
]


def copy_project(target: Path) -> Path:
    """A scratch copy of the project in `target` (code, data, docs, theme), to change or break."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch copy of the project, to change or break in a test."""
    return copy_project(tmp_path)


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `name`, made by `make(folder)` once per test run and shared by every worker (the
    first worker that needs it makes it; the others wait and reuse it)."""
    shared = _shared(tmp_path_factory)
    out, done = shared / name, shared / f"{name}.klaar"
    with FileLock(str(shared / f"{name}.lock")):
        if not done.is_file():
            shutil.rmtree(out, ignore_errors=True)
            make(out)
            done.touch()
    return out


def _shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder all workers of this test run share (the controller's base temp)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


# The site build: started in the background by the first process that collected a test needing
# it (a worker under xdist, which collects; the controller does not), so that tests which need no
# built site run meanwhile; `pytest tests/test_gegevens.py` builds nothing. It runs detached (its own
# process group, writing its own exit code), because under xdist the worker that started it may
# finish its share and exit long before the others are done with the site.
SITE_BUILD = "sitebouw"  # under the run's shared folder: site/, log, rc (exit code), pid
SITE_FIXTURES = ("site_build",)  # `site`, `base_url` and every fixture using them depend on it
BROWSER_FIXTURES = ("playwright",)  # page, context, browser, ... of pytest-playwright depend on it
_RUN_AND_RECORD = """import os, subprocess, sys
folder, command = sys.argv[1], sys.argv[2:]
with open(os.path.join(folder, "log"), "w", encoding="utf-8") as log:
    code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT)
with open(os.path.join(folder, "rc.tmp"), "w", encoding="utf-8") as rc:
    rc.write(str(code))
os.replace(os.path.join(folder, "rc.tmp"), os.path.join(folder, "rc"))
"""


def _start_site_build(out: Path) -> None:
    """Start `mkdocs build --strict` of the project into out/site, detached; it writes out/log and,
    when done, out/rc (its exit code)."""
    out.mkdir(parents=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(PDF_CACHE))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out / "site")]
    build = subprocess.Popen(
        [sys.executable, "-c", _RUN_AND_RECORD, str(out), *command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    (out / "pid").write_text(str(build.pid), encoding="utf-8")


def site_build_started(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of this run's site build, started now unless a process of this run already did."""
    return made_once(tmp_path_factory, SITE_BUILD, _start_site_build)


def _needs(item: pytest.Item, fixtures: tuple[str, ...]) -> bool:
    """Whether the test uses one of `fixtures`, directly or through another fixture."""
    return any(name in getattr(item, "fixturenames", ()) for name in fixtures)


# Modules left out of `make check` (marker `traag`) although they need no build or browser; `make
# test` runs them. The one place to name them, each with why.
SLOW_MODULES = {
    # 168 fields x 4 wrong values: each of the 672 cases loads and checks the whole data model again
    # (every YAML file of data/ parsed, one of them with a 10 MB string), ~15 ms each: ~10 s on one core.
    "test_aanval_gegevens.py": "laadt het hele gegevensmodel 672 keer",
    # 69 cases of hostile organisation configs and SVG logos: each reads and checks a config (and its
    # logo) again, several start `python -m handreiking controleer` or `make -n`: ~5 s on one core.
    "test_aanval_bouw.py": "69 vijandige configuraties en logo's, een deel in een eigen proces",
}
BUILD_HELPERS = ("mkdocs_build", "copy_project", "made_once")  # a module importing one builds a site of its own


def _builds(item: pytest.Item) -> bool:
    """Whether the test needs a site build: this run's site, or one its module makes with the helpers
    above (a scratch copy to break, an organisation's site, a ProperDocs build, ...)."""
    module = getattr(item, "module", None)
    own = module is not None and any(
        getattr(vars(module).get(name), "__module__", None) == __name__ for name in BUILD_HELPERS
    )
    return own or _needs(item, (*SITE_FIXTURES, "project"))


@pytest.hookimpl(tryfirst=True)  # before -m deselects by these markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a site build (`bouw`), a browser (`browser`) or is in a slow module
    (`traag`), so that `make check` (-m "not browser and not bouw and not traag") runs the rest;
    tests that need no built site first: they run while it builds."""
    for item in items:
        if _builds(item):
            item.add_marker(pytest.mark.bouw)
        if _needs(item, BROWSER_FIXTURES):
            item.add_marker(pytest.mark.browser)
        if item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.traag)
    items.sort(key=lambda item: _needs(item, SITE_FIXTURES))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the site build at once when a selected test needs it (this hook runs in each process
    that collects: the single process, or every xdist worker; made_once starts it only once)."""
    if session.config.option.collectonly or not any(_needs(item, SITE_FIXTURES) for item in session.items):
        return
    site_build_started(session.config._tmp_path_factory)  # noqa: SLF001 (pytest's own, as the tmp_path_factory fixture)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop a site build still running when the run ends (interrupted, or stopped at a failure
    with -x): in the single process or the xdist controller, once every worker is done."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    folder = _shared(session.config._tmp_path_factory) / SITE_BUILD  # noqa: SLF001
    pid = folder / "pid"
    if pid.is_file() and not (folder / "rc").is_file():
        with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
            os.killpg(int(pid.read_text(encoding="utf-8")), signal.SIGTERM)


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site, built once per test run with `mkdocs build --strict` (started as soon as a test
    that needs it was collected), and what the build printed."""
    folder = site_build_started(tmp_path_factory)
    deadline = time.monotonic() + 900
    while not (folder / "rc").is_file():
        assert time.monotonic() < deadline, "de sitebouw is na 15 minuten nog niet klaar"
        time.sleep(0.2)
    printed = (folder / "log").read_text(encoding="utf-8")
    assert (folder / "rc").read_text(encoding="utf-8") == "0", f"mkdocs build --strict faalt:\n{printed}"
    return folder / "site", printed


@pytest.fixture(scope="session")
def site(site_build: tuple[Path, str]) -> Path:
    """The built site."""
    return site_build[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static file handler that does not log every request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


KEEPER = "__leeg.html"  # a blank page at the test server's root, outside the site: keeps its renderer alive


@pytest.fixture(scope="session")
def base_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served over http under a deep subpath, e.g. http://127.0.0.1:PORT/een/diep/pad/."""
    webroot = tmp_path_factory.mktemp("webroot")
    target = webroot / SUBPATH.strip("/")
    target.parent.mkdir(parents=True)
    target.symlink_to(site, target_is_directory=True)
    (webroot / KEEPER).write_text("<!doctype html><title>leeg</title>", encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(webroot))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    server.shutdown()


def find_chromium() -> str:
    """Path of a Chromium binary, or fail with how to install one."""
    candidates = [os.environ.get("CHROMIUM_PATH"), shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail(
        "Geen Chromium gevonden voor de browsertests. Installeer Debian's chromium "
        "(sudo apt-get install -y chromium) of zet CHROMIUM_PATH=/pad/naar/chromium. "
        "`make test` doet dit zelf als je root bent.",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's Chromium offline (pytest-playwright hook)."""
    return {**browser_type_launch_args, "executable_path": find_chromium(), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """Dutch locale for every browser context (pytest-playwright hook)."""
    return {**browser_context_args, "locale": "nl-NL"}


class Tabs:
    """One browser context per worker for the tests' tabs, service workers blocked: a blank page of the
    test server stays open in it, so a new tab of the site reuses its renderer process instead of
    starting one (a fresh context costs ~2 CPU-s before the page does anything; a new tab ~0.5). Each
    test opens its own tabs; after it they close and everything the site stored is cleared."""

    def __init__(self, browser: Browser, args: dict, origin: str) -> None:
        """Open the context and its blank page."""
        self.browser, self.args, self.origin = browser, args, origin
        self._open()

    def _open(self) -> None:
        """A new context with the blank page of the test server."""
        self.context = self.browser.new_context(**self.args, service_workers="block")
        self.keeper = self.context.new_page()
        self.keeper.goto(f"{self.origin}/{KEEPER}")
        self.cdp = self.context.new_cdp_session(self.keeper)

    def new(self, viewport: dict[str, int] | None = None) -> Page:
        """A new tab (at `viewport`, before it loads anything)."""
        if self.keeper.is_closed():  # a test closed the context
            self._open()
        page = self.context.new_page()
        if viewport:
            page.set_viewport_size(viewport)
        return page

    def reset(self) -> None:
        """Close the test's tabs and clear what the site stored (storage, cookies, HTTP cache), as a fresh context."""
        if self.keeper.is_closed():
            return
        for tab in self.context.pages:
            if tab is not self.keeper:
                tab.close()
        self.context.clear_cookies()
        self.context.clear_permissions()
        self.cdp.send("Storage.clearDataForOrigin", {"origin": self.origin, "storageTypes": "all"})
        self.cdp.send("Network.clearBrowserCache")


@pytest.fixture(scope="session")
def _tabs(browser: Browser, browser_context_args: dict, base_url: str) -> Iterator[Tabs]:
    """The worker's context for tabs of the served site."""
    tabs = Tabs(browser, browser_context_args, base_url.split(SUBPATH)[0])
    yield tabs
    with contextlib.suppress(Exception):
        tabs.context.close()


@pytest.fixture
def tabs(_tabs: Tabs) -> Iterator[Tabs]:
    """Fresh tabs of the served site for this test (`tabs.new()`), cleared away after it."""
    yield _tabs
    _tabs.reset()


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Page:
    """pytest-playwright's page, as a tab of the worker's context when the test visits the served site
    (storage cleared after each test, service workers blocked: test_offline tests those in their own
    contexts); in the test's own `context` when it asks for one, or for file:// pages."""
    if "context" in request.fixturenames or "base_url" not in request.fixturenames:
        return request.getfixturevalue("context").new_page()
    return request.getfixturevalue("tabs").new()
