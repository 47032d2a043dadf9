#!/usr/bin/env bash
# Packs the command line as a .NET tool from this repository and installs it, so `sitebuilder` runs without
# `dotnet run` (and without its 2 s of MSBuild checks). Usage:
#   bash src/SiteBuilder.Cli/install-tool.sh            # for this user (~/.dotnet/tools; put it on PATH)
#   bash src/SiteBuilder.Cli/install-tool.sh DIR        # into DIR (dotnet tool install --tool-path DIR)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
packages="$repo/src/SiteBuilder.Cli/bin/packages"
rm -rf "$packages"
dotnet pack "$repo/src/SiteBuilder.Cli" -c Release -o "$packages" -v quiet -nologo >&2
if [ $# -gt 0 ]; then
  where=(--tool-path "$1")
  dotnet tool uninstall "${where[@]}" SiteBuilder.Tool >/dev/null 2>&1 || true
else
  where=(--global)
  dotnet tool uninstall --global SiteBuilder.Tool >/dev/null 2>&1 || true
fi
dotnet tool install "${where[@]}" --add-source "$packages" --ignore-failed-sources SiteBuilder.Tool >&2
echo "installed: $( ( [ $# -gt 0 ] && "$1/sitebuilder" --version ) || sitebuilder --version )" >&2
