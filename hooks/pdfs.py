"""MkDocs hook: add every handout's PDF to the build as a generated file."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import PDF_PROVIDERS  # noqa: E402
from macros.pdf import pdf_bytes  # noqa: E402


# Before other plugins' on_files (htmlproofer keeps its own copy of the file list there), so
# links to the PDFs are checked like links to pages.
@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Render (or take from cache) each PDF job and add it to the site's files."""
    root = Path(config["config_file_path"]).resolve().parent
    for provider in PDF_PROVIDERS:
        for job in provider(root):
            started = time.perf_counter()
            files.append(File.generated(config, job.path, content=pdf_bytes(root, job)))
            elapsed = time.perf_counter() - started
            if elapsed > 0.05:
                print(f"INFO    -  PDF {job.path}: {elapsed:.1f} s")
    return files
