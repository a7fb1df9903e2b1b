"""Colofon data: the members of the leeratelier, shown in the Voorwoord and on the Over page."""

from __future__ import annotations

from pathlib import Path

from handreiking.kern.gegevens import array_of, check_fields, load_yaml, object_schema

MEMBER_SCHEMA = {"naam": (str, True), "organisatie": (str, True)}
FILE = "data/colofon.yml"


def load_members(root: Path) -> tuple[dict[str, str], ...]:
    """Read and validate data/colofon.yml."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, {"leeratelier": (list, True)}, FILE)
    for index, member in enumerate(data["leeratelier"], start=1):
        check_fields(member, MEMBER_SCHEMA, f"{FILE}, leeratelier nr. {index}")
    return tuple(data["leeratelier"])


def json_schema() -> dict:
    """JSON Schema of data/colofon.yml."""
    return object_schema(
        {"leeratelier": (list, True)},
        "De leden van het leeratelier.",
        leeratelier=array_of(object_schema(MEMBER_SCHEMA)),
    )
