"""requirements.lock matches requirements.in: `make lock` was run after the last change."""

from __future__ import annotations

import re

from conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)


def pins(text: str) -> dict[str, str]:
    """`name==version` lines as {normalized name: version}."""
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in PIN.findall(text)}


def test_lock_has_every_direct_pin() -> None:
    """Each direct dependency in requirements.in is in the lock at the same version."""
    wanted = pins((ROOT / "requirements.in").read_text(encoding="utf-8"))
    locked = pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    stale = {name: (version, locked.get(name)) for name, version in wanted.items() if locked.get(name) != version}
    assert "pip" in wanted and "mkdocs-material" in wanted
    assert not stale, (
        f"requirements.lock loopt achter op requirements.in (naam: (in, lock)): {stale}. Voer `make lock` uit "
        "en commit requirements.lock."
    )


def test_every_locked_package_has_hashes() -> None:
    """Every entry of the lock carries at least one sha256, so `pip install --require-hashes` accepts it."""
    entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text(encoding="utf-8"))
    without = [entry.split()[0] for entry in entries if PIN.match(entry) and "--hash=sha256:" not in entry]
    assert not without, f"Pakketten zonder hash in requirements.lock: {without}. Voer `make lock` uit."
