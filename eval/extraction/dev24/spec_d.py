"""dev24 — documents d1–d6: 审计报告 / 审计结果公告 excerpts (d1–d3) and 纪委 通报 of typical cases (d4–d6).
Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

DOCS = [
    dict(
        file='d1-sjgg-huinong-sjj-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'collusion', 'other'],
        issuer='惠农区审计局',
        body='''
惠农区2025年度区级预算执行和其他财政收支审计结果公告
（⟦惠农区审计局|A⟧　⟦2026年2月10日|D⟧公告）
　　……
　　四、审计移送的违纪违法问题线索情况
　　审计发现并移送违纪违法问题线索4起，涉及金额⟦2683.5万元|M⟧，已按规定移送有关部门处理：
　　（一）⟦惠农区教育局|A⟧下属学校校服采购规避公开招标问题，已于⟦2025年8月26日|D⟧移送⟦惠农区纪委监委|A⟧；
　　（二）⟦宁夏北岸商贸有限公司|C⟧等3家企业在区直机关办公设备采购中涉嫌串通投标问题，已移送⟦惠农区公安分局|A⟧（⟦惠审移〔2025〕7号|N⟧）；
　　（三）⟦惠农区园艺镇人民政府|A⟧工程款超付问题，已移送⟦惠农区财政局|A⟧，后者已责令该镇追回超付资金⟦47.2万元|M⟧；
　　（四）⟦惠农区卫生健康局|A⟧医疗设备采购中供应商虚假承诺问题，拟移送⟦惠农区财政局|A⟧，目前正在补充取证。
　　对审计指出的问题，⟦惠农区人民政府|A⟧已责成有关部门和单位整改，整改情况由⟦区审计局|A⟧跟踪检查，并向⟦区人大常委会|A⟧报告。
''',
        rels=[
            ('REFERRED', '惠农区审计局', '惠农区纪委监委', None, '2025年8月26日'),
            ('REFERRED', '惠农区审计局', '惠农区公安分局', '惠审移〔2025〕7号'),
            ('REFERRED', '惠农区审计局', '惠农区财政局'),
            ('PENALIZED', '惠农区财政局', '惠农区园艺镇人民政府'),
        ],
        aliases={'区审计局': '惠农区审计局'},
        notes=['Audit result announcement; issuer named in the date line. Each 已移送 item → REFERRED from the audit office.',
               'Item 4 拟移送 → no relation (planned). 移送有关部门处理 in the summary line: generic, the same items → none.',
               '责令追回超付资金 by the finance bureau → PENALIZED (责令改正 type decision, doubtful). 向区人大常委会报告 → none.',
               'The prefecture (named by another set) is left out on purpose: district-level names only (惠农区…).',
               'Violations: no_procurement (规避公开招标), other (超付, 虚假承诺 not in a bid); 串通投标 item → collusion too.'],
    ),
]

DOCS += [
    dict(
        file='d2-sjbg-xiangzhou-sjj-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'bribery'],
        issuer=None,
        body='''
关于⟦象州县交通运输局|A⟧2023年至2025年预算执行情况的审计报告（节选）
⟦象审报〔2026〕5号|N⟧

⟦象州县交通运输局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》规定，我局派出审计组，自⟦2025年11月3日|D⟧至⟦12月19日|D⟧，对你局2023年至2025年预算执行情况进行了审计。……
　　三、审计发现的主要问题
　　（二）政府采购和工程建设方面
　　1.规避公开招标。2024年，你局将象州县村道安防工程拆分为5个合同，分别直接委托⟦广西象江交通设施有限公司|C⟧等3家企业实施，合同金额合计⟦386.4万元|M⟧。
　　2.……
　　四、审计处理意见和建议
　　对上述第1项问题，鉴于相关人员可能存在利益输送，我局已将问题线索移送⟦象州县纪委监委|A⟧；对第2项问题，依据《⟦广西壮族自治区审计条例|L⟧》，我局将另行移送⟦象州县财政局|A⟧依法处理，请你局积极配合。
　　本报告抄送⟦象州县人民政府|A⟧、⟦象州县财政局|A⟧。
''',
        rels=[],
        implicit=[
            dict(type='REFERRED', **{'from': None}, to='象州县纪委监委', null_endpoint_mention='我局'),
        ],
        notes=['The audit office issues the report and calls itself only 我局: issuer null; its transfer to the 纪委监委 is implicit with '
               'from null. The title names the audited bureau, not the issuer.',
               '我局将另行移送象州县财政局: future (将另行移送) → no relation. 抄送 → none.',
               'Addressee line and 你局 = 象州县交通运输局; 2023年至2025年 / 2024年 are year-level: not DATE. The project name 象州县村道安防工程 '
               'carries no agency.',
               'Violations: no_procurement (拆分, 直接委托), bribery (利益输送 clue, doubtful).'],
    ),
]

DOCS += [
    dict(
        file='d3-sjgg-shache-ggzy-2026-1.txt', fmt='utf-8', kind='other', violations=['collusion', 'other'],
        issuer='莎车县审计局',
        body='''
⟦莎车县审计局|A⟧关于⟦莎车县公共资源交易中心|A⟧主要负责人经济责任审计结果的公告
⟦莎审公告〔2026〕1号|N⟧

　　⟦2025年10月|D⟧至12月，⟦莎车县审计局|A⟧对⟦莎车县公共资源交易中心|A⟧（以下简称⟦县交易中心|A⟧）⟦原主任|T⟧⟦艾某某·买买提|P⟧任职期间经济责任履行情况进行了审计。
　　一、审计发现的主要问题
　　（一）异常线索移送不及时。审计抽查发现，⟦县交易中心|A⟧系统在⟦2024年3月|D⟧至⟦2025年6月|D⟧间预警疑似串通投标项目7个，该中心仅移送2个，且平均移送时间为预警后48天。其中，⟦莎车县二中|A⟧教学楼维修项目预警后，该中心于⟦2024年9月5日|D⟧将线索移送⟦莎车县教育局|A⟧，该局认为不属于其监管范围予以退回，⟦县交易中心|A⟧此后未再移送任何部门。
　　（二）……
　　二、审计处理情况
　　对上述问题，⟦莎车县审计局|A⟧已出具审计报告，责令⟦县交易中心|A⟧整改；并于⟦2026年1月12日|D⟧以⟦莎审移〔2026〕1号|N⟧将5个未移送项目的线索直接移送⟦莎车县发展和改革委员会|A⟧，同时将原主任履职不力问题移送⟦莎车县纪委监委|A⟧。⟦莎车县发展和改革委员会|A⟧已对其中3个项目立案调查，并将涉嫌犯罪的1个项目线索转交⟦莎车县公安局|A⟧。
''',
        rels=[
            ('REFERRED', '莎车县公共资源交易中心', '莎车县教育局', None, '2024年9月5日'),
            ('REFERRED', '莎车县审计局', '莎车县发展和改革委员会', '莎审移〔2026〕1号', '2026年1月12日'),
            ('REFERRED', '莎车县审计局', '莎车县纪委监委', '莎审移〔2026〕1号', '2026年1月12日'),
            ('REFERRED', '莎车县发展和改革委员会', '莎车县公安局'),
            ('PENALIZED', '莎车县审计局', '莎车县公共资源交易中心'),
            ('HOLDS_POSITION', '艾某某·买买提', '原主任', '莎车县公共资源交易中心'),
        ],
        aliases={'县交易中心': '莎车县公共资源交易中心'},
        unmarked=['原主任'],
        notes=['A transfer that was returned: the 交易中心 → 教育局 hand-over happened (REFERRED, dated); the 退回 is none.',
               '该中心仅移送2个 / 未再移送 / 5个未移送项目: statements about (missing) transfers, no extra relation.',
               'One sentence, two receivers (并于…以X号…移送A，同时…移送B) → both carry the number and the date (doubtful for the second).',
               '原主任 (原 adjacent) is POSITION where attached to the named person; the later bare 原主任履职不力 is not attached: unmarked.',
               '莎车县二中 inside a project name → AGENCY (a school, short name).',
               '责令整改 by the audit office → PENALIZED (a handling decision, doubtful). 2025年10月至12月: 12月 month-only, not DATE.',
               'Violations: collusion (suspected), other (移送不及时 by a trading centre).'],
    ),
]

DOCS += [
    dict(
        file='d4-tb-wudu-jwjw-dxal-2026.html', fmt='html', kind='discipline_notice', violations=['bribery', 'interference', 'collusion', 'other'],
        issuer='武都区纪委监委',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>武都区纪委监委通报3起工程建设和政府采购领域典型问题</title>
<style>p{text-indent:2em}</style></head>
<body>
<div class="crumb">当前位置：首页 &gt; 通报曝光</div>
<h2>⟦武都区纪委监委|A⟧通报3起工程建设和政府采购领域典型问题</h2>
<div class="meta">发布时间：⟦2026-04-22|D⟧　来源：⟦武都区纪委监委宣传部|A⟧</div>
<p>为进一步严明纪律，现将近期查处的3起典型问题通报如下：</p>
<p>1.⟦武都区住房和城乡建设局|A⟧⟦原党组书记|T⟧、⟦局长|T⟧⟦马某某|P⟧收受财物、违规干预工程招标问题。2019年至2024年，⟦马某某|P⟧利用职务便利，为⟦武都鑫源建筑工程有限公司|C⟧等企业承揽工程提供帮助，收受财物共计⟦152万元|M⟧。该问题线索由⟦甘肃省审计厅|A⟧在经济责任审计中发现，于⟦2025年4月|D⟧移送⟦甘肃省纪委监委|A⟧，后者指定⟦武都区纪委监委|A⟧审查调查。⟦2025年12月|D⟧，⟦马某某|P⟧受到开除党籍、开除公职处分，其涉嫌受贿犯罪问题被移送检察机关依法审查起诉。</p>
<p>2.⟦武都区汉王镇人民政府|A⟧⟦副镇长|T⟧⟦吕某|P⟧违规插手村级项目问题。⟦吕某|P⟧授意汉王镇某村将村组道路项目交由其亲属挂靠的企业承建。⟦2026年1月|D⟧，经⟦武都区纪委常委会|A⟧会议研究，给予⟦吕某|P⟧党内严重警告处分。该案线索系⟦武都区财政局|A⟧在“一事一议”项目检查中发现后，通过⟦区纪委监委驻区财政局纪检监察组|A⟧转交。</p>
<p>3.⟦武都区公共资源交易中心|A⟧⟦工作人员|T⟧⟦杜某某|P⟧泄露评标信息问题。⟦杜某某|P⟧向投标人透露其他投标人名单，导致多家企业串通投标。该问题由⟦武都区发展和改革局|A⟧在查处串通投标案件时发现并移送。⟦杜某某|P⟧受到政务撤职处分。</p>
<p>上述案例中，⟦武都鑫源建筑工程有限公司|C⟧涉嫌行贿问题，原本应由审查调查组一并移送，但因证据不足暂未移送。</p>
</body></html>
''',
        rels=[
            ('REFERRED', '甘肃省审计厅', '甘肃省纪委监委', None, '2025年4月'),
            ('REFERRED', '武都区财政局', '武都区纪委监委'),
            ('REFERRED', '武都区发展和改革局', '武都区纪委监委'),
            ('PENALIZED', '武都区纪委常委会', '吕某'),
            ('HOLDS_POSITION', '马某某', '原党组书记', '武都区住房和城乡建设局'),
            ('HOLDS_POSITION', '马某某', '局长', '武都区住房和城乡建设局'),
            ('HOLDS_POSITION', '吕某', '副镇长', '武都区汉王镇人民政府'),
            ('HOLDS_POSITION', '杜某某', '工作人员', '武都区公共资源交易中心'),
        ],
        implicit=[
            dict(type='REFERRED', **{'from': '武都区纪委监委'}, to=None, null_endpoint_mention='检察机关'),
        ],
        notes=['HTML page of a 纪委监委 通报; issuer the 纪委监委 (heading). 来源 sub-unit 宣传部 is one maximal span.',
               '审计厅 → 省纪委监委 (dated 2025年4月); 后者指定武都区纪委监委审查调查 is a designation: not REFERRED.',
               'Case 2: 财政局 found it and 通过区纪委监委驻区财政局纪检监察组转交: REFERRED 财政局 → 武都区纪委监委 (the relay is the '
               '纪委监委\'s own stationed group, so group → 纪委监委 is inside one body: none). Date not stated (2026年1月 is the decision).',
               'Case 3: 发现并移送 with no receiver written; receiver inferred as the notice issuer that handled the case (doubtful).',
               '被移送检察机关 (passive, generic receiver) → implicit from the case-handling 武都区纪委监委, to null.',
               'Passive 受到…处分 without agent (cases 1 and 3) → not PENALIZED; 经武都区纪委常委会会议研究，给予 → PENALIZED.',
               '应由…一并移送，但…暂未移送 → none. 2019年至2024年 year-level: not DATE. 汉王镇 alone is a place.',
               'Violations: bribery, interference (插手/干预), collusion, other (泄露评标信息).'],

    ),
]

DOCS += [
    dict(
        file='d5-tb-zhenning-jw-2026-3.txt', fmt='gb18030', kind='discipline_notice', violations=['bribery', 'no_procurement', 'abuse_of_power'],
        issuer='中共镇宁布依族苗族自治县纪律检查委员会',
        body='''
⟦中共镇宁布依族苗族自治县纪律检查委员会|A⟧
⟦镇宁布依族苗族自治县监察委员会|A⟧
关于3起群众身边不正之风和腐败问题典型案例的通报
⟦镇纪通〔2026〕3号|N⟧

各乡（镇、街道）党（工）委，县直各部门党组（党委）：
　　一、⟦镇宁自治县丁旗街道办事处|A⟧⟦原副主任|T⟧⟦王某某|P⟧违规采购、收受回扣问题。⟦2023年3月|D⟧至⟦2024年9月|D⟧，⟦王某某|P⟧在负责街道办公用品及防疫物资采购中，未履行政府采购程序，直接向⟦镇宁县兴达商贸有限公司|C⟧采购物资⟦97.6万元|M⟧，收受该公司⟦负责人|T⟧⟦韦某|P⟧回扣⟦8.4万元|M⟧。该线索由⟦镇宁自治县审计局|A⟧移送，经⟦县纪委监委|A⟧立案审查调查，⟦2026年2月|D⟧，⟦王某某|P⟧受到撤销党内职务、政务撤职处分，违纪所得予以收缴。
　　二、⟦镇宁自治县卫生健康局|A⟧在乡镇卫生院设备采购监管中失职问题。⟦县财政局|A⟧在监督检查中发现，该局下属6家乡镇卫生院连续两年分批采购同类设备规避招标，⟦县财政局|A⟧于⟦2025年10月28日|D⟧将上述问题及卫生健康局监管失职线索移交⟦县纪委监委|A⟧，后者经调查，给予该局分管⟦副局长|T⟧⟦罗某某|P⟧诫勉谈话处理，对该局党组进行通报批评。
　　三、⟦镇宁自治县六马镇人民政府财政所|A⟧⟦所长|T⟧⟦岑某|P⟧套取财政资金问题。……本案系⟦镇宁自治县公安局|A⟧在侦办⟦贵州黔岭建材有限公司|C⟧虚开发票案时发现，⟦2025年11月|D⟧移交⟦县监委|A⟧。⟦岑某|P⟧涉嫌贪污犯罪问题已移送⟦镇宁自治县人民检察院|A⟧审查起诉。
　　各级党组织要以案为鉴……
⟦中共镇宁布依族苗族自治县纪律检查委员会|A⟧
⟦镇宁布依族苗族自治县监察委员会|A⟧
⟦2026年3月5日|D⟧
''',
        rels=[
            ('REFERRED', '镇宁自治县审计局', '县纪委监委'),
            ('REFERRED', '县财政局', '县纪委监委', None, '2025年10月28日'),
            ('REFERRED', '镇宁自治县公安局', '镇宁布依族苗族自治县监察委员会', None, '2025年11月'),
            ('REFERRED', '镇宁布依族苗族自治县监察委员会', '镇宁自治县人民检察院'),
            ('PENALIZED', '县纪委监委', '罗某某'),
            ('HOLDS_POSITION', '王某某', '原副主任', '镇宁自治县丁旗街道办事处'),
            ('HOLDS_POSITION', '韦某', '负责人', '镇宁县兴达商贸有限公司'),
            ('HOLDS_POSITION', '罗某某', '副局长', '镇宁自治县卫生健康局'),
            ('HOLDS_POSITION', '岑某', '所长', '镇宁自治县六马镇人民政府财政所'),
        ],
        aliases={'县监委': '镇宁布依族苗族自治县监察委员会'},
        notes=['GB18030. Joint 纪委 + 监委 notice; issuer the 纪委 (first-listed). 县纪委监委 (the joint body, level-prefixed) is kept as its '
               'own name, not aliased to either full name (doubtful); 县监委 → the 监察委员会.',
               'Case 1: 该线索由审计局移送，经县纪委监委立案 → 审计局 → 县纪委监委, date null. 受到…处分 without agent → not PENALIZED.',
               'Case 2: 移交 dated 2025年10月28日; 后者 (= 县纪委监委) 给予诫勉谈话处理 → PENALIZED (doubtful, as b6). 通报批评 of a 党组 '
               '(not annotated) → none.',
               'Case 3: police → 县监委 (2025年11月); the passive 已移送检察院审查起诉 → the case-handling 监察委员会 → the procuratorate.',
               '六马镇人民政府财政所: named sub-unit, one maximal span. Distributive addressees are not annotated.',
               'Violations: bribery (回扣), no_procurement (未履行政府采购程序, 分批规避招标), abuse_of_power (监管失职).'],

    ),
]

DOCS += [
    dict(
        file='d6-tb-yanggao-jwjw-2026.txt', fmt='utf-8', kind='discipline_notice', violations=['bribery', 'collusion', 'abuse_of_power', 'other'],
        issuer='阳高县纪委监委',
        body='''
⟦阳高县纪委监委|A⟧关于公共资源交易领域典型问题的通报

　　近期，⟦县纪委监委|A⟧联合⟦县审计局|A⟧、⟦县公安局|A⟧，查处了一批公共资源交易领域违纪违法问题。现将其中3起典型问题通报如下。
　　一、⟦阳高县农业农村局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦冯某|P⟧收受投标人财物问题。⟦县审计局|A⟧在审计中发现该局高标准农田项目中标单位集中、多个标段报价雷同等问题，形成线索后于⟦2025年6月18日|D⟧移送⟦县纪委监委|A⟧。经查，⟦冯某|P⟧收受⟦山西塞北农建工程有限公司|C⟧⟦实际控制人|T⟧⟦尚某某|P⟧财物⟦63万元|M⟧。经⟦县纪委常委会|A⟧会议研究并报⟦县委|A⟧批准，给予⟦冯某|P⟧开除党籍处分；由⟦县监委|A⟧给予其开除公职处分，将其涉嫌受贿犯罪问题移送⟦阳高县人民检察院|A⟧依法审查起诉。⟦尚某某|P⟧涉嫌串通投标、行贿问题，由⟦县纪委监委|A⟧移交⟦县公安局|A⟧，经后者立案侦查后，移送⟦县检察院|A⟧审查起诉。
　　二、⟦阳高县公共资源交易中心|A⟧⟦原副主任|T⟧⟦葛某|P⟧违规泄露标底问题。该线索系⟦县公安局|A⟧在侦办上述串通投标案中发现，经该局转交⟦县纪委监委|A⟧。⟦葛某|P⟧受到党内严重警告、政务降级处分。
　　三、⟦阳高县罗文皂镇人民政府|A⟧⟦原镇长|T⟧⟦邢某某|P⟧在项目监管中失职失责问题。……对于该问题，⟦县财政局|A⟧曾于⟦2024年8月|D⟧发现，但仅向⟦县政府|A⟧报告，未按规定移送纪检监察机关。
⟦中共阳高县纪律检查委员会|A⟧　⟦阳高县监察委员会|A⟧
⟦2026年4月30日|D⟧
''',
        rels=[
            ('REFERRED', '县审计局', '阳高县纪委监委', None, '2025年6月18日'),
            ('REFERRED', '阳高县监察委员会', '阳高县人民检察院'),
            ('REFERRED', '阳高县纪委监委', '县公安局'),
            ('REFERRED', '县公安局', '阳高县人民检察院'),
            ('REFERRED', '县公安局', '阳高县纪委监委'),
            ('PENALIZED', '县纪委常委会', '冯某'),
            ('PENALIZED', '阳高县监察委员会', '冯某'),
            ('HOLDS_POSITION', '冯某', '党组书记', '阳高县农业农村局'),
            ('HOLDS_POSITION', '冯某', '局长', '阳高县农业农村局'),
            ('HOLDS_POSITION', '尚某某', '实际控制人', '山西塞北农建工程有限公司'),
            ('HOLDS_POSITION', '葛某', '原副主任', '阳高县公共资源交易中心'),
            ('HOLDS_POSITION', '邢某某', '原镇长', '阳高县罗文皂镇人民政府'),
        ],
        aliases={'县纪委监委': '阳高县纪委监委', '县监委': '阳高县监察委员会', '县检察院': '阳高县人民检察院'},
        notes=['Endpoints point to canonical names; short forms (县纪委监委, 县监委, 县检察院) are aliased. 县审计局, 县公安局, 县财政局 '
               'appear only level-prefixed: their own names.',
               'Chains: 审计局 → 纪委监委 (dated); 县监委 → 检察院 (冯某); 纪委监委 → 公安局 → 检察院 (尚某某, 经后者立案侦查后移送); '
               '公安局 → 纪委监委 (经该局转交, case 2). 该局 / 后者 resolved, not annotated.',
               'Multi-stage 经县纪委常委会研究并报县委批准 → PENALIZED from 县纪委常委会 only (GUIDELINES); 由县监委给予开除公职 → PENALIZED. '
               'Case 2 passive 受到…处分 → none.',
               'Case 3: 仅向县政府报告，未按规定移送 → no relation (a report to the government and a transfer that did not happen).',
               'Signature: the joint 纪委 + 监委 as two spans.',
               'Violations: bribery, collusion, abuse_of_power (失职失责), other (泄露标底).'],

    ),
]
