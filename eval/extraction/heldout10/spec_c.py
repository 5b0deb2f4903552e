"""heldout10 — c1–c5: 处罚决定书 (嘉峪关), 投诉处理决定书 (西昌, docx), 纪委监委 通报 (乌兰浩特), 审计移送处理书 (阿拉善左旗, GB18030),
刑事判决书 excerpt (芒市, traditional). Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Registration numbers (收文登记号, 回执编号, 线索编号, 登记号, 受案登记号) are not DOC_NO: they number an entry in a register, '
    'not a document (by analogy with 索引号, the excluded catalogue index). Bulletin issues (第N期) are not DOC_NO.',
    '联系人/经办人/承办人/签收人/签发人 are form fields, not POSITION.',
]

DOCS = [
    dict(
        file='c1-cfjd-jiayuguan-czj-2026-3.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='嘉峪关市财政局',
        body='''
⟦嘉峪关市财政局|A⟧行政处罚决定书
⟦嘉财采罚〔2026〕3号|N⟧

当事人：⟦甘肃雄关智能科技有限公司|C⟧
统一社会信用代码：91620200MA72K8QX3B
⟦法定代表人|T⟧：⟦陈志勇|P⟧
地址：嘉峪关市雄关区新华中路16号

　　⟦2025年12月4日|D⟧，我局收到⟦嘉峪关市公共资源交易中心|A⟧移送的《关于⟦甘肃雄关智能科技有限公司|C⟧涉嫌提供虚假材料的函》（⟦嘉公交函〔2025〕17号|N⟧）。经查：
　　当事人参加⟦嘉峪关市第五中学|A⟧智慧教室建设项目（项目编号：⟦JYGCG2025-113|J⟧）投标，在投标文件中提供了其与⟦嘉峪关市峪泉镇中心小学|A⟧签订的“智慧教室建设合同”作为类似业绩。经向⟦嘉峪关市峪泉镇中心小学|A⟧核实，该校未与当事人签订过上述合同。当事人以⟦968,500.00元|M⟧中标，合同尚未签订。
　　⟦2026年1月16日|D⟧，我局向当事人送达《行政处罚事先告知书》（⟦嘉财采告〔2026〕3号|N⟧）。当事人于⟦1月20日|D⟧提交书面陈述，称业绩材料系其⟦原业务员|T⟧⟦张凯|P⟧私自编制，公司不知情。我局认为，投标文件由当事人盖章提交，其陈述不能免除责任，不予采纳。
　　当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十三条、第七十七条第一款第（一）项之规定。根据该法第七十七条及《⟦甘肃省政府采购行政处罚裁量基准|L⟧》，决定：
　　（一）处以采购金额千分之八的罚款，计⟦人民币7748元|M⟧；
　　（二）列入不良行为记录名单，一年内禁止参加政府采购活动。
　　罚款自收到本决定书之日起十五日内缴至指定账户。如不服本决定，可于收到本决定书之日起六十日内向⟦嘉峪关市人民政府|A⟧申请行政复议，也可于六个月内依法向⟦嘉峪关市城区人民法院|A⟧提起行政诉讼。

⟦嘉峪关市财政局|A⟧
⟦2026年2月2日|D⟧
''',
        rels=[('REFERRED', '嘉峪关市公共资源交易中心', '嘉峪关市财政局', '嘉公交函〔2025〕17号'),
              ('PENALIZED', '嘉峪关市财政局', '甘肃雄关智能科技有限公司'),
              ('LEGAL_REP', '陈志勇', '甘肃雄关智能科技有限公司'),
              ('HOLDS_POSITION', '陈志勇', '法定代表人', '甘肃雄关智能科技有限公司'),
              ('HOLDS_POSITION', '张凯', '原业务员', '甘肃雄关智能科技有限公司'),
              ('BID_ON', '甘肃雄关智能科技有限公司', 'JYGCG2025-113')],
        notes=COMMON + [
            'The referral was received 2025年12月4日 (我局收到): that is a receipt date, not the transfer date → date null. Receiver 我局 = the named issuer.',
            'The title 嘉峪关市财政局行政处罚决定书 carries the agency name (annotated). The address line is not annotated.',
            '其原业务员张凯: 原 adjacent → POSITION 原业务员, org resolved through 其 to the party company.',
        ]),
    dict(
        file='c2-tscljd-liangshan-xichang-czj-2026-4.docx', fmt='docx', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='西昌市财政局',
        body='''
⟦西昌市财政局|A⟧
政府采购投诉处理决定书
⟦西财采诉决〔2026〕4号|N⟧
投诉人：⟦凉山州金叶办公家具有限公司|C⟧
住所：西昌市航天大道三段8号
被投诉人：⟦西昌市邛海泸山风景名胜区管理局|A⟧
相关供应商：⟦成都锦程家具制造有限公司|C⟧
投诉人于⟦2026年1月5日|D⟧就⟦西昌市邛海泸山风景名胜区管理局|A⟧游客服务中心家具采购项目（项目编号：⟦51340126-XCCG-2025-0208|J⟧）提起投诉，我局于⟦2026年1月7日|D⟧依法受理。
投诉事项：招标文件要求投标人须在西昌市内设有售后服务网点且“近三年在凉山州内有不少于5个同类业绩”，构成对外地供应商的差别待遇；评审中以该项为实质性条款否决了投诉人的投标。
被投诉人称：该条款系为保障售后响应时效而设置。
经审查，我局认为：采购人以特定行政区域的业绩作为实质性条件，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（四）项规定的以不合理条件对供应商实行差别待遇的情形，投诉事项成立。
根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第三十二条之规定，决定如下：
一、投诉事项成立；
二、该项目中标结果无效，责令⟦西昌市邛海泸山风景名胜区管理局|A⟧修改招标文件后重新开展采购活动。
投诉人、被投诉人如对本决定不服，可在收到本决定书之日起60日内向⟦凉山彝族自治州财政局|A⟧或⟦西昌市人民政府|A⟧申请行政复议，或在6个月内向⟦西昌市人民法院|A⟧提起行政诉讼。
⟦西昌市财政局|A⟧
⟦2026年2月12日|D⟧
''',
        rels=[('PENALIZED', '西昌市财政局', '西昌市邛海泸山风景名胜区管理局'),
              ('BID_ON', '凉山州金叶办公家具有限公司', '51340126-XCCG-2025-0208')],
        notes=COMMON + [
            '责令 the purchaser to redo its purchase after a founded complaint is a handling decision → PENALIZED (as in dev18).',
            'BID_ON for the complainant because the text says its bid was rejected (否决了投诉人的投标), not because it complained. '
            'The 相关供应商 is not said to have bid or won the numbered project: no BID_ON.',
            '凉山州 in the quoted clause is a place, not an agency. 西昌市内 is a place.',
        ]),
    dict(
        file='c3-tb-hinggan-ulanhot-jwjw-2026-2.txt', fmt='utf-8', kind='discipline_notice', violations=['bribery', 'interference', 'no_procurement'],
        issuer='中共乌兰浩特市纪委监委',
        body='''
纪检监察工作通报
2026年第2期（总第37期）

⟦中共乌兰浩特市纪委监委|A⟧　　　　　　　　　　⟦2026年3月6日|D⟧

关于3起政府采购和工程招投标领域违纪违法典型问题的通报

各苏木乡镇街道党（工）委，市直各部门党组（党委）：
　　为深化政府采购和工程招投标领域突出问题专项整治，现将近期查处的3起典型问题通报如下。
　　一、⟦乌兰浩特市卫生健康委员会|A⟧⟦原党组成员|T⟧、⟦副主任|T⟧⟦包海军|P⟧违规插手医疗设备采购、收受财物问题。2022年至2024年，⟦包海军|P⟧利用职务便利，为⟦兴安盟博瑞医疗器械有限公司|C⟧在⟦乌兰浩特市人民医院|A⟧设备采购中中标提供帮助，收受该公司⟦总经理|T⟧⟦白志刚|P⟧所送财物共计⟦38.6万元|M⟧。⟦2025年12月|D⟧，⟦包海军|P⟧受到开除党籍、开除公职处分，涉嫌犯罪问题被移送检察机关依法审查起诉。
　　二、⟦乌兰浩特市葛根庙镇党委|A⟧⟦原书记|T⟧⟦乌云|P⟧违规决定工程项目直接发包问题。⟦2024年5月|D⟧，⟦乌云|P⟧未经集体研究，将镇区道路硬化工程（合同价⟦146万元|M⟧）直接发包给无资质的个人施工。⟦2026年1月|D⟧，经⟦乌兰浩特市纪委常委会|A⟧会议研究，给予⟦乌云|P⟧党内严重警告处分。
　　三、⟦乌兰浩特市公共资源交易中心|A⟧⟦工作人员|T⟧⟦李明宇|P⟧泄露评标专家名单问题。……（略）

（此件发至科级）
''',
        rels=[('HOLDS_POSITION', '包海军', '原党组成员', '乌兰浩特市卫生健康委员会'),
              ('HOLDS_POSITION', '包海军', '副主任', '乌兰浩特市卫生健康委员会'),
              ('HOLDS_POSITION', '白志刚', '总经理', '兴安盟博瑞医疗器械有限公司'),
              ('HOLDS_POSITION', '乌云', '原书记', '乌兰浩特市葛根庙镇党委'),
              ('PENALIZED', '乌兰浩特市纪委常委会', '乌云'),
              ('HOLDS_POSITION', '李明宇', '工作人员', '乌兰浩特市公共资源交易中心')],
        notes=COMMON + [
            'The bulletin issue 2026年第2期（总第37期） is not DOC_NO: it numbers an issue of a periodical, not a document '
            '(GUIDELINES lists 索引号 as not DOC_NO; an issue is the same kind of serial; dev18 decided the same for 第N期).',
            '乌兰浩特市葛根庙镇党委原书记 → AGENCY (the town party committee) + 原书记.',
            '包海军 受到开除党籍、开除公职处分 is passive with no named agent: not PENALIZED. 移送检察机关 with an unnamed sender: not REFERRED.',
            'Multi-stage: 经乌兰浩特市纪委常委会会议研究，给予 → PENALIZED from the 常委会.',
            '工作人员 attached to the named centre and a named person → POSITION (a listed staff role). 原党组成员、副主任 split; 原 kept where adjacent.',
            '包海军 received a bribe and interfered (违规插手) → bribery, interference; 直接发包 → no_procurement.',
        ]),
    dict(
        file='c4-sjycls-alxa-zuoqi-sjj-2026-1.txt', fmt='gb18030', kind='other', violations=['no_procurement', 'contract_violation', 'other'],
        issuer='阿拉善左旗审计局',
        body='''
⟦阿拉善左旗审计局|A⟧
审计移送处理书
⟦阿左审移〔2026〕1号|N⟧

⟦阿拉善左旗财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条及《⟦审计机关审计移送管理规定|L⟧》，现将我局在对⟦阿拉善左旗林业和草原局|A⟧2024年度财政收支审计中发现的应由你局处理的事项移送你局。
　　一、主要问题
　　（一）⟦阿拉善左旗林业和草原局|A⟧将梭梭林病虫害防治服务项目（预算⟦276.4万元|M⟧）拆分为三个标段，分别以单一来源方式采购，均交由⟦阿拉善盟绿源生态科技有限公司|C⟧承接，规避公开招标。
　　（二）⟦阿拉善盟绿源生态科技有限公司|C⟧承接后将其中两个标段整体转包给⟦内蒙古沙海林业服务有限公司|C⟧，转包金额⟦158.9万元|M⟧，该局知情未予制止。另，⟦阿拉善盟绿源生态科技有限公司|C⟧涉嫌虚开增值税发票的问题，我局已于⟦2026年2月20日|D⟧移送公安机关。
　　二、移送依据
　　上述问题分别违反《⟦中华人民共和国政府采购法|L⟧》第二十八条和第五十条第二款的规定，根据《⟦中华人民共和国政府采购法实施条例|L⟧》第六十七条、第七十二条，应由财政部门依法处理。
　　三、有关要求
　　请你局依法查处，并于收到本处理书之日起90日内将处理结果书面告知我局。
　　⟦审计组组长|T⟧：⟦其其格|P⟧　　⟦主审|T⟧：⟦刘海燕|P⟧

⟦阿拉善左旗审计局|A⟧
⟦2026年2月26日|D⟧
''',
        rels=[('REFERRED', '阿拉善左旗审计局', '阿拉善左旗财政局', '阿左审移〔2026〕1号', '2026年2月26日'),
              ('HOLDS_POSITION', '其其格', '审计组组长', '阿拉善左旗审计局'),
              ('HOLDS_POSITION', '刘海燕', '主审', '阿拉善左旗审计局')],
        implicit=[dict(type='REFERRED', **{'from': '阿拉善左旗审计局'}, to=None, date='2026年2月20日',
                       null_endpoint_mention='公安机关')],
        notes=COMMON + [
            '审计组组长 and 主审 are appointed roles attached to named persons → POSITION, org the issuing audit office (unlike 联系人/承办人, which are form fields).',
            '拆分 / 规避公开招标 → no_procurement; 转包 → contract_violation; 虚开发票 → other. 财政部门 is generic: not annotated.',
            '我局…移送公安机关: the sender is the named issuer (我局), the receiver generic → implicit REFERRED with to null, date 2026年2月20日.',
        ]),
    dict(
        file='c5-xspjs-dehong-mangshi-2026-31-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='雲南省芒市人民法院',
        body='''
⟦雲南省芒市人民法院|A⟧
刑 事 判 決 書
⟦（2026）雲3103刑初31號|N⟧

　　公訴機關⟦芒市人民檢察院|A⟧。
　　被告人⟦段國強|P⟧，男，⟦1979年4月12日|D⟧出生，漢族，⟦德宏興邊建設工程有限公司|C⟧實際控制人。因涉嫌串通投標罪，於⟦2025年9月3日|D⟧被⟦芒市公安局|A⟧刑事拘留，同年⟦10月9日|D⟧被逮捕。
　　被告人⟦楊麗萍|P⟧，女，⟦1986年11月30日|D⟧出生，⟦芒市公共資源交易中心|A⟧⟦原工作人員|T⟧。因涉嫌受賄罪，於⟦2025年9月5日|D⟧被⟦芒市監察委員會|A⟧留置，⟦2025年11月20日|D⟧被取保候審。
　　⟦芒市人民檢察院|A⟧以⟦芒檢刑訴〔2026〕18號|N⟧起訴書指控被告人⟦段國強|P⟧犯串通投標罪、⟦楊麗萍|P⟧犯受賄罪，於⟦2026年2月10日|D⟧向本院提起公訴。
　　經審理查明：2024年間，被告人⟦段國強|P⟧為使其控制的⟦德宏興邊建設工程有限公司|C⟧承接⟦芒市三台山鄉中心學校|A⟧教學樓工程（招標編號：⟦MSJS-2024-0057|J⟧），聯繫⟦德宏瑞豐建築有限公司|C⟧、⟦瑞麗市邊城建設有限公司|C⟧陪標，並事先統一報價。被告人⟦楊麗萍|P⟧向⟦段國強|P⟧透露評標專家名單，收受⟦段國強|P⟧所送現金⟦人民幣6萬元|M⟧。⟦德宏興邊建設工程有限公司|C⟧以⟦1,286.3萬元|M⟧中標。
　　本院認為，……判決如下：
　　一、被告人⟦段國強|P⟧犯串通投標罪，判處有期徒刑一年二個月，並處罰金⟦人民幣十五萬元|M⟧；
　　二、被告人⟦楊麗萍|P⟧犯受賄罪，判處有期徒刑八個月，緩刑一年，並處罰金⟦人民幣十萬元|M⟧。
（節選）
''',
        rels=[('PENALIZED', '雲南省芒市人民法院', '段國強'),
              ('PENALIZED', '雲南省芒市人民法院', '楊麗萍'),
              ('HOLDS_POSITION', '楊麗萍', '原工作人員', '芒市公共資源交易中心'),
              ('BID_ON', '德宏興邊建設工程有限公司', 'MSJS-2024-0057'),
              ('BID_ON', '德宏瑞豐建築有限公司', 'MSJS-2024-0057'),
              ('BID_ON', '瑞麗市邊城建設有限公司', 'MSJS-2024-0057')],
        notes=COMMON + [
            'Traditional characters, spans as written. The court case number keeps its parentheses.',
            '同年10月9日 → only 10月9日 is DATE (relative anchor excluded). 實際控制人 is not POSITION (a control relation; doubtful). 2024年間 is year-level.',
            '刑事拘留, 逮捕, 留置, 取保候審 and prosecution are not PENALIZED; the sentences by the named court are.',
            'The prosecution (起訴書 number DOC_NO) is not REFERRED (公訴 is not a 移送 between agencies in the text).',
            '芒市三台山鄉中心學校 inside the project name is annotated AGENCY (§2.3). Issuer: the court.',
        ]),
]
