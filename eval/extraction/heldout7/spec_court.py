"""heldout7 — court and prosecution texts (hand annotation, inline ⟦text|L⟧ marks).

Places: Shaanxi 安康平利县 (anonymised judgment), Gansu 武威古浪县 (起诉书 extract), Liaoning 丹东凤城市 (judgment in
traditional characters), Anhui 滁州天长市 (行政判决书), Heilongjiang 牡丹江 / 宁安市 (second-instance ruling). All persons,
companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 被告单位, 上诉人, 原审被告人, 公诉机关, 原公诉机关, 辩护人, 原告, 被告, 委托诉讼代理人, 出庭负责人 are procedural roles (not POSITION). 本院 is not annotated.',
    '提起公诉 is not REFERRED. 刑事拘留, 逮捕, 取保候审, 留置 are not sanctions.',
    'Court staff lines (审判长, 审判员, 人民陪审员, 书记员): POSITION with the court as org (dev12); spaced forms kept as written.',
]

DOCS = [
    dict(
        file='c01-pj-ankang-pingli-2026-47.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='陕西省平利县人民法院',
        body='''
⟦陕西省平利县人民法院|A⟧
刑 事 判 决 书
⟦（2026）陕0926刑初47号|N⟧

　　公诉机关⟦平利县人民检察院|A⟧。
　　被告人⟦张某1|P⟧，男，⟦1978年××月××日|D⟧出生，汉族，大专文化，系⟦XX建设有限公司|C⟧⟦实际控制人|T⟧，住陕西省平利县。因涉嫌犯串通投标罪，于⟦2025年10月15日|D⟧被⟦平利县公安局|A⟧刑事拘留，同年⟦11月20日|D⟧被取保候审。
　　被告人⟦李某|P⟧，男，⟦1983年××月××日|D⟧出生，汉族，高中文化，系⟦YY工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2025年11月20日|D⟧被⟦平利县公安局|A⟧取保候审。
　　被告人⟦张某2|P⟧，男，⟦1986年××月××日|D⟧出生，汉族，本科文化，系⟦ZZ建筑工程有限公司|C⟧⟦项目经理|T⟧。因涉嫌犯串通投标罪，于⟦2025年11月20日|D⟧被⟦平利县公安局|A⟧取保候审。
　　辩护人⟦王某某|P⟧，⟦陕西某某律师事务所|C⟧⟦律师|T⟧。
　　⟦平利县人民检察院|A⟧以⟦平检刑诉〔2026〕39号|N⟧起诉书指控被告人⟦张某1|P⟧、⟦李某|P⟧、⟦张某2|P⟧犯串通投标罪，于⟦2026年3月2日|D⟧向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。
　　经审理查明：⟦2024年5月|D⟧，⟦平利县某某镇人民政府|A⟧就某某镇集镇污水处理设施提标改造工程（招标编号：⟦PLZB-2024-031|J⟧）公开招标，最高投标限价⟦人民币512万元|M⟧。被告人⟦张某1|P⟧为使其实际控制的⟦XX建设有限公司|C⟧中标，找到被告人⟦李某|P⟧、⟦张某2|P⟧，借用⟦YY工程有限公司|C⟧、⟦ZZ建筑工程有限公司|C⟧的资质参与投标，三方商定由⟦张某1|P⟧统一制作三家公司的投标文件并确定投标报价。⟦2024年6月18日|D⟧开标，⟦XX建设有限公司|C⟧以⟦人民币486.3万元|M⟧中标。事后，⟦张某1|P⟧分别支付⟦李某|P⟧、⟦张某2|P⟧“好处费”⟦人民币3万元|M⟧、⟦2万元|M⟧。
　　⟦2025年9月|D⟧，⟦平利县财政局|A⟧在政府采购监督检查中发现上述线索，将案件移送⟦平利县公安局|A⟧。被告人⟦李某|P⟧、⟦张某2|P⟧经电话通知后主动到案，如实供述犯罪事实。
　　上述事实，有招标文件、投标文件、开标记录、银行转账记录、证人证言及被告人供述等证据证实，足以认定。
　　本院认为，被告人⟦张某1|P⟧、⟦李某|P⟧、⟦张某2|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款、第六十七条第一款之规定，判决如下：
　　一、被告人⟦张某1|P⟧犯串通投标罪，判处有期徒刑一年二个月，并处罚金⟦人民币十万元|M⟧。
　　二、被告人⟦李某|P⟧犯串通投标罪，判处拘役六个月，缓刑十个月，并处罚金⟦人民币三万元|M⟧。
　　三、被告人⟦张某2|P⟧犯串通投标罪，判处拘役五个月，缓刑十个月，并处罚金⟦人民币二万元|M⟧。
　　四、被告人⟦李某|P⟧、⟦张某2|P⟧的违法所得予以追缴，上缴国库。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向⟦陕西省安康市中级人民法院|A⟧提出上诉。

⟦审　判　员|T⟧　⟦刘晓峰|P⟧
⟦二〇二六年四月九日|D⟧
⟦书　记　员|T⟧　⟦贾　敏|P⟧
''',
        rels=[('PENALIZED', '陕西省平利县人民法院', '张某1'),
              ('PENALIZED', '陕西省平利县人民法院', '李某'),
              ('PENALIZED', '陕西省平利县人民法院', '张某2'),
              ('REFERRED', '平利县财政局', '平利县公安局', None, '2025年9月'),
              ('HOLDS_POSITION', '张某1', '实际控制人', 'XX建设有限公司'),
              ('LEGAL_REP', '李某', 'YY工程有限公司'),
              ('HOLDS_POSITION', '李某', '法定代表人', 'YY工程有限公司'),
              ('HOLDS_POSITION', '张某2', '项目经理', 'ZZ建筑工程有限公司'),
              ('HOLDS_POSITION', '王某某', '律师', '陕西某某律师事务所'),
              ('HOLDS_POSITION', '刘晓峰', '审　判　员', '陕西省平利县人民法院'),
              ('HOLDS_POSITION', '贾　敏', '书　记　员', '陕西省平利县人民法院'),
              ('BID_ON', 'XX建设有限公司', 'PLZB-2024-031'),
              ('BID_ON', 'YY工程有限公司', 'PLZB-2024-031'),
              ('BID_ON', 'ZZ建筑工程有限公司', 'PLZB-2024-031')],
        notes=COMMON + [
            'Anonymised style: 张某1, 李某, 张某2, 王某某 are PERSON (masked names keep a name shape); XX建设有限公司, YY工程有限公司, ZZ建筑工程有限公司, 陕西某某律师事务所 are COMPANY; 平利县某某镇人民政府 is AGENCY (like 湖南某县农业农村局).',
            'Birth dates 1978年××月××日 with masked month and day keep the shape of a full date: DATE as written (GUIDELINES §2.8 annotate masked forms that keep their shape, e.g. 20**年1月). *Unsure*: only the year is real.',
            '同年11月20日 → 11月20日 DATE. The 2025年9月 of the finance bureau\'s transfer: REFERRED with that date (GUIDELINES: 芦淞分局 → 芦淞区检察院, date 2025年9月), no number.',
            'A single judge (简易程序): 审判员 and 书记员 lines; the clerk\'s name is written with an inner full-width space (贾　敏) and kept as written.',
            'The three firms whose bids were made BID_ON (the two lending their qualifications did bid in name).',
        ],
    ),
    dict(
        file='c02-qsz-wuwei-gulang-2026-21.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='甘肃省古浪县人民检察院',
        body='''
⟦甘肃省古浪县人民检察院|A⟧
起 诉 书
（节录）
⟦古检刑诉〔2026〕21号|N⟧

　　被告人⟦郭某某|P⟧，男，⟦1969年8月|D⟧出生，汉族，中共党员，原系⟦古浪县农业农村局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2025年12月4日|D⟧被⟦古浪县监察委员会|A⟧留置，⟦2026年3月10日|D⟧被本院决定逮捕，同日由⟦古浪县公安局|A⟧执行逮捕。
　　本案由⟦古浪县监察委员会|A⟧调查终结，于⟦2026年3月9日|D⟧以⟦古监移诉〔2026〕3号|N⟧移送本院审查起诉。本院受理后，于⟦2026年3月10日|D⟧已告知被告人有权委托辩护人，依法讯问了被告人，审查了全部案件材料。
　　经依法审查查明：
　　⟦2021年4月|D⟧至⟦2024年10月|D⟧，被告人⟦郭某某|P⟧利用担任⟦古浪县农业农村局|A⟧⟦副局长|T⟧、分管农田建设工作的职务便利，在古浪县高标准农田建设项目（项目编号：⟦GLNY-2023-GB-006|J⟧）招标、工程款拨付等方面为⟦甘肃黄羊川农业工程有限公司|C⟧谋取利益，先后5次收受该公司⟦法定代表人|T⟧⟦马某某|P⟧给予的现金共计⟦人民币26万元|M⟧、购物卡价值⟦人民币2万元|M⟧。⟦甘肃黄羊川农业工程有限公司|C⟧于⟦2023年6月|D⟧中标该项目，中标金额⟦人民币2,376.5万元|M⟧。
　　……
　　本院认为，被告人⟦郭某某|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款，犯罪事实清楚，证据确实、充分，应当以受贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦古浪县人民法院|A⟧
　　　　　　　　　　　　　　　　　　⟦检察官|T⟧　⟦孙丽华|P⟧
　　　　　　　　　　　　　　　　　　⟦2026年4月3日|D⟧
''',
        rels=[('REFERRED', '古浪县监察委员会', '甘肃省古浪县人民检察院', '古监移诉〔2026〕3号', '2026年3月9日'),
              ('HOLDS_POSITION', '郭某某', '党组成员', '古浪县农业农村局'),
              ('HOLDS_POSITION', '郭某某', '副局长', '古浪县农业农村局'),
              ('HOLDS_POSITION', '郭某某', '副局长@1', '古浪县农业农村局'),
              ('LEGAL_REP', '马某某', '甘肃黄羊川农业工程有限公司'),
              ('HOLDS_POSITION', '马某某', '法定代表人', '甘肃黄羊川农业工程有限公司'),
              ('HOLDS_POSITION', '孙丽华', '检察官', '甘肃省古浪县人民检察院'),
              ('BID_ON', '甘肃黄羊川农业工程有限公司', 'GLNY-2023-GB-006')],
        notes=COMMON + [
            'Kind court_judgment with the procuratorate as issuer (dev12). The 监委\'s 移送审查起诉 to 本院 with number and date: REFERRED, receiver the issuer.',
            '党组成员、副局长: two POSITION spans, both attached to 郭某某 (titles in a row are split). 原系 is not adjacent to the title (agency in between): 原 left out. The second 副局长 mention gets its own HOLDS_POSITION.',
            '1969年8月出生 has year+month: DATE (dev12 c2).',
            'The company won the numbered project: BID_ON.',
            '（节录） and …… mark the extract; the text is not cut mid-name.',
        ],
    ),
    dict(
        file='c03-pj-dandong-fengcheng-2026-88-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='遼寧省鳳城市人民法院',
        body='''
⟦遼寧省鳳城市人民法院|A⟧
刑事判決書
⟦（2026）遼0682刑初88號|N⟧

　　公訴機關⟦鳳城市人民檢察院|A⟧。
　　被告人⟦于某某|P⟧，男，1971年出生，漢族，大學文化，原係⟦鳳城市教育局|A⟧⟦計劃財務科科長|T⟧。因涉嫌犯受賄罪，於⟦2025年9月11日|D⟧被⟦鳳城市監察委員會|A⟧留置，同年⟦12月5日|D⟧被逮捕。現羈押於⟦鳳城市看守所|A⟧。
　　辯護人⟦曲文博|P⟧，⟦遼寧鳳凰律師事務所|C⟧⟦律師|T⟧。
　　⟦鳳城市人民檢察院|A⟧以⟦鳳檢刑訴〔2026〕62號|N⟧起訴書指控被告人⟦于某某|P⟧犯受賄罪，於⟦2026年3月16日|D⟧向本院提起公訴。本院依法組成合議庭，公開開庭審理了本案。
　　經審理查明：⟦2022年3月|D⟧至⟦2024年6月|D⟧，被告人⟦于某某|P⟧利用擔任⟦鳳城市教育局|A⟧⟦計劃財務科科長|T⟧負責編制採購需求的職務便利，在鳳城市中小學智慧黑板採購項目（項目編號：⟦FCZC-2024-0112|J⟧）中，按照⟦遼寧鳳凰山教學設備有限公司|C⟧提供的技術參數編制採購需求，幫助該公司中標，中標金額⟦人民幣437.2萬元|M⟧。被告人⟦于某某|P⟧先後3次收受該公司⟦總經理|T⟧⟦姜某|P⟧所送現金共計⟦人民幣18萬元|M⟧。案發後，被告人⟦于某某|P⟧退繳全部贓款。
　　本院認為，被告人⟦于某某|P⟧身為國家工作人員，利用職務上的便利，為他人謀取利益，非法收受他人財物，數額較大，其行為已構成受賄罪。依照《⟦中華人民共和國刑法|L⟧》第三百八十三條第一款第（一）項、第三百八十五條第一款之規定，判決如下：
　　一、被告人⟦于某某|P⟧犯受賄罪，判處有期徒刑一年六個月，並處罰金⟦人民幣十萬元|M⟧；
　　二、被告人⟦于某某|P⟧退繳的贓款⟦人民幣18萬元|M⟧，予以沒收，上繳國庫。

⟦審　判　長|T⟧　⟦周立偉|P⟧
⟦審　判　員|T⟧　⟦孟　欣|P⟧
⟦人民陪審員|T⟧　⟦潘桂蘭|P⟧
⟦二〇二六年五月二十日|D⟧
⟦書　記　員|T⟧　⟦宋雨桐|P⟧
''',
        rels=[('PENALIZED', '遼寧省鳳城市人民法院', '于某某'),
              ('HOLDS_POSITION', '于某某', '計劃財務科科長', '鳳城市教育局'),
              ('HOLDS_POSITION', '于某某', '計劃財務科科長@1', '鳳城市教育局'),
              ('HOLDS_POSITION', '曲文博', '律師', '遼寧鳳凰律師事務所'),
              ('HOLDS_POSITION', '姜某', '總經理', '遼寧鳳凰山教學設備有限公司'),
              ('HOLDS_POSITION', '周立偉', '審　判　長', '遼寧省鳳城市人民法院'),
              ('HOLDS_POSITION', '孟　欣', '審　判　員', '遼寧省鳳城市人民法院'),
              ('HOLDS_POSITION', '潘桂蘭', '人民陪審員', '遼寧省鳳城市人民法院'),
              ('HOLDS_POSITION', '宋雨桐', '書　記　員', '遼寧省鳳城市人民法院'),
              ('BID_ON', '遼寧鳳凰山教學設備有限公司', 'FCZC-2024-0112')],
        notes=COMMON + [
            'Traditional characters; spans as written.',
            '原係 + agency + 計劃財務科科長: one POSITION with the section word inside (dev12 c2), org the 教育局; 原 not adjacent, left out.',
            'The detention house is AGENCY (GUIDELINES). 1971年出生: year-only, not DATE. 同年12月5日 → 12月5日.',
            'The sentence by the named court: PENALIZED. Confiscation of the bribe is part of the judgment (same relation).',
            'Tailoring requirements to one supplier\'s parameters is the means of the bribery; violations: bribery only (the excerpt charges 受賄). *Unsure*: discriminatory_terms could be added.',
        ],
    ),
    dict(
        file='c04-xzpj-chuzhou-tianchang-2026-15.docx', fmt='docx', kind='court_judgment', violations=['false_materials'],
        issuer='安徽省天长市人民法院',
        body='''⟦安徽省天长市人民法院|A⟧
行 政 判 决 书
⟦（2026）皖1181行初15号|N⟧
原告⟦安徽千秋电力工程有限公司|C⟧，住所地安徽省天长市千秋街道建设路219号。
⟦法定代表人|T⟧⟦周国庆|P⟧，该公司⟦董事长|T⟧。
委托诉讼代理人⟦沈静|P⟧，⟦安徽天长律师事务所|C⟧⟦律师|T⟧。
被告⟦天长市财政局|A⟧，住所地天长市天康大道558号。
⟦法定代表人|T⟧⟦王立新|P⟧，该局⟦局长|T⟧。
出庭负责人⟦李春生|P⟧，该局⟦副局长|T⟧。
委托代理人⟦陶晓燕|P⟧，该局⟦工作人员|T⟧。
　　原告⟦安徽千秋电力工程有限公司|C⟧（以下简称⟦千秋公司|C⟧）不服被告⟦天长市财政局|A⟧政府采购行政处罚一案，于⟦2026年1月12日|D⟧向本院提起行政诉讼。本院依法组成合议庭，公开开庭审理了本案。
　　被告于⟦2025年9月26日|D⟧作出⟦天财购罚〔2025〕12号|N⟧《行政处罚决定书》，认定原告在天长市城区老旧配电网改造工程物资采购项目（项目编号：⟦TCCG-2025-0087|J⟧）投标中提供虚假的类似项目业绩合同，依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，对原告处采购金额千分之五的罚款⟦人民币1.84万元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　原告诉称：涉案业绩合同系项目实际履行的合同，仅合同金额与结算金额不一致，不属于提供虚假材料；被告作出处罚前未告知原告听证权利，程序违法。请求撤销被诉处罚决定。
　　被告辩称：该案线索系⟦天长市公共资源交易中心|A⟧于⟦2025年6月16日|D⟧以⟦天交易函〔2025〕31号|N⟧移交，经调查核实，原告提交的与⟦江苏盱眙供电工程有限公司|C⟧签订的业绩合同，经该公司书面确认系伪造；被告已于⟦2025年8月29日|D⟧以⟦天财购罚告〔2025〕12号|N⟧告知原告陈述、申辩及听证权利，原告逾期未申请听证。
　　经审理查明的事实与被告所述一致。
　　本院认为，被诉处罚决定认定事实清楚，证据确实充分，适用法律正确，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦千秋公司|C⟧的诉讼请求。
　　案件受理费⟦50元|M⟧，由原告负担。
　　如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于⟦安徽省滁州市中级人民法院|A⟧。
⟦审　判　长|T⟧　⟦章庆华|P⟧
⟦审　判　员|T⟧　⟦倪　婕|P⟧
⟦人民陪审员|T⟧　⟦戴文斌|P⟧
⟦二〇二六年三月二十七日|D⟧
⟦书　记　员|T⟧　⟦汪子涵|P⟧''',
        rels=[('PENALIZED', '天长市财政局', '安徽千秋电力工程有限公司'),
              ('REFERRED', '天长市公共资源交易中心', '天长市财政局', '天交易函〔2025〕31号', '2025年6月16日'),
              ('LEGAL_REP', '周国庆', '安徽千秋电力工程有限公司'),
              ('HOLDS_POSITION', '周国庆', '法定代表人', '安徽千秋电力工程有限公司'),
              ('HOLDS_POSITION', '周国庆', '董事长', '安徽千秋电力工程有限公司'),
              ('HOLDS_POSITION', '沈静', '律师', '安徽天长律师事务所'),
              ('LEGAL_REP', '王立新', '天长市财政局'),
              ('HOLDS_POSITION', '王立新', '法定代表人@1', '天长市财政局'),
              ('HOLDS_POSITION', '王立新', '局长', '天长市财政局'),
              ('HOLDS_POSITION', '李春生', '副局长', '天长市财政局'),
              ('HOLDS_POSITION', '陶晓燕', '工作人员', '天长市财政局'),
              ('HOLDS_POSITION', '章庆华', '审　判　长', '安徽省天长市人民法院'),
              ('HOLDS_POSITION', '倪　婕', '审　判　员', '安徽省天长市人民法院'),
              ('HOLDS_POSITION', '戴文斌', '人民陪审员', '安徽省天长市人民法院'),
              ('HOLDS_POSITION', '汪子涵', '书　记　员', '安徽省天长市人民法院'),
              ('BID_ON', '安徽千秋电力工程有限公司', 'TCCG-2025-0087')],
        notes=COMMON + [
            'The contested fine by the named finance bureau, stated as fact: PENALIZED. The court\'s 驳回 is not a sanction.',
            'The trading centre\'s 移交 of the clue, stated in the defendant\'s answer with number and date: REFERRED (receiver 被告 = the finance bureau). *Unsure*: it is a party\'s statement that the court adopts (经审理查明的事实与被告所述一致).',
            'The 处罚决定书 number before 《行政处罚决定书》 and the 告知书 number: DOC_NO each.',
            'The company whose forged contract was issued in its name (江苏盱眙供电工程有限公司) is a COMPANY, no relation.',
            '该公司董事长 / 该局局长 / 该局副局长 / 该局工作人员: org resolved through the pronoun. LEGAL_REP for the bureau\'s 法定代表人 (person → agency allowed). 出庭负责人 and 委托代理人 are labels.',
            'The case fee 50元 is an amount with its unit: MONEY.',
            '以下简称千秋公司: COMPANY, alias.',
        ],
        aliases={'千秋公司': '安徽千秋电力工程有限公司'},
    ),
    dict(
        file='c05-escd-mudanjiang-ningan-2026-56.txt', fmt='gb18030', kind='court_judgment', violations=['collusion'],
        issuer='黑龙江省牡丹江市中级人民法院',
        body='''
⟦黑龙江省牡丹江市中级人民法院|A⟧
刑事裁定书
⟦（2026）黑10刑终56号|N⟧

　　原公诉机关⟦宁安市人民检察院|A⟧。
　　上诉人（原审被告人）⟦刘某某|P⟧，男，1975年出生，汉族，⟦宁安市某某物业服务有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2025年8月6日|D⟧被⟦宁安市公安局|A⟧取保候审。
　　原审被告人⟦赵某|P⟧，女，1988年出生，汉族，⟦宁安市镜泊湖保洁服务有限公司|C⟧⟦员工|T⟧。因涉嫌犯串通投标罪，于⟦2025年8月6日|D⟧被⟦宁安市公安局|A⟧取保候审。
　　⟦宁安市人民法院|A⟧审理⟦宁安市人民检察院|A⟧指控原审被告人⟦刘某某|P⟧、⟦赵某|P⟧犯串通投标罪一案，于⟦2026年2月27日|D⟧作出⟦（2026）黑1084刑初12号|N⟧刑事判决。原审被告人⟦刘某某|P⟧不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，听取辩护人意见，认为本案事实清楚，决定不开庭审理。现已审理终结。
　　原判认定：⟦2023年3月|D⟧，⟦宁安市住房和城乡建设局|A⟧就宁安市保障性住房小区物业服务项目（项目编号：⟦NAZB-2023-WY-004|J⟧）公开招标。上诉人⟦刘某某|P⟧为使其公司中标，联系原审被告人⟦赵某|P⟧，由⟦赵某|P⟧以⟦宁安市镜泊湖保洁服务有限公司|C⟧名义参与投标，按⟦刘某某|P⟧提供的报价编制投标文件，⟦刘某某|P⟧另联系⟦牡丹江北方物业管理有限公司|C⟧抬高报价陪标。⟦宁安市某某物业服务有限公司|C⟧以⟦人民币237.6万元|M⟧中标。⟦刘某某|P⟧事后支付⟦赵某|P⟧⟦人民币1.5万元|M⟧。
　　原判以串通投标罪判处⟦刘某某|P⟧有期徒刑十个月，并处罚金⟦人民币五万元|M⟧；判处⟦赵某|P⟧拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。
　　……
　　本院认为，原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。

⟦审　判　长|T⟧　⟦韩振东|P⟧
⟦审　判　员|T⟧　⟦宫晓丽|P⟧
⟦审　判　员|T⟧　⟦闫　鹏|P⟧
⟦二〇二六年四月二十八日|D⟧
⟦书　记　员|T⟧　⟦吕佳琪|P⟧
''',
        rels=[('PENALIZED', '宁安市人民法院', '刘某某'),
              ('PENALIZED', '宁安市人民法院', '赵某'),
              ('LEGAL_REP', '刘某某', '宁安市某某物业服务有限公司'),
              ('HOLDS_POSITION', '刘某某', '法定代表人', '宁安市某某物业服务有限公司'),
              ('HOLDS_POSITION', '赵某', '员工', '宁安市镜泊湖保洁服务有限公司'),
              ('HOLDS_POSITION', '韩振东', '审　判　长', '黑龙江省牡丹江市中级人民法院'),
              ('HOLDS_POSITION', '宫晓丽', '审　判　员', '黑龙江省牡丹江市中级人民法院'),
              ('HOLDS_POSITION', '闫　鹏', '审　判　员@1', '黑龙江省牡丹江市中级人民法院'),
              ('HOLDS_POSITION', '吕佳琪', '书　记　员', '黑龙江省牡丹江市中级人民法院'),
              ('BID_ON', '宁安市某某物业服务有限公司', 'NAZB-2023-WY-004'),
              ('BID_ON', '宁安市镜泊湖保洁服务有限公司', 'NAZB-2023-WY-004'),
              ('BID_ON', '牡丹江北方物业管理有限公司', 'NAZB-2023-WY-004')],
        notes=COMMON + [
            'Second-instance ruling: issuer the appeal court (GUIDELINES: last-instance court). The sentences were imposed by the named first-instance court: PENALIZED from 宁安市人民法院; 维持原判 is not a new sanction (dev12).',
            'The first-instance judgment number before 刑事判决: DOC_NO.',
            '宁安市某某物业服务有限公司: masked but keeps a name shape: COMPANY. 其公司 is a pronoun.',
            'Three firms took part in the bid (the 陪标 firm included): BID_ON each.',
            'GB18030, LF line ends.',
        ],
    ),
]
