"""dev22 — documents d1–d6, inline ⟦text|L⟧ marks. A 转办函 with passive transfers (Liaoning 宽甸满族自治县), a procuratorate
受理告知 (Heilongjiang 虎林市), a 签收单 (Fujian 诏安县), a police 办理结果反馈 (Guangdong 普宁市), a police 退回函 (Hunan 桃江县,
GB18030), a fixed-width 收文登记簿 (Shandong 滕州市). All persons, companies, numbers, amounts and acts are invented.
"""

SIGN = ('签收人, 送件人, 经办人, 承办人, 联系人, 签发人, 审核(人), 核稿, 登记人 are roles in the paper flow, not POSITION: the names are PERSON only.')

DOCS = [
    dict(
        file='d1-zbh-kuandian-czj-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='宽甸满族自治县财政局',
        body='''
⟦宽甸满族自治县财政局|A⟧
关于转办政府采购投诉举报事项的函

⟦宽财采函〔2026〕3号|N⟧

⟦宽甸满族自治县卫生健康局|A⟧：
　　⟦市财政局|A⟧于⟦2026年2月24日|D⟧将一件反映⟦宽甸满族自治县中心医院|A⟧（以下简称“⟦县中心医院|A⟧”）全自动生化分析仪采购项目（项目编号：⟦KDCG-2026-0009|J⟧）招标文件设置特定品牌技术参数、排斥潜在供应商的举报件转至我局（⟦丹财采转〔2026〕15号|N⟧）。该举报件最初由⟦辽宁省财政厅|A⟧政府采购监督举报平台受理，由⟦省财政厅|A⟧转交⟦市财政局|A⟧后，再由⟦市财政局|A⟧移交我局。
　　经初步审查，该项目尚处于招标文件发布阶段，未进入开标程序，且举报人未就招标文件提出质疑。根据《⟦政府采购质疑和投诉办法|L⟧》第十条及县级政府采购监管职责分工，请你局先行督促⟦县中心医院|A⟧对招标文件进行自查，如确存在以特定品牌参数设定倾向性条件的，应责令其修改招标文件后重新发布，并于⟦3月20日|D⟧前将处理情况书面报送我局。我局将视情依法开展监督检查。
　　举报人的个人信息请严格保密。

　　联系人：⟦于海洋|P⟧　电话：0415-5122367
　　签发人：⟦吴明|P⟧

⟦宽甸满族自治县财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '辽宁省财政厅', '市财政局'),
              ('REFERRED', '市财政局', '宽甸满族自治县财政局', '丹财采转〔2026〕15号', '2026年2月24日'),
              ('REFERRED', '宽甸满族自治县财政局', '宽甸满族自治县卫生健康局', '宽财采函〔2026〕3号', '2026年3月2日')],
        aliases={'县中心医院': '宽甸满族自治县中心医院', '省财政厅': '辽宁省财政厅'},
        notes=['A relay of hand-overs: passive 由省财政厅转交市财政局 (sender the named 厅, no number or date), 市财政局 → 我局 '
               '(the named issuer) with the 转 number and the stated date, and this 转办函 itself → 卫生健康局 with its own number and date.',
               '市财政局 (level word + institution, never written in full) is AGENCY and its own canonical name.',
               '辽宁省财政厅政府采购监督举报平台: a system name; the AGENCY inside is annotated (GUIDELINES §2.3).',
               'A 转办 for handling is a hand-over (brief: 转办函 forwarding to a third body); 报送处理情况 is not.',
               'violations: 设置特定品牌技术参数、排斥潜在供应商 → discriminatory_terms (alleged).', SIGN]),
    dict(
        file='d2-slgz-hulin-jcy-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='黑龙江省虎林市人民检察院',
        body='''
⟦黑龙江省虎林市人民检察院|A⟧
受理案件通知书

⟦虎检受〔2026〕21号|N⟧

⟦虎林市公安局|A⟧：
　　你局以⟦虎公（经）诉字〔2026〕6号|N⟧起诉意见书移送审查起诉的犯罪嫌疑人⟦谭某某|P⟧、⟦孙某|P⟧涉嫌串通投标、对非国家工作人员行贿一案，本院已于⟦2026年4月28日|D⟧受理。现将受理情况通知如下：
　　一、本案由本院第一检察部⟦检察官|T⟧⟦丛丽娜|P⟧承办，⟦检察官助理|T⟧⟦韩旭|P⟧协助办理；
　　二、本院将依法在法定期限内作出是否提起公诉的决定。审查期间需补充侦查或补充材料的，另行书面通知；
　　三、随案移送的扣押物品清单所列物品（笔记本电脑1台、U盾4个）已核对无误。
　　本案系⟦虎林市审计局|A⟧于⟦2025年9月|D⟧移送你局的⟦虎林市迎春镇人民政府|A⟧防汛物资采购线索查处而来，犯罪嫌疑人⟦谭某某|P⟧系⟦虎林市北疆商贸有限公司|C⟧⟦总经理|T⟧，⟦孙某|P⟧系该镇政府聘用的采购⟦评审专家|T⟧。

⟦黑龙江省虎林市人民检察院|A⟧
⟦2026年4月28日|D⟧
''',
        rels=[('REFERRED', '虎林市公安局', '黑龙江省虎林市人民检察院', '虎公（经）诉字〔2026〕6号'),
              ('REFERRED', '虎林市审计局', '虎林市公安局', None, '2025年9月'),
              ('HOLDS_POSITION', '丛丽娜', '检察官', '黑龙江省虎林市人民检察院'),
              ('HOLDS_POSITION', '韩旭', '检察官助理', '黑龙江省虎林市人民检察院'),
              ('HOLDS_POSITION', '谭某某', '总经理', '虎林市北疆商贸有限公司'),
              ('HOLDS_POSITION', '孙某', '评审专家', None)],
        notes=['受理 notice: 移送审查起诉 by the police is REFERRED (DECISIONS) → the procuratorate (本院 = named issuer), evidence the '
               '起诉意见书 number; the transfer date is not stated (4月28日 is the 受理 date, not used).',
               'Narrative: 虎林市审计局于2025年9月移送你局 → REFERRED with the month. 随案移送 of seized items is part of the same hand-over.',
               '本院第一检察部 is an internal unit after a pronoun: not annotated. 检察官助理 as POSITION (like 法官助理 in dev19, doubtful). '
               '孙某…采购评审专家: POSITION 评审专家 attached to 孙某, org null (hired by a town government only referred to as 该镇政府; '
               'an expert is not an office of the government).', 'violations: 串通投标 collusion, 行贿 bribery.']),
]

DOCS += [
    dict(
        file='d3-qsd-zhaoan-jw-2026-04.txt', fmt='utf-8', kind='other', violations=[],
        issuer='诏安县监察委员会',
        body='''
　　　　　　　　　　⟦诏安县监察委员会|A⟧
　　　　　　　　　　移送材料签收单
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　No.0000417

　　送件单位　　⟦诏安县财政局|A⟧
　　来文标题　　关于移送⟦诏安县梅岭镇人民政府|A⟧公务用车定点维修服务采购有关问题线索的函
　　来文字号　　⟦诏财〔2026〕22号|N⟧
　　成文日期　　⟦2026年5月8日|D⟧
　　密　　级　　无
　　附件情况　　问题线索表1份、询价采购档案复印件1册（共58页）、光盘1张
　　送件人　　　⟦黄志诚|P⟧（⟦诏安县财政局政府采购监督管理股|A⟧ ⟦股长|T⟧）
　　签收人　　　⟦沈慧|P⟧（⟦县纪委监委案件监督管理室|A⟧）
　　签收时间　　⟦2026年5月9日|D⟧　上午9:40

　　备注：材料由送件人当面递交，封口完好。按程序报委领导批示后分办。
''',
        rels=[('REFERRED', '诏安县财政局', '诏安县监察委员会', '诏财〔2026〕22号', '2026年5月8日'),
              ('HOLDS_POSITION', '黄志诚', '股长', '诏安县财政局政府采购监督管理股')],
        notes=['签收单 of the supervision commission: REFERRED 诏安县财政局 → 诏安县监察委员会 (the form issuer), with the 来文字号 and '
               '成文日期 (the letter date; 签收时间 is the receipt date, not used). No.0000417 is a form serial, not DOC_NO.',
               '诏安县财政局政府采购监督管理股 and 县纪委监委案件监督管理室 are maximal AGENCY spans with their named sub-units; the 股长 '
               'belongs to the 股 (org the sub-unit span, the closest annotated organisation — doubtful; the bureau would also do).',
               'violations: the letter title does not characterise the conduct → [].', SIGN]),
    dict(
        file='d4-bljgfk-puning-gaj-2026-11.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='普宁市公安局',
        body='''
⟦普宁市公安局|A⟧
关于⟦普宁市审计局|A⟧移送线索办理情况的反馈函

⟦普公经函〔2026〕11号|N⟧

⟦普宁市审计局|A⟧：
　　贵局⟦2025年12月3日|D⟧移送的审计移送处理书（⟦普审移〔2025〕9号|N⟧）收悉。该移送处理书反映，⟦普宁市流沙东街道办事处|A⟧农贸市场升级改造项目（项目编号：⟦PNZB2025-0417|J⟧）投标人⟦广东榕江建设工程有限公司|C⟧、⟦普宁市汇达建筑工程有限公司|C⟧、⟦普宁市恒晟市政工程有限公司|C⟧的投标报价、技术标雷同，涉嫌串通投标。
　　我局于⟦2025年12月15日|D⟧对该案立案侦查。经查，⟦广东榕江建设工程有限公司|C⟧（以下简称“⟦榕江公司|C⟧”）⟦实际控制人|T⟧⟦方某|P⟧借用另外两家公司资质参与投标，由⟦榕江公司|C⟧⟦员工|T⟧⟦陈晓|P⟧统一制作三份投标文件并支付“借标费”共计⟦人民币8万元|M⟧，⟦榕江公司|C⟧以⟦人民币1968.4万元|M⟧中标。⟦汇达公司|C⟧⟦法定代表人|T⟧⟦郑某某|P⟧、⟦恒晟公司|C⟧⟦法定代表人|T⟧⟦许某|P⟧对出借资质陪标一事供认不讳。
　　⟦2026年3月20日|D⟧，我局以⟦普公（经）诉字〔2026〕14号|N⟧起诉意见书将⟦方某|P⟧、⟦郑某某|P⟧、⟦许某|P⟧涉嫌串通投标一案移送⟦普宁市人民检察院|A⟧审查起诉。对项目建设单位工作人员是否存在违纪违法问题，我局未发现相关线索。
　　特此函复。

　　承办人：⟦林伟鹏|P⟧　联系电话：0663-2212110

⟦普宁市公安局|A⟧
⟦2026年3月27日|D⟧
''',
        rels=[('REFERRED', '普宁市审计局', '普宁市公安局', '普审移〔2025〕9号', '2025年12月3日'),
              ('REFERRED', '普宁市公安局', '普宁市人民检察院', '普公（经）诉字〔2026〕14号', '2026年3月20日'),
              ('BID_ON', '广东榕江建设工程有限公司', 'PNZB2025-0417'),
              ('BID_ON', '普宁市汇达建筑工程有限公司', 'PNZB2025-0417'),
              ('BID_ON', '普宁市恒晟市政工程有限公司', 'PNZB2025-0417'),
              ('HOLDS_POSITION', '方某', '实际控制人', '广东榕江建设工程有限公司'),
              ('HOLDS_POSITION', '陈晓', '员工', '广东榕江建设工程有限公司'),
              ('LEGAL_REP', '郑某某', '普宁市汇达建筑工程有限公司'),
              ('HOLDS_POSITION', '郑某某', '法定代表人', '普宁市汇达建筑工程有限公司'),
              ('LEGAL_REP', '许某', '普宁市恒晟市政工程有限公司'),
              ('HOLDS_POSITION', '许某', '法定代表人@1', '普宁市恒晟市政工程有限公司')],
        aliases={'榕江公司': '广东榕江建设工程有限公司', '汇达公司': '普宁市汇达建筑工程有限公司',
                 '恒晟公司': '普宁市恒晟市政工程有限公司'},
        notes=['办理结果反馈 of the police to the audit office: it carries the incoming transfer 普宁市审计局 → 普宁市公安局 (贵局…移送, '
               'number and date of the 移送处理书) and the onward 移送审查起诉 → 普宁市人民检察院 with the 起诉意见书 number and date. '
               'The feedback itself is no hand-over. 立案侦查 is no sanction.',
               'The 普宁市审计局 inside the title (关于普宁市审计局移送线索…) is its first mention; endpoints point there.',
               'BID_ON: the three 投标人 (two of them 陪标 with lent qualifications). 实际控制人, 员工 as POSITION (dev19). violations: '
               '串通投标 collusion; bidding on borrowed qualifications false_materials.', SIGN]),
]

DOCS += [
    dict(
        file='d5-thh-taojiang-gaj-2026-2.txt', fmt='gb18030', kind='other', violations=['other'],
        issuer='桃江县公安局',
        body='''
⟦桃江县公安局|A⟧
关于退回⟦县财政局|A⟧移送案件材料的函

⟦桃公函〔2026〕2号|N⟧

⟦桃江县财政局|A⟧：
　　你局⟦2026年1月7日|D⟧以《涉嫌犯罪案件移送书》（⟦桃财移〔2026〕1号|N⟧）移送的⟦湖南资江工程咨询有限公司|C⟧在代理⟦桃江县桃花江镇人民政府|A⟧环卫设备采购项目中违规收取“服务费”一案，我局经审查认为：
　　一、现有材料反映，该公司向中标供应商收取的费用为⟦人民币2.6万元|M⟧，系按其招标文件载明的标准收取，无证据证明该公司⟦项目负责人|T⟧⟦曹某|P⟧或其他人员与采购人工作人员存在利益输送，不符合非国家工作人员受贿罪、串通投标罪的立案追诉标准；
　　二、该公司超标准收费、未在采购文件中完整披露收费标准等问题，属于政府采购代理机构违规行为，应由财政部门依照《⟦中华人民共和国政府采购法|L⟧》和《⟦政府采购代理机构管理暂行办法|L⟧》处理。
　　根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第九条之规定，我局决定不予立案，现将案件材料（共1卷87页）退回你局，请依法处理。如发现新的犯罪线索，可重新移送。

　　联系人：⟦刘志红|P⟧（经侦大队）　电话：0737-8812110

⟦桃江县公安局|A⟧
⟦2026年1月29日|D⟧
''',
        rels=[('REFERRED', '桃江县财政局', '桃江县公安局', '桃财移〔2026〕1号', '2026年1月7日'),
              ('HOLDS_POSITION', '曹某', '项目负责人', '湖南资江工程咨询有限公司')],
        aliases={'县财政局': '桃江县财政局'},
        notes=['退回函: the return of the materials is no REFERRED (DECISIONS); the original hand-over it answers is: 桃江县财政局 → '
               '桃江县公安局 (我局 = the named issuer) with the 移送书 number and date. 可重新移送 is a possibility, no act.',
               'Canonical: 县财政局 in the title comes first in the text, but the fuller name 桃江县财政局 is the canonical one (aliases); '
               'the endpoint points to the first mention of the full name.',
               '不予立案 is no sanction. 经侦大队 in brackets has no place: not annotated (DECISIONS).',
               'violations: 超标准收费 by an agent → other (GUIDELINES: 乱收费).', SIGN]),
    dict(
        file='d6-swdjb-tengzhou-czj-2026.txt', fmt='utf-8', kind='other', violations=[],
        issuer='滕州市财政局政府采购监督管理科',
        body='''
⟦滕州市财政局政府采购监督管理科|A⟧收文登记簿（节选，2026年第二季度）

收文号    收文日期      来文单位                  来文文号                 文件标题（摘要）                        承办    签收
--------  ------------  ------------------------  -----------------------  --------------------------------------  ------  ------
2026-061  ⟦2026-04-03|D⟧    ⟦滕州市审计局|A⟧              ⟦滕审移〔2026〕3号|N⟧        审计移送处理书（⟦滕州市第一中学|A⟧实验室设备）      ⟦侯勇|P⟧    ⟦孔蕾|P⟧
2026-064  ⟦2026-04-10|D⟧    ⟦滕州市公共资源交易中心|A⟧    ⟦滕公资函〔2026〕12号|N⟧     关于异常投标线索的函（⟦TZCG-2026-0088|J⟧）    ⟦侯勇|P⟧    ⟦孔蕾|P⟧
2026-070  ⟦2026-04-21|D⟧    ⟦滕州市公安局|A⟧              ⟦滕公（经）协字〔2026〕4号|N⟧  协查函（调取采购档案）                  ⟦褚建|P⟧    ⟦孔蕾|P⟧
2026-077  ⟦2026-05-06|D⟧    ⟦滕州市市场监督管理局|A⟧      ⟦滕市监函〔2026〕19号|N⟧     关于退回移送线索材料的函                ⟦褚建|P⟧    ⟦孔蕾|P⟧
2026-083  ⟦2026-05-19|D⟧    ⟦滕州市纪委监委|A⟧            ⟦滕纪转〔2026〕7号|N⟧        信访举报转办函（⟦滕州市龙阳镇人民政府|A⟧采购）    ⟦侯勇|P⟧    ⟦孔蕾|P⟧
2026-090  ⟦2026-06-02|D⟧    ⟦滕州市公安局|A⟧              ⟦滕公（经）函〔2026〕9号|N⟧  移送线索受理情况告知                    ⟦褚建|P⟧    ⟦孔蕾|P⟧

登记人：⟦孔蕾|P⟧
''',
        rels=[('REFERRED', '滕州市审计局', '滕州市财政局政府采购监督管理科', '滕审移〔2026〕3号'),
              ('REFERRED', '滕州市公共资源交易中心', '滕州市财政局政府采购监督管理科', '滕公资函〔2026〕12号'),
              ('REFERRED', '滕州市纪委监委', '滕州市财政局政府采购监督管理科', '滕纪转〔2026〕7号'),
              ('REFERRED', '滕州市财政局政府采购监督管理科', '滕州市公安局')],
        notes=['A fixed-width 收文登记簿 of a finance bureau section: only the rows that are hand-overs to the bureau are REFERRED — '
               'the audit 移送处理书, the trading centre report (DECISIONS), the commission 转办函. Not REFERRED: a 协查函 (DECISIONS), '
               'a 退回函 (a return, DECISIONS). The police 移送线索受理情况告知 (row 2026-090) implies an earlier hand-over from the '
               'bureau to the police: added as an inferred REFERRED without number or date (doubtful, like GUIDELINES\' inferred '
               '线索移送函).',
               'Only the 收文日期 (receipt date) is given, never the date of the transfer: relation dates are null. 收文号 is a register '
               'number, not DOC_NO; 来文文号 values are DOC_NO (DECISIONS).',
               'The book belongs to a named section written after the bureau name: one maximal AGENCY span 滕州市财政局政府采购监督管理科 '
               '(GUIDELINES), the only name of the receiver written, so it is the endpoint and the issuer (as 信访室 in c1).',
               '承办, 签收, 登记人 are paper-flow roles (PERSON only). violations: no conduct characterised → [].']),
]
