"""Rendering HTML from the Jinja templates (Python gathers, templates write): a part's templates in its
folder (handreiking/hulpmiddelen/<naam>/sjablonen/, named "<naam>/<file>"), the rest under overrides/partials/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape

from handreiking.kern.bronnen import template_folders


@lru_cache(maxsize=4)
def _environment(root: str) -> Environment:
    """One autoescaping, strict Jinja environment per project: the parts' folders, then the theme's partials."""
    parts = {prefix: FileSystemLoader(str(path)) for prefix, path in template_folders().items()}
    environment = Environment(
        loader=ChoiceLoader([PrefixLoader(parts), FileSystemLoader(str(Path(root) / "overrides" / "partials"))]),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # tojson (the one escaping of build data in a page: <, >, & and ' as \u escapes) writes compact
    # UTF-8: a page's data costs no more bytes than it holds.
    environment.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    return environment


def render(root: Path, template: str, **context: Any) -> str:
    """Render the template "<folder>/<file>" with the given context."""
    html = _environment(str(root)).get_template(template).render(**context)
    # Markdown treats blank lines inside a raw HTML block as its end: keep the block compact.
    return "\n".join(line for line in html.splitlines() if line.strip())
