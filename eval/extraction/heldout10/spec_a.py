"""heldout10 — a1–a7: referral-chain letters (移送函, 回执, 受理通知, 退回函, 转办函, 协查函, 复函).
Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Registration numbers (收文登记号, 回执编号, 线索编号, 登记号, 受案登记号) are not DOC_NO: they number an entry in a register, '
    'not a document (by analogy with 索引号, the excluded catalogue index). Bulletin issues (第N期) are not DOC_NO.',
    '联系人/经办人/承办人/签收人/签发人 are form fields, not POSITION.',
]

DOCS = [
    dict(
        file='a1-xsyshan-linxia-czj-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='临夏市财政局',
        body='''
⟦临夏市财政局|A⟧
关于移送⟦临夏市第三中学|A⟧食堂设备采购项目问题线索的函
⟦临市财函〔2026〕9号|N⟧

⟦临夏市纪委监委|A⟧：
　　我局在开展政府采购专项检查中发现，⟦临夏市第三中学|A⟧食堂设备采购项目（项目编号：⟦LXSCG-2025-0362|J⟧）存在以下问题：
　　一、参与投标的⟦甘肃河州厨具设备有限公司|C⟧与⟦临夏市伟达商贸有限责任公司|C⟧两家公司投标文件的编制人电脑信息一致，报价呈规律性差异，涉嫌串通投标；
　　二、据⟦甘肃河州厨具设备有限公司|C⟧员工反映，该校⟦总务主任|T⟧⟦马文斌|P⟧曾在开标前约请该公司⟦法定代表人|T⟧⟦韩小军|P⟧面谈，并向评审专家打过招呼。
　　该项目中标金额⟦486,300元|M⟧，合同已于⟦2025年12月18日|D⟧签订。鉴于⟦马文斌|P⟧系公职人员，涉嫌违纪违法问题不属我局管辖，根据《⟦政府采购质疑和投诉办法|L⟧》及临夏州有关工作机制，现将该线索移送你委，请依规依纪依法处理。我局对两家公司涉嫌串通投标行为另行立案调查。
　　附件：1.投标文件比对情况（共12页）
　　　　　2.专项检查工作底稿
　　联系人：⟦冶明霞|P⟧　电话：0930-6213375

⟦临夏市财政局|A⟧
⟦2026年2月3日|D⟧
''',
        rels=[('REFERRED', '临夏市财政局', '临夏市纪委监委', '临市财函〔2026〕9号', '2026年2月3日'),
              ('HOLDS_POSITION', '马文斌', '总务主任', '临夏市第三中学'),
              ('HOLDS_POSITION', '韩小军', '法定代表人', '甘肃河州厨具设备有限公司'),
              ('LEGAL_REP', '韩小军', '甘肃河州厨具设备有限公司'),
              ('BID_ON', '甘肃河州厨具设备有限公司', 'LXSCG-2025-0362'),
              ('BID_ON', '临夏市伟达商贸有限责任公司', 'LXSCG-2025-0362')],
        unmarked=[],
        notes=COMMON + [
            '临夏州 in “临夏州有关工作机制” is a place (the prefecture), not AGENCY.',
            'The letter date is taken as the transfer date.',
            'The 临夏市第三中学 mention inside the project-name title is annotated (GUIDELINES §2.3).',
        ]),
    dict(
        file='a2-huizhi-linxia-jwjw-2026.txt', fmt='gb18030', kind='other', violations=[],
        issuer='中共临夏市纪律检查委员会',
        body='''
⟦中共临夏市纪律检查委员会|A⟧
⟦临夏市监察委员会|A⟧
来函接收回执

收文登记号：LXJW-SW-2026-0041　　　　　　回执编号：HZ2026-019

⟦临夏市财政局|A⟧：
　　你局《关于移送⟦临夏市第三中学|A⟧食堂设备采购项目问题线索的函》（⟦临市财函〔2026〕9号|N⟧）及附件2件，我委（局）已于⟦2026年2月5日|D⟧收悉，已按程序登记，线索编号为XS-2026-0073，由第二监督检查室承办。
　　办理情况将按规定另行反馈。如需补充材料，请与承办部门联系。

签收人：⟦王玉兰|P⟧
承办人：⟦喇建国|P⟧　电话：0930-6228014

⟦中共临夏市纪律检查委员会|A⟧（章）
⟦2026年2月5日|D⟧
''',
        rels=[('REFERRED', '临夏市财政局', '中共临夏市纪律检查委员会', '临市财函〔2026〕9号'),
              ('REFERRED', '临夏市财政局', '临夏市监察委员会', '临市财函〔2026〕9号')],
        notes=COMMON + [
            'Receipt form: the receiver 我委（局） is resolved to the two bodies named in the joint header (one REFERRED per body). '
            'The receipt date 2026年2月5日 is not the transfer date, so date is null. Issuer: the first-listed body.',
            '收文登记号 LXJW-SW-2026-0041, 回执编号 HZ2026-019 and 线索编号 XS-2026-0073 are register numbers, not DOC_NO.',
            '第二监督检查室 is an unnamed internal office (no body name attached): not annotated.',
        ]),
    dict(
        file='a3-slzs-deyang-jingyang-gaj-2026-14.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='德阳市公安局旌阳区分局',
        body='''
⟦德阳市公安局旌阳区分局|A⟧
受案回执及受理通知

⟦旌公（经）受字〔2026〕14号|N⟧

⟦德阳市旌阳区财政局|A⟧：
　　你局于⟦2026年3月10日|D⟧移送的《涉嫌伪造印章、提供虚假材料案件移送书》（⟦旌财移〔2026〕2号|N⟧）及相关材料收悉。经审查，⟦四川蜀联医疗器械有限公司|C⟧在⟦旌阳区人民医院|A⟧医用耗材采购项目（项目编号：⟦JYYY-2025-HC017|J⟧）投标中使用的授权书所盖⟦德阳市市场监督管理局|A⟧印章涉嫌伪造，符合立案条件，我局经侦大队已于⟦2026年3月16日|D⟧立案侦查，受案登记号：A5106030300002026030041。
　　案件办理结果将书面反馈你局。
　　特此通知。

　　　　　　　　　　　　⟦德阳市公安局旌阳区分局|A⟧
　　　　　　　　　　　　　⟦二〇二六年三月十七日|D⟧
（本通知一式两份，一份交移送机关，一份存档）
''',
        rels=[('REFERRED', '德阳市旌阳区财政局', '德阳市公安局旌阳区分局', '旌财移〔2026〕2号', '2026年3月10日'),
              ('BID_ON', '四川蜀联医疗器械有限公司', 'JYYY-2025-HC017')],
        notes=COMMON + [
            'Receiver 我局 resolved to the named issuer 德阳市公安局旌阳区分局 (title and signature).',
            '旌阳区人民医院 inside the project name is annotated AGENCY (§2.3).',
            '我局经侦大队: a pronoun + sub-unit, not annotated. 受案登记号 is a register number, not DOC_NO. 立案侦查 is not PENALIZED.',
        ]),
    dict(
        file='a4-thh-panzhihua-dongqu-scjg-2026-3.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='攀枝花市东区市场监督管理局',
        body='''
⟦攀枝花市东区市场监督管理局|A⟧
关于退回《串通投标问题线索移送函》的函
⟦东市监函〔2026〕3号|N⟧
⟦攀枝花市东区公共资源交易服务中心|A⟧：
你中心⟦2026年1月26日|D⟧移送的《串通投标问题线索移送函》（⟦东公资交〔2026〕5号|N⟧）已收悉。经研究，现将该线索退回，理由如下：
一、所涉⟦东区炳草岗街道办事处|A⟧背街小巷改造工程（招标编号：⟦DQZJ-2025-S088|J⟧）系依法必须招标的房屋建筑和市政工程，依据《⟦四川省招标投标条例|L⟧》，对招标投标活动中串通投标行为的行政监督由住房城乡建设部门负责，不属我局管辖；
二、移送材料仅有开评标视频截图，未附⟦攀枝花金沙建筑安装有限公司|C⟧、⟦攀枝花市锦程市政工程有限公司|C⟧两家投标人投标保证金转出账户的查询结果。
建议你中心补充上述材料后，移送⟦攀枝花市东区住房和城乡建设局|A⟧处理。
附件：原移送函及材料（共21页）
⟦攀枝花市东区市场监督管理局|A⟧
⟦2026年2月4日|D⟧
（联系人：⟦邓晓燕|P⟧，电话0812-3339027）
''',
        rels=[('REFERRED', '攀枝花市东区公共资源交易服务中心', '攀枝花市东区市场监督管理局', '东公资交〔2026〕5号', '2026年1月26日'),
              ('REFERRED', '攀枝花市东区市场监督管理局', '攀枝花市东区公共资源交易服务中心', '东市监函〔2026〕3号', '2026年2月4日'),
              ('BID_ON', '攀枝花金沙建筑安装有限公司', 'DQZJ-2025-S088'),
              ('BID_ON', '攀枝花市锦程市政工程有限公司', 'DQZJ-2025-S088')],
        notes=COMMON + [
            'Return letter (退回函): the original transfer 中心 → 市场监管局 is REFERRED (it happened, with its number and date); the return '
            'of the clue and its materials is also REFERRED (市场监管局 → 中心, the letter number and date), because the clue and materials '
            'are transferred back. The suggested transfer to 住建局 (建议…移送) has not happened: not REFERRED.',
            '东区炳草岗街道办事处 inside the project name is annotated AGENCY. 招标编号 value is PROJECT_NO.',
        ]),
]
