"""The build's own log lines, printed the way MkDocs prints its own (any step or part may report)."""

from __future__ import annotations


def info(text: str) -> None:
    """Print one build line."""
    print(f"INFO    -  {text}", flush=True)
