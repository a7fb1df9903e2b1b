"""Pack a built site as a release zip for intranet admins: handreiking-<version>.zip."""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from handreiking.material import LUNR  # noqa: E402

LEESMIJ = Path(__file__).with_name("LEESMIJ.txt")
# Material copies the search files of every language; a Dutch site's search worker loads only these two
# (lunr.multi only for more than one language, the segmenters only for Japanese, Thai and Hindi).
LUNR_SHIPPED = ("min/lunr.stemmer.support.min.js", "min/lunr.nl.min.js")
NOT_SHIPPED = re.compile(rf"^{re.escape(LUNR)}/(?!({'|'.join(map(re.escape, LUNR_SHIPPED))})$)|\.map$")


def make_zip(site: Path, out_dir: Path, version: str) -> Path:
    """Zip the site with LEESMIJ.txt under one folder handreiking-<version>/; return the zip path."""
    if not (site / "index.html").is_file():
        raise SystemExit(f"Geen gebouwde site in {site}: draai eerst `make build`.")
    name = f"handreiking-{version}"
    target = out_dir / f"{name}.zip"
    out_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(f"{name}/LEESMIJ.txt", LEESMIJ.read_text(encoding="utf-8").replace("{versie}", version))
        for path in sorted(site.rglob("*")):
            relative = path.relative_to(site).as_posix()
            if path.is_file() and not NOT_SHIPPED.search(relative):
                archive.write(path, f"{name}/{relative}")
    return target


def edition_problem(version: str, root: Path) -> str:
    """Why a release of `version` (a git tag such as v3.5) may not be made: its printed sheets would name
    another version (data/uitgave.yml); "" when they agree or when `version` is no release number."""
    from handreiking.druk.uitgave import FILE, load_uitgave

    number = re.fullmatch(r"v?(\d+(?:\.\d+)*)", version)
    printed = load_uitgave(root)["versie"]
    if number and number.group(1) != printed:
        return (
            f"Fout: je maakt uitgave {version}, maar {FILE} zegt versie {printed}: elk kaartvel en het boek "
            f"zouden een andere versie noemen. Zet versie en datum in {FILE} op deze uitgave en bouw opnieuw."
        )
    return ""


def main() -> None:
    """Command line: dist.py --site site --out dist --version 1.0.0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("dist"))
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    problem = edition_problem(args.version, Path(__file__).resolve().parent.parent)
    if problem:
        sys.exit(problem)
    target = make_zip(args.site, args.out, args.version)
    print(f"{target} ({target.stat().st_size / 1_048_576:.1f} MB)")


if __name__ == "__main__":
    main()
