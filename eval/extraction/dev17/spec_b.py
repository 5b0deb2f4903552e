"""dev17 — end of chain B (彰武 → 阜新), chains C (Heilongjiang 佳木斯), D (Hunan 张家界永定区 ↔ Hubei 鄂州鄂城区),
E (Hainan 文昌), inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人/经办人/承办人/签收人 are form fields, not POSITION; the person after them is PERSON.',
    'Pronoun references (你局, 我局, 本院, 你委, 我委, 你中心, 本中心) are not AGENCY; a receiver written only as a pronoun resolves to the named issuer.',
]

DOCS = [
    dict(
        file='b5-bljgfk-zhangwu-jiwei-2026-22.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference', 'bribery'],
        issuer='中共彰武县纪律检查委员会',
        body='''
⟦中共彰武县纪律检查委员会|A⟧
⟦彰武县监察委员会|A⟧
关于⟦彰武县教育局|A⟧校服采购问题线索核查处置情况的报告

⟦彰纪报〔2026〕22号|N⟧

⟦中共阜新市纪委|A⟧、⟦阜新市监委|A⟧：
　　⟦市纪委监委|A⟧《问题线索转办函》（⟦阜纪转〔2026〕17号|N⟧）及⟦5月6日|D⟧催办函（⟦阜纪催〔2026〕3号|N⟧）收悉。现将核查处置情况报告如下：
　　一、核查情况。经核查，⟦彰武县教育局|A⟧⟦原副局长|T⟧⟦韩立新|P⟧（现任⟦彰武县文化旅游和广播电视局|A⟧⟦四级调研员|T⟧）于⟦2025年3月|D⟧授意计财股将校服采购拆分为4份合同，并指定⟦阜新北辰服饰有限公司|C⟧为供应商；计财股⟦股长|T⟧⟦刘晓光|P⟧明知违规仍予执行。我委向⟦乌海市海勃湾区市场监督管理局|A⟧发函协查（复函为⟦海市监函〔2026〕9号|N⟧），查实该公司⟦法定代表人|T⟧⟦白玉成|P⟧通过其妹控制的企业向⟦韩立新|P⟧之子转款⟦8万元|M⟧。
　　二、处置情况。⟦2026年5月12日|D⟧，经⟦县纪委常委会|A⟧会议研究，给予⟦韩立新|P⟧党内严重警告处分；经⟦彰武县监委|A⟧委务会议研究，给予其政务记过处分。对⟦刘晓光|P⟧进行诫勉谈话。
　　三、移送情况。⟦阜新北辰服饰有限公司|C⟧涉嫌行贿及违反政府采购法律法规的问题，我委已于⟦2026年5月13日|D⟧分别移送⟦彰武县财政局|A⟧和⟦彰武县公安局|A⟧依法处理。
　　特此报告。

⟦中共彰武县纪律检查委员会|A⟧
⟦彰武县监察委员会|A⟧
⟦2026年5月14日|D⟧
''',
        rels=[('REFERRED', '中共阜新市纪委', '中共彰武县纪律检查委员会', '阜纪转〔2026〕17号', None),
              ('REFERRED', '中共彰武县纪律检查委员会', '彰武县财政局', None, '2026年5月13日'),
              ('REFERRED', '中共彰武县纪律检查委员会', '彰武县公安局', None, '2026年5月13日'),
              ('PENALIZED', '县纪委常委会', '韩立新'),
              ('PENALIZED', '彰武县监察委员会', '韩立新'),
              ('HOLDS_POSITION', '韩立新', '原副局长', '彰武县教育局'),
              ('HOLDS_POSITION', '韩立新', '四级调研员', '彰武县文化旅游和广播电视局'),
              ('HOLDS_POSITION', '刘晓光', '股长', '彰武县教育局'),
              ('LEGAL_REP', '白玉成', '阜新北辰服饰有限公司'),
              ('HOLDS_POSITION', '白玉成', '法定代表人', '阜新北辰服饰有限公司')],
        aliases={'市纪委监委': '中共阜新市纪委', '彰武县监委': '彰武县监察委员会'},
        notes=COMMON + [
            'A 报告 back up the line answering a 转办函 and a 催办函 = a 办理结果反馈.',
            '县纪委常委会 is a level-prefixed body (cf. 青原区纪委常委会 in GUIDELINES): AGENCY, and the deciding body of the party sanction → PENALIZED from it; 彰武县监委 decides the 政务处分 → PENALIZED from it (canonical 彰武县监察委员会).',
            '诫勉谈话 is an organisational measure, not a sanction: no PENALIZED for 刘晓光.',
            '计财股 (a section named without its parent or a level word) is not annotated; the org of 股长 is 彰武县教育局 from context.',
                        '移送 of the company to 财政局 and 公安局 (我委 = the named issuer): two REFERRED with date.',
        ],
    ),
]

DOCS += [
    dict(
        file='c1-xsyshan-jiamusi-jiaoyi-2026-5.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='佳木斯市公共资源交易中心',
        body='''
⟦佳木斯市公共资源交易中心|A⟧
⟦佳交易函〔2026〕5号|N⟧

关于移送⟦佳木斯市第二中学|A⟧教学楼维修工程异常投标线索的函

⟦市发展改革委|A⟧：
　　⟦2026年1月15日|D⟧，“⟦佳木斯市第二中学|A⟧教学楼维修工程”（项目编号：⟦JMS-JS-2026-003|J⟧）开标。本中心电子交易系统预警显示，⟦佳木斯松江建筑工程有限公司|C⟧、⟦黑龙江三江汇通建设有限公司|C⟧、⟦桦南县宏远建筑安装有限公司|C⟧三家投标人的投标文件上传IP地址一致、电子文件机器码相同，三家报价分别为⟦2,386,400元|M⟧、⟦2,391,150元|M⟧、⟦2,395,000元|M⟧，呈规律性递增。评标委员会推荐⟦佳木斯松江建筑工程有限公司|C⟧为第一中标候选人。
　　根据《⟦佳木斯市公共资源交易联动监督管理办法|L⟧》第十四条，现将上述异常情况移送你委，请依法核查。
　　联系人：⟦赵洪涛|P⟧（交易服务科）　电话：0454-8617225

　　附件：系统预警截图、开标记录表

⟦佳木斯市公共资源交易中心|A⟧
⟦2026年1月19日|D⟧
''',
        rels=[('REFERRED', '佳木斯市公共资源交易中心', '市发展改革委', '佳交易函〔2026〕5号', '2026年1月19日'),
              ('BID_ON', '佳木斯松江建筑工程有限公司', 'JMS-JS-2026-003'),
              ('BID_ON', '黑龙江三江汇通建设有限公司', 'JMS-JS-2026-003'),
              ('BID_ON', '桦南县宏远建筑安装有限公司', 'JMS-JS-2026-003')],
        notes=COMMON + [
            'The addressee 市发展改革委 (level word + institution name) is AGENCY; it is the receiver of the REFERRED.',
            'The school inside the project name is a specific institution: AGENCY (§2.3).',
            'Three prices are MONEY; 第一中标候选人 is not a POSITION.',
        ],
    ),
    dict(
        file='c2-thh-jiamusi-fagaiwei-2026-12.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='佳木斯市发展和改革委员会',
        body='''
⟦佳木斯市发展和改革委员会|A⟧
关于退回异常投标线索材料的函
⟦佳发改函〔2026〕12号|N⟧
⟦市公共资源交易中心|A⟧：
你中心《关于移送⟦佳木斯市第二中学|A⟧教学楼维修工程异常投标线索的函》（⟦佳交易函〔2026〕5号|N⟧）于⟦2026年1月20日|D⟧收悉。经研究，该线索不予受理，理由如下：
一、该项目为房屋建筑维修工程，依据《⟦佳木斯市招标投标行政监督职责分工规定|L⟧》，其招标投标活动由⟦市住房和城乡建设局|A⟧实施监督，不属于我委管辖；
二、来函未附投标人投标文件及评标报告，材料不全。
现将来函及附件原件一并退回。建议你中心补齐材料后移送⟦市住房和城乡建设局|A⟧；如发现涉嫌犯罪的，可同时移送⟦市公安局|A⟧。
经办人：⟦孟凡宇|P⟧，电话0454-8220613
⟦佳木斯市发展和改革委员会|A⟧
⟦2026年1月28日|D⟧
抄送：⟦佳木斯市住房和城乡建设局|A⟧
''',
        rels=[('REFERRED', '市公共资源交易中心', '佳木斯市发展和改革委员会', '佳交易函〔2026〕5号', None)],
        aliases={'市住房和城乡建设局': '佳木斯市住房和城乡建设局'},
        notes=COMMON + [
            '.docx. The returned referral is still a referral that happened: REFERRED sender → 我委 (= the issuer) with the sender’s number; the receipt date 1月20日 is not the transfer date, so date null.',
            '退回 (return of the materials with reasons for non-acceptance) is not a new REFERRED; the suggested future transfers (建议…移送) have not happened: no relation.',
            'The 职责分工规定 in 《》 is a normative text: LAW.',
        ],
    ),
    dict(
        file='c3-cxys-jiamusi-jiaoyi-2026-9-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='佳木斯市公共資源交易中心',
        body='''
⟦佳木斯市公共資源交易中心|A⟧
關於重新移送異常投標線索的函
⟦佳交易函〔2026〕9號|N⟧

⟦佳木斯市住房和城鄉建設局|A⟧：
　　⟦2026年1月19日|D⟧，本中心以《關於移送⟦佳木斯市第二中學|A⟧教學樓維修工程異常投標線索的函》（⟦佳交易函〔2026〕5號|N⟧）將該項目異常投標情況移送⟦市發展改革委|A⟧。⟦2026年1月28日|D⟧，⟦市發展改革委|A⟧以⟦佳發改函〔2026〕12號|N⟧函退回，認為該項目應由你局監督。
　　現補齊材料，將該線索重新移送你局。補充材料包括：⟦佳木斯松江建築工程有限公司|C⟧、⟦黑龍江三江匯通建設有限公司|C⟧、⟦樺南縣宏遠建築安裝有限公司|C⟧三家投標文件（項目編號：⟦JMS-JS-2026-003|J⟧），評標報告，以及⟦中國建設銀行佳木斯分行|C⟧出具的投標保證金到賬記錄（三筆各⟦人民幣4萬元|M⟧，均於⟦1月14日|D⟧由同一網銀U盾轉出）。
　　請你局依法核查，並將結果函告本中心。本中心⟦主任|T⟧⟦鄒立平|P⟧已指定專人配合。
　　聯繫人：⟦趙洪濤|P⟧　電話：0454-8617225

⟦佳木斯市公共資源交易中心|A⟧
⟦2026年2月3日|D⟧

抄送：⟦市發展改革委|A⟧、⟦市公安局|A⟧。
''',
        rels=[('REFERRED', '佳木斯市公共資源交易中心', '佳木斯市住房和城鄉建設局', '佳交易函〔2026〕9號', '2026年2月3日'),
              ('REFERRED', '佳木斯市公共資源交易中心', '市發展改革委', '佳交易函〔2026〕5號', '2026年1月19日'),
              ('HOLDS_POSITION', '鄒立平', '主任', '佳木斯市公共資源交易中心'),
              ('BID_ON', '佳木斯松江建築工程有限公司', 'JMS-JS-2026-003'),
              ('BID_ON', '黑龍江三江匯通建設有限公司', 'JMS-JS-2026-003'),
              ('BID_ON', '樺南縣宏遠建築安裝有限公司', 'JMS-JS-2026-003')],
        notes=COMMON + [
            'Traditional characters. The re-referral (重新移送) is REFERRED with this letter’s number and date; the first referral, restated with its number and date, is a second REFERRED. The 退回 is not REFERRED.',
            '本中心主任: the org of 主任 resolves through 本中心 to the issuer.',
            'The bank branch is COMPANY. 1月14日 (month+day) is DATE.',
        ],
    ),
]

DOCS += [
    dict(
        file='d1-ysh-zhangjiajie-yongding-2026-3.txt', fmt='utf-8', kind='other', violations=['bribery', 'discriminatory_terms'],
        issuer='张家界市永定区监察委员会',
        body='''
⟦张家界市永定区监察委员会|A⟧
案件移送函

⟦永监移〔2026〕3号|N⟧

⟦张家界市永定区人民检察院|A⟧：
　　⟦张家界市永定区卫生健康局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦覃建华|P⟧涉嫌受贿一案，经我委调查终结，现依照《⟦中华人民共和国监察法|L⟧》第四十五条第一款第四项之规定，移送你院依法审查起诉。
　　经查，⟦2022年5月|D⟧至⟦2025年6月|D⟧，⟦覃建华|P⟧利用分管医疗设备采购的职务便利，在⟦永定区人民医院|A⟧DR设备、彩超采购项目（项目编号：⟦ZJJYD-2023-CG-0046|J⟧、⟦ZJJYD-2024-CG-0112|J⟧）中，授意在招标文件中设置指向特定品牌的技术参数，为⟦湖北楚天医疗器械有限公司|C⟧中标提供帮助，先后收受该公司⟦销售经理|T⟧⟦黎小军|P⟧所送现金及购物卡共计⟦人民币四十六万元|M⟧。
　　⟦覃建华|P⟧已于⟦2026年1月8日|D⟧被我委留置，现羁押于⟦张家界市看守所|A⟧。

　　附件：1. 起诉意见书（⟦永监诉〔2026〕3号|N⟧）
　　　　　2. 案卷材料12册
　　　　　3. ⟦鄂州市鄂城区市场监督管理局|A⟧《关于协助调查有关企业情况的复函》（⟦鄂城市监函〔2026〕8号|N⟧）
　　　　　4. 涉案财物清单（已扣押⟦人民币三十二万元|M⟧）

　　承办人：⟦彭丽|P⟧（第二审查调查室）　电话：0744-8263307

⟦张家界市永定区监察委员会|A⟧
⟦2026年3月25日|D⟧
''',
        rels=[('REFERRED', '张家界市永定区监察委员会', '张家界市永定区人民检察院', '永监移〔2026〕3号', '2026年3月25日'),
              ('HOLDS_POSITION', '覃建华', '原党组成员', '张家界市永定区卫生健康局'),
              ('HOLDS_POSITION', '覃建华', '副局长', '张家界市永定区卫生健康局'),
              ('HOLDS_POSITION', '黎小军', '销售经理', '湖北楚天医疗器械有限公司'),
              ('BID_ON', '湖北楚天医疗器械有限公司', 'ZJJYD-2023-CG-0046'),
              ('BID_ON', '湖北楚天医疗器械有限公司', 'ZJJYD-2024-CG-0112')],
        notes=COMMON + [
            'Titles in a row are split: 原党组成员 + 副局长. 留置 is a coercive measure: no PENALIZED.',
            'The letter’s own number is the REFERRED evidence (the 起诉意见书 number is an attachment; *unsure* which one an evaluator expects — the covering letter is the transfer document).',
            '永定区人民医院 (district, no prefecture) is AGENCY. The company won (中标): BID_ON both numbered projects.',
        ],
    ),
    dict(
        file='d2-qshz-zhangjiajie-yongding-jcy-2026.txt', fmt='gb18030-crlf', kind='other', violations=['bribery'],
        issuer='张家界市永定区人民检察院案件管理部',
        body='''
⟦张家界市永定区人民检察院案件管理部|A⟧
移送案件签收回执

来文单位：⟦永定区监委|A⟧
来文文号：⟦永监移〔2026〕3号|N⟧
案由：⟦覃建华|P⟧涉嫌受贿案
随案移送：起诉意见书（⟦永监诉〔2026〕3号|N⟧）1份；案卷12册；涉案财物清单1份（扣押款⟦人民币三十二万元|M⟧已存入本院暂扣款专户）
移送日期：⟦2026年3月25日|D⟧
收文单位：本院案件管理部
签收人：⟦田甜|P⟧
签收日期：⟦2026年3月26日|D⟧
受理编号：⟦永检受〔2026〕51号|N⟧

本院已受理，将在法定期限内审查。犯罪嫌疑人⟦覃建华|P⟧于⟦3月26日|D⟧由⟦永定区监委|A⟧移交本院，本院当日决定对其刑事拘留，羁押于⟦张家界市看守所|A⟧。
''',
        rels=[('REFERRED', '永定区监委', '张家界市永定区人民检察院案件管理部', '永监移〔2026〕3号', '2026年3月25日')],
        notes=COMMON + [
            'GB18030 with CRLF. Header 张家界市永定区人民检察院案件管理部: one maximal AGENCY span (named sub-unit); it is the receiver (收文单位 本院案件管理部 is a pronoun form, not annotated).',
            '受理编号 永检受〔2026〕51号 has the shape of a case number (issuer code, bracketed year, serial, 号): DOC_NO (*unsure*: an internal acceptance number).',
            '移交本院 of the suspect on 3月26日 is the same transfer: deduplicated on (type, from, to).',
        ],
    ),
]

DOCS += [
    dict(
        file='d3-fh-ezhou-echeng-2026-8.txt', fmt='utf-8', kind='other', violations=[],
        issuer='鄂州市鄂城区市场监督管理局',
        body='''
⟦鄂州市鄂城区市场监督管理局|A⟧

⟦鄂城市监函〔2026〕8号|N⟧

关于协助调查有关企业情况的复函

⟦张家界市永定区纪委监委|A⟧：
　　你委《协助调查函》（⟦永监协〔2026〕7号|N⟧）及⟦2月16日|D⟧电话商请收悉。我局对⟦湖北楚天医疗器械有限公司|C⟧的登记及监管情况进行了核查，现函复如下：
　　一、该公司⟦法定代表人|T⟧⟦龚德明|P⟧，经营范围含第二类、第三类医疗器械批发，注册资本⟦1000万元|M⟧。
　　二、⟦黎小军|P⟧自⟦2021年3月|D⟧起为该公司⟦员工|T⟧，社保缴纳记录显示其职务为⟦销售经理|T⟧，负责湖南片区。
　　三、⟦2025年7月|D⟧，我局因该公司商业贿赂行为对其作出罚款⟦人民币20万元|M⟧、没收违法所得⟦人民币11.3万元|M⟧的行政处罚（⟦鄂城市监处罚〔2025〕67号|N⟧），该案中该公司向⟦鄂州市中心医院|A⟧设备科人员给付好处费。
　　如需调取原始档案，请派员持介绍信到我局办理。

　　联系人：⟦胡静|P⟧　电话：027-60376215

⟦鄂州市鄂城区市场监督管理局|A⟧
⟦2026年2月27日|D⟧
''',
        rels=[('PENALIZED', '鄂州市鄂城区市场监督管理局', '湖北楚天医疗器械有限公司'),
              ('LEGAL_REP', '龚德明', '湖北楚天医疗器械有限公司'),
              ('HOLDS_POSITION', '龚德明', '法定代表人', '湖北楚天医疗器械有限公司'),
              ('HOLDS_POSITION', '黎小军', '员工', '湖北楚天医疗器械有限公司'),
              ('HOLDS_POSITION', '黎小军', '销售经理', '湖北楚天医疗器械有限公司')],
        notes=COMMON + [
            'The request came from 永定区监察委员会 (d1, as 永监协); the reply is addressed to the merged 张家界市永定区纪委监委. A reply to a request for assistance: no REFERRED.',
            '我局 … 作出 … 行政处罚: the issuer (named) penalised the company in 2025 → PENALIZED (the sanction is stated as done by the named issuer).',
            '第二类、第三类 are categories; 设备科人员 is nobody named.',
        ],
    ),
    dict(
        file='e1-xsyshan-wenchang-weijianwei-2026-31.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'interference'],
        issuer='文昌市卫生健康委员会',
        body='''
⟦文昌市卫生健康委员会|A⟧

⟦文卫函〔2026〕31号|N⟧

⟦文昌市卫生健康委员会|A⟧关于移送⟦文昌市人民医院|A⟧CT采购项目问题线索的函

⟦中共文昌市纪律检查委员会|A⟧、⟦文昌市监察委员会|A⟧：
　　⟦2026年3月30日|D⟧，我委收到⟦海南琼北医疗设备有限公司|C⟧的实名举报，反映⟦文昌市人民医院|A⟧64排CT采购项目（项目编号：⟦WCZC2026-0112|J⟧，预算金额⟦人民币780万元|M⟧）招标文件设置仅一家品牌能满足的参数。经我委初步核实，招标需求系该院设备科⟦科长|T⟧⟦林道明|P⟧牵头编制，⟦林道明|P⟧在论证阶段多次要求删除专家提出的修改意见；中标人⟦海南椰城医疗设备有限公司|C⟧⟦总经理|T⟧⟦陈志鸿|P⟧与⟦林道明|P⟧系同学关系。
　　⟦林道明|P⟧系公职人员，相关问题属于你们管辖。现将举报材料及初核情况一并移送，请依规依纪依法处理。政府采购活动本身的违法问题，我委已同时抄送⟦文昌市财政局|A⟧。

　　联系人：⟦符秋月|P⟧（规划财务科）　电话：0898-63222416

⟦文昌市卫生健康委员会|A⟧
⟦2026年4月7日|D⟧

抄送：⟦文昌市财政局|A⟧，⟦文昌市人民医院|A⟧。
''',
        rels=[('REFERRED', '文昌市卫生健康委员会', '中共文昌市纪律检查委员会', '文卫函〔2026〕31号', '2026年4月7日'),
              ('REFERRED', '文昌市卫生健康委员会', '文昌市监察委员会', '文卫函〔2026〕31号', '2026年4月7日'),
              ('HOLDS_POSITION', '林道明', '科长', '文昌市人民医院'),
              ('HOLDS_POSITION', '陈志鸿', '总经理', '海南椰城医疗设备有限公司'),
              ('BID_ON', '海南椰城医疗设备有限公司', 'WCZC2026-0112')],
        notes=COMMON + [
            'A 举报 by a company is not REFERRED. 抄送 a copy to the finance bureau is not a transfer: no REFERRED (*unsure*: 我委已同时抄送 could be read as handing the procurement issue over).',
            '该院设备科科长: org resolves through 该院 to 文昌市人民医院; 设备科 not annotated (no name of its own written with the parent).',
            'The issuer name repeated in the title line is annotated (every mention).',
        ],
    ),
]

DOCS += [
    dict(
        file='e2-bljgfk-wenchang-jiwei-2026-45-fanti.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'interference', 'bribery'],
        issuer='中共文昌市紀律檢查委員會',
        body='''
⟦中共文昌市紀律檢查委員會|A⟧
⟦文昌市監察委員會|A⟧
關於問題線索辦理結果的反饋函

⟦文紀函〔2026〕45號|N⟧

⟦市衛生健康委|A⟧：
　　你委⟦2026年4月7日|D⟧移送的《關於移送⟦文昌市人民醫院|A⟧CT採購項目問題線索的函》（⟦文衛函〔2026〕31號|N⟧）收悉。經⟦市紀委監委第三審查調查室|A⟧立案審查調查，現將辦理結果反饋如下：
　　⟦林道明|P⟧，⟦文昌市人民醫院|A⟧設備科⟦原科長|T⟧，中共黨員。經查，⟦林道明|P⟧在該院64排CT採購項目中違規主導編制傾向性技術參數，收受⟦海南椰城醫療設備有限公司|C⟧⟦總經理|T⟧⟦陳志鴻|P⟧所送購物卡價值⟦人民幣2.6萬元|M⟧。⟦2026年6月5日|D⟧，經⟦市紀委常委會|A⟧會議研究，給予⟦林道明|P⟧黨內嚴重警告處分；經⟦市監委|A⟧委務會議研究，給予其政務撤職處分，收繳違紀所得。
　　⟦陳志鴻|P⟧涉嫌行賄及⟦海南椰城醫療設備有限公司|C⟧涉嫌以不正當手段謀取中標的問題，已於⟦2026年6月8日|D⟧移送⟦文昌市財政局|A⟧處理。
　　請你委督促⟦文昌市人民醫院|A⟧舉一反三，完善採購內控制度。

　　聯繫人：⟦王翠蓮|P⟧　電話：0898-63291605

⟦中共文昌市紀律檢查委員會|A⟧
⟦文昌市監察委員會|A⟧
⟦2026年6月10日|D⟧
''',
        rels=[('REFERRED', '市衛生健康委', '中共文昌市紀律檢查委員會', '文衛函〔2026〕31號', '2026年4月7日'),
              ('REFERRED', '市衛生健康委', '文昌市監察委員會', '文衛函〔2026〕31號', '2026年4月7日'),
              ('REFERRED', '中共文昌市紀律檢查委員會', '文昌市財政局', None, '2026年6月8日'),
              ('PENALIZED', '市紀委常委會', '林道明'),
              ('PENALIZED', '文昌市監察委員會', '林道明'),
              ('HOLDS_POSITION', '林道明', '原科長', '文昌市人民醫院'),
              ('HOLDS_POSITION', '陳志鴻', '總經理', '海南椰城醫療設備有限公司')],
        aliases={'市監委': '文昌市監察委員會'},
        notes=COMMON + [
            'Traditional characters. Joint header; 你委 (addressee 市衛生健康委)移送 to the joint body: one REFERRED to each named body.',
            '市紀委常委會 (level-prefixed, as 县纪委常委会 in b5): AGENCY and the deciding body of the party sanction; 市監委 decides the 政務處分 (endpoint: its canonical mention 文昌市監察委員會).',
            '設備科原科長: 原 adjacent to the title stays in the span (原科長); 設備科 not annotated.',
            'The onward 移送 of the company to 文昌市財政局 (已於…移送; the sender is the joint issuer, lead body).',
        ],
    ),
]
