#!/bin/sh
# Regenerates every screenshot and recording listed in screenshots/shots.txt,
# with the app itself: `brief screenshot` and `brief record`.
set -eu
cd "$(dirname "$0")/.."
cargo build --release --quiet
brief=target/release/brief
unset BRIEF_NOW
grep -v '^[[:space:]]*#' screenshots/shots.txt | while read -r name keys; do
    [ -n "$name" ] || continue
    case $name in
    *.cast|*.svg)
        "$brief" record --keys "$keys" --out "screenshots/$name"
        echo "screenshots/$name"
        ;;
    *)
        for ext in svg txt; do
            "$brief" screenshot --keys "$keys" --out "screenshots/$name.$ext"
            echo "screenshots/$name.$ext"
        done
        ;;
    esac
done
