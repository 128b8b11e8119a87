"""The glossary: every term of art of the report and every label of the figures.

``data/glossary.csv`` holds one row per Chinese term, hand-curated:

``term``
    The term as the report, the table or a figure prints it (``均值``,
    ``发放测评表(份)``, ``一岗双责``).
``pinyin``
    Hanyu Pinyin with tone marks, words written together as in
    *Basic rules of the Chinese phonetic alphabet orthography* (GB/T 16159);
    citation tones, without tone sandhi (一 is always *yī*, 不 always *bù*),
    as dictionary headwords give them.
``english``
    A short English rendering, fit for a figure legend or a caption.
``explanation``
    One sentence: what the term means and where the report uses it.

The rows are sorted like a dictionary: by pinyin without tones, then by
tone, then by term.  The notebooks gloss a term with :func:`gloss` or
:func:`bilingual`; the tests use :func:`missing_terms` to make sure that
every Chinese label of every figure has an entry.

Examples
--------
>>> gloss("真实")
'truthful'
>>> bilingual("均值"), bilingual("均值", first="en")
('均值 (mean)', 'mean (均值)')
>>> missing_terms(["真实", "比例(%)", "T1", "42", "二(二)", "某某"])
['某某']
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths

__all__ = ["GLOSSARY", "GLOSSARY_COLUMNS", "load_glossary", "gloss", "bilingual", "missing_terms", "has_cjk"]

#: The glossary file (beside the raw and processed data; curated, not generated).
GLOSSARY = paths.GLOSSARY

#: Columns of :data:`GLOSSARY`, in order.
GLOSSARY_COLUMNS = ("term", "pinyin", "english", "explanation")

# CJK Unified Ideographs, Extension A, compatibility ideographs and the
# supplementary planes' extensions: what a Chinese label is made of.
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Numerals of section numbers (二(三)1) and counts; a label made only of
# these, digits, Latin letters and punctuation is a number, not a term.
_NUMERALS = frozenset("〇零一二三四五六七八九十百千")
# Where a compound label splits into parts that are looked up one by one:
# a unit in brackets (比例(%)), a "=" gloss (页外 = 网站页眉页脚), a middle dot
# (调整·党委书记), quotation marks (C10 “较好”), the enumeration comma,
# slashes, colons and spaces.
_SEPARATORS = re.compile(r"[()（）\[\]【】=·・、/,，:：;；“”‘’\"《》「」\s]+")
# A number at the start of a part: "921个党组织" is 921, a measure word, a term.
_LEADING_NUMBER = re.compile(r"^[0-9.,%≥≤<>~+-]+")
# Combining tone marks after NFD: tone 1 to 4.
_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def has_cjk(text: object) -> bool:
    """True if ``text`` contains a Chinese character.

    Examples
    --------
    >>> has_cjk("比例(%)"), has_cjk("T1"), has_cjk(42)
    (True, False, False)
    """
    return bool(_CJK.search(str(text)))


def _is_numeric(label: str) -> bool:
    """A label that is a number: digits, Latin letters, punctuation and
    Chinese numerals only (page and section numbers such as ``二(三)1``)."""
    return all(ch in _NUMERALS or not has_cjk(ch) for ch in label)


def _sort_key(term: str, pinyin: str) -> tuple[str, str, str]:
    """Dictionary order: letters of the pinyin without tones (ü after u),
    then the tones (neutral last), then the term."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFD", pinyin.lower()):
        if ch in _TONES:
            tones.append(_TONES[ch])
        elif ch == "\u0308":  # the diaeresis of ü: sort ü after u
            letters.append("~")
        elif ch.isalpha():
            letters.append(ch)
    return "".join(letters), "".join(tones), term


@lru_cache(maxsize=4)
def _read(path: Path, mtime_ns: int) -> pd.DataFrame:
    # keyed on the file's mtime, so an edited glossary is read again in a
    # running notebook; keep_default_na: "无" or "NA" are text, never NaN.
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def load_glossary(path: str | Path | None = None) -> pd.DataFrame:
    """The glossary as a frame.

    Parameters
    ----------
    path : path, optional
        A glossary CSV; default :data:`GLOSSARY`.

    Returns
    -------
    pandas.DataFrame
        One row per term, columns ``term``, ``pinyin``, ``english``,
        ``explanation`` (all str), in the file's (dictionary) order.

    Examples
    --------
    >>> glossary = load_glossary()
    >>> list(glossary.columns)
    ['term', 'pinyin', 'english', 'explanation']
    >>> glossary.set_index("term").loc["一岗双责", "pinyin"]
    'yī gǎng shuāng zé'
    """
    path = Path(GLOSSARY if path is None else path)
    return _read(path, path.stat().st_mtime_ns).copy()


def _entries() -> dict[str, dict[str, str]]:
    return load_glossary().set_index("term").to_dict("index")


def _lookup(term: str) -> dict[str, str]:
    entries = _entries()
    key = str(term).strip()
    if key not in entries:
        close = difflib.get_close_matches(key, list(entries), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise KeyError(f"{key!r} is not in the glossary ({GLOSSARY.name}){hint}")
    return entries[key]


def gloss(term: str) -> str:
    """The English rendering of a glossary term.

    Raises
    ------
    KeyError
        If the term has no entry (the message suggests close terms).

    Examples
    --------
    >>> gloss("发放测评表(份)")
    'appraisal forms issued (copies)'
    """
    return _lookup(term)["english"]


def bilingual(term: str, *, first: str = "zh") -> str:
    """A term with its English rendering: ``"真实 (truthful)"`` or ``"truthful (真实)"``.

    Parameters
    ----------
    term : str
        A glossary term.
    first : {"zh", "en"}
        Which language comes first; the other goes in brackets.

    Examples
    --------
    >>> bilingual("一岗双责")
    '一岗双责 (one post, two responsibilities)'
    >>> bilingual("真实", first="en")
    'truthful (真实)'
    """
    if first not in ("zh", "en"):
        raise ValueError(f'first must be "zh" or "en", not {first!r}')
    key = str(term).strip()
    english = gloss(key)
    return f"{key} ({english})" if first == "zh" else f"{english} ({key})"


def _part_covered(part: str, terms: set[str]) -> bool:
    if part in terms or _is_numeric(part):
        return True
    rest = _LEADING_NUMBER.sub("", part)
    if rest == part:
        return False
    # a count: the number, then a term or a measure word and a term (个党组织)
    return rest in terms or (rest[:1] in terms and rest[1:] in terms)


def _covered(label: str, terms: set[str]) -> bool:
    if label in terms or _is_numeric(label):
        return True
    parts = [p for p in _SEPARATORS.split(label) if p]
    if len(parts) == 1 and parts[0] == label:
        return _part_covered(label, terms)
    return bool(parts) and all(_part_covered(p, terms) for p in parts)


def missing_terms(labels: Iterable[object]) -> list[str]:
    """Chinese labels that have no glossary entry.

    Parameters
    ----------
    labels : iterable
        Labels as drawn (axis labels, tick labels, legend texts); non-str
        values are converted with ``str``.

    Returns
    -------
    list of str
        Each missing label once, in order of first appearance.

    Notes
    -----
    A label is covered when

    * it has no Chinese character (``T1``, ``42``, ``C10``, ``%``), or is a
      number written with Chinese numerals (section numbers ``二(三)1``);
    * it is a term of the glossary; or
    * it is a compound whose parts are all covered, split at brackets,
      quotation marks, ``=``, ``·``, ``、``, ``/``, colons and spaces:
      ``比例(%)`` is 比例 plus a unit, ``调整·党委书记`` is 调整 plus
      党委书记, ``C10 “较好”`` is a claim id plus 较好; or
    * it is a count: a number followed by a term, or by a measure word
      and a term (``921个党组织``, ``310人``).

    Examples
    --------
    >>> missing_terms(["份数", "页码(页)", "调整·党委书记", "C10(个)", "C10 “较好”", "有基数(921个党组织)"])
    []
    >>> missing_terms(["某某", "比例(某某)", "某某"])
    ['某某', '比例(某某)']
    """
    terms = set(load_glossary()["term"])
    missing: list[str] = []
    for raw in labels:
        label = str(raw).strip()
        if label and has_cjk(label) and not _covered(label, terms) and label not in missing:
            missing.append(label)
    return missing
