"""A post's organisation written beside it (市住建局局长王德明) is the post's, even when the extraction
points the post at the first mention of that body — the letter's addressee line (绵竹市住房和城乡建设局：):
the official is the stored one of that bureau. The addressee line alone (no mention before the post) is
still no post's organisation. Pure: an in-memory index; a hand-written letter and extraction."""

from __future__ import annotations

from ingest.resolve.ties import addressee_elsewhere

TEXT = ("关于城东路改造项目有关情况的函\n绵竹市住房和城乡建设局：\n"
        "群众反映，市住建局局长王德明与某公司关系密切。请提供该项目招标文件。\n绵竹市审计局\n2024年2月20日\n")


def _ents(*spans: tuple[str, str]) -> list[dict[str, object]]:
    out, pos = [], 0
    for label, surface in spans:
        start = TEXT.index(surface, pos)
        out.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    return out


def test_the_post_beside_a_mention_of_the_addressee_is_that_bodys() -> None:
    ents = _ents(("AGENCY", "绵竹市住房和城乡建设局"), ("AGENCY", "市住建局"), ("POSITION", "局长"), ("PERSON", "王德明"))
    assert not addressee_elsewhere(ents, 0, 3, TEXT, post=2)


def test_the_addressee_line_alone_is_no_posts_organisation() -> None:
    ents = _ents(("AGENCY", "绵竹市住房和城乡建设局"), ("POSITION", "局长"), ("PERSON", "王德明"))
    assert addressee_elsewhere(ents, 0, 2, TEXT, post=1)
