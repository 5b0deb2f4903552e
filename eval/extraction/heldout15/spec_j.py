"""heldout15 — spec_j: 市场监管 处罚决定 GB18030 (婺源), 投诉处理决定 (紫阳), 询问笔录 (会宁), 会议纪要 docx (磐安). All invented."""

DOCS = [
    dict(
        file='h15-20-cfjd-wuyuan-scjg-2026-15.txt', fmt='gb18030', kind='penalty_decision', violations=['bribery'],
        issuer='婺源县市场监督管理局',
        body='''
⟦婺源县市场监督管理局|A⟧
行政处罚决定书
⟦婺市监处罚〔2026〕15号|N⟧

当事人：⟦婺源县绿野文旅设施有限公司|C⟧
住所：婺源县紫阳镇文公北路19号
⟦法定代表人|T⟧：⟦汪志刚|P⟧

　　⟦2026年2月3日|D⟧，本局根据⟦婺源县审计局|A⟧移送的线索（⟦婺审移〔2026〕1号|N⟧），对当事人涉嫌商业贿赂行为立案调查。
　　经查，当事人为承接⟦婺源县文化广电新闻出版旅游局|A⟧景区导览标识采购项目，于⟦2025年6月|D⟧至⟦2025年8月|D⟧间先后三次向该局⟦工作人员|T⟧⟦俞某|P⟧赠送购物卡，价值共计⟦人民币12000元|M⟧，并最终成交，成交金额⟦人民币486000元|M⟧，获利⟦人民币61320元|M⟧。
　　当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。本局决定：一、没收违法所得⟦人民币61320元|M⟧；二、罚款⟦人民币150000元|M⟧。
　　当事人应自收到本决定书之日起十五日内缴纳罚没款。

⟦婺源县市场监督管理局|A⟧
⟦2026年4月24日|D⟧
''',
        rels=[('PENALIZED', '婺源县市场监督管理局', '婺源县绿野文旅设施有限公司'),
              ('REFERRED', '婺源县审计局', '婺源县市场监督管理局', '婺审移〔2026〕1号', None),
              ('LEGAL_REP', '汪志刚', '婺源县绿野文旅设施有限公司'),
              ('HOLDS_POSITION', '汪志刚', '法定代表人', '婺源县绿野文旅设施有限公司'),
              ('HOLDS_POSITION', '俞某', '工作人员', '婺源县文化广电新闻出版旅游局')],
        notes=['The address after 住所 is not annotated. REFERRED from the audit bureau: the 2026年2月3日 is the case-filing date, so the date is null.'],
    ),
    dict(
        file='h15-21-tscljd-ziyang-czj-2026-3.txt', fmt='utf-8', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='紫阳县财政局',
        body='''
⟦紫阳县财政局|A⟧
政府采购投诉处理决定书
⟦紫财采诉〔2026〕3号|N⟧

投诉人：⟦紫阳秦巴茶业机械有限公司|C⟧
地址：紫阳县城关镇新桥路66号
被投诉人：⟦紫阳县茶产业发展中心|A⟧
相关供应商：⟦陕西富硒茶机制造有限公司|C⟧

　　投诉人因对紫阳县茶叶加工设备采购项目（项目编号：⟦ZYCG-2026-007|J⟧）的采购文件不满，于⟦2026年2月10日|D⟧向本机关提起投诉。本机关依法受理并审查。
　　投诉事项：采购文件将“在陕西省内有售后服务网点”设为资格条件，以不合理条件对供应商实行差别待遇。
　　本机关认为，该资格条件与项目具体特点和实际需要无关，违反《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（八）项的规定，投诉事项成立。依据《⟦政府采购质疑和投诉办法|L⟧》第三十一条，决定如下：责令采购人修改采购文件后重新开展采购活动。
　　投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦紫阳县人民政府|A⟧申请行政复议。

⟦紫阳县财政局|A⟧
⟦2026年3月12日|D⟧
''',
        rels=[('PENALIZED', '紫阳县财政局', '紫阳县茶产业发展中心')],
        notes=['The complaint is upheld and the purchaser is ordered to correct (责令): PENALIZED → the purchaser (a public institution, AGENCY) — doubtful; complaint dismissals would not count.',
               'The complainant is not assumed to have bid; the related supplier is not said to have bid on the numbered project: no BID_ON. The address is not annotated.'],
    ),
    dict(
        file='h15-22-xwbl-huining-gaj-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='会宁县公安局',
        body='''
询 问 笔 录
（第1次）

时间：⟦2026年5月21日|D⟧ 9时30分至11时05分
地点：会宁县公安局经侦大队询问室
询问人：⟦杜鹏|P⟧、⟦魏小兵|P⟧　工作单位：⟦会宁县公安局经济犯罪侦查大队|A⟧
记录人：⟦魏小兵|P⟧
被询问人：⟦马建军|P⟧　性别：男　出生日期：⟦1983年11月2日|D⟧
工作单位及职务：⟦会宁泰和建筑工程有限公司|C⟧⟦项目经理|T⟧

问：我们是⟦会宁县公安局|A⟧的民警（出示证件），现依法向你询问，你要如实回答。你听清楚了吗？
答：听清楚了。
问：你是否参与了会宁县2025年农村饮水提升工程（项目编号：⟦HNSL-2025-018|J⟧）的投标？
答：参与了，我代表⟦泰和公司|C⟧去的。
问：当时还有哪些单位投标？
答：还有⟦甘肃陇原水利水电工程有限公司|C⟧和⟦会宁县鸿达建筑有限公司|C⟧。陇原那家是我们老板⟦王泰和|P⟧找来的，投标文件是我们公司的⟦技术员|T⟧⟦李娟|P⟧帮忙做的，保证金也是我们公司出的，一共⟦30万元|M⟧。
问：你们为什么这样做？
答：老板说这样能保证中标。
问：以上所说是否属实？
答：属实。
以上笔录我看过，和我说的一样。⟦马建军|P⟧（指印）⟦2026年5月21日|D⟧
''',
        rels=[('HOLDS_POSITION', '马建军', '项目经理', '会宁泰和建筑工程有限公司'),
              ('HOLDS_POSITION', '李娟', '技术员', '会宁泰和建筑工程有限公司'),
              ('BID_ON', '会宁泰和建筑工程有限公司', 'HNSL-2025-018'),
              ('BID_ON', '甘肃陇原水利水电工程有限公司', 'HNSL-2025-018'),
              ('BID_ON', '会宁县鸿达建筑有限公司', 'HNSL-2025-018')],
        unmarked=['会宁县公安局'],
        aliases={'泰和公司': '会宁泰和建筑工程有限公司'},
        notes=['Issuer: the police bureau that took the statement (kind other). 会宁县公安局经侦大队询问室 after 地点 is a location, not annotated (like an address, GUIDELINES §2.5).',
               '老板 is a colloquial relation, not POSITION; 陇原那家 is a bare short reference without 公司, left unannotated (doubtful). 询问人/记录人 are form roles, not POSITION.'],
    ),
]
