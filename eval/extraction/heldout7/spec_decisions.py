"""heldout7 — decisions and announcements (hand annotation, inline ⟦text|L⟧ marks).

Places: Hubei 孝感云梦县, Guangdong 清远英德市, Yunnan 红河弥勒市, Jiangxi 新余渝水区 (traditional), Hebei 廊坊固安县,
Shanxi 运城芮城县, Fujian 宁德霞浦县. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '当事人, 投诉人, 被投诉人, 委托代理人, 联系人, 采购人, 采购代理机构, 经办人 are procedural roles or labels (not POSITION). Pronouns (我局, 本机关, 你公司, 该公司) are not annotated.',
    'Unified social credit codes, addresses and phone numbers are not annotated.',
]

DOCS = [
    dict(
        file='d01-cfjd-xiaogan-yunmeng-2026-5.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='云梦县财政局',
        body='''
⟦云梦县财政局|A⟧
政府采购行政处罚决定书
⟦云财采罚〔2026〕5号|N⟧

当事人一：⟦湖北楚云建设工程有限公司|C⟧
统一社会信用代码：91420923MA4F7K2X8R
⟦法定代表人|T⟧：⟦梅宏斌|P⟧
住所：湖北省孝感市云梦县城关镇曲阳路218号

当事人二：⟦孝感市梦泽市政园林有限公司|C⟧
统一社会信用代码：91420900MA49QH3T1C
⟦法定代表人|T⟧：⟦雷春华|P⟧
住所：湖北省孝感市孝南区槐荫大道66号

当事人三：⟦湖北云楚工程项目管理有限公司|C⟧
统一社会信用代码：91420923MA4GL8W05K
⟦法定代表人|T⟧：⟦付文杰|P⟧
住所：湖北省孝感市云梦县城关镇梦泽大道15号

　　云梦县城关镇老旧小区改造配套设施采购项目（项目编号：⟦YMCG-2025-0189|J⟧）采用竞争性磋商方式采购，采购人为⟦云梦县城关镇人民政府|A⟧，由当事人三代理，预算金额⟦人民币126万元|M⟧，于⟦2025年10月22日|D⟧组织磋商。当事人一以⟦人民币122.5万元|M⟧成交。
　　⟦2025年11月3日|D⟧，我局收到供应商⟦湖北汉川恒通建筑有限公司|C⟧的投诉。经调查查明：
　　一、当事人一与当事人二的响应文件由当事人一⟦员工|T⟧⟦肖雨晨|P⟧一人编制，两份响应文件的编制机器码一致，报价明细中存在相同的计算错误；
　　二、磋商前一日，当事人三⟦项目负责人|T⟧⟦朱丽萍|P⟧通过微信将其他供应商的报名情况透露给当事人一⟦法定代表人|T⟧⟦梅宏斌|P⟧。
　　以上事实有响应文件、电子交易平台数据、询问笔录、微信聊天记录截图等证据证实。
　　我局于⟦2026年1月9日|D⟧向三名当事人分别送达《行政处罚事先告知书》（⟦云财采告〔2026〕5-1号|N⟧、⟦云财采告〔2026〕5-2号|N⟧、⟦云财采告〔2026〕5-3号|N⟧），当事人在法定期限内均未提出陈述、申辩和听证申请。
　　我局认为，当事人一、当事人二的行为属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（七）项规定的恶意串通情形，违反了《⟦中华人民共和国政府采购法|L⟧》第二十五条的规定；当事人三的行为违反了该法第二十五条第二款的规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十二条、第七十七条第一款第（三）项之规定，决定如下：
　　（一）对当事人一处以采购金额千分之五的罚款，计⟦人民币6,125元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动，成交无效；
　　（二）对当事人二处以采购金额千分之五的罚款，计⟦人民币6,125元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动；
　　（三）对当事人三处以⟦人民币2万元|M⟧罚款。
　　当事人应自收到本决定书之日起十五日内，将罚款缴入指定的非税收入账户。逾期不缴纳的，每日按罚款数额的3%加处罚款。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向⟦云梦县人民政府|A⟧申请行政复议，或者在六个月内向⟦云梦县人民法院|A⟧提起行政诉讼。

⟦云梦县财政局|A⟧
⟦2026年2月6日|D⟧
''',
        rels=[('PENALIZED', '云梦县财政局', '湖北楚云建设工程有限公司'),
              ('PENALIZED', '云梦县财政局', '孝感市梦泽市政园林有限公司'),
              ('PENALIZED', '云梦县财政局', '湖北云楚工程项目管理有限公司'),
              ('LEGAL_REP', '梅宏斌', '湖北楚云建设工程有限公司'),
              ('HOLDS_POSITION', '梅宏斌', '法定代表人', '湖北楚云建设工程有限公司'),
              ('HOLDS_POSITION', '梅宏斌', '法定代表人@3', '湖北楚云建设工程有限公司'),
              ('LEGAL_REP', '雷春华', '孝感市梦泽市政园林有限公司'),
              ('HOLDS_POSITION', '雷春华', '法定代表人@1', '孝感市梦泽市政园林有限公司'),
              ('LEGAL_REP', '付文杰', '湖北云楚工程项目管理有限公司'),
              ('HOLDS_POSITION', '付文杰', '法定代表人@2', '湖北云楚工程项目管理有限公司'),
              ('HOLDS_POSITION', '肖雨晨', '员工', '湖北楚云建设工程有限公司'),
              ('HOLDS_POSITION', '朱丽萍', '项目负责人', '湖北云楚工程项目管理有限公司'),
              ('BID_ON', '湖北楚云建设工程有限公司', 'YMCG-2025-0189'),
              ('BID_ON', '孝感市梦泽市政园林有限公司', 'YMCG-2025-0189')],
        notes=COMMON + [
            'Three parties in one decision: PENALIZED from the issuer to each. The agent (当事人三) did not bid: no BID_ON; 当事人二 submitted a 响应文件: BID_ON. The complainant is not assumed to have bid.',
            '当事人一员工 / 当事人三项目负责人 / 当事人一法定代表人: posts attached through the party label; org resolved to the party. The second 法定代表人 mention of 梅宏斌 gets its own HOLDS_POSITION (one per mention pair).',
            'Three 告知书 numbers written in full, separated by 、: three DOC_NO.',
            'Rate 3% is not MONEY. 该法第二十五条 is not a title: only the 《》 mentions are LAW.',
        ],
    ),
    dict(
        file='d02-tscljd-qingyuan-yingde-2026-8.docx', fmt='docx', kind='complaint_decision', violations=['discriminatory_terms', 'other'],
        issuer='英德市财政局',
        body='''⟦英德市财政局|A⟧
政府采购投诉处理决定书
⟦英财采诉决〔2026〕8号|N⟧
投诉人：⟦广东北江环境科技有限公司|C⟧
地址：清远市清城区凤城街道松岗中路29号
⟦法定代表人|T⟧：⟦欧阳振华|P⟧
委托代理人：⟦黎晓明|P⟧，该公司⟦员工|T⟧
被投诉人：⟦英德市城市管理和综合执法局|A⟧
地址：英德市英城街道和平中路128号
相关供应商：⟦清远英州环卫服务有限公司|C⟧（以下简称⟦英州公司|C⟧）
采购代理机构：⟦广东英石招标代理有限公司|C⟧
　　投诉人因英德市城区环卫一体化服务采购项目（项目编号：⟦YDCG2026-0017|J⟧）中标结果，于⟦2026年3月2日|D⟧向本机关提起投诉。本机关于⟦2026年3月4日|D⟧依法受理，并于同日向被投诉人和相关供应商发出投诉答复通知书及投诉书副本。
　　投诉人称：1.中标供应商⟦英州公司|C⟧拟派⟦项目负责人|T⟧⟦李伟强|P⟧同时在其他在建项目任职，不能履约；2.招标文件评分标准设置“本地服务网点”加分项，对外地供应商实行差别待遇。
　　被投诉人称：评分标准系根据环卫服务及时响应需要设置，未限制外地供应商投标。
　　本机关查明：1.投诉人未能提供⟦李伟强|P⟧在其他项目任职的有效证据，经向有关单位核实，⟦李伟强|P⟧原任职项目已于⟦2025年12月|D⟧完工；2.招标文件第三章评分标准规定“投标人在英德市行政区域内设有固定服务网点的得5分”，该项目中标供应商与第二名供应商综合得分相差3.2分。
　　本机关认为：投诉事项1缺乏事实依据；投诉事项2成立，上述评分标准属于《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（四）项规定的以不合理的条件对供应商实行差别待遇的情形，且影响了中标结果。
　　根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第二十九条第（二）项、第三十一条第（二）项的规定，本机关决定如下：
　　一、投诉事项1缺乏事实依据，予以驳回；
　　二、投诉事项2成立，因采购合同尚未签订，认定中标结果无效，责令被投诉人修改招标文件后重新开展采购活动。
　　投诉人、被投诉人及相关供应商如不服本决定，可自收到本决定书之日起六十日内向⟦清远市财政局|A⟧或⟦英德市人民政府|A⟧申请行政复议，或在六个月内向⟦英德市人民法院|A⟧提起行政诉讼。
⟦英德市财政局|A⟧
⟦2026年4月1日|D⟧''',
        rels=[('PENALIZED', '英德市财政局', '英德市城市管理和综合执法局'),
              ('LEGAL_REP', '欧阳振华', '广东北江环境科技有限公司'),
              ('HOLDS_POSITION', '欧阳振华', '法定代表人', '广东北江环境科技有限公司'),
              ('HOLDS_POSITION', '黎晓明', '员工', '广东北江环境科技有限公司'),
              ('HOLDS_POSITION', '李伟强', '项目负责人', '清远英州环卫服务有限公司'),
              ('BID_ON', '清远英州环卫服务有限公司', 'YDCG2026-0017')],
        notes=COMMON + [
            'The upheld complaint item orders the purchaser to redo the procurement (责令…重新开展采购活动, 中标结果无效): a handling decision on the purchaser, PENALIZED 财政局 → 被投诉人 (GUIDELINES: 责令改正 counts). *Unsure*: it could be read as a remedy inside a complaint decision. The dismissed item gives nothing.',
            'The winner BID_ON; the complainant is not assumed to have bid.',
            '拟派项目负责人李伟强 of the winner: POSITION, org the winner. A compound surname 欧阳.',
            '《政府采购质疑和投诉办法》（财政部令第94号）: LAW + DOC_NO.',
            '以下简称英州公司: COMPANY, alias.',
        ],
        aliases={'英州公司': '清远英州环卫服务有限公司'},
    ),
    dict(
        file='d03-zbjggg-honghe-mile-2026-0073.html', fmt='html', kind='other', violations=[],
        issuer='弥勒市水务局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>弥勒市甸溪河流域农村生活污水收集管网建设项目（二期）中标结果公告</title>
<style>td{border:1px solid #ccc;padding:4px}</style></head>
<body>
<div class="crumb">首页 &gt; 采购公告 &gt; 中标（成交）结果公告</div>
<h1>⟦弥勒市水务局|A⟧弥勒市甸溪河流域农村生活污水收集管网建设项目（二期）中标结果公告</h1>
<div class="info">发布时间：⟦2026-05-18|D⟧ 10:32　　来源：⟦云南弥源工程咨询有限公司|C⟧　　浏览次数：316</div>
<p>一、项目编号：⟦MLZC-2026-0073|J⟧</p>
<p>二、项目名称：弥勒市甸溪河流域农村生活污水收集管网建设项目（二期）</p>
<p>三、中标信息</p>
<table>
<tr><td>序号</td><td>中标供应商名称</td><td>中标供应商地址</td><td>中标金额</td></tr>
<tr><td>1</td><td>⟦云南湖泉环保工程有限公司|C⟧</td><td>云南省红河州弥勒市弥阳街道髯翁路36号</td><td>⟦¥8,362,415.60元|M⟧</td></tr>
</table>
<p>四、主要标的信息：施工范围包括西三镇、弥阳街道12个自然村污水收集管网约38.6公里，工期210日历天，⟦项目经理|T⟧：⟦杨光宇|P⟧（注册建造师证书编号：云153121312345）。</p>
<p>五、评审专家（单一来源采购人员）名单：⟦杨建华|P⟧、⟦李春梅|P⟧、⟦段文斌|P⟧、⟦赵德明|P⟧、⟦普丽琼|P⟧（采购人代表）</p>
<p>六、代理服务收费标准及金额：按国家发展改革委收费标准下浮10%收取，金额⟦¥67,000.00元|M⟧。</p>
<p>七、公告期限：自本公告发布之日起1个工作日。</p>
<p>八、其他补充事宜：本项目第二中标候选人为⟦云南滇中水务建设有限公司|C⟧（投标报价⟦¥8,415,920.00元|M⟧），第三中标候选人为⟦开远市凤凰建筑工程有限公司|C⟧（投标报价⟦¥8,507,336.18元|M⟧）。</p>
<p>九、凡对本次公告内容提出询问，请按以下方式联系：</p>
<p>1.采购人信息：名称：⟦弥勒市水务局|A⟧；地址：弥勒市弥阳街道温泉路8号；联系人：⟦李建勇|P⟧；联系方式：0873-6911234</p>
<p>2.采购代理机构信息：名称：⟦云南弥源工程咨询有限公司|C⟧；地址：红河州蒙自市天马路55号；联系人：⟦张晓燕|P⟧；联系方式：0873-2056637</p>
<p>3.同级政府采购监督管理部门：⟦弥勒市财政局|A⟧；联系电话：0873-6912008</p>
<div class="footer">主办单位：⟦红河哈尼族彝族自治州财政局|A⟧　技术支持：云南省政府采购网</div>
</body></html>
''',
        rels=[('HOLDS_POSITION', '杨光宇', '项目经理', '云南湖泉环保工程有限公司'),
              ('BID_ON', '云南湖泉环保工程有限公司', 'MLZC-2026-0073'),
              ('BID_ON', '云南滇中水务建设有限公司', 'MLZC-2026-0073'),
              ('BID_ON', '开远市凤凰建筑工程有限公司', 'MLZC-2026-0073')],
        notes=COMMON + [
            'The html <title> is in <head> and not part of the visible text; the <h1> repeats it with the purchaser\'s name (AGENCY).',
            'The winner and the second and third candidates (shortlisted) BID_ON the 项目编号.',
            '项目经理：杨光宇 in the winner\'s 主要标的信息: a field label that names a post is POSITION (dev12), org the winner. *Unsure*. The builder\'s certificate number is not DOC_NO.',
            '评审专家 names in a list after a heading: PERSON each, no POSITION (dev12 n1). 采购人代表 in （） not annotated.',
            'Amounts with ¥ and 元: MONEY. 下浮10% is a rate. 38.6公里 is a length.',
            'Kind other; issuer the purchaser named in the heading (dev12 n1). Page chrome: 来源 is the agent (COMPANY); 主办单位 the prefecture finance bureau (AGENCY, not the issuer). 云南省政府采购网 is a website: not annotated.',
        ],
    ),
    dict(
        file='d04-tb-xinyu-yushui-2026-11-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['other', 'false_materials'],
        issuer='新餘市渝水區財政局',
        body='''
⟦新餘市渝水區財政局|A⟧
關於2026年上半年政府採購代理機構監督檢查情況的通報
⟦渝水財購字【2026】11號|N⟧

各區直單位，各鎮（街道），各政府採購代理機構：
　　根據《⟦新餘市渝水區2026年政府採購代理機構監督檢查工作方案|L⟧》（⟦渝水財購字〔2026〕3號|N⟧）要求，我局於⟦2026年4月|D⟧至⟦6月20日|D⟧，通過隨機抽取方式，對在我區執業的3家政府採購代理機構代理的12個項目進行了監督檢查。現將檢查情況通報如下：
　　一、⟦江西仙女湖招標代理有限公司|C⟧。代理的渝水區城北街道辦公設備採購項目（項目編號：⟦YSCG-2026-0021|J⟧）未按規定在評審結束後2個工作日內將評審報告送交採購人，採購文件保存不完整。我局已責令該公司限期改正，並給予警告（⟦渝水財購罰〔2026〕2號|N⟧）。
　　二、⟦江西百丈峰工程諮詢有限公司|C⟧。代理的⟦新餘市渝水區教育局|A⟧農村學校食堂設備採購項目（項目編號：⟦YSCG-2026-0034|J⟧）中，該公司⟦項目負責人|T⟧⟦劉志剛|P⟧在資格審查中未發現供應商⟦新餘市水北廚具有限公司|C⟧提供的業績合同系偽造，導致該供應商通過資格審查並中標。我局已對該公司處以罰款⟦人民幣1萬元|M⟧（⟦渝水財購罰〔2026〕3號|N⟧），對⟦新餘市水北廚具有限公司|C⟧另案處理，其涉嫌偽造印章的線索已於⟦2026年6月24日|D⟧移送公安機關。
　　三、⟦新餘市孔目江項目管理有限公司|C⟧。抽查的4個項目未發現明顯問題。
　　各採購人、採購代理機構要引以為戒，嚴格執行《⟦中華人民共和國政府採購法|L⟧》及其實施條例，切實規範政府採購行為。

⟦新餘市渝水區財政局|A⟧
⟦2026年7月3日|D⟧

抄送：⟦新餘市財政局|A⟧，⟦新餘市渝水區紀委監委|A⟧
''',
        rels=[('PENALIZED', '新餘市渝水區財政局', '江西仙女湖招標代理有限公司'),
              ('PENALIZED', '新餘市渝水區財政局', '江西百丈峰工程諮詢有限公司'),
              ('HOLDS_POSITION', '劉志剛', '項目負責人', '江西百丈峰工程諮詢有限公司'),
              ('BID_ON', '新餘市水北廚具有限公司', 'YSCG-2026-0034')],
        implicit=[{'type': 'REFERRED', 'from': '新餘市渝水區財政局', 'to': None, 'null_endpoint_mention': '公安機關',
                   'evidence_doc_no': None, 'date': '2026年6月24日'}],
        notes=COMMON + [
            'Traditional characters; spans as written. The 通报\'s own number uses 【】.',
            '移送公安機關 (a generic receiver) by the issuer: implicit REFERRED with to null and the transfer date.',
            'A finance bureau\'s 通报 stating the sanctions it imposed (警告, 罚款, with decision numbers in （）): kind penalty_decision, PENALIZED to the two agents. 另案處理 for the supplier is not yet a sanction: no PENALIZED. The third agent, with no problem found, gets nothing.',
            'The inspection plan in 《》 with its number: LAW + DOC_NO (a normative work plan).',
            '2026年4月至6月20日: two DATE spans (6月20日 is month+day).',
            'The supplier that passed qualification and won BID_ON. The agents did not bid.',
            'Addressees 各區直單位… are distributive: not annotated.',
        ],
    ),
    dict(
        file='d05-blxwgs-langfang-guan-2026.html', fmt='html', kind='other', violations=['false_materials', 'collusion', 'contract_violation'],
        issuer='固安县财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>固安县政府采购供应商不良行为记录公示</title></head>
<body>
<div class="header">⟦固安县人民政府|A⟧ — 信息公开</div>
<h2>固安县政府采购供应商不良行为记录公示（2026年第2批）</h2>
<div class="meta">发布机构：⟦固安县财政局|A⟧　　发布日期：⟦2026年7月6日|D⟧　　索引号：131022-XCZ-2026-00183</div>
<p>根据《⟦中华人民共和国政府采购法|L⟧》《⟦河北省政府采购供应商不良行为记录管理办法|L⟧》等规定，现将2026年第二季度我县政府采购供应商不良行为记录公示如下：</p>
<table border="1">
<tr><th>序号</th><th>供应商名称</th><th>法定代表人</th><th>项目编号</th><th>不良行为</th><th>处罚决定书文号</th><th>处理结果</th><th>记录期限</th></tr>
<tr><td>1</td><td>⟦廊坊永定电器设备有限公司|C⟧</td><td>⟦郝振江|P⟧</td><td>⟦GACG-2026-0047|J⟧</td><td>提供虚假材料谋取中标</td><td>⟦固财采罚〔2026〕2号|N⟧</td><td>罚款⟦8,350元|M⟧，一年内禁止参加政府采购活动</td><td>⟦2026年5月20日|D⟧至⟦2027年5月19日|D⟧</td></tr>
<tr><td>2</td><td>⟦河北柳泉文体用品有限公司|C⟧</td><td>⟦纪红英|P⟧</td><td>⟦GACG-2026-0052|J⟧</td><td>与其他供应商恶意串通</td><td>⟦固财采罚〔2026〕3号|N⟧</td><td>罚款⟦5,120元|M⟧，一年内禁止参加政府采购活动</td><td>⟦2026年6月2日|D⟧至⟦2027年6月1日|D⟧</td></tr>
<tr><td>3</td><td>⟦廊坊市方城商贸有限公司|C⟧</td><td>⟦张宝山|P⟧</td><td>⟦GACG-2026-0052|J⟧</td><td>与其他供应商恶意串通</td><td>⟦固财采罚〔2026〕4号|N⟧</td><td>罚款⟦5,120元|M⟧，一年内禁止参加政府采购活动</td><td>⟦2026年6月2日|D⟧至⟦2027年6月1日|D⟧</td></tr>
<tr><td>4</td><td>⟦固安县宏达印务有限公司|C⟧</td><td>⟦田志刚|P⟧</td><td>⟦GACG-2025-0311|J⟧</td><td>中标后无正当理由拒不签订政府采购合同</td><td>⟦固财采罚〔2026〕5号|N⟧</td><td>警告，罚款⟦3,200元|M⟧</td><td>⟦2026年6月18日|D⟧至⟦2027年6月17日|D⟧</td></tr>
</table>
<p>公示期为⟦2026年7月6日|D⟧至⟦2026年7月12日|D⟧。对公示内容有异议的，请在公示期内向⟦固安县财政局政府采购监督管理股|A⟧书面反映。</p>
<p>联系电话：0316-4612287</p>
<div class="footer">主办：⟦固安县人民政府办公室|A⟧　　承办：固安县融媒体中心</div>
</body></html>
''',
        rels=[('PENALIZED', '固安县财政局', '廊坊永定电器设备有限公司'),
              ('PENALIZED', '固安县财政局', '河北柳泉文体用品有限公司'),
              ('PENALIZED', '固安县财政局', '廊坊市方城商贸有限公司'),
              ('PENALIZED', '固安县财政局', '固安县宏达印务有限公司'),
              ('LEGAL_REP', '郝振江', '廊坊永定电器设备有限公司'),
              ('LEGAL_REP', '纪红英', '河北柳泉文体用品有限公司'),
              ('LEGAL_REP', '张宝山', '廊坊市方城商贸有限公司'),
              ('LEGAL_REP', '田志刚', '固安县宏达印务有限公司'),
              ('BID_ON', '廊坊永定电器设备有限公司', 'GACG-2026-0047'),
              ('BID_ON', '河北柳泉文体用品有限公司', 'GACG-2026-0052'),
              ('BID_ON', '廊坊市方城商贸有限公司', 'GACG-2026-0052'),
              ('BID_ON', '固安县宏达印务有限公司', 'GACG-2025-0311')],
        notes=COMMON + [
            'A 公示 of decisions already made: PENALIZED from the publishing finance bureau to each listed supplier (dev12). Kind other (dev12: 公示 are other; *unsure*).',
            '法定代表人 as a column header: LEGAL_REP for each cell, no POSITION span and no HOLDS_POSITION (dev12).',
            '索引号 is a catalogue index: not DOC_NO. 固安县融媒体中心 is a media body: not annotated (GUIDELINES: media are not AGENCY).',
            'Each 项目编号 cell: PROJECT_NO; each supplier BID_ON its row\'s project (it bid or won).',
            'Page chrome: 固安县人民政府 (portal), 发布机构 固安县财政局, 主办 固安县人民政府办公室 — all annotated; the issuer is the 发布机构, the finance bureau.',
            '固安县财政局政府采购监督管理股: one AGENCY span (GUIDELINES: maximal span with a named sub-unit, as 高安市财政局办公室). dev12 r1 kept only the bureau; GUIDELINES are not silent here, so they win. *Unsure*.',
        ],
    ),
    dict(
        file='d06-sjcf-yuncheng-ruicheng-2026-0037.txt', fmt='gb18030-crlf', kind='penalty_decision', violations=['bribery'],
        issuer='芮城县市场监督管理局',
        body='''
⟦芮城县市场监督管理局|A⟧
行政处罚决定书
⟦芮市监罚〔2026〕0037号|N⟧

当事人：⟦芮城县大禹医疗器械有限公司|C⟧
主体类型：有限责任公司（自然人独资）
统一社会信用代码：91140830MA0KX3UB2N
住所：山西省运城市芮城县古魏镇永乐北街106号
⟦法定代表人|T⟧：⟦薛永刚|P⟧
身份证号：142732197604******

　　⟦2025年12月3日|D⟧，⟦芮城县纪委监委|A⟧以《问题线索移送函》（⟦芮纪移〔2025〕14号|N⟧）将当事人涉嫌商业贿赂的线索移送我局。我局于⟦2025年12月8日|D⟧立案调查。
　　经查，⟦2025年3月|D⟧至11月，当事人为在⟦芮城县人民医院|A⟧医用耗材采购中获得交易机会和竞争优势，由其⟦销售经理|T⟧⟦王海涛|P⟧分4次以“推广服务费”名义向该院设备科⟦工作人员|T⟧⟦张某某|P⟧支付现金共计⟦人民币8.6万元|M⟧。其间当事人向该院销售医用耗材货值⟦人民币61.8万元|M⟧，违法所得⟦人民币12.37万元|M⟧。
　　上述事实有当事人营业执照复印件、销售合同、记账凭证、银行流水、⟦王海涛|P⟧询问笔录等证据证实。
　　当事人的行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款第（二）项的规定，构成商业贿赂行为。
　　我局于⟦2026年2月10日|D⟧向当事人送达了《行政处罚告知书》（⟦芮市监罚告〔2026〕0037号|N⟧），当事人在法定期限内未提出陈述、申辩意见，未要求听证。
　　依据《⟦中华人民共和国反不正当竞争法|L⟧》第十九条的规定，参照《⟦山西省市场监督管理行政处罚裁量权基准|L⟧》，决定：
　　1.没收违法所得⟦人民币12.37万元|M⟧；
　　2.罚款⟦人民币20万元|M⟧。
　　罚没款合计⟦人民币32.37万元|M⟧，当事人应当自收到本决定书之日起十五日内缴纳。
　　当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向⟦芮城县人民政府|A⟧或者⟦运城市市场监督管理局|A⟧申请行政复议；也可以在六个月内依法向⟦芮城县人民法院|A⟧提起行政诉讼。
　　涉嫌受贿人员⟦张某某|P⟧的问题，已由⟦芮城县纪委监委|A⟧另案处理。

⟦芮城县市场监督管理局|A⟧
⟦2026年3月5日|D⟧
''',
        rels=[('PENALIZED', '芮城县市场监督管理局', '芮城县大禹医疗器械有限公司'),
              ('REFERRED', '芮城县纪委监委', '芮城县市场监督管理局', '芮纪移〔2025〕14号', '2025年12月3日'),
              ('LEGAL_REP', '薛永刚', '芮城县大禹医疗器械有限公司'),
              ('HOLDS_POSITION', '薛永刚', '法定代表人', '芮城县大禹医疗器械有限公司'),
              ('HOLDS_POSITION', '王海涛', '销售经理', '芮城县大禹医疗器械有限公司'),
              ('HOLDS_POSITION', '张某某', '工作人员', '芮城县人民医院')],
        notes=COMMON + [
            'The 纪委监委\'s transfer to 我局 with a number and date: REFERRED, receiver the issuer (GUIDELINES §4).',
            '该院设备科工作人员张某某: the unit after a pronoun is left out; POSITION 工作人员 (staff role), org the hospital. The masked name keeps a name shape: PERSON.',
            'No procurement project number: no BID_ON. 2025年3月至11月: 2025年3月 is DATE; 11月 alone is month-only and not DATE (GUIDELINES).',
            'Masked ID number not annotated. GB18030 with CRLF.',
        ],
    ),
    dict(
        file='d07-cjjggg-ningde-xiapu-2026-012.txt', fmt='utf-8', kind='other', violations=[],
        issuer='霞浦县教育局',
        body='''
⟦霞浦县教育局|A⟧霞浦县中小学校园安防监控系统升级改造采购项目成交结果公告

一、项目编号：⟦[350921]NDXP[CS]2026012|J⟧
　　采购计划编号：⟦350921-2026-000478|J⟧
二、项目名称：霞浦县中小学校园安防监控系统升级改造采购项目
三、采购方式：竞争性磋商
四、成交信息
　　成交供应商：⟦福建杨家溪智能科技有限公司|C⟧
　　供应商地址：福建省宁德市蕉城区蕉城南路1108号
　　成交金额：⟦人民币叁佰壹拾贰万陆仟元整|M⟧（⟦¥3,126,000.00|M⟧）
五、主要标的信息：高清网络摄像机1,860台、存储服务器24台及配套安装，服务期限：合同签订后90日历天内完成。
六、磋商小组成员名单：⟦陈德明|P⟧、⟦林秀英|P⟧、⟦黄志坚|P⟧（采购人代表）
七、其他响应供应商评审情况：
　　⟦宁德市长溪安防工程有限公司|C⟧，综合得分82.50分，排名第二；
　　⟦福建太姥电子科技有限公司|C⟧，综合得分79.16分，排名第三；
　　⟦霞浦县三沙通信设备有限公司|C⟧，资格审查不通过（未提供有效的社保缴纳证明）。
八、代理服务费：⟦人民币2.85万元|M⟧，由成交供应商支付。
九、公告期限：自本公告发布之日起1个工作日。
十、联系方式
　　采购人：⟦霞浦县教育局|A⟧　联系人：⟦郑文彬|P⟧　电话：0593-8273316
　　采购代理机构：⟦福建闽东招标代理有限公司|C⟧　项目联系人：⟦吴秋萍|P⟧　电话：0593-2685570
　　监督部门：⟦霞浦县财政局|A⟧　电话：0593-8262071

⟦福建闽东招标代理有限公司|C⟧
⟦2026年6月23日|D⟧
''',
        rels=[('BID_ON', '福建杨家溪智能科技有限公司', '[350921]NDXP[CS]2026012'),
              ('BID_ON', '宁德市长溪安防工程有限公司', '[350921]NDXP[CS]2026012'),
              ('BID_ON', '福建太姥电子科技有限公司', '[350921]NDXP[CS]2026012'),
              ('BID_ON', '霞浦县三沙通信设备有限公司', '[350921]NDXP[CS]2026012')],
        notes=COMMON + [
            'Fujian-style 项目编号 with region code and method in brackets: one PROJECT_NO as written. The 采购计划编号 is also PROJECT_NO (dev12 n2). BID_ON only to the 项目编号 (the supplier responded to the project, not to the plan). *Unsure*.',
            'The winner and three other responding suppliers (one failed qualification, but it responded) BID_ON.',
            'The amount in words keeps its currency word (人民币…元整); the figure in （） with ¥ and no 元 is a second MONEY span.',
            'Kind other (a results announcement); issuer the purchaser named in the heading (dev12 n1), although the agent signs.',
            '磋商小组 names listed under a heading: PERSON, no POSITION; 采购人代表 in （） not annotated. Scores (82.50分) and counts are not MONEY.',
        ],
    ),
]
