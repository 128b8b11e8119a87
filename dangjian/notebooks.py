"""Execute the numbered notebooks in place and export them to HTML.

Used by ``make reproduce``.  Execution is made deterministic: no timing
metadata, and notebook metadata is reduced to what does not depend on the
machine (kernel name and language), so re-running leaves the files
byte-identical when the results are the same.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

from . import paths

__all__ = ["notebook_paths", "execute", "export_html", "main"]


def notebook_paths() -> list[Path]:
    """The numbered notebooks, in order (``NN_name.ipynb``)."""
    return sorted(p for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def _normalise(nb) -> None:
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if "id" in cell:
            del cell["id"]
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    nb.nbformat, nb.nbformat_minor = 4, 4


def _coalesce_streams(outputs: list) -> list:
    """Merge consecutive stdout (or stderr) chunks: how the kernel splits a
    stream into messages depends on timing, the text does not."""
    merged: list = []
    for out in outputs:
        if merged and out.get("output_type") == "stream" and merged[-1].get("output_type") == "stream" and merged[-1]["name"] == out["name"]:
            merged[-1]["text"] += out["text"]
        else:
            merged.append(out)
    return merged


def execute(path: Path, *, timeout: int = 600) -> None:
    """Execute one notebook in its own folder and write it back in place."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    _normalise(nb)
    text = nbformat.writes(nb) + "\n"
    path.write_text(text, encoding="utf-8")


def export_html(notebooks: list[Path], out_dir: Path) -> Path:
    """Write an HTML copy of each notebook and an ``index.html`` linking them."""
    import nbformat
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    items = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(nb)
        target = out_dir / (path.stem + ".html")
        target.write_text(body, encoding="utf-8")
        title = next((c.source.splitlines()[0].lstrip("# ") for c in nb.cells if c.cell_type == "markdown" and c.source), path.stem)
        items.append(f'<li><a href="{target.name}">{html.escape(path.stem)}</a>: {html.escape(title)}</li>')
    index = out_dir / "index.html"
    index.write_text(
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>dangjian notebooks</title></head>\n"
        "<body><h1>dangjian: executed notebooks</h1>\n<ol>\n" + "\n".join(items) + "\n</ol></body></html>\n",
        encoding="utf-8",
    )
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dangjian.notebooks")
    parser.add_argument("action", choices=["execute", "html"])
    parser.add_argument("--out", default=str(paths.REPORTS))
    args = parser.parse_args(argv)
    notebooks = notebook_paths()
    if args.action == "execute":
        for path in notebooks:
            print(f"executing {path.name}", flush=True)
            execute(path)
    else:
        print(export_html(notebooks, Path(args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
