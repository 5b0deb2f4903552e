"""heldout4 — 6 decisions/announcements and 6 judgment/indictment paragraphs (hand annotation, inline marks).

Places: Ningxia (青铜峡), Hainan (儋州), Tianjin (武清), Shanghai (金山, traditional), Tibet (巴宜),
Guangxi (田阳); Hubei (当阳), Henan (邓州), Yunnan (宾川), Guizhou (湄潭), Heilongjiang (海伦,
traditional), Xinjiang (玛纳斯). All persons, companies, numbers, amounts and acts are invented.
"""

CAIL = [
    'Invented court-judgment fact paragraph (CAIL style); masked names kept as written.',
    '被告人, 公诉机关, 本院 and generic references are not annotated; the deciding court is not named, so doc.issuer is null.',
    'PENALIZED only where a named court or agency imposes a sanction.',
]


def para(s: str) -> str:
    return ''.join(line.strip() for line in s.strip().split('\n'))


DOCS = [
    dict(
        file='cf-qingtongxia-2026-3.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='青铜峡市财政局',
        body='''
⟦青铜峡市财政局|A⟧
行政处罚决定书
⟦青财采罚〔2026〕3号|N⟧
当事人：⟦宁夏塞上明珠供应链管理有限公司青铜峡分公司|C⟧
统一社会信用代码：91640381MA7D2XXXXX
⟦负责人|T⟧：⟦马玉兰|P⟧
地址：宁夏回族自治区吴忠市青铜峡市裕民街道汉坝街168号
当事人系⟦宁夏塞上明珠供应链管理有限公司|C⟧设立的分支机构。⟦2026年1月12日|D⟧，我局收到采购代理机构⟦宁夏正衡招标代理有限公司|C⟧（以下简称“⟦正衡招标|C⟧”）的书面报告，反映当事人在青铜峡市中小学学生营养餐食材采购项目（项目编号：⟦QTXCG-2026-009|J⟧）投标文件中提交的食品经营许可证涉嫌伪造。我局于⟦2026年1月15日|D⟧立案调查。
经查，当事人提交的食品经营许可证编号在市场监管部门系统中不存在，系伪造。当事人以⟦人民币贰佰叁拾陆万捌仟元|M⟧（⟦¥2,368,000.00|M⟧）中标。以上事实有⟦正衡招标|C⟧报告、投标文件、⟦青铜峡市市场监督管理局|A⟧出具的核查意见及当事人陈述等证据为证。
我局于⟦2026年2月27日|D⟧向当事人送达《行政处罚事先告知书》（⟦青财采告〔2026〕3号|N⟧），当事人在法定期限内未提出陈述、申辩，也未要求听证。
当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第一项的规定。依据上述规定，我局决定：
一、处以采购金额千分之五的罚款，计⟦人民币壹万壹仟捌佰肆拾元整|M⟧（⟦¥11,840.00|M⟧）；
二、列入不良行为记录名单，一年内禁止参加政府采购活动；
三、中标无效。
罚款请于收到本决定书之日起十五日内缴至⟦市财政局|A⟧指定的非税收入账户。如不服本决定，可在收到本决定书之日起六十日内向⟦青铜峡市人民政府|A⟧或者⟦吴忠市财政局|A⟧申请行政复议，也可在六个月内向⟦青铜峡市人民法院|A⟧提起行政诉讼。
⟦青铜峡市财政局|A⟧
⟦二〇二六年三月十八日|D⟧
''',
        rels=[
            ('PENALIZED', '青铜峡市财政局', '宁夏塞上明珠供应链管理有限公司青铜峡分公司'),
            ('HOLDS_POSITION', '马玉兰', '负责人', '宁夏塞上明珠供应链管理有限公司青铜峡分公司'),
            ('BID_ON', '宁夏塞上明珠供应链管理有限公司青铜峡分公司', 'QTXCG-2026-009'),
        ],
        aliases={'正衡招标': '宁夏正衡招标代理有限公司', '市财政局': '青铜峡市财政局'},
        notes=[
            'The 当事人 is the branch (one COMPANY span); the parent company is a separate mention and is not penalised.',
            '负责人：马玉兰 is POSITION of the branch; no LEGAL_REP (负责人 is not 法定代表人).',
            'The address after 地址 is not annotated, although it contains 青铜峡市.',
            '《行政处罚事先告知书》 is a case document (not LAW); its number is DOC_NO.',
            '大写 amounts and their ¥ figures are separate MONEY spans. 千分之五 is a rate.',
            '市财政局 (level word + institution) is the issuer\'s short form: AGENCY, alias. 市场监管部门 is generic.',
            'Chinese-numeral signature date is DATE.',
        ],
    ),
    dict(
        file='tscl-danzhou-2026-5.txt', fmt='gb18030-crlf', kind='complaint_decision', violations=['false_materials', 'other'],
        issuer='儋州市财政局',
        body='''
⟦儋州市财政局|A⟧
政府采购投诉处理决定书
⟦儋财购投决〔2026〕5号|N⟧
投诉人：⟦海南椰岛信息技术有限公司|C⟧
地址：海口市龙华区滨海大道105号
⟦法定代表人|T⟧：⟦欧阳振华|P⟧
委托代理人：⟦符小丽|P⟧
被投诉人1：⟦儋州市第一中学|A⟧
被投诉人2：⟦海南恒信招标有限公司儋州分公司|C⟧
相关供应商：⟦海南云帆科技有限公司|C⟧
投诉人参与了⟦儋州市第一中学|A⟧智慧校园建设项目（项目编号：⟦HNHX-DZ2026-0117|J⟧）的投标，对该项目中标结果质疑未获满意答复，于⟦2026年4月2日|D⟧向本机关提起投诉。本机关依法受理，并向被投诉人和相关供应商发出投诉答复通知书。
投诉事项：一、中标供应商⟦海南云帆科技有限公司|C⟧投标文件中的软件检测报告系伪造；二、评审专家对投诉人技术部分的评分明显畸低。
经查：⟦海南云帆科技有限公司|C⟧提交的检测报告编号经出具机构⟦海南省软件评测中心|A⟧书面确认不存在，投诉事项一成立；评审委员会对投诉人的评分符合采购文件规定的评分标准，投诉事项二不成立。
处理决定：依据《⟦政府采购质疑和投诉办法|L⟧》第三十二条第一款第（二）项，认定该项目中标结果无效，责令⟦儋州市第一中学|A⟧依法重新开展采购活动。对⟦海南云帆科技有限公司|C⟧提供虚假材料的行为，本机关另行依法处理。
投诉人对本决定不服的，可以在收到本决定书之日起六十日内向⟦儋州市人民政府|A⟧申请行政复议，或者在六个月内依法提起行政诉讼。
⟦儋州市财政局|A⟧
⟦2026年5月13日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '欧阳振华', '法定代表人', '海南椰岛信息技术有限公司'),
            ('LEGAL_REP', '欧阳振华', '海南椰岛信息技术有限公司'),
            ('BID_ON', '海南椰岛信息技术有限公司', 'HNHX-DZ2026-0117'),
            ('BID_ON', '海南云帆科技有限公司', 'HNHX-DZ2026-0117'),
        ],
        notes=[
            'GB18030 with CRLF line ends.',
            'The complainant bid (投诉人参与了…投标): BID_ON. The winner (中标供应商) too. The agent branch does not bid.',
            'Declaring the award void and ordering a new procurement are complaint remedies: not PENALIZED.',
            '委托代理人 is procedural: not POSITION. A public school (儋州市第一中学) is AGENCY.',
            'violations: the forged report (found) → false_materials; the scoring complaint (alleged, unfounded) → other.',
            '本机关 is a self-reference; the address is not annotated.',
        ],
    ),
    dict(
        file='zbgg-wuqing-2026-0318.html', fmt='html', kind='other', violations=[],
        issuer=None,
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>中标公告 - 天津市政府采购网</title>
<style>td{padding:2px 6px}</style></head>
<body>
<div class="top">天津市政府采购网</div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/cggg">采购公告</a> &gt; <a href="/zbgg">中标公告</a></div>
<h2>⟦天津市武清区教育局|A⟧武清区中小学校园安全监控升级改造项目中标公告</h2>
<div class="meta"><span>发布日期：⟦2026-03-18|D⟧</span>　<span>来源：⟦天津恒正工程咨询有限公司|C⟧</span></div>
<div class="content">
<p>一、项目编号：⟦TJWQ-ZB-2026-0318|J⟧</p>
<p>二、项目名称：武清区中小学校园安全监控升级改造项目</p>
<p>三、中标信息</p>
<table>
<tr><td>供应商名称</td><td>⟦天津津武安防科技集团有限公司|C⟧（以下简称“⟦津武安防|C⟧”）</td></tr>
<tr><td>供应商地址</td><td>天津市武清区京滨工业园京滨睿城12号楼</td></tr>
<tr><td>中标金额</td><td>⟦¥3,985,600.00|M⟧（大写：⟦叁佰玖拾捌万伍仟陆佰元整|M⟧）</td></tr>
</table>
<p>四、主要标的信息：网络高清摄像机、智能分析服务器、存储设备及安装调试，服务期限：合同签订后60日内完成。</p>
<p>五、评审专家名单：⟦张**|P⟧、⟦李**|P⟧、⟦王某|P⟧、⟦上官敏|P⟧、⟦刘建国|P⟧（⟦采购人代表|T⟧）</p>
<p>六、代理服务收费标准及金额：参照⟦国家计委|A⟧⟦计价格〔2002〕1980号|N⟧文件收费标准，由⟦津武安防|C⟧支付，金额⟦¥42,600.00|M⟧。</p>
<p>七、公告期限：自本公告发布之日起1个工作日。</p>
<p>八、其他补充事宜：第二中标候选人为⟦天津海河智联电子工程有限公司|C⟧，第三中标候选人为⟦北京中安华盾技术有限公司天津分公司|C⟧。</p>
<p>九、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人信息：名称：⟦天津市武清区教育局|A⟧；地址：天津市武清区雍阳西道396号；联系人：⟦公孙丽|P⟧。</p>
<p>2.采购代理机构信息：名称：⟦天津恒正工程咨询有限公司|C⟧；联系人：⟦严可欣|P⟧；电话：022-2xxxxxxx。</p>
</div>
<div class="foot"><p>主办单位：⟦天津市财政局|A⟧</p><p>技术支持：⟦天津市政府采购中心|A⟧</p></div>
</body>
</html>
''',
        rels=[
            ('HOLDS_POSITION', '刘建国', '采购人代表', '天津市武清区教育局'),
            ('BID_ON', '天津津武安防科技集团有限公司', 'TJWQ-ZB-2026-0318'),
            ('BID_ON', '天津海河智联电子工程有限公司', 'TJWQ-ZB-2026-0318'),
            ('BID_ON', '北京中安华盾技术有限公司天津分公司', 'TJWQ-ZB-2026-0318'),
        ],
        aliases={'津武安防': '天津津武安防科技集团有限公司'},
        notes=[
            '.html: offsets refer to texts/zbgg-wuqing-2026-0318.html.txt (the <title> and <style> in <head> are dropped; table cells are lines).',
            'An announcement published by the agent company: issuer null; the page-chrome bodies (天津市财政局, 天津市政府采购中心) are annotated but are not the issuer. 天津市政府采购网 is a website: not annotated.',
            '评审专家名单 is a list head: no POSITION for the listed experts; (采购人代表) after 刘建国 is POSITION, org the purchaser.',
            '国家计委计价格〔2002〕1980号: 国家计委 (the former State Planning Commission, its usual short form) is AGENCY and the number 计价格〔2002〕1980号 is DOC_NO — two adjacent spans.',
            'The winner and the 2nd/3rd candidates get BID_ON. The addresses in 供应商地址/地址 are not annotated.',
            '60日内 and 1个工作日 are durations: not DATE.',
        ],
    ),
    dict(
        file='cjgg-jinshan-2026-fanti.html', fmt='html', kind='other', violations=[],
        issuer='上海市金山區政府採購中心',
        body='''<!DOCTYPE html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>成交公告</title></head>
<body>
<div class="banner">⟦上海市金山區人民政府|A⟧</div>
<div class="nav"><a href="/">首頁</a> | <a href="/zfcg">政府採購</a></div>
<h1>金山區公立醫院保潔服務項目成交公告</h1>
<div class="meta"><span>發布機構：⟦上海市金山區政府採購中心|A⟧</span>　<span>發布日期：⟦2026年4月22日|D⟧</span></div>
<div class="body">
<p>一、項目編號：⟦金採〔2026〕0412號|J⟧</p>
<p>二、項目名稱：金山區公立醫院保潔服務項目</p>
<p>三、採購人：⟦上海市金山區衛生健康委員會|A⟧</p>
<p>四、採購方式：競爭性談判</p>
<p>五、成交供應商：⟦上海金山石化物業管理有限公司|C⟧（以下簡稱“⟦石化物業|C⟧”）</p>
<p>六、成交金額：⟦¥1,236,000.00|M⟧（⟦壹佰貳拾叁萬陸仟元整|M⟧）</p>
<p>七、其他參與談判的供應商：⟦上海漕涇保潔服務有限公司|C⟧、⟦上海楓涇環境服務有限公司金山分公司|C⟧</p>
<p>八、談判小組成員：⟦陳**|P⟧、⟦周某|P⟧、⟦司徒嘉明|P⟧</p>
<p>九、⟦石化物業|C⟧應於成交通知書發出之日起三十日內與採購人簽訂合同。</p>
<p>⟦上海市金山區政府採購中心|A⟧</p>
<p>⟦二〇二六年四月二十二日|D⟧</p>
</div>
<div class="foot">版權所有：⟦上海市金山區人民政府辦公室|A⟧</div>
</body>
</html>
''',
        rels=[
            ('BID_ON', '上海金山石化物業管理有限公司', '金採〔2026〕0412號'),
            ('BID_ON', '上海漕涇保潔服務有限公司', '金採〔2026〕0412號'),
            ('BID_ON', '上海楓涇環境服務有限公司金山分公司', '金採〔2026〕0412號'),
        ],
        aliases={'石化物業': '上海金山石化物業管理有限公司'},
        notes=[
            'Traditional characters; .html: offsets refer to texts/cjgg-jinshan-2026-fanti.html.txt.',
            '金採〔2026〕0412號 is the value of 項目編號: PROJECT_NO, although shaped like a document number.',
            'The issuer is the procurement centre (a public institution, signs the announcement); the government in the banner and footer is page chrome.',
            'Suppliers that took part in the negotiation (其他參與談判的供應商) get BID_ON, as does the winner.',
            '談判小組成員 is a list head: no POSITION. 公立醫院 is generic. 三十日內 is a duration.',
        ],
    ),
    dict(
        file='yt-bayi-2026-0416.docx', fmt='docx', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='林芝市巴宜区财政局',
        body='''
约谈记录
约谈时间：⟦2026年4月16日|D⟧上午10时
约谈地点：三楼会议室
约谈单位：⟦林芝市巴宜区财政局|A⟧
约谈人：⟦次仁多吉|P⟧（⟦副局长|T⟧）、⟦拉巴卓玛|P⟧（政府采购股⟦股长|T⟧）
被约谈单位：⟦西藏雪域招标代理有限公司林芝分公司|C⟧（以下简称“⟦雪域林芝分公司|C⟧”）
被约谈人：⟦上官婉清|P⟧（⟦负责人|T⟧）、⟦格桑|P⟧（⟦项目经理|T⟧）
记录人：⟦张**|P⟧
约谈事由：⟦雪域林芝分公司|C⟧代理的巴宜区2026年农牧民技能培训服务采购项目（项目编号：⟦BYCG-2026-021|J⟧）存在以下问题：一是采购文件要求投标人具有“林芝市本地固定办公场所”，限制外地供应商参与；二是开标后未在规定时间内发布中标结果公告；三是收取投标保证金⟦人民币伍万元|M⟧，超过采购项目预算金额的百分之二。
约谈要求：一、⟦雪域林芝分公司|C⟧应于15日内修改采购文件中的限制性条款并重新发布公告；二、退还超额收取的保证金；三、整改情况于⟦2026年5月6日|D⟧前书面报告⟦区财政局|A⟧。
被约谈人意见：对上述问题无异议，将按期整改。
被约谈人签字：⟦上官婉清|P⟧　　约谈人签字：⟦次仁多吉|P⟧
''',
        rels=[
            ('HOLDS_POSITION', '次仁多吉', '副局长', '林芝市巴宜区财政局'),
            ('HOLDS_POSITION', '拉巴卓玛', '股长', '林芝市巴宜区财政局'),
            ('HOLDS_POSITION', '上官婉清', '负责人', '西藏雪域招标代理有限公司林芝分公司'),
            ('HOLDS_POSITION', '格桑', '项目经理', '西藏雪域招标代理有限公司林芝分公司'),
        ],
        aliases={'雪域林芝分公司': '西藏雪域招标代理有限公司林芝分公司', '区财政局': '林芝市巴宜区财政局'},
        notes=[
            '.docx: offsets refer to texts/yt-bayi-2026-0416.docx.txt.',
            '政府采购股股长: the sub-unit 政府采购股 has no agency name and is not annotated (heldout3 decision); POSITION 股长, org the interviewing bureau.',
            'A rectification demand in an interview record is not PENALIZED. The agent does not bid: no BID_ON.',
            '记录人 is not POSITION. 15日内 is a duration. 百分之二 is a rate. 上午10时 excluded from DATE.',
            'violations: 限制外地供应商 → discriminatory_terms; late announcement and excessive deposit → other.',
            '区财政局 (level word + institution) refers to the interviewing bureau: AGENCY, alias.',
        ],
    ),
    dict(
        file='cf-tianyang-2026-12.docx', fmt='docx', kind='penalty_decision', violations=['bribery'],
        issuer='百色市田阳区市场监督管理局',
        body='''
⟦百色市田阳区市场监督管理局|A⟧
行政处罚决定书
⟦田市监处罚〔2026〕12号|N⟧
当事人：⟦广西百色田园农资有限公司|C⟧
主体资格证照名称：营业执照
统一社会信用代码：91451021MA5N8XXXXX
住所：百色市田阳区田州镇东江路88号
⟦法定代表人|T⟧：⟦黄**|P⟧
⟦2026年1月|D⟧，本局根据⟦百色市田阳区财政局|A⟧移送的线索（⟦田财函〔2026〕2号|N⟧），对当事人涉嫌商业贿赂行为立案调查。
经查，当事人参与⟦百色市田阳区农业农村局|A⟧2025年农资统一采购项目（项目编号：⟦TYNC-2025-033|J⟧）投标并中标。为在该项目中获得交易机会，当事人于⟦2025年8月|D⟧至10月间，通过其⟦销售经理|T⟧⟦韦**|P⟧向该局⟦工作人员|T⟧⟦农某某|P⟧送出现金⟦人民币叁万元|M⟧及价值⟦¥4,800.00|M⟧的购物卡。当事人在该项目中获得违法所得⟦人民币陆万贰仟肆佰元|M⟧。
当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条，本局决定：
一、没收违法所得⟦人民币陆万贰仟肆佰元|M⟧；
二、罚款⟦人民币壹拾伍万元整|M⟧（⟦¥150,000.00|M⟧）。
本局已将⟦农某某|P⟧涉嫌违纪违法问题线索移送⟦中共百色市田阳区纪律检查委员会|A⟧。
当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向⟦百色市田阳区人民政府|A⟧申请行政复议，或者六个月内向⟦百色市右江区人民法院|A⟧提起行政诉讼。
⟦百色市田阳区市场监督管理局|A⟧
⟦二〇二六年三月二十日|D⟧
''',
        rels=[
            ('PENALIZED', '百色市田阳区市场监督管理局', '广西百色田园农资有限公司'),
            ('HOLDS_POSITION', '黄**', '法定代表人', '广西百色田园农资有限公司'),
            ('LEGAL_REP', '黄**', '广西百色田园农资有限公司'),
            ('HOLDS_POSITION', '韦**', '销售经理', '广西百色田园农资有限公司'),
            ('HOLDS_POSITION', '农某某', '工作人员', '百色市田阳区农业农村局'),
            ('BID_ON', '广西百色田园农资有限公司', 'TYNC-2025-033'),
            ('REFERRED', '百色市田阳区财政局', '百色市田阳区市场监督管理局', '田财函〔2026〕2号', None),
            ('REFERRED', '百色市田阳区市场监督管理局', '中共百色市田阳区纪律检查委员会'),
        ],
        notes=[
            '.docx: offsets refer to texts/cf-tianyang-2026-12.docx.txt.',
            '本局 = the named issuer: the finance bureau\'s clue transfer to 本局 is REFERRED (number, no transfer date: 2026年1月 is when the case was opened).',
            '该局工作人员农某某 → org 百色市田阳区农业农村局 (the pronoun resolved). Masked names 黄**, 韦**, 农某某 are PERSON.',
            'The transfer of the official\'s clue to the discipline commission is REFERRED without number or date.',
            '2025年8月至10月: the bare end month 10月 has no year and no day: not DATE (GUIDELINES: at least year+month or month+day).',
            'The address after 住所 and the credit code are not annotated.',
        ],
    ),
    # ------------------------------------------------------------------ judgment / indictment paragraphs
    dict(
        file='cj-dangyang.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'contract_violation'],
        issuer=None,
        body=para('''
经审理查明：被告人⟦王某|P⟧系⟦当阳市某某建材有限公司|C⟧（以下简称⟦某某建材|C⟧）⟦实际控制人|T⟧，被告人⟦张**|P⟧系⟦宜昌某某工程有限公司|C⟧⟦法定代表人|T⟧。
⟦2019年5月|D⟧，⟦当阳市玉阳街道办事处|A⟧就背街小巷硬化工程（项目编号：⟦DYYY-2019-045|J⟧）进行公开招标，⟦王某|P⟧为承揽该工程，邀约⟦张**|P⟧等人以⟦宜昌某某工程有限公司|C⟧、⟦当阳某某建筑有限公司|C⟧的名义参与投标，
并由⟦王某|P⟧统一编制投标文件、统一支付投标保证金⟦人民币20万元|M⟧，最终⟦宜昌某某工程有限公司|C⟧以⟦人民币286.4万元|M⟧中标，中标后该公司将工程整体交由⟦某某建材|C⟧施工，⟦王某|P⟧支付给⟦张**|P⟧“管理费”⟦8.59万元|M⟧。
同年⟦10月12日|D⟧，⟦当阳市住房和城乡建设局|A⟧对⟦宜昌某某工程有限公司|C⟧作出罚款⟦1.43万元|M⟧的行政处罚。⟦2021年3月8日|D⟧，被告人⟦王某|P⟧经⟦当阳市公安局|A⟧电话通知到案，如实供述了上述事实。
'''),
        rels=[
            ('HOLDS_POSITION', '王某', '实际控制人', '当阳市某某建材有限公司'),
            ('HOLDS_POSITION', '张**', '法定代表人', '宜昌某某工程有限公司'),
            ('LEGAL_REP', '张**', '宜昌某某工程有限公司'),
            ('BID_ON', '宜昌某某工程有限公司', 'DYYY-2019-045'),
            ('BID_ON', '当阳某某建筑有限公司', 'DYYY-2019-045'),
            ('PENALIZED', '当阳市住房和城乡建设局', '宜昌某某工程有限公司'),
        ],
        aliases={'某某建材': '当阳市某某建材有限公司'},
        notes=CAIL + [
            '某某建材 is a defined short form (以下简称) of a masked company: COMPANY, alias.',
            '该公司将工程整体交由某某建材施工 → 转包: contract_violation.',
            '同年10月12日 → 10月12日. 电话通知到案 is not a sanction.',
            '某某建材 itself is not said to bid: no BID_ON for it.',
        ],
    ),
    dict(
        file='qs-dengzhou-2026-56.txt', fmt='gb18030-crlf', kind='other', violations=['bribery'],
        issuer='河南省邓州市人民检察院',
        body='''
⟦河南省邓州市人民检察院|A⟧
起诉书
⟦邓检刑诉〔2026〕56号|N⟧
被告人⟦司马某某|P⟧，男，⟦1976年10月3日|D⟧出生，汉族，原系⟦邓州市教育体育局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2025年10月21日|D⟧被⟦邓州市监察委员会|A⟧留置，⟦2026年2月3日|D⟧被本院决定逮捕。
被告人⟦闫某|P⟧，男，⟦1981年5月9日|D⟧出生，⟦邓州市宏图教学仪器有限公司|C⟧（以下简称⟦宏图公司|C⟧）⟦法定代表人|T⟧。
本案由⟦邓州市监察委员会|A⟧调查终结，于⟦2026年2月3日|D⟧移送本院审查起诉。
经依法审查查明：
⟦2020年3月|D⟧至⟦2023年6月|D⟧，被告人⟦司马某某|P⟧利用分管教育装备采购的职务便利，在邓州市农村学校多媒体设备采购项目（项目编号：⟦DZJT-2020-CG-012|J⟧）、邓州市中小学图书采购项目（项目编号：⟦DZJT-2022-CG-047|J⟧）中，为⟦宏图公司|C⟧中标提供帮助，先后十余次收受⟦闫某|P⟧所送现金共计⟦人民币52万元|M⟧。上述两项目中标金额合计⟦人民币1,486.7万元|M⟧。
本院认为，被告人⟦司马某某|P⟧身为国家工作人员，利用职务上的便利，非法收受他人财物，为他人谋取利益，数额巨大；被告人⟦闫某|P⟧为谋取不正当利益，给予国家工作人员以财物，情节严重，应当分别以受贿罪、行贿罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
此致
⟦邓州市人民法院|A⟧
⟦检察员|T⟧　⟦魏某某|P⟧
⟦2026年3月20日|D⟧
''',
        rels=[
            ('REFERRED', '邓州市监察委员会', '河南省邓州市人民检察院', None, '2026年2月3日@1'),
            ('REFERRED', '河南省邓州市人民检察院', '邓州市人民法院', '邓检刑诉〔2026〕56号', '2026年3月20日'),
            ('HOLDS_POSITION', '司马某某', '党组成员', '邓州市教育体育局'),
            ('HOLDS_POSITION', '司马某某', '副局长', '邓州市教育体育局'),
            ('HOLDS_POSITION', '闫某', '法定代表人', '邓州市宏图教学仪器有限公司'),
            ('LEGAL_REP', '闫某', '邓州市宏图教学仪器有限公司'),
            ('HOLDS_POSITION', '魏某某', '检察员', '河南省邓州市人民检察院'),
            ('BID_ON', '邓州市宏图教学仪器有限公司', 'DZJT-2020-CG-012'),
            ('BID_ON', '邓州市宏图教学仪器有限公司', 'DZJT-2022-CG-047'),
        ],
        aliases={'宏图公司': '邓州市宏图教学仪器有限公司'},
        notes=[
            'Indictment (procuratorate document): kind other; GB18030 with CRLF line ends.',
            '监委 → 本院 (移送审查起诉) is REFERRED with its date (the second 2026年2月3日; the first is the arrest date).',
            '提起公诉 → REFERRED procuratorate → 此致 court, with the indictment number and signature date.',
            'Compound surname 司马 with the mask: 司马某某 is one PERSON.',
            '原系…党组成员、副局长: 原 separated by the agency name, left out; two POSITION mentions.',
            '留置, 逮捕 are not PENALIZED. 十余次 is a count.',
        ],
    ),
    dict(
        file='cj-binchuan.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference', 'other'],
        issuer=None,
        body=para('''
公诉机关指控：⟦2018年6月|D⟧，⟦宾川县金牛镇某某村委会|A⟧实施高原特色水果产业基地灌溉工程（项目编号：⟦BCNY-2018-017|J⟧），被告人⟦段某某|P⟧时任该村委会⟦主任|T⟧，负责组织工程发包。
⟦段某某|P⟧与⟦大理某某水利工程有限公司|C⟧⟦实际控制人|T⟧⟦杨某|P⟧商议，由⟦杨某|P⟧挂靠⟦云南某某建设集团有限公司|C⟧参与投标，⟦段某某|P⟧向参与评标的⟦宾川县水务局|A⟧⟦工作人员|T⟧⟦李某|P⟧打招呼，
⟦云南某某建设集团有限公司|C⟧以⟦人民币196.8万元|M⟧中标。⟦2018年9月|D⟧，⟦杨某|P⟧通过其在⟦宾川县农村信用合作联社|C⟧开立的账户向⟦段某某|P⟧之妻转账⟦6万元|M⟧。
⟦2020年9月|D⟧，⟦中共宾川县纪律检查委员会|A⟧给予⟦段某某|P⟧留党察看一年处分。
'''),
        rels=[
            ('HOLDS_POSITION', '段某某', '主任', '宾川县金牛镇某某村委会'),
            ('HOLDS_POSITION', '杨某', '实际控制人', '大理某某水利工程有限公司'),
            ('HOLDS_POSITION', '李某', '工作人员', '宾川县水务局'),
            ('BID_ON', '云南某某建设集团有限公司', 'BCNY-2018-017'),
            ('PENALIZED', '中共宾川县纪律检查委员会', '段某某'),
        ],
        notes=CAIL + [
            '时任该村委会主任: 该村委会 resolves to the named (masked) village committee, org of 主任.',
            'The firm lent for 挂靠 is the nominal bidder and winner: BID_ON; 杨某\'s own company is not said to bid.',
            '挂靠 → other; 打招呼 → interference; money to the official\'s wife → bribery.',
            'Party discipline by the named 纪委 is PENALIZED.',
        ],
    ),
    dict(
        file='cj-meitan.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'discriminatory_terms'],
        issuer=None,
        body=para('''
经审理查明：被告人⟦田某|P⟧系⟦湄潭县茶产业发展中心|A⟧⟦副主任|T⟧，分管茶园基础设施建设。⟦2019年4月|D⟧至⟦2020年12月|D⟧，⟦湄潭县茶产业发展中心|A⟧先后实施茶园机耕道建设一期（项目编号：⟦MTCY-2019-006|J⟧）、二期（项目编号：⟦MTCY-2020-021|J⟧）工程。
⟦田某|P⟧明知⟦贵州黔北某某建设有限公司湄潭分公司|C⟧（以下简称⟦湄潭分公司|C⟧）⟦负责人|T⟧⟦冉某某|P⟧不具备相应施工业绩，仍授意招标代理机构⟦遵义某某招标咨询有限公司|C⟧将资格条件设置为“具有湄潭县茶园建设业绩”，
使⟦湄潭分公司|C⟧顺利中标，两期中标金额合计⟦人民币412.3万余元|M⟧。⟦冉某某|P⟧先后三次在⟦田某|P⟧办公室送给其现金共计⟦人民币17万元|M⟧。
另查明，⟦2021年6月|D⟧，⟦湄潭县财政局|A⟧对⟦遵义某某招标咨询有限公司|C⟧作出警告并处罚款⟦1万元|M⟧的行政处罚。
'''),
        rels=[
            ('HOLDS_POSITION', '田某', '副主任', '湄潭县茶产业发展中心'),
            ('HOLDS_POSITION', '冉某某', '负责人', '贵州黔北某某建设有限公司湄潭分公司'),
            ('BID_ON', '贵州黔北某某建设有限公司湄潭分公司', 'MTCY-2019-006'),
            ('BID_ON', '贵州黔北某某建设有限公司湄潭分公司', 'MTCY-2020-021'),
            ('PENALIZED', '湄潭县财政局', '遵义某某招标咨询有限公司'),
        ],
        aliases={'湄潭分公司': '贵州黔北某某建设有限公司湄潭分公司'},
        notes=CAIL + [
            'A county development centre (public institution) is AGENCY.',
            'A masked company with a branch is one COMPANY span; its short form 湄潭分公司 (以下简称) is an alias.',
            'Tailored qualification terms → discriminatory_terms; cash → bribery.',
            '湄潭县 inside the quoted condition is a place.',
        ],
    ),
    dict(
        file='cj-hailun-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'abuse_of_power'],
        issuer=None,
        body=para('''
經審理查明：⟦2020年4月|D⟧，⟦海倫市農業農村局|A⟧委託⟦黑龍江某某招標代理有限公司|C⟧就黑土地保護利用項目有機肥採購（項目編號：⟦HLNY-2020-0416|J⟧）組織公開招標。
被告人⟦劉某某|P⟧係⟦綏化某某農業科技有限公司|C⟧⟦實際控制人|T⟧，被告人⟦于某|P⟧係⟦海倫市某某肥業有限公司|C⟧⟦法定代表人|T⟧、⟦執行董事|T⟧。⟦劉某某|P⟧與⟦于某|P⟧事先約定，由⟦于某|P⟧以其公司名義報高價陪標，
⟦綏化某某農業科技有限公司|C⟧以⟦人民幣589.6萬元|M⟧中標，⟦劉某某|P⟧事後通過⟦中國建設銀行海倫支行|C⟧賬戶向⟦于某|P⟧轉賬⟦12萬元|M⟧作為“陪標費”。
時任⟦海倫市農業農村局|A⟧⟦局長|T⟧的⟦孫某某|P⟧對上述情況知情不報。⟦2022年3月|D⟧，⟦中共海倫市紀律檢查委員會|A⟧給予⟦孫某某|P⟧黨內嚴重警告處分。
'''),
        rels=[
            ('HOLDS_POSITION', '劉某某', '實際控制人', '綏化某某農業科技有限公司'),
            ('HOLDS_POSITION', '于某', '法定代表人', '海倫市某某肥業有限公司'),
            ('HOLDS_POSITION', '于某', '執行董事', '海倫市某某肥業有限公司'),
            ('LEGAL_REP', '于某', '海倫市某某肥業有限公司'),
            ('HOLDS_POSITION', '孫某某', '局長', '海倫市農業農村局'),
            ('BID_ON', '綏化某某農業科技有限公司', 'HLNY-2020-0416'),
            ('BID_ON', '海倫市某某肥業有限公司', 'HLNY-2020-0416'),
            ('PENALIZED', '中共海倫市紀律檢查委員會', '孫某某'),
        ],
        notes=CAIL + [
            'Traditional characters (UTF-8).',
            '由于某以其公司名義 — 于某 is the masked defendant (surname 于), not the conjunction 由于: PERSON.',
            '于某 bid through his company (報高價陪標): BID_ON for 海倫市某某肥業有限公司.',
            '知情不報 by the bureau head → abuse_of_power; 陪標 → collusion.',
        ],
    ),
    dict(
        file='cj-manasi.txt', fmt='gb18030', kind='court_judgment', violations=['bribery', 'discriminatory_terms'],
        issuer=None,
        body=para('''
公诉机关指控：被告人⟦艾某·买某某|P⟧系⟦玛纳斯县某某镇中心学校|A⟧⟦校长|T⟧，被告人⟦努某·哈某|P⟧系⟦昌吉州某某商贸有限公司|C⟧⟦法定代表人|T⟧。
⟦2021年8月|D⟧，⟦玛纳斯县教育局|A⟧委托⟦新疆某某项目管理有限公司|C⟧就乡镇学校冬季取暖燃煤采购（项目编号：⟦MNS-JY-2021-038|J⟧）进行公开招标，⟦艾某·买某某|P⟧利用参与制定采购需求的便利，将“近三年在玛纳斯县有供煤业绩”设为资格条件，
使⟦昌吉州某某商贸有限公司|C⟧成为唯一合格投标人并以⟦人民币137.5万元|M⟧中标。⟦努某·哈某|P⟧于⟦2021年9月|D⟧、⟦2022年1月|D⟧分两次送给⟦艾某·买某某|P⟧现金共计⟦4.5万元|M⟧。
⟦2023年5月|D⟧，⟦玛纳斯县监察委员会|A⟧给予⟦艾某·买某某|P⟧撤职政务处分。
'''),
        rels=[
            ('HOLDS_POSITION', '艾某·买某某', '校长', '玛纳斯县某某镇中心学校'),
            ('HOLDS_POSITION', '努某·哈某', '法定代表人', '昌吉州某某商贸有限公司'),
            ('LEGAL_REP', '努某·哈某', '昌吉州某某商贸有限公司'),
            ('BID_ON', '昌吉州某某商贸有限公司', 'MNS-JY-2021-038'),
            ('PENALIZED', '玛纳斯县监察委员会', '艾某·买某某'),
        ],
        notes=CAIL + [
            'GB18030, one paragraph without newline.',
            'Masked names with the middle dot (艾某·买某某, 努某·哈某) are one PERSON span each.',
            'A masked school with its full shape is AGENCY.',
            '政务处分 by the named 监委 is PENALIZED.',
        ],
    ),
]
