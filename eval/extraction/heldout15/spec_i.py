"""heldout15 — spec_i: 退回函 (贵池), 移送函 (峄城), 财政 处罚决定 (迁西), 市场监管 处罚决定 GB18030 (婺源), 投诉处理决定 (紫阳). All invented."""

DOCS = [
    dict(
        file='h15-17-thh-guichi-czj-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='贵池区财政局',
        body='''
⟦贵池区财政局|A⟧
关于退回审计移送事项的函
⟦贵财函〔2026〕22号|N⟧

⟦区审计局|A⟧：
　　你局《审计移送处理书》（⟦贵审移〔2026〕4号|N⟧）收悉。该移送书反映⟦贵池区梅街镇人民政府|A⟧将村道拓宽工程拆分规避招标问题，经核，涉及项目为工程建设项目，且未纳入政府集中采购目录，依据职责分工，不属于我局政府采购监管范围，应由⟦区住房和城乡建设局|A⟧及⟦区发展和改革委员会|A⟧处理。
　　现将移送书及附件原件退回你局，请按职责分工另行移送。

⟦贵池区财政局|A⟧
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '区审计局', '贵池区财政局', '贵审移〔2026〕4号', None)],
        notes=['The 退回 itself is no REFERRED (DECISIONS); the incoming transfer it answers is restated and is asserted (区审计局 → the issuer, with the sender\'s number; date not stated), as in the other receipts of this set.',
               'The return letter names no date of the incoming transfer.'],
    ),
    dict(
        file='h15-18-ysh-yicheng-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='峄城区财政局',
        body='''
⟦峄城区财政局|A⟧
案件移送函
⟦峄财移〔2026〕6号|N⟧

⟦峄城区市场监督管理局|A⟧：
　　我局在处理⟦山东运河环境工程有限公司|C⟧对峄城区城乡环卫一体化服务采购项目（⟦YCZC2026-0012|J⟧）的投诉过程中查明，中标人⟦山东洁城物业服务有限公司|C⟧投标时提交的ISO质量管理体系认证证书系伪造，发证机构⟦北京中认华信认证有限公司|C⟧书面确认未向其颁发该证书。
　　我局已于⟦2026年6月8日|D⟧对⟦洁城物业|C⟧作出罚款、禁止一年内参加政府采购活动的处罚（⟦峄财罚决〔2026〕2号|N⟧）。因伪造证书的行为涉嫌违反《⟦中华人民共和国认证认可条例|L⟧》，现将该线索移送你局依法查处。

⟦峄城区财政局|A⟧
⟦2026年6月12日|D⟧
''',
        rels=[('REFERRED', '峄城区财政局', '峄城区市场监督管理局', '峄财移〔2026〕6号', '2026年6月12日'),
              ('PENALIZED', '峄城区财政局', '山东洁城物业服务有限公司'),
              ('BID_ON', '山东洁城物业服务有限公司', 'YCZC2026-0012')],
        aliases={'洁城物业': '山东洁城物业服务有限公司'},
        notes=['The complainant 山东运河环境工程有限公司 is not assumed to have bid. The certification company did not bid.'],
    ),
    dict(
        file='h15-19-cfjd-qianxi-czj-2026-1.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='迁西县财政局',
        body='''
⟦迁西县财政局|A⟧
政府采购行政处罚决定书
⟦迁财罚决〔2026〕1号|N⟧

当事人：⟦迁西燕东教学设备有限公司|C⟧
统一社会信用代码：91130227MA0DXXXX5K
⟦法定代表人|T⟧：⟦任建民|P⟧

　　⟦2025年9月|D⟧，⟦迁西县教育和体育局|A⟧委托⟦河北中政招标有限公司|C⟧组织中小学录播教室设备采购（项目编号：⟦QXJT-2025-31|J⟧）。你公司参加投标并中标，中标金额⟦人民币1,267,400.00元|M⟧。经查，你公司投标文件中提供的3份类似项目业绩合同，经合同甲方⟦丰宁满族自治县第一中学|A⟧等单位书面确认均不存在。
　　以上事实有投标文件、相关单位证明、询问笔录等证据证实。你公司的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。我局于⟦2026年1月6日|D⟧向你公司送达了《行政处罚事先告知书》，你公司在法定期限内未提出陈述申辩。
　　根据上述规定，我局决定：
　　一、处以采购金额千分之五的罚款，即⟦人民币6,337元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动。
　　如不服本决定，可于收到本决定书之日起六十日内向⟦迁西县人民政府|A⟧申请行政复议，或者六个月内向⟦迁西县人民法院|A⟧提起行政诉讼。

⟦迁西县财政局|A⟧
⟦2026年1月20日|D⟧
''',
        rels=[('PENALIZED', '迁西县财政局', '迁西燕东教学设备有限公司'),
              ('LEGAL_REP', '任建民', '迁西燕东教学设备有限公司'),
              ('HOLDS_POSITION', '任建民', '法定代表人', '迁西燕东教学设备有限公司'),
              ('BID_ON', '迁西燕东教学设备有限公司', 'QXJT-2025-31')],
        notes=['统一社会信用代码 is not DOC_NO. The named school (a public institution) is AGENCY.'],
    ),
]
