#!/usr/bin/env bash
# Cross-checks SiteBuilder.Csl against the official styles: the fixtures in crosscheck/ name a style (apa,
# chicago-author-date, modern-language-association, ieee) that is read from ../shared/csl/styles, never copied here.
# The last line is "N passed, M failed of T". Usage: bash tests/SiteBuilder.Csl.Conformance/crosscheck.sh [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SHARED_CSL:-$here/../../../shared/csl}"
dotnet build -c Release "$here" > /dev/null
dotnet "$here/bin/Release/net10.0/SiteBuilder.Csl.Conformance.dll" "$here/crosscheck" --styles "$shared/styles" --locales "$shared/locales" "$@"
