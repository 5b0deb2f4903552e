"""heldout13 — documents h01–h07: referral-chain letters (移送函, 回执, 受理通知, 转办函, 退回函, 协查函, 复函). All invented."""

DOCS = [
    dict(
        file='h01-ysh-kuche-czj-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='库车市财政局',
        body='''
⟦库车市财政局|A⟧
⟦库财函〔2026〕7号|N⟧

关于移送⟦库车市第三中学|A⟧食堂设备采购项目串通投标问题线索的函

⟦库车市纪委监委|A⟧：
　　我局在处理⟦库车市第三中学|A⟧食堂设备采购项目（项目编号：⟦KCZC-2025-118|J⟧）投诉过程中发现，投标人⟦库车天润厨具设备有限公司|C⟧与⟦新疆西域恒泰商贸有限公司|C⟧的投标文件由同一单位人员编制，报价呈规律性差异，两公司⟦法定代表人|T⟧⟦艾力·买买提|P⟧与⟦周晓鹏|P⟧系亲属关系。另据投诉人反映，⟦库车市第三中学|A⟧⟦总务主任|T⟧⟦韩立军|P⟧在开标前曾向⟦天润公司|C⟧透露预算金额⟦86.4万元|M⟧。
　　上述问题涉嫌违反《⟦中华人民共和国政府采购法|L⟧》第二十五条，部分问题超出我局职责范围。根据有关规定，现将相关线索及材料移送你委，请依规处理，并将处理结果函告我局。

　　附件：1.投诉书复印件；2.开标记录；3.投标文件比对情况

⟦库车市财政局|A⟧
⟦2026年3月9日|D⟧
（联系人：⟦王婷|P⟧，电话：0997-7121308）
''',
        rels=[('REFERRED', '库车市财政局', '库车市纪委监委', '库财函〔2026〕7号', '2026年3月9日'),
              ('BID_ON', '库车天润厨具设备有限公司', 'KCZC-2025-118'),
              ('BID_ON', '新疆西域恒泰商贸有限公司', 'KCZC-2025-118'),
              ('HOLDS_POSITION', '韩立军', '总务主任', '库车市第三中学')],
        aliases={'天润公司': '库车天润厨具设备有限公司'},
        unmarked=[],
        notes=['两公司法定代表人艾力·买买提与周晓鹏: the text does not say which person heads which company, so no LEGAL_REP or '
               'HOLDS_POSITION pairing (doubtful); the POSITION span is kept since it is attached to named persons.',
               '库车市第三中学 inside the project name is annotated (GUIDELINES §2.3). 联系人 is not POSITION.'],
    ),
    dict(
        file='h02-hz-qufu-gaj-2026-12.txt', fmt='utf-8', kind='other', violations=[],
        issuer='曲阜市公安局',
        body='''
回　执

⟦曲阜市审计局|A⟧：
　　你局⟦2026年1月22日|D⟧以⟦曲审移〔2026〕2号|N⟧《审计移送处理书》移送的⟦曲阜市书院街道办事处|A⟧老旧小区改造工程涉嫌虚开发票、骗取财政资金问题线索材料一宗（共3册，计214页），我局已于⟦2026年1月26日|D⟧收到。
　　经审查，我局已将该线索交⟦曲阜市公安局经济犯罪侦查大队|A⟧办理，办理情况另行反馈。

　　经办人：⟦孔德平|P⟧　　接收人：⟦颜雪|P⟧

⟦曲阜市公安局|A⟧（印）
⟦2026年1月27日|D⟧
回执编号：QF-HZ-2026-012
''',
        rels=[('REFERRED', '曲阜市审计局', '曲阜市公安局', '曲审移〔2026〕2号', '2026年1月22日')],
        notes=['The receipt carries the incoming transfer: 审计局 → 公安局, with the sender number and the transfer date (receipt date '
               '2026年1月26日 not used). 回执编号 is a register serial, not DOC_NO (DECISIONS). Assignment to its own 经侦大队 is internal, '
               'not REFERRED. 经办人/接收人 are not POSITION. 审计移送处理书 is not LAW (no 《》 content annotated).',
               '曲阜市书院街道办事处 inside the project name is annotated (GUIDELINES §2.3).'],
    ),
    dict(
        file='h03-slzz-zoucheng-jwjw-2026-5.txt', fmt='gb18030', kind='other', violations=['bribery'],
        issuer='中共邹城市纪律检查委员会',
        body='''
⟦中共邹城市纪律检查委员会|A⟧
⟦邹城市监察委员会|A⟧
受理问题线索通知书
⟦邹纪受〔2026〕5号|N⟧

⟦邹城市发展和改革局|A⟧：
　　你局⟦2026年2月3日|D⟧《关于移送邹城市城区供热管网改造项目评标专家涉嫌收受好处费问题线索的函》（⟦邹发改函〔2026〕9号|N⟧）及所附材料收悉。
　　经研究，该问题线索（涉及⟦评标专家|T⟧⟦孟繁星|P⟧，⟦邹城市城乡建设服务中心|A⟧⟦高级工程师|T⟧）符合我委受理范围，我委已予受理，将按照规定程序办理。在办理期间，请你局注意保密，不得向被反映人透露相关情况。如有新的线索，请及时移送。
　　特此通知。

⟦中共邹城市纪律检查委员会|A⟧
⟦邹城市监察委员会|A⟧
⟦2026年2月11日|D⟧
''',
        rels=[('REFERRED', '邹城市发展和改革局', '中共邹城市纪律检查委员会', '邹发改函〔2026〕9号', '2026年2月3日'),
              ('REFERRED', '邹城市发展和改革局', '邹城市监察委员会', '邹发改函〔2026〕9号', '2026年2月3日'),
              ('HOLDS_POSITION', '孟繁星', '评标专家', None),
              ('HOLDS_POSITION', '孟繁星', '高级工程师', '邹城市城乡建设服务中心')],
        unmarked=['评标专家'],
        notes=['Joint issuer (纪委 + 监委): issuer the first-listed body; the incoming transfer is recorded to both receivers.',
               'The quoted title of the 发改局 letter is not LAW (a case document). 评标专家 attached to 孟繁星 is POSITION with org null '
               '(experts are drawn from a pool); 高级工程师 is his post at the 服务中心 (POSITION, doubtful: a professional title).'],
    ),
    dict(
        file='h04-zbh-jining-jw-2026-21.txt', fmt='utf-8', kind='other', violations=['interference', 'no_procurement'],
        issuer='济宁市纪委监委',
        body='''
⟦济宁市纪委监委|A⟧信访举报转办函
⟦济纪转〔2026〕21号|N⟧

⟦微山县纪委监委|A⟧：
　　现将反映⟦微山县水务局|A⟧⟦原副局长|T⟧⟦殷保国|P⟧在南四湖湖东堤加固配套工程中违规插手干预工程发包、将应当公开招标的项目拆分后直接发包给⟦济宁鲁润水利建设有限公司|C⟧的举报件1件转你委办理。
　　请你委按照有关规定认真核查，于⟦2026年5月31日|D⟧前将办理结果报送⟦济宁市纪委监委信访室|A⟧。

⟦济宁市纪委监委|A⟧
⟦2026年3月2日|D⟧
信访件编号：JN20260302-0417
''',
        rels=[('REFERRED', '济宁市纪委监委', '微山县纪委监委', '济纪转〔2026〕21号', '2026年3月2日'),
              ('HOLDS_POSITION', '殷保国', '原副局长', '微山县水务局')],
        notes=['A 转办函 of a 举报件 is a REFERRED (as dev19 b4). The report-back deadline is not the transfer date. 信访件编号 not DOC_NO.',
               '原副局长 written after the agency name: 原 is adjacent and kept (GUIDELINES).'],
    ),
    dict(
        file='h05-thh-weixian-czj-2026-3.txt', fmt='utf-8', kind='other', violations=[],
        issuer='蔚县财政局',
        body='''
关于退回《⟦蔚县公共资源交易中心|A⟧关于移送异常投标线索的函》的函
⟦蔚财函〔2026〕3号|N⟧

⟦蔚县公共资源交易中心|A⟧：
　　你中心⟦2026年1月15日|D⟧移送的蔚县农村供水保障工程（二期）异常投标线索（⟦蔚交易函〔2026〕1号|N⟧）收悉。经审查，该项目为依法必须招标的水利工程建设项目，不属于政府采购项目，其招标投标活动的行政监督职责依法由⟦蔚县水利局|A⟧和⟦蔚县发展改革局|A⟧承担，不属于我局管辖范围。
　　根据《⟦河北省招标投标监督管理办法|L⟧》有关规定，现将该线索材料原件退回你中心，建议你中心按照职责分工另行移送有关行政监督部门。

　　附件：线索材料原件（共1册）

⟦蔚县财政局|A⟧
⟦2026年1月20日|D⟧
''',
        rels=[('REFERRED', '蔚县公共资源交易中心', '蔚县财政局', '蔚交易函〔2026〕1号', '2026年1月15日')],
        notes=['The 退回 itself is not REFERRED (DECISIONS); the original transfer it answers is recorded (交易中心 → 财政局, with its number '
               'and date). 建议…另行移送 is a suggestion, not REFERRED.',
               'The title quoted in 《》 is a case letter, not LAW; the 交易中心 name inside it is annotated (GUIDELINES §2.3). '
               '建议…移送有关行政监督部门 is no relation.'],
    ),
    dict(
        file='h06-xch-linshi-sjj-2026-4.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='灵石县审计局',
        body="""
⟦灵石县审计局|A⟧
协助调查函
⟦灵审协〔2026〕4号|N⟧

⟦孝义市市场监督管理局|A⟧：
　　我局在对⟦灵石县卫生健康和体育局|A⟧2025年度预算执行情况进行审计时发现，⟦孝义市康博医疗器械有限公司|C⟧（统一社会信用代码91140781MA0K3R2X5Q）在⟦灵石县人民医院|A⟧彩超设备采购项目（项目编号：⟦LSCG2025-0307|J⟧）中提供的医疗器械经营许可证及两份类似业绩合同存在疑点。为核实有关情况，请贵局协助查询：
　　一、该公司⟦2023年6月|D⟧至⟦2025年8月|D⟧期间的登记、变更及许可信息；
　　二、该公司⟦法定代表人|T⟧⟦任晓峰|P⟧是否同时在其他医疗器械经营企业任职或持股。
　　请于⟦2026年4月20日|D⟧前将协查结果函复我局。

⟦灵石县审计局|A⟧
⟦2026年4月7日|D⟧
""",
        rels=[('BID_ON', '孝义市康博医疗器械有限公司', 'LSCG2025-0307'),
              ('LEGAL_REP', '任晓峰', '孝义市康博医疗器械有限公司'),
              ('HOLDS_POSITION', '任晓峰', '法定代表人', '孝义市康博医疗器械有限公司')],
        notes=['A 协查函 is not REFERRED (DECISIONS). 灵石县人民医院 inside the project name is AGENCY (GUIDELINES §2.3).',
               'BID_ON: the company supplied bid materials in the numbered project (took part).', 'Credit code not DOC_NO.'],
    ),
    dict(
        file='h07-fh-xiaoyi-scjg-2026-11.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='孝义市市场监督管理局',
        body="""
⟦孝义市市场监督管理局|A⟧
关于协助调查有关企业登记情况的复函
⟦介市监函〔2026〕11号|N⟧

⟦灵石县审计局|A⟧：
　　你局《协助调查函》（⟦灵审协〔2026〕4号|N⟧）收悉。经查询国家企业信用信息公示系统及我局登记档案，现将有关情况函复如下：
　　一、⟦孝义市康博医疗器械有限公司|C⟧成立于⟦2019年11月5日|D⟧，注册资本⟦人民币500万元|M⟧，⟦法定代表人|T⟧⟦任晓峰|P⟧。⟦2024年3月18日|D⟧该公司经营范围增加第三类医疗器械经营，我局未向其核发第三类医疗器械经营许可证，你局所附许可证（编号晋孝食药监械经营许20240057号）经比对非我局核发。
　　二、⟦任晓峰|P⟧同时担任⟦孝义市瑞德医疗科技有限公司|C⟧⟦监事|T⟧，并持有该公司30%股权。
　　我局已对⟦康博公司|C⟧涉嫌使用伪造许可证问题立案调查，处理结果另行告知。

⟦孝义市市场监督管理局|A⟧
⟦2026年4月16日|D⟧
""",
        rels=[('LEGAL_REP', '任晓峰', '孝义市康博医疗器械有限公司'),
              ('HOLDS_POSITION', '任晓峰', '法定代表人', '孝义市康博医疗器械有限公司'),
              ('HOLDS_POSITION', '任晓峰', '监事', '孝义市瑞德医疗科技有限公司')],
        aliases={'康博公司': '孝义市康博医疗器械有限公司'},
        notes=['A 复函 is not REFERRED. 立案调查 is not PENALIZED. The forged licence number is a certificate number, not DOC_NO.',
               '监事 is POSITION (a corporate role attached to a named person).'],
    ),
]
