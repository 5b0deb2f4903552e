"""dev19 — documents a1–a6, inline ⟦text|L⟧ marks. Court and prosecution narrative (CAIL-style fact paragraphs):
a 刑事判决书 (Hainan 儋州), a 起诉书 (Guizhou 黔东南 凯里), a 刑事判决书 (Anhui 淮北烈山区, GB18030), a 起诉意见书 (Fujian 南平建阳区),
a 线索移送函 公安 → 纪委/监委 (Hunan 怀化鹤城区, docx), a 不起訴決定書 (Hubei 恩施 利川市, traditional characters).
All persons, companies, numbers, amounts and acts are invented.
"""

COURT = ('被告人, 被告单位, 诉讼代表人, 辩护人, 公诉机关 are procedural roles, not POSITION; 书记员 is annotated as a POSITION of the court '
         '(a justice staff role, by analogy with 审判员), doubtful.')
SENT = 'PENALIZED: the named court → every sentenced defendant (persons and the defendant company). 提起公诉 is neither REFERRED nor PENALIZED.'

DOCS = [
    dict(
        file='a1-xspjs-danzhou-2026-214.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='海南省儋州市人民法院',
        body='''
⟦海南省儋州市人民法院|A⟧
刑 事 判 决 书
⟦（2026）琼9003刑初214号|N⟧
　　公诉机关⟦海南省儋州市人民检察院|A⟧。
　　被告单位⟦儋州鑫海建设工程有限公司|C⟧，住所地儋州市那大镇中兴大街88号。
　　诉讼代表人⟦李某丽|P⟧，该公司⟦行政经理|T⟧。
　　被告人⟦符某某|P⟧，男，⟦1979年3月|D⟧出生于海南省儋州市，汉族，初中文化，⟦鑫海公司|C⟧⟦实际控制人|T⟧。因涉嫌犯串通投标罪于⟦2025年11月6日|D⟧被⟦儋州市公安局|A⟧刑事拘留，同年⟦12月10日|D⟧被取保候审。
　　被告人⟦羊某|P⟧，男，⟦1985年7月|D⟧出生，⟦儋州椰林园林绿化有限公司|C⟧⟦法定代表人|T⟧。⟦2025年11月7日|D⟧被取保候审。
　　辩护人⟦吴汉生|P⟧，⟦海南琼西律师事务所|C⟧⟦律师|T⟧。
　　⟦海南省儋州市人民检察院|A⟧以⟦儋检刑诉〔2026〕87号|N⟧起诉书指控被告单位⟦儋州鑫海建设工程有限公司|C⟧（以下简称⟦鑫海公司|C⟧）、被告人⟦符某某|P⟧、⟦羊某|P⟧犯串通投标罪，于⟦2026年3月18日|D⟧向本院提起公诉。本院依法适用普通程序，组成合议庭，公开开庭审理了本案。⟦儋州市人民检察院|A⟧指派⟦检察员|T⟧⟦谢文静|P⟧出庭支持公诉，被告单位诉讼代表人⟦李某丽|P⟧，被告人⟦符某某|P⟧、⟦羊某|P⟧及辩护人⟦吴汉生|P⟧到庭参加诉讼。现已审理终结。
　　经审理查明：⟦2024年6月|D⟧，⟦儋州市那大镇人民政府|A⟧（以下简称⟦那大镇政府|A⟧）委托⟦海南恒正招标代理有限公司|C⟧对那大镇石屋村道路硬化工程进行公开招标，项目编号⟦DZNDZ-2024-036|J⟧，最高投标限价⟦人民币386.5万元|M⟧，⟦那大镇石屋村民委员会|A⟧负责协调施工用地。被告人⟦符某某|P⟧为使⟦鑫海公司|C⟧中标，伙同被告人⟦羊某|P⟧商定，由⟦羊某|P⟧担任⟦法定代表人|T⟧的⟦儋州椰林园林绿化有限公司|C⟧及⟦符某某|P⟧借用资质的⟦海南南丰路桥工程有限公司|C⟧参与投标陪标，三家投标文件均由⟦鑫海公司|C⟧⟦员工|T⟧⟦陈某|P⟧在同一台电脑上制作，报价由⟦符某某|P⟧确定。⟦2024年7月2日|D⟧开标，⟦鑫海公司|C⟧以⟦人民币371.28万元|M⟧中标。事后，⟦符某某|P⟧通过微信转账支付⟦羊某|P⟧“辛苦费”⟦人民币3万元|M⟧。
　　⟦2025年10月|D⟧，⟦儋州市审计局|A⟧在对⟦那大镇政府|A⟧开展财政收支审计时发现上述线索，移送⟦儋州市公安局|A⟧。同年⟦11月6日|D⟧，⟦符某某|P⟧、⟦羊某|P⟧经电话通知后主动到案，如实供述了犯罪事实。
　　上述事实，有招标文件、投标文件、开标记录、电子数据检查笔录、证人⟦陈某|P⟧、⟦王某某|P⟧的证言及被告人的供述等证据证实，足以认定。
　　本院认为，被告单位⟦鑫海公司|C⟧与其他投标人相互串通投标报价，损害招标人利益，情节严重，其行为已构成串通投标罪；被告人⟦符某某|P⟧系被告单位直接负责的主管人员，被告人⟦羊某|P⟧系共犯。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二百三十一条、第六十七条第一款之规定，判决如下：
　　一、被告单位⟦儋州鑫海建设工程有限公司|C⟧犯串通投标罪，判处罚金⟦人民币二十万元|M⟧；
　　二、被告人⟦符某某|P⟧犯串通投标罪，判处有期徒刑一年，缓刑二年，并处罚金⟦人民币五万元|M⟧；
　　三、被告人⟦羊某|P⟧犯串通投标罪，判处拘役五个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧；
　　四、追缴被告人⟦羊某|P⟧违法所得⟦人民币3万元|M⟧，上缴国库。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向⟦海南省第二中级人民法院|A⟧提出上诉。
⟦审判长|T⟧　⟦王琼|P⟧
⟦审判员|T⟧　⟦林振东|P⟧
⟦人民陪审员|T⟧　⟦符美兰|P⟧
⟦二〇二六年五月二十日|D⟧
⟦书记员|T⟧　⟦黎小燕|P⟧
''',
        rels=[
            ('PENALIZED', '海南省儋州市人民法院', '儋州鑫海建设工程有限公司'),
            ('PENALIZED', '海南省儋州市人民法院', '符某某'),
            ('PENALIZED', '海南省儋州市人民法院', '羊某'),
            ('REFERRED', '儋州市审计局', '儋州市公安局', None, '2025年10月'),
            ('LEGAL_REP', '羊某', '儋州椰林园林绿化有限公司'),
            ('HOLDS_POSITION', '羊某', '法定代表人', '儋州椰林园林绿化有限公司'),
            ('HOLDS_POSITION', '羊某', '法定代表人@1', '儋州椰林园林绿化有限公司'),
            ('HOLDS_POSITION', '李某丽', '行政经理', '儋州鑫海建设工程有限公司'),
            ('HOLDS_POSITION', '符某某', '实际控制人', '儋州鑫海建设工程有限公司'),
            ('HOLDS_POSITION', '吴汉生', '律师', '海南琼西律师事务所'),
            ('HOLDS_POSITION', '谢文静', '检察员', '海南省儋州市人民检察院'),
            ('HOLDS_POSITION', '陈某', '员工', '儋州鑫海建设工程有限公司'),
            ('HOLDS_POSITION', '王琼', '审判长', '海南省儋州市人民法院'),
            ('HOLDS_POSITION', '林振东', '审判员', '海南省儋州市人民法院'),
            ('HOLDS_POSITION', '符美兰', '人民陪审员', '海南省儋州市人民法院'),
            ('HOLDS_POSITION', '黎小燕', '书记员', '海南省儋州市人民法院'),
            ('BID_ON', '儋州鑫海建设工程有限公司', 'DZNDZ-2024-036'),
            ('BID_ON', '儋州椰林园林绿化有限公司', 'DZNDZ-2024-036'),
            ('BID_ON', '海南南丰路桥工程有限公司', 'DZNDZ-2024-036'),
        ],
        aliases={'鑫海公司': '儋州鑫海建设工程有限公司', '儋州市人民检察院': '海南省儋州市人民检察院',
                 '那大镇政府': '儋州市那大镇人民政府'},
        notes=[COURT, SENT,
               '实际控制人 and 行政经理 are annotated as corporate POSITIONs attached to named persons.',
               '那大镇石屋村民委员会 (a village committee coordinating land) is AGENCY: a grassroots public body, not an enterprise (set convention).',
               'The agent company 海南恒正招标代理有限公司 did not bid: no BID_ON.',
               'REFERRED 儋州市审计局 → 儋州市公安局 dated 2025年10月 (the month in which the audit found and transferred the clue).',
               '那大镇石屋村道路硬化工程 is a project name made of place names only: nothing annotated inside.'],
    ),
    dict(
        file='a2-qss-kaili-jcy-2026-112.txt', fmt='utf-8', kind='other', violations=['bribery', 'interference'],
        issuer='贵州省凯里市人民检察院',
        body='''
⟦贵州省凯里市人民检察院|A⟧
起 诉 书
⟦凯检刑诉〔2026〕112号|N⟧

　　被告人⟦杨某某|P⟧，男，⟦1971年9月14日|D⟧出生，苗族，大学文化，原⟦凯里市住房和城乡建设局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧，户籍地凯里市。因涉嫌受贿罪，于⟦2025年12月2日|D⟧被⟦凯里市监察委员会|A⟧留置，⟦2026年3月27日|D⟧经本院决定，由⟦凯里市公安局|A⟧执行逮捕。
　　本案由⟦凯里市监察委员会|A⟧调查终结，于⟦2026年3月26日|D⟧以被告人⟦杨某某|P⟧涉嫌受贿罪移送本院审查起诉。本院受理后，于次日告知被告人有权委托辩护人，依法讯问了被告人，听取了辩护人⟦龙建国|P⟧（⟦贵州黔东南律师事务所|C⟧⟦律师|T⟧）的意见，审查了全部案件材料。
　　经依法审查查明：
　　2019年至2024年间，被告人⟦杨某某|P⟧利用担任⟦凯里市住建局|A⟧⟦副局长|T⟧、分管建筑市场和工程质量安全监管的职务便利，接受请托，为多家单位和个人在工程招投标、资质审批、质量验收等方面谋取利益，非法收受他人财物共计折合⟦人民币186.4万元|M⟧。具体事实如下：
　　1.⟦2020年5月|D⟧，⟦贵州黔东南苗岭建设工程有限公司|C⟧（以下简称⟦苗岭公司|C⟧）⟦法定代表人|T⟧⟦潘某|P⟧为承接⟦凯里市第一人民医院|A⟧门诊楼改造工程，请托⟦杨某某|P⟧向该院⟦基建科科长|T⟧⟦吴某某|P⟧打招呼，并在评标前向招标代理机构⟦贵州中黔工程咨询有限公司|C⟧的⟦项目负责人|T⟧透露评分倾向。⟦苗岭公司|C⟧中标后，⟦潘某|P⟧分三次送给⟦杨某某|P⟧现金共计⟦人民币62万元|M⟧。
　　2.⟦2021年8月|D⟧至⟦2023年1月|D⟧，⟦凯里市大十字街道办事处|A⟧老旧小区改造项目实施期间，⟦凯里金泉商贸有限责任公司|C⟧⟦实际经营人|T⟧⟦张某|P⟧请托⟦杨某某|P⟧在竣工验收中予以关照，先后送给⟦杨某某|P⟧购物卡及现金共计⟦人民币34.4万元|M⟧。
　　3.2022年春节前后，⟦黔东南州苗侗建筑劳务专业合作社|C⟧⟦负责人|T⟧⟦吴某|P⟧为办理建筑业企业资质升级，送给⟦杨某某|P⟧⟦人民币90万元|M⟧，其中⟦人民币40万元|M⟧由⟦杨某某|P⟧之妻⟦刘某某|P⟧代为收取。
　　案发后，⟦杨某某|P⟧退缴全部赃款。
　　本院认为，被告人⟦杨某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，犯罪事实清楚，证据确实、充分，应当以受贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦凯里市人民法院|A⟧
⟦检察员|T⟧：⟦欧阳丽|P⟧
⟦2026年4月24日|D⟧
（院印）
附：1.被告人现羁押于⟦凯里市看守所|A⟧；2.案卷材料十一册。
''',
        rels=[
            ('REFERRED', '凯里市监察委员会', '贵州省凯里市人民检察院', None, '2026年3月26日'),
            ('HOLDS_POSITION', '杨某某', '党组成员', '凯里市住房和城乡建设局'),
            ('HOLDS_POSITION', '杨某某', '副局长', '凯里市住房和城乡建设局'),
            ('HOLDS_POSITION', '杨某某', '副局长@1', '凯里市住房和城乡建设局'),
            ('HOLDS_POSITION', '龙建国', '律师', '贵州黔东南律师事务所'),
            ('LEGAL_REP', '潘某', '贵州黔东南苗岭建设工程有限公司'),
            ('HOLDS_POSITION', '潘某', '法定代表人', '贵州黔东南苗岭建设工程有限公司'),
            ('HOLDS_POSITION', '吴某某', '基建科科长', '凯里市第一人民医院'),
            ('HOLDS_POSITION', '欧阳丽', '检察员', '贵州省凯里市人民检察院'),
            ('HOLDS_POSITION', '张某', '实际经营人', '凯里金泉商贸有限责任公司'),
            ('HOLDS_POSITION', '吴某', '负责人', '黔东南州苗侗建筑劳务专业合作社'),
        ],
        aliases={'苗岭公司': '贵州黔东南苗岭建设工程有限公司', '凯里市住建局': '凯里市住房和城乡建设局'},
        notes=['An indictment is kind other; the procuratorate is the issuer (title). Prosecution is not PENALIZED; 留置 and 逮捕 are not PENALIZED.',
               'REFERRED 凯里市监察委员会 → the issuer (移送本院审查起诉), dated 2026年3月26日.',
               '2019年至2024年 and 2022年春节: year-only, not DATE.',
               '原凯里市住房和城乡建设局党组成员、副局长: 原 left out (agency in between); two POSITION spans.',
               '实际经营人 (of a company) and 负责人 (of the cooperative) are annotated as corporate POSITIONs, like 实际控制人 in a1.',
               '项目负责人 of the agent company is annotated as POSITION attached to an annotated organisation, but no person: no HOLDS_POSITION.',
               '凯里市看守所 (detention house) is AGENCY. 之妻 is a relation, not POSITION.',
               '黔东南州苗侗建筑劳务专业合作社 is COMPANY (a cooperative in business).'],
        unmarked=[],
    ),
]

DOCS += [
    dict(
        file='a3-xspjs-huaibei-lieshan-2026-58.txt', fmt='gb18030', kind='court_judgment', violations=['bribery', 'no_procurement'],
        issuer='安徽省淮北市烈山区人民法院',
        body='''
⟦安徽省淮北市烈山区人民法院|A⟧
刑事判决书
⟦（2026）皖0604刑初58号|N⟧
公诉机关⟦安徽省淮北市烈山区人民检察院|A⟧。
被告人⟦张某某|P⟧，男，⟦1968年2月11日|D⟧出生，汉族，中专文化，原⟦淮北市烈山区宋疃镇人民政府|A⟧⟦副镇长|T⟧。⟦2025年9月17日|D⟧因涉嫌受贿罪被⟦淮北市烈山区监察委员会|A⟧留置，同年⟦10月29日|D⟧被逮捕。现羁押于⟦淮北市看守所|A⟧。
被告人⟦刘某|P⟧，男，⟦1975年6月3日|D⟧出生，原宋疃镇某村⟦党总支书记|T⟧、村民委员会⟦主任|T⟧。⟦2025年10月29日|D⟧被取保候审。
⟦安徽省淮北市烈山区人民检察院|A⟧以⟦淮烈检刑诉〔2026〕41号|N⟧起诉书指控被告人⟦张某某|P⟧犯受贿罪、被告人⟦刘某|P⟧犯非国家工作人员受贿罪，于⟦2026年2月9日|D⟧向本院提起公诉。本院受理后，依法组成合议庭，公开开庭进行了审理。
经审理查明：
2020年至2024年，被告人⟦张某某|P⟧在分管宋疃镇农业农村、村镇建设工作期间，利用职务便利，为⟦淮北某某建筑劳务有限公司|C⟧（以下简称⟦某某劳务公司|C⟧）⟦实际控制人|T⟧⟦陈某某|P⟧在宋疃镇高标准农田建设、⟦宋疃镇中心学校|A⟧校舍维修等工程中承揽项目、拨付工程款提供帮助，先后11次收受⟦陈某某|P⟧所送现金共计⟦人民币47万元|M⟧。其中，⟦宋疃镇中心学校|A⟧校舍维修工程预算⟦人民币138万元|M⟧，未经公开招标，由⟦张某某|P⟧授意拆分为三个标段，直接交由⟦某某劳务公司|C⟧施工。
⟦2022年3月|D⟧至⟦2023年12月|D⟧，被告人⟦刘某|P⟧利用担任村民委员会⟦主任|T⟧的职务便利，在本村道路亮化工程中为⟦淮北市烈山区鸿运灯饰经营部|C⟧⟦经营者|T⟧⟦周某|P⟧谋取利益，收受⟦周某|P⟧所送⟦人民币8.6万元|M⟧。
另查明，被告人⟦张某某|P⟧、⟦刘某|P⟧到案后如实供述，并退缴全部违法所得。
本院认为，被告人⟦张某某|P⟧身为国家工作人员，利用职务便利为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪；被告人⟦刘某|P⟧利用职务便利收受他人财物，数额较大，其行为已构成非国家工作人员受贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百八十五条、第三百八十六条、第一百六十三条之规定，判决如下：
一、被告人⟦张某某|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币三十万元|M⟧；
二、被告人⟦刘某|P⟧犯非国家工作人员受贿罪，判处有期徒刑八个月，缓刑一年；
三、扣押在案的违法所得⟦人民币55.6万元|M⟧予以没收，上缴国库。
⟦审判长|T⟧　⟦孙立新|P⟧
⟦审判员|T⟧　⟦葛玉|P⟧
⟦人民陪审员|T⟧　⟦马秀芹|P⟧
⟦二〇二六年四月十五日|D⟧
⟦书记员|T⟧　⟦任晓雯|P⟧
''',
        rels=[
            ('PENALIZED', '安徽省淮北市烈山区人民法院', '张某某'),
            ('PENALIZED', '安徽省淮北市烈山区人民法院', '刘某'),
            ('HOLDS_POSITION', '张某某', '副镇长', '淮北市烈山区宋疃镇人民政府'),
            ('HOLDS_POSITION', '刘某', '党总支书记', None),
            ('HOLDS_POSITION', '刘某', '主任', None),
            ('HOLDS_POSITION', '刘某', '主任@1', None),
            ('HOLDS_POSITION', '陈某某', '实际控制人', '淮北某某建筑劳务有限公司'),
            ('HOLDS_POSITION', '周某', '经营者', '淮北市烈山区鸿运灯饰经营部'),
            ('HOLDS_POSITION', '孙立新', '审判长', '安徽省淮北市烈山区人民法院'),
            ('HOLDS_POSITION', '葛玉', '审判员', '安徽省淮北市烈山区人民法院'),
            ('HOLDS_POSITION', '马秀芹', '人民陪审员', '安徽省淮北市烈山区人民法院'),
            ('HOLDS_POSITION', '任晓雯', '书记员', '安徽省淮北市烈山区人民法院'),
        ],
        aliases={'某某劳务公司': '淮北某某建筑劳务有限公司'},
        notes=[COURT, SENT, 'GB18030-encoded.',
               '淮北某某建筑劳务有限公司: masked but keeps the shape of a name with a place prefix → COMPANY; its defined short form 某某劳务公司 '
               '(以下简称) is COMPANY and aliased (doubtful: 某某 + 劳务公司 is close to 某 + category noun, but it is a defined abbreviation).',
               '宋疃镇某村 is a masked village (某 + category): not annotated; 村民委员会 in 村民委员会主任 is unnamed, so only 主任 is POSITION, org null; '
               '党总支书记 likewise org null.',
               '经营者 of an individual business (经营部) is annotated as POSITION (the business owner role, like 负责人).',
               '2020年至2024年: year-only, not DATE. 留置, 逮捕 are not PENALIZED; 没收 is part of the sentence, no separate relation.',
               '宋疃镇中心学校 (a public school, the purchaser) is AGENCY.'],
    ),
]

DOCS += [
    dict(
        file='a4-qsyjs-nanping-jianyang-gaj-2026-31.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='南平市公安局建阳分局',
        body='''
⟦南平市公安局建阳分局|A⟧
起 诉 意 见 书
⟦建公（经）诉字〔2026〕31号|N⟧

　　犯罪嫌疑人⟦黄某某|P⟧，男，⟦1982年4月9日|D⟧出生，公民身份号码35078419820409****，汉族，初中文化，⟦南平市建阳区童游鑫盛农资经营部|C⟧（个体工商户）⟦经营者|T⟧，户籍所在地福建省南平市建阳区童游街道。
　　犯罪嫌疑人⟦叶某|P⟧，女，⟦1979年12月|D⟧出生，⟦建阳区麻沙镇水南村茶叶专业合作社|C⟧⟦理事长|T⟧。
　　犯罪嫌疑人⟦虞某某|P⟧，男，⟦1988年1月|D⟧出生，⟦福建建州茶业有限公司|C⟧⟦销售经理|T⟧。
　　犯罪嫌疑人⟦黄某某|P⟧等人涉嫌串通投标一案，由⟦南平市建阳区财政局|A⟧于⟦2025年11月20日|D⟧以《政府采购违法线索移送函》（⟦建财函〔2025〕46号|N⟧）移送我局。我局经审查，于⟦2025年11月28日|D⟧立案侦查。犯罪嫌疑人⟦黄某某|P⟧于⟦2025年12月3日|D⟧被我局刑事拘留，同年⟦12月30日|D⟧经⟦南平市建阳区人民检察院|A⟧批准，由我局执行逮捕。⟦叶某|P⟧、⟦虞某某|P⟧于⟦2025年12月4日|D⟧被我局取保候审。
　　经依法侦查查明：
　　⟦2025年4月|D⟧，⟦南平市建阳区农业农村局|A⟧在福建省政府采购网发布茶园病虫害绿色防控物资采购项目公开招标公告（项目编号：⟦NPJY-2025-ZC118|J⟧，预算金额⟦人民币96.8万元|M⟧），代理机构为⟦福建闽北诚信招标有限公司|C⟧。犯罪嫌疑人⟦黄某某|P⟧为使其经营的⟦童游鑫盛农资经营部|C⟧中标，邀约合作社⟦理事长|T⟧⟦叶某|P⟧、⟦建州茶业公司|C⟧⟦销售经理|T⟧⟦虞某某|P⟧参与投标，约定由⟦黄某某|P⟧统一制作三家投标文件、统一缴纳投标保证金，合作社和⟦建州茶业公司|C⟧的报价均高于经营部。⟦2025年5月16日|D⟧开标，⟦童游鑫盛农资经营部|C⟧以⟦人民币91.35万元|M⟧中标。事后⟦黄某某|P⟧分别给予⟦叶某|P⟧⟦人民币1.5万元|M⟧、⟦虞某某|P⟧⟦人民币1万元|M⟧作为“配合费”。
　　经查，三家投标单位的投标保证金均从⟦黄某某|P⟧在⟦中国邮政储蓄银行股份有限公司南平市建阳区支行|C⟧开立的账户转出，三份电子投标文件的制作机器码一致。
　　认定上述事实的证据如下：书证、证人证言、犯罪嫌疑人供述和辩解、电子数据等。
　　综上所述，犯罪嫌疑人⟦黄某某|P⟧、⟦叶某|P⟧、⟦虞某某|P⟧相互串通投标报价，损害招标人利益，中标金额在⟦人民币50万元|M⟧以上，其行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，涉嫌串通投标罪。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百六十二条之规定，现将此案移送审查起诉。
　　此致
⟦南平市建阳区人民检察院|A⟧
⟦南平市公安局建阳分局|A⟧（印）
⟦二〇二六年二月六日|D⟧
''',
        rels=[
            ('REFERRED', '南平市建阳区财政局', '南平市公安局建阳分局', '建财函〔2025〕46号', '2025年11月20日'),
            ('REFERRED', '南平市公安局建阳分局', '南平市建阳区人民检察院', '建公（经）诉字〔2026〕31号', '二〇二六年二月六日'),
            ('HOLDS_POSITION', '黄某某', '经营者', '南平市建阳区童游鑫盛农资经营部'),
            ('HOLDS_POSITION', '叶某', '理事长', '建阳区麻沙镇水南村茶叶专业合作社'),
            ('HOLDS_POSITION', '叶某', '理事长@1', '建阳区麻沙镇水南村茶叶专业合作社'),
            ('HOLDS_POSITION', '虞某某', '销售经理', '福建建州茶业有限公司'),
            ('HOLDS_POSITION', '虞某某', '销售经理@1', '福建建州茶业有限公司'),
            ('BID_ON', '南平市建阳区童游鑫盛农资经营部', 'NPJY-2025-ZC118'),
            ('BID_ON', '建阳区麻沙镇水南村茶叶专业合作社', 'NPJY-2025-ZC118'),
            ('BID_ON', '福建建州茶业有限公司', 'NPJY-2025-ZC118'),
        ],
        aliases={'童游鑫盛农资经营部': '南平市建阳区童游鑫盛农资经营部', '建州茶业公司': '福建建州茶业有限公司'},
        notes=['起诉意见书 is kind other; issuer the police sub-bureau (title). 立案, 刑事拘留, 逮捕 (批准 by the procuratorate), 取保候审 are not relations.',
               'REFERRED 财政局 → 公安分局 (我局 = the named issuer) with the 移送函 number and date; REFERRED 公安分局 → 检察院 for this document '
               'itself (现将此案移送审查起诉), evidence its own number, date the signature date.',
               '个体工商户 经营部 and the village tea cooperative are COMPANY; 经营者 and 理事长 are POSITIONs. Bare 合作社 / 经营部 back-references '
               'are descriptive (no name element): not annotated.',
               '《政府采购违法线索移送函》 is a case document, not LAW. 福建省政府采购网 is a website, not AGENCY. ID number masked, not annotated.',
               'The bank branch 中国邮政储蓄银行股份有限公司南平市建阳区支行 is COMPANY. The agent company did not bid.'],
    ),
    dict(
        file='a5-xsyshan-huaihua-hecheng-gaj-2026-17.docx', fmt='docx', kind='other',
        violations=['collusion', 'bribery', 'interference', 'discriminatory_terms', 'no_procurement'],
        issuer='怀化市公安局鹤城分局',
        body='''
⟦怀化市公安局鹤城分局|A⟧
关于移送问题线索的函
⟦怀公鹤函〔2026〕17号|N⟧
⟦中共怀化市鹤城区纪律检查委员会|A⟧、⟦怀化市鹤城区监察委员会|A⟧：
　　我局在侦办“⟦怀化湘鹤建筑工程有限公司|C⟧等串通投标案”（⟦鹤公（经）立字〔2025〕112号|N⟧）过程中，发现公职人员涉嫌违纪违法问题线索。根据《⟦湖南省公安机关与纪检监察机关问题线索移送工作办法|L⟧》有关规定，现移送你们处理。具体情况如下：
　　一、⟦怀化市鹤城区城南街道办事处|A⟧（以下简称⟦城南街道|A⟧）⟦2024年11月|D⟧实施的辖区排水管网清淤工程（项目编号：⟦HCCN-2024-GC07|J⟧，控制价⟦人民币143.6万元|M⟧），中标单位为⟦怀化湘鹤建筑工程有限公司|C⟧（以下简称⟦湘鹤公司|C⟧）。据⟦湘鹤公司|C⟧⟦股东|T⟧⟦滕某某|P⟧供述，⟦城南街道城建办|A⟧⟦主任|T⟧⟦向某|P⟧在开标前将其他投标人名单透露给⟦滕某某|P⟧，并于⟦2024年12月|D⟧收受⟦滕某某|P⟧所送白酒两箱、购物卡⟦人民币2万元|M⟧。
　　二、⟦怀化市第二人民医院|A⟧⟦2025年3月|D⟧采购彩色多普勒超声诊断仪一台（成交金额⟦人民币218万元|M⟧），该院⟦设备科科长|T⟧⟦舒某某|P⟧与供应商⟦湖南辰星医疗器械有限公司|C⟧⟦业务员|T⟧⟦杨某|P⟧多次在鹤城区迎丰西路一茶楼见面，涉嫌为该公司量身设置技术参数。
　　三、⟦怀化市鹤城区黄金坳镇人民政府|A⟧、⟦鹤城区盈口乡金家村村民委员会|A⟧在农村公路安保工程中存在未招先建问题，⟦怀化市鹤城区交通运输局|A⟧⟦原副局长|T⟧⟦谭某某|P⟧涉嫌违规打招呼。
　　随函移送：询问笔录复印件4份、银行流水1份、微信聊天记录截图12张。
　　请将处理结果及时反馈我局。
　　联系人：⟦黄振宇|P⟧，电话：0745-2716110
⟦怀化市公安局鹤城分局|A⟧
⟦2026年1月15日|D⟧
''',
        rels=[
            ('REFERRED', '怀化市公安局鹤城分局', '中共怀化市鹤城区纪律检查委员会', '怀公鹤函〔2026〕17号', '2026年1月15日'),
            ('REFERRED', '怀化市公安局鹤城分局', '怀化市鹤城区监察委员会', '怀公鹤函〔2026〕17号', '2026年1月15日'),
            ('HOLDS_POSITION', '滕某某', '股东', '怀化湘鹤建筑工程有限公司'),
            ('HOLDS_POSITION', '向某', '主任', '城南街道城建办'),
            ('HOLDS_POSITION', '舒某某', '设备科科长', '怀化市第二人民医院'),
            ('HOLDS_POSITION', '杨某', '业务员', '湖南辰星医疗器械有限公司'),
            ('HOLDS_POSITION', '谭某某', '原副局长', '怀化市鹤城区交通运输局'),
            ('BID_ON', '怀化湘鹤建筑工程有限公司', 'HCCN-2024-GC07'),
        ],
        aliases={'城南街道': '怀化市鹤城区城南街道办事处', '湘鹤公司': '怀化湘鹤建筑工程有限公司'},
        notes=['A letter police → discipline commission and supervision commission: one REFERRED per addressee body.',
               '城南街道城建办 is one AGENCY span (maximal span with a named sub-unit), not an alias of the 街道办事处; 主任 attached to it.',
               '交通运输局原副局长: 原 adjacent to the title, kept in the POSITION span.',
               '鹤公（经）立字〔2025〕112号 (the police case-filing number) is DOC_NO. The 工作办法 in 《》 is a normative text: LAW.',
               'The village committee 鹤城区盈口乡金家村村民委员会 and the hospital are AGENCY. 该院/该公司 resolved for HOLDS_POSITION org.',
               '联系人 is a form field, not POSITION. 一茶楼 is a place, nothing annotated.',
               'Violations: the investigated 串通投标 case (collusion), gifts to a 街道 official (bribery), leaking bidders and 打招呼 (interference), '
               '量身设置技术参数 (discriminatory_terms), 未招先建 (no_procurement).'],
    ),
    dict(
        file='a6-bqsjds-enshi-lichuan-jcy-2026-6-fanti.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='湖北省利川市人民檢察院',
        body='''
⟦湖北省利川市人民檢察院|A⟧
不起訴決定書
⟦利檢刑不訴〔2026〕6號|N⟧

　　被不起訴人⟦田某某|P⟧，男，⟦1980年10月|D⟧出生，土家族，高中文化，原⟦利川市團堡鎮長坪村村民委員會|A⟧⟦會計|T⟧，住利川市團堡鎮。
　　本案由⟦利川市公安局|A⟧偵查終結，以被不起訴人⟦田某某|P⟧涉嫌職務侵佔罪，於⟦2026年2月3日|D⟧以⟦利公（經）訴字〔2026〕9號|N⟧起訴意見書移送本院審查起訴。
　　經本院依法審查查明：
　　⟦2023年5月|D⟧至⟦2024年8月|D⟧，被不起訴人⟦田某某|P⟧在負責長坪村「一事一議」財政獎補項目資金管理期間，與⟦湖北利川星斗山建築勞務有限公司|C⟧（以下簡稱⟦星斗山公司|C⟧）⟦負責人|T⟧⟦冉某某|P⟧串通，以虛增工程量的方式，將村集體資金⟦人民幣6.2萬元|M⟧轉入⟦星斗山公司|C⟧賬戶後，由⟦冉某某|P⟧提取現金交給⟦田某某|P⟧。案發後，⟦田某某|P⟧已全額退賠，並取得⟦長坪村村民委員會|A⟧諒解。另查明，該項目由⟦利川市團堡鎮人民政府|A⟧組織驗收，⟦利川市財政局|A⟧撥付獎補資金⟦人民幣30萬元|M⟧。
　　本院認為，⟦田某某|P⟧實施了《⟦中華人民共和國刑法|L⟧》第二百七十一條規定的行為，但犯罪情節輕微，具有自首、退賠情節，根據《⟦中華人民共和國刑法|L⟧》第三十七條的規定，不需要判處刑罰。依據《⟦中華人民共和國刑事訴訟法|L⟧》第一百七十七條第二款的規定，決定對⟦田某某|P⟧不起訴。
　　被不起訴人如不服本決定，可以自收到本決定書後七日內向本院申訴。
　　同時，本院將⟦田某某|P⟧違紀違法問題線索移送⟦利川市紀委監委|A⟧依規依紀依法處理。
⟦湖北省利川市人民檢察院|A⟧
⟦2026年4月8日|D⟧
''',
        rels=[
            ('REFERRED', '利川市公安局', '湖北省利川市人民檢察院', '利公（經）訴字〔2026〕9號', '2026年2月3日'),
            ('REFERRED', '湖北省利川市人民檢察院', '利川市紀委監委'),
            ('HOLDS_POSITION', '田某某', '會計', '利川市團堡鎮長坪村村民委員會'),
            ('HOLDS_POSITION', '冉某某', '負責人', '湖北利川星斗山建築勞務有限公司'),
        ],
        aliases={'星斗山公司': '湖北利川星斗山建築勞務有限公司', '長坪村村民委員會': '利川市團堡鎮長坪村村民委員會'},
        notes=['Traditional characters, annotated as written.',
               '不起訴 is not PENALIZED. The 起訴意見書 transfer police → procuratorate is REFERRED (本院 = the named issuer) with its number and date.',
               'The 同時 transfer to 利川市紀委監委 is REFERRED with date null (no date of the transfer itself stated).',
               '會計 (staff role of the village committee) is POSITION; 原 left out because the committee name sits in between.',
               'Violation other: embezzlement of village project funds by inflated quantities (not a procurement type listed).',
               '長坪村「一事一議」財政獎補項目 is a project name without an organisation: nothing annotated.'],
    ),
]
