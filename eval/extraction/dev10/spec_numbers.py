"""dev10 — document numbers in hard shapes (8 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Guizhou (Zunyi Huichuan), Yunnan (Qujing Qilin), Fujian (Zhangzhou Xiangcheng), Shanxi (Changzhi
Luzhou), Jilin (Siping Tiexi), Hunan (Changde Wuling), Jiangsu (Yangzhou Hanjiang), Shandong (Weifang
Kuiwen). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人, 签发人, 承办人 are form labels (not POSITION); the names after them are PERSON; phones are not annotated.',
    '我局, 你局, 贵局, 本院, 你办 and other pronouns are not annotated.',
]

DOCS = [
    dict(
        file='n1-gz-zunyi-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='遵义市汇川区财政局',
        body='''
⟦遵义市汇川区财政局|A⟧
文号：⟦汇财采〔2026〕3号|N⟧　签发人：⟦罗文斌|P⟧
关于汇川区职业教育实训设备采购项目监督检查情况的告知书

⟦贵州黔北云科教学设备有限公司|C⟧：
根据⟦遵财采〔2026〕12号|N⟧和⟦汇财发〔2025〕41号|N⟧文件要求，我局对汇川区职业教育实训设备采购项目（项目编号：⟦HCZC-2026-009|J⟧）开展了监督检查。依据《⟦遵义市财政局关于开展2026年政府采购领域突出问题专项整治的通知|L⟧》（⟦遵财采〔2026〕12号|N⟧）第三条，经查，该项目招标文件将“注册地在遵义市”设为资格条件，你公司作为采购代理机构编制并发布了该文件，中标金额为⟦2,365,000.00元|M⟧。
请你公司于⟦2026年5月20日|D⟧前提交书面说明。
联系人：⟦杨晓岚|P⟧　电话：0851-27612045

⟦遵义市汇川区财政局|A⟧
⟦2026年5月8日|D⟧
''',
        rels=[],
        notes=COMMON + [
            '文号：… and 签发人：… on one line: the number ends at 号, the full-width space and the label are outside; 罗文斌 is PERSON.',
            'Two numbers joined by 和 before 文件 are two DOC_NO spans.',
            'The 《》 title of a notice of a city finance bureau is a normative notice: LAW (GUIDELINES); the number in （） after it is DOC_NO.',
            'The agent company is the addressee of a 告知书, not penalised: no PENALIZED (nothing decided yet). It is not said to have bid: no BID_ON.',
        ],
    ),
    dict(
        file='n2-hf-qujing-2026-5.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='中共曲靖市麒麟区纪律检查委员会办公室',
        body='''
⟦中共曲靖市麒麟区纪律检查委员会办公室|A⟧
⟦麒纪办发〔2026〕5号|N⟧

关于⟦麒财函 [2026] 7 号|N⟧来函办理情况的回复

⟦曲靖市麒麟区财政局|A⟧：
你局⟦2026年3月9日|D⟧以⟦麒财函 [2026] 7 号|N⟧移送的⟦麒麟区人民医院|A⟧医用耗材采购项目（项目编号：⟦QLYY2026-C015|J⟧）中⟦麒麟区人民医院设备科|A⟧⟦科长|T⟧⟦施某某|P⟧收受供应商⟦云南瑞达医疗器械有限公司|C⟧好处费⟦8.2万元|M⟧的问题线索收悉。经研究，已由⟦区纪委监委|A⟧第二审查调查室办理，办理结果将另行反馈。
特此回复。

⟦中共曲靖市麒麟区纪律检查委员会办公室|A⟧
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '曲靖市麒麟区财政局', '中共曲靖市麒麟区纪律检查委员会办公室', '麒财函 [2026] 7 号', '2026年3月9日'),
              ('HOLDS_POSITION', '施某某', '科长', '麒麟区人民医院设备科')],
        notes=COMMON + [
            'Half-width brackets with spaces (麒财函 [2026] 7 号): one DOC_NO span as written, spaces inside.',
            'A 纪办发 number (department code 纪办发) is DOC_NO.',
            'Reply to a transfer restates it: REFERRED finance bureau -> the writer (the 纪委办公室, the issuer named in the header), with the cited number and the stated date.',
            '麒麟区人民医院设备科 is a named sub-unit: one maximal AGENCY span (GUIDELINES), the org of 科长; not aliased to the hospital.',
            '第二审查调查室 after 区纪委监委 is an internal room: not annotated separately; 区纪委监委 is AGENCY (level-prefixed). Internal assignment is not REFERRED.',
        ],
    ),
    dict(
        file='n3-lagz-zhangzhou-2026-11.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='漳州市公安局芗城分局',
        body='''
⟦漳州市公安局芗城分局|A⟧
立案告知书
⟦芗公（经）立字〔2026〕11号|N⟧

⟦漳州市芗城区财政局|A⟧：
你局于⟦2026年2月27日|D⟧移送的《关于移送⟦福建闽漳建设工程有限公司|C⟧涉嫌提供虚假材料骗取中标线索的函》（⟦芗财函〔2026〕第18号之一|N⟧）及附件材料收悉。经审查，⟦福建闽漳建设工程有限公司|C⟧在芗城区老旧小区改造工程（项目编号：⟦XCJS-2026-007|J⟧）投标中使用伪造的项目经理证书，涉嫌伪造公司印章罪，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，我局已于⟦2026年3月5日|D⟧立案侦查。
此前你局⟦芗财函〔2026〕18号|N⟧所附证据清单已一并审查。
特此告知。

⟦漳州市公安局芗城分局|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[('REFERRED', '漳州市芗城区财政局', '漳州市公安局芗城分局', '芗财函〔2026〕第18号之一', '2026年2月27日'),
              ('BID_ON', '福建闽漳建设工程有限公司', 'XCJS-2026-007')],
        notes=COMMON + [
            'A police number with a bracketed department code 芗公（经）立字〔2026〕11号: one DOC_NO span including （经） and 字.',
            'The transfer letter named in 《》 is a case document, not LAW; the company name inside it is annotated; the number with 第 and 之一 after it is the evidence of the REFERRED.',
            'The base number 芗财函〔2026〕18号 (the earlier letter whose 之一 supplement is the transfer) is another DOC_NO, not evidence.',
            'The 立案 date and the signature date are not the transfer date.',
        ],
    ),
    dict(
        file='n4-gs-changzhi-2026.html', fmt='html', kind='penalty_decision', violations=['false_materials', 'collusion'],
        issuer='长治市潞州区市场监督管理局',
        body='''<html><head><title>⟦长治市潞州区市场监督管理局|A⟧行政处罚信息公示</title></head>
<body>
<h2>⟦长治市潞州区市场监督管理局|A⟧行政处罚信息公示（2026年第2期）</h2>
<p>发布日期：⟦2026-04-28|D⟧</p>
<table>
<tr><th>序号</th><th>行政处罚决定书文号</th><th>当事人</th><th>法定代表人</th><th>违法事实</th><th>处罚内容</th><th>处罚日期</th></tr>
<tr><td>1</td><td>⟦潞市监处罚〔2026〕21号|N⟧</td><td>⟦山西上党恒信商贸有限公司|C⟧</td><td>⟦郝建国|P⟧</td><td>在潞州区中小学食堂食材配送项目投标中提供虚假业绩证明</td><td>罚款⟦人民币3万元|M⟧</td><td>⟦2026-04-15|D⟧</td></tr>
<tr><td>2</td><td>⟦潞市监处罚〔2026〕22号|N⟧</td><td>⟦长治市晋韵物流有限公司|C⟧</td><td>⟦牛丽萍|P⟧</td><td>与⟦山西上党恒信商贸有限公司|C⟧相互串通投标报价</td><td>罚款⟦人民币5.6万元|M⟧，没收违法所得⟦12,400元|M⟧</td><td>⟦2026-04-22|D⟧</td></tr>
</table>
<p>案件登记号：⟦潞市监立〔2026〕0087号|N⟧、⟦潞市监立〔2026〕0093号|N⟧</p>
<p>信息来源：⟦长治市潞州区市场监督管理局|A⟧</p>
</body></html>
''',
        rels=[('PENALIZED', '长治市潞州区市场监督管理局', '山西上党恒信商贸有限公司'),
              ('PENALIZED', '长治市潞州区市场监督管理局', '长治市晋韵物流有限公司'),
              ('LEGAL_REP', '郝建国', '山西上党恒信商贸有限公司'),
              ('LEGAL_REP', '牛丽萍', '长治市晋韵物流有限公司')],
        notes=COMMON + [
            'Numbers in table cells are DOC_NO; the penalty-register numbers after 案件登记号： are case numbers: DOC_NO.',
            'Dates written 2026-04-15 are DATE.',
            'The column header 法定代表人 is not attached to a person in its cell by adjacency: not annotated as POSITION; '
            'the person in the column is LEGAL_REP of the party in the same row. Decision — unsure.',
            'No project number: no BID_ON.',
        ],
    ),
    dict(
        file='n5-bqs-siping-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='四平市铁西区人民检察院',
        body='''
⟦四平市铁西区人民检察院|A⟧
不起诉决定书
⟦四铁检刑不诉〔2026〕2号|N⟧

被不起诉人⟦关志强|P⟧，男，1979年出生，⟦吉林省四平通达路桥工程有限公司|C⟧⟦项目经理|T⟧。
本案由⟦四平市公安局铁西分局|A⟧侦查终结，以⟦四公铁（经）诉字
〔2026〕14号|N⟧起诉意见书，于⟦2026年4月2日|D⟧移送本院审查起诉。
经本院依法审查查明：⟦2025年9月|D⟧，被不起诉人⟦关志强|P⟧在铁西区农村公路养护工程（项目编号：⟦TXGL-2025-031|J⟧）招标中，与⟦四平鑫路建筑有限公司|C⟧⟦负责人|T⟧⟦鲍某|P⟧商定投标报价，中标金额⟦人民币186万元|M⟧。
本院认为，⟦关志强|P⟧实施了串通投标行为，但犯罪情节轻微，具有自首情节，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十七条第二款的规定，决定对⟦关志强|P⟧不起诉。

⟦四平市铁西区人民检察院|A⟧
⟦2026年5月19日|D⟧
''',
        rels=[('REFERRED', '四平市公安局铁西分局', '四平市铁西区人民检察院', '四公铁（经）诉字\n〔2026〕14号', '2026年4月2日'),
              ('HOLDS_POSITION', '关志强', '项目经理', '吉林省四平通达路桥工程有限公司'),
              ('HOLDS_POSITION', '鲍某', '负责人', '四平鑫路建筑有限公司'),
              ('BID_ON', '吉林省四平通达路桥工程有限公司', 'TXGL-2025-031'),
              ('BID_ON', '四平鑫路建筑有限公司', 'TXGL-2025-031')],
        notes=COMMON + [
            'The procuratorate\'s own number with the code 检刑不诉 is DOC_NO.',
            'A number split over a line break (四公铁（经）诉字 / 〔2026〕14号) is one DOC_NO span that contains the line break. Decision — unsure (GUIDELINES silent).',
            '移送本院审查起诉 by the police: REFERRED police -> the issuer (本院 = the named issuer), evidence the 起诉意见书 number, date the stated sending date.',
            '1979年出生 is a year only: not DATE.',
            'A 不起诉决定 is not a sanction: no PENALIZED. Kind other (GUIDELINES have no kind for it; unsure).',
            'BID_ON: both firms bid in the tender (串通投标 between bidders); the companies are bidders through their staff.',
        ],
    ),
    dict(
        file='n6-pj-changde-2026-123.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='常德市武陵区人民法院',
        body='''
⟦常德市武陵区人民法院|A⟧
刑 事 判 决 书
⟦（2026）湘0702刑初123号|N⟧

公诉机关⟦常德市武陵区人民检察院|A⟧。
被告人⟦伍振华|P⟧，男，原⟦常德市武陵区住房和城乡建设局|A⟧⟦副局长|T⟧。
⟦常德市武陵区人民检察院|A⟧以⟦武检刑诉〔2026〕45号|N⟧起诉书指控被告人⟦伍振华|P⟧犯受贿罪，于⟦2026年6月8日|D⟧向本院提起公诉。
经审理查明：⟦2022年3月|D⟧至⟦2025年8月|D⟧，被告人⟦伍振华|P⟧利用担任⟦常德市武陵区住房和城乡建设局|A⟧⟦副局长|T⟧的职务便利，在武陵区棚户区改造配套工程（项目编号：⟦WLJS2022-016|J⟧）招标中为⟦湖南沅澧建设集团有限公司|C⟧谋取中标，先后收受该公司⟦董事长|T⟧⟦邝某|P⟧所送现金共计⟦人民币46万元|M⟧。另查明，本案经⟦常德市武陵区监察委员会|A⟧调查终结，于⟦2026年5月12日|D⟧移送⟦常德市武陵区人民检察院|A⟧审查起诉。
本院认为，被告人⟦伍振华|P⟧犯受贿罪，判处有期徒刑三年，并处罚金⟦人民币二十万元|M⟧。

⟦审判长|T⟧　⟦龚雪梅|P⟧
⟦二〇二六年七月二十日|D⟧
''',
        rels=[('PENALIZED', '常德市武陵区人民法院', '伍振华'),
              ('REFERRED', '常德市武陵区监察委员会', '常德市武陵区人民检察院', None, '2026年5月12日'),
              ('HOLDS_POSITION', '伍振华', '副局长', '常德市武陵区住房和城乡建设局'),
              ('HOLDS_POSITION', '邝某', '董事长', '湖南沅澧建设集团有限公司'),
              ('HOLDS_POSITION', '龚雪梅', '审判长'),
              ('BID_ON', '湖南沅澧建设集团有限公司', 'WLJS2022-016')],
        notes=COMMON + [
            'Court case number in full-width parentheses with the court code 湘0702 and 刑初: one DOC_NO.',
            'The 起诉书 number cited by the court is DOC_NO only (dev9); 提起公诉 is not REFERRED; the 监委 -> 检察院 移送审查起诉 is REFERRED with its date.',
            '原 before a former body stays outside the AGENCY span; 副局长 twice for one person: one HOLDS_POSITION.',
            '审判长 before the judge\'s name with a full-width space: POSITION attached to 龚雪梅; no org relation (HOLDS_POSITION with org null).',
            '2022年3月 and 2025年8月 are the two ends of a range: two DATE spans. The Chinese-numeral signature date is DATE.',
        ],
    ),
    dict(
        file='n7-gg-yangzhou-2026-9.txt', fmt='utf-8', kind='other', violations=[],
        issuer='扬州市邗江区政府采购中心',
        body='''
⟦扬州市邗江区政府采购中心|A⟧
更正公告
项目编号：⟦HJCG2026-0452|J⟧　文号：⟦邗采中〔2026〕9号|N⟧

一、原公告的采购项目名称：邗江区智慧停车系统建设项目（项目编号：⟦HJCG2026-0452|J⟧）
二、原公告首次发布日期：⟦2026年4月3日|D⟧
三、更正事项：采购文件第三章“评分标准”中“投标人须具有扬州市本地服务网点”的条款删除；原项目预算⟦人民币980万元|M⟧调整为⟦人民币960万元|M⟧。投标截止时间顺延至⟦2026年5月6日|D⟧。
附表：政府采购项目备案表
编号：⟦ZB-2026-031|J⟧
采购人：⟦扬州市邗江区城市管理局|A⟧
备案依据：⟦邗财购〔2026〕第0215号|N⟧
四、联系方式
采购人：⟦扬州市邗江区城市管理局|A⟧　联系人：⟦蒋晨|P⟧
采购代理机构：⟦扬州广陵招标咨询有限公司|C⟧　联系人：⟦戚宇航|P⟧

⟦扬州市邗江区政府采购中心|A⟧
⟦2026年4月12日|D⟧
''',
        rels=[],
        notes=COMMON + [
            'A project number and a document number on one line: 项目编号：… is PROJECT_NO, 文号：… is DOC_NO.',
            '编号：ZB-2026-031 on the filing form (ZB = 招标) is read as the value of 编号 of a procurement project: PROJECT_NO (GUIDELINES: the value of 项目编号/编号). Decision — unsure (it may be the form\'s own number).',
            'A filing number with 第 and a four-digit serial is DOC_NO.',
            'No party is said to bid (a correction notice): no BID_ON; nobody penalised. Violations empty.',
        ],
    ),
    dict(
        file='n8-cf-weifang-2026-7.txt', fmt='gb18030-crlf', kind='penalty_decision', violations=['false_materials'],
        issuer='潍坊市奎文区财政局',
        body='''
⟦潍坊市奎文区财政局|A⟧
行政处罚决定书
⟦奎财采罚〔2026〕7-1号|N⟧

当事人：⟦潍坊鸿泰环境工程有限公司|C⟧
统一社会信用代码：91370705MA3P8K2X4T
⟦法定代表人|T⟧：⟦谭海燕|P⟧
我局于⟦2026年3月2日|D⟧对你公司在奎文区河道保洁服务采购项目（项目编号：⟦KWCG-2026-0038|J⟧）中提供虚假材料谋取中标一案立案调查（立案编号：⟦奎财采立〔2026〕7号|N⟧），并于⟦2026年4月1日|D⟧向你公司送达《行政处罚事先告知书》（⟦奎财采告〔2026〕7号|N⟧）。你公司在法定期限内未提出陈述、申辩。
根据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，我局决定：对你公司处以采购金额千分之五的罚款，即⟦人民币3,150元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
本决定同时适用于与本案合并处理的⟦奎财采罚〔2026〕7号|N⟧案。

⟦潍坊市奎文区财政局|A⟧
⟦2026年4月20日|D⟧
''',
        rels=[('PENALIZED', '潍坊市奎文区财政局', '潍坊鸿泰环境工程有限公司'),
              ('HOLDS_POSITION', '谭海燕', '法定代表人', '潍坊鸿泰环境工程有限公司'),
              ('LEGAL_REP', '谭海燕', '潍坊鸿泰环境工程有限公司'),
              ('BID_ON', '潍坊鸿泰环境工程有限公司', 'KWCG-2026-0038')],
        notes=COMMON + [
            'GB18030 with CRLF line ends.',
            'A number with a -1 suffix (7-1号) is one DOC_NO; the base number 7号 and the 立案/告知书 numbers are other DOC_NO spans.',
            '《行政处罚事先告知书》 is a case document: not LAW.',
            'The credit code is not annotated; 千分之五 is a rate, not MONEY.',
        ],
    ),
]
