"""heldout12 — letters b1–b10 (referral chains). Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts invented."""

DOCS = [
    dict(
        file='b1-ysh-qinzhou-qinnan-fgj-2026-3.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='钦州市钦南区发展和改革局',
        body='''
⟦钦州市钦南区发展和改革局|A⟧文件
⟦钦南发改函〔2026〕3号|N⟧

关于移送钦南区沙埠镇海堤加固工程涉嫌串通投标案件线索的函

⟦钦州市公安局钦南分局|A⟧：
　　我局在对钦南区沙埠镇海堤加固工程（招标编号：⟦QNSL-2025-016|J⟧）开展招标投标活动监督检查中发现，该项目9家投标人中，⟦广西钦海水利水电工程有限公司|C⟧、⟦钦州市港湾建筑工程有限公司|C⟧、⟦广西北部湾恒基建设有限公司|C⟧3家的投标保证金均由⟦钦州市港湾建筑工程有限公司|C⟧同一银行账户转出，合计⟦人民币60万元|M⟧，且3家投标文件的编制机器码一致。
　　上述行为违反《⟦中华人民共和国招标投标法|L⟧》第三十二条规定，情节严重，涉嫌构成串通投标罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将案件线索及证据材料移送你局，请依法审查。
　　附件：1.涉嫌犯罪案件移送书；2.检查笔录及银行流水复印件。

⟦钦州市钦南区发展和改革局|A⟧
⟦2026年1月19日|D⟧
（联系人：⟦黄春燕|P⟧，法规股，电话0777-3211xxx）
''',
        rels=[('REFERRED', '钦州市钦南区发展和改革局', '钦州市公安局钦南分局', '钦南发改函〔2026〕3号', '2026年1月19日'),
              ('BID_ON', '广西钦海水利水电工程有限公司', 'QNSL-2025-016'),
              ('BID_ON', '钦州市港湾建筑工程有限公司', 'QNSL-2025-016'),
              ('BID_ON', '广西北部湾恒基建设有限公司', 'QNSL-2025-016')],
        notes=['GB18030. 法规股 with no place is no AGENCY (DECISIONS).', '招标编号 value → PROJECT_NO.'],
    ),
]

DOCS += [
    dict(
        file='b2-sltz-guangyuan-lizhou-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='广元市利州区财政局',
        body='''
受理通知书

⟦利财采受〔2026〕6号|N⟧

⟦广元市利州区公共资源交易服务中心|A⟧：
　　你中心于⟦2026年1月28日|D⟧报送的《关于利州区东坝街道老旧小区改造监理服务项目疑似提供虚假业绩的情况报告》及证明材料已收到。报告反映，该项目（编号：⟦LZJL-2025-043|J⟧）第一中标候选人⟦四川嘉陵江工程监理咨询有限公司|C⟧所报⟦总监理工程师|T⟧⟦何春林|P⟧的两项业绩合同经业主单位⟦广元市朝天区交通运输局|A⟧书面确认并不存在。
　　经审查，该事项属于本机关监督管理职责范围，决定予以受理，并依法开展调查。调查期间，如有补充材料请及时报送。

⟦广元市利州区财政局|A⟧
⟦2026年2月2日|D⟧
''',
        rels=[('REFERRED', '广元市利州区公共资源交易服务中心', '广元市利州区财政局', None, '2026年1月28日'),
              ('BID_ON', '四川嘉陵江工程监理咨询有限公司', 'LZJL-2025-043'),
              ('HOLDS_POSITION', '何春林', '总监理工程师', '四川嘉陵江工程监理咨询有限公司')],
        notes=['A trading centre\'s report to the supervising finance bureau is REFERRED (DECISIONS); the receiver is the named signer.',
               '总监理工程师 attached to a named person → POSITION (a procurement staff role like 项目负责人), org the bidder that proposed him (doubtful).',
               'Kind other (a 受理通知书 issued with its own number, DOC_NO).'],
    ),
    dict(
        file='b3-fh-bijie-qixingguan-scjg-2026-14.txt', fmt='utf-8', kind='other', violations=[],
        issuer='毕节市七星关区市场监督管理局',
        body='''
⟦毕节市七星关区市场监督管理局|A⟧
关于协助核查有关企业情况的复函
⟦七市监函〔2026〕14号|N⟧

⟦安顺市西秀区财政局|A⟧：
　　你局《关于协助核查⟦贵州黔通智联科技有限公司|C⟧有关情况的函》（⟦西财协〔2026〕2号|N⟧）收悉。经查询国家企业信用信息公示系统和我局登记档案，现将有关情况函复如下：
　　一、⟦贵州黔通智联科技有限公司|C⟧成立于⟦2019年5月16日|D⟧，住所地七星关区洪山街道，注册资本⟦500万元|M⟧，⟦法定代表人|T⟧⟦陈泽宇|P⟧，⟦股东|T⟧为⟦陈泽宇|P⟧、⟦王丽华|P⟧二人。
　　二、⟦2025年8月|D⟧，该公司因虚假宣传被我局处以罚款⟦2万元|M⟧（⟦七市监处罚〔2025〕233号|N⟧），未被列入经营异常名录。
　　三、经比对，该公司与⟦毕节鸿远信息技术有限公司|C⟧不存在股权关联，但两公司登记联系电话一致。
　　特此函复。

⟦毕节市七星关区市场监督管理局|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[('LEGAL_REP', '陈泽宇', '贵州黔通智联科技有限公司'),
              ('HOLDS_POSITION', '陈泽宇', '法定代表人', '贵州黔通智联科技有限公司'),
              ('HOLDS_POSITION', '陈泽宇', '股东', '贵州黔通智联科技有限公司'),
              ('HOLDS_POSITION', '王丽华', '股东', '贵州黔通智联科技有限公司'),
              ('PENALIZED', '毕节市七星关区市场监督管理局', '贵州黔通智联科技有限公司')],
        notes=['复函 to a 协查函: no REFERRED (DECISIONS).', 'The earlier 虚假宣传 fine by 我局 (= the named issuer) → PENALIZED; violations empty: the fine is not procurement conduct and the excerpt characterises no procurement violation (doubtful; 虚假宣传 could be other).',
               'The company named inside the 《》 title of the incoming letter is annotated (GUIDELINES 2.3).'],
    ),
]

DOCS += [
    dict(
        file='b4-zbh-chongqing-bishan-czj-2026-8.html', fmt='html', kind='other', violations=['discriminatory_terms'],
        issuer='重庆市财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转办函</title><style>p{text-indent:2em}</style></head>
<body>
<div class="head"><h2>⟦重庆市财政局|A⟧</h2><h3>政府采购投诉转办函</h3><p class="no">⟦渝财采转〔2026〕8号|N⟧</p></div>
<p>⟦重庆市璧山区财政局|A⟧：</p>
<p>⟦2026年2月4日|D⟧，我局收到⟦重庆渝西环境科技有限公司|C⟧对璧山区璧泉街道生活垃圾分类收运服务项目（项目编号：⟦BSCG-2026-0021|J⟧）的投诉。投诉人称，采购文件将“在璧山区内设有固定办公场所”作为资格条件，对外地供应商实行差别待遇。</p>
<p>经审查，该项目采购人为⟦重庆市璧山区璧泉街道办事处|A⟧，属区级预算单位，依据《⟦政府采购质疑和投诉办法|L⟧》第六条，应由你局负责处理。现将投诉书及附件转你局，请依法受理，并将处理决定抄送我局政府采购监督管理处。</p>
<p>附件：投诉书及证明材料（共21页）</p>
<p class="sign">⟦重庆市财政局|A⟧<br>⟦2026年2月6日|D⟧</p>
</body></html>
''',
        rels=[('REFERRED', '重庆市财政局', '重庆市璧山区财政局', '渝财采转〔2026〕8号', '2026年2月6日')],
        notes=['转办 of a complaint to the competent bureau → REFERRED. The complainant company is not assumed to have bid (no BID_ON).',
               '我局政府采购监督管理处 after a pronoun: no AGENCY (DECISIONS: no place, no AGENCY). 抄送 is no REFERRED.'],
    ),
]

DOCS += [
    dict(
        file='b5-ysh-haidong-ledu-jyzx-2026-1-ocr.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='海东市乐都区公共资源交易中心',
        body='''
⟦海东市乐都区公共资 源交易中心|A⟧
关于乐都区碾伯镇高标准农田建设项目
异常投标情况的移送函
⟦乐交 易函〔2026〕1号|N⟧

⟦海东市乐都区发展和改 革局|A⟧：
　　⟦2026年1月 8日|D⟧，乐都区碾伯镇高标准农田建设项目（项
目编号：⟦LDGC-2025-NT0 29|J⟧）在我中心开标，共11家单位投标。经电子交易系统比对发现，⟦青海河湟农业开发有限公司|C⟧与
⟦海东市宏远水利工程有限责任公 司|C⟧上传投标文件的MAC地址相同，⟦青海高原鑫泰建设有限公司|C⟧与上述两家的
投标报价呈等差排列（差额均为⟦3,200元|M⟧）。根据《⟦青海省公共资源交易异常行为处置办法（试行）|L⟧》第十二条，现将上述情况及系统比对
记录移送你局依法调查处理。

⟦海东市乐都区公共资源交易中心|A⟧
⟦2026年1月1 5日|D⟧
''',
        rels=[('REFERRED', '海东市乐都区公共资源交易中心', '海东市乐都区发展和改 革局', '乐交 易函〔2026〕1号', '2026年1月1 5日'),
              ('BID_ON', '青海河湟农业开发有限公司', 'LDGC-2025-NT0 29'),
              ('BID_ON', '海东市宏远水利工程有限责任公 司', 'LDGC-2025-NT0 29'),
              ('BID_ON', '青海高原鑫泰建设有限公司', 'LDGC-2025-NT0 29')],
        aliases={'海东市乐都区公共资 源交易中心': '海东市乐都区公共资源交易中心'},
        notes=['OCR-like noise: blanks inside words and broken lines; spans as written, with the inner blanks. Lines are broken outside entity spans.',
               'The header and signature spellings of the issuer differ by a blank: the clean signature spelling is canonical (issuer and REFERRED point at it), the noisy header is aliased to it. The receiver is written only once, with a blank, and is kept as written.'],
    ),
]

DOCS += [
    dict(
        file='b6-qktb-chifeng-songshan-czj-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'contract_violation'],
        issuer='赤峰市松山区财政局',
        body='''
关于松山区部分单位政府采购违规问题处理情况的通报
⟦赤松财通〔2026〕2号|N⟧

区直各预算单位，各镇人民政府、街道办事处：
　　⟦2025年11月|D⟧至12月，⟦区财政局|A⟧联合⟦赤峰市松山区审计局|A⟧对全区42家预算单位2025年度政府采购执行情况开展了专项检查。现将有关情况通报如下：
　　一、⟦赤峰市松山区卫生健康委员会|A⟧将办公楼维修工程（合同金额⟦87.6万元|M⟧）化整为零，分三次直接委托⟦赤峰荣盛建筑装饰有限公司|C⟧施工，规避公开招标。⟦区财政局|A⟧已责令其改正，并给予警告。
　　二、⟦赤峰市松山区穆家营子镇人民政府|A⟧与⟦内蒙古瑞丰农牧科技有限公司|C⟧签订的种苗采购合同未在法定期限内公告，且中标供应商将部分供货转包给⟦赤峰田园种业有限公司|C⟧。对该镇相关责任人员的问题线索，⟦区财政局|A⟧已于⟦2026年1月20日|D⟧移送⟦赤峰市松山区纪委监委|A⟧。
　　各单位要引以为戒，举一反三，严格执行政府采购法律制度。

⟦赤峰市松山区财政局|A⟧
⟦2026年2月3日|D⟧
''',
        rels=[('PENALIZED', '赤峰市松山区财政局', '赤峰市松山区卫生健康委员会'),
              ('REFERRED', '赤峰市松山区财政局', '赤峰市松山区纪委监委', None, '2026年1月20日')],
        aliases={'区财政局': '赤峰市松山区财政局'},
        notes=['区财政局 (level-prefixed) is AGENCY, aliased to the signer. 通报 of handling results: PENALIZED for 责令改正+警告; REFERRED for the stated transfer to the 纪委监委.',
               '至12月: a month-only range end is not DATE (dev19 convention). Joint inspection with the 审计局 is no relation.',
               'No BID_ON: no project number.'],
    ),
]

DOCS += [
    dict(
        file='b7-ysh-jingmen-dongbao-sjj-2026-3.docx', fmt='docx', kind='other', violations=['interference', 'bribery', 'discriminatory_terms'],
        issuer='荆门市东宝区审计局',
        body='''⟦荆门市东宝区审计局|A⟧
问题线索移送书
⟦东审移〔2026〕3号|N⟧
⟦中共荆门市东宝区纪律检查委员会|A⟧、⟦荆门市东宝区监察委员会|A⟧：
　　我局在对⟦荆门市东宝区教育局|A⟧⟦原局长|T⟧⟦邓卫东|P⟧进行任期经济责任审计时发现，⟦2023年4月|D⟧至⟦2024年10月|D⟧，⟦邓卫东|P⟧多次授意局计划财务股⟦股长|T⟧⟦杨帆|P⟧，在全区中小学智慧黑板采购项目（⟦DBJY-2023-ZB07|J⟧）中将⟦湖北楚荆教育装备有限公司|C⟧的产品参数写入采购需求；该公司中标后，其⟦销售经理|T⟧⟦梁志勇|P⟧以“咨询费”名义向⟦邓卫东|P⟧亲属控制的⟦荆门锦程商务信息咨询有限公司|C⟧转账⟦38万元|M⟧。
　　上述问题涉嫌违纪违法，根据《⟦审计机关审计移送管理规定|L⟧》，现移送你委依纪依法处理。
　　附件：审计取证单复印件12份
⟦荆门市东宝区审计局|A⟧
⟦2026年1月30日|D⟧''',
        rels=[('REFERRED', '荆门市东宝区审计局', '中共荆门市东宝区纪律检查委员会', '东审移〔2026〕3号', '2026年1月30日'),
              ('REFERRED', '荆门市东宝区审计局', '荆门市东宝区监察委员会', '东审移〔2026〕3号', '2026年1月30日'),
              ('HOLDS_POSITION', '邓卫东', '原局长', '荆门市东宝区教育局'),
              ('HOLDS_POSITION', '杨帆', '股长', '荆门市东宝区教育局'),
              ('HOLDS_POSITION', '梁志勇', '销售经理', '湖北楚荆教育装备有限公司'),
              ('BID_ON', '湖北楚荆教育装备有限公司', 'DBJY-2023-ZB07')],
        notes=['原局长: 原 adjacent to the title, kept (the agency precedes 原).',
               '局计划财务股: sub-unit after the pronoun-like 局 — no AGENCY; 股长 org = the 教育局 (resolved through 局).'],
    ),
]

DOCS += [
    dict(
        file='b8-jgfk-chenzhou-beihu-gaj-2026-4.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='郴州市公安局北湖分局',
        body='''
⟦郴州市公安局北湖分局|A⟧
关于⟦郴州市北湖区财政局|A⟧移送案件办理情况的反馈函
⟦郴北公函〔2026〕4号|N⟧

⟦郴州市北湖区财政局|A⟧：
　　⟦2025年11月12日|D⟧，你局以⟦北财移〔2025〕9号|N⟧将⟦郴州市宏图消防工程有限公司|C⟧在⟦北湖区人民医院|A⟧消防改造项目中涉嫌伪造国有企业公章、骗取中标一案移送我局。我局于⟦11月14日|D⟧立案侦查（案件编号：⟦A4310025000002025110037|N⟧）。
　　经侦查查明，该公司⟦实际控制人|T⟧⟦李国华|P⟧指使⟦员工|T⟧⟦周晓红|P⟧伪造⟦郴州市城市建设投资发展集团有限公司|C⟧印章，制作虚假业绩证明两份。⟦2026年1月22日|D⟧，我局以涉嫌伪造公司印章罪将⟦李国华|P⟧、⟦周晓红|P⟧移送⟦郴州市北湖区人民检察院|A⟧审查起诉。
　　涉及政府采购行政违法部分，请你局依法处理。
　　特此反馈。

⟦郴州市公安局北湖分局|A⟧
⟦2026年2月11日|D⟧
''',
        rels=[('REFERRED', '郴州市北湖区财政局', '郴州市公安局北湖分局', '北财移〔2025〕9号', '2025年11月12日'),
              ('REFERRED', '郴州市公安局北湖分局', '郴州市北湖区人民检察院', None, '2026年1月22日'),
              ('HOLDS_POSITION', '李国华', '实际控制人', '郴州市宏图消防工程有限公司'),
              ('HOLDS_POSITION', '周晓红', '员工', '郴州市宏图消防工程有限公司')],
        notes=['A police case number (A…) is DOC_NO (DECISIONS). 移送审查起诉 by the police → REFERRED. 立案 is no relation.',
               'No project number → no BID_ON. 北湖区人民医院 inside the project name is annotated (GUIDELINES 2.3).'],
    ),
]

DOCS += [
    dict(
        file='b9-ysh-longyan-xinluo-jwjw-2026-6-ocr.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference'],
        issuer='龙岩市新罗区纪委监委',
        body='''
⟦龙岩市新罗区纪委 监委|A⟧

关于移送⟦龙岩市新罗区 西城街道办事处|A⟧违规采购问题的函
⟦岩新纪函〔2026〕6号|N⟧

⟦龙岩市新罗区财政局|A⟧：
　　我委在查办新罗区西城街道⟦原党工委书 记|T⟧⟦林 某|P⟧严重违纪违法案件中发现，⟦2024年6月|D⟧，⟦林某|P⟧授意⟦西城街道办事处|A⟧未经公开招标，将辖区智慧停车
系统建设项目（合同价⟦人民币 196万元|M⟧）直接委托给其好友⟦陈某华|P⟧实际控制的⟦福建闽西智联科技
有限公司|C⟧实施。该行为违反政府采购有关规定，依据《⟦中华人民共和国政府采购法|L⟧》相关条款，属你局监管职责范围。现将有
关问题线索移送你局依法处理，并请于办结后三十日内将处理结果书面反馈我委。

⟦龙岩市新罗区纪委监委|A⟧
⟦2026年2月1 3日|D⟧
''',
        rels=[('REFERRED', '龙岩市新罗区纪委监委', '龙岩市新罗区财政局', '岩新纪函〔2026〕6号', '2026年2月1 3日'),
              ('HOLDS_POSITION', '林 某', '原党工委书 记', None)],
        aliases={'龙岩市新罗区纪委 监委': '龙岩市新罗区纪委监委', '林 某': '林某', '西城街道办事处': '龙岩市新罗区 西城街道办事处'},
        notes=['OCR-like noise: blanks inside words; a company name broken across a line (福建闽西智联科技\\n有限公司) is one span containing the line break (doubtful: a flat span over a newline).',
               '新罗区西城街道原党工委书 记: a 街道 is a place, not AGENCY, and its 党工委 is not named as a body; POSITION 原党工委书 记 (with the OCR blank, like 原党委副书记), org null (doubtful).',
               '好友 is a relation, not POSITION. 实际控制的 is a verb phrase, no POSITION.'],
    ),
]

DOCS += [
    dict(
        file='b10-hz-tongchuan-yaozhou-scjg-2026.txt', fmt='gb18030-crlf', kind='other', violations=[],
        issuer='铜川市耀州区市场监督管理局',
        body='''
案件线索移送回执

回执编号：YZSJ-HZ-2026-004

移送单位：⟦铜川市耀州区财政局|A⟧
移送文书：《涉嫌违法线索移送函》（⟦耀财函〔2026〕5号|N⟧）
移送日期：⟦2026年2月16日|D⟧
涉及当事人：⟦铜川耀华印务有限公司|C⟧（⟦法定代表人|T⟧：⟦任建国|P⟧）
移送内容：政府采购档案印刷服务项目中涉嫌以不正当手段排挤竞争对手线索及相关材料，共1册36页。

接收单位（盖章）：⟦铜川市耀州区市场监督管理局|A⟧
接收人：⟦张丽|P⟧
接收日期：⟦2026年2月17日|D⟧

（本回执一式两联，一联交移送单位，一联接收单位留存）
''',
        rels=[('REFERRED', '铜川市耀州区财政局', '铜川市耀州区市场监督管理局', '耀财函〔2026〕5号', '2026年2月16日'),
              ('LEGAL_REP', '任建国', '铜川耀华印务有限公司'),
              ('HOLDS_POSITION', '任建国', '法定代表人', '铜川耀华印务有限公司')],
        notes=['Form-shaped receipt, GB18030 with CRLF line ends. 回执编号 is not DOC_NO (DECISIONS).',
               '接收人 is not a POSITION. violations empty: 不正当手段排挤竞争对手 is vague (doubtful; could be other).'],
    ),
]
