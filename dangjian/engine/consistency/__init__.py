"""Consistency checks for reported numbers: GRIM, GRIMMER, DEBIT, rounding, sums and ratios.

A Python counterpart of the R package scrutiny (Jung), written from the
mathematics with exact arithmetic. Reported numbers are taken as the strings
printed in the report, because "72.90" and "72.9" carry different
information: the number of decimals fixes the rounding interval.

Three layers, named like scrutiny's:

* scalar tests: :func:`grim`, :func:`grimmer` (mean and SD of integer
  data), :func:`debit` (mean and SD of binary data), :func:`percent_of`,
  :func:`sum_check`, :func:`ratio_of_rounded`, :func:`part_of_base`,
  :func:`answers_vs_forms` (answers against forms, item non-response
  allowed) and :func:`smallest_n` (the fewest respondents a share needs);
* maps over a tidy frame: :func:`grim_map`, :func:`grimmer_map`,
  :func:`debit_map`, :func:`sum_map` (a new frame that keeps every column of
  the input and adds a ``consistency`` column);
* :func:`map_summary`, a one-row summary of any map result (scrutiny's ``audit()``).

One family per module: :mod:`.rounding` (the machinery below), :mod:`.grim`,
:mod:`.grimmer`, :mod:`.debit`, :mod:`.sums` (sums, ratios, parts and
answers) and :mod:`.summary`.  Both audits, the curated one of the bundled
report (:mod:`dangjian.compendium.checks`) and ``dangjian audit``
(:mod:`dangjian.engine.kinds`), call these functions, or (in
its scans over thousands of candidate bases, :func:`grim_fits`,
:func:`fitting_bases` and :func:`round_ratio`) the same integer core
of :mod:`.rounding` and :mod:`.grim` that they are built on.

The rounding machinery underneath is public as well: :func:`reround` (exact
value -> printed string(s)), :func:`unround` (printed string -> interval of
exact values) and :func:`rounding_convention` (which rounding mode explains
a set of printed numbers).

Rounding modes (:data:`ROUNDING_MODES`)
---------------------------------------
All modes act on exact :class:`fractions.Fraction` values; binary floats are
never used for a verdict. Write ``t`` for the value times ``10**digits``.

``"up"``
    Half up, i.e. half away from zero: 2.25 -> 2.3, -2.25 -> -2.3.
``"down"``
    Half down, i.e. toward zero at the tie: 2.25 -> 2.2, -2.25 -> -2.2.
``"up_or_down"``
    Either at a tie (two strings); the charitable default.
``"even"``
    Half to even (banker's rounding), on exact decimals: 2.675 -> 2.68.
``"ceiling"``, ``"floor"``
    Toward plus / minus infinity.
``"trunc"``, ``"anti_trunc"``
    Toward / away from zero.
``"ceiling_or_floor"``
    Either of the two (two strings unless ``t`` is an integer).
``"up_from"``, ``"down_from"``
    scrutiny's ``round_up_from()`` and ``round_down_from()`` with
    ``threshold=k`` (1..9), applied to the magnitude ``|t|``:

    * ``up_from``: ``floor(|t| + (1 - k/10))``, i.e. up when the dropped
      part ``r`` is ``>= k/10``;
    * ``down_from``: ``ceiling(|t| - (1 - k/10))``, i.e. down when
      ``r <= 1 - k/10``. It is the mirror image of ``up_from``, as in
      scrutiny, whose signed functions have
      ``round_down_from(x) = -round_up_from(-x)``.

    With ``k=5`` they are ``"up"`` and ``"down"``. Worked example, 2.35 to
    one decimal (``t = 23.5``) with ``k=4``: ``up_from`` gives
    ``floor(23.5 + 0.6) = 24`` (2.4) and ``down_from`` gives
    ``ceiling(23.5 - 0.6) = ceiling(22.9) = 23`` (2.3); ``down_from`` with
    ``k=4`` rounds down up to ``r = 0.6`` (2.36 -> 2.3, 2.361 -> 2.4).
    (Versions of this module before issue 16 rounded ``down_from`` down for
    ``r <= k/10``, which is scrutiny's ``10 - k``; results with ``k != 5``
    from them differ.)
``"up_from_or_down_from"``
    Either of the two, as scrutiny's ``reround()`` returns both: two
    strings where they differ, i.e. for ``k/10 <= r <= 1 - k/10`` when
    ``k < 5`` (2.35 with ``k=4`` -> 2.4 or 2.3), for ``1 - k/10 < r < k/10``
    when ``k > 5``, and only at the tie ``r = 1/2`` when ``k = 5``.

Differences from scrutiny
-------------------------
* **Exact ties.** scrutiny computes in binary floating point and, to stop
  representation error from breaking ties, compares with a small tolerance
  (e.g. the ``tolerance = .Machine$double.eps^0.5`` argument of its
  ``grim()``, and a threshold nudged by the same amount in
  ``round_up_from()``). It is therefore more tolerant at and near exact
  ties. Here every value is an exact fraction: a tie is a tie only when it
  is exactly one, and a value a hair off a tie rounds as it should.
* **Percentages are bounded.** ``grim(x, n, percent=True)`` asks for an
  integer count ``k`` with ``0 <= k <= n``; scrutiny does not bound ``k``, so
  "101%" (or "100.5" with n=200, which needs k=201) is consistent there and
  inconsistent here.
* **Bounded sums.** ``grim(..., scale=(lo, hi))`` additionally bounds the
  integer sum of the responses; scrutiny has no such option.
* **Negative numbers.** ``"up"``, ``"down"``, ``"up_from"``, ``"down_from"``
  and ``"even"`` are symmetric about zero (they act on the magnitude).
  scrutiny's default ``symmetric = FALSE`` rounds negative ties of ``"up"``
  toward plus infinity (-2.5 -> -2).
* **Negative zero.** "-0.0" is read as zero and :func:`reround` never prints
  a minus sign before zero.
* **Scalar arguments in maps.** ``items``, ``percent`` and ``rounding`` of
  :func:`grim_map` (and of the other maps) are scalars for the whole frame,
  not column names.
* **unround(digits=) keeps the value.** ``unround("4.50", digits=1)`` is
  ``[4.45, 4.55]`` as in scrutiny, but a ``digits`` that would drop a
  nonzero digit (``unround("4.56", digits=1)``) is an error here: 4.56 is
  not a one-decimal number, and scrutiny's answer, 4.56 +- 0.05, is the
  interval of no rounding.
* **DEBIT needs a whole count.** :func:`debit` asks for an integer number of
  ones ``k`` whose mean ``k/n`` rounds to the reported mean; scrutiny's
  ``debit()`` takes the SD over the whole rounding interval of the mean, so
  a binary mean that fails GRIM can pass there.
* **Exact GRIMMER.** :func:`grimmer` is Allard's analytic test in exact
  arithmetic; scrutiny's ``grimmer()`` computes in floating point with a
  tolerance. With ``scale=(lo, hi)`` it is exact in the stronger sense too:
  consistent iff some ``n`` integers on the scale print as the reported
  mean and SD (scrutiny has no such option).

References
----------
.. [1] Brown, N. J. L., & Heathers, J. A. J. (2017). The GRIM test: A simple
   technique detects numerous anomalies in the reporting of results in
   psychology. *Social Psychological and Personality Science*, 8(4), 363-369.
   https://doi.org/10.1177/1948550616673876
.. [2] Jung, L. scrutiny: Error detection in science. R package.
   https://lhdjung.github.io/scrutiny/
.. [3] The report's head counts and shares, e.g. "有 202 人,占 65.16%" of 310
   respondents.
.. [4] Anaya, J. (2016). The GRIMMER test: A method for testing the validity
   of reported measures of variability. *PeerJ Preprints* 4:e2400v1.
   https://doi.org/10.7287/peerj.preprints.2400v1
.. [5] Allard, A. (2018). Analytic-GRIMMER: A new way of testing the
   possibility of standard deviations. Blog post (web).
.. [6] Heathers, J. A. J., & Brown, N. J. L. (2019). DEBIT: A simple
   consistency test for binary data. Preprint (OSF).
"""

from __future__ import annotations

from .debit import DebitResult, debit, debit_map, debit_result
from .grim import fitting_bases, grim, grim_fits, grim_map, smallest_n
from .grimmer import GrimmerResult, grimmer, grimmer_map, grimmer_result
from .rounding import ROUNDING_MODES, Interval, reround, round_ratio, rounding_convention, unround
from .summary import map_summary
from .sums import AnswersCheck, PercentCheck, RatioCheck, SumCheck, answers_vs_forms, part_of_base, percent_of, ratio_of_rounded, sum_check, sum_map

__all__ = [
    "ROUNDING_MODES",
    "Interval",
    "PercentCheck",
    "SumCheck",
    "RatioCheck",
    "reround",
    "unround",
    "grim",
    "grim_map",
    "grim_fits",
    "fitting_bases",
    "smallest_n",
    "grimmer",
    "grimmer_result",
    "GrimmerResult",
    "grimmer_map",
    "debit",
    "debit_result",
    "DebitResult",
    "debit_map",
    "round_ratio",
    "percent_of",
    "part_of_base",
    "answers_vs_forms",
    "AnswersCheck",
    "sum_check",
    "sum_map",
    "rounding_convention",
    "ratio_of_rounded",
    "map_summary",
]
