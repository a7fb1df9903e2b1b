"""Macros of the handreiking site: a thin adapter from mkdocs-macros (or Zensical's emulation of
it) to the renderers of the core package `handreiking`. It uses only what both offer: the
variables (`config`, `extra`) and the current page's URL. Which macros exist, the parts'
registry says (handreiking/register.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from markupsafe import escape

ROOT = Path(__file__).resolve().parent.parent  # this project (macros/ sits next to data/ and docs/)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from handreiking.druk.snijden import LAYOUTS  # noqa: E402
from handreiking.kern.links import href_from, source_of  # noqa: E402
from handreiking.model import Model, instellingen, laad  # noqa: E402
from handreiking.register import Pagina, macros  # noqa: E402


def mm(value: float) -> str:
    """A length in mm as Dutch text: 93, 85,6."""
    return f"{value:g}".replace(".", ",")


def _model(env: Any) -> Model:
    """The project's model, from the settings the generator passes to the macros."""
    config = env.variables.get("config") or {}
    name = Path(str(config.get("config_file_path") or "mkdocs.yml")).name
    return laad(ROOT, instellingen(config, name))


def define_env(env: Any) -> None:
    """Register the macros; each one calls a renderer of the core with the model and the page."""
    model = _model(env)
    org = model.organisatie  # validated; pages get its texts as text, never as markup
    env.variables["organisatie"] = (
        {key: escape(getattr(org, key)) for key in ("naam", "contact", "meldpunt", "reactietermijn")} if org else {}
    )
    env.variables["afdrukken"] = dict(model.afdrukken)  # the print terms, one wording (data/afdrukken.yml)
    # The card sizes as pages state them ("93 × 66", in mm), by cards per sheet, from the sheet layouts (snijden.py).
    env.variables["kaartmaten"] = {n: f"{mm(layout.breedte)} × {mm(layout.hoogte)}" for n, layout in LAYOUTS.items()}

    def url() -> str:
        """The current page's URL within the site."""
        return str(getattr(env.page, "url", "") or "")

    def where(call: str) -> str:
        """The page and the macro call, for error messages."""
        return f"{source_of(url())}: {call}"

    def href(target: str) -> str:
        """A link from the current page."""
        return href_from(url())(target)

    for name, function in macros(model, Pagina(href=href, waar=where)).items():  # every part's (hulpmiddelen.py)
        env.macro(function, name)
