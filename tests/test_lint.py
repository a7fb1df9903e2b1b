"""The code style checks pass on the whole project: ruff for Python (configured in pyproject.toml),
Biome for the project's own browser scripts (configured in biome.jsonc, pinned in package-lock.json)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

BIOME = ROOT / "node_modules" / ".bin" / "biome"


def test_ruff_finds_nothing() -> None:
    """`ruff check .` reports no problem; its output names file, line and rule when it does."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        f"ruff check . vindt problemen (los ze op of zie pyproject.toml):\n{result.stdout}{result.stderr}"
    )


def test_biome_lint_finds_nothing() -> None:
    """`biome lint` finds nothing in our scripts (overrides/assets and handreiking/hulpmiddelen; vendor, lunr and minified files excepted), warnings
    included; its output names file, line and rule when it does. Only the lint rules: the formatter's
    settings are in biome.jsonc, but the scripts are not formatted with them yet."""
    if not BIOME.is_file():
        pytest.fail(
            "Biome ontbreekt (node_modules/.bin/biome). Voer `make check` of `make test` uit; die installeren "
            "het uit package-lock.json met `npm ci` (daarvoor zijn node en npm nodig: sudo apt-get install -y nodejs npm).",
            pytrace=False,
        )
    result = subprocess.run(
        [str(BIOME), "lint", "--error-on-warnings", "--max-diagnostics=none", "--reporter=github", "--colors=off"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    findings = "\n".join(line for line in result.stdout.splitlines() if line.startswith("::")) or result.stdout
    assert result.returncode == 0, (
        f"biome lint vindt problemen (los ze op, of zie biome.jsonc voor de regels en waarom):\n{findings}{result.stderr}"
    )
