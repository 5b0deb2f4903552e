"""heldout15 — spec_b: letters L03–L08 (转办函, 回执 docx, 退回函, 协查函 and its 复函, 催办函). All invented."""

DOCS = [
    dict(
        file='h15-03-zbh-jingjiang-jwjw-2026-12.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='中共靖江市纪律检查委员会',
        body='''
⟦中共靖江市纪律检查委员会|A⟧
⟦靖江市监察委员会|A⟧
信访举报转办函
⟦靖纪转〔2026〕12号|N⟧

⟦靖江市市场监督管理局|A⟧：
　　⟦市纪委监委信访室|A⟧近日收到实名举报一件（信访件编号：JJ2026-0417），反映⟦靖江市教育局|A⟧组织的城区学校食堂食材配送服务采购中，招标文件要求投标人须在本市设有不少于2000平方米的冷链仓库，并将“本地纳税满三年”列为加分项，涉嫌排斥外地供应商；举报人还反映中标人⟦靖江鲜达供应链管理有限公司|C⟧⟦总经理|T⟧⟦顾海军|P⟧与该局后勤管理中心有关人员关系密切。
　　经研究，举报反映的招标文件设置不合理条件问题属你局职责范围，现转你局依法处理。涉及公职人员的问题线索，请在办理中一并核实，发现违纪违法问题的及时向我委移送。请于⟦2026年5月29日|D⟧前将办理情况书面报送⟦市纪委监委|A⟧。

⟦中共靖江市纪律检查委员会|A⟧　　⟦靖江市监察委员会|A⟧
⟦2026年4月28日|D⟧
（此件不公开）
''',
        rels=[
            ('REFERRED', '中共靖江市纪律检查委员会', '靖江市市场监督管理局', '靖纪转〔2026〕12号', '2026年4月28日'),
            ('REFERRED', '靖江市监察委员会', '靖江市市场监督管理局', '靖纪转〔2026〕12号', '2026年4月28日'),
            ('HOLDS_POSITION', '顾海军', '总经理', '靖江鲜达供应链管理有限公司'),
        ],
        unmarked=[],
        notes=['Joint sender header (纪委 + 监委): each sender → the addressee (as dev19 b1/b4).',
               '市纪委监委信访室 is a named sub-unit with a level prefix: one AGENCY span. 后勤管理中心 after 该局 has no place: not AGENCY (DECISIONS).',
               '信访件编号 is a register number: not DOC_NO. The deadline 2026年5月29日 is a DATE but not a transfer date.',
               'A 转办 of a complaint to the competent body is treated as a REFERRED (a transfer of a clue).'],
    ),
    dict(
        file='h15-04-hz-huaxian-gaj-2026.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='滑县公安局',
        body='''
⟦滑县公安局|A⟧
案件线索接收回执
回执编号：HXGA-HZ-2026-033

⟦滑县公共资源交易中心|A⟧：
你中心⟦2026年6月2日|D⟧移送的《关于⟦河南豫垣建筑工程有限公司|C⟧涉嫌提供虚假业绩材料的线索移送函》（⟦滑交易函〔2026〕9号|N⟧）及所附电子光盘1张、投标文件复印件2册，我局经济犯罪侦查大队已于⟦2026年6月4日|D⟧接收。
我局将依法进行审查，并将审查结果及时告知你中心。
接收人：⟦郭振宇|P⟧
⟦滑县公安局经济犯罪侦查大队|A⟧（章）
⟦2026年6月4日|D⟧
''',
        unmarked=['滑县公安局'],
        rels=[('REFERRED', '滑县公共资源交易中心', '滑县公安局', '滑交易函〔2026〕9号', '2026年6月2日')],
        notes=['回执编号 is a register serial: not DOC_NO (DECISIONS).',
               'The bare 经济犯罪侦查大队 after 我局 has no place: not AGENCY (DECISIONS); the signature\'s 滑县公安局经济犯罪侦查大队 is one maximal AGENCY span.',
               'REFERRED receiver is the named issuer 滑县公安局 (the receipt is the police\'s); date = the transfer date 2026年6月2日, not the receipt date.',
               'The letter title contains the company name: annotated (GUIDELINES §2.3).'],
    ),
]
