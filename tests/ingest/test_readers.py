"""Tests of the read stage (ingest.readers). All fixtures are generated into tmp_path."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import random
import socket
import time
import zipfile
from pathlib import Path

import pytest

from graph.errors import ProgrammingError
from graph.types.text import OffsetMap, looks_traditional
from graph.types.text import simplified as simplified_view
from ingest.readers import (
    DEFAULT_LIMITS,
    ReadLimits,
    ReadResult,
    Status,
    decode_text,
    iter_documents,
    read_bytes,
    read_file,
)
from ingest.readers.pdf_reader import clean_pdf_text

LETTER = (
    "湘乡市财政局关于移送某某建设工程有限公司涉嫌提供虚假材料谋取中标问题线索的函\n"
    "湘财采函〔2022〕12号\n"
    "湘乡市公安局：\n"
    "　　我局在处理湘乡市第一中学食堂设备采购项目（项目编号：XXCG-2021-0315）投诉过程中，"
    "发现供应商提交的业绩证明材料涉嫌伪造，根据《中华人民共和国政府采购法》第七十七条的规定，"
    "现将有关线索移送你局依法处理。\n"
    "附件：1.投诉书复印件；2.相关证明材料\n"
    "2022年3月8日\n"
)
TRAD = "湘鄉市財政局移送處理書"
TRAD_SIMPLE = "湘乡市财政局移送处理书"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- builders


def make_docx(
    paragraphs: list[str], table: list[list[str]] | None = None, after: str = ""
) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if after:
        document.add_paragraph(after)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_canvas(buf: io.BytesIO, **kwargs):  # type: ignore[no-untyped-def]
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buf, **kwargs)


def make_pdf(lines: list[str], *, encrypt=None, font: str = "STSong-Light") -> bytes:  # type: ignore[no-untyped-def]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = _pdf_canvas(buf, encrypt=encrypt)
    c.setFont(font, 14)
    y = 800
    for line in lines:
        c.drawString(72, y, line)
        y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


def make_image_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (120, 60), (255, 255, 255))
    for x in range(10, 110):
        img.putpixel((x, 30), (200, 0, 0))
    buf = io.BytesIO()
    c = _pdf_canvas(buf)
    c.drawImage(ImageReader(img), 72, 600, 240, 120)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_zip(members: dict[str, bytes], **kwargs) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, **kwargs) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize(
    ("encoding", "expected_encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-le", "utf-16-le"),  # no BOM
        ("utf-16-be", "utf-16-be"),  # no BOM
    ],
)
def test_txt_encodings_full_letter(tmp_path: Path, encoding: str, expected_encoding: str) -> None:
    path = write(tmp_path, "letter.txt", LETTER.encode(encoding))
    result = read_file(path)
    assert result.status is Status.OK, result.reason
    assert result.text == LETTER
    assert result.encoding == expected_encoding
    assert result.format == "txt"
    assert result.reason == ""
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.size == path.stat().st_size
    assert result.path == str(path)


def test_txt_utf16_be_with_bom() -> None:
    data = b"\xfe\xff" + TRAD_SIMPLE.encode("utf-16-be")
    result = read_bytes(data, "a.txt")
    assert (result.status, result.text, result.encoding) == ("ok", TRAD_SIMPLE, "utf-16-be")


@pytest.mark.parametrize(
    "text",
    [
        "一",
        "十",
        "函",
        "中文",
        "湘乡市",
        "移送函",
        "你好",
        TRAD_SIMPLE,
        "竹财采〔2021〕519号",
        "附件：1.投诉书",
        "2021年5月",
        "abc中",
        TRAD,
        "廣東省",
    ],
)
def test_short_gbk_and_gb18030(text: str) -> None:
    for enc in ("gbk", "gb18030"):
        decoded = decode_text(text.encode(enc))
        assert decoded.status is Status.OK
        assert decoded.text == text, (enc, decoded)
        assert decoded.encoding == "gb18030"


def test_gb18030_four_byte_characters() -> None:
    text = "企业名称：㐀㐁科技有限公司（€）"  # CJK ext A and € need 4-byte GB18030 codes
    data = text.encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    assert decode_text(data).text == text


@pytest.mark.parametrize(
    "text", [TRAD_SIMPLE + "，请依法处理。", "关于移送案件线索的函 湘审移[2022]1号"]
)
@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_short_utf16_without_bom(text: str, enc: str) -> None:
    decoded = decode_text(text.encode(enc))
    assert (decoded.status, decoded.text, decoded.encoding) == (Status.OK, text, enc)


def test_big5_traditional_text() -> None:
    text = "湘鄉市財政局關於移送某某公司涉嫌串通投標問題線索的函，請依法處理。"
    decoded = decode_text(text.encode("cp950"))
    assert (decoded.status, decoded.text, decoded.encoding) == (Status.OK, text, "cp950")


def test_crlf_and_bom_kept_out_of_text() -> None:
    result = read_bytes(b"\xef\xbb\xbf" + "第一行\r\n第二行\r\n".encode(), "a.txt")
    assert result.text == "第一行\r\n第二行\r\n"  # original line ends kept, BOM dropped


def test_gbk_with_one_damaged_byte_is_read_with_a_note(tmp_path: Path) -> None:
    data = bytearray(LETTER.encode("gbk"))
    data[40] = 0xFF  # 0xFF is never valid in GB18030
    path = write(tmp_path, "damaged.txt", bytes(data))
    result = read_file(path)
    assert result.status is Status.OK
    assert result.encoding == "gb18030"
    assert result.text is not None and "\ufffd" in result.text
    # damage stays local: before it and from the next line on, the text is exact
    head, tail = LETTER.split("\n", 1)
    assert result.text.startswith(head[:20] + "\ufffd")
    assert result.text.endswith("\n" + tail)
    assert result.reason.startswith(f"{path}: ") and "replaced" in result.reason


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = read_file(write(tmp_path, "empty.txt", b""))
    assert empty.status is Status.EMPTY
    assert empty.text is None and empty.size == 0
    assert empty.sha256 == hashlib.sha256(b"").hexdigest()
    assert empty.reason == f"{tmp_path / 'empty.txt'}: file is empty (0 bytes)"
    blank = read_file(write(tmp_path, "blank.txt", "  \r\n\u3000\n".encode("gbk")))
    assert blank.status is Status.EMPTY
    assert blank.reason.endswith("blank.txt: contains only whitespace")


def test_random_bytes_named_txt_are_binary(tmp_path: Path) -> None:
    junk = random.Random(0).randbytes(4096)
    path = write(tmp_path, "junk.txt", junk)
    result = read_file(path)
    assert result.status is Status.BINARY
    assert result.text is None
    assert result.reason == f"{path}: looks like binary data, not text"
    zeros = read_bytes(b"\x00" * 1000, "zeros.txt")
    assert zeros.status is Status.BINARY


def test_undecodable_text(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.txt", b"\xff\x80\xa0" * 50)
    result = read_file(path)
    assert result.status is Status.UNDECODABLE
    assert result.text is None
    assert result.reason == (
        f"{path}: cannot determine the text encoding (tried UTF-8, UTF-16, GB18030, Big5) "
        "— re-save it as UTF-8"
    )


def test_invalid_after_bom_is_undecodable() -> None:
    result = read_bytes(b"\xef\xbb\xbf" + b"\xff\xfe\xfd" * 20, "bom.txt")
    assert result.status is Status.UNDECODABLE
    assert "utf-8-sig byte-order mark" in result.reason


# --------------------------------------------------------------------------- HTML


HTML_GBK = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>标题不要</title><style>p {color: red}</style>
<script>var x = "脚本不要";</script></head>
<body>
<h1>关于移送案件线索的函</h1>
<p>湘乡市公安局：</p>
<p>　　经查，某某公司&nbsp;涉嫌串通
投标，现移送你局。&lt;附件&gt;</p>
<div>联系人：张三<br>电话：0731-1234</div>
<!-- 注释不要 -->
<table><tr><th>项目</th><th>金额</th></tr><tr><td>设备采购</td><td>100万元</td></tr></table>
<noscript>不要</noscript>
</body></html>"""

HTML_GBK_TEXT = (
    "关于移送案件线索的函\n"
    "湘乡市公安局：\n"
    "　　经查，某某公司 涉嫌串通投标，现移送你局。<附件>\n"
    "联系人：张三\n"
    "电话：0731-1234\n"
    "项目\t金额\n"
    "设备采购\t100万元"
)


def test_html_meta_charset_gbk(tmp_path: Path) -> None:
    path = write(tmp_path, "page.htm", HTML_GBK.encode("gbk"))
    result = read_file(path)
    assert result.status is Status.OK, result.reason
    assert result.format == "html"
    assert result.encoding == "gb18030"
    assert result.text == HTML_GBK_TEXT


def test_html_meta_lies_but_content_is_utf8() -> None:
    result = read_bytes(HTML_GBK.encode("utf-8"), "page.html")
    assert result.encoding == "utf-8"
    assert result.text == HTML_GBK_TEXT


def test_html_without_meta_gbk_detected() -> None:
    markup = "<html><body><p>湘乡市财政局</p><p>移送处理书</p></body></html>"
    result = read_bytes(markup.encode("gbk"), "x.html")
    assert (result.status, result.encoding, result.text) == (
        "ok",
        "gb18030",
        "湘乡市财政局\n移送处理书",
    )


def test_html_without_visible_text_is_empty() -> None:
    result = read_bytes(
        b"<html><head><title>t</title></head><body><script>1</script></body></html>", "e.html"
    )
    assert result.status is Status.EMPTY
    assert result.reason == "e.html: HTML page has no visible text"


def test_word_export_that_is_really_html() -> None:
    markup = '<html><head><meta charset="utf-8"></head><body><p>回告函</p></body></html>'
    result = read_bytes(markup.encode(), "回告.doc")
    assert (result.status, result.format, result.text) == ("ok", "html", "回告函")


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    data = make_docx(
        ["关于移送案件线索的函", "", "湘审移[2022]1号", "湘乡市公安局："],
        table=[["被移送单位", "某某公司"], ["问题", "串通投标"]],
        after="2022年3月8日",
    )
    path = write(tmp_path, "letter.docx", data)
    result = read_file(path)
    assert result.status is Status.OK, result.reason
    assert result.format == "docx"
    assert result.encoding is None
    assert result.text == (
        "关于移送案件线索的函\n湘审移[2022]1号\n湘乡市公安局：\n"
        "被移送单位\t某某公司\n问题\t串通投标\n2022年3月8日"
    )


def test_docx_merged_cells_content_controls_and_revisions() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("开头")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "合并标题"
    for c, value in enumerate(["甲", "乙", "丙"]):
        table.cell(1, c).text = value
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件内文字</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:p {w}><w:r><w:t>保留</w:t></w:r><w:del w:id='1' w:author='a'><w:r>"
            "<w:delText>删除的</w:delText></w:r></w:del><w:r><w:tab/><w:t>文字</w:t></w:r></w:p>"
        ),
    )
    buf = io.BytesIO()
    document.save(buf)
    result = read_bytes(buf.getvalue(), "m.docx")
    assert result.text == "开头\n合并标题\n甲\t乙\t丙\n控件内文字\n保留\t文字"


def test_docx_text_box_read_once_after_its_paragraph() -> None:
    import docx
    from docx.oxml import parse_xml

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>湘财采函〔2022〕12号</w:t></w:r></w:p></w:txbxContent>"
    paragraph = (
        f"<w:p {ns}><w:r><w:t>湘乡市财政局</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    document = docx.Document()
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(paragraph))
    document.add_paragraph("正文")
    buf = io.BytesIO()
    document.save(buf)
    result = read_bytes(buf.getvalue(), "box.docx")
    assert result.text == "湘乡市财政局\n湘财采函〔2022〕12号\n正文"


def test_docx_without_text_is_empty() -> None:
    result = read_bytes(make_docx(["", "  "]), "blank.docx")
    assert result.status is Status.EMPTY
    assert result.reason == "blank.docx: Word document contains no text"


def test_docx_damaged_variants(tmp_path: Path) -> None:
    good = make_docx(["正文"])
    truncated = read_file(write(tmp_path, "cut.docx", good[: len(good) // 2]))
    assert truncated.status is Status.CORRUPT
    assert truncated.reason.startswith(f"{tmp_path / 'cut.docx'}: not a valid .docx")
    junk = read_bytes(random.Random(1).randbytes(500), "junk.docx")
    assert junk.status is Status.CORRUPT
    other_zip = read_bytes(make_zip({"a.txt": b"x"}), "nope.docx")
    assert other_zip.status is Status.CORRUPT
    assert "word/document.xml missing" in other_zip.reason
    broken_xml = read_bytes(
        make_zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<<<"}), "bad.docx"
    )
    assert broken_xml.status is Status.CORRUPT
    assert broken_xml.reason.startswith("bad.docx: cannot open as a Word document")


def test_ole_files() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    legacy = read_bytes(ole, "old.doc")
    assert legacy.status is Status.UNSUPPORTED
    assert legacy.format == "doc"
    assert legacy.reason == (
        "old.doc: legacy Word 97-2003 format (.doc) is not supported — "
        "open it in Word/WPS and save as .docx (or PDF)"
    )
    renamed = read_bytes(ole, "renamed.docx")
    assert renamed.status is Status.UNSUPPORTED and "under a .docx name" in renamed.reason
    protected = read_bytes(ole + "EncryptedPackage".encode("utf-16-le"), "locked.docx")
    assert protected.status is Status.CORRUPT and "password-protected" in protected.reason


# --------------------------------------------------------------------------- PDF


def test_pdf_with_chinese_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    lines = [TRAD_SIMPLE, "湘审移[2022]1号", "经审计发现，某某公司涉嫌串通投标。"]
    path = write(tmp_path, "letter.pdf", make_pdf(lines))
    result = read_file(path)
    assert result.status is Status.OK, result.reason
    assert result.format == "pdf"
    assert result.text == "\n\n".join(lines)


def test_pdf_image_only_has_no_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    path = write(tmp_path, "a.pdf", make_image_pdf())
    result = read_file(path)
    assert result.status is Status.NO_TEXT_LAYER
    assert result.text is None
    assert result.reason == (
        f"{path}: PDF has no text layer (scanned image?) — run OCR first or supply the text"
    )


def test_pdf_password_protected_is_corrupt() -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = make_pdf(["机密"], encrypt=StandardEncryption("user-secret", "owner-secret"))
    result = read_bytes(data, "locked.pdf")
    assert result.status is Status.CORRUPT
    assert result.reason == (
        "locked.pdf: PDF is password-protected — ask the sender for an unprotected copy"
    )


def test_pdf_owner_password_only_is_read() -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = make_pdf(
        ["Referral 2022-1 open copy"],
        encrypt=StandardEncryption("", "owner-secret", canCopy=0),
        font="Helvetica",
    )
    result = read_bytes(data, "restricted.pdf")
    assert (result.status, result.text) == ("ok", "Referral 2022-1 open copy")


def test_pdf_truncated_and_garbage() -> None:
    pytest.importorskip("reportlab")
    data = make_pdf([TRAD_SIMPLE])
    assert data.endswith(b"%%EOF\n")
    # data[:-6] only loses the %%EOF marker: pdfminer still parses it, we still refuse it
    for cut in (data[: len(data) // 2], data[:-20], data[:-6]):
        result = read_bytes(cut, "cut.pdf")
        assert result.status is Status.CORRUPT
        assert result.reason.startswith("cut.pdf: PDF is truncated")
    garbage = read_bytes(b"%PDF-1.4\n" + random.Random(2).randbytes(3000), "junk.pdf")
    assert garbage.status is Status.CORRUPT
    not_pdf = read_bytes("这不是PDF".encode(), "fake.pdf")
    assert not_pdf.status is Status.CORRUPT
    assert not_pdf.reason == "fake.pdf: not a PDF (no %PDF- header) — the file is damaged"


def test_pdf_with_unmapped_cid_codes_is_undecodable(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfminer.high_level

    monkeypatch.setattr(
        pdfminer.high_level, "extract_text", lambda *a, **k: "(cid:12)(cid:345)(cid:7)\n\x0c"
    )
    result = read_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "cid.pdf")
    assert result.status is Status.UNDECODABLE
    assert "(cid:N)" in result.reason


def test_pdf_text_cleanup_folds_kangxi_radicals() -> None:
    raw = "⾦额：⼗万元  \n\n\n\n第⼆页\x0c"
    assert clean_pdf_text(raw) == "金额：十万元\n\n第二页"


def test_pdf_content_under_txt_name_is_read_as_pdf() -> None:
    pytest.importorskip("reportlab")
    result = read_bytes(make_pdf(["移送函"]), "letter.txt")
    assert (result.status, result.format, result.text) == ("ok", "pdf", "移送函")


# --------------------------------------------------------------------------- limits, odd inputs


def test_sparse_50mb_file_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1000 * 1000)  # sparse: no disk, no memory

    def no_open(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a too-large file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    started = time.perf_counter()
    result = read_file(path)
    assert time.perf_counter() - started < 0.5
    assert result.status is Status.TOO_LARGE
    assert (result.sha256, result.text, result.size) == (None, None, 50_000_000)
    assert result.reason == (
        f"{path}: file is 50.0 MB, at or over the 50.0 MB limit — split it or raise the limit"
    )


def test_configurable_size_limit(tmp_path: Path) -> None:
    limits = ReadLimits(max_bytes=100)
    small = write(tmp_path, "s.txt", "正文".encode())
    big = write(tmp_path, "b.txt", "正".encode() * 40)
    assert read_file(small, limits=limits).status is Status.OK
    assert read_file(big, limits=limits).status is Status.TOO_LARGE
    assert read_bytes(b"x" * 100, "m.txt", limits=limits).status is Status.TOO_LARGE


def test_unsupported_types(tmp_path: Path) -> None:
    odd = read_file(write(tmp_path, "notes.xyz", b"hello"))
    assert odd.status is Status.UNSUPPORTED
    assert odd.format == "xyz"
    assert odd.reason == (
        f"{tmp_path / 'notes.xyz'}: unsupported file type '.xyz' — "
        "supported: .txt, .docx, .pdf, .html/.htm, .zip"
    )
    png = read_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "scan.png")
    assert png.status is Status.UNSUPPORTED
    assert png.reason == "scan.png: image file — run OCR first or supply the text"
    png_as_txt = read_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "scan.txt")
    assert (png_as_txt.status, png_as_txt.format) == ("unsupported", "image")


def test_missing_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    missing = read_file(tmp_path / "nope.txt")
    assert missing.status is Status.UNREADABLE
    assert missing.reason == f"{tmp_path / 'nope.txt'}: file not found"
    folder = read_file(tmp_path)
    assert folder.status is Status.UNREADABLE and "iter_documents" in folder.reason


def test_read_result_is_frozen() -> None:
    result = read_bytes("正文".encode(), "a.txt")
    assert isinstance(result, ReadResult) and result.ok
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------- zip archives


def _gbk_named_zip(gbk_name: str, data: bytes) -> bytes:
    """A zip whose member name is raw GBK without the UTF-8 flag, like Windows makes them."""
    raw = gbk_name.encode("gbk")
    placeholder = b"N" * len(raw)
    blob = make_zip({placeholder.decode(): data})
    assert blob.count(placeholder) == 2  # local header + central directory
    return blob.replace(placeholder, raw)


def test_zip_with_good_and_bad_members(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    inner = make_zip({"x.txt": "内层文件".encode("gbk")})
    members = {
        "2021/b.docx": make_docx(["关于移送的函"]),
        "2021/a.txt": LETTER.encode("gbk"),
        "c.pdf": make_pdf([TRAD_SIMPLE])[:300],
        "empty.txt": b"",
        "__MACOSX/2021/._a.txt": b"\x00\x05junk",
        "2021/~$b.docx": b"lock",
        "../evil.txt": b"pwned",
        "scan.pdf": make_image_pdf(),
        "inner.zip": inner,
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    }
    path = write(tmp_path, "letters.zip", make_zip(members))
    results = list(iter_documents([path]))
    z = str(path)
    got = [(r.path, r.status.value) for r in results]
    assert got == [
        (f"{z}!/../evil.txt", "corrupt"),
        (f"{z}!/2021/a.txt", "ok"),
        (f"{z}!/2021/b.docx", "ok"),
        (f"{z}!/c.pdf", "corrupt"),
        (f"{z}!/empty.txt", "empty"),
        (f"{z}!/inner.zip!/x.txt", "ok"),
        (f"{z}!/old.doc", "unsupported"),
        (f"{z}!/scan.pdf", "no_text_layer"),
    ]
    by_path = {r.path: r for r in results}
    a = by_path[f"{z}!/2021/a.txt"]
    assert (a.text, a.encoding) == (LETTER, "gb18030")
    assert a.sha256 == hashlib.sha256(members["2021/a.txt"]).hexdigest()
    assert a.size == len(members["2021/a.txt"])
    assert by_path[f"{z}!/2021/b.docx"].text == "关于移送的函"
    assert by_path[f"{z}!/inner.zip!/x.txt"].text == "内层文件"
    assert by_path[f"{z}!/../evil.txt"].text is None
    assert "unsafe name" in by_path[f"{z}!/../evil.txt"].reason
    assert by_path[f"{z}!/scan.pdf"].reason.startswith(f"{z}!/scan.pdf: PDF has no text layer")
    # deterministic
    assert [(r.path, r.sha256) for r in iter_documents([path])] == [
        (r.path, r.sha256) for r in results
    ]


def test_zip_gbk_member_names_are_repaired(tmp_path: Path) -> None:
    path = write(tmp_path, "w.zip", _gbk_named_zip("移送函/湘审移.txt", "正文".encode("gbk")))
    [result] = list(iter_documents([path]))
    assert result.path == f"{path}!/移送函/湘审移.txt"
    assert result.text == "正文"


def test_zip_absolute_member_name_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "abs.zip", make_zip({"/etc/passwd": b"root", "ok.txt": b"fine"}))
    assert [(r.path.split("!")[1], r.status.value) for r in iter_documents([path])] == [
        ("//etc/passwd", "corrupt"),
        ("/ok.txt", "ok"),
    ]


def test_zip_bomb_guards(tmp_path: Path) -> None:
    # Highly compressible member: refused from its declared sizes, never unpacked.
    bomb = write(tmp_path, "bomb.zip", make_zip({"zeros.txt": b"\x00" * 3_000_000}))
    [r] = list(iter_documents([bomb]))
    assert r.status is Status.TOO_LARGE and "zip bomb" in r.reason and r.sha256 is None
    # Declared size over the per-file limit.
    limits = ReadLimits(max_bytes=1000)
    big = write(tmp_path, "big.zip", make_zip({"big.txt": "正".encode() * 500}))
    [r] = list(iter_documents([big], limits=limits))
    assert r.status is Status.TOO_LARGE and "archive member is" in r.reason
    # Total decompressed budget across members.
    limits = ReadLimits(max_archive_total_bytes=2500)
    many = write(tmp_path, "many.zip", make_zip({f"{i}.txt": b"a" * 1000 for i in range(3)}))
    assert [r.status.value for r in iter_documents([many], limits=limits)] == [
        "ok",
        "ok",
        "too_large",
    ]
    # Member count.
    limits = ReadLimits(max_archive_members=2)
    statuses = [
        (r.path.rsplit("/", 1)[-1], r.status.value) for r in iter_documents([many], limits=limits)
    ]
    assert statuses == [
        ("0.txt", "ok"),
        ("1.txt", "ok"),
        (str(many).rsplit("/", 1)[-1], "too_large"),
    ]


def test_zip_member_lying_about_its_size(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("liar.txt", "正文".encode() * 5000)
        zf.infolist()[-1].file_size = 10  # central directory claims 10 bytes
    path = write(tmp_path, "liar.zip", buf.getvalue())
    [r] = list(iter_documents([path]))
    assert r.status in (Status.CORRUPT, Status.TOO_LARGE)
    assert r.text is None


def test_zip_encrypted_member_corrupt_archive_and_empty_archive(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("secret.txt", b"hidden")
        zf.infolist()[-1].flag_bits |= 0x1
    enc = write(tmp_path, "enc.zip", buf.getvalue())
    [r] = list(iter_documents([enc]))
    assert r.status is Status.CORRUPT and "password-protected" in r.reason
    bad = write(tmp_path, "bad.zip", random.Random(3).randbytes(2000))
    [r] = list(iter_documents([bad]))
    assert (r.path, r.status, r.format) == (str(bad), Status.CORRUPT, "zip")
    assert r.reason.startswith(f"{bad}: damaged zip archive")
    empty = write(tmp_path, "none.zip", make_zip({}))
    [r] = list(iter_documents([empty]))
    assert r.status is Status.EMPTY and r.reason == f"{empty}: zip archive contains no files"


def test_nested_zip_depth_limit(tmp_path: Path) -> None:
    level2 = make_zip({"deep.txt": b"deep"})
    level1 = make_zip({"l2.zip": level2})
    path = write(tmp_path, "top.zip", make_zip({"l1.zip": level1}))
    [r] = list(iter_documents([path], limits=ReadLimits(max_archive_depth=1)))
    assert r.path == f"{path}!/l1.zip!/l2.zip" and r.status is Status.UNSUPPORTED
    [r] = list(iter_documents([path]))
    assert r.path == f"{path}!/l1.zip!/l2.zip!/deep.txt" and r.text == "deep"


# --------------------------------------------------------------------------- folders


def test_folder_walk_is_recursive_sorted_and_skips_junk(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root, "b.txt", "乙".encode("gbk"))
    write(root, "a/z.txt", "甲".encode())
    write(root, "a/sub/y.htm", "<p>丙</p>".encode())
    write(root, ".hidden.txt", b"no")
    write(root, ".git/config", b"no")
    write(root, "~$lock.docx", b"no")
    write(root, "Thumbs.db", b"no")
    write(root, "c.zip", make_zip({"m.txt": "丁".encode()}))
    extra = write(tmp_path, "single.txt", "戊".encode())
    results = list(iter_documents([root, extra]))
    assert [
        (
            Path(r.path.split("!")[0]).relative_to(tmp_path).as_posix()
            + ("!" + r.path.split("!", 1)[1] if "!" in r.path else ""),
            r.text,
        )
        for r in results
    ] == [
        ("in/a/sub/y.htm", "丙"),
        ("in/a/z.txt", "甲"),
        ("in/b.txt", "乙"),
        ("in/c.zip!/m.txt", "丁"),
        ("single.txt", "戊"),
    ]


def test_iter_documents_reports_missing_paths(tmp_path: Path) -> None:
    [r] = list(iter_documents([tmp_path / "gone.txt"]))
    assert r.status is Status.UNREADABLE


# --------------------------------------------------------------------------- traditional characters


def test_looks_traditional() -> None:
    assert looks_traditional(TRAD)
    assert looks_traditional("廣東省")
    assert looks_traditional("關於移送案件線索的函")
    assert not looks_traditional(TRAD_SIMPLE)
    assert not looks_traditional("广东省")
    assert not looks_traditional("ABC 2021")
    assert not looks_traditional("")
    # a stray traditional character in a simplified letter
    assert not looks_traditional("这个后续处理的問题由我局负责")


def test_simplified_view_keeps_offsets_aligned() -> None:
    original = f"关于《{TRAD}》及廣東省的回告"
    view, offsets = simplified_view(original)
    assert view == f"关于《{TRAD_SIMPLE}》及广东省的回告"
    assert offsets.is_identity and len(view) == len(original)
    for needle, expected in (("财政局", "財政局"), ("广东省", "廣東省"), ("处理书", "處理書")):
        start = view.index(needle)
        s, e = offsets.to_original(start, start + len(needle))
        assert original[s:e] == expected
        assert offsets.to_view(s, e) == (start, start + len(needle))


def test_simplified_view_uses_phrases_and_folds_radicals() -> None:
    assert simplified_view("乾燥的乾坤")[0] == "干燥的乾坤"
    assert simplified_view("⾦額")[0] == "金额"
    assert simplified_view("")[0] == ""
    plain = "竹财采〔2021〕519号 ABC"
    assert simplified_view(plain) == (plain, OffsetMap(len(plain), len(plain)))


def test_offset_map_with_length_changing_segments() -> None:
    # original "aXYb" → view "aZb": "XY" (2 chars at 1..3) became "Z" (1 char at 1..2)
    offsets = OffsetMap(original_length=4, view_length=3, segments=((1, 3, 1, 2),))
    assert not offsets.is_identity
    assert offsets.to_original(0, 1) == (0, 1)  # "a"
    assert offsets.to_original(1, 2) == (1, 3)  # "Z" → "XY"
    assert offsets.to_original(2, 3) == (3, 4)  # "b"
    assert offsets.to_original(0, 3) == (0, 4)
    assert offsets.to_view(1, 2) == (1, 2)  # half of "XY" widens to all of "Z"
    assert offsets.to_view(2, 4) == (1, 3)
    assert offsets.to_view(3, 4) == (2, 3)
    # one char becoming two: original "aXb" → view "aYZb"
    grow = OffsetMap(3, 4, ((1, 2, 1, 3),))
    assert grow.to_original(2, 3) == (1, 2)  # "Z" alone → "X"
    assert grow.to_original(3, 4) == (2, 3)
    assert grow.to_view(1, 2) == (1, 3)
    with pytest.raises(ProgrammingError):
        grow.to_original(0, 5)


# --------------------------------------------------------------------------- no network


def test_reading_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("reportlab")
    pdf = make_pdf(["移送函"])
    docx_bytes = make_docx(["移送函"])

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    write(tmp_path, "a.pdf", pdf)
    write(tmp_path, "b.docx", docx_bytes)
    write(
        tmp_path,
        "c.html",
        '<html><head><link rel="stylesheet" href="http://example.com/x.css">'
        '<script src="http://example.com/x.js"></script></head><body><img src="http://example.com/i.png">'
        "<p>移送函</p></body></html>".encode(),
    )
    write(tmp_path, "d.txt", b"\xd2\xc6\xcb\xcd\xba\xaf")  # GBK, exercises charset code paths
    texts = [r.text for r in iter_documents([tmp_path])]
    assert texts == ["移送函"] * 4


def test_default_limits() -> None:
    assert DEFAULT_LIMITS.max_bytes == 50_000_000
