"""dev21 — documents a1–a6: letters between agencies, inline ⟦text|L⟧ marks. Emphasis: persons in every shape.
a1 财政 → 公安 线索移送函 (Zhejiang 义乌), a2 纪委监委 问题线索转办函 (Hunan 醴陵, GB18030), a3 审计移送处理书 with Uyghur names
(Xinjiang 阜康), a4 公安 受案回执 (Hubei 枣阳, docx), a5 交易中心 异常情况报告 with a bidder table (Jiangsu 江阴, html),
a6 办理结果反馈函 in traditional characters (Fujian 晉江). All persons, companies, numbers, amounts and acts are invented.
"""

NICK = '老X / 小X forms of address (老吴, 小周 …) are not annotated: GUIDELINES lists personal names, masked forms, pseudonyms and bylines, not forms of address (doubtful).'

DOCS = [
    dict(
        file='a1-xsyshan-yiwu-czj-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='义乌市财政局',
        body='''
⟦义乌市财政局|A⟧
关于移送⟦义乌市福田街道社区卫生服务中心|A⟧彩超设备采购项目串通投标线索的函
⟦义财采函〔2026〕21号|N⟧

⟦义乌市公安局|A⟧：
　　⟦2026年2月|D⟧，我局在处理⟦浙江恒辉医疗器械有限公司|C⟧（以下简称⟦恒辉公司|C⟧）提出的质疑投诉时，发现⟦福田街道社区卫生服务中心|A⟧彩超设备采购项目（项目编号：⟦YWCG2025-1187|J⟧）中，⟦浙江博康医疗科技有限公司|C⟧、⟦义乌市瑞祥商贸有限公司|C⟧两家供应商的投标文件存在异常一致情形。此事经局党组会议研究，由⟦副局长|T⟧⟦楼建华|P⟧签批，现将有关线索移送你局。
　　一、基本情况。该项目由⟦义乌市公共资源交易中心|A⟧组织开标，预算金额⟦人民币286万元|M⟧，⟦2025年12月9日|D⟧开标，共5家供应商投标，⟦博康公司|C⟧以⟦人民币279.6万元|M⟧中标，⟦瑞祥公司|C⟧、⟦恒辉公司|C⟧等4家未中标。
　　二、异常情况。（一）两家公司电子投标文件的制作机器码一致，上传IP地址相同；（二）两家公司的投标保证金均由同一个人账户转出，该账户户名为“⟦吴**|P⟧”；（三）经我局⟦工作人员|T⟧⟦陈文静|P⟧核查，⟦瑞祥公司|C⟧⟦投标授权代表|T⟧⟦金山|P⟧与⟦博康公司|C⟧⟦销售经理|T⟧⟦方志伟|P⟧同在一个微信群，投标前一日二人曾与⟦瑞祥公司|C⟧⟦法定代表人|T⟧⟦吴国良|P⟧一起商议报价。据⟦恒辉公司|C⟧⟦授权代表|T⟧⟦黎明远|P⟧反映，开标当天⟦方志伟|P⟧在现场称“这个标老吴早就安排好了”。
　　上述行为涉嫌违反《⟦中华人民共和国政府采购法|L⟧》第二十五条和《⟦中华人民共和国招标投标法|L⟧》第三十二条的规定，情节严重的可能构成串通投标罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现移送你局依法处理，请将处理结果书面反馈我局。
　　联系人：政府采购监管科　⟦周晓红|P⟧　0579-8552xxxx
　　附件：1.投标文件比对报告；2.保证金缴纳凭证复印件；3.询问笔录（⟦金山|P⟧、⟦方志伟|P⟧）

⟦义乌市财政局|A⟧
⟦2026年3月4日|D⟧
（经办：⟦陈文静|P⟧　审核：⟦楼建华|P⟧）
''',
        rels=[
            ('REFERRED', '义乌市财政局', '义乌市公安局', '义财采函〔2026〕21号', '2026年3月4日'),
            ('HOLDS_POSITION', '楼建华', '副局长', '义乌市财政局'),
            ('HOLDS_POSITION', '陈文静', '工作人员', '义乌市财政局'),
            ('HOLDS_POSITION', '金山', '投标授权代表', '义乌市瑞祥商贸有限公司'),
            ('HOLDS_POSITION', '方志伟', '销售经理', '浙江博康医疗科技有限公司'),
            ('HOLDS_POSITION', '吴国良', '法定代表人', '义乌市瑞祥商贸有限公司'),
            ('LEGAL_REP', '吴国良', '义乌市瑞祥商贸有限公司'),
            ('HOLDS_POSITION', '黎明远', '授权代表', '浙江恒辉医疗器械有限公司'),
            ('BID_ON', '浙江博康医疗科技有限公司', 'YWCG2025-1187'),
            ('BID_ON', '义乌市瑞祥商贸有限公司', 'YWCG2025-1187'),
            ('BID_ON', '浙江恒辉医疗器械有限公司', 'YWCG2025-1187'),
        ],
        aliases={'恒辉公司': '浙江恒辉医疗器械有限公司', '博康公司': '浙江博康医疗科技有限公司',
                 '瑞祥公司': '义乌市瑞祥商贸有限公司', '福田街道社区卫生服务中心': '义乌市福田街道社区卫生服务中心'},
        notes=['Names that look like words: 金山, 文静 (in 陈文静), 黎明远 are PERSON.',
               '吴** is an account name (户名) with a masked given name: PERSON, kept apart from 吴国良 (not aliased: the text does not say they are the same).',
               NICK + ' 老吴 may be 吴国良; not annotated, not aliased.',
               '联系人 周晓红 is PERSON; 联系人 is no POSITION; 政府采购监管科 alone has no place name (not AGENCY). 经办/审核 in the sign-off are no POSITION.',
               '恒辉公司 bid (it is named among the 4 unsuccessful bidders), so BID_ON despite being the complainant.'],
    ),
    dict(
        file='a2-zbh-liling-jwjw-2026-9.txt', fmt='gb18030', kind='other', violations=['interference', 'no_procurement'],
        issuer='中共醴陵市纪律检查委员会',
        body='''
⟦中共醴陵市纪律检查委员会|A⟧
⟦醴陵市监察委员会|A⟧
问题线索转办函
⟦醴纪转〔2026〕9号|N⟧

⟦醴陵市财政局|A⟧：
　　我委近日收到实名举报一件，反映⟦醴陵市浦口镇人民政府|A⟧在浦口镇集镇污水管网改造工程中存在规避政府采购、违规指定施工单位等问题。经委领导⟦欧阳志刚|P⟧同志阅批，根据《⟦纪检监察机关处理检举控告工作规则|L⟧》有关规定，现将该问题线索转你局办理。
　　举报人⟦刘某某|P⟧反映的主要问题：
　　1．⟦2025年4月|D⟧，时任浦口镇⟦镇长|T⟧⟦司马俊|P⟧授意镇财政所⟦所长|T⟧⟦易某|P⟧，将总投资⟦人民币460余万元|M⟧的管网工程拆分为五个标段，以“零星维修”名义直接发包给⟦醴陵市宏泰市政工程有限公司|C⟧；
　　2．该公司⟦实际经营人|T⟧⟦谭小军|P⟧与⟦司马俊|P⟧系同学关系，工程款由⟦司马俊|P⟧亲自交代财政所“优先支付”；
　　3．镇党委⟦书记|T⟧⟦文国平|P⟧曾打电话给举报人所在单位负责人，为⟦谭小军|P⟧说情。
　　请你局依职责核查处理，并于⟦2026年5月30日|D⟧前将办理结果书面反馈我委第二监督检查室。核查中发现公职人员涉嫌违纪违法问题的，请及时移送我委。
　　此函不予公开。

⟦中共醴陵市纪律检查委员会|A⟧　　⟦醴陵市监察委员会|A⟧
⟦2026年4月16日|D⟧
（联系人：⟦丁倩|P⟧，电话0731-2322xxxx）
''',
        rels=[
            ('REFERRED', '中共醴陵市纪律检查委员会', '醴陵市财政局', '醴纪转〔2026〕9号', '2026年4月16日'),
            ('REFERRED', '醴陵市监察委员会', '醴陵市财政局', '醴纪转〔2026〕9号', '2026年4月16日'),
            ('HOLDS_POSITION', '司马俊', '镇长', '醴陵市浦口镇人民政府'),
            ('HOLDS_POSITION', '易某', '所长', None),
            ('HOLDS_POSITION', '谭小军', '实际经营人', '醴陵市宏泰市政工程有限公司'),
            ('HOLDS_POSITION', '文国平', '书记', None),
        ],
        notes=['Joint sender header (纪委 + 监委): both → 财政局 (as dev19). A 转办 of a clue to a finance bureau is a REFERRED.',
               '欧阳志刚 (compound surname) after 经委领导…同志阅批 is PERSON; 委领导 is a generic role noun, no POSITION.',
               '司马俊: compound surname. 浦口镇镇长 → 镇长 with org 醴陵市浦口镇人民政府 (the town government named earlier; doubtful).',
               '镇财政所所长 易某 and 镇党委书记 文国平: the units are not written as names, so POSITION with org null.',
               '实际经营人 is POSITION (dev19 convention), org resolved through 该公司.',
               '举报人 刘某某 (masked) is PERSON; 举报人 is a procedural role. 我委第二监督检查室 is a self-reference (not AGENCY).'],
    ),
    dict(
        file='a3-sjycls-fukang-sjj-2026-3.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'bribery'],
        issuer='阜康市审计局',
        body='''
⟦阜康市审计局|A⟧
审计移送处理书
⟦阜审移〔2026〕3号|N⟧

⟦阜康市纪委监委|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》和《⟦审计机关移送处理审计发现问题线索暂行办法|L⟧》的规定，我局在对⟦阜康市滋泥泉子镇人民政府|A⟧⟦2024年1月|D⟧至⟦2025年6月|D⟧财政财务收支情况进行审计时，发现以下问题线索，现移送你委处理：
　　一、⟦2024年8月|D⟧，滋泥泉子镇采购村级办公场所取暖设备，合同金额⟦人民币138.6万元|M⟧，未履行政府采购程序，由时任滋泥泉子镇⟦副镇长|T⟧⟦艾力·买买提|P⟧（维吾尔族）直接指定⟦阜康市天山暖通设备有限公司|C⟧供货。该公司⟦法定代表人|T⟧为⟦阿依古丽·热合曼|P⟧，实际由其丈夫⟦马建新|P⟧经营。
　　二、据镇财政所⟦会计|T⟧⟦古丽娜尔·吐尔逊|P⟧反映，验收单上的签字是⟦艾力·买买提|P⟧让她补签的，设备实际到货数量比合同少42台。
　　三、审计发现，⟦2024年9月12日|D⟧，⟦马建新|P⟧向⟦艾力·买买提|P⟧之弟⟦买买提江·买买提|P⟧个人账户转账⟦人民币8万元|M⟧，用途注明“借款”。⟦艾力·买买提|P⟧在审计询问中称对此“不知情”。
　　以上问题涉嫌违纪违法，依法应由你委处理。请将处理结果函告我局。
　　附件：1.审计取证单（3份）；2.相关合同、付款凭证复印件；3.询问记录（⟦艾力·买买提|P⟧、⟦古丽娜尔·吐尔逊|P⟧）

⟦阜康市审计局|A⟧
⟦2026年1月20日|D⟧
''',
        rels=[
            ('REFERRED', '阜康市审计局', '阜康市纪委监委', '阜审移〔2026〕3号', '2026年1月20日'),
            ('HOLDS_POSITION', '艾力·买买提', '副镇长', '阜康市滋泥泉子镇人民政府'),
            ('HOLDS_POSITION', '阿依古丽·热合曼', '法定代表人', '阜康市天山暖通设备有限公司'),
            ('LEGAL_REP', '阿依古丽·热合曼', '阜康市天山暖通设备有限公司'),
            ('HOLDS_POSITION', '古丽娜尔·吐尔逊', '会计', None),
        ],
        notes=['Uyghur names with the middle dot (艾力·买买提, 阿依古丽·热合曼, 古丽娜尔·吐尔逊, 买买提江·买买提) are one PERSON span each, dot included.',
               '(维吾尔族) after a name is not part of the span.',
               '镇财政所会计: the 财政所 is not a named organisation → org null. 实际由其丈夫…经营 gives no POSITION (no title word).',
               '马建新 → 买买提江·买买提 payment: bribery alleged (a supplier pays an official\'s relative); 未履行政府采购程序 → no_procurement.'],
    ),
    dict(
        file='a4-sahz-zaoyang-gaj-2026-14.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='枣阳市公安局',
        body='''
⟦枣阳市公安局|A⟧
受案回执
⟦枣公（经）受案字〔2026〕14号|N⟧
⟦枣阳市市场监督管理局|A⟧：
你局于⟦2026年2月26日|D⟧以⟦枣市监移〔2026〕5号|N⟧《涉嫌犯罪案件移送书》移送的⟦湖北汉江检测技术有限公司|C⟧涉嫌提供虚假检测报告一案，我局已于⟦2026年2月27日|D⟧受理。
该案由我局经济犯罪侦查大队负责办理，主办民警⟦张宏|P⟧、⟦覃春燕|P⟧。移送材料由你局执法人员⟦高明|P⟧、⟦李一鸣|P⟧当面交给我局值班民警⟦何小东|P⟧签收，共计卷宗2册、检测报告原件17份、涉案公司⟦技术负责人|T⟧⟦赵**|P⟧和⟦质量负责人|T⟧⟦钱某|P⟧的询问笔录各1份。
案件办理过程中如需补充材料，我局将另行函告。
特此回执。
联系人：⟦张宏|P⟧　联系电话：0710-6221xxxx
⟦枣阳市公安局|A⟧
⟦2026年2月27日|D⟧
''',
        rels=[
            ('REFERRED', '枣阳市市场监督管理局', '枣阳市公安局', '枣市监移〔2026〕5号', '2026年2月26日'),
            ('HOLDS_POSITION', '赵**', '技术负责人', '湖北汉江检测技术有限公司'),
            ('HOLDS_POSITION', '钱某', '质量负责人', '湖北汉江检测技术有限公司'),
        ],
        notes=['A 受案回执 records the incoming transfer: 市场监管局 → 公安局 with the sender\'s 移送书 number and the transfer date (as dev19 c6/d4).',
               'The 受案字 number of the receipt itself is a DOC_NO (a numbered notice issued by the police), not a register number.',
               '高明 (a name that is also a word) is PERSON. 主办民警 / 执法人员 / 值班民警 are kept unmarked: generic duty roles, no titles (doubtful).',
               '我局经济犯罪侦查大队 is a self-reference sub-unit (no place name written) — not AGENCY.',
               '技术负责人 / 质量负责人 of 涉案公司 (= the tested company): POSITION with that org. 赵** masked PERSON.'],
    ),
    dict(
        file='a5-ycbg-jiangyin-jyzx-2026-7.html', fmt='html', kind='other', violations=['collusion', 'false_materials'],
        issuer='江阴市公共资源交易中心',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>异常投标情况报告</title><style>td{border:1px solid #999}</style></head>
<body>
<div class="header">⟦江阴市公共资源交易中心|A⟧</div>
<h2>关于⟦江阴市青阳中学|A⟧教学楼改造工程异常投标情况的报告</h2>
<p class="wh">⟦澄交易报〔2026〕7号|N⟧</p>
<p>⟦江阴市财政局|A⟧：</p>
<p>⟦2026年3月10日|D⟧，⟦江阴市青阳中学|A⟧教学楼改造工程（项目编号：⟦JYJS-2026-0213|J⟧）在我中心开标。评标委员会在评审中发现部分投标人的项目负责人资料存在异常，经评标委员会组长⟦诸葛文华|P⟧签字确认，现将有关情况报告如下，并将相关材料移交你局。</p>
<table>
<tr><th>序号</th><th>投标人</th><th>项目负责人</th><th>授权委托人</th><th>异常情形</th></tr>
<tr><td>1</td><td>⟦江苏澄新建设有限公司|C⟧</td><td>⟦上官燕|P⟧</td><td>⟦顾一帆|P⟧</td><td>项目负责人社保缴纳单位与投标人不一致</td></tr>
<tr><td>2</td><td>⟦江阴市锡澄装饰工程有限公司|C⟧</td><td>⟦上官燕|P⟧</td><td>⟦缪建|P⟧</td><td>与序号1项目负责人为同一人</td></tr>
<tr><td>3</td><td>⟦江阴市长泾建筑安装有限公司|C⟧</td><td>⟦蔡国庆|P⟧</td><td>⟦蔡某|P⟧</td><td>无</td></tr>
</table>
<p>经查询，⟦上官燕|P⟧的一级建造师证书注册单位为⟦江苏澄新建设有限公司|C⟧，⟦江阴市锡澄装饰工程有限公司|C⟧提交的劳动合同系伪造。另据开标现场监控，⟦顾一帆|P⟧与⟦缪建|P⟧同车到达，⟦缪建|P⟧的投标文件U盘是⟦顾一帆|P⟧交给他的。</p>
<p>我中心已暂停该项目后续流程。建议你局依法调查处理。</p>
<p>附件：开标记录、评标报告、监控截图</p>
<p style="text-align:right">⟦江阴市公共资源交易中心|A⟧<br>⟦2026年3月12日|D⟧</p>
<p class="foot">经办人：⟦浦晓雯|P⟧　审核人：⟦夏侯明|P⟧（⟦副主任|T⟧）</p>
</body></html>
''',
        rels=[
            ('REFERRED', '江阴市公共资源交易中心', '江阴市财政局', '澄交易报〔2026〕7号', '2026年3月12日'),
            ('BID_ON', '江苏澄新建设有限公司', 'JYJS-2026-0213'),
            ('BID_ON', '江阴市锡澄装饰工程有限公司', 'JYJS-2026-0213'),
            ('BID_ON', '江阴市长泾建筑安装有限公司', 'JYJS-2026-0213'),
            ('HOLDS_POSITION', '夏侯明', '副主任', '江阴市公共资源交易中心'),
        ],
        notes=['A trading centre\'s report of a finding to the supervising finance bureau, with materials handed over (移交), is a REFERRED (DECISIONS, session 8).',
               'Table cells: persons under 项目负责人 / 授权委托人 column headers are PERSON; the column headers are not POSITION (not attached in text to one person), so no HOLDS_POSITION from the table (doubtful).',
               '评标委员会组长 诸葛文华: 组长 of an unnamed committee left unmarked (role of a review panel, not an office; doubtful). 诸葛, 上官, 夏侯: compound surnames.',
               '审核人 夏侯明（副主任）: bracketed POSITION after the name, org the issuing centre. 经办人 is no POSITION.',
               '蔡某 (masked) and 蔡国庆 are different persons.'],
    ),
    dict(
        file='a6-bljgfk-jinjiang-czj-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='晉江市財政局',
        body='''
⟦晉江市財政局|A⟧
關於⟦晉江市審計局|A⟧移送問題線索辦理結果的反饋函
⟦晉財購函〔2026〕4號|N⟧

⟦晉江市審計局|A⟧：
　　你局⟦2025年11月18日|D⟧以⟦晉審移〔2025〕12號|N⟧《審計移送處理書》移送的⟦晉江市安海鎮人民政府|A⟧路燈改造項目（項目編號：⟦JJAH-2025-031|J⟧）涉嫌串通投標問題線索收悉。我局於⟦2025年11月20日|D⟧立案調查，現將辦理結果反饋如下：
　　一、經查，⟦福建光明照明工程有限公司|C⟧（以下簡稱⟦光明公司|C⟧）與⟦晉江市鴻運電器有限公司|C⟧在投標中由同一人⟦陳建華|P⟧編制投標文件，⟦陳建華|P⟧系⟦光明公司|C⟧⟦員工|T⟧。據⟦鴻運電器|C⟧⟦法定代表人|T⟧⟦黃志強|P⟧交代，報價是與⟦光明公司|C⟧⟦總經理|T⟧⟦施文彬|P⟧商議後確定的。
　　二、我局已於⟦2026年1月8日|D⟧作出⟦晉財購罰〔2026〕1號|N⟧、⟦晉財購罰〔2026〕2號|N⟧行政處罰決定，對兩家公司各處採購金額千分之八的罰款，並列入不良行為記錄名單，一年內禁止參加政府採購活動。
　　三、⟦施文彬|P⟧、⟦黃志強|P⟧涉嫌串通投標罪的線索，已於⟦2026年1月15日|D⟧移送⟦晉江市公安局|A⟧。
　　特此函復。

⟦晉江市財政局|A⟧
⟦2026年2月3日|D⟧
（聯繫人：⟦許雅婷|P⟧）
''',
        rels=[
            ('REFERRED', '晉江市審計局', '晉江市財政局', '晉審移〔2025〕12號', '2025年11月18日'),
            ('REFERRED', '晉江市財政局', '晉江市公安局', None, '2026年1月15日'),
            ('PENALIZED', '晉江市財政局', '福建光明照明工程有限公司'),
            ('PENALIZED', '晉江市財政局', '晉江市鴻運電器有限公司'),
            ('BID_ON', '福建光明照明工程有限公司', 'JJAH-2025-031'),
            ('BID_ON', '晉江市鴻運電器有限公司', 'JJAH-2025-031'),
            ('HOLDS_POSITION', '陳建華', '員工', '福建光明照明工程有限公司'),
            ('HOLDS_POSITION', '黃志強', '法定代表人', '晉江市鴻運電器有限公司'),
            ('LEGAL_REP', '黃志強', '晉江市鴻運電器有限公司'),
            ('HOLDS_POSITION', '施文彬', '總經理', '福建光明照明工程有限公司'),
        ],
        aliases={'光明公司': '福建光明照明工程有限公司', '鴻運電器': '晉江市鴻運電器有限公司'},
        notes=['Traditional characters throughout; spans copied as written (陳建華, 黃志強, 許雅婷).',
               'A 反馈函 reports the penalties the issuer imposed → PENALIZED 財政局 → both companies; the incoming audit transfer (dated, numbered) and the onward transfer to the police are REFERRED.',
               '鴻運電器 (short form keeping the name element) aliased to the full company name.',
               '千分之八 is a rate, not MONEY.'],
    ),
]
