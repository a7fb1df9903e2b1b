"""The code style check (ruff, configured in pyproject.toml) passes on the whole project."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing() -> None:
    """`ruff check .` reports no problem; its output names file, line and rule when it does."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"ruff check . vindt problemen (los ze op of zie pyproject.toml):\n{result.stdout}{result.stderr}"
