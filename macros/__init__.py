"""Macros of the handreiking site: a thin adapter from mkdocs-macros (or Zensical's emulation of
it) to the renderers of the core package `handreiking`. It uses only what both offer: the
variables (`config`, `extra`) and the current page's URL."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from markupsafe import escape

ROOT = Path(__file__).resolve().parent.parent  # this project (macros/ sits next to data/ and docs/)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from handreiking import (  # noqa: E402
    netwerkkaart,
    offline,
    oogopslag,
    stappen,
    stroomschema,
    veiligheidscirkels,
    vraagkaarten,
    werkbladen,
)
from handreiking.links import href_from, source_of  # noqa: E402
from handreiking.model import Model, instellingen, laad  # noqa: E402
from handreiking.sjablonen import render  # noqa: E402


def _model(env: Any) -> Model:
    """The project's model, from the settings the generator passes to the macros."""
    config = env.variables.get("config") or {}
    name = Path(str(config.get("config_file_path") or "mkdocs.yml")).name
    return laad(ROOT, instellingen(config, name))


def define_env(env: Any) -> None:
    """Register the macros; each one calls a renderer of the core with the model and the page."""
    model = _model(env)
    org = model.organisatie  # validated; pages get its texts as text, never as markup
    env.variables["organisatie"] = {"naam": escape(org.naam), "contact": escape(org.contact)} if org else {}
    env.variables["afdrukken"] = dict(model.afdrukken)  # the print terms, one wording (data/afdrukken.yml)

    def url() -> str:
        """The current page's URL within the site."""
        return str(getattr(env.page, "url", "") or "")

    def where(call: str) -> str:
        """The page and the macro call, for error messages."""
        return f"{source_of(url())}: {call}"

    def href(target: str) -> str:
        """A link from the current page."""
        return href_from(url())(target)

    macros = {
        "leeratelier": lambda: render(model.root, "colofon/leeratelier.html", leden=model.leden),
        "vragenlijst": lambda stapel_id, groep="", opsomming=False: vraagkaarten.vragenlijst(
            model, stapel_id, where(f'vragenlijst("{stapel_id}"' + (f', groep="{groep}"' if groep else "") + ")"),
            groep, opsomming),
        "kaarttekst": lambda kaart_id: vraagkaarten.kaarttekst(model, kaart_id, where(f'kaarttekst("{kaart_id}")')),
        "vraagkaarten_pdfs": lambda set_id, buiten_zoeken=True: vraagkaarten.pdf_lijst(
            model, href, set_id, where(f'vraagkaarten_pdfs("{set_id}")'), buiten_zoeken),
        "vraagkaarten_bouwer": lambda: vraagkaarten.bouwer_start(model),
        "vraagkaarten_stapels": lambda: vraagkaarten.stapels(model, href, where("vraagkaarten_stapels()")),
        "stroomschema": lambda interactief=False: stroomschema.stroomschema(model, href, interactief),
        "vier_stappen": lambda alleen_titels=False, zoekbaar=True: stappen.vier_stappen(model, alleen_titels, zoekbaar),
        "in_een_oogopslag": lambda: oogopslag.in_een_oogopslag(model, href),
        "veiligheidscirkels_bijlage": lambda: veiligheidscirkels.bijlage(model),
        "veiligheidscirkels_werkblad": lambda pdf_prefix="": veiligheidscirkels.werkblad(model, pdf_prefix),
        "werkblad_bijlage": lambda werkblad_id: werkbladen.bijlage(model, werkblad_id,
                                                                   where(f"werkblad_bijlage('{werkblad_id}')")),
        "family_finding_werkbladen": lambda: werkbladen.pagina(model),
        "netwerkkaart": lambda: netwerkkaart.pagina(model),
        "offline_bewaren": lambda: offline.bewaren(model),
    }
    for name, function in macros.items():
        env.macro(function, name)
