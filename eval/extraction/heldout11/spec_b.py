"""heldout11 — documents b01–b14: other genres, inline ⟦text|L⟧ marks. 处罚决定书 (财政 辽阳白塔区; 市场监管 平遥, GB18030;
发改 澄迈, traditional), 投诉处理决定书 (常州武进), 纪委监委 通报 (烟台福山), 不良行为公告 (苏州吴江, html), 审计移送处理书 (抚顺新抚区,
docx), 刑事判决书 excerpt (贵州 思南县), 联席会议纪要 with 出席 list (河南 鹿邑县), 移送登记表 register (威海环翠区, GB18030),
约谈记录 (平罗), news (酉阳 html; 京山), 财政 监督检查通报 (福鼎, traditional).
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

DOCS = [
    dict(
        file='b01-cfjd-liaoyang-baita-czj-2026-3.txt', fmt='utf-8', kind='penalty_decision',
        violations=['discriminatory_terms', 'other'], issuer='辽阳市白塔区财政局',
        body='''
⟦辽阳市白塔区财政局|A⟧
行政处罚决定书
⟦辽白财罚〔2026〕3号|N⟧

当事人：⟦辽阳市恒业招标代理有限公司|C⟧
统一社会信用代码：91211002MA10XXXX7K
⟦法定代表人|T⟧：⟦郝建新|P⟧
住所：辽阳市白塔区民主路南段12号3层

　　我局于⟦2026年1月12日|D⟧对你公司代理的⟦辽阳市白塔区教育局|A⟧2025年中小学课桌椅采购项目（项目编号：⟦LYBT-2025-CG046|J⟧）开展监督检查，发现你公司存在下列违法事实：
　　一、你公司编制的招标文件将“投标人近三年在辽阳市内有同类项目业绩”设为评分因素（分值8分），以不合理的条件对供应商实行差别待遇；
　　二、⟦2025年9月2日|D⟧开标后，你公司⟦项目负责人|T⟧⟦邵某|P⟧在评标期间进入评标区，向评标委员会成员介绍各投标人的情况；
　　三、该项目评标现场录音录像资料未按规定保存。
　　以上事实，有招标文件、评标现场监控记录、⟦邵某|P⟧的询问笔录等证据证明。
　　⟦2026年3月3日|D⟧，我局向你公司送达了《行政处罚事先告知书》（⟦辽白财罚告〔2026〕3号|N⟧），告知你公司拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利。你公司在法定期限内未提出陈述、申辩意见。
　　我局认为，你公司上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十二条第二款、《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（四）项、第四十六条的规定。依据《⟦政府采购法|L⟧》第七十八条、《⟦政府采购代理机构管理暂行办法|L⟧》第二十五条的规定，决定对你公司作出如下处罚：
　　一、警告；
　　二、罚款⟦人民币贰万元整|M⟧（⟦¥20000.00元|M⟧）。
　　请你公司自收到本决定书之日起十五日内，将罚款缴至指定账户。逾期不缴纳的，每日按罚款数额的3%加处罚款。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦辽阳市白塔区人民政府|A⟧申请行政复议，或者在六个月内向⟦辽阳市白塔区人民法院|A⟧提起行政诉讼。

⟦辽阳市白塔区财政局|A⟧
⟦2026年3月25日|D⟧
''',
        rels=[('PENALIZED', '辽阳市白塔区财政局', '辽阳市恒业招标代理有限公司'),
              ('LEGAL_REP', '郝建新', '辽阳市恒业招标代理有限公司'),
              ('HOLDS_POSITION', '郝建新', '法定代表人', '辽阳市恒业招标代理有限公司'),
              ('HOLDS_POSITION', '邵某', '项目负责人', '辽阳市恒业招标代理有限公司')],
        notes=['The agent did not bid: no BID_ON.',
               'The agent staff entering the evaluation room → other (not interference, which the set keeps for officials).',
               'The amount in words and its bracketed figure (¥ kept, bracket excluded) are two MONEY spans.',
               '3% (加处罚款 rate) is not MONEY.']),

    dict(
        file='b02-cfjd-pingyao-scjg-2026-41.txt', fmt='gb18030', kind='penalty_decision',
        violations=['bribery'], issuer='平遥县市场监督管理局',
        body='''
⟦平遥县市场监督管理局|A⟧
行 政 处 罚 决 定 书
⟦平市监处罚〔2026〕41号|N⟧

当事人：⟦平遥县康泰医疗器械经销部|C⟧
主体类型：个体工商户
⟦经营者|T⟧：⟦冀某某|P⟧
经营场所：平遥县古陶镇顺城路××号

　　⟦2025年12月8日|D⟧，本局根据⟦平遥县纪委监委|A⟧移送的问题线索，经批准对当事人涉嫌商业贿赂行为立案调查。
　　经查，⟦2024年3月|D⟧至⟦2025年6月|D⟧，当事人在向⟦平遥县人民医院|A⟧销售一次性医用耗材过程中，为获取交易机会，先后7次通过微信向该院⟦原设备科科长|T⟧⟦雷某|P⟧转账，共计⟦人民币36800元|M⟧。该院以询价方式采购上述耗材（采购编号：⟦PYXRMYY-XJ-2024-07|J⟧），当事人均被确定为成交供应商，销售金额⟦412,650元|M⟧，违法所得⟦52316.4元|M⟧。
　　上述事实，有当事人提供的销售台账、微信转账记录、询价采购文件、⟦冀某某|P⟧的询问笔录及⟦平遥县纪委监委|A⟧移送的⟦雷某|P⟧谈话笔录复印件等证据证实。
　　本局认为，当事人采用财物手段贿赂交易相对方的工作人员以谋取交易机会，违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款第（一）项的规定，构成商业贿赂行为。当事人在调查中如实陈述违法事实，依据《⟦中华人民共和国行政处罚法|L⟧》第三十二条，可依法从轻处罚。依据《⟦中华人民共和国反不正当竞争法|L⟧》第十九条，本局决定：
　　一、没收违法所得⟦52316.4元|M⟧；
　　二、罚款⟦人民币十五万元|M⟧。
　　当事人应当自收到本决定书之日起十五日内缴纳罚没款。如不服本处罚决定，可在收到本决定书之日起六十日内向⟦平遥县人民政府|A⟧申请行政复议；也可以在六个月内依法向人民法院提起行政诉讼。

⟦平遥县市场监督管理局|A⟧
⟦2026年2月13日|D⟧
''',
        rels=[('REFERRED', '平遥县纪委监委', '平遥县市场监督管理局'),
              ('PENALIZED', '平遥县市场监督管理局', '平遥县康泰医疗器械经销部'),
              ('HOLDS_POSITION', '冀某某', '经营者', '平遥县康泰医疗器械经销部'),
              ('HOLDS_POSITION', '雷某', '原设备科科长', '平遥县人民医院'),
              ('BID_ON', '平遥县康泰医疗器械经销部', 'PYXRMYY-XJ-2024-07')],
        notes=['GB18030-encoded.',
               '根据…移送的问题线索: REFERRED 纪委监委 → 市场监管局 with no date (12月8日 is the case-filing date).',
               '经营者 of an individual business is a POSITION (set convention, as 法定代表人 field).',
               '原设备科科长 after the pronoun 该院: the sub-unit is written into the POSITION; org the hospital.',
               'The 询价 supplier that was 成交供应商 → BID_ON on the 采购编号.',
               'The reconsideration body (平遥县人民政府) is not the issuer.']),

    dict(
        file='b03-tscljd-changzhou-wujin-czj-2026-6.txt', fmt='utf-8', kind='complaint_decision',
        violations=['false_materials', 'other'], issuer='常州市武进区财政局',
        body='''
⟦常州市武进区财政局|A⟧
政府采购投诉处理决定书
⟦武财采诉〔2026〕6号|N⟧

投诉人：⟦常州卓越环境工程有限公司|C⟧
地址：常州市武进区湖塘镇人民东路××号
⟦法定代表人|T⟧：⟦戴文斌|P⟧
委托代理人：⟦沈晨|P⟧，⟦江苏恒言律师事务所|C⟧⟦律师|T⟧
被投诉人：⟦常州市武进区湖塘镇人民政府|A⟧
采购代理机构：⟦常州诚远项目管理有限公司|C⟧
相关供应商：⟦江苏碧源水处理科技有限公司|C⟧

　　投诉人因对湖塘镇河道保洁服务采购项目（项目编号：⟦WJZC2026-0021|J⟧）的质疑答复不满，于⟦2026年3月16日|D⟧向本机关提起投诉。本机关于⟦3月18日|D⟧依法受理（受理编号：⟦WJCZTS2026-06|N⟧），并向被投诉人、采购代理机构及相关供应商发出投诉答复通知书。
　　投诉人称：一、中标供应商⟦江苏碧源水处理科技有限公司|C⟧（以下简称“⟦碧源公司|C⟧”）投标文件中3名保洁主管的社保缴纳证明系伪造，属于提供虚假材料谋取中标；二、评标委员会对投诉人“保洁作业方案”一项仅给予4分，评分畸低，未按招标文件规定的评分标准评审。
　　被投诉人及⟦常州诚远项目管理有限公司|C⟧答复称，评审严格依照招标文件进行，请求驳回投诉。
　　本机关查明：该项目采购预算⟦312万元|M⟧，共6家供应商参加投标，投诉人报价⟦297.5万元|M⟧，综合得分排名第二；⟦碧源公司|C⟧报价⟦301.2万元|M⟧，综合得分第一，被确定为中标供应商。经本机关函询⟦常州市武进区人力资源和社会保障局|A⟧，⟦碧源公司|C⟧所列3名人员自⟦2024年7月|D⟧起均由⟦碧源公司|C⟧连续缴纳社会保险，社保证明真实。经组织原评标委员会复核，5名评委对投诉人保洁作业方案的打分均在招标文件规定的分值区间内，理由记录完整。
　　本机关认为，投诉事项一缺乏事实依据；投诉事项二，评标委员会依照招标文件规定的评审标准独立评审，投诉人未能提供评审违法的证据。依据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项的规定，本机关决定：驳回投诉。
　　投诉人对本决定不服的，可以在收到本决定书之日起六十日内向⟦常州市武进区人民政府|A⟧申请行政复议，或者在六个月内向人民法院提起行政诉讼。

⟦常州市武进区财政局|A⟧
⟦2026年4月24日|D⟧
''',
        rels=[('LEGAL_REP', '戴文斌', '常州卓越环境工程有限公司'),
              ('HOLDS_POSITION', '戴文斌', '法定代表人', '常州卓越环境工程有限公司'),
              ('HOLDS_POSITION', '沈晨', '律师', '江苏恒言律师事务所'),
              ('BID_ON', '常州卓越环境工程有限公司', 'WJZC2026-0021'),
              ('BID_ON', '江苏碧源水处理科技有限公司', 'WJZC2026-0021')],
        aliases={'碧源公司': '江苏碧源水处理科技有限公司'},
        notes=['A complaint file\'s 受理编号 is DOC_NO (DECISIONS).',
               'The complainant is given a BID_ON because the findings state its bid (报价, 排名第二), not because it complained.',
               'A dismissal is no PENALIZED. violations = the alleged false materials + the alleged evaluation error (other).',
               '委托代理人 is not a POSITION; 律师 is.']),

    dict(
        file='b04-cfjd-chengmai-fgw-2026-2-fanti.txt', fmt='utf-8', kind='penalty_decision',
        violations=['collusion'], issuer='澄邁縣發展和改革委員會',
        body='''
⟦澄邁縣發展和改革委員會|A⟧
行政處罰決定書
⟦澄發改罰〔2026〕2號|N⟧

被處罰單位：⟦海南濱泓路橋工程有限公司|C⟧
⟦法定代表人|T⟧：⟦符永強|P⟧
地址：澄邁縣金江鎮文化北路××號

　　經查，⟦2025年11月|D⟧，你公司參加⟦澄邁縣交通運輸局|A⟧組織的金江鎮至永發鎮公路改造工程（招標編號：⟦CMJT-2025-GL08|J⟧）投標，與⟦海南泰恆建設有限公司|C⟧、⟦澄邁興達工程有限公司|C⟧的投標文件中施工組織設計大面積雷同、錯漏之處一致，三家公司的投標保證金均由你公司⟦員工|T⟧⟦王某|P⟧的同一銀行賬戶轉出。你公司以⟦人民幣1428.4萬元|M⟧中標。
　　上述行為違反了《⟦中華人民共和國招標投標法|L⟧》第三十二條第一款及《⟦中華人民共和國招標投標法實施條例|L⟧》第四十條第（四）、（六）項的規定，屬於投標人相互串通投標。我委於⟦2026年3月12日|D⟧向你公司送達了行政處罰告知書，你公司提出陳述申辯，稱雷同係委託同一家諮詢公司編制所致。我委認為，其申辯恰好印證了「不同投標人委託同一單位或者個人辦理投標事宜」的情形，不予採納。
　　依據《⟦中華人民共和國招標投標法|L⟧》第五十三條、《⟦中華人民共和國招標投標法實施條例|L⟧》第六十七條的規定，決定：
　　一、對你公司處中標項目金額千分之五的罰款，計⟦人民幣71,420元|M⟧；
　　二、對你公司直接負責的主管人員⟦符永強|P⟧處單位罰款數額百分之五的罰款，計⟦人民幣3,571元|M⟧；
　　三、你公司中標無效。
　　對⟦海南泰恆建設有限公司|C⟧、⟦澄邁興達工程有限公司|C⟧的違法行為另案處理。
　　如不服本決定，可在收到本決定書之日起六十日內向⟦澄邁縣人民政府|A⟧申請行政復議，或者在六個月內向⟦澄邁縣人民法院|A⟧提起行政訴訟。

⟦澄邁縣發展和改革委員會|A⟧
⟦2026年4月7日|D⟧
''',
        rels=[('PENALIZED', '澄邁縣發展和改革委員會', '海南濱泓路橋工程有限公司'),
              ('PENALIZED', '澄邁縣發展和改革委員會', '符永強'),
              ('LEGAL_REP', '符永強', '海南濱泓路橋工程有限公司'),
              ('HOLDS_POSITION', '符永強', '法定代表人', '海南濱泓路橋工程有限公司'),
              ('HOLDS_POSITION', '王某', '員工', '海南濱泓路橋工程有限公司'),
              ('BID_ON', '海南濱泓路橋工程有限公司', 'CMJT-2025-GL08'),
              ('BID_ON', '海南泰恆建設有限公司', 'CMJT-2025-GL08'),
              ('BID_ON', '澄邁興達工程有限公司', 'CMJT-2025-GL08')],
        notes=['Traditional characters, spans as written.',
               '直接負責的主管人員 is a liability category, not a POSITION; the fine on 符永強 is a PENALIZED.',
               '你公司員工王某: 員工 is a staff POSITION attached to a named person; org resolved through 你公司.',
               '另案處理 of the two other bidders is no sanction: no PENALIZED.']),

    dict(
        file='b05-tb-yantai-fushan-jwjw-2026-9.txt', fmt='utf-8', kind='discipline_notice',
        violations=['interference', 'bribery', 'no_procurement', 'abuse_of_power'],
        issuer='中共烟台市福山区纪律检查委员会',
        body='''
⟦中共烟台市福山区纪委|A⟧　⟦烟台市福山区监委|A⟧
关于3起工程建设和政府采购领域违纪违法典型问题的通报
⟦福纪发〔2026〕9号|N⟧

各镇（街道）党（工）委，区委各部委，区直各部门、单位党组（党委）：
　　为进一步严明纪律，现将近期查处的3起典型问题通报如下：
　　1．⟦区农业农村局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦隋某某|P⟧违规插手干预工程招投标、收受财物问题。2023年至2025年，⟦隋某某|P⟧利用分管农田水利建设的职务便利，多次向评标专家打招呼，帮助其亲属实际控制的⟦烟台鸿泰水利工程有限公司|C⟧承揽高标准农田建设项目3个，合同金额共计⟦1260余万元|M⟧，先后收受该公司所送财物折合⟦人民币18.6万元|M⟧。⟦2026年4月|D⟧，经⟦区纪委常委会|A⟧会议研究并报⟦区委|A⟧批准，给予⟦隋某某|P⟧开除党籍处分；由⟦区监委|A⟧给予其开除公职处分；其涉嫌受贿犯罪问题移送⟦福山区人民检察院|A⟧依法审查起诉。
　　2．⟦区卫生健康局规划财务科|A⟧⟦科长|T⟧⟦孙某|P⟧违规拆分采购问题。2025年，⟦孙某|P⟧在负责⟦烟台市福山区人民医院|A⟧医疗设备采购审核工作中，同意将应当公开招标的设备采购拆分为5个项目，以询价方式采购，涉及金额⟦486万元|M⟧，规避公开招标。⟦2026年3月|D⟧，⟦区纪委监委驻区卫生健康局纪检监察组|A⟧给予⟦孙某|P⟧政务记过处分。
　　3．⟦福山区清洋街道办事处|A⟧⟦原城建办主任|T⟧⟦郑宏|P⟧履职不力问题。2024年，⟦郑宏|P⟧在街道老旧小区雨污分流改造工程竣工验收中把关不严，致使⟦烟台福顺市政工程有限公司|C⟧未按设计施工的问题未被发现，造成返工损失⟦37万元|M⟧。⟦郑宏|P⟧受到党内警告处分。
　　上述问题警示我们，……各级党组织要切实履行主体责任，对工程建设和政府采购领域权力运行开展常态化监督。

⟦中共烟台市福山区纪律检查委员会|A⟧
⟦烟台市福山区监察委员会|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[('PENALIZED', '区纪委常委会', '隋某某'),
              ('PENALIZED', '烟台市福山区监察委员会', '隋某某'),
              ('REFERRED', '烟台市福山区监察委员会', '福山区人民检察院'),
              ('PENALIZED', '区纪委监委驻区卫生健康局纪检监察组', '孙某'),
              ('HOLDS_POSITION', '隋某某', '原党组成员', '区农业农村局'),
              ('HOLDS_POSITION', '隋某某', '副局长', '区农业农村局'),
              ('HOLDS_POSITION', '孙某', '科长', '区卫生健康局规划财务科'),
              ('HOLDS_POSITION', '郑宏', '原城建办主任', '福山区清洋街道办事处')],
        aliases={'中共烟台市福山区纪委': '中共烟台市福山区纪律检查委员会', '烟台市福山区监委': '烟台市福山区监察委员会',
                 '区监委': '烟台市福山区监察委员会'},
        unmarked=['区委'],
        notes=['原党组成员、副局长: two POSITION spans (titles in a row split), both of 区农业农村局.',
               '区委 in the addressee line (区委各部委, distributive) is not annotated; 区委 in 报区委批准 is.',
               '原城建办主任 after the named 街道办事处: 原 sits between, so the sub-unit is written into the POSITION (doubtful).',
               '移送…审查起诉 with the sender unstated: the case-handling agency named at that point is 区监委 → REFERRED (date null); '
               'endpoints point to the canonical full name in the signature.',
               '郑宏 受到党内警告处分 with no named agent: no PENALIZED (GUIDELINES passive rule).',
               '区委 (报区委批准) approval is not the deciding body (multi-stage rule).',
               'Header short names are aliased to the signature full names; issuer = the lead body (纪委).']),

    dict(
        file='b06-blxwgg-suzhou-wujiang-zjj-2026-14.html', fmt='html', kind='penalty_decision',
        violations=['collusion', 'contract_violation', 'other'], issuer='苏州市吴江区住房和城乡建设局@1',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>不良行为记录公告</title>
<style>td{border:1px solid #ccc;padding:4px}</style>
</head>
<body>
<div class="crumb">首页 &gt; 信用信息 &gt; 不良行为公告</div>
<h2>关于对⟦苏州恒晟建设工程有限公司|C⟧等3家单位及2名人员不良行为记录的公告</h2>
<div class="info">发布机构：⟦苏州市吴江区住房和城乡建设局|A⟧　发布日期：⟦2026-06-05|D⟧　浏览次数：312</div>
<p>⟦吴建信〔2026〕14号|N⟧</p>
<p>根据《⟦苏州市吴江区建筑市场主体信用管理办法|L⟧》有关规定，经调查核实，现将下列单位和人员的不良行为记录予以公告：</p>
<table>
<tr><th>序号</th><th>单位/人员</th><th>不良行为</th><th>处理结果</th><th>认定日期</th></tr>
<tr><td>1</td><td>⟦苏州恒晟建设工程有限公司|C⟧</td><td>在松陵街道农贸市场提升改造工程（⟦WJJS-2026-SG012|J⟧）投标中，与⟦苏州永固建筑工程有限公司|C⟧相互串通投标报价</td><td>记不良行为一次，扣信用分10分，6个月内不得参加本区政府投资项目投标</td><td>⟦2026-05-28|D⟧</td></tr>
<tr><td>2</td><td>⟦苏州永固建筑工程有限公司|C⟧</td><td>同上</td><td>记不良行为一次，扣信用分10分，6个月内不得参加本区政府投资项目投标</td><td>⟦2026-05-28|D⟧</td></tr>
<tr><td>3</td><td>⟦吴江区鑫诚劳务有限公司|C⟧</td><td>承接七都镇幼儿园新建工程劳务分包后，将全部劳务作业转包给无资质个人</td><td>记不良行为一次，扣信用分6分</td><td>⟦2026-05-30|D⟧</td></tr>
<tr><td>4</td><td>⟦许建平|P⟧（⟦恒晟公司|C⟧⟦项目经理|T⟧）</td><td>参与编制⟦永固公司|C⟧投标文件</td><td>记不良行为一次，扣个人信用分6分</td><td>⟦2026-05-28|D⟧</td></tr>
<tr><td>5</td><td>⟦吴某某|P⟧（⟦评标专家|T⟧）</td><td>在⟦WJJS-2026-SG012|J⟧项目评审中未按招标文件规定的评标标准和方法评审</td><td>暂停评标专家资格6个月</td><td>⟦2026-05-29|D⟧</td></tr>
</table>
<p>当事单位和人员如对公告内容有异议，可在公告之日起5个工作日内向我局书面反映。</p>
<p>联系人：⟦钮卫东|P⟧　电话：0512-6348xxxx</p>
<p style="text-align:right">⟦苏州市吴江区住房和城乡建设局|A⟧<br>⟦2026年6月5日|D⟧</p>
<div class="footer">主办：⟦苏州市吴江区人民政府|A⟧　承办：⟦苏州市吴江区住房和城乡建设局|A⟧</div>
</body>
</html>
''',
        rels=[('PENALIZED', '苏州市吴江区住房和城乡建设局', '苏州恒晟建设工程有限公司'),
              ('PENALIZED', '苏州市吴江区住房和城乡建设局', '苏州永固建筑工程有限公司'),
              ('PENALIZED', '苏州市吴江区住房和城乡建设局', '吴江区鑫诚劳务有限公司'),
              ('PENALIZED', '苏州市吴江区住房和城乡建设局', '许建平'),
              ('PENALIZED', '苏州市吴江区住房和城乡建设局', '吴某某'),
              ('BID_ON', '苏州恒晟建设工程有限公司', 'WJJS-2026-SG012'),
              ('BID_ON', '苏州永固建筑工程有限公司', 'WJJS-2026-SG012'),
              ('HOLDS_POSITION', '许建平', '项目经理', '苏州恒晟建设工程有限公司'),
              ('HOLDS_POSITION', '吴某某', '评标专家', None)],
        aliases={'恒晟公司': '苏州恒晟建设工程有限公司', '永固公司': '苏州永固建筑工程有限公司'},
        unmarked=['评标专家'],
        notes=['A regulator\'s public bad-conduct record with credit-score deduction → penalty_decision and PENALIZED to every listed party.',
               'Issuer: the bureau as signed below the table (the 发布机构 line and the footer are page chrome); same entity.',
               '浏览次数 and 序号 are not annotated. The header 主办 body (区人民政府) is page chrome, not the issuer.',
               '转包 → contract_violation; the expert\'s evaluation error → other.']),

    dict(
        file='b07-sjyscls-fushun-xinfu-sjj-2026-2.docx', fmt='docx', kind='other',
        violations=['discriminatory_terms', 'interference', 'bribery'], issuer='抚顺市新抚区审计局',
        body='''
⟦抚顺市新抚区审计局|A⟧
审计移送处理书
⟦抚新审移〔2026〕2号|N⟧
⟦抚顺市新抚区财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》和我局年度审计工作计划，我局派出审计组，自⟦2026年2月20日|D⟧至⟦4月10日|D⟧，对⟦新抚区城市管理局|A⟧2025年度预算执行情况进行了审计。审计发现该局在政府采购活动中存在下列问题，依法应由你局处理：
　　该局2025年园林绿化养护服务项目（项目编号：⟦FSXF-2025-YL019|J⟧，预算⟦190万元|M⟧）采用竞争性磋商方式采购。磋商文件将“供应商须为抚顺市园林绿化行业协会会员单位”列为资格条件，导致参加磋商的3家供应商中2家被认定资格审查不合格，最终由⟦抚顺绿源园林工程有限公司|C⟧（以下简称“⟦绿源公司|C⟧”）以⟦1,864,200元|M⟧成交。审计组调阅磋商记录并询问相关人员，该资格条件系该局⟦副局长|T⟧⟦鞠某|P⟧在采购需求论证会上要求加入，⟦绿源公司|C⟧⟦董事长|T⟧⟦邢国栋|P⟧事先知悉该条款内容。
　　上述行为涉嫌违反《⟦中华人民共和国政府采购法|L⟧》第二十二条第二款和《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条的规定。依据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现将该问题移送你局依法处理。请将处理结果于⟦2026年8月31日|D⟧前书面告知我局。
　　审计中还发现⟦鞠某|P⟧涉嫌收受⟦邢国栋|P⟧所送财物的问题线索，我局已另行移送⟦新抚区纪委监委|A⟧。
　　附件：1.审计取证单（复印件）4份
　　　　　2.磋商文件及磋商记录（复印件）
⟦抚顺市新抚区审计局|A⟧
⟦2026年5月8日|D⟧
抄送：⟦新抚区城市管理局|A⟧
''',
        rels=[('REFERRED', '抚顺市新抚区审计局', '抚顺市新抚区财政局', '抚新审移〔2026〕2号', '2026年5月8日'),
              ('REFERRED', '抚顺市新抚区审计局', '新抚区纪委监委'),
              ('BID_ON', '抚顺绿源园林工程有限公司', 'FSXF-2025-YL019'),
              ('HOLDS_POSITION', '鞠某', '副局长', '新抚区城市管理局'),
              ('HOLDS_POSITION', '邢国栋', '董事长', '抚顺绿源园林工程有限公司')],
        aliases={'绿源公司': '抚顺绿源园林工程有限公司'},
        notes=['.docx built with the standard library (minimal WordprocessingML, one run per paragraph); texts/ holds the plain text.',
               'The separate transfer to the 纪委监委 (另行移送) is a second REFERRED without number or date.',
               '抄送 is no REFERRED. 该局副局长 → org resolved through 该局 to 新抚区城市管理局.',
               '抚顺市园林绿化行业协会 inside a quoted clause is a membership condition, not a party: not annotated (doubtful; an '
               'association could be argued an AGENCY-like body, it is a social organisation).']),

    dict(
        file='b08-xspjs-sinan-2026-188.txt', fmt='utf-8', kind='court_judgment',
        violations=['bribery', 'interference'], issuer='贵州省思南县人民法院',
        body='''
⟦贵州省思南县人民法院|A⟧
刑 事 判 决 书
⟦（2026）黔0624刑初188号|N⟧

　　公诉机关⟦思南县人民检察院|A⟧。
　　被告人⟦岑某某|P⟧，男，⟦1975年9月|D⟧出生，土家族，大学文化，原⟦思南县住房和城乡建设局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌犯受贿罪，于⟦2025年9月4日|D⟧被⟦思南县监察委员会|A⟧留置，同年⟦10月30日|D⟧经⟦思南县人民检察院|A⟧决定，由⟦思南县公安局|A⟧执行逮捕。现羁押于⟦思南县看守所|A⟧。
　　辩护人⟦龙婷|P⟧，⟦贵州思源律师事务所|C⟧⟦律师|T⟧。
　　⟦思南县人民检察院|A⟧以⟦思检刑诉〔2026〕156号|N⟧起诉书指控被告人⟦岑某某|P⟧犯受贿罪，于⟦2026年4月2日|D⟧向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。……现已审理终结。
　　经审理查明：2019年至2024年，被告人⟦岑某某|P⟧利用担任⟦思南县住房和城乡建设局|A⟧⟦副局长|T⟧、分管城建项目招标工作的职务便利，在城北片区市政道路、乌江安置小区等项目招标中，向评标专家打招呼，为⟦贵州黔桂建设工程有限公司|C⟧（以下简称⟦黔桂公司|C⟧）⟦实际控制人|T⟧⟦韦某|P⟧、⟦思南县鑫泰建材有限公司|C⟧⟦法定代表人|T⟧⟦杨某明|P⟧等人谋取利益，先后多次收受上述人员所送现金、购物卡共计折合⟦人民币236.8万元|M⟧。其中，2021年春节前收受⟦韦某|P⟧现金⟦50万元|M⟧……
　　本案由⟦思南县监察委员会|A⟧调查终结，于⟦2026年3月5日|D⟧移送⟦思南县人民检察院|A⟧审查起诉。⟦岑某某|P⟧在留置期间主动交代了监察机关尚未掌握的部分受贿事实，并退缴全部赃款。
　　……
　　本院认为，被告人⟦岑某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款、第三百八十六条、第三百八十三条第一款第（二）项、第三款之规定，判决如下：
　　一、被告人⟦岑某某|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币三十万元|M⟧；
　　二、对被告人⟦岑某某|P⟧退缴的违法所得⟦人民币236.8万元|M⟧予以没收，上缴国库。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出上诉。
　　（以上为判决书节选）

⟦审判长|T⟧　⟦杨光明|P⟧
⟦审判员|T⟧　⟦罗小凤|P⟧
⟦人民陪审员|T⟧　⟦陈国富|P⟧
⟦二〇二六年六月十八日|D⟧
⟦书记员|T⟧　⟦黄　丹|P⟧
''',
        rels=[('REFERRED', '思南县监察委员会', '思南县人民检察院', None, '2026年3月5日'),
              ('PENALIZED', '贵州省思南县人民法院', '岑某某'),
              ('HOLDS_POSITION', '岑某某', '党组成员', '思南县住房和城乡建设局'),
              ('HOLDS_POSITION', '岑某某', '副局长', '思南县住房和城乡建设局'),
              ('HOLDS_POSITION', '龙婷', '律师', '贵州思源律师事务所'),
              ('HOLDS_POSITION', '韦某', '实际控制人', '贵州黔桂建设工程有限公司'),
              ('HOLDS_POSITION', '杨某明', '法定代表人', '思南县鑫泰建材有限公司'),
              ('LEGAL_REP', '杨某明', '思南县鑫泰建材有限公司'),
              ('HOLDS_POSITION', '杨光明', '审判长', '贵州省思南县人民法院'),
              ('HOLDS_POSITION', '罗小凤', '审判员', '贵州省思南县人民法院'),
              ('HOLDS_POSITION', '陈国富', '人民陪审员', '贵州省思南县人民法院'),
              ('HOLDS_POSITION', '黄　丹', '书记员', '贵州省思南县人民法院')],
        aliases={'黔桂公司': '贵州黔桂建设工程有限公司'},
        notes=['Signature block: 审判长, 审判员, 人民陪审员, 书记员 are POSITIONs of the court (书记员 doubtful, as in dev19).',
               '黄　丹 keeps the full-width space inside the span, as written.',
               '2021年春节 is not a DATE (no month/day); 2019年至2024年 year-only, not DATE.',
               '利用担任…副局长 (second mention) is annotated; its HOLDS_POSITION would duplicate the first by text, so none is added.',
               '留置 and 逮捕 are not relations; 调查终结…移送…审查起诉 → REFERRED 监委 → 检察院.',
               'The defendant was 原 党组成员/副局长: 原 before the agency name, so not inside the POSITION spans.']),

    dict(
        file='b09-hyjy-luyi-lxhy-2026-3.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials'], issuer='鹿邑县人民政府办公室',
        body='''
鹿邑县公共资源交易领域监管联席会议纪要
〔2026〕第3期

⟦鹿邑县人民政府办公室|A⟧　　　　　　　　　　　　　⟦2026年4月16日|D⟧

　　⟦4月14日|D⟧下午，⟦县政府|A⟧⟦副县长|T⟧⟦金振宇|P⟧在县政府三楼会议室主持召开全县公共资源交易领域监管联席会议第一季度例会，听取各成员单位线索移送和案件办理情况汇报，研究部署下一阶段工作。纪要如下：
　　出席：⟦金振宇|P⟧　⟦县政府|A⟧⟦副县长|T⟧
　　　　　⟦刘洪涛|P⟧　⟦县财政局|A⟧⟦局长|T⟧
　　　　　⟦张立|P⟧　　⟦县发改局|A⟧⟦副局长|T⟧
　　　　　⟦宋雅琴|P⟧　⟦县纪委监委第三监督检查室|A⟧⟦主任|T⟧
　　　　　⟦赵明远|P⟧　⟦鹿邑县公安局|A⟧⟦副局长|T⟧
　　　　　⟦马骏|P⟧　　⟦县公共资源交易中心|A⟧⟦主任|T⟧
　　列席：⟦县审计局|A⟧、⟦县住建局|A⟧、⟦县市场监管局|A⟧有关同志
　　记录：⟦孟凡|P⟧
　　一、关于⟦县公共资源交易中心|A⟧发现的异常投标线索
　　⟦马骏|P⟧同志通报：⟦鹿邑县宏鹿建筑安装有限公司|C⟧与⟦河南鑫岩工程有限公司|C⟧在真源街道老旧小区改造工程（⟦LY-FJ-2026-004|J⟧）投标中，投标文件报价明细表错误一致、投标保证金同日同一网点缴纳。⟦县公共资源交易中心|A⟧已于⟦3月28日|D⟧将该线索书面移送⟦县发改局|A⟧。
　　会议确定：由⟦县发改局|A⟧牵头核查，⟦县住建局|A⟧配合；核查中发现涉嫌犯罪的，及时移送⟦县公安局|A⟧，⟦县公安局|A⟧提前介入。
　　二、关于⟦县审计局|A⟧移送的⟦县教育体育局|A⟧采购问题线索办理情况
　　⟦刘洪涛|P⟧同志汇报：⟦县审计局|A⟧⟦1月20日|D⟧移送⟦县财政局|A⟧的⟦鹿邑县智博教学设备有限公司|C⟧提供虚假检测报告问题，⟦县财政局|A⟧已查实，于⟦3月31日|D⟧对该公司作出罚款⟦1.2万元|M⟧、列入不良行为记录名单的行政处罚。
　　三、关于建立线索移送台账
　　会议要求，各成员单位于每月5日前将上月线索移送、接收、办结情况报⟦县财政局|A⟧汇总，由⟦县纪委监委第三监督检查室|A⟧同步开展监督。⟦宋雅琴|P⟧同志强调，对移而不接、接而不办的，将严肃追责问责。
　　参会单位：⟦县财政局|A⟧、⟦县发改局|A⟧、⟦县纪委监委|A⟧、⟦县公安局|A⟧、⟦县公共资源交易中心|A⟧、⟦县审计局|A⟧、⟦县住建局|A⟧、⟦县市场监管局|A⟧
''',
        rels=[('REFERRED', '县公共资源交易中心', '县发改局', None, '3月28日'),
              ('REFERRED', '县审计局', '县财政局', None, '1月20日'),
              ('PENALIZED', '县财政局', '鹿邑县智博教学设备有限公司'),
              ('BID_ON', '鹿邑县宏鹿建筑安装有限公司', 'LY-FJ-2026-004'),
              ('BID_ON', '河南鑫岩工程有限公司', 'LY-FJ-2026-004'),
              ('HOLDS_POSITION', '金振宇', '副县长', '县政府'),
              ('HOLDS_POSITION', '刘洪涛', '局长', '县财政局'),
              ('HOLDS_POSITION', '张立', '副局长', '县发改局'),
              ('HOLDS_POSITION', '宋雅琴', '主任', '县纪委监委第三监督检查室'),
              ('HOLDS_POSITION', '赵明远', '副局长@1', '鹿邑县公安局'),
              ('HOLDS_POSITION', '马骏', '主任@1', '县公共资源交易中心')],
        aliases={'县公安局': '鹿邑县公安局'},
        unmarked=['县政府'],
        notes=['〔2026〕第3期 is a bulletin issue number, not DOC_NO (DECISIONS).',
               'The 出席 line repeats 县政府副县长 for 金振宇: annotated, but its HOLDS_POSITION would duplicate the first by text, so one only.',
               '县政府 in 县政府三楼会议室 (a room in the building) is not annotated (listed in unmarked) — doubtful.',
               'Future / conditional transfers (涉嫌犯罪的，及时移送) are not REFERRED.',
               'The penalty is reported by the meeting: PENALIZED 县财政局 → the company.',
               '县纪委监委 in the 参会单位 list is the commission; the 第三监督检查室 is its own maximal span elsewhere.']),

    dict(
        file='b10-djb-weihai-huancui-czj-2026h1.txt', fmt='gb18030', kind='other',
        violations=['false_materials', 'collusion', 'no_procurement', 'bribery'], issuer='威海市环翠区财政局',
        body='''
⟦威海市环翠区财政局|A⟧政府采购监督案件线索移送、接收登记表
（2026年1—6月）
填报单位：⟦环翠区财政局政府采购监督管理科|A⟧　　　　填报日期：⟦2026年7月3日|D⟧

序号|登记号|类别|来文/去文单位|文号|日期|涉及单位或人员|事由|办理情况|经办人
1|HC-2026-001|收|⟦环翠区审计局|A⟧|⟦威环审移〔2026〕1号|N⟧|⟦2026-01-15|D⟧|⟦威海蓝洋办公设备有限公司|C⟧|投标文件业绩证明涉嫌虚假|⟦2026-03-20|D⟧罚款⟦5000元|M⟧，列入不良行为记录|⟦于晓|P⟧
2|HC-2026-002|发|⟦威海市公安局环翠分局|A⟧|⟦威环财移〔2026〕1号|N⟧|⟦2026-02-06|D⟧|⟦威海金瀚科技有限公司|C⟧、⟦威海瑞海商贸有限公司|C⟧|涉嫌串通投标罪|公安已受案|⟦丛林|P⟧
3|HC-2026-003|收|⟦市财政局|A⟧|⟦威财采函〔2026〕12号|N⟧|⟦2026-03-02|D⟧|⟦威海鼎鑫物业服务有限公司|C⟧|投诉事项转办|办理中|⟦于晓|P⟧
4|HC-2026-004|收|⟦区纪委监委|A⟧|⟦威环纪转〔2026〕5号|N⟧|⟦2026-04-11|D⟧|⟦环翠区卫生健康局|A⟧|举报未履行政府采购程序|已核实反馈|⟦毕文静|P⟧
5|HC-2026-005|发|⟦区市场监管局|A⟧|⟦威环财函〔2026〕33号|N⟧|⟦2026-05-19|D⟧|⟦威海康力医疗器械有限公司|C⟧|涉嫌商业贿赂|已移交|⟦丛林|P⟧
6|HC-2026-006|退|⟦威海市公安局环翠分局|A⟧|⟦威环公经函〔2026〕7号|N⟧|⟦2026-06-02|D⟧|⟦威海金瀚科技有限公司|C⟧|退回，要求补充电子投标文件提取记录|补充中|⟦丛林|P⟧

填表人：⟦毕文静|P⟧　　审核人：⟦戚建华|P⟧（⟦副局长|T⟧）
''',
        rels=[('REFERRED', '环翠区审计局', '威海市环翠区财政局', '威环审移〔2026〕1号', '2026-01-15'),
              ('REFERRED', '威海市环翠区财政局', '威海市公安局环翠分局', '威环财移〔2026〕1号', '2026-02-06'),
              ('REFERRED', '市财政局', '威海市环翠区财政局', '威财采函〔2026〕12号', '2026-03-02'),
              ('REFERRED', '区纪委监委', '威海市环翠区财政局', '威环纪转〔2026〕5号', '2026-04-11'),
              ('REFERRED', '威海市环翠区财政局', '区市场监管局', '威环财函〔2026〕33号', '2026-05-19'),
              ('PENALIZED', '威海市环翠区财政局', '威海蓝洋办公设备有限公司'),
              ('HOLDS_POSITION', '戚建华', '副局长', '威海市环翠区财政局')],
        notes=['GB18030-encoded. A register drawn as a pipe table.',
               'The 登记号 column is an intake serial, not DOC_NO (DECISIONS); the 文号 column values are DOC_NO.',
               'Each 收 row is a REFERRED to the register\'s own bureau (named in the title), each 发 row a REFERRED from it; the date '
               'column is the letter date. Row 6 (退) is a return, not a REFERRED. Row 3: a complaint 转办 by the city bureau counts as a transfer (doubtful).',
               'Row 1 办理情况 罚款 → PENALIZED by the register\'s bureau.',
               '审核人 … （副局长）: org taken to be the register\'s bureau (doubtful — not stated).',
               '填报单位 sub-unit is one maximal AGENCY span.',
               '（2026年1—6月） (a reporting period, month range sharing one year) is not annotated as DATE — doubtful.']),

    dict(
        file='b11-ythjl-pingluo-czj-2026.txt', fmt='utf-8', kind='other',
        violations=['discriminatory_terms', 'other'], issuer='平罗县财政局',
        body='''
⟦平罗县财政局|A⟧政府采购约谈记录

约谈时间：⟦2026年5月12日|D⟧上午9:30—10:40
约谈地点：县财政局四楼小会议室
约谈人：⟦马建军|P⟧（⟦县财政局|A⟧⟦副局长|T⟧）、⟦何丽|P⟧（⟦县财政局政府采购监督管理股|A⟧⟦股长|T⟧）
被约谈单位：⟦宁夏鼎衡招标代理有限公司|C⟧
被约谈人：⟦田某某|P⟧（⟦总经理|T⟧）、⟦沙玉梅|P⟧（⟦项目经理|T⟧）
记录人：⟦纳晓峰|P⟧

约谈事由：⟦宁夏鼎衡招标代理有限公司|C⟧（以下简称“⟦鼎衡公司|C⟧”）代理的⟦平罗县教育体育局|A⟧2026年农村学校营养餐食材配送服务项目（项目编号：⟦PLCG-2026-015|J⟧），招标文件要求投标人“须在平罗县注册且设有冷链仓储”，⟦宁夏塞上鲜农产品有限公司|C⟧于⟦4月20日|D⟧提出质疑，⟦鼎衡公司|C⟧至⟦5月6日|D⟧方才答复，超过法定期限。

⟦马建军|P⟧：今天约谈你们，主要是营养餐项目的两个问题。第一，“须在平罗县注册”这一条，是谁提出来的？
⟦田某某|P⟧：是采购人在需求里写的，我们编制文件时没有提出异议，这是我们的失误。
⟦马建军|P⟧：代理机构有义务提示采购人，这种条款属于以注册地限制供应商，法律明确禁止。第二，质疑为什么拖了十几天才答复？
⟦沙玉梅|P⟧：质疑函收到后，我们转给采购人，⟦县教体局|A⟧⟦办公室主任|T⟧⟦杨某|P⟧一直没回复意见，我们也没有催。
⟦何丽|P⟧：《⟦政府采购质疑和投诉办法|L⟧》规定收到质疑后7个工作日内答复，这个责任首先在代理机构。
⟦田某某|P⟧：我们认识到问题，回去马上整改，删除注册地条款，重新发布更正公告。

约谈意见：一、⟦鼎衡公司|C⟧于⟦5月20日|D⟧前修改招标文件，删除限制性条款，依法发布更正公告并顺延投标截止时间；二、对本项目质疑答复超期问题作出书面检查；三、我局将在年度代理机构监督评价中予以记录。

被约谈人签字：⟦田某某|P⟧　⟦沙玉梅|P⟧
约谈人签字：⟦马建军|P⟧　⟦何丽|P⟧
''',
        rels=[('HOLDS_POSITION', '马建军', '副局长', '平罗县财政局'),
              ('HOLDS_POSITION', '何丽', '股长', '县财政局政府采购监督管理股'),
              ('HOLDS_POSITION', '田某某', '总经理', '宁夏鼎衡招标代理有限公司'),
              ('HOLDS_POSITION', '沙玉梅', '项目经理', '宁夏鼎衡招标代理有限公司'),
              ('HOLDS_POSITION', '杨某', '办公室主任', '县教体局')],
        aliases={'鼎衡公司': '宁夏鼎衡招标代理有限公司', '县财政局': '平罗县财政局'},
        unmarked=['县财政局'],
        notes=['A 约谈 and its rectification requests are not sanctions: no PENALIZED.',
               'The questioning supplier is not assumed to have bid: no BID_ON; the agent does not bid.',
               '县财政局四楼小会议室 (a room) is not annotated (县财政局 listed in unmarked for it).',
               '县教体局办公室主任: the office name is written into the POSITION (办公室主任), org the bureau (doubtful).',
               'Speaker labels before the colon are PERSON mentions.']),

    dict(
        file='b12-xw-youyang-zyy-2026.html', fmt='html', kind='news', violations=['no_procurement', 'collusion'],
        issuer=None,
        body='''<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>审计揪出“拆单”采购 酉阳一医院副院长被处分</title>
<script>var pageId=88123;</script></head>
<body>
<div class="nav">首页 | 时政 | 区县 | 民生</div>
<h1>审计揪出“拆单”采购 酉阳一医院副院长被处分</h1>
<div class="meta">来源：酉阳网　作者：⟦冉茂林|P⟧　⟦白雪|P⟧　发布时间：⟦2026-07-09|D⟧ 10:26</div>
<div class="article">
<p>本网讯（⟦记者|T⟧ ⟦冉茂林|P⟧ ⟦通讯员|T⟧ ⟦白雪|P⟧）一台价值⟦80多万元|M⟧的医用设备，被拆成“配件”分三次买进来——这样的“操作”，没能逃过审计人员的眼睛。</p>
<p>今年3月，⟦酉阳县审计局|A⟧在对⟦酉阳县中医院|A⟧原院长开展经济责任审计时发现，该院2023年至2024年间有4台设备均以“零星采购”名义、分多次向同一家公司购买，合计金额⟦316万元|M⟧，均未按规定进行政府采购；其中3次询价中参与报价的另两家公司，实际与供货公司为同一人控制。</p>
<p>“我们把线索分别移送给了纪检监察机关和财政部门。”⟦酉阳县审计局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦彭述刚|P⟧介绍，⟦2026年4月|D⟧，该局将问题线索移送⟦县纪委监委|A⟧和⟦县财政局|A⟧。</p>
<p>⟦县纪委监委|A⟧调查查明，该院分管后勤的⟦原副院长|T⟧⟦田某|P⟧为规避公开招标，授意设备科拆分采购。⟦6月20日|D⟧，⟦县纪委监委|A⟧给予⟦田某|P⟧党内严重警告、政务降级处分。⟦县财政局|A⟧则对供货的⟦重庆渝酉医疗设备有限公司|C⟧以及参与“陪标”的⟦酉阳县康宁医疗器械经营部|C⟧分别处以罚款，并将两家列入不良行为记录名单。</p>
<p>⟦彭述刚|P⟧表示，下一步将把医疗卫生单位采购作为审计重点，与纪检、财政部门建立线索双向移送机制。</p>
<p>⟦责任编辑|T⟧：⟦石嫣然|P⟧</p>
</div>
<div class="related"><h3>相关新闻</h3>
<ul><li>酉阳开展医疗领域专项整治 ⟦2026-05-18|D⟧</li><li>⟦县财政局|A⟧通报一季度政府采购监督检查情况 ⟦2026-04-22|D⟧</li></ul></div>
<div class="footer">版权所有：酉阳网　渝ICP备xxxxxxxx号</div>
</body>
</html>
''',
        rels=[('REFERRED', '酉阳县审计局', '县纪委监委', None, '2026年4月'),
              ('REFERRED', '酉阳县审计局', '县财政局', None, '2026年4月'),
              ('PENALIZED', '县纪委监委', '田某'),
              ('PENALIZED', '县财政局', '重庆渝酉医疗设备有限公司'),
              ('PENALIZED', '县财政局', '酉阳县康宁医疗器械经营部'),
              ('HOLDS_POSITION', '冉茂林', '记者', None),
              ('HOLDS_POSITION', '白雪', '通讯员', None),
              ('HOLDS_POSITION', '彭述刚', '党组书记', '酉阳县审计局'),
              ('HOLDS_POSITION', '彭述刚', '局长', '酉阳县审计局'),
              ('HOLDS_POSITION', '田某', '原副院长', '酉阳县中医院'),
              ('HOLDS_POSITION', '石嫣然', '责任编辑', None)],
        notes=['News: issuer null. 酉阳网 (a website) is not an AGENCY.',
               '80多万元 (a device value in the lede) is MONEY (approximation word kept).',
               '原院长 is not attached to a named person: not a POSITION; 原副院长 (adjacent 原 kept) is, of 该院 → 酉阳县中医院.',
               '纪检监察机关和财政部门 (generic) in the quote repeat the named transfer; no implicit relation added.',
               '今年3月 is relative, not DATE; 6月20日 is a month+day DATE.',
               '责任编辑 and the byline roles: org null.']),

    dict(
        file='b13-tb-fuding-czj-2026-7-fanti.txt', fmt='utf-8', kind='penalty_decision',
        violations=['discriminatory_terms', 'other', 'contract_violation'], issuer='福鼎市財政局',
        body='''
⟦福鼎市財政局|A⟧關於2026年第一批政府採購代理機構監督檢查情況的通報
⟦鼎財採〔2026〕7號|N⟧

各預算單位、各政府採購代理機構：
　　根據《⟦政府採購代理機構管理暫行辦法|L⟧》和《⟦福鼎市政府採購代理機構監督評價實施細則|L⟧》，我局於⟦2026年3月|D⟧至⟦2026年4月|D⟧，對⟦福鼎市恆通工程諮詢有限公司|C⟧、⟦福建建誠招標代理有限公司|C⟧、⟦福建匯融項目管理有限公司|C⟧等3家代理機構2025年代理的42個項目進行了抽查。現將有關情況通報如下：
　　一、存在的主要問題
　　（一）⟦恆通公司|C⟧代理的⟦福鼎市太姥山鎮人民政府|A⟧環衛保潔服務項目（項目編號：⟦FDZC-2025-0213|J⟧），將「在福鼎市設有分支機構」作為資格條件，排斥外地供應商；其⟦項目負責人|T⟧⟦施曉燕|P⟧未按規定在評審現場進行錄音錄像。
　　（二）⟦建誠公司|C⟧有5個項目的採購文件、評審記錄未按規定歸檔保存，其中⟦福鼎市醫院|A⟧醫用耗材採購項目的評審報告缺失專家簽字頁。
　　（三）⟦匯融公司|C⟧代理的項目總體規範，但有2個項目的中標公告未載明評審專家名單。
　　此外，⟦福鼎市農業農村局|A⟧2025年簽訂的3份政府採購合同未按規定在合同簽訂之日起2個工作日內公告。
　　二、處理意見
　　（一）對⟦恆通公司|C⟧予以通報批評，在年度監督評價中扣8分；
　　（二）對⟦建誠公司|C⟧給予警告，並處罰款⟦人民幣1萬元|M⟧（另行下達《行政處罰決定書》，⟦鼎財罰〔2026〕2號|N⟧）；
　　（三）責令⟦匯融公司|C⟧限期改正；
　　（四）已函告⟦福鼎市農業農村局|A⟧限期補充公告。
　　請各代理機構引以為戒，對照自查，於⟦6月30日|D⟧前將自查情況報送我局政府採購監督管理股（聯繫人：⟦林某某|P⟧，電話：0593-7826xxx）。

⟦福鼎市財政局|A⟧
⟦2026年5月15日|D⟧
''',
        rels=[('PENALIZED', '福鼎市財政局', '福鼎市恆通工程諮詢有限公司'),
              ('PENALIZED', '福鼎市財政局', '福建建誠招標代理有限公司'),
              ('PENALIZED', '福鼎市財政局', '福建匯融項目管理有限公司'),
              ('HOLDS_POSITION', '施曉燕', '項目負責人', '福鼎市恆通工程諮詢有限公司')],
        aliases={'恆通公司': '福鼎市恆通工程諮詢有限公司', '建誠公司': '福建建誠招標代理有限公司',
                 '匯融公司': '福建匯融項目管理有限公司'},
        notes=['Traditional characters, spans as written.',
               'A regulator\'s sanctioning 通报 → penalty_decision. 通報批評 with a score deduction, 警告 + 罰款 and 責令改正 are '
               'sanctions → PENALIZED for each agent; 函告…補充公告 to the agriculture bureau is not a sanction (no PENALIZED).',
               'Agents are not bidders: no BID_ON. The 《行政處罰決定書》 in 《》 is a case document, not LAW; its number is DOC_NO.',
               '其項目負責人 → org resolved through 其 to 恆通公司.',
               '2025年 alone is not DATE; 6月30日 is.']),

    dict(
        file='b14-xw-jingshan-2026.txt', fmt='utf-8', kind='news', violations=['collusion', 'interference'],
        issuer=None,
        body='''
京山一市政工程围标串标 4家企业被罚 1名干部受处分

　　本报讯（⟦记者|T⟧⟦喻婷|P⟧　⟦通讯员|T⟧⟦罗志鹏|P⟧）⟦8月3日|D⟧，记者从⟦京山市纪委监委|A⟧获悉，曹武镇污水处理厂配套管网工程围标串标案已办结：⟦湖北京源建筑工程有限公司|C⟧、⟦京山楚天市政工程有限公司|C⟧等4家企业被处罚款共计⟦82.6万元|M⟧，⟦京山市曹武镇人民政府|A⟧⟦原副镇长|T⟧⟦刘某|P⟧因违规插手该工程招投标受到党纪政务处分。
　　这起案件的线索，来自一次“标后评估”。⟦2025年12月|D⟧，⟦京山市公共资源交易中心|A⟧在对已完工项目开展标后评估时发现，该工程4家投标单位的投标文件在同一IP地址上传，且技术标中有大段相同的错误表述，随即将线索同时移送⟦京山市发展和改革局|A⟧和⟦京山市纪委监委|A⟧。
　　经查，⟦京源公司|C⟧⟦实际控制人|T⟧⟦李某某|P⟧为承揽该工程，邀集⟦楚天公司|C⟧等3家企业陪标，并通过⟦刘某|P⟧向评标专家“打招呼”。最终⟦京源公司|C⟧以⟦1136万元|M⟧中标。
　　今年5月，⟦京山市发展和改革局|A⟧依据《⟦中华人民共和国招标投标法|L⟧》对4家企业作出行政处罚，并将⟦李某某|P⟧等3人涉嫌串通投标罪的线索移送公安机关。⟦京山市纪委监委|A⟧给予⟦刘某|P⟧党内严重警告、政务撤职处分。
　　“围标串标往往离不开‘内鬼’。”⟦京山市纪委监委|A⟧相关负责人表示，下一步将推动交易中心、行业主管部门与纪检监察机关信息共享，对问题线索“一案双查”。
''',
        rels=[('REFERRED', '京山市公共资源交易中心', '京山市发展和改革局', None, '2025年12月'),
              ('REFERRED', '京山市公共资源交易中心', '京山市纪委监委', None, '2025年12月'),
              ('PENALIZED', '京山市发展和改革局', '湖北京源建筑工程有限公司'),
              ('PENALIZED', '京山市发展和改革局', '京山楚天市政工程有限公司'),
              ('PENALIZED', '京山市纪委监委', '刘某'),
              ('HOLDS_POSITION', '喻婷', '记者', None),
              ('HOLDS_POSITION', '罗志鹏', '通讯员', None),
              ('HOLDS_POSITION', '李某某', '实际控制人', '湖北京源建筑工程有限公司'),
              ('HOLDS_POSITION', '刘某', '原副镇长', '京山市曹武镇人民政府')],
        implicit=[dict(type='REFERRED', **{'from': '京山市发展和改革局', 'to': None}, null_endpoint_mention='公安机关')],
        aliases={'京源公司': '湖北京源建筑工程有限公司', '楚天公司': '京山楚天市政工程有限公司'},
        unmarked=['记者'],
        notes=['News: issuer null.',
               'No PROJECT_NO in the report, so no BID_ON.',
               '今年5月 is relative: not DATE. 1136万元 is the winning bid.',
               'The transfer of 李某某 等3人 to 公安机关 (generic) → implicit REFERRED with to null.',
               '原副镇长 directly after the named town government: 原 adjacent, kept in the POSITION.',
               'Only two of the 4 fined companies are named: PENALIZED to those two.',
               '京山市纪委监委相关负责人: 负责人 not attached to a named person, not a POSITION.']),
]
