#!/usr/bin/env bash
# Start-up benchmark: time from the process's start to the main window's first frame, over several runs, under
# Xvfb (the app measures it: -Dllm4rec.benchmark.startup=true prints first-frame-ms and the steps on the way).
# Every run is a new process. "first" runs get a new, empty data folder (a first start: the store is created);
# "warm" runs reuse a folder whose store exists (every later start). Ollama is pointed at a closed port, so the
# figures do not depend on a model server. "jar" runs start `java -cp target/classes:…` with the JDK on the PATH,
# as `./mvnw javafx:run` does (no start-up cache). With INSTALLED set to a packaged launcher (the .deb's, or the
# one of an unpacked .tar.gz), "installed" runs start that launcher the same way: its bundled runtime with the
# start-up cache made while packaging. Prints every run and the median of each kind.
#
#   benchmarks/startup.sh [RUNS]        (default 7; needs xvfb-run: apt-get install xvfb)
#   INSTALLED="/opt/llm4rec-explorer/bin/LLM4Rec Explorer" benchmarks/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/runtime-cp.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/runtime-cp.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# jar_first_frame DATA_DIR
jar_first_frame() {
  xvfb-run -a -s "-screen 0 1600x1000x24" java -Dllm4rec.benchmark.startup=true -cp "$cp" \
    org.llm4rec.explorer.boot.Launcher --data-dir "$1" --ollama http://127.0.0.1:9 2>/dev/null \
    | sed -n 's/^first-frame-ms //p'
}

# installed_first_frame DATA_DIR: the packaged launcher takes JVM options only from the environment.
installed_first_frame() {
  JAVA_TOOL_OPTIONS=-Dllm4rec.benchmark.startup=true xvfb-run -a -s "-screen 0 1600x1000x24" "$INSTALLED" \
    --data-dir "$1" --ollama http://127.0.0.1:9 2>/dev/null | sed -n 's/^first-frame-ms //p'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

jar_first_frame "$work/jar" >/dev/null                                        # the store the warm runs reuse
[ -z "${INSTALLED:-}" ] || installed_first_frame "$work/installed" >/dev/null  # the same for the installed app
sleep 3                              # lets nothing of those runs linger into the first measurement
echo "kind run first-frame-ms"
declare -A all
kinds=("jar first" "jar warm")
[ -z "${INSTALLED:-}" ] || kinds+=("installed first" "installed warm")
for i in $(seq "$runs"); do
  for kind in "${kinds[@]}"; do
    read -r how start <<<"$kind"
    dir="$work/$how"; [ "$start" = first ] && dir="$work/$how-first-$i"
    ms=$("${how}_first_frame" "$dir")
    all[$kind]+="$ms "
    echo "$kind $i $ms"
  done
done
for kind in "${kinds[@]}"; do
  echo "median $kind: $(printf '%s\n' ${all[$kind]} | median) ms"
done
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
