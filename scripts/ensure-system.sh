#!/usr/bin/env bash
# Debian packages the build and the tests need. `pdf`: what WeasyPrint needs to make the PDFs
# (pango, fonts); `browser`: also Chromium and poppler-utils for the tests. Installs what is
# missing when running as root; otherwise stops with what to install.
set -euo pipefail
mode="${1:-pdf}"

missing=()
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0' || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
fc-list 2>/dev/null | grep -q 'DejaVu Sans' || missing+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -q 'Liberation Sans' || missing+=(fonts-liberation)
if [ "$mode" = "browser" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH bestaat niet of is niet uitvoerbaar." >&2; exit 1; }
  elif ! command -v chromium >/dev/null 2>&1; then
    missing+=(chromium)
  fi
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installeren: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
else
  echo "Ontbreekt: ${missing[*]}." >&2
  echo "Installeer met: sudo apt-get install -y ${missing[*]}" >&2
  [ "$mode" = "browser" ] && echo "Of wijs met CHROMIUM_PATH=/pad/naar/chromium een bestaande Chromium aan." >&2
  exit 1
fi
