"""The site's edition (data/uitgave.yml): a version and its date, printed in the margin of every card
sheet and of the book, so that a trainer can tell an old print from a new one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from handreiking.kern.gegevens import DataFout, check_fields, load_yaml, object_schema, regel

FILE = "data/uitgave.yml"
SCHEMA = {"versie": (str, True), "datum": (str, True)}
MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()


def dutch_date(day: dt.date) -> str:
    """'7 december 2026'."""
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def load_uitgave(root: Path) -> dict[str, str]:
    """Read and check data/uitgave.yml: the version, its date (ISO) and the margin text made of both."""
    data = load_yaml(root / FILE, FILE)
    if isinstance(data, dict) and isinstance(data.get("datum"), dt.date):  # written without quotes: YAML reads a date
        data["datum"] = data["datum"].isoformat()
    check_fields(data, SCHEMA, FILE)
    versie = data["versie"].strip()
    if not re.fullmatch(r"\d{1,4}(\.\d{1,4}){0,3}", versie):
        raise DataFout(
            f"{FILE}: veld 'versie' moet cijfers met punten zijn, zoals \"3.5\", maar is {versie!r}{regel(data, 'versie')}."
        )
    try:
        day = dt.date.fromisoformat(data["datum"].strip())
    except ValueError:
        raise DataFout(
            f"{FILE}: veld 'datum' moet een datum als JJJJ-MM-DD zijn, zoals \"2026-12-07\", "
            f"maar is {data['datum']!r}{regel(data, 'datum')}."
        ) from None
    return {"versie": versie, "datum": day.isoformat(), "tekst": f"versie {versie} van {dutch_date(day)}"}


def json_schema() -> dict:
    """JSON Schema of data/uitgave.yml."""
    return object_schema(
        SCHEMA,
        "Deze versie van de site: in de marge van elk kaartvel en van het boek.",
        versie={"pattern": r"^\d{1,4}(\.\d{1,4}){0,3}$"},
        datum={"pattern": r"^\d{4}-\d\d-\d\d$"},
    )
