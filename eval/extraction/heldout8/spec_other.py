"""heldout8 — other shapes: minutes, an interview record, a register, an upward report, a work plan (inline ⟦text|L⟧ marks).

All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

COMMON = [
    'Level-prefixed names (市财政局, 县审计局) are AGENCY; when the full name occurs in the same file they get an alias to it.',
    'Attendance and liaison lines: 出席, 列席, 记录, 联络员 are labels; a title written after an agency and before a name is POSITION attached to that person, org the agency.',
]

DOCS = [
    dict(
        file='o01-hyjy-bijie-qianxi-2026-3.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials', 'no_procurement'], issuer='黔西市发展和改革局',
        body='''
黔西市公共资源交易联动监管联席会议纪要
（第3期）

⟦黔西市发展和改革局|A⟧　　　　　　　　　　　　　⟦2026年7月10日|D⟧

　　⟦2026年7月8日|D⟧下午，⟦黔西市发展和改革局|A⟧在该局三楼会议室召集召开2026年第二次公共资源交易联动监管联席会议。会议由⟦市发展和改革局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦罗永刚|P⟧主持。现将会议议定事项纪要如下：
　　一、会议通报了上半年工作情况。上半年全市进场交易项目217个，交易金额⟦38.6亿元|M⟧。⟦市公共资源交易中心|A⟧预警异常项目6个，已于⟦6月20日|D⟧以⟦黔西交易函〔2026〕14号|N⟧将其中⟦黔西市第五中学|A⟧运动场改造项目（项目编号：⟦QXJS-2026-052|J⟧）围标串标线索移交⟦市住房和城乡建设局|A⟧。该项目涉及⟦贵州乌江源建设有限公司|C⟧、⟦毕节市鸿图土石方工程有限公司|C⟧两家投标人。
　　二、会议听取了⟦市住房和城乡建设局|A⟧关于上述线索的办理情况。经初查，两家投标人的投标文件由同一人员编制，且⟦毕节市鸿图土石方工程有限公司|C⟧提交的项目经理注册证书系伪造。会议议定：由⟦市住房和城乡建设局|A⟧依法作出行政处罚，并于7月底前将涉嫌犯罪线索移送⟦市公安局|A⟧。
　　三、会议研究了⟦市审计局|A⟧提出的部分政府投资项目未招先建问题，议定由⟦市财政局|A⟧、⟦市审计局|A⟧联合开展专项检查，⟦市纪委监委|A⟧派员参加。
　　四、下次联席会议于⟦2026年10月|D⟧召开，由⟦市财政局|A⟧承办。

出席：⟦市发展和改革局|A⟧　⟦罗永刚|P⟧　⟦张德敏|P⟧
　　　⟦市纪委监委第二监督检查室|A⟧　⟦李春燕|P⟧
　　　⟦市财政局|A⟧　⟦副局长|T⟧　⟦王孝忠|P⟧
　　　⟦市公安局经侦大队|A⟧　⟦大队长|T⟧　⟦聂勇|P⟧
　　　⟦市审计局|A⟧　⟦总审计师|T⟧　⟦陈曦|P⟧
　　　⟦市市场监督管理局|A⟧　⟦副局长|T⟧　⟦安文华|P⟧
　　　⟦市住房和城乡建设局|A⟧　⟦副局长|T⟧　⟦龙啸|P⟧
　　　⟦市水务局|A⟧　⟦副局长|T⟧　⟦吴邦兴|P⟧
　　　⟦市交通运输局|A⟧　⟦副局长|T⟧　⟦杨丽|P⟧
　　　⟦市公共资源交易中心|A⟧　⟦主任|T⟧　⟦周航|P⟧
记录：⟦市发展和改革局|A⟧　⟦蔡晶晶|P⟧
分送：联席会议各成员单位
''',
        aliases={'市发展和改革局': '黔西市发展和改革局'},
        rels=[('REFERRED', '市公共资源交易中心', '市住房和城乡建设局', '黔西交易函〔2026〕14号', '6月20日'),
              ('HOLDS_POSITION', '罗永刚', '党组书记', '黔西市发展和改革局'),
              ('HOLDS_POSITION', '罗永刚', '局长', '黔西市发展和改革局'),
              ('HOLDS_POSITION', '王孝忠', '副局长@0', '市财政局'),
              ('HOLDS_POSITION', '聂勇', '大队长', '市公安局经侦大队'),
              ('HOLDS_POSITION', '陈曦', '总审计师', '市审计局'),
              ('HOLDS_POSITION', '安文华', '副局长@1', '市市场监督管理局'),
              ('HOLDS_POSITION', '龙啸', '副局长@2', '市住房和城乡建设局'),
              ('HOLDS_POSITION', '吴邦兴', '副局长@3', '市水务局'),
              ('HOLDS_POSITION', '杨丽', '副局长@4', '市交通运输局'),
              ('HOLDS_POSITION', '周航', '主任', '市公共资源交易中心'),
              ('BID_ON', '贵州乌江源建设有限公司', 'QXJS-2026-052'),
              ('BID_ON', '毕节市鸿图土石方工程有限公司', 'QXJS-2026-052')],
        notes=COMMON + [
            'Minutes: kind other, issuer the convening bureau named in the header. The title line holds no agency name.',
            'The recorded past hand-over (已于6月20日以…号将…线索移交) is REFERRED with number and date (month+day). '
            'The decision to transfer to the police by the end of July is a future act: no REFERRED (heldout7 convention). 7月底 is not DATE.',
            '市公安局经侦大队 / 市纪委监委第二监督检查室: a level-prefixed agency with its unit written directly after it is one AGENCY span (GUIDELINES maximal span, cf. 泰顺县公安局经侦大队). 大队长 org that unit. *Unsure*.',
            '38.6亿元 is MONEY. Counts (217个) are not. 2026年10月 is DATE. 联席会议各成员单位 is generic.',
            'Violations: collusion; forged registration certificate → false_materials; 未招先建 raised by the audit office → no_procurement (alleged). *Unsure*.',
        ],
    ),
    dict(
        file='o02-ythl-changji-qitai-2026.docx', fmt='docx', kind='other',
        violations=['other', 'discriminatory_terms'], issuer='奇台县财政局',
        body='''
约谈记录
时间：⟦2026年5月27日|D⟧10时00分至11时10分
地点：奇台县财政局四楼第二会议室
约谈单位：⟦奇台县财政局|A⟧
约谈人：⟦奇台县财政局|A⟧⟦副局长|T⟧⟦艾尔肯·买买提|P⟧、政府采购监督管理股⟦股长|T⟧⟦魏红梅|P⟧
被约谈单位：⟦新疆天山明诚项目管理咨询有限公司|C⟧
被约谈人：⟦总经理|T⟧⟦贺建新|P⟧、⟦项目经理|T⟧⟦古丽娜尔·吐尔逊|P⟧
列席：⟦奇台县教育局|A⟧计划财务股⟦负责人|T⟧⟦马晓军|P⟧
记录人：⟦魏红梅|P⟧
约谈事由：⟦新疆天山明诚项目管理咨询有限公司|C⟧代理的⟦奇台县教育局|A⟧2026年中小学食堂设备采购项目（项目编号：⟦QTCG-2026-031|J⟧）在⟦2026年4月|D⟧至5月间连续收到质疑4次，其中2次质疑答复超过法定期限；采购文件要求投标人具有“⟦昌吉回族自治州教育局|A⟧合作供应商”资格。
⟦艾尔肯·买买提|P⟧：根据《⟦政府采购代理机构管理暂行办法|L⟧》和《⟦新疆维吾尔自治区政府采购代理机构监督管理实施细则|L⟧》，今天约谈你公司，主要是两个问题：一是质疑答复超期，二是资格条件设置不当。请你们说明情况。
⟦贺建新|P⟧：我们承认工作存在疏漏。质疑答复超期是因为经办人员调整，交接不到位；资格条件是采购人提出的，我们没有提示风险。
⟦马晓军|P⟧：这个条件是参考了往年的文件，我们会配合修改。
⟦魏红梅|P⟧：依据《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条，该条件属于以不合理条件对供应商实行差别待遇。请你公司于⟦6月5日|D⟧前提交书面整改报告，对该项目采购文件予以修改并重新发布。
⟦贺建新|P⟧：我公司将按要求整改，并对全体从业人员开展一次培训。
约谈意见：责成⟦新疆天山明诚项目管理咨询有限公司|C⟧限期整改；本次约谈情况记入代理机构监督评价档案。
被约谈人签字：⟦贺建新|P⟧　⟦古丽娜尔·吐尔逊|P⟧
约谈人签字：⟦艾尔肯·买买提|P⟧　⟦魏红梅|P⟧
''',
        unmarked=['奇台县财政局'],
        rels=[('HOLDS_POSITION', '艾尔肯·买买提', '副局长', '奇台县财政局'),
              ('HOLDS_POSITION', '魏红梅', '股长', '奇台县财政局'),
              ('HOLDS_POSITION', '贺建新', '总经理', '新疆天山明诚项目管理咨询有限公司'),
              ('HOLDS_POSITION', '古丽娜尔·吐尔逊', '项目经理', '新疆天山明诚项目管理咨询有限公司'),
              ('HOLDS_POSITION', '马晓军', '负责人', '奇台县教育局')],
        notes=COMMON + [
            'docx. An interview (约谈) is not a sanction: no PENALIZED; 责成限期整改 in the record is treated the same way (heldout7 o02). *Unsure*.',
            'Uyghur names with the middle dot are PERSON as written. 政府采购监督管理股股长 and 计划财务股负责人: units standing alone are not annotated, the title is POSITION, org the bureau named on that line.',
            'The agent is not BID_ON. 昌吉回族自治州教育局 inside the quoted qualification is AGENCY. 5月 alone (end of a range) is not DATE; 6月5日 is.',
            'Field labels (约谈人, 被约谈人, 记录人, 列席) are not POSITION. The 地点 value (a room in the bureau’s building) is treated as an address and not annotated (GUIDELINES §2.5 analogy). *Unsure*.',
        ],
    ),
    dict(
        file='o03-xsystz-huaibei-suixi-2026.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials', 'bribery', 'no_procurement'], issuer='淮北市财政局',
        body='''
⟦淮北市财政局|A⟧政府采购领域问题线索移送登记台账（2026年1—9月）

序号	线索编号	移送日期	移送单位	接收单位	移送文号	涉及主体	问题类型	办理情况
1	HBCG-XS-2026-001	⟦2026-01-16|D⟧	⟦淮北市财政局|A⟧	⟦淮北市公安局相山分局|A⟧	⟦淮财购移〔2026〕1号|N⟧	⟦安徽淮海智能科技有限公司|C⟧、⟦淮北市相城电子有限公司|C⟧	串通投标	⟦2026-02-03|D⟧已立案
2	HBCG-XS-2026-002	⟦2026-02-27|D⟧	⟦濉溪县审计局|A⟧	⟦淮北市财政局|A⟧	⟦濉审移〔2026〕2号|N⟧	⟦濉溪县自然资源和规划局|A⟧	未履行政府采购程序	⟦2026-04-10|D⟧作出处理决定（⟦淮财购处〔2026〕3号|N⟧）
3	HBCG-XS-2026-003	⟦2026-03-12|D⟧	⟦淮北市财政局|A⟧	⟦中共淮北市纪律检查委员会|A⟧	⟦淮财购移〔2026〕4号|N⟧	⟦濉溪县医院|A⟧工作人员	收受供应商财物	办理中
4	HBCG-XS-2026-004	⟦2026-04-21|D⟧	⟦淮北市公共资源交易中心|A⟧	⟦淮北市财政局|A⟧	⟦淮交易报〔2026〕9号|N⟧	⟦淮北宏远物业管理有限公司|C⟧	提供虚假材料	⟦2026-06-15|D⟧罚款⟦12,480元|M⟧（⟦淮财购罚〔2026〕6号|N⟧）
5	HBCG-XS-2026-005	⟦2026-05-08|D⟧	⟦淮北市财政局|A⟧	⟦淮北市市场监督管理局|A⟧	⟦淮财购移〔2026〕7号|N⟧	⟦安徽濉河食品有限公司|C⟧	食品质量	⟦2026-05-13|D⟧退回（不属该局管辖，转⟦濉溪县市场监督管理局|A⟧）
6	HBCG-XS-2026-006	⟦2026-07-02|D⟧	⟦淮北市公安局相山分局|A⟧	⟦淮北市相山区人民检察院|A⟧	⟦淮相公诉字〔2026〕58号|N⟧	⟦安徽淮海智能科技有限公司|C⟧等	串通投标	移送审查起诉
7	HBCG-XS-2026-007	⟦2026-08-19|D⟧	⟦淮北市财政局|A⟧	⟦淮北市住房和城乡建设局|A⟧	⟦淮财购转〔2026〕9号|N⟧	淮北市杜集区矿山集镇改造工程投诉	工程招标	办理中

填表人：⟦淮北市财政局政府采购监督管理处|A⟧　⟦鲍丽|P⟧　　审核：⟦邵国强|P⟧
填表日期：⟦2026年9月30日|D⟧
''',
        rels=[('REFERRED', '淮北市财政局', '淮北市公安局相山分局', '淮财购移〔2026〕1号', '2026-01-16'),
              ('REFERRED', '濉溪县审计局', '淮北市财政局', '濉审移〔2026〕2号', '2026-02-27'),
              ('REFERRED', '淮北市财政局', '中共淮北市纪律检查委员会', '淮财购移〔2026〕4号', '2026-03-12'),
              ('REFERRED', '淮北市公共资源交易中心', '淮北市财政局', '淮交易报〔2026〕9号', '2026-04-21'),
              ('REFERRED', '淮北市财政局', '淮北市市场监督管理局', '淮财购移〔2026〕7号', '2026-05-08'),
              ('REFERRED', '淮北市公安局相山分局', '淮北市相山区人民检察院', '淮相公诉字〔2026〕58号', '2026-07-02'),
              ('REFERRED', '淮北市财政局', '淮北市住房和城乡建设局', '淮财购转〔2026〕9号', '2026-08-19'),
              ('PENALIZED', '淮北市财政局', '濉溪县自然资源和规划局'),
              ('PENALIZED', '淮北市财政局', '淮北宏远物业管理有限公司')],
        notes=COMMON + [
            'Tab-separated register of the finance bureau: kind other, issuer the bureau in the title. Each row with sender, receiver, number and date gives REFERRED (the row records the transfer).',
            'Row 5 was returned by the market regulator (退回) with the remark that the matter belongs to the county bureau (转…). The return is not REFERRED; '
            'the remark names no sender, number or date, so it gets no REFERRED either. *Unsure*.',
            '线索编号 values (HBCG-XS-…) are register numbers, not DOC_NO or PROJECT_NO. Cell dates 2026-01-16 are DATE. 2026年1—9月 in the title is a month range inside a year: not DATE.',
            'PENALIZED for rows closed by a numbered 处理决定 or 罚款 (heldout7 o03 convention, *unsure*), from the bureau that holds the register (the receiver of those clues).',
            '淮北市杜集区矿山集镇 in a project name is a place, not an agency: not annotated.',
            '濉溪县医院工作人员: 工作人员 is not attached to a named person: not POSITION.',
        ],
    ),
    dict(
        file='o04-qkbg-haixi-golmud-2026-22.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials', 'no_procurement'], issuer='格尔木市财政局',
        body='''
⟦格尔木市财政局|A⟧
关于2026年上半年政府采购联动监管工作情况的报告
⟦格财〔2026〕22号|N⟧

⟦海西州财政局|A⟧：
　　按照《⟦海西蒙古族藏族自治州政府采购联动监管工作实施方案|L⟧》要求，现将我市2026年上半年政府采购联动监管工作情况报告如下：
　　一、基本情况
　　上半年，全市完成政府采购项目163个，采购金额⟦4.27亿元|M⟧。我局会同⟦格尔木市审计局|A⟧、⟦格尔木市市场监督管理局|A⟧开展联合检查2次，检查项目38个。
　　二、案件查处情况
　　（一）⟦2026年3月19日|D⟧，对⟦青海昆仑盐湖化工设备有限公司|C⟧在⟦格尔木市第一人民医院|A⟧供氧系统改造项目（项目编号：⟦GEM-ZC-2025-088|J⟧）中提供虚假材料的行为，作出罚款⟦人民币3,915元|M⟧、一年内禁止参加政府采购活动的处罚（⟦格财罚〔2026〕2号|N⟧）。
　　（二）⟦2026年4月28日|D⟧，对⟦格尔木鑫源物业服务有限公司|C⟧、⟦青海柴达木保洁服务有限公司|C⟧在市直机关物业服务采购项目（项目编号：⟦GEM-ZC-2026-012|J⟧）中串通投标的行为，分别罚款⟦人民币8,640元|M⟧和⟦人民币8,520元|M⟧（⟦格财罚〔2026〕5号|N⟧、⟦格财罚〔2026〕6号|N⟧），并于⟦2026年5月6日|D⟧将涉嫌犯罪线索移送⟦格尔木市公安局|A⟧（⟦格财移〔2026〕3号|N⟧）。
　　（三）收到⟦格尔木市审计局|A⟧移送的⟦格尔木市农牧和乡村振兴局|A⟧未履行政府采购程序问题线索（⟦格审移〔2026〕1号|N⟧），已责令该局限期改正。
　　三、存在问题
　　部分采购人主体责任落实不到位，联合惩戒信息推送不及时，跨部门数据共享仍不顺畅。
　　四、下半年工作打算
　　一是配合⟦海西州公共资源交易中心|A⟧推进异常交易预警；二是会同⟦格尔木市发展和改革委员会|A⟧将处罚信息推送“信用中国（青海）”。
　　特此报告。

⟦格尔木市财政局|A⟧
⟦2026年7月6日|D⟧
（联系人：政府采购科　⟦冶海霞|P⟧　电话：0979-8412233）
''',
        rels=[('REFERRED', '格尔木市财政局', '格尔木市公安局', '格财移〔2026〕3号', '2026年5月6日'),
              ('REFERRED', '格尔木市审计局', '格尔木市财政局', '格审移〔2026〕1号', None),
              ('PENALIZED', '格尔木市财政局', '青海昆仑盐湖化工设备有限公司'),
              ('PENALIZED', '格尔木市财政局', '格尔木鑫源物业服务有限公司'),
              ('PENALIZED', '格尔木市财政局', '青海柴达木保洁服务有限公司'),
              ('PENALIZED', '格尔木市财政局', '格尔木市农牧和乡村振兴局'),
              ('BID_ON', '青海昆仑盐湖化工设备有限公司', 'GEM-ZC-2025-088'),
              ('BID_ON', '格尔木鑫源物业服务有限公司', 'GEM-ZC-2026-012'),
              ('BID_ON', '青海柴达木保洁服务有限公司', 'GEM-ZC-2026-012')],
        notes=COMMON + [
            'Upward report to the prefecture bureau (海西州财政局, a short form of the prefecture name; no full name in the file, no alias). Kind other, issuer the reporting bureau.',
            'Penalties listed as made by 我局 (= the named issuer): PENALIZED (heldout7 o04 convention), including 责令改正 on the purchasing bureau. *Unsure* for the last.',
            'The audit transfer received (收到…移送) is REFERRED to the issuer, its number, no date. 信用中国（青海） is a website: not annotated.',
            'Bidders penalised for false materials or collusion on a numbered project are BID_ON.',
        ],
    ),
    dict(
        file='o05-gzfa-tongchuan-yijun-2026-31.txt', fmt='utf-8', kind='policy_notice',
        violations=['collusion', 'false_materials', 'bribery', 'interference', 'discriminatory_terms'], issuer='宜君县人民政府办公室',
        body='''
⟦宜君县人民政府办公室|A⟧
关于印发《⟦宜君县2026年政府采购和招标投标领域突出问题专项整治工作方案|L⟧》的通知
⟦宜政办发〔2026〕31号|N⟧

各镇人民政府、街道办事处，县政府各工作部门、直属机构：
　　《⟦宜君县2026年政府采购和招标投标领域突出问题专项整治工作方案|L⟧》已经⟦县政府|A⟧同意，现印发给你们，请认真抓好落实。

⟦宜君县人民政府办公室|A⟧
⟦2026年4月3日|D⟧

宜君县2026年政府采购和招标投标领域突出问题专项整治工作方案

　　为深入贯彻《⟦财政部 公安部 市场监管总局关于开展政府采购领域“四类”违法违规行为专项整治工作的通知|L⟧》和《⟦铜川市公共资源交易领域突出问题专项整治实施方案|L⟧》，结合我县实际，制定本方案。
　　一、整治重点
　　（一）供应商提供虚假材料、围标串标；（二）采购人设置差别歧视条款、量身定制采购需求；（三）领导干部违规插手干预；（四）评审专家收受好处、倾向性评审。
　　二、组织领导
　　成立专项整治工作领导小组，⟦县政府|A⟧⟦副县长|T⟧⟦薛志宏|P⟧任⟦组长|T⟧，⟦县财政局|A⟧⟦局长|T⟧⟦田建国|P⟧、⟦县发展和改革局|A⟧⟦局长|T⟧⟦党小龙|P⟧任⟦副组长|T⟧，成员由⟦县纪委监委|A⟧、⟦县公安局|A⟧、⟦县审计局|A⟧、⟦县市场监督管理局|A⟧、⟦县住房和城乡建设局|A⟧、⟦县卫生健康局|A⟧、⟦县教育局|A⟧、⟦县公共资源交易中心|A⟧分管负责同志组成。领导小组办公室设在⟦县财政局|A⟧。
　　三、时间安排
　　（一）自查自纠阶段（⟦4月10日|D⟧至⟦5月31日|D⟧）；（二）集中整治阶段（⟦6月1日|D⟧至⟦9月30日|D⟧）；（三）总结提升阶段（⟦10月1日|D⟧至⟦11月15日|D⟧）。
　　四、工作要求
　　各成员单位发现的问题线索，属于其他部门职责范围的，应当在5个工作日内移送有管辖权的部门；涉嫌违纪违法的，移送⟦县纪委监委|A⟧；涉嫌犯罪的，移送⟦县公安局|A⟧。各成员单位确定1名联络员，于⟦4月8日|D⟧前报领导小组办公室。
　　五、联络员名单
　　⟦县财政局|A⟧　政府采购股　⟦股长|T⟧　⟦惠晓丽|P⟧　0919-5212036
　　⟦县发展和改革局|A⟧　⟦副局长|T⟧　⟦王鹏|P⟧　0919-5212118
　　⟦县纪委监委|A⟧　第三监督检查室　⟦主任|T⟧　⟦赵敏|P⟧　0919-5213307
　　⟦县公安局|A⟧　经侦大队　⟦副大队长|T⟧　⟦张宁|P⟧　0919-5216110
　　⟦县审计局|A⟧　⟦审计员|T⟧　⟦梁静|P⟧　0919-5212591
　　⟦县市场监督管理局|A⟧　⟦科员|T⟧　⟦雷刚|P⟧　0919-5219520
　　⟦县公共资源交易中心|A⟧　⟦副主任|T⟧　⟦刘佳|P⟧　0919-5218012
''',
        unmarked=['县政府', '宜君县2026年政府采购和招标投标领域突出问题专项整治工作方案'],
        rels=[('HOLDS_POSITION', '薛志宏', '副县长', '县政府@1'),
              ('HOLDS_POSITION', '薛志宏', '组长', None),
              ('HOLDS_POSITION', '田建国', '局长@0', '县财政局'),
              ('HOLDS_POSITION', '田建国', '副组长', None),
              ('HOLDS_POSITION', '党小龙', '局长@1', '县发展和改革局'),
              ('HOLDS_POSITION', '党小龙', '副组长', None),
              ('HOLDS_POSITION', '惠晓丽', '股长', '县财政局'),
              ('HOLDS_POSITION', '王鹏', '副局长', '县发展和改革局'),
              ('HOLDS_POSITION', '赵敏', '主任', '县纪委监委'),
              ('HOLDS_POSITION', '张宁', '副大队长', '县公安局'),
              ('HOLDS_POSITION', '梁静', '审计员', '县审计局'),
              ('HOLDS_POSITION', '雷刚', '科员', '县市场监督管理局'),
              ('HOLDS_POSITION', '刘佳', '副主任', '县公共资源交易中心')],
        notes=COMMON + [
            'A 印发 notice with the work plan: policy_notice, issuer the government office. Violations: the plan’s target types.',
            'The plan’s own heading line (no 《》) is not LAW (titles without marks).',
            'Generic routing rules (移送县纪委监委 / 县公安局) are not REFERRED (GUIDELINES: generic rules in policy notices).',
            'Task-force 组长/副组长 are POSITION with org null (heldout7 convention). The shared 副组长 links to both persons.',
            'Liaison lines: a unit standing alone between the agency and the title (政府采购股, 第三监督检查室, 经侦大队) is not annotated, separated from the agency by a space; '
            'the org of the title is the agency on the line. *Unsure*: 科员 and 审计员 treated as staff titles (POSITION).',
            'Month+day ranges are DATE at each end. 各镇人民政府 and 县政府各工作部门 are distributive, not AGENCY (县政府 there is left unmarked; 经县政府同意 and 县政府副县长 are AGENCY). '
            'The joint ministry notice title is one LAW span with no AGENCY inside.',
        ],
    ),
]
