"""Command line of the build steps, for any site generator:

  python -m handreiking voorbereiden [--config mkdocs.yml] [--uit .bouw]
  python -m handreiking afronden SITE [--config mkdocs.yml] [--voorbereid .bouw]
  python -m handreiking schemas [--uit schemas]   (also .vscode/settings.json: which file has which schema)
  python -m handreiking controleer [--config eigen.yml]   (before `mkdocs build -f eigen.yml`)

Errors in the data stop with a Dutch message naming file and entry (exit 1), without a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handreiking.bouwstappen import bouw, schemas
from handreiking.kern.configuratie import read_config
from handreiking.kern.gegevens import BouwFout, DataFout
from handreiking.model import instellingen, laad


def _model(config: Path):  # noqa: ANN202 (a Model)
    """The model of the project whose config file is `config`."""
    config = config.resolve()
    return laad(config.parent, instellingen(read_config(config), config.name))


def main(argv: list[str] | None = None) -> int:
    """Run one build step; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m handreiking", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    steps = parser.add_subparsers(dest="stap", required=True)
    prep = steps.add_parser("voorbereiden", help="PDF's, scripts en huisstijl klaarzetten vóór de sitebouw")
    prep.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    prep.add_argument("--uit", type=Path, default=Path(".bouw"))
    finish = steps.add_parser("afronden", help="zoekindex, verkleinen, boek-PDF en CSP na de sitebouw")
    finish.add_argument("site", type=Path)
    finish.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    finish.add_argument("--voorbereid", type=Path, help="map van voorbereiden, als de generator die niet zelf meeneemt")
    check = steps.add_parser(
        "controleer", help="configuratie en gegevens controleren (geen code, geen tags) vóór MkDocs ze leest"
    )
    check.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    schema = steps.add_parser("schemas", help="JSON Schema's van de gegevensbestanden schrijven")
    schema.add_argument("--uit", type=Path, default=Path("schemas"))
    args = parser.parse_args(argv)
    try:
        if args.stap == "schemas":
            for path in schemas.write(args.uit):
                print(path)
            if args.uit.resolve().is_relative_to(
                Path.cwd()
            ):  # the editor's mapping names schemas from the project root
                print(schemas.write_vscode(Path.cwd(), args.uit.resolve().relative_to(Path.cwd()).as_posix()))
        elif args.stap == "controleer":
            _model(args.config)
            print(f"{args.config}: in orde.")
        elif args.stap == "voorbereiden":
            bouw.voorbereiden(_model(args.config), args.uit)
        else:
            if not (args.site / "index.html").is_file():
                raise DataFout(f"Geen gebouwde site in {args.site}: bouw eerst de site.")
            bouw.afronden(_model(args.config), args.site, args.voorbereid)
    except BouwFout as err:
        print(f"Fout: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
