"""MkDocs hook: footnotes keep the source's numbers (chapter 1's note is 6, not 1).

Python-Markdown numbers footnotes per page; their labels ([^6]) are the source's numbers and
end up in the ids (fn:6). This shows the label as the number, in the text and in the list."""
from __future__ import annotations

import re
from typing import Any

REF = re.compile(r'(<a class="footnote-ref" href="#fn:(\d+)"[^>]*>)\d+(</a>)')
LIST = re.compile(r'(<div class="footnote">\s*<hr\s*/?>\s*<ol)(>\s*<li id="fn:(\d+)")')


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Replace per-page footnote numbers by their numeric labels."""
    html = REF.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", html)
    return LIST.sub(lambda m: f'{m.group(1)} start="{m.group(3)}"{m.group(2)}', html)
