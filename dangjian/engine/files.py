"""One input file: its bytes, read safely, and what kind of document they start like.

The lowest step of reading a report, below both readers of its content
(:mod:`dangjian.engine.source` decodes a text, :mod:`dangjian.engine.documents`
reads a PDF, a Word file or a web page): each takes its bytes from
:func:`read_bytes`, tells its kind by :func:`sniff` and reports bad input as
one :class:`SourceError` line, whose paths :func:`printable_path` prints.

What is not text
----------------
A document is recognised by its first bytes, not by its name
(:func:`sniff`): a PDF (``%PDF-``), a ZIP container (``.docx``, ``.xlsx``,
``.odt``), an old binary Office file (OLE2, ``.doc``), an image (PNG, JPEG,
GIF, BMP, TIFF, WebP) or an archive is refused as text even when it holds no
NUL or control byte (a PDF whose streams are ASCII85, as reportlab writes
them, is printable ASCII from start to end).  Only regular files are read
(:func:`read_bytes`): a FIFO would block the reader forever and
``/dev/zero`` would never end, so both are refused before a byte is read,
and no read goes past :data:`MAX_BYTES`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["SourceError", "MAX_BYTES", "DOCUMENT_KINDS", "sniff", "read_bytes", "printable_path"]

#: Files above this size are refused: a scraped report is a few hundred KB at most.
MAX_BYTES = 50 * 1024 * 1024


class SourceError(ValueError):
    """The input cannot be read as a scraped text report (message says why)."""


#: What :func:`sniff` recognises, by the bytes a file of that kind starts with, and how each is named to the user.
DOCUMENT_KINDS = {
    "pdf": "a PDF document",
    "zip": "a ZIP container (.docx, .xlsx, .pptx, .odt or .zip)",
    "docx": "a Word document (.docx)",
    "ole": "an old binary Office file (.doc, .xls or .ppt)",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "bmp": "a BMP image",
    "tiff": "a TIFF image",
    "webp": "a WebP image",
    "gzip": "a gzip archive",
    "7z": "a 7-Zip archive",
    "rar": "a RAR archive",
    "rtf": "an RTF document",
}

# (kind, magic bytes at offset 0); RIFF....WEBP is checked apart.
_MAGIC = (
    ("zip", b"PK\x03\x04"),
    ("zip", b"PK\x05\x06"),  # an empty archive
    ("ole", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ("png", b"\x89PNG\r\n\x1a\n"),
    ("jpeg", b"\xff\xd8\xff"),
    ("gif", b"GIF87a"),
    ("gif", b"GIF89a"),
    ("bmp", b"BM"),
    ("tiff", b"II*\x00"),
    ("tiff", b"MM\x00*"),
    ("gzip", b"\x1f\x8b"),
    ("7z", b"7z\xbc\xaf\x27\x1c"),
    ("rar", b"Rar!\x1a\x07"),
    ("rtf", b"{\\rtf"),
)


def sniff(data: bytes) -> str:
    """The kind of document ``data`` starts like (a key of :data:`DOCUMENT_KINDS`), or ``""`` for text.

    By content, not name: a PDF may have up to 1,024 bytes of anything before
    ``%PDF-`` (the PDF specification allows it, and some writers put a
    byte-order mark or a mail header there); a ZIP container that holds
    ``word/document.xml`` is a Word document.  ``BM`` (BMP) counts only with
    a plausible header, since a text may start with those two letters.

    Examples
    --------
    >>> sniff(b"%PDF-1.4 ..."), sniff(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1..."), sniff("党建".encode())
    ('pdf', 'ole', '')
    """
    if b"%PDF-" in data[:1024 + 5]:
        return "pdf"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    for kind, magic in _MAGIC:
        if data.startswith(magic):
            if kind == "bmp" and not (len(data) >= 26 and data[6:10] == b"\x00\x00\x00\x00" and data[14] in (12, 40, 56, 64, 108, 124)):
                continue
            if kind == "zip" and _zip_member(data, "word/document.xml"):
                return "docx"
            return kind
    return ""


def _zip_member(data: bytes, name: str) -> bool:
    """Whether the ZIP archive ``data`` lists ``name`` (a damaged archive lists nothing)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return name in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # a damaged archive: its name may still be in the local header of a member
        return name.encode() in data[:65536]


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them (read-only).

    The file is opened without blocking and checked on the open descriptor:
    a FIFO, a device (``/dev/zero``, a terminal) or a socket is refused before
    a byte is read, so the reader neither hangs nor reads without end; a file
    that grows past ``limit`` while it is read is refused too.

    Raises
    ------
    SourceError
        If the path is missing, a directory, not a regular file, unreadable
        or larger than ``limit``.
    """
    shown = printable_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise SourceError(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{shown}: is a directory, not a file") from None
    except PermissionError:
        raise SourceError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{shown}: cannot be read ({exc.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise SourceError(f"{shown}: is a directory, not a file")
        if not stat.S_ISREG(mode):
            raise SourceError(f"{shown}: is not a regular file ({_file_type(mode)}); only files are read")
        size = os.fstat(fd).st_size
        if size > limit:
            raise SourceError(f"{shown}: is {size / 2**20:.0f} MB; a scraped report is expected below {limit // 2**20} MB")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise SourceError(f"{shown}: is over {limit // 2**20} MB; a scraped report is expected below {limit // 2**20} MB")
        return data
    except PermissionError:
        raise SourceError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{shown}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


def printable_path(path: str | Path) -> str:
    """``path`` as it can be printed: undecodable bytes of a file name (kept by Python as lone
    surrogates) are shown as ``\\xff`` escapes instead of stopping the printing."""
    text = os.fspath(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
