"""heldout7 — other shapes: minutes, an interview record, a |-table register, an upward report, a work plan with
liaison lines (hand annotation, inline ⟦text|L⟧ marks).

Places: Jilin 通化柳河县, Jiangsu 宿迁沭阳县, Zhejiang 湖州德清县, Ningxia 固原西吉县, Chongqing 垫江县. All persons,
companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 记录, 记录人, 填表人, 审核, 约谈人, 被约谈人, 出席, 列席 are labels (not POSITION). Pronouns (我局, 我县, 该公司) are not annotated.',
    'Level-prefixed names without a place (县财政局, 县公安局) are AGENCY (GUIDELINES), with an alias to the full name when the full name is written in the same file.',
]

DOCS = [
    dict(
        file='o01-hyjy-tonghua-liuhe-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'no_procurement'],
        issuer='柳河县人民政府办公室',
        body='''
⟦柳河县人民政府办公室|A⟧
会　议　纪　要
⟦柳政办纪〔2026〕12号|N⟧

全县公共资源交易领域联动监管联席会议纪要

　　⟦2026年7月10日|D⟧下午，⟦县政府|A⟧⟦副县长|T⟧⟦孙立彬|P⟧在县政府三楼会议室主持召开全县公共资源交易领域联动监管联席会议2026年第二次会议。会议听取了⟦县财政局|A⟧关于上半年问题线索移送办理情况的汇报，研究了有关事项。现纪要如下：
　　一、关于三源浦镇中心小学教学楼维修工程串通投标线索。⟦县公共资源交易中心|A⟧在该项目（招标编号：⟦LHZB-2026-017|J⟧）开标后发现，⟦吉林柳河山城建筑工程有限公司|C⟧与⟦通化鑫源建设有限公司|C⟧投标文件编制机器码相同，已于⟦2026年6月20日|D⟧以⟦柳交易函〔2026〕9号|N⟧将线索移交⟦县住房和城乡建设局|A⟧。会议议定：由⟦县住房和城乡建设局|A⟧牵头调查，⟦县公安局|A⟧提前介入；认定涉嫌犯罪的，依法移送⟦县公安局|A⟧立案侦查。
　　二、关于⟦县审计局|A⟧移送的⟦县农业农村局|A⟧拆分采购问题。⟦县审计局|A⟧以⟦柳审移〔2026〕2号|N⟧移送⟦县财政局|A⟧的⟦县农业农村局|A⟧将农机具购置项目拆分为3个合同规避公开招标问题（涉及金额⟦人民币186万元|M⟧），会议议定：由⟦县财政局|A⟧依法处理，处理结果于⟦8月31日|D⟧前报⟦县政府|A⟧；涉及公职人员违纪违法的，移送⟦县纪委监委|A⟧。
　　三、关于建立联络员制度。各成员单位确定1名科级干部为联络员，于⟦7月20日|D⟧前报⟦县财政局政府采购股|A⟧。联络员负责本单位线索移送、接收、反馈的日常对接。
　　四、下次联席会议定于⟦2026年10月|D⟧召开，由⟦县财政局|A⟧负责筹备。

　　出席：⟦孙立彬|P⟧
　　参加：⟦县财政局|A⟧⟦刘宏伟|P⟧、⟦县发展和改革局|A⟧⟦王春雨|P⟧、⟦县住房和城乡建设局|A⟧⟦高庆林|P⟧、⟦县市场监督管理局|A⟧⟦于海燕|P⟧、⟦县审计局|A⟧⟦金明哲|P⟧、⟦县公安局|A⟧⟦崔永胜|P⟧、⟦县纪委监委|A⟧⟦车丽娜|P⟧、⟦县公共资源交易中心|A⟧⟦白景阳|P⟧
　　记录：⟦姜　雪|P⟧

抄送：⟦县委办公室|A⟧，各成员单位。
⟦柳河县人民政府办公室|A⟧　　　　⟦2026年7月14日|D⟧印发
''',
        rels=[('REFERRED', '县公共资源交易中心', '县住房和城乡建设局', '柳交易函〔2026〕9号', '2026年6月20日'),
              ('REFERRED', '县审计局', '县财政局', '柳审移〔2026〕2号', None),
              ('HOLDS_POSITION', '孙立彬', '副县长', '县政府')],
        notes=COMMON + [
            'Minutes with a numbered header by the 县政府办公室: issuer that office.',
            'Past transfers stated (已于…移交; 审计局以…号移送): REFERRED with number (and date where stated). Decisions of the meeting to transfer in future (移送县公安局, 移送县纪委监委) are not transfers.',
            'The attendance list names agencies before persons (县财政局刘宏伟): AGENCY + PERSON, no POSITION (none written).',
            '县财政局政府采购股: one AGENCY span (GUIDELINES: maximal span with a named sub-unit, as 高安市财政局办公室). *Unsure*.',
            '县政府 of the vice-head and 报县政府 (a body receiving a report) are AGENCY; 县政府三楼会议室 is a room (a place) and is left unannotated (unmarked). *Unsure*.',
            'Month+day dates without year (8月31日, 7月20日): DATE. 2026年10月: DATE.',
            '县委办公室 in the 抄送 line: AGENCY (level-prefixed). 各成员单位 is distributive.',
        ],
        unmarked=['县政府'],
    ),
    dict(
        file='o02-ythl-suqian-shuyang-2026.docx', fmt='docx', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='沭阳县财政局',
        body='''⟦沭阳县财政局|A⟧政府采购约谈记录
约谈时间：⟦2026年8月12日|D⟧上午9:30—10:40
约谈地点：⟦沭阳县财政局|A⟧五楼小会议室
约谈人：⟦沭阳县财政局|A⟧⟦副局长|T⟧⟦顾建新|P⟧、政府采购监督管理科⟦科长|T⟧⟦孙晓梅|P⟧
被约谈单位：⟦江苏虞城工程咨询有限公司|C⟧
被约谈人：⟦法定代表人|T⟧⟦卞立军|P⟧、⟦项目负责人|T⟧⟦钱雨婷|P⟧
记录人：⟦朱　佳|P⟧
约谈事由：⟦江苏虞城工程咨询有限公司|C⟧代理的⟦沭阳县人民医院|A⟧病房楼空调系统维修采购项目（项目编号：⟦SYCG-2026-0215|J⟧）在一个月内被质疑4次、投诉2次。经投诉处理，认定该项目采购文件将“沭阳县内同类项目业绩”作为加分条件，以不合理条件对供应商实行差别待遇（⟦沭财采诉决〔2026〕6号|N⟧）。此外，该公司2026年上半年代理的项目中有3个项目未在规定时间内答复质疑。
约谈内容：
⟦顾建新|P⟧：今天约谈的目的是指出问题、督促整改。你公司代理的项目近期问题集中，采购文件编制把关不严，质疑答复超期，影响了采购效率和政府采购公信力。
⟦孙晓梅|P⟧：通报具体问题。一是⟦SYCG-2026-0215|J⟧项目采购文件设置地域性业绩加分；二是⟦沭阳县钱集镇人民政府|A⟧办公家具采购项目、⟦沭阳县教育局|A⟧课桌椅采购项目、⟦沭阳县水务局|A⟧泵站设备采购项目的质疑答复分别超期2至5个工作日。
⟦卞立军|P⟧：我公司接受批评。问题主要是内部审核流于形式，项目负责人对政策把握不准。我们将在一个月内完成整改，对相关人员进行处理。
⟦钱雨婷|P⟧：该项目采购文件由我负责编制，加分条件是按采购人提出的需求设置的，我没有提出异议，是我的责任。
约谈要求：1.⟦2026年9月12日|D⟧前提交书面整改报告；2.组织全体从业人员参加政府采购法律法规培训；3.今后6个月内代理的项目采购文件报我局备案审查。
约谈人签字：⟦顾建新|P⟧　⟦孙晓梅|P⟧
被约谈人签字：⟦卞立军|P⟧　⟦钱雨婷|P⟧
记录人签字：⟦朱　佳|P⟧''',
        rels=[('HOLDS_POSITION', '顾建新', '副局长', '沭阳县财政局'),
              ('HOLDS_POSITION', '孙晓梅', '科长', '沭阳县财政局'),
              ('LEGAL_REP', '卞立军', '江苏虞城工程咨询有限公司'),
              ('HOLDS_POSITION', '卞立军', '法定代表人', '江苏虞城工程咨询有限公司'),
              ('HOLDS_POSITION', '钱雨婷', '项目负责人', '江苏虞城工程咨询有限公司')],
        unmarked=['项目负责人'],
        notes=COMMON + [
            'A 约谈 is a supervision measure, not a sanction: no PENALIZED. The complaint decision is cited by number only: DOC_NO, no relation.',
            '政府采购监督管理科科长 after the bureau and 、: the unit word has no agency name directly before it; POSITION 科长, org the bureau. *Unsure*: the span could be the whole 政府采购监督管理科科长 (dev12 c2 style).',
            '被约谈人：法定代表人卞立军、项目负责人钱雨婷 of the 被约谈单位: POSITION attached to names, org the company in the line above. The later 项目负责人 (generic) is not annotated.',
            '2026年上半年 is a half-year: not DATE (GUIDELINES).',
            'The project number repeated in a speaker\'s words (…0215项目) is annotated again (every mention).',
            'The agent is not a bidder: no BID_ON. Clock times (9:30—10:40) are not DATE.',
        ],
    ),
    dict(
        file='o03-xstz-huzhou-deqing-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'collusion', 'bribery', 'false_materials'],
        issuer='德清县公共资源交易联动监管工作联席会议办公室',
        body='''
德清县公共资源交易领域问题线索移送台账（2026年1—9月）

填报单位：⟦德清县公共资源交易联动监管工作联席会议办公室|A⟧（设在⟦德清县财政局|A⟧）　　填报日期：⟦2026年10月9日|D⟧

| 序号 | 移送日期 | 移送单位 | 移送文号 | 接收单位 | 涉及主体 | 项目编号 | 问题类型 | 办理情况 |
|---|---|---|---|---|---|---|---|---|
| 1 | ⟦2026-01-19|D⟧ | ⟦德清县审计局|A⟧ | ⟦德审移〔2026〕1号|N⟧ | ⟦德清县财政局|A⟧ | ⟦德清县新市镇人民政府|A⟧ | ⟦DQCG-2025-0412|J⟧ | 拆分规避公开招标 | 已办结（⟦德财采处〔2026〕3号|N⟧） |
| 2 | ⟦2026-02-27|D⟧ | ⟦德清县公共资源交易中心|A⟧ | ⟦德交易移〔2026〕2号|N⟧ | ⟦德清县住房和城乡建设局|A⟧ | ⟦浙江莫干山路桥工程有限公司|C⟧、⟦湖州武康建筑工程有限公司|C⟧ | ⟦DQZB-2026-0031|J⟧ | 疑似串通投标 | 调查中 |
| 3 | ⟦2026-03-16|D⟧ | ⟦德清县财政局|A⟧ | ⟦德财移〔2026〕4号|N⟧ | ⟦德清县公安局|A⟧ | ⟦德清县下渚湖电子科技有限公司|C⟧等3家 | ⟦DQCG-2026-0058|J⟧ | 串通投标（涉嫌犯罪） | 已立案 |
| 4 | ⟦2026-05-08|D⟧ | ⟦德清县市场监督管理局|A⟧ | ⟦德市监移﹝2026﹞7号|N⟧ | ⟦中共德清县纪律检查委员会|A⟧ | ⟦德清县人民医院|A⟧⟦工作人员|T⟧⟦周某|P⟧ | — | 收受医疗器械供应商回扣 | 初核中 |
| 5 | ⟦2026-07-21|D⟧ | ⟦德清县财政局|A⟧ | ⟦德财移〔2026〕9号|N⟧ | ⟦德清县市场监督管理局|A⟧ | ⟦浙江防风医疗器械有限公司|C⟧ | ⟦DQCG-2026-0177|J⟧ | 投标文件附伪造检测报告 | ⟦2026-07-28|D⟧退回（不属本部门职责，已改送⟦德清县公安局|A⟧，⟦德财移〔2026〕11号|N⟧） |

填表人：⟦占丽芳|P⟧　　审核：⟦毛建军|P⟧（⟦德清县财政局|A⟧⟦副局长|T⟧）
''',
        rels=[('REFERRED', '德清县审计局', '德清县财政局', '德审移〔2026〕1号', '2026-01-19'),
              ('REFERRED', '德清县公共资源交易中心', '德清县住房和城乡建设局', '德交易移〔2026〕2号', '2026-02-27'),
              ('REFERRED', '德清县财政局', '德清县公安局', '德财移〔2026〕4号', '2026-03-16'),
              ('REFERRED', '德清县市场监督管理局', '中共德清县纪律检查委员会', '德市监移﹝2026﹞7号', '2026-05-08'),
              ('REFERRED', '德清县财政局', '德清县市场监督管理局', '德财移〔2026〕9号', '2026-07-21'),
              ('PENALIZED', '德清县财政局', '德清县新市镇人民政府'),
              ('HOLDS_POSITION', '周某', '工作人员', '德清县人民医院'),
              ('HOLDS_POSITION', '毛建军', '副局长', '德清县财政局'),
              ('BID_ON', '浙江莫干山路桥工程有限公司', 'DQZB-2026-0031'),
              ('BID_ON', '湖州武康建筑工程有限公司', 'DQZB-2026-0031'),
              ('BID_ON', '德清县下渚湖电子科技有限公司', 'DQCG-2026-0058'),
              ('BID_ON', '浙江防风医疗器械有限公司', 'DQCG-2026-0177')],
        notes=COMMON + [
            'Each transfer row: REFERRED from the 移送单位 to the 接收单位 with the row\'s number and date (dev12 r3/r5). Row 5 was returned (退回 is not REFERRED) and re-sent to the police: the re-sending is stated with a number but finance bureau → police is already a relation (row 3), so it is de-duplicated (GUIDELINES §4); its number stays a DOC_NO.',
            'Row 1 is closed with a 处理 decision number of the finance bureau (德财采处): PENALIZED 财政局 → the township government named in the row (*unsure*: the register does not say whom the decision addressed; the row\'s subject is taken).',
            'The register\'s owner: the named joint-meeting office (AGENCY), also issuer; the bureau in （） is where it sits. *Unsure*: the issuer could be the bureau.',
            'Dates written 2026-01-19 in cells: DATE as written. 1—9月 in the title: not DATE.',
            'Suppliers in rows with a project number and a bid-related problem: BID_ON. 等3家 is a count.',
            '德清县人民医院工作人员周某: POSITION 工作人员, org the hospital.',
        ],
    ),
    dict(
        file='o04-qkbg-guyuan-xiji-2026-18.txt', fmt='gb18030', kind='other', violations=['collusion', 'false_materials', 'no_procurement', 'other'],
        issuer='西吉县财政局',
        body='''
⟦西吉县财政局|A⟧
关于2026年上半年政府采购领域联动监管工作情况的报告
⟦西财报（2026）18号|N⟧

⟦固原市财政局|A⟧：
　　根据《⟦固原市财政局|A⟧关于报送2026年上半年政府采购监督管理工作情况的通知》（⟦固财采函〔2026〕22号|N⟧）要求，现将我县有关情况报告如下：
　　一、基本情况
　　上半年，全县完成政府采购项目214个，采购预算金额⟦人民币3.92亿元|M⟧，实际采购金额⟦人民币3.86亿元|M⟧，节约资金⟦人民币600万元|M⟧。
　　二、线索移送和案件查处情况
　　（一）受理投诉5件，办结5件，其中投诉事项成立2件。
　　（二）向⟦西吉县公安局|A⟧移送串通投标线索1条（⟦西财移〔2026〕2号|N⟧，⟦2026年3月25日|D⟧），涉及西吉县将台堡镇道路硬化项目，⟦西吉县公安局|A⟧已于⟦4月8日|D⟧立案侦查；向⟦中共西吉县纪律检查委员会|A⟧移送公职人员问题线索2条（⟦西财移〔2026〕3号|N⟧、⟦西财移〔2026〕4号|N⟧），目前正在初核。
　　（三）接收⟦西吉县审计局|A⟧移送问题1件（⟦西审移〔2026〕1号|N⟧），系⟦西吉县卫生健康局|A⟧未履行政府采购程序购买救护车，已责令改正。
　　（四）作出行政处罚决定3件：对⟦宁夏六盘山建设工程有限公司|C⟧提供虚假材料罚款⟦人民币1.92万元|M⟧（⟦西财采罚〔2026〕1号|N⟧）；对⟦西吉县火石寨商贸有限公司|C⟧、⟦宁夏葫芦河环保科技有限公司|C⟧串通投标各罚款⟦人民币1.225万元|M⟧（⟦西财采罚〔2026〕2号|N⟧、⟦西财采罚〔2026〕3号|N⟧），并列入不良行为记录名单。罚款合计⟦人民币4.37万元|M⟧。
　　三、存在的问题
　　一是部分采购人对采购需求调查不充分；二是基层监管力量不足，全县政府采购监管人员仅3人；三是与公安、纪检监察机关信息共享仍以纸质函件为主，时效性不强。
　　四、下一步工作打算
　　（一）推动建立线索移送电子台账；（二）会同⟦西吉县公共资源交易中心|A⟧开展围标串标数据筛查；（三）对代理机构开展专项检查。
　　特此报告。

　　联系人：⟦马海龙|P⟧（政府采购监督管理股⟦股长|T⟧）　　联系电话：0954-3012345

⟦西吉县财政局|A⟧
⟦2026年7月8日|D⟧
''',
        rels=[('REFERRED', '西吉县财政局', '西吉县公安局', '西财移〔2026〕2号', '2026年3月25日'),
              ('REFERRED', '西吉县财政局', '中共西吉县纪律检查委员会', '西财移〔2026〕3号', None),
              ('REFERRED', '西吉县审计局', '西吉县财政局', '西审移〔2026〕1号', None),
              ('PENALIZED', '西吉县财政局', '宁夏六盘山建设工程有限公司'),
              ('PENALIZED', '西吉县财政局', '西吉县火石寨商贸有限公司'),
              ('PENALIZED', '西吉县财政局', '宁夏葫芦河环保科技有限公司'),
              ('PENALIZED', '西吉县财政局', '西吉县卫生健康局'),
              ('HOLDS_POSITION', '马海龙', '股长', '西吉县财政局')],
        notes=COMMON + [
            'An upward report listing transfers made and received: REFERRED for each, with number and date where stated. The two numbers to the 纪委 give one relation (de-duplicated on endpoints; evidence the first number).',
            'Fines stated as made by 我县/我局 (the issuer): PENALIZED to the three companies. 已责令改正 of the 卫健局 (receiver of the audit transfer; the finance bureau handles it): PENALIZED 财政局 → 卫健局 (*unsure*: the agent of 责令改正 is implied, not named).',
            'The cited notice title in 《》 is a case document (a reporting request), not LAW; the bureau name inside it is AGENCY. Its number DOC_NO.',
            'Amounts in 亿元 and 万元: MONEY. 4月8日: DATE.',
            '政府采购监督管理股股长 in （）: the unit is bare (no agency before it): POSITION 股长, org the issuer. *Unsure* (dev12 c2 kept a section word inside the title after a named agency).',
            'No project numbers: no BID_ON.',
        ],
    ),
    dict(
        file='o05-gzfa-chongqing-dianjiang-2026-31.txt', fmt='utf-8', kind='policy_notice', violations=['collusion', 'false_materials', 'bribery', 'interference', 'discriminatory_terms'],
        issuer='垫江县人民政府办公室',
        body='''
⟦垫江县人民政府办公室|A⟧
关于印发《⟦垫江县2026年公共资源交易领域联动监管专项整治工作方案|L⟧》的通知
⟦垫江府办发〔2026〕31号|N⟧

各乡镇人民政府、街道办事处，县政府各部门，有关单位：
　　经⟦县政府|A⟧同意，现将《⟦垫江县2026年公共资源交易领域联动监管专项整治工作方案|L⟧》印发给你们，请认真贯彻执行。

⟦垫江县人民政府办公室|A⟧
⟦2026年3月18日|D⟧

垫江县2026年公共资源交易领域联动监管专项整治工作方案

　　为深入贯彻《⟦中华人民共和国政府采购法|L⟧》《⟦中华人民共和国招标投标法|L⟧》和《⟦重庆市公共资源交易监督管理办法|L⟧》，严厉打击公共资源交易领域违法违规行为，制定本方案。
　　一、整治重点
　　（一）投标人相互串通投标、围标串标；（二）提供虚假材料谋取中标；（三）领导干部违规插手干预项目招投标；（四）设置不合理条件排斥潜在投标人；（五）评标专家收受好处、不公正评标。
　　二、组织领导
　　成立专项整治工作专班，由⟦县政府|A⟧⟦副县长|T⟧⟦李德明|P⟧任⟦组长|T⟧，⟦县财政局|A⟧⟦局长|T⟧⟦陈国华|P⟧、⟦县发展改革委|A⟧⟦主任|T⟧⟦彭志刚|P⟧任⟦副组长|T⟧，专班办公室设在⟦县财政局|A⟧。
　　三、职责分工
　　⟦县财政局|A⟧负责政府采购领域问题查处；⟦县发展改革委|A⟧负责招标投标领域统筹协调和信用联合惩戒；⟦县住房城乡建委|A⟧负责房屋建筑和市政工程招投标监管；⟦县公安局|A⟧负责串通投标等涉嫌犯罪案件侦办；⟦县市场监管局|A⟧负责商业贿赂、不正当竞争行为查处；⟦县审计局|A⟧负责在审计中发现问题线索并及时移送；⟦县公共资源交易中心|A⟧负责交易数据监测预警，发现异常情况2个工作日内报告相关行业主管部门。
　　四、工作步骤
　　（一）自查自纠阶段（⟦2026年3月下旬|D⟧至⟦4月30日|D⟧）；（二）集中整治阶段（⟦2026年5月1日|D⟧至⟦9月30日|D⟧）；（三）总结提升阶段（⟦2026年10月|D⟧至⟦11月15日|D⟧）。
　　五、联络员
　　各成员单位确定联络员1名，名单如下：
　　⟦县财政局|A⟧　　　⟦王春燕|P⟧　政府采购科⟦科长|T⟧　　13983765421
　　⟦县发展改革委|A⟧　⟦谭　军|P⟧　法规科⟦副科长|T⟧　　13908271635
　　⟦县住房城乡建委|A⟧　⟦冉小龙|P⟧　建筑市场监管科⟦科长|T⟧　13752109864
　　⟦县公安局|A⟧　　　⟦周　航|P⟧　经侦大队⟦副大队长|T⟧　13883307259
　　⟦县市场监管局|A⟧　⟦刘丽君|P⟧　价监竞争科⟦科长|T⟧　13996428170
　　⟦县审计局|A⟧　　　⟦黄明远|P⟧　经济责任审计科⟦科长|T⟧　13594016628
　　⟦县公共资源交易中心|A⟧　⟦曾　静|P⟧　⟦副主任|T⟧　　13668395120
　　联络员名单如有变动，请及时报专班办公室（⟦县财政局政府采购科|A⟧，联系电话：023-74512208）。
''',
        rels=[('HOLDS_POSITION', '李德明', '副县长', '县政府'),
              ('HOLDS_POSITION', '李德明', '组长', None),
              ('HOLDS_POSITION', '陈国华', '局长', '县财政局'),
              ('HOLDS_POSITION', '陈国华', '副组长', None),
              ('HOLDS_POSITION', '彭志刚', '主任', '县发展改革委'),
              ('HOLDS_POSITION', '彭志刚', '副组长', None),
              ('HOLDS_POSITION', '王春燕', '科长', '县财政局'),
              ('HOLDS_POSITION', '谭　军', '副科长', '县发展改革委'),
              ('HOLDS_POSITION', '冉小龙', '科长@1', '县住房城乡建委'),
              ('HOLDS_POSITION', '周　航', '副大队长', '县公安局'),
              ('HOLDS_POSITION', '刘丽君', '科长@2', '县市场监管局'),
              ('HOLDS_POSITION', '黄明远', '科长@3', '县审计局'),
              ('HOLDS_POSITION', '曾　静', '副主任', '县公共资源交易中心')],
        unmarked=['县政府', '垫江县2026年公共资源交易领域联动监管专项整治工作方案'],
        notes=COMMON + [
            'The plan\'s own heading above its text has no 《》: not LAW (GUIDELINES: titles without marks).',
            'A notice that issues a work plan: kind policy_notice, issuer the 县政府办公室; the plan\'s title in 《》 is LAW (normative plan), both mentions. violations: the target types the plan names.',
            '组长/副组长 of the task force attached to named persons: POSITION, org null (the 专班 is unnamed). *Unsure* (dev12 left panel roles in （） unannotated; here they are appointments). 陈国华 and 彭志刚 share 副组长: one relation each to the same mention.',
            'Liaison lines (unit, name, post, mobile): AGENCY + PERSON + POSITION; the section word before the post (政府采购科, 经侦大队) has no agency name directly before it and is left out; org the unit at the line start. *Unsure*: the span could include the section word (政府采购科科长).',
            '县政府 in the distributive addressee 县政府各部门 is left unannotated (unmarked); 经县政府同意 and the 县政府 of the 副县长 are AGENCY. *Unsure*. 县财政局政府采购科 in the last line: one AGENCY span (named sub-unit).',
            '2026年3月下旬: year+month with a 旬 suffix, annotated whole as DATE (like 3月初). *Unsure*. 4月30日, 9月30日, 11月15日 after 至: DATE.',
            'Mobile numbers are not annotated. Chongqing is a municipality: 县 agencies are written level-prefixed (县财政局), no full name in the file, so no aliases.',
        ],
    ),
]
