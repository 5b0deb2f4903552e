"""heldout11 — documents a01–a16: referral chains between agencies and their follow-ups, inline ⟦text|L⟧ marks.
Chains: 淄博张店 (审计 → 财政: 移送函, 签收回执, 办理结果反馈); 无锡锡山 (交易中心 → 纪委/监委: 移送函 docx, 受理告知书);
桦南 (财政 → 公安: 移送书 GB18030, 退回函, 重新移送); 鄂尔多斯 → 东胜 (转办函, 办理情况报告); 顺德 (公安 协查函, 财政 复函 in
traditional characters); 当涂 (财政 催办函, 公安 情况说明); 宣威 (检察院 线索移送函, 财政 立案告知书).
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

DOCS = [
    dict(
        file='a01-ysh-zibo-zhangdian-sjj-2026-7.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials'], issuer='淄博市张店区审计局',
        body='''
⟦淄博市张店区审计局|A⟧
问题线索移送函
⟦张审移〔2026〕7号|N⟧

⟦张店区财政局|A⟧：
　　根据年度审计项目计划，我局于⟦2026年3月2日|D⟧至⟦4月17日|D⟧对⟦淄博市张店区教育和体育局|A⟧（以下简称⟦区教体局|A⟧）2025年度预算执行情况进行了审计。审计中发现，⟦区教体局|A⟧组织实施的中小学智慧教室设备采购项目（项目编号⟦ZDZC2025-0412|J⟧）存在以下问题线索，属于你局职责范围，现移送你局依法处理：
　　一、参与该项目投标的⟦淄博华拓信息技术有限公司|C⟧（以下简称⟦华拓公司|C⟧）、⟦山东鲁铭电子科技有限公司|C⟧、⟦淄博恒讯商贸有限公司|C⟧三家供应商，其电子投标文件的编制机器码一致，三家的投标保证金均自⟦华拓公司|C⟧⟦出纳|T⟧⟦孙丽娟|P⟧的个人账户转出，涉嫌串通投标。该项目最终由⟦华拓公司|C⟧以⟦1,286,400.00元|M⟧中标。
　　二、⟦华拓公司|C⟧投标文件所附⟦桓台县实验中学|A⟧供货合同一份（合同金额⟦43.6万元|M⟧），经向该校核实，该校从未与其签订该合同，涉嫌提供虚假材料谋取中标。
　　请你局依法调查处理，并在办结后30日内将处理结果书面反馈我局。

　　联系人：⟦刘子涵|P⟧，电话0533-2186xxx
　　附件：1．审计取证单（复印件）3份
　　　　　2．投标文件电子数据比对表1份

⟦淄博市张店区审计局|A⟧
⟦2026年4月28日|D⟧

抄送：⟦区纪委监委|A⟧
''',
        rels=[('REFERRED', '淄博市张店区审计局', '张店区财政局', '张审移〔2026〕7号', '2026年4月28日'),
              ('HOLDS_POSITION', '孙丽娟', '出纳', '淄博华拓信息技术有限公司'),
              ('BID_ON', '淄博华拓信息技术有限公司', 'ZDZC2025-0412'),
              ('BID_ON', '山东鲁铭电子科技有限公司', 'ZDZC2025-0412'),
              ('BID_ON', '淄博恒讯商贸有限公司', 'ZDZC2025-0412')],
        aliases={'区教体局': '淄博市张店区教育和体育局', '华拓公司': '淄博华拓信息技术有限公司'},
        notes=['REFERRED date = the letter date (the transfer is made by this letter).',
               '抄送 区纪委监委 is not a REFERRED (DECISIONS).',
               '联系人 is not a POSITION; 刘子涵 is a PERSON only.']),

    dict(
        file='a02-qshz-zibo-zhangdian-czj-2026.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials'], issuer='淄博市张店区财政局',
        body='''
⟦淄博市张店区财政局|A⟧
移送线索签收回执
回执编号：ZCJ-HZ-2026-031

⟦张店区审计局|A⟧：
　　你局⟦2026年4月28日|D⟧《问题线索移送函》（⟦张审移〔2026〕7号|N⟧）及附件（审计取证单复印件3份、投标文件电子数据比对表1份）已于⟦2026年4月30日|D⟧收到，材料齐全。
　　经初步审查，所移送线索反映⟦淄博华拓信息技术有限公司|C⟧等供应商涉嫌串通投标、提供虚假材料，属于我局政府采购监督管理职责范围。我局已登记收文（收文登记号：2026-0187），交政府采购监督管理科办理，办理结果将另行书面反馈。

送件人：⟦韩晓东|P⟧
签收人：⟦杨帆|P⟧
⟦淄博市张店区财政局|A⟧（印章）
⟦2026年4月30日|D⟧
''',
        rels=[('REFERRED', '张店区审计局', '淄博市张店区财政局', '张审移〔2026〕7号', '2026年4月28日')],
        notes=['回执编号 and 收文登记号 are intake serials, not DOC_NO (DECISIONS).',
               'REFERRED carries the sender letter number and the letter date; 4月30日 is the receipt date.',
               '政府采购监督管理科 alone (no place, no level) is not an AGENCY.']),

    dict(
        file='a03-fkh-zibo-zhangdian-czj-2026-52.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'false_materials'], issuer='淄博市张店区财政局',
        body='''
⟦淄博市张店区财政局|A⟧
关于⟦张审移〔2026〕7号|N⟧移送问题线索办理结果的反馈函
⟦张财函〔2026〕52号|N⟧

⟦张店区审计局|A⟧：
　　你局移送的⟦区教体局|A⟧中小学智慧教室设备采购项目（⟦ZDZC2025-0412|J⟧）问题线索，我局于⟦2026年5月8日|D⟧立案调查。现将办理结果反馈如下：
　　一、查明的事实。经调取电子投标文件、投标保证金缴纳凭证，并对相关人员制作询问笔录，查明：⟦淄博华拓信息技术有限公司|C⟧（以下简称⟦华拓公司|C⟧）⟦总经理|T⟧⟦周建国|P⟧安排本公司员工统一编制三家供应商的投标文件，并由⟦华拓公司|C⟧代缴另两家的投标保证金；⟦山东鲁铭电子科技有限公司|C⟧（以下简称⟦鲁铭公司|C⟧）⟦法定代表人|T⟧⟦牛某|P⟧、⟦淄博恒讯商贸有限公司|C⟧（以下简称⟦恒讯公司|C⟧）⟦负责人|T⟧⟦许某某|P⟧对此均知情并同意。关于虚假业绩合同，⟦华拓公司|C⟧承认系其自行制作，⟦桓台县实验中学|A⟧出具了书面证明。
　　二、处理情况。依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项、第（三）项，我局于⟦2026年7月3日|D⟧分别作出行政处罚决定（⟦张财罚决〔2026〕4号|N⟧、⟦张财罚决〔2026〕5号|N⟧、⟦张财罚决〔2026〕6号|N⟧）：对⟦华拓公司|C⟧处采购金额千分之十的罚款⟦12864元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动；对⟦鲁铭公司|C⟧、⟦恒讯公司|C⟧各处罚款⟦6432元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。上述决定均已送达，当事人未申请行政复议。
　　三、该项目中标结果无效，我局已书面告知⟦区教体局|A⟧依法重新组织采购。
　　特此反馈。

⟦淄博市张店区财政局|A⟧
⟦2026年7月15日|D⟧
（联系人：⟦杨帆|P⟧）
''',
        rels=[('REFERRED', '张店区审计局', '淄博市张店区财政局', '张审移〔2026〕7号', None),
              ('PENALIZED', '淄博市张店区财政局', '淄博华拓信息技术有限公司'),
              ('PENALIZED', '淄博市张店区财政局', '山东鲁铭电子科技有限公司'),
              ('PENALIZED', '淄博市张店区财政局', '淄博恒讯商贸有限公司'),
              ('BID_ON', '淄博华拓信息技术有限公司', 'ZDZC2025-0412'),
              ('BID_ON', '山东鲁铭电子科技有限公司', 'ZDZC2025-0412'),
              ('BID_ON', '淄博恒讯商贸有限公司', 'ZDZC2025-0412'),
              ('HOLDS_POSITION', '周建国', '总经理', '淄博华拓信息技术有限公司'),
              ('HOLDS_POSITION', '牛某', '法定代表人', '山东鲁铭电子科技有限公司'),
              ('LEGAL_REP', '牛某', '山东鲁铭电子科技有限公司'),
              ('HOLDS_POSITION', '许某某', '负责人', '淄博恒讯商贸有限公司')],
        aliases={'华拓公司': '淄博华拓信息技术有限公司', '鲁铭公司': '山东鲁铭电子科技有限公司',
                 '恒讯公司': '淄博恒讯商贸有限公司'},
        notes=['The referral is restated without its date → REFERRED date null; the 立案 date is not a transfer date.',
               'BID_ON for the three suppliers whose 投标文件 were compiled together (the winner included).',
               '区教体局 is never given its full name in this letter; it stays its own canonical.']),

    dict(
        file='a04-xsyshan-wuxi-xishan-jyzx-2026-19.docx', fmt='docx', kind='other',
        violations=['collusion', 'interference'], issuer='无锡市锡山区公共资源交易中心',
        body='''
⟦无锡市锡山区公共资源交易中心|A⟧
关于移送锡北镇污水管网改造工程异常投标线索的函
⟦锡公易〔2026〕19号|N⟧
⟦中共无锡市锡山区纪律检查委员会|A⟧、⟦无锡市锡山区监察委员会|A⟧：
　　⟦2026年5月14日|D⟧，锡北镇污水管网改造工程（招标编号：⟦XS-JS-2026-0077|J⟧，招标人：⟦无锡市锡山区锡北镇人民政府|A⟧，最高投标限价⟦2,957.3万元|M⟧）在我中心开标，共9家单位递交投标文件。评标委员会在评审中发现以下异常情况，按照《⟦无锡市锡山区公共资源交易异常行为线索移送办法|L⟧》第六条的规定，现将有关线索移送你们：
　　一、⟦无锡瑞禾建设工程有限公司|C⟧（以下简称“⟦瑞禾公司|C⟧”）与⟦江苏沁源市政工程有限公司|C⟧（以下简称“⟦沁源公司|C⟧”）的电子投标文件制作机器码、文件创建标识码完全一致；⟦瑞禾公司|C⟧拟派⟦项目经理|T⟧⟦蒋海军|P⟧、⟦沁源公司|C⟧拟派⟦项目经理|T⟧⟦陶某|P⟧近12个月的社保均由⟦瑞禾公司|C⟧缴纳。
　　二、⟦无锡市锡山区锡北镇人民政府|A⟧⟦分管副镇长|T⟧⟦顾某某|P⟧于开标前的⟦5月9日|D⟧、⟦5月12日|D⟧两次来我中心，要求工作人员提供已下载招标文件单位的名单，被工作人员拒绝。
　　以上情况，经⟦2026年5月19日|D⟧中心主任办公会研究决定移送。相关开评标录像、电子投标文件比对报告已刻录光盘（1张）随函附送。
　　联系人：⟦尤佳|P⟧
⟦无锡市锡山区公共资源交易中心|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '无锡市锡山区公共资源交易中心', '中共无锡市锡山区纪律检查委员会', '锡公易〔2026〕19号', '2026年5月20日'),
              ('REFERRED', '无锡市锡山区公共资源交易中心', '无锡市锡山区监察委员会', '锡公易〔2026〕19号', '2026年5月20日'),
              ('BID_ON', '无锡瑞禾建设工程有限公司', 'XS-JS-2026-0077'),
              ('BID_ON', '江苏沁源市政工程有限公司', 'XS-JS-2026-0077'),
              ('HOLDS_POSITION', '蒋海军', '项目经理', '无锡瑞禾建设工程有限公司'),
              ('HOLDS_POSITION', '陶某', '项目经理@1', '江苏沁源市政工程有限公司'),
              ('HOLDS_POSITION', '顾某某', '分管副镇长', '无锡市锡山区锡北镇人民政府')],
        aliases={'瑞禾公司': '无锡瑞禾建设工程有限公司', '沁源公司': '江苏沁源市政工程有限公司'},
        notes=['Joint addressees 纪委 + 监委: one REFERRED to each.',
               'Proposed (拟派) project managers are annotated as 项目经理 of the company that proposed them.',
               '分管副镇长 annotated as one POSITION (分管 kept, as in the source), doubtful.',
               '中心主任办公会 (a meeting) has no AGENCY and 主任 there is not attached to a person.']),

    dict(
        file='a05-sltz-wuxi-xishan-jwjw-2026-11.txt', fmt='utf-8', kind='other',
        violations=['interference', 'collusion'], issuer='中共无锡市锡山区纪律检查委员会',
        body='''
问题线索受理告知书
⟦锡纪受告〔2026〕11号|N⟧

⟦区公共资源交易中心|A⟧：
　　你中心⟦2026年5月20日|D⟧移送的《关于移送锡北镇污水管网改造工程异常投标线索的函》（⟦锡公易〔2026〕19号|N⟧）及光盘1张已收悉，我委登记的线索编号为XSJW-XS-2026-0342。
　　经审核，该线索反映公职人员⟦顾某某|P⟧涉嫌违规干预招标投标活动的问题，属于我委管辖范围，已按规定受理，由⟦区纪委监委第三监督检查室|A⟧承办。
　　线索中反映的⟦无锡瑞禾建设工程有限公司|C⟧、⟦江苏沁源市政工程有限公司|C⟧涉嫌串通投标的问题，属于招标投标行政监督部门职责，建议你中心同时报告⟦锡山区住房和城乡建设局|A⟧依法处理，并将处理情况告知我委。
　　请你中心对线索内容严格保密，不得向无关人员透露。

⟦中共无锡市锡山区纪律检查委员会|A⟧
⟦无锡市锡山区监察委员会|A⟧
⟦2026年5月26日|D⟧
''',
        rels=[('REFERRED', '区公共资源交易中心', '中共无锡市锡山区纪律检查委员会', '锡公易〔2026〕19号', '2026年5月20日'),
              ('REFERRED', '区公共资源交易中心', '无锡市锡山区监察委员会', '锡公易〔2026〕19号', '2026年5月20日')],
        notes=['线索编号 is an intake serial, not DOC_NO (DECISIONS); the notice\'s own 锡纪受告 number is.',
               'Issuer: the first of the two signing bodies (joint issuer → lead body).',
               '建议…报告 住建局 is a suggestion, not a REFERRED.',
               '区公共资源交易中心 is never named in full here; it stays its own canonical.']),

    dict(
        file='a06-ajyss-hua-nan-czj-2026-2.txt', fmt='gb18030', kind='other',
        violations=['collusion'], issuer='桦南县财政局',
        body='''
⟦桦南县财政局|A⟧
涉嫌犯罪案件移送书
⟦桦财移〔2026〕2号|N⟧

⟦桦南县公安局|A⟧：
　　我局在处理⟦桦南县金穗农机专业合作社|C⟧对⟦桦南县农业农村局|A⟧高标准农田灌溉设备采购项目（项目编号：⟦HNCG2025-118|J⟧）的投诉过程中发现，⟦黑龙江北垦农业机械有限公司|C⟧（以下简称⟦北垦公司|C⟧）⟦实际控制人|T⟧⟦于洪波|P⟧涉嫌串通投标犯罪，根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将该案移送你局。
　　经我局调查：⟦2025年10月|D⟧该项目招标期间，⟦于洪波|P⟧先后联系⟦桦南县丰禾农资经销有限公司|C⟧（以下简称⟦丰禾公司|C⟧）⟦经理|T⟧⟦赵某|P⟧和⟦黑龙江润田节水设备有限公司|C⟧（以下简称⟦润田公司|C⟧），由其本人统一制作三家公司的投标文件并确定报价，三家报价呈规律性递增。⟦2025年10月28日|D⟧开标，⟦北垦公司|C⟧以⟦2,376,500元|M⟧中标。事后⟦于洪波|P⟧通过银行转账向⟦赵某|P⟧支付“陪标费”⟦4万元|M⟧，向⟦润田公司|C⟧支付“资料费”⟦2.5万元|M⟧。
　　⟦于洪波|P⟧等人的行为涉嫌违反《⟦中华人民共和国刑法|L⟧》第二百二十三条的规定。本案涉案财物已由我局先行登记保存。

　　附：1．案件调查报告
　　　　2．涉案材料目录及材料（共37页）

⟦桦南县财政局|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[('REFERRED', '桦南县财政局', '桦南县公安局', '桦财移〔2026〕2号', '2026年2月9日'),
              ('BID_ON', '黑龙江北垦农业机械有限公司', 'HNCG2025-118'),
              ('BID_ON', '桦南县丰禾农资经销有限公司', 'HNCG2025-118'),
              ('BID_ON', '黑龙江润田节水设备有限公司', 'HNCG2025-118'),
              ('HOLDS_POSITION', '于洪波', '实际控制人', '黑龙江北垦农业机械有限公司'),
              ('HOLDS_POSITION', '赵某', '经理', '桦南县丰禾农资经销有限公司')],
        aliases={'北垦公司': '黑龙江北垦农业机械有限公司', '丰禾公司': '桦南县丰禾农资经销有限公司',
                 '润田公司': '黑龙江润田节水设备有限公司'},
        notes=['GB18030-encoded.',
               'The complainant cooperative is not given a BID_ON (complainants are not assumed to have bid).',
               'BID_ON for the three companies whose bids were made by 于洪波 (the winner included).']),

    dict(
        file='a07-thh-hua-nan-gaj-2026-9.txt', fmt='utf-8', kind='other',
        violations=['collusion'], issuer='桦南县公安局',
        body='''
⟦桦南县公安局|A⟧
关于退回⟦桦南县财政局|A⟧移送案件的函
⟦桦公（经）函〔2026〕9号|N⟧

⟦县财政局|A⟧：
　　你局于⟦2026年2月9日|D⟧以⟦桦财移〔2026〕2号|N⟧移送的⟦黑龙江北垦农业机械有限公司|C⟧（简称⟦北垦公司|C⟧）涉嫌串通投标一案，我局于⟦2月11日|D⟧接收，受案登记号HNGA-2026-0211-03。
　　经审查，移送材料存在以下问题：
　　1．未附涉案投标文件原件，电子投标文件未见提取、固定的过程记录，无法确认其来源；
　　2．⟦于洪波|P⟧向⟦赵某|P⟧转账⟦4万元|M⟧的银行流水仅为手机截图，未经银行盖章确认；
　　3．未附⟦北垦公司|C⟧以外另两家投标单位相关人员的询问笔录。
　　依据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第八条及相关规定，现将全部案件材料退回你局，请补充完善后重新移送。

经办人：⟦王振宇|P⟧　⟦曲某|P⟧
⟦桦南县公安局|A⟧
⟦2026年3月4日|D⟧
''',
        rels=[('REFERRED', '桦南县财政局', '桦南县公安局', '桦财移〔2026〕2号', '2026年2月9日')],
        notes=['The return itself is not a REFERRED (DECISIONS); the original transfer it restates is, with the sender letter number and date.',
               '受案登记号 is an intake serial, not DOC_NO.',
               '县财政局 (salutation) is aliased to 桦南县财政局 (title).',
               '经办人 is not a POSITION.'],
        aliases={'县财政局': '桦南县财政局', '北垦公司': '黑龙江北垦农业机械有限公司'}),

    dict(
        file='a08-cxysh-hua-nan-czj-2026-5.txt', fmt='utf-8', kind='other',
        violations=['collusion'], issuer='桦南县财政局',
        body='''
⟦桦南县财政局|A⟧关于重新移送⟦黑龙江北垦农业机械有限公司|C⟧等涉嫌串通投标案的函
⟦桦财移〔2026〕5号|N⟧

⟦桦南县公安局|A⟧：
　　⟦2026年3月4日|D⟧，你局以《关于退回⟦桦南县财政局|A⟧移送案件的函》（⟦桦公（经）函〔2026〕9号|N⟧）将我局移送的案件材料退回。我局按照退回意见，补充调取了下列材料：
　　（一）⟦桦南县公共资源交易中心|A⟧出具的电子投标文件及其提取过程说明、哈希值校验记录；
　　（二）⟦中国农业银行股份有限公司桦南县支行|C⟧出具并加盖业务章的账户交易明细；
　　（三）⟦桦南县丰禾农资经销有限公司|C⟧⟦原经理|T⟧⟦赵某|P⟧、⟦黑龙江润田节水设备有限公司|C⟧⟦投标专员|T⟧⟦程晓雪|P⟧的询问笔录。
　　现将补充材料连同原移送材料一并重新移送你局，请依法审查，并将立案或者不予立案的决定书面告知我局。

　　附：补充材料目录及材料（共26页）

⟦桦南县财政局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[('REFERRED', '桦南县财政局', '桦南县公安局', '桦财移〔2026〕5号', '2026年3月20日'),
              ('HOLDS_POSITION', '赵某', '原经理', '桦南县丰禾农资经销有限公司'),
              ('HOLDS_POSITION', '程晓雪', '投标专员', '黑龙江润田节水设备有限公司')],
        notes=['A 重新移送 is a REFERRED (new letter number and date). The return by the police is not.',
               'The bank branch only supplied statements: no BID_ON, no role.',
               'No PROJECT_NO in this letter, so no BID_ON.']),

    dict(
        file='a09-zbh-ordos-jwjw-2026-64.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'bribery'], issuer='鄂尔多斯市纪委监委',
        body='''
⟦鄂尔多斯市纪委监委|A⟧
信访举报转办函
⟦鄂纪信转〔2026〕64号|N⟧

⟦东胜区纪委监委|A⟧：
　　现将反映⟦东胜区交通运输局|A⟧⟦原副局长|T⟧⟦白某平|P⟧问题的信访举报件（信访件编号：ES2026-1105）转你委，请按照干部管理权限和“分级负责、归口办理”的原则认真办理。
　　该件反映：⟦白某平|P⟧在分管公路养护期间，将东胜区城区背街小巷路面修复项目拆成多个小项目，未经招标直接交由⟦鄂尔多斯市昊通路桥工程有限责任公司|C⟧施工，合同金额合计⟦218万元|M⟧左右；⟦白某平|P⟧逢年过节收受该公司⟦负责人|T⟧⟦乌某|P⟧所送购物卡，金额约⟦3万元|M⟧。
　　请于⟦2026年8月31日|D⟧前将办理结果以书面形式报送我委信访室。办理过程中发现重要情况的，请及时报告。

　　联系人：⟦敖登|P⟧

⟦鄂尔多斯市纪委监委信访室|A⟧
⟦2026年6月22日|D⟧
''',
        rels=[('REFERRED', '鄂尔多斯市纪委监委', '东胜区纪委监委', '鄂纪信转〔2026〕64号', '2026年6月22日'),
              ('HOLDS_POSITION', '白某平', '原副局长', '东胜区交通运输局'),
              ('HOLDS_POSITION', '乌某', '负责人', '鄂尔多斯市昊通路桥工程有限责任公司')],
        notes=['A 转办 of a petition (信访件) to a lower commission is a REFERRED (transfer of a clue).',
               '信访件编号 is an intake serial, not DOC_NO.',
               'The signature is the commission\'s 信访室 (its own maximal AGENCY span); the REFERRED starts from the '
               'header body 鄂尔多斯市纪委监委, which is also the issuer — doubtful, the 信访室 could be argued.',
               '我委信访室 (pronoun + sub-unit) is not annotated.']),

    dict(
        file='a10-bljg-ordos-dongsheng-jwjw-2026-31.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'bribery'], issuer='东胜区纪委监委',
        body='''
⟦东胜区纪委监委|A⟧
关于⟦鄂纪信转〔2026〕64号|N⟧信访件办理情况的报告
⟦东纪报〔2026〕31号|N⟧

⟦市纪委监委信访室|A⟧：
　　⟦2026年6月24日|D⟧，我委收到⟦市纪委监委|A⟧转办的反映⟦区交通运输局|A⟧⟦原副局长|T⟧⟦白某平|P⟧问题的信访件后，经委务会研究，由⟦区纪委监委第二监督检查室|A⟧进行初步核实。现将办理情况报告如下：
　　一、基本情况
　　⟦白某平|P⟧，男，1971年生，⟦2019年3月|D⟧至⟦2025年12月|D⟧任⟦东胜区交通运输局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧，分管公路养护、安全生产工作；现任⟦东胜区城市管理综合执法局|A⟧⟦四级调研员|T⟧。
　　二、核实情况
　　1．关于未经招标直接发包的问题。经查，2024年城区背街小巷路面修复项目共分6个单项，合同金额合计⟦218.4万元|M⟧，均由⟦区交通运输局|A⟧与⟦鄂尔多斯市昊通路桥工程有限责任公司|C⟧（以下简称⟦昊通公司|C⟧）直接签订合同，其中4个单项金额均略低于⟦40万元|M⟧的公开招标限额标准，存在化整为零规避招标的问题。⟦白某平|P⟧作为分管领导，在议定发包方式时提出“分开做、加快进度”，负有主要领导责任。该问题属实。
　　2．关于收受购物卡的问题。经调取购物卡销售及消费记录，并与⟦昊通公司|C⟧⟦负责人|T⟧⟦乌日娜|P⟧及⟦白某平|P⟧本人谈话，未发现⟦白某平|P⟧收受购物卡的事实。该问题查无实据。
　　三、处理情况
　　⟦2026年8月12日|D⟧，经⟦东胜区纪委常委会|A⟧会议研究，给予⟦白某平|P⟧党内警告处分；责成⟦区交通运输局|A⟧党组作出书面检查。
　　特此报告。

⟦东胜区纪委监委|A⟧
⟦2026年8月20日|D⟧
''',
        rels=[('REFERRED', '市纪委监委', '东胜区纪委监委', '鄂纪信转〔2026〕64号', None),
              ('PENALIZED', '东胜区纪委常委会', '白某平'),
              ('HOLDS_POSITION', '白某平', '原副局长', '东胜区交通运输局'),
              ('HOLDS_POSITION', '白某平', '党组成员', '东胜区交通运输局'),
              ('HOLDS_POSITION', '白某平', '副局长', '东胜区交通运输局'),
              ('HOLDS_POSITION', '白某平', '四级调研员', '东胜区城市管理综合执法局'),
              ('HOLDS_POSITION', '乌日娜', '负责人', '鄂尔多斯市昊通路桥工程有限责任公司')],
        aliases={'区交通运输局': '东胜区交通运输局', '昊通公司': '鄂尔多斯市昊通路桥工程有限责任公司'},
        notes=['白某平 holds 原副局长 (first paragraph) and 党组成员 + 副局长 (基本情况) of the same bureau: one HOLDS_POSITION per mention pair.',
               'REFERRED date null: 6月24日 is the receipt date, not the transfer date.',
               '责成…作出书面检查 is not a sanction of the bureau.',
               'The bribery allegation was not substantiated (查无实据); it is still listed in violations as alleged.',
               '乌日娜 is the same person as 乌某 in the transfer letter a09 (not linkable inside one file).']),

    dict(
        file='a11-xch-foshan-shunde-gafj-2026-143.txt', fmt='utf-8', kind='other',
        violations=['collusion'], issuer='佛山市公安局顺德分局',
        body='''
⟦佛山市公安局顺德分局|A⟧
协 查 函
⟦顺公（经）协字〔2026〕0143号|N⟧

⟦佛山市顺德区财政局|A⟧：
　　我局⟦佛山市公安局顺德分局经济犯罪侦查大队|A⟧正在侦办一起涉嫌串通投标案件，因工作需要，请你局协助调取以下资料：
　　1．⟦顺德区乐从镇人民政府|A⟧乐从镇智慧路灯改造项目（项目编号：⟦SDCG2025-LC031|J⟧）的采购计划备案、采购结果公告及合同备案资料；
　　2．该项目投标供应商⟦佛山市顺德区粤灏照明科技有限公司|C⟧、⟦广东朗晴电气工程有限公司|C⟧、⟦佛山市耀程市政工程有限公司|C⟧的投标文件（含电子版）；
　　3．⟦广东朗晴电气工程有限公司|C⟧就该项目提出质疑、投诉的全部材料及你局作出的投诉处理决定书；
　　4．该项目⟦评审专家|T⟧⟦李某|P⟧、⟦冼某某|P⟧的抽取记录及评审打分表。
　　以上资料请加盖你局印章，于⟦2026年4月15日|D⟧前密封送交我局经侦大队。
　　联系人：⟦梁志文|P⟧、⟦邓俊|P⟧
　　联系电话：0757-2283xxxx

⟦佛山市公安局顺德分局|A⟧
⟦2026年4月3日|D⟧
''',
        rels=[('BID_ON', '佛山市顺德区粤灏照明科技有限公司', 'SDCG2025-LC031'),
              ('BID_ON', '广东朗晴电气工程有限公司', 'SDCG2025-LC031'),
              ('BID_ON', '佛山市耀程市政工程有限公司', 'SDCG2025-LC031'),
              ('HOLDS_POSITION', '李某', '评审专家', None),
              ('HOLDS_POSITION', '冼某某', '评审专家', None)],
        notes=['A 协查函 is not a REFERRED (DECISIONS).',
               '投标供应商 names three bidders → BID_ON for each, the complaining one included because it is called a bidder here.',
               '评审专家 is attached to the two masked experts (shared position); org null (the panel is no organisation).',
               '我局经侦大队 (pronoun + bare sub-unit) is not an AGENCY; the full 佛山市公安局顺德分局经济犯罪侦查大队 is.'],
        unmarked=[]),

    dict(
        file='a12-fh-foshan-shunde-czj-2026-88-fanti.txt', fmt='utf-8', kind='other',
        violations=[], issuer='佛山市順德區財政局',
        body='''
⟦佛山市順德區財政局|A⟧
關於協助調取樂從鎮智慧路燈改造項目資料的復函
⟦順財函〔2026〕88號|N⟧

⟦佛山市公安局順德分局|A⟧：
　　你局《協查函》（⟦順公（經）協字〔2026〕0143號|N⟧）收悉。經查，⟦順德區樂從鎮人民政府|A⟧樂從鎮智慧路燈改造項目（項目編號：⟦SDCG2025-LC031|J⟧）委託⟦廣東中粵招標代理有限公司|C⟧以公開招標方式採購，於⟦2025年9月18日|D⟧開標，共5家供應商投標，⟦佛山市順德區粵灝照明科技有限公司|C⟧以⟦人民幣486.9萬元|M⟧中標。⟦廣東朗晴電氣工程有限公司|C⟧於⟦2025年10月9日|D⟧就評審結果向我局提起投訴，我局於同年⟦11月20日|D⟧作出《政府採購投訴處理決定書》（⟦順財采決〔2025〕21號|N⟧），駁回投訴。
　　現將下列材料複印件加蓋我局印章後隨函提供：
　　（一）採購計劃備案表、採購結果公告、政府採購合同備案表各1份；
　　（二）5家供應商投標文件（電子版，光盤1張）；
　　（三）投訴書、投訴處理決定書及相關證據材料（共48頁）。
　　評審專家抽取記錄及評審打分表由⟦佛山市順德區公共資源交易中心|A⟧保管，請徑向該中心調取。
　　此復。

經辦人：⟦何穎詩|P⟧
⟦佛山市順德區財政局|A⟧
⟦2026年4月10日|D⟧
''',
        rels=[('BID_ON', '佛山市順德區粵灝照明科技有限公司', 'SDCG2025-LC031')],
        notes=['Traditional characters, spans as written.',
               'A 复函 to a 协查函 is not a REFERRED; pointing the police to the trading centre (請徑向該中心調取) is not a transfer either.',
               'BID_ON only for the winner; the complainant is not assumed to have bid (GUIDELINES), although the 协查函 (another file) calls it a bidder.',
               'The rejected complaint is not a PENALIZED. violations empty: the reply does not characterise any conduct.',
               'The 投诉处理决定书 number is a DOC_NO; the agent company has no relation.']),

    dict(
        file='a13-cbh-maanshan-dangtu-czj-2026-41.txt', fmt='utf-8', kind='other',
        violations=['false_materials'], issuer='当涂县财政局',
        body='''
⟦当涂县财政局|A⟧
关于商请反馈移送案件办理进展的函
⟦当财函〔2026〕41号|N⟧

⟦县公安局|A⟧：
　　⟦2025年11月26日|D⟧，我局以《涉嫌犯罪案件移送书》（⟦当财移〔2025〕3号|N⟧）将⟦马鞍山市金牛建材贸易有限公司|C⟧（以下简称⟦金牛公司|C⟧）⟦法定代表人|T⟧⟦储国庆|P⟧涉嫌伪造⟦当涂县水务局|A⟧、⟦马鞍山市重点工程建设管理中心|A⟧印章及业绩证明，在姑溪河护岸应急抢险工程（项目编号：⟦DT-SW-2025-009|J⟧）中骗取中标一案移送你局，你局于⟦2025年12月1日|D⟧出具了受案回执。
　　按照《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第八条，公安机关应当自接受移送之日起3日内作出立案或者不予立案的决定，并书面通知移送机关。截至目前，我局尚未收到你局的书面决定。鉴于该项目中标是否无效、是否责令⟦县水务局|A⟧重新组织采购等行政处理事项须以案件定性为前提，⟦金牛公司|C⟧已多次来函询问，特函请你局于⟦2026年3月10日|D⟧前将立案情况书面告知我局。
　　专此函达。

　　联系人：⟦宣萍|P⟧（⟦县财政局政府采购监督管理股|A⟧）

⟦当涂县财政局|A⟧
⟦2026年2月27日|D⟧
''',
        rels=[('REFERRED', '当涂县财政局', '县公安局', '当财移〔2025〕3号', '2025年11月26日'),
              ('BID_ON', '马鞍山市金牛建材贸易有限公司', 'DT-SW-2025-009'),
              ('LEGAL_REP', '储国庆', '马鞍山市金牛建材贸易有限公司'),
              ('HOLDS_POSITION', '储国庆', '法定代表人', '马鞍山市金牛建材贸易有限公司')],
        aliases={'金牛公司': '马鞍山市金牛建材贸易有限公司', '县水务局': '当涂县水务局'},
        notes=['A 催办 letter restating an earlier transfer: REFERRED with the earlier letter number and its date.',
               '县公安局 is never named in full here; it is its own canonical.',
               '责令…重新组织采购 is mentioned as a possible future step, not imposed: no PENALIZED.',
               '县财政局政府采购监督管理股 is one maximal AGENCY span (level prefix + sub-unit).']),

    dict(
        file='a14-qksm-maanshan-dangtu-gaj-2026.txt', fmt='utf-8', kind='other',
        violations=['false_materials'], issuer='当涂县公安局',
        body='''
情况说明

⟦当涂县财政局|A⟧：
　　你局《关于商请反馈移送案件办理进展的函》（⟦当财函〔2026〕41号|N⟧）收悉。现将有关情况说明如下：
　　⟦2025年12月1日|D⟧，我局接收你局移送的⟦储国庆|P⟧涉嫌伪造公司、企业、事业单位印章一案（⟦当财移〔2025〕3号|N⟧）后，交由⟦当涂县公安局经济犯罪侦查大队|A⟧审查。因需向⟦马鞍山市重点工程建设管理中心|A⟧、⟦当涂县水务局|A⟧核实印章真伪，并委托⟦安徽正衡司法鉴定所|C⟧对涉案印文进行鉴定，审查时间较长，未能及时书面告知你局，特此说明。
　　⟦2026年2月6日|D⟧，我局已对该案立案侦查（立案编号：⟦A3405210300002026026005|N⟧）。犯罪嫌疑人⟦储国庆|P⟧已于⟦2月9日|D⟧被取保候审。另查明，⟦马鞍山市金牛建材贸易有限公司|C⟧⟦股东|T⟧⟦储某|P⟧（系⟦储国庆|P⟧之弟）参与制作了虚假业绩证明，我局正在进一步侦查。
　　你局可结合本案侦查进展依法推进该项目的行政处理。如需调取相关证据材料，请与我局经侦大队⟦副大队长|T⟧⟦鲁海洋|P⟧联系。
　　特此说明。

⟦当涂县公安局|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[('REFERRED', '当涂县财政局', '当涂县公安局', '当财移〔2025〕3号', None),
              ('HOLDS_POSITION', '储某', '股东', '马鞍山市金牛建材贸易有限公司'),
              ('HOLDS_POSITION', '鲁海洋', '副大队长', '当涂县公安局经济犯罪侦查大队')],
        notes=['Receiver 我局 resolved to the signing 当涂县公安局. REFERRED date null: 12月1日 is the receiving date.',
               'The police case number (立案编号 A…) is DOC_NO (DECISIONS).',
               '取保候审 and 立案侦查 are not relations.',
               '副大队长 of 我局经侦大队 → org the named 当涂县公安局经济犯罪侦查大队 (doubtful: could be null).',
               '之弟 is a relation, not a POSITION.']),

    dict(
        file='a15-xsyshan-xuanwei-jcy-2026-3.txt', fmt='utf-8', kind='other',
        violations=['discriminatory_terms', 'bribery'], issuer='宣威市人民检察院',
        body='''
⟦宣威市人民检察院|A⟧
行政违法行为线索移送函
⟦宣检行移〔2026〕3号|N⟧

⟦宣威市财政局|A⟧：
　　本院在办理⟦宣威市卫生健康局财务股|A⟧⟦原股长|T⟧⟦卯某某|P⟧受贿一案中发现，2024年该局所属⟦宣威市第二人民医院|A⟧采购彩色多普勒超声诊断仪一台（预算⟦198万元|M⟧），其采购需求中设置了“供应商须在宣威市设有常驻售后服务网点”的条款，全部3家投标人中仅⟦云南康弘医疗器械有限公司|C⟧（以下简称⟦康弘公司|C⟧）符合条件，该公司以⟦196.8万元|M⟧成交。另查明，⟦康弘公司|C⟧⟦销售经理|T⟧⟦缪晓峰|P⟧为谋取该项目，于⟦2024年5月|D⟧通过⟦卯某某|P⟧向该院分管设备采购的⟦副院长|T⟧⟦朱某|P⟧请托，并向⟦卯某某|P⟧送现金⟦5万元|M⟧。
　　上述采购行为涉嫌以不合理的条件对供应商实行差别待遇或者歧视待遇，违反《⟦中华人民共和国政府采购法|L⟧》第二十二条第二款的规定，属于你局监督管理职责范围。现将该线索移送你局，请依法调查处理，并在收到本函之日起两个月内将处理情况书面回复本院。

　　附：相关证据材料复印件（共21页）

　　联系人：⟦检察官助理|T⟧⟦陆敏|P⟧

⟦宣威市人民检察院|A⟧
⟦2026年5月11日|D⟧
''',
        rels=[('REFERRED', '宣威市人民检察院', '宣威市财政局', '宣检行移〔2026〕3号', '2026年5月11日'),
              ('HOLDS_POSITION', '卯某某', '原股长', '宣威市卫生健康局财务股'),
              ('HOLDS_POSITION', '缪晓峰', '销售经理', '云南康弘医疗器械有限公司'),
              ('HOLDS_POSITION', '朱某', '副院长', '宣威市第二人民医院'),
              ('HOLDS_POSITION', '陆敏', '检察官助理', '宣威市人民检察院')],
        aliases={'康弘公司': '云南康弘医疗器械有限公司'},
        notes=['No PROJECT_NO in this letter, so no BID_ON (the 立案告知书 a16 has one).',
               '宣威市卫生健康局财务股 is one maximal AGENCY span; the office is 原股长.',
               '检察官助理 annotated as a POSITION (justice staff role, by analogy with 检察官), doubtful.',
               'A payment to win a contract → bribery; the 差别待遇 term → discriminatory_terms.']),

    dict(
        file='a16-latz-xuanwei-czj-2026-2.txt', fmt='utf-8', kind='other',
        violations=['discriminatory_terms'], issuer='宣威市财政局',
        body='''
⟦宣威市财政局|A⟧
立案告知书
⟦宣财立告〔2026〕2号|N⟧

⟦宣威市人民检察院|A⟧：
　　你院于⟦2026年5月11日|D⟧移送的《行政违法行为线索移送函》（⟦宣检行移〔2026〕3号|N⟧）及附件，我局已于⟦5月13日|D⟧收悉。
　　经审查，⟦宣威市第二人民医院|A⟧彩色多普勒超声诊断仪采购项目（项目编号：⟦XWCG-2024-0356|J⟧）采购需求中设置“须在宣威市设有常驻售后服务网点”的条款，该项目成交供应商为⟦云南康弘医疗器械有限公司|C⟧。采购人的上述行为涉嫌违反《⟦政府采购法|L⟧》第二十二条第二款及《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条的规定。根据《⟦财政部门行政处罚程序规定|L⟧》，我局决定予以立案调查，案件编号为⟦宣财采立〔2026〕5号|N⟧。
　　我局将依法开展调查，处理结果将及时书面告知你院。

　　承办人：⟦张丽萍|P⟧、⟦孔德明|P⟧
　　联系电话：0874-7212xxx

⟦宣威市财政局|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '宣威市人民检察院', '宣威市财政局', '宣检行移〔2026〕3号', '2026年5月11日'),
              ('BID_ON', '云南康弘医疗器械有限公司', 'XWCG-2024-0356')],
        notes=['A 立案告知书 restating the incoming transfer: REFERRED with the sender number and transfer date; 5月13日 is the receipt date.',
               'The case number (案件编号) is DOC_NO (DECISIONS).',
               '承办人 is not a POSITION.',
               'The purchaser hospital is not a bidder.']),
]
