"""Every field of every data file, fed a list, a map, a number and a 10 MB string (issue 3.1): the
model either accepts it or stops with a short Dutch message naming the file; never a traceback,
never a message that repeats the whole value. In memory, no build (the YAML loader is stood in for)."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from handreiking import model as model_module  # noqa: E402
from handreiking.kern import gegevens  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.model import instellingen, laad  # noqa: E402

MALFORMED: dict[str, Any] = {
    "lijst": ["a", "b"],
    "object": {"a": 1},
    "getal": 123456789,
    "tekst van 10 MB": "x" * 10_000_000,
}
FILES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*.yml"))


def paths(value: Any, at: tuple = ()) -> Iterator[tuple]:
    """Every distinct key path in a parsed file (of a list, its first item stands for all)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*at, key)
            yield from paths(child, (*at, key))
    elif isinstance(value, list) and value:
        yield from paths(value[0], (*at, 0))


def replaced(data: Any, path: tuple, new: Any) -> Any:
    """A copy of `data` with the value at `path` replaced."""
    out = copy.deepcopy(data)
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return out


CASES = [(name, path) for name in FILES for path in dict.fromkeys(paths(gegevens.load_yaml(ROOT / name, name)))]


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{n}:{'.'.join(map(str, p))}" for n, p in CASES])
def test_any_malformed_value_in_any_field_is_refused_in_dutch(
    monkeypatch: pytest.MonkeyPatch, name: str, path: tuple
) -> None:
    """Four kinds of wrong value in this field: each accepted or refused with a short Dutch message naming the file."""
    settings = instellingen(read_config(ROOT / "mkdocs.yml"))
    original = gegevens.load_yaml
    refused = []
    for kind, value in MALFORMED.items():
        broken = replaced(original(ROOT / name, name), path, value)

        def load(path_: Path, label: str = "", broken: Any = broken) -> Any:
            """The broken data for this file, the real data for every other."""
            return copy.deepcopy(broken) if Path(path_).resolve() == (ROOT / name).resolve() else original(path_, label)

        for module in list(sys.modules.values()):
            if (
                getattr(module, "__name__", "").startswith("handreiking")
                and getattr(module, "load_yaml", None) is original
            ):
                monkeypatch.setattr(module, "load_yaml", load)
        model_module._cache.clear()  # noqa: SLF001 (the files did not change; the data did)
        try:
            laad(ROOT, settings)
        except DataFout as error:
            message = str(error)
            refused.append(kind)
            assert len(message) < 1000, f"{kind}: {message[:200]}…"
            assert name.split("/")[-1].split(".")[0] in message or "vraagkaarten" in message, f"{kind}: {message}"
        finally:
            monkeypatch.undo()
            model_module._cache.clear()  # noqa: SLF001
    assert refused, "geen van de vier foute waarden werd geweigerd: wordt dit veld wel gecontroleerd?"
