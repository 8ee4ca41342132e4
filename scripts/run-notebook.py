"""Executes a notebook end to end with nbclient; exits non-zero when any cell errors.

Usage: .venv/bin/python scripts/run-notebook.py notebooks/explore.ipynb
The executed copy (with outputs) goes to notebooks/out/; the committed notebook stays clear.
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

path = Path(sys.argv[1])
nb = nbformat.read(path, as_version=4)
client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": "."}})
out = Path("notebooks/out")
out.mkdir(parents=True, exist_ok=True)
try:
    client.execute()
except CellExecutionError as e:
    print(f"notebook {path} failed:\n{e}", file=sys.stderr)
    sys.exit(1)
finally:
    nbformat.write(nb, out / path.name)
print(f"notebook {path}: {len(nb.cells)} cells executed without error -> {out / path.name}")
