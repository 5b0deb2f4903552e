"""heldout9 — documents h01–h09 (referral-chain letters), inline ⟦text|L⟧ marks.
Chains: 利川 (Hubei 恩施) h01–h03; 宁国 (Anhui 宣城) h04–h05; 宜州区 (Guangxi 河池) h06–h07; 建瓯 (Fujian 南平) h08–h09.
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

DOCS = [
    dict(
        file='h01-xsyshan-lichuan-czj-2026-41.txt', fmt='utf-8', kind='other', violations=['interference'],
        issuer='利川市财政局',
        body='''
⟦利川市财政局|A⟧
关于移送⟦利川市教育局|A⟧某采购项目问题线索的函
⟦利财函〔2026〕41号|N⟧

⟦中共利川市纪律检查委员会|A⟧、⟦利川市监察委员会|A⟧：
　　我局在办理⟦湖北卓鸿教学设备有限公司|C⟧对“利川市2026年义务教育学校录播教室设备采购项目”（项目编号：⟦LCZC-2026-0093|J⟧）的投诉过程中，发现以下问题线索，涉及公职人员，不属于我局管辖范围，现按照《⟦恩施州政府采购监督管理联动工作机制|L⟧》有关规定移送你委。
　　一、该项目采购人为⟦利川市教育局|A⟧，代理机构为⟦恩施州宏达招标代理有限公司|C⟧。⟦2026年3月12日|D⟧开标，共5家供应商参与，预算金额⟦287.5万元|M⟧。
　　二、投诉人反映，开标前一周⟦利川市教育局装备站|A⟧⟦站长|T⟧⟦向日东|P⟧曾多次与参与投标的⟦利川市鑫源科教器材有限公司|C⟧⟦法定代表人|T⟧⟦覃永刚|P⟧通话并见面，评审中该公司技术部分得分明显偏高。我局调取评审录像发现，⟦采购人代表|T⟧⟦谭雪梅|P⟧在评审现场向评审专家介绍“本单位已使用过该品牌设备”，存在倾向性发言。
　　三、经评审，⟦鑫源科教器材有限公司|C⟧最终以⟦2,836,400元|M⟧中标，合同尚未签订。
　　上述情况可能涉及公职人员违规插手干预政府采购活动，请你委依规依纪依法处理，并将处理结果函告我局。

　　附件：1.投诉书及证据材料（复印件）共23页
　　　　　2.评审现场录像截图说明1份
　　　　　3.询问笔录2份

⟦利川市财政局|A⟧
⟦2026年4月8日|D⟧
（联系人：⟦冉光丽|P⟧，联系电话：0718-7212365）
''',
        rels=[('REFERRED', '利川市财政局', '中共利川市纪律检查委员会', '利财函〔2026〕41号', '2026年4月8日'),
              ('REFERRED', '利川市财政局', '利川市监察委员会', '利财函〔2026〕41号', '2026年4月8日'),
              ('HOLDS_POSITION', '向日东', '站长', '利川市教育局装备站'),
              ('HOLDS_POSITION', '覃永刚', '法定代表人', '利川市鑫源科教器材有限公司'),
              ('LEGAL_REP', '覃永刚', '利川市鑫源科教器材有限公司'),
              ('HOLDS_POSITION', '谭雪梅', '采购人代表', '利川市教育局'),
              ('BID_ON', '利川市鑫源科教器材有限公司', 'LCZC-2026-0093')],
        aliases={'鑫源科教器材有限公司': '利川市鑫源科教器材有限公司'},
        notes=['Letter addressed jointly to the 纪委 and the 监委: one REFERRED per addressee body; date = the letter date (现…移送).',
               'The complainant 湖北卓鸿教学设备有限公司 is not given BID_ON (complainants are not assumed to have bid).',
               '采购人代表 is treated as a procurement role attached to 谭雪梅 (org 利川市教育局, the 采购人).',
               '联系人 is a form field, not POSITION.'],
    ),
    dict(
        file='h02-slhz-lichuan-jwjw-2026-17.txt', fmt='gb18030', kind='other', violations=[],
        issuer='中共利川市纪委监委案件监督管理室',
        body='''
⟦中共利川市纪委监委案件监督管理室|A⟧
线索受理回执
⟦利纪监案管回〔2026〕17号|N⟧

⟦利川市财政局|A⟧：
　　你局《关于移送⟦利川市教育局|A⟧某采购项目问题线索的函》（⟦利财函〔2026〕41号|N⟧）及附件材料已于⟦2026年4月9日|D⟧收悉，共计3件41页。经登记（登记号：LC-XS-2026-0217），该线索已按程序转第三纪检监察室办理。
　　特此回执。

⟦中共利川市纪委监委案件监督管理室|A⟧
⟦2026年4月10日|D⟧
签收人：⟦黄晓松|P⟧
''',
        rels=[('REFERRED', '利川市财政局', '中共利川市纪委监委案件监督管理室', '利财函〔2026〕41号', None)],
        notes=['Receipt of a referral: REFERRED sender → the receiving office (the issuer, named in header and signature). '
               'date null: 收悉 (2026年4月9日) is the receipt date, not a stated transfer date.',
               '登记号 LC-XS-2026-0217 is a registry number, not DOC_NO. The receipt\'s own number 利纪监案管回〔2026〕17号 is DOC_NO.',
               '转第三纪检监察室办理 is an internal hand-over; 第三纪检监察室 (no place or level) is not annotated and not REFERRED.',
               'violations empty: the receipt does not characterise the conduct.'],
    ),
    dict(
        file='h03-bljgfk-lichuan-jwjw-2026-07.txt', fmt='utf-8', kind='other', violations=['interference', 'bribery'],
        issuer='中共利川市纪律检查委员会',
        body='''
⟦中共利川市纪律检查委员会|A⟧
⟦利川市监察委员会|A⟧
关于⟦利川市教育局|A⟧录播教室设备采购项目问题线索办理情况的反馈

⟦利川市财政局|A⟧：
　　你局⟦2026年4月8日|D⟧移送的问题线索（⟦利财函〔2026〕41号|N⟧）收悉后，我委即组织核查。现将办理结果反馈如下：
　　经查，⟦利川市教育局装备站|A⟧⟦站长|T⟧⟦向日东|P⟧在上述采购项目实施期间，先后4次与投标人⟦利川市鑫源科教器材有限公司|C⟧⟦法定代表人|T⟧⟦覃永刚|P⟧私下接触，为该公司打听其他投标人情况、了解评审安排提供便利，并收受⟦覃永刚|P⟧所送购物卡，价值⟦6000元|M⟧。⟦市教育局|A⟧⟦采购人代表|T⟧⟦谭雪梅|P⟧在评审现场发表倾向性意见，违反评审工作纪律。
　　⟦2026年6月23日|D⟧，经⟦利川市纪委常委会|A⟧会议研究，决定给予⟦向日东|P⟧党内严重警告处分；⟦利川市监察委员会|A⟧给予其政务撤职处分，收缴其违纪所得⟦6000元|M⟧。由⟦市纪委监委派驻第五纪检监察组|A⟧对⟦谭雪梅|P⟧进行诫勉谈话。
　　涉及⟦利川市鑫源科教器材有限公司|C⟧行贿及采购项目中标结果的处理问题，属你局职责范围，请你局依法处理。
　　特此反馈。

⟦中共利川市纪律检查委员会|A⟧　　⟦利川市监察委员会|A⟧
⟦2026年7月2日|D⟧
''',
        rels=[('REFERRED', '利川市财政局', '中共利川市纪律检查委员会', '利财函〔2026〕41号', '2026年4月8日'),
              ('REFERRED', '利川市财政局', '利川市监察委员会', '利财函〔2026〕41号', '2026年4月8日'),
              ('PENALIZED', '利川市纪委常委会', '向日东'),
              ('PENALIZED', '利川市监察委员会', '向日东'),
              ('HOLDS_POSITION', '向日东', '站长', '利川市教育局装备站'),
              ('HOLDS_POSITION', '覃永刚', '法定代表人', '利川市鑫源科教器材有限公司'),
              ('LEGAL_REP', '覃永刚', '利川市鑫源科教器材有限公司'),
              ('HOLDS_POSITION', '谭雪梅', '采购人代表', '利川市教育局')],
        aliases={'市教育局': '利川市教育局'},
        notes=['Joint issuer (纪委 + 监委): issuer = the first-listed 中共利川市纪律检查委员会; the receipt of 你局 …移送 is one REFERRED per body of 我委.',
               '党内严重警告 decided by 利川市纪委常委会 (deciding body) and 政务撤职 by 利川市监察委员会: two PENALIZED. 诫勉谈话 is not PENALIZED.',
               '市教育局 is an alias of 利川市教育局 (annotated in the title phrase).',
               '请你局依法处理 (handing the company\'s part back) has no transfer verb: not REFERRED.',
               'No PROJECT_NO in this letter, so no BID_ON although 投标人 is stated.'],
    ),
    dict(
        file='h04-xsyshan-ningguo-jyzx-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='宁国市公共资源交易中心',
        body='''
⟦宁国市公共资源交易中心|A⟧
⟦宁公资函〔2026〕9号|N⟧

关于移送疑似串通投标线索的函

⟦宁国市公安局|A⟧：
　　我中心在对2026年第一季度工程建设项目交易数据开展分析时，发现“宁国市港口镇农村供水管网改造工程（标段二）”（招标编号：⟦NGJS-2026-0118|J⟧）存在以下异常：
　　1.⟦安徽鼎泰建设工程有限公司|C⟧、⟦宣城市晟宇市政工程有限公司|C⟧、⟦宁国市天顺水利建筑有限公司|C⟧等3家投标人的电子投标文件由同一台计算机编制（机器码均为A4C3-7F21-9E08-55BD），上传IP地址均为112.29.164.37；
　　2.上述3家单位的投标保证金均于⟦2026年2月26日|D⟧14时许从⟦宣城市晟宇市政工程有限公司|C⟧同一银行账户转出，金额均为⟦80,000元|M⟧；
　　3.⟦安徽鼎泰建设工程有限公司|C⟧投标报价与⟦天顺公司|C⟧报价差额仅为⟦312元|M⟧。
　　该项目最终由⟦安徽鼎泰建设工程有限公司|C⟧以⟦5,164,783.52元|M⟧中标。
　　依据《⟦中华人民共和国招标投标法|L⟧》第五十三条及《⟦宁国市公共资源交易监督管理联动协作办法|L⟧》的规定，现将上述线索移送你局，请依法调查处理。同时抄送⟦宁国市住房和城乡建设局|A⟧。

　　附件：异常情况分析报告及相关数据截图

⟦宁国市公共资源交易中心|A⟧
⟦2026年3月17日|D⟧
''',
        rels=[('REFERRED', '宁国市公共资源交易中心', '宁国市公安局', '宁公资函〔2026〕9号', '2026年3月17日'),
              ('BID_ON', '安徽鼎泰建设工程有限公司', 'NGJS-2026-0118'),
              ('BID_ON', '宣城市晟宇市政工程有限公司', 'NGJS-2026-0118'),
              ('BID_ON', '宁国市天顺水利建筑有限公司', 'NGJS-2026-0118')],
        aliases={'天顺公司': '宁国市天顺水利建筑有限公司'},
        notes=['招标编号 value is PROJECT_NO. 抄送 the 住建局 is not REFERRED. 2026年第一季度 is not a DATE; 14时许 left out.',
               '机器码 and IP address are not annotated.'],
    ),
    dict(
        file='h05-lagzs-ningguo-gaj-2026-6.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='宁国市公安局',
        body='''
⟦宁国市公安局|A⟧
立案告知书
⟦宁公（经）立告字〔2026〕6号|N⟧
⟦宁国市公共资源交易中心|A⟧：
　　你单位于⟦2026年3月17日|D⟧移送的宁国市港口镇农村供水管网改造工程（标段二）涉嫌串通投标线索（⟦宁公资函〔2026〕9号|N⟧）我局已收悉。经审查，⟦安徽鼎泰建设工程有限公司|C⟧等单位涉嫌串通投标一案符合立案条件，我局已于⟦2026年4月2日|D⟧立案侦查（立案决定书文号：⟦宁公（经）立字〔2026〕22号|N⟧）。
　　案件承办单位：⟦宁国市公安局经济犯罪侦查大队|A⟧
　　承办人：⟦汪建国|P⟧、⟦陶敏|P⟧
　　联系电话：0563-4021873
　　特此告知。
⟦宁国市公安局|A⟧（印）
⟦二〇二六年四月三日|D⟧
''',
        rels=[('REFERRED', '宁国市公共资源交易中心', '宁国市公安局', '宁公资函〔2026〕9号', '2026年3月17日')],
        notes=['REFERRED date = 2026年3月17日, the transfer date the text states (你单位于…移送). 立案决定书 number is DOC_NO.',
               '立案 is not PENALIZED. 承办人 is a form field, not POSITION.'],
    ),
    dict(
        file='h06-thh-yizhou-czj-2026-33.txt', fmt='gb18030', kind='other', violations=['no_procurement'],
        issuer='河池市宜州区财政局',
        body='''
⟦河池市宜州区财政局|A⟧
关于退回《审计移送处理书》有关事项的函
⟦宜区财函〔2026〕33号|N⟧

⟦河池市宜州区审计局|A⟧：
　　你局⟦2026年5月12日|D⟧移送的《关于宜州区庆远镇城东片区道路提升改造工程有关问题的审计移送处理书》（⟦宜区审移〔2026〕4号|N⟧）收悉。经研究，现函复如下：
　　该移送处理书反映的⟦庆远镇人民政府|A⟧将城东片区道路提升改造工程（合同金额⟦1,270.6万元|M⟧）直接发包给⟦广西宜州市昌荣路桥工程有限公司|C⟧、未依法招标的问题，属依法必须进行招标的工程建设项目，依照《⟦中华人民共和国招标投标法实施条例|L⟧》第四条及《⟦广西壮族自治区招标投标条例|L⟧》的规定，其监督职责由住房城乡建设行政主管部门承担，不属于我局政府采购监督管理职责范围。
　　为避免重复处理，现将该移送处理书及附件材料（共2册）退回你局，建议移送⟦河池市宜州区住房和城乡建设局|A⟧处理。
　　此函。

⟦河池市宜州区财政局|A⟧
⟦2026年5月22日|D⟧
（联系人：⟦韦丽萍|P⟧　0778-3223541）
''',
        rels=[('REFERRED', '河池市宜州区审计局', '河池市宜州区财政局', '宜区审移〔2026〕4号', '2026年5月12日')],
        notes=['The original audit referral (你局…移送 → 我局 = the named issuer) is REFERRED.',
               'The return (退回你局) is NOT annotated as REFERRED: a 退回 rejects a referral, it does not refer the case for handling. '
               'The suggested transfer (建议移送…住建局) is advice, not a transfer: not REFERRED.',
               'The title of the 审计移送处理书 in 《》 is a case document: not LAW; it holds no annotatable agency name.'],
    ),
    dict(
        file='h07-sjycls-yizhou-sjj-2026-7.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='河池市宜州区审计局',
        body='''
⟦河池市宜州区审计局|A⟧
审计移送处理书
⟦宜区审移〔2026〕7号|N⟧

⟦河池市宜州区住房和城乡建设局|A⟧：
　　我局在对庆远镇2025年度财政收支情况进行审计时发现，⟦庆远镇人民政府|A⟧在城东片区道路提升改造工程建设中，未经招标直接将工程发包给⟦广西宜州市昌荣路桥工程有限公司|C⟧，合同金额⟦1,270.6万元|M⟧，违反了《⟦中华人民共和国招标投标法|L⟧》第三条的规定。该问题我局曾于⟦2026年5月12日|D⟧移送⟦区财政局|A⟧（⟦宜区审移〔2026〕4号|N⟧），⟦区财政局|A⟧以不属于其职责范围为由退回。
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条和《⟦审计机关审计移送管理规定|L⟧》，现将该问题移送你局依法处理。请你局在收到本移送处理书之日起90日内将处理结果书面告知我局。

　　附件：1.审计取证单（复印件）4份
　　　　　2.工程施工合同（复印件）1份
　　　　　3.⟦区财政局|A⟧退回函（⟦宜区财函〔2026〕33号|N⟧）

⟦河池市宜州区审计局|A⟧
⟦2026年6月3日|D⟧
抄送：⟦河池市宜州区人民政府办公室|A⟧，⟦河池市审计局|A⟧
''',
        rels=[('REFERRED', '河池市宜州区审计局', '河池市宜州区住房和城乡建设局', '宜区审移〔2026〕7号', '2026年6月3日'),
              ('REFERRED', '河池市宜州区审计局', '区财政局', '宜区审移〔2026〕4号', '2026年5月12日')],
        notes=['Two REFERRED: the present referral to the 住建局 (date = the document date) and the earlier one to 区财政局 that the text reports.',
               '区财政局 is a level-prefixed AGENCY; no fuller form of it in this file, so no alias.',
               '庆远镇2025年度 is not a DATE. 抄送 is not REFERRED.'],
    ),
    dict(
        file='h08-xchan-jianou-czj-2026-5.txt', fmt='utf-8', kind='other', violations=[],
        issuer='建瓯市财政局',
        body='''
⟦建瓯市财政局|A⟧
协助调查函
⟦建财采协〔2026〕5号|N⟧

⟦建瓯市市场监督管理局|A⟧：
　　我局在处理“⟦建瓯市立医院|A⟧医用耗材配送服务采购项目”（项目编号：⟦[350783]JOZC[GK]2026003|J⟧）投诉事项中，需核实下列供应商的有关情况，请予协助：
　　一、⟦福建闽北康瑞医疗器械有限公司|C⟧（统一社会信用代码：91350783MA34XK6R2F）投标文件所附第二类医疗器械经营备案凭证（闽南食药监械经营备20210117号）是否真实有效，备案经营范围是否包含6866类医用高分子材料；
　　二、该公司与⟦南平市延平区佳和医药有限公司|C⟧是否存在同一股东或相互控股关系；
　　三、该公司在投标文件中声称的办公场所（建瓯市芝山街道通济路86号）是否为其实际经营场所。
　　请于⟦2026年5月15日|D⟧前将核查结果函告我局。

　　联系人：⟦叶秀芳|P⟧，联系电话：0599-3822417

⟦建瓯市财政局|A⟧
⟦2026年4月28日|D⟧
''',
        rels=[('BID_ON', '福建闽北康瑞医疗器械有限公司', '[350783]JOZC[GK]2026003')],
        notes=['协助调查函: no REFERRED (a request for verification, not a transfer).',
               '备案凭证 number 闽南食药监械经营备20210117号 is a certificate number: not DOC_NO. Credit code and address not annotated.',
               'BID_ON for 福建闽北康瑞医疗器械有限公司: 投标文件 shows it bid on the numbered project. 佳和 is not said to bid.',
               'violations empty: the letter asks questions and does not characterise any conduct.'],
    ),
    dict(
        file='h09-fh-jianou-scjg-2026-19-fanti.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='建甌市市場監督管理局',
        body='''
⟦建甌市市場監督管理局|A⟧
關於協助調查有關供應商情況的復函
⟦建市監函〔2026〕19號|N⟧

⟦建甌市財政局|A⟧：
　　你局《協助調查函》（⟦建財採協〔2026〕5號|N⟧）收悉。經核查，現將有關情況函復如下：
　　一、⟦福建閩北康瑞醫療器械有限公司|C⟧投標文件所附第二類醫療器械經營備案憑證系偽造，我局及原⟦南平市食品藥品監督管理局|A⟧均未核發過該編號備案憑證。
　　二、經查詢國家企業信用信息公示系統，該公司⟦股東|T⟧⟦陳立峰|P⟧同時持有⟦南平市延平區佳和醫藥有限公司|C⟧40%股權，並擔任後者⟦監事|T⟧。
　　三、經⟦2026年5月9日|D⟧實地核查，建甌市芝山街道通濟路86號為一家餐飲店，該公司未在此經營。
　　鑒於該公司涉嫌使用偽造的備案憑證，我局已於⟦2026年5月11日|D⟧對其立案調查（⟦建市監立〔2026〕37號|N⟧），調查結果另行函告。另，根據市公共資源交易聯動監管工作機制，該公司涉嫌偽造國家機關證件的線索已一併移交⟦建甌市公安局|A⟧。
　　特此函復。

⟦建甌市市場監督管理局|A⟧
⟦2026年5月12日|D⟧
''',
        rels=[('REFERRED', '建甌市市場監督管理局', '建甌市公安局', None, None),
              ('HOLDS_POSITION', '陳立峰', '股東', '福建閩北康瑞醫療器械有限公司'),
              ('HOLDS_POSITION', '陳立峰', '監事', '南平市延平區佳和醫藥有限公司')],
        notes=['Traditional characters. 復函 to a 協查函: the exchange itself is not REFERRED; the clue 移交 to the 公安局 is (no number, no date of transfer).',
               '立案調查 is not PENALIZED; its number 建市監立〔2026〕37號 is a case number (DOC_NO).',
               '市公共資源交易聯動監管工作機制 has no 《》: not LAW. 國家企業信用信息公示系統 is a system name with no agency name in it.',
               'No PROJECT_NO in this letter, so no BID_ON.'],
    ),
]
