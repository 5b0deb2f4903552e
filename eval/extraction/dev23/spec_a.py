"""dev23 — letters a01–a04 of referral chains (移送函, 回执 (GB18030), 受理通知 from a joint 纪委+监委, 转办函), inline ⟦text|L⟧ marks. All persons, companies, numbers and acts invented."""

DOCS = [
    dict(
        file='a01-ysh-qianwei-czj-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='犍为县财政局',
        body='''
⟦犍为县财政局|A⟧
问题线索移送函
⟦犍财函〔2026〕7号|N⟧

⟦犍为县纪委监委|A⟧：
　　我局在办理⟦犍为县清溪镇人民政府|A⟧清溪镇污水管网改造项目（项目编号：⟦QWCG-2025-118|J⟧）投诉过程中发现，参与投标的⟦四川嘉犍市政工程有限公司|C⟧、⟦乐犍建设有限公司|C⟧两家单位的投标文件由同一电脑编制，报价呈规律性差异，存在串通投标嫌疑。另据投诉人反映，清溪镇⟦副镇长|T⟧⟦杨德全|P⟧在开标前曾约见⟦四川嘉犍市政工程有限公司|C⟧⟦项目经理|T⟧⟦罗小军|P⟧。
　　上述问题涉及公职人员，依照《⟦政府采购质疑和投诉办法|L⟧》有关规定，现将相关线索移送你委，请依规依纪依法处理，并将结果函告我局。
　　附件：1.投诉书复印件；2.投标文件雷同比对表；3.开标记录
　　联系人：⟦吴敏|P⟧　0833-4221×××

⟦犍为县财政局|A⟧（印章）
⟦2026年3月16日|D⟧
抄送：⟦犍为县审计局|A⟧
''',
        rels=[('REFERRED', '犍为县财政局', '犍为县纪委监委', '犍财函〔2026〕7号', '2026年3月16日'),
              ('HOLDS_POSITION', '杨德全', '副镇长', '犍为县清溪镇人民政府'),
              ('HOLDS_POSITION', '罗小军', '项目经理', '四川嘉犍市政工程有限公司'),
              ('BID_ON', '四川嘉犍市政工程有限公司', 'QWCG-2025-118'), ('BID_ON', '乐犍建设有限公司', 'QWCG-2025-118')],
        notes=['抄送 to the audit bureau is not REFERRED.', '联系人 is not POSITION.',
               'violations: collusion only (meeting before bid opening not characterised as interference).'],
    ),
    dict(
        file='a02-hz-xingning-gaj-2026-12.txt', fmt='gb18030', kind='other', violations=['false_materials'],
        issuer='兴宁市公安局',
        body='''
⟦兴宁市公安局|A⟧
案件线索接收回执
⟦兴公经回字〔2026〕12号|N⟧

⟦兴宁市财政局|A⟧：
　　你局⟦2026年4月2日|D⟧以《关于移送⟦广东兴梅达科技有限公司|C⟧涉嫌提供虚假材料线索的函》（⟦兴财函〔2026〕31号|N⟧）移送的⟦广东兴梅达科技有限公司|C⟧在⟦兴宁市第一中学|A⟧智慧教室采购项目中提供虚假检测报告一案线索及材料（共二册，计146页），我局已于⟦2026年4月3日|D⟧收悉，交由⟦兴宁市公安局经济犯罪侦查大队|A⟧审查。
　　特此回执。
　　承办人：⟦叶志鹏|P⟧
　　收文登记号：XN-JZ-2026-0047

⟦兴宁市公安局|A⟧
⟦2026年4月3日|D⟧
''',
        rels=[('REFERRED', '兴宁市财政局', '兴宁市公安局', '兴财函〔2026〕31号', '2026年4月2日')],
        unmarked=[],
        notes=['The receipt carries the incoming transfer: 兴宁市财政局 → 兴宁市公安局, with the sender\'s 文号 and date; handing to its own 经侦大队 is internal, not REFERRED.',
               '收文登记号 is not DOC_NO (DECISIONS). 承办人 is not POSITION.',
               'The company name inside the 《》 title of the sender\'s letter (not LAW) and the school inside the project name are annotated (GUIDELINES §2.3).'],
    ),
    dict(
        file='a03-sltz-taihe-jwjw-2026-9.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='中共泰和县纪律检查委员会',
        body='''
⟦中共泰和县纪律检查委员会|A⟧
⟦泰和县监察委员会|A⟧
问题线索受理通知书
⟦泰纪受〔2026〕9号|N⟧

⟦泰和县审计局|A⟧：
　　⟦2026年5月8日|D⟧，你局以《审计移送处理书》（⟦泰审移〔2026〕2号|N⟧）将在⟦泰和县卫生健康委员会|A⟧2025年度预算执行审计中发现的⟦泰和县人民医院|A⟧医疗设备采购未履行政府采购程序、化整为零规避公开招标问题线索（涉及金额⟦人民币612.4万元|M⟧）移送我委。经审查，该线索属于我委管辖范围，现决定予以受理，由⟦县纪委监委第二监督检查室|A⟧负责办理。
　　办理过程中如需补充材料，请予以配合。
　　此复。

⟦中共泰和县纪律检查委员会|A⟧　⟦泰和县监察委员会|A⟧
⟦2026年5月13日|D⟧
''',
        rels=[('REFERRED', '泰和县审计局', '中共泰和县纪律检查委员会', '泰审移〔2026〕2号', '2026年5月8日'),
              ('REFERRED', '泰和县审计局', '泰和县监察委员会', '泰审移〔2026〕2号', '2026年5月8日')],
        notes=['Joint issuer (纪委 + 监委); 移送我委 → every addressee of the joint letter receives (both bodies); issuer = the lead (first-listed) body.',
               '《审计移送处理书》 is a case document, not LAW. 2025年度 (year only) not DATE.',
               '县纪委监委第二监督检查室: one maximal AGENCY span (level-prefixed body + named sub-unit); internal assignment, not REFERRED.'],
    ),
    dict(
        file='a04-zbh-juxian-jwjw-2026-15.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'interference'],
        issuer='莒县纪委监委',
        body='''
⟦莒县纪委监委|A⟧信访举报转办函
⟦莒纪转〔2026〕15号|N⟧

⟦莒县市场监督管理局|A⟧：
　　近日，我委收到署名举报一件，反映⟦莒县教育和体育局|A⟧在全县中小学食堂食材配送服务采购项目（项目编号：⟦JXCG2026-G021|J⟧）中，招标文件设置“在本县设有冷链仓储”等条件排斥外地供应商，⟦莒县教育和体育局|A⟧⟦后勤管理中心主任|T⟧⟦宋立国|P⟧向评标专家打招呼，意图使⟦莒州鲜达农产品配送有限公司|C⟧中标。
　　经研究，举报中涉及招标文件限制竞争部分属你局职责范围，现转你局依法办理；涉及公职人员的问题由我委另行处理。请于⟦2026年7月10日|D⟧前将办理情况书面反馈我委第五监督检查室。
　　信访件编号：JX2026-0611

⟦莒县纪委监委|A⟧
⟦2026年6月9日|D⟧
''',
        rels=[('REFERRED', '莒县纪委监委', '莒县市场监督管理局', '莒纪转〔2026〕15号', '2026年6月9日'),
              ('HOLDS_POSITION', '宋立国', '后勤管理中心主任', '莒县教育和体育局'),
              ('BID_ON', '莒州鲜达农产品配送有限公司', 'JXCG2026-G021')],
        notes=['转办 of a 信访举报 to another body = REFERRED (a transfer of a clue); dated by the letter\'s date (no other transfer date).',
               '信访件编号 is not DOC_NO (DECISIONS). 我委第五监督检查室: a sub-unit after a pronoun, no place → not AGENCY (DECISIONS: no place, no AGENCY).',
               '后勤管理中心主任: the sub-unit is written into the POSITION (dev19 convention after the agency name). BID_ON for the intended winner is doubtful (the letter implies it bid).'],
    ),
]
