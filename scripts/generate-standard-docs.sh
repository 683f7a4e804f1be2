#!/usr/bin/env bash
# Regenerates docs/standards/ from the catalogs built into naptrack: one page per registered
# standard (exactly `naptrack standards show ID --format markdown`) and the README index.
# Run it after changing or adding a standard; the test suite fails while a page is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product naptrack >&2
bin="$(swift build --show-bin-path)/naptrack"
out=docs/standards
mkdir -p "$out"

write() { # write FILE: standard input to FILE, replacing it only once complete
    local tmp
    tmp="$(mktemp "$out/.tmp.XXXXXX")"
    cat >"$tmp"
    mv "$tmp" "$1"
}

ids=$("$bin" standards | awk '/^[^ ]/ {print $1}')
"$bin" standards --format markdown | write "$out/README.md"
for id in $ids; do
    "$bin" standards show "$id" --format markdown | write "$out/$id.md"
done
# Pages of standards that are no longer registered.
for page in "$out"/*.md; do
    name="$(basename "$page" .md)"
    [ "$name" = README ] && continue
    grep -qxF "$name" <<<"$ids" || rm -v "$page" >&2
done
