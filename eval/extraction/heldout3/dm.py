"""Annotation aid: regex proposals for DATE and MONEY spans. Every proposal was reviewed by hand
(see review.py); per-document exclusions and additions are in the spec files."""
import re
CN = '〇零一二三四五六七八九十'
NUM = r'(?:\d{1,2}|[' + CN + r']{1,3})'
YEAR = r'(?:\d{4}|[' + CN + r']{4})\s?年\s?'
MON = NUM + r'(?:、' + NUM + r')?\s?月'
MON2 = r'(?:八九|九十|六七|七八|五六|四五|三四|十一|十二|' + NUM + r'(?:、' + NUM + r')?)\s?月'
DAY = r'\s?' + NUM + r'\s?[日号]'
DATE_RE = re.compile(
    r'(?:' + YEAR + MON2 + r'(?:' + DAY + r'|份|初|底|中旬|上旬|下旬)?' + r')'
    r'|(?:(?<![\d' + CN + r'])' + MON + DAY + r')'
    r'|(?:\d{4}-\d{1,2}-\d{1,2})|(?:\d{4}\.\d{1,2}\.\d{1,2})')
CNUM = '零〇一二三四五六七八九十百千万亿两壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億'
MONEY_RE = re.compile(
    r'(?:(?:人民币|人民幣|港币|美元|￥|¥)\s?)?'
    r'(?:(?:\d[\d,]*(?:\.\d+)?)(?:余|多)?(?:千|万|亿|萬|億)?(?:余|多)?(?:元|某)(?:整)?'
    r'|[' + CNUM + r']{2,}(?:几百|余|多)?(?:元|圆)(?:整)?)')
def dates(text):
    return [(m.start(), m.end()) for m in DATE_RE.finditer(text)]
def money(text):
    out = []
    for m in MONEY_RE.finditer(text):
        s, e = m.start(), m.end()
        if text[s:e].endswith('某') and '万' not in text[s:e]:
            continue
        out.append((s, e))
    return out
