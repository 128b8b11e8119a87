"""Reading a scraped report from disk: decoding, sanity checks, site metadata.

A scrape arrives as bytes of unknown quality.  :func:`read_source` turns them
into text or raises :class:`SourceError` with a message that names the
problem; it never modifies the file.  Offsets used everywhere else in the
package are code-point indices into the text this module returns (a leading
byte-order mark is not part of the text, and line ends are kept as they are
in the file: a CRLF counts two characters).

Which encoding
--------------
A byte-order mark decides (UTF-8, UTF-16); then strict UTF-8; then the
legacy Chinese encodings GB18030 (a superset of GBK and GB2312, used on the
mainland) and Big5 / Big5-HKSCS (Taiwan, Hong Kong).  Their byte ranges
overlap, so Big5 bytes often decode without error as GB18030 into nonsense.
Among the codecs that decode the file strictly, the detector of
``charset-normalizer`` chooses; its choice is overruled in favour of
GB18030 only when it is no more plausible by the share of rare characters
(below), or when the text is too short to tell (fewer than ten Chinese
characters).  ``encoding=`` overrides the detection.

What is not text
----------------
A document is told by its first bytes, not by its name
(:func:`dangjian.engine.files.sniff`), and a file's bytes are read only
from a regular file, up to a limit (:func:`dangjian.engine.files.read_bytes`).
Text in UTF-16 without a byte-order mark is recognised by its NUL bytes,
which fall on every other byte (the high bytes of ASCII characters), and
decoded, not called binary.

When the decoded text still looks garbled, :attr:`RawText.warnings` says
why (:func:`garble_warnings`): replacement characters, a high share of
rare Chinese characters (outside the 6,763 of GB2312, even after
traditional-to-simplified conversion), or the mojibake of UTF-8 read as a
Western codepage (judged by ``ftfy``).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .files import DOCUMENT_KINDS, MAX_BYTES, SourceError, printable_path, read_bytes, sniff

# SourceError, read_bytes, sniff, DOCUMENT_KINDS, MAX_BYTES and printable_path live in dangjian.engine.files, the step
# below this module and the documents' readers; they are named here too, where the command and the tests import them.
__all__ = ["SourceError", "RawText", "decode_bytes", "read_source", "read_bytes", "site_metadata", "sha256", "garble_warnings",
           "codec_name", "sniff", "DOCUMENT_KINDS", "MAX_BYTES", "printable_path"]


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
    warnings : tuple of str
        One sentence each when the decoded text looks garbled
        (:func:`garble_warnings`); empty when it reads as text.
    """

    text: str
    encoding: str
    path: str
    sha256: str
    warnings: tuple[str, ...] = ()
    #: For a PDF, Word file or web page: what its reader found besides the text
    #: (:class:`dangjian.engine.documents.Document`: pages, tables, layout); None for plain text.
    document: object | None = None

    @property
    def kind(self) -> str:
        """``"text"``, or the document's format (``"pdf"``, ``"docx"``, ``"html"``)."""
        return "text" if self.document is None else self.document.kind


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` if ``data`` reads as UTF-16 text with no byte-order mark, else None.

    In UTF-16 every ASCII character (digits, %, line breaks, spaces) has a NUL
    high byte, so a report's NUL bytes fall on odd offsets (little-endian) or
    even ones (big-endian); only the rare Chinese character whose code ends
    in 00 (一 is U+4E00) puts one on the other side.  A binary file has NULs
    on both sides alike.  The decode must also be strict and give no
    control characters but line breaks and tabs, nor unassigned or private
    characters.
    """
    sample = data[:4096]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 4 * min(even, odd) + 2:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:2048]
    if len(head.translate(_CONTROL_CHARS)) < len(head):
        return None
    import unicodedata

    if sum(unicodedata.category(c) in ("Cn", "Co", "Cs") for c in head) > 0.01 * len(head):
        return None
    return codec


#: str.translate table deleting the control characters other than \t \n \f \r.
_CONTROL_CHARS = {c: None for c in range(32) if c not in (9, 10, 12, 13)}


def _looks_binary(data: bytes) -> bool:
    # UTF-16 text is full of NULs, so it is ruled out by its BOM before this test.
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))  # bytes < 32 other than \t \n \f \r
    return control > len(sample) * 0.05


_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\x0c\r"


def codec_name(encoding: str) -> str:
    """The canonical name of a codec (``"GBK"`` -> ``"gbk"``, ``"utf8"`` -> ``"utf-8"``).

    Raises
    ------
    SourceError
        If Python knows no such codec.

    Examples
    --------
    >>> codec_name("BIG5"), codec_name("utf8")
    ('big5', 'utf-8')
    """
    try:
        name = codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        raise SourceError(f"unknown encoding {encoding!r} (try utf-8, gb18030, big5, big5hkscs or utf-16)") from None
    try:
        b"a".decode(encoding, "ignore")  # an empty input would not reach the codec
    except LookupError:
        # base64, rot13, zlib, hex: codecs of bytes to bytes or str to str, which decode no text
        raise SourceError(f"{encoding!r} is not a text encoding (try utf-8, gb18030, big5, big5hkscs or utf-16)") from None
    return name


def decode_bytes(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> RawText:
    """Decode the bytes of a scrape, detecting the common Chinese encodings.

    Tries, in order: a UTF-16 or UTF-8 byte-order mark, strict UTF-8, then
    the legacy encodings GB18030, Big5 and Big5-HKSCS (see the module's
    notes on how one of them is chosen).

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        Used in error messages.
    encoding : str, optional
        Decode with this codec (strictly) instead of detecting one.

    Returns
    -------
    RawText
        With ``warnings`` when the decoded text looks garbled.

    Raises
    ------
    SourceError
        If the input is empty, looks binary, decodes under none of the
        codecs, or not under the one given.

    Examples
    --------
    >>> decode_bytes("党建 65.16%".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes("黨組織負責人的調查問卷共發放310份".encode("big5")).encoding
    'big5'
    >>> decode_bytes("党建".encode("utf-8-sig")).text
    '党建'
    >>> decode_bytes(b"")
    Traceback (most recent call last):
    ...
    dangjian.engine.files.SourceError: <bytes>: the file is empty
    >>> decode_bytes(b"%PDF-1.4 <~9jqo^BlbD-BleB1DJ+*+F(f,q~>")
    Traceback (most recent call last):
    ...
    dangjian.engine.files.SourceError: <bytes>: is a PDF document, not text
    """
    digest = sha256(data)
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    kind = sniff(data)
    if kind:
        raise SourceError(f"{name}: is {DOCUMENT_KINDS[kind]}, not text")
    if encoding is not None:
        return _decode_as(data, codec_name(encoding), name, digest)
    for bom, codec in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{name}: starts with a {codec} byte-order mark but is not valid {codec} ({exc.reason} at byte {exc.start})") from None
            return RawText(text, codec, name, digest, garble_warnings(text, encoding=codec))
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16)
        return RawText(text, utf16, name, digest, garble_warnings(text, encoding=utf16))
    if _looks_binary(data):
        raise SourceError(f"{name}: looks like a binary file, not text (NUL or control bytes); convert it to text first")
    try:
        text = data.decode("utf-8")
        return RawText(text, "utf-8", name, digest, garble_warnings(text, encoding="utf-8"))
    except UnicodeDecodeError:
        pass
    decoded = {}
    for codec in _LEGACY:
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise SourceError(f"{name}: is neither UTF-8, UTF-16, GB18030/GBK nor Big5 text; re-save it in UTF-8, or name its encoding with --encoding")
    codec = _choose(data, decoded)
    return RawText(decoded[codec], codec, name, digest, garble_warnings(decoded[codec], encoding=codec))


#: Legacy Chinese encodings tried after UTF-8; Big5-HKSCS (a superset of
#: Big5) only matters when plain Big5 fails.
_LEGACY = ("gb18030", "big5", "big5hkscs")


def _decode_as(data: bytes, codec: str, name: str, digest: str) -> RawText:
    # a BOM is not text: "utf-8" given for a file with a UTF-8 BOM reads as "utf-8-sig"
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: is not valid {codec} text ({exc.reason} at byte {exc.start})") from None
    if codec.startswith("utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    return RawText(text, codec, name, digest, garble_warnings(text, encoding=codec))


def _choose(data: bytes, decoded: dict[str, str]) -> str:
    """The codec among ``decoded`` (codec -> strict decode) that the file is in."""
    if "big5" in decoded:
        decoded.pop("big5hkscs", None)  # the same text: prefer the plain name
    if len(decoded) == 1:
        return next(iter(decoded))
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(decoded)).best()
    choice = best.encoding if best is not None and best.encoding in decoded else "gb18030"
    if choice != "gb18030" and "gb18030" in decoded:
        ours, gb = _rare_share(decoded[choice]), _rare_share(decoded["gb18030"])
        # Too little text to tell, or the detector's choice reads worse: the
        # mainland's encoding is the likelier one.
        if ours[0] > gb[0] + 0.02 or (ours[1] < 10 and ours[0] >= gb[0]):
            choice = "gb18030"
    return choice


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


@lru_cache(maxsize=1)
def _gb2312_han() -> frozenset[str]:
    """The 6,763 Chinese characters of GB2312 (rows 16-87), the common ones."""
    chars = []
    for lead in range(0xB0, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the five unassigned cells at the end of row 55
    return frozenset(chars)


#: The ranges of :data:`_HAN` within the Basic Multilingual Plane; beyond it, planes 2 and 3 are Han.
_HAN_BMP_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


#: The flags of :func:`_han_flags`.
_COMMON_HAN, _RARE_HAN, _LATIN = 1, 3, 4


@lru_cache(maxsize=1)
def _han_flags():
    """A lookup table over the BMP's code points: :data:`_COMMON_HAN` for a Han character (:data:`_HAN`) among
    GB2312's common ones (:func:`_gb2312_han`), :data:`_RARE_HAN` for another Han character, :data:`_LATIN` for a
    Latin letter with a diacritic (:data:`_LATIN_ACCENTED`), 0 otherwise; built once per process."""
    import numpy as np

    flags = np.zeros(0x10000, dtype=np.uint8)
    for lo, hi in _HAN_BMP_RANGES:
        flags[lo : hi + 1] = _RARE_HAN
    flags[[ord(c) for c in _gb2312_han()]] = _COMMON_HAN
    flags[0xC0:0x300] = _LATIN
    return flags


def _scan(text: str) -> tuple[float, int, bool]:
    """:func:`_rare_share` of ``text``, and whether it holds a Latin letter with a diacritic (:data:`_LATIN_ACCENTED`).

    Every file read goes through this, so it must cost little next to the
    audit: the text's code points are looked up in one table and the flags
    counted (numpy, no Python object per character), and only the distinct
    characters outside the common set, a handful in a correct decode, are
    converted to simplified ones one by one.  It counts exactly what
    ``_HAN.findall`` over the text would (:func:`_rare_share_by_regex`, which
    the tests compare it with).
    """
    import numpy as np

    if not text:
        return 0.0, 0, False
    # UTF-32 gives one 4-byte code point per character; a lone surrogate (kept by surrogateescape) is no Han
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _han_flags()
    if int(codes.max()) < 0x10000:
        flags = table[codes]
    else:  # planes 2 and 3 (CJK extensions B-H) are Han, and none of them is common
        flags = table[np.where(codes < 0x10000, codes, 0)]
        flags[(codes >= 0x20000) & (codes <= 0x3FFFF)] = _RARE_HAN
    counts = np.bincount(flags, minlength=5).tolist()
    total, latin = counts[_COMMON_HAN] + counts[_RARE_HAN], counts[_LATIN] > 0
    if not counts[_RARE_HAN]:
        return 0.0, total, latin
    from .clean import _t2s_char

    odd = codes[flags == _RARE_HAN]
    common = _gb2312_han()
    rare_codes = [c for c in np.unique(odd).tolist() if not set(_t2s_char(chr(c))) <= common]
    rare = int(np.count_nonzero(np.isin(odd, rare_codes))) if rare_codes else 0
    return rare / total, total, latin


def _rare_share(text: str) -> tuple[float, int]:
    """Share of the Chinese characters of ``text`` that are rare, and how many there are.

    Rare: outside GB2312's common characters, also after conversion to
    simplified characters (a traditional text is not rare).  A correct
    decode of a report scores near 0; Big5 bytes read as GB18030, or
    GB18030 bytes read as Big5, score 0.2-0.5.  (:func:`_scan` says how it is counted.)
    """
    return _scan(text)[:2]


def _rare_share_by_regex(text: str) -> tuple[float, int]:
    """:func:`_rare_share` as a regex over the text and a set of its characters: the plain form, which the tests
    compare it with."""
    common = _gb2312_han()
    odd = set(_HAN.findall("".join(set(text) - common)))
    if odd:
        from .clean import _t2s_char

        odd = {c for c in odd if not set(_t2s_char(c)) <= common}
    han = _HAN.findall(text)
    if not han:
        return 0.0, 0
    rare = sum(1 for c in han if c in odd) if odd else 0
    return rare / len(han), len(han)


#: Latin letters with diacritics: the mojibake of UTF-8 read as a Western
#: codepage always has them ("å…š" for 党), a Chinese report rarely does.
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u02ff]")


def garble_warnings(text: str, *, encoding: str = "") -> tuple[str, ...]:
    """Reasons to think that ``text`` was decoded with the wrong codec.

    Three signs, each reported in one sentence: more than 0.5% replacement
    characters (U+FFFD); more than 5% rare Chinese characters among at least
    20 (see the module's notes); or mojibake as ``ftfy`` judges it (text of
    UTF-8 read as Latin-1 or Windows-1252).  A clean report has none.

    Examples
    --------
    >>> garble_warnings("认为好的有120人,占60.00%。")
    ()
    >>> garble_warnings("认为好的有120人,占60.00%。".encode("utf-8").decode("latin-1"))
    ("the text looks like mojibake (UTF-8 read in a Western codepage, e.g. 'è®¤ä¸')",)
    >>> big5 = ("基層黨組織負責人履行抓黨建工作責任情況調查研究,認為較好的有202人,佔65.16%。" * 2).encode("big5")
    >>> garble_warnings(big5.decode("gb18030"), encoding="gb18030")
    ('38% of its 32 Chinese characters are rare ones, typical of a wrong decode as gb18030',)
    """
    out = []
    bad = text.count("\ufffd")
    # str.split() cuts at exactly the characters str.isspace() names
    if bad and bad > 0.005 * (len("".join(text.split())) or 1):
        out.append(f"{bad} replacement characters (U+FFFD) in the decoded text")
    share, han, latin = _scan(text)
    if han >= 20 and share > 0.05:
        codec = f" as {encoding}" if encoding else ""
        out.append(f"{share:.0%} of its {han} Chinese characters are rare ones, typical of a wrong decode{codec}")
    if latin:  # _LATIN_ACCENTED.search(text), in the same pass
        from ftfy.badness import BADNESS_RE, is_bad

        if is_bad(text):
            sample = BADNESS_RE.search(text)
            out.append("the text looks like mojibake (UTF-8 read in a Western codepage"
                       + (f", e.g. {text[max(0, sample.start() - 2) : sample.end() + 2]!r})" if sample else ")"))
    return tuple(out)


def read_source(path: str | Path, *, encoding: str | None = None) -> RawText:
    """Read and decode a scrape from ``path`` (read-only); ``encoding`` overrides detection.

    A PDF or Word file (recognised by its first bytes, :func:`sniff`) is read
    by :mod:`dangjian.engine.documents`, and so is a text that is an HTML
    page: the result's ``text`` is the document's raw text, and its
    ``document`` what the reader found besides (pages, tables, layout).

    Raises
    ------
    SourceError
        If the path is missing, a directory, not a regular file (a FIFO, a
        device), unreadable, too large, empty, binary, a document that
        cannot be read (encrypted, a scan, damaged, an old ``.doc``) or of
        another kind (:func:`sniff`), or in an unknown encoding.
    """
    data = read_bytes(path)
    name = printable_path(path)
    kind = sniff(data)
    if kind in ("pdf", "docx"):
        from .documents import read_document

        document = read_document(data, kind, name)
        return RawText(document.text, "", name, sha256(data), (), document)
    if kind == "ole" and "EncryptedPackage".encode("utf-16-le") in data:
        # an Office file with a password is an OLE container around the encrypted .docx or .xlsx
        raise SourceError(f"{name}: is an encrypted Office file (it asks for a password); save a copy without the password and audit that")
    if kind == "ole":
        raise SourceError(f"{name}: is an old binary Office file (.doc, .xls); convert it to .docx first, "
                          "e.g. libreoffice --headless --convert-to docx FILE.doc")
    raw = decode_bytes(data, name=name, encoding=encoding)
    from .documents import looks_like_html

    if looks_like_html(raw.text):
        from .documents import read_html

        document = read_html(raw.text, name)
        return RawText(document.text, raw.encoding, name, raw.sha256, raw.warnings, document)
    return raw


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
