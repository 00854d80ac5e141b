#!/usr/bin/env bash
# Remakes the held-out fixtures (see ../README.md): Chromium, pandoc and LibreOffice, as ../make-fixtures.sh does.
set -euo pipefail
cd "$(dirname "$0")"
src=sources
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { soffice -env:UserInstallation=file://"$work/lo-profile" --headless "$@" >/dev/null; }
for name in en-heldout-employer-first de-heldout-tabular; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$name.pdf" "file://$PWD/$src/$name.html" 2>/dev/null
done
pandoc "$src/fr-heldout-pandoc.md" -o fr-heldout-pandoc.docx
lo --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . "$src/pl-heldout-sidebar.html"
ls -l ./*.pdf ./*.docx ./*.txt
