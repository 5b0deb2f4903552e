"""Regenerate procurement_2021.xlsx (a workbook with one record kind per sheet): python make_procurement_xlsx.py"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

SHEETS = {
    "说明": [["本工作簿为合成示例数据（非真实企业）。每个工作表是一种记录：项目、投标、保证金。"]],
    "项目": [
        ["项目编号", "项目名称", "地区", "预算（万元）", "采购方式", "开标日期", "项目类别", "采购人", "采购人地区", "代理机构"],
        ["MZCG-2021-017", "绵竹市教育局课桌椅采购项目", "绵竹市", 98, "公开招标", dt.date(2021, 5, 20), "货物",
         "绵竹市教育局", "绵竹市", "示例成都华信招标代理有限公司"],
        ["MZCG-2021-023", "绵竹市财政局办公设备采购项目", "绵竹市", 12.5, "询价", dt.date(2021, 7, 2), "货物",
         "绵竹市财政局", "绵竹市", None],
    ],
    "投标": [
        ["2021年投标记录"],
        ["项目编号", "投标人", "统一社会信用代码", "报价（元）", "排名", "是否中标", "投标时间", "IP地址", "MAC地址", "编制人"],
        ["MZCG-2021-017", "示例绵竹恒达建材有限公司", "91510683MA62A1B3C8", 945000, 1, "是", dt.datetime(2021, 5, 19, 16, 2),
         "171.217.10.8", None, None],
        ["MZCG-2021-017", "示例德阳宏远商贸有限公司", "91510600MA6H7J8K9H", 958000, 2, "否", dt.datetime(2021, 5, 19, 21, 40),
         "117.173.22.41", "00-1A-2B-3C-4D-5E", "陈静"],
        ["MZCG-2021-017", "示例绵竹鑫源办公家具有限公司", "91510683MA62D4E5FH", 962000, 3, "否", dt.datetime(2021, 5, 19, 21, 47),
         "117.173.22.41", "00-1A-2B-3C-4D-5E", "陈静"],
        ["MZCG-2021-023", "示例绵竹永盛印务有限公司", None, "118,600.00", 1, "是", None, None, None, None],
    ],
    "保证金": [
        ["项目编号", "投标人", "保证金账户", "开户行"],
        ["MZCG-2021-017", "示例德阳宏远商贸有限公司", "6228 4804 6881 2345 678", "中国农业银行绵竹支行"],
        ["MZCG-2021-017", "示例绵竹鑫源办公家具有限公司", "6228480468812345678", "中国农业银行绵竹支行"],
    ],
}


def main() -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in SHEETS.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(Path(__file__).with_name("procurement_2021.xlsx"))


if __name__ == "__main__":
    main()
