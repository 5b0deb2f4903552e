"""dev14 — decisions and announcements (hand annotation, inline ⟦text|L⟧ marks).

Places: Ningxia (Shizuishan Dawukou), Sichuan (Leshan Shizhong), Xinjiang (Karamay), Jiangxi (Ji'an Jizhou),
Heilongjiang (Suihua Beilin, traditional), Guangxi (Yulin Yuzhou).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '统一社会信用代码, 住所/地址 values, phone numbers are not annotated. 当事人, 投诉人, 被投诉人, 委托代理人 are procedural roles (not POSITION); '
    '负责人 as a field label is a label.',
    'Rates (千分之五, 百分之五) are not MONEY.',
]

DOCS = [
    dict(
        file='d1-cfjd-shizuishan-dawukou-2026-4.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='石嘴山市大武口区财政局',
        body='''
⟦石嘴山市大武口区财政局|A⟧
行政处罚决定书
⟦石大财罚决〔2026〕4号|N⟧

当事人一：⟦宁夏贺兰山环境工程有限公司|C⟧
统一社会信用代码：91640202MA76XK3Q2C
⟦法定代表人|T⟧：⟦马志鹏|P⟧
住所：宁夏石嘴山市大武口区朝阳东街218号
当事人二：⟦石嘴山市星海园林绿化有限公司|C⟧
统一社会信用代码：91640200MA75R8WJ1N
⟦法定代表人|T⟧：⟦纳红梅|P⟧
住所：宁夏石嘴山市大武口区游艺西街66号
当事人三：⟦宁夏沙湖建设工程有限公司|C⟧
统一社会信用代码：91640221MA772DLP5T
⟦法定代表人|T⟧：⟦锁建军|P⟧
委托代理人：⟦何文涛|P⟧，⟦宁夏鸣沙律师事务所|C⟧⟦律师|T⟧

　　⟦2026年3月|D⟧，我局根据⟦石嘴山市大武口区审计局|A⟧《审计移送处理书》（⟦大审移〔2026〕1号|N⟧）移送的线索，对大武口区星海湖北岸生态修复绿化养护项目（项目编号：⟦DWK-ZC-2025-078|J⟧）进行调查，于⟦2026年3月18日|D⟧向你们送达《政府采购监督检查通知书》（⟦石大财检〔2026〕6号|N⟧）。
　　经查明：三家当事人于⟦2025年10月|D⟧参与上述项目投标，投标文件中的施工组织设计内容高度雷同，三家单位的投标报价文件均由⟦宁夏贺兰山环境工程有限公司|C⟧⟦员工|T⟧⟦杨晓东|P⟧编制，投标保证金由该公司统一支付。⟦宁夏贺兰山环境工程有限公司|C⟧以⟦2,356,800.00元|M⟧中标。
　　以上事实有询问笔录、投标文件、电子交易系统日志、银行转账凭证等证据为证。
　　我局于⟦2026年4月10日|D⟧分别送达《行政处罚事先告知书》（⟦石大财罚告〔2026〕4-1号|N⟧、⟦4-2号|N⟧、⟦4-3号|N⟧）。当事人三在法定期限内提出陈述申辩，称其未参与报价文件的编制。经复核，其申辩理由与银行流水、系统日志不符，不予采纳。
　　我局认为，三家当事人的行为属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（七）项规定的恶意串通情形，违反了《⟦中华人民共和国政府采购法|L⟧》第二十五条的规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（三）项，决定如下：
　　一、对⟦宁夏贺兰山环境工程有限公司|C⟧处以采购金额千分之十的罚款，即罚款⟦人民币23,568.00元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动；其中标无效。
　　二、对⟦石嘴山市星海园林绿化有限公司|C⟧处以罚款⟦人民币11,784.00元|M⟧（采购金额千分之五），列入不良行为记录名单，一年内禁止参加政府采购活动。
　　三、对⟦宁夏沙湖建设工程有限公司|C⟧处以罚款⟦人民币11,784.00元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　当事人应自收到本决定书之日起十五日内，持缴款通知书将罚款缴入国库。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦石嘴山市大武口区人民政府|A⟧申请行政复议，或者在六个月内向⟦石嘴山市大武口区人民法院|A⟧提起行政诉讼。

⟦石嘴山市大武口区财政局|A⟧
⟦2026年4月28日|D⟧
''',
        rels=[('REFERRED', '石嘴山市大武口区审计局', '石嘴山市大武口区财政局', '大审移〔2026〕1号', None),
              ('PENALIZED', '石嘴山市大武口区财政局', '宁夏贺兰山环境工程有限公司'),
              ('PENALIZED', '石嘴山市大武口区财政局', '石嘴山市星海园林绿化有限公司'),
              ('PENALIZED', '石嘴山市大武口区财政局', '宁夏沙湖建设工程有限公司'),
              ('LEGAL_REP', '马志鹏', '宁夏贺兰山环境工程有限公司'),
              ('LEGAL_REP', '纳红梅', '石嘴山市星海园林绿化有限公司'),
              ('LEGAL_REP', '锁建军', '宁夏沙湖建设工程有限公司'),
              ('HOLDS_POSITION', '马志鹏', '法定代表人@0', '宁夏贺兰山环境工程有限公司'),
              ('HOLDS_POSITION', '纳红梅', '法定代表人@1', '石嘴山市星海园林绿化有限公司'),
              ('HOLDS_POSITION', '锁建军', '法定代表人@2', '宁夏沙湖建设工程有限公司'),
              ('HOLDS_POSITION', '何文涛', '律师', '宁夏鸣沙律师事务所'),
              ('HOLDS_POSITION', '杨晓东', '员工', '宁夏贺兰山环境工程有限公司'),
              ('BID_ON', '宁夏贺兰山环境工程有限公司', 'DWK-ZC-2025-078'),
              ('BID_ON', '石嘴山市星海园林绿化有限公司', 'DWK-ZC-2025-078'),
              ('BID_ON', '宁夏沙湖建设工程有限公司', 'DWK-ZC-2025-078')],
        notes=COMMON + [
            '法定代表人： as a form field before a name is POSITION (GUIDELINES 法定代表人:刘云生; dev13 p1), with LEGAL_REP and HOLDS_POSITION.',
            'Three 事先告知书 numbers written elliptically (石大财罚告〔2026〕4-1号、4-2号、4-3号): the short forms 4-2号 and 4-3号 are DOC_NO too (*unsure*).',
            'The audit referral stated in the narrative: REFERRED 审计局 → 财政局 (我局 = the named issuer), evidence the 移送处理书 number, no transfer date stated (2026年3月 is the start of the investigation).',
            'The project name has no agency in it (大武口区星海湖… is a place). 2025年10月 is DATE.',
        ],
    ),
    dict(
        file='d2-tscljd-leshan-shizhong-2026-3.txt', fmt='gb18030', kind='complaint_decision',
        violations=['discriminatory_terms', 'other'],
        issuer='乐山市市中区财政局',
        body='''
⟦乐山市市中区财政局|A⟧
政府采购投诉处理决定书
⟦乐中财采诉〔2026〕3号|N⟧

投诉人：⟦四川嘉州智远信息技术有限公司|C⟧
地址：四川省乐山市市中区嘉州大道中段1108号
⟦法定代表人|T⟧：⟦罗德明|P⟧
委托代理人：⟦曾小蓉|P⟧，该公司⟦员工|T⟧
被投诉人1：⟦乐山市市中区教育局|A⟧
地址：乐山市市中区人民南路73号
被投诉人2：⟦四川峨眉正信招标代理有限公司|C⟧
⟦法定代表人|T⟧：⟦邬国华|P⟧
相关供应商：⟦乐山三江数码科技有限公司|C⟧

　　投诉人参加了乐山市市中区中小学智慧教室设备采购项目（项目编号：⟦LSZZC2026-012|J⟧，采购预算⟦人民币386万元|M⟧）的投标，因对采购文件及采购结果不满，于⟦2026年5月6日|D⟧向本机关提起投诉。本机关于⟦2026年5月8日|D⟧依法受理，并于同日向被投诉人和相关供应商发出投诉答复通知书（⟦乐中财采诉通〔2026〕3-1号|N⟧）。
　　投诉人称：一、采购文件将“在乐山市设有售后服务网点”作为资格条件，对外地供应商实行差别待遇；二、中标供应商⟦乐山三江数码科技有限公司|C⟧（中标金额⟦人民币3,712,600.00元|M⟧）提交的系统集成资质证书已过有效期，不应通过资格审查。
　　被投诉人1称：设置本地售后网点是为保障设备及时维护。被投诉人2称：中标供应商的资质证书已于⟦2026年3月|D⟧完成延续，证书有效。
　　本机关查明：采购文件第三章“供应商资格要求”第（六）项载明“供应商须在乐山市设有售后服务网点”；⟦乐山三江数码科技有限公司|C⟧所提交证书的有效期至⟦2029年3月15日|D⟧。
　　本机关认为：投诉事项一，将在特定行政区域设立分支机构作为资格条件，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（八）项规定的以不合理的条件对供应商实行差别待遇或者歧视待遇，投诉事项成立；鉴于投诉人已通过资格审查，该违法行为未影响中标结果。投诉事项二缺乏事实依据。
　　根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第二十九条第（二）项、第三十二条第一款第（一）项的规定，决定如下：
　　一、投诉事项一成立，认定该采购文件相关条款违法，责令⟦乐山市市中区教育局|A⟧改正，今后不得在采购文件中设置类似条款；
　　二、驳回投诉事项二。
　　投诉人、被投诉人如对本决定不服，可以在收到本决定书之日起60日内向⟦乐山市人民政府|A⟧申请行政复议，或者在6个月内向⟦乐山市市中区人民法院|A⟧提起行政诉讼。

⟦乐山市市中区财政局|A⟧
⟦2026年6月3日|D⟧
''',
        rels=[('PENALIZED', '乐山市市中区财政局', '乐山市市中区教育局'),
              ('LEGAL_REP', '罗德明', '四川嘉州智远信息技术有限公司'),
              ('LEGAL_REP', '邬国华', '四川峨眉正信招标代理有限公司'),
              ('HOLDS_POSITION', '罗德明', '法定代表人@0', '四川嘉州智远信息技术有限公司'),
              ('HOLDS_POSITION', '邬国华', '法定代表人@1', '四川峨眉正信招标代理有限公司'),
              ('HOLDS_POSITION', '曾小蓉', '员工', '四川嘉州智远信息技术有限公司'),
              ('BID_ON', '四川嘉州智远信息技术有限公司', 'LSZZC2026-012'),
              ('BID_ON', '乐山三江数码科技有限公司', 'LSZZC2026-012')],
        notes=COMMON + [
            'GB18030. 法定代表人： form fields are POSITION with LEGAL_REP and HOLDS_POSITION (as d1).',
            '责令…改正 of the purchaser is a sanction (GUIDELINES: 责令改正): PENALIZED 财政局 → 教育局. The dismissal of item 2 is no relation.',
            'The complainant says it took part in the bid (投诉人参加了…投标): BID_ON. The 中标 supplier: BID_ON.',
            '投诉答复通知书 number with -1 suffix: DOC_NO. 乐山市 alone (in quotes) is a place. Violations: discriminatory_terms (found), other (an alleged expired qualification, rejected but alleged).',
            '该公司员工 → 员工, org the complainant company.',
        ],
    ),
    dict(
        file='d3-zbgg-karamay-2026-0137.html', fmt='html', kind='other', violations=[],
        issuer='克拉玛依市教育局',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中标（成交）结果公告</title>
<style>body{font-family:宋体}</style></head>
<body>
<div class="crumb">首页 &gt; 采购公告 &gt; 结果公告</div>
<h1>⟦克拉玛依市教育局|A⟧2026年中小学实验室及多媒体设备采购项目中标（成交）结果公告</h1>
<p class="meta">发布时间：⟦2026-06-15|D⟧　来源：新疆政府采购网</p>
<p>一、项目编号：⟦KLMY-ZFCG-2026-0137|J⟧（招标文件编号：⟦XJTSHX-2026-088|J⟧）</p>
<p>二、项目名称：⟦克拉玛依市教育局|A⟧2026年中小学实验室及多媒体设备采购项目</p>
<p>三、中标（成交）信息</p>
<table>
<tr><th>包号</th><th>包名称</th><th>中标供应商</th><th>供应商地址</th><th>中标金额</th></tr>
<tr><td>包1</td><td>理化生实验室设备</td><td>⟦新疆昆仑博创教育装备有限公司|C⟧</td><td>新疆乌鲁木齐市新市区长春中路1299号</td><td>⟦¥1,386,500.00元|M⟧</td></tr>
<tr><td>包2</td><td>多媒体教学一体机</td><td>⟦克拉玛依准噶尔信息技术有限公司|C⟧</td><td>克拉玛依市克拉玛依区友谊路88号</td><td>⟦人民币贰佰壹拾叁万柒仟元整|M⟧（⟦¥2,137,000.00|M⟧）</td></tr>
<tr><td>包3</td><td>录播教室系统</td><td>⟦乌鲁木齐天泽华瑞科技有限公司|C⟧</td><td>新疆乌鲁木齐市沙依巴克区西虹东路402号</td><td>⟦¥746,900.00元|M⟧</td></tr>
</table>
<p>四、评审委员会成员名单：包1　⟦艾尔肯·买买提|P⟧、⟦周慧敏|P⟧、⟦刘建军|P⟧；包2、包3　⟦古丽娜尔·吐尔逊|P⟧、⟦高远|P⟧、⟦刘建军|P⟧、⟦马玉兰|P⟧（⟦采购人代表|T⟧）</p>
<p>五、代理服务收费标准及金额：按国家发展改革委原收费标准下浮20%收取，合计⟦人民币61,400.00元|M⟧。</p>
<p>六、其他补充事宜：包3原第一中标候选人⟦新疆丝路云科技有限公司|C⟧于⟦2026年6月11日|D⟧书面声明放弃中标资格，依据《⟦政府采购货物和服务招标投标管理办法|L⟧》第六十八条，采购人确定排名第二的中标候选人⟦乌鲁木齐天泽华瑞科技有限公司|C⟧为中标供应商。</p>
<p>七、公告期限：自本公告发布之日起1个工作日。</p>
<p>八、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人信息<br>名称：⟦克拉玛依市教育局|A⟧<br>地址：克拉玛依市克拉玛依区准噶尔路56号<br>联系方式：⟦张雅琴|P⟧　0990-6231508</p>
<p>2.采购代理机构信息<br>名称：⟦新疆天山恒信项目管理有限公司|C⟧<br>地址：新疆乌鲁木齐市天山区解放北路177号<br>联系方式：⟦哈斯木·阿不都|P⟧　0991-2817634</p>
<p class="foot">⟦新疆天山恒信项目管理有限公司|C⟧　⟦2026年6月15日|D⟧</p>
</body></html>
""",
        rels=[('BID_ON', '新疆昆仑博创教育装备有限公司', 'KLMY-ZFCG-2026-0137'),
              ('BID_ON', '克拉玛依准噶尔信息技术有限公司', 'KLMY-ZFCG-2026-0137'),
              ('BID_ON', '乌鲁木齐天泽华瑞科技有限公司', 'KLMY-ZFCG-2026-0137'),
              ('BID_ON', '新疆丝路云科技有限公司', 'KLMY-ZFCG-2026-0137'),
              ('HOLDS_POSITION', '马玉兰', '采购人代表', '克拉玛依市教育局')],
        notes=[
            'An .html announcement (texts/ holds the visible text; 宋体 only in <style>). Addresses in 地址 cells are not annotated. 新疆政府采购网 (a website) is not annotated.',
            'The 招标文件编号 in brackets after the 项目编号 is the agent\'s number for the same project: PROJECT_NO (*unsure*). BID_ON goes to the 项目编号 only (one project).',
            'The withdrawn first candidate was shortlisted: BID_ON (GUIDELINES: shortlisted). 采购人代表 in （） after a name: POSITION, org the purchaser (*unsure*). '
            '联系方式 values are contact names (no post).',
            'An amount in words with the figure in （）: two MONEY spans. 20% is a rate. 2026-06-15 in the page chrome is DATE.',
            'Issuer: the purchaser in whose project the result is announced (the agent, a company, signs; issuer must be an agency) — *unsure*. Kind other (no announcement kind); no violation.',
            'Uyghur names with ·: one PERSON span each. 刘建军 sits on two lot panels: two mentions.',
        ],
    ),
    dict(
        file='d4-blxwgs-jian-jizhou-2026-2.txt', fmt='utf-8', kind='penalty_decision',
        violations=['false_materials', 'contract_violation', 'no_procurement', 'other'],
        issuer='吉安市吉州区财政局',
        body='''
⟦吉安市吉州区财政局|A⟧关于政府采购不良行为记录的公示
（2026年第2期）

　　根据《⟦中华人民共和国政府采购法|L⟧》《⟦中华人民共和国政府采购法实施条例|L⟧》及《⟦江西省政府采购当事人不良行为记录管理办法|L⟧》，现将2026年第二季度我区政府采购不良行为记录公示如下：

序号	当事人名称	统一社会信用代码	不良行为	处理依据	处理决定	决定文号	决定日期	处理机关
1	⟦江西井冈红建筑工程有限公司|C⟧	91360802MA3AK61E7X	在⟦吉州区文山街道社区服务中心|A⟧改造项目（项目编号⟦JZCG-2026-011|J⟧）中提供虚假业绩材料谋取中标	《⟦中华人民共和国政府采购法|L⟧》第七十七条	罚款⟦人民币8,420元|M⟧，一年内禁止参加政府采购活动	⟦吉州财罚决〔2026〕5号|N⟧	⟦2026-05-12|D⟧	⟦吉安市吉州区财政局|A⟧
2	⟦吉安庐陵智造科技有限公司|C⟧	91360803MA39TQ0L4B	中标后无正当理由拒不与采购人签订政府采购合同	《⟦中华人民共和国政府采购法实施条例|L⟧》第七十二条	警告，罚款⟦人民币5000元|M⟧	⟦吉州财罚决〔2026〕6号|N⟧	⟦2026-05-20|D⟧	⟦吉安市吉州区财政局|A⟧
3	⟦江西赣中项目管理咨询有限公司|C⟧	91360800MA38PL2N9D	代理采购过程中与采购人就投标价格进行协商谈判	《⟦中华人民共和国政府采购法|L⟧》第七十八条	罚款⟦人民币2.5万元|M⟧	⟦吉州财罚决〔2026〕7号|N⟧	⟦2026-06-03|D⟧	⟦吉安市吉州区财政局|A⟧
4	⟦李振华|P⟧（⟦评审专家|T⟧）	—	未按照采购文件规定的评审方法进行评审	《⟦政府采购评审专家管理办法|L⟧》第二十九条	警告，罚款⟦人民币2000元|M⟧，禁止参加政府采购评审活动	⟦吉州财罚决〔2026〕8号|N⟧	⟦2026-06-03|D⟧	⟦吉安市吉州区财政局|A⟧
5	⟦吉安市吉州区第三中学|A⟧	—	将应当公开招标的课桌椅采购化整为零规避公开招标	《⟦中华人民共和国政府采购法|L⟧》第七十一条	责令限期改正，给予警告	⟦吉州财处〔2026〕2号|N⟧	⟦2026-06-10|D⟧	⟦吉安市吉州区财政局|A⟧

　　公示期限：⟦2026年6月20日|D⟧至⟦2026年12月19日|D⟧。对公示内容有异议的，请在公示期内向我局书面反映。
　　监督电话：0796-8229015

⟦吉安市吉州区财政局|A⟧
⟦2026年6月20日|D⟧
''',
        rels=[('PENALIZED', '吉安市吉州区财政局', '江西井冈红建筑工程有限公司'),
              ('PENALIZED', '吉安市吉州区财政局', '吉安庐陵智造科技有限公司'),
              ('PENALIZED', '吉安市吉州区财政局', '江西赣中项目管理咨询有限公司'),
              ('PENALIZED', '吉安市吉州区财政局', '李振华'),
              ('PENALIZED', '吉安市吉州区财政局', '吉安市吉州区第三中学'),
              ('HOLDS_POSITION', '李振华', '评审专家', None),
              ('BID_ON', '江西井冈红建筑工程有限公司', 'JZCG-2026-011')],
        notes=COMMON + [
            'A tab-separated table of penalty records in a 公示. Each row names the deciding body in the 处理机关 column: PENALIZED from it to the party of the row. '
            'Kind penalty_decision (a published list of the bureau\'s own sanctions; *unsure*).',
            '决定文号 values: DOC_NO. 决定日期 in ISO form: DATE. 2026年第2期 and 2026年第二季度 are year-level (not DATE). 吉州区文山街道社区服务中心 (a public service centre, district + street + centre) inside a project name is AGENCY (GUIDELINES §2.3).',
            'A school penalised for splitting is AGENCY (label by kind). 评审专家 in （） after a name: POSITION, org null.',
            'Violations: false_materials (row 1), contract_violation (row 2), other (rows 3, 4), no_procurement (row 5).',
        ],
    ),
    dict(
        file='d5-tb-suihua-beilin-2026-5-fanti.txt', fmt='utf-8', kind='discipline_notice',
        violations=['interference', 'bribery', 'discriminatory_terms', 'abuse_of_power', 'other'],
        issuer='中共綏化市北林區紀律檢查委員會',
        body='''
⟦中共綏化市北林區紀律檢查委員會|A⟧
⟦綏化市北林區監察委員會|A⟧
關於4起政府採購和招標投標領域違紀違法典型問題的通報
⟦北紀通〔2026〕5號|N⟧

各鄉鎮（街道）黨（工）委，區直各單位：
　　為進一步嚴明紀律，持續整治政府採購和招標投標領域腐敗問題，現將近期查處的4起典型問題通報如下：
　　一、⟦綏化市北林區教育局|A⟧⟦原黨組成員|T⟧、⟦副局長|T⟧⟦孫德海|P⟧違規插手學校食堂設備採購問題。⟦2024年3月|D⟧至⟦2025年5月|D⟧，⟦孫德海|P⟧利用職務便利，授意⟦北林區第六中學|A⟧⟦總務主任|T⟧⟦馮立波|P⟧將食堂設備採購項目（項目編號⟦BLCG-2024-029|J⟧）定向交由其外甥⟦曹某某|P⟧實際控制的⟦綏化市宏盛廚具有限公司|C⟧承接，收受⟦曹某某|P⟧所送現金⟦人民幣6萬元|M⟧。經⟦綏化市北林區監察委員會|A⟧調查，⟦2026年1月|D⟧，⟦孫德海|P⟧受到開除黨籍、開除公職處分，其涉嫌犯罪問題被移送⟦綏化市北林區人民檢察院|A⟧依法審查起訴，所涉財物隨案移送。⟦馮立波|P⟧受到黨內嚴重警告處分。
　　二、⟦綏化市北林區衛生健康局規劃財務科|A⟧⟦科長|T⟧⟦鄭曉光|P⟧違規設置採購需求問題。⟦2025年6月|D⟧，⟦鄭曉光|P⟧在⟦北林區人民醫院|A⟧彩超採購項目中，將技術參數設置為指向特定品牌，致使⟦黑龍江寒地醫療器械有限公司|C⟧以⟦人民幣198.6萬元|M⟧中標。⟦2026年2月|D⟧，⟦鄭曉光|P⟧受到政務記過處分。
　　三、⟦綏化市北林區財政局政府採購監督管理股|A⟧⟦工作人員|T⟧⟦王晶玉|P⟧履職不力問題。⟦2025年8月|D⟧，⟦王晶玉|P⟧在處理供應商投訴過程中，未在法定期限內作出處理決定，亦未按規定報告，造成不良影響。⟦王晶玉|P⟧受到誡勉處理。
　　四、⟦綏化市北林區公共資源交易中心|A⟧⟦原副主任|T⟧⟦韓立新|P⟧洩露評標專家信息問題。⟦2024年11月|D⟧，⟦韓立新|P⟧向投標人⟦黑龍江北大荒路橋建設有限公司|C⟧⟦項目經理|T⟧⟦劉國富|P⟧洩露評標專家名單，收受購物卡價值⟦人民幣1.2萬元|M⟧。⟦2026年3月|D⟧，經⟦綏化市北林區紀委常委會|A⟧研究，給予⟦韓立新|P⟧黨內嚴重警告處分，由⟦綏化市北林區監察委員會|A⟧給予其政務撤職處分。
　　上述問題中，有的黨員幹部法紀意識淡薄，把手中權力當作謀取私利的工具……全區各級黨組織和廣大黨員幹部要引以為戒。

⟦中共綏化市北林區紀律檢查委員會|A⟧
⟦綏化市北林區監察委員會|A⟧
⟦2026年4月2日|D⟧
''',
        rels=[('REFERRED', '綏化市北林區監察委員會', '綏化市北林區人民檢察院', None, '2026年1月'),
              ('PENALIZED', '綏化市北林區紀委常委會', '韓立新'),
              ('PENALIZED', '綏化市北林區監察委員會', '韓立新'),
              ('HOLDS_POSITION', '孫德海', '原黨組成員', '綏化市北林區教育局'),
              ('HOLDS_POSITION', '孫德海', '副局長', '綏化市北林區教育局'),
              ('HOLDS_POSITION', '馮立波', '總務主任', '北林區第六中學'),
              ('HOLDS_POSITION', '鄭曉光', '科長', '綏化市北林區衛生健康局規劃財務科'),
              ('HOLDS_POSITION', '王晶玉', '工作人員', '綏化市北林區財政局政府採購監督管理股'),
              ('HOLDS_POSITION', '韓立新', '原副主任', '綏化市北林區公共資源交易中心'),
              ('HOLDS_POSITION', '劉國富', '項目經理', '黑龍江北大荒路橋建設有限公司')],
        notes=[
            'Traditional characters. A 通報 of four cases by the 紀委監委 pair: discipline_notice, issuer the 紀委 (first-listed).',
            'Named internal units written right after their agency are one AGENCY span (brief: maximal span): 綏化市北林區衛生健康局規劃財務科, 綏化市北林區財政局政府採購監督管理股. '
            'The post after the unit is POSITION; org is the unit span.',
            'Passive sanctions with no named agent (受到開除黨籍…處分, 受到政務記過處分, 受到誡勉處理) are not PENALIZED. Case 4 names the deciding bodies: 紀委常委會 → 韓立新 and 監委 → 韓立新.',
            '被移送…審查起訴 after 經綏化市北林區監察委員會調查: the sender is the case-handling body named at that point (GUIDELINES): 監委 → 檢察院, date 2026年1月 (*unsure*: the month stands before the sanction and the transfer together).',
            '原黨組成員、副局長 split into two POSITION spans. 實際控制 is not a post; 外甥 is a relation. 北林區第六中學 and 北林區人民醫院 (district + institution) are AGENCY.',
            'Violations: interference (case 1), bribery (cases 1, 4), discriminatory_terms (指向特定品牌), abuse_of_power (履職不力), other (洩露評標專家信息).',
        ],
    ),
    dict(
        file='d6-xzcljd-yulin-yuzhou-2026-5.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials', 'other'],
        issuer='玉林市玉州区住房和城乡建设局',
        body='''
⟦玉林市玉州区住房和城乡建设局|A⟧
行政处理决定书
⟦玉区住建处〔2026〕5号|N⟧

当事人：⟦广西容州建工集团有限公司|C⟧
统一社会信用代码：91450900MA5KL73D2R
⟦法定代表人|T⟧：⟦覃国栋|P⟧
当事人：⟦玉林市玉州区南江街道办事处|A⟧
负责人：⟦陈丽萍|P⟧（⟦主任|T⟧）

　　根据⟦玉林市玉州区公共资源交易中心|A⟧《关于南江街道鹿峰社区排水管网改造工程投标异常情况的函》（⟦玉州公资函〔2026〕7号|N⟧）移交的线索，我局对南江街道鹿峰社区排水管网改造工程（招标编号：⟦E4509020012026001|J⟧）招标投标活动进行了调查。
　　经查，⟦2026年1月|D⟧，⟦广西容州建工集团有限公司|C⟧参加该工程投标，其投标文件中载明的2项类似工程业绩（合同金额分别为⟦人民币612.7万元|M⟧、⟦人民币488.2万元|M⟧）经向业主单位核实均系虚构，拟派⟦项目经理|T⟧⟦黎伟强|P⟧的业绩证明亦系伪造。该公司经评标委员会推荐为第一中标候选人，中标金额⟦人民币5,872,315.66元|M⟧。同一标段投标人⟦玉林鑫桂市政工程有限公司|C⟧于⟦2026年2月3日|D⟧向招标人提出异议，⟦玉林市玉州区南江街道办事处|A⟧作为招标人，未在收到异议之日起3日内作出答复，亦未暂停招标投标活动。
　　我局认为，⟦广西容州建工集团有限公司|C⟧的行为违反了《⟦中华人民共和国招标投标法|L⟧》第三十三条、《⟦中华人民共和国招标投标法实施条例|L⟧》第四十二条的规定；⟦玉林市玉州区南江街道办事处|A⟧的行为违反了《⟦中华人民共和国招标投标法实施条例|L⟧》第四十四条第三款的规定。依据《⟦中华人民共和国招标投标法|L⟧》第五十四条、《⟦中华人民共和国招标投标法实施条例|L⟧》第六十八条、第七十七条第二款，决定如下：
　　一、⟦广西容州建工集团有限公司|C⟧中标无效，处中标项目金额千分之六的罚款，即⟦人民币35,233.89元|M⟧；对单位直接负责的主管人员⟦黎伟强|P⟧处单位罚款数额百分之五的罚款，即⟦人民币1,761.69元|M⟧；取消该公司一年内参加依法必须进行招标项目的投标资格。
　　二、责令⟦玉林市玉州区南江街道办事处|A⟧立即改正，依法答复异议并重新确定中标人。
　　当事人如不服本决定，可自收到本决定书之日起六十日内向⟦玉林市玉州区人民政府|A⟧申请行政复议，也可在六个月内直接向⟦玉林市玉州区人民法院|A⟧提起行政诉讼。

⟦玉林市玉州区住房和城乡建设局|A⟧
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '玉林市玉州区公共资源交易中心', '玉林市玉州区住房和城乡建设局', '玉州公资函〔2026〕7号', None),
              ('PENALIZED', '玉林市玉州区住房和城乡建设局', '广西容州建工集团有限公司'),
              ('PENALIZED', '玉林市玉州区住房和城乡建设局', '黎伟强'),
              ('PENALIZED', '玉林市玉州区住房和城乡建设局', '玉林市玉州区南江街道办事处'),
              ('LEGAL_REP', '覃国栋', '广西容州建工集团有限公司'),
              ('HOLDS_POSITION', '覃国栋', '法定代表人', '广西容州建工集团有限公司'),
              ('HOLDS_POSITION', '陈丽萍', '主任', '玉林市玉州区南江街道办事处'),
              ('HOLDS_POSITION', '黎伟强', '项目经理', '广西容州建工集团有限公司'),
              ('BID_ON', '广西容州建工集团有限公司', 'E4509020012026001'),
              ('BID_ON', '玉林鑫桂市政工程有限公司', 'E4509020012026001')],
        notes=COMMON + [
            'A 住建 行政处理决定 on a construction tender: penalty_decision. Two 当事人: a company and a 街道办事处 (AGENCY, the 招标人). 责令改正 of the 招标人 is PENALIZED.',
            'The 交易中心 letter 移交 the clue: REFERRED 交易中心 → 住建局 (我局 = the named issuer), evidence its number, no date stated. Its title in 《》 is a case document (not LAW).',
            '招标编号 (a 17-digit tender code) is PROJECT_NO. 单位直接负责的主管人员 is a liability category (not POSITION); 拟派项目经理黎伟强 → 项目经理, org the bidder.',
            '法定代表人： form field is POSITION (d1). 负责人： is a field label; （主任） after the name is POSITION.',
            'The other bidder 玉林鑫桂… is described as 同一标段投标人: BID_ON. 业主单位 is generic.',
        ],
    ),
]
