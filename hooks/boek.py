"""MkDocs hook: the whole handreiking as one PDF (site/handreiking.pdf), made after the pages."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.boek import PDF_PATH, book_job  # noqa: E402
from macros.pdf import pdf_bytes  # noqa: E402

SECTION = "Handreiking"
_pages: list[str] = []


@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Reserve the PDF's place, so links to it are checked; its content comes after the build."""
    files.append(File.generated(config, PDF_PATH, content=b""))
    return files


def on_nav(nav: Navigation, config: Any, files: Files) -> Navigation:
    """Remember the chapter pages of the Handreiking section, in reading order."""
    _pages.clear()
    for item in nav.items:
        if isinstance(item, Section) and item.title == SECTION:
            _pages.extend(child.file.dest_uri for child in item.children if child.is_page)
    return nav


def on_post_build(config: Any) -> None:
    """Render the book from the built chapter pages (cached by content)."""
    site = Path(config["site_dir"])
    started = time.perf_counter()
    data = pdf_bytes(Path(config["config_file_path"]).resolve().parent, book_job(site, _pages))
    (site / PDF_PATH).write_bytes(data)
    print(f"INFO    -  PDF {PDF_PATH}: {time.perf_counter() - started:.1f} s")
