"""The one place where axe checks are configured. Every exclusion needs a reason here.

No rule is excluded: Material's two known violations (the search dialog's name and the
footer contrast) are fixed in overrides/, not excluded."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# axe-core defaults: every WCAG 2.0-2.2 A/AA rule and the best-practice rules.
AXE_OPTIONS: dict = {"resultTypes": ["violations"]}


# Material fades navigation in with CSS transitions; measured mid-fade, text has no contrast
# (#fbfbfb on white). Tests judge the settled page, so transitions end at once before axe runs.
SETTLE_CSS = "*, *::before, *::after { transition: none !important; animation: none !important; }"


def axe_violations(page: Page) -> list[str]:
    """Run axe-core on the settled page and describe each violation with its nodes."""
    page.add_style_tag(content=SETTLE_CSS)
    results = Axe().run(page, options=AXE_OPTIONS)
    found = []
    for violation in results.response["violations"]:
        nodes = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
        summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:300]
        found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {nodes} [{summary}]")
    return found
