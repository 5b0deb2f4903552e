#!/usr/bin/env python3
"""Writes letters/ from the hand-written texts in src/t*.py (one file per thread).

Formats: utf8 (.txt UTF-8), gb18030 (.txt GB18030, CRLF), trad (.txt UTF-8, converted to
traditional characters with OpenCC s2t), docx (python-docx, red header line), html (a
government web page around the text), pdf (reportlab, STSong-Light, text layer).
Run with the project's venv:  .venv/bin/python eval/threads/dev/build_letters.py
"""
import html
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "letters"

SITES = {
    "licheng": dict(
        org="泉州市鲤城区人民政府", sub="区财政局",
        nav=["首页", "政务公开", "政府信息公开目录", "政策解读", "互动交流", "办事服务"],
        crumbs=["首页", "政务公开", "部门信息", "区财政局", "行政执法信息"],
        footer="主办：泉州市鲤城区人民政府办公室　承办：泉州市鲤城区财政局<br>闽ICP备XXXXXXXX号　闽公网安备 35050202XXXXXX号　网站标识码：3505020001",
        source="泉州市鲤城区财政局", pub="2025-09-29 16:42"),
    "zengdu": dict(
        org="随州市曾都区人民政府", sub="曾都区财政局",
        nav=["首页", "走进曾都", "信息公开", "政务服务", "政民互动", "专题专栏"],
        crumbs=["首页", "信息公开", "法定主动公开内容", "政府采购监管", "投诉处理"],
        footer="随州市曾都区人民政府办公室主办　鄂ICP备XXXXXXXX号-1<br>鄂公网安备42130202XXXXXX号　网站标识码4213030001　建议使用1920×1080分辨率浏览",
        source="曾都区财政局", pub="2026-03-30 09:15"),
    "guangfeng": dict(
        org="上饶市广丰区人民政府", sub="区市场监督管理局",
        nav=["网站首页", "政务动态", "信息公开", "政务服务", "互动交流", "数据开放"],
        crumbs=["当前位置：首页", "信息公开", "区市场监督管理局", "双公示", "行政处罚"],
        footer="版权所有：上饶市广丰区人民政府　主办：上饶市广丰区人民政府办公室<br>赣ICP备XXXXXXXX号　赣公网安备36112202XXXXXX号",
        source="上饶市广丰区市场监督管理局", pub="2025-07-02 10:03"),
}


def load_letters():
    letters = []
    for p in sorted((HERE / "src").glob("t*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for d in mod.L:
            d["thread_src"] = p.stem
            letters.append(d)
    return letters


def write_docx(path, text):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    lines = [l for l in text.strip().split("\n")]
    doc = Document()
    # header: issuing organ in red, document number, title
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lines[0] + "文件" if "函" not in lines[2] else lines[0]); r.bold = True
    r.font.size = Pt(26); r.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
    p = doc.add_paragraph(lines[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("—" * 20).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(lines[2]); r.bold = True; r.font.size = Pt(18)
    rest = lines[3:]
    # signature block: the organ line before the date, and the date line
    for i, line in enumerate(rest):
        para = doc.add_paragraph(line)
        is_sig = i >= len(rest) - 4 and (line.endswith("日") or line == lines[0] or "局" == line[-1:] or "会" == line[-1:])
        if is_sig and not line.startswith("抄送"):
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # fixed metadata, so that a rebuild gives the same bytes
    import datetime
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "办公室"
    cp.created = cp.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.revision = 1
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, zin.read(info.filename))


def write_html(path, d):
    s = SITES[d["site"]]
    lines = d["text"].strip().split("\n")
    body = []
    for i, line in enumerate(lines):
        cls = ' class="tc"' if i < 3 else (' class="tr"' if i >= len(lines) - 2 else "")
        body.append(f"<p{cls}>{html.escape(line)}</p>")
    nav = "".join(f'<li><a href="#">{html.escape(n)}</a></li>' for n in s["nav"])
    crumbs = " &gt; ".join(f'<a href="#">{html.escape(c)}</a>' for c in s["crumbs"])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(d['title'])}_{html.escape(s['org'])}</title>
<meta name="SiteName" content="{html.escape(s['org'])}">
<meta name="ColumnName" content="{html.escape(s['crumbs'][-1])}">
<meta name="ArticleTitle" content="{html.escape(d['title'])}">
<style>.tc{{text-align:center}} .tr{{text-align:right}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><span>{html.escape(s['org'])}</span> <a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">繁體</a></div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>
<ul class="nav">{nav}</ul>
<div class="crumbs">{crumbs}</div>
<div class="article">
<h1>{html.escape(d['title'])}</h1>
<div class="info">来源：{html.escape(s['source'])}　发布时间：{s['pub']}　浏览次数：<span>1</span>　字号：[大 中 小]</div>
<div class="content">
{chr(10).join(body)}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">中国政府网</a></li><li><a href="#">信用中国</a></li></ul></div>
<div class="footer">{s['footer']}</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def write_pdf(path, text):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    y = h - 70
    lines = text.strip().split("\n")
    per = 34  # characters per line at 14pt

    def wrap(s):
        # break only after Chinese punctuation, so that no number or date is split
        out, cur = [], ""
        for ch in s:
            cur += ch
            if len(cur) >= per - 8 and ch in "，。；：、":
                out.append(cur); cur = ""
        if cur or not out:
            out.append(cur)
        return out
    for i, line in enumerate(lines):
        if i == 0:
            c.setFillColorRGB(0.9, 0, 0); c.setFont("STSong-Light", 24)
            c.drawCentredString(w / 2, y, line); y -= 36; c.setFillColorRGB(0, 0, 0); continue
        if i in (1, 2):
            c.setFont("STSong-Light", 16 if i == 1 else 12)
            c.drawCentredString(w / 2, y, line); y -= 28; continue
        c.setFont("STSong-Light", 14)
        right = i >= len(lines) - 3 and not line.startswith("抄送")
        if line.startswith("抄送"):
            y -= 20
        for part in wrap(line):
            if y < 60:
                c.showPage(); y = h - 70; c.setFont("STSong-Light", 14)
            if right:
                c.drawString(w - 70 - 14 * len(part), y, part)
            else:
                c.drawString(70, y, part)
            y -= 22
    c.save()


def main():
    OUT.mkdir(exist_ok=True)
    letters = load_letters()
    names = [d["name"] for d in letters]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit(f"duplicate names: {dup}")
    for old in OUT.iterdir():
        old.unlink()
    for d in letters:
        path = OUT / d["name"]
        fmt, text = d["fmt"], d["text"]
        if fmt == "utf8":
            path.write_text(text, encoding="utf-8")
        elif fmt == "utf8bom":
            path.write_text(text, encoding="utf-8-sig")
        elif fmt == "gb18030":
            path.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
        elif fmt == "trad":
            import opencc
            t = opencc.OpenCC("s2t").convert(text)
            # OpenCC's s2t picks rare forms for two words of official letters
            t = t.replace("覈", "核").replace("覆函", "復函").replace("爲", "為")
            path.write_text(t, encoding="utf-8")
        elif fmt == "docx":
            write_docx(path, text)
        elif fmt == "html":
            write_html(path, d)
        elif fmt == "pdf":
            write_pdf(path, text)
        else:
            sys.exit(f"unknown format {fmt}")
    print(f"{len(letters)} letters written to {OUT}")


if __name__ == "__main__":
    main()
