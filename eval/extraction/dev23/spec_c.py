"""dev23 — letters a10–a12: 情况通报 (discipline notice), 审计移送处理书 (two receivers), 交易中心报告 (html, table).
All persons, companies, numbers and acts invented."""

DOCS = [
    dict(
        file='a10-qktb-guiyang-jwjw-2026-3.txt', fmt='utf-8', kind='discipline_notice',
        violations=['no_procurement', 'interference', 'collusion', 'bribery', 'abuse_of_power'],
        issuer='中共桂阳县纪委',
        body='''
⟦中共桂阳县纪委|A⟧　⟦桂阳县监委|A⟧
关于⟦县农业农村局|A⟧政府采购领域违纪违法问题的情况通报
⟦桂纪通〔2026〕3号|N⟧

各乡镇（街道）纪（工）委，县直各单位：
　　⟦2025年9月|D⟧，⟦桂阳县审计局|A⟧在对⟦桂阳县农业农村局|A⟧2024年度预算执行情况进行审计时，发现该局在高标准农田建设配套设备采购中存在未按规定公开招标、指定供应商等问题，于⟦2025年9月22日|D⟧将问题线索移送⟦县纪委监委|A⟧。⟦县纪委监委|A⟧于同年10月对⟦县农业农村局|A⟧⟦原副局长|T⟧⟦邓建华|P⟧立案审查调查。
　　经查，⟦邓建华|P⟧利用职务便利，授意⟦湖南桂禾农机有限公司|C⟧⟦实际控制人|T⟧⟦曹永明|P⟧组织三家公司围标，并收受⟦曹永明|P⟧所送好处费⟦人民币18万元|M⟧。⟦2026年2月|D⟧，经⟦县纪委常委会|A⟧会议研究并报⟦县委|A⟧批准，给予⟦邓建华|P⟧开除党籍处分；由⟦县监委|A⟧给予其开除公职处分。其涉嫌受贿犯罪问题已被移送至⟦桂阳县人民检察院|A⟧审查起诉。⟦曹永明|P⟧涉嫌串通投标犯罪线索，⟦县纪委监委|A⟧已于⟦2026年2月14日|D⟧移送⟦桂阳县公安局|A⟧。
　　⟦县农业农村局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦黄卫平|P⟧对该局采购工作疏于管理，受到诫勉谈话。
　　各单位要以案为鉴，严格执行政府采购制度，对应当公开招标的项目不得化整为零或者以其他任何方式规避。

⟦中共桂阳县纪委办公室|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[('REFERRED', '桂阳县审计局', '县纪委监委', None, '2025年9月22日'),
              ('REFERRED', '桂阳县监委', '桂阳县人民检察院'),
              ('REFERRED', '县纪委监委', '桂阳县公安局', None, '2026年2月14日'),
              ('PENALIZED', '县纪委常委会', '邓建华'), ('PENALIZED', '桂阳县监委', '邓建华'),
              ('HOLDS_POSITION', '邓建华', '原副局长', '桂阳县农业农村局'),
              ('HOLDS_POSITION', '曹永明', '实际控制人', '湖南桂禾农机有限公司'),
              ('HOLDS_POSITION', '黄卫平', '党组书记', '桂阳县农业农村局'),
              ('HOLDS_POSITION', '黄卫平', '局长', '桂阳县农业农村局')],
        aliases={'县农业农村局': '桂阳县农业农村局', '县监委': '桂阳县监委'},
        notes=['Header 中共桂阳县纪委 / 桂阳县监委: joint issuer, lead = 纪委. 县纪委监委 (the merged body) is kept as its own AGENCY with no alias (it is neither header body alone; doubtful).',
               'Passive 已被移送至桂阳县人民检察院审查起诉: sender = the case-handling agency named at that point (县监委 → 桂阳县监委); no date.',
               'Multi-stage decision 经县纪委常委会会议研究并报县委批准 → PENALIZED 县纪委常委会 only; 由县监委给予开除公职 → PENALIZED 桂阳县监委. 受到诫勉谈话 (no agent) is not PENALIZED.',
               '同年10月 (relative month) and 2024年度 (year) are not DATE. 2025年9月 is DATE.',
               '中共桂阳县纪委办公室 (signature): maximal span with sub-unit; not the issuer (the notice is the 纪委\'s).'],
    ),
    dict(
        file='a11-sjycls-macheng-sjj-2026-5.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='麻城市审计局',
        body='''
⟦麻城市审计局|A⟧
审计移送处理书
⟦麻审移〔2026〕5号|N⟧

⟦麻城市财政局|A⟧、⟦麻城市市场监督管理局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条规定，我局于⟦2026年3月|D⟧至5月对⟦麻城市城市管理执法局|A⟧2025年度预算执行情况进行了审计。审计发现，该局环卫车辆采购项目（项目编号：⟦MCCG-2025-0216|J⟧）中，中标供应商⟦湖北大别山专用汽车有限公司|C⟧与另一投标人⟦麻城市顺通汽车销售服务有限公司|C⟧的投标文件中技术偏离表错误完全一致，两公司⟦法定代表人|T⟧系夫妻关系（⟦法定代表人|T⟧分别为⟦汪志强|P⟧、⟦林秀英|P⟧），涉嫌串通投标；中标供应商还提供了虚假的产品检测报告。
　　上述问题不属于审计机关职权范围，依照有关规定移送你们依法处理：政府采购违法问题由⟦市财政局|A⟧处理；涉嫌不正当竞争问题由⟦市市场监管局|A⟧处理。请于处理完毕后将结果书面告知我局。

⟦麻城市审计局|A⟧
⟦2026年6月2日|D⟧
（此件抄送⟦麻城市纪委监委|A⟧）
''',
        rels=[('REFERRED', '麻城市审计局', '麻城市财政局', '麻审移〔2026〕5号', '2026年6月2日'),
              ('REFERRED', '麻城市审计局', '麻城市市场监督管理局', '麻审移〔2026〕5号', '2026年6月2日'),
              ('LEGAL_REP', '汪志强', '湖北大别山专用汽车有限公司'),
              ('LEGAL_REP', '林秀英', '麻城市顺通汽车销售服务有限公司'),
              ('HOLDS_POSITION', '汪志强', '法定代表人@1', '湖北大别山专用汽车有限公司'),
              ('HOLDS_POSITION', '林秀英', '法定代表人@1', '麻城市顺通汽车销售服务有限公司'),
              ('BID_ON', '湖北大别山专用汽车有限公司', 'MCCG-2025-0216'),
              ('BID_ON', '麻城市顺通汽车销售服务有限公司', 'MCCG-2025-0216')],
        aliases={'市财政局': '麻城市财政局', '市市场监管局': '麻城市市场监督管理局'},
        notes=['Two receivers of one 移送处理书 → two REFERRED with the same 文号; the date is the document\'s date (the transfer itself).',
               '两公司法定代表人 is annotated as POSITION (attached to the two annotated companies) but the HOLDS_POSITION / LEGAL_REP pairs use the mention followed by 分别为 (respectively).',
               '2026年3月至5月: 2026年3月 is DATE, the month-only end 5月 is not. 抄送 to the 纪委监委 is not REFERRED.'],
    ),
    dict(
        file='a12-bg-sihui-jyzx-2026-8.html', fmt='html', kind='other', violations=['collusion'],
        issuer='四会市公共资源交易中心',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>OA公文查看</title>
<style>td,th{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="gw-head"><p class="fwjg">⟦四会市公共资源交易中心|A⟧</p>
<h3>关于两宗项目投标异常情况的报告</h3>
<p class="wh">⟦会交易报〔2026〕8号|N⟧</p></div>
<div class="gw-body">
<p>⟦四会市财政局|A⟧、⟦四会市发展和改革局|A⟧：</p>
<p>我中心在日常见证服务中发现，近期进场交易的两宗项目存在不同投标人的电子投标文件制作机器码一致的异常情况，现将有关情况报告如下：</p>
<table>
<tr><th>序号</th><th>项目名称</th><th>项目编号</th><th>机器码一致的投标人</th><th>开标日期</th></tr>
<tr><td>1</td><td>⟦四会市东城街道办事处|A⟧办公设备采购</td><td>⟦SHZC2026-0133|J⟧</td><td>⟦广东会城信息技术有限公司|C⟧、⟦四会市博雅办公用品有限公司|C⟧</td><td>⟦2026-04-16|D⟧</td></tr>
<tr><td>2</td><td>四会市贞山街道排水渠清淤工程</td><td>⟦SHGC2026-0041|J⟧</td><td>⟦广东绥江建设工程有限公司|C⟧、⟦四会市恒达土石方工程有限公司|C⟧</td><td>⟦2026-04-22|D⟧</td></tr>
</table>
<p>依照职责分工，第1宗（政府采购项目）请⟦市财政局|A⟧依法处理，第2宗（依法必须招标的工程项目）请⟦市发展和改革局|A⟧会同行业主管部门依法处理。相关电子数据及见证记录已一并移送。</p>
<p>特此报告。</p>
<p class="qm">⟦四会市公共资源交易中心|A⟧</p>
<p class="rq">⟦2026年4月28日|D⟧</p>
</div>
</body></html>
''',
        rels=[('REFERRED', '四会市公共资源交易中心', '四会市财政局', '会交易报〔2026〕8号', '2026年4月28日'),
              ('REFERRED', '四会市公共资源交易中心', '四会市发展和改革局', '会交易报〔2026〕8号', '2026年4月28日'),
              ('BID_ON', '广东会城信息技术有限公司', 'SHZC2026-0133'), ('BID_ON', '四会市博雅办公用品有限公司', 'SHZC2026-0133'),
              ('BID_ON', '广东绥江建设工程有限公司', 'SHGC2026-0041'), ('BID_ON', '四会市恒达土石方工程有限公司', 'SHGC2026-0041')],
        aliases={'市财政局': '四会市财政局', '市发展和改革局': '四会市发展和改革局'},
        notes=['A trading centre\'s report of a finding to supervising bodies is a REFERRED (DECISIONS); two receivers → two relations.',
               'Table rows: the companies of each row bid on that row\'s project number. 开标日期 2026-04-16 / 2026-04-22 are DATE.',
               '四会市东城街道办事处 in the first project name is AGENCY; 四会市贞山街道 is a place only.'],
    ),
]
