"""heldout5 — court and prosecution texts (6). Inline marks ⟦text|L⟧, see ../dev6/goldkit.py."""

DOCS = []

DOCS.append(dict(
    file='cj-dongfeng.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
    issuer=None,
    body='''
经审理查明：⟦2024年5月|D⟧，⟦东丰县卫生健康局|A⟧就乡镇卫生院医疗设备采购项目（项目编号：⟦DFZC-2024-0391|J⟧）进行公开招标。被告人⟦李某某|P⟧系⟦辽源市鑫达医疗器械有限公司|C⟧⟦实际控制人|T⟧，为确保该公司中标，其借用⟦吉林省长白山医药有限公司|C⟧、⟦通化市德康医疗设备有限公司|C⟧的资质参与投标，并安排公司⟦员工|T⟧⟦王某|P⟧（另案处理）统一制作三家公司的投标文件、统一缴纳投标保证金共计⟦人民币9万元|M⟧。⟦2024年6月12日|D⟧，⟦辽源市鑫达医疗器械有限公司|C⟧以⟦人民币2,376,500元|M⟧中标。事后，⟦李某某|P⟧分别向⟦吉林省长白山医药有限公司|C⟧⟦法定代表人|T⟧⟦赵某某|P⟧、⟦通化市德康医疗设备有限公司|C⟧⟦销售经理|T⟧⟦孙**|P⟧支付“借资质费”⟦人民币2万元|M⟧、⟦1.5万元|M⟧。⟦2025年3月|D⟧，⟦东丰县财政局|A⟧以该公司串通投标为由对其处以罚款⟦人民币1.9万元|M⟧，并将案件线索移送⟦东丰县公安局|A⟧。⟦2025年4月8日|D⟧，被告人⟦李某某|P⟧经公安机关电话传唤到案，如实供述了上述犯罪事实。另查明，被告人⟦李某某|P⟧已退缴违法所得⟦人民币12万元|M⟧。''',
    rels=[('HOLDS_POSITION', '李某某', '实际控制人', '辽源市鑫达医疗器械有限公司'),
          ('HOLDS_POSITION', '王某', '员工', '辽源市鑫达医疗器械有限公司'),
          ('LEGAL_REP', '赵某某', '吉林省长白山医药有限公司'),
          ('HOLDS_POSITION', '赵某某', '法定代表人', '吉林省长白山医药有限公司'),
          ('HOLDS_POSITION', '孙**', '销售经理', '通化市德康医疗设备有限公司'),
          ('BID_ON', '辽源市鑫达医疗器械有限公司', 'DFZC-2024-0391'),
          ('BID_ON', '吉林省长白山医药有限公司', 'DFZC-2024-0391'),
          ('BID_ON', '通化市德康医疗设备有限公司', 'DFZC-2024-0391'),
          ('PENALIZED', '东丰县财政局', '辽源市鑫达医疗器械有限公司'),
          ('REFERRED', '东丰县财政局', '东丰县公安局', None, '2025年3月')],
    notes=['A CAIL-style fact paragraph, one line without a final newline; court_judgment with issuer null.',
           'Firms whose qualifications were borrowed took part in the bid: BID_ON.',
           'The finance bureau\'s fine (stated as fact) is PENALIZED; 公安机关 is generic.',
           '员工 of 公司 (the defendant\'s company): org 辽源市鑫达医疗器械有限公司.'],
))

DOCS.append(dict(
    file='cj-pucheng-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
    issuer=None,
    body='''
經審理查明：被告人⟦葉某某|P⟧於2019年至2025年任⟦浦城縣交通運輸局|A⟧⟦副局長|T⟧，分管農村公路建設。⟦2023年8月|D⟧，⟦浦城縣交通運輸局|A⟧組織實施浦城縣2023年農村公路安防工程（招標編號：⟦PCJT-2023-AF07|J⟧），被告人⟦葉某某|P⟧接受⟦南平市閩北路橋建設有限公司|C⟧⟦法定代表人|T⟧⟦徐某某|P⟧的請託，向⟦評審專家|T⟧⟦吳某某|P⟧打招呼，使該公司在評標中得分第一併中標，中標價⟦人民幣386.4萬元|M⟧。⟦2023年9月|D⟧至⟦2024年2月|D⟧，被告人⟦葉某某|P⟧先後三次收受⟦徐某某|P⟧所送現金共計⟦人民幣15萬元|M⟧、購物卡價值⟦人民幣2萬元|M⟧。⟦2025年7月|D⟧，⟦南平市監察委員會|A⟧指定⟦浦城縣監察委員會|A⟧對⟦葉某某|P⟧立案調查，同年⟦10月28日|D⟧，⟦浦城縣監察委員會|A⟧將本案移送⟦浦城縣人民檢察院|A⟧審查起訴。另查明，被告人⟦葉某某|P⟧到案後主動退繳全部贓款⟦人民幣17萬元|M⟧。
''',
    rels=[('HOLDS_POSITION', '葉某某', '副局長', '浦城縣交通運輸局'),
          ('LEGAL_REP', '徐某某', '南平市閩北路橋建設有限公司'),
          ('HOLDS_POSITION', '徐某某', '法定代表人', '南平市閩北路橋建設有限公司'),
          ('HOLDS_POSITION', '吳某某', '評審專家', None),
          ('BID_ON', '南平市閩北路橋建設有限公司', 'PCJT-2023-AF07'),
          ('REFERRED', '浦城縣監察委員會', '浦城縣人民檢察院', None, '10月28日')],
    notes=['Traditional characters. 指定…立案調查 (designation) is not REFERRED; the 移送審查起訴 is, dated 同年10月28日 → 10月28日.',
           '2019年至2025年 is year-level: not DATE. 評審專家 attached to a masked name is POSITION, org null.'],
))

DOCS.append(dict(
    file='cj-xx-masked.txt', fmt='gb18030', kind='court_judgment',
    violations=['no_procurement', 'bribery', 'interference'],
    issuer=None,
    body='''
经审理查明：2022年至2024年间，被告人⟦张某|P⟧在担任⟦XX县XX镇人民政府|A⟧⟦副镇长|T⟧期间，分管该镇村庄道路、农田水利等工程建设。⟦2023年3月|D⟧，⟦XX镇人民政府|A⟧实施XX镇高标准农田建设项目（项目编号：⟦XX-NT-2023-005|J⟧），被告人⟦张某|P⟧授意⟦XX镇财政所|A⟧⟦所长|T⟧⟦刘某某|P⟧将项目拆分为4个标段，以“邀请招标”名义指定由被告人⟦王某某|P⟧实际控制的⟦XX县某某建筑工程有限公司|C⟧、⟦XX县某某水利工程有限公司|C⟧承建，合同金额共计⟦人民币**万元|M⟧。被告人⟦王某某|P⟧为感谢⟦张某|P⟧的关照，先后5次送给⟦张某|P⟧现金共计⟦人民币28万元|M⟧。⟦2024年10月|D⟧，⟦XX县财政局|A⟧在监督检查中发现上述问题，将线索移送⟦中共XX县纪律检查委员会|A⟧。⟦2025年1月6日|D⟧，⟦XX县监察委员会|A⟧对⟦张某|P⟧立案调查并采取留置措施。⟦2025年4月|D⟧，被告人⟦王某某|P⟧经⟦XX县公安局|A⟧电话通知到案。另查明，被告人⟦王某某|P⟧曾因犯行贿罪于⟦2019年6月|D⟧被⟦XX县人民法院|A⟧以⟦（2019）X0102刑初88号|N⟧刑事判决判处有期徒刑一年，缓刑二年。''',
    rels=[('HOLDS_POSITION', '张某', '副镇长', 'XX县XX镇人民政府'),
          ('HOLDS_POSITION', '刘某某', '所长', 'XX镇财政所'),
          ('BID_ON', 'XX县某某建筑工程有限公司', 'XX-NT-2023-005'),
          ('BID_ON', 'XX县某某水利工程有限公司', 'XX-NT-2023-005'),
          ('REFERRED', 'XX县财政局', '中共XX县纪律检查委员会', None, '2024年10月'),
          ('PENALIZED', 'XX县人民法院', '王某某')],
    aliases={'XX镇人民政府': 'XX县XX镇人民政府'},
    notes=['Masked agency and company names that keep their shape are annotated; 人民币**万元 is MONEY.',
           '王某某实际控制的 is a verb phrase, not POSITION. The split contracts under a sham 邀请招标 were awarded on the numbered '
           'project: BID_ON for both firms.',
           '立案调查, 留置 are not PENALIZED; 2022年至2024年间 is not DATE. XX镇 alone (in the project name) is a place.',
           'The prior sentence by a masked but name-shaped court (XX县人民法院) is PENALIZED; the masked case number '
           '（2019）X0102刑初88号 is DOC_NO.'],
))

DOCS.append(dict(
    file='qs-shitai-2026-31.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='安徽省石台县人民检察院',
    body='''
⟦安徽省石台县人民检察院|A⟧
起 诉 书
⟦石检刑诉〔2026〕31号|N⟧

被告人⟦司马某某|P⟧，男，⟦1979年6月12日|D⟧出生，身份证号码3417221979xxxxxxxx，汉族，大专文化，系⟦池州市秋浦环境工程有限公司|C⟧⟦法定代表人|T⟧，住安徽省石台县仁里镇……。因涉嫌串通投标罪，于⟦2025年12月3日|D⟧被⟦石台县公安局|A⟧刑事拘留，⟦2025年12月17日|D⟧经本院批准逮捕，同日由⟦石台县公安局|A⟧执行逮捕。
被告人⟦纪某|P⟧，女，⟦1986年2月|D⟧出生，⟦池州市秋浦环境工程有限公司|C⟧⟦投标专员|T⟧，住安徽省池州市贵池区……。因涉嫌串通投标罪，于⟦2025年12月5日|D⟧被⟦石台县公安局|A⟧取保候审。
本案由⟦石台县公安局|A⟧侦查终结，以被告人⟦司马某某|P⟧、⟦纪某|P⟧涉嫌串通投标罪，于⟦2026年2月26日|D⟧向本院移送审查起诉。本院受理后，于⟦2026年2月27日|D⟧已告知被告人有权委托辩护人，依法讯问了被告人，审查了全部案件材料。
经依法审查查明：
⟦2025年5月|D⟧，⟦石台县城市管理局|A⟧就城区环卫保洁服务外包项目（项目编号：⟦STCG-2025-HW019|J⟧）公开招标，预算金额⟦人民币623万元|M⟧。被告人⟦司马某某|P⟧为使⟦池州市秋浦环境工程有限公司|C⟧中标，指使被告人⟦纪某|P⟧联系⟦池州市清溪物业服务有限公司|C⟧、⟦安庆市皖宜保洁服务有限公司|C⟧参与投标陪标，并由⟦纪某|P⟧统一制作三家公司的投标文件、统一报价。⟦2025年6月20日|D⟧，⟦池州市秋浦环境工程有限公司|C⟧以⟦人民币598.6万元|M⟧中标。被告人⟦司马某某|P⟧事后分别支付⟦池州市清溪物业服务有限公司|C⟧、⟦安庆市皖宜保洁服务有限公司|C⟧“陪标费”⟦人民币3万元|M⟧。
本院认为，被告人⟦司马某某|P⟧、⟦纪某|P⟧相互串通投标报价，损害招标人和其他投标人利益，情节严重，其行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
此致
⟦石台县人民法院|A⟧

⟦检察员|T⟧：⟦程雪松|P⟧
⟦2026年3月18日|D⟧

附件：1.被告人⟦司马某某|P⟧现羁押于⟦池州市看守所|A⟧；
2.案卷材料和证据3册。
''',
    rels=[('REFERRED', '石台县公安局', '安徽省石台县人民检察院', None, '2026年2月26日'),
          ('REFERRED', '安徽省石台县人民检察院', '石台县人民法院', '石检刑诉〔2026〕31号', '2026年3月18日'),
          ('LEGAL_REP', '司马某某', '池州市秋浦环境工程有限公司'),
          ('HOLDS_POSITION', '司马某某', '法定代表人', '池州市秋浦环境工程有限公司'),
          ('HOLDS_POSITION', '纪某', '投标专员', '池州市秋浦环境工程有限公司'),
          ('HOLDS_POSITION', '程雪松', '检察员', '安徽省石台县人民检察院'),
          ('BID_ON', '池州市秋浦环境工程有限公司', 'STCG-2025-HW019'),
          ('BID_ON', '池州市清溪物业服务有限公司', 'STCG-2025-HW019'),
          ('BID_ON', '安庆市皖宜保洁服务有限公司', 'STCG-2025-HW019')],
    notes=['移送审查起诉: police → 本院 (the named issuer), with the transfer date; 提起公诉: procuratorate → the 此致 court, '
           'with the indictment\'s number and its signature date.',
           'Arrest, detention, bail are not PENALIZED. Birth dates are DATE. Addresses after 住 are not annotated.',
           '陪标 firms took part in the bid: BID_ON.'],
))

DOCS.append(dict(
    file='bqs-yiyang-2026-4.docx', fmt='docx', kind='other', violations=['collusion'],
    issuer='江西省弋阳县人民检察院',
    body='''
⟦江西省弋阳县人民检察院|A⟧
不起诉决定书
⟦弋检刑不诉〔2026〕4号|N⟧
被不起诉人⟦上官某某|P⟧，男，⟦1990年9月|D⟧出生，系⟦上饶市弋阳信诚建材有限公司|C⟧⟦业务员|T⟧，户籍地江西省弋阳县……。
本案由⟦弋阳县公安局|A⟧侦查终结，以被不起诉人⟦上官某某|P⟧涉嫌串通投标罪，于⟦2026年1月9日|D⟧向本院移送审查起诉。
经本院依法审查查明：
⟦2025年4月|D⟧，⟦弋阳县水利局|A⟧组织信江堤防加固工程砂石材料采购（项目编号：⟦YYSL【2025】CL-03|J⟧）。⟦上官某某|P⟧受公司⟦法定代表人|T⟧⟦毛某|P⟧（另案处理）指使，借用⟦上饶市龟峰建材贸易有限公司|C⟧的资质参加投标，并与⟦上饶市弋阳信诚建材有限公司|C⟧相互串通报价，致⟦上饶市弋阳信诚建材有限公司|C⟧以⟦人民币87.5万元|M⟧中标。
本院认为，⟦上官某某|P⟧实施了《⟦中华人民共和国刑法|L⟧》第二百二十三条规定的行为，但犯罪情节轻微，系从犯，到案后如实供述，自愿认罪认罚，根据《⟦中华人民共和国刑法|L⟧》第三十七条的规定，不需要判处刑罚。依据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十七条第二款的规定，决定对⟦上官某某|P⟧不起诉。
对⟦上饶市弋阳信诚建材有限公司|C⟧、⟦上饶市龟峰建材贸易有限公司|C⟧涉嫌串通投标的行政违法问题，本院已于⟦2026年3月2日|D⟧以⟦弋检移〔2026〕1号|N⟧检察意见书移送⟦弋阳县水利局|A⟧依法处理。
被不起诉人如不服本决定，可以自收到本决定书后七日以内向本院申诉。
⟦江西省弋阳县人民检察院|A⟧
⟦2026年3月2日|D⟧
''',
    rels=[('REFERRED', '弋阳县公安局', '江西省弋阳县人民检察院', None, '2026年1月9日'),
          ('REFERRED', '江西省弋阳县人民检察院', '弋阳县水利局', '弋检移〔2026〕1号', '2026年3月2日'),
          ('HOLDS_POSITION', '上官某某', '业务员', '上饶市弋阳信诚建材有限公司'),
          ('LEGAL_REP', '毛某', '上饶市弋阳信诚建材有限公司'),
          ('HOLDS_POSITION', '毛某', '法定代表人', '上饶市弋阳信诚建材有限公司'),
          ('BID_ON', '上饶市龟峰建材贸易有限公司', 'YYSL【2025】CL-03'),
          ('BID_ON', '上饶市弋阳信诚建材有限公司', 'YYSL【2025】CL-03')],
    notes=['不起诉 is not PENALIZED. The transfer of the administrative matter to the water bureau (the industry regulator) is '
           'REFERRED with the 检察意见书 number and date.',
           '公司法定代表人毛某: org resolved to the defendant\'s company.'],
))

DOCS.append(dict(
    file='cj-wangqing.txt', fmt='utf-8', kind='court_judgment',
    violations=['collusion', 'bribery', 'false_materials'],
    issuer=None,
    body='''
经审理查明：被告人⟦崔光洙|P⟧系⟦汪清县天桥岭镇人民政府|A⟧⟦工作人员|T⟧，⟦2022年3月|D⟧至⟦2025年5月|D⟧负责该镇基础设施项目的招标采购工作。⟦2024年4月|D⟧，⟦汪清县天桥岭镇人民政府|A⟧就饮水安全巩固提升工程（项目编号：⟦WQ-TQL-2024-07|J⟧）委托⟦延边正大招标代理有限公司|C⟧组织招标。被告人⟦崔光洙|P⟧与⟦延吉市长白山建设工程有限公司|C⟧⟦股东|T⟧、被告人⟦朴成哲|P⟧事先商定，由⟦朴成哲|P⟧组织⟦延吉市长白山建设工程有限公司|C⟧、⟦珲春市图们江水利工程有限公司|C⟧、⟦汪清县兴安建筑有限公司|C⟧围标，⟦崔光洙|P⟧向⟦朴成哲|P⟧透露标底及其他投标人名单。⟦2024年5月17日|D⟧，⟦延吉市长白山建设工程有限公司|C⟧以⟦人民币164.8万元|M⟧中标。同年6月，⟦朴成哲|P⟧通过其妻⟦金美顺|P⟧的银行账户转给⟦崔光洙|P⟧⟦人民币8万元|M⟧。⟦2025年6月3日|D⟧，⟦汪清县监察委员会|A⟧对⟦崔光洙|P⟧立案调查；同年⟦9月12日|D⟧，⟦汪清县监察委员会|A⟧将⟦崔光洙|P⟧涉嫌受贿、串通投标一案移送⟦汪清县人民检察院|A⟧审查起诉。⟦朴成哲|P⟧于⟦2025年7月2日|D⟧被⟦汪清县公安局|A⟧刑事拘留。另查明，⟦2023年11月|D⟧，⟦延吉市长白山建设工程有限公司|C⟧曾因提供虚假业绩材料被⟦延边朝鲜族自治州住房和城乡建设局|A⟧处以罚款⟦人民币2.6万元|M⟧。又查明，被告人⟦朴成哲|P⟧曾于⟦2021年11月5日|D⟧因犯串通投标罪被⟦延吉市人民法院|A⟧以⟦（2021）吉2401刑初356号|N⟧刑事判决判处罚金⟦人民币5万元|M⟧。''',
    rels=[('HOLDS_POSITION', '崔光洙', '工作人员', '汪清县天桥岭镇人民政府'),
          ('HOLDS_POSITION', '朴成哲', '股东', '延吉市长白山建设工程有限公司'),
          ('BID_ON', '延吉市长白山建设工程有限公司', 'WQ-TQL-2024-07'),
          ('BID_ON', '珲春市图们江水利工程有限公司', 'WQ-TQL-2024-07'),
          ('BID_ON', '汪清县兴安建筑有限公司', 'WQ-TQL-2024-07'),
          ('REFERRED', '汪清县监察委员会', '汪清县人民检察院', None, '9月12日'),
          ('PENALIZED', '延边朝鲜族自治州住房和城乡建设局', '延吉市长白山建设工程有限公司'),
          ('PENALIZED', '延吉市人民法院', '朴成哲')],
    notes=['Korean-minority names (崔光洙, 朴成哲, 金美顺). 同年6月 (month only after a relative anchor) is not DATE; '
           '同年9月12日 → 9月12日.',
           'The agent company is not a bidder. The prior fine by the prefecture housing bureau is PENALIZED; '
           '刑事拘留 and 立案调查 are not. The prior sentence by the named court is PENALIZED; its case number '
           '（2021）吉2401刑初356号 (full-width parentheses kept) is DOC_NO.'],
))
