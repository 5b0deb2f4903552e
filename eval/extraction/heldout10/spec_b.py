"""heldout10 — a5–a7, b1–b7: 转办函, 协查函, 复函, 办理结果反馈, 情况说明, 移送函, 受理通知, 退回函 (two in traditional characters are
b4; GB18030: a5, b2, b6). Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented.
"""
COMMON = [
    'Registration numbers (收文登记号, 回执编号, 线索编号, 登记号, 受案登记号) are not DOC_NO: they number an entry in a register, '
    'not a document (by analogy with 索引号, the excluded catalogue index). Bulletin issues (第N期) are not DOC_NO.',
    '联系人/经办人/承办人/签收人/签发人 are form fields, not POSITION.',
]

DOCS = [
    dict(
        file='a5-zbh-aba-jwjw-2026-22.txt', fmt='gb18030', kind='other', violations=['bribery', 'discriminatory_terms'],
        issuer='中共阿坝州纪委监委',
        body='''
⟦中共阿坝州纪委监委|A⟧
问题线索转办函
⟦阿纪转〔2026〕22号|N⟧

⟦马尔康市纪委监委|A⟧：
　　⟦阿坝州财政局|A⟧于⟦2026年2月26日|D⟧向我委移送《关于⟦马尔康市卓克基镇人民政府|A⟧办公楼维修项目有关问题的线索》（⟦阿州财函〔2026〕6号|N⟧），反映⟦马尔康市卓克基镇人民政府|A⟧⟦原党委委员|T⟧、⟦副镇长|T⟧⟦杨泽仁|P⟧在该镇办公楼维修项目（采购项目编号：⟦510701-MEK-2025-0093|J⟧）中，要求代理机构⟦四川嘉绒工程项目管理有限公司|C⟧为其亲属控制的⟦马尔康市安和建筑劳务有限公司|C⟧量身设定评分项，并收受该公司⟦负责人|T⟧⟦泽郎多吉|P⟧所送现金⟦3万元|M⟧。
　　根据干部管理权限，现将该问题线索转你委办理。请于⟦2026年4月30日|D⟧前将办理情况报送我委第三纪检监察室。
　　附件：线索材料（共9页）

⟦中共阿坝州纪委监委|A⟧
⟦2026年3月4日|D⟧
（此件不公开）
''',
        rels=[('REFERRED', '阿坝州财政局', '中共阿坝州纪委监委', '阿州财函〔2026〕6号', '2026年2月26日'),
              ('REFERRED', '中共阿坝州纪委监委', '马尔康市纪委监委', '阿纪转〔2026〕22号', '2026年3月4日'),
              ('HOLDS_POSITION', '杨泽仁', '原党委委员', '马尔康市卓克基镇人民政府'),
              ('HOLDS_POSITION', '杨泽仁', '副镇长', '马尔康市卓克基镇人民政府'),
              ('HOLDS_POSITION', '泽郎多吉', '负责人', '马尔康市安和建筑劳务有限公司')],
        notes=COMMON + [
            '我委 as receiver of the financial bureau\'s transfer is resolved to the named issuer 中共阿坝州纪委监委.',
            '原党委委员、副镇长 → 原党委委员 (原 adjacent, kept) + 副镇长, both attached to 杨泽仁.',
            'The clue title in 《》 is case-specific, not LAW; the 镇人民政府 name inside it is annotated.',
            '收受现金 → bribery; 量身设定评分项 → discriminatory_terms (量身定做).',
        ]),
    dict(
        file='a6-xch-yichun-yimei-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='伊春市伊美区财政局',
        body='''
⟦伊春市伊美区财政局|A⟧
协助调查函
⟦伊美财协〔2026〕4号|N⟧

⟦鹤岗市向阳区市场监督管理局|A⟧：
　　我局在处理⟦伊春市伊美区第二小学|A⟧教学设备采购项目（项目编号：⟦YMQ-ZFCG-2025-118|J⟧）投诉过程中，发现中标供应商⟦鹤岗市兴泰科教设备有限公司|C⟧（住所地：鹤岗市向阳区红军路57号）提交的近三年无重大违法记录声明及营业执照存在疑点。该公司在投标文件中称其成立于⟦2015年6月|D⟧，注册资本⟦500万元|M⟧，而我局查询国家企业信用信息公示系统显示的成立日期为⟦2023年9月11日|D⟧。
　　为查明事实，请贵局协助核实以下事项：
　　1.该公司登记注册的成立日期、注册资本及历次变更情况；
　　2.该公司⟦法定代表人|T⟧⟦孙宏亮|P⟧是否同时担任其他企业的法定代表人或股东；
　　3.该公司是否曾被列入经营异常名录。
　　请于收函后10个工作日内书面回复。感谢支持！
　　联系人：⟦于海涛|P⟧　联系电话：0458-3605512

⟦伊春市伊美区财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('HOLDS_POSITION', '孙宏亮', '法定代表人', '鹤岗市兴泰科教设备有限公司'),
              ('LEGAL_REP', '孙宏亮', '鹤岗市兴泰科教设备有限公司'),
              ('BID_ON', '鹤岗市兴泰科教设备有限公司', 'YMQ-ZFCG-2025-118')],
        unmarked=['法定代表人'],
        notes=COMMON + [
            'A request for assistance (协助调查函) transfers no case or clue: not REFERRED (as dev18 decided for 协助调查函).',
            'The second 法定代表人 (…的法定代表人或股东) is generic, not attached to a person: not annotated. The address after 住所地 is not annotated.',
            'Violation: false_materials (suspected false declaration and licence data).',
        ]),
    dict(
        file='a7-fh-hegang-xiangyang-scjg-2026-7.txt', fmt='utf-8', kind='other', violations=[],
        issuer='鹤岗市向阳区市场监督管理局',
        body='''
⟦鹤岗市向阳区市场监督管理局|A⟧关于协助核实⟦鹤岗市兴泰科教设备有限公司|C⟧登记信息的复函
⟦向市监函〔2026〕7号|N⟧

⟦伊春市伊美区财政局|A⟧：
　　贵局《协助调查函》（⟦伊美财协〔2026〕4号|N⟧）收悉。经查询我局登记档案，现将有关情况函复如下：
　　一、⟦鹤岗市兴泰科教设备有限公司|C⟧成立于⟦2023年9月11日|D⟧，注册资本人民币⟦100万元|M⟧，⟦2025年4月|D⟧曾变更经营范围，未变更过注册资本；
　　二、该公司⟦法定代表人|T⟧⟦孙宏亮|P⟧同时担任⟦鹤岗市宏亮商贸有限公司|C⟧⟦执行董事|T⟧，并持有⟦鹤岗市宏亮商贸有限公司|C⟧60%股权；
　　三、该公司因通过登记的住所无法联系，已于⟦2025年10月20日|D⟧被我局列入经营异常名录（⟦向市监异〔2025〕第133号|N⟧），目前尚未移出。
　　特此函复。

⟦鹤岗市向阳区市场监督管理局|A⟧（公章）
⟦2026年3月12日|D⟧
''',
        rels=[('HOLDS_POSITION', '孙宏亮', '法定代表人', '鹤岗市兴泰科教设备有限公司'),
              ('HOLDS_POSITION', '孙宏亮', '执行董事', '鹤岗市宏亮商贸有限公司'),
              ('LEGAL_REP', '孙宏亮', '鹤岗市兴泰科教设备有限公司')],
        unmarked=[],
        notes=COMMON + [
            'A 复函 to a request for assistance: not REFERRED. 经营异常名录 listing is not a sanction: not PENALIZED (as in dev18).',
            'The 经营异常 decision number 向市监异〔2025〕第133号 is DOC_NO (a decision number). 60% is a rate, not MONEY.',
            'No violation is characterised in the reply itself: violations empty.',
        ]),
    dict(
        file='b1-fk-fangchenggang-gangkou-jwjw-2026-5.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='中共防城港市港口区纪律检查委员会',
        body='''
⟦中共防城港市港口区纪律检查委员会|A⟧
⟦防城港市港口区监察委员会|A⟧

关于问题线索办理结果的反馈函

⟦港纪函〔2026〕5号|N⟧

⟦防城港市港口区财政局|A⟧：
　　你局⟦2025年11月7日|D⟧以《关于移送⟦港口区企沙镇卫生院|A⟧采购问题线索的函》（⟦港财函〔2025〕41号|N⟧）移送我委监委的问题线索已办结。现将办理结果反馈如下：
　　经查，⟦港口区企沙镇卫生院|A⟧⟦院长|T⟧⟦黄德福|P⟧在2024年至2025年间，将单项预算⟦42万元|M⟧的医疗设备购置拆分为4次采购，规避政府采购程序，由其熟人经营的⟦防城港市海港医疗器械经营部|C⟧供货。⟦黄德福|P⟧的行为属于不正确履行职责。⟦2026年1月22日|D⟧，经⟦区纪委常委会|A⟧会议研究，决定给予⟦黄德福|P⟧党内警告处分；⟦区监委|A⟧给予该院⟦副院长|T⟧⟦苏晓玲|P⟧政务警告处分。
　　对该院未履行政府采购程序的问题，建议你局依照《⟦中华人民共和国政府采购法|L⟧》依法处理并督促整改。

⟦中共防城港市港口区纪律检查委员会|A⟧
⟦防城港市港口区监察委员会|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[('REFERRED', '防城港市港口区财政局', '中共防城港市港口区纪律检查委员会', '港财函〔2025〕41号', '2025年11月7日'),
              ('REFERRED', '防城港市港口区财政局', '防城港市港口区监察委员会', '港财函〔2025〕41号', '2025年11月7日'),
              ('PENALIZED', '区纪委常委会', '黄德福'),
              ('PENALIZED', '区监委', '苏晓玲'),
              ('HOLDS_POSITION', '黄德福', '院长', '港口区企沙镇卫生院'),
              ('HOLDS_POSITION', '苏晓玲', '副院长', '港口区企沙镇卫生院')],
        aliases={'区监委': '防城港市港口区监察委员会'},
        notes=COMMON + [
            '我委监委 (receiver) is resolved to the two bodies of the joint header, one REFERRED each.',
            'Multi-stage rule: 经⟦区纪委常委会|A⟧会议研究，决定给予 → PENALIZED from 区纪委常委会 (level-prefixed, annotated AGENCY). '
            '区监委 gives 政务警告 → PENALIZED. 区监委 is aliased to the header body 防城港市港口区监察委员会; 区纪委常委会 is an organ of the 纪委, not the same entity, so it has no alias (as in c3).',
            'The suggested handling by the 财政局 is not a transfer and not a penalty. 2024年至2025年 is year-level: not DATE.',
        ]),
    dict(
        file='b2-qksm-chongzuo-jiangzhou-jyzx-2026.txt', fmt='gb18030', kind='other', violations=['other'],
        issuer='崇左市江州区公共资源交易中心',
        body='''
关于⟦江州区人民医院|A⟧污水处理设备采购项目
开标异常有关情况的说明

⟦崇左市江州区财政局|A⟧：
　　根据贵局⟦3月18日|D⟧电话要求，现将⟦江州区人民医院|A⟧污水处理设备采购项目（项目编号：⟦CZJZ-2026-G0012|J⟧）开标异常情况说明如下：
　　一、该项目于⟦2026年3月13日|D⟧上午9时30分在我中心第3开标室开标。共有⟦广西左江环保科技有限公司|C⟧、⟦崇左市清源水务设备有限公司|C⟧、⟦崇左博川环境工程有限公司|C⟧3家供应商递交响应文件。
　　二、开标过程中，电子交易系统在解密环节出现故障，持续约47分钟。其间⟦崇左博川环境工程有限公司|C⟧⟦授权代表|T⟧⟦覃立伟|P⟧离开开标室，11时05分返回后该公司文件解密成功。
　　三、经调取系统日志，故障系服务器证书过期所致，与供应商无关。我中心已于当日向⟦广西壮族自治区公共资源交易中心|A⟧报告，并委托技术服务商⟦广西数智招采信息技术有限公司|C⟧完成修复。
　　四、因该项目有供应商对开标程序提出质疑，代理机构⟦广西中正招标代理有限公司|C⟧已暂停评审。相关视频监控资料（共2段）一并报送贵局。
　　特此说明。

⟦崇左市江州区公共资源交易中心|A⟧
⟦2026年3月19日|D⟧
''',
        rels=[('BID_ON', '广西左江环保科技有限公司', 'CZJZ-2026-G0012'),
              ('BID_ON', '崇左市清源水务设备有限公司', 'CZJZ-2026-G0012'),
              ('BID_ON', '崇左博川环境工程有限公司', 'CZJZ-2026-G0012'),
              ('HOLDS_POSITION', '覃立伟', '授权代表', '崇左博川环境工程有限公司')],
        notes=COMMON + [
            '情况说明 answering a phone request: sending video material to the requesting bureau is a report, not a transfer of a case or clue — '
            'not REFERRED (doubtful). Reporting the fault to the regional centre is not REFERRED either.',
            '授权代表 of a named supplier followed by a name: POSITION (the procurement role 投标授权代表 / 授权代理人 written short).',
            'Violation: other (procedural anomaly at bid opening; no misconduct characterised beyond a 质疑).',
            '江州区人民医院 in the title and in the project name: annotated AGENCY each time.',
        ]),
    dict(
        file='b3-ysh-hotan-shi-sjj-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='和田市审计局',
        body='''
⟦和田市审计局|A⟧

关于移送⟦和田市水利局|A⟧灌区节水改造工程招投标问题线索的函

⟦和审移函〔2026〕2号|N⟧

⟦和田市公安局|A⟧：
　　根据《⟦和田市审计局2026年度审计项目计划|L⟧》，我局于⟦2025年12月1日|D⟧至⟦2026年1月23日|D⟧对⟦和田市水利局|A⟧2023至2024年度重点水利项目资金管理使用情况进行了审计（审计通知书：⟦和审通〔2025〕38号|N⟧）。审计发现：
　　灌区节水改造工程（招标编号：⟦HTSL-2024-SG06|J⟧，中标价⟦2,318.65万元|M⟧）的投标人⟦新疆昆仑水利水电工程有限公司|C⟧、⟦和田鑫源建设工程有限责任公司|C⟧和⟦新疆玉河建筑安装有限公司|C⟧的投标保证金均由同一账户转出，三家公司的商务标中有11处相同错误；中标人⟦新疆昆仑水利水电工程有限公司|C⟧在中标后⟦2024年8月|D⟧至⟦2024年10月|D⟧向另外两家公司各转账⟦18万元|M⟧，备注为“咨询费”。上述情况涉嫌串通投标犯罪。另据该公司⟦财务人员|T⟧⟦阿布都热合曼·吐尔逊|P⟧陈述，公司曾向⟦和田市水利局工程管理科|A⟧⟦原科长|T⟧⟦李振华|P⟧支付“辛苦费”。
　　依据《⟦中华人民共和国审计法|L⟧》第五十二条，现将上述问题线索移送你局依法查处，涉及公职人员的部分已同步移送⟦和田市纪委监委|A⟧。请将查处结果函告我局。

　　附件：1.审计取证单（编号HS-QZ-2026-017至HS-QZ-2026-024）
　　　　　2.银行流水复印件

⟦和田市审计局|A⟧
⟦2026年2月10日|D⟧
（联系人：⟦艾尔肯|P⟧　电话：0903-2031946）
''',
        rels=[('REFERRED', '和田市审计局', '和田市公安局', '和审移函〔2026〕2号', '2026年2月10日'),
              ('REFERRED', '和田市审计局', '和田市纪委监委'),
              ('BID_ON', '新疆昆仑水利水电工程有限公司', 'HTSL-2024-SG06'),
              ('BID_ON', '和田鑫源建设工程有限责任公司', 'HTSL-2024-SG06'),
              ('BID_ON', '新疆玉河建筑安装有限公司', 'HTSL-2024-SG06'),
              ('HOLDS_POSITION', '李振华', '原科长', '和田市水利局工程管理科'),
              ('HOLDS_POSITION', '阿布都热合曼·吐尔逊', '财务人员', '新疆昆仑水利水电工程有限公司')],
        notes=COMMON + [
            '《和田市审计局2026年度审计项目计划》: a normative work plan in 《》 → LAW (GUIDELINES: plans are LAW); no AGENCY inside.',
            '和田市水利局工程管理科原科长 → AGENCY (maximal, with the named sub-unit) + 原科长 (原 adjacent, kept).',
            'The parallel transfer to 和田市纪委监委 (已同步移送) is REFERRED without number or date.',
            '该公司财务人员 + name: staff role attached to a named person → POSITION (like 工作人员; doubtful), org = the 中标人 (该公司).',
            '2023至2024年度 is year-level: not DATE. The audit period ends 2025年12月1日 / 2026年1月23日 are two DATEs. 取证单编号 is not DOC_NO.',
        ]),
    dict(
        file='b4-bljgfk-tacheng-gaj-2026-3-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='塔城市公安局',
        body='''
⟦塔城市公安局|A⟧
關於⟦塔城市財政局|A⟧移送線索辦理情況的回饋函
⟦塔公經函〔2026〕3號|N⟧

⟦塔城市財政局|A⟧：
　　貴局於⟦2025年9月24日|D⟧移送的⟦塔城市第一中學|A⟧學生公寓傢俱採購項目（項目編號：⟦TCCG-2025-0271|J⟧）涉嫌串通投標線索（⟦塔財函〔2025〕19號|N⟧），我局經偵大隊於⟦2025年10月9日|D⟧立案偵查。現將辦理情況回饋如下：
　　經查，⟦新疆額敏河傢俱製造有限公司|C⟧實際控制人⟦吳建平|P⟧借用⟦塔城市遠航辦公設備有限公司|C⟧、⟦烏蘇市匯鑫商貿有限公司|C⟧資質參與投標，代為製作投標文件並支付投標保證金，中標金額⟦人民幣137.6萬元|M⟧。⟦2026年1月15日|D⟧，本案偵查終結，以⟦吳建平|P⟧涉嫌串通投標罪移送⟦塔城市人民檢察院|A⟧審查起訴（起訴意見書：⟦塔公（經）訴字〔2026〕2號|N⟧）。
　　⟦2026年3月2日|D⟧，⟦塔城市人民法院|A⟧以串通投標罪判處⟦吳建平|P⟧有期徒刑一年，緩刑一年六個月，並處罰金⟦人民幣10萬元|M⟧。
　　特此函告。

⟦塔城市公安局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[('REFERRED', '塔城市財政局', '塔城市公安局', '塔財函〔2025〕19號', '2025年9月24日'),
              ('REFERRED', '塔城市公安局', '塔城市人民檢察院', '塔公（經）訴字〔2026〕2號', '2026年1月15日'),
              ('PENALIZED', '塔城市人民法院', '吳建平'),
              ('BID_ON', '新疆額敏河傢俱製造有限公司', 'TCCG-2025-0271'),
              ('BID_ON', '塔城市遠航辦公設備有限公司', 'TCCG-2025-0271'),
              ('BID_ON', '烏蘇市匯鑫商貿有限公司', 'TCCG-2025-0271')],
        notes=COMMON + [
            'Traditional characters, spans as written.',
            '實際控制人 is not in the POSITION list and is a control relation: not annotated (doubtful).',
            '移送塔城市人民檢察院審查起訴 → REFERRED 公安局 → 檢察院, date 2026年1月15日, evidence the 起訴意見書 number (the document the case is transferred with; doubtful).',
            'The sentence by the named court is PENALIZED. BID_ON for 額敏河 (it bid through borrowed qualifications — doubtful) and the two '
            'companies whose qualifications were used (their names were on the bids).',
        ]),
    dict(
        file='b5-zbh-ziyang-yanjiang-fgj-2026-6.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='资阳市雁江区发展和改革局',
        body='''
⟦资阳市雁江区发展和改革局|A⟧
转办函

⟦雁发改函〔2026〕6号|N⟧

⟦区住房和城乡建设局|A⟧：
　　⟦2026年2月27日|D⟧，我局收到群众来信，反映⟦雁江区保和镇人民政府|A⟧实施的保和镇场镇污水管网提升工程（估算投资约⟦680万元|M⟧）未经招标，由镇政府直接指定⟦资阳市沱江路桥建设有限公司|C⟧施工，且开工时间（⟦2025年11月|D⟧）早于立项批复时间（⟦2026年1月8日|D⟧）。
　　经初步核实，该工程为房屋建筑和市政基础设施工程，按照职责分工，对其招标投标活动的监督由你局负责。现将群众来信（共3页）转你局依法调查处理，并请将处理结果于30日内告知来信人，同时抄告我局。
　　信访件编号：YJFG-XF-2026-0058

⟦资阳市雁江区发展和改革局|A⟧
⟦2026年3月3日|D⟧
抄送：⟦资阳市雁江区人民政府办公室|A⟧
''',
        rels=[('REFERRED', '资阳市雁江区发展和改革局', '区住房和城乡建设局', '雁发改函〔2026〕6号', '2026年3月3日')],
        notes=COMMON + [
            '区住房和城乡建设局 (level-prefixed, no place name) is AGENCY; no fuller name appears, so no alias.',
            '镇政府 (bare, no place) is anaphoric: not annotated. 信访件编号 is a register number: not DOC_NO. 抄送 is not REFERRED.',
            '施工早于立项 / 未经招标直接指定 → no_procurement.',
        ]),
    dict(
        file='b6-slzs-wenshan-yanshan-czj-2026-2.txt', fmt='gb18030', kind='other', violations=['no_procurement', 'other'],
        issuer='砚山县财政局',
        body='''
⟦砚山县财政局|A⟧
受理通知书
⟦砚财受〔2026〕2号|N⟧

⟦砚山县审计局|A⟧：
　　你局⟦2026年3月6日|D⟧送达的《审计移送处理书》（⟦砚审移〔2026〕1号|N⟧）收悉。你局在对⟦砚山县农业农村局|A⟧2025年度预算执行情况审计中发现，该局高标准农田建设项目监理服务（合同金额⟦87.2万元|M⟧）未履行政府采购程序，直接委托⟦云南滇东南工程监理咨询有限公司|C⟧实施；另有⟦县农业农村局|A⟧下属⟦砚山县农业技术推广中心|A⟧采购农资时未按规定在云南省政府采购网公开采购意向。
　　经审查，上述事项属于我局政府采购监督管理职责范围，我局决定予以受理，并已于⟦2026年3月9日|D⟧启动调查程序。调查处理结果将按规定函告你局。
　　承办科室：政府采购监督管理股
　　承办人：⟦陆文昌|P⟧、⟦王春梅|P⟧

⟦砚山县财政局|A⟧
⟦2026年3月10日|D⟧
''',
        rels=[('REFERRED', '砚山县审计局', '砚山县财政局', '砚审移〔2026〕1号', '2026年3月6日')],
        aliases={'县农业农村局': '砚山县农业农村局'},
        notes=COMMON + [
            'Receipt date 2026年3月6日 (送达) is used as the transfer date: the 审计移送处理书 is delivered that day (doubtful: it may be the '
            'receipt rather than the sending date).',
            '县农业农村局 (level-prefixed) is AGENCY, alias of 砚山县农业农村局. 云南省政府采购网 is a website: not annotated. '
            '政府采购监督管理股 is an unnamed internal unit: not annotated.',
            'Violations: no_procurement (未履行政府采购程序); other (未公开采购意向).',
        ]),
    dict(
        file='b7-thh-ganzi-kangding-jw-2026-1.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='康定市纪委监委',
        body='''
⟦康定市纪委监委|A⟧关于退回问题线索的函
⟦康纪函〔2026〕1号|N⟧

⟦康定市财政局|A⟧：
　　你局⟦2025年12月29日|D⟧移送的反映⟦康定市姑咱镇中心小学|A⟧⟦校长|T⟧⟦罗布|P⟧在学校食堂食材配送服务采购中收受供应商好处的问题线索（⟦康财函〔2025〕27号|N⟧）收悉。
　　经审核，该线索存在以下问题：一是未注明反映人及线索来源；二是所附《食材配送服务合同》缺少签字页，无法确认供应商⟦甘孜州康巴雪域农业开发有限公司|C⟧的签约主体；三是未附该采购项目的采购文件和评审报告。根据线索处置有关规定，现将线索材料退回你局，请补充完善后重新移送。
　　附：原移送材料（共6页）

⟦康定市纪委监委|A⟧
⟦2026年1月12日|D⟧
''',
        rels=[('REFERRED', '康定市财政局', '康定市纪委监委', '康财函〔2025〕27号', '2025年12月29日'),
              ('REFERRED', '康定市纪委监委', '康定市财政局', '康纪函〔2026〕1号', '2026年1月12日'),
              ('HOLDS_POSITION', '罗布', '校长', '康定市姑咱镇中心小学')],
        notes=COMMON + [
            'Return of a clue: both the original transfer and the return are REFERRED (the same convention as a4).',
            '《食材配送服务合同》 is a contract, not LAW. 收受好处 is alleged → bribery.',
        ]),
]
