"""dev13 — court fact paragraphs in the anonymised style of published judgments (hand annotation, inline ⟦text|L⟧ marks).

Places: Hebei (Cangzhou Yunhe), Shaanxi (Shangluo Shangzhou), Jilin (Baicheng Taobei), Fujian (Putian Chengxiang),
Henan (Puyang Hualong), Zhejiang (Lishui Liandu); most places inside the facts are masked (某某县, 某某镇).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '被告人, 被告单位, 公诉机关, 辩护人, 证人 are procedural roles (not POSITION). 本院 is not annotated.',
    'Masked names that keep the shape of a name are annotated (GUIDELINES §2.8): 张某1, 某某县水利局, XX建筑工程有限公司, 甲公司, 人民币××万元. '
    '某 + a bare category noun is not: 某某公司, 某单位, 某供应商, 某工程队.',
    '提起公诉 is not REFERRED (dev11/dev12); 移送审查起诉 by 监委 or police to a named procuratorate is REFERRED; 退回补充侦查 (a return) is not REFERRED.',
]

DOCS = [
    dict(
        file='c1-ss-cangzhou-yunhe-2026-15.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='沧州市运河区人民法院',
        body='''
⟦沧州市运河区人民法院|A⟧
刑事判决书
⟦（2026）冀0903刑初15号|N⟧

　　⟦沧州市运河区人民检察院|A⟧以⟦运检刑诉〔2026〕11号|N⟧起诉书指控被告人⟦张某1|P⟧、⟦张某2|P⟧、⟦刘某|P⟧犯串通投标罪，于⟦2026年2月3日|D⟧向本院提起公诉。
　　经审理查明：⟦2024年3月|D⟧，⟦某某县水利局|A⟧对某某县农村饮水安全巩固提升工程进行公开招标，项目编号⟦MMSL-2024-009|J⟧，由⟦某某县公共资源交易中心|A⟧组织开标。被告人⟦张某1|P⟧系⟦XX建筑工程有限公司|C⟧（以下简称⟦XX公司|C⟧）实际控制人，为确保⟦XX公司|C⟧中标，其与⟦沧州某某水利工程有限公司|C⟧⟦法定代表人|T⟧⟦张某2|P⟧、⟦河北YY建设集团有限公司|C⟧（以下简称⟦YY公司|C⟧）⟦项目经理|T⟧⟦刘某|P⟧商议，由⟦张某1|P⟧统一制作三家公司的投标文件并支付投标保证金共计⟦人民币××万元|M⟧，约定事成后给予陪标单位每家“好处费”⟦人民币5万元|M⟧。⟦2024年4月8日|D⟧开标，⟦XX公司|C⟧以⟦人民币1376.52万元|M⟧中标。
　　另查明，⟦2025年6月|D⟧，⟦某某县水利局|A⟧在监督检查中发现上述三家公司投标文件由同一电脑编制，遂将线索移送⟦某某县公安局|A⟧，⟦某某县公安局|A⟧于⟦2025年7月2日|D⟧立案侦查，后移送⟦沧州市运河区人民检察院|A⟧审查起诉。
　　上述事实，有证人⟦刘某某|P⟧、⟦王某|P⟧的证言，招标文件、投标文件、保证金转账凭证，⟦某某县水利局|A⟧出具的情况说明等证据证实。
''',
        rels=[('BID_ON', 'XX建筑工程有限公司', 'MMSL-2024-009'),
              ('BID_ON', '沧州某某水利工程有限公司', 'MMSL-2024-009'),
              ('BID_ON', '河北YY建设集团有限公司', 'MMSL-2024-009'),
              ('LEGAL_REP', '张某2', '沧州某某水利工程有限公司'),
              ('HOLDS_POSITION', '张某2', '法定代表人', '沧州某某水利工程有限公司'),
              ('HOLDS_POSITION', '刘某', '项目经理', '河北YY建设集团有限公司'),
              ('REFERRED', '某某县水利局', '某某县公安局', None, None),
              ('REFERRED', '某某县公安局', '沧州市运河区人民检察院', None, None)],
        aliases={'XX公司': 'XX建筑工程有限公司', 'YY公司': '河北YY建设集团有限公司'},
        notes=COMMON + [
            'Court header with a real court and a court case number in full-width （）: DOC_NO. The 起诉书 number before the word 起诉书: DOC_NO.',
            'Inside the facts the places are masked: 某某县水利局, 某某县公共资源交易中心, 某某县公安局 are AGENCY. 某某县农村饮水安全…工程 is a project name (no agency inside).',
            'XX建筑工程有限公司 with 以下简称XX公司: COMPANY + alias; 沧州某某水利工程有限公司 keeps its place and type: COMPANY. 实际控制人 is not a POSITION (not in the GUIDELINES list, *unsure*).',
            'The police 立案侦查 then 移送…审查起诉 to a named procuratorate: REFERRED (no date: 7月2日 is the 立案 date). The 水利局 hands the clue to the police: REFERRED.',
            '证人刘某某、王某: PERSON (witnesses named in masked form). 人民币××万元: masked MONEY.',
        ],
    ),
]

DOCS += [
    dict(
        file='c2-ss-shangluo-shangzhou-2026-27.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer=None,
        body='''
　　经审理查明：被告人⟦李某某|P⟧于2016年至2024年间任⟦某某县教育局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧，分管全县中小学装备采购工作。
　　⟦2021年5月|D⟧至⟦2023年10月|D⟧，被告人⟦李某某|P⟧利用职务上的便利，在⟦某某县教育局|A⟧组织的“薄弱学校改造”设备采购、⟦某某镇中心小学|A⟧食堂改造等项目中，为⟦陕西某某教育科技有限公司|C⟧（以下简称⟦甲公司|C⟧）、⟦商洛××电子工程有限公司|C⟧（以下简称⟦乙公司|C⟧）在招标文件设置、评审专家抽取及货款支付等方面谋取利益，先后11次收受⟦甲公司|C⟧实际控制人⟦王某|P⟧、⟦乙公司|C⟧⟦总经理|T⟧⟦周某甲|P⟧给予的人民币共计⟦58.6万元|M⟧、购物卡价值⟦人民币2万元|M⟧。其中：
　　1．2021年春节前，在⟦李某某|P⟧办公室收受⟦王某|P⟧送予的现金⟦人民币5万元|M⟧；
　　2．⟦2022年8月|D⟧，⟦甲公司|C⟧中标⟦某某县教育局|A⟧2022年多媒体教学设备采购项目（项目编号：⟦SLJY-2022-031|J⟧，中标金额⟦人民币426万元|M⟧）后，⟦李某某|P⟧通过其妻弟⟦赵某|P⟧名下银行账户收受⟦王某|P⟧转账⟦人民币20万元|M⟧；
　　3．⟦2023年10月|D⟧，收受⟦周某甲|P⟧在⟦某某镇人民政府|A⟧附近交付的现金⟦人民币××万元|M⟧。
　　⟦2024年3月|D⟧，⟦某某县纪委监委|A⟧根据⟦某某县审计局|A⟧移交的问题线索对⟦李某某|P⟧立案审查调查，⟦2024年9月12日|D⟧移送⟦商洛市商州区人民检察院|A⟧审查起诉。被告人⟦李某某|P⟧到案后如实供述了全部犯罪事实，并退缴赃款⟦人民币60.6万元|M⟧。
''',
        rels=[('HOLDS_POSITION', '李某某', '党组成员', '某某县教育局'),
              ('HOLDS_POSITION', '李某某', '副局长', '某某县教育局'),
              ('HOLDS_POSITION', '周某甲', '总经理', '商洛××电子工程有限公司'),
              ('BID_ON', '陕西某某教育科技有限公司', 'SLJY-2022-031'),
              ('REFERRED', '某某县审计局', '某某县纪委监委', None, None),
              ('REFERRED', '某某县纪委监委', '商洛市商州区人民检察院', None, '2024年9月12日')],
        aliases={'甲公司': '陕西某某教育科技有限公司', '乙公司': '商洛××电子工程有限公司'},
        notes=COMMON + [
            'A fact paragraph only (no header): issuer null. 2016年至2024年间 is year-level (not DATE). 2021年春节 (a holiday with a year, no month or day) is not DATE (*unsure*).',
            'Post before the agency in 任某某县教育局党组成员、副局长: the masked agency is AGENCY, two POSITION spans split (GUIDELINES: titles in a row). The first 某某县教育局 mention is AGENCY.',
            '甲公司/乙公司 defined by 以下简称: COMPANY, aliases; every later bare mention is COMPANY too. 实际控制人 and 妻弟 are not POSITION. 周某甲 (a masked name with 甲) is PERSON.',
            '某某镇中心小学 inside a project phrase and 某某镇人民政府附近 (a place reference): AGENCY each (*unsure* for the second, it is a landmark).',
            'The 纪委监委 移送审查起诉 to a named procuratorate: REFERRED with the transfer date; the 审计局 移交 of a clue: REFERRED, no date (the 3月 date is the 立案 date).',
            '现金人民币××万元 (masked): MONEY is 人民币××万元.',
        ],
    ),
]

DOCS += [
    dict(
        file='c3-ss-baicheng-taobei-2026-44.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials', 'collusion'],
        issuer='白城市洮北区人民法院',
        body='''
⟦白城市洮北区人民法院|A⟧
刑事判决书
⟦(2026)吉0802刑初44号|N⟧
　　公诉机关⟦白城市洮北区人民检察院|A⟧。
　　被告人⟦孙某|P⟧，男，1981年出生，⟦某某市政工程有限公司|C⟧⟦经理|T⟧。
　　被告人⟦慕容某某|P⟧，女，1990年出生，无业。
　　经审理查明：⟦2023年11月|D⟧，⟦某某县住房和城乡建设局|A⟧就该县老城区供热管网改造工程（招标编号：⟦BCZJ2023-117|J⟧）公开招标。被告人⟦孙某|P⟧为使其经营的⟦某某市政工程有限公司|C⟧通过资格审查，授意被告人⟦慕容某某|P⟧伪造了“⟦某某县住房和城乡建设局|A⟧”印章一枚、“⟦吉林××建设工程质量检测有限公司|C⟧”印章一枚，加盖于虚假的竣工验收备案表和检测报告上，作为业绩证明材料放入投标文件。同时，⟦孙某|P⟧联系⟦吉林省ABC路桥有限公司|C⟧、某某公司两家单位参与投标，两家单位的投标报价均由⟦孙某|P⟧确定。⟦2023年12月6日|D⟧开标，⟦某某市政工程有限公司|C⟧以⟦人民币2196.3万元|M⟧中标。
　　⟦2024年5月|D⟧，⟦白城市洮北区公共资源交易中心|A⟧在档案复核中发现备案表印章异常，报告⟦白城市洮北区财政局|A⟧。⟦白城市洮北区财政局|A⟧于⟦2024年5月20日|D⟧以⟦洮财移〔2024〕6号|N⟧将案件移送⟦白城市公安局洮北分局|A⟧。经鉴定，上述印章印文与备案印章印文不是同一枚印章盖印。案件侦查终结后移送审查起诉，⟦白城市洮北区人民检察院|A⟧于⟦2026年1月15日|D⟧以事实不清为由退回补充侦查一次。
''',
        rels=[('REFERRED', '白城市洮北区财政局', '白城市公安局洮北分局', '洮财移〔2024〕6号', '2024年5月20日'),
              ('REFERRED', '白城市公安局洮北分局', '白城市洮北区人民检察院', None, None),
              ('HOLDS_POSITION', '孙某', '经理', '某某市政工程有限公司'),
              ('BID_ON', '某某市政工程有限公司', 'BCZJ2023-117'),
              ('BID_ON', '吉林省ABC路桥有限公司', 'BCZJ2023-117')],
        notes=COMMON + [
            'Court case number with half-width (): DOC_NO. 1981年出生: a year only, not DATE. Compound surname 慕容 in masked form 慕容某某: PERSON.',
            '某某县住房和城乡建设局 (the tenderer) and the same name quoted as the text of a forged seal (“…”印章): AGENCY both (GUIDELINES §2.3, names inside unlabelled expressions). '
            'The quoted firm name on the second forged seal: COMPANY.',
            '某某公司两家单位: 某 + 公司 with no name element: not annotated (and no BID_ON). 吉林省ABC路桥有限公司 (letter-masked): COMPANY, BID_ON (参与投标).',
            'The 交易中心 报告 to finance is a report, not a transfer. Finance 移送 to the police with number and date: REFERRED. 侦查终结后移送审查起诉 (passive, no sender written): '
            'the sender is the case-handling police named before (GUIDELINES §4 passive rule): REFERRED police → procuratorate, no date. 退回补充侦查 is a return: not REFERRED.',
            'Forged seals and false performance records in a bid: false_materials; the other two bids priced by 孙某: collusion.',
        ],
    ),
]

DOCS += [
    dict(
        file='c4-ss-putian-chengxiang-2026-62-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer='莆田市城廂區人民法院',
        body='''
⟦莆田市城廂區人民法院|A⟧
刑事判決書
⟦（2026）閩0302刑初62號|N⟧

　　經審理查明：⟦2022年7月|D⟧至⟦2023年6月|D⟧間，被告人⟦陳某1|P⟧為承攬⟦某某鎮人民政府|A⟧發包的村道硬化、河道整治等工程，先後借用⟦福建××建設工程有限公司|C⟧（以下簡稱⟦××公司|C⟧）、⟦莆田市某某水利水電工程有限公司|C⟧的資質投標，並組織被告人⟦陳某2|P⟧、⟦林某|P⟧控制的⟦某某工程隊|C⟧及另外三家公司圍標。其中，某某村村道硬化工程（項目編號：⟦CXJS-2022-0431|J⟧）由⟦××公司|C⟧以⟦人民幣318.7萬元|M⟧中標。
　　為在資格審查和驗收環節獲得關照，被告人⟦陳某1|P⟧先後送給時任⟦某某鎮人民政府|A⟧⟦副鎮長|T⟧的⟦黃某某|P⟧（另案處理）現金⟦人民幣8萬元|M⟧，送給⟦某某村委會|A⟧⟦主任|T⟧⟦鄭某|P⟧（另案處理）⟦人民幣3萬元|M⟧。
　　⟦2024年4月|D⟧，⟦莆田市城廂區紀委監委|A⟧在查辦⟦黃某某|P⟧案件中發現被告人⟦陳某1|P⟧涉嫌串通投標犯罪線索，於⟦2024年5月8日|D⟧將線索移送⟦莆田市公安局城廂分局|A⟧。被告人⟦陳某1|P⟧於⟦2024年5月21日|D⟧經電話通知主動到案。
''',
        rels=[('REFERRED', '莆田市城廂區紀委監委', '莆田市公安局城廂分局', None, '2024年5月8日'),
              ('HOLDS_POSITION', '黃某某', '副鎮長', '某某鎮人民政府'),
              ('HOLDS_POSITION', '鄭某', '主任', '某某村委會'),
              ('BID_ON', '福建××建設工程有限公司', 'CXJS-2022-0431')],
        aliases={'××公司': '福建××建設工程有限公司'},
        notes=COMMON + [
            'Traditional characters. Court case number with full-width （）: DOC_NO.',
            '某某工程隊 (a masked name with the shape of a firm name, a construction team acting as a bidder): COMPANY (*unsure*; 某 + 工程隊 could read as 某 + category noun — it is 某某 + 工程隊, '
            'written as the name of a specific team). 另外三家公司 is a count. 某某村村道硬化工程 is a project name (no agency).',
            '某某村委會 (village committee): AGENCY (*unsure*: a grassroots self-governing body, not a state organ; GUIDELINES list no example). 主任 POSITION, org the 村委會.',
            '××公司 defined by 以下簡稱 (the two mentions): COMPANY, alias. BID_ON only for the winner named with the project number.',
            '時任…副鎮長的黃某某: POSITION after the agency, attached to the name that follows. (另案處理) is not annotated.',
            'The 紀委監委 transfers the clue to the police with a date: REFERRED. 經電話通知主動到案 is no relation.',
            'Bribes to officials for favour in review and acceptance: bribery; 借用資質 + 圍標: collusion.',
        ],
    ),
]

DOCS += [
    dict(
        file='c5-ss-puyang-hualong-2026-88.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference', 'discriminatory_terms'],
        issuer=None,
        body='''
　　⟦濮阳市华龙区人民检察院|A⟧指控：2020年至2024年，被告人⟦杨某|P⟧在担任⟦某某县人民医院|A⟧⟦院长|T⟧期间，利用职务便利，在该院医疗设备、耗材采购及住院楼改扩建工程招标中，为⟦河南XX医疗器械有限公司|C⟧、⟦某某医药有限公司|C⟧、⟦濮阳市鼎X建筑安装工程有限公司|C⟧（以下简称⟦鼎X公司|C⟧）谋取利益，非法收受上述单位及其负责人给予的财物共计折合⟦人民币356.4万元|M⟧。
　　经审理查明：
　　一、⟦2021年3月|D⟧，被告人⟦杨某|P⟧授意该院设备科⟦科长|T⟧⟦宋某某|P⟧（另案处理）在全自动生化分析仪采购项目（⟦PYYY-2021-HW-07|J⟧）招标文件中设置指向⟦河南XX医疗器械有限公司|C⟧代理品牌的技术参数，该公司中标后，其⟦销售经理|T⟧⟦冯某|P⟧送给⟦杨某|P⟧⟦人民币××万元|M⟧。
　　二、⟦2022年5月|D⟧，被告人⟦杨某|P⟧向⟦某某县公共资源交易中心|A⟧工作人员打招呼，要求在住院楼改扩建工程评标中“关照”⟦鼎X公司|C⟧，⟦鼎X公司|C⟧中标（中标价⟦人民币5688.9万元|M⟧）后，该公司项目部⟦负责人|T⟧⟦宋文杰|P⟧分三次送给⟦杨某|P⟧现金⟦人民币60万元|M⟧。另一投标人某某公司就此向⟦某某县卫生健康委员会|A⟧投诉，未被受理。
　　三、2023年春节至⟦2024年1月|D⟧，被告人⟦杨某|P⟧收受⟦某某医药有限公司|C⟧⟦法定代表人|T⟧⟦孔某|P⟧所送购物卡、黄金饰品，价值合计⟦人民币12.4万元|M⟧。
　　⟦2024年6月|D⟧，⟦某某县纪委监委|A⟧对⟦杨某|P⟧立案调查，⟦2024年11月5日|D⟧移送⟦濮阳市华龙区人民检察院|A⟧审查起诉。⟦濮阳市华龙区人民检察院|A⟧于⟦2024年12月20日|D⟧退回⟦某某县纪委监委|A⟧补充调查，⟦2025年1月18日|D⟧再次移送审查起诉。
''',
        rels=[('REFERRED', '某某县纪委监委', '濮阳市华龙区人民检察院', None, '2024年11月5日'),
              ('HOLDS_POSITION', '杨某', '院长', '某某县人民医院'),
              ('HOLDS_POSITION', '宋某某', '科长', '某某县人民医院'),
              ('HOLDS_POSITION', '冯某', '销售经理', '河南XX医疗器械有限公司'),
              ('HOLDS_POSITION', '宋文杰', '负责人', '濮阳市鼎X建筑安装工程有限公司'),
              ('HOLDS_POSITION', '孔某', '法定代表人', '某某医药有限公司'),
              ('LEGAL_REP', '孔某', '某某医药有限公司'),
              ('BID_ON', '河南XX医疗器械有限公司', 'PYYY-2021-HW-07')],
        aliases={'鼎X公司': '濮阳市鼎X建筑安装工程有限公司'},
        unmarked=['负责人'],
        notes=COMMON + [
            'A fact paragraph starting with the 指控 (no header): issuer null. 2020年至2024年 and 2023年春节 are not DATE (year-level; a holiday).',
            '某某医药有限公司 (某某 + a type word with 医药, a name element): COMPANY; the bare 某某公司 (the complaining bidder) is not annotated. 鼎X公司 (letter-masked short name): COMPANY, alias.',
            '该公司项目部负责人宋文杰: 项目部 is a bare unit; 负责人 POSITION with the company as org. 该院设备科科长: 科长 POSITION, org the hospital (AGENCY).',
            'Two 移送审查起诉 by the 纪委监委 to the procuratorate, with the 退回补充调查 in between: one REFERRED (relations are de-duplicated on type, from, to), '
            'dated the first transfer (*unsure*). 退回 is not REFERRED. 上述单位及其负责人 (generic) is not POSITION (unmarked). The complaint to the 卫健委 (not accepted) is not REFERRED.',
            'Traps: 宋文杰 is a PERSON, 宋某某 too; 黄金饰品, 春节 are not. 杨某 in running text (送给杨某, 对杨某) — every mention annotated.',
            'violations: bribery; 招标文件…设置指向…品牌 (discriminatory_terms) and 打招呼 (interference).',
        ],
    ),
]

DOCS += [
    dict(
        file='c6-ss-lishui-liandu-2026-103.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials', 'collusion'],
        issuer='丽水市莲都区人民法院',
        body='''
⟦丽水市莲都区人民法院|A⟧
刑事判决书
⟦（2026）浙1102刑初103号|N⟧

　　经审理查明：⟦2023年8月|D⟧，⟦某某镇人民政府|A⟧委托⟦某某县公共资源交易中心|A⟧对“某某村美丽乡村道路提升工程”（项目编号：⟦LDXZ-2023-0215|J⟧）进行招标，采购人为⟦某某村村民委员会|A⟧（以下简称⟦某某村委会|A⟧）。被告人⟦吴某某|P⟧系⟦某某县老竹建筑工程队|C⟧实际经营者，因其工程队不具备投标资质，遂与⟦浙江××建设有限公司第三项目部|C⟧⟦负责人|T⟧被告人⟦雷某|P⟧商定，以⟦浙江××建设有限公司|C⟧（以下简称⟦××公司|C⟧）名义投标。⟦雷某|P⟧未经公司同意，私刻“⟦××公司|C⟧”公章、法定代表人印章各一枚交给⟦吴某某|P⟧使用。⟦吴某某|P⟧另以每家⟦人民币8000元|M⟧的价格借用⟦丽水YY市政园林有限公司|C⟧、某某公司资质陪标。⟦2023年9月12日|D⟧开标，⟦××公司|C⟧以⟦人民币263.8万元|M⟧中标，工程由⟦吴某某|P⟧的工程队实际施工。
　　⟦2024年10月|D⟧，⟦××公司|C⟧在办理工程款结算时发现印章系伪造，向⟦丽水市公安局莲都区分局|A⟧报案。
　　本院认为，被告人⟦吴某某|P⟧、⟦雷某|P⟧伪造公司印章，其行为均已构成伪造公司印章罪；被告人⟦吴某某|P⟧与他人串通投标，损害招标人利益，情节严重，其行为又构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第二百八十条第二款之规定，判决如下：
　　一、被告人⟦吴某某|P⟧犯伪造公司印章罪、串通投标罪，决定执行有期徒刑一年十个月，并处罚金⟦人民币六万元|M⟧；
　　二、被告人⟦雷某|P⟧犯伪造公司印章罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币×万元|M⟧。
''',
        rels=[('PENALIZED', '丽水市莲都区人民法院', '吴某某'),
              ('PENALIZED', '丽水市莲都区人民法院', '雷某'),
              ('HOLDS_POSITION', '雷某', '负责人', '浙江××建设有限公司第三项目部'),
              ('BID_ON', '浙江××建设有限公司', 'LDXZ-2023-0215'),
              ('BID_ON', '丽水YY市政园林有限公司', 'LDXZ-2023-0215')],
        aliases={'××公司': '浙江××建设有限公司', '某某村委会': '某某村村民委员会'},
        notes=COMMON + [
            'A named company 项目部 (浙江××建设有限公司第三项目部): one COMPANY span, the maximal name with its numbered sub-unit (*unsure*: GUIDELINES show maximal spans for agencies '
            'and branch companies, not 项目部). 负责人 POSITION, org the 项目部 span.',
            '某某县老竹建筑工程队 (a named construction team): COMPANY. 其工程队 / 吴某某的工程队 (no name element): not annotated. 某某公司 (a bidder named only so): not annotated, no BID_ON.',
            '某某村村民委员会 with 以下简称某某村委会: AGENCY (*unsure*, as c4), alias. The project name in “” holds 某某村 (a place word only).',
            '“××公司”公章: the short name inside the quoted seal text is COMPANY (alias), as c3. 法定代表人印章 (a seal, not attached to a person): no POSITION.',
            'BID_ON: the winner in whose name the bid was made, and the firm lent for 陪标. The 报案 by a company is not REFERRED.',
            'Sentences by the named court: PENALIZED to each defendant. 人民币×万元 (masked) in the last item: MONEY.',
        ],
    ),
]
