"""Build step: drop empty sections from the search index.

A heading inside a block kept out of search (partials/zoeken/buiten-zoeken.html) still leaves an
entry with the page's title and no text; such entries only repeat the page in the results."""

from __future__ import annotations

import json
from pathlib import Path

from handreiking.material import INDEX_JS_PREFIX as JS_PREFIX
from handreiking.material import INDEXES


def prune(site: Path) -> int:
    """Rewrite the search index (and its inlined copy for file://) without empty sections; return how many went."""
    removed = 0
    for json_name, js_name, entries in INDEXES:
        index_file = site / json_name
        if not index_file.is_file():
            continue
        index = json.loads(index_file.read_text(encoding="utf-8"))
        before = len(index[entries])
        index[entries] = [doc for doc in index[entries] if "#" not in doc["location"] or doc["text"].strip()]
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        index_file.write_text(text, encoding="utf-8")
        inlined = site / js_name
        if inlined.is_file():
            inlined.write_text(JS_PREFIX + text, encoding="utf-8")
        removed += before - len(index[entries])
    return removed
