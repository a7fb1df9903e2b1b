"""MkDocs hook: drop empty sections from the search index.

A heading inside a block kept out of search (partials/zoeken/buiten-zoeken.html) still leaves an
entry with the page's title and no text; such entries only repeat the page in the results."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority


@event_priority(-50)  # after the search plugin writes the index, before the offline plugin copies it
def on_post_build(config: Any) -> None:
    """Rewrite search/search_index.json without sections that have no text."""
    index_file = Path(config["site_dir"]) / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    index["docs"] = [doc for doc in index["docs"] if "#" not in doc["location"] or doc["text"].strip()]
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
