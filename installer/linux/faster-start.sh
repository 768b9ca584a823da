#!/bin/sh
# Readies the app image for a fast start; every part is measured in BENCHMARKS.md (Start-up).
#
# 0. Our launcher script (installer/linux/launcher) takes the place of jpackage's native one, which spends about
#    half a second of every start asking rpm and dpkg which package it belongs to. It needs the runtime's bin/java
#    (so jlink does not strip the runtime's commands, jpackage.common).
# 1. SQLite's native library is taken out of the driver's jar into lib/app/native, and the launcher names it
#    (org.sqlite.lib.path): otherwise a first start runs `uname` and copies the library out of the jar itself.
# 2. An ahead-of-time cache (lib/app/llm4rec.aot, JDK 25, JEPs 483 and 515): the classes a start loads up to its
#    first frame, already parsed, verified and linked, with that start's method profiles. It stays valid when the
#    image moves (the .deb's /opt, a .tar.gz unpacked anywhere) as long as its runtime and jars are the ones it was
#    made with. The app image is started twice under xvfb-run: the first start creates a store, the second, warm,
#    is recorded; the cache is then assembled from the recording. Without xvfb-run, or with a runtime older than
#    JDK 25, it says so and the image is left without a cache (the app then starts as without it).
#
# The JVM also checks each jar's modification time, and the .deb's files get the time the package is built unless
# SOURCE_DATE_EPOCH is set (dpkg-deb then clamps to it). So every file of the image is given one time first, and
# that time is written to EPOCH_FILE for the packaging step to pass on as SOURCE_DATE_EPOCH.
#
#   installer/linux/faster-start.sh "target/installer/image/LLM4Rec Explorer" EPOCH_FILE JAVA_HOME
set -eu
image=$1
launcher="$image/bin/LLM4Rec Explorer"
cfg="$image/lib/app/LLM4Rec Explorer.cfg"
# JAVA_TOOL_OPTIONS splits at spaces, so every path it names is in this folder, never in the image.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_options() {   # adds launcher options at the top of [JavaOptions]
  for option in "$@"; do
    sed -i "s|^\[JavaOptions\]\$|[JavaOptions]\njava-options=$option|" "$cfg"
  done
}

cp "$(dirname "$0")/launcher" "$launcher"
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/llm4rec-explorer"
chmod 755 "$launcher" "$image/lib/runtime/bin/llm4rec-explorer"

library=org/sqlite/native/Linux/$(uname -m)/libsqlitejdbc.so
if (cd "$work" && "$3/bin/jar" xf "$(ls "$image"/lib/app/sqlite-jdbc-*.jar)" "$library") && [ -f "$work/$library" ]; then
  mkdir -p "$image/lib/app/native"
  cp "$work/$library" "$image/lib/app/native/"
  java_options '-Dorg.sqlite.lib.name=libsqlitejdbc.so' '-Dorg.sqlite.lib.path=$APPDIR/native'
else
  echo "faster-start: no $library in the SQLite driver; the app finds its library itself" >&2
fi

epoch=$(date +%s)
find "$image" -type f -exec touch -d "@$epoch" {} +
printf '%s' "$epoch" > "$2"

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "faster-start: no xvfb-run (apt-get install xvfb); packaging without a start-up cache" >&2
  exit 0
fi
start() {
  # Ollama on a closed port: the recording must not depend on a model server. The app quits after its first frame.
  JAVA_TOOL_OPTIONS="-Dllm4rec.benchmark.startup=true $*" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$launcher" --data-dir "$work/data" --ollama http://127.0.0.1:9 >"$work/log" 2>&1
}
if ! start || ! start "-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf" \
    || ! JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf -XX:AOTCache=$work/llm4rec.aot" \
         "$launcher" >"$work/log" 2>&1; then
  echo "faster-start: the recording start failed (a runtime older than JDK 25?); packaging without a start-up cache:" >&2
  tail -5 "$work/log" >&2
  exit 0
fi
cp -p "$work/llm4rec.aot" "$image/lib/app/"
java_options '-XX:AOTCache=$APPDIR/llm4rec.aot'
echo "faster-start: a launcher script, SQLite's library in lib/app/native, a $(du -m "$image/lib/app/llm4rec.aot" | cut -f1) MB start-up cache in lib/app"
