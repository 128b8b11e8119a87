"""Execute the numbered notebooks in place and export them to HTML.

Used by ``make reproduce``.  Execution is made deterministic: no timing
metadata, cell ids that stay as they are (numbered once for cells that have
none), and consecutive stream outputs merged, so re-running leaves the files
byte-identical when the results are the same.

The files are stored as JupyterLab saves them (nbformat 4.5 with cell ids,
the kernel's ``kernelspec`` and the ``language_info`` its kernel reports), so
opening a notebook in JupyterLab and saving it without running anything
leaves it byte-identical (``tests/test_reports.py`` saves one through Jupyter
Server's contents manager, as JupyterLab does).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from . import paths

__all__ = ["notebook_paths", "execute", "export_html", "main", "KERNELSPEC"]


def notebook_paths() -> list[Path]:
    """The numbered notebooks, in order (``NN_name.ipynb``)."""
    return sorted(p for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


#: The kernel the notebooks run in, as JupyterLab writes it into a notebook's metadata.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _normalise(nb) -> None:
    """Metadata as JupyterLab saves it: the kernelspec, the ``language_info`` the kernel reported (which
    nbclient records when it executes), nbformat 4.5, and an id for every cell (``cell-NN`` for a cell
    that has none; an id once given is kept, as JupyterLab keeps it)."""
    info = nb.metadata.get("language_info") or {"name": "python"}
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": info}
    taken = {cell.get("id") for cell in nb.cells}
    for k, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        if not cell.get("id"):
            new = f"cell-{k:02d}"
            while new in taken:
                new += "x"
            cell["id"] = new
            taken.add(new)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    nb.nbformat, nb.nbformat_minor = 4, 5


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


def execute(path: Path, *, timeout: int = 600, quiet: bool = True) -> None:
    """Execute one notebook in its own folder and write it back in place.

    With ``quiet`` the kernel's own log lines (its start-up warnings) are
    not shown; a failing cell still raises with its traceback.
    """
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(path.parent)}})
    client.execute(**({"stderr": subprocess.DEVNULL} if quiet else {}))
    _normalise(nb)
    text = nbformat.writes(nb) + "\n"
    path.write_text(text, encoding="utf-8")


def site_sections(index: Path | None = None) -> list[tuple[str, list[str]]]:
    """The site's sections of notebooks, as ``docs/index.md``'s toctrees give them: (caption, notebook stems).

    Examples
    --------
    >>> [(caption, stems[:1]) for caption, stems in site_sections()][:2]
    [("按报告顺序 · The notebooks, in the report's order", ['00_source_and_cleaning']), ('教学 · Teaching', ['10_case_study'])]
    """
    text = (index or paths.ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```\{toctree\}\n(.*?)```", text, flags=re.S):
        caption = next((line.split(":caption:", 1)[1].strip() for line in block.splitlines() if line.startswith(":caption:")), "")
        stems = [Path(line.strip()).name for line in block.splitlines() if line.strip().startswith("../notebooks/")]
        if stems:
            out.append((caption, stems))
    return out


def _title(nb) -> str:
    return next((c.source.splitlines()[0].lstrip("# ") for c in nb.cells if c.cell_type == "markdown" and c.source), "")


def export_html(notebooks: list[Path], out_dir: Path) -> Path:
    """Write an HTML copy of each notebook and an ``index.html`` linking them.

    The index groups the notebooks as the site does (:func:`site_sections`),
    each with its title; every page opens with links to the index and to the
    previous and next notebook.
    """
    import nbformat
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    books = [(path, nbformat.read(path, as_version=4)) for path in notebooks]
    titles = {path.stem: _title(nb) or path.stem for path, nb in books}
    for k, (path, nb) in enumerate(books):
        body, _ = exporter.from_notebook_node(nb)
        links = ['<a href="index.html">↑ 目录 · index</a>']
        if k > 0:
            prev = books[k - 1][0].stem
            links.append(f'<a href="{prev}.html" rel="prev">← {html.escape(titles[prev])}</a>')
        if k + 1 < len(books):
            nxt = books[k + 1][0].stem
            links.append(f'<a href="{nxt}.html" rel="next">{html.escape(titles[nxt])} →</a>')
        nav = ('<nav class="dangjian-nav" style="font-family:sans-serif;padding:.6em 1em;border-bottom:1px solid #ccc;'
               'display:flex;gap:2em;flex-wrap:wrap">' + "".join(links) + "</nav>")
        body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + nav, body, count=1)  # noqa: B023 (used at once)
        (out_dir / (path.stem + ".html")).write_text(body, encoding="utf-8")
    have = {path.stem for path, _ in books}
    sections = [(caption, [s for s in stems if s in have]) for caption, stems in site_sections()]
    listed = {s for _, stems in sections for s in stems}
    rest = [path.stem for path, _ in books if path.stem not in listed]
    if rest:
        sections.append(("其他 · Other notebooks", rest))
    parts = []
    for caption, stems in sections:
        if not stems:
            continue
        parts.append(f"<h2>{html.escape(caption)}</h2>\n<ul>")
        parts += [f'<li><a href="{stem}.html">{html.escape(titles[stem])}</a> <span style="color:#666">({stem}.ipynb)</span></li>'
                  for stem in stems]
        parts.append("</ul>")
    index = out_dir / "index.html"
    index.write_text(
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>dangjian notebooks</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.6}</style></head>\n"
        "<body><h1>dangjian: the executed notebooks · 已执行的笔记本</h1>\n" + "\n".join(parts) + "\n</body></html>\n",
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
        from tqdm import tqdm

        # one bar over the notebooks and nothing else, unless a notebook fails
        with tqdm(notebooks, unit="notebook", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            for path in bar:
                bar.set_postfix_str(path.stem, refresh=True)
                try:
                    execute(path)
                except Exception as exc:  # noqa: BLE001 - the message names the notebook and the cell
                    bar.close()
                    print(f"{path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    return 1
        print(f"executed {len(notebooks)} notebooks in {paths.NOTEBOOKS.relative_to(paths.ROOT)}/")
    else:
        index = export_html(notebooks, Path(args.out))
        print(f"wrote {len(notebooks)} notebook pages and {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
