"""heldout10 — d1–d5: 处理结果公告 (香格里拉, html), 案件登记表 (合作市), 处罚决定书 (同仁市 市场监管), 投诉处理决定书 (那曲色尼区),
不良行为通报 (博乐市 住建). Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Registration numbers (收文登记号, 回执编号, 线索编号, 登记号, 受案登记号) are not DOC_NO: they number an entry in a register, '
    'not a document (by analogy with 索引号, the excluded catalogue index). Bulletin issues (第N期) are not DOC_NO.',
    '联系人/经办人/承办人/签收人/签发人 are form fields, not POSITION.',
]

DOCS = [
    dict(
        file='d1-clgg-diqing-shangrila-czj-2026-1.html', fmt='html', kind='penalty_decision', violations=['false_materials'],
        issuer='香格里拉市财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>⟦香格里拉市财政局|A⟧关于政府采购违法行为处理结果的公告</title></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 行政处罚</div>
<h2>⟦香格里拉市财政局|A⟧关于政府采购违法行为处理结果的公告</h2>
<div class="info">发布机构：⟦香格里拉市人民政府办公室|A⟧　发布日期：⟦2026-03-18|D⟧　浏览次数：216</div>
<p>公告编号：⟦香财采告〔2026〕1号|N⟧</p>
<p>　　根据《⟦中华人民共和国政府采购法|L⟧》及《⟦中华人民共和国政府采购法实施条例|L⟧》有关规定，现将我局作出的政府采购行政处罚结果公告如下：</p>
<table>
<tr><td>当事人名称</td><td>违法行为</td><td>处罚决定书文号</td><td>处罚结果</td><td>处罚日期</td></tr>
<tr><td>⟦迪庆州雪域藏药销售有限公司|C⟧</td><td>在⟦香格里拉市人民医院|A⟧药品采购项目（⟦XGLL-CG-2025-044|J⟧）中提供虚假的药品经营许可证</td><td>⟦香财罚〔2026〕2号|N⟧</td><td>罚款⟦1.8万元|M⟧，一年内禁止参加政府采购活动</td><td>⟦2026年3月4日|D⟧</td></tr>
<tr><td>⟦云南三江并流商贸有限公司|C⟧</td><td>在同一项目中提供虚假的业绩证明</td><td>⟦香财罚〔2026〕3号|N⟧</td><td>罚款⟦1.2万元|M⟧，列入不良行为记录</td><td>⟦2026年3月4日|D⟧</td></tr>
</table>
<p>　　特此公告。</p>
<p style="text-align:right">⟦香格里拉市财政局|A⟧<br/>⟦2026年3月18日|D⟧</p>
<div class="foot">主办：⟦香格里拉市人民政府|A⟧　备案号：滇ICP备05003127号-1</div>
</body></html>
''',
        rels=[('PENALIZED', '香格里拉市财政局', '迪庆州雪域藏药销售有限公司'),
              ('PENALIZED', '香格里拉市财政局', '云南三江并流商贸有限公司'),
              ('BID_ON', '迪庆州雪域藏药销售有限公司', 'XGLL-CG-2025-044'),
              ('BID_ON', '云南三江并流商贸有限公司', 'XGLL-CG-2025-044')],
        notes=COMMON + [
            '公告编号 香财采告〔2026〕1号 is DOC_NO: an announcement serial in document-number shape (GUIDELINES: an announcement serial is DOC_NO).',
            'ICP 备案号 is not DOC_NO. 发布机构 / 主办 page chrome bodies are annotated but are not the issuer.',
            'Kind penalty_decision: a public announcement of the issuer\'s own penalty decisions (doubtful; could be other).',
            'BID_ON: both companies took part (在…项目中提供) in the numbered project (the second via 同一项目).',
        ]),
    dict(
        file='d2-djb-gannan-hezuo-czj-2026q1.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'no_procurement', 'other'],
        issuer='合作市财政局',
        body='''
⟦合作市财政局|A⟧政府采购违法违规线索及案件登记表（2026年第一季度）
序号	登记号	来源	收到日期	涉及单位/供应商	项目编号	问题摘要	来文文号	办理情况
1	HZCZ-2026-001	⟦甘南州财政局|A⟧转办	⟦2026.1.8|D⟧	⟦甘南藏族自治州人民医院|A⟧；⟦甘肃格桑医疗科技有限公司|C⟧	⟦GNCG-2025-0917|J⟧	质疑答复超期	⟦州财函〔2026〕3号|N⟧	已办结，责令改正
2	HZCZ-2026-002	⟦合作市公共资源交易中心|A⟧移送	⟦2026.1.19|D⟧	⟦合作市当周建筑工程有限公司|C⟧、⟦甘南吉祥建设有限公司|C⟧	⟦HZJY-2026-003|J⟧	投标文件异常一致，涉嫌串通投标	⟦合公资函〔2026〕2号|N⟧	调查中
3	HZCZ-2026-003	投诉	⟦2026.2.2|D⟧	⟦甘肃卓尼木业有限公司|C⟧	⟦HZCG-2025-0388|J⟧	投诉称该中标人业绩造假	无	已受理
4	HZCZ-2026-004	⟦合作市审计局|A⟧移送	⟦2026.3.11|D⟧	⟦合作市勒秀镇人民政府|A⟧	无	未履行采购程序	⟦合审移〔2026〕1号|N⟧	待受理
制表：⟦才让卓玛|P⟧　　审核：⟦李卫东|P⟧　　制表日期：⟦2026年3月31日|D⟧
''',
        rels=[('REFERRED', '甘南州财政局', '合作市财政局', '州财函〔2026〕3号', None),
              ('REFERRED', '合作市公共资源交易中心', '合作市财政局', '合公资函〔2026〕2号', None),
              ('REFERRED', '合作市审计局', '合作市财政局', '合审移〔2026〕1号', None),
              ('PENALIZED', '合作市财政局', '甘南藏族自治州人民医院'),
              ('BID_ON', '合作市当周建筑工程有限公司', 'HZJY-2026-003'),
              ('BID_ON', '甘南吉祥建设有限公司', 'HZJY-2026-003'),
              ('BID_ON', '甘肃卓尼木业有限公司', 'HZCG-2025-0388')],
        notes=COMMON + [
            'Register table (tab-separated). 登记号 column values are register numbers, not DOC_NO; the 来文文号 column values are DOC_NO.',
            'Incoming rows (转办 / 移送) are REFERRED to the register owner 合作市财政局; the 收到日期 is a receipt date → date null.',
            'Row 1 责令改正 by the register owner: PENALIZED to the hospital (the party of the 质疑答复超期 is the purchaser; the supplier in the '
            'same cell is not said to be sanctioned; doubtful).',
            'Row 2 companies: 投标文件 → BID_ON. Row 3: the company is the 中标人 (该中标人) of the numbered project → BID_ON.',
            'Violations: collusion (row 2), false_materials (row 3 alleged 业绩造假), other (质疑答复超期), no_procurement (row 4 未履行采购程序).',
            '制表 / 审核 are form fields, not POSITION. 2026年第一季度 is not DATE.',
        ]),
    dict(
        file='d3-cfjd-huangnan-tongren-scjg-2026-5.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='同仁市市场监督管理局',
        body='''
⟦同仁市市场监督管理局|A⟧
行政处罚决定书
⟦同市监处罚〔2026〕5号|N⟧

当事人：⟦青海热贡唐卡文化传播有限公司|C⟧
主体类型：有限责任公司（自然人投资或控股）
⟦法定代表人|T⟧：⟦更登|P⟧
当事人：⟦黄南州隆务河文化发展有限公司|C⟧
⟦法定代表人|T⟧：⟦马秀英|P⟧

　　⟦2025年11月27日|D⟧，本局收到⟦同仁市发展和改革局|A⟧移送的热贡艺术展陈布展服务项目涉嫌串通投标线索（⟦同发改函〔2025〕31号|N⟧）。本局于⟦2025年12月2日|D⟧立案调查。
　　经查，该项目由⟦同仁市文体旅游广电局|A⟧组织采购（采购编号：⟦THTR-2025-FW-016|J⟧），预算金额⟦92万元|M⟧。两当事人在投标前约定由⟦青海热贡唐卡文化传播有限公司|C⟧中标，⟦黄南州隆务河文化发展有限公司|C⟧以高于其报价约8%的价格陪标，事后由中标方支付对方“配合费”⟦4.5万元|M⟧。⟦青海热贡唐卡文化传播有限公司|C⟧以⟦87.6万元|M⟧中标。
　　以上事实有两当事人⟦法定代表人|T⟧询问笔录、转账凭证、投标文件等证据证明。
　　本局认为，两当事人的行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》和《⟦中华人民共和国招标投标法|L⟧》第三十二条第一款。依据《⟦中华人民共和国招标投标法|L⟧》第五十三条，决定：
　　一、对⟦青海热贡唐卡文化传播有限公司|C⟧处中标项目金额千分之六的罚款⟦5256元|M⟧，没收违法所得；对⟦黄南州隆务河文化发展有限公司|C⟧处罚款⟦3000元|M⟧，没收违法所得⟦4.5万元|M⟧；
　　二、对两当事人的⟦法定代表人|T⟧分别处单位罚款数额百分之五的罚款。
　　当事人应当自收到本决定书之日起十五日内缴纳罚款。

⟦同仁市市场监督管理局|A⟧
⟦2026年1月30日|D⟧
''',
        rels=[('REFERRED', '同仁市发展和改革局', '同仁市市场监督管理局', '同发改函〔2025〕31号'),
              ('PENALIZED', '同仁市市场监督管理局', '青海热贡唐卡文化传播有限公司'),
              ('PENALIZED', '同仁市市场监督管理局', '黄南州隆务河文化发展有限公司'),
              ('PENALIZED', '同仁市市场监督管理局', '更登'),
              ('PENALIZED', '同仁市市场监督管理局', '马秀英'),
              ('LEGAL_REP', '更登', '青海热贡唐卡文化传播有限公司'),
              ('LEGAL_REP', '马秀英', '黄南州隆务河文化发展有限公司'),
              ('HOLDS_POSITION', '更登', '法定代表人', '青海热贡唐卡文化传播有限公司'),
              ('HOLDS_POSITION', '马秀英', '法定代表人@1', '黄南州隆务河文化发展有限公司'),
              ('BID_ON', '青海热贡唐卡文化传播有限公司', 'THTR-2025-FW-016'),
              ('BID_ON', '黄南州隆务河文化发展有限公司', 'THTR-2025-FW-016')],
        notes=COMMON + [
            '两当事人法定代表人 and 对两当事人的法定代表人: attached to the annotated companies (via 两当事人) → POSITION, no extra HOLDS_POSITION '
            '(the persons are named only in the header).',
            'The fine on both 法定代表人 (two named persons in the header) → PENALIZED to 更登 and 马秀英.',
            'The 移送 was received 2025年11月27日 (receipt) → date null. 8%, 千分之六, 百分之五 are rates, not MONEY.',
        ]),
    dict(
        file='d4-tscljd-nagqu-seni-czj-2026-2.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='那曲市色尼区财政局',
        body='''
⟦那曲市色尼区财政局|A⟧
政府采购投诉处理决定书
⟦色财采投〔2026〕2号|N⟧

投诉人：⟦西藏羌塘恒达物业服务有限公司|C⟧
被投诉人：⟦那曲市色尼区教育局|A⟧（采购人）、⟦西藏雪域招标代理有限公司|C⟧（采购代理机构）

　　投诉人对“⟦那曲市色尼区第一中学|A⟧物业管理服务项目”（项目编号：⟦SNJY-WY-2026-001|J⟧）的中标结果不服，于⟦2026年2月9日|D⟧向本机关提起投诉。本机关依法受理，并向被投诉人发送了投诉书副本。
　　投诉人称：评标委员会对其“服务方案”一项的评分明显偏低，且中标人⟦那曲市高原之星物业管理有限公司|C⟧的社保缴纳证明不足规定人数。
　　经调取评标报告及视频资料，本机关查明：1.评标委员会5名成员对投诉人服务方案的打分在10分至13分之间，未见明显畸高畸低，属于评审自由裁量范围；2.中标人提交的社保缴纳证明显示其参保人数为24人，满足招标文件“不少于20人”的要求。
　　本机关认为，投诉事项缺乏事实依据。根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项，决定驳回投诉。
　　如不服本决定，可自收到本决定书之日起六十日内向⟦那曲市色尼区人民政府|A⟧或者⟦那曲市财政局|A⟧申请行政复议，或者在六个月内向⟦那曲市色尼区人民法院|A⟧提起行政诉讼。

⟦那曲市色尼区财政局|A⟧
⟦2026年3月10日|D⟧
''',
        rels=[('BID_ON', '西藏羌塘恒达物业服务有限公司', 'SNJY-WY-2026-001'),
              ('BID_ON', '那曲市高原之星物业管理有限公司', 'SNJY-WY-2026-001')],
        notes=COMMON + [
            'Complaint dismissed (驳回): not PENALIZED. The complainant\'s own bid is scored (对其服务方案的评分) → it bid: BID_ON. The 中标人 won: BID_ON.',
            '本机关 is a self-reference, resolved nowhere (the issuer is named in the title and signature).',
            'Violations: other (alleged scoring error by evaluators and an unmet qualification threshold).',
        ]),
    dict(
        file='d5-tb-bortala-bole-zjj-2026-3.txt', fmt='utf-8', kind='penalty_decision', violations=['contract_violation', 'other'],
        issuer='博乐市住房和城乡建设局',
        body='''
⟦博乐市住房和城乡建设局|A⟧
关于对2家施工企业不良行为的通报
⟦博建通〔2026〕3号|N⟧

各建筑施工企业、监理企业：
　　近期，我局在建筑市场“双随机”检查中发现，以下施工企业在房屋建筑和市政工程施工中存在违法违规行为。依据《⟦新疆维吾尔自治区建筑市场各方主体不良行为记录认定标准|L⟧》和《⟦博尔塔拉蒙古自治州建筑业企业信用评价管理办法（试行）|L⟧》，现予通报：
　　一、⟦新疆精河鑫达建筑安装有限公司|C⟧：在⟦博乐市第七小学|A⟧综合楼建设工程（标段编号：⟦BLJS-2025-SG-012|J⟧）中，将主体结构劳务以外的钢结构工程分包给不具备资质的个人，⟦项目经理|T⟧⟦赵春生|P⟧长期不在岗。扣减该企业信用分8分，对⟦赵春生|P⟧记不良行为一次。
　　二、⟦博州天和路桥工程有限公司|C⟧：在博乐市南城区道路提升改造工程中，未按规定办理施工许可即开工建设（开工日期为⟦2025年8月|D⟧），工程款⟦312万元|M⟧未按约定通过农民工工资专用账户支付。扣减该企业信用分5分，并责令限期整改。
　　各企业要引以为戒，严格遵守法律法规，规范市场行为。

⟦博乐市住房和城乡建设局|A⟧
⟦2026年2月24日|D⟧
抄送：⟦博尔塔拉蒙古自治州住房和城乡建设局|A⟧，⟦博乐市公共资源交易中心|A⟧
''',
        rels=[('PENALIZED', '博乐市住房和城乡建设局', '新疆精河鑫达建筑安装有限公司'),
              ('PENALIZED', '博乐市住房和城乡建设局', '赵春生'),
              ('PENALIZED', '博乐市住房和城乡建设局', '博州天和路桥工程有限公司'),
              ('HOLDS_POSITION', '赵春生', '项目经理', '新疆精河鑫达建筑安装有限公司'),
              ('BID_ON', '新疆精河鑫达建筑安装有限公司', 'BLJS-2025-SG-012')],
        notes=COMMON + [
            'A regulator\'s 通报 with credit-score deduction → penalty_decision, PENALIZED to each sanctioned party (GUIDELINES: 杭州 example).',
            '记不良行为一次 for the named 项目经理 → PENALIZED (a credit sanction on the person; doubtful).',
            'BID_ON for the contractor of the numbered 标段 (it won and builds it). 抄送 is not REFERRED.',
            '违法分包 → contract_violation (closest to 转包); 未办施工许可, wage account → other.',
        ]),
]
