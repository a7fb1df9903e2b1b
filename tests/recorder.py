"""Records what a browser page does: every request, console error and uncaught exception."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import ConsoleMessage, Page, Request


@dataclass
class Recorder:
    """Listens on a page; `outside(prefix)` lists requests that left the site."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Attach the listeners."""
        self.page.on("request", self._on_request)
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _on_request(self, request: Request) -> None:
        """Remember every requested URL."""
        self.requests.append(request.url)

    def _on_console(self, message: ConsoleMessage) -> None:
        """Remember console errors."""
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url')})")

    def outside(self, allowed_prefix: str) -> list[str]:
        """Requests to anything but the allowed prefix (data: and blob: URLs stay in the page)."""
        return [
            url
            for url in self.requests
            if not url.startswith(allowed_prefix) and not url.startswith(("data:", "blob:", "about:"))
        ]
