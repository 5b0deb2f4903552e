"""dev22 — documents b1–b6, inline ⟦text|L⟧ marks. A 协查函 (Jiangxi 贵溪市), a 复函 (Jiangxi 莲花县), a 催办函 (Guangxi 藤县,
GB18030), a 办理结果反馈 (Guangxi 灵山县), a 情况通报 web page listing several transfers (Sichuan 荣县, html), a fixed-width
移送登记表 (Sichuan 富顺县). All persons, companies, numbers, amounts and acts are invented.
"""

SIGN = ('签收人, 经办人, 承办人, 联系人, 签发人, 审核(人), 核稿, 接收人 are roles in the paper flow, not POSITION: the names are PERSON only.')

DOCS = [
    dict(
        file='b1-xch-guixi-gaj-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='贵溪市公安局',
        body='''
⟦贵溪市公安局|A⟧
协 查 函
⟦贵公（经）协字〔2026〕9号|N⟧

⟦贵溪市市场监督管理局|A⟧：
　　我局在办理⟦贵溪市财政局|A⟧于⟦2026年2月6日|D⟧移送的⟦贵溪市滨江镇人民政府|A⟧农贸市场提升改造项目涉嫌串通投标线索（移送函文号：⟦贵财函〔2026〕14号|N⟧）过程中，需了解下列企业的登记注册及变更情况，请贵局协助提供：
　　1.⟦江西铜都建设工程有限公司|C⟧（统一社会信用代码91360681MA3******X）2023年以来的股东及⟦法定代表人|T⟧变更档案，现任⟦法定代表人|T⟧⟦汪某某|P⟧的任职登记材料；
　　2.⟦贵溪市信江园林绿化工程有限公司|C⟧的设立登记档案及历次年报联络员信息；
　　3.上述两家企业是否存在同一联络员、同一代理人办理登记的情况。
　　请将相关材料加盖印章后交我局⟦民警|T⟧⟦徐海龙|P⟧、⟦周凯|P⟧（警号：036217、036244），联系电话：0701-3315110。
　　此函。

⟦贵溪市公安局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '贵溪市财政局', '贵溪市公安局', '贵财函〔2026〕14号', '2026年2月6日'),
              ('LEGAL_REP', '汪某某', '江西铜都建设工程有限公司'),
              ('HOLDS_POSITION', '汪某某', '法定代表人@1', '江西铜都建设工程有限公司'),
              ('HOLDS_POSITION', '徐海龙', '民警', '贵溪市公安局'),
              ('HOLDS_POSITION', '周凯', '民警', '贵溪市公安局')],
        notes=['The 协查函 itself is no REFERRED (DECISIONS). The case it mentions was handed over by the finance bureau: REFERRED '
               '贵溪市财政局 → 贵溪市公安局 (我局 = the named issuer) with the 移送函文号 and the stated transfer date.',
               'The first 法定代表人 (股东及法定代表人变更档案) is attached to the company only → POSITION without a person; the second is '
               'attached to 汪某某 → LEGAL_REP + HOLDS_POSITION to that mention.',
               '民警 is annotated as a staff POSITION of the issuing police bureau (doubtful; by analogy with 工作人员). 警号 is no DOC_NO.',
               'violations: the matter is a suspected 串通投标 → collusion.']),
    dict(
        file='b2-fh-lianhua-zjj-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='莲花县住房和城乡建设局',
        body='''
⟦莲花县住房和城乡建设局|A⟧
关于协助提供有关项目招投标资料的复函

⟦莲花县公安局|A⟧：
　　贵局《协查函》（⟦莲公经协字〔2026〕5号|N⟧）收悉。关于贵局正在侦办的、由⟦县审计局|A⟧移送的琴亭镇城区雨污分流改造工程（项目编号：⟦LHJS-2025-G012|J⟧）涉嫌串通投标一案，经查阅我局招投标监管档案，现将有关情况函复如下：
　　一、该工程于⟦2025年8月12日|D⟧开标，招标人为⟦莲花县琴亭镇人民政府|A⟧，招标代理机构为⟦江西华誉工程咨询有限公司|C⟧，共有5家单位递交投标文件。
　　二、经核对，⟦江西莲城建工有限公司|C⟧（中标人，中标价⟦1268.37万元|M⟧）与⟦江西禾川路桥工程有限公司|C⟧在投标文件中拟派⟦项目经理|T⟧分别为⟦贺某|P⟧、⟦贺某某|P⟧，二人系兄弟关系；两家公司投标保证金均于⟦8月11日|D⟧由同一账户转出。
　　三、我局未就该项目受理过投诉，亦未作出过行政处理决定。
　　现将开标记录、评标报告复印件（加盖我局印章，共43页）随函附送。
　　特此函复。

　　经办：⟦尹丽君|P⟧　审核：⟦刘卫东|P⟧

⟦莲花县住房和城乡建设局|A⟧
⟦2026年3月27日|D⟧
''',
        rels=[('REFERRED', '县审计局', '莲花县公安局'),
              ('BID_ON', '江西莲城建工有限公司', 'LHJS-2025-G012'),
              ('BID_ON', '江西禾川路桥工程有限公司', 'LHJS-2025-G012'),
              ('HOLDS_POSITION', '贺某', '项目经理', '江西莲城建工有限公司'),
              ('HOLDS_POSITION', '贺某某', '项目经理', '江西禾川路桥工程有限公司')],
        notes=['The 复函 to a 协查函 is no REFERRED (DECISIONS). The narrative 由县审计局移送的…一案 (to 贵局) gives REFERRED 县审计局 → '
               '莲花县公安局, no number and no date stated.',
               '县审计局 is the level-prefixed AGENCY; its full name is never written. 琴亭镇 in the project name is a place (no 政府 word).',
               'One 项目经理 shared by two persons written 分别为: one relation per person, org the respective company (doubtful: the '
               'position is 拟派, proposed in the bid).', SIGN]),
]

DOCS += [
    dict(
        file='b3-cbh-tengxian-czj-2026-5.txt', fmt='gb18030', kind='other', violations=['bribery', 'no_procurement'],
        issuer='藤县财政局',
        body='''
⟦藤县财政局|A⟧
关于商请反馈移送线索办理进展情况的函

⟦藤财函〔2026〕5号|N⟧

⟦藤县公安局|A⟧：
　　⟦2025年11月14日|D⟧，我局以《关于移送⟦藤县人民医院|A⟧医用设备采购涉嫌违法犯罪线索的函》（⟦藤财函〔2025〕41号|N⟧）将该院⟦原设备科科长|T⟧⟦覃某某|P⟧涉嫌收受供应商⟦广西康驰医疗科技有限公司|C⟧好处费、将⟦186万元|M⟧的彩超设备拆分为三次询价采购的线索移送贵局。贵局于⟦2025年11月20日|D⟧出具了受案回执（回执编号：TXGA-SA-2025-1187）。
　　截至目前，我局尚未收到贵局关于立案与否及侦办进展的书面告知。因该院相关责任人员的行政处理以及对供应商的政府采购行政处罚均需以案件事实为依据，且省厅近期开展政府采购领域“四类”违法违规行为专项整治督导，要求逐件报告线索办理情况，现商请贵局于⟦2026年2月6日|D⟧前将办理进展书面反馈我局。
　　感谢支持！

　　联系人：⟦黎秋萍|P⟧　0774-7282315
　　签发人：⟦陆国强|P⟧

⟦藤县财政局|A⟧
⟦2026年1月23日|D⟧

抄送：⟦县纪委监委|A⟧、⟦县卫生健康局|A⟧
''',
        rels=[('REFERRED', '藤县财政局', '藤县公安局', '藤财函〔2025〕41号', '2025年11月14日'),
              ('HOLDS_POSITION', '覃某某', '原设备科科长', '藤县人民医院')],
        notes=['催办函: the 催办 itself is no REFERRED; the earlier hand-over it recalls is: 藤县财政局 (我局 = named issuer) → 藤县公安局 '
               'with the earlier letter\'s number and date. The police receipt\'s 回执编号 is no DOC_NO (DECISIONS).',
               '该院原设备科科长: after the pronoun the sub-unit is written into the POSITION (dev19 convention), org the hospital.',
               '抄送 to 县纪委监委 and 县卫生健康局 is no REFERRED (DECISIONS). 省厅 is left unannotated (no institution name, doubtful).',
               '2026年2月6日 is a deadline DATE, not a relation date.', SIGN]),
]

DOCS += [
    dict(
        file='b4-bljgfk-lingshan-scjg-2026-2.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='灵山县市场监督管理局',
        body='''
⟦灵山县市场监督管理局|A⟧关于移送线索办理结果的反馈

⟦县财政局|A⟧：
　　你局⟦2026年1月9日|D⟧《关于移送⟦灵山县誉丰办公设备经营部|C⟧涉嫌商业贿赂线索的函》（⟦灵财采函〔2026〕2号|N⟧）收悉。我局于⟦1月13日|D⟧立案调查，现将办理结果反馈如下：
　　经查，⟦2024年9月|D⟧至⟦2025年6月|D⟧，⟦灵山县誉丰办公设备经营部|C⟧（⟦经营者|T⟧⟦黄某|P⟧）在向⟦灵山县第三中学|A⟧供应打印耗材、办公家具过程中，先后4次以“节日慰问”名义向该校⟦总务处主任|T⟧⟦李某|P⟧支付现金共计⟦人民币12400元|M⟧，以获取交易机会，违法所得⟦人民币31562.5元|M⟧。上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定。
　　⟦2026年3月24日|D⟧，我局作出《行政处罚决定书》（⟦灵市监处罚〔2026〕27号|N⟧），对⟦誉丰经营部|C⟧处以罚款⟦人民币十万元|M⟧，没收违法所得⟦人民币31562.5元|M⟧。当事人已于⟦4月2日|D⟧缴清罚没款。
　　⟦李某|P⟧涉嫌违纪违法问题，我局已于⟦2026年3月26日|D⟧将线索移送⟦灵山县纪委监委|A⟧。
　　特此反馈。

　　承办人：⟦张燕|P⟧、⟦宁志刚|P⟧

⟦灵山县市场监督管理局|A⟧
⟦2026年4月8日|D⟧
''',
        rels=[('REFERRED', '县财政局', '灵山县市场监督管理局', '灵财采函〔2026〕2号', '2026年1月9日'),
              ('REFERRED', '灵山县市场监督管理局', '灵山县纪委监委', None, '2026年3月26日'),
              ('PENALIZED', '灵山县市场监督管理局', '灵山县誉丰办公设备经营部'),
              ('HOLDS_POSITION', '黄某', '经营者', '灵山县誉丰办公设备经营部'),
              ('HOLDS_POSITION', '李某', '总务处主任', '灵山县第三中学')],
        aliases={'誉丰经营部': '灵山县誉丰办公设备经营部'},
        unmarked=['人民币31562.5元'],
        notes=['办理结果反馈: reporting results is no hand-over. It carries the incoming transfer 县财政局 → 灵山县市场监督管理局 (你局…收悉, '
               'sender\'s number and letter date) and a new onward transfer → 灵山县纪委监委 dated 2026年3月26日, no number.',
               'PENALIZED: the bureau\'s own 罚款 / 没收 on the 经营部 (COMPANY, dev19 convention). 该校总务处主任 → POSITION with the sub-unit '
               'written in (dev19), org the school. 经营者 is a POSITION of the individual business (dev19).',
               '2024年9月 至 2025年6月: both range ends are DATEs.', SIGN]),
]

DOCS += [
    dict(
        file='b5-qktb-rongxian-czj-2026-q1.html', fmt='html', kind='other',
        violations=['collusion', 'false_materials', 'bribery', 'no_procurement'],
        issuer='荣县财政局',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>荣县财政局关于2026年第一季度政府采购领域问题线索移送情况的通报</title>
<style>.meta{color:#888;font-size:12px}</style></head>
<body>
<div class="top">⟦荣县财政局|A⟧ | 政务公开 | 通知公告</div>
<h2>关于2026年第一季度政府采购领域问题线索移送情况的通报</h2>
<p class="meta">发布时间：⟦2026-04-08|D⟧　来源：⟦荣县财政局|A⟧　浏览次数：312</p>
<p>各预算单位、各采购代理机构：</p>
<p>　　为强化政府采购监管与纪检监察、公安、市场监管等部门的协同联动，现将2026年第一季度我局问题线索移送和接收情况通报如下。</p>
<p>　　一季度，我局共向相关部门移送问题线索3件，接收其他部门移送线索2件。</p>
<table border="1">
<tr><th>序号</th><th>日期</th><th>方向</th><th>对方单位</th><th>文号</th><th>线索内容</th></tr>
<tr><td>1</td><td>⟦1月15日|D⟧</td><td>移出</td><td>⟦荣县纪委监委|A⟧</td><td>⟦荣财移〔2026〕1号|N⟧</td><td>⟦荣县旭阳镇中心小学|A⟧食堂食材采购中学校工作人员收受供应商财物</td></tr>
<tr><td>2</td><td>⟦2月9日|D⟧</td><td>移出</td><td>⟦荣县公安局|A⟧</td><td>⟦荣财移〔2026〕2号|N⟧</td><td>县城区智慧停车项目（⟦RXCG-2025-146|J⟧）三家投标人涉嫌串通投标</td></tr>
<tr><td>3</td><td>⟦3月20日|D⟧</td><td>移出</td><td>⟦荣县市场监督管理局|A⟧</td><td>⟦荣财移〔2026〕4号|N⟧</td><td>⟦四川荣丰环境工程有限公司|C⟧提供虚假检测报告参与投标</td></tr>
<tr><td>4</td><td>⟦3月6日|D⟧</td><td>移入</td><td>⟦荣县审计局|A⟧</td><td>⟦荣审移〔2026〕3号|N⟧</td><td>⟦荣县交通运输局|A⟧乡村道路养护未履行政府采购程序</td></tr>
<tr><td>5</td><td>⟦3月27日|D⟧</td><td>移入</td><td>⟦荣县公共资源交易中心|A⟧</td><td>⟦荣公资〔2026〕7号|N⟧</td><td>投标文件制作机器码雷同（2个项目）</td></tr>
</table>
<p>　　二、存在的问题。部分预算单位对线索移送后的配合调查重视不够，个别单位未按要求及时提供采购档案。⟦县市场监管局|A⟧反映，第3件线索中的检测报告出具机构位于外省，核查周期较长。</p>
<p>　　三、下一步工作。各预算单位要落实采购人主体责任；对⟦县审计局|A⟧移送的第4件线索，我局已于⟦4月1日|D⟧向⟦县交通运输局|A⟧下发《政府采购监督检查通知书》，依法开展检查。</p>
<p>　　联系人：政府采购监督管理股 ⟦钟敏|P⟧　0813-6102258</p>
<p style="text-align:right">⟦荣县财政局|A⟧<br>⟦2026年4月8日|D⟧</p>
<div class="foot">主办：⟦荣县人民政府办公室|A⟧　技术支持：⟦自贡蜀信网络科技有限公司|C⟧</div>
</body>
</html>
''',
        rels=[('REFERRED', '荣县财政局', '荣县纪委监委', '荣财移〔2026〕1号', '1月15日'),
              ('REFERRED', '荣县财政局', '荣县公安局', '荣财移〔2026〕2号', '2月9日'),
              ('REFERRED', '荣县财政局', '荣县市场监督管理局', '荣财移〔2026〕4号', '3月20日'),
              ('REFERRED', '荣县审计局', '荣县财政局', '荣审移〔2026〕3号', '3月6日'),
              ('REFERRED', '荣县公共资源交易中心', '荣县财政局', '荣公资〔2026〕7号', '3月27日')],
        aliases={'县市场监管局': '荣县市场监督管理局', '县审计局': '荣县审计局', '县交通运输局': '荣县交通运输局'},
        notes=['A 情况通报 listing five transfers in a table: three out (荣县财政局 → each receiver) and two in (→ 荣县财政局), each '
               'with its row number and row date (month+day, the year only in the title). The trading centre\'s report of findings is '
               'REFERRED (DECISIONS, session 8).',
               'Endpoints and issuer use the first mention of 荣县财政局 (page chrome), as GUIDELINES §4 asks.',
               'Short forms 县市场监管局, 县审计局, 县交通运输局 are aliased to the full names written in the table.',
               '下发《政府采购监督检查通知书》 is an inspection notice, no REFERRED. The footer\'s 主办 body and web company are annotated '
               '(every mention, page chrome), not issuer.',
               'violations: the conduct each listed clue alleges (bribery, collusion, false_materials, no_procurement).']),
]

DOCS += [
    dict(
        file='b6-ysdjb-fushun-jyzx-2026.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'interference'],
        issuer='富顺县公共资源交易中心',
        body='''
                        ⟦富顺县公共资源交易中心|A⟧
              异常交易行为及问题线索移送登记表（2026年度）

登记号  移送日期    移送文号              项目编号          问题类型          接收单位                  接收人    经办人  反馈情况
------  ----------  --------------------  ----------------  ----------------  ------------------------  --------  ------  ----------------
FS-01   ⟦2026-01-19|D⟧  ⟦富公资函〔2026〕2号|N⟧   ⟦FSZC-2025-0387|J⟧    围标串标          ⟦富顺县财政局|A⟧              ⟦王某|P⟧      ⟦罗静|P⟧    已立案（⟦03-02|D⟧告知）
FS-02   ⟦2026-02-11|D⟧  ⟦富公资函〔2026〕5号|N⟧   ⟦FSJS-2026-0012|J⟧    虚假业绩          ⟦富顺县住房和城乡建设局|A⟧    ⟦陈晓东|P⟧    ⟦罗静|P⟧    退回补充材料
FS-03   ⟦2026-03-04|D⟧  ⟦富公资函〔2026〕8号|N⟧   ⟦FSSL-2026-0005|J⟧    评标专家被打招呼  ⟦富顺县发展和改革局|A⟧        ⟦邱**|P⟧      ⟦田野|P⟧    核查中
FS-04   ⟦2026-03-30|D⟧  ⟦富公资函〔2026〕11号|N⟧  ⟦FSSW-2026-0003|J⟧    借用资质投标      ⟦富顺县水务局|A⟧              ⟦易成|P⟧      ⟦田野|P⟧    ——

说明：1.“接收人”栏为接收单位签收人员；2.退回或补充移送的，在“反馈情况”栏注明，不另行登记。

填表人：⟦田野|P⟧　　　　审核：⟦主任|T⟧ ⟦何建军|P⟧　　　　填表日期：⟦2026年4月1日|D⟧
''',
        rels=[('REFERRED', '富顺县公共资源交易中心', '富顺县财政局', '富公资函〔2026〕2号', '2026-01-19'),
              ('REFERRED', '富顺县公共资源交易中心', '富顺县住房和城乡建设局', '富公资函〔2026〕5号', '2026-02-11'),
              ('REFERRED', '富顺县公共资源交易中心', '富顺县发展和改革局', '富公资函〔2026〕8号', '2026-03-04'),
              ('REFERRED', '富顺县公共资源交易中心', '富顺县水务局', '富公资函〔2026〕11号', '2026-03-30'),
              ('HOLDS_POSITION', '何建军', '主任', '富顺县公共资源交易中心')],
        notes=['A fixed-width 移送登记表 of the trading centre: each row is a hand-over (a trading centre\'s report of findings to a '
               'supervising body is REFERRED, DECISIONS), with the row\'s 移送文号 (a 文号 column, DOC_NO) and 移送日期. 登记号 (FS-01…) '
               'is a register number, not DOC_NO (DECISIONS).',
               '退回补充材料 in the feedback column is a return, no REFERRED. 03-02 (month-day) is a DATE.',
               '主任 beside the reviewer\'s name is attached to the person; org the centre (the form\'s issuer) — doubtful. 邱** is a '
               'masked PERSON. 接收人, 经办人, 填表人, 审核 are paper-flow roles, not POSITION.',
               'No BID_ON: no bidder is named. violations from the 问题类型 column: 围标串标 collusion, 虚假业绩 and 借用资质投标 '
               'false_materials, 评标专家被打招呼 interference.']),
]
