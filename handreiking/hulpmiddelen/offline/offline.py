"""Offline after one visit: the service worker (sw.js, made after the build from the files the site
has), the web app manifest and its icons (made before the build, in the organisation's colour)."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from handreiking.kern.bronnen import source
from handreiking.kern.sjablonen import render
from handreiking.material import DEFAULT_COLOUR, INDEX_JS, lunr_not_kept

if TYPE_CHECKING:
    from handreiking.kern.basismodel import Model

SOURCE = "assets/offline/sw.js"  # the worker's logic (in this folder); published only as sw.js in the root
WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
ICONS = {192: "assets/offline/icoon-192.png", 512: "assets/offline/icoon-512.png"}
# Not kept for offline use: PDFs (on request), the worker itself, files for servers and robots, the
# CSS of the PDFs, the search languages other than Dutch (lunr.nl with its support files), and what
# only a copy opened from disk uses, where no service worker runs: the search index as a script
# (search_index.js; over http Material fetches search_index.json) and the iframe-worker shim.
NOT_CACHED = re.compile(
    r"(\.pdf|\.map|^sw\.js|^_headers|^csp\.txt|^sitemap\.xml(\.gz)?|\.gz|/pdf\.css|"
    rf"^{re.escape(INDEX_JS)}|^assets/vendor/iframe-worker/.*|"
    r"^assets/boek/.*|^assets/stappen/zakkaart\.css|"
    rf"{lunr_not_kept()})$"
)
SIZE_MARK = re.compile(r"(<span data-offline-grootte>)[^<]*(</span>)")


def megabytes(size: int) -> str:
    """A size as Dutch readers write it: '3,2 MB'."""
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def manifest(model: Model) -> dict:
    """The web app manifest: installable on a phone's home screen, named and coloured as this copy."""
    org = model.organisatie
    name = model.instellingen.site_naam
    icons = [
        {"src": path, "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"} for size, path in ICONS.items()
    ]
    return {
        "name": name,
        "short_name": org.naam if org and len(org.naam) <= 15 else "Handreiking",
        "lang": "nl",
        "description": f"Aangeboden door {org.naam}" if org else model.instellingen.auteur,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": (org.kleur if org and org.kleur else DEFAULT_COLOUR),
        "icons": icons,
    }


def icon(model: Model, size: int) -> bytes:
    """A square PNG icon: a white ring and dot (the family and its network) on this copy's colour."""
    colour = model.organisatie.kleur if model.organisatie and model.organisatie.kleur else DEFAULT_COLOUR
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    c, ring, width, dot = size / 2, size * 0.3, max(2, round(size * 0.07)), size * 0.11
    draw.ellipse((c - ring, c - ring, c + ring, c + ring), outline="#ffffff", width=width)
    draw.ellipse((c - dot, c - dot, c + dot, c + dot), fill="#ffffff")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def staged_files(model: Model) -> dict[str, bytes]:
    """What voorbereiden stages for offline use: the manifest and the icons."""
    files = {MANIFEST: json.dumps(manifest(model), ensure_ascii=False, indent=1).encode()}
    files.update({path: icon(model, size) for size, path in ICONS.items()})
    return files


def write_worker(model: Model, site: Path) -> dict[str, int]:
    """Write sw.js (every page and asset, the PDFs with their sizes and content hashes, a version per
    build) and put the size of 'Alles offline bewaren' on the home page; return the byte counts kept
    and on request. A PDF's hash lets a new release keep a reader's copy of an unchanged PDF."""
    files = sorted(p for p in site.rglob("*") if p.is_file())
    rel = [p.relative_to(site).as_posix() for p in files]
    sums = [hashlib.sha256(path.read_bytes()).digest() for path in files]
    digest = hashlib.sha256()
    for name, sha in zip(rel, sums, strict=True):
        digest.update(name.encode() + b"\0" + sha)
    cached = ["./", *(name for name in rel if not NOT_CACHED.search(name) and name != SOURCE)]
    pdfs = [
        {"pad": name, "grootte": path.stat().st_size, "hash": sha.hex()[:16]}
        for path, name, sha in zip(files, rel, sums, strict=True)
        if name.endswith(".pdf")
    ]
    head = (
        f"var VERSIE = {json.dumps(digest.hexdigest()[:16])};\n"
        f"var BESTANDEN = {json.dumps(cached, ensure_ascii=False)};\n"
        f"var PDFS = {json.dumps(pdfs, ensure_ascii=False)};\n"
    )
    (site / WORKER).write_text(head + source(model.root, SOURCE).read_text(encoding="utf-8"), encoding="utf-8")
    (site / SOURCE).unlink(missing_ok=True)  # published only as sw.js
    sizes = {"bewaard": sum((site / n).stat().st_size for n in cached[1:]), "pdfs": sum(p["grootte"] for p in pdfs)}
    home = site / "index.html"
    if home.is_file():
        html = home.read_text(encoding="utf-8")
        home.write_text(
            SIZE_MARK.sub(lambda m: m.group(1) + megabytes(sizes["pdfs"]) + m.group(2), html), encoding="utf-8"
        )
    return sizes


def bewaren(model: Model) -> str:
    """The home page's part about offline use, with the button that also keeps every PDF."""
    return render(model.root, "offline/bewaren.html")
