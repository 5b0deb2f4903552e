"""dev15 — decisions and announcements (hand annotation, inline ⟦text|L⟧ marks).

Jiangxi 景德镇珠山区 (处罚决定书), Guangdong 汕尾海丰县 (投诉处理决定书, GB18030), Xinjiang 阿克苏 (中标结果公告, html),
Ningxia 中卫沙坡头区 (成交結果公告, traditional), Gansu 定西安定区 (不良行为记录公示, |-table), Tibet 日喀则桑珠孜区 (通报).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (当事人, 投诉人, 被投诉人, 联系人, 立案编号, 案号, 项目编号) stay outside the spans. Credit codes, ID numbers and addresses are not annotated.',
]

DOCS = [
    dict(
        file='d1-cfjd-jingdezhen-zhushan-2026-12.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='景德镇市珠山区财政局',
        body='''
⟦景德镇市珠山区财政局|A⟧行政处罚决定书
⟦珠财罚决2026年第12号|N⟧

当事人：⟦景德镇瓷都文化传播有限公司|C⟧
统一社会信用代码：91360203MA3K7T2Q0B
⟦法定代表人|T⟧：⟦司马青云|P⟧
委托代理人：⟦江西昌南律师事务所|C⟧⟦律师|T⟧⟦祝融|P⟧

　　本案系⟦景德镇市珠山区审计局|A⟧以《审计移送处理书》（⟦珠审移〔2026〕4号|N⟧）移送我局。我局于⟦2026年5月11日|D⟧立案（立案编号：⟦ZS-CZ-LA-2026-012|N⟧），⟦2026年6月3日|D⟧向当事人送达《行政处罚事先告知书》（⟦珠财罚告2026年第12号|N⟧）。当事人在法定期限内未提出陈述、申辩，也未要求听证。
　　经查，当事人在⟦景德镇市珠山区文化和旅游局|A⟧陶瓷文化节展陈服务采购项目（项目编号：⟦JDZZS2025-C-0088|J⟧）中，提供虚假的类似项目业绩证明2份，以⟦人民币97.8万元|M⟧成交。以上事实有投标文件、⟦景德镇市昌江区人民政府|A⟧出具的情况说明、对⟦司马青云|P⟧的询问笔录等证据证明。
　　依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，我局决定：
　　一、处采购金额千分之五的罚款，即⟦人民币4890元|M⟧（⟦肆仟捌佰玖拾元整|M⟧）；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向⟦景德镇市珠山区人民政府|A⟧申请行政复议，或者在六个月内向⟦景德镇市珠山区人民法院|A⟧提起行政诉讼。

⟦景德镇市珠山区财政局|A⟧
⟦2026年6月25日|D⟧
抄送：⟦景德镇市珠山区审计局|A⟧、⟦景德镇市珠山区公共资源交易中心|A⟧
''',
        rels=[('REFERRED', '景德镇市珠山区审计局', '景德镇市珠山区财政局', '珠审移〔2026〕4号', None),
              ('PENALIZED', '景德镇市珠山区财政局', '景德镇瓷都文化传播有限公司'),
              ('LEGAL_REP', '司马青云', '景德镇瓷都文化传播有限公司'),
              ('HOLDS_POSITION', '司马青云', '法定代表人', '景德镇瓷都文化传播有限公司'),
              ('HOLDS_POSITION', '祝融', '律师', '江西昌南律师事务所'),
              ('BID_ON', '景德镇瓷都文化传播有限公司', 'JDZZS2025-C-0088')],
        notes=COMMON + [
            'Numbers in the 年第N号 shape (珠财罚决2026年第12号, 珠财罚告2026年第12号) are DOC_NO, the whole string. The agency right before 行政处罚决定书 in the title is annotated.',
            'The audit referral stated in the narrative: REFERRED 审计局 → 财政局 (我局 = the named issuer), no transfer date stated (5月11日 is the filing).',
            '司马 is a compound surname; 祝融 a name that is also a mythological name. 委托代理人 is not POSITION; 律师 before the name is.',
            'The amount in words in （） is a second MONEY span. 千分之五 is a rate, not MONEY.',
        ],
    ),
    dict(
        file='d2-tscljd-shanwei-haifeng-2026-7.txt', fmt='gb18030', kind='complaint_decision', violations=['false_materials'],
        issuer='海丰县财政局',
        body='''
⟦海丰县财政局|A⟧政府采购投诉处理决定书
⟦海财采决〔2026〕 7 号|N⟧

投诉人：⟦汕尾市红海湾建筑装饰工程有限公司|C⟧
地址：汕尾市城区香洲街道二马路18号
⟦法定代表人|T⟧：⟦庄晓东|P⟧
被投诉人一：⟦海丰县人民医院|A⟧（采购人）
被投诉人二：⟦广东粤信招标代理有限公司|C⟧（采购代理机构）
相关供应商：⟦汕尾鸿达机电安装有限公司|C⟧

　　投诉人因对⟦海丰县人民医院|A⟧门诊楼空调系统改造项目（项目编号：⟦HFCG2026-017|J⟧，招标文件编号：⟦YXZB-SW-2026-0033|J⟧）的质疑答复（⟦YXZB-SW-2026-0033-ZY01|N⟧）不满，于⟦2026年4月7日|D⟧向本机关提起投诉。本机关于⟦4月9日|D⟧受理，并向被投诉人及相关供应商发出《投诉答复通知书》（⟦海财采诉〔2026〕7-1号|N⟧、⟦7-2号|N⟧、⟦7-3号|N⟧）。
　　投诉人称：中标人⟦汕尾鸿达机电安装有限公司|C⟧拟派⟦项目负责人|T⟧⟦林某某|P⟧的社会保险由投诉人缴纳，其投标文件所附社保缴费证明系伪造。
　　经查：⟦汕尾市社会保险基金管理局海丰分局|A⟧出具的查询结果显示，⟦2025年1月|D⟧至⟦2026年3月|D⟧⟦林某某|P⟧的社会保险均由投诉人缴纳，相关供应商所附证明与之不符，投诉事项成立。
　　依据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第三十二条第一款第（二）项，本机关决定：认定中标结果无效，责令⟦海丰县人民医院|A⟧依法另行确定中标人或重新开展采购活动。对相关供应商提供虚假材料的行为，另案处理（案号：⟦海财采立〔2026〕5号|N⟧）。
　　投诉人、被投诉人如对本决定不服，可自收到本决定书之日起60日内向⟦汕尾市财政局|A⟧申请行政复议。

⟦海丰县财政局|A⟧
⟦2026年5月15日|D⟧
''',
        rels=[('PENALIZED', '海丰县财政局', '海丰县人民医院'),
              ('LEGAL_REP', '庄晓东', '汕尾市红海湾建筑装饰工程有限公司'),
              ('HOLDS_POSITION', '庄晓东', '法定代表人', '汕尾市红海湾建筑装饰工程有限公司'),
              ('HOLDS_POSITION', '林某某', '项目负责人', '汕尾鸿达机电安装有限公司'),
              ('BID_ON', '汕尾鸿达机电安装有限公司', 'HFCG2026-017')],
        notes=COMMON + [
            'GB18030 (LF). The decision\'s own number has spaces around the serial (海财采决〔2026〕 7 号): the span keeps them. Elliptical 7-2号、7-3号 after a full 7-1号 are DOC_NO (dev14).',
            'The 质疑答复 reference YXZB-SW-2026-0033-ZY01 numbers a reply document: DOC_NO (*unsure*); the 招标文件编号 is PROJECT_NO (dev14); BID_ON to the 项目编号.',
            '责令…重新开展采购活动 of the purchaser is PENALIZED (dev14). The complainant is not assumed to have bid. 林某某 masked: PERSON. '
            '汕尾市城区 inside the address is not annotated.',
        ],
    ),
    dict(
        file='d3-zbgg-aksu-2026-0412.html', fmt='html', kind='other', violations=[],
        issuer='阿克苏地区第一人民医院',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中标结果公告</title>
<style>td{border:1px solid #ccc}</style></head>
<body>
<div class="crumb">首页 &gt; 采购公告 &gt; 中标公告</div>
<h1>⟦阿克苏地区第一人民医院|A⟧医用耗材SPD供应链服务采购项目中标结果公告</h1>
<p class="meta">发布时间：⟦2026-09-02|D⟧　来源：新疆政府采购网</p>
<p>一、项目编号：⟦AKS-ZC-2026-0412|J⟧（采购计划编号：⟦新阿财采计〔2026〕00318号|J⟧）</p>
<p>二、中标信息</p>
<table>
<tr><th>名次</th><th>供应商名称</th><th>评审得分</th><th>投标报价</th></tr>
<tr><td>1</td><td>⟦新疆天山医联供应链管理有限公司|C⟧</td><td>91.36</td><td>⟦¥3,120,000.00元|M⟧</td></tr>
<tr><td>2</td><td>⟦阿克苏新联医疗器械有限公司|C⟧</td><td>86.02</td><td>⟦¥3,188,600.00元|M⟧</td></tr>
<tr><td>3</td><td>⟦乌鲁木齐康泰源商贸有限公司|C⟧</td><td>79.45</td><td>⟦¥3,247,000.00元|M⟧</td></tr>
</table>
<p>三、评审专家名单：⟦买买提江·艾合买提|P⟧、⟦阿依古丽·吾甫尔|P⟧、⟦王建新|P⟧、⟦艾力•托合提|P⟧、⟦李娜|P⟧（⟦采购人代表|T⟧）</p>
<p>四、代理服务费：⟦人民币叁万贰仟元整|M⟧</p>
<p>五、联系方式<br>采购人：⟦阿克苏地区第一人民医院|A⟧　联系人：⟦努尔曼古丽|P⟧　0997-2123056<br>
采购代理机构：⟦新疆丝路天成项目管理有限公司|C⟧　联系人：⟦迪丽达尔·肉孜|P⟧　0997-2566018</p>
<p class="foot">⟦新疆丝路天成项目管理有限公司|C⟧　⟦2026年9月2日|D⟧</p>
</body></html>
""",
        rels=[('BID_ON', '新疆天山医联供应链管理有限公司', 'AKS-ZC-2026-0412'),
              ('BID_ON', '阿克苏新联医疗器械有限公司', 'AKS-ZC-2026-0412'),
              ('BID_ON', '乌鲁木齐康泰源商贸有限公司', 'AKS-ZC-2026-0412'),
              ('HOLDS_POSITION', '李娜', '采购人代表', '阿克苏地区第一人民医院')],
        notes=COMMON + [
            'An .html announcement (texts/ holds the visible text). 新疆政府采购网 (a website) is not annotated.',
            'The 采购计划编号 in the document-number shape (新阿财采计〔2026〕00318号) is PROJECT_NO (GUIDELINES: 湘财采计〔2023〕001927号); BID_ON goes to the 项目编号 only.',
            'Uyghur names with the middle dot · and one with the bullet • (艾力•托合提) are one PERSON span each; a single-part name 努尔曼古丽 is PERSON.',
            'Issuer: the purchaser (dev14, *unsure*). 采购人代表 POSITION with org the hospital (*unsure*, dev14).',
        ],
    ),
    dict(
        file='d4-cjgg-zhongwei-shapotou-2026-15-fanti.txt', fmt='utf-8', kind='other', violations=[],
        issuer='中衛市沙坡頭區教育局',
        body='''
⟦中衛市沙坡頭區教育局|A⟧學生營養餐食材配送服務競爭性磋商成交結果公告
（⟦沙財採公〔二〇二六〕第一百二十七號|N⟧）

一、項目編號：⟦ZWSPT-JZCS-2026-015|J⟧
　　採購計劃備案號：⟦衛沙財採備〔2026〕0115號|J⟧
二、項目名稱：⟦中衛市沙坡頭區教育局|A⟧學生營養餐食材配送服務
三、成交信息
　　成交供應商：⟦寧夏塞上鮮農產品配送有限公司|C⟧
　　成交金額：⟦人民幣壹佰貳拾捌萬陸仟元整|M⟧（⟦¥1,286,000.00|M⟧）
四、磋商小組成員：⟦馬學軍|P⟧（⟦組長|T⟧）、⟦海燕|P⟧、⟦納文華|P⟧、⟦丁寶|P⟧、⟦楊春|P⟧（⟦採購人代表|T⟧）
五、本項目於⟦2026年8月21日|D⟧經⟦中衛市沙坡頭區財政局|A⟧備案（備案文號：⟦衛沙財採備〔2026〕0115-2號|N⟧）。
六、聯繫方式
　　採購人：⟦中衛市沙坡頭區教育局|A⟧　聯繫人：⟦馬蘭花|P⟧　0955-7012356
　　採購代理機構：⟦寧夏正衡招標代理有限公司|C⟧　聯繫人：⟦白雪|P⟧　0955-7688120

⟦寧夏正衡招標代理有限公司|C⟧
⟦2026年8月28日|D⟧
''',
        rels=[('BID_ON', '寧夏塞上鮮農產品配送有限公司', 'ZWSPT-JZCS-2026-015'),
              ('HOLDS_POSITION', '馬學軍', '組長', None),
              ('HOLDS_POSITION', '楊春', '採購人代表', '中衛市沙坡頭區教育局')],
        notes=COMMON + [
            'Traditional characters. 採購計劃備案號 in the document-number shape is PROJECT_NO (GUIDELINES, as 湘财采计…); the 備案文號 with a -2 suffix numbers '
            'the finance bureau\'s filing document: DOC_NO (*unsure*: near-identical strings with different labels).',
            'Hui names (馬學軍, 納文華, 丁寶, 馬蘭花); 海燕 and 白雪 are names that are also common words. 組長 of the ad-hoc panel is POSITION with no org (an appointed role attached to a name, *unsure*). The announcement serial in Chinese numerals (沙財採公〔二〇二六〕第一百二十七號) is DOC_NO (GUIDELINES: 第二千九百七十八号).',
            'Issuer: the purchaser (dev14 practice, *unsure*).',
        ],
    ),
    dict(
        file='d5-blxwgs-dingxi-anding-2026-3.txt', fmt='utf-8', kind='penalty_decision',
        violations=['false_materials', 'collusion', 'other'],
        issuer='定西市安定区财政局',
        body='''
⟦定西市安定区财政局|A⟧政府采购不良行为记录公示（⟦2026年第3期|N⟧）

| 序号 | 当事人 | 统一社会信用代码/身份证号 | 不良行为 | 处理结果 | 决定文号 | 决定日期 |
|---|---|---|---|---|---|---|
| 1 | ⟦甘肃陇中恒达建设工程有限公司|C⟧ | 91621102MA74KQ2X5D | 提供虚假材料谋取中标 | 罚款⟦1.2万元|M⟧，一年内禁止参加政府采购活动 | ⟦定安财罚〔2026〕1号|N⟧ | ⟦2026-07-02|D⟧ |
| 2 | ⟦定西市安定区鑫源印务有限公司|C⟧ | 91621102MA72P8WE1J | 与其他供应商恶意串通 | 罚款⟦8600元|M⟧，列入不良行为记录名单 | ⟦定安财罚〔2026〕2号|N⟧ | ⟦2026-07-02|D⟧ |
| 3 | ⟦甘肃西岩山文印有限公司|C⟧ | 91621102MA73RT0K8C | 与其他供应商恶意串通 | 罚款⟦8600元|M⟧，列入不良行为记录名单 | ⟦定安财罚〔2026〕2-1号|N⟧ | ⟦2026-07-02|D⟧ |
| 4 | ⟦李**|P⟧（⟦评审专家|T⟧） | 6211**********0427 | 未按照采购文件规定的评审标准评审 | 警告，禁止参加政府采购评审活动 | ⟦DXAD-CZ-CF-2026-004|N⟧ | ⟦2026-07-15|D⟧ |
| 5 | ⟦甘肃定远招标代理有限公司|C⟧ | 91621100MA71X2GT6N | 未按规定时间答复质疑 | 警告 | ⟦定安财罚〔2026〕5号|N⟧ | ⟦2026-07-16|D⟧ |

处理机关：⟦定西市安定区财政局|A⟧
公示期：⟦2026年7月20日|D⟧至⟦2026年7月26日|D⟧
联系人：⟦马兰|P⟧　　电话：0932-8213355
''',
        rels=[('PENALIZED', '定西市安定区财政局', '甘肃陇中恒达建设工程有限公司'),
              ('PENALIZED', '定西市安定区财政局', '定西市安定区鑫源印务有限公司'),
              ('PENALIZED', '定西市安定区财政局', '甘肃西岩山文印有限公司'),
              ('PENALIZED', '定西市安定区财政局', '李**'),
              ('PENALIZED', '定西市安定区财政局', '甘肃定远招标代理有限公司'),
              ('HOLDS_POSITION', '李**', '评审专家', None)],
        notes=COMMON + [
            'A |-separated table. Every 决定文号 cell is DOC_NO, including a code-shaped one (DXAD-CZ-CF-2026-004) and a -1 suffix; the issue serial in the title (2026年第3期) '
            'is DOC_NO (*unsure*: an issue number of a recurring announcement, GUIDELINES: an announcement serial is DOC_NO).',
            'The masked expert 李** is PERSON, 评审专家 POSITION with no org. Masked ID numbers and credit codes are not annotated.',
            'PENALIZED from the processing agency (处理机关, also the title body) to each party (dev14 d4). Violations: false_materials, collusion (恶意串通), other (expert review, late reply).',
            '马兰 is a name that is also a plant word.',
        ],
    ),
    dict(
        file='d6-tb-rikaze-sangzhuzi-2026-5.txt', fmt='utf-8', kind='discipline_notice',
        violations=['bribery', 'interference', 'discriminatory_terms', 'other'],
        issuer='中共日喀则市桑珠孜区纪律检查委员会',
        body='''
⟦中共日喀则市桑珠孜区纪律检查委员会|A⟧
关于3起公共资源交易领域违纪违法典型问题的通报
⟦桑纪通〔2026〕5号|N⟧

各乡（镇）党委，区直各单位党组（党委）：
　　一、⟦日喀则市桑珠孜区农业农村局|A⟧⟦原副局长|T⟧⟦次仁多吉|P⟧违规插手农机采购、收受财物问题。⟦2023年5月|D⟧至⟦2024年8月|D⟧，⟦次仁多吉|P⟧利用职务便利，在农机具采购项目（项目编号：⟦SZZ-NY-2023-06|J⟧）中向评审专家打招呼，帮助⟦西藏珠峰农牧机械有限公司|C⟧中标，收受该公司⟦法定代表人|T⟧⟦扎西·顿珠|P⟧所送财物折合⟦人民币18.6万元|M⟧。⟦2026年3月|D⟧，经⟦日喀则市桑珠孜区纪委常委会|A⟧会议研究，给予⟦次仁多吉|P⟧开除党籍处分；由⟦日喀则市桑珠孜区监察委员会|A⟧给予其开除公职处分，并将其涉嫌犯罪问题移送⟦日喀则市桑珠孜区人民检察院|A⟧依法审查起诉。
　　二、⟦日喀则市桑珠孜区教育局计财股|A⟧⟦股长|T⟧⟦拉巴卓玛|P⟧在学校食堂设备采购中指定品牌问题。⟦2024年9月|D⟧，⟦拉巴卓玛|P⟧在编制采购需求时指定特定品牌，排斥其他供应商。⟦拉巴卓玛|P⟧受到党内警告处分。
　　三、⟦日喀则市桑珠孜区公共资源交易中心|A⟧⟦工作人员|T⟧⟦白玛|P⟧泄露评标专家名单问题。⟦2025年6月|D⟧，⟦白玛|P⟧向投标人⟦王某|P⟧泄露评标专家名单。⟦白玛|P⟧受到政务记过处分。
　　各级党组织要引以为戒，党员干部要像格桑花一样扎根高原、守住底线。

⟦中共日喀则市桑珠孜区纪律检查委员会|A⟧
⟦2026年4月9日|D⟧
''',
        rels=[('PENALIZED', '日喀则市桑珠孜区纪委常委会', '次仁多吉'),
              ('PENALIZED', '日喀则市桑珠孜区监察委员会', '次仁多吉'),
              ('REFERRED', '日喀则市桑珠孜区监察委员会', '日喀则市桑珠孜区人民检察院', None, '2026年3月'),
              ('HOLDS_POSITION', '次仁多吉', '原副局长', '日喀则市桑珠孜区农业农村局'),
              ('HOLDS_POSITION', '扎西·顿珠', '法定代表人', '西藏珠峰农牧机械有限公司'),
              ('LEGAL_REP', '扎西·顿珠', '西藏珠峰农牧机械有限公司'),
              ('HOLDS_POSITION', '拉巴卓玛', '股长', '日喀则市桑珠孜区教育局计财股'),
              ('HOLDS_POSITION', '白玛', '工作人员', '日喀则市桑珠孜区公共资源交易中心'),
              ('BID_ON', '西藏珠峰农牧机械有限公司', 'SZZ-NY-2023-06')],
        notes=COMMON + [
            'Tibetan names: four-character 次仁多吉 and 拉巴卓玛, two-character 白玛, and 扎西·顿珠 with a middle dot. 格桑花 (a flower, in a figure of speech) is not a person; '
            '珠峰 inside the company name is not a person.',
            'Named deciders are PENALIZED (纪委常委会, 监察委员会); passive 受到…处分 are not (dev14). The 监委 移送 to the named procuratorate is REFERRED, date 2026年3月.',
            'A named internal unit right after its agency is one AGENCY span (dev14): 日喀则市桑珠孜区教育局计财股, 股长 with org the unit.',
            '各乡（镇）党委，区直各单位 are distributive addressees: not annotated. 王某 (masked bidder) is PERSON.',
        ],
    ),
]
