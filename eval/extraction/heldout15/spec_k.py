"""heldout15 — spec_k: 会议纪要 docx (磐安), 移送登记表 (新源), news html (浠水), court judgment extract partly traditional (吉首). All invented."""

DOCS = [
    dict(
        file='h15-23-hyjy-panan-lxhy-2026-2.docx', fmt='docx', kind='other', violations=['collusion', 'no_procurement'],
        issuer='磐安县人民政府办公室',
        body='''
磐安县政府采购和招标投标领域协同监管联席会议纪要
（2026年第2次）
⟦2026年4月16日|D⟧，县政府采购和招标投标领域协同监管联席会议在⟦县财政局|A⟧五楼会议室召开。会议由⟦磐安县人民政府|A⟧⟦副县长|T⟧⟦陈卫东|P⟧主持，⟦县纪委监委|A⟧、⟦县发展和改革局|A⟧、⟦县财政局|A⟧、⟦县公安局|A⟧、⟦县审计局|A⟧、⟦县市场监管局|A⟧、⟦县公共资源交易中心|A⟧有关负责人参加。会议听取了一季度线索移送办理情况汇报，议定事项如下：
一、关于⟦磐安县中医院|A⟧检验试剂采购围标问题。⟦县财政局|A⟧已于⟦3月28日|D⟧将⟦浙江康源医疗科技有限公司|C⟧等4家供应商涉嫌串通投标线索移送⟦县公安局|A⟧，⟦县公安局|A⟧已立案侦查。会议要求⟦县财政局|A⟧暂停该项目合同备案。
二、关于⟦尖山镇人民政府|A⟧未招先建问题。⟦县审计局|A⟧反映该镇文化礼堂工程未经招标即开工建设，会议明确由⟦县审计局|A⟧于4月底前将线索移送⟦县纪委监委|A⟧。
三、建立线索移送台账，各成员单位每月5日前将移送、接收、办理情况报⟦县财政局|A⟧汇总。
出席：⟦陈卫东|P⟧　⟦郑海燕|P⟧　⟦吴志明|P⟧　⟦卢建平|P⟧　⟦张晓丽|P⟧　⟦厉伟|P⟧　⟦周斌|P⟧　⟦孔令杰|P⟧
记录：⟦胡欣悦|P⟧
抄送：⟦县委办|A⟧、⟦县政府办|A⟧。
⟦磐安县人民政府办公室|A⟧　⟦2026年4月17日|D⟧印发
''',
        rels=[('REFERRED', '县财政局', '县公安局', None, '3月28日'),
              ('HOLDS_POSITION', '陈卫东', '副县长', '磐安县人民政府')],
        notes=['Only the executed transfer (县财政局 → 县公安局, 3月28日) is a REFERRED; the decided future transfer (审计局 → 纪委监委 by the end of April) is not asserted (doubtful). 4月底 (month only) is not DATE.',
               'Issuer = 磐安县人民政府办公室 (the 印发 line).',
               '县委办、县政府办 (level-prefixed offices) are AGENCY. Attendee names carry no positions.'],
    ),
    dict(
        file='h15-24-ysdjb-xinyuan-sjj-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='新源县审计局',
        body='''
⟦新源县审计局|A⟧审计发现问题线索移送登记表（2026年上半年）

序号 | 移送日期 | 移送文号 | 被审计单位 | 问题摘要 | 接收单位 | 办理状态
1 | ⟦2026-01-14|D⟧ | ⟦新审移〔2026〕1号|N⟧ | ⟦新源县林业和草原局|A⟧ | 草原围栏材料⟦214万元|M⟧未履行采购程序 | ⟦新源县财政局|A⟧ | 已反馈（罚款）
2 | ⟦2026-02-27|D⟧ | ⟦新审移〔2026〕2号|N⟧ | ⟦新源县那拉提镇人民政府|A⟧ | 镇村道路工程拆分发包 | ⟦新源县纪委监委|A⟧ | 办理中
3 | ⟦2026-04-09|D⟧ | ⟦新审移〔2026〕3号|N⟧ | ⟦新源县人民医院|A⟧ | 医疗设备维保合同超预算支付 | ⟦新源县卫生健康委员会|A⟧ | 办理中
4 | ⟦2026-05-20|D⟧ | ⟦新审移〔2026〕4号|N⟧ | ⟦新源县城市建设投资有限责任公司|C⟧ | 投标人⟦新源天润建设有限公司|C⟧涉嫌提供虚假社保证明 | ⟦新源县住房和城乡建设局|A⟧ | 已退回（建议移送⟦新源县发展和改革委员会|A⟧）

填表人：⟦阿依古丽|P⟧　　审核：⟦刘建疆|P⟧　　填表日期：⟦2026年6月30日|D⟧
''',
        rels=[('REFERRED', '新源县审计局', '新源县财政局', '新审移〔2026〕1号', '2026-01-14'),
              ('REFERRED', '新源县审计局', '新源县纪委监委', '新审移〔2026〕2号', '2026-02-27'),
              ('REFERRED', '新源县审计局', '新源县卫生健康委员会', '新审移〔2026〕3号', '2026-04-09'),
              ('REFERRED', '新源县审计局', '新源县住房和城乡建设局', '新审移〔2026〕4号', '2026-05-20')],
        notes=['Each register row is a transfer with its own 文号 and date. Row 4 was returned afterwards; the transfer itself still happened (the return is not a REFERRED; the suggestion 建议移送 is not either).',
               'The issuer 新源县审计局 is the keeper of the register. 移送文号 column values are DOC_NO. 填表人/审核 are form roles, not POSITION.',
               'The state-owned 城市建设投资有限责任公司 is COMPANY. 新源天润建设有限公司 bid on an unnumbered project: no BID_ON.'],
    ),
    dict(
        file='h15-25-xw-xishui-2026.html', fmt='html', kind='news', violations=['bribery', 'interference'],
        issuer=None,
        body='''<html><head><meta charset="utf-8"><title>浠水：一条审计线索牵出采购领域“蛀虫”</title></head>
<body>
<div class="nav">首页 &gt; 新闻中心 &gt; 本地要闻</div>
<h1>浠水：一条审计线索牵出采购领域“蛀虫”</h1>
<div class="info">来源：浠水县融媒体中心　时间：⟦2026-07-08|D⟧　⟦记者|T⟧ ⟦方圆|P⟧　⟦通讯员|T⟧ ⟦余俊杰|P⟧</div>
<p>近日，⟦浠水县人民法院|A⟧对⟦浠水县教育局|A⟧原⟦党组书记|T⟧、⟦局长|T⟧⟦汪某某|P⟧受贿案公开宣判，以受贿罪判处其有期徒刑五年，并处罚金⟦人民币四十万元|M⟧。</p>
<p>案件线索源于⟦2024年9月|D⟧⟦浠水县审计局|A⟧的一次专项审计。审计人员发现，全县中小学课桌椅、食堂设备采购连续三年由⟦浠水润达教育装备有限公司|C⟧等两家企业轮流中标，随即将线索移送⟦浠水县纪委监委|A⟧。经查，⟦汪某某|P⟧利用职务便利，为相关企业在中标、验收等方面提供帮助，收受财物共计⟦182万元|M⟧。</p>
<p>“我们把审计、财政、纪检三方的信息打通，线索移送周期从原来的一个月缩短到一周。”⟦县纪委监委|A⟧相关负责人介绍。</p>
<p class="editor">⟦责任编辑|T⟧：⟦程曦|P⟧</p>
</body></html>
''',
        rels=[('REFERRED', '浠水县审计局', '浠水县纪委监委', None, '2024年9月'),
              ('PENALIZED', '浠水县人民法院', '汪某某'),
              ('HOLDS_POSITION', '汪某某', '党组书记', '浠水县教育局'),
              ('HOLDS_POSITION', '汪某某', '局长', '浠水县教育局'),
              ('HOLDS_POSITION', '方圆', '记者', None),
              ('HOLDS_POSITION', '余俊杰', '通讯员', None),
              ('HOLDS_POSITION', '程曦', '责任编辑', None)],
        aliases={'县纪委监委': '浠水县纪委监委'},
        notes=['News: issuer null. 浠水县融媒体中心 (media, page chrome) is not annotated (GUIDELINES excludes media) — doubtful, it is a public institution.',
               'REFERRED dated with the month of the audit, the only date given for the transfer. 相关负责人 is unattached: not POSITION.'],
    ),
]
