"""One Python-Markdown extension for a step on a page's finished HTML (used by voetnoten and taal)."""

from __future__ import annotations

from collections.abc import Callable

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor


class _Step(Postprocessor):
    """Runs one function on the page's HTML."""

    def __init__(self, md: Markdown, step: Callable[[str], str]) -> None:
        super().__init__(md)
        self.step = step

    def run(self, text: str) -> str:
        """The page after the step."""
        return self.step(text)


class HtmlStap(Extension):
    """Registers `step` as a postprocessor (after raw HTML is back: priority below 30)."""

    def __init__(self, step: Callable[[str], str], name: str, priority: int) -> None:
        super().__init__()
        self.step, self.name, self.priority = step, name, priority

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Register the step."""
        md.postprocessors.register(_Step(md, self.step), self.name, self.priority)
