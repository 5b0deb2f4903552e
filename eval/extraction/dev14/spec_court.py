"""dev14 — court and prosecution texts in the anonymised style of published judgments (hand annotation, inline ⟦text|L⟧ marks).

Places: Yunnan (Zhaotong Zhaoyang), Shaanxi (Yan'an Baota, traditional), Gansu (Jiuquan Suzhou), Liaoning (Anshan Tiedong),
Shandong (Tai'an, intermediate court and Taishan district). Places inside the facts are masked (某某县, 某某区, 某某市).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 被告单位, 上诉人, 原审被告人, 公诉机关, 辩护人, 诉讼代表人, 证人 are procedural roles (not POSITION). 本院 is not annotated. '
    '实际控制人, 个体经营者 are not POSITION.',
    'Masked names that keep the shape of a name are annotated (GUIDELINES §2.8): 张某1, 某某县交通运输局, 昭通XX建筑工程有限公司, 云南某某律师事务所. '
    '某 + a bare category noun is not.',
    '提起公诉 is not REFERRED; 退回补充调查 (a return) is not REFERRED; 移送审查起诉 by a named 监委 is REFERRED; 指定管辖 is not. '
    '刑事拘留, 留置, 逮捕, 取保候审 are no relations. A criminal sentence by the named court is PENALIZED (court → each sentenced party).',
    'Birth year+month (1978年5月出生) is DATE; a birth year alone is not (dev13).',
]

DOCS = [
    dict(
        file='c1-ss-zhaotong-zhaoyang-2026-218.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='云南省昭通市昭阳区人民法院',
        body='''
⟦云南省昭通市昭阳区人民法院|A⟧
刑 事 判 决 书
⟦（2026）云0602刑初218号|N⟧

　　公诉机关⟦云南省昭通市昭阳区人民检察院|A⟧。
　　被告单位⟦昭通XX建筑工程有限公司|C⟧，住所地昭通市昭阳区……，统一社会信用代码……。
　　诉讼代表人⟦杨某某|P⟧，该公司⟦员工|T⟧。
　　被告人⟦张某1|P⟧，男，⟦1978年5月|D⟧出生，汉族，⟦昭通XX建筑工程有限公司|C⟧实际控制人。因涉嫌犯串通投标罪，于⟦2025年11月4日|D⟧被⟦昭通市公安局昭阳分局|A⟧刑事拘留，同年⟦12月9日|D⟧被取保候审。
　　被告人⟦张某2|P⟧，男，1983年出生，彝族，⟦云南YY市政工程有限公司|C⟧⟦项目经理|T⟧。⟦2025年11月5日|D⟧被取保候审。
　　被告人⟦李某|P⟧，女，⟦1990年2月|D⟧出生，⟦某某县公共资源交易中心|A⟧⟦原工作人员|T⟧。⟦2025年11月5日|D⟧被取保候审。
　　辩护人⟦王某某|P⟧，⟦云南某某律师事务所|C⟧⟦律师|T⟧。
　　⟦云南省昭通市昭阳区人民检察院|A⟧以⟦昭阳检刑诉〔2026〕196号|N⟧起诉书指控被告单位⟦昭通XX建筑工程有限公司|C⟧、被告人⟦张某1|P⟧、⟦张某2|P⟧、⟦李某|P⟧犯串通投标罪，于⟦2026年4月20日|D⟧向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。
　　经审理查明：⟦2024年8月|D⟧，⟦某某县交通运输局|A⟧就某某县农村公路提质改造工程（第二标段）（项目编号：⟦ZTJT-2024-GL-017|J⟧）公开招标，最高投标限价⟦人民币2,680万元|M⟧。被告人⟦张某1|P⟧为使⟦昭通XX建筑工程有限公司|C⟧（以下简称⟦XX公司|C⟧）中标，联系被告人⟦张某2|P⟧，借用⟦云南YY市政工程有限公司|C⟧（以下简称⟦YY公司|C⟧）及⟦昭通ZZ路桥有限公司|C⟧（以下简称⟦ZZ公司|C⟧）资质参与投标，由⟦张某1|P⟧统一制作三家公司投标文件、支付投标保证金各⟦人民币50万元|M⟧，并承诺给予⟦YY公司|C⟧、⟦ZZ公司|C⟧“资质借用费”各⟦人民币8万元|M⟧。被告人⟦李某|P⟧时任⟦某某县公共资源交易中心|A⟧⟦工作人员|T⟧，在开标前将已下载招标文件的潜在投标人名单泄露给⟦张某1|P⟧，收受⟦张某1|P⟧所送⟦人民币2万元|M⟧。⟦2024年9月12日|D⟧开标，⟦XX公司|C⟧以⟦人民币2,596.3万元|M⟧中标。
　　⟦2025年10月|D⟧，⟦某某县财政局|A⟧在政府采购和招标投标交叉检查中发现三家公司投标文件异常雷同，将线索移送⟦昭通市公安局昭阳分局|A⟧，该局于同年⟦11月3日|D⟧立案侦查。
　　上述事实，有招标文件、投标文件、保证金转账凭证、交易系统下载记录，证人⟦赵某|P⟧、⟦孙某某|P⟧的证言，被告人的供述等证据证实，足以认定。
　　本院认为，……依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二百三十一条、第六十七条第三款、第七十二条之规定，判决如下：
　　一、被告单位⟦昭通XX建筑工程有限公司|C⟧犯串通投标罪，判处罚金⟦人民币三十万元|M⟧；
　　二、被告人⟦张某1|P⟧犯串通投标罪，判处有期徒刑一年六个月，并处罚金⟦人民币十万元|M⟧；
　　三、被告人⟦张某2|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币五万元|M⟧；
　　四、被告人⟦李某|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币三万元|M⟧；
　　五、被告人⟦李某|P⟧退缴的违法所得⟦人民币2万元|M⟧予以没收，上缴国库。
''',
        rels=[('PENALIZED', '云南省昭通市昭阳区人民法院', '昭通XX建筑工程有限公司'),
              ('PENALIZED', '云南省昭通市昭阳区人民法院', '张某1'),
              ('PENALIZED', '云南省昭通市昭阳区人民法院', '张某2'),
              ('PENALIZED', '云南省昭通市昭阳区人民法院', '李某'),
              ('REFERRED', '某某县财政局', '昭通市公安局昭阳分局', None, '2025年10月'),
              ('HOLDS_POSITION', '杨某某', '员工', '昭通XX建筑工程有限公司'),
              ('HOLDS_POSITION', '张某2', '项目经理', '云南YY市政工程有限公司'),
              ('HOLDS_POSITION', '李某', '原工作人员', '某某县公共资源交易中心'),
              ('HOLDS_POSITION', '李某', '工作人员', '某某县公共资源交易中心'),
              ('HOLDS_POSITION', '王某某', '律师', '云南某某律师事务所'),
              ('BID_ON', '昭通XX建筑工程有限公司', 'ZTJT-2024-GL-017'),
              ('BID_ON', '云南YY市政工程有限公司', 'ZTJT-2024-GL-017'),
              ('BID_ON', '昭通ZZ路桥有限公司', 'ZTJT-2024-GL-017')],
        aliases={'XX公司': '昭通XX建筑工程有限公司', 'YY公司': '云南YY市政工程有限公司', 'ZZ公司': '昭通ZZ路桥有限公司'},
        notes=COMMON + [
            'Court header with the court case number: DOC_NO; the 起诉书 number before the word 起诉书: DOC_NO.',
            '某某县公共资源交易中心原工作人员: 原 is adjacent to the post and stays in the POSITION span (GUIDELINES); the later 时任…工作人员 is a second mention.',
            '同年12月9日 → 12月9日; 同年11月3日 → 11月3日 (GUIDELINES). 1983年出生 (year only) is not DATE.',
            'The 财政局 transfer to the police: REFERRED, date 2025年10月. 李某 received money from 张某1: bribery besides collusion (GUIDELINES: 收受财物).',
        ],
    ),
    dict(
        file='c2-ss-yanan-baota-2026-87-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='陝西省延安市寶塔區人民法院',
        body='''
⟦陝西省延安市寶塔區人民法院|A⟧
刑事判決書
⟦（2026）陝0602刑初87號|N⟧

　　公訴機關⟦陝西省延安市寶塔區人民檢察院|A⟧。
　　被告人⟦劉某某|P⟧，男，⟦1969年2月|D⟧出生，漢族，大學文化，原⟦某某縣衛生健康局|A⟧⟦黨組成員|T⟧、⟦副局長|T⟧。因涉嫌犯受賄罪，於⟦2025年9月16日|D⟧被⟦延安市寶塔區監察委員會|A⟧留置，同年⟦12月2日|D⟧被逮捕。現羈押於⟦延安市看守所|A⟧。
　　辯護人⟦高某|P⟧，⟦陝西某某律師事務所|C⟧⟦律師|T⟧。
　　⟦陝西省延安市寶塔區人民檢察院|A⟧以⟦延寶檢刑訴〔2026〕71號|N⟧起訴書指控被告人⟦劉某某|P⟧犯受賄罪，於⟦2026年3月5日|D⟧向本院提起公訴。本院依法組成合議庭，公開開庭審理了本案。
　　經審理查明：2021年至2024年，被告人⟦劉某某|P⟧利用擔任⟦某某縣衛生健康局|A⟧⟦副局長|T⟧、分管醫療設備採購的職務便利，為⟦陝西XX醫療科技有限公司|C⟧（以下簡稱⟦XX公司|C⟧）在⟦某某縣人民醫院|A⟧DR設備採購項目（項目編號：⟦YAMM-2022-YL-006|J⟧）中標、⟦某某縣婦幼保健院|A⟧彩超採購項目驗收及貨款支付等事項上提供幫助，先後10次收受⟦XX公司|C⟧實際控制人⟦王某1|P⟧所送⟦人民幣47.5萬元|M⟧。具體如下：
　　1.⟦2022年3月|D⟧，在⟦XX公司|C⟧參與上述DR設備採購項目投標前，⟦劉某某|P⟧授意⟦某某縣人民醫院設備科|A⟧⟦科長|T⟧⟦王某2|P⟧按照⟦XX公司|C⟧所供產品參數編制採購需求，事後收受⟦王某1|P⟧所送⟦人民幣10萬元|M⟧；
　　2.⟦2022年9月|D⟧至2023年春節期間，⟦劉某某|P⟧在其辦公室先後4次收受⟦王某1|P⟧所送⟦人民幣15萬元|M⟧、購物卡價值⟦人民幣2.5萬元|M⟧；
　　3.……
　　另查明，⟦2025年7月|D⟧，⟦某某縣審計局|A⟧在對⟦某某縣人民醫院|A⟧開展經濟責任審計中發現上述問題線索，移送⟦延安市寶塔區紀委監委|A⟧。案發後，⟦劉某某|P⟧主動退繳全部贓款。⟦延安市寶塔區監察委員會|A⟧調查終結後，於⟦2026年1月20日|D⟧將本案移送⟦陝西省延安市寶塔區人民檢察院|A⟧審查起訴。
　　本院認為，被告人⟦劉某某|P⟧身為國家工作人員，利用職務上的便利，為他人謀取利益，非法收受他人財物，數額巨大，其行為已構成受賄罪。依照《⟦中華人民共和國刑法|L⟧》第三百八十五條第一款、第三百八十六條、第三百八十三條第一款第（二）項之規定，判決如下：
　　被告人⟦劉某某|P⟧犯受賄罪，判處有期徒刑三年六個月，並處罰金⟦人民幣二十五萬元|M⟧。
''',
        rels=[('PENALIZED', '陝西省延安市寶塔區人民法院', '劉某某'),
              ('REFERRED', '某某縣審計局', '延安市寶塔區紀委監委', None, '2025年7月'),
              ('REFERRED', '延安市寶塔區監察委員會', '陝西省延安市寶塔區人民檢察院', None, '2026年1月20日'),
              ('HOLDS_POSITION', '劉某某', '黨組成員', '某某縣衛生健康局'),
              ('HOLDS_POSITION', '劉某某', '副局長@0', '某某縣衛生健康局'),
              ('HOLDS_POSITION', '劉某某', '副局長@1', '某某縣衛生健康局'),
              ('HOLDS_POSITION', '高某', '律師', '陝西某某律師事務所'),
              ('HOLDS_POSITION', '王某2', '科長', '某某縣人民醫院設備科'),
              ('BID_ON', '陝西XX醫療科技有限公司', 'YAMM-2022-YL-006')],
        aliases={'XX公司': '陝西XX醫療科技有限公司'},
        notes=COMMON + [
            'Traditional characters. 原某某縣衛生健康局黨組成員、副局長: 原 left out because the agency sits between it and the posts (GUIDELINES); two POSITION spans.',
            '某某縣人民醫院設備科科長王某2: the named unit 設備科 right after the agency is one AGENCY span (brief: maximal span); 科長 POSITION with org the unit.',
            '延安市看守所 after 羈押於 is a detention house: AGENCY (GUIDELINES list detention houses; 羈押於 is no address label).',
            'The audit office\'s transfer to the 紀委監委 pair (one AGENCY span 延安市寶塔區紀委監委), date 2025年7月; the 監委\'s 移送審查起訴, date 2026年1月20日. 2023年春節 is not DATE.',
            'XX公司 bid and won the DR project (中標): BID_ON.',
        ],
    ),
    dict(
        file='c3-ss-jiuquan-suzhou-2026-156.docx', fmt='docx', kind='court_judgment',
        violations=['false_materials', 'collusion', 'bribery'],
        issuer='甘肃省酒泉市肃州区人民法院',
        body='''
⟦甘肃省酒泉市肃州区人民法院|A⟧
刑事判决书
⟦（2026）甘0902刑初156号|N⟧
公诉机关⟦甘肃省酒泉市肃州区人民检察院|A⟧。
被告人⟦赵某|P⟧，男，⟦1986年10月|D⟧出生，汉族，个体经营者。⟦2025年12月8日|D⟧因涉嫌犯伪造公司、企业印章罪被⟦酒泉市公安局肃州分局|A⟧刑事拘留，⟦2026年1月12日|D⟧被取保候审。
被告人⟦钱某某|P⟧，女，1990年出生，汉族，⟦甘肃XX工程咨询有限公司|C⟧⟦员工|T⟧。⟦2026年1月12日|D⟧被取保候审。
⟦甘肃省酒泉市肃州区人民检察院|A⟧以⟦酒肃检刑诉〔2026〕102号|N⟧起诉书指控被告人⟦赵某|P⟧犯伪造公司、企业印章罪、串通投标罪，被告人⟦钱某某|P⟧犯串通投标罪，于⟦2026年4月2日|D⟧向本院提起公诉。
经审理查明：⟦2025年4月|D⟧，⟦某某县农业农村局|A⟧委托⟦甘肃XX工程咨询有限公司|C⟧（以下简称⟦XX咨询公司|C⟧）代理某某县高标准农田建设项目（项目编号：⟦JQNY-2025-GBZ-003|J⟧）招标。被告人⟦赵某|P⟧为承揽该项目，借用⟦酒泉YY水利水电工程有限公司|C⟧资质投标，并私刻“⟦酒泉ZZ建设工程有限公司|C⟧”“⟦甘肃省建设工程质量检测中心|A⟧”印章各一枚，伪造类似工程业绩证明及检测报告各一份装入投标文件。被告人⟦钱某某|P⟧系⟦XX咨询公司|C⟧该项目的⟦项目负责人|T⟧，在开标前向⟦赵某|P⟧透露已购买招标文件的其他投标人名称，收受⟦赵某|P⟧所送⟦人民币3万元|M⟧。⟦2025年5月20日|D⟧开标，⟦酒泉YY水利水电工程有限公司|C⟧以⟦人民币1,243.8万元|M⟧中标。
⟦2025年9月|D⟧，⟦某某县财政局|A⟧在处理投诉过程中发现上述业绩证明系伪造，以⟦某财函〔2025〕41号|N⟧函将线索移送⟦酒泉市公安局肃州分局|A⟧。
本院认为，……依照《⟦中华人民共和国刑法|L⟧》第二百八十条第二款、第二百二十三条、第六十九条、第六十四条之规定，判决如下：
一、被告人⟦赵某|P⟧犯伪造公司、企业印章罪，判处有期徒刑一年；犯串通投标罪，判处有期徒刑一年，并处罚金⟦人民币八万元|M⟧；决定执行有期徒刑一年十个月，并处罚金⟦人民币八万元|M⟧。
二、被告人⟦钱某某|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币三万元|M⟧。
三、扣押的伪造印章二枚予以没收。
''',
        rels=[('PENALIZED', '甘肃省酒泉市肃州区人民法院', '赵某'),
              ('PENALIZED', '甘肃省酒泉市肃州区人民法院', '钱某某'),
              ('REFERRED', '某某县财政局', '酒泉市公安局肃州分局', '某财函〔2025〕41号', '2025年9月'),
              ('HOLDS_POSITION', '钱某某', '员工', '甘肃XX工程咨询有限公司'),
              ('HOLDS_POSITION', '钱某某', '项目负责人', '甘肃XX工程咨询有限公司'),
              ('BID_ON', '酒泉YY水利水电工程有限公司', 'JQNY-2025-GBZ-003')],
        aliases={'XX咨询公司': '甘肃XX工程咨询有限公司'},
        notes=COMMON + [
            'A .docx (texts/ holds the plain text). Names engraved on forged seals, quoted in “”, are annotated (dev13): a company (COMPANY) and a 检测中心 (a public institution, AGENCY; *unsure*).',
            'A masked letter number 某财函〔2025〕41号 keeps the shape of a number: DOC_NO (*unsure*), evidence of the REFERRED 财政局 → 公安分局.',
            'The agent (XX咨询公司) did not bid: no BID_ON. 酒泉YY… won with the forged papers: BID_ON. 人民币八万元 twice: two MONEY spans.',
            'Violations: false_materials (forged performance proof), collusion, bribery (the agent\'s project lead took money).',
        ],
    ),
    dict(
        file='c4-qss-anshan-tiedong-2026-58.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='辽宁省鞍山市铁东区人民检察院',
        body='''
⟦辽宁省鞍山市铁东区人民检察院|A⟧
起 诉 书
⟦鞍铁检刑诉〔2026〕58号|N⟧

　　被告单位⟦鞍山XX钢结构工程有限公司|C⟧，住所地鞍山市铁东区……，⟦法定代表人|T⟧⟦孙某|P⟧，诉讼代表人⟦吴某某|P⟧，该公司⟦副总经理|T⟧。
　　被告人⟦孙某|P⟧，男，⟦1975年7月|D⟧出生，汉族，⟦鞍山XX钢结构工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌单位行贿罪，于⟦2026年2月14日|D⟧经⟦鞍山市铁东区监察委员会|A⟧决定被留置，⟦2026年4月3日|D⟧经本院决定，由⟦鞍山市公安局铁东分局|A⟧执行逮捕。
　　被告人⟦周某某|P⟧，男，⟦1968年12月|D⟧出生，汉族，原⟦某某区城市管理局建设科|A⟧⟦科长|T⟧。因涉嫌受贿罪，于⟦2026年2月14日|D⟧被⟦鞍山市铁东区监察委员会|A⟧留置。
　　本案由⟦鞍山市铁东区监察委员会|A⟧调查终结，以被告单位⟦鞍山XX钢结构工程有限公司|C⟧、被告人⟦孙某|P⟧涉嫌单位行贿罪，被告人⟦周某某|P⟧涉嫌受贿罪，于⟦2026年3月30日|D⟧移送本院审查起诉。本院受理后，于⟦2026年3月31日|D⟧告知被告单位和被告人有权委托辩护人，依法讯问了被告人，审查了全部案件材料。其间，退回⟦鞍山市铁东区监察委员会|A⟧补充调查一次（⟦2026年5月8日|D⟧），延长审查起诉期限一次。
　　经依法审查查明：
　　2022年至2024年，被告人⟦孙某|P⟧为使⟦鞍山XX钢结构工程有限公司|C⟧在⟦某某区城市管理局|A⟧组织的某某区过街天桥改造工程（项目编号：⟦ASCG-2022-SZ-041|J⟧）、某某区公园景观提升工程中获得中标及工程款拨付等方面的关照，先后多次给予时任⟦某某区城市管理局建设科|A⟧⟦科长|T⟧的被告人⟦周某某|P⟧⟦人民币36万元|M⟧及价值⟦人民币4.8万元|M⟧的购物卡。其中，⟦2022年6月|D⟧，⟦鞍山XX钢结构工程有限公司|C⟧以⟦人民币987.6万元|M⟧中标过街天桥改造工程。
　　认定上述事实的证据如下：书证中标通知书、转账记录；证人⟦吴某某|P⟧、⟦郑某|P⟧、⟦某某区公共资源交易中心|A⟧⟦工作人员|T⟧⟦陈某某|P⟧的证言；被告人供述和辩解等。
　　本院认为，被告单位⟦鞍山XX钢结构工程有限公司|C⟧为谋取不正当利益，给予国家工作人员财物，情节严重，被告人⟦孙某|P⟧系单位直接负责的主管人员，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百九十三条；被告人⟦周某某|P⟧…其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，应当分别以单位行贿罪、受贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉。
　　此致
⟦鞍山市铁东区人民法院|A⟧
⟦检察官|T⟧：⟦冯雪|P⟧
⟦2026年6月9日|D⟧
附：1.被告人⟦孙某|P⟧现羁押于⟦鞍山市看守所|A⟧；2.案卷材料和证据6册。
''',
        unmarked=['工作人员'],
        rels=[('REFERRED', '鞍山市铁东区监察委员会', '辽宁省鞍山市铁东区人民检察院', None, '2026年3月30日'),
              ('LEGAL_REP', '孙某', '鞍山XX钢结构工程有限公司'),
              ('HOLDS_POSITION', '孙某', '法定代表人@0', '鞍山XX钢结构工程有限公司'),
              ('HOLDS_POSITION', '孙某', '法定代表人@1', '鞍山XX钢结构工程有限公司'),
              ('HOLDS_POSITION', '吴某某', '副总经理', '鞍山XX钢结构工程有限公司'),
              ('HOLDS_POSITION', '周某某', '科长@0', '某某区城市管理局建设科'),
              ('HOLDS_POSITION', '周某某', '科长@1', '某某区城市管理局建设科'),
              ('HOLDS_POSITION', '陈某某', '工作人员', '某某区公共资源交易中心'),
              ('HOLDS_POSITION', '冯雪', '检察官', '辽宁省鞍山市铁东区人民检察院'),
              ('BID_ON', '鞍山XX钢结构工程有限公司', 'ASCG-2022-SZ-041')],
        notes=COMMON + [
            'An indictment (起诉书): kind other (not a judgment; *unsure*), issuer the procuratorate. Its 移送审查起诉 by the named 监委 to 本院 (= the issuer) is REFERRED, date 2026年3月30日. '
            '退回…补充调查 is a return (not REFERRED). 提起公诉 to the court is not REFERRED. No sentence yet: no PENALIZED.',
            '国家工作人员 (a legal category, not attached to anyone) is not POSITION (unmarked).',
            '原某某区城市管理局建设科科长: the named unit 建设科 right after the agency is one AGENCY span (brief); 科长 POSITION; 原 left out (agency in between).',
            'The addressee court after 此致 is AGENCY. 鞍山市看守所 after 羁押于 is a detention house: AGENCY (GUIDELINES). 单位直接负责的主管人员 is a liability category.',
        ],
    ),
    dict(
        file='c5-ss-taian-2026-47.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='山东省泰安市中级人民法院',
        body='''
⟦山东省泰安市中级人民法院|A⟧
刑 事 裁 定 书
⟦（2026）鲁09刑终47号|N⟧

　　原公诉机关⟦山东省泰安市泰山区人民检察院|A⟧。
　　上诉人（原审被告人）⟦何某某|P⟧，男，⟦1972年11月|D⟧出生，汉族，⟦某某市公共资源交易中心|A⟧⟦原副主任|T⟧。⟦2025年3月4日|D⟧被⟦泰安市泰山区监察委员会|A⟧留置，同年⟦5月30日|D⟧被逮捕。
　　原审被告单位⟦泰安XX园林工程有限公司|C⟧。诉讼代表人⟦刘某某|P⟧，该公司⟦行政主管|T⟧。
　　原审被告人⟦马某1|P⟧，男，⟦1979年4月|D⟧出生，⟦泰安XX园林工程有限公司|C⟧⟦法定代表人|T⟧。
　　原审被告人⟦马某2|P⟧，男，1982年出生，系⟦马某1|P⟧之弟。
　　⟦山东省泰安市泰山区人民法院|A⟧审理⟦山东省泰安市泰山区人民检察院|A⟧指控原审被告人⟦何某某|P⟧犯受贿罪，原审被告单位⟦泰安XX园林工程有限公司|C⟧、原审被告人⟦马某1|P⟧、⟦马某2|P⟧犯串通投标罪、单位行贿罪一案，于⟦2025年12月18日|D⟧作出⟦（2025）鲁0902刑初312号|N⟧刑事判决。原审被告人⟦何某某|P⟧不服，提出上诉。本院依法组成合议庭，经过阅卷、讯问上诉人，认为本案事实清楚，决定不开庭审理。现已审理终结。
　　原判认定：2021年至2023年，被告人⟦何某某|P⟧利用担任⟦某某市公共资源交易中心|A⟧⟦副主任|T⟧的职务便利，为⟦泰安XX园林工程有限公司|C⟧在某某市城区绿化提升工程（项目编号：⟦TAGG-2021-YL-058|J⟧）等3个项目中提前泄露评标专家抽取信息、协调交易场地等事项提供帮助，收受⟦马某1|P⟧所送财物共计⟦人民币52万元|M⟧。⟦马某1|P⟧、⟦马某2|P⟧以⟦泰安XX园林工程有限公司|C⟧及⟦山东ABC生态建设有限公司|C⟧、⟦泰安某某绿化有限公司|C⟧名义投标，相互约定报价，⟦泰安XX园林工程有限公司|C⟧以⟦人民币1,865.2万元|M⟧中标。⟦2024年11月|D⟧，⟦某某市财政局|A⟧在政府采购监督检查中发现线索，将问题线索移送⟦某某市纪委监委|A⟧，⟦某某市纪委监委|A⟧经研究，指定⟦泰安市泰山区监察委员会|A⟧管辖。
　　原判以受贿罪判处⟦何某某|P⟧有期徒刑四年，并处罚金⟦人民币三十万元|M⟧；以串通投标罪、单位行贿罪判处⟦泰安XX园林工程有限公司|C⟧罚金⟦人民币六十万元|M⟧；以串通投标罪、单位行贿罪判处⟦马某1|P⟧有期徒刑二年，缓刑三年，并处罚金⟦人民币十五万元|M⟧；以串通投标罪判处⟦马某2|P⟧有期徒刑八个月，缓刑一年，并处罚金⟦人民币五万元|M⟧。
　　本院认为，原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。

⟦审判长|T⟧　⟦宋立新|P⟧
⟦审判员|T⟧　⟦田晓燕|P⟧
⟦审判员|T⟧　⟦孔德明|P⟧
⟦二〇二六年三月二十六日|D⟧
⟦书记员|T⟧　⟦韩冰|P⟧
''',
        rels=[('PENALIZED', '山东省泰安市泰山区人民法院', '何某某'),
              ('PENALIZED', '山东省泰安市泰山区人民法院', '泰安XX园林工程有限公司'),
              ('PENALIZED', '山东省泰安市泰山区人民法院', '马某1'),
              ('PENALIZED', '山东省泰安市泰山区人民法院', '马某2'),
              ('REFERRED', '某某市财政局', '某某市纪委监委', None, '2024年11月'),
              ('LEGAL_REP', '马某1', '泰安XX园林工程有限公司'),
              ('HOLDS_POSITION', '马某1', '法定代表人', '泰安XX园林工程有限公司'),
              ('HOLDS_POSITION', '何某某', '原副主任', '某某市公共资源交易中心'),
              ('HOLDS_POSITION', '何某某', '副主任', '某某市公共资源交易中心'),
              ('HOLDS_POSITION', '刘某某', '行政主管', '泰安XX园林工程有限公司'),
              ('HOLDS_POSITION', '宋立新', '审判长', '山东省泰安市中级人民法院'),
              ('HOLDS_POSITION', '田晓燕', '审判员@0', '山东省泰安市中级人民法院'),
              ('HOLDS_POSITION', '孔德明', '审判员@1', '山东省泰安市中级人民法院'),
              ('HOLDS_POSITION', '韩冰', '书记员', '山东省泰安市中级人民法院'),
              ('BID_ON', '泰安XX园林工程有限公司', 'TAGG-2021-YL-058'),
              ('BID_ON', '山东ABC生态建设有限公司', 'TAGG-2021-YL-058'),
              ('BID_ON', '泰安某某绿化有限公司', 'TAGG-2021-YL-058')],
        notes=COMMON + [
            'A second-instance ruling (裁定) that upholds the first-instance judgment: issuer the intermediate court (last instance). The sentences are the first-instance court\'s (原判): '
            'PENALIZED from the named 泰山区人民法院 to each sentenced party; 驳回上诉，维持原判 adds no PENALIZED from the intermediate court (*unsure*).',
            'The first-instance case number: DOC_NO. A date in Chinese numerals (二〇二六年三月二十六日): DATE. 书记员 is a court post (POSITION, *unsure*: not in the GUIDELINES list but of the same kind as 审判员).',
            'The 财政局 transfer to the 市纪委监委: REFERRED, date 2024年11月. 指定…管辖 is not REFERRED. 泰安某某绿化有限公司 keeps the shape of a name (place + 某某 + trade + 有限公司): COMPANY.',
        ],
    ),
]
