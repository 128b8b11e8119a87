"""PDF, Word and saved web pages (issue 29): each audits to the statistics and verdicts of the same text as .txt.

The tests make their own documents from Chinese text: PDFs with reportlab
(its built-in CID font STSong-Light needs no font file), Word files with
python-docx, web pages as strings.  The expected values are those of the
audit of the same text saved as a ``.txt`` file, written beside each test,
and the pages are those the test put each sentence on.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

import dangjian as dj
from dangjian import paths
from dangjian.__main__ import main
from dangjian.engine.documents import Document, layout_rule, looks_like_html, read_pdf
from dangjian.engine.source import SourceError, read_source

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
HEADER = "某县委组织部调研报告"
LEFT, TOP, SIZE = 72, A4[1] - 90, 11

# The report as a .txt file has it: one paragraph a line.  20.59% is one of
# 68 only as 14/68 = 20.588 (rounds to 20.59); 19.71% of 310 fits no count
# (61/310 = 19.68%), so the audit has an inconsistent number too.
PARAGRAPHS = [
    "一、基本情况",
    "本次调查共发放问卷310份,收回有效问卷310份。认为基层党组织负责人履行抓党建工作责任情况较好的有202人,占65.16%;认为一般的有61人,占19.71%;认为较差的有47人,占15.16%。",
    "二、述职评议",
    "参加述职测评的有68人,认为述职报告真实的有41人,占60.29%;认为基本真实的有14人,占20.59%;认为不真实的有9人,占13.24%。",
    "表1 问卷调查结果",
    "评价 人数 比例",
    "较好 202 65.16%",
    "一般 61 19.71%",
    "较差 47 15.16%",
]
TEXT = "\n".join(PARAGRAPHS) + "\n"

# The same text laid out on two pages as a PDF would print it: every body
# line but a paragraph's last runs to the right margin, the line breaks fall
# inside numbers ("65." | "16%" on page 1, "60." | "29%" across the page
# break), and each page has a running header and a footer with its number.
PAGE_1 = [
    ("一、基本情况", False),
    ("本次调查共发放问卷310份,收回有效问卷310份。认为基层党", True),
    ("组织负责人履行抓党建工作责任情况较好的有202人,占65.", True),
    ("16%;认为一般的有61人,占19.71%;认为较差的有47人,占15.16%。", False),
    ("二、述职评议", False),
    ("参加述职测评的有68人,认为述职报告真实的有41人,占60.", True),
]
PAGE_2 = [
    ("29%;认为基本真实的有14人,占20.59%;认为不真实的有9人,", True),
    ("占13.24%。", False),
    ("表1 问卷调查结果", False),
]
# the text column: a little wider than the longest line, so that justifying a line spreads it by about a point a character
RIGHT = LEFT + max(pdfmetrics.stringWidth(text, "STSong-Light", SIZE) for text, _ in PAGE_1 + PAGE_2) + 3 * SIZE
TABLE = [["评价", "人数", "比例"], ["较好", "202", "65.16%"], ["一般", "61", "19.71%"], ["较差", "47", "15.16%"]]


def _line(c: canvas.Canvas, text: str, y: float, justify: bool, size: float = SIZE) -> None:
    """One line at ``y``; a justified line is spread to the right margin, as a typesetter does."""
    t = c.beginText(LEFT, y)
    t.setFont(FONT, size)
    spread = (RIGHT - LEFT - pdfmetrics.stringWidth(text, FONT, size)) / (len(text) - 1) if justify and len(text) > 1 else 0
    t.setCharSpace(spread)  # the character spacing stays set in the PDF until changed
    t.textLine(text)
    c.drawText(t)


def _furniture(c: canvas.Canvas, page: int) -> None:
    c.setFont(FONT, 9)
    c.drawCentredString(A4[0] / 2, A4[1] - 50, HEADER)
    c.drawCentredString(A4[0] / 2, 40, f"- {page} -")


def _table(c: canvas.Canvas, rows: list[list[str]], y: float) -> None:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    _, height = table.wrapOn(c, RIGHT - LEFT, 400)
    table.drawOn(c, LEFT, y - height)


def two_page_pdf(path: Path, **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    for number, lines in ((1, PAGE_1), (2, PAGE_2)):
        _furniture(c, number)
        y = TOP
        for text, justify in lines:
            _line(c, text, y, justify)
            y -= 20
        if number == 2:
            _table(c, TABLE, y)
        c.showPage()
    c.save()
    return path


def docx_file(path: Path, paragraphs=PARAGRAPHS[:5], table=TABLE) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER  # not part of the body: no running head enters the text
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for k, cell in enumerate(row):
                t.cell(r, k).text = cell
    document.save(str(path))
    return path


def html_page(paragraphs=PARAGRAPHS[:4]) -> str:
    body = "".join(f"<h2>{p}</h2>" if p.endswith("情况") or p.endswith("评议") else f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>调研报告_某县党建网</title>"
            "<script>var tracker = 1;</script></head><body>"
            "<nav><ul><li><a href='/'>首页</a></li><li><a href='/news'>新闻中心</a></li><li><a href='/about'>联系我们</a></li></ul></nav>"
            f"<div id='content'><article><h1>关于基层党组织负责人履行抓党建工作责任情况的调查</h1>{body}</article></div>"
            "<footer><p>版权所有 某县委组织部 主办单位:某县委组织部</p><p><a href='/map'>网站地图</a></p></footer></body></html>")


def _frames(result) -> tuple[list, list]:
    claims = result.claims[["claim_id", "reported", "kind", "value", "base", "group_id"]].astype(str).values.tolist()
    checks = result.checks[["claim_ids", "check", "verdict"]].astype(str).values.tolist()
    return claims, checks


def _verdicts(result) -> list[tuple]:
    """Each statistic as printed, with its base and the worst verdict of the checks that judge it.

    A document's table is read as cells (kind ``cell``) and judged by the table checks (dangjian.engine.kinds.cells),
    the same table in a .txt by the text's: the statistics, their bases and their verdicts are the same, the checks'
    names may differ.
    """
    from dangjian.engine.verdicts import worst

    named: dict[str, list[str]] = {}
    for ids, verdict in zip(result.checks["claim_ids"], result.checks["verdict"]):
        for cid in ids.split():
            named.setdefault(cid, []).append(verdict)
    return [(cid, reported, str(value), str(base), worst(named[cid]).value if cid in named else "")
            for cid, reported, value, base in result.claims[["claim_id", "reported", "value", "base"]].itertuples(index=False)]


@pytest.fixture(scope="module")
def txt_audit(tmp_path_factory):
    path = tmp_path_factory.mktemp("txt") / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return dj.audit_file(path)


# --- PDF ---------------------------------------------------------------------------------


def test_a_two_page_pdf_audits_as_its_text_with_the_right_pages(tmp_path, txt_audit):
    pdf = dj.audit_file(two_page_pdf(tmp_path / "report.pdf"))
    assert _verdicts(pdf) == _verdicts(txt_audit)
    # the text before the table is read as the .txt reads it; the table's six cells are claims of its cells
    text_part = [row for row in _frames(txt_audit)[0] if row[0] < "E016"]
    assert _frames(pdf)[0][: len(text_part)] == text_part
    assert list(pdf.claims["kind"][-6:]) == ["cell"] * 6 and set(pdf.claims["kind"][:-6]) != {"cell"}
    assert "inconsistent" in set(pdf.checks["verdict"])  # 19.71% of 310
    pages = dict(zip(pdf.claims["reported"] + "@" + pdf.claims["claim_id"], pdf.claims["page"]))
    by_value = {}
    for key, page in pages.items():
        by_value.setdefault(key.split("@")[0], []).append(page)
    # as laid out above: section 一 and the 68 on page 1, 60.29% starts on page 1, the rest and the table on page 2
    assert by_value["310"] == [1, 1] and by_value["68"] == [1] and by_value["60.29%"] == [1]
    assert by_value["20.59%"] == [2] and by_value["13.24%"] == [2] and by_value["15.16%"] == [1, 2]
    assert txt_audit.claims["page"].isna().all()


def test_the_pdf_layout_repairs_are_logged(tmp_path):
    raw = read_source(two_page_pdf(tmp_path / "report.pdf"))
    assert raw.kind == "pdf" and HEADER in raw.text and "- 2 -" in raw.text  # the raw text is what the PDF holds
    result = dj.audit_file(tmp_path / "report.pdf")
    repairs = result.repairs
    furniture = repairs[repairs["rule"] == "strip_page_furniture"]
    assert sorted(zip(furniture["detail"], furniture["page"])) == [("footer", 1), ("footer", 2), ("header", 1), ("header", 2)]
    wraps = repairs[repairs["rule"] == "join_wrapped_lines"]
    assert len(wraps) == 4  # the four justified lines
    assert "占65.16%;" in result.clean and "占60.29%;" in result.clean and HEADER not in result.clean


def test_the_command_writes_raw_text_tables_and_pages_for_a_pdf(tmp_path, capsys):
    pdf = two_page_pdf(tmp_path / "report.pdf")
    out = tmp_path / "out"
    assert main(["audit", str(pdf), "--out", str(out), "--quiet"]) == 0
    folder = out / "report"
    assert (folder / "raw.txt").read_text(encoding="utf-8") == read_source(pdf).text
    with open(folder / "tables.csv", encoding="utf-8", newline="") as f:
        cells = list(csv.DictReader(f))
    assert [(c["table"], c["page"], c["row"], c["column"], c["text"]) for c in cells[:4]] == [
        ("1", "2", "1", "1", "评价"), ("1", "2", "1", "2", "人数"), ("1", "2", "1", "3", "比例"), ("1", "2", "2", "1", "较好")]
    assert len(cells) == 12
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert ", page 2" in html and ", page 1" in html
    frames = dj.document_tables(pdf)
    assert len(frames) == 1 and list(frames[0].columns) == ["评价", "人数", "比例"] and frames[0].attrs["page"] == 2
    assert frames[0]["比例"].tolist() == ["65.16%", "19.71%", "15.16%"]


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path, txt_audit):
    disguised = tmp_path / "report.txt"
    disguised.write_bytes(two_page_pdf(tmp_path / "r.pdf").read_bytes())
    result = dj.audit_file(disguised)
    assert result.kind == "pdf" and _verdicts(result) == _verdicts(txt_audit)


def test_the_layout_rule_example():
    doc = Document("占65.\n页眉\ninter-\nnational 16%", "pdf", furniture=((5, 8, "header"),), wraps=(4, 14))
    from dangjian.engine.clean import Traced

    traced, repairs = layout_rule(doc).apply(Traced.from_raw(doc.text))
    assert traced.text == "占65.international 16%"
    assert [(r.rule, r.detail, r.before) for r in repairs] == [
        ("join_wrapped_lines", "wrap", "\n"), ("strip_page_furniture", "header", "页眉\n"), ("join_wrapped_lines", "hyphen", "-\n")]
    assert traced.offsets.tolist() == [i for i, ch in enumerate(doc.text) if i not in (4, 5, 6, 7, 13, 14)]


# --- Word and web pages --------------------------------------------------------------------


def test_a_word_file_audits_as_its_text(tmp_path, txt_audit):
    result = dj.audit_file(docx_file(tmp_path / "report.docx", PARAGRAPHS[:4] + PARAGRAPHS[4:5]))
    assert result.kind == "docx"
    assert HEADER not in result.clean
    assert _verdicts(result) == _verdicts(txt_audit)
    assert list(result.claims["kind"][-6:]) == ["cell"] * 6
    assert result.claims["page"].isna().all()  # Word has no fixed pages


def test_the_command_writes_a_word_files_tables(tmp_path):
    out = tmp_path / "out"
    assert main(["audit", str(docx_file(tmp_path / "report.docx")), "--out", str(out), "--quiet"]) == 0
    with open(out / "report" / "tables.csv", encoding="utf-8", newline="") as f:
        cells = [(c["table"], c["page"], c["row"], c["column"], c["text"]) for c in csv.DictReader(f)]
    assert cells[-1] == ("1", "", "4", "3", "15.16%") and len(cells) == 12
    assert (out / "report" / "raw.txt").read_text(encoding="utf-8").startswith("一、基本情况\n")


def test_a_saved_web_page_audits_as_its_main_text(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(html_page(), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join(PARAGRAPHS[:4]) + "\n", encoding="utf-8")
    result = dj.audit_file(page)
    assert result.kind == "html" and result.encoding == "utf-8"
    assert "首页" not in result.clean and "版权所有" not in result.clean and "tracker" not in result.clean
    assert _frames(result) == _frames(dj.audit_file(plain))
    gbk = tmp_path / "gbk.htm"
    gbk.write_bytes(html_page().replace("utf-8", "gbk").encode("gbk"))
    assert _frames(dj.audit_file(gbk)) == _frames(result)


def test_html_is_recognised_by_content():
    assert looks_like_html("\ufeff  <!-- saved from url -->\n<!DOCTYPE html><html>")
    assert looks_like_html("<html lang='zh'><body>")
    assert not looks_like_html("一、基本情况 <b>65%</b>")


# --- bad documents: one line, exit 2, nothing written ----------------------------------------


def _scan(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(100, 100, 300, 500, fill=1)  # a page with marks but no text, as a scan without OCR
    c.showPage()
    c.save()
    return path


def _old_doc(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "党建".encode("utf-16-le") * 100)
    return path


def _corrupt_docx(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>报告")  # cut off
    path.write_bytes(buffer.getvalue())
    return path


def _truncated_docx(path: Path) -> Path:
    data = docx_file(path.with_suffix(".full.docx")).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: two_page_pdf(d / "locked.pdf", encrypt="secret"), "the PDF is encrypted"),
        (lambda d: _scan(d / "scan.pdf"), "no text layer (a scanned document?): run OCR first"),
        (lambda d: _write(d / "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
         "damaged PDF"),
        (lambda d: _corrupt_docx(d / "corrupt.docx"), "damaged Word file"),
        (lambda d: _truncated_docx(d / "cut.docx"), "damaged Word file"),
        (lambda d: _old_doc(d / "old.doc"), "libreoffice --headless --convert-to docx"),
        (lambda d: _write(d / "locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")),
         "encrypted Office file"),
        (lambda d: _write(d / "links.html", b"<!DOCTYPE html><html><body><nav><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></nav>"
                                             b"<script>document.write('x')</script></body></html>"), "has no main text"),
    ],
)
def test_a_bad_document_is_one_line_and_exit_2_with_nothing_written(tmp_path, capsys, make, message):
    bad = make(tmp_path)
    before = bad.read_bytes()
    out = tmp_path / "out"
    assert main(["audit", str(bad), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and "Traceback" not in err[0], err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]
    assert bad.read_bytes() == before
    with pytest.raises(SourceError, match=message.split(":")[0].replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        read_source(bad)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_folder_of_mixed_types_audits_every_readable_file_and_lists_the_rest(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    two_page_pdf(folder / "b.pdf")
    docx_file(folder / "c.docx")
    (folder / "d.html").write_text(html_page(), encoding="utf-8")
    two_page_pdf(folder / "e.pdf", encrypt="secret")
    _old_doc(folder / "f.doc")
    _scan(folder / "g.PDF")
    (folder / "h.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "skipped 1 file that is not .txt, .pdf, .docx or .html" in err
    with open(out / "manifest.csv", encoding="utf-8", newline="") as f:
        rows = {Path(r["input"]).name: r for r in csv.DictReader(f)}
    assert {n: r["status"] for n, r in rows.items()} == {"a.txt": "ok", "b.pdf": "ok", "c.docx": "ok", "d.html": "ok",
                                                        "e.pdf": "error", "f.doc": "error", "g.PDF": "error"}
    assert "encrypted" in rows["e.pdf"]["message"] and "convert-to docx" in rows["f.doc"]["message"]
    assert "run OCR first" in rows["g.PDF"]["message"]
    assert sorted(p.name for p in (out / "b").iterdir()) == sorted(["raw.txt", "tables.csv", "clean.txt", "clean_paragraphs.txt",
                                                                   "repairs.csv", "claims.csv", "checks.csv", "report.html"])
    assert not (out / "a" / "raw.txt").exists()


def test_reading_a_pdf_directly_reports_pages_and_tables(tmp_path):
    doc = read_pdf(two_page_pdf(tmp_path / "r.pdf").read_bytes())
    assert [page for _, page in doc.pages] == [1, 2]
    assert doc.text[doc.pages[1][0]:].startswith(HEADER)
    assert doc.tables == ((2, tuple(map(tuple, TABLE))),)


# --- the bundled report as PDF and Word ----------------------------------------------------


def _tokens(paragraph: str) -> list[str]:
    """What a typesetter may not split: a run of Latin letters, digits and their marks (with the space after it), or one
    other character."""
    import re

    return re.findall(r"[A-Za-z0-9.%+\-/]+ ?|.", paragraph)


def typeset_pdf(path: Path, paragraphs: list[str], *, lines_per_page: int = 38) -> Path:
    """``paragraphs`` typeset as a word processor prints them: justified lines (a paragraph's last line is not), a line
    broken between two Chinese characters or at the space between two numbers (the space dropped), a running header
    and a page-number footer on every page."""
    width = 430.0
    lines: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        line = ""
        for token in _tokens(paragraph):
            if line and pdfmetrics.stringWidth((line + token).rstrip(), FONT, SIZE) > width:
                lines.append((line.rstrip(), True))
                line = ""
            line += token
        lines.append((line.rstrip(), False))
    c = canvas.Canvas(str(path), pagesize=A4)
    for number, first in enumerate(range(0, len(lines), lines_per_page), 1):
        _furniture(c, number)
        for k, (text, justify) in enumerate(lines[first : first + lines_per_page]):
            t = c.beginText(LEFT, TOP - 18 * k)
            t.setFont(FONT, SIZE)
            t.setCharSpace((width - pdfmetrics.stringWidth(text, FONT, SIZE)) / (len(text) - 1) if justify and len(text) > 1 else 0)
            t.textLine(text)
            c.drawText(t)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """The bundled report's clean text, one paragraph a line, as .txt, a typeset PDF and a .docx."""
    folder = tmp_path_factory.mktemp("bundled")
    paragraphs = dj.audit_file(paths.RAW_REPORT).paragraphs.split("\n")
    (folder / "report.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    typeset_pdf(folder / "report.pdf", paragraphs)
    docx_file(folder / "report.docx", paragraphs, table=None)
    return folder


def test_the_bundled_report_as_pdf_and_word_gives_the_statistics_of_its_text(bundled):
    txt = dj.audit_file(bundled / "report.txt")
    scrape = dj.audit_file(paths.RAW_REPORT)
    for name in ("report.pdf", "report.docx"):
        result = dj.audit_file(bundled / name)
        assert _frames(result) == _frames(txt), name
    # against the scrape itself: the same statistics, less what the scrape's damage adds (nothing, here)
    assert _frames(txt)[0] == _frames(scrape)[0]
    pdf = dj.audit_file(bundled / "report.pdf")
    pages = pdf.claims["page"].tolist()
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] >= 3  # in reading order, over several pages


def test_help_lists_the_formats(capsys):
    with pytest.raises(SystemExit):
        main(["audit", "--help"])
    out = capsys.readouterr().out
    for word in (".txt", ".pdf", ".docx", ".html", "convert-to docx", "OCR"):
        assert word in out, word


# --- tables read as cells: the table checks run on a PDF's and a Word file's tables ----------------------------------

SAMPLE = "本次调查共发放问卷320份,收回有效问卷310份。"
# 202/310 = 65.1613% -> 65.16, 61/310 = 19.6774% -> 19.68, 47/310 = 15.1613% -> 15.16; 202 + 61 + 47 = 310 and
# 65.16 + 19.68 + 15.16 = 100.00, as the 合计 row prints
TABLE_OK = [["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["一般", "61", "19.68"], ["较差", "47", "15.16"], ["合计", "310", "100.00"]]
# a share its count and total cannot give: 61/310 prints as 19.68, and no base at all gives 19.71 for 61
# (61/309 = 19.74, 61/310 = 19.68); and the shares then add up to 100.03, more than the 100.00 of 合计 (± 0.02)
TABLE_SHARE = [row[:] for row in TABLE_OK]
TABLE_SHARE[2][2] = "19.71"
# a column that does not add up to its 合计: 202 + 61 + 47 = 310, but 合计 prints 320, while its rows' shares (of 310)
# add up to 100.00 and its own share is 100.00
TABLE_SUM = [row[:] for row in TABLE_OK]
TABLE_SUM[4][1] = "320"
TABLE_PARTS = ["一、基本情况", SAMPLE, "表1 评价(单选)", TABLE_OK, "表2 评价", TABLE_SHARE, "表3 评价", TABLE_SUM]


def docx_tables(path: Path, parts: list, merges=()) -> Path:
    """A Word file of paragraphs (strings) and tables (lists of rows) in order; ``merges`` are ``(table, (r0, c0), (r1, c1))``:
    cells merged before their text is written, as Word keeps a merged cell (its text once, in the first)."""
    import docx

    document = docx.Document()
    k = 0
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        t = document.add_table(rows=len(part), cols=max(len(r) for r in part))
        for number, a, b in merges:
            if number == k:
                t.cell(*a).merge(t.cell(*b))
        for r, row in enumerate(part):
            for c, text in enumerate(row):
                if text and not t.cell(r, c).text:
                    t.cell(r, c).text = text
        k += 1
    document.save(str(path))
    return path


def pdf_tables(path: Path, parts: list) -> Path:
    """The same parts on one PDF page: lines of text, and tables drawn with their grid as a word processor prints them."""
    from reportlab.platypus import Table, TableStyle

    c = canvas.Canvas(str(path), pagesize=A4)
    y = TOP
    for part in parts:
        if isinstance(part, str):
            _line(c, part, y, False)
            y -= 20
            continue
        table = Table(part, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        _, height = table.wrapOn(c, RIGHT - LEFT, 400)
        table.drawOn(c, LEFT, y - height)
        y -= height + 24
    c.showPage()
    c.save()
    return path


def _table_checks(result, group: str) -> list[tuple]:
    """(check, verdict, expected, observed) of a group's checks, in order."""
    checks = result.checks[result.checks["group_id"] == group]
    return [tuple(x) for x in checks[["check", "verdict", "expected", "observed"]].itertuples(index=False)]


def _groups_of_cells(result) -> list[str]:
    cells = result.claims[result.claims["kind"] == "cell"]
    return sorted(set(cells["group_id"]))


@pytest.fixture(scope="module")
def table_docs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    return {"docx": dj.audit_file(docx_tables(folder / "t.docx", TABLE_PARTS)), "pdf": dj.audit_file(pdf_tables(folder / "t.pdf", TABLE_PARTS))}


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_documents_tables_get_the_table_checks(table_docs, kind):
    result = table_docs[kind]
    groups = _groups_of_cells(result)
    assert len(groups) == 3  # one group per table
    ok, share, total = groups
    # the consistent table: each column adds up to its 合计, each share is its count of 310, the 合计 is the valid sample
    assert _table_checks(result, ok) == [
        ("cells_sum", "consistent", "310", "310"), ("cells_sum", "consistent", "100.00", "100.00"),
        ("percent_of", "consistent", "65.16%", "65.16"), ("percent_of", "consistent", "19.68%", "19.68"),
        ("percent_of", "consistent", "15.16%", "15.16"), ("table_vs_sample", "consistent", "310", "310")]
    # the planted share: 61/310 prints as 19.68, not 19.71; the shares then add up to more than their 合计
    assert ("percent_of", "inconsistent", "19.68%", "19.71") in _table_checks(result, share)
    assert ("cells_sum", "inconsistent", "100.03", "100.00") in _table_checks(result, share)
    assert [c for c in _table_checks(result, share) if c[1] == "inconsistent"] == [
        ("cells_sum", "inconsistent", "100.03", "100.00"), ("percent_of", "inconsistent", "19.68%", "19.71")]
    # the planted 合计: the rows add up to 310, not 320, though their shares make 100% and the 合计's share is 100%
    assert [c for c in _table_checks(result, total) if c[1] == "inconsistent"] == [("cells_sum", "inconsistent", "310", "320")]
    assert ("table_vs_sample", "consistent_if", "310", "320") in _table_checks(result, total)  # more than the valid sample: not accused


def _results(path: Path):
    """The claims and the checks (as results, with their facts) of a document, as ``dangjian audit`` reads it."""
    from dangjian.engine.audit import _clean
    from dangjian.engine.document_claims import document_records
    from dangjian.engine.extract import check_results

    raw = read_source(path)
    rows = document_records(_clean(raw), raw.document, source=Path(path).stem)
    return rows, check_results(rows)


def test_a_tables_checks_name_their_facts(table_docs):
    _, judged = _results(table_docs["docx"].path)
    misfit = next(c for c in judged if c.kind == "percent_of" and c.verdict == "inconsistent")
    assert (misfit.variant, misfit.facts["k"], misfit.facts["n"], misfit.facts["printed"], misfit.facts["reported"]) == ("misfit", 61, 310, "19.68", "19.71")
    assert misfit.facts["hints"] == [{"key": "no_base_at_all", "value": "19.71", "k": 61}]
    whole = next(c for c in judged if c.kind == "cells_sum" and c.variant == "mismatch_whole")
    assert (whole.facts["sum"], whole.facts["total"], whole.facts["gap"], whole.facts["shares_sum"], whole.facts["total_share"]) == (
        "310", "320", "10", "100.00", "100.00")
    over = next(c for c in judged if c.kind == "cells_sum" and c.variant == "over")
    assert over.facts["why"] == {"key": "form_scale", "labels": ["较好", "一般", "较差"]}


def test_each_cell_is_one_claim_pointing_at_its_text_in_raw_txt(tmp_path):
    # the shares printed with % signs are read by the text flow too ("较好 202 65.16%": a count and its share): the
    # cell and the text flow's number are one claim, not two
    table = [["评价", "人数", "比例"], ["较好", "202", "65.16%"], ["一般", "61", "19.68%"], ["较差", "47", "15.16%"], ["合计", "310", "100.00%"]]
    path = docx_tables(tmp_path / "t.docx", [SAMPLE, table])
    out = tmp_path / "out"
    assert main(["audit", str(path), "--out", str(out), "--quiet"]) == 0
    raw = (out / "t" / "raw.txt").read_text(encoding="utf-8")
    with open(out / "t" / "claims.csv", encoding="utf-8", newline="") as f:
        claims = list(csv.DictReader(f))
    cells = [c for c in claims if c["kind"] == "cell"]
    assert [c["reported"] for c in cells] == ["202", "65.16%", "61", "19.68%", "47", "15.16%", "310", "100.00%"]
    assert all(raw[int(c["raw_start"]) : int(c["raw_end"])] == c["reported"] for c in cells)
    spans = [(int(c["raw_start"]), int(c["raw_end"])) for c in claims]
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:]))  # no number read twice
    assert len(claims) == 2 + 8  # the two sample numbers, and the eight cells
    with open(out / "t" / "checks.csv", encoding="utf-8", newline="") as f:
        checks = list(csv.DictReader(f))
    assert {c["verdict"] for c in checks} == {"consistent"}
    html = (out / "t" / "report.html").read_text(encoding="utf-8")
    group = cells[0]["group_id"]
    assert f"{group} · cells" in html and "cells_sum" in html


def test_a_cross_tab_row_that_passes_its_total_is_inconsistent(tmp_path):
    # 男 and 女 split the respondents: each row's 男 + 女 is its 合计.  满意: 40 + 52 = 92, but 合计 prints 90;
    # the 合计 column then adds up to 90 + 38 + 22 = 150, 2 short of the 152 of the 合计 row (not accused: some may not
    # have answered); 70 + 82 = 152 and each column adds up to its 合计
    table = [["选项", "男", "女", "合计"], ["满意", "40", "52", "90"], ["一般", "20", "18", "38"], ["不满意", "10", "12", "22"],
             ["合计", "70", "82", "152"]]
    path = docx_tables(tmp_path / "t.docx", ["表1 满意度(单位:人)", table])
    rows, judged = _results(path)
    bad = [c for c in judged if c.verdict == "inconsistent"]
    assert [(c.kind, c.variant, c.facts["line"], c.facts["sum"], c.facts["total"], c.facts["why"]) for c in bad] == [
        ("cells_sum", "over", "满意", "92", "90", {"key": "form_breakdown", "attribute": "sex"})]
    sums = {(c.facts["line"], c.facts["total_in"]): (c.verdict.value, c.expected, c.observed) for c in judged if c.kind == "cells_sum"}
    assert sums[("男", "row")] == ("consistent", "70", "70") and sums[("女", "row")] == ("consistent", "82", "82")
    assert sums[("合计", "row")] == ("consistent_if", "150", "152")
    # 70 + 82 = 152: it fits, but a three-digit number after a number and a space may have lost its thousands ("82 152"
    # could be 82,152 in a text), so the audit names that it read 152 as printed (dangjian.engine.kinds.uncertain_reading)
    assert sums[("合计", "column")] == ("consistent_if", "152", "152")


def test_a_multi_select_table_may_add_up_to_more_than_its_total(tmp_path):
    # 300 respondents, several channels each: 150 + 200 + 100 = 450 answers, 50.00 + 66.67 + 33.33 = 150%; each share is
    # its count of 300 (150/300 = 50.00, 200/300 = 66.67, 100/300 = 33.33)
    table = [["渠道", "人数", "比例(%)"], ["报纸", "150", "50.00"], ["电视", "200", "66.67"], ["网络", "100", "33.33"], ["合计", "300", "100.00"]]
    _, judged = _results(docx_tables(tmp_path / "t.docx", ["您获取信息的渠道(可多选)", table]))
    assert {(c.kind, c.variant, c.verdict.value) for c in judged} == {
        ("cells_sum", "multi_select", "consistent"), ("percent_of", "fit", "consistent")}


def test_a_column_whose_role_is_not_clear_is_not_judged(tmp_path):
    # no header says what 党员 and 群众 count (people? shares? scores?): the table is left to the text flow, which reads
    # nothing in it; a rate column (满意率) is the rate of its row, never summed, and a mean is no count
    unclear = [["选项", "党员", "群众"], ["满意", "40", "52"], ["一般", "20", "18"], ["合计", "60", "70"]]
    rates = [["群体", "人数", "满意率(%)", "平均分"], ["男", "100", "80.0", "4.2"], ["女", "120", "75.0", "4.1"], ["合计", "220", "77.3", "4.1"]]
    rows, judged = _results(docx_tables(tmp_path / "t.docx", ["表1", unclear, "表2", rates]))
    assert [t.number for t in rows.cell_tables] == [2]
    cells = {rows[i]["reported"] for i in rows.cell_tables[0].claims.values()}
    assert cells == {"100", "120", "220"}  # the counts only: their column against its 合计
    assert [(c.kind, c.verdict.value, c.expected, c.observed) for c in judged if c.group == rows[min(rows.cell_tables[0].claims.values())]["group_id"]] == [
        ("cells_sum", "consistent", "220", "220")]
    assert not [c for c in judged if c.verdict == "inconsistent"]


def test_a_table_in_blocks_with_merged_labels_is_checked_block_by_block(tmp_path):
    # 性别 and 年龄 each split the 400 respondents: 163 + 237 = 400, 120 + 200 + 80 = 400; shares of 400:
    # 163/400 = 40.75, 237/400 = 59.25, 120/400 = 30.00, 200/400 = 50.00, 80/400 = 20.00
    table = [["项目", "类别", "人数", "比例(%)"], ["性别", "男", "163", "40.75"], ["", "女", "237", "59.25"], ["年龄", "35岁以下", "120", "30.00"],
             ["", "36-50岁", "200", "50.00"], ["", "51岁以上", "80", "20.00"], ["合计", "", "400", "100.00"]]
    merges = [(0, (1, 0), (2, 0)), (0, (3, 0), (5, 0)), (0, (6, 0), (6, 1))]
    for path in (docx_tables(tmp_path / "t.docx", ["共调查400人。", table], merges), pdf_tables(tmp_path / "t.pdf", ["共调查400人。", table])):
        _, judged = _results(path)
        sums = [(c.facts["line"], c.verdict.value, c.expected, c.observed) for c in judged if c.kind == "cells_sum"]
        assert sums == [("性别 · 人数", "consistent", "400", "400"), ("性别 · 比例(%)", "consistent", "100.00", "100.00"),
                        ("年龄 · 人数", "consistent", "400", "400"), ("年龄 · 比例(%)", "consistent", "100.00", "100.00")], path.name
        assert [(c.facts["k"], c.facts["n"], c.verdict.value) for c in judged if c.kind == "percent_of"] == [
            (163, 400, "consistent"), (237, 400, "consistent"), (120, 400, "consistent"), (200, 400, "consistent"), (80, 400, "consistent")]


def test_a_word_tables_merged_cell_keeps_the_columns_in_tables_csv(tmp_path):
    table = [["选项", "男", "", "女", ""], ["", "人数", "比例(%)", "人数", "比例(%)"], ["满意", "40", "57.14", "52", "63.41"]]
    path = docx_tables(tmp_path / "t.docx", ["表1", table], [(0, (0, 1), (0, 2)), (0, (0, 3), (0, 4))])
    doc = read_source(path).document
    assert doc.tables[0][1][0] == ("选项", "男", "", "女", "")  # the merged cell once, the column it spans left empty


@pytest.mark.parametrize(
    "table",
    [
        [["评价", "人数"]],  # a header only
        [["甲", "乙"], ["丙", "丁"]],  # no numbers
        [["1", "2"], ["3", "4"]],  # no header
        [["评价", "人数", "比例(%)"], ["", "202", "65.16"], ["合计", "310", "100.00"]],  # a row of numbers with no label
        [["评价", "人数", "比例(%)"], ["较好", "202", "65.16"], ["小计", "202", "65.16"], ["合计", "310", "100.00"]],  # a subtotal
        [["评价", "人数", "比例(%)"], ["较好", "202", "165.16"], ["一般", "61"], ["合计", "310", "100.00", "9"]],  # ragged, a share > 100
        [["评价", "人数", "比例(%)"], ["较好", "二百", "65.16"], ["一般", "61", "—"], ["合计", "310", "100.00"]],  # words among the numbers
    ],
)
def test_an_odd_table_is_read_without_a_traceback(tmp_path, capsys, table):
    path = docx_tables(tmp_path / "t.docx", [SAMPLE, table])
    out = tmp_path / "out"
    assert main(["audit", str(path), "--out", str(out), "--quiet"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    with open(out / "t" / "checks.csv", encoding="utf-8", newline="") as f:
        assert not [c for c in csv.DictReader(f) if c["verdict"] == "inconsistent"]


def test_a_tables_one_misprinted_count_is_named_alone(tmp_path):
    # "一般 64 19.68%" under 合计 310: every other count fits its share of 310, 19.68% is 61/310, and with 61 the rows add up
    # to 310 (202 + 61 + 47): the count is named, not its share nor the 合计
    assert round(100 * 61 / 310, 2) == 19.68 and 202 + 61 + 47 == 310
    table = [["评价", "人数", "比例"], ["较好", "202", "65.16%"], ["一般", "64", "19.68%"], ["较差", "47", "15.16%"], ["合计", "310", "100.00%"]]
    rows, judged = _results(docx_tables(tmp_path / "t.docx", [SAMPLE, table]))
    by_id = {r["claim_id"]: r["reported"] for r in rows}
    bad = [(c.kind, c.variant, [by_id[x] for x in c.claims]) for c in judged if c.verdict == "inconsistent"]
    assert ("cells_sum", "one_count_off", ["64"]) in bad and all(names == ["64"] for _, _, names in bad)
