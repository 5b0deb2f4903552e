"""dev6 — 8 prosecution documents on procurement crimes (hand annotation, inline ⟦text|L⟧ marks).

All persons, companies, numbers, amounts and acts are invented. Masked documents imitate the
anonymisation of published judgments (XX县, 张某, 李某某, 某某有限公司).
"""

COMMON = [
    '起诉书 / 不起诉决定书 / 起诉意见书 are procuratorate or police documents: kind other.',
    '本院, 本局, 公安机关, 检察机关, 人民法院 and other generic or self references are not annotated.',
    '被告人, 被不起诉人, 犯罪嫌疑人, 辩护人 are procedural roles: not POSITION.',
]

DOCS = [
    dict(
        file='qs-xx-2025-123.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='XX县人民检察院',
        body='''
⟦XX县人民检察院|A⟧
起 诉 书
⟦X检刑诉〔2025〕123号|N⟧
被告人⟦张某|P⟧，男，1978年生，汉族，大专文化，系⟦某某建设有限公司|C⟧⟦实际控制人|T⟧，户籍地XX县。因涉嫌串通投标罪，于⟦2025年3月14日|D⟧被⟦XX县公安局|A⟧刑事拘留，同年⟦4月18日|D⟧经本院批准逮捕。
被告人⟦李某某|P⟧，男，⟦1983年9月2日|D⟧出生，汉族，系⟦某某工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌串通投标罪，于⟦2025年3月20日|D⟧被⟦XX县公安局|A⟧取保候审。
本案由⟦XX县公安局|A⟧侦查终结，以被告人⟦张某|P⟧、⟦李某某|P⟧涉嫌串通投标罪，于⟦2025年5月9日|D⟧向本院移送审查起诉。本院受理后，于⟦2025年5月12日|D⟧已告知被告人有权委托辩护人，依法讯问了被告人，审查了全部案件材料。
经依法审查查明：
⟦2024年6月|D⟧，⟦XX县教育局|A⟧就XX县城区学校智慧教室采购项目（项目编号：⟦XXZC-2024-061|J⟧）进行公开招标。被告人⟦张某|P⟧为使其实际控制的⟦某某建设有限公司|C⟧中标，借用⟦某某工程有限公司|C⟧、⟦某某科技有限公司|C⟧的资质参与投标，并安排被告人⟦李某某|P⟧统一制作三家公司的投标文件、统一缴纳投标保证金共计⟦人民币30万元|M⟧。⟦2024年7月5日|D⟧，⟦某某建设有限公司|C⟧以⟦486.2万元|M⟧中标。事后，⟦张某|P⟧向⟦李某某|P⟧支付“辛苦费”⟦5万元|M⟧。
本院认为，被告人⟦张某|P⟧、⟦李某某|P⟧相互串通投标报价，损害招标人及其他投标人利益，情节严重，其行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
此致
⟦XX县人民法院|A⟧
⟦检察员|T⟧：⟦王某某|P⟧
⟦2025年6月3日|D⟧
附：1.被告人⟦张某|P⟧现羁押于⟦XX县看守所|A⟧；2.案卷材料三册。
''',
        rels=[
            ('REFERRED', 'XX县公安局', 'XX县人民检察院', None, '2025年5月9日'),
            ('REFERRED', 'XX县人民检察院', 'XX县人民法院', 'X检刑诉〔2025〕123号', '2025年6月3日'),
            ('HOLDS_POSITION', '张某', '实际控制人', '某某建设有限公司'),
            ('HOLDS_POSITION', '李某某', '法定代表人', '某某工程有限公司'),
            ('LEGAL_REP', '李某某', '某某工程有限公司'),
            ('HOLDS_POSITION', '王某某', '检察员', 'XX县人民检察院'),
            ('BID_ON', '某某建设有限公司', 'XXZC-2024-061'),
            ('BID_ON', '某某工程有限公司', 'XXZC-2024-061'),
            ('BID_ON', '某某科技有限公司', 'XXZC-2024-061'),
        ],
        notes=COMMON + [
            '提起公诉 with 此致 XX县人民法院 is REFERRED XX县人民检察院 → XX县人民法院 with the indictment number and its signature date (decision for this set).',
            '移送审查起诉 to 本院 is REFERRED XX县公安局 → XX县人民检察院 (本院 = the issuer named in the title), date of the transfer.',
            '实际控制人 attached to a person and an annotated company is POSITION (corporate role).',
            'The two companies whose qualifications were borrowed nominally bid: BID_ON for all three.',
            '“辛苦费” between colluding bidders counts as collusion, not bribery.',
            'XX县看守所 (a detention house, 现羁押于…) is AGENCY; 1978年生 is year-only.',
            '同年4月18日 → 4月18日.',
        ],
        unmarked=[],
    ),
    dict(
        file='bqs-xxqu-2025-15.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='XX市XX区人民检察院',
        body='''
⟦XX市XX区人民检察院|A⟧
不起诉决定书
⟦X区检刑不诉〔2025〕15号|N⟧
被不起诉人⟦刘某|P⟧，女，⟦1990年11月7日|D⟧出生，汉族，本科文化，系⟦某某有限公司|C⟧⟦销售经理|T⟧。
本案由⟦XX市公安局XX分局|A⟧侦查终结，以被不起诉人⟦刘某|P⟧涉嫌串通投标罪，于⟦2025年8月4日|D⟧移送本院审查起诉。
经本院依法审查查明：
⟦2024年3月|D⟧，⟦XX市XX区卫生健康局|A⟧委托⟦某某招标代理有限公司|C⟧就医用耗材配送服务项目（项目编号：⟦XQWJ2024-003|J⟧）组织公开招标。被不起诉人⟦刘某|P⟧受⟦某某有限公司|C⟧⟦总经理|T⟧⟦赵某|P⟧（另案处理）指使，联系⟦某某医疗器械有限公司|C⟧、⟦某某商贸有限公司|C⟧陪标，并代为制作上述两家公司的投标文件，约定中标后支付陪标费各⟦2万元|M⟧。⟦某某有限公司|C⟧以⟦人民币138万元|M⟧中标。
本院认为，被不起诉人⟦刘某|P⟧实施了《⟦中华人民共和国刑法|L⟧》第二百二十三条规定的行为，但犯罪情节轻微，系从犯，到案后如实供述，认罪认罚，根据《⟦中华人民共和国刑法|L⟧》第三十七条的规定，不需要判处刑罚。依据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十七条第二款的规定，决定对⟦刘某|P⟧不起诉。
对被不起诉人需要给予行政处罚的，本院已于⟦2025年9月22日|D⟧将本案移送⟦XX市XX区财政局|A⟧依法处理（⟦X区检移〔2025〕3号|N⟧）。
被不起诉人如不服本决定，可以自收到本决定书后七日内向本院申诉。
⟦XX市XX区人民检察院|A⟧
⟦2025年9月16日|D⟧
''',
        rels=[
            ('REFERRED', 'XX市公安局XX分局', 'XX市XX区人民检察院', None, '2025年8月4日'),
            ('REFERRED', 'XX市XX区人民检察院', 'XX市XX区财政局', 'X区检移〔2025〕3号', '2025年9月22日'),
            ('HOLDS_POSITION', '刘某', '销售经理', '某某有限公司'),
            ('HOLDS_POSITION', '赵某', '总经理', '某某有限公司'),
            ('BID_ON', '某某有限公司', 'XQWJ2024-003'),
            ('BID_ON', '某某医疗器械有限公司', 'XQWJ2024-003'),
            ('BID_ON', '某某商贸有限公司', 'XQWJ2024-003'),
        ],
        notes=COMMON + [
            'Non-prosecution is not PENALIZED.',
            'The transfer to the finance bureau for administrative penalty is REFERRED, with its own number X区检移〔2025〕3号 and date; it is dated after the decision, as written.',
            '陪标 firms (某某医疗器械有限公司, 某某商贸有限公司) bid: BID_ON. The agent 某某招标代理有限公司 does not.',
            '某某有限公司 is a masked name with the shape of a name: COMPANY (heldout3 decision).',
        ],
    ),
    dict(
        file='yssc-funing-2025-041.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='阜宁县公安局',
        body='''
⟦阜宁县公安局|A⟧
起诉意见书
⟦阜公（经）诉字〔2025〕41号|N⟧
犯罪嫌疑人⟦周立新|P⟧，男，⟦1975年2月18日|D⟧出生，⟦盐城润阜市政工程有限公司|C⟧（以下简称“⟦润阜公司|C⟧”）⟦法定代表人|T⟧，住阜宁县阜城街道。
犯罪嫌疑人⟦顾海燕|P⟧，女，⟦1986年6月30日|D⟧出生，⟦江苏恒之信建设有限公司|C⟧⟦投标专员|T⟧。
犯罪嫌疑人⟦周立新|P⟧、⟦顾海燕|P⟧涉嫌串通投标一案，由⟦阜宁县财政局|A⟧于⟦2025年4月2日|D⟧以《涉嫌犯罪案件移送书》（⟦阜财移〔2025〕2号|N⟧）移送我局。我局经审查，于⟦2025年4月8日|D⟧立案侦查。犯罪嫌疑人⟦周立新|P⟧于⟦2025年4月15日|D⟧被我局刑事拘留，⟦2025年4月29日|D⟧经⟦阜宁县人民检察院|A⟧批准逮捕。
经依法侦查查明：
⟦2024年10月|D⟧，⟦阜宁县住房和城乡建设局|A⟧就阜宁县老旧小区改造三期工程（项目编号：⟦FN-JS-2024-0217|J⟧）公开招标。犯罪嫌疑人⟦周立新|P⟧为使⟦润阜公司|C⟧中标，与⟦顾海燕|P⟧商定由⟦江苏恒之信建设有限公司|C⟧按其提供的报价投标，并伪造类似工程业绩合同两份附入⟦润阜公司|C⟧投标文件。⟦2024年11月12日|D⟧，⟦润阜公司|C⟧以⟦人民币2,317.46万元|M⟧中标，⟦江苏恒之信建设有限公司|C⟧列第二中标候选人。⟦周立新|P⟧事后向⟦顾海燕|P⟧转账⟦8.8万元|M⟧。
认定上述事实的证据如下：书证、证人证言、犯罪嫌疑人供述和辩解、电子数据等。
综上所述，犯罪嫌疑人⟦周立新|P⟧、⟦顾海燕|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，涉嫌串通投标罪。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百六十二条之规定，现将此案移送审查起诉。
此致
⟦阜宁县人民检察院|A⟧
⟦局长|T⟧　⟦孙国栋|P⟧
⟦2025年7月21日|D⟧
''',
        rels=[
            ('REFERRED', '阜宁县财政局', '阜宁县公安局', '阜财移〔2025〕2号', '2025年4月2日'),
            ('REFERRED', '阜宁县公安局', '阜宁县人民检察院', '阜公（经）诉字〔2025〕41号', '2025年7月21日'),
            ('HOLDS_POSITION', '周立新', '法定代表人', '盐城润阜市政工程有限公司'),
            ('LEGAL_REP', '周立新', '盐城润阜市政工程有限公司'),
            ('HOLDS_POSITION', '顾海燕', '投标专员', '江苏恒之信建设有限公司'),
            ('HOLDS_POSITION', '孙国栋', '局长', '阜宁县公安局'),
            ('BID_ON', '盐城润阜市政工程有限公司', 'FN-JS-2024-0217'),
            ('BID_ON', '江苏恒之信建设有限公司', 'FN-JS-2024-0217'),
        ],
        aliases={'润阜公司': '盐城润阜市政工程有限公司'},
        notes=COMMON + [
            'Not anonymised (police documents name the suspects).',
            '我局 = 阜宁县公安局 (named in the title): the finance bureau\'s 移送 to 我局 is REFERRED 阜宁县财政局 → 阜宁县公安局 with 阜财移〔2025〕2号 and 2025年4月2日.',
            '移送审查起诉 + 此致 阜宁县人民检察院 is REFERRED 阜宁县公安局 → 阜宁县人民检察院 with the opinion\'s own number and signature date.',
            '《涉嫌犯罪案件移送书》 is a case document, not LAW.',
            '投标专员 is a staff role attached to a named person: POSITION. 局长 before the signing name is POSITION of 阜宁县公安局.',
            '住阜宁县阜城街道 is an address: not annotated.',
            '伪造业绩 → false_materials; 第二中标候选人 counts as BID_ON.',
        ],
    ),
    dict(
        file='qs-qinan-2025-88.txt', fmt='gb18030', kind='other', violations=['bribery', 'interference'],
        issuer='甘肃省秦安县人民检察院',
        body='''
⟦甘肃省秦安县人民检察院|A⟧
起诉书
⟦秦检刑诉〔2025〕88号|N⟧
被告人⟦马文彬|P⟧，男，⟦1969年4月3日|D⟧出生，回族，研究生文化，原系⟦秦安县卫生健康局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2025年2月26日|D⟧被⟦秦安县监察委员会|A⟧留置，⟦2025年5月20日|D⟧被本院决定逮捕，同日由⟦秦安县公安局|A⟧执行。
本案由⟦秦安县监察委员会|A⟧调查终结，于⟦2025年5月16日|D⟧移送本院审查起诉。
经依法审查查明：
2019年至2023年，被告人⟦马文彬|P⟧利用担任⟦秦安县卫生健康局|A⟧⟦副局长|T⟧、分管计划财务和设备采购工作的职务便利，在⟦秦安县人民医院|A⟧彩超设备采购项目（项目编号：⟦QAZC2021-045|J⟧）、⟦秦安县中医医院|A⟧信息化建设项目（项目编号：⟦QAZC2022-112|J⟧）中，向评标专家打招呼，为⟦天水康宁医疗设备有限公司|C⟧（⟦法定代表人|T⟧⟦雷鸣|P⟧）中标提供帮助，先后收受⟦雷鸣|P⟧所送现金共计⟦人民币46万元|M⟧、购物卡⟦3万元|M⟧。上述两项目均由⟦天水康宁医疗设备有限公司|C⟧中标，中标金额分别为⟦587万元|M⟧、⟦312.6万元|M⟧。
⟦2025年2月26日|D⟧，被告人⟦马文彬|P⟧到案后如实供述了上述事实，并于⟦2025年4月|D⟧退缴全部赃款。
本院认为，被告人⟦马文彬|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物，为他人谋取利益，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，应当以受贿罪追究其刑事责任。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条之规定，提起公诉，请依法判处。
此致
⟦秦安县人民法院|A⟧
⟦检察官|T⟧　⟦杨晓春|P⟧
⟦2025年7月2日|D⟧
''',
        rels=[
            ('REFERRED', '秦安县监察委员会', '甘肃省秦安县人民检察院', None, '2025年5月16日'),
            ('REFERRED', '甘肃省秦安县人民检察院', '秦安县人民法院', '秦检刑诉〔2025〕88号', '2025年7月2日'),
            ('HOLDS_POSITION', '马文彬', '党组成员', '秦安县卫生健康局'),
            ('HOLDS_POSITION', '马文彬', '副局长', '秦安县卫生健康局'),
            ('HOLDS_POSITION', '马文彬', '副局长@1', '秦安县卫生健康局'),
            ('HOLDS_POSITION', '雷鸣', '法定代表人', '天水康宁医疗设备有限公司'),
            ('LEGAL_REP', '雷鸣', '天水康宁医疗设备有限公司'),
            ('HOLDS_POSITION', '杨晓春', '检察官', '甘肃省秦安县人民检察院'),
            ('BID_ON', '天水康宁医疗设备有限公司', 'QAZC2021-045'),
            ('BID_ON', '天水康宁医疗设备有限公司', 'QAZC2022-112'),
        ],
        notes=COMMON + [
            'GB18030, LF line ends.',
            '原系…党组成员、副局长: titles split; 原 is separated from 党组成员 by the agency name, so it is left out.',
            '监委 调查终结 and 移送本院审查起诉 is REFERRED 秦安县监察委员会 → 甘肃省秦安县人民检察院 (本院 = the issuer).',
            '2019年至2023年 is year-level: not DATE.',
            '留置, 逮捕 are coercive measures: not PENALIZED. 秦安县公安局 only executes the arrest: no relation.',
            '(法定代表人雷鸣) in brackets after the company: POSITION attached to both → LEGAL_REP.',
            '向评标专家打招呼 → interference besides bribery.',
            'The two hospitals are public institutions: AGENCY, also inside the project names.',
        ],
    ),
    dict(
        file='qs-qijiang-2026-17.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='重庆市綦江区人民检察院',
        body='''
⟦重庆市綦江区人民检察院|A⟧
起 诉 书
⟦渝綦检刑诉〔2026〕17号|N⟧
被告单位⟦重庆市綦南建筑劳务有限公司|C⟧（以下简称⟦綦南公司|C⟧），住所地重庆市綦江区古南街道，统一社会信用代码91500222MA5U******，⟦法定代表人|T⟧⟦陈某某|P⟧。
诉讼代表人⟦罗某|P⟧，系⟦綦南公司|C⟧⟦办公室主任|T⟧。
被告人⟦陈某某|P⟧，男，1971年生，⟦綦南公司|C⟧⟦法定代表人|T⟧、⟦执行董事|T⟧。⟦2025年10月9日|D⟧因涉嫌串通投标罪被⟦重庆市綦江区公安局|A⟧取保候审。
被告人⟦吴某|P⟧，男，1980年生，⟦重庆兴綦路桥工程有限公司|C⟧（以下简称⟦兴綦公司|C⟧）⟦实际控制人|T⟧。
本案由⟦重庆市綦江区公安局|A⟧侦查终结，于⟦2025年12月30日|D⟧移送本院审查起诉。
经依法审查查明：
⟦2023年8月|D⟧至⟦2024年5月|D⟧，⟦重庆市綦江区交通运输委员会|A⟧先后就农村公路安防工程第一标段（编号：⟦QJJT-2023-A01|J⟧）、第二标段（编号：⟦QJJT-2023-A02|J⟧）公开招标。被告人⟦陈某某|P⟧与被告人⟦吴某|P⟧约定轮流中标，由未中标一方按中标价的3%收取“让标费”。⟦綦南公司|C⟧、⟦兴綦公司|C⟧分别以⟦412.8万元|M⟧、⟦396.5万元|M⟧中得上述两标段，相互支付让标费共计⟦24.27万元|M⟧。
本院认为，被告单位⟦綦南公司|C⟧及被告人⟦陈某某|P⟧、⟦吴某|P⟧相互串通投标报价，情节严重，应当以串通投标罪追究刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条之规定，提起公诉，请依法判处。
此致
⟦重庆市綦江区人民法院|A⟧
⟦检察员|T⟧　⟦何某某|P⟧
⟦二〇二六年一月二十日|D⟧
''',
        rels=[
            ('REFERRED', '重庆市綦江区公安局', '重庆市綦江区人民检察院', None, '2025年12月30日'),
            ('REFERRED', '重庆市綦江区人民检察院', '重庆市綦江区人民法院', '渝綦检刑诉〔2026〕17号', '二〇二六年一月二十日'),
            ('HOLDS_POSITION', '陈某某', '法定代表人', '重庆市綦南建筑劳务有限公司'),
            ('HOLDS_POSITION', '陈某某', '法定代表人@1', '重庆市綦南建筑劳务有限公司'),
            ('HOLDS_POSITION', '陈某某', '执行董事', '重庆市綦南建筑劳务有限公司'),
            ('LEGAL_REP', '陈某某', '重庆市綦南建筑劳务有限公司'),
            ('HOLDS_POSITION', '罗某', '办公室主任', '重庆市綦南建筑劳务有限公司'),
            ('HOLDS_POSITION', '吴某', '实际控制人', '重庆兴綦路桥工程有限公司'),
            ('HOLDS_POSITION', '何某某', '检察员', '重庆市綦江区人民检察院'),
            ('BID_ON', '重庆市綦南建筑劳务有限公司', 'QJJT-2023-A01'),
            ('BID_ON', '重庆市綦南建筑劳务有限公司', 'QJJT-2023-A02'),
            ('BID_ON', '重庆兴綦路桥工程有限公司', 'QJJT-2023-A01'),
            ('BID_ON', '重庆兴綦路桥工程有限公司', 'QJJT-2023-A02'),
        ],
        aliases={'綦南公司': '重庆市綦南建筑劳务有限公司', '兴綦公司': '重庆兴綦路桥工程有限公司'},
        notes=COMMON + [
            '.docx: offsets refer to texts/qs-qijiang-2026-17.docx.txt (paragraphs joined with \\n).',
            'The 法定代表人 before 陈某某 in the defendant-unit paragraph and the one after 綦南公司 both give HOLDS_POSITION (one per mention pair).',
            '诉讼代表人 is procedural: not POSITION; 办公室主任 is POSITION of 綦南公司.',
            'Rotating wins (轮流中标): both firms bid on both lots, so BID_ON ×4.',
            '3% is a rate: not MONEY. The credit code is partly masked and not annotated; 住所地 address not annotated.',
            'Chinese-numeral signature date 二〇二六年一月二十日 is DATE and the REFERRED date.',
            '2023年8月至2024年5月: each end is a DATE.',
        ],
    ),
    dict(
        file='bqs-haicheng-2025-6.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='辽宁省海城市人民检察院', aliases={'海城市人民检察院': '辽宁省海城市人民检察院'},
        body='''
⟦辽宁省海城市人民检察院|A⟧
不起诉决定书
⟦海检刑不诉［2025］6号|N⟧
被不起诉人⟦于洪涛|P⟧，男，⟦1988年1月21日|D⟧出生，汉族，系⟦鞍山立信招标代理有限公司|C⟧⟦项目负责人|T⟧。
本案由⟦海城市公安局|A⟧侦查终结，以被不起诉人⟦于洪涛|P⟧涉嫌串通投标罪、非国家工作人员受贿罪，于⟦2025年6月3日|D⟧移送本院审查起诉。本院于⟦2025年7月2日|D⟧、⟦8月14日|D⟧两次退回⟦海城市公安局|A⟧补充侦查，⟦海城市公安局|A⟧分别于⟦2025年8月1日|D⟧、⟦9月12日|D⟧补查重新移送审查起诉。
经本院依法审查查明：
⟦2024年4月|D⟧，⟦海城市教育局|A⟧委托⟦鞍山立信招标代理有限公司|C⟧就海城市中小学课桌椅采购项目（项目编号：⟦LXZB-HC-2024-019|J⟧）组织招标。被不起诉人⟦于洪涛|P⟧作为该项目⟦项目负责人|T⟧，收受投标人⟦海城市华木家具制造有限公司|C⟧⟦总经理|T⟧⟦曲某|P⟧所送⟦1.5万元|M⟧，并在开标前向其透露其他投标人名单。
本院认为，⟦于洪涛|P⟧的上述行为，犯罪事实不清、证据不足，不符合起诉条件。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十五条第四款的规定，决定对⟦于洪涛|P⟧不起诉。
本院同时将⟦于洪涛|P⟧涉嫌违反政府采购法律法规的问题线索移送⟦海城市财政局|A⟧，将⟦海城市教育局|A⟧相关工作人员涉嫌失职的问题线索移送⟦海城市纪委监委|A⟧。
⟦海城市人民检察院|A⟧
⟦2025年10月28日|D⟧
''',
        rels=[
            ('REFERRED', '海城市公安局', '辽宁省海城市人民检察院', None, '2025年6月3日'),
            ('REFERRED', '辽宁省海城市人民检察院', '海城市财政局'),
            ('REFERRED', '辽宁省海城市人民检察院', '海城市纪委监委'),
            ('HOLDS_POSITION', '于洪涛', '项目负责人', '鞍山立信招标代理有限公司'),
            ('HOLDS_POSITION', '于洪涛', '项目负责人@1', '鞍山立信招标代理有限公司'),
            ('HOLDS_POSITION', '曲某', '总经理', '海城市华木家具制造有限公司'),
            ('BID_ON', '海城市华木家具制造有限公司', 'LXZB-HC-2024-019'),
        ],
        notes=COMMON + [
            '辽宁省海城市人民检察院 (title, maximal span) is canonical; 海城市人民检察院 in the signature is its alias.',
            '退回补充侦查 and 重新移送 are moves of the same case between the same bodies: only the first transfer is REFERRED (relations are de-duplicated on names).',
            'The two clue transfers in the last paragraph are REFERRED without number or date (the decision date is not the transfer date).',
            '作为该项目项目负责人: POSITION of the agent company (the same person, second mention).',
            '收受投标人…所送 — the bidder 海城市华木家具制造有限公司 bid on the numbered project: BID_ON.',
            '不起诉 is not PENALIZED. ［2025］ full-width square brackets kept in DOC_NO.',
        ],
    ),
    dict(
        file='yssc-xxfenju-2025-219.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='XX市公安局XX分局',
        body='''
⟦XX市公安局XX分局|A⟧
起诉意见书
⟦X公（经）诉字〔2025〕219号|N⟧
犯罪嫌疑人⟦黄某某|P⟧，男，1982年出生，系⟦某某环境工程有限公司|C⟧⟦股东|T⟧、⟦监事|T⟧。
犯罪嫌疑人⟦钱某|P⟧，男，1979年出生，系⟦某某园林绿化有限公司|C⟧⟦法定代表人|T⟧。
犯罪嫌疑人⟦黄某某|P⟧、⟦钱某|P⟧涉嫌串通投标一案，系⟦XX市公共资源交易中心|A⟧在大数据比对中发现两家公司投标文件制作机器码一致，于⟦2025年5月6日|D⟧将线索移交我局，我局于⟦2025年5月13日|D⟧立案侦查。
经依法侦查查明：
⟦2025年1月|D⟧，⟦XX市XX区园林绿化服务中心|A⟧就道路绿化养护服务项目（项目编号：⟦XXGG2025-0009|J⟧）公开招标，⟦某某环境工程有限公司|C⟧、⟦某某园林绿化有限公司|C⟧等5家公司参与投标。犯罪嫌疑人⟦黄某某|P⟧与⟦钱某|P⟧事先商定由⟦某某园林绿化有限公司|C⟧中标，⟦黄某某|P⟧按⟦钱某|P⟧提供的价格制作并递交投标文件。⟦某某园林绿化有限公司|C⟧以⟦人民币297.35万元|M⟧中标后，向⟦黄某某|P⟧实际控制的账户转入⟦15万元|M⟧。
综上所述，犯罪嫌疑人⟦黄某某|P⟧、⟦钱某|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，涉嫌串通投标罪。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百六十二条之规定，现将此案移送审查起诉。
此致
⟦XX市XX区人民检察院|A⟧
⟦XX市公安局XX分局|A⟧
⟦2025年8月26日|D⟧
''',
        rels=[
            ('REFERRED', 'XX市公共资源交易中心', 'XX市公安局XX分局', None, '2025年5月6日'),
            ('REFERRED', 'XX市公安局XX分局', 'XX市XX区人民检察院', 'X公（经）诉字〔2025〕219号', '2025年8月26日'),
            ('HOLDS_POSITION', '黄某某', '股东', '某某环境工程有限公司'),
            ('HOLDS_POSITION', '黄某某', '监事', '某某环境工程有限公司'),
            ('HOLDS_POSITION', '钱某', '法定代表人', '某某园林绿化有限公司'),
            ('LEGAL_REP', '钱某', '某某园林绿化有限公司'),
            ('BID_ON', '某某环境工程有限公司', 'XXGG2025-0009'),
            ('BID_ON', '某某园林绿化有限公司', 'XXGG2025-0009'),
        ],
        notes=COMMON + [
            'Anonymised police document. 线索移交我局 (我局 = XX市公安局XX分局, named in the title) is REFERRED from the trading centre.',
            '监事 is a corporate role: POSITION. 1982年出生 is year-only.',
            '5家公司 other than the two named: not annotated.',
            '立案侦查 is not PENALIZED.',
        ],
    ),
    dict(
        file='qs-lixian-2026-9.txt', fmt='gb18030-crlf', kind='other', violations=['bribery', 'no_procurement'],
        issuer='湖南省澧县人民检察院',
        body='''
⟦湖南省澧县人民检察院|A⟧
起诉书
⟦澧检刑诉〔2026〕9号|N⟧
被告人⟦谭某某|P⟧，男，⟦1972年12月5日|D⟧出生，原系⟦澧县城头山镇中心学校|A⟧⟦校长|T⟧。因涉嫌受贿罪，于⟦2025年9月3日|D⟧被⟦澧县监察委员会|A⟧留置。
被告人⟦邓某|P⟧，男，⟦1979年8月16日|D⟧出生，⟦常德市鼎创教学设备有限公司|C⟧⟦实际控制人|T⟧。因涉嫌行贿罪，于⟦2025年9月5日|D⟧被⟦澧县监察委员会|A⟧留置。
本案由⟦澧县监察委员会|A⟧调查终结，于⟦2026年1月8日|D⟧移送本院审查起诉。
经依法审查查明：
2020年至2024年，被告人⟦谭某某|P⟧利用担任⟦澧县城头山镇中心学校|A⟧⟦校长|T⟧的职务便利，将学校食堂设备、多媒体教室等采购事项拆分为多个⟦20万元|M⟧以下的项目，不经政府采购程序直接交由⟦常德市鼎创教学设备有限公司|C⟧供货，合同总金额⟦人民币167.3万元|M⟧；并收受被告人⟦邓某|P⟧所送现金、烟酒等财物共计折合⟦人民币21.6万余元|M⟧。
⟦2022年9月|D⟧，⟦澧县教育局|A⟧对⟦谭某某|P⟧拆分采购问题进行约谈，⟦谭某某|P⟧仍未改正。
本院认为，被告人⟦谭某某|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物，为他人谋取利益，数额较大；被告人⟦邓某|P⟧为谋取不正当利益，给予国家工作人员以财物，其行为分别触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条、第三百八十九条，应当分别以受贿罪、行贿罪追究其刑事责任。提起公诉，请依法判处。
此致
⟦澧县人民法院|A⟧
⟦检察员|T⟧　⟦龚某|P⟧
⟦2026年2月6日|D⟧
''',
        rels=[
            ('REFERRED', '澧县监察委员会', '湖南省澧县人民检察院', None, '2026年1月8日'),
            ('REFERRED', '湖南省澧县人民检察院', '澧县人民法院', '澧检刑诉〔2026〕9号', '2026年2月6日'),
            ('HOLDS_POSITION', '谭某某', '校长', '澧县城头山镇中心学校'),
            ('HOLDS_POSITION', '谭某某', '校长@1', '澧县城头山镇中心学校'),
            ('HOLDS_POSITION', '邓某', '实际控制人', '常德市鼎创教学设备有限公司'),
            ('HOLDS_POSITION', '龚某', '检察员', '湖南省澧县人民检察院'),
        ],
        notes=COMMON + [
            'GB18030 with CRLF line ends; offsets count the \\r characters.',
            '原系…中心学校校长: 原 is separated from 校长 by the school name, so it is left out.',
            '拆分…不经政府采购程序直接交由 → no_procurement; 受贿/行贿 → bribery.',
            'No project number: no BID_ON. 约谈 by 澧县教育局 is not a sanction: no PENALIZED. 20万元以下: 以下 excluded from MONEY.',
            '2020年至2024年 is year-level: not DATE.',
        ],
    ),
]
