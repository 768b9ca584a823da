#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the main window's first frame, over several runs, under Xvfb.
# Each run starts a fresh JVM; "cold" runs use a new, empty data folder (first start: the store is created),
# "warm" runs reuse a folder whose store already exists. Ollama is pointed at a closed port, so the
# figures do not depend on a model server. Prints every run and the median of each kind.
#
#   benchmarks/startup.sh [RUNS]        (default 7; needs xvfb-run: apt-get install xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
./mvnw -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/runtime-cp.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/runtime-cp.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

first_frame() {
  xvfb-run -a -s "-screen 0 1600x1000x24" java -Dllm4rec.benchmark.startup=true -cp "$cp" \
    org.llm4rec.explorer.Launcher --data-dir "$1" --ollama http://127.0.0.1:9 2>/dev/null \
    | sed -n 's/^first-frame-ms //p'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

first_frame "$work/warm" >/dev/null   # creates the store the warm runs reuse
sleep 3                              # lets nothing of that run linger into the first measurement
echo "kind run first-frame-ms"
cold=(); warm=()
for i in $(seq "$runs"); do
  c=$(first_frame "$work/cold-$i"); cold+=("$c"); echo "cold $i $c"
  w=$(first_frame "$work/warm"); warm+=("$w"); echo "warm $i $w"
done
echo "median cold: $(printf '%s\n' "${cold[@]}" | median) ms"
echo "median warm: $(printf '%s\n' "${warm[@]}" | median) ms"
