"""The bundled report's table of section 二(二), as a :class:`~dangjian.engine.tables.TableSpec`.

"县2008年乡镇党委书记履行抓党建工作责任‘一述三评’情况表": seven townships whose
names were redacted (only their type, 镇 town or 乡 township, is printed;
they are named T1..T7 in printed order) and the report's own 均值 (mean).
:func:`dangjian.pipeline.load_table` parses it with
:func:`dangjian.engine.tables.parse_flat_table`.
"""

from __future__ import annotations

from ..engine.tables import RowSpec, TableSpec

__all__ = ["DEBRIEFING_SPEC"]

_TRUTH = "述职报告真实情况"
_RATING = "测评意见"

#: The evaluation table of section 二(二).  The merged-cell labels
#: 述职报告真实情况 and 测评意见 are printed before the last row of their block.
DEBRIEFING_SPEC = TableSpec(
    title=r"县(?P<year>\d{4})年乡镇党委书记履行抓党建工作责任“(?P<scheme>[^”]+)”情况表",
    preamble=r"组织统计:(?P<compiled_by>.+?)述职时间:(?P<period>\d{4}年[\d\-]+月)",
    header=r"(?P<corner>各乡镇党委书记述评结果类别等次)(?P<columns>[镇乡]+)(?P<mean>均值)",
    rows=(
        RowSpec("发放测评表(份)"),
        RowSpec("真实", _TRUTH),
        RowSpec("比较真实", _TRUTH),
        RowSpec("基本真实", _TRUTH),
        RowSpec("不真实", _TRUTH),
        RowSpec("量化测评平均分"),
        RowSpec("优秀", _RATING),
        RowSpec("称职", _RATING),
        RowSpec("基本称职", _RATING),
        RowSpec("不称职", _RATING),
        RowSpec("意见或建议(条)"),
    ),
    unit_column="township",
    type_column="township_type",
)
