#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the main window's first frame, over several runs, under Xvfb.
# Each run starts a fresh JVM; "cold" runs use a new, empty data folder (first start: the store is created),
# "warm" runs reuse a folder whose store already exists. Ollama is pointed at a closed port, so the
# figures do not depend on a model server. "cds" runs are warm runs from the jar with a class-data-sharing
# archive written by one training start (-XX:ArchiveClassesAtExit needs jars only: no class directories on the
# path). With INSTALLED set to a packaged launcher (the .deb's, whose archive its postinst wrote), "installed"
# runs start that launcher the same way. Prints every run and the median of each kind.
#
#   benchmarks/startup.sh [RUNS]        (default 7; needs xvfb-run: apt-get install xvfb)
#   INSTALLED="/opt/llm4rec-explorer/bin/LLM4Rec Explorer" benchmarks/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/runtime-cp.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/runtime-cp.txt)"
jar_cp="$(ls target/llm4rec-explorer-*.jar | head -1):$(cat target/runtime-cp.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# first_frame DATA_DIR [CLASS_PATH [JVM_OPTION...]]
first_frame() {
  local dir=$1 path=${2:-$cp}
  shift $(( $# < 2 ? $# : 2 ))
  xvfb-run -a -s "-screen 0 1600x1000x24" java "$@" -Dllm4rec.benchmark.startup=true -cp "$path" \
    org.llm4rec.explorer.Launcher --data-dir "$dir" --ollama http://127.0.0.1:9 2>/dev/null \
    | sed -n 's/^first-frame-ms //p'
}

# installed_first_frame DATA_DIR: the packaged launcher takes JVM options only from the environment.
installed_first_frame() {
  JAVA_TOOL_OPTIONS=-Dllm4rec.benchmark.startup=true xvfb-run -a -s "-screen 0 1600x1000x24" "$INSTALLED" \
    --data-dir "$1" --ollama http://127.0.0.1:9 2>/dev/null | sed -n 's/^first-frame-ms //p'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

first_frame "$work/warm" >/dev/null   # creates the store the warm runs reuse
first_frame "$work/warm" "$jar_cp" -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null
[ -z "${INSTALLED:-}" ] || installed_first_frame "$work/installed" >/dev/null   # its store, for warm runs
sleep 3                              # lets nothing of that run linger into the first measurement
echo "kind run first-frame-ms"
cold=(); warm=(); cds=(); installed=()
for i in $(seq "$runs"); do
  c=$(first_frame "$work/cold-$i"); cold+=("$c"); echo "cold $i $c"
  w=$(first_frame "$work/warm"); warm+=("$w"); echo "warm $i $w"
  a=$(first_frame "$work/warm" "$jar_cp" -XX:SharedArchiveFile="$work/app.jsa"); cds+=("$a"); echo "cds $i $a"
  if [ -n "${INSTALLED:-}" ]; then
    p=$(installed_first_frame "$work/installed"); installed+=("$p"); echo "installed $i $p"
  fi
done
echo "median cold: $(printf '%s\n' "${cold[@]}" | median) ms"
echo "median warm: $(printf '%s\n' "${warm[@]}" | median) ms"
echo "median cds:  $(printf '%s\n' "${cds[@]}" | median) ms"
[ -z "${INSTALLED:-}" ] || echo "median installed: $(printf '%s\n' "${installed[@]}" | median) ms"
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
