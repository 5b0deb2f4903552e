"""dev12 — registers and tables (hand annotation, inline ⟦text|L⟧ marks).

Places: Anhui (Bengbu Bengshan, Huainan Tianjia'an, Huangshan Tunxi), Henan (Hebi Qibin, Xuchang Weidu). All persons,
companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Column headers (决定书文号, 移送文号, 案件编号, 经办人, 当事人) are labels, not annotated. 经办人 is not POSITION.',
]

DOCS = [
    dict(
        file='r1-djb-bengbu-bengshan-2026.txt', fmt='gb18030', kind='penalty_decision', violations=['false_materials', 'collusion', 'no_procurement'],
        issuer='蚌埠市蚌山区财政局',
        body='''
⟦蚌埠市蚌山区财政局|A⟧政府采购行政处罚决定登记簿（2026年度）
填报单位：⟦蚌埠市蚌山区财政局|A⟧政府采购监督管理股　　填报人：⟦闻静|P⟧
序号	当事人	项目编号	违法事实	决定书文号	送达日期	经办人
1	⟦蚌埠珠城电子科技有限公司|C⟧	⟦BSCG-2025-311|J⟧	提供虚假检测报告	⟦蚌山财罚〔2026〕1号|N⟧	⟦2026-01-15|D⟧	⟦雍涛|P⟧/⟦闻静|P⟧
2	⟦安徽涂山建设工程有限公司|C⟧	⟦BSCG-2025-287|J⟧	串通投标	⟦蚌山财罚〔2026〕2号|N⟧	⟦2026-02-03|D⟧	⟦雍涛|P⟧
3	⟦蚌埠禹会装饰工程有限公司|C⟧	⟦BSCG-2025-287|J⟧	串通投标	⟦蚌山财罚〔2026〕2-1号|N⟧	⟦2026-02-03|D⟧	⟦雍涛|P⟧
4	⟦蚌埠市蚌山区燕山乡中心学校|A⟧	⟦BSCG-2026-004|J⟧	拆分规避公开招标	⟦蚌山财处〔2026〕1号|N⟧	⟦2026-03-20|D⟧	⟦荀立平|P⟧
合计：罚款⟦人民币4.36万元|M⟧
''',
        rels=[('PENALIZED', '蚌埠市蚌山区财政局', '蚌埠珠城电子科技有限公司'),
              ('PENALIZED', '蚌埠市蚌山区财政局', '安徽涂山建设工程有限公司'),
              ('PENALIZED', '蚌埠市蚌山区财政局', '蚌埠禹会装饰工程有限公司'),
              ('PENALIZED', '蚌埠市蚌山区财政局', '蚌埠市蚌山区燕山乡中心学校'),
              ('BID_ON', '蚌埠珠城电子科技有限公司', 'BSCG-2025-311'),
              ('BID_ON', '安徽涂山建设工程有限公司', 'BSCG-2025-287'),
              ('BID_ON', '蚌埠禹会装饰工程有限公司', 'BSCG-2025-287')],
        notes=COMMON + [
            'Tab-separated register with a header row: each 决定书文号 cell is DOC_NO, each 项目编号 cell PROJECT_NO; two persons in one cell split by / are two PERSON spans.',
            'Each row is a decision entered by the issuer: PENALIZED to each 当事人 (the school, a purchaser, by the 处理决定). BID_ON for the suppliers in a row with a project number; the purchaser school is not a bidder.',
            '填报单位: bureau name + bare unit type (政府采购监督管理股): AGENCY is the bureau only, the unit unannotated (dev10/dev11). 填报人 is a label.',
            'no_procurement is also stated (row 4) — added to violations.',
        ],
    ),
    dict(
        file='r2-tz-huainan-tianjiaan-2026-q1.txt', fmt='utf-8', kind='penalty_decision', violations=['bribery'],
        issuer='淮南市田家庵区市场监督管理局',
        body='''
⟦淮南市田家庵区市场监督管理局|A⟧ 2026年第一季度招投标领域行政处罚案件台账

| 序号 | 当事人 | 法定代表人 | 决定书文号 | 处罚种类 | 罚没金额 | 作出日期 | 承办人 |
|---|---|---|---|---|---|---|---|
| 1 | ⟦淮南舜耕医疗器械有限公司|C⟧ | ⟦朱文斌|P⟧ | ⟦田市监处罚〔2026〕3号|N⟧ | 罚款、没收违法所得 | ⟦人民币12.6万元|M⟧ | ⟦2026.01.21|D⟧ | ⟦严若冰|P⟧、⟦戈亮|P⟧ |
| 2 | ⟦安徽八公山广告传媒有限公司|C⟧ | ⟦尚红|P⟧ | ⟦田市监处罚〔2026〕第11号|N⟧ | 罚款 | ⟦人民币3万元|M⟧ | ⟦2026.02.27|D⟧ | ⟦戈亮|P⟧ |
| 3 | ⟦淮南洞山物业服务有限公司|C⟧ | ⟦胥家宝|P⟧ | ⟦田市监处罚（2026）19号|N⟧ | 警告 | — | ⟦2026.03.30|D⟧ | ⟦严若冰|P⟧ |

备注：第1号案件系商业贿赂案，由⟦淮南市公安局田家庵分局|A⟧于⟦2025年12月2日|D⟧以⟦田公（经）移字〔2025〕14号|N⟧移送。
''',
        rels=[('PENALIZED', '淮南市田家庵区市场监督管理局', '淮南舜耕医疗器械有限公司'),
              ('PENALIZED', '淮南市田家庵区市场监督管理局', '安徽八公山广告传媒有限公司'),
              ('PENALIZED', '淮南市田家庵区市场监督管理局', '淮南洞山物业服务有限公司'),
              ('REFERRED', '淮南市公安局田家庵分局', '淮南市田家庵区市场监督管理局', '田公（经）移字〔2025〕14号', '2025年12月2日'),
              ('LEGAL_REP', '朱文斌', '淮南舜耕医疗器械有限公司'),
              ('LEGAL_REP', '尚红', '安徽八公山广告传媒有限公司'),
              ('LEGAL_REP', '胥家宝', '淮南洞山物业服务有限公司')],
        notes=COMMON + [
            'A |-separated (Markdown-style) register with header and rule rows. Number shapes in one column: 〔〕N号, 〔〕第N号, （）N号 — each DOC_NO.',
            'Dates with dots (2026.01.21): DATE as written (*unsure*; GUIDELINES list - and 年月日 forms only).',
            'The 法定代表人 column gives LEGAL_REP without a POSITION mention (as n4). 承办人 is a label.',
            'The 备注 line: a police transfer to the register\'s owner with date and number: REFERRED. The police number with （经） and 字 is one DOC_NO.',
        ],
    ),
    dict(
        file='r3-ysb-huangshan-tunxi-2026.docx', fmt='docx', kind='other', violations=['collusion', 'bribery', 'no_procurement'],
        issuer='黄山市屯溪区财政局',
        body='''⟦黄山市屯溪区财政局|A⟧2026年上半年政府采购问题线索移送情况统计表
填报日期：⟦2026年7月3日|D⟧　　审核：⟦胡秋明|P⟧（⟦副局长|T⟧）　　填表：⟦江可欣|P⟧
序号	移送文号	移送日期	接收单位	涉及主体	线索概要	反馈情况
1	⟦屯财移〔2026〕1号|N⟧	⟦2026年2月11日|D⟧	⟦黄山市公安局屯溪分局|A⟧	⟦黄山徽韵园林工程有限公司|C⟧等3家	涉嫌串通投标（项目编号⟦TXCG-2025-093|J⟧）	已立案
2	⟦屯财移〔2026〕2号|N⟧	⟦2026年3月5日|D⟧	⟦中共黄山市屯溪区纪律检查委员会|A⟧	⟦黄山市屯溪区老街管理委员会|A⟧⟦工作人员|T⟧⟦程某某|P⟧	涉嫌收受供应商财物	初核中
3	⟦屯财移〔2026〕2号之一|N⟧	⟦2026年3月5日|D⟧	⟦黄山市屯溪区监察委员会|A⟧	同上	同上	初核中
4	⟦屯财函〔2026〕9号|N⟧	⟦2026年5月18日|D⟧	⟦黄山市屯溪区审计局|A⟧	⟦黄山市屯溪区昱中街道办事处|A⟧	规避公开招标	未反馈
注：序号4为协查函，非移送。''',
        rels=[('REFERRED', '黄山市屯溪区财政局', '黄山市公安局屯溪分局', '屯财移〔2026〕1号', '2026年2月11日'),
              ('REFERRED', '黄山市屯溪区财政局', '中共黄山市屯溪区纪律检查委员会', '屯财移〔2026〕2号', '2026年3月5日'),
              ('REFERRED', '黄山市屯溪区财政局', '黄山市屯溪区监察委员会', '屯财移〔2026〕2号之一', '2026年3月5日@1'),
              ('HOLDS_POSITION', '胡秋明', '副局长', '黄山市屯溪区财政局'),
              ('HOLDS_POSITION', '程某某', '工作人员', '黄山市屯溪区老街管理委员会'),
              ('BID_ON', '黄山徽韵园林工程有限公司', 'TXCG-2025-093')],
        notes=COMMON + [
            'A .docx whose table is written as tab-separated paragraphs. Each 移送文号 cell is DOC_NO, 之一 suffix kept.',
            'One REFERRED per row with the row\'s number and date (dev11 m2); the date endpoint of row 3 points to its own cell (same text as row 2). Row 4 is a 协查函 (the note says so): its number is DOC_NO, no REFERRED (dev6/dev8).',
            'Sender: the issuer named in the title. 审核：name（副局长）: POSITION in （）, org the issuer.',
            '工作人员程某某 after the 管委会 name in a cell: POSITION (a staff role attached to a masked name), org the 管委会.',
            '等3家: a count, not annotated; only the named firm BID_ON.',
        ],
    ),
    dict(
        file='r4-ajdj-hebi-qibin-2026.txt', fmt='utf-8', kind='other', violations=['false_materials', 'contract_violation'],
        issuer='鹤壁市淇滨区住房和城乡建设局',
        body='''
⟦鹤壁市淇滨区住房和城乡建设局|A⟧建筑市场违法案件登记表
案件编号	立案日期	案由	当事人	文号	结案方式	承办科室
⟦QBJA-2026-007|N⟧	⟦2026-01-08|D⟧	投标业绩造假	⟦鹤壁淇河建设有限公司|C⟧（⟦法定代表人|T⟧⟦付海波|P⟧）	⟦淇住建罚〔2026〕4号|N⟧	罚款⟦人民币3.2万元|M⟧	建筑市场股
⟦QBJA-2026-009|N⟧	⟦2026-02-14|D⟧	违法转包	⟦河南朝歌建筑安装有限公司|C⟧（⟦法定代表人|T⟧⟦仝建业|P⟧）	⟦淇住建罚〔2026〕6号|N⟧	罚款⟦人民币5.5万元|M⟧	建筑市场股
⟦QBJA-2026-012|N⟧	⟦2026-03-02|D⟧	投标业绩造假	⟦鹤壁云梦山工程有限公司|C⟧	（未结）	调查中	建筑市场股
登记人：⟦楚佳|P⟧　　复核人：⟦项东升|P⟧（⟦法制股股长|T⟧）
''',
        rels=[('PENALIZED', '鹤壁市淇滨区住房和城乡建设局', '鹤壁淇河建设有限公司'),
              ('PENALIZED', '鹤壁市淇滨区住房和城乡建设局', '河南朝歌建筑安装有限公司'),
              ('LEGAL_REP', '付海波', '鹤壁淇河建设有限公司'),
              ('HOLDS_POSITION', '付海波', '法定代表人', '鹤壁淇河建设有限公司'),
              ('LEGAL_REP', '仝建业', '河南朝歌建筑安装有限公司'),
              ('HOLDS_POSITION', '仝建业', '法定代表人@1', '河南朝歌建筑安装有限公司'),
              ('HOLDS_POSITION', '项东升', '法制股股长', '鹤壁市淇滨区住房和城乡建设局')],
        notes=COMMON + [
            'Case register with both a 案件编号 column (QBJA-2026-007: the register\'s case number) and a 文号 column (the decision number): both DOC_NO (dev10: 案件登记号/立案编号 are DOC_NO). The letter-digit case number is DOC_NO, not PROJECT_NO: it numbers a case, not a tender (*unsure*, the shape is a project-number shape).',
            '（未结） in the 文号 column: no number, not annotated.',
            'Rows with a penalty as 结案方式: PENALIZED; the open case (调查中): none. Kind other (a register, *unsure*; r1 and r2 are penalty_decision because they are registers of decisions only — *unsure*).',
            'The 法定代表人 in （） after the company: POSITION + LEGAL_REP. 法制股股长 in （）: POSITION, org the bureau. 建筑市场股 (a bare unit type in a cell) not annotated.',
        ],
    ),
    dict(
        file='r5-yjdjb-xuchang-weidu-2026.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='许昌市魏都区公共资源交易中心',
        body='''
⟦许昌市魏都区公共资源交易中心|A⟧
异常情况处理及移交登记表（2026年）

编号 | 项目编号 | 异常情况 | 移交单位 | 移交函号 | 移交日期 | 登记人
WDJY-YC-001 | ⟦WDZB-2026-0015|J⟧ | ⟦许昌曹魏建设有限公司|C⟧与⟦许昌春秋楼建筑工程有限公司|C⟧投标文件由同一电脑制作 | ⟦许昌市魏都区发展和改革委员会|A⟧ | ⟦魏交中函〔2026〕3号|N⟧ | ⟦2026年2月25日|D⟧ | ⟦鄢梦|P⟧
WDJY-YC-002 | ⟦WDZB-2026-0031|J⟧ | 采购人代表⟦冀某某|P⟧（⟦许昌市魏都区文化旅游局|A⟧⟦副局长|T⟧）在评标现场发表倾向性意见 | ⟦中共许昌市魏都区纪律检查委员会|A⟧ | ⟦魏交中函〔2026〕5号|N⟧ | ⟦2026年4月1日|D⟧ | ⟦鄢梦|P⟧

中心⟦主任|T⟧：⟦邢卫红|P⟧
''',
        rels=[('REFERRED', '许昌市魏都区公共资源交易中心', '许昌市魏都区发展和改革委员会', '魏交中函〔2026〕3号', '2026年2月25日'),
              ('REFERRED', '许昌市魏都区公共资源交易中心', '中共许昌市魏都区纪律检查委员会', '魏交中函〔2026〕5号', '2026年4月1日'),
              ('HOLDS_POSITION', '冀某某', '副局长', '许昌市魏都区文化旅游局'),
              ('HOLDS_POSITION', '邢卫红', '主任', '许昌市魏都区公共资源交易中心'),
              ('BID_ON', '许昌曹魏建设有限公司', 'WDZB-2026-0015'),
              ('BID_ON', '许昌春秋楼建筑工程有限公司', 'WDZB-2026-0015')],
        notes=COMMON + [
            'The register\'s own row serial (编号 WDJY-YC-001) is not annotated: a line number of an internal register, neither a document number nor a project identifier (*unsure*; r4\'s 案件编号 is a case number and is DOC_NO).',
            '移交函号 cells: DOC_NO; each row a REFERRED from the centre (a public institution, AGENCY) with the row\'s date and number.',
            '采购人代表 is a procurement role label here; the post in （） with the agency: POSITION 副局长, org the 文化旅游局. 中心主任 signature: POSITION 主任, org the centre (中心 = the issuer, a pronoun-like short form, not annotated).',
        ],
    ),
]
