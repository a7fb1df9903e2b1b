""""In één oogopslag": a one-page overview of the handreiking, rendered from data/oogopslag.yml,
passages and headings of the chapters, the 4-stappen deck and the flowchart data."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .gegevens import DataFout, check_fields, check_unique, load_yaml, project_root
from .hoofdstukken import fragment, kop, onderkoppen
from .sjablonen import render
from .stappen import vier_stappen_stapel
from .stroomschema import follow_ups, load_schema, page_href

FILE = "data/oogopslag.yml"
PARTS = ("passant", "stappen", "wie-vraag", "reacties", "tools")
PART_SCHEMA = {"id": (str, True), "titel": (str, True), "fragmenten": (list, False), "link": (dict, True)}
PASSAGE_SCHEMA = {"pagina": (str, True), "van": (str, True), "tot": (str, True), "vraag": (bool, False)}
LINK_SCHEMA = {"pagina": (str, True), "anker": (str, False)}
TOOLS = [("handreiking/3-netwerk-en-wie-vraag.md", "paragraaf-3-2"), ("handreiking/bijlage-1-family-finding.md", "")]


def load_parts(root: Path) -> list[dict[str, Any]]:
    """Validate data/oogopslag.yml and gather each part's passages, link and content."""
    data = load_yaml(root / FILE)
    check_fields(data, {"delen": (list, True)}, FILE)
    parts = []
    for index, raw in enumerate(data["delen"], start=1):
        where = f"{FILE}, deel {index}"
        check_fields(raw, PART_SCHEMA, where)
        if raw["id"] not in PARTS:
            raise DataFout(f"{where}: onbekend deel '{raw['id']}'. Kies uit: {', '.join(PARTS)}.")
        check_fields(raw["link"], LINK_SCHEMA, f"{where}, link")
        passages = []
        for p_index, passage in enumerate(raw.get("fragmenten") or [], start=1):
            check_fields(passage, PASSAGE_SCHEMA, f"{where}, fragment {p_index}")
            text = fragment(root, passage["pagina"], passage["van"], passage["tot"], f"{where}, fragment {p_index}")
            passages.append({"tekst": text[:1].upper() + text[1:], "vraag": bool(passage.get("vraag"))})
        parts.append({"id": raw["id"], "titel": raw["titel"], "fragmenten": passages,
                      "link": kop(root, raw["link"]["pagina"], raw["link"].get("anker") or "", f"{where}, link")})
    check_unique([part["id"] for part in parts], FILE)
    return parts


def register(env: Any) -> None:
    """Register the overview macro."""
    root = project_root(env)
    parts = load_parts(root)
    schema = load_schema(root)
    reactions = [(r, follow_ups(schema, r)[0][1] if follow_ups(schema, r) else None) for r in schema.reacties]
    questions = next((node.vragen for node in schema.knopen if node.vragen), [])
    tools = [(kop(root, page, anchor, FILE), onderkoppen(root, page, anchor, FILE)) for page, anchor in TOOLS]

    @env.macro
    def in_een_oogopslag() -> str:
        """The overview: mindset, 4 stappen, wie-vraag, reactions and what follows, tools."""
        return render(root, "oogopslag/oogopslag.html", delen=parts, stapel=vier_stappen_stapel(root),
                      reacties=reactions, vragen=questions, tools=tools, href=lambda target: page_href(env, target))
