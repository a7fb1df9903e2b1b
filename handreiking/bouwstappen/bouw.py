"""The build steps around the site generator: `voorbereiden` before it, `afronden` after it.

voorbereiden stages every file the site needs besides docs/ and the theme (PDFs, handout scripts,
the organisation's logo and colour) in a folder; a generator adapter (hooks/handreiking.py for
MkDocs) adds them to its build, or `afronden --voorbereid DIR` copies them into the built site.
afronden works on the built site: search index, Material's bundle after first paint, minifying, the book PDF,
the CSP files."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from handreiking import model as model_module
from handreiking.bouwstappen import bundel, csp, skripts, stijlblad, verkleinen, zoekindex
from handreiking.druk import boek
from handreiking.druk.pdf import SKIP_ENV, SKIP_VALUE, PdfJob, Plan, pdf_bytes, plan, render_pdf, skipped, stand_in
from handreiking.hulpmiddelen.offline import offline
from handreiking.kern import verslag
from handreiking.kern.bronnen import published
from handreiking.kern.sjablonen import render
from handreiking.model import Model
from handreiking.register import HULPMIDDELEN

LOGO_URI = "assets/organisatie/logo"
CSS_URI = "assets/organisatie/kleur.css"
Log = Callable[[str], None]


_info = verslag.info


def pdf_jobs(model: Model) -> list[PdfJob]:
    """Every handout PDF of the site, in the registry's order (the book comes after the pages are built)."""
    return [job for part in HULPMIDDELEN if part.pdf_jobs for job in part.pdf_jobs(model)]


@dataclass
class Voorbereiding:
    """What voorbereiden staged: the folder, the site paths in it, and what the theme must point at."""

    map: Path
    bestanden: list[str] = field(default_factory=list)
    logo: str = ""  # site path of the organisation's logo, for theme.logo
    extra_css: list[str] = field(default_factory=list)


def _write(prep: Voorbereiding, path: str, data: bytes | str) -> None:
    """Stage one file of the site."""
    target = prep.map / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    prep.bestanden.append(path)


def render_pdfs(model: Model, log: Log = _info) -> dict[str, Plan]:
    """Plan every PDF; render the ones missing from the cache on every core at once."""
    plans = {job.path: plan(model.root, job) for job in pdf_jobs(model)}
    missing = [(path, work) for path, work in plans.items() if not work.cached.is_file()]
    if missing:
        with ProcessPoolExecutor(max_workers=min(len(missing), os.cpu_count() or 1)) as pool:
            for (path, _), (_, seconds) in zip(missing, pool.map(render_pdf, [w for _, w in missing]), strict=True):
                log(f"PDF {path}: {seconds:.2f} s")
    return plans


def voorbereiden(model: Model, uit: Path, log: Log = _info) -> Voorbereiding:
    """Stage PDFs, handout scripts and branding files in `uit` (emptied first)."""
    if uit.exists():
        shutil.rmtree(uit)
    prep = Voorbereiding(map=uit)
    uit.mkdir(parents=True)
    if skipped():
        jobs = pdf_jobs(model)
        for job in jobs:
            _write(prep, job.path, stand_in(job.path))
        log(f"PDF's overgeslagen ({SKIP_ENV}={SKIP_VALUE}): {len(jobs)} vervangen door een pagina die dat zegt")
    else:
        for path, work in render_pdfs(model, log).items():
            _write(prep, path, work.cached.read_bytes())
    _write(prep, boek.PDF_PATH, b"")  # the book is made by afronden; its place is reserved so links to it check
    for path in skripts.HANDOUTS:
        _write(prep, path, skripts.handout_script(model, path))
    for path, source in published().items():  # the rest of the handouts' folders: styles, plain scripts
        if path not in skripts.SCRIPTS and path not in skripts.PARTS:
            _write(prep, path, source.read_bytes())
    for path, data in offline.staged_files(model).items():
        _write(prep, path, data)
    org = model.organisatie
    if org and org.logo:
        prep.logo = LOGO_URI + org.logo.suffix.lower()
        _write(prep, prep.logo, org.logo_inhoud)
    if org and org.kleur:
        _write(prep, CSS_URI, render(model.root, "organisatie/kleur-css.html", kleur=org.kleur))
        prep.extra_css.append(CSS_URI)
    log(f"voorbereid: {len(prep.bestanden)} bestanden ({model.root.name}, gegevens {model_loads()}× geladen)")
    return prep


def model_loads() -> int:
    """How many times this process read and validated the data."""
    return model_module.LADINGEN


def afronden(model: Model, site: Path, voorbereid: Path | None = None, log: Log = _info) -> None:
    """Finish a built site: staged files copied in (generators without hooks), search index, Material's
    bundle after first paint, minifying, the book PDF, and last the CSP (it hashes the final inline code)."""
    if voorbereid:
        shutil.copytree(voorbereid, site, dirs_exist_ok=True)
    zoekindex.prune(site)
    late = bundel.after_first_paint(model.root, site)
    log(f"Materials bundel na de eerste weergave: {late} pagina's")
    verkleinen.minify(site)
    verkleinen.minify_inline(site)
    joined = stijlblad.combine(site)
    log(f"stijlblad: {joined['bestanden']} stijlbladen samengevoegd tot één van {joined['grootte'] // 1024} kB")
    started = time.perf_counter()
    pages = [page.removesuffix(".md") + ".html" for page in model.instellingen.hoofdstukken]
    (site / boek.PDF_PATH).write_bytes(pdf_bytes(model.root, boek.book_job(site, pages, model.uitgave)))
    log(f"PDF {boek.PDF_PATH}: {time.perf_counter() - started:.1f} s")
    sizes = offline.write_worker(model, site)
    log(
        f"offline: {offline.megabytes(sizes['bewaard'])} na het eerste bezoek, {offline.megabytes(sizes['pdfs'])} aan PDF's op verzoek"
    )
    csp.write_headers(site)
    log(f"afgerond: gegevens {model_loads()}× geladen en gecontroleerd in deze build")
