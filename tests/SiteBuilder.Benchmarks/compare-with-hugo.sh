#!/usr/bin/env bash
# Reproduces the README's performance table in one command: builds the shared benchmark's corpora, lays them out
# for SiteBuilder, publishes SiteBuilder as ReadyToRun, and runs the paired, interleaved comparison with Hugo.
#   bash tests/SiteBuilder.Benchmarks/compare-with-hugo.sh [N ...]      (default: 1000 10000)
# Needs the shared benchmark (BENCH_DIR, default ../shared/bench beside this checkout), python3, and
# `apt-get install hugo hyperfine time`. Figures depend on the machine: compare the ratios of one run.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="${BENCH_DIR:-$repo/../shared/bench}"
export BENCH_WORK="${BENCH_WORK:-/tmp/sitebuilder-bench}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -f "$bench/compare.sh" ] || { echo "the shared benchmark is not at $bench (set BENCH_DIR)" >&2; exit 1; }
for tool in hugo hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hugo hyperfine time" >&2; exit 1; }
done

mkdir -p "$BENCH_WORK"
for n in "${sizes[@]}"; do
  [ -d "$BENCH_WORK/corpus-$n" ] || python3 "$bench/gen-corpus.py" "$n"
  python3 "$bench/sitebuilder-corpus.py" "$BENCH_WORK/corpus-$n" --repo "$repo"
done

# The command as it is installed: a native executable (Native AOT, with gcc when clang is missing). Without a
# C toolchain, ReadyToRun on the JIT, which starts and runs slower (the table in the README says which).
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
rm -rf "$BENCH_WORK/sb-bin"
linker=(); command -v clang >/dev/null || linker=(-p:CppCompilerAndLinker=gcc)
if ! dotnet publish "$repo/src/SiteBuilder.Cli" -c Release -r "$rid" "${linker[@]}" -o "$BENCH_WORK/sb-bin" -v quiet -p:NoWarn='IL2104%3BIL3053%3BIL3000'; then
  echo "no native build: benchmarking the ReadyToRun build instead" >&2
  dotnet publish "$repo/src/SiteBuilder.Cli" -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$BENCH_WORK/sb-bin" -v quiet
fi
SITEBUILDER_REPO="$repo" SITEBUILDER_CMD="$BENCH_WORK/sb-bin/SiteBuilder.Cli build --source {source} --output {output}" \
  bash "$bench/compare.sh" "${sizes[@]}"
