"""dev13 — persons and non-persons (hand annotation, inline ⟦text|L⟧ marks).

Places: Jiangxi (Pingxiang Anyuan), Hunan (Yueyang Yueyanglou), Guangdong (Zhaoqing Duanzhou), Guangxi (Wuzhou Wanxiu),
Sichuan (Nanchong Shunqing), Yunnan (Yuxi Hongta), Heilongjiang (Qiqihar Longsha), Liaoning (Jinzhou Taihe).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Only persons are PERSON. Words that begin with a common surname character but are not names (高新, 万元, 张贴, 林地, 金额, 程序, 方案, 周边, 石材, 江南, '
    '何时, 宋体, 马上, 黄金, 余额, 常规, 文明, 安全…) are not annotated, nor are brand words and place words.',
    '经办人, 联系人, 记录人, 审核人, 询问人, 被询问人, 约谈人, 被约谈人, 承办人, 签收人 are field labels (not POSITION); a post written next to the name is POSITION.',
]

DOCS = [
    dict(
        file='p1-cfjd-pingxiang-anyuan-2026-6.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='萍乡市安源区财政局',
        body='''
⟦萍乡市安源区财政局|A⟧
行政处罚决定书
⟦安财罚决〔2026〕6号|N⟧

当事人：⟦萍乡市安源石材装饰工程有限公司|C⟧
统一社会信用代码：91360302MA39K8TQ5W
⟦法定代表人|T⟧：⟦欧阳春生|P⟧
委托代理人：⟦黎晓芸|P⟧，该公司⟦员工|T⟧
　　⟦2026年1月|D⟧，你公司参加安源区江南片区周边道路石材铺装采购项目（项目编号：⟦AYCG-2025-152|J⟧）投标，在投标文件中提交的3项类似业绩合同经核实均为伪造，涉及合同金额⟦486万元|M⟧。上述事实有项目合同原件比对记录、发包单位⟦萍乡市安源区城市管理局|A⟧出具的证明、对⟦黎晓芸|P⟧的询问笔录等证据证实。
　　我局于⟦2026年3月2日|D⟧向你公司送达《行政处罚事先告知书》（⟦安财罚告〔2026〕6号|N⟧），并在局门户网站张贴公示。你公司在法定期限内提出陈述申辩，称系投标方案编制人员⟦万元亮|P⟧个人所为，公司并不知情。经复核，投标文件由公司盖章提交，该申辩理由不能成立，程序合法。
　　依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，我局决定：对你公司处以采购金额千分之八的罚款，计⟦人民币38880元|M⟧；列入不良行为记录名单，一年内禁止参加政府采购活动。
　　罚款请于收到本决定书之日起十五日内缴至指定账户。如不服本决定，可在六十日内向⟦萍乡市安源区人民政府|A⟧申请行政复议，或在六个月内向⟦萍乡市安源区人民法院|A⟧提起行政诉讼。

经办人：⟦何时雨|P⟧　⟦马上飞|P⟧　　审核人：⟦邹国平|P⟧（政府采购监督管理股⟦股长|T⟧）
⟦萍乡市安源区财政局|A⟧
⟦2026年3月27日|D⟧
''',
        rels=[('PENALIZED', '萍乡市安源区财政局', '萍乡市安源石材装饰工程有限公司'),
              ('LEGAL_REP', '欧阳春生', '萍乡市安源石材装饰工程有限公司'),
              ('HOLDS_POSITION', '欧阳春生', '法定代表人', '萍乡市安源石材装饰工程有限公司'),
              ('HOLDS_POSITION', '黎晓芸', '员工', '萍乡市安源石材装饰工程有限公司'),
              ('HOLDS_POSITION', '邹国平', '股长', '萍乡市安源区财政局'),
              ('BID_ON', '萍乡市安源石材装饰工程有限公司', 'AYCG-2025-152')],
        notes=COMMON + [
            'Traps: 江南片区, 周边, 石材 (a product word, also inside the company name), 金额, 张贴, 方案, 程序 — none is PERSON. Real persons that look like words: '
            '万元亮 (surname 万, a person named in the text), 何时雨 and 马上飞 (经办人 names) — PERSON. The fine 人民币38880元 and 486万元 are MONEY.',
            '委托代理人: a procedural label; 该公司员工 after the name: POSITION 员工 (dev12), org the company.',
            '（政府采购监督管理股股长）after the name: the bare unit word is left out (GUIDELINES: organisation words are left out, 局党委书记 → 党委书记), POSITION 股长, org the issuer (as p3 政府采购股股长).',
            '千分之八 is a rate (not MONEY). The 告知书 number: DOC_NO. 统一社会信用代码: not annotated.',
        ],
    ),
    dict(
        file='p2-hyjy-yueyang-yueyanglou-2026-2.txt', fmt='gb18030', kind='other', violations=['collusion', 'interference'],
        issuer='岳阳市岳阳楼区财政局',
        body='''
岳阳楼区政府采购领域联动监管联席会议纪要
（2026年第2次）

　　⟦2026年4月16日|D⟧下午，区政府采购领域联动监管联席会议在⟦区财政局|A⟧三楼会议室召开。会议由⟦区政府|A⟧⟦副区长|T⟧⟦龙建华|P⟧主持，召集单位为⟦岳阳市岳阳楼区财政局|A⟧。
　　出席：⟦区纪委监委|A⟧⟦副书记|T⟧⟦晏某|P⟧，⟦区财政局|A⟧⟦局长|T⟧⟦符海清|P⟧、⟦副局长|T⟧⟦向丽娟|P⟧，⟦岳阳市公安局岳阳楼分局|A⟧经侦大队⟦大队长|T⟧⟦田甫|P⟧，⟦区审计局|A⟧⟦彭建国|P⟧（⟦总审计师|T⟧），⟦区市场监管局|A⟧⟦易小川|P⟧，⟦岳阳市岳阳楼区公共资源交易中心|A⟧⟦主任|T⟧⟦覃玉梅|P⟧。
　　列席：⟦区住建局|A⟧、⟦区教育局|A⟧相关股室负责同志。
　　会议听取了⟦区财政局|A⟧关于一季度线索移送情况的通报，研究了以下事项：
　　一、关于南湖江南片区林地修复项目疑似围标问题。交易中心监测发现⟦湖南洞庭园林有限公司|C⟧、⟦岳阳君山绿化工程有限公司|C⟧投标文件雷同、报价呈规律性差异。会议议定：由⟦区财政局|A⟧于⟦4月20日|D⟧前将线索移送⟦岳阳市公安局岳阳楼分局|A⟧，⟦田甫|P⟧同志负责对接，何时立案须书面告知⟦区财政局|A⟧。
　　二、关于⟦区教育局|A⟧常规设备采购中有关人员打招呼问题。会议议定：线索移交⟦区纪委监委|A⟧处理，由⟦晏某|P⟧⟦副书记|T⟧牵头核查。
　　三、关于联席会议工作方案。会议原则通过《⟦岳阳楼区政府采购领域联动监管工作方案（2026年修订）|L⟧》，请各成员单位按方案明确一名联络员，⟦4月30日|D⟧前报⟦区财政局|A⟧。

记录人：⟦金朵|P⟧　　审核人：⟦符海清|P⟧
⟦岳阳市岳阳楼区财政局|A⟧办公室　　⟦2026年4月17日|D⟧印发
''',
        rels=[('HOLDS_POSITION', '龙建华', '副区长', '区政府'),
              ('HOLDS_POSITION', '晏某', '副书记', '区纪委监委'),
              ('HOLDS_POSITION', '晏某@1', '副书记@1', '区纪委监委'),
              ('HOLDS_POSITION', '符海清', '局长', '岳阳市岳阳楼区财政局'),
              ('HOLDS_POSITION', '向丽娟', '副局长', '岳阳市岳阳楼区财政局'),
              ('HOLDS_POSITION', '田甫', '大队长', '岳阳市公安局岳阳楼分局'),
              ('HOLDS_POSITION', '彭建国', '总审计师', '区审计局'),
              ('HOLDS_POSITION', '覃玉梅', '主任', '岳阳市岳阳楼区公共资源交易中心')],
        aliases={'区财政局': '岳阳市岳阳楼区财政局'},
        unmarked=['区政府'],
        notes=COMMON + [
            '区政府 inside 岳阳楼区政府采购… and 区政府采购领域… is 区 + 政府采购, not an agency: unmarked there; 区政府 before 副区长 is AGENCY.',
            'Minutes. The title 岳阳楼区…联席会议纪要 names a meeting, not an agency. Issuer: the convening body named in the text (召集单位), also the 印发 line.',
            'Persons in an attendance list after their agency (⟦agency⟧⟦post⟧⟦name⟧), a post in （） after a name (彭建国（总审计师）), a name with no post (易小川). '
            'Every mention of 区财政局 is AGENCY (alias of the full name), also inside 区财政局三楼会议室 (GUIDELINES §2.3).',
            '晏某副书记 (post after the name) in item 二: POSITION again, a second HOLDS_POSITION for that mention pair.',
            'Decisions to transfer in the future (将线索移送…, 线索移交…) are not REFERRED: the minutes record an agreement, not a transfer done (*unsure*).',
            'Traps: 江南片区, 林地, 何时, 方案, 常规, 雷同 — not PERSON. 经侦大队 after the police name is a bare unit (left out). 金朵 (记录人) is PERSON.',
        ],
    ),
]

DOCS += [
    dict(
        file='p3-ytjl-zhaoqing-duanzhou-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='肇庆市端州区财政局',
        body='''
⟦肇庆市端州区财政局|A⟧
政府采购代理机构约谈记录
编号：⟦端财约〔2026〕3号|N⟧

约谈时间：⟦2026年5月12日|D⟧上午9:30—10:40
约谈地点：端州区财政局四楼小会议室
约谈人：⟦肇庆市端州区财政局|A⟧⟦副局长|T⟧⟦梁永坚|P⟧、政府采购股⟦股长|T⟧⟦冼嘉欣|P⟧
被约谈单位：⟦广东星湖招标代理有限公司|C⟧
被约谈人：⟦司徒志明|P⟧（该公司⟦总经理|T⟧）、⟦区少华|P⟧（项目部⟦经理|T⟧）
记录人：⟦麦晓琪|P⟧

约谈内容：
　　⟦梁永坚|P⟧：今天约谈你公司，主要是端州区高新片区学校安防设备采购项目（⟦DZCG-2026-021|J⟧）的问题。该项目招标文件用宋体小四排版，但评分表第5项写明“须提供华为或海康品牌证明”，属于指定品牌；评审时⟦专家|T⟧⟦黄某某|P⟧对评分标准提出异议，你公司⟦项目负责人|T⟧⟦区少华|P⟧未按程序暂停评审。请说明原因。
　　⟦司徒志明|P⟧：评分表是采购人⟦肇庆市端州区第一中学|A⟧提出的，我们审核不严。专家提出异议后，⟦区少华|P⟧当时电话请示了采购人的⟦总务主任|T⟧⟦陈某|P⟧，⟦陈某|P⟧说照常进行。
　　⟦冼嘉欣|P⟧：按照《⟦政府采购货物和服务招标投标管理办法|L⟧》第二十条、第六十五条，代理机构应当停止评审并向财政部门书面报告。你公司何时发现的问题？
　　⟦区少华|P⟧：开标当天，也就是⟦4月28日|D⟧下午。
　　⟦梁永坚|P⟧：要求你公司在⟦5月22日|D⟧前提交书面整改报告，并对周边区县同类项目自查。本次约谈情况记入代理机构监督档案。

被约谈人签字：⟦司徒志明|P⟧　⟦区少华|P⟧
约谈人签字：⟦梁永坚|P⟧　⟦冼嘉欣|P⟧
''',
        rels=[('HOLDS_POSITION', '梁永坚', '副局长', '肇庆市端州区财政局'),
              ('HOLDS_POSITION', '冼嘉欣', '股长', '肇庆市端州区财政局'),
              ('HOLDS_POSITION', '司徒志明', '总经理', '广东星湖招标代理有限公司'),
              ('HOLDS_POSITION', '区少华', '经理', '广东星湖招标代理有限公司'),
              ('HOLDS_POSITION', '区少华', '项目负责人', '广东星湖招标代理有限公司'),
              ('HOLDS_POSITION', '黄某某', '专家', None),
              ('HOLDS_POSITION', '陈某', '总务主任', '肇庆市端州区第一中学')],
        unmarked=['端州区财政局', '专家'],
        notes=COMMON + [
            'A 约谈记录 (a supervision talk, no sanction: no PENALIZED). Speakers at the start of a line (梁永坚：) are PERSON each time; signature lines too.',
            '区少华: the rare surname 区 (Ōu) — a PERSON, not a district word. 司徒 is a compound surname. 冼, 麦 are Cantonese surnames.',
            '约谈地点 is an address-like field: 端州区财政局四楼小会议室 not annotated (GUIDELINES §2.5, *unsure*: it is a room, not a postal address).',
            '陈某 twice (the repeat 陈某说…): PERSON each time.',
            '项目部经理: 项目部 is a bare unit; 经理 POSITION, org the agent company. 你公司项目负责人区少华: 项目负责人 POSITION (GUIDELINES list), org the company. '
            '评审时专家黄某某: 专家 POSITION attached to a masked name, org null (GUIDELINES: 专家).',
            'Traps: 高新片区, 宋体, 华为/海康 (brand words), 程序, 何时, 周边 — not annotated.',
            'violations: 须提供华为或海康品牌证明 (a named brand in the scoring) discriminatory_terms; review not stopped after an expert objection: other.',
        ],
    ),
]

DOCS += [
    dict(
        file='p4-xwbl-wuzhou-wanxiu-2026-0418.docx', fmt='docx', kind='other', violations=['bribery', 'collusion'],
        issuer='梧州市万秀区市场监督管理局',
        body='''⟦梧州市万秀区市场监督管理局|A⟧
询问笔录（节录）
案号：⟦万市监立〔2026〕18号|N⟧　　第2次询问　　第1页共4页
询问时间：⟦2026年4月18日|D⟧14时05分至15时40分
询问地点：梧州市万秀区市场监督管理局执法办案区第二询问室
询问人：⟦韦振宁|P⟧、⟦覃秋菊|P⟧（执法证号45040126031、45040126047）　记录人：⟦蒙小燕|P⟧
被询问人：⟦莫德贵|P⟧，男，壮族，身份证号码450403198207******，系⟦梧州鸳江电子科技有限公司|C⟧⟦销售经理|T⟧
问：你与⟦梧州市万秀区人民医院|A⟧设备科的⟦黄金凤|P⟧是什么关系？
答：⟦黄金凤|P⟧是设备科⟦科长|T⟧，我们是朋友。她不是黄金店老板，我们公司在黄金地段的门面是租的。
问：你何时、以什么方式给过⟦黄金凤|P⟧财物？
答：⟦2025年9月|D⟧那次医院彩超采购（项目编号⟦WXYY-2025-CG-019|J⟧）开标前，我在周边一家茶楼给了她现金⟦3万元|M⟧，后来又转了⟦1.5万元|M⟧。
问：报价是谁做的？
答：我们老板⟦黎某|P⟧让我找了⟦广西苍海医疗设备有限公司|C⟧的⟦业务员|T⟧“阿强”（真名⟦钟志强|P⟧）一起商量，他们报价比我们高⟦8万元|M⟧左右，金额是我们定的。
问：以上所说是否属实？
答：属实。账户余额截图我可以提供。
被询问人签名：⟦莫德贵|P⟧（捺印）　⟦2026年4月18日|D⟧
询问人签名：⟦韦振宁|P⟧　⟦覃秋菊|P⟧　记录人签名：⟦蒙小燕|P⟧''',
        unmarked=['梧州市万秀区市场监督管理局'],
        rels=[('HOLDS_POSITION', '莫德贵', '销售经理', '梧州鸳江电子科技有限公司'),
              ('HOLDS_POSITION', '黄金凤', '科长', '梧州市万秀区人民医院'),
              ('HOLDS_POSITION', '钟志强', '业务员', '广西苍海医疗设备有限公司'),
              ('BID_ON', '梧州鸳江电子科技有限公司', 'WXYY-2025-CG-019'),
              ('BID_ON', '广西苍海医疗设备有限公司', 'WXYY-2025-CG-019')],
        notes=COMMON + [
            'A .docx extract of a 询问笔录. 案号 of the case: DOC_NO. 执法证号 and the masked 身份证号码: not annotated. The 询问地点 field (bureau name + room) is read as an address '
            'field like 地址 (GUIDELINES §2.5): not annotated, as the 约谈地点 in p3 (*unsure*).',
            'Trap: 黄金凤 (a person, surname 黄) next to 黄金店 and 黄金地段 (not persons); 何时, 周边, 金额, 余额 are not persons. Zhuang surnames 韦, 覃, 蒙, 莫, 黎. 壮族 is not annotated.',
            '“阿强”（真名钟志强）: the nickname 阿强 is not annotated (a nickname with no surname, *unsure*); 钟志强 is PERSON; 业务员 is POSITION attached to the quoted nickname = the same person, org the firm.',
            '黄金凤是设备科科长: POSITION after the name with a bare 科 in between; org the hospital. 我们老板黎某: 老板 is not a POSITION (relation word, like 私人老板).',
            'A 询问笔录 is evidence, not a decision: no PENALIZED. Bribery of a hospital officer plus coordinated quotes (陪标): bribery and collusion (alleged, the answer states them). '
            'BID_ON: 开标 of the numbered project with both firms quoting — *unsure* for the 陪标 firm.',
            '现金3万元: MONEY is 3万元 (现金 is the form of payment, not a currency word). 8万元左右: 左右 left out like 约.',
        ],
    ),
    dict(
        file='p5-qksm-nanchong-shunqing-2026-fanti.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='南充市順慶區教育科技局',
        body='''
關於⟦順慶區舞鳳小學|A⟧食堂設備採購有關問題的情況說明

⟦南充市順慶區財政局|A⟧：
　　根據你局《關於核實⟦順慶區舞鳳小學|A⟧採購問題的函》（⟦順財函〔2026〕14號|N⟧）要求，現將有關情況說明如下：
　　一、⟦2025年8月|D⟧，⟦南充市順慶區舞鳳小學|A⟧（以下簡稱⟦舞鳳小學|A⟧）⟦校長|T⟧⟦何某某|P⟧在未履行政府採購程序的情況下，將食堂設備（不鏽鋼灶台、消毒櫃等）以三份合同分別交由⟦南充嘉陵廚具有限公司|C⟧承建，合同金額合計⟦人民幣41.8萬元|M⟧，其中一份合同由⟦總務主任|T⟧⟦蔣文|P⟧簽字。
　　二、經我局核查，上述合同未報經審批，也未在四川政府採購網公開，屬於化整為零規避政府採購。⟦何某某|P⟧、⟦蔣文|P⟧對此負有直接責任。學校財務⟦出納|T⟧⟦林地娟|P⟧按照⟦何某某|P⟧指示付款，亦有責任。
　　三、我局已於⟦2026年3月5日|D⟧對⟦何某某|P⟧進行誡勉談話，責令⟦舞鳳小學|A⟧整改；有關人員涉嫌違紀問題，我局已於⟦2026年3月9日|D⟧以⟦順教科函〔2026〕7號|N⟧將線索移送⟦中共南充市順慶區紀律檢查委員會|A⟧。
　　特此說明。

經辦人：⟦任小川|P⟧　　聯繫電話：0817-2268413
負責人：⟦唐亞軍|P⟧（⟦副局長|T⟧）
⟦南充市順慶區教育科技局|A⟧
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '南充市順慶區教育科技局', '中共南充市順慶區紀律檢查委員會', '順教科函〔2026〕7號', '2026年3月9日'),
              ('HOLDS_POSITION', '何某某', '校長', '南充市順慶區舞鳳小學'),
              ('HOLDS_POSITION', '蔣文', '總務主任', '南充市順慶區舞鳳小學'),
              ('HOLDS_POSITION', '林地娟', '出納', '南充市順慶區舞鳳小學'),
              ('HOLDS_POSITION', '唐亞軍', '副局長', '南充市順慶區教育科技局')],
        aliases={'舞鳳小學': '南充市順慶區舞鳳小學', '順慶區舞鳳小學': '南充市順慶區舞鳳小學'},
        notes=COMMON + [
            'Traditional characters. The title names the school (順慶區舞鳳小學, a short form without 南充市) and the 《》 letter title too: AGENCY each, aliases.',
            'Trap: 林地娟 is a person (a 出納); 林地 would not be. 程序, 金額 are not persons. 四川政府採購網 is a website: not annotated.',
            '負責人：name（副局長）: 負責人 a label here, （副局長）POSITION, org the issuer (the signature).',
            '誡勉談話 and 責令整改 by the 教育科技局 are supervision measures (*unsure*): no PENALIZED. The 局 transfers clues to the 紀委 with number and date: REFERRED.',
            '直接責任 is a liability category (no POSITION).',
        ],
    ),
]

DOCS += [
    dict(
        file='p6-mdtz-yuxi-hongta-2026-5.html', fmt='html', kind='other', violations=[],
        issuer='玉溪市红塔区公共资源交易中心',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于公布交易中心见证服务人员名单的通知</title></head>
<body>
<div class="crumb">首页 &gt; 通知公告</div>
<h1>⟦玉溪市红塔区公共资源交易中心|A⟧关于公布2026年度交易见证及异常监测人员名单的通知</h1>
<p class="meta">发布时间：⟦2026-02-06|D⟧　来源：⟦玉溪市红塔区公共资源交易中心|A⟧　字号：大 中 小</p>
<p>各市场主体、各行政监督部门：</p>
<p>为落实《⟦玉溪市红塔区公共资源交易异常情况监测和移交办法（试行）|L⟧》，加强交易现场安全和文明服务，现将本中心2026年度交易见证及异常监测人员名单公布如下。如发现工作人员有违规行为，请向⟦中共玉溪市红塔区纪律检查委员会|A⟧派驻第三纪检监察组举报。</p>
<table>
<tr><th>序号</th><th>姓名</th><th>民族</th><th>职务</th><th>主要任务</th></tr>
<tr><td>1</td><td>⟦普丽华|P⟧</td><td>彝族</td><td>⟦主任|T⟧</td><td>全面负责</td></tr>
<tr><td>2</td><td>⟦刀玉香|P⟧</td><td>傣族</td><td>⟦副主任|T⟧</td><td>交易见证、异常移交审核</td></tr>
<tr><td>3</td><td>⟦者永福|P⟧</td><td>彝族</td><td>交易服务科⟦科长|T⟧</td><td>开评标现场见证</td></tr>
<tr><td>4</td><td>⟦杞春燕|P⟧</td><td>哈尼族</td><td>信息科⟦科员|T⟧</td><td>围标串标数据监测</td></tr>
<tr><td>5</td><td>⟦上官文博|P⟧</td><td>汉族</td><td>⟦工作人员|T⟧</td><td>专家抽取、安全保密</td></tr>
<tr><td>6</td><td>⟦阿布都热合曼·买买提|P⟧</td><td>维吾尔族</td><td>⟦工作人员|T⟧（借调）</td><td>档案管理</td></tr>
</table>
<p>异常情况移交联系人：⟦刀玉香|P⟧，电话0877-2036518；监督电话：0877-2036500。</p>
<p>文明交易，从我做起。本通知自发布之日起施行，⟦2025年3月10日|D⟧公布的名单同时废止。</p>
<p class="sign">⟦玉溪市红塔区公共资源交易中心|A⟧<br>⟦2026年2月6日|D⟧</p>
<p class="foot">主办：⟦玉溪市红塔区人民政府|A⟧　承办：⟦玉溪市红塔区公共资源交易中心|A⟧　滇ICP备05002613号</p>
</body></html>
""",
        rels=[('HOLDS_POSITION', '普丽华', '主任', '玉溪市红塔区公共资源交易中心'),
              ('HOLDS_POSITION', '刀玉香', '副主任', '玉溪市红塔区公共资源交易中心'),
              ('HOLDS_POSITION', '者永福', '科长', '玉溪市红塔区公共资源交易中心'),
              ('HOLDS_POSITION', '杞春燕', '科员', '玉溪市红塔区公共资源交易中心'),
              ('HOLDS_POSITION', '上官文博', '工作人员', '玉溪市红塔区公共资源交易中心'),
              ('HOLDS_POSITION', '阿布都热合曼·买买提', '工作人员@1', '玉溪市红塔区公共资源交易中心')],
        unmarked=['工作人员'],
        notes=COMMON + [
            'An .html notice with a staff table (序号/姓名/民族/职务/主要任务). Each 职务 cell is POSITION attached to the name in its row, org the issuing centre. '
            'A unit + post in one cell (交易服务科科长, 信息科科员): the bare unit word is left out, POSITION 科长 / 科员 (as p1, p3). （借调）is not annotated.',
            'Minority names: 普 (Yi), 刀 (Dai), 者 (Yi), 杞 (Hani), a compound surname 上官, a Uyghur name with the middle dot (one PERSON span). 民族 cells are not annotated.',
            '工作人员 in running text (如发现工作人员有违规行为) is generic (unmarked). Traps: 安全, 文明, 任务 — not persons. 派驻第三纪检监察组 after the 纪委 name: a bare unit, left out.',
            'Page chrome: 发布时间 date and 来源 agency are annotated; 主办 (the 区人民政府) is annotated, not the issuer. 滇ICP备05002613号 is a registration number, not DOC_NO.',
            'The 2026年度 in the title is a year only (not DATE). No violations are stated (围标串标 is a task name, not a charge): empty list.',
        ],
    ),
    dict(
        file='p7-cfjd-qiqihar-longsha-2026-9.txt', fmt='gb18030-crlf', kind='discipline_notice', violations=['interference', 'bribery'],
        issuer='中共齐齐哈尔市龙沙区纪律检查委员会',
        body='''
⟦中共齐齐哈尔市龙沙区纪律检查委员会|A⟧
关于给予⟦关某某|P⟧党内严重警告处分的决定
⟦龙纪处〔2026〕9号|N⟧

　　⟦关某某|P⟧，男，满族，⟦1974年6月|D⟧出生，中共党员，⟦齐齐哈尔市龙沙区林业和草原局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧。
　　经查，⟦关某某|P⟧在担任⟦区林草局|A⟧⟦副局长|T⟧期间，利用分管林地征占用审批和采购工作的职务便利，于⟦2024年5月|D⟧在五龙林地生态修复苗木采购项目中，授意⟦评审专家|T⟧⟦那日苏|P⟧给⟦黑龙江白云苗木有限公司|C⟧打高分，使该公司以⟦人民币127万元|M⟧成交；⟦2024年9月|D⟧至⟦2025年1月|D⟧，先后三次收受该公司⟦法定代表人|T⟧⟦佟某|P⟧所送购物卡，金额共计⟦人民币2.4万元|M⟧。
　　⟦关某某|P⟧的上述行为已构成违纪。鉴于其主动交代问题、退缴全部违纪所得，根据《⟦中国共产党纪律处分条例|L⟧》第一百零一条、第一百四十五条，经⟦区纪委常委会|A⟧会议研究，决定给予⟦关某某|P⟧党内严重警告处分。⟦那日苏|P⟧违规打分问题，已由⟦齐齐哈尔市龙沙区财政局|A⟧依照⟦黑财采〔2023〕16号|N⟧文件另行处理。
　　本决定自⟦2026年4月23日|D⟧起生效。马上送达本人并存档。

⟦中共齐齐哈尔市龙沙区纪律检查委员会|A⟧
⟦2026年4月23日|D⟧
''',
        rels=[('PENALIZED', '区纪委常委会', '关某某'),
              ('HOLDS_POSITION', '关某某', '原党组成员', '齐齐哈尔市龙沙区林业和草原局'),
              ('HOLDS_POSITION', '关某某', '副局长', '齐齐哈尔市龙沙区林业和草原局'),
              ('HOLDS_POSITION', '关某某@2', '副局长@1', '齐齐哈尔市龙沙区林业和草原局'),
              ('HOLDS_POSITION', '那日苏', '评审专家', None),
              ('HOLDS_POSITION', '佟某', '法定代表人', '黑龙江白云苗木有限公司'),
              ('LEGAL_REP', '佟某', '黑龙江白云苗木有限公司')],
        aliases={'区林草局': '齐齐哈尔市龙沙区林业和草原局'},
        notes=COMMON + [
            'GB18030 with CRLF. A 处分决定 of a discipline commission: kind discipline_notice (*unsure*; it is a single decision, not a 通报). Issuer the commission.',
            'PENALIZED: the deciding body named (区纪委常委会, GUIDELINES §4: multi-stage — only the deciding body). *unsure* against the commission itself.',
            'Manchu surnames 关, 佟; a Mongolian name 那日苏. 授意评审专家那日苏: 评审专家 POSITION, org null (GUIDELINES example).',
            '区林草局副局长期间: the short form 区林草局 is AGENCY (alias) and 副局长 POSITION — a second HOLDS_POSITION pair for 关某某.',
            'Traps: 林地 (twice), 白云 (inside the company name), 马上, 金额 — not persons. 1974年6月出生: year+month, DATE as written (dev12 left a birth year alone unannotated).',
            'The finance bureau 另行处理 (to be handled): no PENALIZED. 黑财采〔2023〕16号文件: DOC_NO without a title.',
        ],
    ),
]

DOCS += [
    dict(
        file='p8-tb-jinzhou-taihe-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['other', 'bribery'],
        issuer='锦州市太和区财政局',
        body='''
⟦锦州市太和区财政局|A⟧
关于政府采购评审专家违规行为处理情况的通报
⟦太财采〔2026〕22号|N⟧

各预算单位、各采购代理机构：
　　为规范评审专家行为，根据《⟦政府采购评审专家管理办法|L⟧》（⟦财库〔2016〕198号|N⟧），我局对2025年度抽取的评审专家履职情况进行了检查，现将处理情况通报如下：
　　一、⟦张**|P⟧（⟦锦州医科大学|A⟧⟦副教授|T⟧），在太和区营盘乡林地确权测绘服务项目（⟦THCG-2025-077|J⟧）评审中，未按招标文件规定的方案评分，导致评审结果错误，给予警告，暂停评审资格六个月。
　　二、⟦王某某|P⟧（退休⟦工程师|T⟧），在评审中向供应商⟦锦州金城建筑工程有限公司|C⟧索要“评审费”⟦5000元|M⟧，给予罚款⟦人民币2万元|M⟧，禁止其参加政府采购评审活动，并将线索移送⟦中共锦州市太和区纪律检查委员会|A⟧。
　　三、⟦东方晓明|P⟧、⟦皇甫静|P⟧两名⟦专家|T⟧，评审打分雷同率超过90%，经约谈已作出书面说明，予以提醒。
　　附件：评审专家违规行为处理名单（联系人：采购办　⟦仉晓宇|P⟧）

⟦锦州市太和区财政局|A⟧
⟦2026年2月28日|D⟧
抄送：⟦锦州市财政局|A⟧，⟦辽宁省财政厅|A⟧政府采购处
''',
        rels=[('PENALIZED', '锦州市太和区财政局', '张**'),
              ('PENALIZED', '锦州市太和区财政局', '王某某'),
              ('REFERRED', '锦州市太和区财政局', '中共锦州市太和区纪律检查委员会', None, None),
              ('HOLDS_POSITION', '张**', '副教授', '锦州医科大学'),
              ('HOLDS_POSITION', '王某某', '工程师', None),
              ('HOLDS_POSITION', '东方晓明', '专家', None),
              ('HOLDS_POSITION', '皇甫静', '专家', None)],
        unmarked=['专家'],
        notes=COMMON + [
            '评审专家 / 专家 as generic nouns (title, 抽取的评审专家, 附件) are not POSITION (unmarked).',
            'A finance 通报 with warnings, suspension and a fine on named experts: penalty_decision; PENALIZED to 张** and 王某某. 提醒 after a talk is not a sanction (no PENALIZED for 东方晓明, 皇甫静).',
            'Posts in （）after masked names: 副教授 (org the university, AGENCY), 退休工程师 — 工程师 POSITION, org null (退休 left out, *unsure*).',
            '两名专家 after coordinated names: 专家 POSITION linked to each (GUIDELINES: 周某某、李某某2名专家) — here 两名 sits between; the span is 专家 (*unsure*).',
            'Compound surnames 东方, 皇甫; the rare surname 仉. Traps: 林地, 方案, 雷同 — not persons. 财库〔2016〕198号: DOC_NO after a LAW title.',
            'Transfer of a clue to the 纪委 stated as done (并将线索移送): REFERRED without number or date. 辽宁省财政厅政府采购处: AGENCY 辽宁省财政厅 and a bare unit (left out). '
            '2025年度 is a year (not DATE). 90% is a rate.',
        ],
    ),
]
