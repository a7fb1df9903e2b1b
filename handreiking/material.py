"""What the build steps know of the HTML and files Material for MkDocs generates: every class name,
selector, tag shape, asset folder and index path they look for. Only this module may know them; the
steps (boek, bundel, csp, offline, stijlblad, verkleinen, zoekindex) import from here, and
tests/test_material.py checks these constants against the installed Material (pins in
tests/material_pins.yml). After a Material upgrade this is the one file to adapt."""

from __future__ import annotations

import re

# --- Pages --------------------------------------------------------------------------------------
ARTICLE = "article.md-content__inner"  # the page's text (boek.py takes it for the book PDF)
# Inside the article, not for paper: permalinks (Python-Markdown's toc, as Material shows them), the
# page's source dates and the edit/view buttons.
NOT_IN_BOOK = "a.headerlink, .md-source-file, .md-content__button"
BANNER = "md-banner"  # the announce bar: main.html puts the organisation's notice there
COPYRIGHT = "md-copyright"  # the footer line: partials/copyright.html puts the organisation's name there
# Where writers' and organisations' texts end up in a page: the article, the banner, the footer line
# (csp.py refuses an inline script there: no template made it).
USER_TEXT = re.compile(
    rf'<article\b.*?</article>|<div[^>]*class="{BANNER}[^"]*".*?</div>|'
    rf'<div class="{COPYRIGHT}">.*?</div>\s*</div>',
    re.S,
)

# --- Assets -------------------------------------------------------------------------------------
JAVASCRIPTS = "assets/javascripts"  # Material's scripts (minified already)
STYLESHEETS = "assets/stylesheets"  # Material's stylesheets (minified already); the site stylesheet goes here too
ASSET_FOLDERS = (JAVASCRIPTS, STYLESHEETS)
# Material's bundle, as base.html writes it at the end of the body (bundel.py loads it after first paint).
BUNDLE = re.compile(rf'<script src="([^"]*{JAVASCRIPTS}/bundle\.[0-9a-f]{{8}}\.min\.js)"></script>')
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")  # Material's bundles carry their hash in the name
STYLESHEET_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')  # how base.html links a stylesheet
LUNR = f"{JAVASCRIPTS}/lunr"  # the search languages
LUNR_KEPT = ("nl", "multi", "stemmer.support")  # lunr/min/lunr.<x>.min.js that Dutch search loads
LUNR_SEGMENTERS = ("tinyseg", "wordcut")  # lunr/<x>.js: word segmenters for Japanese and Thai
DEFAULT_COLOUR = "#4051b5"  # Material's default indigo, the header colour without branding

# --- Search index -------------------------------------------------------------------------------
SEARCH_FOLDER = "search"  # the search plugin's folder in the built site
INDEX_JS = f"{SEARCH_FOLDER}/search_index.js"  # the offline plugin's copy of the index, for file://
INDEX_JS_PREFIX = "var __index = "  # how the offline plugin inlines the index in INDEX_JS
# Where generators write the index: (JSON file, the JS file that inlines it, the list of entries)
INDEXES = (
    (f"{SEARCH_FOLDER}/search_index.json", INDEX_JS, "docs"),  # Material for MkDocs
    ("search.json", "search.js", "items"),
)  # Zensical


def lunr_not_kept() -> str:
    """A regex (site path, from its start) of Material's search files a Dutch site never loads."""
    segmenters = "|".join(map(re.escape, LUNR_SEGMENTERS))
    kept = "|".join(map(re.escape, LUNR_KEPT))
    return rf"^{re.escape(LUNR)}/({segmenters})\.js|^{re.escape(LUNR)}/min/lunr\.(?!({kept})\.min\.js).*"
