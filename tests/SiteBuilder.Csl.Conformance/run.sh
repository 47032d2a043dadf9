#!/usr/bin/env bash
# Runs the CSL processor test suite against SiteBuilder.Csl and prints the share that passes, by category.
# Usage: bash tests/SiteBuilder.Csl.Conformance/run.sh [--failures | --show FIXTURE]
# The suite and the official locales are cloned once into $CSL_WORK (default /tmp/sitebuilder-csl).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${CSL_WORK:-/tmp/sitebuilder-csl}"
mkdir -p "$work"
[ -d "$work/test-suite" ] || git clone --depth 1 https://github.com/citation-style-language/test-suite "$work/test-suite"
[ -d "$work/locales" ] || git clone --depth 1 https://github.com/citation-style-language/locales "$work/locales"
dotnet build -c Release "$here" > /dev/null
dotnet "$here/bin/Release/net10.0/SiteBuilder.Csl.Conformance.dll" "$work/test-suite/processor-tests/machines" "$work/locales" "$@"
