# Two commands for a newcomer: `make serve` and `make test`. Both set everything up first.
# `make check` is the quick one for editors: data checks, unit tests and lint, no browser, no build.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# pytest keeps its rewritten test modules as bytecode (__pycache__, ignored by git); with
# PYTHONDONTWRITEBYTECODE set it rewrites all of them in every process of every run (3.7 s each here).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: serve test check lint build build-properdocs lock setup system browser node clean dist linkcheck-online
VERSION ?= $(shell git describe --tags --always 2>/dev/null || date +%Y%m%d)

LOCK := requirements.lock
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes

# Every package, indirect ones included, comes from the lock and is checked against its hashes.
# pip itself first: the venv's pip is upgraded to the version pinned in the lock (hash-checked too).
$(STAMP): $(LOCK)
	@test -x $(PY) || python3 -m venv $(VENV)
	@awk '/^pip==/ {p = 1; print; next} p && /^ / {print; next} {p = 0}' $(LOCK) > $(VENV)/pip.lock
	@test -s $(VENV)/pip.lock || { echo "Fout: $(LOCK) pint pip niet. Zet pip==<versie> in requirements.in en voer 'make lock' uit." >&2; exit 1; }
	$(PIP_INSTALL) --no-deps -r $(VENV)/pip.lock
	$(PIP_INSTALL) -r $(LOCK)
	@# The core package handreiking/ is imported from this folder (by mkdocs, its hooks and markdown_extensions).
	@$(PY) -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "handreiking-project.pth").write_text("$(CURDIR)\n")'
	@touch $(STAMP)

## Regenerate requirements.lock from requirements.in (pins and hashes of every dependency);
## `make lock UPGRADE=1` also moves the indirect dependencies to their newest versions
lock: $(STAMP)
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade) \
	  --output-file $(LOCK) requirements.in

setup: $(STAMP) system

# The JavaScript tools (Biome: lint and format), exactly as package-lock.json pins them (versions and
# integrity hashes), installed again only when the lock changes. Without npm: installed from Debian
# when we are root, otherwise it says what to install.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package-lock.json package.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installeren: nodejs npm"; apt-get update -q >/dev/null; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null; \
	  else \
	    echo "Ontbreekt: node en npm (voor de JavaScript-controle, Biome)." >&2; \
	    echo "Installeer met: sudo apt-get install -y nodejs npm" >&2; exit 1; \
	  fi; }
	npm ci --no-audit --no-fund --no-update-notifier --loglevel=error
	@touch $(NODE_STAMP)

node: $(NODE_STAMP)

## Debian packages for the PDFs (pango, fonts): installed when missing and we are root
system:
	@bash scripts/ensure-system.sh pdf

# The site config: mkdocs.yml, or an organisation's own (`make build CONFIG=eigen.yml`). It is read
# as data first (python -m handreiking controleer: no YAML tags, no code, paths inside the project),
# because MkDocs' own loader would run a `!!python/...` tag before any check could look.
CONFIG ?= mkdocs.yml
CHECK_CONFIG = $(PY) -m handreiking controleer --config "$(CONFIG)"

## Serve the site with live reload at http://127.0.0.1:8000
serve: setup
	$(CHECK_CONFIG)
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 -f "$(CONFIG)"

## Build the static site into site/
build: setup
	$(CHECK_CONFIG)
	$(VENV)/bin/mkdocs build --strict -f "$(CONFIG)"

## The same site built with ProperDocs (a fork of MkDocs 1.6, same venv) into site-properdocs/
build-properdocs: setup
	$(VENV)/bin/properdocs build --strict -f mkdocs.yml -d site-properdocs

## Release zip for intranet admins: dist/handreiking-<version>.zip
dist: build
	$(PY) scripts/dist.py --site site --out dist --version $(VERSION)

## Check every external link online (needs a network; not part of `make test`)
linkcheck-online: build
	$(PY) scripts/linkcheck_online.py --site site

## Also Debian's chromium and poppler-utils for the tests, installed when missing and we are root
browser:
	@bash scripts/ensure-system.sh browser

## Run every test, browser tests included
test: setup node browser
	$(PY) -m pytest

## Quick check while editing (under 10 s on 2 cores): data validation, unit tests, ruff and Biome; no browser,
## no site build (the markers come from tests/conftest.py)
check: setup node
	$(PY) -m pytest -q -m "not browser and not bouw and not traag" -n auto --dist load

## Only the code style: ruff (Python) and Biome (the scripts in overrides/assets)
lint: $(STAMP) node
	$(VENV)/bin/ruff check .
	node_modules/.bin/biome lint --error-on-warnings

clean:
	rm -rf site site-properdocs dist .pytest_cache
