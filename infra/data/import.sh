#!/bin/sh
# Regenerates the pinned training data in src/data; with --check, verifies it byte for byte.
# See src/data/PROVENANCE.md. Needs node (20+), npm and tar.
set -eu
exec node "$(dirname "$0")/import.mjs" "$@"
