"""dev16 — procurement paperwork (o1–o8), inline ⟦text|L⟧ marks.

Inner Mongolia 包头昆都仑区 (处罚决定书), Xinjiang 喀什 (投诉处理决定书, GB18030 CRLF), Hainan 琼海 (通報, traditional),
Shandong 枣庄薛城区 (监察建议书), Guangdong 揭阳榕城区 (线索移送函), Guangxi 北海海城区 (办理结果反馈), Jiangxi 宜春袁州区 (中标公告),
Liaoning 营口站前区 (情况说明). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='o1-cfjd-baotou-kundulun-2026-6.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials', 'collusion'],
        issuer='包头市昆都仑区财政局',
        body='''
⟦包头市昆都仑区财政局|A⟧
行政处罚决定书
⟦昆财罚决〔2026〕6号|N⟧

当事人：⟦包头北方鹿城信息技术有限公司|C⟧
统一社会信用代码：91150203MA0NXXXX7R
⟦法定代表人|T⟧：⟦塔娜|P⟧
地址：内蒙古自治区包头市昆都仑区钢铁大街
委托代理人：⟦任晓峰|P⟧，⟦内蒙古钢城律师事务所|C⟧⟦律师|T⟧

　　⟦2026年1月6日|D⟧，本局收到⟦包头市公安局昆都仑区分局|A⟧《关于移送⟦包头北方鹿城信息技术有限公司|C⟧涉嫌违法线索的函》（⟦包昆公经函〔2025〕58号|N⟧），反映你公司在“昆都仑区中小学校智慧课堂设备采购项目”（项目编号：⟦BTKDL-2025-HW-0107|J⟧）中提供虚假材料谋取中标。本局依法立案调查。
　　经查，你公司在该项目投标文件中提供的三份类似项目业绩合同，经⟦乌兰察布市集宁区教育局|A⟧等合同相对方证实均不存在；你公司与⟦包头青山宏达科技有限公司|C⟧的投标文件由同一电脑编制，投标保证金由同一账户转出。你公司以⟦人民币1,586,400.00元|M⟧中标。
　　上述事实，有投标文件、相关单位复函、询问笔录等证据证实。本局于⟦2026年2月3日|D⟧向你公司送达《行政处罚事项告知书》（⟦昆财罚告〔2026〕6号|N⟧），你公司在法定期限内未提出陈述、申辩，未要求听证。
　　本局认为，你公司的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项、第（三）项规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十七条及《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条规定，决定：
　　一、处以采购金额千分之八的罚款，计⟦人民币12,691.20元|M⟧（大写：⟦壹万贰仟陆佰玖拾壹元贰角|M⟧）；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、中标无效。
　　你公司涉嫌串通投标犯罪的问题，本局已另行移送公安机关。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦包头市昆都仑区人民政府|A⟧申请行政复议，或者在六个月内向⟦包头市昆都仑区人民法院|A⟧提起行政诉讼。

⟦包头市昆都仑区财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('PENALIZED', '包头市昆都仑区财政局', '包头北方鹿城信息技术有限公司'),
              ('REFERRED', '包头市公安局昆都仑区分局', '包头市昆都仑区财政局', '包昆公经函〔2025〕58号', '2026年1月6日'),
              ('LEGAL_REP', '塔娜', '包头北方鹿城信息技术有限公司'),
              ('HOLDS_POSITION', '塔娜', '法定代表人', '包头北方鹿城信息技术有限公司'),
              ('HOLDS_POSITION', '任晓峰', '律师', '内蒙古钢城律师事务所'),
              ('BID_ON', '包头北方鹿城信息技术有限公司', 'BTKDL-2025-HW-0107'),
              ('BID_ON', '包头青山宏达科技有限公司', 'BTKDL-2025-HW-0107')],
        implicit=[{'type': 'REFERRED', 'from': '包头市昆都仑区财政局', 'to': None, 'null_endpoint_mention': '公安机关'}],
        notes=[
            'The police → bureau letter received by 本局 (= the named issuer): REFERRED with the letter’s number; date the receipt date (*unsure*: the letter’s own date is not given).',
            '另行移送公安机关: a generic receiver → implicit REFERRED with to null.',
            'The 《》 letter title is a case document, not LAW; the company name inside it is annotated (§2.3). 《行政处罚事项告知书》 is not LAW; its number is DOC_NO.',
            '千分之八 is a rate, not MONEY; the amount in words after 大写 is a second MONEY span.',
            '委托代理人 is procedural, not POSITION; the lawyer gets 律师. The 地址 line is not annotated. The 交易 contract counterparty 乌兰察布市集宁区教育局 is AGENCY.',
        ],
    ),
]

DOCS += [
    dict(
        file='o2-tscljd-kashi-2026-9.txt', fmt='gb18030-crlf', kind='complaint_decision', violations=['discriminatory_terms', 'other'],
        issuer='喀什地区财政局',
        body='''
⟦喀什地区财政局|A⟧
政府采购投诉处理决定书
⟦喀地财采决〔2026〕9号|N⟧

投诉人：⟦新疆丝路天成电子科技有限公司|C⟧
地址：新疆维吾尔自治区喀什市
⟦法定代表人|T⟧：⟦阿卜杜拉·艾买提|P⟧
被投诉人1（采购人）：⟦喀什地区第一人民医院|A⟧
被投诉人2（采购代理机构）：⟦新疆昆仑招标咨询有限公司|C⟧
相关供应商：⟦喀什帕米尔医疗科技有限公司|C⟧

　　投诉人因对“⟦喀什地区第一人民医院|A⟧医学影像信息系统采购项目”（项目编号：⟦KSDQ-2026-CG-0031|J⟧）的质疑答复不满意，于⟦2026年2月9日|D⟧向本机关提起投诉。本机关于⟦2026年2月11日|D⟧依法受理，并向被投诉人和相关供应商发出投诉答复通知书。
　　投诉人称：一、招标文件要求投标人具有喀什地区本地服务网点，排斥外地供应商；二、采购代理机构在质疑答复期限届满后才作出答复。
　　经查：一、招标文件第三章评分办法将“在喀什地区设有服务网点”设为加分项，分值8分，属于以不合理条件对供应商实行差别待遇；二、代理机构于⟦2026年1月27日|D⟧收到质疑，于⟦2026年2月6日|D⟧作出答复，超过法定期限。本项目中标供应商为⟦喀什帕米尔医疗科技有限公司|C⟧，中标金额⟦人民币3,468,000.00元|M⟧。
　　本机关认为，投诉事项一、二成立。根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第三十二条规定，决定如下：
　　一、投诉事项成立，责令采购人修改招标文件后重新开展采购活动；
　　二、责令⟦新疆昆仑招标咨询有限公司|C⟧限期改正。
　　投诉人⟦新疆丝路天成电子科技有限公司|C⟧参加了本项目投标。
　　相关当事人对本决定不服的，可以在收到本决定书之日起60日内向⟦新疆维吾尔自治区财政厅|A⟧申请行政复议，或者在6个月内向⟦喀什市人民法院|A⟧提起行政诉讼。

⟦喀什地区财政局|A⟧
⟦2026年3月10日|D⟧
经办人：⟦努尔艾力|P⟧　联系电话：0998-2XXXXXX
''',
        rels=[('PENALIZED', '喀什地区财政局', '新疆昆仑招标咨询有限公司'),
              ('PENALIZED', '喀什地区财政局', '喀什地区第一人民医院'),
              ('LEGAL_REP', '阿卜杜拉·艾买提', '新疆丝路天成电子科技有限公司'),
              ('HOLDS_POSITION', '阿卜杜拉·艾买提', '法定代表人', '新疆丝路天成电子科技有限公司'),
              ('BID_ON', '喀什帕米尔医疗科技有限公司', 'KSDQ-2026-CG-0031'),
              ('BID_ON', '新疆丝路天成电子科技有限公司', 'KSDQ-2026-CG-0031')],
        notes=[
            'GB18030 with CRLF. The own number is on its own line with its issuer code: the whole 喀地财采决〔2026〕9号 is DOC_NO.',
            '责令改正 / 责令重新开展采购 are handling decisions: PENALIZED bureau → agent and bureau → purchaser (*unsure* for the purchaser: 责令 of a hospital).',
            '排斥外地供应商 → discriminatory_terms; late 质疑 answer → other. The complainant is stated to have bid → BID_ON; the winner → BID_ON.',
            '财政部令第94号 is DOC_NO; the 《》 measure is LAW. 经办人 is a field label, not POSITION. 地区 level 财政局 of a prefecture (地区) is AGENCY.',
        ],
    ),
]

DOCS += [
    dict(
        file='o3-tb-qionghai-2026-4-fanti.txt', fmt='utf-8', kind='discipline_notice', violations=['interference', 'bribery', 'no_procurement', 'abuse_of_power'],
        issuer='中共瓊海市紀律檢查委員會',
        body='''
⟦中共瓊海市紀律檢查委員會|A⟧
⟦瓊海市監察委員會|A⟧
關於三起政府採購領域違紀違法典型問題的通報
⟦瓊紀通〔2026〕4號|N⟧

各鎮黨委、政府，市直各單位：
　　為持續深化政府採購領域突出問題專項整治，現將近期查處的三起典型問題通報如下：
　　一、⟦瓊海市嘉積鎮人民政府|A⟧原⟦黨委委員|T⟧、⟦副鎮長|T⟧⟦符某某|P⟧違規插手政府採購問題。⟦2023年4月|D⟧至⟦2024年9月|D⟧，⟦符某某|P⟧違規干預鎮區市政道路維修項目採購，為其親屬實際控制的⟦瓊海萬泉河建築工程有限公司|C⟧中標提供幫助，收受該公司財物⟦人民幣12.6萬元|M⟧。⟦2025年12月|D⟧，經⟦瓊海市紀委常委會|A⟧研究，給予⟦符某某|P⟧開除黨籍處分；由⟦瓊海市監察委員會|A⟧給予其開除公職處分；將其涉嫌犯罪問題移送⟦瓊海市人民檢察院|A⟧依法審查起訴。
　　二、⟦瓊海市衛生健康委員會規劃財務科|A⟧原⟦科長|T⟧⟦王××|P⟧未履行政府採購程序問題。⟦2024年3月|D⟧，⟦王××|P⟧將預算金額⟦人民幣86萬元|M⟧的醫療耗材採購拆分為四次直接採購，規避公開招標。⟦王××|P⟧受到黨內警告處分。
　　三、⟦瓊海市博鰲鎮人民政府|A⟧⟦工作人員|T⟧⟦陳某|P⟧玩忽職守問題。⟦陳某|P⟧在負責鎮污水管網改造項目（項目編號：⟦QHBA-2024-GC-012|J⟧）合同履約驗收時嚴重不負責任，對施工單位⟦海南椰島市政工程有限公司|C⟧未按合同施工的問題簽字確認，造成經濟損失⟦人民幣31.42萬元|M⟧。⟦2026年1月8日|D⟧，⟦瓊海市監察委員會|A⟧給予⟦陳某|P⟧政務記過處分。該問題線索由⟦瓊海市審計局|A⟧於⟦2025年10月|D⟧移送。
　　各單位要以案為鑒……

⟦中共瓊海市紀律檢查委員會|A⟧
⟦瓊海市監察委員會|A⟧
⟦2026年2月5日|D⟧
''',
        rels=[('PENALIZED', '瓊海市紀委常委會', '符某某'),
              ('PENALIZED', '瓊海市監察委員會', '符某某'),
              ('PENALIZED', '瓊海市監察委員會', '陳某'),
              ('REFERRED', '瓊海市監察委員會', '瓊海市人民檢察院', None, '2025年12月'),
              ('REFERRED', '瓊海市審計局', '瓊海市監察委員會', None, '2025年10月'),
              ('HOLDS_POSITION', '符某某', '黨委委員', '瓊海市嘉積鎮人民政府'),
              ('HOLDS_POSITION', '符某某', '副鎮長', '瓊海市嘉積鎮人民政府'),
              ('HOLDS_POSITION', '王××', '科長', '瓊海市衛生健康委員會規劃財務科'),
              ('HOLDS_POSITION', '陳某', '工作人員', '瓊海市博鰲鎮人民政府')],
        notes=[
            'Traditional characters. A joint 通報 of the 紀委 and 監委: issuer the first-listed 紀委.',
            'Named sanctions: 瓊海市紀委常委會 → 符某某 (GUIDELINES: the deciding body, 青原區紀委常委會), 監委 → 符某某 (開除公職), 監委 → 陳某 (政務記過). '
            'The passive 受到黨內警告處分 (王××) has no named agent: no relation.',
            '移送…審查起訴 in case one: sender taken as the 監委 (the body handling 公職 at that point; *unsure*, the sentence’s subject is the 紀委常委會), date 2025年12月. '
            '審計局 移送 the clue in case three: receiver not stated; taken as the 監委 that decided the case (*unsure*).',
            '瓊海市衛生健康委員會規劃財務科: one maximal AGENCY span with the named sub-unit (GUIDELINES: 淮安市公安局信通處); 原 + agency + 科長: 原 left out.',
            '施工單位海南椰島市政工程有限公司 carried out the numbered project, but the text does not say it bid or won: no BID_ON (*unsure*).',
        ],
    ),
]

DOCS += [
    dict(
        file='o4-jcjys-zaozhuang-xuecheng-2026-3.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference', 'contract_violation'],
        issuer='枣庄市薛城区监察委员会',
        body='''
⟦枣庄市薛城区监察委员会|A⟧
监察建议书
⟦薛监建〔2026〕3号|N⟧

⟦枣庄市薛城区财政局|A⟧：
　　我委在办理⟦枣庄市薛城区城市管理局|A⟧原⟦副局长|T⟧⟦孙某某|P⟧严重违纪违法一案中发现，你局在政府采购监督管理工作中存在以下问题：
　　一、对采购人“先上车后补票”问题监管缺位。⟦2023年6月|D⟧，⟦区城市管理局|A⟧在未履行政府采购程序的情况下，即与⟦枣庄鲁南环卫设备有限公司|C⟧签订环卫车辆购置合同，合同金额⟦人民币367.5万元|M⟧，后补办采购手续（采购编号：⟦ZZXC-2023-HW-058|J⟧），你局未能发现。
　　二、对采购代理机构监管不力。⟦山东运河项目管理有限公司|C⟧在代理上述项目中，应⟦孙某某|P⟧要求修改评审因素，你局在⟦2024年5月|D⟧专项检查中未予查处。
　　三、合同公告和履约验收监督缺失。⟦枣庄鲁南环卫设备有限公司|C⟧将合同主体部分转包给⟦枣庄XX汽车销售服务有限公司|C⟧，你局未及时发现。
　　⟦孙某某|P⟧涉嫌受贿犯罪问题，我委已于⟦2026年1月15日|D⟧移送⟦枣庄市薛城区人民检察院|A⟧审查起诉。
　　为此，根据《⟦中华人民共和国监察法|L⟧》第四十五条第一款第（六）项规定，提出如下监察建议：（一）开展“先上车后补票”专项排查；（二）对代理机构开展专项检查；（三）完善与⟦区审计局|A⟧、⟦区纪委监委|A⟧的线索移送机制。
　　请你局在收到本建议书之日起30日内将整改情况书面回复我委。

⟦枣庄市薛城区监察委员会|A⟧
⟦2026年2月2日|D⟧
联系人：⟦褚建新|P⟧　电话：0632-44XXXXX
抄送：⟦中共枣庄市薛城区纪律检查委员会第二监督检查室|A⟧
''',
        rels=[('REFERRED', '枣庄市薛城区监察委员会', '枣庄市薛城区人民检察院', None, '2026年1月15日'),
              ('HOLDS_POSITION', '孙某某', '副局长', '枣庄市薛城区城市管理局'),
              ('BID_ON', '枣庄鲁南环卫设备有限公司', 'ZZXC-2023-HW-058')],
        aliases={'区城市管理局': '枣庄市薛城区城市管理局'},
        notes=[
            'A 监察建议书 (kind other); issuer the 监委. 我委 = the issuer: 我委…移送检察院 → REFERRED 监委 → 检察院.',
            '区审计局 and 区纪委监委 (level-prefixed) are AGENCY; they are not aliased to a full name in this file because none is written (the 监委’s own name differs). '
            '抄送 line: 中共枣庄市薛城区纪律检查委员会第二监督检查室 is one maximal AGENCY span with its named sub-unit.',
            '先上车后补票 / 未履行政府采购程序 → no_procurement; 应…要求修改评审因素 → interference; 转包 → contract_violation. '
            'The company signed the contract and the later paper procurement: BID_ON (*unsure*).',
            'A 监察建议 is not a sanction: no PENALIZED. 联系人 is a field label, not POSITION.',
        ],
    ),
    dict(
        file='o5-xsyshan-jieyang-rongcheng-2026-11.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='揭阳市榕城区财政局',
        body='''
⟦揭阳市榕城区财政局|A⟧
⟦榕财采函〔2026〕11号|N⟧
签发人：⟦许晓东|P⟧

关于移送⟦广东潮汕榕江建设有限公司|C⟧等涉嫌串通投标问题线索的函

⟦揭阳市公安局榕城分局|A⟧：
　　我局在处理⟦揭阳华侨建筑工程有限公司|C⟧投诉⟦揭阳市榕城区仙桥街道办事处|A⟧“仙桥街道农村人居环境整治项目”（项目编号：⟦JYRC-2026-ZB-0012|J⟧）一案中发现，投标人⟦广东潮汕榕江建设有限公司|C⟧（以下简称⟦榕江公司|C⟧）、⟦揭阳市磐东市政工程有限公司|C⟧（以下简称⟦磐东公司|C⟧）、⟦揭阳某某园林有限公司|C⟧存在以下异常情形：
　　一、三家公司投标文件的编制机器码（MAC地址）一致；
　　二、⟦磐东公司|C⟧投标保证金⟦人民币8万元|M⟧由⟦榕江公司|C⟧⟦出纳|T⟧⟦郑丽娜|P⟧个人账户转出；
　　三、三家公司投标报价呈等差排列，最低报价为⟦人民币2,415,788.60元|M⟧。
　　⟦榕江公司|C⟧⟦法定代表人|T⟧⟦蔡某|P⟧与⟦磐东公司|C⟧⟦股东|T⟧⟦蔡某某|P⟧系兄弟关系。
　　上述情形涉嫌串通投标犯罪，根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条及《⟦揭阳市榕城区政府采购联动监管工作机制|L⟧》的规定，现将该线索移送你局依法处理。请于收到本函之日起5个工作日内告知是否受理，办结后10个工作日内反馈处理结果。
　　附件：1.投诉书及⟦揭阳华侨建筑工程有限公司|C⟧质疑函（复印件）；2.三家公司投标文件（电子版）；3.《投诉处理决定书》（⟦榕财采决〔2026〕5号|N⟧）。

⟦揭阳市榕城区财政局|A⟧
⟦2026年3月18日|D⟧
联系人：⟦林雅琪|P⟧，电话：0663-86XXXXX
''',
        rels=[('REFERRED', '揭阳市榕城区财政局', '揭阳市公安局榕城分局', '榕财采函〔2026〕11号', '2026年3月18日'),
              ('LEGAL_REP', '蔡某', '广东潮汕榕江建设有限公司'),
              ('HOLDS_POSITION', '蔡某', '法定代表人', '广东潮汕榕江建设有限公司'),
              ('HOLDS_POSITION', '蔡某某', '股东', '揭阳市磐东市政工程有限公司'),
              ('HOLDS_POSITION', '郑丽娜', '出纳', '广东潮汕榕江建设有限公司'),
              ('BID_ON', '广东潮汕榕江建设有限公司', 'JYRC-2026-ZB-0012'),
              ('BID_ON', '揭阳市磐东市政工程有限公司', 'JYRC-2026-ZB-0012'),
              ('BID_ON', '揭阳某某园林有限公司', 'JYRC-2026-ZB-0012')],
        aliases={'榕江公司': '广东潮汕榕江建设有限公司', '磐东公司': '揭阳市磐东市政工程有限公司'},
        notes=[
            'The letter’s own number (under the header) is the evidence_doc_no; the date is the signature date.',
            'The complainant 揭阳华侨建筑工程有限公司 is not assumed to have bid (GUIDELINES). 签发人 / 联系人 are field labels.',
            '《揭阳市榕城区政府采购联动监管工作机制》 is a normative mechanism → LAW. 《投诉处理决定书》 is a case document, not LAW; its number is DOC_NO.',
            '蔡某 and 蔡某某 are different persons (brothers).',
        ],
    ),
]

DOCS += [
    dict(
        file='o6-bljgfk-beihai-haicheng-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='北海市公安局海城分局',
        body='''
⟦北海市公安局海城分局|A⟧
关于⟦海城财函〔2025〕27号|N⟧移送线索办理结果的反馈函
⟦北公海（经）函〔2026〕21号|N⟧

⟦北海市海城区财政局|A⟧：
　　你局于⟦2025年9月26日|D⟧以⟦海城财函〔2025〕27号|N⟧移送的⟦北海银滩园林绿化有限公司|C⟧等三家公司涉嫌串通投标线索收悉。我局于⟦2025年10月9日|D⟧立案侦查，现将办理结果反馈如下：
　　经侦查查明，⟦2025年3月|D⟧，在“海城区滨海公园景观提升工程”（项目编号：⟦BHHC-2025-JG-007|J⟧）招标中，⟦北海银滩园林绿化有限公司|C⟧实际控制人⟦梁某|P⟧借用⟦广西北部湾景观工程有限公司|C⟧、⟦北海XX建设有限公司|C⟧资质投标并统一报价，以⟦人民币582.3万元|M⟧中标；⟦梁某|P⟧另向该项目评标委员会成员、⟦评审专家|T⟧⟦庞某某|P⟧行贿⟦人民币3万元|M⟧。
　　⟦2026年2月12日|D⟧，我局以⟦北公海（经）诉字〔2026〕9号|N⟧起诉意见书将⟦梁某|P⟧涉嫌串通投标罪、对非国家工作人员行贿罪一案移送⟦北海市海城区人民检察院|A⟧审查起诉。⟦庞某某|P⟧涉嫌非国家工作人员受贿罪一并移送。
　　建议你局依据《⟦中华人民共和国政府采购法|L⟧》对涉案供应商依法作出行政处罚，并将处理结果抄送我局。
　　特此函告。

⟦北海市公安局海城分局|A⟧
⟦2026年2月16日|D⟧
承办人：⟦覃海波|P⟧（经侦大队）　电话：0779-30XXXXX
''',
        rels=[('REFERRED', '北海市海城区财政局', '北海市公安局海城分局', '海城财函〔2025〕27号', '2025年9月26日'),
              ('REFERRED', '北海市公安局海城分局', '北海市海城区人民检察院', '北公海（经）诉字〔2026〕9号', '2026年2月12日'),
              ('HOLDS_POSITION', '庞某某', '评审专家', None),
              ('BID_ON', '北海银滩园林绿化有限公司', 'BHHC-2025-JG-007'),
              ('BID_ON', '广西北部湾景观工程有限公司', 'BHHC-2025-JG-007'),
              ('BID_ON', '北海XX建设有限公司', 'BHHC-2025-JG-007')],
        notes=[
            'A feedback letter (办理结果反馈): kind other, issuer the police sub-bureau. The earlier transfer (你局…移送, receiver 我局 = the named issuer) is REFERRED with '
            'the finance bureau’s letter number; 我局…移送检察院 is REFERRED with the 起诉意见书 number.',
            'The transfer letter’s number in the title line is DOC_NO as well. 实际控制人 is not POSITION. 评标委员会成员、评审专家庞某某: 评审专家 POSITION (org null).',
            'The bare 经侦大队 in the 承办人 field (no place or level) is not AGENCY (GUIDELINES: bare institution types; dev15 left a bare 经侦大队 out).',
            'A suggestion to penalise is not PENALIZED. Bribery of an expert (对非国家工作人员行贿) → bribery.',
        ],
    ),
]

DOCS += [
    dict(
        file='o7-zbgg-yichun-yuanzhou-2026-0315.txt', fmt='utf-8', kind='other', violations=[],
        issuer='宜春市袁州区教育体育局',
        body='''
⟦宜春市袁州区教育体育局|A⟧袁州区2026年农村学校食堂设备采购项目中标（成交）结果公告

一、项目编号：⟦YCYZ-2026-HW-0315|J⟧（招标编号：⟦JXZB-YC-2026-0411|J⟧）
二、项目名称：袁州区2026年农村学校食堂设备采购项目
三、中标（成交）信息
　　供应商名称：⟦江西宜春明月厨房设备有限公司|C⟧
　　供应商地址：江西省宜春市袁州区宜阳大道
　　中标（成交）金额：⟦1,238,560.00元|M⟧（⟦壹佰贰拾叁万捌仟伍佰陆拾元整|M⟧）
四、主要标的信息：商用燃气灶、消毒柜、冷藏柜等，详见附件。
五、评审专家（单一来源采购人员）名单：⟦邹文华|P⟧、⟦易小平|P⟧、⟦钟丽|P⟧、⟦袁志刚|P⟧（⟦采购人代表|T⟧）、⟦况雪梅|P⟧
六、代理服务收费标准及金额：按国家⟦计价格〔2002〕1980号|N⟧文件标准收取，金额⟦人民币14,860.00元|M⟧。
七、其他补充事宜：参与投标的其他供应商及得分：⟦宜春赣西商贸有限公司|C⟧（82.5分）、⟦上高某某设备有限公司|C⟧（79.3分）、⟦江西宜春明月厨房设备有限公司|C⟧（91.6分）。
八、凡对本次公告内容提出询问，请按以下方式联系。
　　1.采购人信息
　　名称：⟦宜春市袁州区教育体育局|A⟧
　　联系人：⟦彭海燕|P⟧
　　2.采购代理机构信息
　　名称：⟦江西省中赣招标咨询有限公司|C⟧
　　项目联系人：⟦敖立|P⟧
　　3.同级政府采购监督管理部门：⟦宜春市袁州区财政局|A⟧
⟦江西省中赣招标咨询有限公司|C⟧
⟦2026年4月20日|D⟧
''',
        rels=[('BID_ON', '江西宜春明月厨房设备有限公司', 'YCYZ-2026-HW-0315'),
              ('BID_ON', '江西宜春明月厨房设备有限公司', 'JXZB-YC-2026-0411'),
              ('BID_ON', '宜春赣西商贸有限公司', 'YCYZ-2026-HW-0315'),
              ('BID_ON', '宜春赣西商贸有限公司', 'JXZB-YC-2026-0411'),
              ('BID_ON', '上高某某设备有限公司', 'YCYZ-2026-HW-0315'),
              ('BID_ON', '上高某某设备有限公司', 'JXZB-YC-2026-0411'),
              ('HOLDS_POSITION', '袁志刚', '采购人代表', '宜春市袁州区教育体育局')],
        notes=[
            'A result announcement: kind other, issuer the purchaser (dev14/dev15), no violations.',
            'Both the 项目编号 and the bracketed 招标编号 are PROJECT_NO; each bidder gets BID_ON to both (*unsure*).',
            '国家计价格〔2002〕1980号: DOC_NO from the issuer code 计价格 (国家 is a prefix word outside the code; *unsure*).',
            'The amount in words in （） is a second MONEY span. 采购人代表 in brackets after a name: POSITION with org the purchaser (dev15 d3 precedent; *unsure*). '
            'The other experts carry no title of their own (the list heading is not attached to each name): no POSITION.',
            '联系人 / 项目联系人 are field labels. The supervising 财政局 is AGENCY, no relation. The year in the project name is not DATE.',
        ],
    ),
]

DOCS += [
    dict(
        file='o8-qksm-yingkou-zhanqian-2026.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='营口市站前区公共资源交易中心',
        body='''
关于站前区老旧小区供热管网改造项目有关情况的说明

⟦营口市站前区纪委监委第三审查调查室|A⟧：
　　根据你室⟦2026年4月2日|D⟧《协助调查函》（⟦站纪协〔2026〕15号|N⟧）要求，现将“站前区老旧小区供热管网改造项目”（项目编号：⟦YKZQ-2025-GR-033|J⟧）有关情况说明如下：
　　一、项目基本情况。该项目采购人为⟦营口市站前区住房和城乡建设局|A⟧，预算金额⟦人民币1,850万元|M⟧，于⟦2025年8月12日|D⟧在我中心开标，共有⟦营口辽河热力工程有限公司|C⟧、⟦辽宁鲅鱼圈建设集团有限公司|C⟧、⟦营口XX管道安装有限公司|C⟧等5家单位投标，⟦营口辽河热力工程有限公司|C⟧以⟦人民币1,712.46万元|M⟧中标。
　　二、异常情况。经系统比对，⟦营口辽河热力工程有限公司|C⟧与⟦营口XX管道安装有限公司|C⟧投标文件上传IP地址相同；⟦辽宁鲅鱼圈建设集团有限公司|C⟧提交的⟦项目经理|T⟧⟦曲某某|P⟧社保缴纳证明与⟦营口市社会保险事业服务中心|A⟧查询结果不符。
　　三、处置情况。我中心已于⟦2025年9月5日|D⟧将上述异常情况书面报告⟦营口市站前区财政局|A⟧，该局于⟦2025年9月19日|D⟧以⟦站财采函〔2025〕22号|N⟧将串通投标线索移送⟦营口市公安局站前分局|A⟧。
　　四、当日在场人员。开标现场见证人为我中心⟦工作人员|T⟧⟦宫晓|P⟧、⟦董丹丹|P⟧，采购代理机构为⟦营口诚信项目管理有限公司|C⟧，其⟦项目负责人|T⟧为⟦鞠明|P⟧。
　　特此说明。
　　附件：开标记录、投标文件上传日志。

⟦营口市站前区公共资源交易中心|A⟧
⟦2026年4月8日|D⟧
（联系人：⟦宫晓|P⟧）
''',
        rels=[('REFERRED', '营口市站前区公共资源交易中心', '营口市站前区财政局', None, '2025年9月5日'),
              ('REFERRED', '营口市站前区财政局', '营口市公安局站前分局', '站财采函〔2025〕22号', '2025年9月19日'),
              ('HOLDS_POSITION', '曲某某', '项目经理', '辽宁鲅鱼圈建设集团有限公司'),
              ('HOLDS_POSITION', '宫晓', '工作人员', '营口市站前区公共资源交易中心'),
              ('HOLDS_POSITION', '董丹丹', '工作人员', '营口市站前区公共资源交易中心'),
              ('HOLDS_POSITION', '鞠明', '项目负责人', '营口诚信项目管理有限公司'),
              ('BID_ON', '营口辽河热力工程有限公司', 'YKZQ-2025-GR-033'),
              ('BID_ON', '辽宁鲅鱼圈建设集团有限公司', 'YKZQ-2025-GR-033'),
              ('BID_ON', '营口XX管道安装有限公司', 'YKZQ-2025-GR-033')],
        notes=[
            'A 情况说明 sent by the trading centre (我中心) to a 纪委监委 room; the centre is named only in the signature, which is the issuer.',
            '营口市站前区纪委监委第三审查调查室: one maximal AGENCY span with the named sub-unit (as in o4\u2019s 抄送 line).',
            '书面报告 of anomalies to the finance bureau: REFERRED (as in c9/c15, *unsure*). 财政局 → 公安分局 with the letter number: REFERRED. '
            'The 协助调查函 is a request for assistance, not a transfer: no REFERRED.',
            '我中心工作人员宫晓、董丹丹: 工作人员 shared by coordinated persons → linked to each (GUIDELINES: 周某某、李某某2名专家). '
            '项目经理曲某某 of a bidder: POSITION with org the bidder.',
            '社保 service centre (事业单位) is AGENCY. 5家单位 is a count, not an entity.',
        ],
    ),
]
