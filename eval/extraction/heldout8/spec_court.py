"""heldout8 — court and prosecution texts, anonymised in the style of published judgments (inline ⟦text|L⟧ marks).

All persons, companies, numbers, amounts and acts are invented; courts, procuratorates and places are real.
"""

COMMON = [
    '被告人, 被告单位, 公诉机关, 辩护人, 诉讼代表人, 委托代理人, 上诉人, 原告 and 被告 are procedural roles, never POSITION. '
    'Court staff lines: 审判长, 审判员, 人民陪审员 and 书记员 (also in spaced forms like 审　判　员) are POSITION attached to the person after them, org the court (GUIDELINES justice professions; heldout7 convention). 检察官 in a 起诉书 signature likewise, org the procuratorate.',
    'Anonymised names keeping the shape of a name are annotated: 张某1, 王某某, XX建设有限公司, 某某县 + agency. Birth dates with masked parts are DATE as written.',
    'PENALIZED: a named court to each defendant it sentences; prosecution, 逮捕, 取保候审 and 留置 are not sanctions. '
    '移送审查起诉/移送起诉 by police or 监委 to a named procuratorate is REFERRED.',
]

DOCS = [
    dict(
        file='c01-pj-sanmenxia-mianchi-2026-47.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='河南省渑池县人民法院',
        body='''
⟦河南省渑池县人民法院|A⟧
刑 事 判 决 书
⟦（2026）豫1221刑初47号|N⟧

　　公诉机关⟦渑池县人民检察院|A⟧。
　　被告单位⟦XX建设有限公司|C⟧，住所地渑池县某某路。
　　诉讼代表人⟦赵某|P⟧，该公司⟦副总经理|T⟧。
　　被告人⟦张某1|P⟧，男，⟦1979年××月××日|D⟧出生，汉族，大专文化，⟦XX建设有限公司|C⟧⟦实际控制人|T⟧。因涉嫌犯串通投标罪于⟦2026年1月9日|D⟧被⟦渑池县公安局|A⟧取保候审。
　　被告人⟦张某2|P⟧，男，⟦1983年××月××日|D⟧出生，汉族，高中文化，⟦YY工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪于⟦2026年1月9日|D⟧被⟦渑池县公安局|A⟧取保候审。
　　被告人⟦王某某|P⟧，女，⟦1990年××月××日|D⟧出生，汉族，本科文化，⟦ZZ建筑劳务有限公司|C⟧⟦员工|T⟧。因涉嫌犯串通投标罪于⟦2026年1月10日|D⟧被⟦渑池县公安局|A⟧取保候审。
　　辩护人⟦刘某某|P⟧，⟦河南某某律师事务所|C⟧⟦律师|T⟧。
　　⟦渑池县人民检察院|A⟧以⟦渑检刑诉〔2026〕39号|N⟧起诉书指控被告单位⟦XX建设有限公司|C⟧、被告人⟦张某1|P⟧、⟦张某2|P⟧、⟦王某某|P⟧犯串通投标罪，于⟦2026年4月2日|D⟧向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。
　　经审理查明：⟦2025年3月|D⟧，⟦渑池县某某镇人民政府|A⟧对该镇人居环境整治提升工程（项目编号：⟦MCJS-2025-0211|J⟧）公开招标。被告人⟦张某1|P⟧为使⟦XX建设有限公司|C⟧中标，联系被告人⟦张某2|P⟧，借用⟦YY工程有限公司|C⟧、⟦ZZ建筑劳务有限公司|C⟧的资质参与投标，并安排被告人⟦王某某|P⟧统一制作三家公司的投标文件，统一报价。⟦2025年4月8日|D⟧，⟦XX建设有限公司|C⟧以⟦3,658,216.47元|M⟧中标。事后，被告人⟦张某1|P⟧分别支付⟦张某2|P⟧“借资质费”⟦6万元|M⟧、⟦王某某|P⟧⟦5000元|M⟧。
　　⟦2025年11月20日|D⟧，⟦渑池县财政局|A⟧在监督检查中发现上述线索，移送⟦渑池县公安局|A⟧。⟦2026年3月6日|D⟧，⟦渑池县公安局|A⟧侦查终结，移送⟦渑池县人民检察院|A⟧审查起诉。
　　上述事实，被告人在开庭审理过程中亦无异议，并有投标文件、银行流水、证人证言等证据证实，足以认定。
　　本院认为，被告单位⟦XX建设有限公司|C⟧与他人串通投标，损害招标人利益，情节严重，其行为已构成串通投标罪；被告人⟦张某1|P⟧系被告单位直接负责的主管人员，被告人⟦张某2|P⟧、⟦王某某|P⟧参与串通投标，均构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二百三十一条、第六十七条第三款之规定，判决如下：
　　一、被告单位⟦XX建设有限公司|C⟧犯串通投标罪，判处罚金⟦人民币二十万元|M⟧；
　　二、被告人⟦张某1|P⟧犯串通投标罪，判处有期徒刑一年，缓刑二年，并处罚金⟦人民币五万元|M⟧；
　　三、被告人⟦张某2|P⟧犯串通投标罪，判处有期徒刑八个月，缓刑一年，并处罚金⟦人民币三万元|M⟧；
　　四、被告人⟦王某某|P⟧犯串通投标罪，判处罚金⟦人民币一万元|M⟧；
　　五、对被告人⟦张某2|P⟧、⟦王某某|P⟧的违法所得予以追缴。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向⟦河南省三门峡市中级人民法院|A⟧提出上诉。

　　　　　　　　　　　　　　　　⟦审　判　员|T⟧　　⟦杨某某|P⟧
　　　　　　　　　　　　　　　　⟦二〇二六年四月二十日|D⟧
　　　　　　　　　　　　　　　　⟦书　记　员|T⟧　　⟦侯某|P⟧
''',
        unmarked=[],
        rels=[('REFERRED', '渑池县财政局', '渑池县公安局', None, '2025年11月20日'),
              ('REFERRED', '渑池县公安局', '渑池县人民检察院', None, '2026年3月6日'),
              ('PENALIZED', '河南省渑池县人民法院', 'XX建设有限公司'),
              ('PENALIZED', '河南省渑池县人民法院', '张某1'),
              ('PENALIZED', '河南省渑池县人民法院', '张某2'),
              ('PENALIZED', '河南省渑池县人民法院', '王某某'),
              ('HOLDS_POSITION', '赵某', '副总经理', 'XX建设有限公司'),
              ('HOLDS_POSITION', '张某1', '实际控制人', 'XX建设有限公司'),
              ('HOLDS_POSITION', '张某2', '法定代表人', 'YY工程有限公司'),
              ('HOLDS_POSITION', '王某某', '员工', 'ZZ建筑劳务有限公司'),
              ('HOLDS_POSITION', '刘某某', '律师', '河南某某律师事务所'),
              ('LEGAL_REP', '张某2', 'YY工程有限公司'),
              ('HOLDS_POSITION', '杨某某', '审　判　员', '河南省渑池县人民法院'),
              ('HOLDS_POSITION', '侯某', '书　记　员', '河南省渑池县人民法院'),
              ('BID_ON', 'XX建设有限公司', 'MCJS-2025-0211'),
              ('BID_ON', 'YY工程有限公司', 'MCJS-2025-0211'),
              ('BID_ON', 'ZZ建筑劳务有限公司', 'MCJS-2025-0211')],
        notes=COMMON + [
            'The spaced court staff titles are POSITION as written (with the inner spaces).',
            '渑池县某某镇人民政府 keeps the shape of a name: AGENCY. The companies whose qualifications were borrowed (借用资质) are BID_ON (their names bid).',
            '起诉书 number: DOC_NO. 提起公诉 is not REFERRED; 移送…审查起诉 is. The 财政局 → 公安局 transfer is stated in the narrative: REFERRED, date 2025年11月20日 (the day of finding and transfer as written). *Unsure* about the date.',
            '直接负责的主管人员 is a liability category, not POSITION. 缓刑 sentences and fines are sanctions: PENALIZED to each defendant, including the unit.',
        ],
    ),
    dict(
        file='c02-qsz-linfen-hongtong-2026-118.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference', 'discriminatory_terms'],
        issuer='山西省洪洞县人民检察院',
        body='''
⟦山西省洪洞县人民检察院|A⟧
起　诉　书
⟦洪检刑诉〔2026〕118号|N⟧

　　被告人⟦李某某|P⟧，男，⟦1972年××月××日|D⟧出生，汉族，大学文化，原系⟦洪洞县某某局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2026年2月11日|D⟧被⟦洪洞县监察委员会|A⟧留置，⟦2026年5月8日|D⟧经本院决定由⟦洪洞县公安局|A⟧执行逮捕。
　　本案由⟦洪洞县监察委员会|A⟧调查终结，于⟦2026年5月6日|D⟧以被告人⟦李某某|P⟧涉嫌受贿罪移送本院审查起诉。本院受理后，于⟦2026年5月7日|D⟧告知被告人有权委托辩护人和认罪认罚可能导致的法律后果，依法讯问了被告人，听取了辩护人⟦郭某|P⟧的意见，审查了全部案件材料。
　　经依法审查查明：
　　⟦2021年5月|D⟧至⟦2025年10月|D⟧，被告人⟦李某某|P⟧利用担任⟦洪洞县某某局|A⟧⟦副局长|T⟧、分管政府采购及项目建设的职务便利，在该局办公设备采购、农村饮水安全巩固提升工程等项目的招标过程中，向评标专家打招呼、指使代理机构量身设置评分条款，为⟦山西晋南恒达建设有限公司|C⟧（⟦法定代表人|T⟧⟦王某|P⟧）、⟦临汾市A科技有限公司|C⟧等单位中标提供帮助，先后14次非法收受上述单位及其负责人给予的财物共计折合⟦人民币86.5万元|M⟧。
　　案发后，被告人⟦李某某|P⟧退缴全部赃款。
　　本院认为，被告人⟦李某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，犯罪事实清楚，证据确实、充分，应当以受贿罪追究其刑事责任。被告人⟦李某某|P⟧如实供述自己的罪行，认罪认罚，可以从宽处理。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦洪洞县人民法院|A⟧
　　　　　　　　　　　　　　　　⟦检察官|T⟧　⟦韩某某|P⟧
　　　　　　　　　　　　　　　　⟦2026年6月3日|D⟧
　　　　　　　　　　　　　　　　（院印）
附：1.被告人现羁押于⟦洪洞县看守所|A⟧。
　　2.案卷材料和证据12册。
''',
        rels=[('REFERRED', '洪洞县监察委员会', '山西省洪洞县人民检察院', None, '2026年5月6日'),
              ('HOLDS_POSITION', '李某某', '党组成员', '洪洞县某某局'),
              ('HOLDS_POSITION', '李某某', '副局长@0', '洪洞县某某局'),
              ('HOLDS_POSITION', '王某', '法定代表人', '山西晋南恒达建设有限公司'),
              ('LEGAL_REP', '王某', '山西晋南恒达建设有限公司'),
              ('HOLDS_POSITION', '韩某某', '检察官', '山西省洪洞县人民检察院')],
        notes=COMMON + [
            'A 起诉书: kind court_judgment, issuer the procuratorate (heldout7 convention). 移送本院审查起诉 by the named 监委: REFERRED to the issuer (本院 = the named procuratorate), date the transfer date.',
            '原系…党组成员、副局长: 原 is separated from the titles by the agency name, so it stays out; the two titles are two POSITION spans. '
            'The second 副局长 mention repeats the same triple, so only one HOLDS_POSITION.',
            '洪洞县某某局 keeps the shape of a name (place + masked + 局): AGENCY. 临汾市A科技有限公司 (letter mask) is COMPANY. '
            '检察官 in the signature is POSITION, org the procuratorate.',
            'Prosecution and 留置/逮捕 are not PENALIZED. 洪洞县看守所 is AGENCY. Violations: bribery; 打招呼 → interference; 量身设置评分条款 → discriminatory_terms (GUIDELINES: 量身定做招标文件).',
        ],
    ),
    dict(
        file='c03-pj-huludao-xingcheng-2026-88-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='遼寧省興城市人民法院',
        body='''
⟦遼寧省興城市人民法院|A⟧
刑 事 判 決 書
⟦（2026）遼1481刑初88號|N⟧

　　公訴機關⟦興城市人民檢察院|A⟧。
　　被告人⟦劉某|P⟧，男，⟦1976年××月××日|D⟧出生，原⟦興城市教育局|A⟧⟦計劃財務科科長|T⟧。因涉嫌受賄罪，於⟦2025年12月3日|D⟧被⟦興城市監察委員會|A⟧留置，⟦2026年2月27日|D⟧被逮捕。現羈押於⟦興城市看守所|A⟧。
　　辯護人⟦孫某某|P⟧，⟦遼寧某某律師事務所|C⟧⟦律師|T⟧。
　　⟦興城市人民檢察院|A⟧以⟦興檢刑訴〔2026〕77號|N⟧起訴書指控被告人⟦劉某|P⟧犯受賄罪，於⟦2026年4月13日|D⟧向本院提起公訴。本院受理後，依法組成合議庭，公開開庭審理了本案。
　　經審理查明：⟦2022年8月|D⟧至⟦2025年7月|D⟧，被告人⟦劉某|P⟧利用擔任⟦興城市教育局|A⟧⟦計劃財務科科長|T⟧、負責全市中小學設備採購需求審核的職務便利，為⟦葫蘆島市XX教學設備有限公司|C⟧在智慧黑板、實驗室設備採購項目（項目編號：⟦XCJY-2023-009|J⟧、⟦XCJY-2024-015|J⟧）中中標提供幫助，收受該公司⟦實際控制人|T⟧⟦周某|P⟧所送現金及購物卡共計⟦人民幣42萬元|M⟧。
　　本院認為，被告人⟦劉某|P⟧身為國家工作人員，利用職務上的便利，非法收受他人財物，為他人謀取利益，數額巨大，其行為已構成受賄罪。被告人到案後如實供述，認罪認罰，依法可從輕處罰。依照《⟦中華人民共和國刑法|L⟧》第三百八十五條第一款、第三百八十六條、第三百八十三條第一款第（二）項之規定，判決如下：
　　一、被告人⟦劉某|P⟧犯受賄罪，判處有期徒刑三年，並處罰金⟦人民幣二十萬元|M⟧；
　　二、對被告人⟦劉某|P⟧退繳的違法所得⟦人民幣42萬元|M⟧予以沒收，上繳國庫。
　　如不服本判決，可在接到判決書的第二日起十日內，通過本院或者直接向⟦遼寧省葫蘆島市中級人民法院|A⟧提出上訴。

⟦審判長|T⟧　⟦陳某某|P⟧
⟦人民陪審員|T⟧　⟦趙某某|P⟧
⟦人民陪審員|T⟧　⟦錢某|P⟧
⟦二〇二六年五月二十九日|D⟧
⟦書記員|T⟧　⟦吳某|P⟧
''',
        rels=[('PENALIZED', '遼寧省興城市人民法院', '劉某'),
              ('HOLDS_POSITION', '劉某', '計劃財務科科長@0', '興城市教育局'),
              ('HOLDS_POSITION', '孫某某', '律師', '遼寧某某律師事務所'),
              ('HOLDS_POSITION', '周某', '實際控制人', '葫蘆島市XX教學設備有限公司'),
              ('HOLDS_POSITION', '陳某某', '審判長', '遼寧省興城市人民法院'),
              ('HOLDS_POSITION', '趙某某', '人民陪審員@0', '遼寧省興城市人民法院'),
              ('HOLDS_POSITION', '錢某', '人民陪審員@1', '遼寧省興城市人民法院'),
              ('HOLDS_POSITION', '吳某', '書記員', '遼寧省興城市人民法院'),
              ('BID_ON', '葫蘆島市XX教學設備有限公司', 'XCJY-2023-009'),
              ('BID_ON', '葫蘆島市XX教學設備有限公司', 'XCJY-2024-015')],
        notes=COMMON + [
            'Traditional characters. 原 is separated from the title by the agency name: left out. '
            '計劃財務科科長 after a named agency is one POSITION span (heldout7 c03 convention), org the bureau. *Unsure*.',
            'Court staff lines (審判長, 人民陪審員, 書記員): POSITION, org the court; the second 人民陪審員 mention links 錢某.',
            '提起公訴 is not REFERRED; no 移送審查起訴 is stated. The 監委 留置 is not a sanction.',
        ],
    ),
    dict(
        file='c04-xzpj-daqing-zhaozhou-2026-15.docx', fmt='docx', kind='court_judgment', violations=['false_materials'],
        issuer='黑龙江省肇州县人民法院',
        body='''
⟦黑龙江省肇州县人民法院|A⟧
行 政 判 决 书
⟦（2026）黑0621行初15号|N⟧
　　原告⟦大庆市XX环境工程有限公司|C⟧，住所地大庆市让胡路区某某街。
　　⟦法定代表人|T⟧⟦沈某|P⟧，该公司⟦总经理|T⟧。
　　委托代理人⟦秦某某|P⟧，⟦黑龙江某某律师事务所|C⟧⟦律师|T⟧。
　　被告⟦肇州县财政局|A⟧，住所地肇州县肇州镇。
　　⟦法定代表人|T⟧⟦高某某|P⟧，该局⟦局长|T⟧。
　　出庭负责人⟦邢某|P⟧，该局⟦副局长|T⟧。
　　原告⟦大庆市XX环境工程有限公司|C⟧不服被告⟦肇州县财政局|A⟧作出的⟦肇财罚决〔2025〕12号|N⟧行政处罚决定，于⟦2026年1月22日|D⟧向本院提起行政诉讼。本院于同日立案后，依法组成合议庭，公开开庭审理了本案。
　　被告于⟦2025年11月14日|D⟧作出⟦肇财罚决〔2025〕12号|N⟧行政处罚决定，认定原告在⟦肇州县农业农村局|A⟧秸秆综合利用设备采购项目（项目编号：⟦ZZCG-2025-0266|J⟧）投标中，提供的“⟦杜尔伯特蒙古族自治县生态环境局|A⟧环保设备运维项目”业绩证明系虚假材料，依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，对原告处以罚款⟦人民币6,340元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　原告诉称，该业绩系原告分包实施，证明由总承包单位出具，不属于虚假材料；被告未听取原告陈述申辩，程序违法，请求撤销被诉处罚决定。
　　被告辩称，⟦杜尔伯特蒙古族自治县生态环境局|A⟧已书面确认未与原告或其所称总承包单位签订任何合同；被告于⟦2025年10月28日|D⟧送达《行政处罚事先告知书》，原告在法定期限内未提出陈述申辩。
　　本院认为，被告作出的行政处罚决定认定事实清楚，证据确凿，适用法律正确，程序合法，处罚适当。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦大庆市XX环境工程有限公司|C⟧的诉讼请求。
　　案件受理费⟦50元|M⟧，由原告负担。
　　如不服本判决，可以在判决书送达之日起十五日内提起上诉，上诉于⟦黑龙江省大庆市中级人民法院|A⟧。
⟦审判长|T⟧　⟦孔某某|P⟧
⟦审判员|T⟧　⟦牛某|P⟧
⟦人民陪审员|T⟧　⟦苗某某|P⟧
⟦二〇二六年四月九日|D⟧
⟦书记员|T⟧　⟦白某|P⟧
''',
        rels=[('PENALIZED', '肇州县财政局', '大庆市XX环境工程有限公司'),
              ('LEGAL_REP', '沈某', '大庆市XX环境工程有限公司'),
              ('LEGAL_REP', '高某某', '肇州县财政局'),
              ('HOLDS_POSITION', '沈某', '法定代表人@0', '大庆市XX环境工程有限公司'),
              ('HOLDS_POSITION', '沈某', '总经理', '大庆市XX环境工程有限公司'),
              ('HOLDS_POSITION', '秦某某', '律师', '黑龙江某某律师事务所'),
              ('HOLDS_POSITION', '高某某', '法定代表人@1', '肇州县财政局'),
              ('HOLDS_POSITION', '高某某', '局长', '肇州县财政局'),
              ('HOLDS_POSITION', '邢某', '副局长', '肇州县财政局'),
              ('HOLDS_POSITION', '孔某某', '审判长', '黑龙江省肇州县人民法院'),
              ('HOLDS_POSITION', '牛某', '审判员', '黑龙江省肇州县人民法院'),
              ('HOLDS_POSITION', '苗某某', '人民陪审员', '黑龙江省肇州县人民法院'),
              ('HOLDS_POSITION', '白某', '书记员', '黑龙江省肇州县人民法院'),
              ('BID_ON', '大庆市XX环境工程有限公司', 'ZZCG-2025-0266')],
        notes=COMMON + [
            'docx. An administrative judgment on a finance penalty: the penalty is stated as made by the named bureau, so PENALIZED 财政局 → plaintiff; '
            'the court dismisses the claim, which is no new sanction (no PENALIZED from the court). *Unsure*.',
            '该公司总经理 / 该局局长 / 该局副局长: org resolved through the pronoun. 出庭负责人 is a procedural role (not POSITION).',
            '本院于同日立案: 同日 is relative, not DATE. 杜尔伯特蒙古族自治县生态环境局 (named in a forged reference) is AGENCY. '
            'The 事先告知书 title in 《》 is not LAW. 案件受理费50元 is MONEY.',
        ],
    ),
    dict(
        file='c05-escd-pingliang-jingning-2026-56.txt', fmt='gb18030', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='甘肃省平凉市中级人民法院',
        body='''
⟦甘肃省平凉市中级人民法院|A⟧
刑 事 裁 定 书
⟦（2026）甘08刑终56号|N⟧

　　原公诉机关⟦甘肃省静宁县人民检察院|A⟧。
　　上诉人（原审被告人）⟦马某甲|P⟧，男，⟦1981年××月××日|D⟧出生，回族，⟦静宁县某某农业开发有限公司|C⟧⟦法定代表人|T⟧。现羁押于⟦静宁县看守所|A⟧。
　　原审被告人⟦马某乙|P⟧，男，⟦1985年××月××日|D⟧出生，系上诉人⟦马某甲|P⟧之弟。
　　原审被告人⟦杜某|P⟧，男，⟦1968年××月××日|D⟧出生，原⟦静宁县某某镇人民政府|A⟧⟦副镇长|T⟧。
　　⟦甘肃省静宁县人民法院|A⟧审理⟦甘肃省静宁县人民检察院|A⟧指控原审被告人⟦马某甲|P⟧、⟦马某乙|P⟧犯串通投标罪，原审被告人⟦杜某|P⟧犯受贿罪一案，于⟦2026年3月17日|D⟧作出⟦（2026）甘0826刑初133号|N⟧刑事判决。原审被告人⟦马某甲|P⟧不服，提出上诉。本院依法组成合议庭，经过阅卷、讯问上诉人，认为事实清楚，决定不开庭审理。现已审理终结。
　　原判认定：⟦2024年6月|D⟧，⟦静宁县某某镇人民政府|A⟧实施苹果产业园灌溉管网工程（项目编号：⟦JNZC-2024-0437|J⟧）。原审被告人⟦杜某|P⟧为⟦马某甲|P⟧提供招标控制价等信息，收受⟦马某甲|P⟧给予的⟦人民币6万元|M⟧。⟦马某甲|P⟧组织⟦静宁县某某农业开发有限公司|C⟧、⟦平凉某某水利工程有限公司|C⟧、⟦甘肃某某建设工程有限公司|C⟧围标，由⟦马某乙|P⟧负责联络，⟦静宁县某某农业开发有限公司|C⟧以⟦1,927,400元|M⟧中标。原判以串通投标罪判处⟦马某甲|P⟧有期徒刑一年六个月，并处罚金⟦人民币十万元|M⟧；判处⟦马某乙|P⟧有期徒刑十个月，缓刑一年，并处罚金⟦人民币五万元|M⟧；以受贿罪判处⟦杜某|P⟧有期徒刑一年，并处罚金⟦人民币十万元|M⟧。
　　上诉人⟦马某甲|P⟧上诉称，原判量刑过重，请求改判缓刑。
　　本院认为，原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。

⟦审　判　长|T⟧　⟦梁某某|P⟧
⟦审　判　员|T⟧　⟦文某|P⟧
⟦审　判　员|T⟧　⟦俞某某|P⟧
⟦二〇二六年五月二十六日|D⟧
⟦书　记　员|T⟧　⟦甘某|P⟧
''',
        unmarked=[],
        rels=[('PENALIZED', '甘肃省静宁县人民法院', '马某甲'),
              ('PENALIZED', '甘肃省静宁县人民法院', '马某乙'),
              ('PENALIZED', '甘肃省静宁县人民法院', '杜某'),
              ('HOLDS_POSITION', '马某甲', '法定代表人', '静宁县某某农业开发有限公司'),
              ('LEGAL_REP', '马某甲', '静宁县某某农业开发有限公司'),
              ('HOLDS_POSITION', '杜某', '副镇长', '静宁县某某镇人民政府'),
              ('HOLDS_POSITION', '梁某某', '审　判　长', '甘肃省平凉市中级人民法院'),
              ('HOLDS_POSITION', '文某', '审　判　员@0', '甘肃省平凉市中级人民法院'),
              ('HOLDS_POSITION', '俞某某', '审　判　员@1', '甘肃省平凉市中级人民法院'),
              ('HOLDS_POSITION', '甘某', '书　记　员', '甘肃省平凉市中级人民法院'),
              ('BID_ON', '静宁县某某农业开发有限公司', 'JNZC-2024-0437'),
              ('BID_ON', '平凉某某水利工程有限公司', 'JNZC-2024-0437'),
              ('BID_ON', '甘肃某某建设工程有限公司', 'JNZC-2024-0437')],
        notes=COMMON + [
            'GB18030. Second-instance ruling: issuer the last-instance court; PENALIZED from the first-instance court, which imposed the sentences (维持 is no new sanction; heldout7 convention).',
            'The spaced staff titles are POSITION as written, org this court; the second 审　判　员 mention links 俞某某.',
            '马某甲 / 马某乙 (甲乙 disambiguation) are PERSON. 原 before the town government is left out of the POSITION (an agency sits between).',
        ],
    ),
]
