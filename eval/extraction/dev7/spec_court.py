"""dev7 — 4 judgment-style paragraphs centred on persons (hand annotation, inline ⟦text|L⟧ marks).

One run-on paragraph each, no newline at the end, in the manner of court fact paragraphs.
Places: Henan (Nanyang Wolong), Hubei (Yichang Xiling, GB18030), Jiangxi (Shangrao Xinzhou, traditional),
Qinghai (Haidong). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 原告, 被告, 公诉机关, 委托诉讼代理人, 出庭负责人 are procedural roles: not POSITION. 原告 / 被告 '
    'standing for a named party are not annotated (pronoun-like).',
    'Every repetition of a name, including bare subjects with no cue (王某某分别向…), is a PERSON mention.',
]

DOCS = [
    dict(
        file='pj-01.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='河南省南阳市卧龙区人民法院',
        body='⟦河南省南阳市卧龙区人民法院|A⟧经审理查明：⟦2024年5月|D⟧，卧龙区城区雨污分流改造工程（项目编号：⟦NYWL-2024-SZ019|J⟧）公开招标。被告人⟦王某某|P⟧系⟦南阳宛兴市政工程有限公司|C⟧⟦法定代表人|T⟧，为使该公司中标，其联系⟦河南伏牛建设集团有限公司|C⟧⟦项目经理|T⟧⟦王某|P⟧、⟦南阳卧龙水利工程有限公司|C⟧⟦投标专员|T⟧⟦张某某|P⟧，约定由两公司参与陪标，并安排公司经理统一制作三家公司的投标文件、统一缴纳投标保证金。⟦2024年6月12日|D⟧开标，⟦南阳宛兴市政工程有限公司|C⟧以⟦人民币2765.3万元|M⟧中标，事后⟦王某某|P⟧分别向⟦王某|P⟧、⟦张某某|P⟧支付“辛苦费”⟦5万元|M⟧和⟦3万元|M⟧。⟦2025年1月8日|D⟧，⟦南阳市公安局卧龙分局|A⟧民警在⟦王某某|P⟧住处将其抓获。另查明，⟦王某|P⟧的妻子⟦王某甲|P⟧系评标专家库成员，未参与本项目评审。本院认为，被告人⟦王某某|P⟧、⟦王某|P⟧、⟦张某某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条的规定，判决被告人⟦王某某|P⟧犯串通投标罪，判处有期徒刑一年，并处罚金⟦人民币10万元|M⟧。',
        rels=[
            ('PENALIZED', '河南省南阳市卧龙区人民法院', '王某某'),
            ('LEGAL_REP', '王某某', '南阳宛兴市政工程有限公司'),
            ('HOLDS_POSITION', '王某某', '法定代表人', '南阳宛兴市政工程有限公司'),
            ('HOLDS_POSITION', '王某', '项目经理', '河南伏牛建设集团有限公司'),
            ('HOLDS_POSITION', '张某某', '投标专员', '南阳卧龙水利工程有限公司'),
            ('BID_ON', '南阳宛兴市政工程有限公司', 'NYWL-2024-SZ019'),
            ('BID_ON', '河南伏牛建设集团有限公司', 'NYWL-2024-SZ019'),
            ('BID_ON', '南阳卧龙水利工程有限公司', 'NYWL-2024-SZ019'),
        ],
        notes=COMMON + [
            '王某某, 王某, 王某甲 are three different masked persons; each mention is its own span (no nesting).',
            '公司经理 (no name attached) and 评标专家库成员 are not POSITION; 民警 with no name is not annotated.',
            '陪标 firms get BID_ON. Arrest is not PENALIZED; the sentence by the named court is.',
            '王某的妻子王某甲: kin word, no POSITION. 投标专员 is POSITION (dev6 decision).',
        ],
    ),
    dict(
        file='pj-02.txt', fmt='gb18030', kind='court_judgment', violations=['bribery', 'interference', 'other'],
        issuer='湖北省宜昌市西陵区人民法院',
        body='⟦湖北省宜昌市西陵区人民法院|A⟧经审理查明：被告人⟦诸葛某|P⟧，原系⟦宜昌市西陵区公共资源交易中心|A⟧⟦副主任|T⟧。⟦2023年3月|D⟧至⟦2024年10月|D⟧，⟦诸葛某|P⟧利用负责评标专家抽取工作的职务便利，多次向⟦宜昌三峡智联科技有限公司|C⟧⟦销售总监|T⟧⟦慕容某某|P⟧透露评标专家名单，并通过其妻⟦皇甫某|P⟧收受⟦慕容某某|P⟧所送现金共计⟦人民币42万元|M⟧。其间，⟦慕容某某|P⟧还请托⟦宜昌市第二中学|A⟧⟦教师|T⟧、⟦评标专家|T⟧⟦欧阳某|P⟧在西陵区教育信息化设备采购项目（项目编号：⟦XLZC-2023-HW045|J⟧）评审中给予高分，并送给⟦欧阳某|P⟧购物卡价值⟦1万元|M⟧。⟦宜昌三峡智联科技有限公司|C⟧最终以⟦人民币618万元|M⟧中标。⟦2025年2月20日|D⟧，⟦宜昌市西陵区监察委员会|A⟧对⟦诸葛某|P⟧立案调查并采取留置措施，同年5月移送⟦宜昌市西陵区人民检察院|A⟧审查起诉。本院认为，被告人⟦诸葛某|P⟧身为国家工作人员，利用职务上的便利为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。判决被告人⟦诸葛某|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币25万元|M⟧。',
        rels=[
            ('PENALIZED', '湖北省宜昌市西陵区人民法院', '诸葛某'),
            ('REFERRED', '宜昌市西陵区监察委员会', '宜昌市西陵区人民检察院'),
            ('HOLDS_POSITION', '诸葛某', '副主任', '宜昌市西陵区公共资源交易中心'),
            ('HOLDS_POSITION', '慕容某某', '销售总监', '宜昌三峡智联科技有限公司'),
            ('HOLDS_POSITION', '欧阳某', '教师', '宜昌市第二中学'),
            ('HOLDS_POSITION', '欧阳某', '评标专家', None),
            ('BID_ON', '宜昌三峡智联科技有限公司', 'XLZC-2023-HW045'),
        ],
        unmarked=['评标专家'],
        notes=COMMON + [
            'GB18030. Masked compound surnames 诸葛某, 慕容某某, 皇甫某, 欧阳某: PERSON.',
            '原系…副主任: 原 not adjacent to the title (the agency sits between), not in the span.',
            '评标专家抽取工作 and 评标专家名单 are not POSITION (no person attached): listed in unmarked; '
            '国家工作人员 is a legal category. 其妻皇甫某: kin, no POSITION.',
            '教师、评标专家欧阳某: two titles in a row, each attached; 教师 org = the school (AGENCY).',
            '同年5月 is relative: not DATE, so the REFERRED date is null. 立案 and 留置 are not PENALIZED.',
            'violations: bribery; 请托…给予高分 (interference, 说情打高分); leaking the expert list (other).',
        ],
    ),
    dict(
        file='pj-03-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='江西省上饒市信州區人民法院',
        body='⟦江西省上饒市信州區人民法院|A⟧經審理查明：⟦2023年9月|D⟧，⟦上饒信江園林綠化有限公司|C⟧（以下簡稱⟦信江公司|C⟧）⟦法定代表人|T⟧⟦劉建軍|P⟧、⟦股東|T⟧⟦陳偉華|P⟧為承接信州區濱江公園綠化提升工程（項目編號：⟦SRXZ-2023-YL026|J⟧），商定由⟦信江公司|C⟧投標，另借用⟦江西贛東建設工程有限公司|C⟧、⟦上饒三清市政工程有限公司|C⟧資質參與陪標，並由⟦陳偉華|P⟧之弟⟦陳某|P⟧統一製作三份投標文件。開標後，⟦信江公司|C⟧以⟦人民幣1388.6萬元|M⟧中標。⟦2024年4月2日|D⟧，⟦上饒市信州區財政局|A⟧在處理投訴時發現上述問題，將案件線索移送⟦上饒市公安局信州分局|A⟧。本院認為，被告人⟦劉建軍|P⟧、⟦陳偉華|P⟧相互串通投標報價，損害招標人利益，情節嚴重，均構成串通投標罪。判決如下：一、被告人⟦劉建軍|P⟧犯串通投標罪，判處有期徒刑十個月，緩刑一年，並處罰金⟦人民幣8萬元|M⟧；二、被告人⟦陳偉華|P⟧犯串通投標罪，判處罰金⟦人民幣5萬元|M⟧。',
        rels=[
            ('PENALIZED', '江西省上饒市信州區人民法院', '劉建軍'),
            ('PENALIZED', '江西省上饒市信州區人民法院', '陳偉華'),
            ('REFERRED', '上饒市信州區財政局', '上饒市公安局信州分局', None, '2024年4月2日'),
            ('LEGAL_REP', '劉建軍', '上饒信江園林綠化有限公司'),
            ('HOLDS_POSITION', '劉建軍', '法定代表人', '上饒信江園林綠化有限公司'),
            ('HOLDS_POSITION', '陳偉華', '股東', '上饒信江園林綠化有限公司'),
            ('BID_ON', '上饒信江園林綠化有限公司', 'SRXZ-2023-YL026'),
            ('BID_ON', '江西贛東建設工程有限公司', 'SRXZ-2023-YL026'),
            ('BID_ON', '上饒三清市政工程有限公司', 'SRXZ-2023-YL026'),
        ],
        aliases={'信江公司': '上饒信江園林綠化有限公司'},
        notes=COMMON + [
            'Traditional characters, kept as written. Short name 信江公司 (以下簡稱) is COMPANY, aliased.',
            '股東 is POSITION (corporate role). 陳偉華之弟陳某: kin, no POSITION.',
            'Firms whose qualifications were borrowed to 陪標 get BID_ON (dev6 decision).',
            'The finance bureau\'s transfer of the clue to the police is REFERRED with its date.',
        ],
    ),
    dict(
        file='pj-04.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='海东市平安区人民法院',
        body='⟦海东市平安区人民法院|A⟧经审理查明：原告⟦青海昆仑信息工程有限公司|C⟧（⟦法定代表人|T⟧⟦才让多杰|P⟧）参加⟦海东市乐都区卫生健康局|A⟧委托⟦青海河湟招标代理有限公司|C⟧组织的乐都区乡镇卫生院信息化建设项目（项目编号：⟦HDLD-2024-XX017|J⟧）投标。⟦2024年11月|D⟧，该项目投诉人⟦青海高原云数科技有限公司|C⟧向被告⟦海东市乐都区财政局|A⟧投诉，称原告提交的⟦项目负责人|T⟧⟦祁某某|P⟧的社保缴纳证明系伪造。被告经调查认定投诉成立，于⟦2025年3月6日|D⟧作出⟦乐财罚决〔2025〕3号|N⟧行政处罚决定，对原告处以罚款⟦人民币3.2万元|M⟧。原告不服，向本院提起诉讼。庭审中，原告委托诉讼代理人、⟦青海三江源律师事务所|C⟧⟦律师|T⟧⟦仝某|P⟧称，⟦祁某某|P⟧的社保系由其妻⟦李某某|P⟧代缴，缴费单位变更属实，但不存在伪造。被告出庭负责人、⟦副局长|T⟧⟦尕藏|P⟧到庭应诉。⟦才让多杰|P⟧未到庭。本院认为，被告作出的处罚决定认定事实清楚，适用法律正确，程序合法。判决驳回原告的诉讼请求。',
        rels=[
            ('PENALIZED', '海东市乐都区财政局', '青海昆仑信息工程有限公司'),
            ('LEGAL_REP', '才让多杰', '青海昆仑信息工程有限公司'),
            ('HOLDS_POSITION', '才让多杰', '法定代表人', '青海昆仑信息工程有限公司'),
            ('HOLDS_POSITION', '祁某某', '项目负责人', '青海昆仑信息工程有限公司'),
            ('HOLDS_POSITION', '仝某', '律师', '青海三江源律师事务所'),
            ('HOLDS_POSITION', '尕藏', '副局长', '海东市乐都区财政局'),
            ('BID_ON', '青海昆仑信息工程有限公司', 'HDLD-2024-XX017'),
        ],
        notes=COMMON + [
            'An administrative judgment. The penalty by the named defendant bureau, stated as fact, is PENALIZED; '
            'the court\'s rejection of the claim is not. The complainant company is not assumed to have bid.',
            '才让多杰 (four characters), 尕藏 (two characters, Tibetan), 仝某 (rare surname 仝): PERSON. '
            '才让多杰未到庭: a bare subject, annotated.',
            '委托诉讼代理人 and 出庭负责人 are not POSITION; 律师 and 副局长 attached to the names are. 副局长 org = '
            'the defendant bureau (被告).',
            '乐财罚决〔2025〕3号 before 行政处罚决定 is DOC_NO. The court does not appear as 本院 in relations.',
            '乐都区乡镇卫生院 inside the project name is a distributive category (all township health centres), '
            'not one named body: not AGENCY. The agent company organising the tender gets no BID_ON.',
        ],
    ),
]
