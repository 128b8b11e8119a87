"""Chapter 三, the problems: :func:`problem_table`, the report's key phrases
(:func:`key_phrases`) and its content words (:func:`content_words`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from .sections import _QUOTED

__all__ = ["problem_table", "key_phrases", "CONTENT_TAGS", "STOP_WORDS", "content_words"]

def problem_table(result, sections: pd.DataFrame) -> pd.DataFrame:
    """The problems of chapter 三 and their sub-claims, one row per sub-claim.

    Parameters
    ----------
    result : dangjian.engine.clean.CleanResult
        The cleaned report.
    sections : DataFrame
        The outline (:func:`dangjian.pipeline.load_sections`).

    Returns
    -------
    DataFrame
        ``problem`` (label, e.g. 三(一)), ``title``, ``key_phrase`` (the
        phrase the title puts in quotes, with its “ ”), ``n`` (1, 2, …
        within the problem), ``form`` ("sentence", or "clause" for one case
        of a list joined by ";", such as the "一些负责人…" cases),
        ``lead_in`` (the words introducing a list, e.g. "突出表现为:"),
        ``sub_claim`` and ``complete`` (False for a fragment the scrape cuts
        off before its full stop).

    Notes
    -----
    A problem's body is its section of the clean text after the heading.
    It is split into sentences at "。"; a sentence holding a list of cases
    separated by ";" is split into those cases, and the words before the
    list's ":" become its ``lead_in``.
    """
    rows = []
    problems = sections[(sections["level"] == 2) & sections["section_id"].str.startswith("3.")]
    for p in problems.itertuples():
        segment = result.text[p.start : p.end]
        body = segment[segment.index(p.title) + len(p.title) :]
        quoted = _QUOTED.findall(p.title)
        phrase = f"“{quoted[0]}”" if quoted else ""
        n = 0
        for sentence in (s for s in re.split(r"(?<=。)", body) if s.strip()):
            clauses = [c for c in re.split(r"(?<=;)", sentence) if c.strip()]
            lead = ""
            if len(clauses) > 1 and ":" in clauses[0]:
                head, _, rest = clauses[0].partition(":")
                lead, clauses[0] = head + ":", rest
            for clause in clauses:
                n += 1
                rows.append({"problem": p.label, "title": p.title, "key_phrase": phrase, "n": n,
                             "form": "clause" if len(clauses) > 1 else "sentence", "lead_in": lead,
                             "sub_claim": clause, "complete": clause.endswith(("。", ";"))})
    return pd.DataFrame(rows, columns=["problem", "title", "key_phrase", "n", "form", "lead_in", "sub_claim", "complete"])


def key_phrases(text: str) -> pd.DataFrame:
    """The phrases the report itself puts in quotation marks (“…”), with their counts.

    Parameters
    ----------
    text : str
        Clean text, e.g. chapter 三.

    Returns
    -------
    DataFrame
        ``phrase`` (without the marks) and ``count``, most frequent first,
        ties in order of first appearance.

    Notes
    -----
    A phrase is 1-40 characters between “ and ” with no other quotation mark
    inside; of a nested quote (“…“一把手”…”) only the innermost pair counts.

    Examples
    --------
    >>> key_phrases("把“主业”做好,“副业”不管,还是“主业”。").values.tolist()
    [['主业', 2], ['副业', 1]]
    """
    found = _QUOTED.findall(text)
    counts = Counter(found)
    first = {p: i for i, p in reversed(list(enumerate(found)))}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    return pd.DataFrame(ranked, columns=["phrase", "count"])


#: jieba part-of-speech tags kept as content words: nouns (n*), verbs (v*),
#: adjectives (a*), distinguishing words (b), abbreviations (j, e.g. 党建),
#: idioms (i) and fixed expressions (l).
CONTENT_TAGS = ("n", "v", "a", "b", "j", "i", "l")
#: Verbs that carry no content of their own in this report.
STOP_WORDS = frozenset("没有 存在 作为 认为 出现 进行 就是 还是 显得".split())


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import logging

    import jieba
    import jieba.posseg

    # jieba logs "Building prefix dict…" and a timing at DEBUG level to stderr;
    # a notebook would store them.  It also caches its dictionary in the
    # system temp folder and reads any cache it finds there; building the
    # prefix dictionary from the packaged file instead reads and writes no cache.
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    return jieba.posseg.POSTokenizer(tokenizer)


def content_words(text: str, *, top: int | None = 15, min_length: int = 2, tags=CONTENT_TAGS, stop_words=STOP_WORDS) -> pd.DataFrame:
    """The most frequent content words of ``text`` by jieba segmentation.

    Parameters
    ----------
    text : str
        Chinese text, e.g. chapter 三 of the clean report.
    top : int or None
        Keep this many words (None: all).
    min_length : int
        Shortest word kept, in characters.
    tags : tuple of str
        jieba part-of-speech tag prefixes counted as content words.
    stop_words : set of str
        Words dropped whatever their tag.

    Returns
    -------
    DataFrame
        ``word``, ``tag`` (its commonest part-of-speech tag) and ``count``,
        most frequent first, ties in order of first appearance.

    Notes
    -----
    Deterministic: jieba 0.42.1's default dictionary, HMM on, no random
    state; the dictionary is built quietly from the installed package (no
    log output, no cache file).

    Examples
    --------
    >>> content_words("党建工作要抓好党建,党组织要抓好党建。").values.tolist()
    [['党建', 'j', 3], ['抓好', 'v', 2], ['工作', 'vn', 1], ['党组织', 'nt', 1]]
    """
    pairs = [(w.word, w.flag) for w in _pos_tokenizer().cut(text)]
    kept = [(w, f) for w, f in pairs if len(w) >= min_length and w not in stop_words
            and f.startswith(tuple(tags)) and re.search(r"[\u4e00-\u9fff]", w)]
    counts = Counter(w for w, _ in kept)
    tags_of: dict[str, Counter] = {}
    first: dict[str, int] = {}
    for i, (w, f) in enumerate(kept):
        tags_of.setdefault(w, Counter())[f] += 1
        first.setdefault(w, i)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))
    if top is not None:
        ranked = ranked[:top]
    return pd.DataFrame([(w, tags_of[w].most_common(1)[0][0], c) for w, c in ranked], columns=["word", "tag", "count"])
