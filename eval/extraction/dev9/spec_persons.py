"""dev9 — seven number-dense and person-dense letters and decisions (hand annotation, inline ⟦text|L⟧ marks).

Places: Inner Mongolia (Hohhot Saihan), Xinjiang (Urumqi Tianshan), Shandong (Jinan Lixia), Jiangsu (Suzhou
Gusu, traditional characters), Chongqing (Yuzhong), Shaanxi (Xi'an Yanta), Gansu (Lanzhou Chengguan). All
persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'PERSON span is the name only: 同志, kin words, form labels (经办人：, 联系人：, 签收人：, 记录：, 委托代理人：) and '
    'phones stay outside. Masked forms keep their masking; 王某, 王某某 and 王** are different persons.',
    'Words that sit where names sit but are not persons (信息, 高新, 文明, 金额, 联络员, 组长 without a post) are '
    'not annotated.',
]

DOCS = [
    dict(
        file='p1-jy-huhehaote-2026.txt', fmt='utf-8', kind='other', violations=[],
        issuer='呼和浩特市赛罕区财政局',
        body='''
赛罕区政府采购联合监管工作会议纪要

⟦2026年3月26日|D⟧，⟦呼和浩特市赛罕区财政局|A⟧⟦局长|T⟧⟦乌日娜|P⟧同志主持召开全区政府采购联合监管工作会议。⟦区市场监督管理局|A⟧⟦副局长|T⟧⟦巴特尔·孟和|P⟧、⟦区公安分局经侦大队|A⟧⟦大队长|T⟧⟦欧阳卫东|P⟧、⟦区审计局|A⟧⟦陈静|P⟧⟦科长|T⟧、⟦区公共资源交易中心|A⟧⟦主任|T⟧⟦斯琴高娃|P⟧参加会议。
会议听取了⟦区财政局政府采购监督管理股|A⟧⟦股长|T⟧⟦王磊|P⟧关于2025年度投诉举报办理情况的汇报：全年受理投诉18件，办结17件，涉及采购金额⟦2,618.37万元|M⟧；向⟦区公安分局|A⟧移送线索2条，向⟦区纪委监委|A⟧移送线索1条。
会议议定：
一、建立信息共享机制，由⟦区公共资源交易中心|A⟧每月向各成员单位推送异常交易信息，联络员为⟦萨仁|P⟧、⟦刘畅|P⟧、⟦那日苏|P⟧。
二、对高新技术企业开展信用评价时，突出文明诚信导向，合同金额超过⟦400万元|M⟧的项目纳入重点监管。
三、⟦区市场监督管理局|A⟧负责建立供应商失信名单，由⟦巴特尔·孟和|P⟧⟦副局长|T⟧牵头落实。
参会人员：⟦乌日娜|P⟧、⟦巴特尔·孟和|P⟧、⟦欧阳卫东|P⟧、⟦陈静|P⟧、⟦斯琴高娃|P⟧、⟦王磊|P⟧
记录：⟦萨仁|P⟧
''',
        rels=[('HOLDS_POSITION', '乌日娜', '局长', '呼和浩特市赛罕区财政局'),
              ('HOLDS_POSITION', '巴特尔·孟和', '副局长', '区市场监督管理局'),
              ('HOLDS_POSITION', '欧阳卫东', '大队长', '区公安分局经侦大队'),
              ('HOLDS_POSITION', '陈静', '科长', '区审计局'),
              ('HOLDS_POSITION', '斯琴高娃', '主任', '区公共资源交易中心'),
              ('HOLDS_POSITION', '王磊', '股长', '区财政局政府采购监督管理股')],
        aliases={},
        notes=COMMON + [
            'Minutes: kind other, issuer the convening bureau. No transfer is made here: 移送线索2条 is a count in a '
            'year report with no date or case, so no REFERRED (decision: statistics are not transfers).',
            'Level-prefixed bodies (区市场监督管理局, 区审计局, 区公安分局, 区纪委监委) are AGENCY; named sub-units are '
            'one maximal span (区公安分局经侦大队, 区财政局政府采购监督管理股) and the posts take them as org.',
            'Name then post (陈静科长, 巴特尔·孟和副局长) and post then name: the same HOLDS_POSITION (one per pair).',
            '区财政局政府采购监督管理股 is not aliased to the bureau: a sub-unit is a different body.',
            '联络员 and 记录 are roles of the meeting, not posts: not POSITION.',
            '2025年度 is year-level: not DATE. No violation is characterised: violations empty.',
        ],
    ),
    dict(
        file='p2-ys-wulumuqi-2026-6.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='乌鲁木齐市天山区财政局',
        body='''
⟦乌鲁木齐市天山区财政局|A⟧
⟦天财购函〔2026〕6号|N⟧
关于移送⟦新疆天润泽建设工程有限公司|C⟧涉嫌提供虚假材料问题线索的函

⟦乌鲁木齐市天山区市场监督管理局|A⟧：
我局在处理天山区老旧供热管网改造工程监理服务采购项目（项目编号：⟦TSCG-2026-0045|J⟧）投诉时查明，投标人⟦新疆天润泽建设工程有限公司|C⟧（⟦法定代表人|T⟧：⟦艾力江·阿不都热依木|P⟧）提交的项目⟦总监理工程师|T⟧⟦买买提江·吐尔逊|P⟧的注册证书系伪造，该公司⟦项目负责人|T⟧⟦古丽娜尔|P⟧、⟦授权代理人|T⟧⟦王某某|P⟧对此知情。⟦评标专家|T⟧⟦张**|P⟧、⟦李某|P⟧、⟦热合曼·阿不力孜|P⟧未能发现。该公司以⟦人民币87.3万元|M⟧中标。
我局已于⟦2026年5月8日|D⟧作出投诉处理决定，认定中标无效。因该公司涉嫌违反市场监管法律法规，现将问题线索移送你局依法处理。
经办人：⟦阿依努尔·艾则孜|P⟧
联系人：⟦杨帆|P⟧（电话：0991-2817436）

⟦乌鲁木齐市天山区财政局|A⟧
⟦2026年5月12日|D⟧
--------------------（回执联）--------------------
⟦天财购函〔2026〕6号|N⟧及附件已收到。
签收单位：⟦乌鲁木齐市天山区市场监督管理局|A⟧
签收人：⟦迪丽拜尔·吾守尔|P⟧
签收日期：⟦2026年5月13日|D⟧
''',
        rels=[('REFERRED', '乌鲁木齐市天山区财政局', '乌鲁木齐市天山区市场监督管理局', '天财购函〔2026〕6号', '2026年5月12日'),
              ('BID_ON', '新疆天润泽建设工程有限公司', 'TSCG-2026-0045'),
              ('LEGAL_REP', '艾力江·阿不都热依木', '新疆天润泽建设工程有限公司'),
              ('HOLDS_POSITION', '艾力江·阿不都热依木', '法定代表人', '新疆天润泽建设工程有限公司'),
              ('HOLDS_POSITION', '买买提江·吐尔逊', '总监理工程师', '新疆天润泽建设工程有限公司'),
              ('HOLDS_POSITION', '古丽娜尔', '项目负责人', '新疆天润泽建设工程有限公司'),
              ('HOLDS_POSITION', '王某某', '授权代理人', '新疆天润泽建设工程有限公司'),
              ('HOLDS_POSITION', '张**', '评标专家', None),
              ('HOLDS_POSITION', '李某', '评标专家', None),
              ('HOLDS_POSITION', '热合曼·阿不力孜', '评标专家', None)],
        aliases={},
        notes=COMMON + [
            'Uyghur names with · are one span; 古丽娜尔 without · is one span.',
            'The tear-off receipt (回执联) is filled in by the receiver: 签收人：迪丽拜尔·吾守尔 is PERSON; the 签收日期 '
            'is not the transfer date (the letter\'s signature date is).',
            '杨帆 (two characters, both common words) is a PERSON after 联系人：; the phone in brackets stays outside.',
            '评标专家 shared by a 、 list: one HOLDS_POSITION each, org null (dev7).',
            'The complaint decision (中标无效) is not a sanction: no PENALIZED.',
        ],
    ),
    dict(
        file='p3-cf-jinan-2026-23.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='济南市历下区财政局',
        body='''
⟦济南市历下区财政局|A⟧
行政处罚决定书
⟦历财罚决字〔2026〕23号|N⟧

当事人：⟦山东泉城鑫源科技有限公司|C⟧
统一社会信用代码：91370102MA3C8K7Q2N
⟦法定代表人|T⟧：⟦王某某|P⟧
地址：济南市历下区经十路10087号

⟦2026年2月9日|D⟧，我局收到⟦山东齐鲁华信信息技术有限公司|C⟧对历下区中小学智慧黑板采购项目（项目编号：⟦LXZC2026-012|J⟧、⟦LXZC2026-012-2|J⟧）的投诉。经查，当事人在两个标包中均提交了加盖“⟦济南市历下区教育和体育局|A⟧”印章的业绩证明，合同金额分别为⟦1,350,000元|M⟧和⟦968,400元|M⟧，经向该局核实均系伪造。当事人⟦总经理|T⟧⟦王**|P⟧、⟦投标授权代表|T⟧⟦王某|P⟧对此供认不讳。
以上事实有投标文件、⟦历下区教体局|A⟧⟦2026年2月27日|D⟧出具的《情况说明》、询问笔录等证据证明。
当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。根据该规定，我局决定对当事人作出如下处罚：
一、处以采购金额千分之五的罚款，计⟦人民币11,592.00元|M⟧（⟦1,350,000元|M⟧与⟦968,400元|M⟧之和⟦2,318,400元|M⟧的千分之五）；
二、列入不良行为记录名单，一年内禁止参加政府采购活动。
当事人如不服本决定，可在收到本决定书之日起60日内向⟦济南市历下区人民政府|A⟧申请行政复议，或在6个月内向⟦济南铁路运输法院|A⟧提起行政诉讼。

⟦济南市历下区财政局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[('PENALIZED', '济南市历下区财政局', '山东泉城鑫源科技有限公司'),
              ('LEGAL_REP', '王某某', '山东泉城鑫源科技有限公司'),
              ('HOLDS_POSITION', '王某某', '法定代表人', '山东泉城鑫源科技有限公司'),
              ('HOLDS_POSITION', '王**', '总经理', '山东泉城鑫源科技有限公司'),
              ('HOLDS_POSITION', '王某', '投标授权代表', '山东泉城鑫源科技有限公司'),
              ('BID_ON', '山东泉城鑫源科技有限公司', 'LXZC2026-012'),
              ('BID_ON', '山东泉城鑫源科技有限公司', 'LXZC2026-012-2')],
        aliases={'历下区教体局': '济南市历下区教育和体育局'},
        notes=COMMON + [
            'Three masked persons of one company, 王某某 (法定代表人), 王** (总经理), 王某 (投标授权代表): three PERSON '
            'entities, never nested. 当事人 is a procedural role, not POSITION; 当事人总经理 = the company\'s 总经理.',
            'The bureau name inside the quoted seal text is annotated (a name in an unlabelled expression).',
            'Two lot numbers LXZC2026-012 and LXZC2026-012-2: PROJECT_NO each, BID_ON each.',
            'The credit code, the address and 千分之五 are not annotated; each repeated amount is annotated at '
            'every occurrence.',
            '《情况说明》 is a case document, not LAW. The complaining company is not said to have bid: no BID_ON.',
        ],
    ),
    dict(
        file='p4-tb-suzhou-2026-fanti.txt', fmt='utf-8', kind='discipline_notice',
        violations=['interference', 'bribery', 'abuse_of_power', 'no_procurement', 'other'],
        issuer='中共蘇州市姑蘇區紀律檢查委員會',
        body='''
⟦中共蘇州市姑蘇區紀律檢查委員會|A⟧
⟦蘇州市姑蘇區監察委員會|A⟧
關於三起政府採購領域違紀違法典型問題的通報
⟦姑紀通〔2026〕5號|N⟧

一、⟦姑蘇區住房和城鄉建設局|A⟧⟦原黨組成員|T⟧、⟦副局長|T⟧⟦司馬曉峰|P⟧違規插手干預工程招標問題。2024年至2025年，⟦司馬曉峰|P⟧利用職務便利，多次向評標專家打招呼，幫助⟦蘇州吳越古建園林工程有限公司|C⟧中標3個項目，合同金額共計⟦1,862萬元|M⟧，收受該公司⟦實際控制人|T⟧⟦顧某某|P⟧所送購物卡⟦8.6萬元|M⟧。⟦2026年4月|D⟧，經⟦區紀委常委會|A⟧研究，給予⟦司馬曉峰|P⟧開除黨籍處分。
二、⟦姑蘇區平江街道辦事處財政所|A⟧⟦所長|T⟧⟦歐陽靜|P⟧不正確履行職責問題。⟦歐陽靜|P⟧在街道綠化養護項目採購中未按規定組織採購，直接委託⟦蘇州市綠信園藝有限公司|C⟧實施，涉及金額⟦46.8萬元|M⟧。⟦區紀委|A⟧給予⟦歐陽靜|P⟧黨內警告處分。
三、⟦姑蘇區公共資源交易中心|A⟧⟦工作人員|T⟧⟦陸某|P⟧洩露投標人信息問題。⟦陸某|P⟧向他人透露已獲取招標文件的潛在投標人名稱及聯繫方式。⟦區監委|A⟧給予⟦陸某|P⟧政務記過處分。
全區黨員幹部要引以為戒。

⟦中共蘇州市姑蘇區紀律檢查委員會|A⟧
⟦蘇州市姑蘇區監察委員會|A⟧
⟦2026年5月8日|D⟧
''',
        rels=[('PENALIZED', '區紀委常委會', '司馬曉峰'),
              ('PENALIZED', '中共蘇州市姑蘇區紀律檢查委員會', '歐陽靜'),
              ('PENALIZED', '蘇州市姑蘇區監察委員會', '陸某'),
              ('HOLDS_POSITION', '司馬曉峰', '原黨組成員', '姑蘇區住房和城鄉建設局'),
              ('HOLDS_POSITION', '司馬曉峰', '副局長', '姑蘇區住房和城鄉建設局'),
              ('HOLDS_POSITION', '顧某某', '實際控制人', '蘇州吳越古建園林工程有限公司'),
              ('HOLDS_POSITION', '歐陽靜', '所長', '姑蘇區平江街道辦事處財政所'),
              ('HOLDS_POSITION', '陸某', '工作人員', '姑蘇區公共資源交易中心')],
        aliases={'區紀委': '中共蘇州市姑蘇區紀律檢查委員會', '區監委': '蘇州市姑蘇區監察委員會'},
        notes=COMMON + [
            'Traditional characters, annotated as written.',
            '原黨組成員、副局長 are two POSITION spans, each linked to 司馬曉峰.',
            '經區紀委常委會研究，給予…: the deciding body 區紀委常委會 is the PENALIZED source (GUIDELINES multi-stage); '
            'it is a separate AGENCY, not aliased to the 紀委.',
            '姑蘇區平江街道辦事處財政所 is a named sub-unit: one maximal AGENCY span, the 所長\'s org.',
            '評標專家 has nobody attached here: not POSITION. 黨員幹部 is not a person.',
            'Violations: interference (打招呼), bribery (收受購物卡), abuse_of_power (不正確履行職責), no_procurement '
            '(未按規定組織採購), other (洩露投標人信息).',
            'Issuer: the first-listed body of the joint notice.',
        ],
    ),
    dict(
        file='p5-ts-chongqing-2026-7.docx', fmt='docx', kind='complaint_decision', violations=['other'],
        issuer='重庆市渝中区财政局',
        body='''⟦重庆市渝中区财政局|A⟧
政府采购投诉处理决定书
⟦渝中财采投〔2026〕7号|N⟧
投诉人：⟦重庆巴渝智联科技有限公司|C⟧
⟦法定代表人|T⟧：⟦张某某|P⟧
委托代理人：⟦刘**|P⟧
被投诉人：⟦重庆市渝中区人民医院|A⟧
相关供应商：⟦重庆山城云图信息技术有限公司|C⟧
投诉人参加了⟦渝中区人民医院|A⟧智慧病房信息系统采购项目（项目编号：⟦YZZC-2026-H021|J⟧）的投标，因对中标结果不满，于⟦2026年6月3日|D⟧向我局提起投诉。投诉人称：中标供应商⟦重庆山城云图信息技术有限公司|C⟧拟派⟦项目经理|T⟧⟦马某|P⟧同时在其他在建项目中担任⟦项目经理|T⟧，且评审专家对投诉人的技术方案评分明显偏低。
我局调取了评审资料，并询问了⟦评审专家|T⟧⟦王某|P⟧、⟦赵某某|P⟧和⟦钱**|P⟧。经查，⟦马某|P⟧原在建项目已于⟦2026年4月30日|D⟧竣工验收，不存在同时担任两个在建项目⟦项目经理|T⟧的情形；评审专家评分在评审标准范围内，未发现错误。中标金额为⟦人民币3,286,000元|M⟧。
根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项的规定，投诉事项缺乏事实依据，驳回投诉。
投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦重庆市渝中区人民政府|A⟧申请行政复议，或者在6个月内向⟦重庆市渝中区人民法院|A⟧提起行政诉讼。
经办人：⟦公孙婷|P⟧（电话：023-63891275）
⟦重庆市渝中区财政局|A⟧
⟦2026年7月1日|D⟧''',
        rels=[('LEGAL_REP', '张某某', '重庆巴渝智联科技有限公司'),
              ('HOLDS_POSITION', '张某某', '法定代表人', '重庆巴渝智联科技有限公司'),
              ('HOLDS_POSITION', '马某', '项目经理', '重庆山城云图信息技术有限公司'),
              ('HOLDS_POSITION', '王某', '评审专家', None),
              ('HOLDS_POSITION', '赵某某', '评审专家', None),
              ('HOLDS_POSITION', '钱**', '评审专家', None),
              ('BID_ON', '重庆巴渝智联科技有限公司', 'YZZC-2026-H021'),
              ('BID_ON', '重庆山城云图信息技术有限公司', 'YZZC-2026-H021')],
        aliases={'渝中区人民医院': '重庆市渝中区人民医院'},
        unmarked=['评审专家'],
        notes=COMMON + [
            '委托代理人 is a procedural role: not POSITION; 刘** is PERSON.',
            '渝中区人民医院 inside the project name (written without 重庆市) is AGENCY, aliased to the 被投诉人 '
            '重庆市渝中区人民医院 (GUIDELINES 2.3, 2.9).',
            '评审专家 is POSITION only where attached to the named experts (询问了评审专家王某、赵某某和钱**); the two '
            'bare 评审专家 (a committee\'s experts in general) are left unannotated (listed in unmarked).',
            '项目经理 is attached to 马某 at each mention (拟派项目经理马某; 担任项目经理): one HOLDS_POSITION.',
            'The complainant states it bid (投诉人参加了…投标): BID_ON for it, and for the winning supplier.',
            'A dismissal of the complaint is not PENALIZED. Violations: the allegation (项目经理在岗 / scoring) is other.',
            'Compound surname 公孙婷 with a phone in brackets after 经办人：.',
        ],
    ),
    dict(
        file='p6-tb-xian-2026-31.txt', fmt='gb18030', kind='penalty_decision', violations=['other'],
        issuer='西安市雁塔区财政局',
        body='''
⟦西安市雁塔区财政局|A⟧
关于2026年第一季度政府采购代理机构监督检查情况的通报
⟦雁财采〔2026〕31号|N⟧

各采购人、采购代理机构：
根据《⟦政府采购代理机构管理暂行办法|L⟧》，⟦2026年3月2日|D⟧至⟦3月20日|D⟧，我局会同⟦区审计局|A⟧、⟦区市场监管局|A⟧对⟦陕西长安诚信招标有限公司|C⟧、⟦西安曲江华泰项目管理有限公司|C⟧、⟦陕西秦川工程咨询有限公司|C⟧等3家代理机构开展了联合检查。检查由⟦区财政局|A⟧⟦副局长|T⟧⟦上官文博|P⟧同志带队，参加人员为⟦樊璐|P⟧、⟦宁浩|P⟧、⟦独孤晓雯|P⟧、⟦白玛|P⟧同志。
检查发现：⟦陕西长安诚信招标有限公司|C⟧代理的雁塔区文明城市创建宣传服务项目（⟦YTCG2026-007|J⟧）中，该公司⟦项目负责人|T⟧⟦贺某|P⟧擅自修改评审结果，涉及金额⟦58.2万元|M⟧；⟦西安曲江华泰项目管理有限公司|C⟧未按规定保存采购文件。
根据检查结果，我局决定：对⟦陕西长安诚信招标有限公司|C⟧给予警告，并处罚款⟦人民币3万元|M⟧；责令⟦西安曲江华泰项目管理有限公司|C⟧限期改正。⟦陕西秦川工程咨询有限公司|C⟧未发现问题。
联系人：⟦宁浩|P⟧　029-85362214

⟦西安市雁塔区财政局|A⟧
⟦2026年4月3日|D⟧
''',
        rels=[('PENALIZED', '西安市雁塔区财政局', '陕西长安诚信招标有限公司'),
              ('PENALIZED', '西安市雁塔区财政局', '西安曲江华泰项目管理有限公司'),
              ('HOLDS_POSITION', '上官文博', '副局长', '西安市雁塔区财政局'),
              ('HOLDS_POSITION', '贺某', '项目负责人', '陕西长安诚信招标有限公司')],
        aliases={'区财政局': '西安市雁塔区财政局'},
        notes=COMMON + [
            'A regulator\'s 通报 that imposes sanctions (警告, 罚款, 责令改正): kind penalty_decision (GUIDELINES: '
            'sanctioning 通报).',
            '3月20日 after 至 is a separate DATE (range ends). 2026年第一季度 is not DATE.',
            'Compound surnames 上官, 独孤; two-character names 樊璐, 宁浩, 白玛 (Tibetan) in a 、 list ending in 同志.',
            '文明城市 inside a project name is not a name. The agent manages, it did not bid: no BID_ON.',
            'The inspected firm without findings is not PENALIZED.',
        ],
    ),
    dict(
        file='p7-xzdc-lanzhou-2026-4.txt', fmt='utf-8', kind='other', violations=[],
        issuer='兰州市城关区财政局',
        body='''
⟦兰州市城关区财政局|A⟧
⟦城财函〔2026〕4号|N⟧
关于商请协助调查有关企业人员社会保险缴纳情况的函

⟦兰州市城关区人力资源和社会保障局|A⟧：
我局在办理城关区公办幼儿园保育服务采购项目（项目编号：⟦CGZC[2026]015|J⟧）投诉案件中，需核实投标人⟦甘肃陇原金城物业服务有限公司|C⟧拟派驻人员的社会保险缴纳情况。拟派驻人员名单如下：⟦马某某|P⟧、⟦马俊|P⟧、⟦者永红|P⟧、⟦妥建华|P⟧、⟦喇某|P⟧。该公司⟦法定代表人|T⟧⟦马占福|P⟧称上述人员均自⟦2025年10月|D⟧起在该公司连续缴纳社保，项目金额⟦人民币162万元|M⟧。
请贵局协助查询上述人员⟦2025年10月|D⟧至⟦2026年3月|D⟧的社会保险缴纳单位，并于⟦2026年4月17日|D⟧前函复我局。
我局⟦金明|P⟧、⟦安宁|P⟧两名同志将持本函前往办理，请予接洽。
联系人：⟦金明|P⟧（电话：0931-8461235）

⟦兰州市城关区财政局|A⟧
签发人：⟦祁永胜|P⟧
⟦2026年4月9日|D⟧
''',
        rels=[('BID_ON', '甘肃陇原金城物业服务有限公司', 'CGZC[2026]015'),
              ('LEGAL_REP', '马占福', '甘肃陇原金城物业服务有限公司'),
              ('HOLDS_POSITION', '马占福', '法定代表人', '甘肃陇原金城物业服务有限公司')],
        aliases={},
        notes=COMMON + [
            'Assistance request (协助调查函): not REFERRED (dev6/dev8).',
            'CGZC[2026]015 has a document-number shape but is the value of 项目编号：: PROJECT_NO.',
            '安宁 is a person here (我局金明、安宁两名同志), although 安宁 is also a district of Lanzhou: PERSON.',
            'Hui surnames 马, 者, 妥, 喇 (two- and three-character names, one masked 喇某) in a 、 list.',
            'No violation is characterised in the request: violations empty.',
            '签发人：祁永胜 in the signature block: PERSON; 签发人 is a form label, not POSITION.',
        ],
    ),
]
