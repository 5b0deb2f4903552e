"""heldout8 — letters between agencies (hand annotation, inline ⟦text|L⟧ marks).

Chain A (Shandong, Dongying Lijin): 财政 线索移送函 → 公安 签收回执 → 公安 立案告知书 → 公安 办理结果反馈函.
Chain B (Jiangxi, Fuzhou Nancheng): 财政 转送函 → 住建 退回函 → 财政 重新移送 (to police).
Chain C (Sichuan, Dazhou Quxian): 纪委监委 协助调查函 → 催办函 → 卫健 复函 (traditional).
Singles: audit 移送处理书 (Inner Mongolia Wuyuan), 交易中心 report (Hebei Qinglong), 教育 线索移送函 (Jilin Qian’an).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (联系人, 签收人, 经办人, 承办人) are labels, never POSITION; phone numbers, 警号 and credit codes are not annotated.',
    'A letter that itself transfers a case or clue gives REFERRED sender → addressee, evidence its own number, date its signature date. '
    'A follow-up that cites the transfer restates that REFERRED, with the cited number, and the transfer date only when the follow-up states it. '
    '抄送, 协助调查, 催办, 签收, 受理, 立案 and 退回 are no REFERRED.',
    'A named internal unit written right after its agency is one AGENCY span; a unit after a pronoun (我局经侦大队) or standing alone is not annotated.',
]

DOCS = [
    dict(
        file='l01-xsyshan-dongying-lijin-2026-6.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='利津县财政局',
        body='''
⟦利津县财政局|A⟧
⟦利财采移〔2026〕6号|N⟧
关于移送⟦东营鑫岳环保设备有限公司|C⟧等三家供应商涉嫌串通投标线索的函
⟦利津县公安局|A⟧：
　　我局在对⟦利津县城市管理局|A⟧2026年环卫作业车辆采购项目（项目编号：⟦LJZC2026-047|J⟧，预算金额⟦386万元|M⟧）开展监督检查时发现，该项目三家投标人⟦东营鑫岳环保设备有限公司|C⟧（以下简称⟦鑫岳公司|C⟧）、⟦利津县恒泰市政工程有限公司|C⟧（以下简称⟦恒泰公司|C⟧）、⟦山东岚清科技有限公司|C⟧（以下简称⟦岚清公司|C⟧）的投标文件由同一台电脑编制，投标保证金均由⟦鑫岳公司|C⟧⟦出纳|T⟧⟦厉晓燕|P⟧个人账户转出。经询问，⟦恒泰公司|C⟧⟦法定代表人|T⟧⟦牟洪庆|P⟧承认系受⟦鑫岳公司|C⟧⟦总经理|T⟧⟦丁传斌|P⟧邀请参与投标，约定事后给予“辛苦费”⟦人民币3万元|M⟧。⟦鑫岳公司|C⟧最终以⟦3,792,600元|M⟧中标。
　　上述行为涉嫌构成《⟦中华人民共和国刑法|L⟧》第二百二十三条规定的串通投标罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》及《⟦利津县政府采购联动监管工作办法|L⟧》第十二条，现将该线索移送你局依法处理，请于收到之日起3日内出具签收回执，并将处理结果及时书面反馈我局。
　　附件：1.调查询问笔录4份
　　　　　2.投标文件电子数据比对报告
　　　　　3.投标保证金转账凭证复印件
联系人：政府采购监督管理科　⟦相文君|P⟧　电话：0546-5212680
⟦利津县财政局|A⟧
⟦2026年5月12日|D⟧
抄送：⟦中共利津县纪律检查委员会|A⟧、⟦利津县城市管理局|A⟧
''',
        rels=[('REFERRED', '利津县财政局', '利津县公安局', '利财采移〔2026〕6号', '2026年5月12日'),
              ('LEGAL_REP', '牟洪庆', '利津县恒泰市政工程有限公司'),
              ('HOLDS_POSITION', '牟洪庆', '法定代表人', '利津县恒泰市政工程有限公司'),
              ('HOLDS_POSITION', '厉晓燕', '出纳', '东营鑫岳环保设备有限公司'),
              ('HOLDS_POSITION', '丁传斌', '总经理', '东营鑫岳环保设备有限公司'),
              ('BID_ON', '东营鑫岳环保设备有限公司', 'LJZC2026-047'),
              ('BID_ON', '利津县恒泰市政工程有限公司', 'LJZC2026-047'),
              ('BID_ON', '山东岚清科技有限公司', 'LJZC2026-047')],
        aliases={'鑫岳公司': '东营鑫岳环保设备有限公司', '恒泰公司': '利津县恒泰市政工程有限公司',
                 '岚清公司': '山东岚清科技有限公司'},
        notes=COMMON + [
            'The purchaser (城市管理局) is AGENCY; the project name after it is not annotated and its year is not DATE. '
            '“辛苦费”人民币3万元 is MONEY (a promised payment between colluding bidders: collusion, not bribery).',
            '政府采购监督管理科 alone before a contact name is not annotated.',
        ],
    ),
    dict(
        file='l02-qshz-dongying-lijin-2026-22.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='利津县公安局',
        body='''
⟦利津县公安局|A⟧
移送案件线索签收回执
⟦利公经回〔2026〕22号|N⟧

⟦利津县财政局|A⟧：
　　你局以⟦利财采移〔2026〕6号|N⟧函移送的⟦东营鑫岳环保设备有限公司|C⟧等三家供应商涉嫌串通投标线索及附件材料3类共9份，我局已于⟦2026年5月13日|D⟧收悉，经清点无误，由我局经济犯罪侦查大队签收。
　　我局将依照《⟦公安机关受理行政执法机关移送涉嫌犯罪案件规定|L⟧》对该线索进行审查，并在规定期限内将是否立案的决定书面告知你局。

签收人：⟦利津县公安局经济犯罪侦查大队|A⟧　⟦副大队长|T⟧⟦尹泽坤|P⟧
⟦利津县公安局|A⟧（印）
⟦2026年5月13日|D⟧
（本回执一式两份，移送机关和接收机关各执一份）
''',
        rels=[('REFERRED', '利津县财政局', '利津县公安局', '利财采移〔2026〕6号', None),
              ('HOLDS_POSITION', '尹泽坤', '副大队长', '利津县公安局经济犯罪侦查大队')],
        notes=COMMON + [
            'The receipt cites the transfer by its number (以…号函移送) without the sending date; 5月13日 is the receipt date, so REFERRED has date null.',
            '我局经济犯罪侦查大队 (unit after a pronoun) is not annotated; in the signature the full 利津县公安局经济犯罪侦查大队 is one AGENCY span. 副大队长 is POSITION with that unit as org.',
        ],
    ),
    dict(
        file='l03-lagzs-dongying-lijin-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='利津县公安局',
        body='''
⟦利津县公安局|A⟧
立案告知书
⟦利公（经）立告字〔2026〕9号|N⟧

⟦利津县财政局|A⟧：
　　你局于⟦2026年5月12日|D⟧移送的《关于移送⟦东营鑫岳环保设备有限公司|C⟧等三家供应商涉嫌串通投标线索的函》（⟦利财采移〔2026〕6号|N⟧）收悉。经审查，我局认为⟦丁传斌|P⟧、⟦牟洪庆|P⟧等人涉嫌串通投标罪，符合立案条件，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年5月18日|D⟧立案侦查（案件编号：A3705225200002026050018）。
　　特此告知。

⟦利津县公安局|A⟧
⟦二〇二六年五月十九日|D⟧
''',
        rels=[('REFERRED', '利津县财政局', '利津县公安局', '利财采移〔2026〕6号', '2026年5月12日')],
        notes=COMMON + [
            'The police case number (案件编号, a long digit string) is an internal registry number, not in the DOC_NO shape; not annotated. *Unsure*.',
            'The signature date in Chinese numerals is DATE as written.',
        ],
    ),
    dict(
        file='l04-bljgfkh-dongying-lijin-2026-41.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='利津县公安局',
        body='''
⟦利津县公安局|A⟧
关于⟦东营鑫岳环保设备有限公司|C⟧等涉嫌串通投标案办理结果的反馈函
⟦利公经函〔2026〕41号|N⟧

⟦利津县财政局|A⟧：
　　⟦2026年5月12日|D⟧，你局以《关于移送⟦东营鑫岳环保设备有限公司|C⟧等三家供应商涉嫌串通投标线索的函》（⟦利财采移〔2026〕6号|N⟧）向我局移送串通投标案件线索。我局于⟦2026年5月18日|D⟧立案侦查（⟦利公（经）立告字〔2026〕9号|N⟧已告知你局）。现将办理结果反馈如下：
　　一、经侦查查明，⟦东营鑫岳环保设备有限公司|C⟧⟦实际控制人|T⟧⟦丁传斌|P⟧为谋取中标，邀请⟦利津县恒泰市政工程有限公司|C⟧、⟦山东岚清科技有限公司|C⟧陪标，并安排本公司员工统一制作三家投标文件，中标金额⟦3,792,600元|M⟧，情节严重。
　　二、本案已于⟦2026年9月2日|D⟧侦查终结，以⟦利公（经）诉字〔2026〕33号|N⟧起诉意见书移送⟦利津县人民检察院|A⟧审查起诉。犯罪嫌疑人⟦丁传斌|P⟧、⟦牟洪庆|P⟧、⟦于海涛|P⟧（⟦山东岚清科技有限公司|C⟧⟦法定代表人|T⟧）均已被取保候审。
　　三、本案刑事部分不影响你局依法对相关供应商作出行政处理。建议你局将涉案供应商列入政府采购严重违法失信行为记录名单，并通报⟦利津县发展和改革局|A⟧实施联合惩戒。
　　特此函复。

联系人：⟦利津县公安局经济犯罪侦查大队|A⟧　⟦尹泽坤|P⟧　电话：0546-5231142
⟦利津县公安局|A⟧
⟦2026年9月8日|D⟧
''',
        rels=[('REFERRED', '利津县财政局', '利津县公安局', '利财采移〔2026〕6号', '2026年5月12日'),
              ('REFERRED', '利津县公安局', '利津县人民检察院', '利公（经）诉字〔2026〕33号', '2026年9月2日'),
              ('LEGAL_REP', '于海涛', '山东岚清科技有限公司'),
              ('HOLDS_POSITION', '丁传斌', '实际控制人', '东营鑫岳环保设备有限公司'),
              ('HOLDS_POSITION', '于海涛', '法定代表人', '山东岚清科技有限公司')],
        notes=COMMON + [
            'GB18030. 移送…审查起诉 by the police to a named procuratorate is REFERRED, evidence the 起诉意见书 number, date the day the case was sent.',
            '实际控制人 attached to 丁传斌 is POSITION (like 股东), org the company before it. *Unsure*.',
            '本公司员工 (no name attached) is not POSITION. 通报发改局实施联合惩戒 is a suggestion, no REFERRED.',
            'BID_ON is not given: this letter names no project number.',
        ],
    ),
    dict(
        file='l05-zsh-fuzhou-nancheng-2026-12.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='南城县财政局',
        body='''
⟦南城县财政局|A⟧
关于转送⟦南城县第二中学|A⟧教学综合楼建设工程投诉材料的函
⟦南财转〔2026〕12号|N⟧

⟦南城县住房和城乡建设局|A⟧：
　　⟦2026年3月5日|D⟧，我局收到⟦抚州盱江建设工程有限公司|C⟧（以下简称⟦盱江公司|C⟧）的投诉书，反映⟦南城县第二中学|A⟧教学综合楼建设工程（招标编号：⟦NCJS-2026-008|J⟧）第一中标候选人⟦江西麻姑山建筑有限公司|C⟧提交的类似工程业绩合同及竣工验收证明系伪造，要求取消其中标候选资格。
　　经初步审查，该项目为依法必须招标的房屋建筑工程施工项目，合同估算价⟦1486万元|M⟧，依据《⟦中华人民共和国招标投标法实施条例|L⟧》第四条及《⟦江西省实施〈中华人民共和国招标投标法〉办法|L⟧》的规定，应由住房城乡建设行政主管部门负责处理。现将投诉书及附件（共23页）转送你局，请依法处理。投诉人身份信息请注意保密。

联系人：法规股　⟦黄晓梅|P⟧　电话：0794-7222615
⟦南城县财政局|A⟧
⟦2026年3月9日|D⟧
抄送：⟦盱江公司|C⟧
''',
        rels=[('REFERRED', '南城县财政局', '南城县住房和城乡建设局', '南财转〔2026〕12号', '2026年3月9日'),
              ('BID_ON', '江西麻姑山建筑有限公司', 'NCJS-2026-008')],
        aliases={'盱江公司': '抚州盱江建设工程有限公司'},
        notes=COMMON + [
            '转送 of a complaint to the competent construction regulator is treated like 转交: REFERRED, own number and date. *Unsure* (a complaint forwarded, not a clue).',
            'The school (public institution) is AGENCY. The complainant is not assumed to have bid; the first candidate did. '
            'The nested title 《江西省实施〈…〉办法》 is one LAW span (outermost).',
        ],
    ),
    dict(
        file='l06-thh-fuzhou-nancheng-2026-27.txt', fmt='gb18030-crlf', kind='other', violations=['false_materials'],
        issuer='南城县住房和城乡建设局',
        body='''
⟦南城县住房和城乡建设局|A⟧
关于退回投诉材料的函
⟦南住建函〔2026〕27号|N⟧

⟦县财政局|A⟧：
　　你局《关于转送⟦南城县第二中学|A⟧教学综合楼建设工程投诉材料的函》（⟦南财转〔2026〕12号|N⟧）及所附投诉材料已于⟦2026年3月10日|D⟧收悉。经核查，该项目已于⟦2026年1月20日|D⟧经⟦南城县发展和改革委员会|A⟧批复调整建设内容，资金来源变更为财政预算资金，招标人已将其作为政府采购工程，采用竞争性磋商方式在⟦南城县公共资源交易中心|A⟧进行采购，不属于依法必须招标项目。依据《⟦中华人民共和国政府采购法实施条例|L⟧》第七条和《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第六条，该投诉不属我局职责范围。
　　根据《⟦抚州市公共资源交易联动监管办法|L⟧》第十四条，现将投诉书及附件原件共23页退回你局，请依法处理。
　　附件：投诉材料退回清单

经办人：建筑市场监管股　⟦邓启华|P⟧　电话：0794-7231809
⟦南城县住房和城乡建设局|A⟧
⟦2026年3月13日|D⟧
''',
        rels=[('REFERRED', '县财政局', '南城县住房和城乡建设局', '南财转〔2026〕12号', None)],
        notes=COMMON + [
            'GB18030 with CRLF. The return (退回) is not REFERRED; the earlier 转送 is restated with its number and no date (3月10日 is the receipt date).',
            'The addressee 县财政局 is a level-prefixed name (GUIDELINES: AGENCY) and the only name of the sender in this file, so the restated REFERRED starts there; no alias (no full name in the file).',
            '财政部令第94号 in （） after a 《》 title: DOC_NO. 建筑市场监管股 alone is not annotated.',
        ],
    ),
    dict(
        file='l07-cxys-fuzhou-nancheng-2026-15.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='南城县财政局',
        body='''
⟦南城县财政局|A⟧
⟦南财采移〔2026〕15号|N⟧

关于重新移送⟦江西麻姑山建筑有限公司|C⟧涉嫌伪造国家机关印章线索的函

⟦南城县公安局|A⟧：
　　⟦2026年3月9日|D⟧，我局曾以⟦南财转〔2026〕12号|N⟧函将⟦南城县第二中学|A⟧教学综合楼建设工程投诉材料转送⟦南城县住房和城乡建设局|A⟧，该局于⟦2026年3月13日|D⟧以⟦南住建函〔2026〕27号|N⟧函退回。我局随即依照《⟦政府采购质疑和投诉办法|L⟧》受理该投诉并开展调查。
　　经调查，⟦江西麻姑山建筑有限公司|C⟧（⟦法定代表人|T⟧：⟦饶志刚|P⟧）在该项目（项目编号：⟦NCZC2026-0112|J⟧）响应文件中提交的“⟦南城县交通运输局|A⟧农村公路提质改造工程”竣工验收证明，经⟦南城县交通运输局|A⟧书面确认系伪造，所盖印章与该局备案印章不符。该公司⟦项目负责人|T⟧⟦章小兵|P⟧承认，证明系其委托他人制作，支付费用⟦2000元|M⟧。
　　上述行为除违反《⟦中华人民共和国政府采购法|L⟧》第七十七条规定外，还涉嫌构成《⟦中华人民共和国刑法|L⟧》第二百八十条规定的伪造国家机关印章罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条，现将该线索移送你局依法处理。对该公司提供虚假材料的行政处罚，我局将另行依法作出。

　　附件：1.投诉书及附件（23页）
　　　　　2.⟦南城县交通运输局|A⟧《关于核实工程业绩证明的复函》（⟦南交函〔2026〕8号|N⟧）
　　　　　3.询问笔录2份

联系人：政府采购监督管理股　⟦黄晓梅|P⟧　电话：0794-7222615
⟦南城县财政局|A⟧
⟦2026年3月27日|D⟧
抄送：⟦南城县交通运输局|A⟧、⟦南城县住房和城乡建设局|A⟧
''',
        rels=[('REFERRED', '南城县财政局', '南城县住房和城乡建设局', '南财转〔2026〕12号', '2026年3月9日'),
              ('REFERRED', '南城县财政局', '南城县公安局', '南财采移〔2026〕15号', '2026年3月27日'),
              ('LEGAL_REP', '饶志刚', '江西麻姑山建筑有限公司'),
              ('HOLDS_POSITION', '饶志刚', '法定代表人', '江西麻姑山建筑有限公司'),
              ('HOLDS_POSITION', '章小兵', '项目负责人', '江西麻姑山建筑有限公司'),
              ('BID_ON', '江西麻姑山建筑有限公司', 'NCZC2026-0112')],
        notes=COMMON + [
            'The earlier 转送 (曾以…号函) is restated with its number and date; the return (以…号函退回) is not REFERRED. The letter itself: 财政局 → 公安局.',
            'The forged certificate names 南城县交通运输局 and its road project: the bureau is AGENCY, the project name is not annotated. '
            'The 复函 title in 《》 is a case document (not LAW); its number is DOC_NO.',
            'After the return the project carries a 政府采购 number (NCZC2026-0112), a different identifier from the 招标编号 in l05; both are PROJECT_NO where they occur.',
        ],
    ),
    dict(
        file='l08-xzdch-dazhou-quxian-2026-6.docx', fmt='docx', kind='other', violations=['bribery'],
        issuer='中共渠县纪律检查委员会',
        body='''
⟦中共渠县纪律检查委员会|A⟧
⟦渠县监察委员会|A⟧
协助调查函
⟦渠纪协〔2026〕6号|N⟧
⟦渠县卫生健康局|A⟧：
　　我委监委在工作中发现，⟦渠县人民医院|A⟧⟦设备科科长|T⟧⟦蒲俊峰|P⟧涉嫌在该院2024年至2025年医用耗材集中采购中，利用职务便利为⟦达州市康瑞医疗器械有限公司|C⟧谋取利益，收受该公司⟦销售经理|T⟧⟦唐雪|P⟧所送财物。为查明事实，根据《⟦中华人民共和国监察法|L⟧》第十八条和《⟦渠县公共资源交易领域监督协作办法|L⟧》第九条，请你局协助提供以下材料：
　　一、⟦渠县人民医院|A⟧医用耗材采购项目（项目编号：⟦QXYY-HC-2024-03|J⟧、⟦QXYY-HC-2025-01|J⟧）的采购文件、评审报告、合同及付款凭证；
　　二、你局对上述项目的备案及监督检查记录；
　　三、⟦蒲俊峰|P⟧在⟦渠县人民医院|A⟧任职期间的分工文件。
　　请于⟦2026年4月24日|D⟧前将上述材料密封后送我委第三监督检查室。本函内容请严格保密，不得向无关人员透露。
联系人：⟦王晨曦|P⟧　电话：0818-7321005
⟦中共渠县纪律检查委员会|A⟧　⟦渠县监察委员会|A⟧
⟦2026年4月14日|D⟧
''',
        rels=[('HOLDS_POSITION', '蒲俊峰', '设备科科长', '渠县人民医院'),
              ('HOLDS_POSITION', '唐雪', '销售经理', '达州市康瑞医疗器械有限公司')],
        notes=COMMON + [
            'Joint sender (纪委 + 监委): issuer the first-listed body. An assistance request is not REFERRED.',
            '设备科科长 after a named hospital: one POSITION span with org the hospital (heldout7 c03 analogy). *Unsure*: GUIDELINES might want a unit AGENCY span; a 科 of a hospital is not annotated as AGENCY here.',
            'The two project numbers: no BID_ON, because the text does not say the company bid on a numbered project (it says the official favoured it). '
            '2024年至2025年 is year-level, not DATE. 我委监委 and 第三监督检查室 are not annotated.',
        ],
    ),
    dict(
        file='l09-cbh-dazhou-quxian-2026-2.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='中共渠县纪律检查委员会',
        body='''
⟦中共渠县纪律检查委员会|A⟧
⟦渠县监察委员会|A⟧
催办函
⟦渠纪催〔2026〕2号|N⟧

⟦县卫健局|A⟧：
　　我委监委于⟦4月14日|D⟧向你局发出《协助调查函》（⟦渠纪协〔2026〕6号|N⟧），请你局于⟦4月24日|D⟧前提供⟦渠县人民医院|A⟧医用耗材采购项目相关材料。截至⟦2026年4月29日|D⟧，我委监委仍未收到你局提供的材料，也未收到书面说明。
　　根据《⟦渠县公共资源交易领域监督协作办法|L⟧》第十一条“被请求单位应当在5个工作日内办理完毕或书面说明理由”之规定，请你局高度重视，于⟦2026年5月6日|D⟧前将所需材料报送我委第三监督检查室；确有困难的，请书面说明原因及预计提供时间。逾期未办理的，我委监委将按有关规定予以通报。

联系人：⟦王晨曦|P⟧　电话：0818-7321005
⟦中共渠县纪律检查委员会|A⟧
⟦2026年4月29日|D⟧
''',
        rels=[],
        notes=COMMON + [
            '县卫健局 is a level-prefixed short form (AGENCY); no full name in this file, so no alias.',
            'The quoted 《协助调查函》 is a letter title without a name inside; not LAW. A reminder is not REFERRED.',
            'Month+day without year (4月14日, 4月24日) is DATE.',
        ],
    ),
    dict(
        file='l10-fh-dazhou-quxian-2026-38-fanti.txt', fmt='utf-8', kind='other', violations=['bribery', 'discriminatory_terms'],
        issuer='渠縣衛生健康局',
        body='''
⟦渠縣衛生健康局|A⟧
關於協助調查有關事項的復函
⟦渠衛健函〔2026〕38號|N⟧

⟦中共渠縣紀律檢查委員會|A⟧、⟦渠縣監察委員會|A⟧：
　　貴委監委《協助調查函》（⟦渠紀協〔2026〕6號|N⟧）及《催辦函》（⟦渠紀催〔2026〕2號|N⟧）均已收悉。因部分付款憑證存放於⟦渠縣人民醫院|A⟧檔案室，調取耗時，未能按期回復，特此說明。現將有關情況函復如下：
　　一、已調取⟦渠縣人民醫院|A⟧醫用耗材採購項目（項目編號：⟦QXYY-HC-2024-03|J⟧、⟦QXYY-HC-2025-01|J⟧）的採購文件、評審報告、合同及付款憑證共4冊，隨函移交。
　　二、經查，上述兩個項目均由⟦達州市康瑞醫療器械有限公司|C⟧中標，中標金額分別為⟦人民幣287.6萬元|M⟧和⟦人民幣312.4萬元|M⟧。我局⟦2025年6月|D⟧專項檢查時曾發現其採購文件設置“須具有本市售後服務網點”條款，已責令該院整改。
　　三、我局在自查中還發現，該院⟦副院長|T⟧⟦鄧建明|P⟧分管採購期間，其配偶⟦何麗君|P⟧系⟦達州市康瑞醫療器械有限公司|C⟧⟦股東|T⟧，⟦鄧建明|P⟧未按規定申請迴避。該問題線索及相關材料一併移交貴委監委處理。

聯繫人：規劃財務股　⟦熊佳|P⟧　電話：0818-7325516
⟦渠縣衛生健康局|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('REFERRED', '渠縣衛生健康局', '中共渠縣紀律檢查委員會', '渠衛健函〔2026〕38號', '2026年5月6日'),
              ('HOLDS_POSITION', '鄧建明', '副院長', '渠縣人民醫院'),
              ('HOLDS_POSITION', '何麗君', '股東', '達州市康瑞醫療器械有限公司'),
              ('BID_ON', '達州市康瑞醫療器械有限公司', 'QXYY-HC-2024-03'),
              ('BID_ON', '達州市康瑞醫療器械有限公司', 'QXYY-HC-2025-01')],
        notes=COMMON + [
            'Traditional characters; spans as written.',
            'The reply hands over a new clue (問題線索…一併移交): REFERRED 衛健局 → the first-listed addressee (紀委), own number, signature date. *Unsure* (joint addressee). '
            'The materials sent on request (隨函移交 of files) are not a referral.',
            '該院副院長 → 副院長 with org 渠縣人民醫院. 貴委監委 is not annotated. 2025年6月 is DATE. 本市售後服務網點 clause: discriminatory_terms (found earlier).',
        ],
    ),
    dict(
        file='l11-sjysclsh-bayannur-wuyuan-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='五原县审计局',
        body='''
⟦五原县审计局|A⟧
审计移送处理书
⟦五审移〔2026〕4号|N⟧

⟦中共五原县纪律检查委员会|A⟧、⟦五原县监察委员会|A⟧：
　　根据《⟦五原县审计局2026年度审计项目计划|L⟧》，我局审计组于⟦2026年2月23日|D⟧至⟦2026年4月10日|D⟧对⟦五原县水务局|A⟧2024至2025年度高标准农田灌溉设施建设专项资金管理使用情况进行了审计。审计发现以下问题，需移送你委处理：
　　一、⟦五原县水务局|A⟧将隆兴昌镇高效节水灌溉工程（合同金额⟦486.3万元|M⟧）拆分为4个标段，均以低于公开招标数额标准的竞争性谈判方式采购，规避公开招标。
　　二、上述4个标段均由⟦内蒙古禾丰水利工程有限公司|C⟧及其关联企业⟦巴彦淖尔市沃源农业科技有限公司|C⟧成交。⟦内蒙古禾丰水利工程有限公司|C⟧⟦执行董事|T⟧⟦马振宇|P⟧系该局原农村水利股⟦股长|T⟧⟦马振华|P⟧之弟。
　　三、⟦马振华|P⟧在项目验收中未认真履行职责，在工程量未完成的情况下签署验收意见，造成多支付工程款⟦62.18万元|M⟧。
　　上述问题涉嫌违反《⟦中华人民共和国政府采购法|L⟧》第二十八条及《⟦中华人民共和国公职人员政务处分法|L⟧》的有关规定。依据《⟦中华人民共和国审计法|L⟧》第五十二条，现移送你委依纪依法处理，请将处理结果书面告知我局。对规避公开招标问题，我局已另行移送⟦五原县财政局|A⟧处理（⟦五审移〔2026〕5号|N⟧）。

　　附件：审计取证单7份及相关证据材料

⟦五原县审计局|A⟧
⟦2026年4月28日|D⟧
（审计组⟦组长|T⟧：⟦杨文慧|P⟧　电话：0478-5021487）
''',
        rels=[('REFERRED', '五原县审计局', '中共五原县纪律检查委员会', '五审移〔2026〕4号', '2026年4月28日'),
              ('REFERRED', '五原县审计局', '五原县财政局', '五审移〔2026〕5号', None),
              ('HOLDS_POSITION', '马振宇', '执行董事', '内蒙古禾丰水利工程有限公司'),
              ('HOLDS_POSITION', '马振华', '股长', '五原县水务局'),
              ('HOLDS_POSITION', '杨文慧', '组长', '五原县审计局')],
        notes=COMMON + [
            'An audit 移送处理书 to a joint addressee: REFERRED to the first-listed body, own number, signature date. '
            'The separate transfer to the 财政局 (另行移送…（号）) is REFERRED with that number and no date.',
            '该局原农村水利股股长: a unit after a pronoun is left out (heldout7 convention), so POSITION is 股长 only; 原 is not adjacent to it and stays out; org 五原县水务局. *Unsure*.',
            '审计组组长 in the signature: POSITION 组长, org the audit office (heldout7 convention). The annual audit plan in 《》 is LAW (a normative plan, like GUIDELINES’ 三年行动方案). *Unsure*.',
            '2024至2025年度 is year-level, not DATE. The date range is two DATE spans. No BID_ON: no project number.',
            'Violations: 拆分/规避公开招标 → no_procurement; an official failing his duty in acceptance → abuse_of_power.',
        ],
    ),
    dict(
        file='l12-ycqkbg-qinhuangdao-qinglong-2026-7.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='青龙满族自治县公共资源交易中心',
        body='''
⟦青龙满族自治县公共资源交易中心|A⟧
关于⟦青龙满族自治县交通运输局|A⟧农村公路安防工程施工项目投标异常情况的报告
⟦青公交报〔2026〕7号|N⟧

⟦青龙满族自治县发展和改革局|A⟧：
　　⟦2026年6月16日|D⟧，⟦青龙满族自治县交通运输局|A⟧2026年农村公路生命安全防护工程施工项目（招标编号：⟦QLJT-2026-SG-014|J⟧）在我中心开标。我中心交易系统预警模块比对发现：
　　一、⟦秦皇岛通衢路桥工程有限公司|C⟧、⟦河北冀安交通设施有限公司|C⟧、⟦青龙鼎盛建筑工程有限公司|C⟧三家投标人上传投标文件的计算机MAC地址相同；
　　二、⟦河北冀安交通设施有限公司|C⟧与⟦青龙鼎盛建筑工程有限公司|C⟧投标文件中拟派项目经理的联系电话相同；
　　三、三家投标报价均为最高投标限价⟦9,846,300元|M⟧的96.5%左右，差额不足⟦2000元|M⟧。
　　评标委员会已暂停评标。根据《⟦秦皇岛市公共资源交易异常情况报告制度|L⟧》第六条，现将上述情况报告你局，相关电子数据和开标记录已刻录光盘一并移交，请依法调查处理。

联系人：场务服务部　⟦贾文静|P⟧　电话：0335-7012235
⟦青龙满族自治县公共资源交易中心|A⟧
⟦2026年6月17日|D⟧
抄送：⟦青龙满族自治县交通运输局|A⟧、⟦青龙满族自治县财政局|A⟧
''',
        rels=[('REFERRED', '青龙满族自治县公共资源交易中心', '青龙满族自治县发展和改革局', '青公交报〔2026〕7号', '2026年6月17日'),
              ('BID_ON', '秦皇岛通衢路桥工程有限公司', 'QLJT-2026-SG-014'),
              ('BID_ON', '河北冀安交通设施有限公司', 'QLJT-2026-SG-014'),
              ('BID_ON', '青龙鼎盛建筑工程有限公司', 'QLJT-2026-SG-014')],
        notes=COMMON + [
            'GB18030. A trading-centre report that hands over the materials (一并移交…请依法调查处理) is REFERRED, own number and date (heldout7 convention).',
            'The purchaser 交通运输局 before a project name is AGENCY. 96.5% is a rate, not MONEY. 拟派项目经理 has no name attached: not POSITION.',
        ],
    ),
    dict(
        file='l13-xsyshan-songyuan-qianan-2026-19.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='乾安县教育局',
        body='''
⟦乾安县教育局|A⟧
⟦乾教函〔2026〕19号|N⟧

关于移送学生课桌椅质量问题线索的函

⟦乾安县市场监督管理局|A⟧：
　　⟦2026年8月|D⟧，我局组织对⟦乾安县第三中学|A⟧、⟦乾安县大布苏镇中心小学校|A⟧新购置的学生课桌椅进行验收时，发现部分产品钢管壁厚、板材甲醛释放量与投标承诺明显不符。经委托⟦吉林省华测检验技术有限公司|C⟧抽样检测（检测报告编号：HCJC2026-08-1147），甲醛释放量为1.9mg/L，不符合国家标准要求。
　　该批产品由⟦松原市嫩江湾家具制造有限公司|C⟧（统一社会信用代码：91220700MA17XK3Q5N，⟦法定代表人|T⟧：⟦付春雷|P⟧）供应，系2026年义务教育学校课桌椅采购项目（项目编号：⟦QAJY-2026-012|J⟧）成交供应商，合同金额⟦人民币68.4万元|M⟧，已支付预付款⟦20.52万元|M⟧。
　　上述情况涉嫌生产、销售不合格产品，依据《⟦中华人民共和国产品质量法|L⟧》，属你局职责范围。现将线索及检测报告、采购合同、验收记录移送你局依法查处，并请将处理结果函告我局。我局已暂停支付剩余款项，同时将供应商履约问题函告⟦乾安县财政局|A⟧。

联系人：计划财务股　⟦刘思彤|P⟧　电话：0438-6222310
⟦乾安县教育局|A⟧
⟦2026年9月1日|D⟧
''',
        rels=[('REFERRED', '乾安县教育局', '乾安县市场监督管理局', '乾教函〔2026〕19号', '2026年9月1日'),
              ('LEGAL_REP', '付春雷', '松原市嫩江湾家具制造有限公司'),
              ('HOLDS_POSITION', '付春雷', '法定代表人', '松原市嫩江湾家具制造有限公司'),
              ('BID_ON', '松原市嫩江湾家具制造有限公司', 'QAJY-2026-012')],
        notes=COMMON + [
            'A purchaser (education bureau) transfers a product-quality clue to market regulation: REFERRED, own number and date. '
            '函告财政局 about contract performance is a notice, not a transfer of a clue: no REFERRED. *Unsure*.',
            'Schools are AGENCY. The testing company is COMPANY. The 检测报告编号 and credit code are not DOC_NO. 2026年8月 is DATE.',
            'Violations: substandard goods → other.',
        ],
    ),
]
