#!/usr/bin/env bash
# A native executable needs neither Adder, Swift, the source nor the build tree at run time: build
# one, move it to an empty directory, and run it there with a minimal environment.
set -euo pipefail
adder=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/src" "$work/run"
cat > "$work/src/standalone.py" <<'PY'
import sys
def greet(who):
    return f"hello, {who}!"
print(greet(sys.argv[1] if len(sys.argv) > 1 else "world"), sum([i * i for i in range(10)]))
PY
(cd "$work/src" && "$adder" build standalone.py -o "$work/run/app")
rm -rf "$work/src"
cd "$work/run"
out=$(env -i PATH=/usr/bin:/bin ./app there)
if [ "$out" != "hello, there! 285" ]; then
    echo "standalone executable printed: $out" >&2
    exit 1
fi
if ldd ./app | grep -qi -e swift -e llvm; then
    echo "the executable links Swift or LLVM libraries:" >&2
    ldd ./app >&2
    exit 1
fi
echo "standalone executable: ok ($(stat -c %s app) bytes)"
