#!/usr/bin/env bash
# Generator at scale (issue 10): builds LambdaGen apps of N functions and their twins without LambdaGen and
# writes a markdown table of build wall times, the generator's and analyzers' own times, emitted bytes per
# function and the rebuild time after an edit inside one method body.
#
# Usage: benchmarks/scale/measure.sh [N ...]          (default: 10 100 500 1000)
# Environment: SCALE_DIR (default /tmp/lambdagen-scale), RUNS (default 3), OUT (default $SCALE_DIR/results.md)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${SCALE_DIR:-/tmp/lambdagen-scale}
runs=${RUNS:-3}
out=${OUT:-$dir/results.md}
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(10 100 500 1000)
mkdir -p "$dir"

# A warm compiler server, as in AWS's measurement and in an IDE session: some environments (CI, this repo's
# helpers) export UseSharedCompilation=false, which starts a fresh csc per build. The server this script starts is
# stopped by process id when it ends; servers that were already running are left alone.
export UseSharedCompilation=true
servers_before=$(pgrep -f VBCSCompiler || true)
stop_own_server() {
  for pid in $(pgrep -f VBCSCompiler || true); do
    if ! grep -qx "$pid" <<< "$servers_before"; then kill "$pid" 2>/dev/null || true; fi
  done
}
trap stop_own_server EXIT

# One build: prints "wall cpu" in seconds. cpu = the build's own process tree (MSBuild, task hosts) plus the
# compiler server's CPU during the build; on a shared machine it is steadier than wall time.
server_cpu() {
  local pid total=0
  for pid in $(pgrep -f VBCSCompiler || true); do
    total=$(awk -v t="$total" '{ print t + $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo "$total")
  done
  echo "$total"
}
timed() { # app [extra build arguments]
  local start end s0 s1
  s0=$(server_cpu)
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$dir/last.time" \
    dotnet build "$1/Scale.csproj" --no-restore -c Release -nologo -v:q -p:BuildProjectReferences=false "${@:2}" > "$dir/last.log" 2>&1 || { cat "$dir/last.log" >&2; echo "failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  s1=$(server_cpu)
  awk -v s="$start" -v e="$end" -v a="$s0" -v b="$s1" -v hz="$(getconf CLK_TCK)" '
    END { printf "%.2f %.2f", e - s, $1 + $2 + (b - a) / hz }' "$dir/last.time"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The app's own compile, as a package consumer sees it: referenced projects are already built and not rebuilt.
build() { dotnet build "$1/Scale.csproj" --no-restore -c Release -nologo -v:q -p:BuildProjectReferences=false "${@:2}"; }

# "seconds" of the named assembly in the analyzer or generator section of csc's ReportAnalyzer output.
report() { # log section(analyzer|generator) assembly-prefix
  awk -v section="$2" -v name="$3" '
    /Total analyzer execution time/ { in_section = (section == "analyzer") }
    /Total generator execution time/ { in_section = (section == "generator") }
    in_section && $3 ~ "^" name "," { sum += $1; found = 1 }
    END { if (found) printf "%.3f", sum; else printf "-" }' "$1"
}

total() { # log section
  grep -E "Total $2 execution time" "$1" | head -1 | grep -oE "[0-9]+\.[0-9]+" || echo "-"
}

echo "== building the tool and the referenced projects (Release)"
dotnet build "$repo/benchmarks/LambdaGen.Scale/LambdaGen.Scale.csproj" -c Release -nologo -v:q
dotnet "$repo/benchmarks/LambdaGen.Scale/bin/Release/net10.0/LambdaGen.Scale.dll" "$dir" "${counts[@]}"

rows=()
for n in "${counts[@]}"; do
  lg="$dir/n$n/lambdagen"
  twin="$dir/n$n/twin"
  twinjson="$dir/n$n/twin-json"
  for app in "$lg" "$twin" "$twinjson"; do
    echo "== N=$n $(basename "$app"): restore, warm-up build"
    dotnet restore "$app/Scale.csproj" -nologo -v:q
    # The first build also builds the referenced projects and warms the compiler server (VBCSCompiler).
    dotnet build "$app/Scale.csproj" --no-restore -c Release -nologo -v:q > "$dir/last.log" 2>&1 || { cat "$dir/last.log"; exit 1; }
  done

  # The two apps alternate so that both see the same machine load.
  lg_full=(); twin_full=(); lg_full_cpu=(); twin_full_cpu=(); json_full=(); json_full_cpu=()
  lg_edit=(); twin_edit=(); lg_edit_cpu=(); twin_edit_cpu=()
  for r in $(seq "$runs"); do
    read -r w c <<< "$(timed "$lg" --no-incremental)"; lg_full+=("$w"); lg_full_cpu+=("$c")
    read -r w c <<< "$(timed "$twin" --no-incremental)"; twin_full+=("$w"); twin_full_cpu+=("$c")
    read -r w c <<< "$(timed "$twinjson" --no-incremental)"; json_full+=("$w"); json_full_cpu+=("$c")
    # Edit inside one method body (function 1, an HTTP route in the LambdaGen app): the statement changes each run.
    for app in "$lg" "$twin"; do
      sed -i -E "s/var seed = 1( \+ [0-9]+)?;/var seed = 1 + $r;/" "$app/Functions/F0001.cs"
    done
    read -r w c <<< "$(timed "$lg")"; lg_edit+=("$w"); lg_edit_cpu+=("$c")
    read -r w c <<< "$(timed "$twin")"; twin_edit+=("$w"); twin_edit_cpu+=("$c")
  done
  for app in "$lg" "$twin"; do sed -i -E "s/var seed = 1( \+ [0-9]+)?;/var seed = 1;/" "$app/Functions/F0001.cs"; done
  echo "   full LambdaGen: ${lg_full[*]} s wall; ${lg_full_cpu[*]} s cpu"
  echo "   full twin:      ${twin_full[*]} s wall; ${twin_full_cpu[*]} s cpu"
  echo "   full twin-json: ${json_full[*]} s wall; ${json_full_cpu[*]} s cpu"
  echo "   edit LambdaGen: ${lg_edit[*]} s wall; ${lg_edit_cpu[*]} s cpu"
  echo "   edit twin:      ${twin_edit[*]} s wall; ${twin_edit_cpu[*]} s cpu"

  echo "== N=$n: analyzer report and emitted files"
  # -v:d prints csc's ReportAnalyzer output; the generated files are written under obj/.../generated.
  build "$lg" --no-incremental -v:d -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=true > "$dir/n$n/report-lambdagen.log" 2>&1
  build "$twin" --no-incremental -v:d -p:ReportAnalyzer=true > "$dir/n$n/report-twin.log" 2>&1
  generated=$(find "$lg/obj" -path "*generated/LambdaGen.Generators/*" -name "*.g.cs")
  bytes=$(echo "$generated" | xargs cat | wc -c)
  per_function=$((bytes / n))
  part() { { echo "$generated" | grep "$1" || true; } | xargs -r cat | wc -c; }
  fn_bytes=$(part "LambdaGenEntryPoints.g.cs"); http_bytes=$(part "/Http/"); json_bytes=$(part "LambdaGenJson.g.cs")
  other_bytes=$((bytes - fn_bytes - http_bytes - json_bytes))
  log="$dir/n$n/report-lambdagen.log"
  twinlog="$dir/n$n/report-twin.log"
  m() { median "$@"; }
  fl=$(m "${lg_full[@]}"); ft=$(m "${twin_full[@]}"); cl=$(m "${lg_full_cpu[@]}"); ct=$(m "${twin_full_cpu[@]}")
  overhead=$(awk -v a="$fl" -v b="$ft" 'BEGIN { printf "%+.2f", a - b }')
  cpu_overhead=$(awk -v a="$cl" -v b="$ct" 'BEGIN { printf "%+.2f", a - b }')
  fj=$(m "${json_full[@]}"); cj=$(m "${json_full_cpu[@]}")
  json_overhead=$(awk -v a="$fl" -v b="$fj" 'BEGIN { printf "%+.2f", a - b }')
  row="| $n | $fl | $ft | $overhead | $fj ($json_overhead) | $cl / $cj | $cl / $ct ($cpu_overhead) | $(report "$log" generator LambdaGen.Generators) | $(report "$log" analyzer LambdaGen.Generators) | $(report "$log" analyzer ILLink.RoslynAnalyzer) / $(report "$twinlog" analyzer ILLink.RoslynAnalyzer) | $(total "$log" analyzer) / $(total "$twinlog" analyzer) | $per_function ($((fn_bytes / n)) fn + $((http_bytes / n)) http + $((json_bytes / n)) json + $((other_bytes / n)) rest) | $(m "${lg_edit[@]}") / $(m "${twin_edit[@]}") | $(m "${lg_edit_cpu[@]}") / $(m "${twin_edit_cpu[@]}") |"
  echo "$row"
  rows+=("$row")
done

{
  echo "| N | full build, LambdaGen (s) | full build, twin (s) | overhead (s) | full build, twin + JSON context (s) (LambdaGen's overhead) | full build CPU, LambdaGen / twin + JSON context (s) | full build CPU, LambdaGen / twin (overhead) (s) | LambdaGen generator (s) | LambdaGen analyzers (s) | ILLink analyzers, LambdaGen / twin (s) | all analyzers, LambdaGen / twin (s) | emitted bytes per function | edit rebuild, LambdaGen / twin (s) | edit rebuild CPU, LambdaGen / twin (s) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
} > "$out"
echo "== table written to $out"
cat "$out"
