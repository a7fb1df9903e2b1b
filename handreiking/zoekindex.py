"""Build step: drop empty sections from the search index.

A heading inside a block kept out of search (partials/zoeken/buiten-zoeken.html) still leaves an
entry with the page's title and no text; such entries only repeat the page in the results."""
from __future__ import annotations

import json
from pathlib import Path

JS_PREFIX = "var __index = "  # how Material's offline plugin inlines the index for file://


def prune(site: Path) -> int:
    """Rewrite search_index.json (and its inlined search_index.js) without empty sections; return how many went."""
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return 0
    index = json.loads(index_file.read_text(encoding="utf-8"))
    before = len(index["docs"])
    index["docs"] = [doc for doc in index["docs"] if "#" not in doc["location"] or doc["text"].strip()]
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_file.write_text(text, encoding="utf-8")
    inlined = site / "search" / "search_index.js"
    if inlined.is_file():
        inlined.write_text(JS_PREFIX + text, encoding="utf-8")
    return before - len(index["docs"])
