"""The print terms (data/afdrukken.yml): one wording of how to print, for the pages, every PDF and
the deck builder, and the instruction sentence made of them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from handreiking.kern.gegevens import check_fields, load_yaml, object_schema

FILE = "data/afdrukken.yml"
TERM_SCHEMA = {name: (str, True) for name in ("dubbelzijdig", "enkelzijdig", "omslaan", "grootte", "passend", "papier")}


def load_termen(root: Path) -> dict[str, str]:
    """Read and validate data/afdrukken.yml, and add the instruction sentences made of its terms."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, TERM_SCHEMA, FILE)
    terms = {key: " ".join(value.split()) for key, value in data.items()}
    return {**terms, "aanwijzing": aanwijzing(terms, True), "aanwijzing_enkel": aanwijzing(terms, False)}


def aanwijzing(terms: Mapping[str, str], backs: bool) -> str:
    """How to print a sheet: 'Druk dubbelzijdig af, omslaan langs de lange kant, op werkelijke grootte (100 %)'."""
    how = f"{terms['dubbelzijdig']} af, {terms['omslaan']}" if backs else f"{terms['enkelzijdig']} af"
    return f"Druk {how}, {terms['grootte']}"


def json_schema() -> dict:
    """JSON Schema of data/afdrukken.yml."""
    return object_schema(TERM_SCHEMA, "De afdrukwoorden van de site (zie woordenlijst.md, ‘Afdrukken en PDF’).")
