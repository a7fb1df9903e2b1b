"""MkDocs hook: apply an organisation's branding (name, logo, colour, contact, notice)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.organisatie import load_organisatie  # noqa: E402
from macros.sjablonen import render  # noqa: E402

LOGO_URI = "assets/organisatie/logo"
CSS_URI = "assets/organisatie/kleur.css"


def on_config(config: Any) -> Any:
    """Validate the branding and point the theme at the organisation's logo and colour."""
    org = load_organisatie(config)
    if org is None:
        return config
    if org.logo:
        config.theme["logo"] = LOGO_URI + org.logo.suffix.lower()
    if org.kleur:
        config.extra_css.append(CSS_URI)
    return config


# Runs before the plugins (htmlproofer keeps a copy of the file list in its own on_files).
@event_priority(100)
def on_files(files: Files, config: Any) -> Files:
    """Add the logo and the colour stylesheet to the build."""
    org = load_organisatie(config)
    if org is None:
        return files
    if org.logo:
        files.append(File.generated(config, LOGO_URI + org.logo.suffix.lower(), abs_src_path=str(org.logo)))
    if org.kleur:
        files.append(File.generated(config, CSS_URI, content=render(ROOT, "organisatie/kleur-css.html", kleur=org.kleur)))
    return files
