"""The build steps' own command line (`python -m handreiking …`), the route for a generator without hooks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copy_project

sys.path.insert(0, str(ROOT))
from handreiking.kern import svg  # noqa: E402


def run_steps(project: Path, *args: str, pdfs: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `python -m handreiking` in a project (sharing the project's PDF cache; without `pdfs`,
    stand-ins in their place)."""
    env = dict(os.environ, HANDREIKING_PDF_CACHE=str(ROOT / ".cache" / "pdf"), PYTHONPATH=str(project))
    if not pdfs:
        env["HANDREIKING_PDF"] = "overslaan"
    return subprocess.run(
        [sys.executable, "-m", "handreiking", *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def test_voorbereiden_stages_pdfs_scripts_and_branding(tmp_path: Path) -> None:
    """Before a site build: every handout PDF (here a trial build's stand-ins, which say so), each
    handout script headed by the shared core, the logo and colour."""
    result = run_steps(
        ROOT, "voorbereiden", "--config", "organisatie-voorbeeld.yml", "--uit", str(tmp_path / "bouw"), pdfs=False
    )
    assert result.returncode == 0, result.stderr
    staged = tmp_path / "bouw"
    pdfs = sorted(p.name for p in (staged / "werkmateriaal" / "pdf").glob("*.pdf"))
    assert "veiligheidscirkels-invulbaar.pdf" in pdfs and "4-stappen-zakkaart.pdf" in pdfs and len(pdfs) > 30
    stand_in = subprocess.run(
        ["pdftotext", str(staged / "werkmateriaal/pdf/4-stappen-zakkaart.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "niet gemaakt in deze proefbouw (HANDREIKING_PDF=overslaan)" in stand_in.stdout and not stand_in.stderr
    assert "PDF's overgeslagen" in result.stdout
    core = (ROOT / "handreiking/hulpmiddelen/basis/kern.js").read_text(encoding="utf-8")
    for script in ("werkbladen/werkbladen.js", "vraagkaarten/vraagkaarten.js"):
        text = (staged / "assets" / script).read_text(encoding="utf-8")
        assert text.startswith(core) and text.endswith(
            (ROOT / "handreiking/hulpmiddelen" / script).read_text(encoding="utf-8")
        )
    files = (ROOT / "handreiking/hulpmiddelen/basis/bestand.js").read_text(
        encoding="utf-8"
    )  # encrypted export: worksheets only
    assert files in (staged / "assets/werkbladen/werkbladen.js").read_text(encoding="utf-8")
    assert "K.exporteer = " not in (staged / "assets/vraagkaarten/vraagkaarten.js").read_text(encoding="utf-8")
    assert 'handreikingKern.gegevens("vraagkaarten"' in (staged / "assets/vraagkaarten/vraagkaarten.js").read_text(
        encoding="utf-8"
    )
    assert (staged / "assets/organisatie/logo.svg").read_bytes() == svg.schoon(
        (ROOT / "organisatie-voorbeeld/logo.svg").read_bytes()
    )
    assert "#0b6e4f" in (staged / "assets/organisatie/kleur.css").read_text(encoding="utf-8")


def test_afronden_finishes_a_site_built_without_hooks(site: Path, tmp_path: Path) -> None:
    """After a site build: staged files copied in, empty index sections gone, book PDF and CSP written."""
    bare = tmp_path / "site"
    shutil.copytree(site, bare)
    for generated in ("csp.txt", "_headers", "handreiking.pdf", "werkmateriaal/pdf/veiligheidscirkels.pdf"):
        (bare / generated).unlink()
    staged = tmp_path / "bouw"
    assert run_steps(ROOT, "voorbereiden", "--uit", str(staged)).returncode == 0
    result = run_steps(ROOT, "afronden", str(bare), "--voorbereid", str(staged))
    assert result.returncode == 0, result.stderr
    assert (bare / "csp.txt").read_text(encoding="utf-8") == (site / "csp.txt").read_text(encoding="utf-8")
    assert (bare / "handreiking.pdf").stat().st_size > 50_000
    assert (bare / "werkmateriaal/pdf/veiligheidscirkels.pdf").read_bytes() == (
        site / "werkmateriaal/pdf/veiligheidscirkels.pdf"
    ).read_bytes()


def test_a_data_error_is_one_dutch_line_without_a_traceback(tmp_path: Path) -> None:
    """The command line stops with exit 1 and the model's Dutch message, nothing else."""
    project = copy_project(tmp_path)
    deck = project / "data/vraagkaarten/wie-vragen.yml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("kleur:", "kleur: groen\nkleurtje:", 1), encoding="utf-8")
    result = run_steps(project, "voorbereiden", "--uit", str(tmp_path / "bouw"))
    assert result.returncode == 1
    assert result.stderr.startswith("Fout: data/vraagkaarten/wie-vragen.yml") and "Traceback" not in result.stderr, (
        result.stderr
    )
    assert "onbekend veld 'kleurtje'" in result.stderr
