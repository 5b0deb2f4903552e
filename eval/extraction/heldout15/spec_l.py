"""heldout15 — spec_l: court extract partly traditional (吉首), OCR-noisy 发改 处罚决定 (丰宁), 投诉处理决定 (湘桥),
court judgment GB18030 (叙州), news (蕉城). All invented."""

DOCS = [
    dict(
        file='h15-26-xspjs-jishou-2026-77-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='湖南省吉首市人民法院',
        body='''
⟦湖南省吉首市人民法院|A⟧
刑 事 判 決 書（節錄）
⟦（2026）湘3101刑初77號|N⟧

　　公訴機關⟦吉首市人民檢察院|A⟧。
　　被告人⟦彭某某|P⟧，男，⟦1976年4月|D⟧出生，土家族，原⟦吉首市乾州街道办事处城建办|A⟧⟦主任|T⟧。
　　被告人⟦田某|P⟧，男，⟦吉首武陵山建筑有限公司|C⟧⟦實際控制人|T⟧。
　　……
　　經審理查明：⟦2023年3月|D⟧，⟦乾州街道办事处|A⟧對轄區雨污分流改造工程進行招標（項目編號⟦JSQZ-2023-005|J⟧）。被告人⟦田某|P⟧掛靠⟦吉首武陵山建筑有限公司|C⟧並另找兩家公司陪標，以⟦人民幣312.6萬元|M⟧中標。事前，⟦田某|P⟧請託⟦彭某某|P⟧在資格審查時予以關照，事後送給⟦彭某某|P⟧現金⟦8萬元|M⟧。案發後，⟦吉首市審計局|A⟧於⟦2025年6月|D⟧將線索移送⟦吉首市紀委監委|A⟧。
　　本院認為，……判決如下：
　　一、被告人⟦彭某某|P⟧犯受賄罪，判處有期徒刑三年，並處罰金⟦人民幣二十萬元|M⟧；
　　二、被告人⟦田某|P⟧犯行賄罪、串通投標罪，決定執行有期徒刑二年，緩刑三年，並處罰金⟦人民幣十五萬元|M⟧。

⟦審判長|T⟧　⟦向紅梅|P⟧
⟦審判員|T⟧　⟦石磊|P⟧
⟦二〇二六年五月十一日|D⟧
⟦書記員|T⟧　⟦龍思雨|P⟧
''',
        rels=[('PENALIZED', '湖南省吉首市人民法院', '彭某某'),
              ('PENALIZED', '湖南省吉首市人民法院', '田某'),
              ('REFERRED', '吉首市審計局', '吉首市紀委監委', None, '2025年6月'),
              ('HOLDS_POSITION', '田某', '實際控制人', '吉首武陵山建筑有限公司'),
              ('BID_ON', '吉首武陵山建筑有限公司', 'JSQZ-2023-005'),
              ('HOLDS_POSITION', '彭某某', '主任', '吉首市乾州街道办事处城建办'),
              ('HOLDS_POSITION', '向紅梅', '審判長', '湖南省吉首市人民法院'),
              ('HOLDS_POSITION', '石磊', '審判員', '湖南省吉首市人民法院'),
              ('HOLDS_POSITION', '龍思雨', '書記員', '湖南省吉首市人民法院')],
        notes=['Partly traditional: the header and narrative mix simplified and traditional forms; spans are copied as written.',
               '吉首市乾州街道办事处城建办: maximal AGENCY span with the named sub-unit (as dev19 城南街道城建办); 主任 the POSITION. The later 乾州街道办事处 is its own AGENCY mention (no alias: the full office name is only annotated inside the longer span).',
               '審判長/審判員/書記員 in the signature block are POSITIONs of the court (書記員 doubtful, as dev19). The other two bidders are unnamed: BID_ON only for the company. The transfer to the 紀委監委 is dated with the month.'],
    ),
    dict(
        file='h15-27-cfjd-fengning-fgj-2026-2-ocr.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='丰宁满族自治县发展和改革局',
        body='''
⟦丰宁满族自治县发展和改革局|A⟧
行 政 处 罚 决 定 书
⟦丰发改罚〔2026〕2 号|N⟧

当事人 ：⟦丰宁坝上路桥工程有限 公司|C⟧
⟦法定代表 人|T⟧：⟦白玉成|P⟧
　　经查，⟦2025 年10月|D⟧，你公司在丰宁满族自治县大滩镇至鱼儿山镇公路
改建工程施工招标（招标编号⟦FNJT-2025-09|J⟧）中 ，与⟦河北冀北交通建设有限公司|C⟧
的投标文件由同一单位编制 ，且两家公司项目管理机构成员出现同一人，依照《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条，视为投
标人相互串通投标。该线索由⟦丰宁满族自治县公共资源交易中心|A⟧于⟦2025年11月3日|D⟧移送我局。
　　依据《⟦中华人民共和国招标投标法|L⟧》第五十三条，我局决定：对你公司处中标项目金额千分之六的罚款 ，计⟦人民币 41, 280元|M⟧；对单位直接负责的主管人员处单位罚款数额百分之五的罚款，计⟦人民币2 ,064元|M⟧。

⟦丰宁满族自治县发展和改革局|A⟧
⟦2026年1 月15日|D⟧
''',
        rels=[('PENALIZED', '丰宁满族自治县发展和改革局', '丰宁坝上路桥工程有限 公司'),
              ('LEGAL_REP', '白玉成', '丰宁坝上路桥工程有限 公司'),
              ('HOLDS_POSITION', '白玉成', '法定代表 人', '丰宁坝上路桥工程有限 公司'),
              ('REFERRED', '丰宁满族自治县公共资源交易中心', '丰宁满族自治县发展和改革局', None, '2025年11月3日'),
              ('BID_ON', '丰宁坝上路桥工程有限 公司', 'FNJT-2025-09'),
              ('BID_ON', '河北冀北交通建设有限公司', 'FNJT-2025-09')],
        notes=['OCR-like noise kept: 有限 公司, 法定代表 人 (a broken title, annotated as written, with LEGAL_REP), 2 号, 2025 年10月, amounts with stray blanks.',
               'The directly responsible person is unnamed: no PENALIZED for him. The co-colluder 河北冀北交通建设有限公司 is not penalised in this decision.',
               '我局 receiver resolved to the named issuer.'],
    ),
    dict(
        file='h15-28-tscljd-xiangqiao-czj-2026-5.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='湘桥区财政局',
        body='''
⟦湘桥区财政局|A⟧政府采购投诉处理决定书
⟦潮湘财采诉〔2026〕5号|N⟧

投诉人：⟦广东韩江环境科技有限公司|C⟧，⟦授权代表|T⟧⟦黄俊鹏|P⟧。
被投诉人：⟦湘桥区城市管理和综合执法局|A⟧（采购人）；⟦广东粤东招标代理有限公司|C⟧（代理机构）。
　　投诉人参加了湘桥区背街小巷保洁服务采购项目（项目编号：⟦XQCG2026-0031|J⟧）的投标，⟦2026年3月4日|D⟧对评审结果提出质疑，因不满质疑答复，于⟦2026年3月20日|D⟧向本机关投诉，称评审专家对其“保洁人员配置方案”评分不一致，且代理机构未在法定期限内答复质疑。
　　经调阅评审资料，评审委员会对该项评分符合评分标准，投诉事项一缺乏事实依据；代理机构于⟦3月13日|D⟧作出答复，未超过七个工作日，投诉事项二不成立。
　　根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项，决定驳回投诉。

⟦湘桥区财政局|A⟧
⟦2026年4月17日|D⟧
''',
        rels=[('HOLDS_POSITION', '黄俊鹏', '授权代表', '广东韩江环境科技有限公司'),
              ('BID_ON', '广东韩江环境科技有限公司', 'XQCG2026-0031')],
        notes=['The complainant says it 参加了…投标: BID_ON stated, not assumed. Complaint dismissal: no PENALIZED. violations other (scoring errors, late 质疑 reply alleged).'],
    ),
]
