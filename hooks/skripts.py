"""MkDocs hook: every handout script is built as the shared core followed by the handout's own file."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.vraagkaarten import SCRIPT, builder_script  # noqa: E402

CORE = "assets/kern/kern.js"
HANDOUTS = ["assets/stroomschema/stroomschema.js", "assets/veiligheidscirkels/veiligheidscirkels.js",
            "assets/werkbladen/werkbladen.js", SCRIPT]


@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Swap each handout script for core + script; the core itself is not published alone."""
    root = Path(config["config_file_path"]).resolve().parent
    core = (root / "overrides" / CORE).read_text(encoding="utf-8")
    for path in [CORE, *HANDOUTS]:
        source = files.get_file_from_path(path)
        if source is not None:
            files.remove(source)
    for path in HANDOUTS:
        own = builder_script(root) if path == SCRIPT else (root / "overrides" / path).read_text(encoding="utf-8")
        files.append(File.generated(config, path, content=core + "\n" + own))
    return files
