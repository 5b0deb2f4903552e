"""dev24 — documents c1–c9: 联席会议纪要 (c1–c4) and court judgments / 起诉书 excerpts that recount how a case came (c5–c9).
Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

DOCS = [
    dict(
        file='c1-ljhy-jy-renqiu-2026-1.docx', fmt='docx', kind='other', violations=['collusion', 'no_procurement', 'other'],
        issuer='任丘市发展和改革局',
        body='''任丘市招标投标领域协同监管联席会议纪要
（2026年第1次）
⟦2026年3月12日|D⟧，⟦任丘市发展和改革局|A⟧⟦局长|T⟧⟦牛建华|P⟧主持召开全市招标投标领域协同监管联席会议。⟦任丘市纪委监委|A⟧、⟦任丘市财政局|A⟧、⟦任丘市公安局|A⟧、⟦任丘市审计局|A⟧、⟦任丘市住房和城乡建设局|A⟧、⟦任丘市公共资源交易中心|A⟧有关负责同志参加会议。会议通报了上季度线索移送情况，研究了重点案件的移送衔接问题。纪要如下：
一、关于上季度线索移送情况。上季度各成员单位相互移送线索11条。其中，⟦市交易中心|A⟧向⟦市发改局|A⟧移送4条，⟦市审计局|A⟧向⟦市纪委监委|A⟧移送3条。⟦市财政局|A⟧反映，其于⟦2025年12月22日|D⟧移送⟦市公安局|A⟧的⟦任丘恒泰建筑工程有限公司|C⟧等3家企业围标线索，⟦市公安局|A⟧尚未反馈受理情况，会议要求⟦市公安局|A⟧于10日内书面回复。
二、关于⟦任丘市长丰镇卫生院|A⟧改扩建工程案件。该案由⟦市住建局|A⟧调查发现存在未批先建、直接发包问题，是否移送⟦市纪委监委|A⟧存在分歧。会议认为，该问题涉及公职人员履职，应当移送。会议明确由⟦市住建局|A⟧于⟦3月20日|D⟧前将线索及相关材料移送⟦市纪委监委|A⟧，同时抄送⟦市审计局|A⟧。
三、关于线索移送文书格式。会议同意统一使用《任丘市招标投标领域问题线索移送函（式样）》，由⟦市发改局|A⟧印发。
出席：⟦牛建华|P⟧　⟦朱海燕|P⟧（⟦市纪委监委|A⟧）　⟦杜志强|P⟧（⟦市财政局|A⟧）　⟦于洪涛|P⟧（⟦市公安局|A⟧）
（⟦任丘市发展和改革局办公室|A⟧　⟦2026年3月13日|D⟧印发）''',
        rels=[
            ('REFERRED', '任丘市公共资源交易中心', '任丘市发展和改革局'),
            ('REFERRED', '任丘市审计局', '任丘市纪委监委'),
            ('REFERRED', '任丘市财政局', '任丘市公安局', None, '2025年12月22日'),
            ('HOLDS_POSITION', '牛建华', '局长', '任丘市发展和改革局'),
        ],
        aliases={'市交易中心': '任丘市公共资源交易中心', '市发改局': '任丘市发展和改革局', '市审计局': '任丘市审计局',
                 '市纪委监委': '任丘市纪委监委', '市财政局': '任丘市财政局', '市公安局': '任丘市公安局',
                 '市住建局': '任丘市住房和城乡建设局'},
        notes=['docx. Meeting minutes; issuer = the convening bureau (its 办公室 prints the minutes).',
               'Endpoints point to the canonical full names (first mentions in the attendance sentence); the sentences use short forms.',
               '是否移送存在分歧 / 应当移送 / 会议明确由市住建局于3月20日前…移送: decided but not yet done → no REFERRED. '
               '3月20日 (前 left out) is DATE though it is a deadline; no relation uses it.',
               'Reporting 反映 at the meeting and 抄送 are not hand-overs; 尚未反馈受理情况 does not undo the 12月22日 transfer.',
               '《任丘市招标投标领域问题线索移送函（式样）》 is a form template: not LAW (doubtful).',
               'The heading 任丘市…联席会议纪要 and the meeting name carry no agency name. Issue line （2026年第1次） is not DOC_NO.',
               'Violations: collusion (围标), no_procurement (直接发包), other (未批先建).'],

    ),
]

DOCS += [
    dict(
        file='c2-ljhy-jy-xuyi-czcg-2026.txt', fmt='gb18030', kind='other', violations=['bribery', 'other'],
        issuer='县财政局',
        body='''
盱眙县政府采购监管工作联席会议纪要

　　⟦2026年2月26日|D⟧下午，县政府采购监管工作联席会议在⟦县财政局|A⟧三楼会议室召开。会议由⟦县财政局|A⟧⟦副局长|T⟧⟦宋婉清|P⟧主持，⟦县纪委监委第三监督检查室|A⟧、⟦县审计局|A⟧、⟦县市场监管局|A⟧、⟦县公安局经侦大队|A⟧、⟦县公共资源交易中心|A⟧相关同志参加。
　　会议听取了⟦县财政局|A⟧关于⟦盱眙县第二人民医院|A⟧设备采购投诉处理情况的汇报。经查，该项目评审过程中，⟦评审专家|T⟧⟦许某|P⟧存在倾向性打分问题，且有证据显示其事前与⟦江苏盱城康泰医疗科技有限公司|C⟧存在经济往来。会议议定：
　　（一）专家违规评审问题由⟦县财政局|A⟧依法处理；涉嫌收受财物的问题，⟦县财政局|A⟧已于⟦2月24日|D⟧以⟦盱财购函〔2026〕6号|N⟧移送⟦县纪委监委|A⟧，由后者依规依纪依法处置。
　　（二）⟦县审计局|A⟧此前发现并移交⟦县财政局|A⟧的该院另一批次耗材采购问题（⟦盱审移〔2025〕12号|N⟧），⟦县财政局|A⟧经调查认为其中“化整为零”问题不成立，已书面说明并退回相关材料。
　　（三）关于供应商投诉时提交的疑似伪造授权书，是否移送⟦县公安局|A⟧，由⟦县财政局|A⟧会同⟦县公安局经侦大队|A⟧进一步研判后确定。
　　参会单位：⟦县纪委监委|A⟧、⟦县审计局|A⟧、⟦县市场监管局|A⟧、⟦县公安局|A⟧、⟦县公共资源交易中心|A⟧
　　抄送：⟦盱眙县人民政府办公室|A⟧
''',
        rels=[
            ('REFERRED', '县财政局', '县纪委监委', '盱财购函〔2026〕6号', '2月24日'),
            ('REFERRED', '县审计局', '县财政局', '盱审移〔2025〕12号'),
            ('HOLDS_POSITION', '宋婉清', '副局长', '县财政局'),
            ('HOLDS_POSITION', '许某', '评审专家', None),
        ],
        notes=['GB18030. Bodies appear only level-prefixed (县财政局, 县纪委监委 …): each is its own canonical name; issuer 县财政局 '
               '(the convening body; no full name in the excerpt).',
               'Named sub-units form one span: 县纪委监委第三监督检查室, 县公安局经侦大队 (DECISIONS, maximal span).',
               'Item 2: the audit office\'s earlier 移交 → REFERRED with its number; the finance bureau\'s 退回 is not.',
               'Item 3: 是否移送…进一步研判 → no relation. 由后者依规依纪依法处置 / 由县财政局依法处理 are future handling, not PENALIZED.',
               '抄送 盱眙县人民政府办公室 is no REFERRED.',
               'Violations: bribery (收受财物 clue), other (倾向性打分 by an expert, 伪造授权书 in a complaint).'],

    ),
]

DOCS += [
    dict(
        file='c3-ljhy-luoding-xxlj-2026.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery', 'interference'],
        issuer='罗定市纪委监委',
        body='''
罗定市纪检监察机关与审计机关、公安机关协作配合联席会议纪要
⟦罗纪办纪〔2026〕3号|N⟧

　　⟦2026年4月15日|D⟧，⟦罗定市纪委监委|A⟧召开纪检监察机关与审计机关、公安机关协作配合联席会议，⟦罗定市纪委|A⟧⟦常委|T⟧、⟦市监委|A⟧⟦副主任|T⟧⟦陈国良|P⟧出席并讲话，⟦罗定市审计局|A⟧⟦局长|T⟧⟦黎少芬|P⟧、⟦罗定市公安局|A⟧⟦副局长|T⟧⟦冼志坚|P⟧参加会议。现将会议主要精神纪要如下：
　　一、会议通报了近一年来三方协作情况。⟦2025年4月|D⟧以来，⟦罗定市审计局|A⟧向⟦罗定市纪委监委|A⟧移送问题线索12条，后者立案9件；⟦罗定市纪委监委|A⟧向⟦罗定市公安局|A⟧移交涉嫌行贿、串通投标等刑事犯罪线索5条，⟦罗定市公安局|A⟧向⟦罗定市纪委监委|A⟧反馈公职人员涉嫌违纪违法问题线索3条。
　　二、会议剖析了“罗定市泷州水务工程串通投标案”的办理经过：⟦罗定市审计局|A⟧在经济责任审计中发现⟦罗定市水务局|A⟧⟦原局长|T⟧⟦梁某|P⟧违规打招呼，于⟦2025年5月8日|D⟧移送⟦罗定市纪委监委|A⟧；该委立案后发现⟦广东泷江建设集团有限公司|C⟧与另3家企业串通投标，于⟦2025年8月|D⟧将企业涉嫌犯罪部分移送⟦罗定市公安局|A⟧；上述公安机关侦查终结后，于⟦2026年1月6日|D⟧将该公司⟦董事长|T⟧⟦苏某|P⟧等4人移送⟦罗定市人民检察院|A⟧审查起诉。⟦梁某|P⟧一案则由⟦罗定市监察委员会|A⟧直接移送⟦罗定市人民检察院|A⟧。
　　三、会议要求，三方对移送线索要做到“件件有回音”，对拟移送的线索要提前沟通，防止应移未移、移而不接。
　　抄送：⟦罗定市人民政府办公室|A⟧
''',
        rels=[
            ('REFERRED', '罗定市审计局', '罗定市纪委监委', None, '2025年5月8日'),
            ('REFERRED', '罗定市纪委监委', '罗定市公安局', None, '2025年8月'),
            ('REFERRED', '罗定市公安局', '罗定市纪委监委'),
            ('REFERRED', '罗定市公安局', '罗定市人民检察院', None, '2026年1月6日'),
            ('REFERRED', '罗定市监察委员会', '罗定市人民检察院'),
            ('HOLDS_POSITION', '陈国良', '常委', '罗定市纪委'),
            ('HOLDS_POSITION', '陈国良', '副主任', '市监委'),
            ('HOLDS_POSITION', '黎少芬', '局长', '罗定市审计局'),
            ('HOLDS_POSITION', '冼志坚', '副局长', '罗定市公安局'),
            ('HOLDS_POSITION', '梁某', '原局长', '罗定市水务局'),
            ('HOLDS_POSITION', '苏某', '董事长', '广东泷江建设集团有限公司'),
        ],
        notes=['The statistics paragraph and the case paragraph tell the same pairs; relations are de-duplicated and carry the dates '
               'of the single case transfers (the 以来 statistics have no transfer date).',
               '反馈公职人员问题线索 by the police to the 纪委监委 is REFERRED (GUIDELINES trigger 反馈(问题线索)).',
               'Anaphora: 后者 / 该委 = 罗定市纪委监委, 上述公安机关 = 罗定市公安局, 该公司 = 广东泷江建设集团有限公司 (none annotated).',
               '罗定市纪委常委、市监委副主任 → AGENCY + POSITION twice (agency name between is never inside POSITION). 罗定市纪委 and 市监委 '
               'are kept as their own names (not aliased to 罗定市纪委监委, doubtful).',
               '拟移送 / 应移未移 in the requirements → no relation. 抄送 → none.',
               'Violations: collusion, bribery (行贿 clues), interference (打招呼).'],

    ),
]

DOCS += [
    dict(
        file='c4-ljhy-yanchang-xxjh-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'false_materials'],
        issuer='延长县人民政府办公室',
        body='''
延长县公共资源交易监管联席会议纪要
⟦〔2026〕2号|N⟧

　　⟦2026年5月6日|D⟧，⟦县政府|A⟧⟦副县长|T⟧⟦贺建军|P⟧主持召开公共资源交易监管联席会议，⟦延长县发展和改革局|A⟧（以下简称⟦县发改局|A⟧）、⟦延长县财政局|A⟧、⟦延长县审计局|A⟧、⟦延长县公共资源交易中心|A⟧、⟦延长县交通运输局|A⟧负责同志参加。
　　会议指出，今年以来各单位之间的线索移送总体顺畅，但也存在移送不规范的问题：⟦县交通运输局|A⟧将一起农村公路项目中标人业绩造假线索直接交给⟦县交易中心|A⟧，后者无行政处罚权，只得再转交⟦县发改局|A⟧，耽误了近一个月；⟦县审计局|A⟧对⟦延长县七里村镇人民政府|A⟧未履行招标程序的问题，仅在审计报告中提出“建议移送有关部门处理”，至今未实际移送。
　　会议议定：一是上述业绩造假线索由⟦县发改局|A⟧依法查处，并将结果通报⟦县交通运输局|A⟧；二是⟦县审计局|A⟧在⟦5月15日|D⟧前将七里村镇项目线索正式移送⟦延长县财政局|A⟧；三是今后各单位发现线索，直接移送有管辖权的部门，同时抄告⟦县交易中心|A⟧。
⟦延长县人民政府办公室|A⟧
⟦2026年5月8日|D⟧
''',
        rels=[
            ('REFERRED', '延长县交通运输局', '延长县公共资源交易中心'),
            ('REFERRED', '延长县公共资源交易中心', '延长县发展和改革局'),
            ('HOLDS_POSITION', '贺建军', '副县长', '县政府'),
        ],
        aliases={'县发改局': '延长县发展和改革局', '县交通运输局': '延长县交通运输局', '县交易中心': '延长县公共资源交易中心',
                 '县审计局': '延长县审计局'},
        notes=['Issuer: the signing 县政府办公室 (the minutes carry its signature). The header 〔2026〕2号 under the title is DOC_NO '
               '(GUIDELINES: after a document-type title only the number part).',
               '交给 / 再转交: a two-hop hand-over 交通运输局 → 交易中心 → 发改局 (交给 read as a hand-over of a clue; doubtful).',
               '建议移送有关部门处理, 至今未实际移送, and the decided future transfer (5月15日前) → no relation. 通报结果 and 抄告 → none.',
               'Violations: false_materials (业绩造假), no_procurement (未履行招标程序).'],
    ),
]

DOCS += [
    dict(
        file='c5-xspjs-chengjiang-2026-41.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='云南省澄江市人民法院',
        body='''
⟦云南省澄江市人民法院|A⟧
刑 事 判 决 书
⟦（2026）云0482刑初41号|N⟧
　　公诉机关⟦云南省澄江市人民检察院|A⟧。
　　被告人⟦普某某|P⟧，男，⟦1976年11月|D⟧出生，彝族，⟦澄江抚仙湖生态建设有限公司|C⟧（以下简称⟦抚仙湖公司|C⟧）⟦法定代表人|T⟧。⟦2025年9月4日|D⟧被⟦澄江市公安局|A⟧取保候审。
　　被告人⟦杨某|P⟧，男，⟦1988年2月|D⟧出生，汉族，⟦云南滇中绿源园林工程有限公司|C⟧⟦业务员|T⟧。
　　⟦澄江市人民检察院|A⟧以⟦澄检刑诉〔2026〕39号|N⟧起诉书指控被告人⟦普某某|P⟧、⟦杨某|P⟧犯串通投标罪，于⟦2026年3月2日|D⟧向本院提起公诉。
　　本案系⟦澄江市财政局|A⟧在处理投诉中发现线索后，于⟦2025年6月11日|D⟧移送⟦澄江市公安局|A⟧；⟦澄江市公安局|A⟧立案侦查后，以⟦澄公（经）诉字〔2026〕7号|N⟧起诉意见书移送⟦澄江市人民检察院|A⟧审查起诉。审查起诉期间，⟦澄江市人民检察院|A⟧曾退回⟦澄江市公安局|A⟧补充侦查一次。
　　经审理查明：⟦2024年11月|D⟧，⟦澄江市右所镇人民政府|A⟧就湿地修复项目（项目编号⟦CJZC2024-058|J⟧）公开招标。被告人⟦普某某|P⟧为确保⟦抚仙湖公司|C⟧中标，与被告人⟦杨某|P⟧商定由⟦云南滇中绿源园林工程有限公司|C⟧按其指定报价陪标，并承诺事后支付“陪标费”。⟦抚仙湖公司|C⟧以⟦人民币412.6万元|M⟧中标，⟦普某某|P⟧向⟦杨某|P⟧支付⟦人民币2.5万元|M⟧。
　　本院认为，被告人⟦普某某|P⟧、⟦杨某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，判决如下：
　　一、被告人⟦普某某|P⟧犯串通投标罪，判处有期徒刑八个月，缓刑一年，并处罚金⟦人民币六万元|M⟧；
　　二、被告人⟦杨某|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。
''',
        rels=[
            ('REFERRED', '澄江市财政局', '澄江市公安局', None, '2025年6月11日'),
            ('REFERRED', '澄江市公安局', '云南省澄江市人民检察院', '澄公（经）诉字〔2026〕7号'),
            ('PENALIZED', '云南省澄江市人民法院', '普某某'),
            ('PENALIZED', '云南省澄江市人民法院', '杨某'),
            ('LEGAL_REP', '普某某', '澄江抚仙湖生态建设有限公司'),
            ('HOLDS_POSITION', '普某某', '法定代表人', '澄江抚仙湖生态建设有限公司'),
            ('HOLDS_POSITION', '杨某', '业务员', '云南滇中绿源园林工程有限公司'),
            ('BID_ON', '澄江抚仙湖生态建设有限公司', 'CJZC2024-058'),
            ('BID_ON', '云南滇中绿源园林工程有限公司', 'CJZC2024-058'),
        ],
        aliases={'抚仙湖公司': '澄江抚仙湖生态建设有限公司', '澄江市人民检察院': '云南省澄江市人民检察院'},
        notes=['The judgment recounts how the case came: 财政局 → 公安局 (dated), 公安局 → 检察院 with its 起诉意见书 number. '
               'The procuratorate is named 澄江市人民检察院 in the narrative; canonical 云南省澄江市人民检察院 (alias), the endpoint.',
               '退回补充侦查 is no REFERRED. 提起公诉 is none.',
               'PENALIZED: the court → both sentenced defendants. 取保候审 by the police is not PENALIZED.',
               'BID_ON: the winner and the 陪标 company.'],
    ),
]

DOCS += [
    dict(
        file='c6-qss-shuangliao-jcy-2026-23.txt', fmt='utf-8', kind='other', violations=['bribery', 'abuse_of_power'],
        issuer='吉林省双辽市人民检察院',
        body='''
⟦吉林省双辽市人民检察院|A⟧
起 诉 书
⟦双检刑诉〔2026〕23号|N⟧
　　被告人⟦白某某|P⟧，男，⟦1971年6月2日|D⟧出生，汉族，大学文化，原系⟦双辽市农业农村局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2025年10月17日|D⟧被⟦双辽市监察委员会|A⟧留置，⟦2026年1月9日|D⟧被本院决定逮捕，次日由⟦双辽市公安局|A⟧执行逮捕。
　　本案由⟦双辽市监察委员会|A⟧调查终结，于⟦2026年1月8日|D⟧移送本院审查起诉。本院受理后，已告知被告人有权委托辩护人，依法讯问了被告人，审查了全部案件材料。期间，因部分事实不清，本院于⟦2026年2月10日|D⟧将案件退回⟦双辽市监察委员会|A⟧补充调查，该委补充调查完毕后于⟦3月9日|D⟧重新移送本院。
　　经依法审查查明：
　　⟦2021年3月|D⟧至⟦2024年12月|D⟧，被告人⟦白某某|P⟧利用担任⟦双辽市农业农村局|A⟧⟦副局长|T⟧、分管高标准农田建设项目的职务便利，在项目招标、工程款拨付等方面为⟦吉林科尔新农业开发有限公司|C⟧、⟦双辽市禾丰水利工程有限公司|C⟧谋取利益，先后收受上述单位⟦实际控制人|T⟧⟦鲍某|P⟧、⟦于某某|P⟧给予的财物共计折合⟦人民币96.3万元|M⟧。
　　线索来源：本案线索系⟦双辽市审计局|A⟧在⟦2025年7月|D⟧开展的农业专项资金审计中发现，经该局移送⟦双辽市纪委监委|A⟧。另，⟦鲍某|P⟧涉嫌行贿一案已由⟦双辽市监察委员会|A⟧另案移送。
　　本院认为，被告人⟦白某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，犯罪事实清楚，证据确实、充分，应当以受贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦吉林省双辽市人民法院|A⟧
⟦吉林省双辽市人民检察院|A⟧
⟦检察员|T⟧：⟦韩雪|P⟧
⟦2026年3月30日|D⟧
''',
        rels=[
            ('REFERRED', '双辽市监察委员会', '吉林省双辽市人民检察院', None, '2026年1月8日'),
            ('REFERRED', '双辽市审计局', '双辽市纪委监委'),
            ('HOLDS_POSITION', '白某某', '党组成员', '双辽市农业农村局'),
            ('HOLDS_POSITION', '白某某', '副局长', '双辽市农业农村局'),
            ('HOLDS_POSITION', '白某某', '副局长@1', '双辽市农业农村局'),
            ('HOLDS_POSITION', '鲍某', '实际控制人', '吉林科尔新农业开发有限公司'),
            ('HOLDS_POSITION', '于某某', '实际控制人', '双辽市禾丰水利工程有限公司'),
            ('HOLDS_POSITION', '韩雪', '检察员', '吉林省双辽市人民检察院'),
        ],
        notes=['起诉书 (kind other, as dev19). 本院 = the named issuer. 调查终结，于…移送本院审查起诉 → 监察委员会 → 检察院 with the first '
               'transfer date; the 退回补充调查 (2026年2月10日) is no REFERRED and the 重新移送 (3月9日) collapses into the same relation.',
               '线索来源: passive 经该局移送 → 审计局 → 纪委监委, date null (2025年7月 is the audit month).',
               '另案移送 with no receiver → no relation. 留置, 逮捕, 提起公诉 → none. 此致 the court is an addressee, not a hand-over (提起公诉).',
               '上述单位实际控制人鲍某、于某某: one POSITION shared; org read respectively (doubtful).'],

    ),
]

DOCS += [
    dict(
        file='c7-xspjs-yongcheng-2026-77.txt', fmt='gb18030', kind='court_judgment', violations=['bribery', 'collusion'],
        issuer='河南省永城市人民法院',
        body='''
⟦河南省永城市人民法院|A⟧
刑事判决书
⟦（2026）豫1481刑初77号|N⟧
　　公诉机关⟦河南省永城市人民检察院|A⟧。
　　被告单位⟦永城市豫皖路桥工程有限公司|C⟧。
　　诉讼代表人⟦闫某|P⟧，该公司⟦副总经理|T⟧。
　　被告人⟦司某某|P⟧，男，⟦1969年4月|D⟧出生，该公司⟦董事长|T⟧。
　　……
　　⟦河南省永城市人民检察院|A⟧以⟦永检刑诉〔2026〕61号|N⟧起诉书指控被告单位⟦永城市豫皖路桥工程有限公司|C⟧、被告人⟦司某某|P⟧犯单位行贿罪、串通投标罪，于⟦2026年4月1日|D⟧向本院提起公诉。
　　经审理查明，本案案发经过如下：⟦永城市公共资源交易中心|A⟧在⟦2025年3月|D⟧对一批乡村道路项目开展交易后评估时，发现⟦永城市豫皖路桥工程有限公司|C⟧与⟦豫东通达市政工程有限公司|C⟧投标文件报价构成呈等差排列，遂报告⟦永城市交通运输局|A⟧；该局于⟦2025年4月2日|D⟧将线索移送⟦永城市公安局|A⟧，同时将涉及本局工作人员的问题移交⟦永城市纪委监委|A⟧。⟦永城市纪委监委|A⟧在审查调查中查明，被告人⟦司某某|P⟧为使该公司中标，先后向时任⟦永城市交通运输局|A⟧⟦副局长|T⟧⟦郑某|P⟧（另案处理）行贿⟦人民币38万元|M⟧，后以单位行贿犯罪线索移送⟦永城市公安局|A⟧并案侦查。⟦永城市公安局|A⟧侦查终结后移送⟦河南省永城市人民检察院|A⟧审查起诉。
　　本院认为……依照《⟦中华人民共和国刑法|L⟧》第三百九十三条、第二百二十三条、第二百三十一条之规定，判决如下：
　　一、被告单位⟦永城市豫皖路桥工程有限公司|C⟧犯单位行贿罪，判处罚金⟦人民币五十万元|M⟧；犯串通投标罪，判处罚金⟦人民币二十万元|M⟧，决定执行罚金⟦人民币七十万元|M⟧；
　　二、被告人⟦司某某|P⟧犯单位行贿罪，判处有期徒刑一年六个月；犯串通投标罪，判处有期徒刑一年，决定执行有期徒刑二年，缓刑三年。
''',
        rels=[
            ('REFERRED', '永城市公共资源交易中心', '永城市交通运输局'),
            ('REFERRED', '永城市交通运输局', '永城市公安局', None, '2025年4月2日'),
            ('REFERRED', '永城市交通运输局', '永城市纪委监委', None, '2025年4月2日'),
            ('REFERRED', '永城市纪委监委', '永城市公安局'),
            ('REFERRED', '永城市公安局', '河南省永城市人民检察院'),
            ('PENALIZED', '河南省永城市人民法院', '永城市豫皖路桥工程有限公司'),
            ('PENALIZED', '河南省永城市人民法院', '司某某'),
            ('HOLDS_POSITION', '闫某', '副总经理', '永城市豫皖路桥工程有限公司'),
            ('HOLDS_POSITION', '司某某', '董事长', '永城市豫皖路桥工程有限公司'),
            ('HOLDS_POSITION', '郑某', '副局长', '永城市交通运输局'),
        ],
        notes=['GB18030. The 案发经过 paragraph: 交易中心 报告 to the supervising 交通运输局 is REFERRED (DECISIONS, session 8: a trading '
               'centre\'s report of a finding to a supervising body).',
               'One sentence, two receivers with 同时 → two REFERRED sharing the date 2025年4月2日.',
               '纪委监委 → 公安局 (以…线索移送…并案侦查) and 公安局 → 检察院 (侦查终结后移送审查起诉), dates not stated.',
               'Anaphora 该局 = 永城市交通运输局, 该公司 = the defendant company. 另案处理 is none. 提起公诉 is none.',
               'No BID_ON: no project number.'],
    ),
]

DOCS += [
    dict(
        file='c8-qss-yingjing-jcy-2026-15.txt', fmt='utf-8', kind='other', violations=['false_materials', 'collusion'],
        issuer='四川省荥经县人民检察院',
        body='''
⟦四川省荥经县人民检察院|A⟧
起诉书
⟦荥检刑诉〔2026〕15号|N⟧
　　被告人⟦罗某|P⟧，女，⟦1983年8月15日|D⟧出生，⟦荥经县德信工程咨询有限公司|C⟧⟦投标专员|T⟧。⟦2025年12月3日|D⟧被⟦荥经县公安局|A⟧取保候审。
　　被告人⟦程某某|P⟧，男，⟦1979年1月20日|D⟧出生，个体经营者。
　　本案由⟦荥经县公安局|A⟧侦查终结，以被告人⟦罗某|P⟧、⟦程某某|P⟧涉嫌串通投标罪，于⟦2026年2月27日|D⟧向本院移送审查起诉（起诉意见书文号：⟦荥公诉字〔2026〕11号|N⟧）。该案线索最初由⟦荥经县发展和改革局|A⟧在处理投诉时发现，经⟦荥经县人民政府|A⟧批转后，由⟦县发改局|A⟧于⟦2025年11月20日|D⟧移交⟦荥经县公安局|A⟧。
　　经依法审查查明：⟦2025年6月|D⟧，荥经县花滩镇农村饮水安全巩固提升工程（项目编号⟦YJ-SL-2025-019|J⟧）公开招标期间，被告人⟦程某某|P⟧借用⟦荥经蜀禾建设工程有限公司|C⟧、⟦四川青衣江水电安装有限公司|C⟧资质投标，由被告人⟦罗某|P⟧为两公司制作投标文件并伪造类似项目业绩证明，串通报价。
　　本院认为，被告人⟦罗某|P⟧、⟦程某某|P⟧的行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条……应当以串通投标罪追究其刑事责任。
''',
        rels=[
            ('REFERRED', '荥经县公安局', '四川省荥经县人民检察院', '荥公诉字〔2026〕11号', '2026年2月27日'),
            ('REFERRED', '荥经县发展和改革局', '荥经县公安局', None, '2025年11月20日'),
            ('HOLDS_POSITION', '罗某', '投标专员', '荥经县德信工程咨询有限公司'),
            ('BID_ON', '荥经蜀禾建设工程有限公司', 'YJ-SL-2025-019'),
            ('BID_ON', '四川青衣江水电安装有限公司', 'YJ-SL-2025-019'),
        ],
        aliases={'县发改局': '荥经县发展和改革局'},
        notes=['起诉书 excerpt (kind other). The police transfer with its 起诉意见书 number written after the sentence in brackets.',
               '经县政府批转后，由县发改局移交公安局: 批转 (an approval/instruction) by the government is not treated as a hand-over; '
               'the 发改局 → 公安局 transfer is REFERRED (doubtful: 批转 may imply the clue passed through the government).',
               '个体经营者 (no business name) is not POSITION. BID_ON: the two companies whose qualifications were used to bid.',
               '投标专员 is POSITION (dev19: 投標專員).',
               'Violations: collusion, false_materials (伪造业绩).'],
    ),
    dict(
        file='c9-xzpjs-daishan-2026-8.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='浙江省岱山县人民法院',
        body='''
⟦浙江省岱山县人民法院|A⟧
行 政 判 决 书
⟦（2026）浙0921行初8号|N⟧
　　原告⟦岱山县海晟船舶配件有限公司|C⟧，住所地岱山县高亭镇。
　　⟦法定代表人|T⟧⟦应某某|P⟧，该公司⟦执行董事|T⟧。
　　被告⟦岱山县财政局|A⟧，住所地岱山县高亭镇。
　　⟦法定代表人|T⟧⟦林志远|P⟧，⟦局长|T⟧。
　　原告不服被告作出的⟦岱财采罚〔2025〕4号|N⟧政府采购行政处罚决定，于⟦2026年1月6日|D⟧向本院提起行政诉讼。
　　经审理查明：⟦2025年5月|D⟧，⟦岱山县公共资源交易中心|A⟧在对⟦岱山县海洋与渔业局|A⟧渔船安全设备采购项目（项目编号⟦DSCG-2025-033|J⟧）开展交易监测时，发现原告提交的检测报告编号与出具机构登记信息不符，于⟦2025年6月3日|D⟧以线索移送函将该情况移送被告。被告立案调查后，向检测报告载明的出具机构⟦浙江舟港检测技术有限公司|C⟧发函核实，该公司复函称从未出具该报告。被告遂于⟦2025年9月12日|D⟧作出被诉处罚决定，对原告处以采购金额千分之十的罚款，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　另查明，被告在作出处罚决定前，曾拟将原告涉嫌伪造证明文件的问题移送公安机关，后经集体讨论认为尚未达到刑事立案标准，未予移送。
　　本院认为，被告认定事实清楚，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦岱山县海晟船舶配件有限公司|C⟧的诉讼请求。
''',
        rels=[
            ('REFERRED', '岱山县公共资源交易中心', '岱山县财政局', None, '2025年6月3日'),
            ('PENALIZED', '岱山县财政局', '岱山县海晟船舶配件有限公司'),
            ('LEGAL_REP', '应某某', '岱山县海晟船舶配件有限公司'),
            ('HOLDS_POSITION', '应某某', '法定代表人', '岱山县海晟船舶配件有限公司'),
            ('HOLDS_POSITION', '应某某', '执行董事', '岱山县海晟船舶配件有限公司'),
            ('LEGAL_REP', '林志远', '岱山县财政局'),
            ('HOLDS_POSITION', '林志远', '法定代表人@1', '岱山县财政局'),
            ('HOLDS_POSITION', '林志远', '局长', '岱山县财政局'),
            ('BID_ON', '岱山县海晟船舶配件有限公司', 'DSCG-2025-033'),
        ],
        notes=['Administrative judgment; issuer the court. The transfer 交易中心 → 被告 (= 岱山县财政局) with its date; 线索移送函 unnumbered.',
               '拟…移送公安机关…未予移送: not happened → no relation. 发函核实 / 复函 (协查) are not REFERRED (DECISIONS).',
               'PENALIZED from the court judgment: the finance bureau\'s penalty on the plaintiff (as dev19 d6). 驳回 is none.',
               'Addresses after 住所地 not annotated. BID_ON: the plaintiff submitted a bid in the numbered project (提交检测报告 in it).',
               'Violations: false_materials (伪造检测报告).'],
    ),
]
