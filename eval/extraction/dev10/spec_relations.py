"""dev10 — relations in decisions and announcements (8 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Hebei (Baoding Jingxiu), Guangxi (Liuzhou Chengzhong), Sichuan (Yibin Cuiping), Fujian (Quanzhou
Fengze), Hubei (Xiangyang Fancheng, traditional characters), Zhejiang (Taizhou Jiaojiang), Hunan (Hengyang
Zhengxiang), Anhui (Lu'an Jin'an). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人 are form labels (not POSITION); 当事人, 投诉人, 被投诉人 are procedural roles (not POSITION).',
    '我局, 你公司, 该公司, 本机关 and other pronouns are not annotated.',
]

DOCS = [
    dict(
        file='r1-cf-baoding-2026-14.docx', fmt='docx', kind='penalty_decision', violations=['collusion'],
        issuer='保定市竞秀区财政局',
        body='''
⟦保定市竞秀区财政局|A⟧行政处罚决定书
⟦竞财罚决字〔2026〕14号|N⟧
当事人一：⟦保定华晟安防科技有限公司|C⟧，⟦法定代表人|T⟧：⟦贾立新|P⟧
当事人二：⟦河北冀中智联电子工程有限公司|C⟧，⟦法定代表人|T⟧：⟦苗秀芬|P⟧
当事人三：⟦保定市正阳网络技术有限公司|C⟧，⟦法定代表人|T⟧：⟦贾立新|P⟧
经查，在竞秀区中小学校园安防升级采购项目（项目编号：⟦JXZC-2026-011|J⟧）中，上述三家公司的投标文件由同一人编制，⟦保定华晟安防科技有限公司|C⟧与⟦保定市正阳网络技术有限公司|C⟧的⟦法定代表人|T⟧均为⟦贾立新|P⟧，⟦河北冀中智联电子工程有限公司|C⟧⟦投标授权代表|T⟧⟦闫某|P⟧系⟦保定华晟安防科技有限公司|C⟧⟦员工|T⟧。该项目预算⟦人民币412万元|M⟧，⟦保定华晟安防科技有限公司|C⟧以⟦人民币398.6万元|M⟧中标。
根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条、《⟦中华人民共和国政府采购法|L⟧》第七十七条，我局决定：对当事人一、当事人二、当事人三分别处以采购金额千分之五的罚款，即各⟦人民币19,930元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动；当事人一中标无效。
⟦保定市竞秀区财政局|A⟧
⟦2026年6月3日|D⟧
''',
        rels=[('PENALIZED', '保定市竞秀区财政局', '保定华晟安防科技有限公司'),
              ('PENALIZED', '保定市竞秀区财政局', '河北冀中智联电子工程有限公司'),
              ('PENALIZED', '保定市竞秀区财政局', '保定市正阳网络技术有限公司'),
              ('LEGAL_REP', '贾立新', '保定华晟安防科技有限公司'),
              ('LEGAL_REP', '苗秀芬', '河北冀中智联电子工程有限公司'),
              ('LEGAL_REP', '贾立新@1', '保定市正阳网络技术有限公司'),
              ('HOLDS_POSITION', '贾立新', '法定代表人', '保定华晟安防科技有限公司'),
              ('HOLDS_POSITION', '苗秀芬', '法定代表人@1', '河北冀中智联电子工程有限公司'),
              ('HOLDS_POSITION', '贾立新@1', '法定代表人@2', '保定市正阳网络技术有限公司'),
              ('HOLDS_POSITION', '闫某', '投标授权代表', '河北冀中智联电子工程有限公司'),
              ('HOLDS_POSITION', '闫某', '员工', '保定华晟安防科技有限公司'),
              ('BID_ON', '保定华晟安防科技有限公司', 'JXZC-2026-011'),
              ('BID_ON', '河北冀中智联电子工程有限公司', 'JXZC-2026-011'),
              ('BID_ON', '保定市正阳网络技术有限公司', 'JXZC-2026-011')],
        notes=COMMON + [
            'Three 当事人 each with 法定代表人：name: PENALIZED and LEGAL_REP for each; one person is the legal representative of two companies: two LEGAL_REP and two HOLDS_POSITION (pointing at the post mention in each party line).',
            'The summary sentence (…的法定代表人均为贾立新) repeats the posts: no new relation (de-duplicated on texts).',
            '当事人一 中标无效 is not a sanction by itself; the fine is.',
            'The title line starts with the issuer name glued to 行政处罚决定书: AGENCY span is the name only.',
        ],
    ),
    dict(
        file='r2-zbgg-liuzhou-2026-118.txt', fmt='utf-8', kind='other', violations=[],
        issuer=None,
        body='''
柳州市城中区2026年市政道路照明维护及设备采购项目中标结果公告
项目编号：⟦LZZC2026-118|J⟧
采购人：⟦柳州市城中区住房和城乡建设局|A⟧
采购代理机构：⟦广西桂中工程咨询有限公司|C⟧
一、中标结果
第1包（路灯设备）：中标供应商⟦广西柳光照明科技有限公司|C⟧，中标金额⟦¥1,268,400.00元|M⟧；
第2包（线缆及配件）：中标供应商⟦柳州市恒通电气有限公司|C⟧，中标金额⟦¥563,900.00元|M⟧；
第3包（维护服务）：中标供应商⟦广西南宁华明市政工程有限公司|C⟧，中标金额⟦¥347,250.00元|M⟧。
二、其他投标人：第1包⟦桂林明辉光电有限公司|C⟧，第3包⟦柳州城建市政养护有限公司|C⟧（投标无效，未提供有效的资质证书）。
三、⟦评审专家|T⟧：⟦韦志明|P⟧、⟦覃小燕|P⟧、⟦蓝海波|P⟧、⟦莫某某|P⟧（采购人代表）、⟦廖静|P⟧
四、公告期限：自本公告发布之日起1个工作日。
发布日期：⟦2026年5月26日|D⟧
采购代理机构联系人：⟦黄丽娟|P⟧
''',
        rels=[('BID_ON', '广西柳光照明科技有限公司', 'LZZC2026-118'),
              ('BID_ON', '柳州市恒通电气有限公司', 'LZZC2026-118'),
              ('BID_ON', '广西南宁华明市政工程有限公司', 'LZZC2026-118'),
              ('BID_ON', '桂林明辉光电有限公司', 'LZZC2026-118'),
              ('BID_ON', '柳州城建市政养护有限公司', 'LZZC2026-118'),
              ('HOLDS_POSITION', '韦志明', '评审专家'),
              ('HOLDS_POSITION', '覃小燕', '评审专家'),
              ('HOLDS_POSITION', '蓝海波', '评审专家'),
              ('HOLDS_POSITION', '莫某某', '评审专家'),
              ('HOLDS_POSITION', '廖静', '评审专家')],
        notes=COMMON + [
            'Every winner of a lot and every other (also invalid) bidder BID_ON the one project number; lots have no own numbers.',
            '评审专家： before a 、 list of names is attached to them (as 法定代表人：X): POSITION once, HOLDS_POSITION to each listed person with org null (dev9: one each), including 莫某某 who sits on the panel as 采购人代表. 采购人代表 in brackets is not annotated (a panel seat, not an office; unsure).',
            'The issuer is not named as such (an announcement by the agent company without signature): issuer null.',
            'The project name in the title contains 柳州市城中区 only as a place: no AGENCY.',
        ],
    ),
    dict(
        file='r3-cjgg-yibin-2026.txt', fmt='utf-8', kind='other', violations=[],
        issuer='宜宾市翠屏区公共资源交易服务中心',
        body='''
⟦宜宾市翠屏区公共资源交易服务中心|A⟧
成交结果公告（两个项目合并公告）

项目一：翠屏区中心城区绿化养护服务项目
项目编号：⟦CPJY-2026-FW-0071|J⟧
成交供应商：⟦四川竹海园林绿化工程有限公司|C⟧　成交金额：⟦人民币86.5万元|M⟧
参与竞争性磋商的其他供应商：⟦宜宾市翠城园艺有限公司|C⟧、⟦四川蜀南环境服务有限公司|C⟧

项目二：⟦翠屏区第二人民医院|A⟧医疗废物处置服务项目
项目编号：⟦CPJY-2026-FW-0079|J⟧
采购人：⟦宜宾市翠屏区第二人民医院|A⟧
成交供应商：⟦四川蜀南环境服务有限公司|C⟧　成交金额：⟦人民币31.2万元|M⟧
参与竞争性磋商的其他供应商：⟦宜宾市翠城园艺有限公司|C⟧

磋商小组成员：⟦刘德华|P⟧（组长）、⟦杜某|P⟧、⟦何雨桐|P⟧
公告日期：⟦2026年6月12日|D⟧
''',
        aliases={'翠屏区第二人民医院': '宜宾市翠屏区第二人民医院'},
        rels=[('BID_ON', '四川竹海园林绿化工程有限公司', 'CPJY-2026-FW-0071'),
              ('BID_ON', '宜宾市翠城园艺有限公司', 'CPJY-2026-FW-0071'),
              ('BID_ON', '四川蜀南环境服务有限公司', 'CPJY-2026-FW-0071'),
              ('BID_ON', '四川蜀南环境服务有限公司', 'CPJY-2026-FW-0079'),
              ('BID_ON', '宜宾市翠城园艺有限公司', 'CPJY-2026-FW-0079')],
        notes=COMMON + [
            'Two projects in one announcement: each company BID_ON the number of the project under which it is listed; two companies bid on both.',
            '翠屏区第二人民医院 inside the project-two name (no city prefix) is AGENCY (GUIDELINES §2.3), aliased to the full name given after 采购人：.',
            '组长 in brackets after a panel member is a role of the panel (not an office of a body): not annotated. Decision — unsure.',
        ],
    ),
    dict(
        file='r4-tscl-quanzhou-2026-6.txt', fmt='utf-8', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='泉州市丰泽区财政局',
        body='''
⟦泉州市丰泽区财政局|A⟧
政府采购投诉处理决定书
⟦丰财采诉〔2026〕6号|N⟧

投诉人：⟦福建刺桐信息技术有限公司|C⟧
⟦法定代表人|T⟧：⟦蔡明辉|P⟧
委托代理人：⟦吴雅琴|P⟧，⟦福建泉联律师事务所|C⟧⟦律师|T⟧
被投诉人一：⟦泉州市丰泽区教育局|A⟧
被投诉人二：⟦泉州鲤城招标代理有限公司|C⟧
相关供应商：⟦厦门鹭岛数码科技有限公司|C⟧
投诉人因不满丰泽区智慧课堂设备采购项目（项目编号：⟦FZCG-2026-0203|J⟧）的中标结果，于⟦2026年4月7日|D⟧向本机关提起投诉。
投诉事项一：评分标准将“获得泉州市级荣誉”作为加分项，构成差别待遇。经查，该事项成立。
投诉事项二：中标人⟦厦门鹭岛数码科技有限公司|C⟧投标报价⟦人民币2,087,000元|M⟧低于成本。经查，该事项缺乏事实依据。
综上，本机关决定：投诉事项一成立，责令⟦泉州市丰泽区教育局|A⟧修改采购文件后重新开展采购活动；对⟦泉州鲤城招标代理有限公司|C⟧给予警告，并处罚款⟦人民币1万元|M⟧；投诉事项二驳回。

⟦泉州市丰泽区财政局|A⟧
⟦2026年5月19日|D⟧
''',
        rels=[('PENALIZED', '泉州市丰泽区财政局', '泉州市丰泽区教育局'),
              ('PENALIZED', '泉州市丰泽区财政局', '泉州鲤城招标代理有限公司'),
              ('HOLDS_POSITION', '蔡明辉', '法定代表人', '福建刺桐信息技术有限公司'),
              ('LEGAL_REP', '蔡明辉', '福建刺桐信息技术有限公司'),
              ('HOLDS_POSITION', '吴雅琴', '律师', '福建泉联律师事务所'),
              ('BID_ON', '福建刺桐信息技术有限公司', 'FZCG-2026-0203'),
              ('BID_ON', '厦门鹭岛数码科技有限公司', 'FZCG-2026-0203')],
        notes=COMMON + [
            'Who decided on whom: the finance bureau ordered the purchaser to correct (责令…重新开展采购活动: PENALIZED, as 责令改正 in dev9) and warned and fined the agent (PENALIZED). The dismissed item gives nothing against the complainant or the winner.',
            'The complainant contests the award of a project it bid in: BID_ON; the 中标人 BID_ON. The agent did not bid.',
            '委托代理人 is a procedural role (not POSITION); 律师 attached to a named person at a named law firm is POSITION with org the firm (COMPANY).',
        ],
    ),
    dict(
        file='r5-tb-xiangyang-2026-fanti.txt', fmt='utf-8', kind='discipline_notice', violations=['bribery', 'interference', 'abuse_of_power'],
        issuer='中共襄陽市樊城區紀律檢查委員會',
        body='''
⟦中共襄陽市樊城區紀律檢查委員會|A⟧　⟦襄陽市樊城區監察委員會|A⟧
關於三起政府採購領域違紀違法典型問題的通報

一、⟦樊城區教育局|A⟧⟦原黨組成員|T⟧、⟦副局長|T⟧⟦周某某|P⟧收受供應商財物問題。⟦2021年3月|D⟧至⟦2024年10月|D⟧，⟦周某某|P⟧利用職務便利，在校園設備採購中為⟦湖北漢江智教科技有限公司|C⟧謀取利益，收受該公司⟦總經理|T⟧⟦喬某|P⟧所送財物共計⟦38.6萬元|M⟧。⟦2026年4月|D⟧，⟦周某某|P⟧受到開除黨籍、開除公職處分，涉嫌犯罪問題移送⟦樊城區人民檢察院|A⟧依法審查起訴。
二、⟦樊城區公共資源交易中心|A⟧⟦副主任|T⟧⟦鄧海濤|P⟧違規干預評標問題。⟦2025年6月|D⟧，⟦鄧海濤|P⟧授意評標專家對特定投標人打高分。⟦鄧海濤|P⟧受到政務記過處分。
三、⟦牛首鎮人民政府|A⟧⟦黨委委員|T⟧、⟦副鎮長|T⟧⟦熊某|P⟧違規指定供應商問題。⟦熊某|P⟧在該鎮村道硬化工程中違規指定⟦襄陽固城建材有限公司|C⟧供應材料，金額⟦人民幣52萬元|M⟧。⟦熊某|P⟧受到黨內警告處分。

⟦中共襄陽市樊城區紀律檢查委員會|A⟧
⟦襄陽市樊城區監察委員會|A⟧
⟦2026年5月30日|D⟧
''',
        rels=[('HOLDS_POSITION', '周某某', '原黨組成員', '樊城區教育局'),
              ('HOLDS_POSITION', '周某某', '副局長', '樊城區教育局'),
              ('HOLDS_POSITION', '喬某', '總經理', '湖北漢江智教科技有限公司'),
              ('HOLDS_POSITION', '鄧海濤', '副主任', '樊城區公共資源交易中心'),
              ('HOLDS_POSITION', '熊某', '黨委委員', '牛首鎮人民政府'),
              ('HOLDS_POSITION', '熊某', '副鎮長', '牛首鎮人民政府'),
              ('PENALIZED', '中共襄陽市樊城區紀律檢查委員會', '周某某'),
              ('PENALIZED', '襄陽市樊城區監察委員會', '周某某'),
              ('PENALIZED', '襄陽市樊城區監察委員會', '鄧海濤'),
              ('PENALIZED', '中共襄陽市樊城區紀律檢查委員會', '熊某'),
              ('REFERRED', '襄陽市樊城區監察委員會', '樊城區人民檢察院', None, '2026年4月')],
        notes=COMMON + [
            'Traditional characters; spans copied as written.',
            '原黨組成員、副局長: posts in a row are split and 原 stays with the adjacent first post only (GUIDELINES: 原党组成员副局长 -> 原党组成员 + 副局长).',
            'PENALIZED by the deciding organ: 開除黨籍 and 黨內警告 by the 紀委, 開除公職 and 政務記過 by the 監委 (dev9: the deciding body).',
            '移送…審查起訴 of a person\'s suspected crime after a 紀委監委 case is REFERRED 監委 -> the procuratorate, dated by the month of the decision (2026年4月). Decision — the sender is the 監委 (state organ), unsure.',
            '評標專家 is not attached to anyone: not annotated.',
        ],
    ),
    dict(
        file='r6-jccl-taizhou-2026-5.txt', fmt='gb18030', kind='penalty_decision', violations=['no_procurement', 'bribery'],
        issuer='台州市椒江区财政局',
        body='''
⟦台州市椒江区财政局|A⟧
政府采购监督检查处理决定书
⟦椒财监〔2026〕5号|N⟧

被检查单位：⟦台州市椒江区中医院|A⟧
⟦法定代表人|T⟧：⟦陈国栋|P⟧
我局于⟦2026年3月|D⟧对⟦台州市椒江区中医院|A⟧2025年度政府采购活动开展监督检查，发现以下问题：
一、该院将应当公开招标的康复设备采购项目（预算⟦人民币268万元|M⟧）拆分为6个项目，以询价方式分别向⟦台州德康医疗器械有限公司|C⟧采购，规避公开招标。
二、该院设备科⟦科长|T⟧⟦林某|P⟧与⟦台州德康医疗器械有限公司|C⟧⟦销售经理|T⟧⟦应某某|P⟧存在资金往来。
根据《⟦中华人民共和国政府采购法|L⟧》第七十一条，我局决定：责令⟦台州市椒江区中医院|A⟧限期改正，并给予警告。
对检查中发现的⟦林某|P⟧涉嫌收受供应商财物的问题线索，我局已于⟦2026年4月22日|D⟧以《问题线索移送函》（⟦椒财函〔2026〕19号|N⟧）移送⟦台州市椒江区纪委监委|A⟧处理。

⟦台州市椒江区财政局|A⟧
⟦2026年4月25日|D⟧
''',
        rels=[('PENALIZED', '台州市椒江区财政局', '台州市椒江区中医院'),
              ('REFERRED', '台州市椒江区财政局', '台州市椒江区纪委监委', '椒财函〔2026〕19号', '2026年4月22日'),
              ('HOLDS_POSITION', '陈国栋', '法定代表人', '台州市椒江区中医院'),
              ('LEGAL_REP', '陈国栋', '台州市椒江区中医院'),
              ('HOLDS_POSITION', '林某', '科长', '台州市椒江区中医院'),
              ('HOLDS_POSITION', '应某某', '销售经理', '台州德康医疗器械有限公司')],
        notes=COMMON + [
            'GB18030 without CRLF.',
            'A public hospital penalised (责令改正, 警告) is AGENCY and PENALIZED (GUIDELINES: label by kind).',
            'The clue transfer to the joint 纪委监委 is one REFERRED to the joint body as written (it is named as one body here), with the 移送函 number and its date.',
            '该院设备科: 该院 is a pronoun and 设备科 a bare unit type with no name element: not annotated; the post 科长 gets the hospital (the referent of 该院) as org. Decision — unsure.',
            '2025年度 is year-level: not DATE. 6个项目 is a count.',
            'The supplier is not said to have bid (询价 without a project number): no BID_ON.',
        ],
    ),
    dict(
        file='r7-cf-hengyang-2026-8.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='衡阳市蒸湘区发展和改革局',
        body='''
⟦衡阳市蒸湘区发展和改革局|A⟧
行政处罚决定书
⟦蒸发改罚〔2026〕8号|N⟧

当事人：⟦湖南雁城建设工程有限公司|C⟧，住所：衡阳市蒸湘区解放西路某号
⟦法定代表人|T⟧：⟦欧阳红|P⟧
直接负责的主管人员：⟦段志刚|P⟧，该公司⟦副总经理|T⟧
经查，在蒸湘区污水管网改造工程施工招标（招标编号：⟦ZXZB-2025-0412|J⟧）中，你公司与⟦衡阳市湘江路桥有限公司|C⟧约定由后者中标，⟦衡阳市湘江路桥有限公司|C⟧中标金额⟦人民币1,580万元|M⟧，你公司收取“协调费”⟦人民币20万元|M⟧。
根据《⟦中华人民共和国招标投标法|L⟧》第五十三条，我局决定：对你公司处中标项目金额千分之五的罚款，即⟦人民币79,000元|M⟧；对⟦段志刚|P⟧处单位罚款数额百分之五的罚款，即⟦人民币3,950元|M⟧。

⟦衡阳市蒸湘区发展和改革局|A⟧
⟦2026年7月2日|D⟧
''',
        rels=[('PENALIZED', '衡阳市蒸湘区发展和改革局', '湖南雁城建设工程有限公司'),
              ('PENALIZED', '衡阳市蒸湘区发展和改革局', '段志刚'),
              ('HOLDS_POSITION', '欧阳红', '法定代表人', '湖南雁城建设工程有限公司'),
              ('LEGAL_REP', '欧阳红', '湖南雁城建设工程有限公司'),
              ('HOLDS_POSITION', '段志刚', '副总经理', '湖南雁城建设工程有限公司'),
              ('BID_ON', '湖南雁城建设工程有限公司', 'ZXZB-2025-0412'),
              ('BID_ON', '衡阳市湘江路桥有限公司', 'ZXZB-2025-0412')],
        notes=COMMON + [
            'A 发改局 penalty under the 招标投标法 (双罚): the company and the 直接负责的主管人员 are both PENALIZED; 直接负责的主管人员 is a liability category (not POSITION); 副总经理 after 该公司 is POSITION with org the party.',
            '招标编号 value is PROJECT_NO. The address after 住所 is not annotated.',
            'The other company only won by arrangement; both bid: BID_ON each. It is not penalised in this decision.',
        ],
    ),
    dict(
        file='r8-tb-luan-2026-4.txt', fmt='utf-8', kind='penalty_decision', violations=['other'],
        issuer='六安市金安区公共资源交易监督管理办公室',
        body='''
⟦六安市金安区公共资源交易监督管理办公室|A⟧
关于对评标专家不良行为的处理通报
⟦金公管〔2026〕4号|N⟧

在金安区城乡供水一体化工程（项目编号：⟦JAGG-2026-0019|J⟧）评标过程中，⟦六安市人民医院|A⟧⟦副主任医师|T⟧⟦许文杰|P⟧、⟦皖西学院|A⟧⟦副教授|T⟧⟦程某|P⟧两名⟦评标专家|T⟧未按招标文件规定的评标标准评审，对⟦安徽淠河水务工程有限公司|C⟧的业绩重复计分；⟦六安金安建筑安装有限公司|C⟧⟦项目负责人|T⟧⟦唐小军|P⟧现场提出异议。
经调查核实，根据《⟦安徽省综合评标评审专家库和评标评审专家管理办法|L⟧》，我办决定：暂停⟦许文杰|P⟧、⟦程某|P⟧评标专家资格6个月，各记不良行为记录一次。
请各交易主体引以为戒。

⟦六安市金安区公共资源交易监督管理办公室|A⟧
⟦2026年6月9日|D⟧
''',
        rels=[('PENALIZED', '六安市金安区公共资源交易监督管理办公室', '许文杰'),
              ('PENALIZED', '六安市金安区公共资源交易监督管理办公室', '程某'),
              ('HOLDS_POSITION', '许文杰', '副主任医师', '六安市人民医院'),
              ('HOLDS_POSITION', '程某', '副教授', '皖西学院'),
              ('HOLDS_POSITION', '许文杰', '评标专家'),
              ('HOLDS_POSITION', '程某', '评标专家'),
              ('HOLDS_POSITION', '唐小军', '项目负责人', '六安金安建筑安装有限公司'),
              ('BID_ON', '安徽淠河水务工程有限公司', 'JAGG-2026-0019'),
              ('BID_ON', '六安金安建筑安装有限公司', 'JAGG-2026-0019')],
        unmarked=['评标专家'],
        notes=COMMON + [
            '评标专家 after 两名 is attached to the two named experts: POSITION once, HOLDS_POSITION to each with org null (the posts at their employers have the employer as org). The second 评标专家 (…评标专家资格) is a qualification, not a post: unmarked.',
            '副主任医师 and 副教授 are job titles attached to named persons at named bodies: POSITION with org.',
            '暂停评标专家资格 with a bad-conduct record by the 公管办 is a sanction: PENALIZED. Kind penalty_decision (a sanctioning 通报, dev9).',
            '我办 is a pronoun. 各交易主体 is generic.',
        ],
    ),
]
