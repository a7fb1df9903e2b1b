"""Keyboard-only helpers for the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page


def tab_to(page: Page, selector: str, limit: int = 200) -> None:
    """Press Tab until the focused element matches the selector (fail after `limit` presses)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} niet bereikt met Tab")
