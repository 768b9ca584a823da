#!/bin/sh
# Writes the list of classes the app loads up to its first frame into the app image (lib/app/llm4rec.classlist):
# the .deb's postinst turns it into a class-data-sharing archive for the installed location, which makes the
# start about a second faster. Starts the packaged app twice under xvfb-run (the first start creates a store,
# the second is the warm start that is listed); without xvfb-run the package is built without the list.
#
#   installer/linux/cds-classlist.sh "target/installer/image/LLM4Rec Explorer"
set -eu
image=$1
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "cds-classlist: no xvfb-run (apt-get install xvfb); packaging without a class list" >&2
  exit 0
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
start() {
  # Ollama on a closed port: the list must not depend on a model server. The app quits after its first frame.
  JAVA_TOOL_OPTIONS="-Dllm4rec.benchmark.startup=true $*" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$image/bin/LLM4Rec Explorer" --data-dir "$data" --ollama http://127.0.0.1:9 >/dev/null 2>&1
}
start
start "-XX:DumpLoadedClassList=$data/llm4rec.classlist"   # JAVA_TOOL_OPTIONS splits the image path at its space
cp "$data/llm4rec.classlist" "$image/lib/app/"
echo "cds-classlist: $(wc -l < "$image/lib/app/llm4rec.classlist") classes listed"
