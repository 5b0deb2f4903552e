"""dev12 — court and prosecution texts (hand annotation, inline ⟦text|L⟧ marks).

Places: Henan (Zhoukou Chuanhui, Zhumadian Yicheng, Anyang Wenfeng, Pingdingshan Zhanhe, Luohe Yancheng). All
persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 被告单位, 公诉机关, 辩护人, 诉讼代表人, 原告, 被告, 委托代理人 are procedural roles (not POSITION). 本院 is not annotated.',
]

DOCS = [
    dict(
        file='c1-pj-zhoukou-chuanhui-2026-123.docx', fmt='docx', kind='court_judgment', violations=['collusion'],
        issuer='周口市川汇区人民法院',
        body='''⟦周口市川汇区人民法院|A⟧
刑事判决书
⟦(2026)豫1602刑初123号|N⟧
公诉机关⟦周口市川汇区人民检察院|A⟧。
被告单位⟦周口三川建设工程有限公司|C⟧，住所地周口市川汇区七一路。
诉讼代表人⟦郏明|P⟧，该公司⟦副总经理|T⟧。
被告人⟦祝振宇|P⟧，男，1979年出生，该公司⟦法定代表人|T⟧。
辩护人⟦景春燕|P⟧，⟦河南沙颍律师事务所|C⟧⟦律师|T⟧。
　　⟦周口市川汇区人民检察院|A⟧以⟦川检刑诉〔2026〕97号|N⟧起诉书指控被告单位、被告人犯串通投标罪，于⟦2026年5月8日|D⟧向本院提起公诉。
　　经审理查明：⟦2025年4月|D⟧，被告人⟦祝振宇|P⟧为使被告单位中标川汇区沙颍河景观提升工程（招标编号：⟦CHZB-2025-052|J⟧），联系⟦周口淮阳古建工程有限公司|C⟧、⟦河南鹿邑建设有限公司|C⟧陪标，中标金额⟦人民币986万元|M⟧。此前，⟦周口市川汇区发展和改革委员会|A⟧已作出《行政处罚决定书》（⟦川发改罚〔2025〕8号|N⟧），对被告单位罚款⟦人民币4.93万元|M⟧，并以⟦川发改移〔2025〕2号|N⟧将案件移送⟦周口市公安局川汇分局|A⟧。
　　本院认为，被告单位、被告人的行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二百三十一条之规定，判决如下：
　　一、被告单位⟦周口三川建设工程有限公司|C⟧犯串通投标罪，判处罚金⟦人民币三十万元|M⟧（已缴纳的行政罚款⟦人民币4.93万元|M⟧予以折抵）；
　　二、被告人⟦祝振宇|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币十万元|M⟧。
⟦审　判　长|T⟧　⟦侯建军|P⟧
⟦审　判　员|T⟧　⟦万俟雪|P⟧
⟦人民陪审员|T⟧　⟦尉迟东|P⟧
⟦二〇二六年六月十九日|D⟧
⟦书　记　员|T⟧　⟦厉婷|P⟧''',
        rels=[('PENALIZED', '周口市川汇区人民法院', '周口三川建设工程有限公司'),
              ('PENALIZED', '周口市川汇区人民法院', '祝振宇'),
              ('PENALIZED', '周口市川汇区发展和改革委员会', '周口三川建设工程有限公司'),
              ('REFERRED', '周口市川汇区发展和改革委员会', '周口市公安局川汇分局', '川发改移〔2025〕2号', None),
              ('LEGAL_REP', '祝振宇', '周口三川建设工程有限公司'),
              ('HOLDS_POSITION', '祝振宇', '法定代表人', '周口三川建设工程有限公司'),
              ('HOLDS_POSITION', '郏明', '副总经理', '周口三川建设工程有限公司'),
              ('HOLDS_POSITION', '景春燕', '律师', '河南沙颍律师事务所'),
              ('HOLDS_POSITION', '侯建军', '审　判　长', '周口市川汇区人民法院'),
              ('HOLDS_POSITION', '万俟雪', '审　判　员', '周口市川汇区人民法院'),
              ('HOLDS_POSITION', '尉迟东', '人民陪审员', '周口市川汇区人民法院'),
              ('HOLDS_POSITION', '厉婷', '书　记　员', '周口市川汇区人民法院'),
              ('BID_ON', '周口三川建设工程有限公司', 'CHZB-2025-052'),
              ('BID_ON', '周口淮阳古建工程有限公司', 'CHZB-2025-052'),
              ('BID_ON', '河南鹿邑建设有限公司', 'CHZB-2025-052')],
        notes=COMMON + [
            'Court case number with half-width parentheses (2026)豫1602刑初123号: DOC_NO with its parentheses. The 起诉书 number before the word 起诉书 and the earlier 行政处罚决定书 number in （）: DOC_NO.',
            '审判长/审判员/人民陪审员/书记员 lines with spaced titles: POSITION as written, inner full-width spaces kept (GUIDELINES §2: odd spacing stays), org the court (dev11). 书记员 is court staff: POSITION (*unsure*, not in GUIDELINES\' list). Compound surnames 万俟, 尉迟.',
            '提起公诉 is not REFERRED (dev9/dev10). The 发改委\'s transfer to the police with its number: REFERRED, no date.',
            'Past administrative fine by the named 发改委: PENALIZED (stated as fact). Court sentences: PENALIZED by the court. 陪标 firms BID_ON (dev11).',
            'Date in Chinese numerals (二〇二六年六月十九日): DATE. Birth year only (1979年出生): not DATE.',
        ],
    ),
    dict(
        file='c2-qsz-zhumadian-yicheng-2026-12.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='驻马店市驿城区人民检察院',
        body='''
⟦驻马店市驿城区人民检察院|A⟧
起　诉　书
⟦驿检刑诉〔2026〕12号|N⟧

　　被告人⟦桂某某|P⟧，男，⟦1972年5月|D⟧出生，原系⟦驻马店市驿城区卫生健康委员会|A⟧⟦规划财务科科长|T⟧。因涉嫌受贿罪，于⟦2025年11月3日|D⟧被⟦驻马店市驿城区监察委员会|A⟧留置，⟦2026年1月27日|D⟧被本院决定逮捕。
　　本案由⟦驻马店市驿城区监察委员会|A⟧调查终结，于⟦2026年1月20日|D⟧以⟦驿监移诉〔2026〕2号|N⟧移送本院审查起诉。
　　经依法审查查明：⟦2021年3月|D⟧至⟦2024年8月|D⟧，被告人⟦桂某某|P⟧利用职务便利，在驿城区乡镇卫生院医疗设备采购项目（项目编号：⟦YCWJ-2021-016|J⟧、⟦YCWJ-2023-044|J⟧）中为⟦河南天中医疗设备有限公司|C⟧（⟦法定代表人|T⟧⟦甄某|P⟧）谋取利益，收受财物共计⟦人民币47.5万元|M⟧。
　　本院认为，被告人⟦桂某某|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第三百八十五条，应当以受贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦驻马店市驿城区人民法院|A⟧
　　　　　　　　　　　　　　　　⟦检察员|T⟧：⟦柯文静|P⟧
　　　　　　　　　　　　　　　　⟦2026年3月12日|D⟧
''',
        rels=[('REFERRED', '驻马店市驿城区监察委员会', '驻马店市驿城区人民检察院', '驿监移诉〔2026〕2号', '2026年1月20日'),
              ('HOLDS_POSITION', '桂某某', '规划财务科科长', '驻马店市驿城区卫生健康委员会'),
              ('LEGAL_REP', '甄某', '河南天中医疗设备有限公司'),
              ('HOLDS_POSITION', '甄某', '法定代表人', '河南天中医疗设备有限公司'),
              ('HOLDS_POSITION', '柯文静', '检察员', '驻马店市驿城区人民检察院'),
              ('BID_ON', '河南天中医疗设备有限公司', 'YCWJ-2021-016'),
              ('BID_ON', '河南天中医疗设备有限公司', 'YCWJ-2023-044')],
        notes=COMMON + [
            '起诉书 number 驿检刑诉〔2026〕12号: DOC_NO. The 监委\'s 移送审查起诉 number: DOC_NO and evidence of the REFERRED (监委 → 本院 = the issuing procuratorate), dated the transfer day; 提起公诉 is not REFERRED; 留置 and 逮捕 are not sanctions.',
            '原系 + agency + 规划财务科科长: the section word is inside the title (one POSITION, like 销售部经理 in dev11), org the 卫健委; 原 not adjacent (agency in between), left out.',
            'Two project numbers separated by 、: two PROJECT_NO; the company that benefited won both (为…谋取利益 in those projects) — BID_ON both (*unsure*: the text implies, not states, the award).',
            'Kind court_judgment with the procuratorate as issuer (dev9/dev11, *unsure*). 1972年5月出生 has year+month: DATE (GUIDELINES: any absolute year+month).',
        ],
        unmarked=[],
    ),
    dict(
        file='c3-bqs-anyang-wenfeng-2026-5.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='安阳市文峰区人民检察院',
        body='''
⟦安阳市文峰区人民检察院|A⟧
不起诉决定书
⟦文检刑不诉〔2026〕5号|N⟧

　　被不起诉人⟦岳某|P⟧，男，⟦安阳殷墟古建筑工程有限公司|C⟧⟦项目经理|T⟧。
　　本案由⟦安阳市公安局文峰分局|A⟧侦查终结，以被不起诉人⟦岳某|P⟧涉嫌串通投标罪，于⟦2026年2月16日|D⟧以⟦文公（经）诉字〔2026〕21号|N⟧起诉意见书移送本院审查起诉。此前，⟦安阳市文峰区财政局|A⟧已以⟦文财罚决〔2025〕11号|N⟧行政处罚决定书对该公司处以罚款，并于⟦2025年10月9日|D⟧以⟦文财移〔2025〕4号|N⟧移送公安机关。
　　经本院依法审查查明：被不起诉人⟦岳某|P⟧在文峰区中华路改造工程（项目编号：⟦WFCG-2025-077|J⟧）中，与⟦河南洹水建设有限公司|C⟧⟦员工|T⟧⟦郝某|P⟧约定报价，犯罪情节轻微，且有自首情节。
　　本院认为，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十七条第二款的规定，决定对⟦岳某|P⟧不起诉。
　　被不起诉人如不服本决定，可以自收到本决定书后七日内向本院申诉。

⟦安阳市文峰区人民检察院|A⟧
⟦2026年4月22日|D⟧
''',
        rels=[('REFERRED', '安阳市公安局文峰分局', '安阳市文峰区人民检察院', '文公（经）诉字〔2026〕21号', '2026年2月16日'),
              ('PENALIZED', '安阳市文峰区财政局', '安阳殷墟古建筑工程有限公司'),
              ('HOLDS_POSITION', '岳某', '项目经理', '安阳殷墟古建筑工程有限公司'),
              ('HOLDS_POSITION', '郝某', '员工', '河南洹水建设有限公司'),
              ('BID_ON', '安阳殷墟古建筑工程有限公司', 'WFCG-2025-077'),
              ('BID_ON', '河南洹水建设有限公司', 'WFCG-2025-077')],
        implicit=[{'type': 'REFERRED', 'from': '安阳市文峰区财政局', 'to': None, 'null_endpoint_mention': '公安机关',
                   'evidence_doc_no': '文财移〔2025〕4号', 'date': '2025年10月9日'}],
        notes=COMMON + [
            '不起诉决定书 number (文检刑不诉〔2026〕5号), the police 起诉意见书 number with （经） and 字, the finance bureau\'s 处罚决定书 number and its 移送 number: four DOC_NO shapes.',
            'Non-prosecution is not PENALIZED (GUIDELINES §4). The past fine by the named 财政局 on 该公司 is PENALIZED (stated as fact). The police 移送审查起诉 to the issuer: REFERRED with number and date. 移送公安机关 (generic receiver) by a named bureau: implicit REFERRED with to null.',
            '员工郝某 after the company name: POSITION (a staff role, GUIDELINES), org that company.',
            'The two colluding firms BID_ON (dev11). Kind court_judgment, issuer the procuratorate (dev9/dev11, *unsure*).',
        ],
    ),
    dict(
        file='c4-xzpj-pingdingshan-zhanhe-2026-31.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='平顶山市湛河区人民法院',
        body='''
⟦平顶山市湛河区人民法院|A⟧
行 政 判 决 书
⟦（2026）豫0411行初31号|N⟧

原告⟦平顶山鹰城电力设备有限公司|C⟧。
⟦法定代表人|T⟧⟦焦宏亮|P⟧，⟦执行董事|T⟧。
委托诉讼代理人⟦訾梅|P⟧，⟦河南尧山律师事务所|C⟧⟦律师|T⟧。
被告⟦平顶山市湛河区财政局|A⟧。
⟦法定代表人|T⟧⟦于庆丰|P⟧，⟦局长|T⟧。
出庭负责人⟦曲振|P⟧，⟦副局长|T⟧。
　　原告不服被告于⟦2025年12月29日|D⟧作出的⟦湛财罚决字〔2025〕第6号|N⟧行政处罚决定，于⟦2026年1月19日|D⟧向本院提起行政诉讼。被告在作出处罚前，向原告送达了⟦湛财罚告字〔2025〕第6号|N⟧行政处罚事先告知书，原告未申请听证。
　　经审理查明：原告在湛河区路灯节能改造项目（项目编号：⟦ZHCG-2025-0140|J⟧）投标中提供虚假的检测报告，被告作出⟦湛财罚决字〔2025〕第6号|N⟧决定，对原告处以罚款⟦人民币1.2万元|M⟧。原告曾就该决定向⟦平顶山市湛河区人民政府|A⟧申请复议，复议机关以⟦湛政复决〔2026〕1号|N⟧决定维持。
　　本院认为，被告作出的处罚决定认定事实清楚，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条，判决驳回原告的诉讼请求。
⟦审判长|T⟧　⟦牛红霞|P⟧
⟦审判员|T⟧　⟦覃立|P⟧
⟦2026年5月26日|D⟧
''',
        rels=[('PENALIZED', '平顶山市湛河区财政局', '平顶山鹰城电力设备有限公司'),
              ('LEGAL_REP', '焦宏亮', '平顶山鹰城电力设备有限公司'),
              ('HOLDS_POSITION', '焦宏亮', '法定代表人', '平顶山鹰城电力设备有限公司'),
              ('HOLDS_POSITION', '焦宏亮', '执行董事', '平顶山鹰城电力设备有限公司'),
              ('HOLDS_POSITION', '訾梅', '律师', '河南尧山律师事务所'),
              ('LEGAL_REP', '于庆丰', '平顶山市湛河区财政局'),
              ('HOLDS_POSITION', '于庆丰', '法定代表人@1', '平顶山市湛河区财政局'),
              ('HOLDS_POSITION', '于庆丰', '局长', '平顶山市湛河区财政局'),
              ('HOLDS_POSITION', '曲振', '副局长', '平顶山市湛河区财政局'),
              ('HOLDS_POSITION', '牛红霞', '审判长', '平顶山市湛河区人民法院'),
              ('HOLDS_POSITION', '覃立', '审判员', '平顶山市湛河区人民法院'),
              ('BID_ON', '平顶山鹰城电力设备有限公司', 'ZHCG-2025-0140')],
        notes=COMMON + [
            'Administrative judgment: the court number in full-width （）, the contested decision number (twice, 字 + 第), the 告知书 number and the review decision number: DOC_NO each time.',
            'The contested fine by the named 财政局: PENALIZED (upheld). The court\'s 驳回 is not a sanction; no court PENALIZED. The review 维持 is not a second sanction (dev11).',
            '审判长/审判员: POSITION, org the court. 出庭负责人 is a procedural role; the post after it (副局长) is POSITION, org the defendant bureau. The bureau\'s 法定代表人 gives LEGAL_REP person → agency.',
            'The spaced document title 行 政 判 决 书 is not annotated.',
        ],
    ),
    dict(
        file='c5-pj-luohe-yancheng-2026-58-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'abuse_of_power'],
        issuer='漯河市郾城區人民法院',
        body='''
⟦漯河市郾城區人民法院|A⟧
刑事判決書
⟦（2026）豫1103刑初58號|N⟧

公訴機關⟦漯河市郾城區人民檢察院|A⟧。
被告人⟦闕志明|P⟧，男，原係⟦漯河市郾城區城市管理局|A⟧⟦黨組成員|T⟧、⟦副局長|T⟧。
辯護人⟦邰芳|P⟧，⟦河南沙澧律師事務所|C⟧⟦律師|T⟧。
　　⟦漯河市郾城區人民檢察院|A⟧以⟦郾檢刑訴〔2026〕41號|N⟧起訴書指控被告人⟦闕志明|P⟧犯受賄罪、濫用職權罪，於⟦2026年4月2日|D⟧向本院提起公訴。
　　經審理查明：⟦2022年5月|D⟧至⟦2024年9月|D⟧，被告人⟦闕志明|P⟧利用分管採購工作的職務便利，在郾城區環衛車輛採購項目（項目編號：⟦YCCG-2022-035|J⟧）中為⟦漯河沙澧環衛裝備有限公司|C⟧謀取利益，收受該公司⟦總經理|T⟧⟦伏建國|P⟧所送財物共計⟦人民幣36萬元|M⟧。⟦漯河市郾城區財政局|A⟧曾就該項目作出⟦郾財罰決〔2024〕7號|N⟧行政處罰決定書，對該公司罰款⟦人民幣2.1萬元|M⟧，並以⟦郾財移〔2024〕2號|N⟧將問題線索移送⟦漯河市郾城區監察委員會|A⟧。
　　本院認為，被告人⟦闕志明|P⟧的行為構成受賄罪、濫用職權罪。依照《⟦中華人民共和國刑法|L⟧》第三百八十五條、第三百九十七條之規定，判決如下：
　　被告人⟦闕志明|P⟧犯受賄罪，判處有期徒刑三年，並處罰金⟦人民幣二十萬元|M⟧；犯濫用職權罪，判處有期徒刑一年；決定執行有期徒刑三年六個月，並處罰金⟦人民幣二十萬元|M⟧。
⟦審判長|T⟧　⟦滕秀蘭|P⟧
⟦審判員|T⟧　⟦儲偉|P⟧
⟦審判員|T⟧　⟦冼嘉|P⟧
⟦二〇二六年七月八日|D⟧
⟦書記員|T⟧　⟦綦曉|P⟧
''',
        rels=[('PENALIZED', '漯河市郾城區人民法院', '闕志明'),
              ('PENALIZED', '漯河市郾城區財政局', '漯河沙澧環衛裝備有限公司'),
              ('REFERRED', '漯河市郾城區財政局', '漯河市郾城區監察委員會', '郾財移〔2024〕2號', None),
              ('HOLDS_POSITION', '闕志明', '黨組成員', '漯河市郾城區城市管理局'),
              ('HOLDS_POSITION', '闕志明', '副局長', '漯河市郾城區城市管理局'),
              ('HOLDS_POSITION', '邰芳', '律師', '河南沙澧律師事務所'),
              ('HOLDS_POSITION', '伏建國', '總經理', '漯河沙澧環衛裝備有限公司'),
              ('HOLDS_POSITION', '滕秀蘭', '審判長', '漯河市郾城區人民法院'),
              ('HOLDS_POSITION', '儲偉', '審判員', '漯河市郾城區人民法院'),
              ('HOLDS_POSITION', '冼嘉', '審判員@1', '漯河市郾城區人民法院'),
              ('HOLDS_POSITION', '綦曉', '書記員', '漯河市郾城區人民法院'),
              ('BID_ON', '漯河沙澧環衛裝備有限公司', 'YCCG-2022-035')],
        notes=COMMON + [
            'Traditional characters: 號, 檢, 財, 區 kept in the spans. Court number （2026）豫1103刑初58號, 起訴書 number, the earlier 行政處罰決定書 number and the 移送 number: DOC_NO.',
            '原係 + agency + 黨組成員、副局長: two POSITION (titles in a row split), 原 not adjacent. 該公司總經理: POSITION, org the company.',
            '該公司 (a pronoun) is not annotated. The supplier that obtained the benefit in the numbered project: BID_ON (*unsure*, implied award).',
            'The same fine amount 人民幣二十萬元 twice: both annotated. The finance bureau\'s past fine: PENALIZED; its transfer to the 監委 with a number: REFERRED, no date.',
        ],
    ),
]
