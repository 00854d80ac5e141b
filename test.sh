#!/usr/bin/env bash
# Runs the whole test suite: unit, component (bunit), PostgreSQL and browser (Playwright + Chromium) tests.
# Beyond the .NET SDK the tests need PostgreSQL's server binaries (they start their own throwaway cluster), Chromium
# and an SMTP server for the mail tests (python3-aiosmtpd). This script checks for them, installs the missing ones
# when run as root on Debian/Ubuntu (what CI does: .ci/run only calls this script), and otherwise names them and stops.
# Ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
if [[ -z "${CAREERNAV_TEST_POSTGRES:-}" ]] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null \
   && [[ ! -x "${PG_BIN:-/nonexistent}/initdb" ]]; then
  missing+=(postgresql)
fi
if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
  missing+=(chromium)
fi
if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  missing+=(python3-aiosmtpd)
fi
if (( ${#missing[@]} > 0 )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing what the tests need: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]}. Install them, e.g.: sudo apt-get install ${missing[*]}" >&2
    echo "(or set CAREERNAV_TEST_POSTGRES to a PostgreSQL connection string, CHROMIUM_PATH to a Chromium binary)" >&2
    exit 2
  fi
fi

results="TestResults"
rm -rf "$results"
status=0
dotnet test CareerNavigator.sln --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?

trx=$(find "$results" -name '*.trx' | head -n 1)
if [[ -z "$trx" ]]; then
  echo "0 passed, 0 failed (no test results were written)"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
passed=$(count passed); failed=$(count failed); total=$(count total); executed=$(count executed)
skipped=$(( total - executed ))
if (( failed > 0 )); then
  # The console log above can be long; name the failures (and the first lines of their messages) at the end.
  echo "Failed tests:"
  awk '
    /<UnitTestResult / && /outcome="Failed"/ {
      failing = 1; lines = 0
      match($0, /testName="[^"]*"/); print "  " substr($0, RSTART + 10, RLENGTH - 11)
    }
    failing && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
    failing && inmsg && lines < 4 { text = $0; sub(/<\/Message>.*/, "", text); print "      " text; lines++ }
    /<\/Message>/ { inmsg = 0 }
    /<\/UnitTestResult>/ { failing = 0; inmsg = 0 }
  ' "$trx" | sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if (( status != 0 || failed > 0 || passed == 0 )); then
  exit 1
fi
