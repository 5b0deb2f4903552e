"""heldout5 — decisions and announcements (8). Inline marks ⟦text|L⟧, see ../dev6/goldkit.py."""

DOCS = []

DOCS.append(dict(
    file='cf-qimen-2026-6.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
    issuer='祁门县财政局',
    body='''
⟦祁门县财政局|A⟧
行政处罚决定书
⟦祁财罚决字〔2026〕第6号|N⟧

当事人：⟦黄山市徽韵教学设备有限公司|C⟧
统一社会信用代码：91341024MA2Txxxxxx
⟦法定代表人|T⟧：⟦汪德胜|P⟧
住所：安徽省黄山市祁门县祁山镇新城区玉源路……

当事人在⟦祁门县教育局|A⟧2026年中小学课桌椅采购项目（项目编号：⟦QMCG-2026-0045|J⟧，采购金额⟦人民币68.2万元|M⟧）中，提供虚假的业绩合同3份（合同金额分别为⟦人民币42.6万元|M⟧、⟦38万元|M⟧、⟦51.2万元|M⟧），谋取中标。我局于⟦2026年2月9日|D⟧收到⟦祁门县公共资源交易中心|A⟧移送的线索后，依法立案调查。⟦2026年3月2日|D⟧，我局向当事人送达《行政处罚事项告知书》（⟦祁财罚告字〔2026〕第6号|N⟧），当事人在法定期限内未提出陈述申辩。
以上事实有投标文件、业绩合同原件核查记录、询问笔录（被询问人：该公司⟦投标授权代表|T⟧⟦程小燕|P⟧）等证据证实。
我局认为，当事人的上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据该条款及《⟦中华人民共和国政府采购法实施条例|L⟧》第七十二条，决定对当事人作出如下行政处罚：
一、处以采购金额千分之八的罚款，计⟦人民币5,456元|M⟧（⟦伍仟肆佰伍拾陆元整|M⟧）；
二、列入不良行为记录名单，一年内禁止参加政府采购活动。
当事人应自收到本决定书之日起十五日内将罚款缴至指定账户。
如不服本处罚决定，可在收到本决定书之日起六十日内向⟦祁门县人民政府|A⟧申请行政复议，或者在六个月内向⟦祁门县人民法院|A⟧提起行政诉讼。

⟦祁门县财政局|A⟧
⟦2026年3月20日|D⟧
''',
    rels=[('PENALIZED', '祁门县财政局', '黄山市徽韵教学设备有限公司'),
          ('LEGAL_REP', '汪德胜', '黄山市徽韵教学设备有限公司'),
          ('HOLDS_POSITION', '汪德胜', '法定代表人', '黄山市徽韵教学设备有限公司'),
          ('HOLDS_POSITION', '程小燕', '投标授权代表', '黄山市徽韵教学设备有限公司'),
          ('BID_ON', '黄山市徽韵教学设备有限公司', 'QMCG-2026-0045'),
          ('REFERRED', '祁门县公共资源交易中心', '祁门县财政局')],
    notes=['我局 = the named issuer; the trading centre\'s clue transfer is REFERRED with no date (2026年2月9日 is the receipt date).',
           'The address line is not annotated. 千分之八 is a rate, not MONEY.'],
))

DOCS.append(dict(
    file='tscl-lingqiu-2026-3.txt', fmt='gb18030', kind='complaint_decision',
    violations=['discriminatory_terms', 'other'],
    issuer='灵丘县财政局',
    body='''
⟦灵丘县财政局|A⟧
政府采购投诉处理决定书
⟦灵财采诉决〔2026〕3号|N⟧

投诉人：⟦大同市恒岳医疗器械有限公司|C⟧
地址：山西省大同市平城区御河西路……
⟦法定代表人|T⟧：⟦解红梅|P⟧
委托代理人：⟦薛志刚|P⟧，⟦山西晋北律师事务所|C⟧⟦律师|T⟧
被投诉人：⟦灵丘县人民医院|A⟧
地址：山西省大同市灵丘县武灵镇……
相关供应商：⟦山西华康源医疗科技有限公司|C⟧
采购代理机构：⟦大同市正通招标代理有限公司|C⟧

投诉人参加了⟦灵丘县人民医院|A⟧彩色多普勒超声诊断仪采购项目（项目编号：⟦LQZC-2026-HW-008|J⟧）的投标，因对中标结果不满，于⟦2026年1月26日|D⟧向本机关提起投诉。本机关于⟦2026年1月28日|D⟧依法受理，并向被投诉人及相关供应商发出投诉答复通知书。
投诉人称：一、采购文件将“探头数量不少于6把”设为实质性条款，系为⟦山西华康源医疗科技有限公司|C⟧量身定做，排斥其他供应商；二、相关供应商的投标产品未取得医疗器械注册证。
被投诉人称：采购需求经论证确定，不存在倾向性。
经查：一、该项目采购需求系依据科室临床需求论证确定，经专家论证会论证（论证专家：⟦鲍明远|P⟧、⟦万俟静|P⟧、⟦庞学军|P⟧），同类产品有3个以上品牌满足要求，不构成以不合理条件对供应商实行差别待遇；二、相关供应商提供的医疗器械注册证真实有效。
本机关认为，投诉人的投诉事项均缺乏事实依据。根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项的规定，驳回投诉。
投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦大同市财政局|A⟧申请行政复议，或者在6个月内向⟦灵丘县人民法院|A⟧提起行政诉讼。

⟦灵丘县财政局|A⟧
⟦2026年3月6日|D⟧
''',
    rels=[('LEGAL_REP', '解红梅', '大同市恒岳医疗器械有限公司'),
          ('HOLDS_POSITION', '解红梅', '法定代表人', '大同市恒岳医疗器械有限公司'),
          ('HOLDS_POSITION', '薛志刚', '律师', '山西晋北律师事务所'),
          ('BID_ON', '大同市恒岳医疗器械有限公司', 'LQZC-2026-HW-008'),
          ('BID_ON', '山西华康源医疗科技有限公司', 'LQZC-2026-HW-008')],
    notes=['Complaint dismissal: no PENALIZED. The complainant is stated to have bid (参加了…投标); the 相关供应商 bid (投标产品).',
           '委托代理人 is not POSITION; 律师 of the named law firm is.',
           '论证专家：… is a list head, not POSITION.',
           'violations are the allegations: tailored terms (discriminatory_terms) and an unregistered product (other).'],
))

DOCS.append(dict(
    file='jdjc-shanghang-2026-2.docx', fmt='docx', kind='penalty_decision', violations=['no_procurement'],
    issuer='上杭县财政局',
    body='''
⟦上杭县财政局|A⟧
政府采购监督检查处理决定书
⟦杭财监〔2026〕2号|N⟧
被检查单位：⟦上杭县职业中专学校|A⟧
⟦负责人|T⟧：⟦校长|T⟧ ⟦邹文斌|P⟧
被检查单位：⟦龙岩市汀江招标代理有限公司|C⟧
⟦法定代表人|T⟧：⟦丘雅芳|P⟧
⟦2026年4月|D⟧，我局根据《⟦龙岩市财政局关于开展2026年度政府采购“双随机、一公开”监督检查工作的通知|L⟧》（⟦龙财采〔2026〕11号|N⟧），对⟦上杭县职业中专学校|A⟧2025年度政府采购活动进行了监督检查。检查发现：
一、⟦上杭县职业中专学校|A⟧将实训楼装修工程（合同金额⟦人民币97.3万元|M⟧）在未履行政府采购程序的情况下，于⟦2025年7月8日|D⟧直接与⟦上杭县古田建设工程有限公司|C⟧签订合同，⟦2025年9月|D⟧补办采购手续，委托⟦龙岩市汀江招标代理有限公司|C⟧以竞争性磋商方式组织采购（项目编号：⟦SHCG[2025]0219-1|J⟧），成交供应商仍为⟦上杭县古田建设工程有限公司|C⟧，另两家响应供应商为⟦龙岩市紫金装饰工程有限公司|C⟧、⟦上杭县临江建筑劳务有限公司|C⟧。
二、⟦龙岩市汀江招标代理有限公司|C⟧⟦项目负责人|T⟧⟦李翠萍|P⟧明知合同已签订，仍组织磋商并出具成交通知书。
依据《⟦中华人民共和国政府采购法|L⟧》第七十一条、第七十八条，《⟦中华人民共和国政府采购法实施条例|L⟧》第六十八条，我局决定：
一、责令⟦上杭县职业中专学校|A⟧限期改正，并给予警告；
二、对⟦龙岩市汀江招标代理有限公司|C⟧给予警告，并处罚款⟦人民币3万元|M⟧（⟦叁万元整|M⟧）；
三、将⟦上杭县职业中专学校|A⟧⟦主要负责人|T⟧⟦邹文斌|P⟧的问题线索移送⟦中共上杭县纪律检查委员会|A⟧处理。
⟦上杭县财政局|A⟧
⟦2026年5月12日|D⟧
''',
    rels=[('PENALIZED', '上杭县财政局', '上杭县职业中专学校'),
          ('PENALIZED', '上杭县财政局', '龙岩市汀江招标代理有限公司'),
          ('REFERRED', '上杭县财政局', '中共上杭县纪律检查委员会'),
          ('HOLDS_POSITION', '邹文斌', '负责人', '上杭县职业中专学校'),
          ('HOLDS_POSITION', '邹文斌', '校长', '上杭县职业中专学校'),
          ('HOLDS_POSITION', '邹文斌', '主要负责人', '上杭县职业中专学校'),
          ('LEGAL_REP', '丘雅芳', '龙岩市汀江招标代理有限公司'),
          ('HOLDS_POSITION', '丘雅芳', '法定代表人', '龙岩市汀江招标代理有限公司'),
          ('HOLDS_POSITION', '李翠萍', '项目负责人', '龙岩市汀江招标代理有限公司'),
          ('BID_ON', '上杭县古田建设工程有限公司', 'SHCG[2025]0219-1'),
          ('BID_ON', '龙岩市紫金装饰工程有限公司', 'SHCG[2025]0219-1'),
          ('BID_ON', '上杭县临江建筑劳务有限公司', 'SHCG[2025]0219-1')],
    notes=['A 监督检查处理决定 is penalty_decision (行政处理决定). The school (public institution) is AGENCY and penalised.',
           '负责人：校长 邹文斌: the field label 负责人 and the title 校长 are two POSITION spans, each linked.',
           'The decision to transfer the principal\'s clue is REFERRED without number or date (no transfer document or date stated).',
           'The normative notice in 《》 is one LAW span (the agency inside it is not annotated).',
           'Project number shaped like a document number with a -1 suffix: PROJECT_NO.'],
))

DOCS.append(dict(
    file='zbgg-lianping-2026-0415.html', fmt='html', kind='other', violations=[],
    issuer=None,
    body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>连平县忠信镇卫生院医疗设备采购项目中标公告</title>
<style>td{border:1px solid #ccc}</style></head>
<body>
<div class="crumb">首页 &gt; 采购公告 &gt; 中标公告</div>
<h1>⟦连平县忠信镇卫生院|A⟧医疗设备采购项目中标公告</h1>
<div class="meta">发布时间：⟦2026-04-15|D⟧ 10:32　来源：⟦河源市诚信招标代理有限公司|C⟧</div>
<p>一、项目编号：⟦LPZX2026-017|J⟧</p>
<p>二、项目名称：⟦连平县忠信镇卫生院|A⟧医疗设备采购项目</p>
<p>三、中标信息</p>
<table>
<tr><td>包号</td><td>中标供应商</td><td>中标金额（元）</td><td>供应商地址</td></tr>
<tr><td>1</td><td>⟦广州市康晟医疗设备有限公司|C⟧</td><td>⟦¥1,286,400.00|M⟧</td><td>广州市天河区天府路……</td></tr>
<tr><td>2</td><td>⟦河源市仁和医药有限公司|C⟧</td><td>⟦¥347,900.00|M⟧</td><td>河源市源城区新风路……</td></tr>
</table>
<p>四、评审专家名单：⟦温志强|P⟧、⟦钟丽娟|P⟧、⟦叶卫东|P⟧（⟦采购人代表|T⟧）、⟦骆小平|P⟧、⟦廖春生|P⟧</p>
<p>五、其他补充事宜：本项目共有5家供应商递交投标文件，未中标供应商：⟦深圳市瑞迈医疗科技有限公司|C⟧、⟦东莞市百佳医疗器械有限公司|C⟧、⟦河源市康达医药有限公司|C⟧。</p>
<p>六、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人信息　名称：⟦连平县忠信镇卫生院|A⟧　地址：连平县忠信镇东街……　联系方式：0762-43xxxxx</p>
<p>2.采购代理机构信息　名称：⟦河源市诚信招标代理有限公司|C⟧　联系人：⟦严俊|P⟧　0762-33xxxxx</p>
<p>3.项目联系人：⟦严俊|P⟧、⟦古丽丽|P⟧</p>
<p style="text-align:right">⟦河源市诚信招标代理有限公司|C⟧</p>
<p style="text-align:right">⟦2026年4月15日|D⟧</p>
<div class="footer">版权所有 广东省政府采购网</div>
</body></html>
''',
    rels=[('BID_ON', '广州市康晟医疗设备有限公司', 'LPZX2026-017'),
          ('BID_ON', '河源市仁和医药有限公司', 'LPZX2026-017'),
          ('BID_ON', '深圳市瑞迈医疗科技有限公司', 'LPZX2026-017'),
          ('BID_ON', '东莞市百佳医疗器械有限公司', 'LPZX2026-017'),
          ('BID_ON', '河源市康达医药有限公司', 'LPZX2026-017'),
          ('HOLDS_POSITION', '叶卫东', '采购人代表', '连平县忠信镇卫生院')],
    notes=['Published by the agent company: issuer null, kind other.',
           'The ¥ figures in the table are MONEY (the 元 is in the column head).',
           '采购人代表 in brackets after a name is POSITION (org: the purchaser); 评审专家名单 is a list head.',
           'The <title> in <head> is not visible text. The footer website is not annotated.'],
))

DOCS.append(dict(
    file='cjgg-xiuning-2026-08.html', fmt='html', kind='other', violations=[],
    issuer='休宁县公共资源交易中心',
    body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>成交结果公告</title></head>
<body>
<div id="nav">休宁县公共资源交易网 &gt; 政府采购 &gt; 结果公告</div>
<h2>⟦休宁县农业农村局|A⟧2026年高标准农田建设监理服务竞争性谈判成交结果公告</h2>
<p class="no">⟦休交采成〔2026〕第08号|N⟧</p>
<p>采购人：⟦休宁县农业农村局|A⟧</p>
<p>集中采购机构：⟦休宁县公共资源交易中心|A⟧</p>
<p>项目编号：⟦XNCG【2026】NY-012|J⟧</p>
<p>预算金额：⟦人民币壹佰贰拾万元整|M⟧（⟦¥1,200,000.00元|M⟧）</p>
<p>一、成交供应商：⟦安徽徽州工程建设监理有限公司|C⟧，成交金额：⟦¥1,098,000.00元|M⟧。</p>
<p>二、参加谈判的其他供应商：⟦黄山市新安工程咨询有限公司|C⟧（第二名）、⟦合肥皖江监理有限责任公司|C⟧（第三名）。</p>
<p>三、谈判小组成员：⟦舒建国|P⟧、⟦查丽君|P⟧、⟦程晓东|P⟧（⟦采购人代表|T⟧）。</p>
<p>四、成交供应商拟派⟦总监理工程师|T⟧：⟦汪海涛|P⟧。</p>
<p>公告期限：自本公告发布之日起1个工作日。</p>
<p>联系人：⟦胡小玲|P⟧（电话：0559-75xxxxx）</p>
<p>⟦休宁县公共资源交易中心|A⟧</p>
<p>⟦2026年6月8日|D⟧</p>
</body></html>
''',
    rels=[('BID_ON', '安徽徽州工程建设监理有限公司', 'XNCG【2026】NY-012'),
          ('BID_ON', '黄山市新安工程咨询有限公司', 'XNCG【2026】NY-012'),
          ('BID_ON', '合肥皖江监理有限责任公司', 'XNCG【2026】NY-012'),
          ('HOLDS_POSITION', '汪海涛', '总监理工程师', '安徽徽州工程建设监理有限公司'),
          ('HOLDS_POSITION', '程晓东', '采购人代表', '休宁县农业农村局')],
    notes=['Published by the centralised procurement body (an AGENCY): it is the issuer; kind other.',
           'The announcement serial 休交采成〔2026〕第08号 is DOC_NO; the 项目编号 in 【】 is PROJECT_NO.',
           'A 大写 budget and its ¥ figure are two MONEY spans.',
           '谈判小组成员 is a list head; 采购人代表 in brackets after a member is POSITION (org: the purchaser).',
           '总监理工程师 of the winning firm is POSITION (the firm\'s proposed role for a named person).'],
))

DOCS.append(dict(
    file='tb-yanshan-2026-2.txt', fmt='utf-8', kind='discipline_notice',
    violations=['interference', 'bribery', 'discriminatory_terms', 'abuse_of_power'],
    issuer='中共铅山县纪委',
    body='''
⟦中共铅山县纪委|A⟧ ⟦铅山县监委|A⟧
关于3起政府采购领域违纪违法典型问题的通报
⟦铅纪通〔2026〕2号|N⟧

各乡（镇、街道）党（工）委、政府（办事处），县直各单位：
为深化政府采购领域突出问题专项整治，以案为鉴、以案促改，现将近期查处的3起典型问题通报如下：
一、⟦铅山县河口镇中心小学|A⟧⟦原校长|T⟧⟦傅国庆|P⟧违规插手政府采购问题。⟦2024年3月|D⟧至⟦2025年6月|D⟧，⟦傅国庆|P⟧利用担任⟦校长|T⟧的职务便利，在学校食堂设备采购中授意采购代理机构设置指向性条款，帮助⟦上饶市鹅湖厨具有限公司|C⟧中标，收受该公司⟦负责人|T⟧⟦祝某某|P⟧所送好处费⟦人民币6.8万元|M⟧。⟦2026年3月|D⟧，⟦傅国庆|P⟧受到开除党籍、开除公职处分，其涉嫌犯罪问题被移送⟦铅山县人民检察院|A⟧依法审查起诉。
二、⟦铅山县财政局政府采购股|A⟧⟦原股长|T⟧⟦何晓峰|P⟧失职失责问题。⟦2025年5月|D⟧，⟦何晓峰|P⟧在处理⟦铅山县鹅湖镇敬老院|A⟧改造项目投诉过程中，未依法调查核实投诉人反映的供应商资质造假问题，即作出驳回投诉的处理决定，造成不良影响。⟦2026年2月|D⟧，经⟦铅山县纪委常委会|A⟧研究，给予⟦何晓峰|P⟧党内警告处分。
三、⟦铅山县永平镇人民政府|A⟧⟦原副镇长|T⟧⟦章某|P⟧违规干预工程招标问题。2025年上半年，⟦章某|P⟧多次向镇村道拓宽工程招标代理人员打招呼，要求将其亲属⟦何某某|P⟧实际控制的⟦上饶市信江建筑有限公司|C⟧列为中标候选人。⟦2026年4月|D⟧，⟦铅山县监委|A⟧给予⟦章某|P⟧政务记过处分。
上述问题警示我们，……各级党组织要切实扛起主体责任，坚决防止政府采购领域“靠企吃企”“围猎”与甘于被“围猎”问题发生。

⟦中共铅山县纪委|A⟧ ⟦铅山县监委|A⟧
⟦2026年5月6日|D⟧
''',
    rels=[('PENALIZED', '铅山县纪委常委会', '何晓峰'),
          ('PENALIZED', '铅山县监委', '章某'),
          ('REFERRED', '铅山县监委', '铅山县人民检察院', None, '2026年3月'),
          ('HOLDS_POSITION', '傅国庆', '原校长', '铅山县河口镇中心小学'),
          ('HOLDS_POSITION', '傅国庆', '校长', '铅山县河口镇中心小学'),
          ('HOLDS_POSITION', '祝某某', '负责人', '上饶市鹅湖厨具有限公司'),
          ('HOLDS_POSITION', '何晓峰', '原股长', '铅山县财政局政府采购股'),
          ('HOLDS_POSITION', '章某', '原副镇长', '铅山县永平镇人民政府')],
    notes=['傅国庆 受到…处分 is passive with no named agent: no PENALIZED. His case 被移送 the procuratorate: the sender is the '
           'case-handling body the notice names, the 监委 (a duty crime), dated 2026年3月.',
           '铅山县财政局政府采购股: a named internal unit with the agency name is one AGENCY span.',
           '何某某实际控制的: a verb phrase, not a POSITION. 2025年上半年 is not DATE.',
           'Joint issuer: doc.issuer is the first-listed 中共铅山县纪委.'],
))

DOCS.append(dict(
    file='blxw-shixing-2026-5.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
    issuer='始兴县财政局',
    body='''
⟦始兴县财政局|A⟧
关于将⟦韶关市顺达物业管理有限公司|C⟧等2家供应商列入政府采购严重违法失信行为记录名单的决定
⟦始财采〔2026〕5号|N⟧

⟦韶关市顺达物业管理有限公司|C⟧（统一社会信用代码：91440222MA4Wxxxxxx，⟦法定代表人|T⟧：⟦邓秋生|P⟧）、⟦始兴县丹霞保安服务有限公司|C⟧（⟦法定代表人|T⟧：⟦黎志远|P⟧）：
经查，你们在参加⟦始兴县人民医院|A⟧物业管理服务采购项目（项目编号：⟦SXCG2026-ZB-0006|J⟧）投标时，投标文件中的项目管理人员名单、社保缴纳证明高度雷同，且两家供应商的投标保证金均由同一单位（⟦韶关市顺达物业管理有限公司|C⟧）缴纳，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（六）项规定的恶意串通情形。我局已于⟦2026年4月3日|D⟧作出行政处罚决定（⟦始财罚〔2026〕3号|N⟧、⟦始财罚〔2026〕4号|N⟧），分别处以罚款⟦人民币4,380元|M⟧、⟦人民币4,125元|M⟧。
根据《⟦中华人民共和国政府采购法|L⟧》第七十七条及《⟦政府采购严重违法失信行为记录名单管理办法|L⟧》的规定，我局决定将你们列入政府采购严重违法失信行为记录名单，自⟦2026年4月20日|D⟧至⟦2027年4月19日|D⟧，禁止参加政府采购活动。列入名单期间，相关信息将推送至“信用中国（广东）”网站。

⟦始兴县财政局|A⟧
⟦2026年4月20日|D⟧
抄送：⟦韶关市财政局|A⟧，⟦始兴县发展和改革局|A⟧
''',
    rels=[('PENALIZED', '始兴县财政局', '韶关市顺达物业管理有限公司'),
          ('PENALIZED', '始兴县财政局', '始兴县丹霞保安服务有限公司'),
          ('LEGAL_REP', '邓秋生', '韶关市顺达物业管理有限公司'),
          ('HOLDS_POSITION', '邓秋生', '法定代表人', '韶关市顺达物业管理有限公司'),
          ('LEGAL_REP', '黎志远', '始兴县丹霞保安服务有限公司'),
          ('HOLDS_POSITION', '黎志远', '法定代表人@1', '始兴县丹霞保安服务有限公司'),
          ('BID_ON', '韶关市顺达物业管理有限公司', 'SXCG2026-ZB-0006'),
          ('BID_ON', '始兴县丹霞保安服务有限公司', 'SXCG2026-ZB-0006')],
    notes=['A blacklisting decision is penalty_decision; the earlier fines by 我局 (named issuer) are the same pair, one PENALIZED each.',
           '抄送 is not REFERRED. The 信用中国 website is not annotated. The two ends of the listing period are two DATEs.'],
))

DOCS.append(dict(
    file='cf-fanshi-2026-18.txt', fmt='utf-8', kind='penalty_decision', violations=['bribery'],
    issuer='繁峙县市场监督管理局',
    body='''
⟦繁峙县市场监督管理局|A⟧
行政处罚决定书
⟦繁市监处罚〔2026〕18号|N⟧
当事人：⟦忻州市五台山文化用品有限公司|C⟧
主体类型：有限责任公司（自然人投资或控股）
住所：山西省忻州市繁峙县繁城镇……
⟦法定代表人|T⟧：⟦阎志宏|P⟧
经查，⟦2025年3月|D⟧至11月，当事人为在⟦繁峙县第二中学|A⟧教辅材料、办公用品采购中获得交易机会，由其⟦销售经理|T⟧⟦郝丽娟|P⟧先后9次向该校⟦总务处主任|T⟧⟦康某|P⟧转账给付“回扣”共计⟦人民币26,800元|M⟧。当事人在此期间向该校销售货物金额共计⟦人民币418,650元|M⟧，获得违法所得⟦人民币63,200元|M⟧。⟦康某|P⟧涉嫌受贿问题，本局已于⟦2026年1月15日|D⟧以⟦繁市监移〔2026〕2号|N⟧移送⟦繁峙县监察委员会|A⟧。
上述事实有询问笔录、银行转账凭证、销售台账等证据证明。
当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款第（一）项的规定，构成商业贿赂行为。依据《⟦中华人民共和国反不正当竞争法|L⟧》第十九条的规定，本局决定：
一、没收违法所得⟦人民币63,200元|M⟧；
二、罚款⟦人民币150,000元|M⟧（⟦壹拾伍万元整|M⟧）。
罚没款合计⟦人民币213,200元|M⟧。
当事人如对本处罚决定不服，可在收到本决定书之日起六十日内向⟦繁峙县人民政府|A⟧或者⟦忻州市市场监督管理局|A⟧申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。
⟦繁峙县市场监督管理局|A⟧
⟦2026年3月9日|D⟧
''',
    rels=[('PENALIZED', '繁峙县市场监督管理局', '忻州市五台山文化用品有限公司'),
          ('LEGAL_REP', '阎志宏', '忻州市五台山文化用品有限公司'),
          ('HOLDS_POSITION', '阎志宏', '法定代表人', '忻州市五台山文化用品有限公司'),
          ('HOLDS_POSITION', '郝丽娟', '销售经理', '忻州市五台山文化用品有限公司'),
          ('HOLDS_POSITION', '康某', '总务处主任', '繁峙县第二中学'),
          ('REFERRED', '繁峙县市场监督管理局', '繁峙县监察委员会', '繁市监移〔2026〕2号', '2026年1月15日')],
    notes=['总务处主任 of 该校 is one POSITION span (the internal office is part of the title); org the school.',
           'The transfer of the official\'s bribery clue to the 监委 is REFERRED with its number and date.',
           '2025年3月至11月: the bare end month is not DATE. 人民法院 bare: not AGENCY.'],
))
