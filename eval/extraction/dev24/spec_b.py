"""dev24 — documents b1–b9: 情况通报 / 工作通报 listing several transfers (b1–b5) and 工作总结 / 年度报告 excerpts (b6–b9).
Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

DOCS = [
    dict(
        file='b1-tb-shahe-czj-yisong-2025.docx', fmt='docx', kind='other', violations=['false_materials', 'bribery', 'collusion'],
        issuer='沙河市财政局',
        body='''⟦沙河市财政局|A⟧
关于2025年度政府采购监督检查案件移送办理情况的通报
⟦沙财采〔2026〕3号|N⟧
各预算单位、各采购代理机构：
2025年，我局在政府采购监督检查和投诉处理中发现涉及其他部门职责的问题4件，现将移送及办理情况通报如下：
一、⟦河北瑞丰招标代理有限公司|C⟧代理的⟦沙河市第二中学|A⟧实验室设备采购项目（项目编号⟦SHCG-2025-041|J⟧）中，⟦评审专家|T⟧⟦周某|P⟧涉嫌收受投标人财物。我局于⟦2025年6月10日|D⟧以⟦沙财函〔2025〕31号|N⟧将线索移送⟦沙河市纪委监委|A⟧，该委已立案审查。
二、⟦沙河市恒宇教学设备有限公司|C⟧与⟦邢襄科教仪器有限公司|C⟧在上述项目中涉嫌串通投标，我局在作出罚款处罚的同时，于⟦7月3日|D⟧将涉嫌犯罪线索移送⟦沙河市公安局|A⟧。⟦市公安局|A⟧审查后认为现有证据不足以立案，已将材料退回我局，我局补充调查后再次移送。
三、⟦沙河市审计局|A⟧⟦2025年9月|D⟧以⟦沙审移〔2025〕6号|N⟧审计移送处理书移送我局的⟦沙河市人民医院|A⟧未按规定执行政府采购问题，我局已作出处理，并将办理结果反馈⟦市审计局|A⟧。
四、对⟦沙河市城市管理综合行政执法局|A⟧采购项目中供应商⟦沙河市洁美环境服务有限公司|C⟧提供虚假社保缴纳证明的问题，我局经研究认为应由本局依法处理，不予移送。
⟦沙河市财政局|A⟧
⟦2026年1月15日|D⟧''',
        rels=[
            ('REFERRED', '沙河市财政局', '沙河市纪委监委', '沙财函〔2025〕31号', '2025年6月10日'),
            ('REFERRED', '沙河市财政局', '沙河市公安局', None, '7月3日'),
            ('REFERRED', '沙河市审计局', '沙河市财政局', '沙审移〔2025〕6号', '2025年9月'),
            ('PENALIZED', '沙河市财政局', '沙河市恒宇教学设备有限公司'),
            ('PENALIZED', '沙河市财政局', '邢襄科教仪器有限公司'),
            ('BID_ON', '沙河市恒宇教学设备有限公司', 'SHCG-2025-041'),
            ('BID_ON', '邢襄科教仪器有限公司', 'SHCG-2025-041'),
            ('HOLDS_POSITION', '周某', '评审专家', None),
        ],
        aliases={'市公安局': '沙河市公安局', '市审计局': '沙河市审计局'},
        notes=['docx. Issuer in header and signature; 我局 as receiver resolved to 沙河市财政局.',
               'Item 2: the transfer happened, was 退回 and re-sent; the return is no REFERRED, the two sends collapse into one relation '
               '(first date 7月3日).',
               'Item 3: 办理结果反馈 of a case result back to the audit office is not a hand-over of a clue: no REFERRED back.',
               'Item 4: 不予移送 → no relation.',
               '评审专家周某 → POSITION 评审专家, org null (GUIDELINES example 评审专家陈国清).',
               '沙河市第二中学 inside a project name → AGENCY (GUIDELINES §2.3).',
               '各预算单位、各采购代理机构 are distributive addressees: not annotated.'],
    ),
]

DOCS += [
    dict(
        file='b2-gztb-jurong-ggzy-2026-q1.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'other'],
        issuer='句容市公共资源交易中心',
        body='''
句容市公共资源交易领域异常线索移送工作通报
（2026年第1季度）
　　一季度，⟦句容市公共资源交易中心|A⟧（以下简称“⟦市交易中心|A⟧”）共发现异常交易线索9条，已移送6条，暂缓移送2条，另有1条经研判不予移送。具体如下：
　　（一）工程建设类。⟦1月12日|D⟧，⟦市交易中心|A⟧以⟦句交函〔2026〕2号|N⟧将句容市茅山镇农房改善配套工程（⟦JRJS-2025-118|J⟧）中⟦句容宏盛建设有限公司|C⟧、⟦句容市华阳土木工程有限公司|C⟧投标文件雷同线索移送⟦句容市住房和城乡建设局|A⟧；⟦2月5日|D⟧、⟦2月27日|D⟧又分别将两起疑似围标线索移送⟦句容市住房和城乡建设局|A⟧（⟦句交函〔2026〕5号|N⟧、⟦句交函〔2026〕8号|N⟧）。⟦住建局|A⟧对前一起线索调查后，认为其中涉嫌行贿部分超出本部门职责，已于⟦3月4日|D⟧移交⟦句容市纪委监委|A⟧。
　　（二）政府采购类。⟦句交函〔2026〕6号|N⟧（⟦2月9日|D⟧）：⟦江苏金瑞达办公设备有限公司|C⟧在⟦句容市人民医院|A⟧信息化采购项目中提供虚假检测报告，移送⟦句容市财政局|A⟧；同日，将⟦句容捷安消防工程有限公司|C⟧资质证书疑似造假线索移送⟦句容市财政局|A⟧、抄送⟦句容市应急管理局|A⟧。
　　（三）暂缓及不予移送情况。对茅山风景区管理处保洁服务项目中两家供应商报价呈规律性差异的问题，因证据尚不充分，是否移送待进一步研判；对⟦句容市交通运输局|A⟧反映的某公路养护项目投标异常问题，经核实系系统时钟误差所致，不予移送。
　　请各相关监管部门于收到线索后30日内将办理情况反馈⟦市交易中心|A⟧。
⟦句容市公共资源交易中心|A⟧
⟦2026年4月3日|D⟧
''',
        rels=[
            ('REFERRED', '句容市公共资源交易中心', '句容市住房和城乡建设局', '句交函〔2026〕2号', '1月12日'),
            ('REFERRED', '句容市住房和城乡建设局', '句容市纪委监委', None, '3月4日'),
            ('REFERRED', '句容市公共资源交易中心', '句容市财政局', '句交函〔2026〕6号', '2月9日'),
            ('BID_ON', '句容宏盛建设有限公司', 'JRJS-2025-118'),
            ('BID_ON', '句容市华阳土木工程有限公司', 'JRJS-2025-118'),
        ],
        aliases={'市交易中心': '句容市公共资源交易中心', '住建局': '句容市住房和城乡建设局'},
        unmarked=[],
        notes=['Several transfers with numbers in brackets after the sentence or before it; relations de-duplicate on (type, from, to), '
               'so the three transfers to the 住建局 are one relation carrying the first one\'s number and date; 5号 and 8号 stay DOC_NO spans.',
               'Multi-hop: 交易中心 → 住建局 → 纪委监委 (移交, 3月4日).',
               '抄送 句容市应急管理局 is not REFERRED. 是否移送待研判 and 不予移送 → no relation. 句容市交通运输局 反映 to the centre is a report '
               'of a problem, not a hand-over of a clue (doubtful).',
               '句容市人民医院 inside a project name → AGENCY. 茅山风景区管理处 has no place/level prefix '
               'in the text (茅山 is a place): not annotated, doubtful.',
               'Issue line （2026年第1季度） is not DOC_NO (DECISIONS).'],
    ),
]

DOCS += [
    dict(
        file='b3-qktb-shanxian-scjg-2026.txt', fmt='gb18030', kind='other', violations=['other', 'collusion'],
        issuer='单县市场监督管理局',
        body='''
⟦单县市场监督管理局|A⟧
关于行政执法与刑事司法衔接案件移送情况的通报
⟦单市监通〔2026〕4号|N⟧
局机关各科室、各市场监管所：
　　⟦2025年12月|D⟧至今，我局共向公安机关移送涉嫌犯罪案件3起，现通报如下。
　　1.⟦单县惠民粮油购销有限公司|C⟧向县直机关食堂供应过期面粉案。该案由我局执法稽查大队查办，⟦2026年1月6日|D⟧移送⟦单县公安局|A⟧，该局于⟦1月20日|D⟧立案。
　　2.⟦山东鲁西南医疗器械有限公司|C⟧在⟦单县中心医院|A⟧设备采购中与另一供应商约定轮流中标案。本案线索原系⟦单县财政局|A⟧移送我局（⟦单财函〔2025〕44号|N⟧），我局调查后认为涉嫌串通投标罪，于⟦2026年2月13日|D⟧移送⟦单县公安局|A⟧。⟦县公安局|A⟧以“管辖不明”为由不予受理，我局已报请上级协调。
　　3.⟦单县鑫源加油站|C⟧计量作弊案，移送前经与⟦单县人民检察院|A⟧会商，于⟦2026年3月2日|D⟧移送⟦单县公安局|A⟧。
　　对以上案件，各执法单位要做好移送后的跟踪，防止“移而不送、送而不接”。
⟦单县市场监督管理局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[
            ('REFERRED', '单县市场监督管理局', '单县公安局', None, '2026年1月6日'),
            ('REFERRED', '单县财政局', '单县市场监督管理局', '单财函〔2025〕44号'),
        ],
        aliases={'县公安局': '单县公安局'},
        notes=['GB18030. 我局 = the named issuer.',
               'Three transfers to the same police bureau: one relation (de-duplicated), the first date kept.',
               'Item 2: the police 不予受理 — the transfer was made (REFERRED stands); the refusal itself is no relation. '
               'The earlier hand-over 财政局 → 我局 is passive (原系X移送我局), number in brackets, no date.',
               '移送前经与检察院会商 and 报请上级协调 are not hand-overs. 向公安机关移送 in the summary line is the same three transfers: '
               'no implicit relation added.',
               '执法稽查大队 after 我局 (no place): not AGENCY (DECISIONS: no place, no AGENCY). 县直机关食堂 not annotated.',
               'Violations: collusion (轮流中标), other (过期食品, 计量作弊).'],

    ),
]

DOCS += [
    dict(
        file='b4-qktb-huairen-fgj-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='怀仁市发展和改革局',
        body='''
⟦怀仁市发展和改革局|A⟧
招标投标违法线索移交及办理情况通报
（⟦怀发改法〔2026〕2号|N⟧）

　　根据《⟦山西省招标投标条例|L⟧》和⟦怀仁市人民政府|A⟧关于招标投标领域协同监管的要求，现将近期线索移交情况通报如下：
　　一、⟦2026年2月3日|D⟧，经⟦怀仁市人民政府办公室|A⟧转交，我局收到⟦怀仁市信访局|A⟧移送的问题线索，反映⟦怀仁市金沙滩镇人民政府|A⟧在村级道路工程招标中存在领导干部打招呼的情况。我局核查后，将涉及公职人员的部分移交⟦怀仁市纪委监委|A⟧，其余部分由我局依法处理。
　　二、⟦山西晋北路桥建设有限公司|C⟧（以下简称“⟦晋北路桥|C⟧”）与⟦怀仁市通衢公路工程有限公司|C⟧围标一案，我局于⟦3月10日|D⟧对两家公司各处罚款⟦5.8万元|M⟧，并将⟦晋北路桥|C⟧⟦项目经理|T⟧⟦赵某某|P⟧涉嫌犯罪线索移交⟦怀仁市公安局|A⟧。后者已于⟦3月18日|D⟧出具受案回执。
　　三、对⟦怀仁市审计局|A⟧提出的“建议移送发改部门处理”的两条审计发现，我局已于⟦2026年3月25日|D⟧与该局召开会商会，因相关项目属于政府采购范畴，建议由其改送⟦怀仁市财政局|A⟧。
⟦怀仁市发展和改革局|A⟧
⟦2026年3月30日|D⟧
''',
        rels=[
            ('REFERRED', '怀仁市信访局', '怀仁市发展和改革局', None, '2026年2月3日'),
            ('REFERRED', '怀仁市人民政府办公室', '怀仁市发展和改革局', None, '2026年2月3日'),
            ('REFERRED', '怀仁市发展和改革局', '怀仁市纪委监委'),
            ('REFERRED', '怀仁市发展和改革局', '怀仁市公安局', None, '3月10日'),
            ('PENALIZED', '怀仁市发展和改革局', '山西晋北路桥建设有限公司'),
            ('PENALIZED', '怀仁市发展和改革局', '怀仁市通衢公路工程有限公司'),
            ('HOLDS_POSITION', '赵某某', '项目经理', '山西晋北路桥建设有限公司'),
        ],
        aliases={'晋北路桥': '山西晋北路桥建设有限公司'},
        notes=['经B转交，我局收到A移送的线索: both the origin A (信访局) and the relaying B (政府办公室) → 我局 (the named issuer); '
               'date = the receipt date 2026年2月3日 (doubtful: it is when the bureau received it).',
               'Item 2: the 3月10日 of the penalty sentence also dates the 并将…移交 in the same sentence (doubtful). 受案回执 is no relation.',
               'Item 3: 建议移送 by the audit office and 建议由其改送 are suggestions: no REFERRED. 会商会 is not a hand-over.',
               'The title line without 关于 is the issuer name: annotated. Issue number in brackets under the title is DOC_NO.',
               'Violations: interference (领导干部打招呼), collusion (围标).'],

    ),
]

DOCS += [
    dict(
        file='b5-qktb-longquan-sjj-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer=None,
        body='''
审计发现问题移送处理情况通报

　　2025年度，我局在各类审计项目中共发现需移送处理的问题事项8项，已全部移送。其中：
　　——向⟦龙泉市纪委监委|A⟧移送4项。包括⟦龙泉市住房和城乡建设局|A⟧下属单位规避招标问题（⟦2025年8月19日|D⟧移送，⟦龙审移〔2025〕3号|N⟧）、⟦龙泉市兰巨乡人民政府|A⟧虚报工程量问题等。⟦市纪委监委|A⟧已对其中3项立案，并将涉嫌行贿的⟦龙泉瓯江建设有限公司|C⟧⟦股东|T⟧⟦叶某|P⟧线索转交⟦龙泉市公安局|A⟧。
　　——向⟦龙泉市财政局|A⟧移送3项。主要是政府采购程序不规范问题，以⟦龙审移〔2025〕5号|N⟧于⟦2025年11月|D⟧一并移送。该局已对⟦龙泉市人民医院|A⟧等单位作出责令改正的处理决定。
　　——向有关主管部门移送1项，系⟦浙江龙渊园林有限公司|C⟧施工合同违规分包问题，现正在办理中。
　　另有2项问题，被审计单位已在审计期间整改到位，经研究不再移送。
''',
        rels=[
            ('REFERRED', '龙泉市纪委监委', '龙泉市公安局'),
            ('PENALIZED', '龙泉市财政局', '龙泉市人民医院'),
            ('HOLDS_POSITION', '叶某', '股东', '龙泉瓯江建设有限公司'),
        ],
        implicit=[
            dict(type='REFERRED', **{'from': None}, to='龙泉市纪委监委', null_endpoint_mention='我局',
                 evidence_doc_no='龙审移〔2025〕3号', date='2025年8月19日'),
            dict(type='REFERRED', **{'from': None}, to='龙泉市财政局', null_endpoint_mention='我局',
                 evidence_doc_no='龙审移〔2025〕5号', date='2025年11月'),
        ],
        aliases={'市纪委监委': '龙泉市纪委监委'},
        notes=['The issuer (an audit office, 我局) is never named in the excerpt: issuer null; its transfers are implicit with from null.',
               'One implicit relation per named receiver; the first dated item carries its number and date.',
               '向有关主管部门移送: both ends unnamed (我局 → generic) → no relation, not even implicit (GUIDELINES: implicit needs exactly '
               'one unnamed end).',
               '不再移送 → no relation. 该局 = 龙泉市财政局 (PENALIZED: 责令改正 处理决定).',
               'Violations: no_procurement (规避招标), other (虚报工程量, 违规分包 — 分包 is not 转包; doubtful contract_violation).',
               ],
    ),
    dict(
        file='b6-gzzj-fujin-czj-2025.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='富锦市财政局',
        body='''
⟦富锦市财政局|A⟧2025年工作总结（节选）

　　……
　　（四）强化政府采购监管，形成监督合力
　　全年共办理政府采购投诉13件、举报6件，开展专项检查2次，检查项目112个。坚持“查处一起、移送一批、震慑一片”，全年向纪检监察、公安等机关移送问题线索5条。其中，⟦富锦市二龙山镇人民政府|A⟧化肥采购中未招先购的问题，于⟦2025年5月|D⟧移送⟦富锦市纪委监委|A⟧，⟦市纪委监委|A⟧给予该镇分管⟦副镇长|T⟧⟦王立东|P⟧诫勉处理；⟦黑龙江三江农资有限公司|C⟧伪造产品检测报告一事，经我局移送后，⟦富锦市公安局|A⟧已立案侦查。
　　同时，我局也接收了兄弟单位移送的线索。⟦富锦市审计局|A⟧在审计中发现的⟦富锦市第一中学|A⟧食堂食材采购未执行政府采购程序问题，7月由该局移交我局；⟦富锦市公共资源交易中心|A⟧报送的异常投标线索2条，我局均已办结。
　　……
　　（六）存在的问题
　　一是部门间信息共享仍不顺畅，个别应移送线索未能及时移送；二是……
''',
        rels=[
            ('REFERRED', '富锦市财政局', '富锦市纪委监委', None, '2025年5月'),
            ('REFERRED', '富锦市财政局', '富锦市公安局'),
            ('REFERRED', '富锦市审计局', '富锦市财政局'),
            ('REFERRED', '富锦市公共资源交易中心', '富锦市财政局'),
            ('PENALIZED', '富锦市纪委监委', '王立东'),
            ('HOLDS_POSITION', '王立东', '副镇长', '富锦市二龙山镇人民政府'),
        ],
        aliases={'市纪委监委': '富锦市纪委监委'},
        notes=['Work-summary excerpt; 我局 = 富锦市财政局 (named in the title).',
               'Passive 经我局移送后，公安局已立案 → 财政局 → 公安局, date null. 由该局移交我局 → 审计局 → 财政局; 7月 alone is month-only: not DATE.',
               'A trading centre 报送 of abnormal-bid clues to the finance bureau is REFERRED (DECISIONS, session 8).',
               '向纪检监察、公安等机关移送问题线索5条 is a summary with generic receivers: no implicit relation. 应移送…未能及时移送: none.',
               '诫勉处理 by the named 纪委监委 taken as a final handling decision → PENALIZED (doubtful: 诫勉 is not a 处分).',
               'Violations: no_procurement (未招先购, 未执行政府采购程序); 伪造检测报告 is not in a bid here, left out (doubtful false_materials).'],

    ),
]

DOCS += [
    dict(
        file='b7-ndbg-yingcheng-jwjw-2025.txt', fmt='gb18030', kind='other', violations=['bribery', 'interference', 'abuse_of_power'],
        issuer='中共应城市纪律检查委员会',
        body='''
在⟦中共应城市纪律检查委员会|A⟧第五次全体会议上的工作报告（摘要）
　　……
　　二、聚焦重点领域，深化工程建设和政府采购领域腐败问题专项整治
　　全年受理工程建设和政府采购领域问题线索87件，其中⟦应城市审计局|A⟧、⟦应城市财政局|A⟧、⟦应城市公共资源交易中心|A⟧等职能部门移送41件，占47.1%，较上年提高15个百分点。立案42件，给予党纪政务处分39人，移送检察机关审查起诉6人。
　　一是打通线索移送“快车道”。与⟦市审计局|A⟧、⟦市财政局|A⟧、⟦市公安局|A⟧等8家单位联合出台《⟦应城市监督执纪与行政执法协作配合办法（试行）|L⟧》，明确职能部门在履职中发现公职人员涉嫌违纪违法问题，应在10个工作日内移送。⟦市公安局|A⟧移送的⟦应城市城市建设投资开发有限公司|C⟧⟦原总经理|T⟧⟦夏某某|P⟧插手工程招标问题，我们仅用两个月即查结，并于⟦2025年9月|D⟧将其涉嫌受贿犯罪问题移送⟦应城市人民检察院|A⟧审查起诉。
　　二是……对⟦应城市自然资源和规划局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦汤某|P⟧违规干预土地整理项目招标问题，经⟦市纪委常委会|A⟧会议研究，给予其撤职处分。
　　……
''',
        rels=[
            ('REFERRED', '应城市审计局', '中共应城市纪律检查委员会'),
            ('REFERRED', '应城市财政局', '中共应城市纪律检查委员会'),
            ('REFERRED', '应城市公共资源交易中心', '中共应城市纪律检查委员会'),
            ('REFERRED', '市公安局', '中共应城市纪律检查委员会'),
            ('REFERRED', '中共应城市纪律检查委员会', '应城市人民检察院', None, '2025年9月'),
            ('PENALIZED', '市纪委常委会', '汤某'),
            ('HOLDS_POSITION', '夏某某', '原总经理', '应城市城市建设投资开发有限公司'),
            ('HOLDS_POSITION', '汤某', '原党组成员', '应城市自然资源和规划局'),
            ('HOLDS_POSITION', '汤某', '副局长', '应城市自然资源和规划局'),
        ],
        aliases={'市审计局': '应城市审计局', '市财政局': '应城市财政局'},
        notes=['GB18030. A 纪委 annual report; 我们 = the named 纪委 (title). The statistic 职能部门移送41件 names three senders → three REFERRED '
               'to the 纪委 (the text says they transferred, date null).',
               '市公安局 is only level-prefixed (no full form in the text): it is its own canonical name.',
               'The rule 应在10个工作日内移送 is a generic rule: no relation. 移送检察机关审查起诉6人: generic and summary: none.',
               '原 adjacent to the title is kept (原总经理, 原党组成员; GUIDELINES). 撤职 by 市纪委常委会 → PENALIZED.',
               'Violations: bribery, interference (插手/干预招标), abuse_of_power (违规干预 by an official, doubtful double count).'],
    ),
]

DOCS += [
    dict(
        file='b8-gzzj-shouguang-gaj-jingzhen-2025.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='寿光市公安局经济犯罪侦查大队',
        body='''
⟦寿光市公安局经济犯罪侦查大队|A⟧2025年度工作总结

　　2025年，大队在市局党委坚强领导下，紧盯招投标领域突出犯罪，全年立案侦查串通投标案件9起，移送审查起诉犯罪嫌疑人23名。
　　一是线索来源更加多元。全年接收外部移送线索14条：⟦寿光市纪委监委|A⟧移送5条，⟦寿光市发展和改革局|A⟧、⟦寿光市财政局|A⟧各移送3条，⟦寿光市审计局|A⟧移送2条，⟦寿光市市场监督管理局|A⟧移送1条。另有1条系上级公安机关交办。
　　二是办案质效稳步提升。侦破的“2·16”系列围标案，由⟦寿光市发展和改革局|A⟧于⟦2025年2月16日|D⟧移送，涉及⟦寿光市农业农村局|A⟧等7个招标人的23个项目，中标金额⟦1.37亿元|M⟧。该案主犯⟦孙某军|P⟧等11人已于⟦2025年9月30日|D⟧移送⟦寿光市人民检察院|A⟧审查起诉；其中⟦孙某军|P⟧向⟦寿光市农业农村局|A⟧⟦原工作人员|T⟧⟦刘某|P⟧行贿的线索，已移交⟦寿光市纪委监委|A⟧。
　　三是衔接机制更加顺畅。与⟦寿光市人民检察院|A⟧就2起案件证据标准开展会商，对⟦市检察院|A⟧退回补充侦查的1起案件，大队于15日内补查完毕并重新移送。
　　存在问题：一是对不构成犯罪、应移送行政机关处理的案件，回告不够及时……
''',
        rels=[
            ('REFERRED', '寿光市纪委监委', '寿光市公安局经济犯罪侦查大队'),
            ('REFERRED', '寿光市发展和改革局', '寿光市公安局经济犯罪侦查大队', None, '2025年2月16日'),
            ('REFERRED', '寿光市财政局', '寿光市公安局经济犯罪侦查大队'),
            ('REFERRED', '寿光市审计局', '寿光市公安局经济犯罪侦查大队'),
            ('REFERRED', '寿光市市场监督管理局', '寿光市公安局经济犯罪侦查大队'),
            ('REFERRED', '寿光市公安局经济犯罪侦查大队', '寿光市人民检察院', None, '2025年9月30日'),
            ('REFERRED', '寿光市公安局经济犯罪侦查大队', '寿光市纪委监委'),
            ('HOLDS_POSITION', '刘某', '原工作人员', '寿光市农业农村局'),
        ],
        aliases={'市检察院': '寿光市人民检察院'},
        notes=['Issuer = the named 大队 (title; maximal span with its sub-unit). 大队 / 市局 alone are not AGENCY (no place).',
               'A list of incoming transfers (X移送N条) → one REFERRED per named sender → the 大队; the 发改局 relation carries the 2·16 case\'s '
               'transfer date (de-duplicated with the count line).',
               '上级公安机关交办: 交办 by a generic body, not annotated; no implicit relation (交办 is an assignment, doubtful).',
               '“2·16” is a case nickname, not DOC_NO. 退回补充侦查 is no REFERRED; the re-sent case is the same relation to the procuratorate.',
               '会商 is not a hand-over. 应移送行政机关 (generic, a rule): none.',
               'Violations: collusion (围标), bribery (行贿 clue).'],

    ),
]

DOCS += [
    dict(
        file='b9-gzbg-huoqiu-jcy-2026.txt', fmt='utf-8', kind='other', violations=['bribery', 'collusion', 'other'],
        issuer='霍邱县人民检察院',
        body='''
⟦霍邱县人民检察院|A⟧工作报告（摘录）
——⟦2026年1月8日|D⟧在霍邱县第十八届人民代表大会第五次会议上
⟦霍邱县人民检察院|A⟧⟦检察长|T⟧　⟦方志诚|P⟧

　　……
　　全年受理⟦县监察委员会|A⟧移送审查起诉职务犯罪案件17件19人，其中涉及工程招投标和政府采购领域的9件。受理⟦县公安局|A⟧移送审查起诉的串通投标案件4件11人，依法提起公诉3件9人，对1件2人因证据不足退回补充侦查。
　　深化行政执法与刑事司法衔接。全年监督行政执法机关移送涉嫌犯罪案件6件。其中，在审查⟦霍邱县市场监督管理局|A⟧办理的⟦安徽淮润建材有限公司|C⟧销售不合格钢材案时，认为该案已达刑事立案标准，向该局制发检察建议，建议移送公安机关；该局采纳建议，于⟦2025年7月14日|D⟧将案件移送⟦县公安局|A⟧。对不起诉后需要给予行政处罚的5名被不起诉人，我院向⟦霍邱县财政局|A⟧、⟦县市场监管局|A⟧等部门提出检察意见，并将案件材料一并移送。
　　……
''',
        rels=[
            ('REFERRED', '县监察委员会', '霍邱县人民检察院'),
            ('REFERRED', '县公安局', '霍邱县人民检察院'),
            ('REFERRED', '霍邱县市场监督管理局', '县公安局', None, '2025年7月14日'),
            ('REFERRED', '霍邱县人民检察院', '霍邱县财政局'),
            ('REFERRED', '霍邱县人民检察院', '霍邱县市场监督管理局'),
            ('HOLDS_POSITION', '方志诚', '检察长', '霍邱县人民检察院'),
        ],
        aliases={'县市场监管局': '霍邱县市场监督管理局'},
        notes=['A procuratorate work report. 受理X移送审查起诉的案件 → X → the procuratorate (我院 = the named issuer), date null.',
               '县监察委员会 and 县公安局 appear only level-prefixed: their own canonical names.',
               '退回补充侦查 is no REFERRED; 提起公诉 is none. 建议移送公安机关 is a suggestion (none); the bureau\'s actual transfer '
               '(2025年7月14日) is REFERRED.',
               '检察意见 + 将案件材料一并移送 to 财政局 and 市场监管局 → two REFERRED (materials handed over; 等部门 adds no relation).',
               'The people\'s congress session name (霍邱县第十八届人民代表大会第五次会议) is a meeting name with no agency proper: not annotated '
               '(doubtful: 霍邱县人民代表大会 could be argued).',
               'Violations: bribery, collusion, other (不合格钢材).'],
    ),
]
