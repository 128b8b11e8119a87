"""``make reports`` and ``make notebooks``: the HTML copies of the notebooks, their index and navigation, and the
notebooks stored as JupyterLab saves them."""

from __future__ import annotations

import re

import pytest

from dangjian.notebooks import export_html, notebook_paths, site_sections


def test_index_has_the_sites_sections_and_every_page_links_back_and_on(tmp_path):
    notebooks = notebook_paths()
    index = export_html(notebooks, tmp_path)
    page = index.read_text(encoding="utf-8")
    # the site's sections, in its order, with titles rather than a numbered list
    captions = [caption for caption, _ in site_sections()]
    found = re.findall(r"<h2>(.*?)</h2>", page)
    assert [c.replace("&#x27;", "'") for c in found] == [c for c, stems in site_sections() if stems]
    assert "<ol>" not in page and captions
    for k, path in enumerate(notebooks):
        html = (tmp_path / f"{path.stem}.html").read_text(encoding="utf-8")
        nav = re.search(r'<nav class="dangjian-nav".*?</nav>', html).group(0)
        assert 'href="index.html"' in nav
        if k > 0:
            assert f'href="{notebooks[k - 1].stem}.html" rel="prev"' in nav
        else:
            assert 'rel="prev"' not in nav
        if k + 1 < len(notebooks):
            assert f'href="{notebooks[k + 1].stem}.html" rel="next"' in nav
        else:
            assert 'rel="next"' not in nav
        assert f'href="{path.stem}.html"' in page
    for target in re.findall(r'href="([^"#]+)"', page):
        assert (tmp_path / target).is_file(), target


def test_executing_a_notebook_prints_nothing_when_it_succeeds(tmp_path):
    import subprocess
    import sys

    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print(1 + 1)")]
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    proc = subprocess.run([sys.executable, "-c", f"from pathlib import Path; from dangjian.notebooks import execute; execute(Path({str(path)!r}))"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and "Kernel is running over TCP" not in proc.stderr and proc.stderr.strip() == "", proc.stderr
    assert nbformat.read(path, as_version=4).cells[0].outputs[0]["text"] == "2\n"


def test_build_prints_one_summary_line(tmp_path, capsys):
    from dangjian.__main__ import main

    assert main(["build", "--out", str(tmp_path / "p")]) == 0
    lines = capsys.readouterr().out.splitlines()
    written = sorted(p.name for p in (tmp_path / "p").iterdir())
    assert len(lines) == 1 and lines[0].startswith(f"wrote {len(written)} files to ")
    assert all(name in lines[0] for name in written)


@pytest.fixture(scope="module")
def lab_metadata() -> dict:
    """What JupyterLab writes into a notebook's metadata when it opens it: the kernel's spec, and the
    ``language_info`` the kernel reports in its ``kernel_info`` reply."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import start_new_kernel

    from dangjian.notebooks import KERNELSPEC

    spec = KernelSpecManager().get_kernel_spec(KERNELSPEC["name"])
    manager, client = start_new_kernel(kernel_name=KERNELSPEC["name"])
    try:
        reply = client.kernel_info(reply=True, timeout=60)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return {"kernelspec": {"display_name": spec.display_name, "language": spec.language, "name": KERNELSPEC["name"]},
            "language_info": reply["content"]["language_info"]}


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.stem)
def test_saving_in_jupyterlab_without_running_leaves_the_notebook_byte_identical(path, tmp_path, lab_metadata):
    """Open a notebook as JupyterLab does (through Jupyter Server's contents manager, the kernel's metadata set,
    nbformat 4.5 with an id for every cell) and save it without running anything: no byte may change."""
    import uuid

    from jupyter_server.services.contents.filemanager import FileContentsManager

    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    contents = FileContentsManager(root_dir=str(tmp_path))
    nb = contents.get(path.name, content=True)["content"]
    nb["metadata"].update(lab_metadata)
    nb["nbformat_minor"] = max(nb["nbformat_minor"], 5)
    for cell in nb["cells"]:
        cell.setdefault("id", uuid.uuid4().hex[:8])
    contents.save({"type": "notebook", "content": nb}, path.name)
    saved, stored = copy.read_bytes(), path.read_bytes()
    # the notebooks store the language_info of the Python they were executed with (3.11.7); on another 3.11 patch
    # release Lab writes that release's number, the one line a save may change there: everything else is compared as is
    import json

    version = json.loads(stored)["metadata"]["language_info"]["version"]
    running = lab_metadata["language_info"]["version"]
    if running != version:
        saved = saved.replace(f'"version": "{running}"'.encode(), f'"version": "{version}"'.encode(), 1)
    assert saved == stored
