"""dev12 — announcements and notices (hand annotation, inline ⟦text|L⟧ marks).

Places: Hubei (Huanggang Huangzhou, Xianning Xian'an, Suizhou Zengdu), Anhui (Tongling Tongguan, Suzhou Yongqiao,
Bozhou Qiaocheng). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人, 采购人, 采购代理机构 are labels (not POSITION). Pronouns (我局, 本局) are not annotated.',
]

DOCS = [
    dict(
        file='n1-zbgg-huanggang-huangzhou-2026-0112.html', fmt='html', kind='other', violations=[],
        issuer='黄冈市黄州区教育局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中标结果公告</title></head>
<body>
<h2>⟦黄冈市黄州区教育局|A⟧黄州区中小学课桌椅采购项目中标结果公告</h2>
<p>公告编号：⟦HZJY-GG-2026-0112|N⟧　发布日期：⟦2026-04-17|D⟧</p>
<p>一、项目编号：⟦HZZC-2026-0087|J⟧</p>
<p>二、项目名称：黄州区中小学课桌椅采购项目</p>
<p>三、中标信息：供应商名称：⟦湖北东坡教育装备有限公司|C⟧；中标金额：⟦人民币1,286,400.00元|M⟧</p>
<p>四、评审专家名单：⟦鲍志勇|P⟧（组长）、⟦苗红|P⟧、⟦危建民|P⟧、⟦羿晓芳|P⟧（采购人代表）、⟦阚立|P⟧</p>
<p>五、本项目采购计划已经⟦黄冈市黄州区财政局|A⟧备案（备案文号：⟦黄州财采备〔2026〕0087号|N⟧）。</p>
<p>六、联系方式</p>
<table>
<tr><td>采购人</td><td>⟦黄冈市黄州区教育局|A⟧</td><td>联系人</td><td>⟦涂国强|P⟧</td><td>0713-8351260</td></tr>
<tr><td>采购代理机构</td><td>⟦湖北赤壁招标咨询有限公司|C⟧</td><td>项目联系人</td><td>⟦雷蕾|P⟧</td><td>0713-8627714</td></tr>
</table>
<p>⟦湖北赤壁招标咨询有限公司|C⟧</p>
<p>⟦2026年4月17日|D⟧</p>
</body></html>
''',
        rels=[('BID_ON', '湖北东坡教育装备有限公司', 'HZZC-2026-0087')],
        notes=COMMON + [
            '公告编号 is the announcement\'s own serial: DOC_NO (GUIDELINES: an announcement serial is DOC_NO); 项目编号 is PROJECT_NO.',
            'The 备案文号 of the finance bureau\'s filing of the procurement plan is DOC_NO (a 文号 of a body), unlike a 采购计划编号 (see n2).',
            '评审专家名单: names in a list after a heading — PERSON each, no POSITION span (the heading 评审专家名单 is not attached as a title to one person). 组长 and 采购人代表 in （） are roles in the panel, not annotated (*unsure*).',
            'A results announcement: kind other; issuer the purchaser named in the title (the agent only signs for it) — *unsure*.',
        ],
    ),
    dict(
        file='n2-cggg-xianning-xianan-2026-018.txt', fmt='utf-8', kind='other', violations=[],
        issuer='咸宁市咸安区水利和湖泊局',
        body='''
咸安区淦河堤防加固工程施工招标公告
招标编号：⟦XAZB-2026-018|J⟧

1.招标条件
　　本招标项目咸安区淦河堤防加固工程已由⟦咸宁市咸安区发展和改革局|A⟧以⟦咸安发改审批〔2026〕21号|N⟧批准建设，采购计划编号：⟦咸安财采计〔2026〕0045号|J⟧，招标人为⟦咸宁市咸安区水利和湖泊局|A⟧，招标代理机构为⟦湖北温泉工程项目管理有限公司|C⟧。资金来自中央水利发展资金（下达文件：⟦鄂财农发〔2025〕77号|N⟧）。
2.投标人资格要求
　　具备水利水电工程施工总承包三级及以上资质，拟派项目经理须具备二级注册建造师证书。
3.招标文件的获取
　　⟦2026年5月6日|D⟧至⟦2026年5月12日|D⟧在咸宁市公共资源交易电子服务系统下载。
4.投标截止时间：⟦2026年5月27日|D⟧9时30分。
5.联系方式
招标人：⟦咸宁市咸安区水利和湖泊局|A⟧　联系人：⟦邝文辉|P⟧
招标代理机构：⟦湖北温泉工程项目管理有限公司|C⟧　联系人：⟦宁晓|P⟧　⟦项目负责人|T⟧：⟦甘少军|P⟧
监督部门：⟦咸宁市咸安区公共资源交易监督管理局|A⟧　电话：0715-5321108
''',
        rels=[('HOLDS_POSITION', '甘少军', '项目负责人', '湖北温泉工程项目管理有限公司')],
        notes=COMMON + [
            '招标编号 and 采购计划编号 are PROJECT_NO, also when the plan number is shaped like a 文号 (咸安财采计〔2026〕0045号; GUIDELINES: 湘财采计〔2023〕001927号). The 发改 approval number (以…批准建设) and the fund-allocation number (下达文件：…) are DOC_NO.',
            '拟派项目经理 with no person is generic: not POSITION.',
            'A call for tenders: no BID_ON (nobody has bid). Kind other; issuer the 招标人.',
            '咸宁市公共资源交易电子服务系统 is a system name with a place but no body name: not annotated.',
        ],
    ),
    dict(
        file='n3-tb-suizhou-zengdu-2026-2-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion', 'other', 'contract_violation'],
        issuer='隨州市曾都區財政局',
        body='''
⟦隨州市曾都區財政局|A⟧
關於2026年第一季度政府採購違法違規行為處理情況的通報
⟦曾財通〔2026〕2號|N⟧

各鎮（辦事處）、區直各單位：
　　我局此前已先後印發⟦曾財通〔2025〕3號|N⟧、⟦曾財通〔2025〕7號|N⟧和⟦曾財通〔2026〕1號|N⟧通報，對政府採購領域突出問題予以通報。現將第一季度查處情況通報如下：
　　一、⟦隨州神農建築工程有限公司|C⟧、⟦隨州編鐘建設有限公司|C⟧在曾都區南郊街道辦公樓維修項目（項目編號：⟦ZDCG-2025-106|J⟧）中串通投標。我局已作出行政處罰決定（⟦曾財罰決〔2026〕1號|N⟧、⟦曾財罰決〔2026〕2號|N⟧），分別處以罰款⟦人民幣9,120元|M⟧和⟦人民幣8,870元|M⟧。
　　二、⟦湖北炎帝招標代理有限公司|C⟧未按規定保存採購文件。我局責令其限期改正（《責令改正通知書》⟦曾財改字第2026-004號|N⟧）。該公司⟦法定代表人|T⟧⟦黎紅梅|P⟧已到我局說明情況。
　　三、⟦隨州市曾都區東城街道辦事處|A⟧未按規定公告政府採購合同，我局已函告該單位（⟦曾財函〔2026〕12號|N⟧），並抄送⟦隨州市曾都區紀委監委|A⟧。

⟦隨州市曾都區財政局|A⟧
⟦2026年4月10日|D⟧
''',
        rels=[('PENALIZED', '隨州市曾都區財政局', '隨州神農建築工程有限公司'),
              ('PENALIZED', '隨州市曾都區財政局', '隨州編鐘建設有限公司'),
              ('PENALIZED', '隨州市曾都區財政局', '湖北炎帝招標代理有限公司'),
              ('LEGAL_REP', '黎紅梅', '湖北炎帝招標代理有限公司'),
              ('HOLDS_POSITION', '黎紅梅', '法定代表人', '湖北炎帝招標代理有限公司'),
              ('BID_ON', '隨州神農建築工程有限公司', 'ZDCG-2025-106'),
              ('BID_ON', '隨州編鐘建設有限公司', 'ZDCG-2025-106')],
        notes=COMMON + [
            'Traditional characters; spans as written (號, 財, 區).',
            'Three earlier 通报 numbers in one sentence (…3號、…7號和…1號通報): three DOC_NO spans; the separators and 通報 stay outside.',
            'Two decision numbers in one （）, separated by 、: two DOC_NO.',
            'A number with 字 + 第 + year-serial (曾財改字第2026-004號): one DOC_NO from the code to 號; the title in 《》 (a case document, not LAW) outside.',
            "A 通报 of handling results by a finance bureau that states its fines and 责令改正: kind penalty_decision (GUIDELINES §5, a regulator's sanctioning 通报); PENALIZED to the two fined bidders and the agent (责令改正). The 街道办事处 only received a 函告: no PENALIZED (*unsure*). 抄送 is not REFERRED.",
            'Addressees 各鎮（辦事處）、區直各單位 are distributive: not annotated.',
        ],
    ),
    dict(
        file='n4-xygs-tongling-tongguan-2026-5.html', fmt='html', kind='other', violations=['false_materials', 'collusion'],
        issuer='铜陵市铜官区公共资源交易监督管理局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>行政处罚信息公示</title></head>
<body>
<div class="title">⟦铜陵市铜官区公共资源交易监督管理局|A⟧行政处罚信息公示（2026年第5期）</div>
<div class="meta">发布时间：⟦2026-05-29|D⟧　来源：⟦铜陵市铜官区人民政府|A⟧</div>
<p>根据《⟦安徽省公共信用信息管理办法|L⟧》，现将我局近期作出的行政处罚信息公示如下：</p>
<table border="1">
<tr><th>序号</th><th>行政相对人名称</th><th>法定代表人</th><th>决定文号</th><th>处罚内容</th><th>决定日期</th><th>经办人</th></tr>
<tr><td>1</td><td>⟦安徽铜都建设工程有限公司|C⟧</td><td>⟦汤卫国|P⟧</td><td>⟦铜官公管罚〔2026〕11号|N⟧</td><td>提供虚假材料谋取中标，罚款⟦人民币2.4万元|M⟧</td><td>⟦2026-05-12|D⟧</td><td>⟦任小勇|P⟧</td></tr>
<tr><td>2</td><td>⟦铜陵天井湖装饰工程有限公司|C⟧</td><td>⟦卞雅琴|P⟧</td><td>⟦铜官公管罚〔2026〕12号|N⟧</td><td>串通投标，罚款⟦人民币1.8万元|M⟧</td><td>⟦2026-05-19|D⟧</td><td>⟦任小勇|P⟧、⟦操敏|P⟧</td></tr>
<tr><td>3</td><td>⟦铜陵五松市政工程有限公司|C⟧</td><td>⟦翟海|P⟧</td><td>⟦铜官公管罚〔2026〕12-1号|N⟧</td><td>串通投标，罚款⟦人民币1.8万元|M⟧</td><td>⟦2026-05-19|D⟧</td><td>⟦操敏|P⟧</td></tr>
</table>
<p>公示期：⟦2026年5月29日|D⟧至⟦2026年6月4日|D⟧</p>
</body></html>
''',
        rels=[('PENALIZED', '铜陵市铜官区公共资源交易监督管理局', '安徽铜都建设工程有限公司'),
              ('PENALIZED', '铜陵市铜官区公共资源交易监督管理局', '铜陵天井湖装饰工程有限公司'),
              ('PENALIZED', '铜陵市铜官区公共资源交易监督管理局', '铜陵五松市政工程有限公司'),
              ('LEGAL_REP', '汤卫国', '安徽铜都建设工程有限公司'),
              ('LEGAL_REP', '卞雅琴', '铜陵天井湖装饰工程有限公司'),
              ('LEGAL_REP', '翟海', '铜陵五松市政工程有限公司')],
        notes=COMMON + [
            'Credit-penalty 公示 table: each 决定文号 cell is DOC_NO (12-1号 keeps its suffix). The issue number （2026年第5期） in the title is not DOC_NO (dev11 m1).',
            'The 法定代表人 column header is not attached to one person: no POSITION span; the cell names still give LEGAL_REP (the column states the role; *unsure* — no HOLDS_POSITION since no POSITION mention exists to point to).',
            '经办人 column: PERSON in each cell (repeats annotated), no POSITION.',
            'The 公示 reports decisions already made by the named issuer: PENALIZED to each row party (unlike dev11 m5, which only proposed a listing). Kind other (a publication, *unsure*). No PROJECT_NO: no BID_ON.',
            '来源 page chrome: the 区人民政府 is AGENCY, not the issuer.',
        ],
    ),
    dict(
        file='n5-jcgg-suzhou-yongqiao-2026-1.txt', fmt='gb18030-crlf', kind='penalty_decision', violations=['other', 'discriminatory_terms'],
        issuer='宿州市埇桥区财政局',
        body='''
⟦宿州市埇桥区财政局|A⟧关于2025年度政府采购代理机构监督检查结果的公告
⟦埇财购〔2026〕1号|N⟧

　　根据⟦财政部|A⟧《⟦政府采购代理机构管理暂行办法|L⟧》和⟦皖财购〔2025〕318号|N⟧文件要求，我局于⟦2025年10月|D⟧至⟦2025年12月|D⟧对在我区执业的代理机构开展了监督检查，现将结果公告如下：
　　（一）⟦安徽汴水招标代理有限公司|C⟧：存在以不合理条件限制供应商的问题，已下达处理决定（⟦埇财购处〔2026〕01号|N⟧），责令改正。⟦项目负责人|T⟧：⟦柏晓东|P⟧。
　　（二）⟦宿州灵璧石工程咨询有限公司|C⟧：评审现场管理不规范，已下达整改通知（⟦埇财购整〔2026〕02号|N⟧），现已整改到位。
　　（三）⟦安徽淮海项目管理有限公司|C⟧：未发现问题。检查组：⟦毛建新|P⟧（组长）、⟦丰燕|P⟧、⟦桑宇|P⟧。
　　（四）⟦宿州市埇桥区政府采购中心|A⟧：抽查项目资料归档不全，已下达整改通知（⟦埇财购整〔2026〕03号|N⟧）。

⟦宿州市埇桥区财政局|A⟧
⟦2026年1月30日|D⟧
''',
        rels=[('PENALIZED', '宿州市埇桥区财政局', '安徽汴水招标代理有限公司'),
              ('HOLDS_POSITION', '柏晓东', '项目负责人', '安徽汴水招标代理有限公司')],
        notes=COMMON + [
            'One number per item: the 处理决定 number and each 整改通知 number are DOC_NO; the leading zero (01号) is kept.',
            '责令改正 by a handling decision is PENALIZED; an 整改通知 is a supervision measure, not a sanction: no PENALIZED for items (二) and (四) (*unsure*). Kind penalty_decision (a result notice containing a decision, *unsure*).',
            '检查组 members with （组长）: PERSON each, 组长 not annotated (a role in the inspection team, *unsure*).',
            'GB18030 with CRLF.',
        ],
    ),
    dict(
        file='n6-cjgg-bozhou-qiaocheng-2026-27.txt', fmt='utf-8', kind='other', violations=[],
        issuer='亳州市谯城区政府采购中心',
        body='''
⟦谯城区古井镇卫生院|A⟧DR设备采购项目成交公告
⟦谯采公告〔2026〕第27号|N⟧

一、项目编号：⟦QCCG-2026-0127|J⟧（原项目编号：⟦QCCG-2026-0098|J⟧，已于⟦2026年3月2日|D⟧以⟦谯采公告〔2026〕第19号|N⟧公告废标）
二、采购方式：竞争性磋商；采购计划备案：⟦谯财购备〔2026〕45号|N⟧
三、成交供应商：⟦安徽华佗医疗器械有限公司|C⟧，⟦法定代表人|T⟧：⟦华文博|P⟧，成交金额：⟦人民币768,000元|M⟧
四、磋商小组成员：⟦符晓峰|P⟧、⟦沈洁|P⟧、⟦姜宏|P⟧
五、采购人：⟦亳州市谯城区古井镇卫生院|A⟧　联系人：⟦宁玉|P⟧
　　采购代理机构：⟦亳州市谯城区政府采购中心|A⟧　联系人：⟦商子健|P⟧
六、公告期限：自本公告发布之日起1个工作日。

⟦亳州市谯城区政府采购中心|A⟧
⟦2026年3月27日|D⟧
''',
        aliases={'谯城区古井镇卫生院': '亳州市谯城区古井镇卫生院'},
        rels=[('BID_ON', '安徽华佗医疗器械有限公司', 'QCCG-2026-0127'),
              ('LEGAL_REP', '华文博', '安徽华佗医疗器械有限公司'),
              ('HOLDS_POSITION', '华文博', '法定代表人', '安徽华佗医疗器械有限公司')],
        notes=COMMON + [
            'The announcement number shaped like a 文号 (谯采公告〔2026〕第27号) and the earlier 废标 announcement cited by number: DOC_NO (announcement serials). The current and the original 项目编号: PROJECT_NO.',
            'The 采购计划备案 number is DOC_NO here (as n1\'s 备案文号): it is the finance bureau\'s filing number, not a 采购计划编号 (n2) — *unsure*, the line between the two is the label.',
            '谯城区古井镇卫生院 inside the title\'s project name: AGENCY (GUIDELINES §2.3), alias of the 采购人\'s full name. The issuer is the 采购中心 that publishes and signs (the agent here is a public body).',
            'The winner BID_ON the current project only (no bidder named for the failed one). 磋商小组成员: PERSON each, no POSITION.',
        ],
    ),
]
