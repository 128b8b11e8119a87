"""Reading a scraped report from disk: decoding, sanity checks, site metadata.

A scrape arrives as bytes of unknown quality.  :func:`read_source` turns them
into text or raises :class:`SourceError` with a message that names the
problem; it never modifies the file.  Offsets used everywhere else in the
package are code-point indices into the text this module returns (a leading
byte-order mark is not part of the text).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SourceError", "RawText", "decode_bytes", "read_source", "site_metadata", "sha256"]

#: Files above this size are refused: a scraped report is a few hundred KB at most.
MAX_BYTES = 50 * 1024 * 1024


class SourceError(ValueError):
    """The input cannot be read as a scraped text report (message says why)."""


@dataclass(frozen=True)
class RawText:
    """A decoded source file.

    Attributes
    ----------
    text : str
        The decoded text, without a byte-order mark.
    encoding : str
        The codec that decoded it (``utf-8``, ``utf-8-sig``, ``utf-16``, ``gb18030``).
    path : str
        The file it came from (as given), or ``"<bytes>"``.
    sha256 : str
        SHA-256 of the file's bytes.
    """

    text: str
    encoding: str
    path: str
    sha256: str


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def _looks_binary(data: bytes) -> bool:
    # UTF-16 text is full of NULs, so it is ruled out by its BOM before this test.
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))  # bytes < 32 other than \t \n \f \r
    return control > len(sample) * 0.05


_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\x0c\r"


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> RawText:
    """Decode the bytes of a scrape, detecting the common Chinese encodings.

    Tries, in order: a UTF-16 or UTF-8 byte-order mark, strict UTF-8, then
    strict GB18030 (a superset of GBK and GB2312, the usual legacy encodings
    of Chinese documents).

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        Used in error messages.

    Returns
    -------
    RawText

    Raises
    ------
    SourceError
        If the input is empty, looks binary, or decodes under none of the codecs.

    Examples
    --------
    >>> decode_bytes("党建 65.16%".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes("党建".encode("utf-8-sig")).text
    '党建'
    >>> decode_bytes(b"")
    Traceback (most recent call last):
    ...
    dangjian.source.SourceError: <bytes>: the file is empty
    """
    digest = sha256(data)
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig")):
        if data.startswith(bom):
            try:
                return RawText(data.decode(codec), codec, name, digest)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: starts with a {codec} byte-order mark but is not valid {codec} ({exc.reason} at byte {exc.start})") from None
    if _looks_binary(data):
        raise SourceError(f"{name}: looks like a binary file, not text (NUL or control bytes); convert it to text first")
    for codec in ("utf-8", "gb18030"):
        try:
            return RawText(data.decode(codec), codec, name, digest)
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{name}: is neither UTF-8, UTF-16 nor GB18030/GBK text; re-save it in UTF-8")


def read_source(path: str | Path) -> RawText:
    """Read and decode a scrape from ``path`` (read-only).

    Raises
    ------
    SourceError
        If the path is missing, a directory, unreadable, too large, empty,
        binary or in an unknown encoding.
    """
    p = Path(path)
    if not p.exists():
        raise SourceError(f"{path}: no such file")
    if p.is_dir():
        raise SourceError(f"{path}: is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"{path}: is {size / 2**20:.0f} MB; a scraped report is expected below {MAX_BYTES // 2**20} MB")
        data = p.read_bytes()
    except PermissionError:
        raise SourceError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_bytes(data, name=str(path))


_META_FIELDS = {
    "上传人": "uploader",
    "文档编号": "document_id",
    "上传时间": "uploaded",
    "格式": "format",
    "页数": "pages",
    "大小": "size",
}


def site_metadata(text: str) -> dict[str, str]:
    """Upload metadata printed in a document site's header, as strings.

    Examples
    --------
    >>> site_metadata("上传人:飞*** 文档编号:32656838 上传时间:2018-02-12 格式:DOC 页数:15 大小:69KB")
    {'uploader': '飞***', 'document_id': '32656838', 'uploaded': '2018-02-12', 'format': 'DOC', 'pages': '15', 'size': '69KB'}
    """
    out: dict[str, str] = {}
    for label, key in _META_FIELDS.items():
        m = re.search(rf"{label}\s*[:：]\s*(\S+)", text)
        if m:
            out[key] = m.group(1)
    return out
