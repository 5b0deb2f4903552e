"""dev18 — documents a1–a5, inline ⟦text|L⟧ marks: a 行政处罚决定书 (Sichuan 自贡自流井区), a 线索移送函 (Sichuan 雅安雨城区, GB18030),
a 行政判决书 (Sichuan 内江市中区), a 投诉处理决定书 (Heilongjiang 黑河爱辉区, docx), a 纪委监委 通报 (Heilongjiang 七台河桃山区).
All persons, companies, numbers, amounts and acts are invented. Dense in numbers: which are DOC_NO / PROJECT_NO / DATE and which are not.
"""

COMMON = [
    'Not DOC_NO (not annotated): 索引号, unified social credit codes, 营业执照注册号, ID numbers, bank accounts, 缴款码, GB/T and GB standard '
    'numbers, phone and fax numbers, contract numbers, invoice numbers, certificate / licence / report numbers, 登记号 / 备案号, bulletin issues '
    '(第3期), page and item numbers, room numbers, addresses with 号, 第X条 of laws.',
    'Not DATE: clock times (9时30分), durations (15日内, 30个工作日, 3年, 6个月), day-only and relative expressions (同月28日, 同日, 次日), '
    'year-only expressions and years inside project or title names.',
    '联系人/经办人/承办人/签收人 are form fields, not POSITION.',
]

DOCS = [
    dict(
        file='a1-cfjd-zigong-ziliujing-2026-7.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='自贡市自流井区财政局',
        body='''
⟦自贡市自流井区财政局|A⟧
行政处罚决定书
⟦自井财罚决〔2026〕7号|N⟧
索引号：11510302MB1534267X/2026-00318
当事人：⟦四川釜溪源环保科技有限公司|C⟧
统一社会信用代码：91510302MA6ABC1234
营业执照注册号：510302000056781（已换证）
住所：自贡市自流井区五星街道汇东路188号3栋2单元1104室
⟦法定代表人|T⟧：⟦钟伟民|P⟧　身份证号码：510302198305120417
联系电话：0813-8201547
　　⟦2026年1月19日|D⟧，我局收到⟦自贡市公共资源交易服务中心|A⟧《关于照明改造设备采购项目投标文件异常情况的函》（⟦自公资交函〔2026〕3号|N⟧），反映该中心在自流井区2025年老旧小区照明改造设备采购项目（项目编号：⟦ZLJCG-2025-0417|J⟧）评审中发现异常。我局于⟦1月21日|D⟧依法立案（立案编号：⟦自井财立〔2026〕4号|N⟧），并于同月28日向当事人送达《政府采购监督检查通知书》。
　　经查：
　　一、该项目于⟦2025年11月3日|D⟧在四川政府采购网发布招标公告，⟦2025年11月24日|D⟧9时30分开标，预算金额⟦人民币1,860,000.00元|M⟧。当事人以⟦1,742,360.00元|M⟧的报价中标，中标通知书编号为ZGZB-2025-11-0093，合同编号为ZLJ-HT-2025-118，合同于⟦2025年12月5日|D⟧签订，约定供货期为30日历天。
　　二、当事人投标文件中提供的《检验报告》（报告编号：SCQT2024-E-07716）声称产品符合GB/T 7000.1-2015和GB 19510.14-2009标准。经我局向出具单位⟦四川省产品质量监督检验检测院|A⟧函询，该院于⟦2026年2月6日|D⟧复函（⟦川质检函〔2026〕52号|N⟧）确认未出具过该编号报告。
　　三、当事人提供的质量管理体系认证证书（证书编号：00225Q31486R0S）已于⟦2024-08-19|D⟧过期。
　　以上事实有投标文件、开标记录、评标报告、⟦四川省产品质量监督检验检测院|A⟧复函、当事人陈述笔录（第1—6页）等证据证实。
　　我局于⟦2026年2月27日|D⟧向当事人送达《行政处罚事先告知书》（⟦自井财罚告〔2026〕7号|N⟧），告知其享有陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述申辩，亦未要求听证。
　　我局认为，当事人提供虚假材料谋取中标，违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据该条及《⟦中华人民共和国政府采购法实施条例|L⟧》第七十二条，决定如下：
　　1.对当事人处以采购金额千分之五的罚款，即⟦人民币9,300元|M⟧（⟦玖仟叁佰元整|M⟧）；
　　2.列入不良行为记录名单，一年内禁止参加政府采购活动；
　　3.中标无效。
　　当事人应自收到本决定书之日起15日内缴纳罚款，缴款码：5103022026000731845。收款单位：⟦自贡市自流井区财政局|A⟧非税收入汇缴结算户，开户银行：⟦中国工商银行股份有限公司自贡分行|C⟧，账号：2303 2110 0920 0013 567。
　　如不服本决定，可在收到本决定书之日起60日内向⟦自贡市自流井区人民政府|A⟧申请行政复议，或者在6个月内向⟦自贡市自流井区人民法院|A⟧提起行政诉讼。
　　联系人：⟦刘晓琴|P⟧　电话：0813-2208316　传真：0813-2208319
⟦自贡市自流井区财政局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[('REFERRED', '自贡市公共资源交易服务中心', '自贡市自流井区财政局', '自公资交函〔2026〕3号', '2026年1月19日'),
              ('PENALIZED', '自贡市自流井区财政局', '四川釜溪源环保科技有限公司'),
              ('LEGAL_REP', '钟伟民', '四川釜溪源环保科技有限公司'),
              ('HOLDS_POSITION', '钟伟民', '法定代表人', '四川釜溪源环保科技有限公司'),
              ('BID_ON', '四川釜溪源环保科技有限公司', 'ZLJCG-2025-0417')],
        notes=COMMON + [
            'The 交易服务中心 letter received by 我局 (the named issuer) is a REFERRED with its number; its date is the receipt date 2026年1月19日, the only one written for the transfer.',
            '立案编号 自井财立〔2026〕4号 and the 告知书 number have document-number shape: DOC_NO. 中标通知书编号 ZGZB-2025-11-0093, 合同编号, 报告编号, 证书编号 are not.',
            'The bank (开户银行) is COMPANY; the account name 自贡市自流井区财政局非税收入汇缴结算户 gives AGENCY. 四川政府采购网 is a website, not AGENCY. The 检验院 is a public institution: AGENCY.',
            '千分之五 is a rate, not MONEY. 《检验报告》, 《行政处罚事先告知书》, 《政府采购监督检查通知书》 and the 函 title are case documents, not LAW.',
        ],
    ),
    dict(
        file='a2-xsyshan-yaan-yucheng-jiaoyi-2026-6.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='雅安市雨城区公共资源交易中心',
        body='''
⟦雅安市雨城区公共资源交易中心|A⟧

⟦雨公资交移〔2026〕6号|N⟧

关于移送雨城区多营镇农村供水管网延伸工程施工招标异常线索的函

⟦雅安市雨城区住房和城乡建设局|A⟧：
　　雨城区多营镇农村供水管网延伸工程施工（招标编号：⟦YCJS-SG-2026-014|J⟧，招标备案号：雨建招备2026第0021号）于⟦2026年2月10日|D⟧发布招标公告，⟦3月3日|D⟧上午10时在本中心第二开标室（雨城区行政服务中心4楼408室）开标，共有7家投标人递交投标文件，招标控制价⟦4,386,512.37元|M⟧。
　　⟦3月4日|D⟧评标过程中，评标委员会发现⟦四川蒙顶山水利水电工程有限公司|C⟧、⟦雅安青衣江建筑劳务有限公司|C⟧、⟦四川雨城恒达市政工程有限公司|C⟧三家投标人的电子投标文件机器码一致（机器码：8C-16-45-3A-9B-E2），且三家的投标保证金均于⟦2026年3月2日|D⟧15时17分至15时21分从同一账户（账号：6228 4807 2915 3361 078）转出，每家⟦8万元|M⟧。
　　根据《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条第（二）项和《⟦四川省公共资源交易平台异常行为线索移送工作规则|L⟧》第九条的规定，现将有关线索移送你局依法处理。请于收到本函之日起30个工作日内将处理结果书面反馈我中心。
　　附件：1.开标记录（共3页）
　　　　　2.评标委员会书面意见（⟦2026年3月4日|D⟧）
　　　　　3.投标保证金到账明细（银行流水号：20260302151702883）
　　联系人：⟦杨雪梅|P⟧　联系电话：0835-2236417　13908165523
⟦雅安市雨城区公共资源交易中心|A⟧
⟦2026年3月6日|D⟧
抄送：⟦雅安市雨城区纪委监委驻区住房城乡建设局纪检监察组|A⟧
''',
        rels=[('REFERRED', '雅安市雨城区公共资源交易中心', '雅安市雨城区住房和城乡建设局', '雨公资交移〔2026〕6号', '2026年3月6日'),
              ('BID_ON', '四川蒙顶山水利水电工程有限公司', 'YCJS-SG-2026-014'),
              ('BID_ON', '雅安青衣江建筑劳务有限公司', 'YCJS-SG-2026-014'),
              ('BID_ON', '四川雨城恒达市政工程有限公司', 'YCJS-SG-2026-014')],
        notes=COMMON + [
            'GB18030. 招标编号 is PROJECT_NO; 招标备案号 雨建招备2026第0021号 is a registration number, not DOC_NO or PROJECT_NO. 机器码, 银行流水号 and the account are not annotated.',
            'The date of the letter (signature) is the REFERRED date. 抄送 to the 纪检监察组 is not a REFERRED.',
            '上午10时, 15时17分至15时21分 are clock times, not DATE. 4楼408室 is a room number; 雨城区行政服务中心 in that bracket is the venue, written as a location: not annotated (doubtful).',
        ],
    ),
    dict(
        file='a3-xzpjs-neijiang-shizhong-2026-27.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='四川省内江市市中区人民法院',
        body='''
⟦四川省内江市市中区人民法院|A⟧
行政判决书
⟦（2026）川1002行初27号|N⟧
　　原告：⟦内江甜城智慧科技有限公司|C⟧，住所地内江市市中区汉安大道西段299号，统一社会信用代码91511002MA62XK7Q3N。
　　⟦法定代表人|T⟧：⟦邱海洋|P⟧，该公司⟦执行董事|T⟧。
　　委托诉讼代理人：⟦罗静|P⟧，⟦四川沱江律师事务所|C⟧⟦律师|T⟧（执业证号：15110201810327456）。
　　被告：⟦内江市市中区财政局|A⟧，住所地内江市市中区玉溪路6号。
　　⟦法定代表人|T⟧：⟦彭志刚|P⟧，⟦局长|T⟧。
　　出庭负责人：⟦魏春燕|P⟧，⟦副局长|T⟧。
　　原告⟦内江甜城智慧科技有限公司|C⟧（以下简称⟦甜城公司|C⟧）不服被告⟦内江市市中区财政局|A⟧（以下简称⟦市中区财政局|A⟧）作出的⟦市中财采决〔2025〕11号|N⟧《政府采购投诉处理决定书》，于⟦2026年1月8日|D⟧向本院提起行政诉讼。本院于同日立案后，依法组成合议庭，于⟦2026年3月17日|D⟧公开开庭审理了本案。
　　经审理查明：⟦2025年9月|D⟧，⟦内江市第六中学|A⟧委托⟦四川汇诚工程项目管理有限公司|C⟧就智慧教室设备采购项目（项目编号：⟦NJZC2025-0583|J⟧）进行公开招标。⟦甜城公司|C⟧参与投标，报价⟦2,376,400元|M⟧，未中标。⟦2025年10月14日|D⟧至⟦10月20日|D⟧为中标结果公示期。⟦甜城公司|C⟧于⟦10月22日|D⟧提出质疑，⟦11月5日|D⟧向⟦市中区财政局|A⟧投诉，称中标人⟦内江华迅电子有限公司|C⟧提供的软件著作权登记证书（登记号：2023SR0716542）系伪造。⟦市中区财政局|A⟧于⟦2025年12月19日|D⟧作出被诉投诉处理决定，认定投诉事项缺乏事实依据，驳回投诉。
　　本院认为，根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第二十九条第（二）项的规定，被告在法定的30个工作日内作出处理决定，认定事实清楚，程序合法。
　　依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦内江甜城智慧科技有限公司|C⟧的诉讼请求。
　　案件受理费⟦50元|M⟧，由原告负担。
　　如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，上诉于⟦四川省内江市中级人民法院|A⟧。
　　⟦审判长|T⟧　⟦唐明远|P⟧
　　⟦审判员|T⟧　⟦许丽|P⟧
　　⟦人民陪审员|T⟧　⟦陈国富|P⟧
　　⟦二〇二六年四月二日|D⟧
　　⟦书记员|T⟧　⟦黄思琪|P⟧
''',
        rels=[('LEGAL_REP', '邱海洋', '内江甜城智慧科技有限公司'),
              ('HOLDS_POSITION', '邱海洋', '法定代表人@0', '内江甜城智慧科技有限公司'),
              ('HOLDS_POSITION', '邱海洋', '执行董事', '内江甜城智慧科技有限公司'),
              ('HOLDS_POSITION', '罗静', '律师', '四川沱江律师事务所'),
              ('LEGAL_REP', '彭志刚', '内江市市中区财政局'),
              ('HOLDS_POSITION', '彭志刚', '法定代表人@1', '内江市市中区财政局'),
              ('HOLDS_POSITION', '彭志刚', '局长', '内江市市中区财政局'),
              ('HOLDS_POSITION', '魏春燕', '副局长', '内江市市中区财政局'),
              ('HOLDS_POSITION', '唐明远', '审判长', '四川省内江市市中区人民法院'),
              ('HOLDS_POSITION', '许丽', '审判员', '四川省内江市市中区人民法院'),
              ('HOLDS_POSITION', '陈国富', '人民陪审员', '四川省内江市市中区人民法院'),
              ('HOLDS_POSITION', '黄思琪', '书记员', '四川省内江市市中区人民法院'),
              ('BID_ON', '内江甜城智慧科技有限公司', 'NJZC2025-0583'),
              ('BID_ON', '内江华迅电子有限公司', 'NJZC2025-0583')],
        aliases={'甜城公司': '内江甜城智慧科技有限公司', '市中区财政局': '内江市市中区财政局'},
        notes=COMMON + [
            'Court case number （2026）川1002行初27号 is DOC_NO with its parentheses; the contested decision number and 财政部令第94号 are DOC_NO. 执业证号 and 登记号 are not.',
            '甜城公司 is said to have bid (参与投标): BID_ON; the 中标人 also. Dismissal of the complaint and of the suit are not PENALIZED.',
            '书记员 is a court post attached to a named person: POSITION (org the court). 出庭负责人 and 委托诉讼代理人 are procedural roles, not POSITION.',
            '10月20日 is the end of a range and its own DATE; 同日 is relative, not DATE. 十五日内 is a duration.',
        ],
    ),
    dict(
        file='a4-tscljd-heihe-aihui-2026-2.docx', fmt='docx', kind='complaint_decision', violations=['discriminatory_terms', 'other'],
        issuer='黑河市爱辉区财政局',
        body='''
⟦黑河市爱辉区财政局|A⟧政府采购投诉处理决定书
⟦黑爱财采投决〔2026〕2号|N⟧
投诉人：⟦黑龙江北疆冷链物流有限公司|C⟧
地址：黑河市爱辉区海兰街118号
联系人：⟦于洪波|P⟧，联系电话：0456-8237715
被投诉人：⟦黑河市爱辉区第一人民医院|A⟧
地址：黑河市爱辉区通江路36号
被投诉人：⟦黑龙江瑷珲招标代理有限公司|C⟧
相关供应商：⟦黑河兴安粮食储运有限公司|C⟧
投诉人对被投诉人组织的⟦爱辉区第一人民医院|A⟧食堂食材配送服务采购项目（采购编号：⟦[2026]HHAH-FW-0031号|J⟧）的中标结果不服，于⟦2026年3月2日|D⟧向本机关提起投诉。本机关于⟦3月4日|D⟧依法受理，并于同月9日向被投诉人和相关供应商发出投诉答复通知书及投诉书副本。
投诉事项1：中标人⟦黑河兴安粮食储运有限公司|C⟧的食品经营许可证（许可证编号：JY12311020004567）已于⟦2025年12月31日|D⟧到期，不具备投标资格。
投诉事项2：采购文件第三章第2.4条要求投标人须在黑河市区设有不小于500平方米的自有冷库，属于以不合理条件对供应商实行差别待遇。
经查：该项目于⟦2026年2月上旬|D⟧发布公告，预算金额每年⟦96万元|M⟧，服务期3年，投标截止时间为⟦2026年2月25日|D⟧9时整，中标金额每年⟦88.6万元|M⟧。相关供应商已于⟦2026年1月15日|D⟧取得换发的许可证（许可证编号：JY12311020009982），投标时许可证有效。采购文件关于自有冷库的要求与合同履行无直接关联。
本机关认为，根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项、第三十一条第（二）项的规定，决定如下：
一、投诉事项1缺乏事实依据，予以驳回。
二、投诉事项2成立。责令⟦黑河市爱辉区第一人民医院|A⟧修改采购文件后重新开展采购活动。
投诉人、被投诉人如对本决定不服，可以在收到本决定书之日起60日内向⟦黑河市人民政府|A⟧申请行政复议，或者在6个月内向⟦黑河市爱辉区人民法院|A⟧提起行政诉讼。
⟦黑河市爱辉区财政局|A⟧
⟦2026年3月30日|D⟧
''',
        aliases={'爱辉区第一人民医院': '黑河市爱辉区第一人民医院'},
        rels=[('PENALIZED', '黑河市爱辉区财政局', '黑河市爱辉区第一人民医院'),
              ('BID_ON', '黑河兴安粮食储运有限公司', '[2026]HHAH-FW-0031号')],
        notes=COMMON + [
            'docx. 采购编号 [2026]HHAH-FW-0031号 is PROJECT_NO although it has a document-number shape. 许可证编号 is not annotated.',
            '2026年2月上旬: the 旬 suffix is kept in the span, by analogy with 初 and 份 in GUIDELINES (doubtful).',
            '责令…修改采购文件后重新开展采购活动 is 责令改正 by the named issuer: PENALIZED 财政局 → 医院 (a public institution, AGENCY). The complainant is not assumed to have bid; the 中标人 has.',
            'Violations: the allegation about the expired licence is other; the 冷库 requirement (found) is discriminatory_terms. 500平方米 is an area, not MONEY.',
        ],
    ),
    dict(
        file='a5-tb-qitaihe-taoshan-jiwei-2026-4.txt', fmt='utf-8', kind='discipline_notice', violations=['interference', 'bribery', 'no_procurement'],
        issuer='中共七台河市桃山区纪律检查委员会',
        body='''
⟦中共七台河市桃山区纪律检查委员会|A⟧
⟦七台河市桃山区监察委员会|A⟧
关于3起政府采购领域违纪违法典型问题的通报
⟦桃纪通〔2026〕4号|N⟧
各乡镇（街道）党（工）委，区直各部门：
　　一、⟦七台河市桃山区教育局|A⟧⟦原副局长|T⟧⟦孙立军|P⟧违规插手政府采购项目问题。⟦2023年3月|D⟧至⟦2025年6月|D⟧，⟦孙立军|P⟧利用分管全区校舍维修工作的职务便利，先后4次向评审专家打招呼，帮助其亲属实际控制的⟦七台河市鑫桃建筑工程有限公司|C⟧承揽校舍维修项目3个，合同金额共计⟦327.6万元|M⟧，收受该公司⟦法定代表人|T⟧⟦王海涛|P⟧所送现金⟦18万元|M⟧。⟦2026年1月|D⟧，经⟦区纪委|A⟧研究，给予⟦孙立军|P⟧开除党籍处分；经⟦区监委|A⟧研究，给予其开除公职处分，其涉嫌受贿犯罪问题移送⟦七台河市桃山区人民检察院|A⟧审查起诉。
　　二、⟦七台河市桃山区卫生健康局规划财务股|A⟧⟦股长|T⟧⟦刘洋|P⟧规避政府采购问题。⟦2024年5月|D⟧，⟦刘洋|P⟧将金额为⟦148.5万元|M⟧的医疗废物处置服务拆分为4个合同（合同编号：TSWJ-2024-031至TSWJ-2024-034），直接委托⟦七台河龙湖环保服务有限公司|C⟧实施。⟦2025年11月|D⟧，⟦刘洋|P⟧受到党内警告处分。
　　三、⟦七台河市桃山区万宝河镇人民政府|A⟧先建后招问题。该镇⟦2025年4月|D⟧至⟦2025年8月|D⟧实施的农村道路硬化工程（项目编号：⟦TSQ-WBH-2025-007|J⟧）施工早于招标，合同金额⟦96.3万元|M⟧。⟦2025年12月|D⟧，⟦区纪委|A⟧对该镇⟦党委书记|T⟧⟦张建国|P⟧、⟦镇长|T⟧⟦李明辉|P⟧进行诫勉谈话。
　　各级各部门要以案为鉴，严格执行《⟦中华人民共和国政府采购法|L⟧》和《⟦黑龙江省政府采购管理办法|L⟧》，对发现的问题线索及时移送。本通报同时刊发于《桃山清风》2026年第3期（总第57期）。
　　监督举报电话：0464-12388
⟦中共七台河市桃山区纪律检查委员会|A⟧
⟦七台河市桃山区监察委员会|A⟧
⟦2026年2月12日|D⟧
''',
        rels=[('PENALIZED', '中共七台河市桃山区纪律检查委员会', '孙立军'),
              ('PENALIZED', '七台河市桃山区监察委员会', '孙立军'),
              ('REFERRED', '七台河市桃山区监察委员会', '七台河市桃山区人民检察院', None, '2026年1月'),
              ('HOLDS_POSITION', '孙立军', '原副局长', '七台河市桃山区教育局'),
              ('LEGAL_REP', '王海涛', '七台河市鑫桃建筑工程有限公司'),
              ('HOLDS_POSITION', '王海涛', '法定代表人', '七台河市鑫桃建筑工程有限公司'),
              ('HOLDS_POSITION', '刘洋', '股长', '七台河市桃山区卫生健康局规划财务股'),
              ('HOLDS_POSITION', '张建国', '党委书记', '七台河市桃山区万宝河镇人民政府'),
              ('HOLDS_POSITION', '李明辉', '镇长', '七台河市桃山区万宝河镇人民政府')],
        aliases={'区纪委': '中共七台河市桃山区纪律检查委员会', '区监委': '七台河市桃山区监察委员会'},
        notes=COMMON + [
            'Joint notice: issuer is the first-listed 纪委. 区纪委 / 区监委 are level-prefixed short forms: AGENCY, aliased.',
            'PENALIZED: 开除党籍 by 区纪委 and 开除公职 by 区监委 (named agents). Not: 刘洋’s passive 党内警告 (no named agent), 诫勉谈话.',
            'The 移送 of 孙立军’s case to the 检察院 is by the 监委 (the case-handling body named in the sentence); date 2026年1月 from the same sentence (doubtful).',
            '合同编号 TSWJ-2024-031至TSWJ-2024-034 not annotated; 《桃山清风》2026年第3期（总第57期） is a bulletin issue, not DOC_NO, not LAW; the phone number is not annotated.',
            '镇党委书记: the organisation word 镇 is left out; org resolved to the 镇人民政府 (approximation).',
        ],
    ),
]
