"""Shared fixtures: one strict build per test session, a local web server under a deep subpath,
and Debian's Chromium for the browser tests."""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from filelock import FileLock
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parent.parent
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


# Material's bundle loads after the first contentful paint (handreiking/bundel.py), which in a
# headless browser often comes after the load event. A page counts as loaded, as for a reader,
# once the bundle has run: every navigation in the tests waits for it (pages without the loader,
# such as bare Material's or any page with JavaScript off, do not wait).
# The predicate returns the loader's final state ("geladen", "fout"), or "geen" for a page without it.
MATERIAL_READY = ("() => { const s = document.documentElement.getAttribute('data-bundel');"
                  " return s !== 'laden' && (s || 'geen'); }")


def _waits_for_material(navigate: Callable) -> Callable:
    """A Page navigation method that, when it waits for the load event, also waits for Material's bundle."""

    @functools.wraps(navigate)
    def wrapper(page: Page, *args: object, **kwargs: object) -> object:
        response = navigate(page, *args, **kwargs)
        if kwargs.get("wait_until") in (None, "load", "networkidle"):
            state = page.wait_for_function(MATERIAL_READY, timeout=15_000).json_value()
            assert state != "fout", (
                f"{page.url}: Materials bundel laadt niet (data-bundel=\"fout\"): staat het bestand in de site?")
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
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(ROOT / ".cache" / "pdf"))
    if not pdfs:
        env["HANDREIKING_PDF"] = "overslaan"
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


PROJECT_PARTS = ["mkdocs.yml", "organisatie-voorbeeld.yml", "docs", "macros", "overrides", "data", "hooks",
                 "handreiking", "organisatie-voorbeeld"]


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


def pytest_sessionstart(session: pytest.Session) -> None:
    """Start the site build at once, in the background (in the controller, before any worker starts),
    so that tests which need no built site run meanwhile."""
    config = session.config
    if os.environ.get("PYTEST_XDIST_WORKER") or config.option.collectonly:
        return
    shared = config._tmp_path_factory.getbasetemp()  # noqa: SLF001 (the workers' base temps live under it)
    (shared / "site-build.gestart").touch()
    log = (shared / "site-build.log").open("w", encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(ROOT / ".cache" / "pdf"))
    build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(shared / "site")],
                             cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)

    def finish() -> None:
        returncode = build.wait()
        log.close()
        (shared / "site-build.rc").write_text(str(returncode), encoding="utf-8")

    threading.Thread(target=finish, daemon=True).start()
    config.stash[_BUILD] = build


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop a site build nobody waited for (a run of unit tests only)."""
    build = session.config.stash.get(_BUILD, None)
    if build and build.poll() is None:
        build.terminate()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need no built site first: they run while it builds."""
    items.sort(key=lambda item: "site_build" in getattr(item, "fixturenames", ()))


_BUILD = pytest.StashKey[subprocess.Popen]()


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site, built once per test run with `mkdocs build --strict` (started when the run starts),
    and what the build printed."""
    shared = _shared(tmp_path_factory)
    out, log, code = shared / "site", shared / "site-build.log", shared / "site-build.rc"
    if not (shared / "site-build.gestart").is_file():  # no controller started it: build here
        result = mkdocs_build(ROOT, out)
        log.write_text(result.stdout + result.stderr, encoding="utf-8")
        code.write_text(str(result.returncode), encoding="utf-8")
    deadline = time.monotonic() + 900
    while not code.is_file():
        assert time.monotonic() < deadline, "de sitebouw is na 15 minuten nog niet klaar"
        time.sleep(0.2)
    printed = log.read_text(encoding="utf-8")
    assert code.read_text(encoding="utf-8") == "0", f"mkdocs build --strict faalt:\n{printed}"
    return out, printed


@pytest.fixture(scope="session")
def site(site_build: tuple[Path, str]) -> Path:
    """The built site."""
    return site_build[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static file handler that does not log every request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay silent."""


@pytest.fixture(scope="session")
def base_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served over http under a deep subpath, e.g. http://127.0.0.1:PORT/een/diep/pad/."""
    webroot = tmp_path_factory.mktemp("webroot")
    target = webroot / SUBPATH.strip("/")
    target.parent.mkdir(parents=True)
    target.symlink_to(site, target_is_directory=True)
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
