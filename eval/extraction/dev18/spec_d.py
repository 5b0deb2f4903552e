"""dev18 — documents d1–d5, inline ⟦text|L⟧ marks: a news report (Qinghai 玉树), a 刑事判决书 (Inner Mongolia 乌兰察布集宁区),
a 不良行为记录公告 (Liaoning 本溪平山区), a 投诉受理通知书 (Guangxi 来宾兴宾区), a 线索移送函 (Gansu 金昌永昌县).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Not DOC_NO (not annotated): 索引号, unified social credit codes, 营业执照注册号, ID numbers, bank accounts, 缴款码, GB/T and GB standard '
    'numbers, phone and fax numbers, contract numbers, invoice numbers, certificate / licence / report numbers, 登记号 / 备案号, bulletin issues '
    '(第3期), page and item numbers, room numbers, addresses with 号, 第X条 of laws.',
    'Not DATE: clock times (9时30分), durations (15日内, 30个工作日, 3年, 6个月), day-only and relative expressions (同月28日, 同日, 次日), '
    'year-only expressions and years inside project or title names.',
    '联系人/经办人/承办人/签收人 are form fields, not POSITION.',
]


DOCS = [
    dict(
        file='d1-xw-yushu-czj-2026-05.txt', fmt='utf-8', kind='news', violations=['collusion', 'bribery'],
        issuer=None,
        body='''
玉树市严查政府采购领域围标串标　3家企业被罚⟦41.6万元|M⟧
来源：⟦玉树藏族自治州人民政府|A⟧门户网站　发布时间：⟦2026-05-08|D⟧ 10:15　作者：⟦索南才仁|P⟧　⟦责任编辑|T⟧：⟦李娜|P⟧
　　本网讯（⟦记者|T⟧⟦索南才仁|P⟧）⟦5月7日|D⟧，记者从⟦玉树市财政局|A⟧获悉，今年以来，该局联合⟦玉树市公共资源交易中心|A⟧开展政府采购领域专项检查，截至⟦4月30日|D⟧，共检查项目47个，涉及金额⟦2.13亿元|M⟧。
　　⟦2026年3月|D⟧，⟦玉树市财政局|A⟧在检查中发现，⟦青海通天河建筑工程有限公司|C⟧、⟦玉树嘉塘草原建设有限公司|C⟧、⟦青海结古工程机械租赁有限公司|C⟧在玉树市隆宝镇牧区道路维修工程（项目编号：⟦YSZC-2025-GC-0216|J⟧）投标中使用同一IP地址（113.250.14.67）上传投标文件，预留联系电话均为0976-8825566。该局随即立案，并于⟦4月22日|D⟧依据《⟦中华人民共和国政府采购法|L⟧》第七十七条，对3家企业分别处以采购金额千分之十的罚款，合计⟦41.6万元|M⟧，并禁止其一年内参加政府采购活动。
　　“对发现的线索，我们第一时间移送纪检监察机关和公安机关。”⟦玉树市财政局|A⟧⟦副局长|T⟧⟦才仁旺姆|P⟧介绍，其中1条涉嫌行贿的线索已于⟦4月25日|D⟧移送⟦玉树市纪委监委|A⟧。
　　据了解，⟦青海省财政厅|A⟧于⟦2025年12月|D⟧印发的《⟦青海省政府采购领域违法违规行为线索移送工作办法|L⟧》（⟦青财采〔2025〕21号|N⟧）明确，市县财政部门发现线索应当在5个工作日内移送。
相关新闻：
⟦2026-03-11|D⟧　玉树市召开2026年政府采购工作会议
⟦2026-01-26|D⟧　玉树州公布2025年度政府采购典型案例
''',
        rels=[('PENALIZED', '玉树市财政局', '青海通天河建筑工程有限公司'),
              ('PENALIZED', '玉树市财政局', '玉树嘉塘草原建设有限公司'),
              ('PENALIZED', '玉树市财政局', '青海结古工程机械租赁有限公司'),
              ('REFERRED', '玉树市财政局', '玉树市纪委监委', None, '4月25日'),
              ('BID_ON', '青海通天河建筑工程有限公司', 'YSZC-2025-GC-0216'),
              ('BID_ON', '玉树嘉塘草原建设有限公司', 'YSZC-2025-GC-0216'),
              ('BID_ON', '青海结古工程机械租赁有限公司', 'YSZC-2025-GC-0216'),
              ('HOLDS_POSITION', '李娜', '责任编辑', None),
              ('HOLDS_POSITION', '索南才仁', '记者', None),
              ('HOLDS_POSITION', '才仁旺姆', '副局长', '玉树市财政局')],
        unmarked=['记者'],
        notes=COMMON + [
            'News: issuer null. The website name gives AGENCY 玉树藏族自治州人民政府. 相关新闻 dates are annotated. 玉树州 and 玉树市 alone are places.',
            '记者 in 记者从…获悉 is not attached to a name (unmarked); 本网讯（记者索南才仁） is. 作者 is a byline field.',
            '今年以来 is relative; 10:15 a clock time; the IP address and phone are not annotated; 千分之十 is a rate; 5个工作日 a duration.',
            'The generic 移送纪检监察机关和公安机关 is not REFERRED; the specific 移送 to 玉树市纪委监委 on 4月25日 is. 涉嫌行贿 (alleged): bribery.',
        ],
    ),
    dict(
        file='d2-xspjs-ulanqab-jining-2026-45.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'discriminatory_terms'],
        issuer='内蒙古自治区乌兰察布市集宁区人民法院',
        body='''
⟦内蒙古自治区乌兰察布市集宁区人民法院|A⟧
刑事判决书
⟦（2026）内0902刑初45号|N⟧
　　公诉机关⟦乌兰察布市集宁区人民检察院|A⟧。
　　被告人⟦高建军|P⟧，男，⟦1976年4月18日|D⟧出生，公民身份号码152601197604180317，汉族，大学文化，原系⟦乌兰察布市集宁区卫生健康委员会规划财务科|A⟧⟦科长|T⟧，住集宁区恩和路17号院3号楼502室。因涉嫌受贿罪，于⟦2025年9月4日|D⟧被⟦乌兰察布市集宁区监察委员会|A⟧留置，⟦2025年12月2日|D⟧被刑事拘留，同月15日被逮捕。现羁押于⟦乌兰察布市看守所|A⟧。
　　辩护人⟦周晓梅|P⟧，⟦内蒙古察哈尔律师事务所|C⟧⟦律师|T⟧。
　　被告人⟦任海龙|P⟧，男，⟦1981年11月2日|D⟧出生，⟦乌兰察布市草原天路医疗器械有限公司|C⟧⟦法定代表人|T⟧。因涉嫌行贿罪，于⟦2025年12月2日|D⟧被取保候审。
　　⟦乌兰察布市集宁区人民检察院|A⟧以⟦集检刑诉〔2026〕38号|N⟧起诉书指控被告人⟦高建军|P⟧犯受贿罪、被告人⟦任海龙|P⟧犯行贿罪，于⟦2026年2月10日|D⟧向本院提起公诉。
　　经审理查明：⟦2021年5月|D⟧至⟦2024年10月|D⟧，被告人⟦高建军|P⟧利用职务便利，在集宁区基层医疗机构DR设备采购项目（项目编号：⟦JNWJ-2022-017|J⟧）、⟦乌兰察布市集宁区妇幼保健院|A⟧彩超采购项目（项目编号：⟦JNWJ-2023-009|J⟧）中，通过修改技术参数、指定品牌等方式帮助⟦乌兰察布市草原天路医疗器械有限公司|C⟧中标，中标金额共计⟦1,286.5万元|M⟧，先后6次收受⟦任海龙|P⟧所送现金及购物卡共计价值⟦人民币62.8万元|M⟧。
　　本院认为，被告人⟦高建军|P⟧身为国家工作人员，利用职务上的便利为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百八十五条、第三百八十六条、第三百八十九条之规定，判决如下：
　　一、被告人⟦高建军|P⟧犯受贿罪，判处有期徒刑三年，并处罚金⟦人民币二十万元|M⟧。
　　（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自⟦2025年9月4日|D⟧起至⟦2028年9月3日|D⟧止。）
　　二、被告人⟦任海龙|P⟧犯行贿罪，判处有期徒刑一年六个月，缓刑二年，并处罚金⟦人民币十万元|M⟧。
　　三、对被告人⟦高建军|P⟧退缴的违法所得⟦人民币62.8万元|M⟧予以没收，上缴国库。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向⟦内蒙古自治区乌兰察布市中级人民法院|A⟧提出上诉。
　　⟦审判长|T⟧　⟦吴志刚|P⟧
　　⟦审判员|T⟧　⟦韩冬梅|P⟧
　　⟦人民陪审员|T⟧　⟦白音|P⟧
　　⟦二〇二六年四月二十八日|D⟧
　　⟦书记员|T⟧　⟦武佳|P⟧
''',
        rels=[('PENALIZED', '内蒙古自治区乌兰察布市集宁区人民法院', '高建军'),
              ('PENALIZED', '内蒙古自治区乌兰察布市集宁区人民法院', '任海龙'),
              ('HOLDS_POSITION', '高建军', '科长', '乌兰察布市集宁区卫生健康委员会规划财务科'),
              ('HOLDS_POSITION', '周晓梅', '律师', '内蒙古察哈尔律师事务所'),
              ('LEGAL_REP', '任海龙', '乌兰察布市草原天路医疗器械有限公司'),
              ('HOLDS_POSITION', '任海龙', '法定代表人', '乌兰察布市草原天路医疗器械有限公司'),
              ('BID_ON', '乌兰察布市草原天路医疗器械有限公司', 'JNWJ-2022-017'),
              ('BID_ON', '乌兰察布市草原天路医疗器械有限公司', 'JNWJ-2023-009'),
              ('HOLDS_POSITION', '吴志刚', '审判长', '内蒙古自治区乌兰察布市集宁区人民法院'),
              ('HOLDS_POSITION', '韩冬梅', '审判员', '内蒙古自治区乌兰察布市集宁区人民法院'),
              ('HOLDS_POSITION', '白音', '人民陪审员', '内蒙古自治区乌兰察布市集宁区人民法院'),
              ('HOLDS_POSITION', '武佳', '书记员', '内蒙古自治区乌兰察布市集宁区人民法院')],
        notes=COMMON + [
            'Birth dates (1976年4月18日, 1981年11月2日) are absolute calendar expressions: DATE. The 公民身份号码 and the address with 号院/号楼/室 are not annotated.',
            'Criminal sentences by the named court: PENALIZED court → each defendant. Not: 留置 by the 监委, 刑事拘留, 逮捕, 取保候审, prosecution.',
            '原系…规划财务科科长: 原 is separated from 科长 by the agency, so left out. The 起诉书 number 集检刑诉〔2026〕38号 is DOC_NO. 同月15日 is day-only.',
            '有期徒刑三年, 一年六个月, 缓刑二年, 十日内 are durations. The sentence term ends (2025年9月4日 … 2028年9月3日) are DATEs; 起 and 止 are left out.',
        ],
    ),
    dict(
        file='d3-sxjlgg-benxi-pingshan-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials', 'collusion'],
        issuer='本溪市平山区财政局',
        body='''
⟦本溪市平山区财政局|A⟧关于政府采购不良行为记录名单的公告
（⟦2026年第2号|N⟧）
　　根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十二条和《⟦辽宁省政府采购供应商信用管理办法|L⟧》的规定，现将⟦2026年1月|D⟧至2月我局作出的政府采购行政处罚信息公告如下：
序号｜企业名称｜统一社会信用代码｜不良行为的具体情形｜处罚依据｜处罚结果｜处罚日期｜执法单位｜处罚决定书文号
1｜⟦本溪太子河建设工程有限公司|C⟧｜91210502MA0U7KX51Q｜在平山区北台街道雨污分流改造工程（项目编号：⟦BXPS-2025-GC-044|J⟧）中提供虚假业绩材料谋取中标｜《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项｜罚款⟦人民币1.38万元|M⟧，一年内禁止参加政府采购活动｜⟦2026/01/20|D⟧｜⟦本溪市平山区财政局|A⟧｜⟦平财罚〔2026〕1号|N⟧
2｜⟦辽宁枫叶之都安防科技有限公司|C⟧｜91210502MA10BN2G8T｜与⟦本溪铁刹山智能工程有限公司|C⟧串通投标（平山区中小学视频监控系统采购项目，项目编号：⟦BXPS-2025-HW-061|J⟧）｜《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（三）项｜罚款⟦人民币4,250元|M⟧，一年内禁止参加政府采购活动｜⟦2026/02/03|D⟧｜⟦本溪市平山区财政局|A⟧｜⟦平财罚〔2026〕2号|N⟧
3｜⟦本溪铁刹山智能工程有限公司|C⟧｜91210502MA0Y3D5P2C｜同上｜同上｜罚款⟦人民币4,250元|M⟧，一年内禁止参加政府采购活动｜⟦2026/02/03|D⟧｜⟦本溪市平山区财政局|A⟧｜⟦平财罚〔2026〕3号|N⟧
　　禁止参加政府采购活动的期限自处罚决定生效之日起计算。上述记录在“信用中国（辽宁本溪）”网站的公布期限为3年。
　　特此公告。
⟦本溪市平山区财政局|A⟧
⟦2026年2月18日|D⟧
（联系电话：024-42829913；举报邮箱：psqczjcgk@163.com）
''',
        rels=[('PENALIZED', '本溪市平山区财政局', '本溪太子河建设工程有限公司'),
              ('PENALIZED', '本溪市平山区财政局', '辽宁枫叶之都安防科技有限公司'),
              ('PENALIZED', '本溪市平山区财政局', '本溪铁刹山智能工程有限公司'),
              ('BID_ON', '本溪太子河建设工程有限公司', 'BXPS-2025-GC-044'),
              ('BID_ON', '辽宁枫叶之都安防科技有限公司', 'BXPS-2025-HW-061'),
              ('BID_ON', '本溪铁刹山智能工程有限公司', 'BXPS-2025-HW-061')],
        notes=COMMON + [
            'The announcement serial （2026年第2号） is DOC_NO (GUIDELINES: an announcement serial is DOC_NO); 2026年 inside it is not a separate DATE.',
            '至2月 is a month-only range end: not DATE (GUIDELINES needs year+month or month+day; doubtful, it reads as 2026年2月).',
            'Slash dates 2026/01/20 are DATE. Credit codes, the phone and the e-mail are not annotated. 信用中国（辽宁本溪） is a website.',
            'A sanctioning 公告 of the bureau’s own penalties: kind penalty_decision; every listed party PENALIZED; 谋取中标 and 串通投标 give BID_ON.',
        ],
    ),
    dict(
        file='d4-slzs-laibin-xingbin-2026-6.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='来宾市兴宾区财政局',
        body='''
⟦来宾市兴宾区财政局|A⟧
政府采购投诉受理通知书
⟦兴财采投受〔2026〕6号|N⟧
⟦广西桂中鸿图建设集团有限公司|C⟧：
　　你公司于⟦2026年4月7日|D⟧（星期二）16时20分递交的关于⟦兴宾区凤凰镇中心卫生院|A⟧医技综合楼建设项目（采购项目编号：⟦LBXB-2026-G-0037|J⟧；合同包号：第2包）的投诉书及其附件（共计28页）收悉。经审查，该投诉符合《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第十八条、第十九条规定的条件，本机关决定自⟦2026年4月9日|D⟧起受理。
　　本机关将自受理之日起30个工作日内，即于⟦2026年5月22日|D⟧前对投诉事项作出处理决定（需要检验、检测、鉴定、专家评审以及需要投诉人补正材料的，所需时间不计算在投诉处理期限内）。
　　根据该办法第二十八条，本机关已于同日通知采购人⟦来宾市兴宾区凤凰镇中心卫生院|A⟧和采购代理机构⟦广西来宾红水河招标咨询有限公司|C⟧暂停采购活动，暂停期限最长不超过30日（至⟦5月9日|D⟧）。
　　你公司投诉称：⟦2026年3月27日|D⟧公示的第一中标候选人⟦广西红河谷建筑工程有限公司|C⟧拟派⟦项目经理|T⟧⟦韦国华|P⟧（注册编号：桂1452019202100318）在投标截止时（⟦2026年3月20日|D⟧9:00）仍在其他在建项目（合同编号：LZ-SG-2024-0771）任职。
　　如对本通知有异议，请于收到之日起3日内向本机关提出。
　　联系人：⟦覃丽莎|P⟧　联系电话：0772-4212863　传真：0772-4212860
　　地址：来宾市兴宾区中南路99号兴宾区财政局5楼503室
⟦来宾市兴宾区财政局|A⟧
⟦2026年4月9日|D⟧
抄送：⟦来宾市兴宾区凤凰镇中心卫生院|A⟧，⟦广西来宾红水河招标咨询有限公司|C⟧
''',
        aliases={'兴宾区凤凰镇中心卫生院': '来宾市兴宾区凤凰镇中心卫生院'},
        rels=[('BID_ON', '广西红河谷建筑工程有限公司', 'LBXB-2026-G-0037'),
              ('HOLDS_POSITION', '韦国华', '项目经理', '广西红河谷建筑工程有限公司')],
        notes=COMMON + [
            '采购项目编号 is PROJECT_NO; 合同包号 第2包, 注册编号, 合同编号 are not annotated. 星期二 and 16时20分, 9:00 are left out of the DATE spans.',
            'The address line names 兴宾区财政局 inside an address: not annotated (addresses are never annotated). The hospital inside the project name is annotated (short form, aliased).',
            'A 受理通知 is not a decision: kind other; 暂停采购活动 is not a sanction. The complainant is not assumed to have bid; the 中标候选人 is (shortlisted).',
            '至5月9日: 至 left out. 30个工作日内, 30日, 3日内 are durations. Violation alleged: the project manager’s other post (other).',
        ],
    ),
    dict(
        file='d5-xsyshan-jinchang-yongchang-2026-19.txt', fmt='utf-8', kind='other', violations=['interference', 'discriminatory_terms'],
        issuer='永昌县财政局',
        body='''
⟦永昌县财政局|A⟧
⟦永财函〔2026〕19号|N⟧
签发人：⟦马春林|P⟧
关于移送⟦永昌县河西堡镇人民政府|A⟧有关人员违规插手政府采购问题线索的函
⟦中共永昌县纪律检查委员会|A⟧、⟦永昌县监察委员会|A⟧：
　　我局在办理⟦甘肃骊靬文旅建设有限公司|C⟧投诉案件（⟦永财采投〔2026〕2号|N⟧）过程中，发现⟦永昌县河西堡镇人民政府|A⟧⟦副镇长|T⟧⟦陈志宏|P⟧涉嫌违规插手河西堡镇2026年人居环境整治设备采购项目（项目编号：⟦YCX-HXB-2026-003|J⟧，预算金额⟦218万元|M⟧）。
　　一、⟦2026年1月上旬|D⟧，⟦陈志宏|P⟧授意采购代理机构⟦金昌紫金花招标代理有限公司|C⟧⟦工作人员|T⟧⟦杨帆|P⟧在采购文件中设置“须在永昌县设有售后服务网点”等条件。
　　二、⟦2026年1月23日|D⟧开标后，⟦陈志宏|P⟧多次电话联系⟦评审专家|T⟧⟦孔德顺|P⟧（通话记录共11次，时长合计47分钟），要求对⟦金昌祁连山环卫设备有限公司|C⟧“多关照”。该公司最终以⟦2,139,600元|M⟧中标。
　　现将有关线索移送你委，请依规依纪依法处理。
　　附件：1.投诉书及答复材料（1—23页）
　　　　　2.通话记录（调取时间：⟦2026年2月14日|D⟧）
　　联系人：⟦王雪|P⟧　电话：0935-7522419
⟦永昌县财政局|A⟧
⟦2026年2月16日|D⟧
''',
        rels=[('REFERRED', '永昌县财政局', '中共永昌县纪律检查委员会', '永财函〔2026〕19号', '2026年2月16日'),
              ('REFERRED', '永昌县财政局', '永昌县监察委员会', '永财函〔2026〕19号', '2026年2月16日'),
              ('HOLDS_POSITION', '陈志宏', '副镇长', '永昌县河西堡镇人民政府'),
              ('HOLDS_POSITION', '杨帆', '工作人员', '金昌紫金花招标代理有限公司'),
              ('HOLDS_POSITION', '孔德顺', '评审专家', None),
              ('BID_ON', '金昌祁连山环卫设备有限公司', 'YCX-HXB-2026-003')],
        notes=COMMON + [
            'Two-body addressee (纪委 + 监委): one REFERRED to each, with the letter’s number and signature date. 签发人 is a form field.',
            'The complaint case number 永财采投〔2026〕2号 is DOC_NO. The complainant is not assumed to have bid; the winner is. 2026年 in the project name is not DATE.',
            '2026年1月上旬 keeps 上旬 (by analogy with 初). 11次 and 47分钟 are a count and a duration. 1—23页 are page numbers.',
        ],
    ),
]
