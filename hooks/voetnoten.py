"""MkDocs hook: footnotes keep the source's numbers (chapter 1's note is 6, not 1).

Python-Markdown numbers footnotes per page; their labels ([^6]) are the source's numbers and
end up in the ids (fn:6). This shows the label as the number, in the text and in the list."""
from __future__ import annotations

import re
from typing import Any

from mkdocs.exceptions import PluginError

REF = re.compile(r'(<a class="footnote-ref" href="#fn:(\d+)"[^>]*>)\d+(</a>)')
LIST = re.compile(r'(<div class="footnote">\s*<hr\s*/?>\s*<ol)(>\s*<li id="fn:(\d+)")')


ITEM = re.compile(r'<li id="fn:([^"]+)"')


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Replace per-page footnote numbers by their numeric labels (which must run on without gaps)."""
    labels = ITEM.findall(html)
    if labels:
        if not all(label.isdigit() for label in labels) or [int(x) for x in labels] != list(
                range(int(labels[0]), int(labels[0]) + len(labels))):
            raise PluginError(
                f"{page.file.src_uri}: voetnoten {', '.join(labels)} lopen niet op zonder gaten. Nummer de "
                "voetnoten ([^6], [^7], …) zoals in de bron, in de volgorde waarin ze in de tekst staan."
            )
    html = REF.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", html)
    return LIST.sub(lambda m: f'{m.group(1)} start="{m.group(3)}"{m.group(2)}', html)
