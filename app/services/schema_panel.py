"""The analyst console's schema panel (图谱结构): labels, relationship types and properties of
``graph/schema.yaml`` with their Chinese names (app.services.zh), and the saved queries with
their Chinese titles and parameter help. The code names are shown too: an analyst writes them
in Cypher."""

from __future__ import annotations

from typing import Any

from app.services import zh
from graph.schema import Schema, load_schema

TYPE_ZH = {"string": "文本", "text": "长文本", "int": "整数", "float": "小数", "bool": "是/否", "date": "日期",
           "datetime": "日期时间", "strings": "文本列表"}
# what every node and relationship carries (graph/schema.yaml's header)
COMMON_NODE: tuple[tuple[str, str, str], ...] = (("id", "编号", "string"), ("sources", "来源", "strings"), ("synthetic", "合成数据", "bool"))
COMMON_REL: tuple[tuple[str, str, str], ...] = (("id", "编号", "string"), ("source", "来源", "string"))


def schema() -> Schema:
    return load_schema()


def label_rows(s: Schema | None = None) -> list[dict[str, Any]]:
    s = s or schema()
    return [{"标签": n.label, "中文名": zh.label(n.label), "编号前缀": n.prefix, "属性数": len(n.properties)}
            for n in s.nodes.values()]


def property_rows(label: str, s: Schema | None = None) -> list[dict[str, Any]]:
    """The properties of a label (or of a relationship type), with the ones every node carries."""
    s = s or schema()
    if label in s.nodes:
        props, common = s.nodes[label].properties, COMMON_NODE
    else:
        props, common = s.relationships[label].properties, COMMON_REL
    rows = [{"属性": p.name, "中文名": zh.prop(p.name), "类型": TYPE_ZH.get(p.type, p.type),
             "必填": "是" if p.required else "", "有索引": "是" if p.index else ""} for p in props.values()]
    rows += [{"属性": name, "中文名": name_zh, "类型": TYPE_ZH[t], "必填": "是" if name == "id" else "", "有索引": ""}
             for name, name_zh, t in common if name not in props]
    return rows


def relationship_rows(s: Schema | None = None, *, label: str | None = None) -> list[dict[str, Any]]:
    """Relationship types (those touching ``label`` when given): from, to, and their properties."""
    s = s or schema()
    rows = []
    for r in s.relationships.values():
        if label and label not in r.from_labels and label not in r.to_labels:
            continue
        rows.append({"关系类型": r.type, "中文名": zh.rel(r.type),
                     "起点": "、".join(f"{zh.label(x)}（{x}）" for x in r.from_labels),
                     "终点": "、".join(f"{zh.label(x)}（{x}）" for x in r.to_labels),
                     "属性": "、".join(f"{zh.prop(p)}（{p}）" for p in r.properties)})
    return rows


def saved_query_rows(library: list[Any]) -> list[dict[str, Any]]:
    """The saved queries: Chinese title, code name, what it finds, and each parameter's help."""
    rows = []
    for q in library:
        params = [p for p in q.params if not getattr(p, "derive", None)]
        rows.append({"查询": getattr(q, "title_zh", None) or q.title, "名称": q.name, "说明": q.description,
                     "参数": "；".join(f"{p.name}：{p.description or zh.prop(p.name)}" + ("（必填）" if p.required else "")
                                     for p in params)})
    return rows
