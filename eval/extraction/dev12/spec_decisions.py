"""dev12 — administrative decisions of eight kinds of bodies (hand annotation, inline ⟦text|L⟧ marks).

Places: Jiangsu (Xuzhou Yunlong), Anhui (Wuhu Jinghu), Hubei (Xiangyang Xiangcheng, Jingmen Duodao), Henan (Xinxiang
Hongqi, Jiaozuo Shanyang, Nanyang Wancheng, Shangqiu Liangyuan). All persons, companies, numbers, amounts and acts
are invented.
"""

COMMON = [
    '当事人, 申请人, 被申请人, 委托代理人, 联系人, 直接负责的主管人员 are procedural roles, relations or liability categories (not POSITION).',
    '我局, 本局, 本机关, 你公司, 该公司 and other pronouns are not annotated.',
]

DOCS = [
    dict(
        file='d1-cf-xuzhou-yunlong-2026-3.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='徐州市云龙区财政局',
        body='''
⟦徐州市云龙区财政局|A⟧　⟦云财罚决〔2026〕3号|N⟧
行政处罚决定书

当事人：⟦徐州恒岳建设工程有限公司|C⟧
⟦法定代表人|T⟧：⟦邵国平|P⟧
委托代理人：⟦裴文静|P⟧，该公司⟦员工|T⟧
　　当事人参加云龙区老旧小区雨污分流改造项目（项目编号：⟦YLCG-2025-0217|J⟧）投标时，提交的⟦项目经理|T⟧⟦邵林|P⟧的社保缴纳证明系伪造。我局于⟦2026年1月12日|D⟧向当事人送达《行政处罚事先告知书》（⟦云财罚告〔2026〕3号|N⟧），当事人提出听证申请，我局于⟦2026年1月26日|D⟧发出《听证通知书》（⟦云财听通〔2026〕1号|N⟧），并于⟦2026年2月3日|D⟧举行听证。
　　我局认为，当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据《⟦徐州市政府采购行政处罚裁量基准|L⟧》（⟦徐财购〔2025〕12号|N⟧）文件及⟦苏财规〔2024〕6号|N⟧文件的规定，决定对当事人处以采购金额千分之八的罚款即⟦人民币21,360元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　罚款自收到本决定书之日起十五日内缴至指定账户。如不服本决定，可在六十日内向⟦徐州市云龙区人民政府|A⟧申请行政复议，或在六个月内向⟦徐州铁路运输法院|A⟧提起行政诉讼。

⟦徐州市云龙区财政局|A⟧
⟦2026年2月16日|D⟧
''',
        rels=[('PENALIZED', '徐州市云龙区财政局', '徐州恒岳建设工程有限公司'),
              ('LEGAL_REP', '邵国平', '徐州恒岳建设工程有限公司'),
              ('HOLDS_POSITION', '邵国平', '法定代表人', '徐州恒岳建设工程有限公司'),
              ('HOLDS_POSITION', '裴文静', '员工', '徐州恒岳建设工程有限公司'),
              ('HOLDS_POSITION', '邵林', '项目经理', '徐州恒岳建设工程有限公司'),
              ('BID_ON', '徐州恒岳建设工程有限公司', 'YLCG-2025-0217')],
        notes=COMMON + [
            'The decision number on the header line after the body name (separated by a full-width space): DOC_NO; the body AGENCY.',
            'The 告知书 number and the 听证通知书 number in （） after an unmarked document title: DOC_NO each (the titles are case documents, not LAW).',
            '《裁量基准》（徐财购〔2025〕12号）: LAW + DOC_NO; 苏财规〔2024〕6号文件 with no title: DOC_NO.',
            '项目经理邵林 in the bid: POSITION attached to a named person, org the bidding company (the bid names him as its 项目经理).',
        ],
        unmarked=[],
    ),
    dict(
        file='d2-cf-wuhu-jinghu-2026-015.docx', fmt='docx', kind='penalty_decision', violations=['collusion'],
        issuer='芜湖市镜湖区市场监督管理局',
        body='''⟦芜湖市镜湖区市场监督管理局|A⟧
行政处罚决定书
⟦镜市监处字〔2026〕第015号|N⟧
当事人：⟦芜湖江城物业管理有限公司|C⟧
住所：芜湖市镜湖区长江中路88号
⟦法定代表人|T⟧：⟦钱卫东|P⟧
联系人：⟦邬小梅|P⟧，电话：0553-3816627
　　⟦2025年11月|D⟧，我局在检查中发现，当事人与⟦芜湖瑞丰保洁服务有限公司|C⟧在⟦芜湖市镜湖区城市管理局|A⟧环卫保洁服务采购项目（招标编号：⟦JHZC2025-1108|J⟧）中由同一人编制投标文件。我局于⟦2025年11月20日|D⟧作出《责令改正通知书》（⟦镜市监责改〔2025〕第088号|N⟧），当事人未按期改正。
　　以上事实有现场笔录、询问笔录（⟦镜市监询〔2025〕第0311号|N⟧）等证据证明。当事人的行为违反了《⟦中华人民共和国招标投标法|L⟧》第三十二条的规定。依据该法第五十三条，我局决定：对当事人处中标项目金额千分之五的罚款，计⟦人民币6,450元|M⟧。
　　如不服本决定，可在六十日内向⟦芜湖市镜湖区人民政府|A⟧申请行政复议。
⟦芜湖市镜湖区市场监督管理局|A⟧
⟦2026年3月2日|D⟧''',
        rels=[('PENALIZED', '芜湖市镜湖区市场监督管理局', '芜湖江城物业管理有限公司'),
              ('LEGAL_REP', '钱卫东', '芜湖江城物业管理有限公司'),
              ('HOLDS_POSITION', '钱卫东', '法定代表人', '芜湖江城物业管理有限公司'),
              ('BID_ON', '芜湖江城物业管理有限公司', 'JHZC2025-1108'),
              ('BID_ON', '芜湖瑞丰保洁服务有限公司', 'JHZC2025-1108')],
        notes=COMMON + [
            '镜市监处字〔2026〕第015号: 字 and 第 and the leading zero stay in the span.',
            'The 责令改正通知书 number and the 询问笔录 number (an evidence document\'s serial in （）) are DOC_NO. *Unsure* for the 笔录 number (a case-file serial, not a document issued to anyone).',
            'Address after 住所 not annotated. The company name in the address line is absent (a street address only).',
        ],
    ),
    dict(
        file='d3-cf-xiangyang-xiangcheng-2026-2.txt', fmt='gb18030', kind='penalty_decision', violations=['collusion'],
        issuer='襄阳市襄城区发展和改革局',
        body='''
⟦襄阳市襄城区发展和改革局|A⟧行政处罚决定书
⟦襄城发改罚〔2026〕2号|N⟧

当事人：⟦湖北楚襄建工集团有限公司|C⟧
⟦法定代表人|T⟧：⟦管雪峰|P⟧　　⟦总经理|T⟧：⟦蔺伟|P⟧
　　经查，当事人在襄城区檀溪路提升工程（招标编号：⟦XCZB-2025-046|J⟧）投标中，与⟦襄阳汉江路桥工程有限公司|C⟧约定投标报价，串通投标。本案系⟦襄阳市襄城区审计局|A⟧以《审计移送处理书》（⟦襄城审移〔2025〕5号|N⟧）移送我局。
　　依据《⟦湖北省招标投标管理办法|L⟧》及《⟦湖北省发展改革委关于规范招标投标领域行政处罚裁量权的通知|L⟧》（⟦鄂发改法规〔2025〕12号|N⟧）文件，我局决定：对当事人处中标项目金额千分之六的罚款⟦人民币48,900元|M⟧；对单位直接负责的主管人员⟦蔺伟|P⟧处单位罚款数额百分之五的罚款⟦人民币2,445元|M⟧。

⟦襄阳市襄城区发展和改革局|A⟧
⟦2026年4月8日|D⟧
''',
        rels=[('PENALIZED', '襄阳市襄城区发展和改革局', '湖北楚襄建工集团有限公司'),
              ('PENALIZED', '襄阳市襄城区发展和改革局', '蔺伟'),
              ('REFERRED', '襄阳市襄城区审计局', '襄阳市襄城区发展和改革局', '襄城审移〔2025〕5号', None),
              ('LEGAL_REP', '管雪峰', '湖北楚襄建工集团有限公司'),
              ('HOLDS_POSITION', '管雪峰', '法定代表人', '湖北楚襄建工集团有限公司'),
              ('HOLDS_POSITION', '蔺伟', '总经理', '湖北楚襄建工集团有限公司'),
              ('BID_ON', '湖北楚襄建工集团有限公司', 'XCZB-2025-046'),
              ('BID_ON', '襄阳汉江路桥工程有限公司', 'XCZB-2025-046')],
        notes=COMMON + [
            'The title line 襄阳市襄城区发展和改革局行政处罚决定书: the body name glued to the document type is AGENCY (GUIDELINES §2.3).',
            'A normative notice in 《》 with its number in （）: LAW + DOC_NO.',
            'The transfer to 我局 by the named 审计局 with its 移送处理书 number: REFERRED with evidence, receiver the issuer (GUIDELINES §4); no transfer date stated.',
        ],
    ),
    dict(
        file='d4-cf-jingmen-duodao-2026-15.txt', fmt='utf-8', kind='penalty_decision', violations=['no_procurement'],
        issuer='荆门市掇刀区住房和城乡建设局',
        body='''
⟦荆门市掇刀区住房和城乡建设局|A⟧
行政处罚决定书
⟦（2026）第15号|N⟧

当事人：⟦荆门掇刀城市建设投资有限公司|C⟧
⟦法定代表人|T⟧：⟦郗立新|P⟧
　　当事人作为掇刀区白庙路拓宽工程的建设单位，在未依法招标的情况下，于⟦2025年6月|D⟧将施工直接发包给⟦荆门长湖建筑工程有限公司|C⟧，合同金额⟦人民币612万元|M⟧。我局于⟦2026年2月10日|D⟧以⟦掇住建告字（2026）第15号|N⟧告知当事人拟作出的处罚，当事人在法定期限内未陈述申辩。
　　依据《⟦中华人民共和国招标投标法|L⟧》第四十九条，我局决定：责令当事人改正，处项目合同金额千分之五的罚款⟦人民币30,600元|M⟧。

⟦荆门市掇刀区住房和城乡建设局|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[('PENALIZED', '荆门市掇刀区住房和城乡建设局', '荆门掇刀城市建设投资有限公司'),
              ('LEGAL_REP', '郗立新', '荆门掇刀城市建设投资有限公司'),
              ('HOLDS_POSITION', '郗立新', '法定代表人', '荆门掇刀城市建设投资有限公司')],
        notes=COMMON + [
            'The decision number is written on its own line as （2026）第15号, with no issuer code: DOC_NO as written (GUIDELINES: after a document-type title only the number part). The 告知书 number 掇住建告字（2026）第15号 shares the tail and is a separate DOC_NO.',
            '直接发包 by the 建设单位 (a state-owned company): no_procurement. The contractor that received the work did not bid: no BID_ON (there is no PROJECT_NO either).',
        ],
    ),
    dict(
        file='d5-cf-xinxiang-hongqi-2026-15.txt', fmt='utf-8', kind='penalty_decision', violations=['other'],
        issuer='新乡市红旗区交通运输局',
        body='''
⟦新乡市红旗区交通运输局|A⟧
行政处罚决定书
编号：⟦红交执罚2026-15号|N⟧

当事人：⟦新乡市红旗区公路事业发展中心|A⟧
⟦负责人|T⟧：⟦聂长河|P⟧
　　⟦2025年10月|D⟧，我局在农村公路养护项目（项目编号：⟦HQJT-2025-033|J⟧）监督检查中发现，当事人作为采购人在中标通知书发出后四十五日未与中标人⟦新乡通达公路养护有限公司|C⟧签订合同。我局于⟦2025年12月1日|D⟧下发《整改通知书》（⟦红交整改2025-41号|N⟧），要求其于⟦12月15日|D⟧前整改，当事人逾期仍未改正。
　　依据《⟦中华人民共和国政府采购法实施条例|L⟧》第六十七条，我局决定：责令当事人限期改正，给予警告，并通报⟦新乡市红旗区人民政府|A⟧。
　　经办人：⟦郜晓宇|P⟧　⟦祁明|P⟧

⟦新乡市红旗区交通运输局|A⟧
⟦2026年1月22日|D⟧
''',
        rels=[('PENALIZED', '新乡市红旗区交通运输局', '新乡市红旗区公路事业发展中心'),
              ('HOLDS_POSITION', '聂长河', '负责人', '新乡市红旗区公路事业发展中心'),
              ('BID_ON', '新乡通达公路养护有限公司', 'HQJT-2025-033')],
        notes=COMMON + [
            'Number shape year-serial with a hyphen and 号 (红交执罚2026-15号, 红交整改2025-41号): DOC_NO from the issuer code to 号.',
            'A public institution as 当事人 is AGENCY (GUIDELINES §3). 负责人：name is a field: POSITION 负责人 with org the institution. *Unsure*: 负责人 as field label — here written as a post field like 法定代表人, so annotated.',
            '经办人 is a label, the two names PERSON, no HOLDS_POSITION (dev11).',
            'The named 中标人 won the numbered project: BID_ON. 12月15日 (month+day) is DATE.',
        ],
    ),
    dict(
        file='d6-cf-jiaozuo-shanyang-2026-2.txt', fmt='gb18030-crlf', kind='penalty_decision', violations=['false_materials'],
        issuer='焦作市山阳区水利局',
        body='''
⟦焦作市山阳区水利局|A⟧
行政处罚决定书
⟦山水罚决〔2026〕2号|N⟧

当事人：⟦焦作豫丰水利工程有限公司|C⟧
⟦法定代表人|T⟧：⟦冉建国|P⟧
委托代理人：⟦姬红|P⟧，⟦河南怀川律师事务所|C⟧⟦律师|T⟧
　　当事人在山阳区山门河清淤工程（招标编号：⟦SYSL-ZB-2025-09|J⟧）中提供虚假的类似工程业绩。我局于⟦2026年3月4日|D⟧作出《行政处罚听证告知书》（⟦山水听告〔2026〕2号|N⟧），当事人于⟦2026年3月9日|D⟧提出听证要求。听证由我局⟦法制股长|T⟧⟦宫建华|P⟧主持，听证人员：⟦司马晓东|P⟧、⟦褚静|P⟧。
　　依据《⟦中华人民共和国招标投标法|L⟧》第五十四条及《⟦河南省水利工程建设项目招标投标行政监督暂行规定|L⟧》（⟦豫水建〔2023〕18号|N⟧），我局决定：处中标项目金额千分之七的罚款⟦人民币37,450元|M⟧，取消其六个月内参加依法必须进行招标的项目的投标资格。

⟦焦作市山阳区水利局|A⟧
⟦2026年4月1日|D⟧
''',
        rels=[('PENALIZED', '焦作市山阳区水利局', '焦作豫丰水利工程有限公司'),
              ('LEGAL_REP', '冉建国', '焦作豫丰水利工程有限公司'),
              ('HOLDS_POSITION', '冉建国', '法定代表人', '焦作豫丰水利工程有限公司'),
              ('HOLDS_POSITION', '姬红', '律师', '河南怀川律师事务所'),
              ('HOLDS_POSITION', '宫建华', '法制股长', '焦作市山阳区水利局'),
              ('BID_ON', '焦作豫丰水利工程有限公司', 'SYSL-ZB-2025-09')],
        notes=COMMON + [
            'The 听证告知书 number in （） after its unmarked title: DOC_NO. A 暂行规定 in 《》 with its number: LAW + DOC_NO.',
            '法制股长 (post of a bare unit type of 我局): POSITION, org the issuer (dev10/dev11). 听证人员 is a label; the two names PERSON with no post.',
            'GB18030 with CRLF line ends; offsets refer to the decoded text with \\r\\n kept.',
        ],
    ),
    dict(
        file='d7-cljd-nanyang-wancheng-2026-7.txt', fmt='utf-8', kind='penalty_decision', violations=['other'],
        issuer='南阳市宛城区公共资源交易监督管理办公室',
        body='''
关于对⟦南阳宛兴招标代理有限公司|C⟧的处理决定

⟦南阳宛兴招标代理有限公司|C⟧：
　　你公司代理的⟦宛城区第二人民医院|A⟧医用耗材采购项目（项目编号：⟦WCYY-2026-004|J⟧），经⟦南阳市宛城区公共资源交易中心|A⟧反映，存在擅自变更开标时间、未按规定保存评审录音录像等问题。我办于⟦2026年2月5日|D⟧向你公司发出《整改通知书》（⟦宛公管整〔2026〕3号|N⟧），你公司提交的整改报告（⟦宛兴代〔2026〕11号|N⟧）未能说明录像缺失原因。
　　根据《⟦政府采购代理机构管理暂行办法|L⟧》第十八条，经研究，决定：对你公司予以通报批评，记不良行为一次；你公司⟦项目负责人|T⟧⟦詹丽萍|P⟧六个月内不得担任我区政府采购项目负责人。
　　你公司⟦法定代表人|T⟧⟦屈长林|P⟧应于⟦2026年3月20日|D⟧前到我办签收本决定并提交书面说明。

⟦南阳市宛城区公共资源交易监督管理办公室|A⟧
⟦2026年3月10日|D⟧

抄送：⟦南阳市宛城区财政局|A⟧、⟦南阳市宛城区第二人民医院|A⟧
⟦宛公管处〔2026〕7号|N⟧
''',
        rels=[('PENALIZED', '南阳市宛城区公共资源交易监督管理办公室', '南阳宛兴招标代理有限公司'),
              ('PENALIZED', '南阳市宛城区公共资源交易监督管理办公室', '詹丽萍'),
              ('LEGAL_REP', '屈长林', '南阳宛兴招标代理有限公司'),
              ('HOLDS_POSITION', '屈长林', '法定代表人', '南阳宛兴招标代理有限公司'),
              ('HOLDS_POSITION', '詹丽萍', '项目负责人', '南阳宛兴招标代理有限公司')],
        unmarked=['项目负责人'],
        aliases={'宛城区第二人民医院': '南阳市宛城区第二人民医院'},
        notes=COMMON + [
            'The decision\'s own number stands alone on the last line, after the signature and the 抄送 line: DOC_NO.',
            'The 整改通知书 number in （）: DOC_NO. The agent company\'s own number of its 整改报告 (宛兴代〔2026〕11号) is also DOC_NO: a document number as written, whoever issued it. *Unsure* (GUIDELINES list only public bodies\' numbers).',
            '宛城区第二人民医院 inside the project name: AGENCY (GUIDELINES §2.3), alias of the full name in the 抄送 line.',
            '你公司项目负责人詹丽萍: POSITION, org the agent; the second 项目负责人 (不得担任…项目负责人) is generic (unmarked).',
            'The agent is sanctioned (通报批评, 不良行为) and its 项目负责人 barred: PENALIZED to both. The agent did not bid: no BID_ON.',
        ],
    ),
    dict(
        file='d8-fy-shangqiu-liangyuan-2026-4.txt', fmt='utf-8', kind='admin_review', violations=['no_procurement'],
        issuer='商丘市梁园区人民政府',
        body='''
⟦商丘市梁园区人民政府|A⟧
行政复议决定书
⟦梁政复决字〔2026〕第4号|N⟧

申请人：⟦商丘市梁园区平原街道办事处|A⟧
⟦负责人|T⟧：⟦柴振华|P⟧，该办事处⟦主任|T⟧
委托代理人：⟦晏志刚|P⟧，该办事处⟦副主任|T⟧
被申请人：⟦商丘市梁园区审计局|A⟧
⟦法定代表人|T⟧：⟦訾海燕|P⟧，⟦局长|T⟧

　　申请人不服被申请人于⟦2025年12月18日|D⟧作出的《审计决定书》（⟦梁审决〔2025〕9号|N⟧），于⟦2026年1月6日|D⟧向本机关申请行政复议。本机关依法受理（受理通知书编号：⟦梁政复受〔2026〕4号|N⟧）。
　　经审理查明：申请人将街道背街小巷硬化工程拆分为5个合同直接发包给⟦商丘梁苑市政工程有限公司|C⟧，合计⟦人民币186.4万元|M⟧，规避公开招标。被申请人据此作出⟦梁审决〔2025〕9号|N⟧审计决定，责令申请人改正并对相关责任人员依法处理，同时以⟦梁审移〔2025〕3号|N⟧将有关责任人员问题线索移送⟦中共商丘市梁园区纪律检查委员会|A⟧。
　　本机关认为，原决定认定事实清楚，适用依据正确。根据《⟦中华人民共和国行政复议法|L⟧》第六十八条，决定维持被申请人作出的⟦梁审决〔2025〕9号|N⟧《审计决定书》。
　　申请人如不服本决定，可自收到之日起十五日内向⟦商丘市中级人民法院|A⟧提起行政诉讼。

⟦商丘市梁园区人民政府|A⟧
⟦2026年3月3日|D⟧
''',
        rels=[('PENALIZED', '商丘市梁园区审计局', '商丘市梁园区平原街道办事处'),
              ('REFERRED', '商丘市梁园区审计局', '中共商丘市梁园区纪律检查委员会', '梁审移〔2025〕3号', None),
              ('HOLDS_POSITION', '柴振华', '负责人', '商丘市梁园区平原街道办事处'),
              ('HOLDS_POSITION', '柴振华', '主任', '商丘市梁园区平原街道办事处'),
              ('HOLDS_POSITION', '晏志刚', '副主任', '商丘市梁园区平原街道办事处'),
              ('LEGAL_REP', '訾海燕', '商丘市梁园区审计局'),
              ('HOLDS_POSITION', '訾海燕', '法定代表人', '商丘市梁园区审计局'),
              ('HOLDS_POSITION', '訾海燕', '局长', '商丘市梁园区审计局')],
        notes=COMMON + [
            'The review decision\'s own number (梁政复决字〔2026〕第4号) and the original decision\'s number (梁审决〔2025〕9号, three times: in （） after the title, as modifier of 审计决定, before 《审计决定书》) are DOC_NO each time.',
            'The 受理通知书 number after 编号：: DOC_NO (a case document\'s number, not a catalogue index).',
            'The original audit decision (责令改正) is a sanction by the named 审计局: PENALIZED, stated as fact in the review. 维持 by the reviewing government is not a second sanction (dev11, *unsure*). Kind admin_review, issuer the reviewing government.',
            'The audit bureau\'s transfer of clues with a number: REFERRED with evidence, no date stated.',
            '负责人 + name as a field and 该办事处主任: two HOLDS_POSITION (a field label that names a post is POSITION, as 法定代表人). LEGAL_REP for the bureau\'s 法定代表人 (GUIDELINES: person → agency allowed).',
            'The company that received the split contracts did not bid: no BID_ON.',
        ],
    ),
]
