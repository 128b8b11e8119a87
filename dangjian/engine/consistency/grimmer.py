"""GRIMMER: can a mean and SD of ``n`` integer responses print as reported?

:func:`grimmer` is Allard's analytic test in exact arithmetic, :func:`grimmer_map` its map.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from .._lazy import pd
from .grim import _scale_pair
from .rounding import _as_count, _check_rounding, _sd_interval, unround

__all__ = ["grimmer", "grimmer_map", "grimmer_result", "GrimmerResult"]


# The printed strings of a corpus (and of a grid of cases) repeat, and their
# intervals cost more than the rest of a GRIMMER verdict: keep them as
# integer numerators and denominators.
@functools.lru_cache(maxsize=4096)
def _mean_ends(x: str, rounding: str, threshold: int) -> tuple[int, int, bool, int, int, bool]:
    """``unround(x)`` as ``(p, q, closed, r, s, closed)`` for ``[p/q, r/s]``."""
    iv = unround(x, rounding, threshold)
    return (
        iv.lower.numerator, iv.lower.denominator, iv.incl_lower,
        iv.upper.numerator, iv.upper.denominator, iv.incl_upper,
    )


@functools.lru_cache(maxsize=4096)
def _sd_square_ends(sd: str, rounding: str, threshold: int) -> tuple[int, int, bool, int, int, bool]:
    """``[L**2, U**2]`` of :func:`_sd_interval` as ``(p, q, closed, r, s, closed)``."""
    iv = _sd_interval(sd, rounding, threshold)
    return (
        iv.lower.numerator**2, iv.lower.denominator**2, iv.incl_lower,
        iv.upper.numerator**2, iv.upper.denominator**2, iv.incl_upper,
    )


class _NearMax:
    """What a sample can do near its largest sum of squares, for one ``w``.

    A sample of ``n`` integers in ``[0, w]`` with sum ``t`` is ``c_w``
    values ``w``, ``c_0`` zeros and a multiset ``P`` of values strictly
    inside, with ``Q = w t - D(P)``, ``D(P) = sum(p * (w - p))``. The
    tables below hold the ``D`` that multisets ``P`` attain (bit ``D`` of a
    Python int, or the least ``D`` of a class), for ``D < (w**3 - w) / 6``
    only. They do not depend on ``n`` or ``t``, are built lazily and kept
    per ``w`` (see :func:`_near_max`).
    """

    def __init__(self, w: int) -> None:
        self.w = w
        self.mask = (1 << (w**3 - w) // 6) - 1
        self.costs = [(p, p * (w - p)) for p in range(1, w)]
        # by_sum[s]: D of the multisets with sum s (of any size);
        # below[s]: union of by_sum[s], by_sum[s - w], by_sum[s - 2w], ...
        self.by_sum = [1]
        self.below = [1]
        # layers[k][s]: D of the multisets of size k and sum s.
        self.layers = [{0: 1}]
        self._least: list[int | None] | None = None

    def below_sum(self, s: int) -> int:
        """D of the multisets with sum at most ``s`` and ``= s`` modulo ``w``."""
        by_sum, below, w, mask = self.by_sum, self.below, self.w, self.mask
        for t in range(len(by_sum), s + 1):
            bits = 0
            for p, f in self.costs:
                if p > t:
                    break
                bits |= by_sum[t - p] << f
            bits &= mask
            by_sum.append(bits)
            below.append(bits | below[t - w] if t >= w else bits)
        return below[s]

    def layer(self, k: int) -> dict[int, int]:
        """``{s: D of the multisets of size k and sum s}``."""
        layers, mask = self.layers, self.mask
        while len(layers) <= k:
            grown: dict[int, int] = {}
            for s, bits in layers[-1].items():
                for p, f in self.costs:
                    shifted = (bits << f) & mask
                    if shifted:
                        grown[s + p] = grown.get(s + p, 0) | shifted
            layers.append(grown)
        return layers[k]

    def unbounded(self, d: int, r: int) -> bool:
        """Whether some multiset with sum ``= r`` (mod ``w``) has ``D = d``.

        Adding the pair ``{1, w - 1}`` keeps the sum modulo ``w`` and adds
        ``g = 2 (w - 1)`` to ``D``; so the attained ``D`` of each class
        modulo ``g`` are all values from the class's least one up, and the
        least ones (a shortest-path search over the ``w * g`` classes,
        Dijkstra's) decide.
        """
        w = self.w
        g = 2 * (w - 1)
        if self._least is None:
            least: list[int | None] = [None] * (w * g)
            least[0] = 0
            heap = [(0, 0)]
            while heap:
                dist, state = heapq.heappop(heap)
                if dist != least[state]:
                    continue
                rest, cls = divmod(state, g)
                for p, f in self.costs:
                    nxt = (rest + p) % w * g + (cls + f) % g
                    if least[nxt] is None or dist + f < least[nxt]:
                        least[nxt] = dist + f
                        heapq.heappush(heap, (dist + f, nxt))
            self._least = least
        m = self._least[r % w * g + d % g]
        return m is not None and m <= d


@functools.lru_cache(maxsize=64)
def _near_max(w: int) -> _NearMax:
    return _NearMax(w)


def _bounded_sample(n: int, w: int, t: int, q_low: int, q_high: int) -> bool:
    """Whether ``n`` integers in ``[0, w]`` with sum ``t`` can have a sum of
    squares in ``[q_low, q_high]`` (exact; the proof is in :func:`grimmer`)."""
    if not 0 <= t <= n * w:
        return False
    whole, extra = divmod(t, n)
    q_min = n * whole * whole + extra * (2 * whole + 1)  # values as equal as possible
    tops, rest = divmod(t, w) if w else (0, 0)
    q_max = tops * w * w + rest * rest  # as many values w as possible
    low = max(q_low, q_min)
    low += (low - t) % 2  # z**2 = z (mod 2)
    high = min(q_high, q_max)
    if low > high:
        return False
    if low <= w * t - (w**3 - w) // 6:
        return True  # every Q of the parity of t from q_min up to there
    # Near the maximum: Q = w t - D(P) with D(P) < (w**3 - w) / 6, where P
    # (sum s, size k) must leave room for the values w, (t - s) / w of
    # them, and the zeros: s = t (mod w), s <= t and u = w k - s <= w n - t.
    d_low, d_high = w * t - high, w * t - low
    near = _near_max(w)
    room = min(t, n * w - t)
    # s <= D(P) and u <= D(P): up to D = room the limits cannot bind.
    top = min(d_high, room)
    for d in range(top, max(d_low, top - 2 * (w - 1) + 1) - 1, -1):
        if near.unbounded(d, t):
            return True
    if d_high <= room:
        return False
    # Above the room, look for a sample built from one with D(P') below the
    # room left, plus i blocks of w ones (each adding w to s, w (w - 1) to u
    # and to D) and j pairs {h, w - h} (adding w to s and u, 2 h (w - h) to
    # D), after z -> w - z if that makes t the smaller room (it keeps D and
    # swaps s with u, t with w n - t). A match is a sample; no match proves
    # nothing, and the tables below decide. Small w skip this: their tables
    # cost less than the search.
    t = min(t, n * w - t)
    spare = n * w - t
    h = w // 2
    pair, block = 2 * h * (w - h), w * (w - 1)
    if w > 20:
        for d in range(d_high, max(d_low, room + 1, d_high - 2 * (w - 1) - 1) - 1, -1):
            for i in range(min(d // block, t // w, spare // block) + 1):
                rest, most = d - i * block, min(t - i * w, spare - i * block)
                first = max(0, -(-(rest - most) // (pair - w)))
                for j in range(first, min(rest // pair, first + w) + 1):
                    if near.unbounded(rest - j * pair, t):
                        return True
    window = (1 << (d_high - d_low + 1)) - 1
    if d_high <= spare:
        # u cannot bind; the inside values must sum to at most t.
        return (near.below_sum(t) >> d_low) & window != 0
    for k in range(min(n, d_high // (w - 1)) + 1):
        for s, bits in near.layer(k).items():
            if s <= t and (t - s) % w == 0 and k + (t - s) // w <= n and (bits >> d_low) & window:
                return True
    return False


def _grimmer_reason(
    x: str,
    sd: str,
    n: object,
    items: object,
    rounding: str,
    threshold: int,
    scale: object = None,
) -> str:
    """The first failing GRIMMER step ("grim", "sd_range", "parity",
    "scale"), or ""."""
    _check_rounding(rounding, threshold)
    # Cached ends for printed strings; anything else goes to the uncached
    # functions, which raise the errors.
    mean_ends = _mean_ends if type(x) is str else _mean_ends.__wrapped__
    sd_ends = _sd_square_ends if type(sd) is str else _sd_square_ends.__wrapped__
    mp, mq, m_closed_low, mr, ms, m_closed_high = mean_ends(x, rounding, threshold)
    lp, lq, closed_low, up, uq, closed_high = sd_ends(sd, rounding, threshold)
    n = _as_count(n, "n", minimum=2)
    items = _as_count(items, "items")
    bounds = None if scale is None else _scale_pair(scale)
    total = n * items
    # GRIM: the integer sums S with S / total in [mp/mq, mr/ms].
    first = -(-total * mp // mq) if m_closed_low else total * mp // mq + 1
    last = total * mr // ms if m_closed_high else -(-total * mr // ms) - 1
    if first > last:
        return "grim"
    # Q - S**2 / n = (n - 1) * var(y), and var(y) = items**2 * var(score):
    # Q lies in S**2 / n + [a/b, c/e], [a/b, c/e] = factor * [L**2, U**2].
    factor = (n - 1) * items * items
    a, b, c, e = factor * lp, lq, factor * up, uq

    def q_range(s: int) -> tuple[int, int]:
        # The ends S**2/n + a/b are compared as integers (S**2 b + a n) / (n b).
        low, high = s * s * b + a * n, s * s * e + c * n
        q_first = -(-low // (n * b)) if closed_low else low // (n * b) + 1
        q_last = high // (n * e) if closed_high else -(-high // (n * e)) - 1
        return q_first, q_last

    # width = c/e - a/b; above 2 (or 2 with a closed end) every shifted copy
    # holds two consecutive integers, one of each parity.
    width_num, width_den = c * b - a * e, 2 * b * e
    if width_num > width_den or (width_num == width_den and (closed_low or closed_high)):
        reason = ""
    else:
        # S -> S + n shifts the Q interval by the integer 2S + n and keeps
        # the parity of Q - S, so n consecutive sums decide for all of them.
        reason = "sd_range"
        for s in range(first, min(last, first + n - 1) + 1):
            q_first, q_last = q_range(s)
            if q_first > q_last:
                continue
            if q_last > q_first or (q_first - s) % 2 == 0:
                reason = ""
                break
            reason = "parity"
    if reason or bounds is None:
        return reason
    # The scale: n integers y in [lo_y, lo_y + w], z = y - lo_y in [0, w],
    # sum t = S - n lo_y and sum of squares Q - n lo_y**2 - 2 lo_y t.
    lo_y, hi_y = items * bounds[0], items * bounds[1]
    w = hi_y - lo_y
    for s in range(max(first, n * lo_y), min(last, n * hi_y) + 1):
        q_first, q_last = q_range(s)
        if q_first > q_last:
            continue
        t = s - n * lo_y
        shift = n * lo_y * lo_y + 2 * lo_y * t
        if _bounded_sample(n, w, t, q_first - shift, q_last - shift):
            return ""
    return "scale"


def grimmer(
    x: str,
    sd: str,
    n: int,
    *,
    items: int = 1,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> bool:
    """GRIMMER test: can a mean and an SD of integer data print as ``x``, ``sd``?

    Parameters
    ----------
    x : str
        The reported mean, as printed ("3.00" has 2 decimals).
    sd : str
        The reported sample standard deviation, as printed (>= 0).
    n : int
        Sample size (>= 2; the sample SD needs two values).
    items : int, default 1
        Number of integer items averaged per respondent.
    rounding : str, default "up_or_down"
        One of :data:`ROUNDING_MODES`, for both the mean and the SD.
    threshold : int, default 5
        Digit 1..9 for the ``*_from`` modes.
    scale : (int, int), optional
        Lowest and highest possible score of one item, e.g. ``(1, 5)``. A
        respondent's item sum then lies in ``[items * lo, items * hi]`` and
        the test becomes exact (see Notes). Without it the test is the
        analytic one, a necessary condition only.

    Returns
    -------
    bool
        True if consistent. Without ``scale``: no contradiction was found
        (which does not mean that a sample exists). With ``scale``: some
        ``n`` integers on the scale have this mean and SD.

    Raises
    ------
    TypeError
        If ``x`` or ``sd`` is not a str, or ``n``, ``items`` or a ``scale``
        end not an integer.
    ValueError
        If a string is not a plain decimal, ``sd`` is negative, ``n < 2``,
        ``items < 1``, ``scale`` is not a pair ``lo <= hi``, or the rounding
        mode or threshold is unknown.

    See Also
    --------
    grimmer_map : the same for every row of a frame, with the failing step.
    grim, debit

    Notes
    -----
    *Analytic steps* (Allard's GRIMMER, in exact arithmetic). Each
    respondent's item sum ``y_i = items * score_i`` is an integer; let
    ``S = sum(y_i)`` and ``Q = sum(y_i**2)``. Then the mean is
    ``S / (n * items)`` and the sample variance of the ``y_i`` is
    ``(Q - S**2 / n) / (n - 1)``, so the SD of the scores is that SD divided
    by ``items``. With ``U(.)`` the :func:`unround` interval and
    ``[L, U] = items * U(sd)`` (cut at 0), the case passes iff, for some
    integer ``S``:

    1. ``S / (n * items)`` is in ``U(x)`` (GRIM; step ``"grim"``);
    2. some integer ``Q`` lies in
       ``[S**2 / n + (n - 1) * L**2, S**2 / n + (n - 1) * U**2]``, with the
       ends open or closed as those of ``U(sd)`` (step ``"sd_range"``);
    3. such a ``Q`` has the parity of ``S``, since ``y**2 = y`` modulo 2
       (step ``"parity"``).

    These steps check the two sums, not that ``n`` integers with those sums
    exist, and know no bounds: ``n = 2``, mean "2.00", SD "2.00" passes
    (``S = 4``, ``Q = 12``), yet ``y_1 + y_2 = 4``, ``y_1**2 + y_2**2 = 12``
    needs ``2 +- sqrt(2)``.

    *The scale step* (``scale`` given; step ``"scale"``). Shift to
    ``z_i = y_i - items * lo`` in ``[0, w]``, ``w = items * (hi - lo)``,
    with sum ``t`` and sum of squares ``q``. The case is consistent iff for
    some ``S`` of step 1 a ``q`` of step 2 is the sum of squares of ``n``
    integers in ``[0, w]`` with sum ``t``. The attainable ``q`` for a given
    ``t`` are exactly:

    * every ``q`` of the parity of ``t`` from ``q_min`` (values as equal as
      possible) up to ``w t - (w**3 - w) / 6``. Proof: start at the most
      equal sample and, while two values ``u, u`` with ``0 < u < w`` are
      equal, replace them by ``u - 1, u + 1``: the sum stays and ``q`` grows
      by exactly 2. When this stops, the values strictly inside ``(0, w)``
      are distinct, and since ``z**2 = w z - z (w - z)``,
      ``q = w t - sum(z (w - z)) >= w t - sum(p (w - p) for p in 1..w-1)
      = w t - (w**3 - w) / 6``. The walk passed every ``q`` on the way.
    * above that, ``q = w t - D`` where ``D = sum(p (w - p))`` over the
      multiset ``P`` of inside values (only they contribute), ``D <
      (w**3 - w) / 6``. A sample is ``P`` (sum ``s``, size ``k``) with
      ``(t - s) / w`` values ``w`` and zeros for the rest, so ``D`` is
      attainable iff some ``P`` has ``s = t`` (mod ``w``), ``s <= t`` and
      ``w k - s <= w n - t``. Tables of the ``D`` of all such ``P`` (bits
      of Python ints, by sum, or by size and sum) are built once per
      ``w``. Where the last two limits cannot bind (``D <= min(t,
      w n - t)``, as ``s <= D`` and ``w k - s <= D``), only ``s`` modulo
      ``w`` matters; adding the pair ``{1, w - 1}`` keeps it and adds
      ``2 (w - 1)`` to ``D``, so per class of ``D`` modulo ``2 (w - 1)`` all
      values from the least one up are attained, and a shortest-path
      search over the ``2 w (w - 1)`` classes finds the least ones. For
      ``w > 20`` an explicit sample (such a ``P`` plus blocks of ``w`` ones
      and pairs ``{w // 2, w - w // 2}``) is tried before the tables; it is
      checked against all three limits, so a match is a real sample.

    Nothing is sampled at random or approximated. Cost: a few integer
    operations per candidate ``S`` unless the SD is within
    ``(w**3 - w) / 6`` of the largest sum of squares; there, tables that
    depend only on ``w`` are built once and kept: at most about 0.1 s for
    ``w`` up to 40 (e.g. ten 1-5 items). For wider ranges (``w`` of 60 to
    100, e.g. a 0-100 score) a case whose SD is close to the largest one
    possible for its mean, with the mean near an end of the scale or ``n``
    small, can take seconds to a minute the first time.

    References
    ----------
    Anaya, J. (2016). The GRIMMER test: A method for testing the validity of
    reported measures of variability. *PeerJ Preprints* 4:e2400v1.
    Allard, A. (2018). Analytic-GRIMMER: a new way of testing the
    possibility of standard deviations (blog post).
    scrutiny's ``grimmer()`` (Jung), which computes in floating point.

    Examples
    --------
    Five integers with mean 3.00 and SD 1.00: (2, 2, 3, 4, 4) has ``S = 15``
    and ``Q = 49``, and ``(49 - 225/5) / 4 = 1``.

    >>> grimmer("3.00", "1.00", 5), grimmer("3.00", "1.00", 5, scale=(1, 5))
    (True, True)

    SD 1.12 needs ``Q`` in ``45 + 4 * [1.115**2, 1.125**2] =
    [49.97, 50.06]``: ``Q = 50`` is even while ``S = 15`` is odd. SD 1.10
    needs ``Q`` in ``[49.80, 49.88]``, which holds no integer.

    >>> grimmer("3.00", "1.12", 5), grimmer("3.00", "1.10", 5)
    (False, False)

    Two items per respondent: item sums (4, 5, 6) give scores 2, 2.5, 3.

    >>> grimmer("2.50", "0.50", 3, items=2), grimmer("2.50", "0.50", 3)
    (True, False)

    Passes the analytic steps, but no two integers have sum 4 and sum of
    squares 12; and (0, 2), mean 1.00 and SD 1.41, is off a 1-5 scale.

    >>> grimmer("2.00", "2.00", 2), grimmer("2.00", "2.00", 2, scale=(1, 5))
    (True, False)
    >>> grimmer("1.00", "1.41", 2), grimmer("1.00", "1.41", 2, scale=(1, 5))
    (True, False)

    The largest SD on 1-5 with mean 3.00 and ``n = 4``, (1, 1, 5, 5):
    ``sqrt(16 / 3) = 2.3094``.

    >>> grimmer("3.00", "2.31", 4, scale=(1, 5)), grimmer("3.00", "2.32", 4, scale=(1, 5))
    (True, False)
    """
    return _grimmer_reason(x, sd, n, items, rounding, threshold, scale) == ""


@dataclass(frozen=True)
class GrimmerResult:
    """What :func:`grimmer_result` finds: ``consistent``, and the first failing step (``reason``, ``""`` when consistent).

    ``reason`` is ``"grim"`` (no whole-number sum gives the mean), ``"sd_range"``
    (no sum of squares gives the SD), ``"parity"`` (the sums of squares that
    give the SD have the wrong parity) or ``"scale"`` (no sample on the
    scale gives both).  A result is true when consistent, as :func:`grimmer` is.
    """

    consistent: bool
    reason: str

    def __bool__(self) -> bool:
        return self.consistent


def grimmer_result(
    x: str,
    sd: str,
    n: int,
    *,
    items: int = 1,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> GrimmerResult:
    """:func:`grimmer` with the reason of an inconsistency (scrutiny keeps the same
    pair: a scalar test and a result that says which step failed).

    Examples
    --------
    >>> grimmer_result("5.19", "1.20", 28)
    GrimmerResult(consistent=False, reason='grim')
    >>> grimmer_result("2.00", "2.00", 2, scale=(1, 5)).reason
    'scale'
    """
    reason = _grimmer_reason(x, sd, n, items, rounding, threshold, scale)
    return GrimmerResult(reason == "", reason)


def _map_with_reasons(
    data: pd.DataFrame, columns: Sequence[str], reason_of
) -> pd.DataFrame:
    """Copy of ``data`` with ``consistency`` and ``reason`` from ``reason_of(*row)``."""
    for column in columns:
        if column not in data.columns:
            raise ValueError(f"column {column!r} not found in data")
    for added in ("consistency", "reason"):
        if added in data.columns:
            raise ValueError(f"data already has a {added!r} column; drop or rename it first")
    reasons = []
    for label, *values in zip(data.index, *(data[column] for column in columns)):
        try:
            reasons.append(reason_of(*values))
        except (TypeError, ValueError) as error:
            raise type(error)(f"row {label!r}: {error}") from error
    out = data.copy()
    out["consistency"] = pd.Series([r == "" for r in reasons], index=data.index, dtype=bool)
    out["reason"] = pd.Series(reasons, index=data.index, dtype=object)
    return out


def grimmer_map(
    data: pd.DataFrame,
    *,
    x: str = "x",
    sd: str = "sd",
    n: str = "n",
    items: int = 1,
    rounding: str = "up_or_down",
    threshold: int = 5,
    scale: tuple[int, int] | None = None,
) -> pd.DataFrame:
    """GRIMMER-test every row of a frame.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per reported mean and SD. Not modified.
    x, sd : str, default "x", "sd"
        Columns of reported means and SDs as printed strings.
    n : str, default "n"
        Column of sample sizes (integers; integral floats accepted).
    items, rounding, threshold, scale
        As in :func:`grimmer`; scalars applied to every row.

    Returns
    -------
    pandas.DataFrame
        A copy of ``data`` with two columns added:

        ``consistency`` : bool
            :func:`grimmer` verdict.
        ``reason`` : str
            The first step that fails: ``"grim"`` (no integer sum gives the
            mean), ``"sd_range"`` (no integer sum of squares gives the SD),
            ``"parity"`` (only sums of squares of the wrong parity do),
            ``"scale"`` (the analytic steps pass, but no ``n`` integers on
            the ``scale`` have this mean and SD; only with ``scale``);
            ``""`` when consistent.

    Raises
    ------
    ValueError
        If a column is missing, ``data`` already has a ``consistency`` or
        ``reason`` column, or a row is invalid (the row label is named).

    See Also
    --------
    grimmer, audit

    Examples
    --------
    >>> import pandas as pd
    >>> from dangjian.engine.consistency import map_summary
    >>> df = pd.DataFrame({"x": ["3.00", "3.00", "3.00", "3.10"],
    ...                    "sd": ["1.00", "1.10", "1.12", "1.00"], "n": 5})
    >>> grimmer_map(df)
          x    sd  n  consistency    reason
    0  3.00  1.00  5         True
    1  3.00  1.10  5        False  sd_range
    2  3.00  1.12  5        False    parity
    3  3.10  1.00  5        False      grim
    >>> map_summary(grimmer_map(df))
       cases  inconsistent  rate
    0      4             3  0.75

    On a 1-5 scale: mean 2.00 and SD 2.00 of two answers would need
    ``2 +- sqrt(2)``; (1, 3) gives SD 1.41.

    >>> pairs = pd.DataFrame({"x": ["2.00", "2.00"], "sd": ["2.00", "1.41"], "n": 2})
    >>> grimmer_map(pairs)
          x    sd  n  consistency reason
    0  2.00  2.00  2         True
    1  2.00  1.41  2         True
    >>> grimmer_map(pairs, scale=(1, 5))
          x    sd  n  consistency reason
    0  2.00  2.00  2        False  scale
    1  2.00  1.41  2         True
    """
    _check_rounding(rounding, threshold)
    if scale is not None:
        scale = _scale_pair(scale)  # a bad scale is no row's fault
    return _map_with_reasons(
        data,
        (x, sd, n),
        lambda mean, spread, size: _grimmer_reason(
            mean, spread, size, items, rounding, threshold, scale
        ),
    )
