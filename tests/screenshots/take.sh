#!/usr/bin/env bash
# Screenshots of every page of this repository's site at 1280×800 and 390×844, light and dark, and the essay's
# PDF as page images, so anyone can look at the site as a reader does without serving it.
# Usage: bash tests/screenshots/take.sh [OUT]   (default OUT: tests/screenshots/out; needs Chromium and pdftoppm)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/tests/screenshots/out}"
chromium="${SITEBUILDER_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
mkdir -p "$out"

dotnet run --project "$root/src/SiteBuilder.Cli" -- build --pdf --source "$root" --output "$site/_site" >&2

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars)
count=0
while IFS= read -r page; do
  name="$(echo "${page#"$site/_site/"}" | sed 's|/index.html$||; s|\.html$||; s|/|-|g')"
  [ -z "$name" ] || [ "$name" = "index" ] && name="home"
  for size in 1280,800 390,844; do
    for scheme in light dark; do
      extra=()
      [ "$scheme" = dark ] && extra=(--force-dark-mode --blink-settings=preferredColorScheme=0)
      "$chromium" "${flags[@]}" "${extra[@]}" --window-size="$size" --screenshot="$out/$name-${size%,*}-$scheme.png" "file://$page" 2>/dev/null
      count=$((count + 1))
    done
  done
done < <(find "$site/_site" -name '*.html' ! -name 'print.html' | sort)

for pdf in "$site"/_site/essays/*/*.pdf; do
  pdftoppm -png -r 60 "$pdf" "$out/pdf-$(basename "$pdf" .pdf)"
done
echo "$count screenshots and $(ls "$out"/pdf-*.png | wc -l) PDF pages in $out" >&2
