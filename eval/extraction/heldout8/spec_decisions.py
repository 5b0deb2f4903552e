"""heldout8 — decisions and announcements (hand annotation, inline ⟦text|L⟧ marks).

All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

COMMON = [
    'PENALIZED links the deciding agency to every party a sanction is stated as imposed on (罚款, 警告, 责令改正, 禁止参加, 信用扣分, 行政处理决定).',
    'Field labels (当事人, 住所, 统一社会信用代码, 联系人) stay outside spans; addresses, credit codes and phone numbers are not annotated.',
]

DOCS = [
    dict(
        file='d01-cfjd-huangshi-yangxin-2026-7.txt', fmt='utf-8', kind='penalty_decision',
        violations=['collusion', 'false_materials', 'bribery'], issuer='阳新县财政局',
        body='''
⟦阳新县财政局|A⟧
行政处罚决定书
⟦阳财采罚〔2026〕7号|N⟧

当事人一：⟦湖北幕阜生态园林工程有限公司|C⟧
统一社会信用代码：91420222MA49D7KP2X
⟦法定代表人|T⟧：⟦储光明|P⟧
住所：湖北省黄石市阳新县兴国镇人民路118号

当事人二：⟦黄石网湖绿化养护有限公司|C⟧
统一社会信用代码：91420222MA4A1G8E6R
⟦法定代表人|T⟧：⟦汪秋菊|P⟧
住所：湖北省黄石市阳新县富池镇富池村三组

当事人三：⟦湖北楚天方圆招标代理有限公司|C⟧
统一社会信用代码：91420200MA48RT0M3J
⟦法定代表人|T⟧：⟦邹德华|P⟧
住所：湖北省黄石市黄石港区湖滨大道45号

　　⟦2026年6月3日|D⟧，我局收到⟦阳新县审计局|A⟧《审计移送处理书》（⟦阳审移〔2026〕3号|N⟧），反映⟦阳新县林业局|A⟧2025年国储林项目抚育管护服务采购项目（项目编号：⟦YXCG-2025-0379|J⟧）存在违法违规问题。我局于⟦2026年6月8日|D⟧立案调查，于⟦2026年7月21日|D⟧向当事人送达《行政处罚事先告知书》（⟦阳财采告〔2026〕7-1号|N⟧、⟦阳财采告〔2026〕7-2号|N⟧、⟦阳财采告〔2026〕7-3号|N⟧），当事人在法定期限内未提出陈述、申辩，未要求听证。
　　经查明：
　　一、当事人一与当事人二的投标文件由同一人编制，两份文件的技术方案存在12处相同错误，投标保证金均由当事人一账户转出；当事人二⟦总经理|T⟧⟦储光亮|P⟧系当事人一⟦法定代表人|T⟧⟦储光明|P⟧之兄。当事人一以⟦2,186,500.00元|M⟧成交。
　　二、当事人一在投标文件中提供的“⟦大冶市林业局|A⟧森林抚育项目”业绩合同系伪造。
　　三、当事人三作为该项目采购代理机构，明知当事人一、二投标文件雷同，仍未在评审报告中如实记载，其⟦项目负责人|T⟧⟦柯雅婷|P⟧在询问中承认收到当事人一给予的“服务费”⟦8000元|M⟧。
　　以上事实有审计移送材料、投标文件、银行流水、询问笔录等证据为证。
　　我局认为，当事人一、二的行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十五条、第七十七条第一款第（一）项、第（三）项和《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（七）项的规定；当事人三的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十二条第（一）项的规定。依据上述规定及《⟦湖北省政府采购行政处罚裁量基准|L⟧》，决定：
　　一、对当事人一处以采购金额千分之十的罚款即⟦21,865.00元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动，没收违法所得⟦128,600元|M⟧；
　　二、对当事人二处以采购金额千分之五的罚款即⟦10,932.50元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、对当事人三处以罚款⟦人民币5万元|M⟧，并责令改正。
　　⟦柯雅婷|P⟧涉嫌收受财物问题，我局已于⟦2026年7月2日|D⟧移送⟦阳新县监察委员会|A⟧处理。
　　当事人应自收到本决定书之日起十五日内，将罚款缴至指定账户。如不服本决定，可在收到本决定书之日起六十日内向⟦阳新县人民政府|A⟧申请行政复议，或者在六个月内向⟦阳新县人民法院|A⟧提起行政诉讼。

⟦阳新县财政局|A⟧
⟦2026年8月4日|D⟧
''',
        rels=[('REFERRED', '阳新县审计局', '阳新县财政局', '阳审移〔2026〕3号', '2026年6月3日'),
              ('REFERRED', '阳新县财政局', '阳新县监察委员会', None, '2026年7月2日'),
              ('PENALIZED', '阳新县财政局', '湖北幕阜生态园林工程有限公司'),
              ('PENALIZED', '阳新县财政局', '黄石网湖绿化养护有限公司'),
              ('PENALIZED', '阳新县财政局', '湖北楚天方圆招标代理有限公司'),
              ('LEGAL_REP', '储光明', '湖北幕阜生态园林工程有限公司'),
              ('LEGAL_REP', '汪秋菊', '黄石网湖绿化养护有限公司'),
              ('LEGAL_REP', '邹德华', '湖北楚天方圆招标代理有限公司'),
              ('HOLDS_POSITION', '储光明', '法定代表人@0', '湖北幕阜生态园林工程有限公司'),
              ('HOLDS_POSITION', '汪秋菊', '法定代表人@1', '黄石网湖绿化养护有限公司'),
              ('HOLDS_POSITION', '邹德华', '法定代表人@2', '湖北楚天方圆招标代理有限公司'),
              ('HOLDS_POSITION', '储光亮', '总经理', '黄石网湖绿化养护有限公司'),
              ('HOLDS_POSITION', '柯雅婷', '项目负责人', '湖北楚天方圆招标代理有限公司'),
              ('BID_ON', '湖北幕阜生态园林工程有限公司', 'YXCG-2025-0379'),
              ('BID_ON', '黄石网湖绿化养护有限公司', 'YXCG-2025-0379')],
        notes=COMMON + [
            'The audit 移送处理书 received by 我局 = the named issuer: REFERRED 审计局 → 财政局, its number, date the receipt day (the transfer date as stated). *Unsure* about the date. '
            'The later transfer to the 监委 (移送…处理) is REFERRED with no number.',
            'Parties referred to as 当事人一/二/三 are not names; relations use the named mentions. 当事人二总经理储光亮: org resolved to party two. '
            'The second 法定代表人 储光明 mention would repeat the same (person, position text, org) triple; relations are de-duplicated on text, so it gets no second relation.',
            'Three numbers of 事先告知书 each DOC_NO; the 《》 titles of case documents are not LAW. 千分之十 is a rate, not MONEY. '
            'The agent (COMPANY) is not given BID_ON. The forged certificate names 大冶市林业局: AGENCY.',
            'Violations: collusion, false_materials, and bribery for the agent’s project lead receiving a “服务费” from a bidder (收受财物, handed to the 监委 as an allegation). *Unsure*.',
        ],
    ),
    dict(
        file='d02-tscljd-maoming-xinyi-2026-9.docx', fmt='docx', kind='complaint_decision',
        violations=['discriminatory_terms'], issuer='信宜市财政局',
        body='''
⟦信宜市财政局|A⟧
政府采购投诉处理决定书
⟦信财采诉决〔2026〕9号|N⟧
投诉人：⟦广州羊城智联信息技术有限公司|C⟧
住所：广州市天河区黄埔大道西638号
⟦授权代表|T⟧：⟦黎振宇|P⟧
被投诉人1：⟦信宜市人民医院|A⟧
被投诉人2：⟦茂名市诚信招标代理有限公司|C⟧
相关供应商：⟦茂名南粤数码科技有限公司|C⟧
　　投诉人因⟦信宜市人民医院|A⟧智慧病房信息化建设项目（项目编号：⟦XYYY-ZC-2026-021|J⟧）采购文件事项，于⟦2026年5月14日|D⟧向本机关提起投诉。本机关依法受理，并于⟦2026年5月19日|D⟧向被投诉人和相关供应商发出投诉答复通知书及投诉书副本。
　　投诉人称：采购文件评分标准将“在茂名市内设有售后服务机构”作为加分条件（5分），将“具有⟦茂名市卫生健康局|A⟧颁发的信息化示范项目证书”作为资格条件，以不合理条件对供应商实行差别待遇，排斥外地供应商。
　　被投诉人1称：设置本地服务机构是为保证系统运行维护的及时性，资格条件系参照以往项目设置。
　　本机关查明：该项目预算金额⟦人民币458万元|M⟧，⟦2026年4月22日|D⟧发布采购公告，⟦2026年5月6日|D⟧投诉人提出质疑，⟦2026年5月9日|D⟧⟦茂名市诚信招标代理有限公司|C⟧作出质疑答复，维持原采购文件。评分标准和资格条件情况与投诉人所述一致。
　　本机关认为，上述条件与采购项目的具体特点和实际需要不相适应，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（二）项、第（八）项规定的以不合理条件对供应商实行差别待遇或者歧视待遇的情形，投诉事项成立。根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第三十一条第（一）项的规定，决定如下：
　　一、投诉事项成立；
　　二、责令⟦信宜市人民医院|A⟧修改采购文件后重新开展采购活动。
　　投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦信宜市人民政府|A⟧或者⟦茂名市财政局|A⟧申请行政复议，或者在6个月内向⟦信宜市人民法院|A⟧提起行政诉讼。
⟦信宜市财政局|A⟧
⟦2026年6月18日|D⟧
''',
        rels=[('PENALIZED', '信宜市财政局', '信宜市人民医院'),
              ('HOLDS_POSITION', '黎振宇', '授权代表', '广州羊城智联信息技术有限公司')],
        notes=COMMON + [
            'docx. 投诉人 and 被投诉人 are procedural roles. 授权代表 is a procurement role attached to a named person: POSITION.',
            'The project name 信宜市人民医院智慧病房… begins with the hospital name; the hospital is AGENCY (GUIDELINES §2.3). '
            'The complainant is not assumed to have bid; no BID_ON (the related supplier is not said to have bid either).',
            '责令…重新开展采购活动 is treated as a handling decision: PENALIZED issuer → hospital (heldout7 d02 convention). *Unsure*. 5分 is not MONEY.',
        ],
    ),
    dict(
        file='d03-zbjggg-chuxiong-lufeng-2026-0056.html', fmt='html', kind='other',
        violations=[], issuer='禄丰市人民医院',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>禄丰市人民医院全自动生化分析仪采购项目中标结果公告</title>
<script>var pageId = "ggxq-20260056";</script></head>
<body>
<div class="nav">首页 &gt; 采购公告 &gt; 结果公告</div>
<h1>⟦禄丰市人民医院|A⟧全自动生化分析仪采购项目中标结果公告</h1>
<div class="meta">发布时间：⟦2026-07-08|D⟧　来源：⟦云南滇中工程咨询有限公司|C⟧</div>
<div class="content">
<p>一、项目编号：⟦LFCG2026-0056|J⟧</p>
<p>二、项目名称：⟦禄丰市人民医院|A⟧全自动生化分析仪采购项目</p>
<p>三、中标信息</p>
<table>
<tr><th>序号</th><th>供应商名称</th><th>供应商地址</th><th>中标金额</th></tr>
<tr><td>1</td><td>⟦楚雄州恒康医疗设备有限公司|C⟧</td><td>云南省楚雄市鹿城南路223号</td><td>⟦¥1,268,000.00元|M⟧</td></tr>
</table>
<p>四、主要标的信息：全自动生化分析仪，品牌：迈瑞，规格型号：BS-2000M，数量：1台。</p>
<p>五、评审专家名单：⟦段丽萍|P⟧、⟦普永昌|P⟧、⟦李国庆|P⟧、⟦杞玉兰|P⟧（采购人代表）、⟦罗家福|P⟧</p>
<p>六、代理服务收费标准及金额：参照原⟦计价格〔2002〕1980号|N⟧文件标准，由中标人支付，金额：⟦人民币17,280.00元|M⟧</p>
<p>七、公告期限：自本公告发布之日起1个工作日。</p>
<p>八、其他补充事宜：本项目于⟦2026年7月3日|D⟧开标，共有3家供应商递交投标文件，分别为⟦楚雄州恒康医疗设备有限公司|C⟧、⟦云南彩云医学科技有限公司|C⟧、⟦云南博仁医疗器械有限公司|C⟧。</p>
<p>九、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人：⟦禄丰市人民医院|A⟧　联系人：⟦普建华|P⟧　电话：0878-4121356</p>
<p>2.采购代理机构：⟦云南滇中工程咨询有限公司|C⟧　联系人：⟦何晓雯|P⟧　电话：0878-3125678</p>
<p>3.同级政府采购监督管理部门：⟦禄丰市财政局|A⟧　电话：0878-4122087</p>
</div>
<div class="footer">主办：⟦禄丰市人民政府|A⟧　技术支持：⟦云南政通网络科技有限公司|C⟧</div>
</body>
</html>
''',
        rels=[('BID_ON', '楚雄州恒康医疗设备有限公司', 'LFCG2026-0056'),
              ('BID_ON', '云南彩云医学科技有限公司', 'LFCG2026-0056'),
              ('BID_ON', '云南博仁医疗器械有限公司', 'LFCG2026-0056')],
        notes=COMMON + [
            'HTML: offsets refer to the visible text (texts/…html.txt); the <title> in <head> is not visible text.',
            'Results announcement: kind other, issuer the purchaser in the heading (heldout7 convention). No violations.',
            '原计价格〔2002〕1980号: the former planning commission’s price document; DOC_NO 计价格〔2002〕1980号 without 原 (原 = former issuer, not part of the number).',
            'The experts are PERSON; 评审专家名单 and 采购人代表 are headings/roles, not POSITION (heldout7). 迈瑞 is a brand, not COMPANY.',
        ],
    ),
    dict(
        file='d04-blxwgs-hechi-yizhou-2026.html', fmt='html', kind='penalty_decision',
        violations=['false_materials', 'contract_violation', 'other'], issuer='河池市宜州区住房和城乡建设局',
        body='''<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>建筑市场不良行为记录公示（2026年第3期）</title>
<style>td{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="crumb">当前位置：首页 &gt; 信用公示 &gt; 不良行为记录</div>
<h2>⟦河池市宜州区住房和城乡建设局|A⟧建筑市场不良行为记录公示（2026年第3期）</h2>
<p>根据《⟦广西壮族自治区建筑市场主体信用评价管理办法|L⟧》和《⟦河池市工程建设项目招标投标活动不良行为记录管理办法|L⟧》，现将近期作出处理的不良行为记录公示如下，公示期为⟦2026年9月14日|D⟧至⟦2026年9月20日|D⟧。</p>
<table>
<tr><td>序号</td><td>主体名称</td><td>不良行为</td><td>处理依据（文号）</td><td>处理结果</td><td>处理日期</td></tr>
<tr><td>1</td><td>⟦广西龙江建工集团有限公司|C⟧</td><td>⟦宜州区祥贝乡中心小学|A⟧综合楼工程（⟦YZJS-2026-031|J⟧）投标中提供虚假项目经理社保证明</td><td>⟦宜住建罚〔2026〕14号|N⟧</td><td>罚款⟦人民币4.2万元|M⟧，信用扣10分</td><td>⟦2026-08-27|D⟧</td></tr>
<tr><td>2</td><td>⟦河池市金城江区顺达劳务有限公司|C⟧</td><td>承接专业分包后再次转包</td><td>⟦宜住建罚〔2026〕15号|N⟧</td><td>罚款⟦人民币2.6万元|M⟧，责令改正</td><td>⟦2026-08-31|D⟧</td></tr>
<tr><td>3</td><td>⟦韦志坚|P⟧（⟦广西龙江建工集团有限公司|C⟧⟦项目经理|T⟧）</td><td>在⟦YZJS-2026-031|J⟧项目中被借用资格</td><td>⟦宜住建罚〔2026〕16号|N⟧</td><td>罚款⟦人民币1万元|M⟧，信用扣6分</td><td>⟦2026-09-02|D⟧</td></tr>
<tr><td>4</td><td>⟦广西桂西北工程监理咨询有限公司|C⟧</td><td>监理人员未按规定到岗履职</td><td>⟦宜住建处〔2026〕9号|N⟧</td><td>通报批评，信用扣3分</td><td>⟦2026-09-07|D⟧</td></tr>
</table>
<p>对公示内容有异议的，请在公示期内向⟦河池市宜州区住房和城乡建设局建筑市场监管股|A⟧书面反映。联系电话：0778-3182261。</p>
<p style="text-align:right">⟦河池市宜州区住房和城乡建设局|A⟧<br>⟦2026年9月14日|D⟧</p>
<div class="foot">版权所有：⟦河池市宜州区人民政府|A⟧</div>
</body>
</html>
''',
        unmarked=['项目经理'],
        rels=[('PENALIZED', '河池市宜州区住房和城乡建设局', '广西龙江建工集团有限公司'),
              ('PENALIZED', '河池市宜州区住房和城乡建设局', '河池市金城江区顺达劳务有限公司'),
              ('PENALIZED', '河池市宜州区住房和城乡建设局', '韦志坚'),
              ('PENALIZED', '河池市宜州区住房和城乡建设局', '广西桂西北工程监理咨询有限公司'),
              ('HOLDS_POSITION', '韦志坚', '项目经理', '广西龙江建工集团有限公司'),
              ('BID_ON', '广西龙江建工集团有限公司', 'YZJS-2026-031')],
        notes=COMMON + [
            'HTML table; a 公示 of decisions already made: PENALIZED from the publishing bureau to each row’s party (heldout7 d05 convention). *Unsure* for the 通报批评 row.',
            'The bureau with 建筑市场监管股 written directly after it is one AGENCY span (GUIDELINES maximal span with named sub-unit).',
            'The school inside the project name (宜州区祥贝乡中心小学) is AGENCY (GUIDELINES §2.3); the rest of the project name is not annotated. Issue period dates are two DATE spans; cell dates are DATE. '
            '2026年第3期 is not DATE. 10分 etc. are not MONEY.',
            'Violations: false social-security proof → false_materials; 转包 → contract_violation; supervisor not on duty → other.',
        ],
    ),
    dict(
        file='d05-tb-ningbo-xiangshan-2026-4-fanti.txt', fmt='utf-8', kind='penalty_decision',
        violations=['other', 'discriminatory_terms'], issuer='象山縣財政局',
        body='''
⟦象山縣財政局|A⟧
關於2026年上半年政府採購代理機構監督檢查情況的通報
⟦象財採〔2026〕4號|N⟧

各政府採購代理機構、各採購單位：
　　根據《⟦浙江省政府採購代理機構監督管理辦法|L⟧》和《⟦寧波市財政局關於開展2026年政府採購代理機構專項檢查的通知|L⟧》（⟦甬財採〔2026〕11號|N⟧）要求，我局於⟦2026年4月8日|D⟧至⟦5月29日|D⟧，採取“雙隨機、一公開”方式，從代理機構名錄庫中隨機抽取4家代理機構，對其2025年度代理的政府採購項目進行了檢查。現將有關情況通報如下：
　　一、⟦寧波海誠工程諮詢有限公司|C⟧：代理的⟦象山縣石浦鎮人民政府|A⟧漁港清淤項目（⟦XSCG-2025-117|J⟧）採購文件將“注冊地在寧波市”設為加分因素；未按規定保存評審錄音錄像。扣減信用分8分，責令限期改正。
　　二、⟦浙江東海明珠項目管理有限公司|C⟧：評審專家抽取記錄缺失，⟦項目負責人|T⟧⟦應曉敏|P⟧對此負有直接責任。扣減信用分5分，予以警告。
　　三、⟦杭州之江招標代理有限公司象山分公司|C⟧：質疑答復超過法定期限。扣減信用分3分。
　　四、⟦象山縣公共資源交易服務有限公司|C⟧：未發現明顯問題。
　　各代理機構要對照檢查問題舉一反三，於⟦2026年7月15日|D⟧前將整改報告報送我局政府採購監管科。

⟦象山縣財政局|A⟧
⟦2026年6月12日|D⟧
抄送：⟦寧波市財政局|A⟧
''',
        rels=[('HOLDS_POSITION', '應曉敏', '項目負責人', '浙江東海明珠項目管理有限公司'),
              ('PENALIZED', '象山縣財政局', '寧波海誠工程諮詢有限公司'),
              ('PENALIZED', '象山縣財政局', '浙江東海明珠項目管理有限公司'),
              ('PENALIZED', '象山縣財政局', '杭州之江招標代理有限公司象山分公司')],
        notes=COMMON + [
            'Traditional characters. A sanctioning 通報 with credit-score deductions: penalty_decision, PENALIZED to the three agents sanctioned; not to the fourth (no problem found).',
            '項目負責人應曉敏 in the agent’s paragraph: POSITION, org that agent (a procurement role attached to a name). 應曉敏 is not PENALIZED (the sanctions are on the agent). *Unsure* about the org.',
            'The nested municipal notice in 《》 is LAW (a normative notice), with its number DOC_NO. The agents are not BID_ON (agents never bid).',
            '2026年上半年 and 2025年度 are not DATE. 5月29日 (month+day, end of a range) is DATE.',
        ],
    ),
    dict(
        file='d06-xzcljd-yongzhou-daoxian-2026-3.txt', fmt='gb18030-crlf', kind='penalty_decision',
        violations=['no_procurement'], issuer='道县财政局',
        body='''
⟦道县财政局|A⟧
政府采购行政处理决定书
⟦道财采处〔2026〕3号|N⟧

被处理单位：⟦道县水利局|A⟧
⟦法定代表人|T⟧：⟦蒋利民|P⟧
被处理单位：⟦道县水利水电工程建设管理站|A⟧
⟦负责人|T⟧：⟦何向东|P⟧

　　根据⟦永州市财政局|A⟧《关于转交⟦道县水利局|A⟧有关问题线索的函》（⟦永财采函〔2026〕21号|N⟧）转交的线索，我局于⟦2026年4月7日|D⟧对你单位2025年度山洪灾害防治非工程措施设备采购情况进行了检查。
　　经查，⟦道县水利局|A⟧委托⟦道县水利水电工程建设管理站|A⟧实施的水雨情监测站设备采购（合同金额⟦人民币148.7万元|M⟧），属于《⟦湖南省2024—2025年政府集中采购目录及采购限额标准|L⟧》规定的分散采购限额标准以上项目，未依法实施政府采购，而是由⟦道县水利水电工程建设管理站|A⟧以询价比价方式直接确定⟦湖南潇水智慧水务科技有限公司|C⟧为供应商，并于⟦2025年10月16日|D⟧签订合同。⟦道县水利水电工程建设管理站|A⟧⟦站长|T⟧⟦何向东|P⟧对此负有直接责任。
　　上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二条、第二十六条的规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十一条第（三）项、《⟦中华人民共和国政府采购法实施条例|L⟧》第六十七条第（一）项的规定，我局决定：
　　一、责令⟦道县水利局|A⟧、⟦道县水利水电工程建设管理站|A⟧限期改正，并给予警告；
　　二、将直接负责的主管人员和其他直接责任人员的违法行为移送⟦道县纪委监委|A⟧处理。
　　你单位如对本决定不服，可自收到本决定书之日起六十日内向⟦道县人民政府|A⟧申请行政复议，也可以在六个月内向⟦江华瑶族自治县人民法院|A⟧提起行政诉讼。

⟦道县财政局|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '永州市财政局', '道县财政局', '永财采函〔2026〕21号', None),
              ('REFERRED', '道县财政局', '道县纪委监委', None, None),
              ('PENALIZED', '道县财政局', '道县水利局'),
              ('PENALIZED', '道县财政局', '道县水利水电工程建设管理站'),
              ('LEGAL_REP', '蒋利民', '道县水利局'),
              ('HOLDS_POSITION', '蒋利民', '法定代表人', '道县水利局'),
              ('HOLDS_POSITION', '何向东', '负责人', '道县水利水电工程建设管理站'),
              ('HOLDS_POSITION', '何向东', '站长', '道县水利水电工程建设管理站')],
        notes=COMMON + [
            'GB18030 with CRLF. A 行政处理决定 on two public bodies: penalty_decision, PENALIZED to both (warning and order to correct).',
            'The quoted letter title in 《》 is a case document (not LAW); 道县水利局 inside it is annotated (GUIDELINES §2.3).',
            'It is written as 转交道县水利局 where 道县 + 水利局 form the name: annotated. See the spec body: it is NOT marked there — decision: mark it.',
            '负责人：何向东 for the institution is a field label that names a post (like 法定代表人：): POSITION, org the station. 站长 attached later is POSITION too.',
            'The decision to transfer the responsible persons to the 纪委监委 is stated as decided (移送…处理): REFERRED, no number, no date. *Unsure* (it may happen later). '
            'The municipal bureau’s 转交 of the clue is REFERRED with its number; the date is not stated (4月7日 is the inspection date). '
            '江华瑶族自治县人民法院 (the cross-area administrative court) is AGENCY.',
        ],
    ),
    dict(
        file='d07-cjjggg-lianyungang-guanyun-2026-044.txt', fmt='utf-8', kind='other',
        violations=[], issuer='灌云县卫生健康委员会',
        body='''
⟦灌云县卫生健康委员会|A⟧基层医疗卫生机构家庭医生签约服务包采购项目成交结果公告

一、项目编号：⟦GYZC2026-044|J⟧（采购计划编号：⟦灌财采计〔2026〕0318号|J⟧）
二、项目名称：基层医疗卫生机构家庭医生签约服务包采购项目
三、采购方式：竞争性磋商
四、成交信息
　　包1：成交供应商：⟦连云港康岚医药有限公司|C⟧，地址：连云港市海州区朝阳东路66号，成交金额：⟦人民币叁拾玖万捌仟陆佰元整|M⟧（⟦¥398,600.00|M⟧）
　　包2：成交供应商：⟦江苏苏北健康管理有限公司|C⟧，地址：灌云县伊山镇振兴路12号，成交金额：⟦人民币27.35万元|M⟧
五、磋商小组成员：⟦孙立新|P⟧（⟦组长|T⟧）、⟦韩美玲|P⟧、⟦葛建军|P⟧
六、其他：本项目共有4家供应商提交响应文件，除成交供应商外，⟦灌云县华康医疗器械有限公司|C⟧、⟦连云港仁和药房连锁有限公司|C⟧未通过资格审查。
七、联系方式
　　采购人：⟦灌云县卫生健康委员会|A⟧　联系人：⟦周海燕|P⟧　电话：0518-88812307
　　采购代理机构：⟦江苏淮海工程项目管理有限公司|C⟧　联系人：⟦陆一鸣|P⟧　电话：0518-85526613
　　监督部门：⟦灌云县财政局政府采购科|A⟧

⟦江苏淮海工程项目管理有限公司|C⟧
⟦2026年8月12日|D⟧
''',
        rels=[('HOLDS_POSITION', '孙立新', '组长', None),
              ('BID_ON', '连云港康岚医药有限公司', 'GYZC2026-044'),
              ('BID_ON', '江苏苏北健康管理有限公司', 'GYZC2026-044'),
              ('BID_ON', '灌云县华康医疗器械有限公司', 'GYZC2026-044'),
              ('BID_ON', '连云港仁和药房连锁有限公司', 'GYZC2026-044')],
        notes=COMMON + [
            'Results announcement: kind other, issuer the purchaser in the heading (heldout7 convention), though the agent signs.',
            '采购计划编号 灌财采计〔2026〕0318号 is PROJECT_NO although shaped like a document number (GUIDELINES PROJECT_NO examples); BID_ON only to the 项目编号 (heldout7 convention). *Unsure*.',
            'An amount in words and the same in figures in （）: two MONEY spans, the bracket marks outside. '
            '（组长） after 孙立新: POSITION with org null (a panel, not an organisation; heldout7 convention for an unnamed group). *Unsure*.',
            '灌云县财政局政府采购科: the named bureau with its unit directly after is one AGENCY span.',
            'Suppliers that failed the qualification check still submitted responses: BID_ON.',
        ],
    ),
]
