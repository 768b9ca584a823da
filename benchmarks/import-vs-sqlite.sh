#!/usr/bin/env bash
# The import as a user waits for it, against SQLite's own importer: the whole process of
#   java -jar target/llm4rec-explorer.jar import DIR --data-dir NEW
# on the synthetic ML-1M-scale dataset (generate --scale ml-1m --layout dat: 6,040 users, 3,706 movies, 1,000,209
# ratings), and of
#   sqlite3 NEW.db ".mode csv" ".import ratings.csv r"
# on the same ratings as CSV (one bare table of four text columns). Rounds are paired, the two commands run one
# right after the other, in turns first, each into a new data folder or database; prints every round with the
# machine's load, the medians and their ratio. Then the wall time of a 30-row import into a new data folder.
# When the build made the class-data-sharing archive (target/llm4rec-explorer.jsa), every round also runs the
# import with it (-XX:SharedArchiveFile), as README's command line section gives it. The figures move several-fold
# with the machine's load: compare ratios of the same rounds, and quote the load with them.
#
#   benchmarks/import-vs-sqlite.sh [ROUNDS] [--steps] [--ml-25m]      (ROUNDS: default 5)
#   JAR=/tmp/older.jar benchmarks/import-vs-sqlite.sh                   (another build; its archive beside it as .jsa)
#     --steps    also one import with -Dllm4rec.import.steps=true (when each step of the process was reached) and
#                -Xlog:class+load (how many classes, how many from an archive)
#     --ml-25m   also the ML-25M scale (generate --scale ml-25m --layout csv, 25,000,095 ratings): one import with
#                -Xmx1g (its heap limit), its wall time, peak heap after GC log and peak resident memory, and
#                sqlite3 .import of its ratings.csv
#
# Builds nothing: run ./mvnw -B package -DskipTests first. Needs sqlite3 (apt-get install sqlite3). The generated
# files stay in $WORK (default /tmp/llm4rec-import-bench) for the next run; the stores are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/llm4rec-explorer.jar}
archive=${jar%.jar}.jsa
rounds=5 steps=false ml25m=false
for arg in "$@"; do
  case $arg in
    --steps) steps=true ;;
    --ml-25m) ml25m=true ;;
    [0-9]*) rounds=$arg ;;
    *) echo "unknown argument: $arg (usage: $0 [ROUNDS] [--steps] [--ml-25m])" >&2; exit 2 ;;
  esac
done
if [ ! -f "$jar" ]; then
  echo "$jar is missing: build it first with ./mvnw -B package -DskipTests" >&2
  exit 1
fi
if ! command -v sqlite3 >/dev/null; then
  echo "sqlite3 is not installed (Debian/Ubuntu: apt-get install sqlite3); it is the reference this compares with" >&2
  exit 1
fi
work=${WORK:-/tmp/llm4rec-import-bench}
mkdir -p "$work"
stores=$(mktemp -d)
trap 'rm -rf "$stores"' EXIT

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {printf "%.2f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# seconds COMMAND...: the wall time of the command, its output kept in $stores/last.log; the CPU time it used
# (user + system, with its children) goes to $stores/last.cpu. On a loaded machine the wall time stretches with the
# load, the CPU time much less.
seconds() {
  local TIMEFORMAT='%R %U %S' timing
  timing=$({ time "$@" >"$stores/last.log" 2>&1; } 2>&1) \
    || { cat "$stores/last.log" >&2; echo "failed: $*" >&2; exit 1; }
  echo "$timing" | awk '{printf "%.3f", $2 + $3}' >"$stores/last.cpu"
  echo "$timing" | awk '{printf "%.3f", $1}'
}

if [ ! -f "$work/ml-1m/ratings.dat" ]; then
  java -jar "$jar" generate --scale ml-1m --layout dat "$work/ml-1m" >/dev/null
fi
if [ ! -f "$work/ratings.csv" ]; then
  { echo "userId,movieId,rating,timestamp"; sed 's/::/,/g' "$work/ml-1m/ratings.dat"; } >"$work/ratings.csv"
fi
if [ ! -f "$work/small/ratings.dat" ]; then
  java -jar "$jar" generate --scale tiny --layout dat "$work/tiny" >/dev/null
  mkdir -p "$work/small"
  cp "$work/tiny/movies.dat" "$work/tiny/users.dat" "$work/small/"
  head -n 30 "$work/tiny/ratings.dat" >"$work/small/ratings.dat"
fi
echo "ML-1M scale: $(wc -l <"$work/ml-1m/ratings.dat") ratings in $work/ml-1m; $(($(wc -l <"$work/ratings.csv") - 1)) rows in $work/ratings.csv"
java -version 2>&1 | head -1
sqlite3 --version | cut -d' ' -f1
echo "$(nproc) cores; load average (1, 5, 15 min) at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

kinds=(jar)
[ -f "$archive" ] && kinds+=(archive)
ours() {   # ours KIND DATASET DATA_DIR
  local options=()
  [ "$1" = archive ] && options=(-XX:SharedArchiveFile="$archive")
  java "${options[@]}" -jar "$jar" import "$2" --data-dir "$3"
}
sqlite_import() { sqlite3 "$1" ".mode csv" ".import $2 r"; }

java -jar "$jar" import "$work/small" --data-dir "$stores/warm-up" >/dev/null 2>&1   # files into the page cache
sqlite_import "$stores/warm-up.db" "$work/ratings.csv"
declare -A took
echo
echo "wall s (CPU s)"
echo "round  load  $(printf '%-16s ' "${kinds[@]}")sqlite3          ratio (jar / sqlite3)"
timed() {   # timed KIND COMMAND...: runs it, keeps its wall and CPU time under KIND
  took[$1]=$(seconds "${@:2}")
  cpu[$1]=$(cat "$stores/last.cpu")
}
declare -A cpu
for i in $(seq "$rounds"); do
  at_start=$(load)
  if [ $((i % 2)) = 1 ]; then
    for kind in "${kinds[@]}"; do timed "$kind" ours "$kind" "$work/ml-1m" "$stores/$kind-$i"; done
    timed sqlite sqlite_import "$stores/sqlite-$i.db" "$work/ratings.csv"
  else
    timed sqlite sqlite_import "$stores/sqlite-$i.db" "$work/ratings.csv"
    for kind in "${kinds[@]}"; do timed "$kind" ours "$kind" "$work/ml-1m" "$stores/$kind-$i"; done
  fi
  rm -rf "$stores"/*-"$i" "$stores/sqlite-$i.db"
  line=$(printf '%5s %5s  ' "$i" "$at_start")
  for kind in "${kinds[@]}" sqlite; do
    line+=$(printf '%-16s ' "${took[$kind]} (${cpu[$kind]})")
    echo "${took[$kind]}" >>"$stores/$kind.times"
    echo "${cpu[$kind]}" >>"$stores/$kind.cpu"
  done
  ratio=$(echo "${took[jar]} ${took[sqlite]}" | awk '{printf "%.2f", $1 / $2}')
  echo "$ratio" >>"$stores/ratio.times"
  echo "$line $ratio"
done
echo
for kind in "${kinds[@]}" sqlite; do
  echo "median $kind: $(median <"$stores/$kind.times") s (CPU $(median <"$stores/$kind.cpu") s)"
done
jar_median=$(median <"$stores/jar.times")
sqlite_median=$(median <"$stores/sqlite.times")
echo "ratio of the medians (jar / sqlite3): $(echo "$jar_median $sqlite_median" | awk '{printf "%.2f", $1 / $2}')×;" \
  "median of the rounds' ratios: $(median <"$stores/ratio.times")× (target ≤ 2×)"
if [ -f "$archive" ]; then
  echo "ratio of the medians (archive / sqlite3): $(echo "$(median <"$stores/archive.times") $sqlite_median" \
    | awk '{printf "%.2f", $1 / $2}')×"
fi

echo
echo "30-row import (30 ratings, 50 movies, 100 users) into a new data folder, $rounds rounds:"
for kind in "${kinds[@]}"; do
  for i in $(seq "$rounds"); do
    echo "$(seconds ours "$kind" "$work/small" "$stores/small-$kind-$i")" >>"$stores/small-$kind.times"
    cat "$stores/last.cpu" >>"$stores/small-$kind.cpu"
    echo >>"$stores/small-$kind.cpu"
  done
  echo "  $kind: $(tr '\n' ' ' <"$stores/small-$kind.times")s; median $(median <"$stores/small-$kind.times") s," \
    "CPU $(median <"$stores/small-$kind.cpu") s (target ≤ 0.5 s)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if $steps; then
  for kind in "${kinds[@]}"; do
    options=(-Dllm4rec.import.steps=true -Xlog:class+load:file="$stores/classes.log")
    [ "$kind" = archive ] && options+=(-XX:SharedArchiveFile="$archive")
    echo
    echo "Steps of one ML-1M import ($kind, load $(load)):"
    java "${options[@]}" -jar "$jar" import "$work/ml-1m" --data-dir "$stores/steps-$kind" 2>&1 \
      | sed -n '/^step /,$p'
    echo "classes loaded: $(wc -l <"$stores/classes.log"), of them from an archive: $(grep -c 'shared objects file' "$stores/classes.log")"
  done
fi

if $ml25m; then
  if [ ! -f "$work/ml-25m/ratings.csv" ]; then
    java -jar "$jar" generate --scale ml-25m --layout csv "$work/ml-25m" >/dev/null
  fi
  echo
  echo "ML-25M scale: $(($(wc -l <"$work/ml-25m/ratings.csv") - 1)) ratings in $work/ml-25m (load $(load))"
  for kind in "${kinds[@]}"; do
    options=(-Xmx1g -Xlog:gc:file="$stores/gc.log")
    [ "$kind" = archive ] && options+=(-XX:SharedArchiveFile="$archive")
    rss=""
    if [ -x /usr/bin/time ]; then
      wall=$(seconds /usr/bin/time -f "rss-kb %M" java "${options[@]}" -jar "$jar" import "$work/ml-25m" --data-dir "$stores/ml-25m-$kind")
      rss=", peak resident $(awk '/^rss-kb/ {printf "%.0f MB", $2 / 1024}' "$stores/last.log")"
    else
      wall=$(seconds java "${options[@]}" -jar "$jar" import "$work/ml-25m" --data-dir "$stores/ml-25m-$kind")
    fi
    # G1's log lines read "... 512M->130M(1024M) ...": the heap in use before each collection, at most.
    heap=$(grep -o '[0-9]*M->' "$stores/gc.log" | sed 's/M->//' | sort -n | tail -1)
    echo "  $kind, -Xmx1g: $wall s (CPU $(cat "$stores/last.cpu") s), peak heap ${heap:-?} MB (before a collection)$rss" \
      "(target ≤ 25 s, heap ≤ 1 GB)"
    rm -rf "$stores/ml-25m-$kind"
  done
  echo "  sqlite3 .import: $(seconds sqlite_import "$stores/ml-25m.db" "$work/ml-25m/ratings.csv") s (CPU $(cat "$stores/last.cpu") s)"
  rm -f "$stores/ml-25m.db"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
