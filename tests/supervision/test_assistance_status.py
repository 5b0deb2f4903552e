"""An assistance request's status follows its events through the one writer (``Unit.updates`` in the
step's own unit, one transaction with the event), on both servers: pending → completed | returned, a
refused step changing nothing, the request's other properties and provenance left as they were."""

from __future__ import annotations

import pytest

from graph.assistance import (
    AssistanceLetter,
    receive_assistance,
    report_assistance,
    request_assistance,
    return_assistance,
)
from graph.connection import Graph
from graph.lifecycle import Letter, LifecycleError
from graph.stats import counts
from tests.supervision.conftest import SRC, D

pytestmark = pytest.mark.contract


def _request(graph: Graph, rid: str) -> dict:
    (row,) = graph.read("MATCH (q:AssistanceRequest {id: $id}) RETURN properties(q) AS p, "
                        "[(q)-[:HAS_EVENT]->(e:Event) | e.kind] AS kinds", {"id": rid})
    return {**row["p"], "kinds": sorted(row["kinds"])}


def test_status_follows_the_steps(county: Graph, ag: dict[str, str]) -> None:
    letter = AssistanceLetter("财协9", ag["示例县财政局"], ag["示例县公安局"], facts="投标文件雷同",
                              help_asked="调取银行流水", reason="核实保证金来源", evidence=("评审报告",))
    rid = request_assistance(county, letter, on=D(2024, 4, 1), source=SRC)
    sent = _request(county, rid)
    assert sent["status"] == "pending" and sent["kinds"] == ["assistance_letter_sent"]

    receive_assistance(county, rid, on=D(2024, 4, 2), source="test:receipt")
    assert _request(county, rid)["status"] == "pending"

    report_assistance(county, rid, on=D(2024, 4, 9), letter=Letter("公复9"), source="test:report")
    done = _request(county, rid)
    assert done["status"] == "completed"
    assert done["kinds"] == ["assistance_letter_received", "assistance_letter_sent", "assistance_result_reported"]
    assert {k: v for k, v in done.items() if k not in ("status", "kinds")} == \
        {k: v for k, v in sent.items() if k not in ("status", "kinds")}

    snapshot = counts(county)
    with pytest.raises(LifecycleError, match="is closed: assistance result reported on 2024-04-09"):
        return_assistance(county, rid, on=D(2024, 4, 10), reason="超出职能", letter=Letter("公退9"), source=SRC)
    assert counts(county) == snapshot and _request(county, rid)["status"] == "completed"


def test_a_returned_request(county: Graph, ag: dict[str, str]) -> None:
    letter = AssistanceLetter("财协10", ag["示例县财政局"], ag["示例县公安局"], facts="围标线索",
                              help_asked="询问证人", reason="核实陈述", evidence=("举报材料",))
    rid = request_assistance(county, letter, on=D(2024, 4, 1), source=SRC)
    receive_assistance(county, rid, on=D(2024, 4, 1), source=SRC)
    return_assistance(county, rid, on=D(2024, 4, 3), reason="不属于本部门职能", letter=Letter("公退10"), source=SRC)
    assert _request(county, rid)["status"] == "returned"
