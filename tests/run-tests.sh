#!/usr/bin/env bash
# Runs every SiteBuilder test and ends with the line "N passed, N failed".
# What the tests need beyond the .NET SDK is installed here when it is missing:
# Debian's Chromium for the browser tests, Java, and from the npm registry (into tests/.tools) the Nu HTML Checker
# (vnu-jar) and axe-core.
# Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Citations".
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tests/.tools"
results="$root/tests/.results"
vnu_version="26.9.27"
axe_version="4.14.1"
vnu="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
axe="$tools/node_modules/axe-core/axe.min.js"
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"

apt_install() {
  echo "installing $* with apt-get" >&2
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ -z "${CHROMIUM_PATH:-}" ] && [ -z "${SITEBUILDER_CHROMIUM:-}" ] && ! command -v chromium >/dev/null && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium fonts-dejavu-core
fi
# The print layout falls back to DejaVu fonts; the PDF tests read its text.
if ! fc-list 2>/dev/null | grep -qi "DejaVu Serif"; then
  apt_install fonts-dejavu-core fontconfig
fi
command -v java >/dev/null || apt_install default-jre-headless
command -v npm >/dev/null || apt_install npm
if [ ! -f "$vnu" ] || [ ! -f "$axe" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --ignore-scripts --no-audit --no-fund --silent "vnu-jar@$vnu_version" "axe-core@$axe_version" >&2 || exit 1
fi
export VNU_JAR="$vnu"
export AXE_CORE_JS="$axe"

rm -rf "$results"
dotnet test "$root/SiteBuilder.sln" --logger trx --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed before any test could report (a build error, say)
fi
echo "$passed passed, $failed failed"
exit "$status"
