#!/usr/bin/env bash
# Measures the hygiene analyzers' share of compile time on a generated 500-file LambdaGen project.
# Usage: measure.sh [FILE_COUNT]   (writes the project to ${BENCH_DIR:-/tmp/lambdagen-analyzer-bench})
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${BENCH_DIR:-/tmp/lambdagen-analyzer-bench}
count=${1:-500}

dotnet build "$repo/src/LambdaGen.Generators/LambdaGen.Generators.csproj" -c Release -v:q -nologo
dotnet build "$repo/src/LambdaGen/LambdaGen.csproj" -c Release -f net10.0 -v:q -nologo
rm -rf "$dir"
"$repo/benchmarks/analyzers/generate.sh" "$dir" "$count"
dotnet restore "$dir/Bench.csproj" -v:q -nologo

# First build warms the compiler server; the second is measured.
dotnet build "$dir/Bench.csproj" --no-restore -nologo -v:q -p:ReportAnalyzer=true >/dev/null || true
dotnet build "$dir/Bench.csproj" --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true \
  -clp:PerformanceSummary -bl:"$dir/build.binlog" > "$dir/build.log"

echo "--- analyzer report (csc, times summed over analyzer threads) ---"
# The csc command line also names the dll; keep only the report lines ("seconds  %  name").
grep -E "Total analyzer execution time" "$dir/build.log" | head -1 | sed 's/^ *//'
grep -E "^\s+[0-9]+\.[0-9]+\s+(<1|[0-9]+)\s+LambdaGen\.Generators" "$dir/build.log" | sed 's/^ *//' | sort -u
echo "--- compile wall time ---"
grep -E "^\s+[0-9]+ ms\s+Csc\s" "$dir/build.log" | tail -1 | sed 's/^ *//'
grep -E "Time Elapsed" "$dir/build.log" | tail -1
