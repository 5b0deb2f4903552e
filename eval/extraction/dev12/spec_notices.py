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
]
