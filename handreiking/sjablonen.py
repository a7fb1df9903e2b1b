"""Rendering HTML from the Jinja templates under overrides/partials/ (Python gathers, templates write)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape


@lru_cache(maxsize=4)
def _environment(partials: str) -> Environment:
    """One autoescaping, strict Jinja environment per partials folder."""
    return Environment(
        loader=FileSystemLoader(partials),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(root: Path, template: str, **context: Any) -> str:
    """Render overrides/partials/<template> with the given context."""
    html = _environment(str(root / "overrides" / "partials")).get_template(template).render(**context)
    # Markdown treats blank lines inside a raw HTML block as its end: keep the block compact.
    return "\n".join(line for line in html.splitlines() if line.strip())
