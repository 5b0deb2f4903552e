"""dev16 — court and prosecution texts, part 2 (c9–c16), inline ⟦text|L⟧ marks.

Guangxi 贺州八步区, Sichuan 泸州江阳区, Guizhou 黔南州都匀市, Yunnan 大理州大理市, Shaanxi 咸阳秦都区, Gansu 白银,
Shanxi 吕梁离石区, Liaoning 盘锦兴隆台区. All persons, companies, numbers, amounts and acts are invented.
"""

# the same shared notes as spec_court.py (kept local: an import by name would pick up another set's module on sys.path)
COMMON = [
    '公诉机关, 被告人, 被告单位, 诉讼代表人, 辩护人 are procedural roles, never POSITION. Court case numbers keep their parentheses. '
    'A sentence by the named court is PENALIZED (court → each sentenced person or unit); 刑事拘留, 留置, 逮捕, 取保候审, 提起公诉 are no relations.',
    '户籍地/住址 values are addresses and are not annotated. Birth dates with year+month(+day) are DATE; 1985年出生 is not.',
    '审判长, 审判员, 人民陪审员, 书记员, 检察官 before a name are POSITION with org the court or procuratorate (dev14/dev15).',
]

DOCS = [
    dict(
        file='c9-qss-hezhou-babu-2026-33.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='广西壮族自治区贺州市八步区人民检察院',
        body='''
⟦广西壮族自治区贺州市八步区人民检察院|A⟧
起 诉 书
⟦贺八检刑诉〔2026〕33号|N⟧

　　被告人⟦莫某|P⟧，男，⟦1984年3月17日|D⟧出生，壮族，户籍地广西壮族自治区贺州市八步区，⟦广西贺江建设工程有限公司|C⟧⟦副总经理|T⟧。因涉嫌犯串通投标罪，于⟦2025年12月9日|D⟧被⟦贺州市公安局八步分局|A⟧刑事拘留，⟦2025年12月30日|D⟧经本院批准被逮捕。
　　被告人⟦黄某某|P⟧，男，⟦1979年10月2日|D⟧出生，瑶族，⟦贺州桂东市政工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2025年12月9日|D⟧被⟦贺州市公安局八步分局|A⟧取保候审。
　　本案由⟦贺州市公安局八步分局|A⟧侦查终结，以⟦贺八公（经）诉字〔2026〕11号|N⟧起诉意见书，于⟦2026年2月26日|D⟧向本院移送审查起诉。案件线索系⟦贺州市八步区公共资源交易中心|A⟧通过数据比对发现并报送⟦贺州市八步区发展和改革局|A⟧，⟦八步区发改局|A⟧于⟦2025年11月3日|D⟧将线索移交⟦贺州市公安局八步分局|A⟧。
　　经依法审查查明：
　　⟦2025年5月|D⟧，⟦贺州市八步区住房和城乡建设局|A⟧就“八步区城东片区排水管网改造工程”（招标编号：⟦HZBB-JS-2025-0033|J⟧）公开招标。被告人⟦莫某|P⟧为使⟦广西贺江建设工程有限公司|C⟧中标，与被告人⟦黄某某|P⟧约定由⟦贺州桂东市政工程有限公司|C⟧、⟦XX建设有限公司|C⟧参与投标陪标，三家公司投标文件由⟦莫某|P⟧同一台电脑制作，投标保证金从同一账户转出。⟦广西贺江建设工程有限公司|C⟧以⟦人民币763.15万元|M⟧中标，⟦莫某|P⟧事后支付⟦黄某某|P⟧“辛苦费”⟦人民币4万元|M⟧。
　　本院认为，被告人⟦莫某|P⟧、⟦黄某某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。
　　此致
⟦贺州市八步区人民法院|A⟧

⟦检察官|T⟧　⟦韦春燕|P⟧
⟦2026年3月25日|D⟧
''',
        rels=[('REFERRED', '贺州市公安局八步分局', '广西壮族自治区贺州市八步区人民检察院', '贺八公（经）诉字〔2026〕11号', '2026年2月26日'),
              ('REFERRED', '贺州市八步区发展和改革局', '贺州市公安局八步分局', None, '2025年11月3日'),
              ('REFERRED', '贺州市八步区公共资源交易中心', '贺州市八步区发展和改革局'),
              ('LEGAL_REP', '黄某某', '贺州桂东市政工程有限公司'),
              ('HOLDS_POSITION', '莫某', '副总经理', '广西贺江建设工程有限公司'),
              ('HOLDS_POSITION', '黄某某', '法定代表人', '贺州桂东市政工程有限公司'),
              ('HOLDS_POSITION', '韦春燕', '检察官', '广西壮族自治区贺州市八步区人民检察院'),
              ('BID_ON', '广西贺江建设工程有限公司', 'HZBB-JS-2025-0033'),
              ('BID_ON', '贺州桂东市政工程有限公司', 'HZBB-JS-2025-0033'),
              ('BID_ON', 'XX建设有限公司', 'HZBB-JS-2025-0033')],
        aliases={'八步区发改局': '贺州市八步区发展和改革局'},
        notes=COMMON + [
            '向本院移送审查起诉: the receiver is 本院 = the issuing procuratorate (GUIDELINES: receiver as self-reference → the named issuer).',
            '交易中心 报送 发改局 a clue found by data comparison: REFERRED without date (*unsure*: 报送 is a report upward rather than a transfer); 发改局 移交 公安: REFERRED.',
            'XX建设有限公司 keeps the shape of a company name: COMPANY.',
        ],
    ),
    dict(
        file='c10-ss-luzhou-jiangyang-2026-156.html', fmt='html', kind='court_judgment', violations=['bribery', 'collusion', 'interference'],
        issuer='四川省泸州市江阳区人民法院',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>刑事判决书</title><style>p{text-indent:2em}</style></head>
<body>
<div class="title">⟦四川省泸州市江阳区人民法院|A⟧</div>
<div class="title">刑事判决书</div>
<div class="ah">⟦（2026）川0502刑初156号|N⟧</div>
<p>公诉机关⟦泸州市江阳区人民检察院|A⟧。</p>
<p>被告人⟦罗某某|P⟧，男，⟦1970年4月11日|D⟧出生，汉族，原⟦泸州市江阳区农业农村局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌犯受贿罪，于⟦2025年9月16日|D⟧被⟦泸州市江阳区监察委员会|A⟧留置，⟦2025年12月11日|D⟧被逮捕。</p>
<p>被告人⟦冯某|P⟧，男，⟦1986年8月8日|D⟧出生，汉族，⟦四川酒城农业科技有限公司|C⟧⟦总经理|T⟧。因涉嫌犯串通投标罪，于⟦2025年10月20日|D⟧被⟦泸州市公安局江阳区分局|A⟧取保候审。</p>
<p>辩护人⟦唐洪|P⟧，⟦四川沱江律师事务所|C⟧⟦律师|T⟧。</p>
<p>经审理查明：</p>
<p>一、受贿事实。⟦2022年1月|D⟧至⟦2024年8月|D⟧，被告人⟦罗某某|P⟧利用分管农机采购的职务便利，在高标准农田灌溉设备采购项目（项目编号：⟦JYNY-2022-014|J⟧）中向评标专家打招呼，为⟦四川酒城农业科技有限公司|C⟧（以下简称⟦酒城农科|C⟧）中标提供帮助，收受被告人⟦冯某|P⟧所送⟦人民币32万元|M⟧。</p>
<p>二、串通投标事实。在上述项目中，被告人⟦冯某|P⟧另安排⟦泸州某某农机有限公司|C⟧、⟦某某建筑公司|C⟧陪标，三家公司投标报价由其统一确定。⟦酒城农科|C⟧以⟦人民币538.2万元|M⟧中标。</p>
<p>⟦泸州市江阳区监察委员会|A⟧于⟦2025年10月8日|D⟧将⟦冯某|P⟧涉嫌串通投标犯罪线索移送⟦泸州市公安局江阳区分局|A⟧。</p>
<p>依照《⟦中华人民共和国刑法|L⟧》第三百八十五条、第三百八十六条、第二百二十三条、《⟦中华人民共和国监察法|L⟧》第三十一条之规定，判决如下：</p>
<p>一、被告人⟦罗某某|P⟧犯受贿罪，判处有期徒刑二年六个月，并处罚金⟦人民币二十万元|M⟧；</p>
<p>二、被告人⟦冯某|P⟧犯串通投标罪，判处有期徒刑六个月，缓刑一年，并处罚金⟦人民币三万元|M⟧。</p>
<div class="sign">⟦审判长|T⟧　⟦何静|P⟧<br>⟦审判员|T⟧　⟦苏文|P⟧<br>⟦审判员|T⟧　⟦杨光|P⟧<br>⟦二〇二六年八月四日|D⟧<br>⟦书记员|T⟧　⟦邱月|P⟧</div>
<div class="src">来源：⟦泸州市江阳区人民法院|A⟧　发布日期：⟦2026-08-10|D⟧</div>
</body></html>
''',
        rels=[('PENALIZED', '四川省泸州市江阳区人民法院', '罗某某'),
              ('PENALIZED', '四川省泸州市江阳区人民法院', '冯某'),
              ('REFERRED', '泸州市江阳区监察委员会', '泸州市公安局江阳区分局', None, '2025年10月8日'),
              ('HOLDS_POSITION', '罗某某', '党组成员', '泸州市江阳区农业农村局'),
              ('HOLDS_POSITION', '罗某某', '副局长', '泸州市江阳区农业农村局'),
              ('HOLDS_POSITION', '冯某', '总经理', '四川酒城农业科技有限公司'),
              ('HOLDS_POSITION', '唐洪', '律师', '四川沱江律师事务所'),
              ('HOLDS_POSITION', '何静', '审判长', '四川省泸州市江阳区人民法院'),
              ('HOLDS_POSITION', '苏文', '审判员', '四川省泸州市江阳区人民法院'),
              ('HOLDS_POSITION', '杨光', '审判员@1', '四川省泸州市江阳区人民法院'),
              ('HOLDS_POSITION', '邱月', '书记员', '四川省泸州市江阳区人民法院'),
              ('BID_ON', '四川酒城农业科技有限公司', 'JYNY-2022-014'),
              ('BID_ON', '泸州某某农机有限公司', 'JYNY-2022-014'),
              ('BID_ON', '某某建筑公司', 'JYNY-2022-014')],
        aliases={'酒城农科': '四川酒城农业科技有限公司', '泸州市江阳区人民法院': '四川省泸州市江阳区人民法院'},
        notes=COMMON + [
            'html: texts/<file>.txt holds the visible text. The page chrome 来源 court name (without province) is AGENCY, alias of the court; the publishing date is DATE.',
            '泸州某某农机有限公司 and 某某建筑公司 keep the shape of company names: COMPANY (GUIDELINES §2.8: 寿宁县某建筑工程有限公司, 某建设有限公司).',
            '监委 → 公安分局 transfer of the collusion clue: REFERRED. 向评标专家打招呼 → interference (GUIDELINES), besides bribery and collusion.',
        ],
    ),
]

DOCS += [
    dict(
        file='c11-ssss-qiannan-duyun-2026.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer=None,
        aliases={'某某1公司': '贵州某某水利水电工程有限公司', '某某2公司': '黔南XX建筑工程有限公司'},
        body='''
　　经审理查明：⟦2023年3月|D⟧，⟦都匀市某某镇人民政府|A⟧拟对该镇农村饮水安全巩固提升工程进行公开招标（项目编号：⟦DYZC-2023-SL-011|J⟧），委托⟦XX招标代理有限公司|C⟧代理。被告人⟦张某1|P⟧得知后，为承揽该工程，借用⟦贵州某某水利水电工程有限公司|C⟧（以下简称⟦某某1公司|C⟧）、⟦黔南XX建筑工程有限公司|C⟧（以下简称⟦某某2公司|C⟧）资质参与投标，并安排⟦王××|P⟧制作两家公司的投标文件、统一报价。开标前，⟦张某1|P⟧通过被告人⟦李某某|P⟧（时任该镇⟦党委委员|T⟧、⟦副镇长|T⟧）向⟦评标专家|T⟧⟦刘某|P⟧打招呼，并送给⟦李某某|P⟧现金⟦2万元|M⟧。⟦某某1公司|C⟧最终以⟦2,063,518.74元|M⟧的价格中标，该工程于⟦2023年11月|D⟧拨付工程款⟦156万余元|M⟧。
　　另查明，⟦2024年9月12日|D⟧，⟦都匀市财政局|A⟧在办理投诉过程中发现线索，将该案移送⟦都匀市公安局|A⟧，涉及公职人员的问题线索同时移送⟦都匀市纪委监委|A⟧。被告人⟦张某1|P⟧于⟦2024年10月8日|D⟧主动到⟦都匀市公安局经济犯罪侦查大队|A⟧投案，如实供述了上述犯罪事实。某某县某局出具情况说明，证实……
''',
        rels=[('REFERRED', '都匀市财政局', '都匀市公安局', None, '2024年9月12日'),
              ('REFERRED', '都匀市财政局', '都匀市纪委监委', None, '2024年9月12日'),
              ('HOLDS_POSITION', '李某某', '党委委员', '都匀市某某镇人民政府'),
              ('HOLDS_POSITION', '李某某', '副镇长', '都匀市某某镇人民政府'),
              ('HOLDS_POSITION', '刘某', '评标专家', None),
              ('BID_ON', '贵州某某水利水电工程有限公司', 'DYZC-2023-SL-011'),
              ('BID_ON', '黔南XX建筑工程有限公司', 'DYZC-2023-SL-011')],
        notes=[
            'A bare fact paragraph (经审理查明) of a judgment, cut at the end: kind court_judgment, issuer null (no court named); no sentence → no PENALIZED.',
            'Anonymised names kept as written: 都匀市某某镇人民政府 (AGENCY), XX招标代理有限公司, 贵州某某水利水电工程有限公司, 黔南XX建筑工程有限公司 (COMPANY), 张某1, 李某某, 王××, 刘某 (PERSON). '
            'The defined short names 某某1公司 / 某某2公司 are anonymised defined abbreviations (like C公司): COMPANY, aliased to the full names (*unsure*).',
            '某某县某局 (anonymised place + 某 + the category noun 局) is not annotated: by analogy with GUIDELINES\' 泰顺县某公路工程投标单位 (no name element) (*unsure*).',
            '评标专家刘某: POSITION with org null (GUIDELINES: 评审专家陈国清; 专家 org null).',
            '财政局 → 公安局 and → 纪委监委 on the same date: two REFERRED. 投案 to the police\'s 经济犯罪侦查大队 (AGENCY, maximal span) is no relation. '
            'Amounts without 人民币 (2万元, 156万余元, decimals) are MONEY.',
            '时任该镇党委委员、副镇长: two POSITION with org the 镇人民政府 (该镇 resolved).',
        ],
    ),
]

DOCS += [
    dict(
        file='c12-gsjgzk-dali-2026.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='云南省大理市人民法院',
        body='''
⟦云南省大理市人民法院|A⟧
刑事判决书
⟦（2026）云2901刑初62号|N⟧

　　公诉机关⟦云南省大理市人民检察院|A⟧。
　　被告人⟦杨某|P⟧，男，白族，⟦1977年9月|D⟧出生，⟦大理苍洱建设工程有限公司|C⟧⟦股东|T⟧。因涉嫌犯串通投标罪、行贿罪于⟦2025年7月4日|D⟧被⟦大理市公安局|A⟧刑事拘留，同年⟦8月8日|D⟧被取保候审。
　　辩护人⟦段玉兰|P⟧，⟦云南洱海律师事务所|C⟧⟦律师|T⟧。
　　公诉机关指控：⟦2022年10月|D⟧，⟦大理州××县财政局|A⟧组织“××县乡村学校运动场改造项目”（项目编号：⟦DLZC-2022-117|J⟧）采购。被告人⟦杨某|P⟧借用⟦大理苍洱建设工程有限公司|C⟧（以下简称⟦苍洱公司|C⟧）、⟦云南某某体育设施有限公司|C⟧、⟦大理XX市政工程有限公司|C⟧三家公司资质参与投标，三家公司的投标文件均由⟦杨某|P⟧联系的⟦赵××|P⟧制作，投标保证金均由⟦杨某|P⟧个人账户转出。为确保中标，⟦杨某|P⟧送给该项目采购人代表、时任⟦××县教育体育局|A⟧计财股⟦股长|T⟧⟦段某某|P⟧（另案处理）现金⟦人民币5万元|M⟧。⟦苍洱公司|C⟧以⟦人民币4,852,300元|M⟧中标。
　　⟦2025年5月|D⟧，⟦大理州××县财政局|A⟧将上述线索移送⟦大理市公安局|A⟧。
　　对上述指控，公诉机关当庭出示了书证、证人证言、被告人供述等证据，认为被告人⟦杨某|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条、第三百八十九条，应当以串通投标罪、行贿罪追究其刑事责任。
　　……（以下略）
''',
        rels=[('REFERRED', '大理州××县财政局', '大理市公安局', None, '2025年5月'),
              ('HOLDS_POSITION', '杨某', '股东', '大理苍洱建设工程有限公司'),
              ('HOLDS_POSITION', '段玉兰', '律师', '云南洱海律师事务所'),
              ('HOLDS_POSITION', '段某某', '股长', '××县教育体育局'),
              ('BID_ON', '大理苍洱建设工程有限公司', 'DLZC-2022-117'),
              ('BID_ON', '云南某某体育设施有限公司', 'DLZC-2022-117'),
              ('BID_ON', '大理XX市政工程有限公司', 'DLZC-2022-117')],
        aliases={'苍洱公司': '大理苍洱建设工程有限公司'},
        notes=COMMON + [
            'A judgment opening and the 公诉机关指控 paragraph, cut before the court’s findings: issuer the court; no sentence in the excerpt → no PENALIZED.',
            '同年8月8日: the month+day after the relative anchor is DATE.',
            '××-masked agencies keep the shape of a name: 大理州××县财政局, ××县教育体育局 (AGENCY). The project name ××县乡村学校运动场改造项目 contains no agency name.',
            '计财股股长: POSITION 股长, the internal unit word 计财股 left out (organisation words are left out), org the bureau (*unsure*). 采购人代表 is a role of the procurement, '
            'written before 时任…: not annotated as a second POSITION (*unsure*).',
        ],
    ),
]

DOCS += [
    dict(
        file='c13-ss-xianyang-qindu-2026-97.txt', fmt='gb18030', kind='court_judgment', violations=['bribery'],
        issuer='陕西省咸阳市秦都区人民法院',
        body='''
⟦陕西省咸阳市秦都区人民法院|A⟧
刑事判决书
⟦（2026）陕0402刑初97号|N⟧

　　公诉机关⟦咸阳市秦都区人民检察院|A⟧。
　　被告单位⟦陕西秦川医疗器械有限公司|C⟧，住所地咸阳市秦都区，⟦法定代表人|T⟧⟦雷振宇|P⟧。
　　诉讼代表人⟦党小红|P⟧，该公司⟦行政经理|T⟧。
　　被告人⟦雷振宇|P⟧，男，⟦1974年3月30日|D⟧出生，汉族，⟦陕西秦川医疗器械有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯单位行贿罪于⟦2025年8月6日|D⟧被⟦咸阳市秦都区监察委员会|A⟧留置，同年⟦11月2日|D⟧被取保候审。
　　辩护人⟦王宏|P⟧，⟦陕西渭城律师事务所|C⟧⟦律师|T⟧。
　　经审理查明：⟦2021年6月|D⟧至⟦2024年7月|D⟧，被告单位⟦陕西秦川医疗器械有限公司|C⟧（以下简称⟦秦川公司|C⟧）为在⟦咸阳市秦都区人民医院|A⟧彩超、DR设备采购项目（项目编号：⟦QDYY-2021-SB-06|J⟧、⟦QDYY-2023-SB-02|J⟧）中中标并顺利回款，经被告人⟦雷振宇|P⟧决定，先后给予该院⟦原副院长|T⟧⟦樊某|P⟧（已判决）、设备科⟦科长|T⟧⟦白某某|P⟧（另案处理）财物共计折合⟦人民币113.76万元|M⟧。⟦秦川公司|C⟧两项目中标金额合计⟦人民币2,964.5万元|M⟧。
　　本案系⟦咸阳市卫生健康委员会|A⟧在行业巡查中发现线索，于⟦2025年6月20日|D⟧以⟦咸卫函〔2025〕77号|N⟧移送⟦咸阳市秦都区纪委监委|A⟧。
　　本院认为，被告单位⟦秦川公司|C⟧为谋取不正当利益，给予国家工作人员财物，情节严重，其行为已构成单位行贿罪；被告人⟦雷振宇|P⟧作为直接负责的主管人员，亦应以单位行贿罪论处。依照《⟦中华人民共和国刑法|L⟧》第三百九十三条之规定，判决如下：
　　一、被告单位⟦陕西秦川医疗器械有限公司|C⟧犯单位行贿罪，判处罚金⟦人民币八十万元|M⟧；
　　二、被告人⟦雷振宇|P⟧犯单位行贿罪，判处有期徒刑一年六个月，缓刑二年，并处罚金⟦人民币十五万元|M⟧。

⟦审判长|T⟧　⟦耿建平|P⟧
⟦审判员|T⟧　⟦薛梅|P⟧
⟦人民陪审员|T⟧　⟦惠长安|P⟧
⟦二〇二六年五月八日|D⟧
⟦书记员|T⟧　⟦寇丹|P⟧
''',
        rels=[('PENALIZED', '陕西省咸阳市秦都区人民法院', '陕西秦川医疗器械有限公司'),
              ('PENALIZED', '陕西省咸阳市秦都区人民法院', '雷振宇'),
              ('REFERRED', '咸阳市卫生健康委员会', '咸阳市秦都区纪委监委', '咸卫函〔2025〕77号', '2025年6月20日'),
              ('LEGAL_REP', '雷振宇', '陕西秦川医疗器械有限公司'),
              ('HOLDS_POSITION', '雷振宇', '法定代表人', '陕西秦川医疗器械有限公司'),
              ('HOLDS_POSITION', '雷振宇', '法定代表人@1', '陕西秦川医疗器械有限公司'),
              ('HOLDS_POSITION', '党小红', '行政经理', '陕西秦川医疗器械有限公司'),
              ('HOLDS_POSITION', '王宏', '律师', '陕西渭城律师事务所'),
              ('HOLDS_POSITION', '樊某', '原副院长', '咸阳市秦都区人民医院'),
              ('HOLDS_POSITION', '白某某', '科长', '咸阳市秦都区人民医院'),
              ('HOLDS_POSITION', '耿建平', '审判长', '陕西省咸阳市秦都区人民法院'),
              ('HOLDS_POSITION', '薛梅', '审判员', '陕西省咸阳市秦都区人民法院'),
              ('HOLDS_POSITION', '惠长安', '人民陪审员', '陕西省咸阳市秦都区人民法院'),
              ('HOLDS_POSITION', '寇丹', '书记员', '陕西省咸阳市秦都区人民法院'),
              ('BID_ON', '陕西秦川医疗器械有限公司', 'QDYY-2021-SB-06'),
              ('BID_ON', '陕西秦川医疗器械有限公司', 'QDYY-2023-SB-02')],
        aliases={'秦川公司': '陕西秦川医疗器械有限公司'},
        notes=COMMON + [
            'GB18030. 同年11月2日 → 11月2日 DATE.',
            'The unit and its legal representative are both sentenced: PENALIZED court → company and court → person.',
            '该院原副院长: 原 adjacent to the title is kept (GUIDELINES: 原党组书记); org the hospital (该院 resolved).',
            '设备科科长: POSITION 科长 with org the hospital (internal unit word left out, GUIDELINES: organisation words left out).',
        ],
    ),
]

DOCS += [
    dict(
        file='c14-esc-baiyin-2026-41-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer='甘肅省白銀市中級人民法院',
        body='''
⟦甘肅省白銀市中級人民法院|A⟧
刑事裁定書
⟦（2026）甘04刑終41號|N⟧

　　原公訴機關⟦甘肅省白銀市白銀區人民檢察院|A⟧。
　　上訴人（原審被告人）⟦馬某某|P⟧，男，回族，⟦1966年11月5日|D⟧出生，原⟦白銀市白銀區住房和城鄉建設局|A⟧⟦黨組書記|T⟧、⟦局長|T⟧。因涉嫌犯受賄罪，於⟦2025年4月7日|D⟧被⟦白銀市白銀區監察委員會|A⟧留置，同年⟦6月30日|D⟧被逮捕。
　　辯護人⟦蘇明德|P⟧，⟦甘肅金城律師事務所白銀分所|C⟧⟦律師|T⟧。
　　⟦甘肅省白銀市白銀區人民法院|A⟧審理⟦甘肅省白銀市白銀區人民檢察院|A⟧指控原審被告人⟦馬某某|P⟧犯受賄罪一案，於⟦2026年1月22日|D⟧作出⟦（2025）甘0402刑初233號|N⟧刑事判決。原審被告人⟦馬某某|P⟧不服，提出上訴。本院依法組成合議庭審理了本案。
　　原判認定：⟦2019年5月|D⟧至⟦2024年1月|D⟧，上訴人⟦馬某某|P⟧利用擔任局長的職務便利，在老舊小區改造、市政道路維修等工程招標中（招標編號：⟦BYJS-2020-021|J⟧、⟦BYJS-2022-009|J⟧），為⟦白銀銅城建築安裝有限公司|C⟧、⟦甘肅隴原市政工程有限公司|C⟧中標打招呼、提供幫助，非法收受上述公司負責人財物共計折合⟦人民幣168.4萬元|M⟧。原判以受賄罪判處⟦馬某某|P⟧有期徒刑五年，並處罰金⟦人民幣五十萬元|M⟧。
　　本院認為，原判認定事實清楚，證據確實、充分，定罪準確，量刑適當，審判程序合法。依照《⟦中華人民共和國刑事訴訟法|L⟧》第二百三十六條第一款第（一）項之規定，裁定如下：
　　駁回上訴，維持原判。
　　本裁定為終審裁定。

⟦審判長|T⟧　⟦魏國棟|P⟧
⟦審判員|T⟧　⟦祁麗|P⟧
⟦審判員|T⟧　⟦安文軍|P⟧
⟦二〇二六年四月十六日|D⟧
⟦書記員|T⟧　⟦金鑫|P⟧
''',
        rels=[('PENALIZED', '甘肅省白銀市中級人民法院', '馬某某'),
              ('HOLDS_POSITION', '馬某某', '黨組書記', '白銀市白銀區住房和城鄉建設局'),
              ('HOLDS_POSITION', '馬某某', '局長', '白銀市白銀區住房和城鄉建設局'),
              ('HOLDS_POSITION', '蘇明德', '律師', '甘肅金城律師事務所白銀分所'),
              ('HOLDS_POSITION', '魏國棟', '審判長', '甘肅省白銀市中級人民法院'),
              ('HOLDS_POSITION', '祁麗', '審判員', '甘肅省白銀市中級人民法院'),
              ('HOLDS_POSITION', '安文軍', '審判員@1', '甘肅省白銀市中級人民法院'),
              ('HOLDS_POSITION', '金鑫', '書記員', '甘肅省白銀市中級人民法院'),
              ('BID_ON', '白銀銅城建築安裝有限公司', 'BYJS-2020-021'),
              ('BID_ON', '白銀銅城建築安裝有限公司', 'BYJS-2022-009'),
              ('BID_ON', '甘肅隴原市政工程有限公司', 'BYJS-2020-021'),
              ('BID_ON', '甘肅隴原市政工程有限公司', 'BYJS-2022-009')],
        unmarked=['局長'],
        notes=COMMON + [
            'Traditional characters. A second-instance ruling: issuer the 中級人民法院 (last instance). 駁回上訴，維持原判 upholds the first-instance sentence: '
            'PENALIZED from the last-instance court (GUIDELINES: the two-instance digest uses the last-instance court; *unsure*). The first-instance court gets no relation.',
            '原公訴機關, 上訴人, 原審被告人 are procedural. 同年6月30日 → DATE 6月30日. 擔任局長 without a name attached is not annotated.',
            'BID_ON: the text links both companies to both numbered tenders without saying which won which (*unsure*: all four pairs given).',
        ],
    ),
]

DOCS += [
    dict(
        file='c15-ss-lvliang-lishi-2026-64.docx', fmt='docx', kind='court_judgment', violations=['collusion'],
        issuer='山西省吕梁市离石区人民法院',
        body='''
⟦山西省吕梁市离石区人民法院|A⟧
刑事判决书
⟦（2026）晋1102刑初64号|N⟧
公诉机关⟦吕梁市离石区人民检察院|A⟧。
被告人⟦郝某1|P⟧，男，⟦1982年2月14日|D⟧出生，汉族，⟦吕梁黄河建设工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2025年10月15日|D⟧被⟦吕梁市公安局离石分局|A⟧刑事拘留，⟦2025年11月20日|D⟧被取保候审。
被告人⟦郝某2|P⟧，男，⟦1985年7月1日|D⟧出生，汉族，⟦山西离石兴业建筑有限公司|C⟧⟦授权代理人|T⟧。因涉嫌犯串通投标罪，于⟦2025年10月15日|D⟧被⟦吕梁市公安局离石分局|A⟧取保候审。
被告人⟦薛某某|P⟧，女，⟦1990年12月9日|D⟧出生，汉族，⟦山西晋西招标代理有限公司|C⟧⟦项目经理|T⟧。因涉嫌犯串通投标罪，于⟦2025年10月16日|D⟧被⟦吕梁市公安局离石分局|A⟧取保候审。
⟦吕梁市离石区人民检察院|A⟧以⟦离检刑诉〔2026〕52号|N⟧起诉书指控被告人⟦郝某1|P⟧、⟦郝某2|P⟧、⟦薛某某|P⟧犯串通投标罪，于⟦2026年4月7日|D⟧向本院提起公诉。
经审理查明：⟦2024年9月|D⟧，⟦吕梁市离石区水利局|A⟧委托⟦山西晋西招标代理有限公司|C⟧（以下简称⟦晋西代理|C⟧）对“离石区东川河堤防加固工程”（项目编号：⟦LSSL-2024-ZB-019|J⟧）公开招标。被告人⟦郝某1|P⟧为使⟦吕梁黄河建设工程有限公司|C⟧中标，与被告人⟦郝某2|P⟧商议由⟦山西离石兴业建筑有限公司|C⟧陪标；又通过被告人⟦薛某某|P⟧提前获取其他投标人名单及招标控制价，⟦薛某某|P⟧收受⟦郝某1|P⟧好处费⟦人民币2.8万元|M⟧。⟦吕梁黄河建设工程有限公司|C⟧以⟦人民币915.06万元|M⟧中标。
⟦吕梁市离石区公共资源交易中心|A⟧在交易数据监测中发现两家投标人投标文件创建标识码一致，报告⟦吕梁市离石区发展和改革局|A⟧，后者于⟦2025年9月22日|D⟧以⟦离发改函〔2025〕31号|N⟧将线索移送⟦吕梁市公安局离石分局|A⟧。
依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二十五条第一款之规定，判决如下：
一、被告人⟦郝某1|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币六万元|M⟧；
二、被告人⟦郝某2|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧；
三、被告人⟦薛某某|P⟧犯串通投标罪，判处拘役三个月，缓刑四个月，并处罚金⟦人民币三万元|M⟧。
⟦审判长|T⟧　⟦武建华|P⟧
⟦审判员|T⟧　⟦任娟|P⟧
⟦人民陪审员|T⟧　⟦阎志强|P⟧
⟦二〇二六年六月九日|D⟧
⟦书记员|T⟧　⟦梁晨|P⟧
''',
        rels=[('PENALIZED', '山西省吕梁市离石区人民法院', '郝某1'),
              ('PENALIZED', '山西省吕梁市离石区人民法院', '郝某2'),
              ('PENALIZED', '山西省吕梁市离石区人民法院', '薛某某'),
              ('REFERRED', '吕梁市离石区发展和改革局', '吕梁市公安局离石分局', '离发改函〔2025〕31号', '2025年9月22日'),
              ('REFERRED', '吕梁市离石区公共资源交易中心', '吕梁市离石区发展和改革局'),
              ('LEGAL_REP', '郝某1', '吕梁黄河建设工程有限公司'),
              ('HOLDS_POSITION', '郝某1', '法定代表人', '吕梁黄河建设工程有限公司'),
              ('HOLDS_POSITION', '郝某2', '授权代理人', '山西离石兴业建筑有限公司'),
              ('HOLDS_POSITION', '薛某某', '项目经理', '山西晋西招标代理有限公司'),
              ('HOLDS_POSITION', '武建华', '审判长', '山西省吕梁市离石区人民法院'),
              ('HOLDS_POSITION', '任娟', '审判员', '山西省吕梁市离石区人民法院'),
              ('HOLDS_POSITION', '阎志强', '人民陪审员', '山西省吕梁市离石区人民法院'),
              ('HOLDS_POSITION', '梁晨', '书记员', '山西省吕梁市离石区人民法院'),
              ('BID_ON', '吕梁黄河建设工程有限公司', 'LSSL-2024-ZB-019'),
              ('BID_ON', '山西离石兴业建筑有限公司', 'LSSL-2024-ZB-019')],
        aliases={'晋西代理': '山西晋西招标代理有限公司'},
        notes=COMMON + [
            'docx. The agent’s project manager colluded; the agent did not bid (no BID_ON).',
            '交易中心 报告 发改局 an anomaly found in trading data: REFERRED without date, as in c9 (*unsure*: a report to the supervising department); '
            '发改局 → 公安分局 with the letter number: REFERRED.',
        ],
    ),
    dict(
        file='c16-qss-panjin-xinglongtai-2026-18.txt', fmt='utf-8', kind='other', violations=['abuse_of_power', 'interference', 'discriminatory_terms'],
        issuer='辽宁省盘锦市兴隆台区人民检察院',
        body='''
⟦辽宁省盘锦市兴隆台区人民检察院|A⟧
起诉书
⟦盘兴检刑诉〔2026〕18号|N⟧

　　被告人⟦于某某|P⟧，男，⟦1971年5月19日|D⟧出生，满族，原⟦盘锦市兴隆台区机关事务服务中心|A⟧⟦主任|T⟧。因涉嫌犯滥用职权罪，于⟦2025年11月24日|D⟧被⟦盘锦市兴隆台区监察委员会|A⟧留置，⟦2026年2月20日|D⟧被本院决定逮捕，同日由⟦盘锦市公安局兴隆台分局|A⟧执行。
　　本案由⟦盘锦市兴隆台区监察委员会|A⟧调查终结，以⟦盘兴监移〔2026〕4号|N⟧移送起诉意见书，于⟦2026年2月18日|D⟧移送本院审查起诉。
　　经依法审查查明：
　　⟦2023年5月|D⟧至⟦2024年6月|D⟧，被告人⟦于某某|P⟧在负责区直机关办公楼节能改造、办公家具采购期间，违反规定指使⟦辽宁盘锦中正招标代理有限公司|C⟧⟦员工|T⟧⟦关某|P⟧修改评分标准，设置仅⟦盘锦红海家具有限公司|C⟧能满足的样品要求，并要求⟦评审专家|T⟧⟦石某|P⟧对该公司打高分，致使该公司以明显高于市场价的⟦人民币297.35万元|M⟧成交（采购编号：⟦PJXLT-2023-JJ-044|J⟧），造成国家财产损失⟦人民币86.12万元|M⟧。
　　⟦2025年10月|D⟧，⟦盘锦市兴隆台区财政局|A⟧在政府采购监督检查中发现上述问题，以⟦兴财采〔2025〕13号|N⟧问题线索移送函移送⟦盘锦市兴隆台区纪委监委|A⟧。
　　本院认为，被告人⟦于某某|P⟧身为国家机关工作人员，滥用职权，致使公共财产遭受重大损失，其行为已触犯《⟦中华人民共和国刑法|L⟧》第三百九十七条，应当以滥用职权罪追究其刑事责任。
　　此致
⟦盘锦市兴隆台区人民法院|A⟧

⟦检察官|T⟧　⟦隋晓东|P⟧
⟦检察官助理|T⟧　⟦那英杰|P⟧
⟦2026年3月12日|D⟧
''',
        rels=[('REFERRED', '盘锦市兴隆台区监察委员会', '辽宁省盘锦市兴隆台区人民检察院', '盘兴监移〔2026〕4号', '2026年2月18日'),
              ('REFERRED', '盘锦市兴隆台区财政局', '盘锦市兴隆台区纪委监委', '兴财采〔2025〕13号', '2025年10月'),
              ('HOLDS_POSITION', '于某某', '主任', '盘锦市兴隆台区机关事务服务中心'),
              ('HOLDS_POSITION', '关某', '员工', '辽宁盘锦中正招标代理有限公司'),
              ('HOLDS_POSITION', '石某', '评审专家', None),
              ('HOLDS_POSITION', '隋晓东', '检察官', '辽宁省盘锦市兴隆台区人民检察院'),
              ('HOLDS_POSITION', '那英杰', '检察官助理', '辽宁省盘锦市兴隆台区人民检察院'),
              ('BID_ON', '盘锦红海家具有限公司', 'PJXLT-2023-JJ-044')],
        notes=COMMON + [
            '评审专家石某: POSITION with org null. 检察官助理: POSITION (dev15 precedent). 满族 is an ethnicity, not annotated.',
            '设置仅一家能满足的样品要求 → discriminatory_terms (量身定做); 指使修改评分标准, 要求打高分 → interference; 滥用职权 → abuse_of_power.',
            '本院决定逮捕 / 执行: no relation. 移送本院 → the named issuer (REFERRED 监委 → 检察院).',
        ],
    ),
]
