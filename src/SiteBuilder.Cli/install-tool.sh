#!/usr/bin/env bash
# Packs the command line as a .NET tool from this repository and installs it, so `sitebuilder` runs without
# `dotnet run` (and without its 2 s of MSBuild checks). The package for this machine is a native executable
# (Native AOT, which needs a C toolchain: clang or gcc); without one, the script installs the portable,
# framework-dependent package instead and says so. Usage:
#   bash src/SiteBuilder.Cli/install-tool.sh            # for this user (~/.dotnet/tools; put it on PATH)
#   bash src/SiteBuilder.Cli/install-tool.sh DIR        # into DIR (dotnet tool install --tool-path DIR)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
project="$repo/src/SiteBuilder.Cli"
packages="$project/bin/packages"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
rm -rf "$packages"

pack() { dotnet pack "$project" -c Release -o "$packages" -v quiet -nologo "$@" >&2; }
native=()
if command -v clang >/dev/null; then native=(-r "$rid" -p:NativeToolRid="$rid")
elif command -v gcc >/dev/null; then native=(-r "$rid" -p:NativeToolRid="$rid" -p:CppCompilerAndLinker=gcc)
fi

kind="native ($rid)"
# The pointer package names the two packages the install chooses from: this machine's native one and 'any'.
pack -p:NativeToolRid="$rid"
if [ ${#native[@]} -eq 0 ] || ! pack "${native[@]}"; then
  echo "no native build (Native AOT needs clang or gcc): installing the framework-dependent tool, which starts slower" >&2
  rm -rf "$packages"
  pack -p:NativeToolRid=none
  kind="framework-dependent"
fi
pack -r any -p:PublishAot=false

if [ $# -gt 0 ]; then
  where=(--tool-path "$1")
else
  where=(--global)
fi
dotnet tool uninstall "${where[@]}" SiteBuilder.Tool >/dev/null 2>&1 || true
dotnet tool install "${where[@]}" --add-source "$packages" --ignore-failed-sources SiteBuilder.Tool >&2
echo "installed ($kind): $( ( [ $# -gt 0 ] && "$1/sitebuilder" --version ) || sitebuilder --version )" >&2
