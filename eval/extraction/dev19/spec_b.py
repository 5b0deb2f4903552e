"""dev19 — documents b1–b6, inline ⟦text|L⟧ marks: a 纪委/监委 线索移送函 to 财政 (Jilin 辽源龙山区), a 检察建议书 (Ningxia 固原 西吉县),
a 市场监管 行政处罚决定书 against a 门市部 (Shaanxi 汉中 城固县, GB18030), a 信访举报转办函 (Shaanxi 安康 → 石泉县), a 财政 feedback letter on an
audit referral (Hebei 承德 围场县), a 纪委监委 通报 web page (Shandong 滨州沾化区, html). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='b1-xsyshan-liaoyuan-longshan-jw-2026-5.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='中共辽源市龙山区纪律检查委员会',
        body='''
⟦中共辽源市龙山区纪律检查委员会|A⟧
⟦辽源市龙山区监察委员会|A⟧
问题线索移送函
⟦辽龙纪监移〔2026〕5号|N⟧

⟦辽源市龙山区财政局|A⟧：
　　近期，我委在对⟦龙山区东吉街道办事处|A⟧⟦原党工委委员|T⟧、⟦副主任|T⟧⟦孙某某|P⟧涉嫌严重违纪违法问题审查调查中，发现⟦东吉街道办事处|A⟧及辖区有关单位在政府采购活动中存在违反《⟦中华人民共和国政府采购法|L⟧》的问题，属你局职责范围。根据《⟦吉林省纪检监察机关与政府采购监管部门问题线索移送办法（试行）|L⟧》的规定，现将有关问题线索移送你局，请依法处理。
　　一、⟦2024年3月|D⟧至9月，⟦东吉街道办事处|A⟧分五次向⟦辽源市安泰电子科技有限公司|C⟧采购社区视频监控设备，合同金额分别为⟦人民币38.6万元|M⟧、⟦36.2万元|M⟧、⟦39.9万元|M⟧、⟦29.5万元|M⟧、⟦37.8万元|M⟧，合计⟦人民币182万元|M⟧，均未执行政府采购程序。经核，上述合同均由时任⟦副主任|T⟧⟦孙某某|P⟧签批，⟦辽源市安泰电子科技有限公司|C⟧⟦法定代表人|T⟧⟦付某某|P⟧系⟦孙某某|P⟧妻弟。
　　二、⟦龙山区东吉街道向阳社区居民委员会|A⟧、⟦辽源市龙山区第五中学|A⟧共同委托⟦吉林正衡会计师事务所有限公司|C⟧开展财务收支审计服务，该所出具报告前，承办⟦注册会计师|T⟧⟦马某某|P⟧曾将初稿发送⟦孙某某|P⟧审阅。
　　三、⟦辽源市安泰电子科技有限公司|C⟧在上述项目中提交的履约保函由⟦中国建设银行股份有限公司辽源分行|C⟧出具，保函编号JHBH-2024-0317，开立日期早于合同签订日期，疑点待查。
　　请你局于⟦2026年5月30日|D⟧前将办理情况书面反馈我委第二审查调查室。
　　附件：相关合同及付款凭证复印件（共23页）

⟦中共辽源市龙山区纪律检查委员会|A⟧　　⟦辽源市龙山区监察委员会|A⟧
⟦2026年3月31日|D⟧
（联系人：⟦赵明哲|P⟧　电话：0437-3223089）
''',
        rels=[
            ('REFERRED', '中共辽源市龙山区纪律检查委员会', '辽源市龙山区财政局', '辽龙纪监移〔2026〕5号', '2026年3月31日'),
            ('REFERRED', '辽源市龙山区监察委员会', '辽源市龙山区财政局', '辽龙纪监移〔2026〕5号', '2026年3月31日'),
            ('HOLDS_POSITION', '孙某某', '原党工委委员', '龙山区东吉街道办事处'),
            ('HOLDS_POSITION', '孙某某', '副主任', '龙山区东吉街道办事处'),
            ('HOLDS_POSITION', '孙某某', '副主任@1', '龙山区东吉街道办事处'),
            ('LEGAL_REP', '付某某', '辽源市安泰电子科技有限公司'),
            ('HOLDS_POSITION', '付某某', '法定代表人', '辽源市安泰电子科技有限公司'),
            ('HOLDS_POSITION', '马某某', '注册会计师', '吉林正衡会计师事务所有限公司'),
        ],
        aliases={'东吉街道办事处': '龙山区东吉街道办事处'},
        notes=['Joint sender (纪委 + 监委, both sign): one REFERRED from each sender to the addressee; issuer the first-listed 纪委.',
               '2024年3月至9月: the month-only end 9月 is not DATE. The 保函编号 is not DOC_NO.',
               'The 社区居民委员会 and the public middle school are AGENCY; the accounting firm and the bank branch are COMPANY.',
               '时任副主任: 时任 left out of the POSITION span. 注册会计师 (a profession, like 律师) attached to 马某某, org the firm (该所).',
               '我委第二审查调查室: a self-reference with a sub-unit, not annotated. 妻弟 is a relation, not POSITION.',
               'Violations: 分五次 / 未执行政府采购程序 (no_procurement); the 保函 date anomaly and the leaked audit draft (other).'],
    ),
    dict(
        file='b2-jcjys-guyuan-xiji-jcy-2026-4.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'discriminatory_terms', 'no_procurement'],
        issuer='宁夏回族自治区西吉县人民检察院',
        body='''
⟦宁夏回族自治区西吉县人民检察院|A⟧
检 察 建 议 书
⟦西检行建〔2026〕4号|N⟧

⟦西吉县卫生健康局|A⟧：
　　本院在办理⟦西吉县公安局|A⟧移送审查起诉的⟦马某某|P⟧、⟦李某|P⟧串通投标案过程中（⟦西吉县公安局|A⟧起诉意见书⟦西公（经）诉字〔2025〕57号|N⟧，⟦2025年12月22日|D⟧移送本院），发现你局所属⟦西吉县人民医院|A⟧、⟦西吉县兴隆镇中心卫生院|A⟧在医疗设备和耗材采购中存在以下问题：
　　一、⟦西吉县人民医院|A⟧⟦2024年10月|D⟧采购全自动生化分析仪（采购编号：⟦XJYY-2024-SB021|J⟧），招标文件设置“投标人须在宁夏回族自治区内设有售后服务网点”等条件，排斥区外供应商。最终⟦宁夏六盘医疗器械有限公司|C⟧以⟦人民币146万元|M⟧中标，该公司⟦总经理|T⟧⟦马某某|P⟧与另一投标人⟦宁夏西海固商贸有限公司|C⟧⟦股东|T⟧⟦李某|P⟧事先商定投标报价。
　　二、⟦西吉县兴隆镇中心卫生院|A⟧⟦2025年1月|D⟧至6月以“零星采购”名义，分七次向⟦西吉县兴隆镇康泰医疗用品门市部|C⟧购买耗材，合计⟦人民币41.7万元|M⟧，未按规定执行政府采购程序，该院⟦院长|T⟧⟦何某某|P⟧负有直接管理责任。
　　三、你局作为主管部门，对所属医疗机构采购活动监督检查不到位。
　　根据《⟦中华人民共和国人民检察院组织法|L⟧》第二十一条、《⟦人民检察院检察建议工作规定|L⟧》第十一条的规定，建议你局：1.督促上述两家医疗机构限期整改；2.对相关责任人员依规依纪依法作出处理；3.建立所属单位采购活动定期检查制度。
　　请你局在收到本检察建议书之日起两个月内将办理情况书面回复本院。

⟦宁夏回族自治区西吉县人民检察院|A⟧
⟦2026年3月12日|D⟧
抄送：⟦西吉县财政局|A⟧　⟦中共西吉县纪律检查委员会|A⟧
''',
        rels=[
            ('REFERRED', '西吉县公安局', '宁夏回族自治区西吉县人民检察院', '西公（经）诉字〔2025〕57号', '2025年12月22日'),
            ('HOLDS_POSITION', '马某某', '总经理', '宁夏六盘医疗器械有限公司'),
            ('HOLDS_POSITION', '李某', '股东', '宁夏西海固商贸有限公司'),
            ('HOLDS_POSITION', '何某某', '院长', '西吉县兴隆镇中心卫生院'),
            ('BID_ON', '宁夏六盘医疗器械有限公司', 'XJYY-2024-SB021'),
            ('BID_ON', '宁夏西海固商贸有限公司', 'XJYY-2024-SB021'),
        ],
        notes=['A 检察建议 is neither PENALIZED nor REFERRED; 抄送 is not REFERRED.',
               'REFERRED 西吉县公安局 → the issuer (移送本院), with the 起诉意见书 number and the stated date.',
               '宁夏回族自治区内 inside a quoted tender condition is a region, not AGENCY.',
               'Hospitals and the township health centre (purchasers) are AGENCY; the 门市部 (individual business) is COMPANY.',
               '2025年1月至6月: month-only end not DATE. 监督检查不到位 of a bureau is not listed as abuse_of_power (no official named) — doubtful.'],
    ),
    dict(
        file='b3-cfjd-hanzhong-chenggu-scjg-2026-19.txt', fmt='gb18030', kind='penalty_decision', violations=['bribery'],
        issuer='城固县市场监督管理局',
        body='''
⟦城固县市场监督管理局|A⟧
行政处罚决定书
⟦城市监处罚〔2026〕19号|N⟧

当事人：⟦城固县博望街道志强文具门市部|C⟧
主体类型：个体工商户
统一社会信用代码：92610722MA7XYZ5K3P
⟦经营者|T⟧：⟦王某某|P⟧
经营场所：陕西省汉中市城固县博望街道南大街126号
　　⟦2025年12月8日|D⟧，本局收到⟦城固县纪委监委|A⟧转来的问题线索（⟦城纪转〔2025〕31号|N⟧），反映当事人在向⟦城固县第二中学|A⟧供应办公用品过程中给予该校工作人员财物。本局于⟦2025年12月10日|D⟧立案调查。
　　经查，⟦2024年9月|D⟧至⟦2025年7月|D⟧，当事人先后八次向⟦城固县第二中学|A⟧供应打印纸、硒鼓、文件柜等办公用品，货款合计⟦人民币26.84万元|M⟧。为长期获得供货机会，当事人⟦经营者|T⟧⟦王某某|P⟧先后三次向该校总务处⟦干事|T⟧⟦刘某某|P⟧赠送购物卡共计⟦人民币6000元|M⟧，并按每批货款的5%支付“回扣”共计⟦人民币13420元|M⟧，均未如实入账。当事人通过上述行为获取违法所得⟦人民币38,517.60元|M⟧。
　　上述事实，有当事人营业执照复印件、询问笔录、银行转账记录、⟦城固县第二中学|A⟧出具的情况说明等证据证明。
　　本局认为，当事人的行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款第（二）项的规定，构成商业贿赂行为。当事人积极配合调查，如实陈述违法事实，依据《⟦中华人民共和国反不正当竞争法|L⟧》第十九条的规定，本局决定：
　　1.没收违法所得⟦人民币38,517.60元|M⟧；
　　2.罚款⟦人民币十万元|M⟧。
　　当事人应当自收到本决定书之日起十五日内缴纳罚没款。同时，本局将⟦刘某某|P⟧涉嫌收受财物的线索移送⟦城固县纪委监委|A⟧处理。
　　如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向⟦城固县人民政府|A⟧申请行政复议，也可以在六个月内依法向⟦城固县人民法院|A⟧提起行政诉讼。

⟦城固县市场监督管理局|A⟧
⟦2026年2月27日|D⟧
''',
        rels=[
            ('PENALIZED', '城固县市场监督管理局', '城固县博望街道志强文具门市部'),
            ('REFERRED', '城固县纪委监委', '城固县市场监督管理局', '城纪转〔2025〕31号', '2025年12月8日'),
            ('REFERRED', '城固县市场监督管理局', '城固县纪委监委'),
            ('HOLDS_POSITION', '王某某', '经营者', '城固县博望街道志强文具门市部'),
            ('HOLDS_POSITION', '王某某', '经营者@1', '城固县博望街道志强文具门市部'),
            ('HOLDS_POSITION', '刘某某', '干事', '城固县第二中学'),
        ],
        notes=['GB18030-encoded.', 'The 个体工商户 门市部 is COMPANY; 经营者 (form field and in the narrative) is its owner role → POSITION, as 法定代表人 is. '
               'No LEGAL_REP: an individual business has no 法定代表人.',
               'REFERRED 城固县纪委监委 → the issuer (本局), dated with the receipt date 2025年12月8日 (收到…转来, the only date of the transfer). '
               'The bureau\'s own onward 移送 of 刘某某\'s clue: REFERRED with date null.',
               '该校总务处干事: pronoun + sub-unit, so only 干事 is annotated, org the school. 该校工作人员 (no person attached) is not POSITION.',
               '5% is a rate, not MONEY. The address line is not annotated.'],
    ),
]

DOCS += [
    dict(
        file='b4-zbh-ankang-shiquan-jw-2026-43.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'contract_violation', 'interference', 'bribery', 'other'],
        issuer='中共安康市纪律检查委员会',
        body='''
⟦中共安康市纪律检查委员会|A⟧
⟦安康市监察委员会|A⟧
信访举报转办函
⟦安纪监信转〔2026〕43号|N⟧

⟦中共石泉县纪律检查委员会|A⟧、⟦石泉县监察委员会|A⟧：
　　现将反映⟦石泉县池河镇人民政府|A⟧有关人员在项目采购中违规问题的信访举报件（编号：AK2026-0211-037）转去，请按照干部管理权限依规依纪依法办理，并于⟦2026年6月30日|D⟧前将办理结果报送⟦市纪委监委信访室|A⟧。
　　举报主要内容：2025年，⟦池河镇人民政府|A⟧在实施明星村产业路硬化、茶园提升等项目中，将总投资约⟦人民币260万元|M⟧的工程直接交由⟦池河镇明星村股份经济合作社|C⟧承接，合作社再整体转包给⟦安康汉水秦巴建设有限公司|C⟧施工；镇⟦党委副书记|T⟧、⟦镇长|T⟧⟦邹某某|P⟧指定材料供应商，镇村建办⟦负责人|T⟧⟦陈某某|P⟧收受施工方好处。另反映，明星村⟦党支部书记|T⟧、村委会⟦主任|T⟧⟦柯某|P⟧兼任合作社⟦理事长|T⟧，存在“自己发包给自己”问题。
　　附件：举报材料（共6页）

⟦中共安康市纪律检查委员会信访室|A⟧（代章）
⟦2026年4月20日|D⟧
''',
        rels=[
            ('REFERRED', '中共安康市纪律检查委员会', '中共石泉县纪律检查委员会', '安纪监信转〔2026〕43号', '2026年4月20日'),
            ('REFERRED', '中共安康市纪律检查委员会', '石泉县监察委员会', '安纪监信转〔2026〕43号', '2026年4月20日'),
            ('REFERRED', '安康市监察委员会', '中共石泉县纪律检查委员会', '安纪监信转〔2026〕43号', '2026年4月20日'),
            ('REFERRED', '安康市监察委员会', '石泉县监察委员会', '安纪监信转〔2026〕43号', '2026年4月20日'),
            ('HOLDS_POSITION', '邹某某', '党委副书记', '石泉县池河镇人民政府'),
            ('HOLDS_POSITION', '邹某某', '镇长', '石泉县池河镇人民政府'),
            ('HOLDS_POSITION', '陈某某', '负责人', '石泉县池河镇人民政府'),
            ('HOLDS_POSITION', '柯某', '党支部书记', None),
            ('HOLDS_POSITION', '柯某', '主任', None),
            ('HOLDS_POSITION', '柯某', '理事长', '池河镇明星村股份经济合作社'),
        ],
        aliases={'池河镇人民政府': '石泉县池河镇人民政府'},
        notes=['A 转办函 (transfer of a 信访 clue downward) is REFERRED (转交): as in b1, every sender body of the joint header → every addressee body '
               '(2 × 2), although only the 纪委信访室 seal signs — doubtful; the issuer is the first-listed 纪委.',
               'The signature 中共安康市纪律检查委员会信访室 and the level-prefixed 市纪委监委信访室 are AGENCY (named sub-units, maximal span).',
               'The 举报件编号 AK2026-0211-037 is a registry number, not DOC_NO. 约 is left out of the MONEY span. 2025年 is year-only.',
               '镇党委副书记: 镇 (an organisation word) left out. 镇村建办负责人: the 村建办 is unnamed (镇 + sub-unit), org resolved to the town government — doubtful. '
               '村委会主任 → 主任 with org null (明星村 committee not named as an organisation); 党支部书记 also org null.',
               'Violations: 直接交由 (no_procurement), 转包 (contract_violation), 指定供应商 (interference), 收受好处 (bribery), self-dealing (other).'],
    ),
    dict(
        file='b5-fkh-chengde-weichang-czj-2026-15.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'other'],
        issuer='围场满族蒙古族自治县财政局',
        body='''
⟦围场满族蒙古族自治县财政局|A⟧
关于审计移送事项办理结果的反馈函
⟦围财函〔2026〕15号|N⟧

⟦围场满族蒙古族自治县审计局|A⟧：
　　你局《审计移送处理书》（⟦围审移〔2025〕3号|N⟧）于⟦2025年12月15日|D⟧移送我局，反映在对⟦围场县国有资产经营集团有限公司|C⟧（以下简称⟦县国资公司|C⟧）2024年度财务收支审计中发现的政府采购违法问题。我局于⟦2025年12月18日|D⟧立案调查，现将办理结果反馈如下：
　　一、⟦县国资公司|C⟧⟦2024年5月|D⟧委托⟦承德燕山招标代理有限公司|C⟧组织的“县城智慧停车系统建设项目”（项目编号：⟦WCZC-2024-031|J⟧）中，投标人⟦承德睿通智能科技有限公司|C⟧与⟦河北塞罕科技有限公司|C⟧的投标文件由同一人编制，投标保证金由同一账户转出。经查属实，我局已作出⟦围财罚决〔2026〕2号|N⟧、⟦围财罚决〔2026〕3号|N⟧行政处罚决定，分别对⟦承德睿通智能科技有限公司|C⟧处以罚款⟦人民币3.17万元|M⟧，对⟦河北塞罕科技有限公司|C⟧处以罚款⟦人民币2.95万元|M⟧，并列入不良行为记录名单，一年内禁止参加政府采购活动。
　　二、⟦承德燕山招标代理有限公司|C⟧在该项目中未按规定妥善保存采购文件，我局依据《⟦中华人民共和国政府采购法|L⟧》第七十八条对其予以警告。
　　三、关于⟦承德致远会计师事务所有限责任公司|C⟧为投标人出具虚假财务审计报告的问题，因不属于我局职责范围，已于⟦2026年1月20日|D⟧移送⟦承德市财政局会计监督检查处|A⟧处理。
　　四、⟦县国资公司|C⟧⟦法定代表人|T⟧、⟦董事长|T⟧⟦郭某某|P⟧对采购活动负有管理责任的问题，建议由⟦县国资委|A⟧依规处理。
　　特此函复。

⟦围场满族蒙古族自治县财政局|A⟧
⟦2026年2月10日|D⟧
''',
        rels=[
            ('REFERRED', '围场满族蒙古族自治县审计局', '围场满族蒙古族自治县财政局', '围审移〔2025〕3号', '2025年12月15日'),
            ('REFERRED', '围场满族蒙古族自治县财政局', '承德市财政局会计监督检查处', None, '2026年1月20日'),
            ('PENALIZED', '围场满族蒙古族自治县财政局', '承德睿通智能科技有限公司'),
            ('PENALIZED', '围场满族蒙古族自治县财政局', '河北塞罕科技有限公司'),
            ('PENALIZED', '围场满族蒙古族自治县财政局', '承德燕山招标代理有限公司'),
            ('LEGAL_REP', '郭某某', '围场县国有资产经营集团有限公司'),
            ('HOLDS_POSITION', '郭某某', '法定代表人', '围场县国有资产经营集团有限公司'),
            ('HOLDS_POSITION', '郭某某', '董事长', '围场县国有资产经营集团有限公司'),
            ('BID_ON', '承德睿通智能科技有限公司', 'WCZC-2024-031'),
            ('BID_ON', '河北塞罕科技有限公司', 'WCZC-2024-031'),
        ],
        aliases={'县国资公司': '围场县国有资产经营集团有限公司'},
        notes=['A feedback letter (kind other) reporting the issuer\'s own penalties: PENALIZED issuer → the two bidders (罚款) and the agent (警告).',
               'The state-owned 围场县国有资产经营集团有限公司 is COMPANY; its defined short form 县国资公司 is aliased. 县国资委 (level-prefixed) is AGENCY.',
               '建议由县国资委依规处理 is a suggestion, not REFERRED. 《审计移送处理书》 is a case document, not LAW. 2024年度 is not DATE.',
               'The accounting firm (an accused issuer of false reports, not a bidder) is COMPANY without BID_ON.',
               'Violations: same author / same account (collusion), false audit reports for a bidder (false_materials), record-keeping (other).'],
    ),
]

DOCS += [
    dict(
        file='b6-tb-binzhou-zhanhua-jwjw-2026.html', fmt='html', kind='discipline_notice',
        violations=['bribery', 'interference', 'no_procurement'],
        issuer='滨州市沾化区纪委监委',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>⟦区纪委监委|A⟧通报4起群众身边不正之风和腐败问题典型案例_⟦滨州市沾化区纪委监委|A⟧</title>
<style>.content p{text-indent:2em;line-height:1.8}</style>
</head>
<body>
<div class="top"><span class="site">⟦滨州市沾化区纪委监委|A⟧</span> <span class="nav">首页 &gt; 审查调查 &gt; 通报曝光</span></div>
<div class="article">
<h1>⟦区纪委监委|A⟧通报4起群众身边不正之风和腐败问题典型案例</h1>
<div class="info">发布时间：⟦2026-04-28|D⟧ 09:15　来源：⟦沾化区纪委监委|A⟧　作者：宣传部　浏览次数：1326</div>
<div class="content">
<p>为进一步严明纪律规矩，推动以案为鉴、以案促改，现将近期查处的4起群众身边不正之风和腐败问题典型案例通报如下。</p>
<p>1.⟦滨州市沾化区住房和城乡建设局|A⟧⟦原党组书记|T⟧、⟦局长|T⟧⟦綦某某|P⟧违规干预工程招投标、收受财物问题。2021年至2023年，⟦綦某某|P⟧利用职务便利，为⟦滨州东港路桥工程有限公司|C⟧在沾化区老旧管网改造等项目中标提供帮助，收受该公司⟦法定代表人|T⟧⟦崔某|P⟧所送财物折合⟦人民币28.5万元|M⟧。⟦2026年1月|D⟧，⟦綦某某|P⟧受到开除党籍、开除公职处分，其涉嫌犯罪问题被移送⟦滨州市沾化区人民检察院|A⟧依法审查起诉。</p>
<p>2.⟦沾化区冯家镇人民政府|A⟧⟦原副镇长|T⟧⟦王某某|P⟧、冯家镇西纸坊村⟦党支部书记|T⟧兼村委会⟦主任|T⟧⟦邵某某|P⟧插手村级工程问题。⟦2023年5月|D⟧，⟦王某某|P⟧、⟦邵某某|P⟧违规干预西纸坊村坑塘整治工程施工单位选定，授意将工程交由⟦邵某某|P⟧亲属实际控制的⟦滨州市沾化区兴农土石方工程队|C⟧施工。⟦2025年11月|D⟧，经⟦沾化区纪委常委会|A⟧会议研究，给予⟦王某某|P⟧党内严重警告处分，给予⟦邵某某|P⟧撤销党内职务处分；违纪所得⟦人民币3.2万元|M⟧予以收缴。</p>
<p>3.⟦沾化区人民医院设备科|A⟧⟦原科长|T⟧⟦刘某|P⟧违规接受供应商宴请问题。⟦2024年8月|D⟧至⟦2025年3月|D⟧，⟦刘某|P⟧多次接受⟦山东鲁北医疗设备有限公司|C⟧（以下简称⟦鲁北公司|C⟧）⟦业务员|T⟧安排的宴请，并收受⟦鲁北公司|C⟧所送价值⟦人民币4800元|M⟧的购物卡。⟦2026年2月|D⟧，⟦刘某|P⟧受到党内警告处分，⟦沾化区卫生健康局|A⟧对其作出调离岗位处理。</p>
<p>4.⟦沾化区实验学校|A⟧⟦原校长|T⟧⟦田某某|P⟧组织虚假招标问题。⟦2025年7月|D⟧，⟦田某某|P⟧在学校校服采购中授意他人组织3家供应商虚假竞标，使⟦滨州市沾化区富源服装加工厂|C⟧以⟦人民币67.4万元|M⟧成交。⟦2026年3月|D⟧，⟦沾化区监察委员会|A⟧给予⟦田某某|P⟧政务记过处分，责令该校重新组织采购。</p>
<p>全区广大党员干部要引以为戒……</p>
</div>
<div class="related"><h3>相关新闻</h3>
<ul>
<li><a href="/art/2026/4/15/art_7716_41235.html">⟦区纪委监委|A⟧召开2026年第一季度案件质量评查会</a> ⟦2026-04-15|D⟧</li>
<li><a href="/art/2026/3/30/art_7716_40988.html">⟦沾化区纪委监委|A⟧开展政府采购领域专项监督</a> ⟦2026-03-30|D⟧</li>
</ul></div>
</div>
<div class="footer">主办：⟦中共滨州市沾化区纪律检查委员会|A⟧　⟦滨州市沾化区监察委员会|A⟧　鲁ICP备05018872号-2</div>
</body>
</html>
''',
        rels=[
            ('REFERRED', '滨州市沾化区纪委监委', '滨州市沾化区人民检察院'),
            ('PENALIZED', '沾化区纪委常委会', '王某某'),
            ('PENALIZED', '沾化区纪委常委会', '邵某某'),
            ('PENALIZED', '沾化区卫生健康局', '刘某'),
            ('PENALIZED', '滨州市沾化区监察委员会', '田某某'),
            ('PENALIZED', '滨州市沾化区监察委员会', '沾化区实验学校'),
            ('HOLDS_POSITION', '綦某某', '原党组书记', '滨州市沾化区住房和城乡建设局'),
            ('HOLDS_POSITION', '綦某某', '局长', '滨州市沾化区住房和城乡建设局'),
            ('LEGAL_REP', '崔某', '滨州东港路桥工程有限公司'),
            ('HOLDS_POSITION', '崔某', '法定代表人', '滨州东港路桥工程有限公司'),
            ('HOLDS_POSITION', '王某某', '原副镇长', '沾化区冯家镇人民政府'),
            ('HOLDS_POSITION', '邵某某', '党支部书记', None),
            ('HOLDS_POSITION', '邵某某', '主任', None),
            ('HOLDS_POSITION', '刘某', '原科长', '沾化区人民医院设备科'),
            ('HOLDS_POSITION', '田某某', '原校长', '沾化区实验学校'),
        ],
        aliases={'区纪委监委': '滨州市沾化区纪委监委', '沾化区纪委监委': '滨州市沾化区纪委监委', '沾化区监察委员会': '滨州市沾化区监察委员会', '鲁北公司': '山东鲁北医疗设备有限公司'},
        notes=['HTML page: the <title> in <head> is not part of the text. Page chrome (site name, 来源, 相关新闻 titles and dates, footer 主办) is annotated.',
               'Issuer: the notifying 区纪委监委, canonical 滨州市沾化区纪委监委 (its first, fullest mention, in the site header) — the footer 主办 bodies '
               'are the formal names of the same pair but are kept as separate strings (no alias across 纪委监委 / 纪律检查委员会).',
               '1: 受到开除党籍、开除公职处分 is passive with no named agent → no PENALIZED; 被移送滨州市沾化区人民检察院 → REFERRED from the '
               'case-handling 纪委监委 (the notifying body), date null (2026年1月 dates the sanctions).',
               '2: 经沾化区纪委常委会会议研究，给予… → PENALIZED 沾化区纪委常委会 → both persons. 3: passive 党内警告 not linked; 调离岗位处理 by the named '
               '沾化区卫生健康局 counted as a handling decision (doubtful). 4: 政务记过 and 责令该校重新组织采购 by 沾化区监察委员会 (责令 is a handling '
               'decision, cf. dev18 a4).',
               '鲁北公司业务员 is a POSITION attached to an annotated company but no person: no HOLDS_POSITION. 村委会主任 → 主任, org null.',
               '沾化区监察委员会 is aliased to the footer\'s 滨州市沾化区监察委员会, and the PENALIZED endpoints use that canonical mention.',
               '作者：宣传部 is a bare department, not annotated. 浏览次数 and ICP numbers are not annotated. 2021年至2023年 year-only.',
               'The 工程队 (an enterprise) is COMPANY.'],
    ),
]
