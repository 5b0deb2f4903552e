"""dev18 — documents c1–c5, inline ⟦text|L⟧ marks: a 行政复议决定书 (Xinjiang 吐鲁番高昌区), a 检察建议书 (Xinjiang 阿勒泰 布尔津县),
a 复函 (Qinghai 果洛 玛沁县, GB18030), a 行政處罰決定公告 (Tibet 林芝巴宜區, traditional), a 辦理結果回饋函 (Tibet 山南乃東區,
traditional). All persons, companies, numbers, amounts and acts are invented.
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
        file='c1-xzfyjd-turpan-gaochang-2026-5.txt', fmt='utf-8', kind='admin_review', violations=['collusion'],
        issuer='吐鲁番市高昌区人民政府',
        body='''
⟦吐鲁番市高昌区人民政府|A⟧
行政复议决定书
⟦高政复决字〔2026〕第5号|N⟧
申请人：⟦新疆火洲天成建设工程有限公司|C⟧，住所地：吐鲁番市高昌区老城路东段1120号。
⟦法定代表人|T⟧：⟦艾尼瓦尔·买买提|P⟧。
委托代理人：⟦王建平|P⟧，⟦新疆葡乡律师事务所|C⟧⟦律师|T⟧。
被申请人：⟦吐鲁番市高昌区财政局|A⟧，住所地：吐鲁番市高昌区青年南路29号。
⟦法定代表人|T⟧：⟦刘红霞|P⟧，⟦局长|T⟧。
　　申请人不服被申请人于⟦2025年12月22日|D⟧作出的⟦高财罚决〔2025〕9号|N⟧《行政处罚决定书》，于⟦2026年1月16日|D⟧向本机关申请行政复议，本机关依法已予受理（受理通知书：⟦高政复受〔2026〕5号|N⟧）。
　　申请人请求：撤销⟦高财罚决〔2025〕9号|N⟧行政处罚决定。
　　经审理查明：⟦2025年8月|D⟧，申请人与⟦吐鲁番坎儿井市政工程有限公司|C⟧参加高昌区葡萄沟街道老旧管网改造工程（项目编号：⟦GCZC-2025-GC-061|J⟧）投标，两家电子投标文件由同一台电脑编制（MAC地址：00-1A-2B-3C-4D-5E），投标报价分别为⟦3,268,417.52元|M⟧和⟦3,268,418.02元|M⟧。⟦2025年10月9日|D⟧，⟦吐鲁番市公共资源交易中心|A⟧以《异常线索移送函》（⟦吐公资移〔2025〕14号|N⟧）将该线索移送被申请人。被申请人于⟦10月13日|D⟧立案，⟦11月28日|D⟧送达告知书，申请人于⟦12月1日|D⟧提出陈述申辩，被申请人于⟦12月22日|D⟧作出处罚决定：对申请人处以罚款⟦16,342.09元|M⟧，列入不良行为记录名单，1年内禁止参加政府采购活动。
　　本机关认为，被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，处罚适当。依据《⟦中华人民共和国行政复议法|L⟧》第六十八条的规定，本机关决定：
　　维持被申请人作出的⟦高财罚决〔2025〕9号|N⟧行政处罚决定。
　　申请人如不服本决定，可以自收到本决定书之日起15日内向⟦吐鲁番市高昌区人民法院|A⟧提起行政诉讼。
⟦吐鲁番市高昌区人民政府|A⟧
⟦2026年3月13日|D⟧
''',
        rels=[('LEGAL_REP', '艾尼瓦尔·买买提', '新疆火洲天成建设工程有限公司'),
              ('HOLDS_POSITION', '艾尼瓦尔·买买提', '法定代表人@0', '新疆火洲天成建设工程有限公司'),
              ('HOLDS_POSITION', '王建平', '律师', '新疆葡乡律师事务所'),
              ('LEGAL_REP', '刘红霞', '吐鲁番市高昌区财政局'),
              ('HOLDS_POSITION', '刘红霞', '法定代表人@1', '吐鲁番市高昌区财政局'),
              ('HOLDS_POSITION', '刘红霞', '局长', '吐鲁番市高昌区财政局'),
              ('REFERRED', '吐鲁番市公共资源交易中心', '吐鲁番市高昌区财政局', '吐公资移〔2025〕14号', '2025年10月9日'),
              ('PENALIZED', '吐鲁番市高昌区财政局', '新疆火洲天成建设工程有限公司'),
              ('BID_ON', '新疆火洲天成建设工程有限公司', 'GCZC-2025-GC-061'),
              ('BID_ON', '吐鲁番坎儿井市政工程有限公司', 'GCZC-2025-GC-061')],
        notes=COMMON + [
            '被申请人 (a pronoun-like procedural reference) resolves to the named 吐鲁番市高昌区财政局 for the REFERRED receiver and the PENALIZED source. The review itself (维持) is not a new sanction.',
            'DOC_NO: the review number with 第, the 受理通知书 number, the contested decision number (three times), the 移送函 number. MAC地址 is not annotated.',
            '10月13日, 11月28日, 12月1日, 12月22日 are month+day DATEs. 1年内, 15日内 are durations.',
        ],
    ),
    dict(
        file='c2-jcjys-altay-burqin-jcy-2026-3.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='新疆维吾尔自治区布尔津县人民检察院',
        body='''
⟦新疆维吾尔自治区布尔津县人民检察院|A⟧
检察建议书
⟦布检行建〔2026〕3号|N⟧
⟦布尔津县财政局|A⟧：
　　本院在履行行政检察监督职责中发现：
　　一、⟦2024年9月26日|D⟧，⟦布尔津县审计局|A⟧以⟦布审移〔2024〕4号|N⟧审计移送处理书，将⟦布尔津县第二中学|A⟧食堂设备采购未履行政府采购程序（金额⟦63.8万元|M⟧）的问题移送你局。你局于⟦2024年9月27日|D⟧签收（收文登记号：2024-0392），但直至⟦2026年1月|D⟧仍未立案调查。
　　二、你局于⟦2025年4月7日|D⟧作出⟦布财罚决〔2025〕2号|N⟧行政处罚决定，对⟦新疆额河源建材有限公司|C⟧处以罚款⟦2.6万元|M⟧。该公司在法定期限内未申请行政复议或者提起行政诉讼，又不履行，你局未在⟦2025年10月7日|D⟧之前申请人民法院强制执行，罚款至今未缴入国库（缴款码：6543212025000040187）。
　　上述情形不符合《⟦中华人民共和国行政处罚法|L⟧》第三十六条、第七十二条的规定。根据《⟦人民检察院检察建议工作规定|L⟧》第十一条，本院建议：
　　1.对⟦布审移〔2024〕4号|N⟧移送的问题依法立案调查；
　　2.依法履行罚款追缴职责，必要时申请强制执行；
　　3.建立移送线索台账，明确15个工作日内登记、3个月内办结的内部时限。
　　请你局自收到本检察建议书之日起两个月内将办理情况书面回复本院。
　　联系人：⟦巴合提别克|P⟧（⟦检察官|T⟧），联系电话：0906-6522017
⟦新疆维吾尔自治区布尔津县人民检察院|A⟧
⟦2026年2月9日|D⟧
抄送：⟦布尔津县人民政府|A⟧，⟦阿勒泰地区财政局|A⟧
''',
        rels=[('REFERRED', '布尔津县审计局', '布尔津县财政局', '布审移〔2024〕4号', '2024年9月26日'),
              ('PENALIZED', '布尔津县财政局', '新疆额河源建材有限公司'),
              ('HOLDS_POSITION', '巴合提别克', '检察官', '新疆维吾尔自治区布尔津县人民检察院')],
        notes=COMMON + [
            'The 检察建议 itself is not a sanction. PENALIZED: the bureau’s earlier 罚款, reported here with its number.',
            'REFERRED: the audit referral, with its number and date; the 签收 date 2024年9月27日 is not the transfer date. 收文登记号 2024-0392 and the 缴款码 are not annotated.',
            '人民法院 (bare) is not AGENCY. 15个工作日内, 3个月内, 两个月内 are durations. 2026年1月 is year+month: DATE.',
            'Violations: no_procurement (the school’s purchase, found by audit), abuse_of_power (the bureau’s failure to act, 不正确履行职责).',
        ],
    ),
    dict(
        file='c3-fh-golog-maqen-scjg-2026-11.txt', fmt='gb18030', kind='other', violations=[],
        issuer='玛沁县市场监督管理局',
        body='''
⟦玛沁县市场监督管理局|A⟧
关于协助核查⟦青海雪域昆仑建设工程有限公司|C⟧登记信息的复函
⟦玛市监函〔2026〕11号|N⟧
⟦果洛藏族自治州公安局经济犯罪侦查支队|A⟧：
　　你支队《协助调查函》（⟦果公经协〔2026〕7号|N⟧）于⟦2026年3月23日|D⟧收悉。经查，现将有关情况函复如下：
　　一、⟦青海雪域昆仑建设工程有限公司|C⟧于⟦2018年6月11日|D⟧在我局登记成立，统一社会信用代码：91632621MA752R4F6K，注册资本⟦2000万元|M⟧，住所：青海省果洛藏族自治州玛沁县大武镇团结路38号。现⟦法定代表人|T⟧为⟦才让多杰|P⟧（身份证号码：632621198709120035），⟦2025年11月|D⟧以前⟦法定代表人|T⟧为⟦索南加|P⟧。
　　二、该公司⟦股东|T⟧为⟦才让多杰|P⟧（持股60%）、⟦拉毛措|P⟧（持股40%）。
　　三、该公司持有建筑业企业资质证书（证书编号：D363028841），资质等级为市政公用工程施工总承包三级，有效期至⟦2026年12月31日|D⟧；安全生产许可证编号：（青）JZ安许证字〔2019〕000217号。
　　四、⟦2024年7月|D⟧，该公司因未按规定公示年度报告，被我局列入经营异常名录（列入决定书文号：⟦玛市监异〔2024〕36号|N⟧），⟦2024年9月2日|D⟧移出。
　　附件：企业登记档案复印件（共12页，档案号：MQ-QY-2018-0457）
　　联系人：⟦仁青卓玛|P⟧　电话：0975-8382316
⟦玛沁县市场监督管理局|A⟧
⟦2026年3月30日|D⟧
''',
        rels=[('LEGAL_REP', '才让多杰', '青海雪域昆仑建设工程有限公司'),
              ('HOLDS_POSITION', '才让多杰', '法定代表人@0', '青海雪域昆仑建设工程有限公司'),
              ('LEGAL_REP', '索南加', '青海雪域昆仑建设工程有限公司'),
              ('HOLDS_POSITION', '索南加', '法定代表人@1', '青海雪域昆仑建设工程有限公司'),
              ('HOLDS_POSITION', '才让多杰', '股东', '青海雪域昆仑建设工程有限公司'),
              ('HOLDS_POSITION', '拉毛措', '股东', '青海雪域昆仑建设工程有限公司')],
        notes=COMMON + [
            'GB18030. A reply to a 协助调查函: no REFERRED. 列入经营异常名录 is not PENALIZED. The former 法定代表人 (before 2025年11月) also gets LEGAL_REP (doubtful: a past role).',
            'The 安全生产许可证编号 （青）JZ安许证字〔2019〕000217号 has document-number shape but is a licence number: not DOC_NO. 证书编号, 档案号, credit code and ID number are not annotated. The 列入决定书文号 is DOC_NO.',
            '以前 is excluded from the DATE span. 60% and 40% are rates. 注册资本 2000万元 is MONEY.',
        ],
    ),
    dict(
        file='c4-cfgg-nyingchi-bayi-2026-1-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='林芝市巴宜區財政局',
        body='''
⟦林芝市巴宜區財政局|A⟧政府採購行政處罰決定公告
⟦巴財採罰〔2026〕1號|N⟧
索引號：MB0Q12345-06-2026-0012
當事人：⟦西藏尼洋河建築工程有限公司|C⟧
統一社會信用代碼：91540402MA6T3Q8W1L
⟦法定代表人|T⟧：⟦次仁旺堆|P⟧
　　經查，當事人在⟦林芝市巴宜區人民醫院|A⟧住院樓維修改造工程（項目編號：⟦BYZC-2025-0093|J⟧，採購金額⟦1,483,120.00元|M⟧）投標中，提供的⟦項目經理|T⟧⟦扎西平措|P⟧一級建造師註冊證書（註冊編號：藏1542018201900117）係偽造，已由⟦西藏自治區住房和城鄉建設廳|A⟧於⟦2025年12月3日|D⟧覆函（⟦藏建函〔2025〕288號|N⟧）確認。
　　當事人上述行為違反了《⟦中華人民共和國政府採購法|L⟧》第七十七條第一款第（一）項。我局於⟦2026年1月12日|D⟧依法送達《行政處罰事先告知書》（⟦巴財採罰告〔2026〕1號|N⟧），當事人於⟦1月15日|D⟧申請聽證，我局於同月26日10時在本局三樓會議室（301室）舉行聽證。
　　根據《⟦中華人民共和國政府採購法實施條例|L⟧》第七十二條，決定對當事人處以採購金額千分之五的罰款⟦人民幣7,415.60元|M⟧，列入不良行為記錄名單，一年內禁止參加政府採購活動。
　　當事人應於收到本決定書之日起15日內繳納罰款。如不服本決定，可於60日內向⟦林芝市巴宜區人民政府|A⟧申請行政覆議，或於6個月內向⟦林芝市巴宜區人民法院|A⟧提起行政訴訟。
⟦林芝市巴宜區財政局|A⟧
⟦2026年2月5日|D⟧
''',
        rels=[('PENALIZED', '林芝市巴宜區財政局', '西藏尼洋河建築工程有限公司'),
              ('LEGAL_REP', '次仁旺堆', '西藏尼洋河建築工程有限公司'),
              ('HOLDS_POSITION', '次仁旺堆', '法定代表人', '西藏尼洋河建築工程有限公司'),
              ('HOLDS_POSITION', '扎西平措', '項目經理', '西藏尼洋河建築工程有限公司'),
              ('BID_ON', '西藏尼洋河建築工程有限公司', 'BYZC-2025-0093')],
        notes=COMMON + [
            'Traditional characters, annotated as written. 索引號 and 註冊編號 are not annotated. 同月26日 is day-only; 10時 is a clock time; 301室 a room.',
            '項目經理 attached to 扎西平措 (the bidder’s project manager named in its bid): POSITION, org the company. 千分之五 is a rate.',
            'The 住建廳 覆函 confirming the forgery is not a referral (an answer to the bureau’s query).',
        ],
    ),
    dict(
        file='c5-fkh-shannan-naidong-gongan-2026-2-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='山南市公安局乃東分局',
        body='''
⟦山南市公安局乃東分局|A⟧
關於⟦乃財採移〔2025〕4號|N⟧線索辦理結果的回饋函
⟦乃公（經）函〔2026〕2號|N⟧
⟦山南市乃東區財政局|A⟧：
　　你局⟦2025年11月20日|D⟧《關於移送涉嫌串通投標線索的函》（⟦乃財採移〔2025〕4號|N⟧）收悉。我局經審查，於⟦2025年12月1日|D⟧對⟦西藏雅礱河谷建設有限公司|C⟧、⟦山南澤當恒信工貿有限公司|C⟧涉嫌串通投標案立案偵查（立案決定書：⟦乃公（經）立字〔2025〕31號|N⟧）。
　　經查，⟦2025年6月|D⟧，上述兩家公司在乃東區昌珠鎮農牧民安居房配套工程（項目編號：⟦NDQ-CZ-2025-017|J⟧，中標金額⟦5,612,340元|M⟧）投標過程中，由⟦西藏雅礱河谷建設有限公司|C⟧實際控制人⟦格桑|P⟧統一製作投標文件，並向⟦山南澤當恒信工貿有限公司|C⟧⟦總經理|T⟧⟦羅布|P⟧支付「陪標費」⟦15萬元|M⟧（轉賬憑證號：202506180088）。
　　⟦2026年1月8日|D⟧，⟦格桑|P⟧、⟦羅布|P⟧被我局依法取保候審。⟦2026年2月27日|D⟧，我局以⟦乃公（經）訴字〔2026〕5號|N⟧起訴意見書將該案移送⟦山南市乃東區人民檢察院|A⟧審查起訴。
　　特此函覆。
　　聯繫人：⟦多吉|P⟧　電話：0893-7821105
⟦山南市公安局乃東分局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '山南市乃東區財政局', '山南市公安局乃東分局', '乃財採移〔2025〕4號', '2025年11月20日'),
              ('REFERRED', '山南市公安局乃東分局', '山南市乃東區人民檢察院', '乃公（經）訴字〔2026〕5號', '2026年2月27日'),
              ('HOLDS_POSITION', '羅布', '總經理', '山南澤當恒信工貿有限公司'),
              ('BID_ON', '西藏雅礱河谷建設有限公司', 'NDQ-CZ-2025-017'),
              ('BID_ON', '山南澤當恒信工貿有限公司', 'NDQ-CZ-2025-017')],
        notes=COMMON + [
            'Traditional characters. The earlier referral (你局 = the named addressee) is REFERRED with its number and date; the onward 移送 to the 檢察院 with the 起訴意見書 number and date.',
            '實際控制人 is not a post (a relation of control): not POSITION. 取保候審 and 立案偵查 are not PENALIZED. 轉賬憑證號 is not annotated.',
            'The number in the title (關於乃財採移〔2025〕4號線索…) is the cited letter’s DOC_NO. Payments between colluding bidders count as collusion, not bribery.',
        ],
    ),
]
