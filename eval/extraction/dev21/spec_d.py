"""dev21 — documents d1–d6: court excerpts, an indictment, news and a discipline notice, inline ⟦text|L⟧ marks.
d1 刑事判决书 (Jiangsu 常熟), d2 起诉书 with Dai names (Yunnan 瑞丽), d3 news (Sichuan 广汉), d4 news on a notice (Fujian 武夷山),
d5 刑事判决书 with Kazakh names (Xinjiang 乌苏), d6 纪委监委 通报 (Jiangxi 德兴). All persons, companies, numbers, amounts and acts are invented.
"""

NICK = '老X / 小X forms of address are not annotated: GUIDELINES names personal names, masked forms, pseudonyms and bylines, not forms of address (doubtful).'

DOCS = [
    dict(
        file='d1-xspjs-changshu-2026-133.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='江苏省常熟市人民法院',
        body='''
⟦江苏省常熟市人民法院|A⟧
刑事判决书
⟦（2026）苏0581刑初133号|N⟧
　　公诉机关⟦江苏省常熟市人民检察院|A⟧。
　　被告人⟦邵文杰|P⟧，男，⟦1980年11月14日|D⟧出生，⟦常熟市虞山建设工程有限公司|C⟧⟦总经理|T⟧。⟦2025年9月3日|D⟧被刑事拘留，同月被取保候审。
　　被告人⟦殷红|P⟧，女，⟦1976年2月|D⟧出生，原⟦常熟市海虞镇人民政府城建办|A⟧⟦主任|T⟧。⟦2025年9月5日|D⟧被⟦常熟市监察委员会|A⟧留置，同年⟦10月30日|D⟧被逮捕。
　　辩护人⟦钱程|P⟧，⟦江苏琴川律师事务所|C⟧⟦律师|T⟧。
　　⟦常熟市人民检察院|A⟧以⟦常检刑诉〔2026〕121号|N⟧起诉书指控被告人⟦邵文杰|P⟧犯串通投标罪、行贿罪，被告人⟦殷红|P⟧犯受贿罪，于⟦2026年2月11日|D⟧向本院提起公诉。
　　经审理查明：
　　⟦2024年4月|D⟧，⟦常熟市海虞镇人民政府|A⟧对海虞镇老旧小区雨污分流工程进行招标（项目编号：⟦CSHY-2024-015|J⟧）。被告人⟦邵文杰|P⟧为使其公司中标，与⟦常熟市碧溪市政工程有限公司|C⟧⟦法定代表人|T⟧⟦陆某某|P⟧、⟦江苏吴越路桥有限公司|C⟧⟦项目经理|T⟧⟦周一|P⟧商议，由两家公司按其确定的价格陪标，事后分别给予两人⟦人民币5万元|M⟧、⟦人民币3万元|M⟧。
　　此前，⟦邵文杰|P⟧通过其表弟、镇政府⟦驾驶员|T⟧⟦顾小龙|P⟧联系上被告人⟦殷红|P⟧。据⟦殷红|P⟧交代，⟦邵文杰|P⟧在饭局上将一张存有⟦人民币10万元|M⟧的银行卡交给她，她事后安排城建办工作人员把评标办法中的“类似业绩”分值调高。据⟦顾小龙|P⟧证实，银行卡是他开车送⟦邵文杰|P⟧去的饭店，“老邵让我在车里等”。
　　⟦2025年8月|D⟧，⟦常熟市审计局|A⟧在审计中发现上述问题线索，移送⟦常熟市监察委员会|A⟧。⟦常熟市监察委员会|A⟧调查终结后，将⟦殷红|P⟧涉嫌受贿罪一案移送⟦常熟市人民检察院|A⟧审查起诉；⟦常熟市公安局|A⟧将⟦邵文杰|P⟧涉嫌串通投标罪一案侦查终结，移送审查起诉。
　　本院认为，……依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第三百八十五条、第三百八十九条之规定，判决如下：
　　一、被告人⟦邵文杰|P⟧犯串通投标罪，判处有期徒刑一年；犯行贿罪，判处有期徒刑一年六个月，并处罚金⟦人民币二十万元|M⟧；决定执行有期徒刑二年，并处罚金⟦人民币二十五万元|M⟧。
　　二、被告人⟦殷红|P⟧犯受贿罪，判处有期徒刑一年，并处罚金⟦人民币十万元|M⟧。
　　⟦审　判　长|T⟧　　⟦沈慧敏|P⟧
　　⟦审　判　员|T⟧　　⟦常青|P⟧
　　⟦人民陪审员|T⟧　　⟦瞿建国|P⟧
　　⟦2026年4月27日|D⟧
　　⟦书　记　员|T⟧　　⟦庞悦|P⟧
''',
        rels=[
            ('PENALIZED', '江苏省常熟市人民法院', '邵文杰'),
            ('PENALIZED', '江苏省常熟市人民法院', '殷红'),
            ('REFERRED', '常熟市审计局', '常熟市监察委员会', None, '2025年8月'),
            ('REFERRED', '常熟市监察委员会', '常熟市人民检察院'),
            ('REFERRED', '常熟市公安局', '常熟市人民检察院'),
            ('HOLDS_POSITION', '邵文杰', '总经理', '常熟市虞山建设工程有限公司'),
            ('HOLDS_POSITION', '殷红', '主任', '常熟市海虞镇人民政府城建办'),
            ('HOLDS_POSITION', '顾小龙', '驾驶员', '常熟市海虞镇人民政府'),
            ('HOLDS_POSITION', '钱程', '律师', '江苏琴川律师事务所'),
            ('HOLDS_POSITION', '陆某某', '法定代表人', '常熟市碧溪市政工程有限公司'),
            ('LEGAL_REP', '陆某某', '常熟市碧溪市政工程有限公司'),
            ('HOLDS_POSITION', '周一', '项目经理', '江苏吴越路桥有限公司'),
            ('HOLDS_POSITION', '沈慧敏', '审　判　长', '江苏省常熟市人民法院'),
            ('HOLDS_POSITION', '常青', '审　判　员', '江苏省常熟市人民法院'),
            ('HOLDS_POSITION', '瞿建国', '人民陪审员', '江苏省常熟市人民法院'),
            ('HOLDS_POSITION', '庞悦', '书　记　员', '江苏省常熟市人民法院'),
            ('BID_ON', '常熟市虞山建设工程有限公司', 'CSHY-2024-015'),
            ('BID_ON', '常熟市碧溪市政工程有限公司', 'CSHY-2024-015'),
            ('BID_ON', '江苏吴越路桥有限公司', 'CSHY-2024-015'),
        ],
        notes=['Court document: issuer the court; PENALIZED court → each sentenced defendant. 留置 / 逮捕 / 提起公诉 are no relations.',
               'Names that look like words: 钱程, 常青, 周一, 殷红 — PERSON. Judges in the signature block are PERSON; their spaced titles (审　判　长, 审　判　员, 书　记　员) are POSITION as written (GUIDELINES keeps odd spacing), org the court; 书记员 as in dev19 (doubtful).',
               '原常熟市海虞镇人民政府城建办主任: the named sub-unit is part of the maximal AGENCY span (DECISIONS; dev19 城南街道城建办); 原 is separated from the title by the agency name, so POSITION 主任 (GUIDELINES). The later bare 城建办工作人员 is not annotated.',
               '镇政府驾驶员 顾小龙: 驾驶员 is a staff role like 司机 (GUIDELINES) → POSITION, org the town government named before (镇政府 refers back; doubtful). 表弟 is kinship.',
               '老邵 (in a quoted statement) = 邵文杰, a form of address: ' + NICK,
               'REFERRED: 审计局 → 监察委员会 (dated with the stated month); 监察委员会 → 检察院 and 公安局 → 检察院 (调查/侦查终结，移送审查起诉; DECISIONS).',
               '江苏吴越路桥有限公司 with 苏州 (a prefecture) — a company name, not a place used as a setting.'],
    ),
    dict(
        file='d2-qss-ruili-jcy-2026-38.txt', fmt='utf-8', kind='other', violations=['bribery', 'other'],
        issuer='云南省瑞丽市人民检察院',
        body='''
⟦云南省瑞丽市人民检察院|A⟧
起　诉　书
⟦瑞检刑诉〔2026〕38号|N⟧

　　被告人⟦岩温|P⟧，男，傣族，⟦1968年6月17日|D⟧出生，大专文化，原⟦瑞丽市姐相乡卫生院|A⟧⟦院长|T⟧，住瑞丽市姐相乡。因涉嫌受贿罪，于⟦2025年11月20日|D⟧被⟦瑞丽市监察委员会|A⟧留置，⟦2026年1月16日|D⟧经本院决定，由⟦瑞丽市公安局|A⟧执行逮捕。
　　被告人⟦玉香|P⟧（曾用名⟦玉香罕|P⟧），女，傣族，⟦1979年3月|D⟧出生，⟦瑞丽金孔雀医疗设备有限公司|C⟧⟦业务员|T⟧。
　　本案由⟦瑞丽市监察委员会|A⟧调查终结，以被告人⟦岩温|P⟧涉嫌受贿罪，于⟦2026年1月14日|D⟧移送本院审查起诉。本院受理后，依法告知了被告人有权委托辩护人，讯问了被告人，听取了辩护人⟦寸志华|P⟧的意见。
　　经依法审查查明：
　　2022年至2024年间，被告人⟦岩温|P⟧利用担任卫生院院长的职务便利，在该院DR影像设备、全自动生化分析仪采购中，为⟦瑞丽金孔雀医疗设备有限公司|C⟧提供帮助，先后收受该公司⟦业务员|T⟧⟦玉香|P⟧所送现金共计⟦人民币26万元|M⟧。其中，⟦2023年7月|D⟧的一笔⟦人民币8万元|M⟧，是⟦玉香|P⟧在卫生院门口的车上交给⟦岩温|P⟧的；其余款项由⟦岩温|P⟧安排其子⟦岩罕|P⟧代收。据⟦玉香|P⟧供述，给钱的事是经公司⟦总经理|T⟧⟦杨**|P⟧同意的，钱计入“市场推广费”。
　　认定上述事实的证据如下：书证、证人⟦岩罕|P⟧、⟦杨**|P⟧、⟦李国芳|P⟧等人的证言、被告人的供述和辩解等。
　　本院认为，被告人⟦岩温|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，应当以受贿罪追究其刑事责任。被告人⟦玉香|P⟧的行为另案处理。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦瑞丽市人民法院|A⟧
⟦检察员|T⟧：⟦刀丽萍|P⟧
⟦2026年3月2日|D⟧
（院印）
''',
        rels=[
            ('REFERRED', '瑞丽市监察委员会', '云南省瑞丽市人民检察院', None, '2026年1月14日'),
            ('HOLDS_POSITION', '岩温', '院长', '瑞丽市姐相乡卫生院'),
            ('HOLDS_POSITION', '玉香', '业务员', '瑞丽金孔雀医疗设备有限公司'),
            ('HOLDS_POSITION', '玉香', '业务员@1', '瑞丽金孔雀医疗设备有限公司'),
            ('HOLDS_POSITION', '杨**', '总经理', '瑞丽金孔雀医疗设备有限公司'),
            ('HOLDS_POSITION', '刀丽萍', '检察员', '云南省瑞丽市人民检察院'),
        ],
        aliases={'玉香罕': '玉香'},
        unmarked=['院长'],
        notes=['Dai names (岩温, 玉香, 岩罕; surnames 刀, 寸): PERSON. The former name in brackets (曾用名玉香罕) is a separate PERSON span, aliased to 玉香 (doubtful direction: the current name is the canonical).',
               '由监察委员会调查终结…移送本院审查起诉 → REFERRED with the stated date (DECISIONS / dev19).',
               '担任卫生院院长的职务便利: 院长 here is a generic reference, not attached to a name (unmarked).',
               'An indictment: kind other (as dev19). 提起公诉 is no relation. 留置/逮捕 none.',
               'Violations: bribery; 市场推广费 accounting disguise → other (doubtful). Year-only 2022年 and 2024年 are not DATE.'],
    ),
    dict(
        file='d3-xw-guanghan-2026-0412.txt', fmt='utf-8', kind='news', violations=['collusion', 'false_materials'],
        issuer=None,
        body='''
广汉：一条“异常IP”牵出11家企业围标串标案
⟦2026-04-12|D⟧ 08:41　来源：三星堆融媒

　　本报讯（⟦记者|T⟧ ⟦文静|P⟧ ⟦通讯员|T⟧ ⟦邓超凡|P⟧）“同一个IP地址，三天内上传了四份投标文件。”⟦4月10日|D⟧，在⟦广汉市公共资源交易中心|A⟧的监控大厅，⟦副主任|T⟧⟦罗明|P⟧指着电脑屏幕向记者介绍。正是这条预警信息，牵出了一起涉及11家企业的围标串标案。
　　据介绍，去年11月，交易中心在⟦广汉市第五小学|A⟧风雨操场建设项目开标时发现异常，随即将线索移交⟦广汉市财政局|A⟧。⟦广汉市财政局|A⟧核查后，于⟦2025年12月8日|D⟧将案件移送⟦广汉市公安局|A⟧。
　　“我们发现，这些企业背后是同一个老板。”⟦广汉市公安局经侦大队|A⟧民警小赵告诉记者。
　　经查，犯罪嫌疑人⟦王某|P⟧实际控制⟦四川雒城建设工程有限公司|C⟧等4家企业，又以每次⟦2000元|M⟧至⟦5000元|M⟧的“好处费”借用另外7家企业资质参与投标，并伪造项目经理社保证明。目前，⟦王某|P⟧等6人已被依法采取刑事强制措施，涉案金额⟦8600余万元|M⟧。
　　⟦广汉市财政局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦严正|P⟧表示，下一步将联合⟦广汉市发展和改革局|A⟧、⟦广汉市住房和城乡建设局|A⟧开展专项整治，对涉案企业依法作出处理。据悉，⟦广汉市财政局|A⟧此前还将另外2家企业涉嫌提供虚假材料的线索移送公安机关。
　　“以前大家都觉得围标是‘行业潜规则’，现在不敢了。”一位姓⟦龚|P⟧的建筑企业负责人说。
　　（⟦责任编辑|T⟧：⟦赖安|P⟧）
''',
        rels=[
            ('REFERRED', '广汉市公共资源交易中心', '广汉市财政局'),
            ('REFERRED', '广汉市财政局', '广汉市公安局', None, '2025年12月8日'),
            ('HOLDS_POSITION', '文静', '记者', None),
            ('HOLDS_POSITION', '邓超凡', '通讯员', None),
            ('HOLDS_POSITION', '罗明', '副主任', '广汉市公共资源交易中心'),
            ('HOLDS_POSITION', '严正', '党组书记', '广汉市财政局'),
            ('HOLDS_POSITION', '严正', '局长', '广汉市财政局'),
            ('HOLDS_POSITION', '赖安', '责任编辑', None),
        ],
        implicit=[{'type': 'REFERRED', 'from': '广汉市财政局', 'to': None, 'null_endpoint_mention': '公安机关'}],
        unmarked=['记者'],
        notes=['News: kind news, issuer null. Byline inside 本报讯（记者 文静 通讯员 邓超凡）: 记者 and 通讯员 are POSITION attached to the names, org null (the outlet 三星堆融媒 is media, not annotated). 向记者介绍 / 告诉记者: unattached 记者, unmarked.',
               '文静, 罗明, 严正, 赖安 are names that look like words: PERSON.',
               '广汉市公安局经侦大队: a named sub-unit, one maximal AGENCY span (DECISIONS). 民警小赵: ' + NICK + ' 民警 is left unmarked (not attached to a name).',
               '一位姓龚的建筑企业负责人: the surname after 姓 is annotated PERSON (as b1; doubtful).',
               'Implicit REFERRED 广汉市财政局 → (公安机关): a generic receiver (GUIDELINES).',
               'The centre’s 移交 of the clue (去年11月, relative: no DATE) → REFERRED undated; the bureau → police transfer dated.',
               '广汉市第五小学 inside a project name → AGENCY (GUIDELINES §2.3). The bare 交易中心 (no name element) is not annotated.',
               'Violations: 围标串标 → collusion; 伪造项目经理社保证明 → false_materials. 每次2000元至5000元: each end of the range is a MONEY span; 余 kept in 8600余万元.'],
    ),
    dict(
        file='d4-xw-wuyishan-tb-2026-0318.txt', fmt='utf-8', kind='news', violations=['interference', 'bribery', 'no_procurement'],
        issuer=None,
        body='''
⟦武夷山市纪委监委|A⟧通报3起政府采购领域违纪违法典型问题
发布时间：⟦2026-03-18|D⟧　　信息来源：⟦武夷山市纪委监委|A⟧

　　近日，⟦武夷山市纪委监委|A⟧对3起发生在政府采购领域的违纪违法典型问题进行通报。
　　——⟦武夷山市星村镇人民政府|A⟧原⟦副镇长|T⟧⟦邱某某|P⟧违规干预茶园道路工程招标问题。⟦2024年3月|D⟧，⟦邱某某|P⟧应老同学、⟦武夷山市茗峰建设有限公司|C⟧⟦股东|T⟧⟦江某|P⟧请托，授意招标代理机构工作人员将该公司特有的专利设为评分项，该公司中标。⟦邱某某|P⟧收受⟦江某|P⟧所送茶叶、烟酒折合⟦人民币1.8万元|M⟧。经⟦武夷山市纪委常委会|A⟧研究，给予⟦邱某某|P⟧党内严重警告处分；⟦武夷山市监察委员会|A⟧给予其政务降级处分。
　　——⟦武夷山市旅游投资集团有限公司|C⟧原⟦副总经理|T⟧⟦上官文|P⟧规避公开招标问题。⟦2023年6月|D⟧至⟦2024年5月|D⟧，⟦上官文|P⟧将景区标识标牌制作项目拆分为9个小额项目，直接交由其妻弟实际经营的⟦武夷山文创广告有限公司|C⟧承接，涉及金额⟦人民币287万元|M⟧。⟦上官文|P⟧受到撤销党内职务、政务撤职处分。
　　——⟦武夷山市兴田镇中心小学|A⟧⟦校长|T⟧⟦吴**|P⟧违规收受供应商礼金问题。⟦吴**|P⟧在学校食堂设备采购中收受供应商老陈所送礼金⟦人民币6000元|M⟧。⟦武夷山市兴田镇中心小学|A⟧党支部给予⟦吴**|P⟧党内警告处分，⟦武夷山市教育局|A⟧对其作出免职处理。
　　⟦武夷山市纪委监委|A⟧有关负责人指出，……
　　（⟦记者|T⟧：⟦何婉清|P⟧　⟦通讯员|T⟧：⟦危志宏|P⟧）
''',
        rels=[
            ('PENALIZED', '武夷山市纪委常委会', '邱某某'),
            ('PENALIZED', '武夷山市监察委员会', '邱某某'),
            ('PENALIZED', '武夷山市教育局', '吴**'),
            ('HOLDS_POSITION', '邱某某', '副镇长', '武夷山市星村镇人民政府'),
            ('HOLDS_POSITION', '江某', '股东', '武夷山市茗峰建设有限公司'),
            ('HOLDS_POSITION', '上官文', '副总经理', '武夷山市旅游投资集团有限公司'),
            ('HOLDS_POSITION', '吴**', '校长', '武夷山市兴田镇中心小学'),
            ('HOLDS_POSITION', '何婉清', '记者', None),
            ('HOLDS_POSITION', '危志宏', '通讯员', None),
        ],
        unmarked=[],
        notes=['A news page reproducing a discipline notice in narrative form: kind news, issuer null (the 信息来源 body is page chrome).',
               'PENALIZED only from named agents: 纪委常委会 (party discipline), 监察委员会 (政务降级), 教育局 (免职). 上官文 受到…处分 has no named agent: no relation. The school’s 党支部 is not a named body (no name of its own; doubtful): no relation.',
               '老同学 / 老陈: forms of address and relations; ' + NICK,
               'Byline with colons (记者：何婉清　通讯员：危志宏): POSITION + PERSON, org null.'],
    ),
    dict(
        file='d5-xspjs-wusu-2026-61.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='新疆维吾尔自治区乌苏市人民法院',
        body='''
⟦新疆维吾尔自治区乌苏市人民法院|A⟧
刑事判决书
⟦（2026）新4202刑初61号|N⟧
　　公诉机关⟦乌苏市人民检察院|A⟧。
　　被告人⟦努尔兰·别克|P⟧，男，哈萨克族，⟦1975年4月9日|D⟧出生，⟦乌苏市农业技术推广中心|A⟧⟦高级农艺师|T⟧，政府采购评审专家。
　　被告人⟦阿依达娜·吐尔森|P⟧，女，哈萨克族，⟦1988年12月|D⟧出生，⟦乌苏天润农资有限公司|C⟧⟦销售经理|T⟧。
　　被告单位⟦乌苏天润农资有限公司|C⟧。诉讼代表人⟦马晓军|P⟧，该公司⟦副总经理|T⟧。
　　经审理查明：
　　⟦2024年5月|D⟧，⟦乌苏市农业农村局|A⟧委托⟦新疆西域正和招标有限公司|C⟧对高标准农田滴灌设备采购项目（项目编号：⟦WSNY-2024-11|J⟧）公开招标，被告人⟦努尔兰·别克|P⟧被抽取为评审专家。评审前一日，⟦阿依达娜·吐尔森|P⟧经公司⟦法定代表人|T⟧⟦胡雪峰|P⟧同意，约见⟦努尔兰·别克|P⟧，请其在评审中给予关照，并将装有⟦人民币3万元|M⟧现金的纸袋交给⟦努尔兰·别克|P⟧。评审中，⟦努尔兰·别克|P⟧对⟦乌苏天润农资有限公司|C⟧的技术部分打出最高分，该公司以⟦人民币497.6万元|M⟧中标。
　　另查明，⟦2025年6月|D⟧，⟦乌苏市财政局|A⟧在监督检查中发现评分异常，将线索移送⟦乌苏市公安局|A⟧。
　　本院认为，被告人⟦努尔兰·别克|P⟧作为评审专家，利用职务便利收受他人财物，为他人谋取利益，数额较大，其行为已构成非国家工作人员受贿罪；被告单位⟦乌苏天润农资有限公司|C⟧为谋取不正当利益，给予非国家工作人员以财物，其行为已构成对非国家工作人员行贿罪；被告人⟦阿依达娜·吐尔森|P⟧系被告单位直接责任人员。判决如下：
　　一、被告人⟦努尔兰·别克|P⟧犯非国家工作人员受贿罪，判处有期徒刑八个月，缓刑一年；
　　二、被告单位⟦乌苏天润农资有限公司|C⟧犯对非国家工作人员行贿罪，判处罚金⟦人民币十万元|M⟧；
　　三、被告人⟦阿依达娜·吐尔森|P⟧犯对非国家工作人员行贿罪，免予刑事处罚。
　　⟦审判员|T⟧　⟦巴合提古丽·木拉提|P⟧
　　⟦2026年5月11日|D⟧
　　⟦书记员|T⟧　⟦叶尔肯|P⟧
''',
        rels=[
            ('PENALIZED', '新疆维吾尔自治区乌苏市人民法院', '努尔兰·别克'),
            ('PENALIZED', '新疆维吾尔自治区乌苏市人民法院', '乌苏天润农资有限公司'),
            ('REFERRED', '乌苏市财政局', '乌苏市公安局', None, '2025年6月'),
            ('HOLDS_POSITION', '努尔兰·别克', '高级农艺师', '乌苏市农业技术推广中心'),
            ('HOLDS_POSITION', '阿依达娜·吐尔森', '销售经理', '乌苏天润农资有限公司'),
            ('HOLDS_POSITION', '马晓军', '副总经理', '乌苏天润农资有限公司'),
            ('HOLDS_POSITION', '胡雪峰', '法定代表人', '乌苏天润农资有限公司'),
            ('LEGAL_REP', '胡雪峰', '乌苏天润农资有限公司'),
            ('HOLDS_POSITION', '巴合提古丽·木拉提', '审判员', '新疆维吾尔自治区乌苏市人民法院'),
            ('HOLDS_POSITION', '叶尔肯', '书记员', '新疆维吾尔自治区乌苏市人民法院'),
            ('BID_ON', '乌苏天润农资有限公司', 'WSNY-2024-11'),
        ],
        notes=['Kazakh names (努尔兰·别克, 阿依达娜·吐尔森, 巴合提古丽·木拉提, single-name 叶尔肯): one PERSON span each, dot included.',
               'PENALIZED court → the sentenced expert and the fined company; 免予刑事处罚 (a conviction without punishment) is no sanction: no relation for 阿依达娜·吐尔森 (doubtful).',
               '政府采购评审专家 / 作为评审专家 describe the role but are not attached as a title to the name in apposition: unmarked (doubtful; GUIDELINES lists 评审专家 when attached, e.g. 评审专家陈国清). 高级农艺师 is a professional title (POSITION, doubtful).',
               'The purchaser (农业农村局) and the agent company did not bid: no BID_ON. 财政局 → 公安局 found in the facts, dated by month.'],
    ),
    dict(
        file='d6-tb-dexing-jwjw-2026-2.txt', fmt='utf-8', kind='discipline_notice', violations=['bribery', 'interference', 'no_procurement', 'abuse_of_power'],
        issuer='中共德兴市纪委',
        body='''
⟦中共德兴市纪委|A⟧　⟦德兴市监委|A⟧
关于4起政府采购领域违纪违法典型案例的通报
⟦德纪通〔2026〕2号|N⟧

各乡镇（街道）党（工）委，市直各单位党组（党委）：
　　为进一步强化警示教育，现将近期查处的4起政府采购领域违纪违法典型案例通报如下：
　　一、⟦德兴市泗洲镇人民政府|A⟧⟦原党委委员|T⟧、⟦副镇长|T⟧⟦李某某|P⟧收受财物问题。⟦2022年10月|D⟧至⟦2024年12月|D⟧，⟦李某某|P⟧利用分管村级工程的职务便利，先后收受⟦德兴市铜都建筑工程有限公司|C⟧⟦法定代表人|T⟧⟦董某|P⟧（另案处理）所送财物共计⟦42.3万元|M⟧。⟦2026年1月|D⟧，⟦李某某|P⟧受到开除党籍、开除公职处分，其涉嫌犯罪问题被移送⟦德兴市人民检察院|A⟧审查起诉。
　　二、⟦德兴市人民医院设备科|A⟧⟦原科长|T⟧⟦张**|P⟧违规干预采购问题。⟦张**|P⟧在该院CT设备采购中，按照供应商“小刘”（⟦刘某|P⟧，⟦江西赣东医疗器械有限公司|C⟧⟦业务员|T⟧）的要求修改技术参数，并安排科室人员⟦祝某某|P⟧配合。经⟦德兴市纪委常委会|A⟧会议研究，给予⟦张**|P⟧党内严重警告处分，由⟦德兴市卫生健康委员会|A⟧对其作出免职处理。
　　三、⟦德兴市花桥中学|A⟧⟦校长|T⟧⟦程金山|P⟧、⟦总务处主任|T⟧⟦余某|P⟧规避政府采购问题。⟦2024年8月|D⟧，⟦程金山|P⟧、⟦余某|P⟧将学生课桌椅采购拆分为3笔，直接向⟦德兴市程记家具经营部|C⟧购买，金额共计⟦人民币39.8万元|M⟧。⟦程金山|P⟧受到党内警告处分；⟦余某|P⟧受到诫勉谈话。
　　四、⟦德兴市财政局政府采购股|A⟧⟦原股长|T⟧⟦汪某|P⟧失职问题。⟦汪某|P⟧对⟦德兴市人民医院|A⟧多次化整为零采购的问题发现不及时、监管不力。经⟦德兴市监委|A⟧研究，给予⟦汪某|P⟧政务警告处分。
　　各级党组织要以案为鉴……
⟦中共德兴市纪委|A⟧　⟦德兴市监委|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[
            ('PENALIZED', '德兴市纪委常委会', '张**'),
            ('PENALIZED', '德兴市卫生健康委员会', '张**'),
            ('PENALIZED', '德兴市监委', '汪某'),
            ('HOLDS_POSITION', '李某某', '原党委委员', '德兴市泗洲镇人民政府'),
            ('HOLDS_POSITION', '李某某', '副镇长', '德兴市泗洲镇人民政府'),
            ('HOLDS_POSITION', '董某', '法定代表人', '德兴市铜都建筑工程有限公司'),
            ('LEGAL_REP', '董某', '德兴市铜都建筑工程有限公司'),
            ('HOLDS_POSITION', '张**', '原科长', '德兴市人民医院设备科'),
            ('HOLDS_POSITION', '刘某', '业务员', '江西赣东医疗器械有限公司'),
            ('HOLDS_POSITION', '程金山', '校长', '德兴市花桥中学'),
            ('HOLDS_POSITION', '余某', '总务处主任', '德兴市花桥中学'),
            ('HOLDS_POSITION', '汪某', '原股长', '德兴市财政局政府采购股'),
        ],
        notes=['Discipline notice of four cases: issuer the first-listed body 中共德兴市纪委.',
               '原党委委员、副镇长: titles in a row are split; 原 stays on the adjacent title; org the town government (the party committee is not named apart; doubtful).',
               '小刘 in quotation marks followed by the bracketed name 刘某: the nickname is not annotated, the bracketed masked name is PERSON (forms of address are not annotated; doubtful).',
               '德兴市人民医院设备科原科长 / 德兴市财政局政府采购股原股长: named sub-units are part of the maximal AGENCY span (DECISIONS); 原 adjacent to the title stays in the POSITION (原科长, 原股长).',
               'PENALIZED only with named agents (纪委常委会, 卫生健康委员会 免职, 监委 政务警告). 受到开除党籍…处分, 受到党内警告处分, 受到诫勉谈话 have no named agent: none. 其涉嫌犯罪问题被移送德兴市人民检察院审查起诉: the text names no case-handling body at that point (GUIDELINES passive rule), and no generic sender is written — no REFERRED, explicit or implicit (doubtful: the issuing 监委 is the likely sender).',
               '程金山 contains 金山: one PERSON. 42.3万元 is MONEY without 人民币.'],
    ),
]
