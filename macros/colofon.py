"""Colofon data: the members of the leeratelier, shown in the Voorwoord and on the Over page."""
from __future__ import annotations

from typing import Any

from .gegevens import check_fields, load_yaml, project_root
from .sjablonen import render

MEMBER_SCHEMA = {"naam": (str, True), "organisatie": (str, True)}
FILE = "data/colofon.yml"


def load_members(env: Any) -> list[dict[str, str]]:
    """Read and validate data/colofon.yml."""
    data = load_yaml(project_root(env) / FILE)
    check_fields(data, {"leeratelier": (list, True)}, FILE)
    for index, member in enumerate(data["leeratelier"], start=1):
        check_fields(member, MEMBER_SCHEMA, f"{FILE}, leeratelier nr. {index}")
    return data["leeratelier"]


def register(env: Any) -> None:
    """Register the colofon macros."""
    members = load_members(env)

    @env.macro
    def leeratelier() -> str:
        """The list of leeratelier members as an HTML list."""
        return render(project_root(env), "colofon/leeratelier.html", leden=members)
