"""Python-Markdown extension: footnotes keep the source's numbers (chapter 1's note is 6, not 1).

Python-Markdown numbers footnotes per page; their labels ([^6]) are the source's numbers and end
up in the ids (fn:6). This shows the label as the number, in the text and in the list, and
leaves a page whose labels do not run on without gaps as it is (`problem` says why). Use after `footnotes` (markdown_extensions:
`- handreiking.kern.voetnoten`)."""

from __future__ import annotations

import re
from typing import Any

from handreiking.kern.htmlstap import HtmlStap

REF = re.compile(r'(<a class="footnote-ref" href="#fn:(\d+)"[^>]*>)\d+(</a>)')
LIST = re.compile(r'(<div class="footnote">\s*<hr\s*/?>\s*<ol)(>\s*<li id="fn:(\d+)")')
ITEM = re.compile(r'<li id="fn:([^"]+)"')
BACKLINK = re.compile(r'(<a class="footnote-backref" href="#fnref:(\d+)" title="[^"]*?)\d+([^"]*")')


def problem(html: str) -> str:
    """Why a page's footnote labels cannot be shown as numbers (they must run on without gaps), or ''."""
    labels = ITEM.findall(html)
    if labels and (
        not all(label.isdigit() for label in labels)
        or [int(x) for x in labels] != list(range(int(labels[0]), int(labels[0]) + len(labels)))
    ):
        return (
            f"voetnoten {', '.join(labels)} lopen niet op zonder gaten. Nummer de voetnoten ([^6], [^7], …) "
            "zoals in de bron, in de volgorde waarin ze in de tekst staan."
        )
    return ""


def renumber(html: str) -> str:
    """Replace per-page footnote numbers by their numeric labels (a page with a `problem` stays as it is)."""
    if problem(html):
        return html
    html = REF.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", html)
    html = BACKLINK.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", html)
    return LIST.sub(lambda m: f'{m.group(1)} start="{m.group(3)}"{m.group(2)}', html)


def makeExtension(**kwargs: Any) -> HtmlStap:  # noqa: N802 (Python-Markdown's name)
    """Entry point for `markdown_extensions: - handreiking.kern.voetnoten` (after the footnotes' own steps)."""
    return HtmlStap(renumber, "voetnoot_nummers", 1)
