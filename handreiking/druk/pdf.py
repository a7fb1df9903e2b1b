"""Print-ready PDFs rendered from Jinja templates with WeasyPrint, cached by content hash.

Each handout module offers `pdf_jobs(model) -> list[PdfJob]`; the build step `voorbereiden`
(handreiking/bouwstappen/bouw.py) renders the missing ones on every core at once."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from handreiking.kern.bronnen import source
from handreiking.kern.gegevens import BouwFout
from handreiking.kern.sjablonen import render

log = logging.getLogger("handreiking.druk.pdf")
CACHE_ENV = "HANDREIKING_PDF_CACHE"
# HANDREIKING_PDF=overslaan: a quick trial build with a one-page stand-in for every PDF (never for a release).
SKIP_ENV, SKIP_VALUE = "HANDREIKING_PDF", "overslaan"
# Tagged PDFs for screen readers: WeasyPrint's PDF/UA-1 variant (structure tags, language, title).
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}
# The one bundled font of everything printed; the stylesheets @import its CSS (under overrides/).
FONT_DIR = "assets/vendor/atkinson-hyperlegible"
# WeasyPrint 70 reads only media types: it drops a whole query list that has a feature in it, such as
# `@media screen and (min-width: 45em), print` (the flowchart's grid). A list naming print is given to
# it as plain `print`, so a component's print rules reach its PDFs as they reach a browser's print.
MEDIA = re.compile(r"@media\s+([^{;]+)\{")


class PdfFout(BouwFout):
    """A PDF cannot be made on this machine; the message says what to install."""


@dataclass
class PdfJob:
    """One PDF: where it goes in the site, which template renders it, with what."""

    path: str  # site-relative, e.g. "werkmateriaal/pdf/vraagkaarten-wie-vragen-8-per-vel.pdf"
    template: str  # under overrides/partials/
    context: dict[str, Any] = field(default_factory=dict)
    stylesheets: list[str] = field(
        default_factory=list
    )  # site paths: the file is found in its part's folder (kern/bronnen.py)
    voorkeuren: dict[str, str] = field(
        default_factory=dict
    )  # PDF /ViewerPreferences names, e.g. {"PrintScaling": "None"}


def skipped() -> bool:
    """Whether this build puts stand-ins in the place of the PDFs (HANDREIKING_PDF=overslaan)."""
    return os.environ.get(SKIP_ENV, "").strip().lower() == SKIP_VALUE


def stand_in(path: str) -> bytes:
    """A one-page PDF saying that this PDF was skipped in a trial build."""
    text = f"{path}: niet gemaakt in deze proefbouw ({SKIP_ENV}={SKIP_VALUE})."
    text = text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 10 Tf 40 800 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def cache_dir(root: Path) -> Path:
    """Where rendered PDFs are kept between builds (HANDREIKING_PDF_CACHE or .cache/pdf)."""
    return Path(os.environ.get(CACHE_ENV) or root / ".cache" / "pdf")


def html_for(root: Path, job: PdfJob) -> str:
    """The HTML document of a job."""
    return render(root, job.template, **job.context)


@dataclass
class Plan:
    """What a job needs to become a PDF: its HTML, stylesheets and place in the cache."""

    html: str
    base_url: str
    stylesheets: list[tuple[str, str]]  # (source file, the URL it has on the site: its @imports resolve from there)
    cached: Path
    voorkeuren: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def renderer_fingerprint() -> bytes:
    """What else shapes a PDF: the WeasyPrint version and the fonts this machine has."""
    try:
        from importlib.metadata import version

        weasyprint = version("weasyprint")
    except Exception:  # noqa: BLE001 (not installed: the render step says so in Dutch)
        weasyprint = "?"
    try:
        fonts = subprocess.run(["fc-list", "--format", "%{file}\\n"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        fonts = ""
    return f"{weasyprint}\n{PDF_OPTIONS}\n{''.join(sorted(fonts.splitlines()))}".encode()


@lru_cache(maxsize=4)
def font_fingerprint(root: Path) -> bytes:
    """The bundled font's files (CSS and woff2), so a new font version renders the PDFs anew."""
    digest = hashlib.sha256()
    for path in sorted((root / "overrides" / FONT_DIR).iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def plan(root: Path, job: PdfJob) -> Plan:
    """Render a job's HTML and find its cache file (keyed by the HTML, its CSS, the bundled font,
    WeasyPrint's version and the machine's fonts)."""
    html = html_for(root, job)
    css_paths = [source(root, css) for css in job.stylesheets]
    digest = hashlib.sha256(renderer_fingerprint())
    digest.update(font_fingerprint(root))
    digest.update(html.encode())
    for css in css_paths:
        digest.update(css.read_bytes())
    digest.update(repr(sorted(job.voorkeuren.items())).encode())
    return Plan(
        html,
        str(root / "overrides"),
        [(str(path), str(root / "overrides" / css)) for path, css in zip(css_paths, job.stylesheets, strict=True)],
        cache_dir(root) / f"{digest.hexdigest()[:24]}.pdf",
        dict(job.voorkeuren),
    )


def for_print(css: str) -> str:
    """A stylesheet as WeasyPrint should read it: every @media list that names print becomes `print`."""

    def media(match: re.Match[str]) -> str:
        queries = [query.strip().lower() for query in match.group(1).split(",")]
        return "@media print {" if "print" in queries else match.group(0)

    return MEDIA.sub(media, css)


def viewer_preferences(voorkeuren: dict[str, str]) -> Any:
    """A WeasyPrint finisher that adds names to the catalog's /ViewerPreferences (keeping PDF/UA's DisplayDocTitle)."""

    def finish(_document: Any, pdf: Any) -> None:
        """Merge the preferences into the catalog, right before WeasyPrint writes the file."""
        import pydyf

        prefs = pdf.catalog.get("ViewerPreferences") or pydyf.Dictionary()
        prefs.update({key: f"/{value}" for key, value in voorkeuren.items()})
        pdf.catalog["ViewerPreferences"] = prefs

    return finish


def _weasyprint() -> Any:
    """WeasyPrint's HTML, CSS and FontConfiguration (imported late: slow to import, not needed on a cache hit)."""
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
    except OSError as err:  # pango missing
        raise PdfFout(
            f"WeasyPrint kan geen PDF maken: {err}. Installeer pango en lettertypes "
            "(sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-liberation) "
            "of draai `make serve` / `make test` als root, dan gebeurt het vanzelf."
        ) from err
    return HTML, CSS, FontConfiguration


def _stylesheets(work: Plan, css: Any, fonts: Any) -> list[Any]:
    """A job's stylesheets, each read from its source for print (for_print) and resolved from its place on the site."""
    return [
        css(string=for_print(Path(path).read_text(encoding="utf-8")), base_url=url, font_config=fonts)
        for path, url in work.stylesheets
    ]


def layout_document(work: Plan) -> Any:
    """Lay out a planned job without writing a PDF (WeasyPrint's Document: pages and their boxes)."""
    html, css, font_configuration = _weasyprint()
    fonts = font_configuration()  # without it WeasyPrint ignores @font-face and falls back silently
    return html(string=work.html, base_url=work.base_url).render(
        stylesheets=_stylesheets(work, css, fonts),
        font_config=fonts,
        **PDF_OPTIONS,
    )


def render_pdf(work: Plan) -> tuple[bytes, float]:
    """Render a planned PDF with WeasyPrint and store it in the cache; return it and the seconds taken."""
    started = time.perf_counter()
    html, css, font_configuration = _weasyprint()
    fonts = font_configuration()  # without it WeasyPrint ignores @font-face and falls back silently
    data = html(string=work.html, base_url=work.base_url).write_pdf(
        stylesheets=_stylesheets(work, css, fonts),
        font_config=fonts,
        finisher=viewer_preferences(work.voorkeuren) if work.voorkeuren else None,
        **PDF_OPTIONS,
    )
    work.cached.parent.mkdir(parents=True, exist_ok=True)
    partial = work.cached.with_suffix(f".{os.getpid()}.tmp")  # several builds may share the cache
    partial.write_bytes(data)
    os.replace(partial, work.cached)
    return data, time.perf_counter() - started


def pdf_bytes(root: Path, job: PdfJob) -> bytes:
    """Render a job to PDF, or take it from the cache when its HTML and CSS are unchanged
    (a stand-in when PDFs are skipped)."""
    if skipped():
        return stand_in(job.path)
    work = plan(root, job)
    if work.cached.is_file():
        return work.cached.read_bytes()
    data, _ = render_pdf(work)
    log.info("PDF gemaakt: %s (%d kB)", job.path, len(data) // 1024)
    return data
