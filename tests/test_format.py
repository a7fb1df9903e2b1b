"""Python code style is one style: `ruff format` (settings in pyproject.toml) changes nothing."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_format_changes_nothing() -> None:
    """Every Python file is as `ruff format` writes it; the message names the files to format."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"Voer '.venv/bin/ruff format .' uit:\n{result.stdout}{result.stderr}"
