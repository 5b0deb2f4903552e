"""dev19 — documents d1–d6, inline ⟦text|L⟧ marks: a 单位行贿 刑事判决书 (Shanxi 运城盐湖区), a 政府采购行政处理决定书 against a school
(Jiangxi 抚州临川区), a 交易中心 异常投标线索移送函 (Fujian 三明沙县区), a 受案回执 (Jilin 通化东昌区), an 审计移送处理书 whose issuer is
never named (Anhui 滁州南谯区), a 行政判决书 (Hainan 五指山). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='d1-xspjs-yuncheng-yanhu-2026-96.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='山西省运城市盐湖区人民法院',
        body='''
⟦山西省运城市盐湖区人民法院|A⟧
刑事判决书
⟦（2026）晋0802刑初96号|N⟧
　　公诉机关⟦山西省运城市盐湖区人民检察院|A⟧。
　　被告单位⟦山西运盐建设集团有限公司|C⟧（以下简称⟦运盐集团|C⟧），住所地运城市盐湖区。⟦法定代表人|T⟧⟦柴某某|P⟧，该公司⟦董事长|T⟧。
　　诉讼代表人⟦贺某|P⟧，⟦运盐集团|C⟧⟦法务部副部长|T⟧。
　　被告人⟦薛某某|P⟧，男，⟦1970年11月5日|D⟧出生，汉族，研究生文化，原⟦运盐集团|C⟧⟦党委委员|T⟧、⟦副总经理|T⟧。⟦2025年8月19日|D⟧因涉嫌单位行贿罪被⟦运城市盐湖区监察委员会|A⟧留置，同年⟦11月2日|D⟧被取保候审。
　　辩护人⟦景玉兰|P⟧、⟦畅浩|P⟧，⟦山西河东律师事务所|C⟧⟦律师|T⟧。
　　⟦山西省运城市盐湖区人民检察院|A⟧以⟦运盐检刑诉〔2026〕63号|N⟧起诉书指控被告单位⟦山西运盐建设集团有限公司|C⟧、被告人⟦薛某某|P⟧犯单位行贿罪，于⟦2026年3月30日|D⟧向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。
　　经审理查明：被告单位⟦运盐集团|C⟧系⟦运城市国有资本投资运营有限公司|C⟧控股的国有企业。2020年至2023年，为在⟦运城市盐湖区北城街道办事处|A⟧辖区背街小巷改造、⟦盐湖区第二实验小学|A⟧扩建等工程中承揽项目、加快工程款结算，经被告人⟦薛某某|P⟧提议、时任⟦董事长|T⟧⟦柴某某|P⟧同意，⟦运盐集团|C⟧先后向时任⟦北城街道办事处|A⟧⟦主任|T⟧⟦樊某某|P⟧（另案处理）、⟦运城市盐湖区教育局|A⟧⟦原副局长|T⟧⟦董某某|P⟧（另案处理）送出现金及购物卡，共计⟦人民币168万元|M⟧。其中，为承揽⟦盐湖区第二实验小学|A⟧扩建工程（项目编号：⟦YHJY-2021-SG03|J⟧），向⟦董某某|P⟧送出⟦人民币45万元|M⟧。
　　⟦2025年7月|D⟧，⟦运城市盐湖区审计局|A⟧在对⟦运城市盐湖区教育局|A⟧开展经济责任审计时发现上述问题线索，移送纪检监察机关。
　　本院认为，被告单位⟦运盐集团|C⟧为谋取不正当利益，给予国家工作人员财物，情节严重，其行为已构成单位行贿罪；被告人⟦薛某某|P⟧系直接负责的主管人员，亦构成单位行贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百九十三条、第三十一条之规定，判决如下：
　　一、被告单位⟦山西运盐建设集团有限公司|C⟧犯单位行贿罪，判处罚金⟦人民币一百万元|M⟧；
　　二、被告人⟦薛某某|P⟧犯单位行贿罪，判处有期徒刑一年，缓刑一年六个月。
⟦审判长|T⟧　⟦柳红|P⟧
⟦人民陪审员|T⟧　⟦王建业|P⟧
⟦人民陪审员|T⟧　⟦段丽萍|P⟧
⟦二〇二六年五月二十九日|D⟧
⟦书记员|T⟧　⟦薛冬|P⟧
''',
        rels=[
            ('PENALIZED', '山西省运城市盐湖区人民法院', '山西运盐建设集团有限公司'),
            ('PENALIZED', '山西省运城市盐湖区人民法院', '薛某某'),
            ('LEGAL_REP', '柴某某', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '柴某某', '法定代表人', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '柴某某', '董事长', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '柴某某', '董事长@1', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '贺某', '法务部副部长', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '薛某某', '党委委员', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '薛某某', '副总经理', '山西运盐建设集团有限公司'),
            ('HOLDS_POSITION', '景玉兰', '律师', '山西河东律师事务所'),
            ('HOLDS_POSITION', '畅浩', '律师', '山西河东律师事务所'),
            ('HOLDS_POSITION', '樊某某', '主任', '运城市盐湖区北城街道办事处'),
            ('HOLDS_POSITION', '董某某', '原副局长', '运城市盐湖区教育局'),
            ('HOLDS_POSITION', '柳红', '审判长', '山西省运城市盐湖区人民法院'),
            ('HOLDS_POSITION', '王建业', '人民陪审员', '山西省运城市盐湖区人民法院'),
            ('HOLDS_POSITION', '段丽萍', '人民陪审员@1', '山西省运城市盐湖区人民法院'),
            ('HOLDS_POSITION', '薛冬', '书记员', '山西省运城市盐湖区人民法院'),
            ('BID_ON', '山西运盐建设集团有限公司', 'YHJY-2021-SG03'),
        ],
        implicit=[dict(type='REFERRED', **{'from': '运城市盐湖区审计局', 'to': None, 'null_endpoint_mention': '纪检监察机关',
                                           'evidence_doc_no': None, 'date': '2025年7月'})],
        aliases={'运盐集团': '山西运盐建设集团有限公司', '北城街道办事处': '运城市盐湖区北城街道办事处'},
        notes=['Unit bribery by a state-owned enterprise (COMPANY); its controlling shareholder 运城市国有资本投资运营有限公司 is COMPANY too.',
               'PENALIZED court → the defendant company and 薛某某. 另案处理 officials are not linked. 留置 / 取保候审 not relations.',
               '运盐集团法务部副部长: the department is written into the POSITION span (法务部副部长), as 设备科科长 / 基建科科长 elsewhere in this set — '
               'doubtful (a company department is not an AGENCY sub-unit).',
               '原运盐集团党委委员: 原 left out (company name in between). 时任 left out of 董事长 / 主任.',
               'Implicit REFERRED 运城市盐湖区审计局 → (纪检监察机关), a generic receiver, dated 2025年7月.',
               '盐湖区第二实验小学 (a public school, inside project names) is AGENCY at both mentions; 背街小巷改造 has no organisation.',
               'BID_ON: 为承揽…工程（项目编号…） — the company sought and obtained the numbered project.'],
    ),
    dict(
        file='d2-xzcljd-fuzhou-linchuan-czj-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['no_procurement'],
        issuer='抚州市临川区财政局',
        body='''
⟦抚州市临川区财政局|A⟧
政府采购行政处理决定书
⟦临财购处〔2026〕2号|N⟧

被处理单位：⟦抚州市临川区第六中学|A⟧
统一社会信用代码：12361002491503872K
⟦法定代表人|T⟧：⟦黄某某|P⟧（⟦校长|T⟧）
地址：抚州市临川区上顿渡镇学府路8号

　　⟦2026年1月|D⟧，我局在开展政府采购专项检查中发现你校采购活动存在违法违规问题。经调查，现查明：
　　一、⟦2025年3月|D⟧至5月，你校分四批采购学生课桌椅、宿舍床柜，合同金额合计⟦人民币127.3万元|M⟧，已达到本区政府采购公开招标数额标准，但你校将其拆分为四个单项，分别与⟦抚州市临川区上顿渡镇华兴家具经营部|C⟧（个体工商户）签订三份合同、与⟦江西临川文昌教学设备有限公司|C⟧签订一份合同，未执行政府采购程序。
　　二、你校⟦总务处主任|T⟧⟦饶某|P⟧在上述采购中提出“按月分批采购”的方案，经校长办公会研究同意。
　　上述事实，有你校提供的合同、付款凭证、校长办公会纪要及相关人员询问笔录为证。
　　你校的上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条的规定。根据《⟦中华人民共和国政府采购法|L⟧》第七十一条第（一）项及《⟦江西省政府采购监督管理办法|L⟧》第五十三条的规定，我局决定：
　　1.责令你校限期改正，今后严格执行政府采购程序；
　　2.给予警告；
　　3.将你校⟦法定代表人|T⟧⟦黄某某|P⟧等直接负责的主管人员的问题线索移交⟦抚州市临川区纪委监委驻区教育体育局纪检监察组|A⟧处理。
　　如对本处理决定不服，可在收到本决定书之日起六十日内向⟦抚州市临川区人民政府|A⟧申请行政复议，或在六个月内向⟦抚州市临川区人民法院|A⟧提起行政诉讼。

⟦抚州市临川区财政局|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[
            ('PENALIZED', '抚州市临川区财政局', '抚州市临川区第六中学'),
            ('REFERRED', '抚州市临川区财政局', '抚州市临川区纪委监委驻区教育体育局纪检监察组'),
            ('LEGAL_REP', '黄某某', '抚州市临川区第六中学'),
            ('HOLDS_POSITION', '黄某某', '法定代表人', '抚州市临川区第六中学'),
            ('HOLDS_POSITION', '黄某某', '校长', '抚州市临川区第六中学'),
            ('HOLDS_POSITION', '黄某某', '法定代表人@1', '抚州市临川区第六中学'),
            ('HOLDS_POSITION', '饶某', '总务处主任', '抚州市临川区第六中学'),
        ],
        unmarked=['校长'],
        notes=['A 行政处理决定 against a public school as purchaser (AGENCY): PENALIZED (责令改正, 警告). LEGAL_REP to an AGENCY (the school).',
               '校长 in brackets after the 法定代表人 field is a POSITION; 校长办公会 (a meeting) contains no annotatable 校长 (unmarked).',
               '总务处主任 after 你校: pronoun + sub-unit, so the sub-unit is written into the title (总务处主任), org the school.',
               'The decided 移交 to the 派驻纪检监察组 is REFERRED with date null (it is item 3 of the decision; doubtful whether a decided-but-future transfer counts).',
               '2025年3月至5月: month-only end 5月 not DATE. The 经营部 (个体工商户) and the equipment company are COMPANY; no project number → no BID_ON.',
               '直接负责的主管人员 is a liability category, not POSITION. The address line is not annotated.'],
    ),
    dict(
        file='d3-xsyshan-sanming-shaxian-jyzx-2026-11.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='三明市沙县区公共资源交易中心',
        body='''
⟦三明市沙县区公共资源交易中心|A⟧
异常投标线索移送函
⟦沙交易函〔2026〕11号|N⟧

⟦三明市沙县区发展和改革局|A⟧：
　　我中心在⟦三明市沙县区凤岗街道办事处|A⟧“凤岗街道西门社区雨污分流改造工程”（标段编号：⟦SXGC2026-0037-01|J⟧）开标后的数据比对中，发现以下异常：
　　1.⟦福建三明沙溪建设工程有限公司|C⟧、⟦福建省虬江市政工程有限公司|C⟧、⟦三明嘉禾建筑劳务有限公司|C⟧三家投标人提交的电子投标保函均由⟦中国农业银行股份有限公司沙县支行|C⟧于⟦2026年2月26日|D⟧16时许连续开具，保函申请人预留的手机号码相同；
　　2.上述三家投标人的报价较招标控制价（⟦人民币892.6万元|M⟧）的下浮率分别为5.21%、5.23%、5.25%，呈等差排列；
　　3.⟦福建三明沙溪建设工程有限公司|C⟧拟派⟦项目经理|T⟧⟦罗某某|P⟧同时在⟦三明嘉禾建筑劳务有限公司|C⟧缴纳社会保险。
　　根据《⟦三明市公共资源交易异常行为监测处置办法|L⟧》，现将上述线索及开标记录、保函查验记录等材料移送你局。该项目目前已暂停定标。
　　请在调查结束后将处理结果告知我中心。

⟦三明市沙县区公共资源交易中心|A⟧
⟦2026年3月3日|D⟧
抄送：⟦三明市沙县区住房和城乡建设局|A⟧、⟦三明市沙县区凤岗街道办事处|A⟧
''',
        rels=[
            ('REFERRED', '三明市沙县区公共资源交易中心', '三明市沙县区发展和改革局', '沙交易函〔2026〕11号', '2026年3月3日'),
            ('HOLDS_POSITION', '罗某某', '项目经理', '福建三明沙溪建设工程有限公司'),
            ('BID_ON', '福建三明沙溪建设工程有限公司', 'SXGC2026-0037-01'),
            ('BID_ON', '福建省虬江市政工程有限公司', 'SXGC2026-0037-01'),
            ('BID_ON', '三明嘉禾建筑劳务有限公司', 'SXGC2026-0037-01'),
        ],
        notes=['The 标段编号 is a tender identifier: PROJECT_NO. 抄送 is not REFERRED. 16时许 is a clock time; the rates are not MONEY.',
               '凤岗街道西门社区雨污分流改造工程 (in quotes) has only place names. 拟派 left out of 项目经理.',
               'The bank branch that issued all three 保函 is COMPANY (not a bidder).'],
    ),
]

DOCS += [
    dict(
        file='d4-sahz-tonghua-dongchang-gaj-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='通化市公安局东昌区分局',
        body='''
⟦通化市公安局东昌区分局|A⟧
受 案 回 执

⟦通化市东昌区财政局|A⟧：
　　你单位于⟦2026年4月13日|D⟧移送的《关于⟦通化东昌鑫源物业管理有限公司|C⟧等涉嫌串通投标的线索移送书》（⟦通东财移〔2026〕1号|N⟧）我局已受理。
　　案由：⟦通化东昌鑫源物业管理有限公司|C⟧、⟦吉林省长白物业服务有限公司|C⟧在⟦通化市东昌区新站街道办事处|A⟧物业服务采购项目（项目编号：⟦THDC-2026-WY02|J⟧）中涉嫌串通投标。
　　受案编号：A2205020500002026040019
　　受案时间：⟦2026年4月14日|D⟧
　　承办单位：⟦通化市公安局东昌区分局经济犯罪侦查大队|A⟧
　　承办人：⟦于洪涛|P⟧、⟦马驰|P⟧
　　联系电话：0435-3629110
　　如有疑问，请与承办人联系。

⟦通化市公安局东昌区分局|A⟧（印）
⟦2026年4月14日|D⟧
''',
        rels=[
            ('REFERRED', '通化市东昌区财政局', '通化市公安局东昌区分局', '通东财移〔2026〕1号', '2026年4月13日'),
            ('BID_ON', '通化东昌鑫源物业管理有限公司', 'THDC-2026-WY02'),
            ('BID_ON', '吉林省长白物业服务有限公司', 'THDC-2026-WY02'),
        ],
        notes=['A police 受案回执 (form): REFERRED 财政局 → the issuer (我局 = named in the header), with the 线索移送书 number and the transfer date.',
               '受案编号 is a registry number, not DOC_NO. 承办人 is a form field, not POSITION. 受案时间 2026年4月14日 is a DATE (not the referral date).',
               'The company inside the cited 线索移送书 title is annotated (the title is a case document, not LAW).',
               'BID_ON: the two companies are said to have colluded in the numbered project (participation) — doubtful but kept.'],
    ),
    dict(
        file='d5-sjycls-chuzhou-nanqiao-sjj-2026-4.txt', fmt='utf-8', kind='other',
        violations=['discriminatory_terms', 'interference', 'other'],
        issuer=None,
        body='''
审计移送处理书
⟦滁审移〔2026〕4号|N⟧

⟦中共滁州市南谯区纪律检查委员会|A⟧、⟦滁州市南谯区监察委员会|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，我局派出审计组，自⟦2025年10月9日|D⟧至⟦12月5日|D⟧，对⟦滁州市南谯区卫生健康委员会|A⟧⟦原党委书记|T⟧、⟦主任|T⟧⟦夏某某|P⟧任职期间经济责任履行情况进行了审计。审计发现以下问题，属于你委管辖范围，现移送你委依纪依法处理：
　　一、2022年至2024年，⟦南谯区卫生健康委员会|A⟧所属⟦滁州市南谯区乌衣镇卫生院|A⟧、⟦滁州市南谯区珠龙镇卫生院|A⟧采购DR设备、全自动血细胞分析仪等医疗设备共计⟦人民币563万元|M⟧，采购需求均由⟦安徽瑞康医疗科技有限公司|C⟧⟦销售人员|T⟧代为起草，技术参数指向该公司代理品牌。⟦夏某某|P⟧在采购需求论证会上明确要求“就按这个参数来”。
　　二、⟦滁州市南谯区乌衣镇卫生院|A⟧⟦院长|T⟧⟦曹某|P⟧在设备验收中签署“验收合格”意见，但经审计现场核查，DR设备尚未安装调试到位。⟦曹某|P⟧之妻在⟦安徽瑞康医疗科技有限公司滁州办事处|C⟧任职。
　　三、⟦安徽皖东会计师事务所（普通合伙）|C⟧为上述卫生院出具的2023年度财务审计报告未反映上述预付款项。
　　请你委将处理结果书面告知我局。另，对⟦安徽皖东会计师事务所（普通合伙）|C⟧执业质量问题，我局已另行移送⟦安徽省财政厅|A⟧。
　　附件：审计取证单（复印件）16份

⟦2026年1月20日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '夏某某', '原党委书记', '滁州市南谯区卫生健康委员会'),
            ('HOLDS_POSITION', '夏某某', '主任', '滁州市南谯区卫生健康委员会'),
            ('HOLDS_POSITION', '曹某', '院长', '滁州市南谯区乌衣镇卫生院'),
        ],
        implicit=[
            dict(type='REFERRED', **{'from': None, 'to': '中共滁州市南谯区纪律检查委员会', 'null_endpoint_mention': '我局',
                                     'evidence_doc_no': '滁审移〔2026〕4号', 'date': '2026年1月20日'}),
            dict(type='REFERRED', **{'from': None, 'to': '滁州市南谯区监察委员会', 'null_endpoint_mention': '我局',
                                     'evidence_doc_no': '滁审移〔2026〕4号', 'date': '2026年1月20日'}),
            dict(type='REFERRED', **{'from': None, 'to': '安徽省财政厅', 'null_endpoint_mention': '我局'}),
        ],
        aliases={'南谯区卫生健康委员会': '滁州市南谯区卫生健康委员会'},
        notes=['The audit office never names itself (no letterhead, no seal line): issuer null; its transfers go to implicit_relations with from null '
               '(我局): one per addressee body with the document number and date, and the 另行移送 to 安徽省财政厅 (date null).',
               '自2025年10月9日至12月5日: both ends DATE (12月5日 is month+day). 2022年至2024年 and 2023年度 are not DATE.',
               '安徽瑞康医疗科技有限公司滁州办事处 (a company\'s local office) is one COMPANY span; 销售人员 after the company is a staff POSITION attached '
               'to it but to no person. The accounting firm keeps its bracketed (普通合伙) in the span.',
               '之妻 is a relation. 该公司 is a pronoun.',
               'Violations: parameters pointing at one brand (discriminatory_terms), the director\'s instruction (interference), false acceptance and '
               'the audit report omission (other).'],
    ),
    dict(
        file='d6-xzpjs-wuzhishan-2026-12.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='海南省五指山市人民法院',
        body='''
⟦海南省五指山市人民法院|A⟧
行 政 判 决 书
⟦（2026）琼9001行初12号|N⟧
　　原告⟦五指山雨林茶业专业合作社|C⟧，住所地五指山市水满乡水满村。
　　⟦法定代表人|T⟧⟦王某|P⟧，该合作社⟦理事长|T⟧。
　　委托诉讼代理人⟦符晓丹|P⟧，⟦海南黎岭律师事务所|C⟧⟦律师|T⟧。
　　被告⟦五指山市财政局|A⟧，住所地五指山市三月三大道。
　　⟦法定代表人|T⟧⟦陈某某|P⟧，该局⟦局长|T⟧。
　　出庭负责人⟦吉某|P⟧，该局⟦副局长|T⟧。
　　第三人⟦五指山市毛阳镇人民政府|A⟧。
　　⟦法定代表人|T⟧⟦黄某某|P⟧，该镇⟦镇长|T⟧。
　　原告⟦五指山雨林茶业专业合作社|C⟧不服被告⟦五指山市财政局|A⟧作出的⟦五财罚决〔2025〕6号|N⟧行政处罚决定，于⟦2026年1月5日|D⟧向本院提起行政诉讼。本院于同日立案后，依法组成合议庭，公开开庭审理了本案。
　　经审理查明：⟦2025年5月|D⟧，第三人⟦五指山市毛阳镇人民政府|A⟧通过竞争性磋商方式采购毛阳镇茶园标准化种植示范项目茶苗及有机肥（项目编号：⟦WZSCG-2025-0088|J⟧），原告与⟦海南黎母山农业开发有限公司|C⟧、⟦五指山市畅好乡绿源农资门市部|C⟧参加磋商，原告以⟦人民币58.4万元|M⟧成交。⟦2025年8月|D⟧，⟦五指山市公共资源交易中心|A⟧在数据核查中发现，原告响应文件中与⟦琼中黎族苗族自治县农业农村局|A⟧签订的“同类业绩合同”系伪造，遂移送被告。被告经立案调查，于⟦2025年11月28日|D⟧作出⟦五财罚决〔2025〕6号|N⟧行政处罚决定，对原告处以罚款⟦人民币5840元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　本院认为，被告作出的行政处罚决定认定事实清楚，证据确凿，适用法律正确，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦五指山雨林茶业专业合作社|C⟧的诉讼请求。
　　案件受理费⟦人民币50元|M⟧，由原告负担。
⟦审判长|T⟧　⟦吉文海|P⟧
⟦审判员|T⟧　⟦王小蕾|P⟧
⟦人民陪审员|T⟧　⟦卓亚妹|P⟧
⟦二〇二六年四月二十七日|D⟧
⟦书记员|T⟧　⟦陈婷|P⟧
''',
        rels=[
            ('PENALIZED', '五指山市财政局', '五指山雨林茶业专业合作社'),
            ('REFERRED', '五指山市公共资源交易中心', '五指山市财政局', None, '2025年8月'),
            ('LEGAL_REP', '王某', '五指山雨林茶业专业合作社'),
            ('HOLDS_POSITION', '王某', '法定代表人', '五指山雨林茶业专业合作社'),
            ('HOLDS_POSITION', '王某', '理事长', '五指山雨林茶业专业合作社'),
            ('HOLDS_POSITION', '符晓丹', '律师', '海南黎岭律师事务所'),
            ('LEGAL_REP', '陈某某', '五指山市财政局'),
            ('HOLDS_POSITION', '陈某某', '法定代表人@1', '五指山市财政局'),
            ('HOLDS_POSITION', '陈某某', '局长', '五指山市财政局'),
            ('HOLDS_POSITION', '吉某', '副局长', '五指山市财政局'),
            ('LEGAL_REP', '黄某某', '五指山市毛阳镇人民政府'),
            ('HOLDS_POSITION', '黄某某', '法定代表人@2', '五指山市毛阳镇人民政府'),
            ('HOLDS_POSITION', '黄某某', '镇长', '五指山市毛阳镇人民政府'),
            ('HOLDS_POSITION', '吉文海', '审判长', '海南省五指山市人民法院'),
            ('HOLDS_POSITION', '王小蕾', '审判员', '海南省五指山市人民法院'),
            ('HOLDS_POSITION', '卓亚妹', '人民陪审员', '海南省五指山市人民法院'),
            ('HOLDS_POSITION', '陈婷', '书记员', '海南省五指山市人民法院'),
            ('BID_ON', '五指山雨林茶业专业合作社', 'WZSCG-2025-0088'),
            ('BID_ON', '海南黎母山农业开发有限公司', 'WZSCG-2025-0088'),
            ('BID_ON', '五指山市畅好乡绿源农资门市部', 'WZSCG-2025-0088'),
        ],
        notes=['Administrative judgment: issuer the court; its 驳回 is not PENALIZED. The bureau\'s penalty reported in the facts is PENALIZED '
               '五指山市财政局 → the cooperative (the plaintiff). 被告 / 原告 / 第三人 / 委托诉讼代理人 / 出庭负责人 are procedural roles.',
               'REFERRED 五指山市公共资源交易中心 → 五指山市财政局 (移送被告: 被告 resolved to the named bureau), dated 2025年8月.',
               'LEGAL_REP for the cooperative (COMPANY), the finance bureau and the town government (AGENCY); 该合作社 / 该局 / 该镇 resolved.',
               'The cooperative supplier is COMPANY; the 门市部 is COMPANY. The forged contract counterpart 琼中黎族苗族自治县农业农村局 is AGENCY.',
               'Addresses after 住所地 are not annotated. 毛阳镇茶园标准化种植示范项目 has only a place name.'],
    ),
]
