#!/usr/bin/env bash
# Regenerates the PDF and DOCX fixtures from sources/ with other producers than this code: Chromium prints the HTML CVs,
# pandoc turns the Markdown CVs into DOCX, LibreOffice converts HTML, DOCX and flat ODT into DOCX and PDF. The .txt CVs
# are written by hand. The tests read the committed files; run this only to remake them on purpose, and then check
# every *.expected.json again by hand (they describe what the CV says, not what the reader finds).
#   Debian: apt-get install chromium pandoc libreoffice-writer-nogui fonts-liberation fonts-dejavu
set -euo pipefail
cd "$(dirname "$0")"
src=sources
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="$work/lo-profile"
lo() { soffice -env:UserInstallation=file://"$profile" --headless "$@" >/dev/null; }
chromium_pdf() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$PWD/$src/$1" 2>/dev/null
}

for name in en-chromium-one-column es-chromium-two-column fr-chromium-table de-chromium-two-column pt-chromium-one-column \
            pl-chromium-table en-chromium-three-page; do
  chromium_pdf "$name.html" "$name.pdf"
done

pandoc "$src/pl-pandoc.md" -o pl-pandoc.docx
pandoc "$src/es-pandoc.md" -o es-pandoc.docx
pandoc "$src/en-pandoc-libreoffice.md" -o "$work/en-pandoc-libreoffice.docx"
lo --convert-to pdf --outdir . "$work/en-pandoc-libreoffice.docx"

lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir . "$src/fr-libreoffice-tables.html"
lo --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . "$src/pt-libreoffice-two-column.html"
lo --convert-to 'docx:MS Word 2007 XML' --outdir . "$src/de-libreoffice-textboxes.fodt"
lo --convert-to pdf --outdir . "$src/de-libreoffice-textboxes.fodt"
ls -l ./*.pdf ./*.docx ./*.txt
