"""``regression``: a regression's coefficients against their t, and a mediation's effects against each other.

A paper prints a coefficient with its standard error and t, in a sentence
("B=0.511,SE=0.044,β=0.47,t=9.261,P<0.001") or as a table's rows under the
header B · SE · β · t · P; and a mediation analysis its indirect, direct and
total effects and the share of the total that the indirect effect is
("间接效应值为-0.161 … 直接效应值为-0.175,总效应值为-0.336,间接效应占总效应的47.9%").
Both obey definitions, whatever the data: a coefficient's t is B / SE, and
the total effect is the direct plus the indirect one.

Reader (:func:`regression_numbers`, used by :mod:`dangjian.engine.extract`
beside :func:`dangjian.engine.papers.find_paper_numbers`)
    B, SE and β as claims of kind ``coefficient`` (each with the start of
    its t); a table's t and P as a test and its p (whose df is the residual
    df of the F printed under the table, "F(3,482)", or else N − k − 1 with
    the N of its caption, "(N=352)", and its k predictors); the
    effects as ``coefficient`` claims and the share as a ``percent``.

Judge
    ``t_of_coefficient``: B / SE over the rounding of both (each ± half a unit
    of its last digit) against the printed t, over its own rounding:
    ``consistent`` inside, ``inconsistent`` outside.  ``effects_sum``: direct
    plus indirect against the total, within the rounding of the three;
    ``mediated_share``: the printed share against indirect / total over the
    rounding of both.  Outside: ``inconsistent``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..consistency import reround
from ..judging import make_check
from ..papers import PaperNumber
from ..records import ClaimList, Group
from ..results import Check
from ..shares import half_unit

__all__ = ["RegressionGroup", "MediationGroup", "regression_numbers", "find", "judge"]

_DEC = r"-?\d*\.\d+"
#: "B=0.511,SE=0.044,β=0.47,t=9.261": the coefficient, its SE and β, right before a t.
_COEF_TEXT = re.compile(
    rf"(?<![A-Za-z])[Bb]\s*[=＝]\s*(?P<b>{_DEC})\s*[,，;；]\s*(?:SE|S\.E\.|se|标准误)\s*[=＝]\s*(?P<se>\d*\.\d+)"
    rf"(?:\s*[,，;；]\s*(?:β|Beta|beta)\s*[=＝]\s*(?P<beta>{_DEC}))?\s*[,，;；]\s*(?=t\s*[=＝])"
)
#: A regression table's header: B, SE, β (or none), t, P.
_TABLE_HEAD = re.compile(r"(?<![A-Za-z])B\s*(?:SE|S\.E\.|标准误)\s*(?P<beta>β|Beta|标准化系数)?\s*t\s*(?:P|p|Sig\.?|显著性)(?![A-Za-z])")
_CELL = re.compile(r"(?P<p>[<>≤≥＜＞]\s*\d*\.\d+)|(?P<num>-?\d*\.\d+|-?\d+)|(?P<word>[^\s\d<>≤≥＜＞\-.]+)")
_CONSTANT = re.compile(r"常量|常数项|截距|[Cc]onstant|[Ii]ntercept")
_CAPTION_N = re.compile(r"[(（]\s*[Nn]\s*[=＝]\s*(?P<n>\d{1,6})\s*[)）]")
_F_AFTER = re.compile(r"F\s*[(（]\s*(?P<k>\d+)\s*[,，]\s*(?P<df>\d+)\s*[)）]")
_EFFECT = re.compile(rf"(?P<what>间接效应|中介效应|直接效应|总效应)(?:值|量|大小)?\s*(?:为|=|＝|是)\s*(?P<v>{_DEC})(?![\d.])")
_SHARE = re.compile(r"(?:间接|中介)效应(?:值)?占总效应(?:的)?(?:比例|比重)?(?:为|达|是)?\s*(?P<p>\d+(?:\.\d+)?)\s*[%％]")
_ROLE = {"间接效应": "indirect", "中介效应": "indirect", "直接效应": "direct", "总效应": "total"}


def regression_numbers(text: str) -> list[PaperNumber]:
    """The coefficients, the regression tables' t and P, and the mediation effects of a text.

    >>> [(x.kind, x.value, x.extra.get("role")) for x in regression_numbers("回归(B=0.511,SE=0.044,β=0.47,t=9.261,P<0.001)。")]
    [('coefficient', '0.511', 'B'), ('coefficient', '0.044', 'SE'), ('coefficient', '0.47', 'beta')]
    """
    out: list[PaperNumber] = []
    if "SE" in text or "标准误" in text or "S.E." in text:
        for m in _COEF_TEXT.finditer(text):
            for role, name in (("B", "b"), ("SE", "se"), ("beta", "beta")):
                if m.group(name):
                    out.append(PaperNumber("coefficient", m.start(name), m.end(name), m.group(name), m.group(name), "", {"role": role, "t_start": m.end()}))
        for head in _TABLE_HEAD.finditer(text):
            out += _table(text, head)
        for head in _MODELS_HEAD.finditer(text):
            out += _models_table(text, head)
        for head in _WALD_HEAD.finditer(text) if "Wald" in text else ():
            out += _wald_table(text, head)
    if "效应" in text:
        for m in _EFFECT.finditer(text):
            out.append(PaperNumber("coefficient", m.start("v"), m.end("v"), m.group("v"), m.group("v"), "", {"role": _ROLE[m.group("what")]}))
        for m in _SHARE.finditer(text):
            out.append(PaperNumber("percent", m.start("p"), m.end(), m.group("p") + "%", m.group("p"), "%", {"role": "mediated_share"}))
    return sorted(out, key=lambda x: x.start)


def _table(text: str, head: re.Match) -> list[PaperNumber]:
    """The rows of a regression table after its header: a label, then B, SE, (β,) t and P; the table ends at the first
    stretch that is no such row."""
    full = 5 if head.group("beta") else 4
    cells = list(_CELL.finditer(text, head.end(), min(len(text), head.end() + 1500)))
    rows = []
    k = 0
    while k < len(cells):
        if not cells[k].group("word"):
            break
        label = cells[k].group()
        k += 1
        # the constant's row has no β: B, SE, t, P
        width = full - 1 if full == 5 and _CONSTANT.search(label) else full
        row = cells[k : k + width]
        if len(row) < width or any(c.group("word") for c in row) or not all(c.group("num") and "." in c.group() for c in row[:-1]) \
                or not (row[-1].group("p") or (row[-1].group("num") and "." in row[-1].group())):
            break
        rows.append((label, row, width))
        k += width
    if not rows:
        return []
    end = rows[-1][1][-1].end()
    f = _F_AFTER.search(text, end, end + 120)
    caption = list(_CAPTION_N.finditer(text, max(0, head.start() - 60), head.start()))
    predictors = sum(1 for label, _, _ in rows if not _CONSTANT.search(label))
    out = []
    for label, row, width in rows:
        t, p = row[-2], row[-1]
        extra = {"row": label, "t_start": t.start()}
        for role, c in zip(("B", "SE", "beta") if width == 5 else ("B", "SE"), row, strict=False):
            out.append(PaperNumber("coefficient", c.start(), c.end(), c.group(), c.group(), "", {"role": role, **extra}))
        test_extra = {"stat": "t", "df1": None, "df2": None, "row": label}
        if f is not None:
            test_extra.update(df1=f.group("df"), df_how={"key": "df_regression", "df": int(f.group("df")), "f": f.group()})
        elif caption and int(caption[-1].group("n")) > predictors + 1:
            n = int(caption[-1].group("n"))
            test_extra.update(df1=str(n - predictors - 1), df_how={"key": "df_regression_n", "df": n - predictors - 1, "n": n, "k": predictors})
        out.append(PaperNumber("test", t.start(), t.end(), t.group(), t.group(), "", test_extra))
        value = re.sub(r"^[<>≤≥＜＞]\s*", "", p.group())
        op = {"＜": "<", "＞": ">", "≤": "<=", "≥": ">="}.get(p.group()[0], p.group()[0]) if p.group("p") else "="
        out.append(PaperNumber("p", p.start(), p.end(), p.group(), value, "", {"op": op, "test_start": t.start()}))
    return out


#: A hierarchical regression's header, models side by side: "变量 模型1(B SE β t) 模型2(B SE β t)".
_MODELS_HEAD = re.compile(r"(?:(?:模型|Model\s*)\d\s*[(（]\s*B\s*(?:SE|S\.E\.|标准误)\s*(?:β|Beta)?\s*t\s*[)）]\s*){2,4}")
_MODEL = re.compile(r"[(（]\s*B\s*(?:SE|S\.E\.|标准误)\s*(?P<beta>β|Beta)?\s*t\s*[)）]")
#: A cell of such a table: a number, a t with its stars ("5.74***"), or a dash for a β not given (the constant's).
_MODEL_CELL = re.compile(r"\s*(?:(?P<num>-?\d*\.\d+|-?\d+)(?P<stars>\*{0,3})|(?P<dash>[—–]{1,2}))")
_MODEL_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fffA-Za-z（）()]{1,12}?)(?=\s*-?\d|\s*[—–])")


def _models_table(text: str, head: re.Match) -> list[PaperNumber]:
    """The rows of a table of models side by side: a label, then each model's B, SE, (β,) t, or only the last model's
    (a predictor entered in it).  Each t (with its stars) is read with its B and SE; the table ends at the first row that
    is neither."""
    models = list(_MODEL.finditer(head.group()))
    width = 4 if models[0].group("beta") else 3
    out, pos = [], head.end()
    while (lab := _MODEL_LABEL.match(text, pos)) is not None:
        cells, end = [], lab.end()
        while (c := _MODEL_CELL.match(text, end)) is not None:
            cells.append(c)
            end = c.end()
        if len(cells) not in (width, width * len(models)) or any(c.group("dash") for c in cells[width - 1 :: width]):
            break
        for k in range(0, len(cells), width):
            row = cells[k : k + width]
            b, se, t = row[0], row[1], row[-1]
            if not (b.group("num") and se.group("num") and "." in se.group("num")):
                continue
            extra = {"row": lab.group("label"), "t_start": t.start("num")}
            roles = [("B", b), ("SE", se)] + ([("beta", row[2])] if width == 4 and row[2].group("num") else [])
            for role, x in roles:
                out.append(PaperNumber("coefficient", x.start("num"), x.end("num"), x.group("num"), x.group("num"), "", {"role": role, **extra}))
            # the t's stars are judged by no p here (the test kind leaves a t with stars alone); its B / SE is
            out.append(PaperNumber("test", t.start("num"), t.end("stars"), t.group("num") + t.group("stars"), t.group("num"), "",
                                   {"stat": "t", "df1": None, "df2": None, "row": lab.group("label"), "stars": len(t.group("stars"))}))
        pos = end
    return out


#: A logistic regression table's header: "变量 B SE Waldχ2 P OR(95%CI)".
_WALD_HEAD = re.compile(r"(?<![A-Za-z])B\s*(?:SE|S\.E\.|标准误)\s*Wald\s*(?:[χΧ]\s*[²2])?\s*(?:值)?\s*(?:P|p|Sig\.?)(?![A-Za-z])")
#: Its rows' numbers: B (a minus printed as − too), SE, Wald χ², P.
_WALD_ROW = re.compile(r"(?P<b>[-−]?\d*\.\d+)\s+(?P<se>\d*\.\d+)\s+(?P<wald>\d+\.\d+)\s*(?P<p>[<>＜＞]?\s*\d*\.\d+)(?![\d.])")


def _wald_table(text: str, head: re.Match) -> list[PaperNumber]:
    """A logistic regression table's rows: each B and SE with its Wald χ² (which is (B / SE)², df 1) and its P, up to the
    table's note or the next sentence."""
    out, pos = [], head.end()
    stop = min([k for k in (text.find(c, pos) for c in ("注", "。")) if k >= 0] + [len(text)])
    for m in _WALD_ROW.finditer(text, pos, stop):
        b = m.group("b").replace("−", "-")
        extra = {"row": "", "wald_start": m.start("wald")}
        out.append(PaperNumber("coefficient", m.start("b"), m.end("b"), m.group("b"), b, "", {"role": "B", **extra}))
        out.append(PaperNumber("coefficient", m.start("se"), m.end("se"), m.group("se"), m.group("se"), "", {"role": "SE", **extra}))
        out.append(PaperNumber("test", m.start("wald"), m.end("wald"), m.group("wald"), m.group("wald"), "",
                               {"stat": "chi2", "df1": "1", "df2": None, "df_phrase": {"key": "df_wald"}}))
        p_text = m.group("p").replace(" ", "")
        op = {"＜": "<", "＞": ">"}.get(p_text[0], p_text[0]) if p_text[0] in "<>＜＞" else "="
        out.append(PaperNumber("p", m.start("p"), m.end("p"), m.group("p"), p_text.lstrip("<>＜＞"), "", {"op": op, "test_start": m.start("wald")}))
    return out


# --- the groups ---------------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class RegressionGroup(Group):
    """A coefficient's B, SE (and β) (``members``) and its t (``t``, a claim index)."""

    kind: str = "regression"
    t: int = -1
    b: int = -1
    se: int = -1
    #: the statistic is a logistic regression's Wald χ², (B / SE)², not a t
    wald: bool = False


@dataclass(eq=False)
class MediationGroup(Group):
    """A mediation's effects by role (claim indices) and the share printed for the indirect one."""

    kind: str = "regression"  # one kind: regression.judge tells the two apart
    effects: dict | None = None
    share: int | None = None


def find(rows: ClaimList, add) -> None:
    paper = getattr(rows, "paper", None) or {}
    if not paper:
        return
    at = {x.start: i for i, x in paper.items()}
    by_t: dict[int, dict[str, int]] = {}
    by_wald: dict[int, dict[str, int]] = {}
    effects: list[tuple[int, str]] = []
    share = None
    for i in sorted(paper):
        x = paper[i]
        role = x.extra.get("role")
        if x.kind == "coefficient" and "t_start" in x.extra:
            by_t.setdefault(x.extra["t_start"], {})[role] = i
        elif x.kind == "coefficient" and "wald_start" in x.extra:
            by_wald.setdefault(x.extra["wald_start"], {})[role] = i
        elif x.kind == "coefficient" and role in ("indirect", "direct", "total"):
            effects.append((i, role))
        elif x.kind == "percent" and role == "mediated_share":
            share = i
    for wald_start, found in by_wald.items():
        w = at.get(wald_start)
        if w is None or "B" not in found or "SE" not in found or paper[w].kind != "test":
            continue
        g = RegressionGroup(start=paper[found["B"]].start, end=paper[w].end, t=w, b=found["B"], se=found["SE"], wald=True)
        g.members += sorted(found.values())
        add(g)
    for t_start, found in by_t.items():
        t = at.get(t_start)
        if t is None or "B" not in found or "SE" not in found or paper[t].kind != "test":
            continue
        g = RegressionGroup(start=paper[found["B"]].start, end=paper[t].end, t=t, b=found["B"], se=found["SE"])
        g.members += sorted(found.values())
        add(g)
    if effects:
        roles: dict[str, int] = {}
        for i, role in effects:
            roles.setdefault(role, i)  # the first of each: a later "总效应" may be of another model
        if len(roles) >= 2 or (share is not None and {"indirect", "total"} <= set(roles)):
            members = sorted(roles.values()) + ([share] if share is not None else [])
            g = MediationGroup(start=paper[members[0]].start, end=paper[members[-1]].end, effects=roles, share=share)
            g.members += members
            add(g)


def _f(value: str) -> Fraction:
    return Fraction(Decimal(value))


def _shown(x: Fraction, d: int = 4) -> str:
    return reround(x, d, rounding="up")[0]


def judge(rows: ClaimList, g: Group) -> list[Check]:
    if isinstance(g, MediationGroup):
        return _mediation(rows, g)
    b, se, t = (str(rows[i]["value"]) for i in (g.b, g.se, g.t))
    B, SE, T = _f(b), _f(se), _f(t)
    hb, hs, ht = half_unit(b), half_unit(se), half_unit(t)
    if SE - hs <= 0:
        return []
    lo = (abs(B) - hb) / (SE + hs)
    hi = (abs(B) + hb) / (SE - hs)
    if g.wald:
        # Wald χ² = (B / SE)², over the rounding of both
        lo2, hi2 = max(lo, 0) ** 2, hi**2
        facts = {"b": b, "se": se, "wald": rows[g.t]["reported"], "square": _shown((B / SE) ** 2, 3), "low": _shown(lo2, 3), "high": _shown(hi2, 3)}
        ok = lo2 - ht <= T <= hi2 + ht
        return [make_check(rows, g, [g.t, g.b, g.se] if ok else [g.t], "wald_of_coefficient", "fit" if ok else "misfit",
                           "consistent" if ok else "inconsistent", assumption="Wald χ² = (B / SE)²", expected=facts["square"], observed=t, **facts)]
    facts = {"b": b, "se": se, "t": rows[g.t]["reported"], "ratio": _shown(B / SE, 2), "low": _shown(lo, 2), "high": _shown(hi, 2)}
    claims = [g.t, g.b, g.se]
    same_sign = (B < 0) == (T < 0) or B == 0 or T == 0
    if lo - ht <= abs(T) <= hi + ht and same_sign:
        return [make_check(rows, g, claims, "t_of_coefficient", "fit", "consistent", assumption="t = B / SE", expected=facts["ratio"], observed=t,
                           **facts)]
    # the t is the number derived from the other two: it carries the verdict, as a share does against its count
    return [make_check(rows, g, [g.t], "t_of_coefficient", "misfit", "inconsistent", assumption="t = B / SE", expected=facts["ratio"], observed=t,
                       **facts)]


def _mediation(rows: ClaimList, g: MediationGroup) -> list[Check]:
    out: list[Check] = []
    e = {role: str(rows[i]["value"]) for role, i in g.effects.items()}
    if {"indirect", "direct", "total"} <= set(e):
        s = _f(e["indirect"]) + _f(e["direct"])
        slack = half_unit(e["indirect"]) + half_unit(e["direct"]) + half_unit(e["total"])
        facts = {"indirect": e["indirect"], "direct": e["direct"], "total": e["total"], "sum": _shown(s, 3)}
        claims = [g.effects["total"], g.effects["indirect"], g.effects["direct"]]
        fits = abs(s - _f(e["total"])) <= slack
        out.append(make_check(rows, g, claims, "effects_sum", "fit" if fits else "misfit", "consistent" if fits else "inconsistent",
                              assumption="the total effect is the direct plus the indirect", expected=facts["sum"], observed=e["total"], **facts))
    if g.share is not None and {"indirect", "total"} <= set(e) and _f(e["total"]) != 0:
        ind, tot = _f(e["indirect"]), _f(e["total"])
        hi_, ht = half_unit(e["indirect"]), half_unit(e["total"])
        ratios = [100 * (abs(ind) + a) / (abs(tot) + b) for a in (-hi_, hi_) for b in (-ht, ht) if abs(tot) + b > 0]
        lo, hi = min(ratios), max(ratios)
        value = str(rows[g.share]["value"])
        hp = half_unit(value)
        printed = _f(value)
        facts = {"indirect": e["indirect"], "total": e["total"], "exact": _shown(100 * ind / tot), "low": _shown(lo, 2), "high": _shown(hi, 2),
                 "reported": rows[g.share]["reported"]}
        fits = lo - hp <= printed <= hi + hp
        # no count of people: the share of an effect (the base column holds a number of people, so it is left empty)
        rows[g.share]["base"], rows[g.share]["base_evidence"] = None, f"of the total effect {e['total']}, not of people"
        out.append(make_check(rows, g, [g.share, g.effects["indirect"], g.effects["total"]] if fits else [g.share], "mediated_share", "fit" if fits else "misfit",
                              "consistent" if fits else "inconsistent", assumption="the share is the indirect effect over the total",
                              expected=f"{facts['exact']}%", observed=rows[g.share]["reported"], **facts))
    return out
