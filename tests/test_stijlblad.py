"""The build step that gives every page one stylesheet (handreiking/bouwstappen/stijlblad.py), on a small site."""

from __future__ import annotations

from pathlib import Path

import pytest

from handreiking.bouwstappen import stijlblad
from handreiking.kern.gegevens import BouwFout

HEAD = '<link rel="stylesheet" href="{0}assets/stylesheets/main.1234abcd.min.css"><link rel="stylesheet" href="{0}assets/css/site.css">'


def small_site(root: Path) -> Path:
    """Material's stylesheet, the site's, one handout's, a home page and a handout page one folder down."""
    files = {
        "assets/stylesheets/main.1234abcd.min.css": ".md-typeset{color:red}\n/*# sourceMappingURL=main.1234abcd.min.css.map*/",
        "assets/stylesheets/main.1234abcd.min.css.map": "{}",
        "assets/css/site.css": ".kop{color:blue}",
        "assets/vk/vk.css": ".vk{color:green}",
        "index.html": f"<head>{HEAD.format('')}</head><body>thuis</body>",
        "werk/kaarten.html": f'<head>{HEAD.format("../")}<link rel="stylesheet" href="../assets/vk/vk.css"></head><body>kaarten</body>',
        "los.html": "<p>zonder stijlblad</p>",
    }
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def links(page: Path) -> list[str]:
    """The stylesheets a page links."""
    return stijlblad.LINK.findall(page.read_text(encoding="utf-8"))


def test_every_page_links_one_stylesheet_with_all_rules_in_page_order(tmp_path: Path) -> None:
    """Home and handout page each wait for one file, reached from their own folder, and the rules keep
    Material, site, handout order; the joined files and source map are gone, a page without links is untouched."""
    site = small_site(tmp_path)
    result = stijlblad.combine(site)
    [home] = links(site / "index.html")
    [deep] = links(site / "werk/kaarten.html")
    assert deep == "../" + home and home.startswith("assets/stylesheets/site.") and home.endswith(".min.css")
    css = (site / home).read_text(encoding="utf-8")
    assert css.index("color:red") < css.index("color:blue") < css.index("color:green")
    assert "sourceMappingURL" not in css
    assert not (site / "assets/css/site.css").exists() and not (site / "assets/vk/vk.css").exists()
    assert not (site / "assets/stylesheets/main.1234abcd.min.css.map").exists()
    assert (site / "los.html").read_text(encoding="utf-8") == "<p>zonder stijlblad</p>"
    assert "thuis" in (site / "index.html").read_text(encoding="utf-8") and result["bestanden"] == 3


def test_the_name_changes_with_the_content(tmp_path: Path) -> None:
    """A new release with other CSS gets another file name (it is cached for a year)."""
    first = small_site(tmp_path / "a")
    second = small_site(tmp_path / "b")
    (second / "assets/vk/vk.css").write_text(".vk{color:black}", encoding="utf-8")
    stijlblad.combine(first)
    stijlblad.combine(second)
    assert links(first / "index.html") != links(second / "index.html")


def test_a_handout_stylesheet_pointing_at_another_file_stops_the_build_in_dutch(tmp_path: Path) -> None:
    """url() to a font next to a handout's CSS would break once joined: the build names the file and the fix."""
    site = small_site(tmp_path)
    (site / "assets/vk/vk.css").write_text('@font-face{src:url("letter.woff2")}', encoding="utf-8")
    with pytest.raises(BouwFout, match=r"assets/vk/vk\.css: url\(\) naar een ander bestand .* data:-URL"):
        stijlblad.combine(site)
    assert len(links(site / "index.html")) == 2  # nothing changed
