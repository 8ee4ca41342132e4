#!/usr/bin/env bash
# Executes notebooks/explore.ipynb end to end against Neo4j loaded with the sample corpus.
# Creates the Python virtual environment (.venv) from notebooks/requirements.txt when needed,
# starts the local Neo4j when NEO4J_URI is not set (and stops it again afterwards), loads corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  echo "notebook:check: creating .venv"
  python3 -m venv .venv
fi
.venv/bin/pip install -q --disable-pip-version-check -r notebooks/requirements.txt

started=""
if [ -z "${NEO4J_URI:-}" ]; then
  if ! node scripts/neo4j.mjs status >/dev/null 2>&1; then
    node scripts/neo4j.mjs start
    started=1
  fi
  export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
  export NEO4J_USER="${NEO4J_USER:-neo4j}"
  export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kgx-dev-password}"
fi
cleanup() { if [ -n "$started" ]; then node scripts/neo4j.mjs stop; fi; }
trap cleanup EXIT

node bin/kgx.mjs load corpus --quiet
.venv/bin/python scripts/run-notebook.py notebooks/explore.ipynb
NODE_OPTIONS= npx tsx examples/queries.ts > notebooks/out/queries-ts.txt
echo "notebook:check: examples/queries.ts ran ($(wc -l < notebooks/out/queries-ts.txt) lines)"
