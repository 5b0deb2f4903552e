"""dev13 — numbers everywhere: a follow-up letter chain and the papers around it (hand annotation, inline ⟦text|L⟧ marks).

Places: Shandong (Liaocheng Dongchangfu), Jiangsu (Taizhou Hailing), Zhejiang (Quzhou Kecheng), Gansu (Zhangye Ganzhou).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (回执编号, 受理编号, 线索编号, 来文文号, 收文编号, 转办编号, 登记号, 案号, 立案编号) stay outside the span; the value is DOC_NO '
    '(it numbers a document, a file or a case). 联系人, 签收人, 经办人, 承办人, 登记人 are labels, never POSITION. Phone numbers, 索引号, credit codes are not annotated.',
]

DOCS = [
    dict(
        file='n01-qshz-liaocheng-dongchangfu-2026-12.txt', fmt='utf-8', kind='other', violations=['interference'],
        issuer='中共聊城市东昌府区纪律检查委员会',
        body='''
⟦中共聊城市东昌府区纪律检查委员会|A⟧
⟦聊城市东昌府区监察委员会|A⟧
签收回执
回执编号：⟦东纪回〔2026〕12号|N⟧

⟦聊城市东昌府区财政局|A⟧：
　　你局⟦2026年3月9日|D⟧《关于移送⟦区教体局|A⟧有关人员涉嫌违规插手政府采购问题线索的函》（⟦东财移〔2026〕3号|N⟧）及所附材料，我委已于⟦2026年3月10日|D⟧收悉，登记号⟦DJW-XS-2026-0031|N⟧。所附材料如下：
　　1.线索移送函（⟦东财移〔2026〕3号|N⟧）原件1份；
　　2.⟦山东聊城鲁西教学设备有限公司|C⟧投诉书复印件1份（涉东昌府区中小学食堂设备采购项目，项目编号：⟦DCFCG-2026-017|J⟧）；
　　3.⟦聊城市东昌府区公共资源交易中心|A⟧开标记录复印件1份；
　　4.光盘1张。
　　经清点，材料齐全。特此回执。

签收人：⟦孟凡颖|P⟧　　　　联系电话：0635-8217306
⟦中共聊城市东昌府区纪律检查委员会|A⟧党风政风监督室（代章）
⟦2026年3月10日|D⟧
（本回执一式两份，移送单位、接收单位各执一份）
''',
        rels=[('REFERRED', '聊城市东昌府区财政局', '中共聊城市东昌府区纪律检查委员会', '东财移〔2026〕3号', '2026年3月9日')],
        notes=COMMON + [
            'A 签收回执 by the receiver: the sender→receiver transfer is REFERRED with the 移送函 number as evidence and the letter\'s date as date '
            '(received 3月10日; the letter date is taken as the transfer date, *unsure*). Receiver: the lead body (纪委) of the 纪委监委 pair.',
            'The same 移送函 number twice (after the title and in the list): both DOC_NO. 登记号 DJW-XS-2026-0031 numbers the clue file: DOC_NO (*unsure*, shaped like a project number).',
            '区教体局 inside the 《》 letter title: a level-prefixed agency name embedded in a case-document title, AGENCY (GUIDELINES §2.3). The complaining firm is COMPANY; the 交易中心 is AGENCY.',
            '党风政风监督室（代章）after the 纪委 name: the 纪委 is AGENCY, the bare room name is left out (dev10/dev11: bare unit type after a named body).',
            '移送 of an interference clue: violations interference (alleged).',
        ],
    ),
    dict(
        file='n02-sltzs-liaocheng-dongchangfu-2026-7.txt', fmt='gb18030', kind='other', violations=['interference'],
        issuer='中共聊城市东昌府区纪律检查委员会',
        body='''
⟦中共聊城市东昌府区纪律检查委员会|A⟧
问题线索受理通知书
⟦东纪受〔2026〕第7号|N⟧

⟦聊城市东昌府区财政局|A⟧：
　　你局于⟦2026年3月9日|D⟧以⟦东财移〔2026〕3号|N⟧函移送的问题线索（我委回执编号⟦东纪回〔2026〕12号|N⟧，线索编号⟦DJW-XS-2026-0031|N⟧），经审查，属于我委受理范围，决定予以受理，由第二监督检查室承办。
　　该线索涉及⟦聊城市东昌府区教育和体育局|A⟧（以下简称⟦区教体局|A⟧）⟦副局长|T⟧⟦韩某某|P⟧在东昌府区中小学食堂设备采购项目（⟦DCFCG-2026-017|J⟧）评审前向评审专家打招呼等问题。按照《⟦聊城市东昌府区政府采购领域联动监管工作办法|L⟧》（⟦东政办发〔2025〕9号|N⟧）第十五条，我委将在办结后十个工作日内书面反馈办理结果。
　　请你局对线索来源及投诉人信息严格保密，并于⟦2026年3月20日|D⟧前补充提供⟦区教体局|A⟧与⟦聊城市东昌府区公共资源交易中心|A⟧之间的往来函件（含⟦东教体函〔2025〕44号|N⟧、⟦东资交函〔2025〕118号之一|N⟧）。

联系人：第二监督检查室　⟦单立新|P⟧
⟦中共聊城市东昌府区纪律检查委员会|A⟧
⟦2026年3月13日|D⟧
抄送：⟦聊城市东昌府区监察委员会|A⟧案件监督管理室
''',
        rels=[('REFERRED', '聊城市东昌府区财政局', '中共聊城市东昌府区纪律检查委员会', '东财移〔2026〕3号', '2026年3月9日'),
              ('HOLDS_POSITION', '韩某某', '副局长', '聊城市东昌府区教育和体育局')],
        aliases={'区教体局': '聊城市东昌府区教育和体育局'},
        unmarked=[],
        notes=COMMON + [
            'Serial under the title with 第 (东纪受〔2026〕第7号): DOC_NO. In one （）: the receiver\'s 回执编号 and the 线索编号 — two DOC_NO spans.',
            'A 受理通知书 confirms an earlier transfer stated in the text (以…函移送): REFERRED with the 移送函 number and its date (as n01). 受理 itself is no relation.',
            '《…工作办法》（东政办发〔2025〕9号）: LAW + DOC_NO. Two 函 numbers of other bodies in one （）, the second with 之一: two DOC_NO, 之一 kept.',
            '以下简称区教体局: a defined short form, AGENCY with alias; the later bare 区教体局 is also AGENCY. Masked 韩某某 with 副局长 before the name: POSITION, org the 教体局.',
            '抄送 to the 监委 with a bare room name: the 监委 is AGENCY; 抄送 is not REFERRED.',
        ],
    ),
    dict(
        file='n03-cbh-liaocheng-dongchangfu-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='聊城市东昌府区财政局',
        body='''
⟦聊城市东昌府区财政局|A⟧
催办函
⟦东财函〔2026〕21号|N⟧

⟦聊城市公安局东昌府分局|A⟧：
　　⟦2026年2月26日|D⟧，我局以《关于移送涉嫌串通投标犯罪线索的函》（⟦东财移〔2026〕
2号|N⟧）将⟦山东运河环境工程有限公司|C⟧、⟦聊城光岳园林绿化有限公司|C⟧、⟦聊城市凤城建筑劳务有限公司|C⟧在东昌府区徒骇河支流清淤项目（项目编号：⟦DCFCG-2025-208|J⟧）中涉嫌串通投标的线索移送你局，你局已于⟦2月27日|D⟧签收（签收回执编号⟦东公经回〔2026〕5号|N⟧）。
　　依据《⟦山东省行政执法机关移送涉嫌犯罪案件办法|L⟧》、《⟦聊城市东昌府区政府采购领域联动监管工作办法|L⟧》（⟦东政办发〔2025〕9号|N⟧）及市局⟦聊财购〔2025〕31号|N⟧、⟦聊财购〔2025〕33号|N⟧文件要求，接收单位应在作出是否立案决定后五个工作日内书面告知移送单位。截至本函发出之日，我局尚未收到你局是否立案的书面回复，也未收到对我局此前《关于商请提供相关人员询问笔录的函》（⟦东财函[2026]9号|N⟧）的答复。
　　请你局于⟦2026年4月3日|D⟧前将立案情况及⟦东财移〔2026〕2号|N⟧线索办理进展书面反馈我局。

　　附件：1.⟦东财移〔2026〕2号|N⟧移送函及签收回执（⟦东公经回〔2026〕5号|N⟧）复印件
　　　　　2.⟦东财函[2026]9号|N⟧复印件

⟦聊城市东昌府区财政局|A⟧
⟦2026年3月24日|D⟧
（联系人：政府采购监督管理科　⟦谭晓蕾|P⟧，电话：0635-8412559）
抄送：⟦聊城市财政局|A⟧，⟦中共聊城市东昌府区纪律检查委员会|A⟧（⟦东纪受〔2026〕第7号|N⟧线索承办室）。
''',
        rels=[('REFERRED', '聊城市东昌府区财政局', '聊城市公安局东昌府分局', '东财移〔2026〕\n2号', '2026年2月26日')],
        notes=COMMON + [
            'A number broken across a line (东财移〔2026〕⏎2号): one DOC_NO span with the line break inside; the later unbroken mentions are separate DOC_NO spans.',
            'Half-width brackets 东财函[2026]9号 after a 《》 title in running text and again in the 附件 line: DOC_NO each. 附件 and 抄送 lines: numbers annotated as anywhere else.',
            '市局聊财购〔2025〕31号、聊财购〔2025〕33号文件: two DOC_NO spans in one phrase; 市局 is a pronoun-like back-reference, not annotated.',
            'REFERRED from the 催办函\'s own narrative: finance → police with the 移送函 number and date. The 催办 itself is no REFERRED. 抄送 is not REFERRED.',
            '签收回执编号 of the police: DOC_NO. 截至本函发出之日: no DATE.',
        ],
    ),
    dict(
        file='n04-bljgfk-liaocheng-dongchangfu-2026-15.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='聊城市公安局东昌府分局',
        body='''
⟦聊城市公安局东昌府分局|A⟧
关于⟦东财移〔2026〕2号|N⟧线索办理情况的反馈
⟦聊东公（经）字〔2026〕15号|N⟧

⟦聊城市东昌府区财政局|A⟧：
　　你局《催办函》（⟦东财函〔2026〕21号|N⟧）收悉。现将有关情况反馈如下：
　　一、你局⟦2026年2月26日|D⟧移送的⟦山东运河环境工程有限公司|C⟧等涉嫌串通投标线索（⟦东财移〔2026〕2号|N⟧），我局经审查，认为有犯罪事实需要追究刑事责任，已于⟦2026年3月30日|D⟧立案侦查，立案编号⟦A3715022600002026030047|N⟧，并向你局送达《立案告知书》（⟦东公（经）立告字〔2026〕0009号|N⟧）。
　　二、你局⟦东财函[2026]9号|N⟧函商请提供的询问笔录，因涉及侦查秘密，暂不能提供，待案件移送审查起诉后可向⟦聊城市东昌府区人民检察院|A⟧申请查阅。
　　三、经查，⟦聊城光岳园林绿化有限公司|C⟧（以下简称⟦光岳公司|C⟧）⟦法定代表人|T⟧⟦许某|P⟧同时实际控制⟦聊城市凤城建筑劳务有限公司|C⟧，两家公司投标保证金由同一账户（账号6228 4802 1557 3390 817）转出，金额合计⟦人民币40万元|M⟧。⟦光岳公司|C⟧另于⟦2025年11月|D⟧参与⟦区水利局|A⟧项目（⟦DCSL-2025-041|J⟧）投标，相关线索已由我局以⟦聊东公（经）移字〔2026〕3号|N⟧移交⟦聊城市东昌府区水利局|A⟧处理。
　　特此反馈。

⟦聊城市公安局东昌府分局|A⟧
⟦2026年4月2日|D⟧
（承办人：经侦大队　⟦卢建彬|P⟧、⟦司马俊|P⟧）
''',
        rels=[('REFERRED', '聊城市东昌府区财政局', '聊城市公安局东昌府分局', '东财移〔2026〕2号', '2026年2月26日'),
              ('REFERRED', '聊城市公安局东昌府分局', '聊城市东昌府区水利局', '聊东公（经）移字〔2026〕3号', None),
              ('LEGAL_REP', '许某', '聊城光岳园林绿化有限公司'),
              ('HOLDS_POSITION', '许某', '法定代表人', '聊城光岳园林绿化有限公司'),
              ('BID_ON', '聊城光岳园林绿化有限公司', 'DCSL-2025-041')],
        aliases={'光岳公司': '聊城光岳园林绿化有限公司', '区水利局': '聊城市东昌府区水利局'},
        notes=COMMON + [
            'GB18030 with CRLF. The number inside the title line (关于东财移〔2026〕2号线索办理情况的反馈, no 《》): a cited number, DOC_NO.',
            'Police number with （经）and 字: one DOC_NO. 立案编号 A3715022600002026030047 (a police case number): DOC_NO. 立案告知书 number with a 4-digit serial: DOC_NO.',
            '光岳公司 (defined by 以下简称) and its later bare mention: COMPANY, alias. 区水利局 (level-prefixed short form) before 项目: AGENCY, alias of the full name given later.',
            'Account number: not annotated. 金额合计人民币40万元: MONEY (金额 is not a person).',
            'BID_ON: 光岳公司 参与…投标 of the numbered 水利 project. 立案侦查 is no PENALIZED. Police → 水利局 移交 with a number: REFERRED, no date.',
            '许某 with 法定代表人 before the name: LEGAL_REP + HOLDS_POSITION. 实际控制 is not a POSITION span here (no title word).',
        ],
    ),
    dict(
        file='n05-latzs-liaocheng-dongchangfu-2026-3.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='聊城市东昌府区市场监督管理局',
        body='''⟦聊城市东昌府区市场监督管理局|A⟧
立案告知书
⟦东市监立告〔2026〕第3号|N⟧
⟦山东聊城鲁西教学设备有限公司|C⟧：
　　你单位于⟦2026年3月2日|D⟧向⟦聊城市东昌府区财政局|A⟧反映⟦聊城市嘉诚厨具有限公司|C⟧在东昌府区中小学食堂设备采购项目（项目编号：⟦DCFCG-2026-017|J⟧）投标中提供的产品检测报告涉嫌伪造检验检测机构印章一事，该局已于⟦2026年3月16日|D⟧以《涉嫌违法案件移交函》（⟦东财移〔2026〕5号|N⟧）移交我局。
　　经核查，我局认为当事人涉嫌违反《⟦中华人民共和国反不正当竞争法|L⟧》第八条、《⟦检验检测机构资质认定管理办法|L⟧》（⟦国家市场监督管理总局令第39号|N⟧）第三十六条的规定，根据《⟦市场监督管理行政处罚程序规定|L⟧》第二十条，决定立案调查。
　　案号：⟦东市监案立〔2026〕11号|N⟧
　　立案日期：⟦2026年3月23日|D⟧
　　承办人：⟦庞博|P⟧（执法证号37150226014）、⟦欧阳晓彤|P⟧（执法证号37150226022）
　　特此告知。
⟦聊城市东昌府区市场监督管理局|A⟧
⟦2026年3月24日|D⟧
抄送：⟦聊城市东昌府区财政局|A⟧（回复⟦东财移〔2026〕5号|N⟧）''',
        rels=[('REFERRED', '聊城市东昌府区财政局', '聊城市东昌府区市场监督管理局', '东财移〔2026〕5号', '2026年3月16日'),
              ('BID_ON', '聊城市嘉诚厨具有限公司', 'DCFCG-2026-017')],
        notes=COMMON + [
            'A .docx 立案告知书. 案号 of the case (东市监案立〔2026〕11号) and the 告知书 number under the title: DOC_NO each. 执法证号: certificate numbers, not annotated.',
            '国家市场监督管理总局令第39号 (a rule\'s order number, like 财政部令第N号): one DOC_NO span, no AGENCY inside (GUIDELINES §2.4).',
            'Finance → 市监 by a 移交函 with number and date: REFERRED; the receiver is the issuer (我局). The complainant company reporting to finance is not REFERRED.',
            'A test report with forged seals of an inspection body submitted in a bid: false_materials (alleged). BID_ON for the accused bidder (投标中提供).',
            '立案调查 is not PENALIZED.',
        ],
    ),
    dict(
        file='n06-bysl-taizhou-hailing-2026-2.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='泰州市海陵区财政局',
        body='''
⟦泰州市海陵区财政局|A⟧
政府采购投诉不予受理告知书
⟦海财采诉不受〔2026〕2号|N⟧

⟦泰州凤凰信息技术有限公司|C⟧：
　　你公司于⟦2026年4月7日|D⟧提交的关于“海陵区城东街道智慧社区平台采购项目”（项目编号：⟦HLCG2026-0038|J⟧；采购计划编号：⟦泰海财采计〔2026〕0112号|J⟧）的投诉书收悉，我局登记号为⟦HLTS-2026-004|N⟧。
　　经审查，你公司于⟦2026年3月25日|D⟧向采购代理机构⟦江苏海陵招标代理有限公司|C⟧提出质疑，该公司于⟦3月31日|D⟧作出质疑答复（⟦海陵招代答〔2026〕第06号|N⟧）。你公司的投诉事项“评分标准第3.2项设置不合理”未在质疑中提出，根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第二十条第（六）项、第二十一条的规定，该投诉事项不符合投诉条件（同类情形参见⟦财政部|A⟧政府采购信息公告⟦第二千九百七十八号|N⟧），我局决定不予受理。
　　你公司如对本告知书不服，可在收到之日起六十日内向⟦泰州市海陵区人民政府|A⟧申请行政复议，或在六个月内向⟦泰州市海陵区人民法院|A⟧提起行政诉讼。

⟦泰州市海陵区财政局|A⟧（印章）
⟦2026年4月14日|D⟧
抄送：⟦江苏海陵招标代理有限公司|C⟧，⟦泰州市海陵区城东街道办事处|A⟧（采购人）
索引号：01413620-7/2026-00417
''',
        rels=[],
        notes=COMMON + [
            'The 告知书\'s own number under the title (海财采诉不受〔2026〕2号): DOC_NO.',
            '采购计划编号 shaped like a 文号: PROJECT_NO (dev12 n2). 登记号 of the complaint: DOC_NO. The agent\'s 质疑答复 number: DOC_NO (a company document, dev12 d7, *unsure*).',
            '财政部令第94号: one DOC_NO (no AGENCY inside). An announcement serial in Chinese numerals after 财政部政府采购信息公告: AGENCY 财政部 + DOC_NO 第二千九百七十八号 (GUIDELINES). 索引号: not annotated.',
            'A complaint dismissal (不予受理) is not PENALIZED. The complainant is not assumed to have bid (no BID_ON). violations other (an unlawful scoring-criteria allegation, *unsure*; could be discriminatory_terms).',
        ],
    ),
    dict(
        file='n07-fh-taizhou-hailing-2026-8-fanti.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='泰州市海陵區審計局',
        body="""
⟦泰州市海陵區審計局|A⟧
關於《協助調查函》的復函
⟦海審函〔2026〕8號|N⟧

⟦泰州市海陵區財政局|A⟧：
　　你局《關於商請協助調查⟦海陵區城北街道辦事處|A⟧有關採購事項的函》（⟦海財函〔2026〕5號|N⟧）收悉。經研究，現函復如下：
　　一、我局在⟦2025年9月|D⟧至12月對⟦泰州市海陵區城北街道辦事處|A⟧開展的經濟責任審計中，發現該辦事處將老舊小區改造工程拆分為5個項目直接發包給⟦泰州鳳城河建築安裝有限公司|C⟧，合同金額合計⟦人民幣386.5萬元|M⟧。審計報告（⟦海審報〔2025〕23號|N⟧）已於⟦2025年12月30日|D⟧印發。
　　二、上述問題已由我局於⟦2026年1月8日|D⟧以《審計移送處理書》（⟦海審移〔2025〕6號|N⟧、⟦海審移〔2025〕6-1號|N⟧）分別移送你局和⟦中共泰州市海陵區紀律檢查委員會|A⟧，移送處理書及附件清單（共17頁）一併附後。
　　三、你局函中所詢⟦泰州鳳城河建築安裝有限公司|C⟧⟦法定代表人|T⟧⟦諸葛明遠|P⟧與該辦事處⟦原副主任|T⟧⟦周某|P⟧的關係，不屬於審計查證範圍，建議向⟦泰州市公安局海陵分局|A⟧查詢。
　　此復。

　　附件：《審計移送處理書》（⟦海審移〔2025〕6號|N⟧）複印件

⟦泰州市海陵區審計局|A⟧
⟦2026年4月22日|D⟧
（聯繫人：經責科　⟦夏侯蓓|P⟧）
""",
        rels=[('REFERRED', '泰州市海陵區審計局', '泰州市海陵區財政局', '海審移〔2025〕6號', '2026年1月8日'),
              ('REFERRED', '泰州市海陵區審計局', '中共泰州市海陵區紀律檢查委員會', '海審移〔2025〕6-1號', '2026年1月8日'),
              ('LEGAL_REP', '諸葛明遠', '泰州鳳城河建築安裝有限公司'),
              ('HOLDS_POSITION', '諸葛明遠', '法定代表人', '泰州鳳城河建築安裝有限公司'),
              ('HOLDS_POSITION', '周某', '原副主任', '泰州市海陵區城北街道辦事處')],
        aliases={'海陵區城北街道辦事處': '泰州市海陵區城北街道辦事處'},
        notes=COMMON + [
            'Traditional characters. 《》 letter title followed by the sender number in （）: the title contains 海陵區城北街道辦事處 (a short name without 泰州市, AGENCY) and the number 海財函〔2026〕5號 is DOC_NO.',
            'Two 移送處理書 numbers in one （）, the second with a -1 suffix: two DOC_NO spans; one REFERRED each (分别移送 you and the 紀委), evidence the matching number, date the 移送 day.',
            '2025年9月至12月: only 2025年9月 is DATE; the bare month 12月 has neither year nor day (GUIDELINES: at least year+month or month+day), *unsure*.',
            'Compound surnames 諸葛, 夏侯. 原副主任 before a masked name: POSITION with 原 kept, org the 街道辦事處 (該辦事處).',
            'The audit found 拆分 + 直接發包: no_procurement.',
        ],
    ),
]


DOCS += [
    dict(
        file='n08-zbd-quzhou-kecheng-2026-0147.html', fmt='html', kind='other', violations=['collusion', 'bribery'],
        issuer='衢州市柯城区信访局',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>信访件转办单</title>
<style>td{border:1px solid #000;font-family:宋体}</style></head>
<body>
<h2>⟦衢州市柯城区信访局|A⟧</h2>
<h3>信访事项转办单</h3>
<p>转办编号：⟦柯信转〔2026〕第0147号|N⟧</p>
<table>
<tr><td>信访件编号</td><td>⟦3308022026031100092|N⟧</td><td>登记日期</td><td>⟦2026-03-11|D⟧</td></tr>
<tr><td>信访人</td><td>⟦郑**|P⟧（联名3人）</td><td>来源</td><td>网上信访（浙江省统一信访平台）</td></tr>
<tr><td>反映对象</td><td colspan="3">⟦衢州市柯城区人民医院|A⟧采购科⟦科长|T⟧⟦蓝某某|P⟧；⟦衢州柯城康泰医疗器械有限公司|C⟧</td></tr>
<tr><td>主要内容</td><td colspan="3">反映⟦衢州市柯城区人民医院|A⟧2026年医用耗材集中采购项目（编号⟦KCYY-2026-ZC-003|J⟧）中，⟦衢州柯城康泰医疗器械有限公司|C⟧与另两家供应商串通报价，⟦蓝某某|P⟧收受该公司所送购物卡价值⟦2万元|M⟧。此前信访人曾就同一事项向⟦衢州市柯城区卫生健康局|A⟧反映（该局受理编号⟦柯卫健信〔2026〕12号|N⟧），对答复意见不满意。</td></tr>
<tr><td>转办意见</td><td colspan="3">依据《⟦信访工作条例|L⟧》第三十一条，转⟦衢州市柯城区财政局|A⟧依法处理，涉及公职人员问题同时转⟦中共衢州市柯城区纪律检查委员会|A⟧（⟦柯信转〔2026〕第0147-1号|N⟧）。请于⟦2026年3月14日|D⟧前告知信访人是否受理，⟦2026年5月10日|D⟧前将办理结果报送我局。</td></tr>
<tr><td>承办单位</td><td>⟦衢州市柯城区财政局|A⟧</td><td>转办日期</td><td>⟦2026年3月11日|D⟧</td></tr>
<tr><td>经办人</td><td>⟦徐汇丹|P⟧</td><td>审核人</td><td>⟦舒志远|P⟧（⟦副局长|T⟧）</td></tr>
</table>
<p>抄送：⟦衢州市柯城区卫生健康局|A⟧（原受理编号⟦柯卫健信〔2026〕12号|N⟧）</p>
<p class="foot">索引号：11330802MB1832405T/2026-00147</p>
</body></html>
""",
        rels=[('REFERRED', '衢州市柯城区信访局', '衢州市柯城区财政局', '柯信转〔2026〕第0147号', '2026年3月11日'),
              ('REFERRED', '衢州市柯城区信访局', '中共衢州市柯城区纪律检查委员会', '柯信转〔2026〕第0147-1号', '2026年3月11日'),
              ('HOLDS_POSITION', '蓝某某', '科长', '衢州市柯城区人民医院'),
              ('HOLDS_POSITION', '舒志远', '副局长', '衢州市柯城区信访局')],
        notes=COMMON + [
            'An .html 转办单 (texts/ holds the visible text). 宋体 appears only in the <style> (not visible text).',
            '转办 of a 信访件 to the competent bodies is a transfer of a case: REFERRED from the 信访局 to the 财政局 (evidence 转办编号, date 转办日期) '
            'and to the 纪委 with its own -1 number in （）(*unsure*: 转办 is not in GUIDELINES\' trigger list; read as 转交).',
            '信访件编号 (a 19-digit system number) numbers the petition file: DOC_NO (*unsure*). The 卫健局\'s earlier 受理编号: DOC_NO each time (also in the 抄送 line).',
            '采购科 after the hospital is a bare unit type (left out); 科长 is POSITION with the hospital as org. 审核人: label; （副局长）after the name: POSITION, org the issuer.',
            '郑** (masked): PERSON. 2026年医用耗材…: a year only inside a project name, not DATE. 编号 right after the project name: PROJECT_NO. No BID_ON: the text says 串通报价 (quoted prices) but names no bid on the project — *unsure*.',
            'The hospital (public institution) is AGENCY. 索引号 is not annotated.',
        ],
    ),
    dict(
        file='n09-swclj-zhangye-ganzhou-2026-0215.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='张掖市甘州区财政局',
        body='''⟦张掖市甘州区财政局|A⟧收文处理笺
收文编号：⟦甘财收〔2026〕0215号|N⟧　　收文日期：⟦2026年4月9日|D⟧　　密级：无　　缓急：急
来文单位：⟦张掖市甘州区审计局|A⟧
来文文号：⟦甘审移〔2026〕2号|N⟧　　份数：1
文件标题：审计移送处理书（关于⟦甘肃祁连建设工程有限公司|C⟧在甘州区高新技术产业园道路工程（项目编号：⟦GZJS-2025-066|J⟧）投标中提供虚假业绩材料的问题）
拟办意见：请政府采购监督管理科办理，依照《⟦中华人民共和国政府采购法|L⟧》第七十七条和《⟦政府采购货物和服务招标投标管理办法|L⟧》（⟦财政部令第87号|N⟧）提出处理意见，于5个工作日内函告审计局是否受理（参照⟦甘政办发【2025】31号|N⟧第十三条）。
　　　　　　　　　　　　　　　　　　　　　　　　　　办公室　⟦金晓燕|P⟧　⟦4月9日|D⟧
领导批示：同意。请采购科抓紧核查，同时调阅⟦张掖市甘州区公共资源交易中心|A⟧该项目开评标资料（交易中心此前已报送⟦甘公交报〔2026〕第3号|N⟧异常情况报告）。
　　　　　　　　　　　　　　　　　　　　　　　　　　⟦卜文涛|P⟧　⟦4月10日|D⟧
办理结果：已于⟦2026年4月15日|D⟧以⟦甘财函〔2026〕
19号|N⟧函告受理；⟦2026年5月28日|D⟧作出⟦甘财罚决〔2026〕4号|N⟧处罚决定，对该公司罚款⟦人民币1.9万元|M⟧，列入不良行为记录名单一年。
归档号：2026-WS-0215''',
        rels=[('REFERRED', '张掖市甘州区审计局', '张掖市甘州区财政局', '甘审移〔2026〕2号', None),
              ('PENALIZED', '张掖市甘州区财政局', '甘肃祁连建设工程有限公司'),
              ('BID_ON', '甘肃祁连建设工程有限公司', 'GZJS-2025-066')],
        notes=COMMON + [
            'A .docx 收文处理笺. 收文编号 (the receiver\'s registry number for the incoming file) is DOC_NO (*unsure*: it numbers a file, not an issued document); '
            '来文文号 is DOC_NO. 归档号 (archive shelf number, 2026-WS-0215) is not annotated (*unsure*).',
            'The incoming 审计移送处理书 names the issuer as receiver (the 处理笺 is the issuer\'s own form): REFERRED 审计局 → 财政局 with the 来文文号, no transfer date stated (收文日期 is the receipt date, not used).',
            '甘州区高新技术产业园: 高新 is a place word, not a PERSON; the 审计局 later written bare (函告审计局) is a bare institution type, not annotated; 采购科 likewise.',
            'Signatures 金晓燕 / 卜文涛 with month-day dates: PERSON and DATE. No POSITION is written.',
            'A number broken across a line (甘财函〔2026〕⏎19号): one DOC_NO span. The penalty stated in 办理结果: PENALIZED from the issuer.',
            '(参照甘政办发【2025】31号第十三条): a bare DOC_NO with 【】 brackets, cited without a title.',
        ],
    ),
    dict(
        file='n10-lwdjb-zhangye-ganzhou-2026.txt', fmt='utf-8', kind='other', violations=['bribery', 'collusion', 'abuse_of_power', 'interference'],
        issuer='张掖市甘州区监察委员会',
        body='''
⟦张掖市甘州区监察委员会|A⟧案件监督管理室来文登记簿（2026年第二季度）
登记号	收文日期	来文单位	来文文号	内容摘要	承办部门	办理情况	登记人
GZJW-LW-2026-041	⟦2026-04-03|D⟧	⟦张掖市公安局甘州分局|A⟧	⟦甘公（刑）移字〔2026〕8号|N⟧	移送⟦甘州区水务局|A⟧干部⟦马某某|P⟧涉嫌受贿线索（关联⟦张掖市公安局甘州分局|A⟧立案编号⟦A6207020500002026020009|N⟧）	第三审查调查室	已初核	⟦祁红梅|P⟧
GZJW-LW-2026-042	⟦2026-04-09|D⟧	⟦张掖市甘州区审计局|A⟧	⟦甘审移〔2026〕2-1号|N⟧	甘州区高新技术产业园道路工程相关公职人员问题（同文抄送⟦区财政局|A⟧⟦甘审移〔2026〕2号|N⟧）	第一监督检查室	已受理	⟦祁红梅|P⟧
GZJW-LW-2026-043	⟦2026-04-21|D⟧	⟦张掖市甘州区人民法院|A⟧	⟦（2026）甘0702刑初15号|N⟧	司法建议书：⟦张掖丹霞路桥工程有限公司|C⟧串通投标案（已判决）中⟦张掖市甘州区交通运输局|A⟧工作人员履职问题	第二监督检查室	初核中	⟦冶文斌|P⟧
GZJW-LW-2026-044	⟦2026-05-06|D⟧	⟦张掖市甘州区人民检察院|A⟧	⟦甘检刑不诉〔2026〕3号|N⟧、⟦甘检建﹝2026﹞4号|N⟧	不起诉决定书及检察建议书各1份（涉⟦张掖市甘州区农业农村局|A⟧采购）	案件审理室	存档	⟦冶文斌|P⟧
GZJW-LW-2026-045	⟦2026-06-17|D⟧	⟦张掖市甘州区财政局|A⟧	⟦甘财移〔2026〕第3号|N⟧	移送⟦区农业农村局|A⟧⟦原局长|T⟧⟦马某|P⟧违规干预政府采购评审线索（附⟦甘财罚决〔2026〕4号|N⟧）	第一监督检查室	已受理	⟦祁红梅|P⟧
合计：5件　　　　　　　　　　　　　　　　　　　　　　填报：⟦祁红梅|P⟧　审核：⟦尕藏卓玛|P⟧
''',
        aliases={'区农业农村局': '张掖市甘州区农业农村局', '区财政局': '张掖市甘州区财政局'},
        rels=[('REFERRED', '张掖市公安局甘州分局', '张掖市甘州区监察委员会', '甘公（刑）移字〔2026〕8号', None),
              ('REFERRED', '张掖市甘州区审计局', '张掖市甘州区监察委员会', '甘审移〔2026〕2-1号', None),
              ('REFERRED', '张掖市甘州区财政局', '张掖市甘州区监察委员会', '甘财移〔2026〕第3号', None),
              ('HOLDS_POSITION', '马某', '原局长', '张掖市甘州区农业农村局')],
        notes=COMMON + [
            'A tab-separated 来文登记簿 (a register of incoming documents). The 登记号 column (GZJW-LW-2026-041…) is the register\'s own row serial: not annotated (dev12 r5), *unsure*. '
            'The 来文文号 column is DOC_NO: police number with （刑）, a -1 suffix, a court case number with full-width （）, two numbers in one cell split by 、, 第N号.',
            'Transfers by named bodies to the register\'s owner (移送 / audit 移送处理书 copy): REFERRED, date null (收文日期 is the receipt date). '
            'The court\'s 司法建议书 and the procuratorate\'s 检察建议书 are no transfers (*unsure*).',
            '甘州区水务局 (short form without 张掖市; no fuller form in the file): AGENCY. 区农业农村局 (row 5) and 区财政局 (row 2, 同文抄送区财政局) are level-prefixed names of one body each: AGENCY, aliases of the full names in the file.',
            '同文抄送 (a copy of the same 移送处理书 to the finance bureau) is not a REFERRED to the 监委; the copy to the finance bureau is a REFERRED audit → finance only in n09.',
            '干部 is not a POSITION. 原局长 before 马某: POSITION, org the 农业农村局. Minority name 尕藏卓玛 (审核: label). 合计：5件 is a count.',
            'Issuer: the 监察委员会 named in the title (its 案件监督管理室 is a bare unit type, left out).',
        ],
    ),
]
