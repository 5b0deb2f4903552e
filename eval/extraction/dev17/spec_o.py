"""dev17 — six other documents (o1–o6), inline ⟦text|L⟧ marks: a 线索移送台账 (Yunnan 丽江古城区, GB18030, tab-separated),
a 联席会议纪要 (Hebei 唐山路北区, docx), a 情况报告 (Gansu 庆阳西峰区), a 处理决定 (Shaanxi 榆林横山区, html),
a 约谈通知 (Guangdong 潮州潮安区, html), a 监察建议书 (Guangxi 贵港港北区). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人/经办人/填报人/承办人 are form fields, not POSITION; the person after them is PERSON.',
    'Pronoun references (你局, 我局, 本局, 你公司, 我委) are not AGENCY; a party written only as a pronoun resolves to the named issuer/addressee.',
]

DOCS = [
    dict(
        file='o1-tz-lijiang-gucheng-2026.txt', fmt='gb18030', kind='other', violations=['collusion', 'no_procurement', 'false_materials'],
        issuer='丽江市古城区财政局',
        body='''
⟦丽江市古城区财政局|A⟧政府采购领域问题线索移送台账（2026年）
填报单位：⟦丽江市古城区财政局|A⟧（政府采购监督管理股）　填报人：⟦木晓燕|P⟧　填报日期：⟦2026年4月10日|D⟧
序号	移送/接收日期	文号	线索来源	移送单位	接收单位	涉及主体	项目编号	涉及金额	办理情况	经办人
1	⟦2026-01-12|D⟧	⟦古财采函〔2026〕2号|N⟧	投诉处理中发现	⟦古城区财政局|A⟧	⟦丽江市公安局古城分局|A⟧	⟦云南玉龙雪峰建设工程有限公司|C⟧等3家	⟦LJGC-2025-GC-088|J⟧	⟦3,268,000.00元|M⟧	已立案（⟦古公（经）立字〔2026〕9号|N⟧）	⟦和丽华|P⟧
2	⟦2026-02-03|D⟧	⟦古财采函〔2026〕5号|N⟧	监督检查	⟦古城区财政局|A⟧	⟦中共丽江市古城区纪律检查委员会|A⟧	⟦丽江市古城区第一中学|A⟧	⟦LJGC-2025-HW-102|J⟧	⟦56.8万元|M⟧	已立案审查，待反馈（已于⟦3月20日|D⟧电话催办）	⟦和丽华|P⟧
3	⟦2026-02-20|D⟧	⟦古审移〔2026〕1号|N⟧	审计移送（来文）	⟦丽江市古城区审计局|A⟧	⟦古城区财政局|A⟧	⟦丽江金沙江物业服务有限公司|C⟧	⟦LJGC-2024-FW-031|J⟧	⟦41.2万元|M⟧	已受理；⟦2026-04-09|D⟧作出处罚决定（⟦古财罚决〔2026〕2号|N⟧，罚款⟦2,060元|M⟧）	⟦木晓燕|P⟧
4	⟦2026-03-16|D⟧	⟦古财采函〔2026〕9号|N⟧	举报	⟦古城区财政局|A⟧	⟦丽江市古城区市场监督管理局|A⟧	⟦云南纳西古韵文化传播有限公司|C⟧	—	—	⟦3月24日|D⟧退回（不属本部门职责）	⟦木晓燕|P⟧
5	⟦2026-03-27|D⟧	⟦古财采函〔2026〕11号|N⟧	重新移送（原序号4）	⟦古城区财政局|A⟧	⟦丽江市古城区文化和旅游局|A⟧	⟦云南纳西古韵文化传播有限公司|C⟧	—	—	已签收，办理中	⟦木晓燕|P⟧
审核：⟦杨永刚|P⟧（⟦副局长|T⟧）
''',
        rels=[('REFERRED', '丽江市古城区财政局', '丽江市公安局古城分局', '古财采函〔2026〕2号', '2026-01-12'),
              ('REFERRED', '丽江市古城区财政局', '中共丽江市古城区纪律检查委员会', '古财采函〔2026〕5号', '2026-02-03'),
              ('REFERRED', '丽江市古城区审计局', '丽江市古城区财政局', '古审移〔2026〕1号', '2026-02-20'),
              ('REFERRED', '丽江市古城区财政局', '丽江市古城区市场监督管理局', '古财采函〔2026〕9号', '2026-03-16'),
              ('REFERRED', '丽江市古城区财政局', '丽江市古城区文化和旅游局', '古财采函〔2026〕11号', '2026-03-27'),
              ('PENALIZED', '丽江市古城区财政局', '丽江金沙江物业服务有限公司'),
              ('HOLDS_POSITION', '杨永刚', '副局长', '丽江市古城区财政局')],
        aliases={'古城区财政局': '丽江市古城区财政局'},
        notes=COMMON + [
            'GB18030, tab-separated register. Each row is one referral: REFERRED from 移送单位 to 接收单位 with the row’s 文号 and date. Row 3 is an incoming referral (来文).',
            'Endpoints: the rows write the short form 古城区财政局; relations point at the canonical mention 丽江市古城区财政局 (header), aliases map the short form to it.',
            'Row 3: 作出处罚决定 by the register’s own bureau (the row is the bureau’s record) → PENALIZED. Row 4: 退回 is not a REFERRED; row 5 re-sends.',
            'No BID_ON: the 涉及主体 column does not say the party bid. The school (row 2, a public institution) is AGENCY. 等3家 is not annotated. — and — are empty cells.',
            '审核 is a form field; 副局长 in brackets attached to 杨永刚 is POSITION of the register’s bureau.',
        ],
    ),
    dict(
        file='o2-ljhyjy-tangshan-lubei-2026-1.docx', fmt='docx', kind='other', violations=['collusion', 'no_procurement'],
        issuer='唐山市路北区财政局',
        body='''
唐山市路北区政府采购联动监管联席会议纪要
〔2026〕第1期
⟦唐山市路北区财政局|A⟧　⟦2026年3月18日|D⟧
⟦2026年3月17日|D⟧，⟦区政府|A⟧⟦副区长|T⟧⟦马俊峰|P⟧主持召开全区政府采购联动监管联席会议第一次会议。⟦区财政局|A⟧、⟦区纪委监委|A⟧、⟦唐山市公安局路北分局|A⟧、⟦区审计局|A⟧、⟦区市场监督管理局|A⟧、⟦区发展和改革局|A⟧、⟦区住房和城乡建设局|A⟧、⟦唐山市路北区公共资源交易中心|A⟧负责同志参加会议。会议听取了⟦区财政局|A⟧关于2025年度联动监管工作情况的汇报，研究了当前问题线索的办理，议定如下事项：
一、关于⟦唐山市路北区第七中学|A⟧食堂设备采购问题。⟦区审计局|A⟧已于⟦2026年2月26日|D⟧以审计移送处理书（⟦路审移〔2026〕3号|N⟧）将该校食堂设备采购（项目编号：⟦TSLB-2025-HW-066|J⟧，合同金额⟦96.5万元|M⟧）未履行政府采购程序、先签合同后补手续的问题移交⟦区财政局|A⟧。会议明确由⟦区财政局|A⟧牵头调查，涉及公职人员的问题线索及时移送⟦区纪委监委|A⟧。
二、关于⟦唐山冀东恒泰建材有限公司|C⟧等三家企业涉嫌串通投标问题。会上，⟦区财政局|A⟧以《关于移送涉嫌串通投标问题线索的函》（⟦路财函〔2026〕7号|N⟧）将该线索当场移交⟦唐山市公安局路北分局|A⟧，由⟦路北分局|A⟧依法立案审查。
三、⟦唐山市路北区公共资源交易中心|A⟧每月5日前向成员单位推送围标串标预警数据。
四、各成员单位按照《⟦唐山市路北区政府采购联动监管工作机制|L⟧》，于每季度末向⟦区财政局|A⟧报送线索办理情况。
出席：⟦区财政局|A⟧⟦局长|T⟧⟦刘建国|P⟧，⟦区纪委监委|A⟧⟦副书记|T⟧⟦苏晓东|P⟧，⟦路北分局|A⟧⟦副局长|T⟧⟦高峰|P⟧，⟦区审计局|A⟧⟦副局长|T⟧⟦闫秋菊|P⟧，⟦区市场监督管理局|A⟧⟦副局长|T⟧⟦吕文|P⟧
记录：⟦赵一鸣|P⟧
分送：联席会议各成员单位，⟦区政府办公室|A⟧。
''',
        rels=[('REFERRED', '区审计局', '唐山市路北区财政局', '路审移〔2026〕3号', '2026年2月26日'),
              ('REFERRED', '唐山市路北区财政局', '唐山市公安局路北分局', '路财函〔2026〕7号', '2026年3月17日'),
              ('HOLDS_POSITION', '马俊峰', '副区长', '区政府'),
              ('HOLDS_POSITION', '刘建国', '局长', '唐山市路北区财政局'),
              ('HOLDS_POSITION', '苏晓东', '副书记', '区纪委监委'),
              ('HOLDS_POSITION', '高峰', '副局长', '唐山市公安局路北分局'),
              ('HOLDS_POSITION', '闫秋菊', '副局长@1', '区审计局'),
              ('HOLDS_POSITION', '吕文', '副局长@2', '区市场监督管理局')],
        aliases={'区财政局': '唐山市路北区财政局', '路北分局': '唐山市公安局路北分局'},
        unmarked=['区政府'],
        notes=COMMON + [
            '.docx. The title 唐山市路北区政府采购… is place + 政府采购, not an AGENCY (区政府 there is listed in unmarked). The minutes are issued by the finance bureau (the 纪要 header line): issuer 唐山市路北区财政局.',
            'Item 1: the audit referral already made (已于…移交) → REFERRED with number and date. Item 2: handed over at the meeting (会上 … 当场移交) → REFERRED dated the meeting day. Planned transfers (及时移送区纪委监委) are not REFERRED.',
            'The 审计移送处理书 is written without 《》 here; its number is DOC_NO. 〔2026〕第1期 is an issue number of the minutes, not a DOC_NO (*unsure*).',
            '副局长 ×3: each HOLDS_POSITION points at the mention attached to its person. The project number gets no BID_ON (the school is the purchaser).',
        ],
    ),
]

DOCS += [
    dict(
        file='o3-qkbg-qingyang-xifeng-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference', 'false_materials'],
        issuer='庆阳市西峰区财政局',
        body='''
⟦庆阳市西峰区财政局|A⟧

⟦西财报〔2026〕6号|N⟧

关于2026年一季度政府采购领域问题线索移送办理情况的报告

⟦市财政局|A⟧：
　　根据《⟦庆阳市政府采购领域问题线索移送工作规程|L⟧》要求，现将我局2026年一季度线索移送办理情况报告如下：
　　一、移送⟦庆阳市西峰区纪委监委|A⟧1件。⟦2026年1月22日|D⟧，我局以⟦西财函〔2026〕3号|N⟧将⟦西峰区肖金镇人民政府|A⟧⟦副镇长|T⟧⟦王海军|P⟧插手村道硬化工程评标的线索移送⟦区纪委监委|A⟧。⟦3月19日|D⟧，⟦区纪委监委|A⟧反馈：已给予⟦王海军|P⟧政务警告处分。
　　二、移送⟦庆阳市公安局西峰分局|A⟧1件。⟦2026年2月6日|D⟧，我局以⟦西财函〔2026〕7号|N⟧将⟦甘肃陇东华兴路桥工程有限公司|C⟧、⟦庆阳董志塬建筑工程有限公司|C⟧涉嫌串通投标的线索移送⟦西峰分局|A⟧，该局已于⟦2月14日|D⟧立案侦查。
　　三、移送⟦区市场监督管理局|A⟧1件。⟦2026年3月2日|D⟧，我局将⟦庆阳宏远办公设备有限公司|C⟧提供虚假产品检测报告的线索移送⟦区市场监督管理局|A⟧（⟦西财函〔2026〕9号|N⟧），该局于⟦3月27日|D⟧对该公司作出罚款⟦3万元|M⟧的行政处罚。
　　四、接收移送2件。⟦区审计局|A⟧移送2件（⟦西审移〔2026〕1号|N⟧、⟦西审移〔2026〕2号|N⟧），均已立案调查。
　　二季度，我局将对未办结线索每月催办一次。
　　特此报告。

　　联系人：⟦李亚楠|P⟧　电话：0934-8212406

⟦庆阳市西峰区财政局|A⟧
⟦2026年4月3日|D⟧
''',
        rels=[('REFERRED', '庆阳市西峰区财政局', '庆阳市西峰区纪委监委', '西财函〔2026〕3号', '2026年1月22日'),
              ('REFERRED', '庆阳市西峰区财政局', '庆阳市公安局西峰分局', '西财函〔2026〕7号', '2026年2月6日'),
              ('REFERRED', '庆阳市西峰区财政局', '区市场监督管理局', '西财函〔2026〕9号', '2026年3月2日'),
              ('REFERRED', '区审计局', '庆阳市西峰区财政局', '西审移〔2026〕1号', None),
              ('PENALIZED', '庆阳市西峰区纪委监委', '王海军'),
              ('PENALIZED', '区市场监督管理局', '庆阳宏远办公设备有限公司'),
              ('HOLDS_POSITION', '王海军', '副镇长', '西峰区肖金镇人民政府')],
        aliases={'区纪委监委': '庆阳市西峰区纪委监委', '西峰分局': '庆阳市公安局西峰分局'},
        notes=COMMON + [
            'A report up to the superior bureau (市财政局, level-prefixed: AGENCY).',
            'The audit office’s two referrals to 我局: two numbers, but relations are deduplicated on (type, from, to), so one REFERRED with the first number (*unsure*).',
            '政务警告 by the discipline commission and the market-regulation fine are sanctions by named bodies: PENALIZED. 立案侦查 is not.',
        ],
    ),
    dict(
        file='o4-cljd-yulin-hengshan-2026-4.html', fmt='html', kind='penalty_decision', violations=['no_procurement'],
        issuer='榆林市横山区财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>横山区财政局政府采购行政处理决定书</title>
<style>.meta{color:#666}</style></head>
<body>
<div class="meta">发布机构：⟦榆林市横山区人民政府办公室|A⟧　发布日期：⟦2026-05-20|D⟧　来源：⟦横山区财政局|A⟧</div>
<h2>⟦榆林市横山区财政局|A⟧政府采购行政处理决定书</h2>
<p>⟦横财采处〔2026〕4号|N⟧</p>
<p>被处理单位：⟦榆林市横山区农业农村局|A⟧</p>
<p>⟦负责人|T⟧：⟦贺振东|P⟧</p>
<p>　　⟦2026年3月11日|D⟧，⟦横山区审计局|A⟧以《审计移送处理书》（⟦横审移〔2026〕2号|N⟧）将你单位高标准农田灌溉设备采购问题移送我局。经查，你单位于⟦2025年5月|D⟧与⟦陕西秦川节水灌溉设备有限公司|C⟧签订采购合同，合同金额⟦218.7万元|M⟧，后于⟦2025年8月|D⟧补办采购手续（项目编号：⟦HSNY-2025-HW-019|J⟧），属于“先上车后补票”。</p>
<p>　　你单位的行为违反了《⟦中华人民共和国政府采购法|L⟧》第二条、《⟦中华人民共和国政府采购法实施条例|L⟧》第六十七条的规定。根据《⟦中华人民共和国政府采购法|L⟧》第七十一条，决定：一、责令你单位限期改正；二、给予警告。</p>
<p>　　对你单位直接负责的主管人员，我局将依照规定移送⟦横山区纪委监委|A⟧处理。</p>
<p>　　如不服本决定，可于收到本决定书之日起六十日内向⟦榆林市横山区人民政府|A⟧申请行政复议，或六个月内向⟦榆林市横山区人民法院|A⟧提起行政诉讼。</p>
<p style="text-align:right">⟦榆林市横山区财政局|A⟧<br>⟦2026年5月18日|D⟧</p>
</body></html>
''',
        rels=[('PENALIZED', '榆林市横山区财政局', '榆林市横山区农业农村局'),
              ('REFERRED', '横山区审计局', '榆林市横山区财政局', '横审移〔2026〕2号', '2026年3月11日'),
              ('HOLDS_POSITION', '贺振东', '负责人', '榆林市横山区农业农村局')],
        aliases={'横山区财政局': '榆林市横山区财政局'},
        notes=COMMON + [
            'HTML. Page chrome: 发布机构 榆林市横山区人民政府办公室 is one maximal AGENCY span; 来源 and 发布日期 annotated; the publisher is not the issuer.',
            'The purchaser is an agency and is penalised (责令改正, 警告): PENALIZED. The planned transfer (将…移送) of the responsible persons has not happened: no REFERRED (*unsure*).',
            'The contract counterparty did not bid (direct contract): no BID_ON.',
        ],
    ),
]

DOCS += [
    dict(
        file='o5-ytzs-chaozhou-chaoan-2026-2.html', fmt='html', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='潮州市潮安区财政局',
        body='''<html><head><meta charset="utf-8"><title>约谈通知书</title></head>
<body>
<div>当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>⟦潮州市潮安区财政局|A⟧约谈通知书</h1>
<p>⟦潮安财约〔2026〕2号|N⟧</p>
<p>⟦广东韩江招标代理有限公司|C⟧：</p>
<p>　　你公司代理的“⟦潮州市潮安区教育局|A⟧2026年学校多媒体教学设备采购项目”（项目编号：⟦CAZC-2026-031|J⟧，预算金额⟦人民币412万元|M⟧）中，招标文件将“投标人须在潮州市内设有售后服务机构”设为资格条件；供应商⟦汕头粤东智联科技有限公司|C⟧于⟦2026年4月20日|D⟧提出质疑，你公司于⟦5月6日|D⟧才作出答复，超过法定期限。上述问题由⟦潮州市潮安区公共资源交易中心|A⟧监测发现后于⟦2026年4月28日|D⟧函告我局（⟦潮安交易函〔2026〕14号|N⟧）。</p>
<p>　　为督促你公司依法依规开展代理业务，根据《⟦政府采购代理机构管理暂行办法|L⟧》第二十条，请你公司⟦法定代表人|T⟧⟦黄振宇|P⟧、⟦项目负责人|T⟧⟦翁佳琪|P⟧于⟦2026年5月12日|D⟧上午9时到我局政府采购股接受约谈。⟦区纪委监委驻区财政局纪检监察组|A⟧派员列席。</p>
<p>　　约谈时请携带：营业执照复印件、该项目招标文件及质疑答复材料。</p>
<p>　　联系人：⟦许晓丹|P⟧，电话：0768-5826613</p>
<p style="text-align:right">⟦潮州市潮安区财政局|A⟧<br>⟦2026年5月8日|D⟧</p>
<div>分享到：微信 微博</div>
</body></html>
''',
        rels=[('REFERRED', '潮州市潮安区公共资源交易中心', '潮州市潮安区财政局', '潮安交易函〔2026〕14号', '2026年4月28日'),
              ('LEGAL_REP', '黄振宇', '广东韩江招标代理有限公司'),
              ('HOLDS_POSITION', '黄振宇', '法定代表人', '广东韩江招标代理有限公司'),
              ('HOLDS_POSITION', '翁佳琪', '项目负责人', '广东韩江招标代理有限公司')],
        notes=COMMON + [
            'HTML page with breadcrumb and share chrome. A 约谈 is not a sanction: no PENALIZED.',
            'The trading centre informed 我局 by a numbered letter (函告) of what it found: REFERRED (a trading centre handing a finding over), receiver the named issuer.',
            '潮州市内 is a place, not an AGENCY. The questioning supplier is not assumed to have bid: no BID_ON.',
            '区纪委监委驻区财政局纪检监察组: one maximal span for the stationed discipline group (*unsure*: it embeds two bodies).',
        ],
    ),
    dict(
        file='o6-jcjys-guigang-gangbei-2026-2.txt', fmt='utf-8', kind='other', violations=['bribery', 'no_procurement', 'abuse_of_power'],
        issuer='贵港市港北区监察委员会',
        body='''
⟦贵港市港北区监察委员会|A⟧
监察建议书

⟦港北监建〔2026〕2号|N⟧

⟦贵港市港北区教育局|A⟧：
　　我委在查办你局校舍建设股⟦原股长|T⟧⟦蒙卫东|P⟧严重违纪违法案中（线索由⟦贵港市港北区审计局|A⟧以⟦港北审移〔2025〕6号|N⟧于⟦2025年9月3日|D⟧移送我委），发现你局在政府采购和工程建设管理中存在以下问题：
　　一、2023年至2025年，你局将11所学校的维修工程拆分为42个小项目，由⟦蒙卫东|P⟧直接指定⟦贵港市荷城建筑工程有限公司|C⟧等3家企业施工，合计⟦683.5万元|M⟧，规避公开招标；
　　二、工程验收、结算均由⟦蒙卫东|P⟧一人经手，内部监督缺失。
　　⟦蒙卫东|P⟧已被开除党籍、开除公职，其涉嫌受贿犯罪问题已于⟦2026年1月20日|D⟧移送⟦贵港市港北区人民检察院|A⟧审查起诉。
　　为此，建议你局：（一）全面清理近三年未履行采购程序的项目；（二）建立工程项目分级审批和集体决策制度；（三）对相关责任人员依规依纪作出处理。
　　请于收到本建议书之日起三十日内，将整改情况书面回复我委，同时抄送⟦区财政局|A⟧。

⟦贵港市港北区监察委员会|A⟧
⟦2026年2月9日|D⟧

抄送：⟦中共贵港市港北区纪律检查委员会第二监督检查室|A⟧，⟦港北区财政局|A⟧。
''',
        rels=[('REFERRED', '贵港市港北区审计局', '贵港市港北区监察委员会', '港北审移〔2025〕6号', '2025年9月3日'),
              ('REFERRED', '贵港市港北区监察委员会', '贵港市港北区人民检察院', None, '2026年1月20日'),
              ('HOLDS_POSITION', '蒙卫东', '原股长', '贵港市港北区教育局')],
        aliases={'区财政局': '港北区财政局'},
        notes=COMMON + [
            '已被开除党籍、开除公职 with no named agent: passive sanction, no PENALIZED.',
            'The 移送 to the procuratorate is passive (已于…移送): the sender is the case-handling body named at that point, the issuer (我委).',
            '你局校舍建设股原股长: POSITION 原股长 (原 adjacent), org 贵港市港北区教育局 through 你局; 校舍建设股 not annotated. The 抄送 discipline office is one maximal span.',
        ],
    ),
]
