"""MkDocs hook: add every handout's PDF to the build as a generated file."""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import PDF_PROVIDERS  # noqa: E402
from macros.pdf import Plan, plan, render_pdf  # noqa: E402


# Runs before the plugins (htmlproofer keeps a copy of the file list in its own on_files).
@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Add each handout's PDFs to the site: from the cache, or rendered on every core at once."""
    root = Path(config["config_file_path"]).resolve().parent
    plans: list[tuple[str, Plan]] = []
    for provider in PDF_PROVIDERS:
        plans += [(job.path, plan(root, job)) for job in provider(root)]
    missing = [(path, work) for path, work in plans if not work.cached.is_file()]
    if missing:
        with ProcessPoolExecutor(max_workers=min(len(missing), os.cpu_count() or 1)) as pool:
            for (path, _), (_, seconds) in zip(missing, pool.map(render_pdf, [work for _, work in missing])):
                print(f"INFO    -  PDF {path}: {seconds:.2f} s")
    for path, work in plans:
        files.append(File.generated(config, path, content=work.cached.read_bytes()))
    return files
