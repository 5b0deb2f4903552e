"""dev25 — documents a1–a5, inline ⟦text|L⟧ marks. Letters between supervising bodies: 移送 with 抄送, 转办, 指定管辖,
并案移送, 联合移送 (docx). All persons, companies, numbers, amounts and acts are invented."""

LETTER = 'Letters between bodies: kind other. 抄送 lines are not REFERRED (DECISIONS).'

DOCS = [
    dict(
        file='a1-xsyshan-sheyang-sjj-2026-7.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='射阳县审计局',
        body='''
⟦射阳县审计局|A⟧
问题线索移送函
⟦射审移函〔2026〕7号|N⟧

⟦中共射阳县纪律检查委员会|A⟧、⟦射阳县监察委员会|A⟧：
    我局在对⟦射阳县合德镇人民政府|A⟧2025年度财政预算执行情况审计中，发现该镇2025年实施的“四好农村路”养护项目（合同金额⟦人民币217.6万元|M⟧）未履行政府采购程序，由镇分管负责人直接指定⟦盐阜通达路桥养护有限公司|C⟧施工，且该公司⟦法定代表人|T⟧⟦季永红|P⟧与镇建设办⟦主任|T⟧⟦季长林|P⟧系兄弟关系。上述问题涉嫌违纪违法，根据《⟦审计机关移送违纪违法问题线索工作规定|L⟧》，现将该问题线索及相关审计证据材料（共23页）移送你委处理。
    请于收到本函后60日内将处理情况书面反馈我局。

    附件：1.审计取证单（复印件）4份
          2.养护项目付款凭证（复印件）

                                         ⟦射阳县审计局|A⟧
                                         ⟦2026年3月16日|D⟧
（联系人：⟦潘晓雯|P⟧，电话：0515-8290××××）

抄送：⟦射阳县财政局|A⟧，⟦射阳县交通运输局|A⟧。
''',
        rels=[('REFERRED', '射阳县审计局', '中共射阳县纪律检查委员会', '射审移函〔2026〕7号', '2026年3月16日'),
              ('REFERRED', '射阳县审计局', '射阳县监察委员会', '射审移函〔2026〕7号', '2026年3月16日'),
              ('LEGAL_REP', '季永红', '盐阜通达路桥养护有限公司'),
              ('HOLDS_POSITION', '季永红', '法定代表人', '盐阜通达路桥养护有限公司'),
              ('HOLDS_POSITION', '季长林', '主任', '射阳县合德镇人民政府')],
        notes=[LETTER, 'Joint addressee 纪委 + 监委: one REFERRED to each. 抄送 to 财政局 / 交通运输局 is not REFERRED.',
               'date = the letter date (the transfer is made by this letter). 主任 of 镇建设办 → org the town government (the office is unnamed as a span; doubtful).',
               '联系人 is not POSITION.'],
    ),
    dict(
        file='a2-zbh-leiyang-zfb-2026-31.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='耒阳市人民政府办公室',
        body='''
⟦耒阳市人民政府办公室|A⟧
转办通知单

⟦耒政办转〔2026〕31号|N⟧

⟦市财政局|A⟧：
    ⟦湖南省人民政府办公厅|A⟧政务服务督查转来群众反映件一件，反映⟦耒阳市公共资源交易中心|A⟧⟦2026年1月|D⟧开标的⟦市第三人民医院|A⟧医疗设备采购项目（项目编号⟦LYCG-2025-1187|J⟧）中，⟦湘南康泰医疗器械有限公司|C⟧与⟦耒阳市仁和医疗设备经营部|C⟧投标文件出自同一人之手，疑似串通投标。
    经⟦市政府|A⟧分管领导批示，现将该件转你局依法办理。请你局按照政府采购投诉举报处理有关规定认真调查核实，于⟦2026年4月30日|D⟧前将办理结果报⟦市政府办公室|A⟧，同时答复反映人。

    附件：反映件（编号：HN-DC-2026-0419）

                                   ⟦耒阳市人民政府办公室|A⟧
                                      ⟦2026年3月9日|D⟧
''',
        rels=[('REFERRED', '湖南省人民政府办公厅', '耒阳市人民政府办公室', None, None),
              ('REFERRED', '耒阳市人民政府办公室', '市财政局', '耒政办转〔2026〕31号', '2026年3月9日'),
              ('BID_ON', '湘南康泰医疗器械有限公司', 'LYCG-2025-1187'),
              ('BID_ON', '耒阳市仁和医疗设备经营部', 'LYCG-2025-1187')],
        notes=[LETTER, '转办 (a superior body passes a complaint/clue down for handling) is a hand-over: REFERRED (set convention, as dev19 b4 转办函).',
               'The addressee appears only as the level-prefixed 市财政局; it is the canonical name here (no full name in the text) — relation uses 市财政局.',
               '反映件 编号 HN-DC-2026-0419 is an intake number (信访件编号), not DOC_NO (DECISIONS).',
               '湖南省人民政府办公厅 转来 → REFERRED to the writer, no date stated.',
               'Level-prefixed 市第三人民医院, 市政府, 市政府办公室 → AGENCY (GUIDELINES); 市政府办公室 aliased to the writer\'s full name.'],
        aliases={'市政府办公室': '耒阳市人民政府办公室'},
    ),
]

DOCS += [
    dict(
        file='a3-hh-linzhou-gaj-2026-12.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='林州市公安局',
        body='''
⟦林州市公安局|A⟧
关于接收涉嫌合同诈骗案件线索材料的复函
⟦林公经函〔2026〕12号|N⟧

⟦林州市财政局|A⟧：
    你局⟦2026年3月2日|D⟧《关于移送⟦河南卓远智能科技有限公司|C⟧涉嫌提供虚假材料骗取中标问题线索的函》（⟦林财函〔2026〕9号|N⟧）及所附投标文件、合同、验收单等材料共三册，我局经侦大队已于⟦3月4日|D⟧签收。
    经审查，该公司在林州市智慧校园设备采购项目（项目编号⟦LZCG2025-0316|J⟧）中伪造两份业绩合同，中标金额⟦人民币168.9万元|M⟧。因该公司注册地及主要犯罪行为地均不在我市，⟦2026年3月20日|D⟧经上级公安机关指定管辖，本案由我局管辖。请你局指定专人配合，并将后续发现的有关材料及时移交我局经侦大队。
    承办民警：⟦牛建国|P⟧　⟦申红梅|P⟧

                                          ⟦林州市公安局|A⟧
                                          ⟦2026年3月23日|D⟧
''',
        rels=[('REFERRED', '林州市财政局', '林州市公安局', '林财函〔2026〕9号', '2026年3月2日'),
              ('BID_ON', '河南卓远智能科技有限公司', 'LZCG2025-0316')],
        notes=[LETTER, 'The reply restates the finance bureau\'s transfer: REFERRED 林州市财政局 → the writer, evidence 林财函〔2026〕9号, date the letter date (3月4日 is the signing date, not used).',
               '指定管辖 by an unnamed 上级公安机关 is not REFERRED (GUIDELINES). The request to 移交 future material is not a transfer yet.',
               'A bare 经侦大队 after 我局 is no AGENCY (DECISIONS: no place, no AGENCY).',
               '承办民警 is not POSITION (a case role, like 承办人).'],
    ),
]

DOCS += [
    dict(
        file='a4-bays-lechang-scjgj-2026-5.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='乐昌市市场监督管理局',
        body='''
⟦乐昌市市场监督管理局|A⟧
案件并案移送函

⟦乐市监移〔2026〕5号|N⟧

⟦乐昌市公安局|A⟧：
    我局在查办⟦乐昌市恒信建材商行|C⟧商业贿赂案（⟦乐市监立〔2025〕41号|N⟧）过程中，发现当事人向⟦乐昌市长来镇中心小学|A⟧⟦总务主任|T⟧⟦黄某平|P⟧给予“回扣”⟦4.6万元|M⟧，并与⟦韶粤兴业建设工程有限公司|C⟧事先约定报价，涉嫌串通投标。我局已于⟦2025年12月18日|D⟧以⟦乐市监移〔2025〕19号|N⟧将前案线索移送你局。
    经进一步调查，当事人另在⟦长来镇卫生院|A⟧门诊楼改造项目中存在相同情形，与前案系同一当事人、同类行为。为便于你局统一侦办，现将本案全部案卷（含询问笔录7份、银行流水1份）并案移送你局。

    ⟦乐昌市市场监督管理局|A⟧
    ⟦2026年2月6日|D⟧
''',
        rels=[('REFERRED', '乐昌市市场监督管理局', '乐昌市公安局', '乐市监移〔2026〕5号', '2026年2月6日'),
              ('HOLDS_POSITION', '黄某平', '总务主任', '乐昌市长来镇中心小学')],
        notes=[LETTER, 'Two hand-overs of the same pair: the earlier 移送 (乐市监移〔2025〕19号, 2025年12月18日) and this 并案移送. Relations are de-duplicated on (type, from, to), so one REFERRED is kept, with this letter\'s number and date (doubtful: the earlier one is equally valid evidence).',
               '乐市监立〔2025〕41号 is a case-filing number → DOC_NO (DECISIONS: 立案编号 stays DOC_NO).',
               '长来镇卫生院 inside a project name: annotated as AGENCY (GUIDELINES §2.3, names inside project names).'],
    ),
]

DOCS += [
    dict(
        file='a5-lhys-yangshuo-czj-sjj-2026-2.docx', fmt='docx', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='阳朔县财政局',
        body='''
⟦阳朔县财政局|A⟧　⟦阳朔县审计局|A⟧
关于联合移送⟦阳朔县文化广电和旅游局|A⟧违规采购问题线索的函
⟦阳财联〔2026〕2号|N⟧
⟦阳朔县纪委监委|A⟧：
在2025年度政府采购监督检查和部门预算执行审计中，⟦县财政局|A⟧与⟦县审计局|A⟧共同发现：⟦县文广旅局|A⟧在遇龙河景区标识系统更新项目中，将⟦人民币96.4万元|M⟧的采购拆分为四个合同，分别直接交由⟦广西漓江山水标识制作有限公司|C⟧等三家企业实施，规避公开招标；该局⟦原副局长|T⟧⟦莫志刚|P⟧在验收中未履行职责。
经两单位协商一致，现将上述问题线索联合移送你委。原始材料由⟦县审计局|A⟧一并提交，财政检查工作底稿另行送达。
联系人：⟦县财政局政府采购股|A⟧　⟦廖文婷|P⟧；⟦县审计局行政事业审计股|A⟧　⟦覃宏|P⟧
⟦阳朔县财政局|A⟧（章）　　⟦阳朔县审计局|A⟧（章）
⟦2026年4月10日|D⟧
''',
        rels=[('REFERRED', '阳朔县财政局', '阳朔县纪委监委', '阳财联〔2026〕2号', '2026年4月10日'),
              ('REFERRED', '阳朔县审计局', '阳朔县纪委监委', '阳财联〔2026〕2号', '2026年4月10日'),
              ('HOLDS_POSITION', '莫志刚', '原副局长', '阳朔县文化广电和旅游局')],
        aliases={'县文广旅局': '阳朔县文化广电和旅游局', '县财政局': '阳朔县财政局', '县审计局': '阳朔县审计局'},
        notes=[LETTER, '联合移送: two bodies sign together → one REFERRED from each signer to the addressee; issuer the first-listed body.',
               '县财政局 / 县审计局 in running text are level-prefixed names → would be AGENCY; here they occur only inside 县财政局政府采购股 (a sub-unit after a contact label) and "⟦县财政局|A⟧与⟦县审计局|A⟧共同发现" — see marks: the short forms are annotated and aliased.',
               '原副局长 with 该局 between? No: 该局原副局长 → POSITION 副局长? GUIDELINES keeps adjacent 原: span 原副局长.'],
    ),
]
