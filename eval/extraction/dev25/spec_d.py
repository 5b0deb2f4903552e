"""dev25 — documents d1–d10: 移送 with 抄送 (docx), a trading centre to two addressees, a 转交 signed only by seal, a refused
hand-over, an OCR-noisy finance letter, 指定管辖 followed by 移送 (docx), a police 办理结果反馈 (html), an audit letter with
attached earlier letters, a 受理通知 (GB18030), a 交办 from a provincial body. All persons, companies, numbers, amounts and acts are invented."""

LETTER = 'Letters between bodies: kind other. 抄送 lines are not REFERRED (DECISIONS).'

DOCS = [
    dict(
        file='d1-xsyshan-yixing-slj-2026-6.docx', fmt='docx', kind='other', violations=['interference', 'abuse_of_power'],
        issuer='宜兴市水利局',
        body='''
⟦宜兴市水利局|A⟧
⟦宜水函〔2026〕6号|N⟧
关于移送⟦丁蜀镇水利站|A⟧有关人员违规干预采购问题线索的函
⟦中共宜兴市纪律检查委员会|A⟧、⟦宜兴市监察委员会|A⟧：
根据⟦江苏省水利厅|A⟧⟦2026年2月|D⟧部署开展的水利工程建设领域突出问题专项整治要求，我局对2024年以来各镇水利站组织实施的小型水利工程采购情况进行了排查，发现⟦丁蜀镇水利站|A⟧⟦原站长|T⟧⟦吴国良|P⟧在丁蜀镇河道清淤疏浚工程采购中，向评审专家打招呼，要求对⟦宜兴市溪南水利建设有限公司|C⟧“多关照”，该公司最终以第一名中标，合同价⟦人民币158.3万元|M⟧。
⟦吴国良|P⟧已于⟦2025年12月|D⟧调任⟦宜兴市河道管理处|A⟧。因其系公职人员，现将排查报告、谈话记录等材料移送你们，请依规依纪依法处理。
⟦宜兴市水利局|A⟧（印章）
⟦2026年3月27日|D⟧
抄送：⟦宜兴市财政局|A⟧，⟦宜兴市公共资源交易中心|A⟧
''',
        rels=[('REFERRED', '宜兴市水利局', '中共宜兴市纪律检查委员会', '宜水函〔2026〕6号', '2026年3月27日'),
              ('REFERRED', '宜兴市水利局', '宜兴市监察委员会', '宜水函〔2026〕6号', '2026年3月27日'),
              ('HOLDS_POSITION', '吴国良', '原站长', '丁蜀镇水利站')],
        notes=[LETTER, '移送你们 (plural pronoun) → one REFERRED to each named addressee. 抄送 to finance and the trading centre → none. The provincial 部署 is not a hand-over.',
               '丁蜀镇水利站 keeps a town name → AGENCY (a public institution). 向评审专家打招呼 → interference; an official\'s misuse of office → abuse_of_power (doubtful: interference alone may be enough).'],
    ),
]

DOCS += [
    dict(
        file='d2-xsyshan-meihekou-jyzx-2026-8.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='梅河口市公共资源交易中心',
        body='''
⟦梅河口市公共资源交易中心|A⟧
关于报送评标异常情况的函
⟦梅交易函〔2026〕8号|N⟧

⟦梅河口市财政局|A⟧、⟦梅河口市发展和改革局|A⟧：
    ⟦2026年5月19日|D⟧，在我中心开标的两个项目中，系统预警提示异常：
    一是⟦梅河口市第五中学|A⟧学生公寓家具采购项目（政府采购，项目编号⟦MHK-ZC-2026-031|J⟧），⟦吉林森工家具制造有限公司|C⟧与⟦梅河口市鑫宇办公设备商行|C⟧两份投标文件创建者账户名均为“lw2019”。
    二是⟦梅河口市住房和城乡建设局|A⟧市政道路维修工程（依法必须招标项目，项目编号⟦MHK-JS-2026-017|J⟧），⟦吉林通远路桥有限公司|C⟧与⟦梅河口市东联建筑工程有限公司|C⟧投标保证金从同一企业账户转出。
    按照行业监督职责分工，第一项请⟦市财政局|A⟧处理，第二项请⟦市发改局|A⟧处理。相关开标记录、投标文件电子特征信息及保证金流水随函移送。

⟦梅河口市公共资源交易中心|A⟧
⟦2026年5月21日|D⟧
''',
        rels=[('REFERRED', '梅河口市公共资源交易中心', '梅河口市财政局', '梅交易函〔2026〕8号', '2026年5月21日'),
              ('REFERRED', '梅河口市公共资源交易中心', '梅河口市发展和改革局', '梅交易函〔2026〕8号', '2026年5月21日'),
              ('BID_ON', '吉林森工家具制造有限公司', 'MHK-ZC-2026-031'),
              ('BID_ON', '梅河口市鑫宇办公设备商行', 'MHK-ZC-2026-031'),
              ('BID_ON', '吉林通远路桥有限公司', 'MHK-JS-2026-017'),
              ('BID_ON', '梅河口市东联建筑工程有限公司', 'MHK-JS-2026-017')],
        aliases={'市财政局': '梅河口市财政局', '市发改局': '梅河口市发展和改革局'},
        notes=[LETTER, 'A trading centre\'s report of findings to supervising bodies → REFERRED (DECISIONS, session 8), one to each addressee, each for its own project; date the letter date (5月19日 is the opening date).',
               'Purchasers (the school, the housing bureau) do not bid. Level-prefixed short forms aliased to the full names.'],
    ),
    dict(
        file='d3-zjh-taining-jwjw-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer=None,
        body='''
关于转交群众来信的函

⟦泰宁县财政局|A⟧：
    近日，⟦福建省纪委监委信访室|A⟧转来反映⟦泰宁县杉城镇人民政府|A⟧的来信一件（附后），反映该镇⟦2025年10月|D⟧实施的镇区路灯改造项目未经政府采购程序，由镇领导亲属经营的⟦泰宁县明亮电器经营部|C⟧直接供货，金额约⟦19万元|M⟧。
    经研究，来信反映的政府采购程序问题属你局监管职责，现转交你局调查处理。对其中涉及公职人员的问题，我们将另行处置。请你局于⟦7月31日|D⟧前将调查结果函复我们。

    附件：来信复印件1份

                                               （印章）
                                          ⟦2026年6月15日|D⟧
''',
        implicit=[dict(type='REFERRED', **{'from': '福建省纪委监委信访室', 'to': None}, null_endpoint_mention='我们'),
                  dict(type='REFERRED', **{'from': None, 'to': '泰宁县财政局'}, null_endpoint_mention='我们', date='2026年6月15日')],
        notes=[LETTER, 'The writer is never named: no header, the seal is shown as （印章）, self-reference 我们 → issuer null and both hand-overs go to implicit_relations with 我们 as the null end (GUIDELINES: unnamed issuer).',
               '转来 / 转交 of a complaint letter for handling → REFERRED. 福建省纪委监委信访室 is one maximal AGENCY span (named sub-unit). date of the 转来 not stated (近日).',
               '约19万元 → MONEY 19万元 (约 left out). 镇领导亲属 is no POSITION (no name).'],
    ),
]

DOCS += [
    dict(
        file='d4-bysl-jiangle-czj-2026-10.txt', fmt='utf-8', kind='other', violations=['contract_violation'],
        issuer='将乐县财政局',
        body='''
⟦将乐县财政局|A⟧
关于不予接收有关案件材料的复函
⟦将财函〔2026〕10号|N⟧

⟦县住建局|A⟧：
    贵局《关于商请接收⟦福建金溪建设集团有限公司|C⟧违法转包案件的函》（⟦将建函〔2026〕31号|N⟧）收悉。来函拟将⟦将乐县古镛镇人民政府|A⟧安置房二期工程（项目编号⟦JLFJ-2024-009|J⟧）中⟦福建金溪建设集团有限公司|C⟧违法转包给⟦将乐县宏昌劳务有限公司|C⟧的问题移交我局处理。
    经研究，该项目为依法必须招标的工程建设项目，资金来源为专项债券，不属于政府采购项目；施工合同履行中的转包行为，依据《⟦中华人民共和国建筑法|L⟧》《⟦建设工程质量管理条例|L⟧》，应由住房和城乡建设主管部门查处。因此，我局不予接收，相关材料请贵局自行留存处理。如发现涉及财政资金违规使用的问题，可另行函告我局。

                                          ⟦将乐县财政局|A⟧
                                         ⟦2026年7月3日|D⟧
抄送：⟦将乐县人民政府办公室|A⟧
''',
        rels=[('BID_ON', '福建金溪建设集团有限公司', 'JLFJ-2024-009')],
        notes=[LETTER, 'A refused hand-over: the housing bureau only proposed (商请接收, 拟…移交) and the finance bureau declined → no REFERRED (DECISIONS: a suggestion/proposal is not a transfer; the material never moved).',
               'The contractor of the numbered project → BID_ON (it won the project, doubtful: the text says only it held the contract). The subcontractor did not bid.'],
    ),
    dict(
        file='d5-xsyshan-rugao-czj-2026-ocr.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='如皋市财政局',
        body='''
⟦如皋市财政局|A⟧
⟦如 皋 市 财 政 局|A⟧ 关 于 移 送 涉 嫌 犯 罪 案 件 的 函
⟦皋财购〔2026〕l5号|N⟧

⟦如皋市公安局经济犯罪侦查大队|A⟧:
    我局在处理⟦江苏皋城医疗科技有限公司|C⟧投诉⟦如皋市人民医院|A⟧内镜设备采购项目(项目编号:⟦RGCG2O26-0113|J⟧)过程中，查明中标人⟦江苏康益医疗器械有限公司|C⟧与参标人⟦上海迈途医学科技有限公司|C⟧相互协调报价，且中标人⟦销售经理|T⟧⟦缪某|P⟧向采购人⟦设备科科长|T⟧⟦石某某|P⟧支付“咨询费”⟦8.6万元|M⟧。
    上 述 行 为 涉 嫌 串 通 投 标 罪 及 非 国 家 工 作 人 员 受 贿 罪 ，根据相关规定，现移送贵大队。我局对该项目的投诉处理决定书( ⟦皋财购决〔2026〕3号|N⟧ )一并附送。
    附件:投诉处理决定书、调查笔录等 共 4 份

                                     ⟦如皋市财政局|A⟧
                                   ⟦2026年4月2O日|D⟧
''',
        rels=[('REFERRED', '如皋市财政局', '如皋市公安局经济犯罪侦查大队', '皋财购〔2026〕l5号', '2026年4月2O日'),
              ('BID_ON', '江苏康益医疗器械有限公司', 'RGCG2O26-0113'),
              ('BID_ON', '上海迈途医学科技有限公司', 'RGCG2O26-0113'),
              ('HOLDS_POSITION', '缪某', '销售经理', '江苏康益医疗器械有限公司'),
              ('HOLDS_POSITION', '石某某', '设备科科长', '如皋市人民医院')],
        aliases={'如 皋 市 财 政 局': '如皋市财政局'},
        notes=[LETTER, 'OCR-like noise: letter l / O for digits (l5号, RGCG2O26, 2O日), spaced characters, half-width colons and brackets — annotated as written. The spaced title name 如 皋 市 财 政 局 is annotated as AGENCY as written and aliased (doubtful).',
               'Police sub-unit addressee 如皋市公安局经济犯罪侦查大队 → one maximal AGENCY; 贵大队 is a pronoun. The complainant is not assumed to have bid; the winner and the 参标人 did.',
               '采购人设备科科长: the sub-unit after a role word goes into the POSITION (dev19 convention), org the hospital. The complaint decision number is DOC_NO but is not the referral\'s evidence.'],
    ),
]

DOCS += [
    dict(
        file='d6-zdgx-ruichang-czj-2026-7.docx', fmt='docx', kind='other', violations=['false_materials', 'bribery'],
        issuer='瑞昌市财政局',
        body='''
⟦瑞昌市财政局|A⟧
⟦瑞财购函〔2026〕7号|N⟧
关于移送⟦江西赣北教学装备有限公司|C⟧涉嫌商业贿赂线索的函
⟦瑞昌市市场监督管理局|A⟧：
⟦2026年3月|D⟧，⟦江西省财政厅|A⟧以《关于指定管辖的决定》（⟦赣财购〔2026〕41号|N⟧）指定我局管辖⟦江西赣北教学装备有限公司|C⟧政府采购投诉举报案件，并于⟦2026年3月17日|D⟧将前期收到的举报材料移交我局。
我局调查中查明，该公司在⟦瑞昌市第一中学|A⟧智慧黑板采购项目（项目编号⟦RCZC-2025-0419|J⟧）中提供虚假的产品检测报告，我局已依法另行处理；同时发现该公司以“技术服务费”名义向⟦瑞昌市第一中学|A⟧⟦信息中心主任|T⟧⟦柯某|P⟧支付⟦3.2万元|M⟧，该行为涉嫌商业贿赂，不属我局管辖。
现将相关银行流水、询问笔录等证据材料移送你局依法处理。
联系人：⟦邹凯|P⟧
⟦瑞昌市财政局|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('REFERRED', '江西省财政厅', '瑞昌市财政局', None, '2026年3月17日'),
              ('REFERRED', '瑞昌市财政局', '瑞昌市市场监督管理局', '瑞财购函〔2026〕7号', '2026年5月6日'),
              ('BID_ON', '江西赣北教学装备有限公司', 'RCZC-2025-0419'),
              ('HOLDS_POSITION', '柯某', '信息中心主任', '瑞昌市第一中学')],
        notes=[LETTER, '指定管辖 by the provincial department is not REFERRED (GUIDELINES); its later 移交 of the complaint materials to the designated bureau is a hand-over → REFERRED, date the stated 移交 date (doubtful: one may see it as part of the designation).',
               '信息中心主任 of a named school: the unnamed internal centre is written into the POSITION (dev19 convention). 赣财购〔2026〕41号 is DOC_NO of the designation, not the evidence of the 移交.'],
    ),
    dict(
        file='d7-fk-duchang-gaj-2026.html', fmt='html', kind='other', violations=['collusion'],
        issuer='都昌县公安局',
        body='''<html>
<head><meta charset="utf-8"><title>办理结果反馈</title><style>td{border:1px solid #999}</style></head>
<body>
<h3>⟦都昌县公安局|A⟧</h3>
<h3>移送案件办理结果反馈函</h3>
<p>⟦都公经反〔2026〕5号|N⟧</p>
<p>⟦都昌县审计局|A⟧：</p>
<p>贵单位移送的下列案件线索，现将办理结果反馈如下：</p>
<table>
<tr><th>序号</th><th>来文文号</th><th>移送日期</th><th>涉案单位</th><th>办理结果</th></tr>
<tr><td>1</td><td>⟦都审移〔2025〕6号|N⟧</td><td>⟦2025-09-12|D⟧</td><td>⟦江西鄱湖水务工程有限公司|C⟧</td><td>已立案侦查，⟦2026年1月8日|D⟧移送⟦都昌县人民检察院|A⟧审查起诉</td></tr>
<tr><td>2</td><td>⟦都审移〔2025〕9号|N⟧</td><td>⟦2025-11-03|D⟧</td><td>⟦都昌县湖畔园林绿化有限公司|C⟧</td><td>经初查，不构成犯罪，不予立案，已将材料退回贵单位</td></tr>
</table>
<p>该中心（⟦都昌县公共资源交易中心|A⟧）⟦2026年2月|D⟧移交我局的同类线索另行反馈。</p>
<p>⟦都昌县公安局|A⟧<br>⟦2026年2月26日|D⟧</p>
</body></html>''',
        rels=[('REFERRED', '都昌县审计局', '都昌县公安局', '都审移〔2025〕6号', '2025-09-12'),
              ('REFERRED', '都昌县公安局', '都昌县人民检察院', None, '2026年1月8日'),
              ('REFERRED', '都昌县公共资源交易中心', '都昌县公安局', None, '2026年2月')],
        notes=[LETTER, 'Web page with a table. Two audit transfers restated in rows: REFERRED audit → police (relations are de-duplicated on the pair, so one is kept, with the first row\'s number and date; the second row 都审移〔2025〕9号 / 2025-11-03 is equally valid).',
               '移送审查起诉 police → procuratorate → REFERRED (DECISIONS). 退回 to the audit bureau → not REFERRED. The trading centre\'s 移交 → REFERRED, month date.',
               '来文文号 column values are DOC_NO (DECISIONS). 该中心 is a pronoun-like back-reference, not annotated.'],
    ),
]

DOCS += [
    dict(
        file='d8-zsh-luotian-sjj-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='罗田县审计局',
        body='''
⟦罗田县审计局|A⟧
关于再次移送⟦罗田县医疗保障服务中心|A⟧有关问题的函
⟦罗审函〔2026〕4号|N⟧

⟦罗田县财政局|A⟧：
    ⟦2025年12月|D⟧，我局在对⟦罗田县医疗保障局|A⟧（以下简称⟦县医保局|A⟧）开展经济责任审计时发现，其下属⟦罗田县医疗保障服务中心|A⟧（以下简称⟦县医保服务中心|A⟧）2024至2025年分三次向⟦湖北大别山信息技术有限公司|C⟧采购医保信息系统运维服务，合计⟦人民币87.4万元|M⟧，未执行政府采购程序，且该中心未按规定保存采购档案。该中心⟦主任|T⟧⟦方兴|P⟧解释系沿用原合同续签。
    我局曾以⟦罗审函〔2025〕22号|N⟧函将上述问题移送贵单位，贵单位以该中心已自行整改为由未作处理意见。鉴于⟦县医保局|A⟧⟦2026年1月|D⟧又与该公司续签了一年合同，问题仍未纠正，现再次移送，请依法处理并于一个月内回复。

    附件：1.⟦罗田县审计局|A⟧《关于移送⟦县医保服务中心|A⟧未执行政府采购程序问题的函》（⟦罗审函〔2025〕22号|N⟧）
          2.⟦罗田县财政局|A⟧《关于审计移送事项的回复》（⟦罗财函〔2026〕2号|N⟧）
          3.续签合同复印件

                                         ⟦罗田县审计局|A⟧
                                        ⟦2026年2月13日|D⟧
''',
        rels=[('REFERRED', '罗田县审计局', '罗田县财政局', '罗审函〔2026〕4号', '2026年2月13日')],
        aliases={'县医保局': '罗田县医疗保障局', '县医保服务中心': '罗田县医疗保障服务中心'},
        notes=[LETTER, 'Two hand-overs of the same pair (the first by 罗审函〔2025〕22号, this 再次移送) → one REFERRED after de-duplication, with this letter\'s number and date. The finance bureau\'s reply (罗财函〔2026〕2号) is no relation.',
               'Attached earlier letters name their writers in 附件 lines → annotated. Inside the attached title the short form 县医保服务中心 is annotated (a defined 以下简称). 该中心 / 贵单位 are pronouns.',
               '未按规定保存采购档案 → other (record-keeping).'],
    ),
    dict(
        file='d9-sltz-rongchang-czj-2026-11.txt', fmt='gb18030', kind='other', violations=['collusion', 'interference'],
        issuer='重庆市荣昌区财政局',
        body='''
⟦重庆市荣昌区财政局|A⟧
案件受理通知书
⟦荣财受〔2026〕11号|N⟧

⟦荣昌区审计局|A⟧、⟦荣昌区纪委监委|A⟧：
    ⟦2026年7月6日|D⟧，你们联合移送的《关于⟦荣昌区昌州街道办事处|A⟧政府采购项目涉嫌违规问题的移送函》（⟦荣审移〔2026〕3号|N⟧）及附件材料共计4册收悉。
    来函反映：⟦昌州街道办事处|A⟧背街小巷提升改造项目（项目编号⟦RCCZ-2026-0052|J⟧）中，⟦重庆海棠建设工程有限公司|C⟧、⟦重庆昌元市政工程有限公司|C⟧、⟦荣昌区恒泰建筑劳务有限公司|C⟧投标报价高度近似；街道办事处⟦原副主任|T⟧⟦黎某|P⟧曾授意代理机构设置评分标准。
    经审查，该事项属于我局职责范围，我局决定予以受理，已于⟦2026年7月9日|D⟧立案调查（⟦荣财立〔2026〕8号|N⟧）。涉及公职人员违纪违法部分，由⟦荣昌区纪委监委|A⟧依规依纪依法处理。
    办理结果将书面告知你们。

                                         ⟦重庆市荣昌区财政局|A⟧
                                            ⟦2026年7月10日|D⟧
''',
        rels=[('REFERRED', '荣昌区审计局', '重庆市荣昌区财政局', '荣审移〔2026〕3号', '2026年7月6日'),
              ('REFERRED', '荣昌区纪委监委', '重庆市荣昌区财政局', '荣审移〔2026〕3号', '2026年7月6日'),
              ('BID_ON', '重庆海棠建设工程有限公司', 'RCCZ-2026-0052'),
              ('BID_ON', '重庆昌元市政工程有限公司', 'RCCZ-2026-0052'),
              ('BID_ON', '荣昌区恒泰建筑劳务有限公司', 'RCCZ-2026-0052'),
              ('HOLDS_POSITION', '黎某', '原副主任', '荣昌区昌州街道办事处')],
        aliases={'昌州街道办事处': '荣昌区昌州街道办事处'},
        notes=[LETTER, 'A 受理通知 to two joint senders (联合移送 restated): one REFERRED from each sender to the writer, with the joint letter\'s number and the date it was received (the only date; doubtful).',
               'The division of labour (纪委监委 handles officials) is no hand-over. 荣财立〔2026〕8号 is a filing number → DOC_NO.',
               '原副主任 (adjacent 原 kept), org the 街道办事处 named earlier. 昌州街道办事处 (short form with a name element, inside a project name) → AGENCY, aliased; the bare back-reference 街道办事处 is not annotated.'],
    ),
]

DOCS += [
    dict(
        file='d10-bjqk-huocheng-fgw-2026-15.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='霍城县发展和改革委员会',
        body='''
⟦霍城县发展和改革委员会|A⟧
关于上级交办招标投标投诉举报事项办理情况的报告
⟦霍发改报〔2026〕15号|N⟧

⟦自治区发展改革委|A⟧：
    ⟦2026年4月2日|D⟧，贵委以⟦新发改法规〔2026〕88号|N⟧交办单将⟦新疆天山润禾农业发展有限公司|C⟧实名举报⟦霍城县清水河镇人民政府|A⟧高标准农田建设项目（项目编号⟦HCNT-2025-0307|J⟧）招标中存在串通投标、弄虚作假问题的举报件转我委办理。现将办理情况报告如下：
    一、经查，中标人⟦新疆西域丰源建设工程有限公司|C⟧与投标人⟦霍城县惠远建筑安装有限责任公司|C⟧的投标文件由同一人编制，且中标人提交的两项类似业绩系伪造。举报属实。
    二、⟦2026年5月12日|D⟧，我委依据《⟦中华人民共和国招标投标法|L⟧》第五十三条、第五十四条，对⟦新疆西域丰源建设工程有限公司|C⟧处中标项目金额千分之八的罚款，计⟦人民币10.9万元|M⟧，对⟦霍城县惠远建筑安装有限责任公司|C⟧处⟦人民币2.7万元|M⟧罚款；中标结果无效，责令招标人重新招标。
    三、中标人⟦法定代表人|T⟧⟦艾力·买买提|P⟧涉嫌串通投标罪，我委已于⟦5月15日|D⟧将案件移送⟦霍城县公安局|A⟧；⟦霍城县公共资源交易中心|A⟧工作人员是否存在泄露标底问题，我委建议由⟦县纪委监委|A⟧核查，尚未移送。
    四、已将办理结果书面答复举报人。

⟦霍城县发展和改革委员会|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '自治区发展改革委', '霍城县发展和改革委员会', '新发改法规〔2026〕88号', '2026年4月2日'),
              ('REFERRED', '霍城县发展和改革委员会', '霍城县公安局', None, '5月15日'),
              ('PENALIZED', '霍城县发展和改革委员会', '新疆西域丰源建设工程有限公司'),
              ('PENALIZED', '霍城县发展和改革委员会', '霍城县惠远建筑安装有限责任公司'),
              ('BID_ON', '新疆西域丰源建设工程有限公司', 'HCNT-2025-0307'),
              ('BID_ON', '霍城县惠远建筑安装有限责任公司', 'HCNT-2025-0307'),
              ('LEGAL_REP', '艾力·买买提', '新疆西域丰源建设工程有限公司'),
              ('HOLDS_POSITION', '艾力·买买提', '法定代表人', '新疆西域丰源建设工程有限公司')],
        notes=[LETTER, '交办 from the autonomous-region commission (举报件转我委办理) → REFERRED with the 交办单 number and date (set convention: 转办/交办 are hand-overs). The report back to the superior is not.',
               '自治区发展改革委 is a level-prefixed name (自治区 as the level word) → AGENCY; no full name in the text. The company complainant is not assumed to have bid.',
               '建议由县纪委监委核查，尚未移送 → not REFERRED; 县纪委监委 is a level-prefixed name → AGENCY. 工作人员 of the trading centre is generic (no person), not POSITION.'],
    ),
]
