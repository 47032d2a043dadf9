#!/usr/bin/env bash
# Runs the CSL processor test suite against SiteBuilder.Csl; the last line is "N passed, M failed of T".
# Usage: bash tests/SiteBuilder.Csl.Conformance/run.sh [DIR] [--verbose | --failures | --show FIXTURE]
# DIR defaults to ../shared/csl/test-suite (locales from ../shared/csl/locales beside it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
suite="${1:-$here/../../../shared/csl/test-suite}"
[ $# -gt 0 ] && shift
dotnet build -c Release "$here" > /dev/null
dotnet "$here/bin/Release/net10.0/SiteBuilder.Csl.Conformance.dll" "$suite" "$@"
