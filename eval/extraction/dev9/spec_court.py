"""dev9 — six invented court-judgment and 起诉书 paragraphs in the CAIL style (one run-on paragraph each).

Places: Hebei (Xingtai Lincheng), Liaoning (Tieling Changtu), Guangxi (Guilin Lipu, traditional characters),
Henan (Zhoukou Huaiyang), Anhui (Fuyang Linquan / Yingzhou), Tianjin (Ninghe). All persons, companies,
numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 被告单位, 公诉机关, 犯罪嫌疑人 are procedural roles: not POSITION. 本院 is a pronoun.',
    'A criminal sentence by the named court is PENALIZED (court -> each sentenced party); 立案, 留置, 抓获, '
    '指控/提起公诉 are not.',
    '移送…审查起诉 by an investigating body to a named procuratorate is REFERRED (GUIDELINES: 泰顺县公安局 -> '
    '泰顺县人民检察院); 指定管辖 is not.',
    'The 原 of 原XX局 (a former body or a former post held there) stays outside the AGENCY span (as in '
    'GUIDELINES 原淮安市公安局信通处处长).',
    '某某公司 (某 + a category noun) is not annotated; XX建设有限公司 / 河北某某建筑工程有限公司 keep the shape of a '
    'name and are COMPANY (GUIDELINES 2.8).',
]

DOCS = [
    dict(
        file='c1-pj-lincheng.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='河北省临城县人民法院',
        body='''
⟦河北省临城县人民法院|A⟧经审理查明：被告人⟦郑某某|P⟧于2018年至⟦2024年6月|D⟧任原⟦临城县财政局政府采购管理股|A⟧⟦股长|T⟧，负责全县政府采购项目的备案审核及监督管理工作。2021年至2023年间，⟦郑某某|P⟧利用职务上的便利，在⟦临城县第一中学|A⟧教学楼改造工程、⟦临城县东镇镇人民政府|A⟧美丽乡村建设项目等政府采购活动中，为⟦邢台宏远建设有限公司|C⟧⟦实际控制人|T⟧⟦孙某|P⟧、⟦河北某某建筑工程有限公司|C⟧⟦负责人|T⟧⟦周某甲|P⟧在资格审查、合同备案等方面提供帮助，先后9次收受⟦孙某|P⟧、⟦周某甲|P⟧给予的现金及购物卡共计⟦人民币38.6万元|M⟧，其中在其办公室收受⟦孙某|P⟧所送现金⟦10万元|M⟧。⟦2025年3月12日|D⟧，⟦郑某某|P⟧经⟦临城县监察委员会|A⟧电话通知后主动到案，如实供述了上述犯罪事实，并退缴全部赃款。⟦临城县监察委员会|A⟧调查终结后，于⟦2025年6月20日|D⟧将本案移送⟦临城县人民检察院|A⟧审查起诉；⟦临城县人民检察院|A⟧以⟦临检刑诉〔2025〕96号|N⟧起诉书指控被告人⟦郑某某|P⟧犯受贿罪，于⟦2025年8月4日|D⟧向本院提起公诉。本院认为，被告人⟦郑某某|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物⟦38.6万元|M⟧，为他人谋取利益，数额巨大，其行为已构成受贿罪，鉴于其有自首情节并退缴全部赃款，依法减轻处罚，判决被告人⟦郑某某|P⟧犯受贿罪，判处有期徒刑三年，并处罚金⟦人民币二十万元|M⟧。
''',
        rels=[('REFERRED', '临城县监察委员会', '临城县人民检察院', None, '2025年6月20日'),
              ('PENALIZED', '河北省临城县人民法院', '郑某某'),
              ('HOLDS_POSITION', '郑某某', '股长', '临城县财政局政府采购管理股'),
              ('HOLDS_POSITION', '孙某', '实际控制人', '邢台宏远建设有限公司'),
              ('HOLDS_POSITION', '周某甲', '负责人', '河北某某建筑工程有限公司')],
        aliases={},
        notes=COMMON + [
            '原临城县财政局政府采购管理股股长: 原 outside; the named sub-unit is one maximal AGENCY span and the '
            'post\'s org.',
            '2018年至2024年6月: only the end with a month is DATE; 2021年至2023年间 is year-level.',
            '38.6万元 (without 人民币) is a second MONEY string, annotated at its own occurrence.',
            'The 起诉书 number cited by the court is DOC_NO; prosecution is not REFERRED (the court is not sent a '
            'case by transfer), so it is not an evidence_doc_no.',
            '电话通知 to surrender is not a transfer.',
        ],
    ),
    dict(
        file='c2-qss-changtu.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='辽宁省昌图县人民检察院',
        body='''
⟦辽宁省昌图县人民检察院|A⟧起诉书（⟦昌检一部刑诉〔2026〕57号|N⟧）：被告人⟦韩某某|P⟧，男，⟦1979年5月|D⟧出生，系⟦昌图县鑫盛建设有限公司|C⟧（以下简称⟦鑫盛公司|C⟧）⟦法定代表人|T⟧；被告人⟦于某|P⟧，男，1983年出生，系某某公司⟦实际控制人|T⟧。本案由⟦昌图县公安局|A⟧侦查终结，以被告人⟦韩某某|P⟧、⟦于某|P⟧涉嫌串通投标罪，于⟦2026年4月7日|D⟧向本院移送审查起诉。经依法审查查明：⟦2025年3月|D⟧，⟦昌图县公共资源交易中心|A⟧发布⟦昌图县古榆树镇人民政府|A⟧农田水利设施维修工程（项目编号：⟦CTGC-2025-0319|J⟧）招标公告，最高投标限价⟦人民币412.6万元|M⟧。被告人⟦韩某某|P⟧为使⟦鑫盛公司|C⟧中标，与被告人⟦于某|P⟧商议，由⟦于某|P⟧借用⟦铁岭辽北路桥工程有限公司|C⟧、⟦昌图县宏达水利工程有限公司|C⟧及某某公司的资质参与投标，并由⟦韩某某|P⟧统一制作投标文件、统一缴纳投标保证金共计⟦人民币24万元|M⟧，⟦韩某某|P⟧承诺中标后给予⟦于某|P⟧“好处费”⟦人民币15万元|M⟧。⟦2025年4月2日|D⟧开标，⟦鑫盛公司|C⟧以⟦人民币398.7万元|M⟧中标。同年5月，⟦韩某某|P⟧通过其妻子⟦王某某|P⟧的银行账户向⟦于某|P⟧转账⟦人民币15万元|M⟧。⟦昌图县古榆树镇大泉眼村村民委员会|A⟧⟦主任|T⟧⟦李某某|P⟧对上述串通投标行为知情。本院认为，被告人⟦韩某某|P⟧、⟦于某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。
''',
        rels=[('REFERRED', '昌图县公安局', '辽宁省昌图县人民检察院', None, '2026年4月7日'),
              ('LEGAL_REP', '韩某某', '昌图县鑫盛建设有限公司'),
              ('HOLDS_POSITION', '韩某某', '法定代表人', '昌图县鑫盛建设有限公司'),
              ('HOLDS_POSITION', '于某', '实际控制人', None),
              ('HOLDS_POSITION', '李某某', '主任', '昌图县古榆树镇大泉眼村村民委员会'),
              ('BID_ON', '昌图县鑫盛建设有限公司', 'CTGC-2025-0319'),
              ('BID_ON', '铁岭辽北路桥工程有限公司', 'CTGC-2025-0319'),
              ('BID_ON', '昌图县宏达水利工程有限公司', 'CTGC-2025-0319')],
        aliases={'鑫盛公司': '昌图县鑫盛建设有限公司'},
        notes=COMMON + [
            '起诉书 paragraph: GUIDELINES have no kind for it; decision: court_judgment (the criminal-proceedings '
            'genre of the CAIL paragraphs), issuer the procuratorate (the document\'s author). Unsure.',
            '向本院移送审查起诉: the receiver is 本院 = the issuer, named: REFERRED 昌图县公安局 -> the procuratorate, '
            'date 2026年4月7日, no number.',
            '于某 follows 由 (由于某借用…): the surname 于 is a PERSON start here, not the word 由于.',
            '于某 is 实际控制人 of an unnamed 某某公司: HOLDS_POSITION with org null.',
            '1979年5月 (a birth month) is DATE; 1983年 is year-only. 同年5月 is relative and month-only: not DATE.',
            'The 好处费 between colluding bidders is collusion, not bribery (GUIDELINES).',
            'The companies whose qualifications were borrowed took part in the bidding: BID_ON each.',
            '昌图县古榆树镇人民政府 inside the project name is AGENCY (GUIDELINES 2.3).',
        ],
    ),
    dict(
        file='c3-pj-lipu-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer='廣西壯族自治區荔浦市人民法院',
        body='''
⟦廣西壯族自治區荔浦市人民法院|A⟧經審理查明：2023年至2025年，被告人⟦黃某某|P⟧在擔任⟦荔浦市修仁鎮人民政府|A⟧⟦副鎮長|T⟧期間，分管鎮村基礎設施建設工作。⟦2024年3月|D⟧，⟦荔浦市修仁鎮六合村村民委員會|A⟧村屯道路硬化項目在⟦荔浦市公共資源交易中心|A⟧進行招標，⟦黃某某|P⟧應⟦廣西桂荔建築工程有限公司|C⟧⟦股東|T⟧⟦覃某|P⟧的請託，授意該村委會⟦主任|T⟧⟦莫某某|P⟧在資格審查中為該公司提供便利，該公司最終以⟦人民幣136.5萬元|M⟧中標。事後，⟦黃某某|P⟧先後兩次在其住處收受⟦覃某|P⟧送予的現金共計⟦人民幣12萬元|M⟧。⟦2025年9月5日|D⟧，⟦荔浦市監察委員會|A⟧對⟦黃某某|P⟧立案調查並採取留置措施，⟦2025年12月1日|D⟧將本案移送⟦荔浦市人民檢察院|A⟧審查起訴。另查明，⟦莫某某|P⟧因收受⟦覃某|P⟧所送⟦2萬元|M⟧，已被⟦荔浦市紀委監委|A⟧給予黨內嚴重警告處分。本院認為，被告人⟦黃某某|P⟧身為國家工作人員，利用職務上的便利，為他人謀取利益，非法收受他人財物⟦人民幣12萬元|M⟧，數額較大，其行為已構成受賄罪，依照《⟦中華人民共和國刑法|L⟧》第三百八十五條、第三百八十六條之規定，判決被告人⟦黃某某|P⟧犯受賄罪，判處有期徒刑一年六個月，並處罰金⟦人民幣十萬元|M⟧。
''',
        rels=[('REFERRED', '荔浦市監察委員會', '荔浦市人民檢察院', None, '2025年12月1日'),
              ('PENALIZED', '廣西壯族自治區荔浦市人民法院', '黃某某'),
              ('PENALIZED', '荔浦市紀委監委', '莫某某'),
              ('HOLDS_POSITION', '黃某某', '副鎮長', '荔浦市修仁鎮人民政府'),
              ('HOLDS_POSITION', '覃某', '股東', '廣西桂荔建築工程有限公司'),
              ('HOLDS_POSITION', '莫某某', '主任', '荔浦市修仁鎮六合村村民委員會')],
        aliases={},
        notes=COMMON + [
            'Traditional characters, annotated as written.',
            '該村委會主任: the pronoun resolves the org to the named 村民委員會.',
            '已被荔浦市紀委監委給予黨內嚴重警告處分: a passive sanction with a named agent: PENALIZED.',
            '荔浦市監察委員會 and 荔浦市紀委監委 are two mentions written differently; not aliased (the 紀委監委 '
            'is the joint body, the 監察委員會 one organ of it).',
            '立案調查, 留置: not PENALIZED. 2024年3月 is DATE; 2023年至2025年 is year-level.',
            'No project number: no BID_ON.',
        ],
    ),
    dict(
        file='c4-pj-huaiyang.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='河南省周口市淮阳区人民法院',
        body='''
⟦河南省周口市淮阳区人民法院|A⟧审理⟦周口市淮阳区人民检察院|A⟧指控被告单位⟦淮阳区XX建设有限公司|C⟧、被告人⟦李某甲|P⟧、⟦李某乙|P⟧犯串通投标罪、单位行贿罪一案，经审理查明：被告单位⟦淮阳区XX建设有限公司|C⟧成立于2016年，被告人⟦李某甲|P⟧系该公司⟦法定代表人|T⟧，被告人⟦李某乙|P⟧系该公司⟦副总经理|T⟧。⟦2025年5月|D⟧，⟦淮阳区白楼镇人民政府|A⟧委托⟦周口市淮阳区公共资源交易中心|A⟧对白楼镇高标准农田建设项目（项目编号：⟦HYZC2025-06-031|J⟧）进行公开招标，⟦李某甲|P⟧指使⟦李某乙|P⟧联系⟦河南中原XX工程有限公司|C⟧、某某公司等4家企业参与陪标，由⟦李某乙|P⟧统一编制投标文件并支付各陪标单位“资质使用费”共计⟦人民币6万元|M⟧，后⟦淮阳区XX建设有限公司|C⟧以⟦人民币548.3万元|M⟧中标。为顺利通过验收并提前拨付工程款，⟦李某甲|P⟧先后送给白楼镇⟦党委委员|T⟧、⟦副镇长|T⟧⟦孟某|P⟧现金⟦人民币5万元|M⟧，送给⟦淮阳区白楼镇后李庄村民委员会|A⟧⟦主任|T⟧⟦李某丙|P⟧现金⟦2万元|M⟧。案发后，⟦周口市公安局淮阳分局|A⟧于⟦2025年11月18日|D⟧将⟦李某甲|P⟧、⟦李某乙|P⟧抓获归案，并于⟦2026年1月9日|D⟧将本案移送⟦周口市淮阳区人民检察院|A⟧审查起诉。本院认为，被告单位⟦淮阳区XX建设有限公司|C⟧与其他投标人相互串通投标报价，损害招标人利益，情节严重，并为谋取不正当利益给予国家工作人员财物，其行为已分别构成串通投标罪、单位行贿罪，判决被告单位⟦淮阳区XX建设有限公司|C⟧犯串通投标罪、单位行贿罪，判处罚金⟦人民币30万元|M⟧；被告人⟦李某甲|P⟧犯串通投标罪、单位行贿罪，判处有期徒刑二年，并处罚金⟦人民币10万元|M⟧；被告人⟦李某乙|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币5万元|M⟧。
''',
        rels=[('REFERRED', '周口市公安局淮阳分局', '周口市淮阳区人民检察院', None, '2026年1月9日'),
              ('PENALIZED', '河南省周口市淮阳区人民法院', '淮阳区XX建设有限公司'),
              ('PENALIZED', '河南省周口市淮阳区人民法院', '李某甲'),
              ('PENALIZED', '河南省周口市淮阳区人民法院', '李某乙'),
              ('LEGAL_REP', '李某甲', '淮阳区XX建设有限公司'),
              ('HOLDS_POSITION', '李某甲', '法定代表人', '淮阳区XX建设有限公司'),
              ('HOLDS_POSITION', '李某乙', '副总经理', '淮阳区XX建设有限公司'),
              ('HOLDS_POSITION', '孟某', '党委委员', None),
              ('HOLDS_POSITION', '孟某', '副镇长', '淮阳区白楼镇人民政府'),
              ('HOLDS_POSITION', '李某丙', '主任', '淮阳区白楼镇后李庄村民委员会'),
              ('BID_ON', '淮阳区XX建设有限公司', 'HYZC2025-06-031'),
              ('BID_ON', '河南中原XX工程有限公司', 'HYZC2025-06-031')],
        aliases={},
        notes=COMMON + [
            'XX-masked company names keep the shape of a name: COMPANY.',
            '李某甲, 李某乙, 李某丙 are three persons.',
            '白楼镇党委委员、副镇长孟某: two POSITION spans; 党委委员 belongs to the (unannotated) town party committee, '
            'org null; 副镇长 takes the named town government. 白楼镇 alone is a place.',
            'The same amount string 人民币5万元 (a bribe and a fine) is annotated at both occurrences.',
            '抓获归案 is a coercive measure: not PENALIZED. The sentenced company and both persons: PENALIZED.',
            'The 陪标 company took part in the bidding: BID_ON. Violations: collusion, bribery (单位行贿 to officials).',
        ],
    ),
    dict(
        file='c5-pj-yingzhou.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer='安徽省阜阳市颍州区人民法院',
        body='''
⟦安徽省阜阳市颍州区人民法院|A⟧经审理查明：被告人⟦赵某某|P⟧原系⟦临泉县公共资源交易中心|A⟧⟦副主任|T⟧，被告人⟦钱某|P⟧系⟦安徽皖北天成医疗设备有限公司|C⟧（以下简称⟦天成公司|C⟧）⟦销售经理|T⟧。⟦2024年8月|D⟧至⟦2025年2月|D⟧，⟦赵某某|P⟧利用负责抽取评标委员会成员的职务便利，先后3次将⟦临泉县人民医院|A⟧医疗设备采购项目（项目编号：⟦LQZC-2024-1187|J⟧、⟦LQZC-2025-0032|J⟧）的评标委员会组成人员名单泄露给⟦钱某|P⟧，⟦钱某|P⟧据此联系⟦评标专家|T⟧⟦孙某某|P⟧、⟦吴某|P⟧打招呼，⟦天成公司|C⟧在上述项目中均中标，中标金额合计⟦人民币1,176.4万元|M⟧。⟦钱某|P⟧先后送给⟦赵某某|P⟧现金⟦人民币20万元|M⟧，送给⟦孙某某|P⟧、⟦吴某|P⟧各⟦人民币2万元|M⟧。本案经⟦安徽省阜阳市中级人民法院|A⟧指定由本院管辖。⟦临泉县监察委员会|A⟧于⟦2025年7月14日|D⟧将⟦赵某某|P⟧受贿案移送⟦阜阳市颍州区人民检察院|A⟧审查起诉，⟦临泉县公安局|A⟧于⟦2025年8月1日|D⟧将⟦钱某|P⟧行贿案移送⟦阜阳市颍州区人民检察院|A⟧审查起诉。本院认为，被告人⟦赵某某|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物，为他人谋取利益，其行为已构成受贿罪；被告人⟦钱某|P⟧为谋取不正当利益，给予国家工作人员以财物，其行为已构成行贿罪。判决被告人⟦赵某某|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币二十万元|M⟧；被告人⟦钱某|P⟧犯行贿罪，判处有期徒刑二年。
''',
        rels=[('REFERRED', '临泉县监察委员会', '阜阳市颍州区人民检察院', None, '2025年7月14日'),
              ('REFERRED', '临泉县公安局', '阜阳市颍州区人民检察院', None, '2025年8月1日'),
              ('PENALIZED', '安徽省阜阳市颍州区人民法院', '赵某某'),
              ('PENALIZED', '安徽省阜阳市颍州区人民法院', '钱某'),
              ('HOLDS_POSITION', '赵某某', '副主任', '临泉县公共资源交易中心'),
              ('HOLDS_POSITION', '钱某', '销售经理', '安徽皖北天成医疗设备有限公司'),
              ('HOLDS_POSITION', '孙某某', '评标专家', None),
              ('HOLDS_POSITION', '吴某', '评标专家', None),
              ('BID_ON', '安徽皖北天成医疗设备有限公司', 'LQZC-2024-1187'),
              ('BID_ON', '安徽皖北天成医疗设备有限公司', 'LQZC-2025-0032')],
        aliases={'天成公司': '安徽皖北天成医疗设备有限公司'},
        notes=COMMON + [
            '原系临泉县公共资源交易中心副主任: 原 is not adjacent to the title; POSITION 副主任.',
            'Two investigating bodies send two cases to the same procuratorate on different dates: two REFERRED.',
            '指定由本院管辖 by the intermediate court is designation of jurisdiction: not REFERRED.',
            '2024年8月至2025年2月: two DATEs (range ends).',
            'Violations: bribery (受贿/行贿, and gifts to experts), interference (打招呼 to experts).',
        ],
    ),
    dict(
        file='c6-pj-ninghe.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'discriminatory_terms'],
        issuer='天津市宁河区人民法院',
        body='''
⟦天津市宁河区人民法院|A⟧经审理查明：被告人⟦刘某某|P⟧于2019年至2024年任⟦天津市宁河区教育局|A⟧⟦副局长|T⟧，分管教育装备采购工作。2022年，⟦刘某某|P⟧得知⟦天津市宁河区芦台第一中学|A⟧、⟦天津市宁河区潘庄镇中心小学|A⟧等12所学校计划采购录播教室设备后，与⟦天津津沽华宇科技有限公司|C⟧⟦总经理|T⟧⟦邢某|P⟧约定，由⟦刘某某|P⟧向各校推荐该公司产品，并授意各校在采购需求中设定该公司产品特有的技术参数，⟦邢某|P⟧按合同金额的8%向⟦刘某某|P⟧支付“好处费”。同年⟦9月28日|D⟧至⟦12月6日|D⟧，上述学校通过⟦天津市宁河区公共资源交易中心|A⟧采购，该公司中标金额共计⟦人民币493.25万元|M⟧，⟦刘某某|P⟧先后收受⟦邢某|P⟧所送⟦人民币39.46万元|M⟧。⟦2025年4月|D⟧，⟦天津市宁河区监察委员会|A⟧对⟦刘某某|P⟧立案调查，⟦天津市公安局宁河分局|A⟧对⟦邢某|P⟧涉嫌行贿一案立案侦查，后将该案移送⟦天津市宁河区人民检察院|A⟧审查起诉。本院认为，被告人⟦刘某某|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物，数额巨大，其行为已构成受贿罪；被告人⟦邢某|P⟧为谋取不正当利益，给予国家工作人员以财物，其行为已构成行贿罪。判决被告人⟦刘某某|P⟧犯受贿罪，判处有期徒刑三年，并处罚金⟦人民币二十五万元|M⟧；被告人⟦邢某|P⟧犯行贿罪，判处有期徒刑一年，缓刑二年，并处罚金⟦人民币十万元|M⟧。
''',
        rels=[('REFERRED', '天津市公安局宁河分局', '天津市宁河区人民检察院', None, None),
              ('PENALIZED', '天津市宁河区人民法院', '刘某某'),
              ('PENALIZED', '天津市宁河区人民法院', '邢某'),
              ('HOLDS_POSITION', '刘某某', '副局长', '天津市宁河区教育局'),
              ('HOLDS_POSITION', '邢某', '总经理', '天津津沽华宇科技有限公司')],
        aliases={},
        notes=COMMON + [
            '同年9月28日至12月6日: two DATEs (month+day after a relative anchor); 2019年至2024年 and 2022年 are '
            'year-level; 8% is a rate.',
            'The police branch sent the briber\'s case to the procuratorate (后将该案移送…审查起诉): REFERRED, no date '
            '(2025年4月 is the 立案 month, not the transfer date).',
            '各校 (the schools) are not named persons or posts; 推荐 is not a position.',
            'Violations: bribery; discriminatory_terms (设定该公司产品特有的技术参数 = 指向特定产品).',
        ],
    ),
]
