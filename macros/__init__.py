"""Macros of the handreiking site: this entry only registers the handout modules."""
from typing import Any, Callable

from . import (colofon, kaartvellen, oogopslag, stappen, stroomschema, veiligheidscirkels, vraagkaarten,
               werkbladen)

# Each handout module with print PDFs lists its `pdf_jobs(root)` here (used by hooks/pdfs.py).
PDF_PROVIDERS: list[Callable] = [kaartvellen.pdf_jobs, stappen.pdf_jobs, veiligheidscirkels.pdf_jobs, werkbladen.pdf_jobs]


def define_env(env: Any) -> None:
    """Register every handout module's macros with mkdocs-macros."""
    colofon.register(env)
    vraagkaarten.register(env)
    stroomschema.register(env)
    stappen.register(env)
    oogopslag.register(env)
    veiligheidscirkels.register(env)
    werkbladen.register(env)
