"""MkDocs hook: the card page's builder script, with its markup and the sheet geometry baked in.

The builder (controls, draw mode, browser print) is loaded only on request, so its markup is not
in the page: overrides/assets/vraagkaarten/vraagkaarten.js is replaced in the build by the same
script headed by what macros/vraagkaarten.builder_script renders from the templates and data."""
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


# Runs before the plugins (htmlproofer keeps a copy of the file list in its own on_files).
@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Swap the theme's copy of vraagkaarten.js for the generated one."""
    root = Path(config["config_file_path"]).resolve().parent
    source = files.get_file_from_path(SCRIPT)
    if source is not None:
        files.remove(source)
    files.append(File.generated(config, SCRIPT, content=builder_script(root)))
    return files
