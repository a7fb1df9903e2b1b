"""Python-Markdown extension: English method names in the Dutch text carry lang="en", so a screen
reader pronounces them in English (WCAG 3.1.2). Use after the other extensions (markdown_extensions:
`- handreiking.kern.taal`); it also reaches the HTML the macros put in a page."""

from __future__ import annotations

import re
from typing import Any

from handreiking.kern.htmlstap import HtmlStap

TERMS = ("Family Finding", "Signs of Safety", "Biggest Unmet Needs", "Mobility mapping")
TERM = re.compile(r"\b(" + "|".join(re.escape(t) for t in TERMS) + r")\b", re.I)
TAG = re.compile(r"(<[^>]+>)")
# Where a <span> may not go, or text is not text for the reader: code, data, form values, drawings.
SKIP = ("script", "style", "textarea", "option", "title", "svg", "code", "pre")
OPEN_CLOSE = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
ENGLISH = re.compile(r"""\blang=["']en""")


def mark_english(html: str) -> str:
    """The HTML with each English method name in running text wrapped in <span lang="en">."""
    out, skipping, spans = [], [], []  # spans: for each open <span>, whether it is (inside) English
    for part in TAG.split(html):
        if part.startswith("<"):
            match = OPEN_CLOSE.match(part)
            if match:
                closing, name = match.group(1) == "/", match.group(2).lower()
                if name in SKIP and not part.endswith("/>"):
                    if closing and skipping and skipping[-1] == name:
                        skipping.pop()
                    elif not closing:
                        skipping.append(name)
                if name == "span" and closing and spans:
                    spans.pop()
                elif name == "span" and not closing:  # an author's own <span lang="en"> is left alone
                    spans.append(bool(ENGLISH.search(part)) or any(spans))
            out.append(part)
        elif skipping or any(spans):
            out.append(part)
        else:
            out.append(TERM.sub(lambda m: f'<span lang="en">{m.group(1)}</span>', part))
    return "".join(out)


def makeExtension(**kwargs: Any) -> HtmlStap:  # noqa: N802 (Python-Markdown's name)
    """Entry point for `markdown_extensions: - handreiking.kern.taal` (after the raw HTML is back)."""
    return HtmlStap(mark_english, "engelse_namen", 2)
