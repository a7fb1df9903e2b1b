"""Every project path a comment, docstring or message names exists: a moved file leaves no stale
path behind (as the old `macros/boek` and `hooks/vraagkaarten` modules once did). Paths of the built site are checked
against docs/ (a page `x.html` is `docs/x.md`)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("handreiking", "hooks", "macros", "overrides", "tests", "scripts", "data", "docs")
SUFFIXES = {".py", ".js", ".css", ".html", ".yml", ".md", ".jsonc"}
PATH = re.compile(
    r"(?<![\w/.-])(?:handreiking|hooks|macros|overrides|tests|scripts|data)/[\w./-]+\.(?:py|js|css|html|yml|json)\b"
)
# Paths that are named on purpose without existing, each with its reason.
NOT_FILES = {
    "handreiking/geen-pagina.html": "tests/test_build_failures.py links to a missing page to see the build stop",
    "data/voorbeeld.yml": "tests/test_nieuw_hulpmiddel.py writes it in a scratch copy (the example handout's data)",
}


def named_paths() -> dict[str, list[str]]:
    """Each path named in a scanned file -> where (file:line)."""
    found: dict[str, list[str]] = {}
    files = [
        p for part in SCANNED for p in (ROOT / part).rglob("*") if p.suffix in SUFFIXES and "vendor" not in p.parts
    ]
    for path in [*files, ROOT / "biome.jsonc", ROOT / "mkdocs.yml", ROOT / "Makefile", ROOT / "README.md"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for match in PATH.findall(line):
                found.setdefault(match, []).append(f"{path.relative_to(ROOT)}:{number}")
    return found


def exists(path: str) -> bool:
    """Whether a named path is a file of the project or a page of the site."""
    return any(
        candidate.exists()
        for candidate in (ROOT / path, ROOT / "docs" / path, (ROOT / "docs" / path).with_suffix(".md"))
    )


def test_the_scan_finds_paths() -> None:
    """The scan sees paths in comments (guards the test below)."""
    found = named_paths()
    assert "handreiking/register.py" in found and "handreiking/hulpmiddelen/basis/kern.js" in found


def test_every_named_path_exists() -> None:
    """No comment or message names a file that is not there."""
    stale = {path: where for path, where in named_paths().items() if not exists(path) and path not in NOT_FILES}
    assert not stale, "Deze paden bestaan niet (meer); pas de tekst aan:\n" + "\n".join(
        f"  {path}: {', '.join(where[:3])}" for path, where in sorted(stale.items())
    )
