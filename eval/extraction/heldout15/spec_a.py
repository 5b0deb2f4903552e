"""heldout15 — spec_a: ten referral-chain letters (L01–L10). All persons, companies, numbers, amounts and acts invented."""

DOCS = [
    dict(
        file='h15-01-ysh-longyou-sjj-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='龙游县审计局',
        body='''
⟦龙游县审计局|A⟧
关于移送高标准农田监测设备采购项目问题线索的函
⟦龙审移〔2026〕7号|N⟧

⟦龙游县财政局|A⟧：
　　我局在对⟦龙游县农业农村局|A⟧2025年度预算执行情况进行审计时发现，该局组织的高标准农田墒情监测设备采购项目（项目编号⟦LYZC2025-118|J⟧，预算⟦196.8万元|M⟧）中，投标人⟦浙江禾丰智能科技有限公司|C⟧与⟦龙游县田源农业服务有限公司|C⟧的投标文件由同一电脑编制，两家报价明细表错误之处完全一致，⟦禾丰公司|C⟧最终以⟦188.42万元|M⟧中标。
　　上述问题涉嫌违反《⟦中华人民共和国政府采购法|L⟧》第七十七条的规定，根据审计法有关规定，现将问题线索移送你局依法处理。请于收到本函后60日内将处理结果书面反馈我局。
　　附件：1.审计取证单复印件（3份）；2.投标文件比对情况表

联系人：⟦周晓岚|P⟧　　电话：0570-7012346

⟦龙游县审计局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[
            ('REFERRED', '龙游县审计局', '龙游县财政局', '龙审移〔2026〕7号', '2026年3月9日'),
            ('BID_ON', '浙江禾丰智能科技有限公司', 'LYZC2025-118'),
            ('BID_ON', '龙游县田源农业服务有限公司', 'LYZC2025-118'),
        ],
        aliases={'禾丰公司': '浙江禾丰智能科技有限公司'},
        notes=['REFERRED dated with the letter date (the letter is the transfer).', '联系人 is no POSITION.'],
    ),
    dict(
        file='h15-02-sltz-longyou-czj-2026-5.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='龙游县财政局',
        body='''
受理通知书
⟦龙财采受〔2026〕5号|N⟧

⟦县审计局|A⟧：
　　你局⟦2026年3月9日|D⟧《关于移送高标准农田监测设备采购项目问题线索的函》（⟦龙审移〔2026〕7号|N⟧）及附件已于⟦3月11日|D⟧收悉。经审查，该线索反映的⟦浙江禾丰智能科技有限公司|C⟧、⟦龙游县田源农业服务有限公司|C⟧涉嫌串通投标问题属于我局政府采购监督管理职责范围，我局决定予以受理，并已于⟦2026年3月13日|D⟧立案调查（收文登记号：2026-031）。
　　调查结论作出后，我局将及时书面告知你局。

经办人：⟦徐一帆|P⟧（政府采购监管科）
⟦龙游县财政局|A⟧（印）
⟦二〇二六年三月十三日|D⟧
''',
        rels=[('REFERRED', '县审计局', '龙游县财政局', '龙审移〔2026〕7号', '2026年3月9日')],
        notes=['县审计局 (level-prefixed, the addressee) is AGENCY; it denotes 龙游县审计局 but that full name is not in this file, so no alias.',
               'The receipt restates the incoming transfer: REFERRED 县审计局 → 龙游县财政局 with the sender\'s number and letter date.',
               '收文登记号 is not DOC_NO (DECISIONS). 经办人 is no POSITION. The Chinese-numeral date 二〇二六年三月十三日 is a DATE: annotated.',
               'The quoted letter title is a case document, not LAW.'],
        unmarked=[],
    ),
]
