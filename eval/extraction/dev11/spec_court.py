"""dev11 — court and prosecution texts in the CAIL style (4 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Qinghai (Xining Chengdong), Ningxia (masked 某县 only), Inner Mongolia (Hohhot Huimin),
Xinjiang (Urumqi Saybagh). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 上诉人, 原审被告人, 公诉机关, 辩护人 are procedural roles (not POSITION). 本院 is a self-reference.',
    'Masked names keep the shape of a name (张某, 李某某, 王**, 巴某某, 热某某·吐某某): PERSON; masked bodies and companies with a place or shape (某县住房和城乡建设局, 青海某建设工程有限公司, XX建筑劳务有限公司): AGENCY / COMPANY (GUIDELINES §2.8, dev9).',
    'Birth dates are DATE (dev6).',
]

DOCS = [
    dict(
        file='c1-pj-xining-chengdong-2026-87.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='青海省西宁市城东区人民法院',
        body='''
⟦青海省西宁市城东区人民法院|A⟧
刑 事 判 决 书
⟦（2026）青0102刑初87号|N⟧
　　公诉机关⟦西宁市城东区人民检察院|A⟧。
　　被告人⟦李某某|P⟧，男，⟦1971年3月8日|D⟧出生，汉族，大学文化，原系⟦某县住房和城乡建设局|A⟧⟦局长|T⟧。因涉嫌受贿罪，于⟦2025年11月20日|D⟧被⟦西宁市城东区监察委员会|A⟧留置，⟦2026年2月3日|D⟧被逮捕。
　　辩护人⟦王**|P⟧，⟦青海某律师事务所|C⟧⟦律师|T⟧。
　　本案由⟦西宁市城东区监察委员会|A⟧调查终结，于⟦2026年2月3日|D⟧移送⟦西宁市城东区人民检察院|A⟧审查起诉。⟦西宁市城东区人民检察院|A⟧以⟦西城检刑诉〔2026〕56号|N⟧起诉书指控被告人⟦李某某|P⟧犯受贿罪，于⟦2026年3月30日|D⟧向本院提起公诉。
　　经审理查明：2019年至2023年，被告人⟦李某某|P⟧在担任⟦某县住房和城乡建设局|A⟧⟦局长|T⟧期间，利用职务上的便利，在XX镇污水处理厂建设项目、XX镇农村供水管网改造项目招标过程中为⟦青海某建设工程有限公司|C⟧谋取利益，先后五次收受该公司⟦实际控制人|T⟧⟦马某某|P⟧（另案处理）所送现金共计⟦人民币48万元|M⟧。
　　本院认为，被告人⟦李某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款、第三百八十六条之规定，判决如下：
　　被告人⟦李某某|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币二十五万元|M⟧。
''',
        rels=[('PENALIZED', '青海省西宁市城东区人民法院', '李某某'),
              ('REFERRED', '西宁市城东区监察委员会', '西宁市城东区人民检察院', None, '2026年2月3日@1'),
              ('HOLDS_POSITION', '李某某', '局长@1', '某县住房和城乡建设局'),
              ('HOLDS_POSITION', '马某某', '实际控制人', '青海某建设工程有限公司'),
              ('HOLDS_POSITION', '王**', '律师', '青海某律师事务所')],
        notes=COMMON + [
            'The party line 原系某县住房和城乡建设局局长 and the facts paragraph give the same post: one HOLDS_POSITION (to the post in the facts paragraph). 辩护人 王** (masked) is PERSON; 律师 of the masked firm is POSITION.',
            '移送审查起诉 by the 监委 to the named procuratorate: REFERRED dated by the transfer day (dev9). 提起公诉 is not REFERRED (dev9/dev10). The 起诉书 number is DOC_NO only. 留置 and 逮捕 are not PENALIZED.',
            'The sentence by the named court: PENALIZED. The HOLDS_POSITION points at the 局长 of the facts paragraph (the first 局长 is in the party line with 原系).',
            'XX镇 is a masked place (not annotated); 2019年至2023年 is year-level.',
        ],
    ),
    dict(
        file='c2-pj-cail-ningxia-mouxian.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer=None,
        body='''
　　公诉机关指控，⟦2021年5月|D⟧，被告人⟦张某|P⟧（⟦XX建筑劳务有限公司|C⟧⟦实际控制人|T⟧）为承揽⟦某县XX镇中心小学|A⟧运动场改造工程，联系被告人⟦王某|P⟧、⟦赵某某|P⟧分别以⟦宁夏XX工程有限公司|C⟧、⟦宁夏某某市政有限公司|C⟧的名义参与投标，约定由⟦张某|P⟧支付每家“陪标费”⟦人民币2万元|M⟧，投标文件均由⟦张某|P⟧安排其公司⟦员工|T⟧⟦刘某|P⟧统一制作。后⟦张某|P⟧借用资质的⟦宁夏某某建设有限公司|C⟧以⟦人民币3,168,900元|M⟧中标。⟦2021年6月10日|D⟧，⟦张某|P⟧通过其妻子⟦马某|P⟧的账户向⟦王某|P⟧、⟦赵某某|P⟧各转账⟦2万元|M⟧。
　　上述事实，被告人⟦张某|P⟧、⟦王某|P⟧、⟦赵某某|P⟧在开庭审理过程中均无异议，且有招标文件、投标文件、银行交易明细、证人⟦刘某|P⟧的证言等证据证实，足以认定。
　　本院认为，被告人⟦张某|P⟧、⟦王某|P⟧、⟦赵某某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。被告人⟦张某|P⟧在共同犯罪中起主要作用，系主犯。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款、第二十五条第一款之规定，判决如下：
　　一、被告人⟦张某|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币五万元|M⟧；
　　二、被告人⟦王某|P⟧犯串通投标罪，判处拘役五个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧；
　　三、被告人⟦赵某某|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。
''',
        rels=[('HOLDS_POSITION', '张某', '实际控制人', 'XX建筑劳务有限公司'),
              ('HOLDS_POSITION', '刘某', '员工', 'XX建筑劳务有限公司')],
        implicit=[{'type': 'PENALIZED', 'from': None, 'to': '张某', 'null_endpoint_mention': '本院'},
                  {'type': 'PENALIZED', 'from': None, 'to': '王某', 'null_endpoint_mention': '本院'},
                  {'type': 'PENALIZED', 'from': None, 'to': '赵某某', 'null_endpoint_mention': '本院'}],
        notes=COMMON + [
            'CAIL paragraphs without header: the court is only 本院 — issuer null (dev6); the three sentences go into implicit_relations with from null (GUIDELINES §1).',
            '其公司员工 刘某: org is 张某\'s company (XX建筑劳务有限公司), resolved through 其公司. Decision, unsure.',
            'Payments among colluding bidders are collusion, not bribery. No project number: no BID_ON.',
            '某县XX镇中心小学 keeps the shape of a school name: AGENCY (dev9). The masked companies with a province word or XX are COMPANY. 马某 (wife) is PERSON with no post.',
            '2万元 without 人民币 is MONEY; the masked 某县 locality: the README records the set\'s place as masked.',
        ],
    ),
    dict(
        file='c3-qsz-huhehaote-huimin-2026-41.txt', fmt='utf-8', kind='court_judgment',
        violations=['collusion', 'bribery'],
        issuer='呼和浩特市回民区人民检察院',
        body='''
⟦呼和浩特市回民区人民检察院|A⟧
起 诉 书
⟦呼回检刑诉〔2026〕41号|N⟧

　　被告人⟦巴某某|P⟧，男，蒙古族，⟦1982年6月14日|D⟧出生，⟦内蒙古某招标代理有限公司|C⟧⟦项目经理|T⟧。⟦2026年1月12日|D⟧因涉嫌串通投标罪被⟦呼和浩特市公安局回民区分局|A⟧刑事拘留，同年⟦2月14日|D⟧被取保候审。
　　被告人⟦苏某某|P⟧，女，蒙古族，⟦1979年11月2日|D⟧出生，⟦呼和浩特市某商贸有限责任公司|C⟧⟦法定代表人|T⟧。
　　本案由⟦呼和浩特市公安局回民区分局|A⟧侦查终结，以被告人⟦巴某某|P⟧、⟦苏某某|P⟧涉嫌串通投标罪，于⟦2026年4月7日|D⟧向本院移送审查起诉。
　　经依法审查查明：
　　⟦2024年8月|D⟧，被告人⟦巴某某|P⟧在代理⟦某旗XX苏木卫生院|A⟧医疗设备采购项目期间，应被告人⟦苏某某|P⟧的请托，将已获取招标文件的潜在投标人名称及联系方式透露给⟦苏某某|P⟧，并按其要求修改评分标准。⟦苏某某|P⟧遂联系⟦包头市某医疗器械有限公司|C⟧⟦销售经理|T⟧⟦其某|P⟧以该公司名义陪标。⟦呼和浩特市某商贸有限责任公司|C⟧以⟦人民币968,000元|M⟧中标。事后，⟦苏某某|P⟧送给⟦巴某某|P⟧好处费⟦人民币3万元|M⟧。
　　本院认为，被告人⟦巴某某|P⟧、⟦苏某某|P⟧相互勾结，串通投标，损害招标人利益，情节严重，其行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦呼和浩特市回民区人民法院|A⟧
　　　　　　　　　　　　　　　　⟦检察员|T⟧：⟦乌兰|P⟧
　　　　　　　　　　　　　　　　⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '呼和浩特市公安局回民区分局', '呼和浩特市回民区人民检察院', None, '2026年4月7日'),
              ('LEGAL_REP', '苏某某', '呼和浩特市某商贸有限责任公司'),
              ('HOLDS_POSITION', '苏某某', '法定代表人', '呼和浩特市某商贸有限责任公司'),
              ('HOLDS_POSITION', '巴某某', '项目经理', '内蒙古某招标代理有限公司'),
              ('HOLDS_POSITION', '其某', '销售经理', '包头市某医疗器械有限公司'),
              ('HOLDS_POSITION', '乌兰', '检察员', '呼和浩特市回民区人民检察院')],
        notes=COMMON + [
            'An indictment: kind court_judgment with the procuratorate as issuer (dev9, unsure). 移送审查起诉 police -> 本院 (= the named issuer): REFERRED dated 2026年4月7日. 提起公诉 (to the 此致 court) is NOT REFERRED (dev9/dev10 decision).',
            '刑事拘留 and 取保候审 are not PENALIZED; nobody is sentenced here.',
            '同年2月14日: the relative anchor stays outside, 2月14日 is DATE (GUIDELINES).',
            'Masked Mongolian names (巴某某, 苏某某, 其某) and the full Mongolian name 乌兰 (a single-part name) are PERSON; 检察员 under 此致 is POSITION of the issuer.',
            'Masked companies with a place (内蒙古某招标代理有限公司, 包头市某医疗器械有限公司): COMPANY. 某旗XX苏木卫生院 keeps the shape of a health-centre name: AGENCY (dev9: 某某县某某镇中心学校).',
            'The agent\'s 项目经理 taking 好处费 from a bidder: bribery besides collusion. No project number: no BID_ON.',
        ],
    ),
    dict(
        file='c4-ez-wulumuqi-shayibake-2026-59.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='新疆维吾尔自治区乌鲁木齐市中级人民法院',
        body='''
⟦新疆维吾尔自治区乌鲁木齐市中级人民法院|A⟧
刑 事 裁 定 书
⟦（2026）新01刑终59号|N⟧
　　原公诉机关⟦乌鲁木齐市沙依巴克区人民检察院|A⟧。
　　上诉人（原审被告人）⟦艾某某|P⟧，男，维吾尔族，⟦1976年9月5日|D⟧出生，原系⟦乌鲁木齐市某区水务局|A⟧工程建设管理科⟦科长|T⟧。
　　原审被告人⟦热某某·吐某某|P⟧，男，维吾尔族，⟦1985年2月19日|D⟧出生，⟦新疆某水利工程有限公司|C⟧⟦实际控制人|T⟧。
　　⟦乌鲁木齐市沙依巴克区人民法院|A⟧审理⟦乌鲁木齐市沙依巴克区人民检察院|A⟧指控原审被告人⟦艾某某|P⟧犯受贿罪、原审被告人⟦热某某·吐某某|P⟧犯行贿罪一案，于⟦2026年3月9日|D⟧作出⟦（2026）新0103刑初211号|N⟧刑事判决。宣判后，原审被告人⟦艾某某|P⟧不服，提出上诉。本院依法组成合议庭审理了本案。
　　原判认定：2021年至2024年，上诉人⟦艾某某|P⟧利用负责水利工程招标前期工作的职务便利，为⟦新疆某水利工程有限公司|C⟧在某区农田灌溉渠道防渗改造工程等3个项目中标提供帮助，先后收受⟦热某某·吐某某|P⟧所送现金及购物卡共计⟦人民币26万元|M⟧。原审法院以受贿罪判处⟦艾某某|P⟧有期徒刑二年，并处罚金⟦人民币二十万元|M⟧；以行贿罪判处⟦热某某·吐某某|P⟧有期徒刑一年，缓刑二年，并处罚金⟦人民币十万元|M⟧。
　　本院认为，原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。
　　　　　　　　　　　　　　　　⟦审判长|T⟧　⟦阿依古丽·买买提|P⟧
　　　　　　　　　　　　　　　　⟦审判员|T⟧　⟦许文涛|P⟧
　　　　　　　　　　　　　　　　⟦审判员|T⟧　⟦玛依拉·托合提|P⟧
　　　　　　　　　　　　　　　　⟦二〇二六年五月二十二日|D⟧
''',
        rels=[('PENALIZED', '乌鲁木齐市沙依巴克区人民法院', '艾某某'),
              ('PENALIZED', '乌鲁木齐市沙依巴克区人民法院', '热某某·吐某某'),
              ('HOLDS_POSITION', '艾某某', '科长', '乌鲁木齐市某区水务局'),
              ('HOLDS_POSITION', '热某某·吐某某', '实际控制人', '新疆某水利工程有限公司'),
              ('HOLDS_POSITION', '阿依古丽·买买提', '审判长', '新疆维吾尔自治区乌鲁木齐市中级人民法院'),
              ('HOLDS_POSITION', '许文涛', '审判员', '新疆维吾尔自治区乌鲁木齐市中级人民法院'),
              ('HOLDS_POSITION', '玛依拉·托合提', '审判员@1', '新疆维吾尔自治区乌鲁木齐市中级人民法院')],
        notes=COMMON + [
            'An appellate ruling: issuer the last-instance court (GUIDELINES §5). The sentences were imposed by the named first-instance court (原审法院 = 乌鲁木齐市沙依巴克区人民法院): PENALIZED from it; 驳回上诉，维持原判 by the appellate court is not a new sanction — decision, unsure.',
            'Both case numbers (the ruling\'s and the cited first-instance judgment\'s) are DOC_NO.',
            '原系…水务局工程建设管理科科长: the bare 工程建设管理科 after a masked bureau is not annotated (a unit type), the post\'s org is the bureau (dev10 设备科, unsure). 某区农田灌溉渠道… is a masked place inside a project name (not annotated).',
            'Uyghur names with ·: one PERSON span each (masked and full). 审判长/审判员 before the name in the signature: POSITION, org the issuing court.',
            '2021年至2024年 is year-level.',
        ],
    ),
]
