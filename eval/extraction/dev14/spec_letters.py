"""dev14 — letters between agencies (hand annotation, inline ⟦text|L⟧ marks).

Chain A (Shanxi, Jinzhong Yuci): 交易中心 异常情况报告 → 财政 线索移送函 → 公安 签收回执 → 公安 立案告知书.
Chain B (Inner Mongolia, Chifeng Hongshan): 审计 移送处理书 → 纪委监委 受理通知 → 监委 协助调查函 → 财政 复函 (traditional).
A 市场监管 转送函 (Guangdong, Zhanjiang Chikan).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (回执编号, 线索编号, 立案编号, 登记编号, 案号) stay outside the span; the value is DOC_NO. 联系人, 签收人, 承办人 are labels, never POSITION. '
    'Phone numbers, 警号, credit codes and accounts are not annotated.',
    'A follow-up letter that states an earlier transfer gives that REFERRED (sender → receiver, evidence the transfer letter\'s number, date the transfer date when stated). '
    '抄送 is not REFERRED. 受理, 签收, 立案, 协助调查 are no relations.',
    'A named internal unit written right after its agency is part of one AGENCY span (晋中市公安局榆次分局经济犯罪侦查大队); a unit after a pronoun (我局经济犯罪侦查大队) '
    'or standing alone (第三监督检查室, 政府采购监督管理股) is not annotated.',
]

DOCS = [
    dict(
        file='a1-ycqkbg-jinzhong-yuci-2026-4.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='晋中市榆次区公共资源交易中心',
        body='''
⟦晋中市榆次区公共资源交易中心|A⟧
关于⟦榆次区第二人民医院|A⟧64排CT采购项目投标异常情况的报告
⟦榆公资报〔2026〕4号|N⟧

⟦晋中市榆次区财政局|A⟧：
　　⟦2026年4月14日|D⟧，我中心在⟦榆次区第二人民医院|A⟧64排螺旋CT采购项目（项目编号：⟦YCZC-2026-031|J⟧，采购预算⟦480万元|M⟧）开标过程中，通过电子交易系统比对发现以下异常情况：
　　一、⟦山西晋泰医疗设备有限公司|C⟧、⟦晋中康华医疗器械有限公司|C⟧、⟦山西瑞普达科技有限公司|C⟧三家供应商的电子投标文件上传IP地址相同，文件创建机器码一致；
　　二、上述三家供应商的投标保证金均于⟦2026年4月11日|D⟧从同一账户（户名：⟦晋中市榆次区鑫源商贸部|C⟧）转出，每笔⟦人民币9.6万元|M⟧；
　　三、三家报价分别为⟦4,712,000.00元|M⟧、⟦4,736,500.00元|M⟧、⟦4,759,800.00元|M⟧，差额呈规律性递增，技术偏离表中的错误表述完全一致。
　　评标委员会已在评标报告中记录上述情况（⟦评审专家|T⟧⟦郝振东|P⟧等5人签字确认）。上述情形符合《⟦政府采购货物和服务招标投标管理办法|L⟧》（⟦财政部令第87号|N⟧）第三十七条规定的视为串通投标情形。
　　根据《⟦晋中市榆次区政府采购联动监管工作机制|L⟧》第九条，现将有关情况报告你局，并将开标记录、电子投标文件雷同性分析报告、保证金到账明细一并移交你局依法处理。

　　附件：1.开标记录（复印件）
　　　　　2.电子投标文件雷同性分析报告
　　　　　3.投标保证金到账明细

联系人：交易服务科　⟦温静怡|P⟧　　电话：0354-3265017
⟦晋中市榆次区公共资源交易中心|A⟧
⟦2026年4月15日|D⟧
抄送：⟦晋中市榆次区发展和改革局|A⟧
''',
        rels=[('REFERRED', '晋中市榆次区公共资源交易中心', '晋中市榆次区财政局', '榆公资报〔2026〕4号', '2026年4月15日'),
              ('BID_ON', '山西晋泰医疗设备有限公司', 'YCZC-2026-031'),
              ('BID_ON', '晋中康华医疗器械有限公司', 'YCZC-2026-031'),
              ('BID_ON', '山西瑞普达科技有限公司', 'YCZC-2026-031'),
              ('HOLDS_POSITION', '郝振东', '评审专家', None)],
        notes=COMMON + [
            'A 交易中心 report that 移交 the materials to the 财政局: REFERRED, evidence the report\'s own number, date the report date. The title line holds no number.',
            '榆次区第二人民医院 (place + hospital, no 市) is AGENCY; the project name after it is not annotated. 户名 value 晋中市榆次区鑫源商贸部 (a trading firm named as an account holder) is COMPANY (GUIDELINES §2.3: account names).',
            '财政部令第87号 after a 《》 title: DOC_NO. 交易服务科 alone (a bare unit before a contact name) is not annotated.',
        ],
    ),
    dict(
        file='a2-xsyshan-jinzhong-yuci-2026-5.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='晋中市榆次区财政局',
        body='''
⟦晋中市榆次区财政局|A⟧
⟦榆财移〔2026〕5号|N⟧

关于移送⟦山西晋泰医疗设备有限公司|C⟧等涉嫌串通投标犯罪线索的函

⟦晋中市公安局榆次分局|A⟧：
　　⟦2026年4月15日|D⟧，我局收到⟦晋中市榆次区公共资源交易中心|A⟧《关于⟦榆次区第二人民医院|A⟧64排CT采购项目投标异常情况的报告》（⟦榆公资报〔2026〕4号|N⟧）。经我局政府采购监督管理股调查核实（调查通知书⟦榆财采调〔2026〕7号|N⟧），⟦山西晋泰医疗设备有限公司|C⟧（⟦法定代表人|T⟧：⟦乔建国|P⟧）、⟦晋中康华医疗器械有限公司|C⟧（⟦法定代表人|T⟧：⟦冀红霞|P⟧）、⟦山西瑞普达科技有限公司|C⟧（⟦法定代表人|T⟧：⟦乔志鹏|P⟧）在⟦榆次区第二人民医院|A⟧64排螺旋CT采购项目（项目编号：⟦YCZC-2026-031|J⟧）中，由⟦乔建国|P⟧安排其公司⟦员工|T⟧⟦段晓峰|P⟧统一制作三家投标文件、统一缴纳投标保证金，⟦山西晋泰医疗设备有限公司|C⟧以⟦4,712,000.00元|M⟧中标，涉嫌串通投标。
　　上述行为涉嫌构成《⟦中华人民共和国刑法|L⟧》第二百二十三条规定的串通投标罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条，现将该线索移送你局，请依法审查处理，并将处理结果书面反馈我局。在你局作出立案或不予立案决定前，我局对三家供应商的行政处罚程序暂予中止。

　　附件：1.⟦榆公资报〔2026〕4号|N⟧报告及附件
　　　　　2.调查笔录3份
　　　　　3.涉案供应商营业执照复印件

联系人：政府采购监督管理股　⟦郜文斌|P⟧　　电话：0354-3021675
⟦晋中市榆次区财政局|A⟧
⟦2026年4月28日|D⟧
抄送：⟦中共晋中市榆次区纪律检查委员会|A⟧、⟦晋中市榆次区公共资源交易中心|A⟧
''',
        rels=[('REFERRED', '晋中市榆次区公共资源交易中心', '晋中市榆次区财政局', '榆公资报〔2026〕4号', '2026年4月15日'),
              ('REFERRED', '晋中市榆次区财政局', '晋中市公安局榆次分局', '榆财移〔2026〕5号', '2026年4月28日'),
              ('LEGAL_REP', '乔建国', '山西晋泰医疗设备有限公司'),
              ('LEGAL_REP', '冀红霞', '晋中康华医疗器械有限公司'),
              ('LEGAL_REP', '乔志鹏', '山西瑞普达科技有限公司'),
              ('HOLDS_POSITION', '乔建国', '法定代表人@0', '山西晋泰医疗设备有限公司'),
              ('HOLDS_POSITION', '冀红霞', '法定代表人@1', '晋中康华医疗器械有限公司'),
              ('HOLDS_POSITION', '乔志鹏', '法定代表人@2', '山西瑞普达科技有限公司'),
              ('HOLDS_POSITION', '段晓峰', '员工', '山西晋泰医疗设备有限公司'),
              ('BID_ON', '山西晋泰医疗设备有限公司', 'YCZC-2026-031'),
              ('BID_ON', '晋中康华医疗器械有限公司', 'YCZC-2026-031'),
              ('BID_ON', '山西瑞普达科技有限公司', 'YCZC-2026-031')],
        notes=COMMON + [
            'GB18030 with CRLF. The letter number stands on its own line under the sender, before the title.',
            'The earlier report is REFERRED 交易中心 → 财政局 (receiver 我局 = the named issuer), date the day of receipt (2026年4月15日). The letter itself: 财政局 → 公安分局, its own number and date.',
            '调查通知书 number 榆财采调〔2026〕7号: DOC_NO. The report number again in the 附件 line: DOC_NO. The report title in 《》 is a case document (not LAW); the hospital inside it is AGENCY (GUIDELINES §2.3).',
            '其公司员工 → 员工 with org 山西晋泰医疗设备有限公司 (其 = 乔建国\'s company).',
        ],
    ),
    dict(
        file='a3-qshz-jinzhong-yuci-2026-17.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='晋中市公安局榆次分局',
        body='''
⟦晋中市公安局榆次分局|A⟧
移送涉嫌犯罪案件线索签收回执
⟦榆公经回字〔2026〕17号|N⟧

⟦晋中市榆次区财政局|A⟧：
　　你局⟦2026年4月28日|D⟧移送的《关于移送⟦山西晋泰医疗设备有限公司|C⟧等涉嫌串通投标犯罪线索的函》（⟦榆财移〔2026〕5号|N⟧）及附件材料共3类11份，已于⟦2026年4月29日|D⟧由我局经济犯罪侦查大队签收。
　　我局将依照《⟦公安机关受理行政执法机关移送涉嫌犯罪案件规定|L⟧》，自接受之日起3日内作出立案或者不予立案的决定，并书面告知你局。

签收人：⟦晋中市公安局榆次分局经济犯罪侦查大队|A⟧　⟦民警|T⟧⟦牛海涛|P⟧（警号140702）
⟦晋中市公安局榆次分局|A⟧（印）
⟦2026年4月29日|D⟧
（本回执一式两份，移送机关、接收机关各执一份）
''',
        rels=[('REFERRED', '晋中市榆次区财政局', '晋中市公安局榆次分局', '榆财移〔2026〕5号', '2026年4月28日'),
              ('HOLDS_POSITION', '牛海涛', '民警', '晋中市公安局榆次分局经济犯罪侦查大队')],
        notes=COMMON + [
            'Receipt by the police: the 财政局 → 公安分局 transfer is REFERRED with the 移送函 number and the transfer date (received 4月29日).',
            'The company name inside the quoted letter title is annotated (GUIDELINES §2.3). 民警 before a name is a staff role: POSITION, org the named 大队 (one AGENCY span with its 分局).',
        ],
    ),
    dict(
        file='a4-latzs-jinzhong-yuci-2026-21.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='晋中市公安局榆次分局',
        body='''
⟦晋中市公安局榆次分局|A⟧
立案告知书
⟦榆公（经）立告字〔2026〕21号|N⟧
⟦晋中市榆次区财政局|A⟧：
　　你单位于⟦2026年4月28日|D⟧移送的⟦山西晋泰医疗设备有限公司|C⟧、⟦晋中康华医疗器械有限公司|C⟧、⟦山西瑞普达科技有限公司|C⟧涉嫌串通投标一案（⟦榆财移〔2026〕5号|N⟧，我局签收回执⟦榆公经回字〔2026〕17号|N⟧），我局经审查，认为有犯罪事实需要追究刑事责任，且属于我局管辖，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年5月2日|D⟧立案侦查（立案编号：⟦A1407025600002026050012|N⟧）。
　　犯罪嫌疑人⟦乔建国|P⟧（男，⟦1971年8月|D⟧出生，⟦山西晋泰医疗设备有限公司|C⟧⟦法定代表人|T⟧）已于⟦2026年5月6日|D⟧被我局刑事拘留。
　　案件侦查期间，请你单位配合提供⟦榆次区第二人民医院|A⟧64排螺旋CT采购项目（项目编号：⟦YCZC-2026-031|J⟧）的采购文件、评标报告等材料。你单位中止的行政处罚程序，待刑事诉讼终结后依法处理。
特此告知。
承办人：⟦侯立群|P⟧、⟦牛海涛|P⟧　　联系电话：0354-3056110
⟦晋中市公安局榆次分局|A⟧（印）
⟦2026年5月7日|D⟧
''',
        rels=[('REFERRED', '晋中市榆次区财政局', '晋中市公安局榆次分局', '榆财移〔2026〕5号', '2026年4月28日'),
              ('LEGAL_REP', '乔建国', '山西晋泰医疗设备有限公司'),
              ('HOLDS_POSITION', '乔建国', '法定代表人', '山西晋泰医疗设备有限公司'),
              ('BID_ON', '山西晋泰医疗设备有限公司', 'YCZC-2026-031'),
              ('BID_ON', '晋中康华医疗器械有限公司', 'YCZC-2026-031'),
              ('BID_ON', '山西瑞普达科技有限公司', 'YCZC-2026-031')],
        notes=COMMON + [
            'A .docx (texts/ holds the plain text). Police 立案编号 (23 characters) is DOC_NO (dev13). The receipt number and the transfer number in one （）: two DOC_NO.',
            '立案 and 刑事拘留 are no relations. A birth year+month (1971年8月出生) is DATE (dev13).',
            'BID_ON for the three firms: the text names them as parties to the bid-rigging case on the numbered project (*unsure*: the bid itself is stated in the earlier letters, not here).',
        ],
    ),
    dict(
        file='b1-sjyscls-chifeng-hongshan-2026-2.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'interference'],
        issuer='赤峰市红山区审计局',
        body='''
⟦赤峰市红山区审计局|A⟧
审计移送处理书
⟦赤红审移〔2026〕2号|N⟧

⟦中共赤峰市红山区纪律检查委员会|A⟧、⟦赤峰市红山区监察委员会|A⟧：
　　根据我局年度审计项目计划，我局于⟦2026年2月20日|D⟧至⟦2026年4月10日|D⟧对⟦赤峰市红山区住房和城乡建设局|A⟧2023年至2025年老旧小区改造项目资金管理使用情况进行了审计（审计报告⟦赤红审报〔2026〕9号|N⟧）。审计发现：
　　一、⟦2024年5月|D⟧至7月，该局将红山区西城街道老旧小区改造配套工程（项目编号：⟦HSZJ-2024-016|J⟧，概算⟦1268.4万元|M⟧）拆分为6个标段，每个标段合同金额均低于⟦400万元|M⟧，以直接发包方式交由⟦赤峰蒙鑫建筑安装有限公司|C⟧、⟦赤峰汇通市政工程有限公司|C⟧实施，规避公开招标。
　　二、时任该局⟦副局长|T⟧、分管城建科的⟦白乌力吉|P⟧（现任⟦赤峰市红山区城市管理综合行政执法局|A⟧⟦党组成员|T⟧）在上述发包过程中指定施工单位，⟦赤峰蒙鑫建筑安装有限公司|C⟧实际控制人⟦贾某某|P⟧系其妻弟。
　　上述问题涉嫌违反《⟦中华人民共和国招标投标法|L⟧》第四条、第三条等规定，⟦白乌力吉|P⟧涉嫌违规插手干预工程项目。依据《⟦中华人民共和国审计法|L⟧》第五十二条，现将上述问题线索移送你委处理，请于⟦2026年7月31日|D⟧前将处理结果书面告知我局。

　　附件：1.审计报告（⟦赤红审报〔2026〕9号|N⟧）摘录
　　　　　2.审计取证单11份
　　　　　3.相关合同、支付凭证复印件

⟦赤峰市红山区审计局|A⟧（印）
⟦2026年4月22日|D⟧
抄送：⟦赤峰市审计局|A⟧、⟦赤峰市红山区财政局|A⟧
''',
        rels=[('REFERRED', '赤峰市红山区审计局', '中共赤峰市红山区纪律检查委员会', '赤红审移〔2026〕2号', '2026年4月22日'),
              ('HOLDS_POSITION', '白乌力吉', '副局长', '赤峰市红山区住房和城乡建设局'),
              ('HOLDS_POSITION', '白乌力吉', '党组成员', '赤峰市红山区城市管理综合行政执法局')],
        notes=COMMON + [
            'Addressed to the 纪委 and the 监委 together: the REFERRED goes to the lead body (纪委), as dev13 did for the pair.',
            '2024年5月至7月: the start is DATE, the bare month 7月 is not (dev13). 2023年至2025年 is year-level (not DATE). 审计报告 number: DOC_NO, twice.',
            '时任该局副局长 → 副局长, org the 住建局 through 该局; 实际控制人 is not POSITION. Mongolian name 白乌力吉. 分管城建科 is not a post.',
            'Violations: 拆分 + 直接发包 (no_procurement), 指定施工单位 (interference).',
        ],
    ),
    dict(
        file='b2-sltz-chifeng-hongshan-2026-3.txt', fmt='utf-8', kind='other', violations=['interference', 'no_procurement'],
        issuer='中共赤峰市红山区纪律检查委员会',
        body='''
⟦中共赤峰市红山区纪律检查委员会|A⟧
⟦赤峰市红山区监察委员会|A⟧
问题线索受理通知书
⟦红纪监受〔2026〕3号|N⟧

⟦赤峰市红山区审计局|A⟧：
　　你局⟦2026年4月22日|D⟧《审计移送处理书》（⟦赤红审移〔2026〕2号|N⟧）收悉。经审查，所移送的⟦赤峰市红山区住房和城乡建设局|A⟧⟦原副局长|T⟧⟦白乌力吉|P⟧涉嫌违规插手工程发包问题线索属于我委管辖范围，已于⟦2026年4月27日|D⟧登记受理（线索编号：⟦HSJW-XS-2026-0042|N⟧），交第三监督检查室办理。
　　请你局于⟦2026年5月8日|D⟧前补充提供审计报告（⟦赤红审报〔2026〕9号|N⟧）全文及西城街道老旧小区改造配套工程（项目编号⟦HSZJ-2024-016|J⟧）6个标段的合同、结算资料。办理结果我委将按照《⟦赤峰市红山区纪检监察机关与审计机关贯通协作办法|L⟧》第十二条反馈你局。

联系人：第三监督检查室　⟦其其格|P⟧　　电话：0476-8335129
⟦中共赤峰市红山区纪律检查委员会|A⟧
⟦2026年4月28日|D⟧
''',
        rels=[('REFERRED', '赤峰市红山区审计局', '中共赤峰市红山区纪律检查委员会', '赤红审移〔2026〕2号', '2026年4月22日'),
              ('HOLDS_POSITION', '白乌力吉', '原副局长', '赤峰市红山区住房和城乡建设局')],
        notes=COMMON + [
            '原副局长 written right after the agency name: 原 is adjacent to the title and stays in the POSITION span (GUIDELINES).',
            '线索编号 value: DOC_NO (dev13). 审计移送处理书 in 《》 is a case document, not LAW.',
        ],
    ),
    dict(
        file='b3-xzdch-chifeng-hongshan-2026-6.txt', fmt='gb18030-crlf', kind='other', violations=['no_procurement'],
        issuer='赤峰市红山区监察委员会',
        body='''
⟦赤峰市红山区监察委员会|A⟧
协助调查函
⟦红监协〔2026〕6号|N⟧

⟦赤峰市红山区财政局|A⟧：
　　我委在办理⟦赤峰市红山区审计局|A⟧移送的问题线索（⟦赤红审移〔2026〕2号|N⟧，我委受理编号⟦红纪监受〔2026〕3号|N⟧）过程中，需你局协助调取以下材料：
　　1.⟦2024年1月|D⟧至⟦2025年12月|D⟧⟦赤峰市红山区住房和城乡建设局|A⟧政府采购预算及采购计划备案资料；
　　2.西城街道老旧小区改造配套工程（⟦HSZJ-2024-016|J⟧）各标段资金拨付凭证，涉及⟦赤峰蒙鑫建筑安装有限公司|C⟧、⟦赤峰汇通市政工程有限公司|C⟧的支付金额（审计核定合计⟦1196.7万元|M⟧）；
　　3.⟦赤峰市红山区公共资源交易中心|A⟧对上述项目是否进场交易的查询记录。
　　根据《⟦中华人民共和国监察法|L⟧》第十八条，请你局于⟦2026年5月15日|D⟧前将上述材料加盖公章后送我委第三监督检查室。本函及所涉内容请予保密。

承办人：⟦包永胜|P⟧、⟦其其格|P⟧
⟦赤峰市红山区监察委员会|A⟧（印）
⟦2026年5月9日|D⟧
''',
        rels=[('REFERRED', '赤峰市红山区审计局', '赤峰市红山区监察委员会', '赤红审移〔2026〕2号', None)],
        notes=COMMON + [
            'GB18030 with CRLF. The 监委 names the earlier transfer to 我委 (= the named issuer): REFERRED 审计局 → 监委, evidence the 移送处理书 number, no date stated here.',
            'The request for help (协助调取) is not REFERRED. 受理编号 value: DOC_NO.',
        ],
    ),
    dict(
        file='b4-fh-chifeng-hongshan-2026-14-fanti.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='赤峰市紅山區財政局',
        body='''
⟦赤峰市紅山區財政局|A⟧
關於⟦紅監協〔2026〕6號|N⟧協助調查函的復函
⟦赤紅財函〔2026〕14號|N⟧

⟦赤峰市紅山區監察委員會|A⟧：
　　你委⟦2026年5月9日|D⟧《協助調查函》（⟦紅監協〔2026〕6號|N⟧）收悉。經查，現將有關情況函復如下：
　　一、⟦赤峰市紅山區住房和城鄉建設局|A⟧2024年度部門預算中，西城街道老舊小區改造配套工程未編報政府採購預算，亦未向我局報送採購計劃備案。
　　二、經國庫集中支付系統查詢，⟦2024年6月12日|D⟧至⟦2025年3月20日|D⟧，共向⟦赤峰蒙鑫建築安裝有限公司|C⟧支付工程款⟦8,836,400.00元|M⟧，向⟦赤峰匯通市政工程有限公司|C⟧支付⟦3,130,600.00元|M⟧，合計⟦11,967,000.00元|M⟧，與審計核定金額一致。
　　三、經⟦赤峰市紅山區公共資源交易中心|A⟧查詢（查詢回單⟦紅公資查〔2026〕21號|N⟧），上述6個標段均未進場交易。
　　特此函復。

　　附件：支付憑證複印件27份

聯繫人：政府採購監督管理股　⟦烏蘭圖雅|P⟧　　電話：0476-8262310
⟦赤峰市紅山區財政局|A⟧（印）
⟦2026年5月14日|D⟧
''',
        rels=[],
        notes=COMMON + [
            'Traditional characters. A reply to a request for help: no REFERRED (nothing is transferred; the 監委 letter is answered).',
            'The request number in the unquoted title line (關於紅監協〔2026〕6號協助調查函的復函) is DOC_NO (dev13 n04). A 查詢回單 number: DOC_NO (*unsure*).',
            '2024年度 is year-level (not DATE).',
        ],
    ),
    dict(
        file='a5-zsh-zhanjiang-chikan-2026-31.html', fmt='html', kind='other', violations=['false_materials'],
        issuer='湛江市赤坎区市场监督管理局',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转送函</title></head>
<body>
<div class="head"><p>⟦湛江市赤坎区市场监督管理局|A⟧</p></div>
<h2>关于转送⟦湛江粤西安防科技有限公司|C⟧涉嫌提供虚假检测报告参与政府采购问题的函</h2>
<p class="wh">⟦赤市监函〔2026〕31号|N⟧</p>
<p>⟦湛江市赤坎区财政局|A⟧：</p>
<p>　　⟦2026年5月19日|D⟧，我局接到⟦湛江南海智联电子有限公司|C⟧投诉（登记编号：⟦TS440802202605190008|N⟧），反映⟦湛江粤西安防科技有限公司|C⟧在⟦湛江市第二十一中学|A⟧视频监控系统升级改造项目（项目编号：⟦ZJCK-2026-HW-045|J⟧，中标金额⟦人民币1,126,800.00元|M⟧）投标中提交的产品检验报告系伪造。经我局向出具机构⟦广州中测检测技术有限公司|C⟧核实，该公司从未出具该份报告。</p>
<p>　　该问题属于政府采购活动中提供虚假材料谋取中标，依据《⟦中华人民共和国政府采购法|L⟧》第十三条，属于你局监管职责。根据《⟦市场监督管理投诉举报处理暂行办法|L⟧》第十五条，现将投诉材料转送你局依法处理，请将处理结果函告我局。涉嫌伪造检验报告的行为，我局已另案立案调查（案号：⟦赤市监立〔2026〕57号|N⟧）。</p>
<p>　　附件：投诉材料一套（共23页）</p>
<p class="sign">⟦湛江市赤坎区市场监督管理局|A⟧<br>⟦2026年5月22日|D⟧</p>
<p class="note">（联系人：信用监督管理股　⟦莫婉清|P⟧，电话：0759-3187652）</p>
</body></html>
""",
        rels=[('REFERRED', '湛江市赤坎区市场监督管理局', '湛江市赤坎区财政局', '赤市监函〔2026〕31号', '2026年5月22日'),
              ('BID_ON', '湛江粤西安防科技有限公司', 'ZJCK-2026-HW-045')],
        notes=COMMON + [
            'An .html letter (texts/ holds the visible text). 转送 of a complaint to the competent body is REFERRED (read as 转交; *unsure*, as dev13 read 转办).',
            'The complainant is not assumed to have bid (no BID_ON). The testing firm is COMPANY. 登记编号 value: DOC_NO (a complaint file number, dev13 登记号).',
        ],
    ),
]
