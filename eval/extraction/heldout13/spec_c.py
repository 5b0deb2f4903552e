"""heldout13 — documents h16–h18 (letters) and o01–o12 (other genres). All invented."""

DOCS = [
    dict(
        file='h16-thh-longde-jw-2026-2.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='隆德县纪委监委',
        body="""
⟦隆德县纪委监委|A⟧
关于退回问题线索材料的函
⟦隆纪函〔2026〕2号|N⟧

⟦隆德县财政局|A⟧：
　　⟦2026年2月24日|D⟧，你局以⟦隆财函〔2026〕5号|N⟧向我委移送了隆德县农村饮水安全巩固提升工程监理服务项目代理机构工作人员涉嫌收受好处费的问题线索。经初步审核，所附材料仅有匿名举报信复印件一份，未能提供涉及的具体人员姓名、金额及相关证据，且该代理机构⟦宁夏六盘山工程咨询有限公司|C⟧系民营企业，其工作人员不属于监察对象。
　　经研究，现将该线索材料退回你局，建议你局依据《⟦中华人民共和国政府采购法实施条例|L⟧》等规定对代理机构先行调查核实；发现公职人员涉嫌违纪违法问题的，请再行移送。

⟦隆德县纪委监委|A⟧
⟦2026年3月6日|D⟧
""",
        rels=[('REFERRED', '隆德县财政局', '隆德县纪委监委', '隆财函〔2026〕5号', '2026年2月24日')],
        notes=['The 退回 is not REFERRED; the original transfer (财政局 → 纪委监委) is recorded with its number and date. 工作人员 is '
               'not attached to a named person: not POSITION. 请再行移送 is no relation.'],
    ),
    dict(
        file='h17-jgfk-qingyuan-czj-2026-10.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='庆元县财政局',
        body="""
⟦庆元县财政局|A⟧
关于审计移送事项处理结果的反馈
⟦庆财函〔2026〕10号|N⟧

⟦庆元县审计局|A⟧：
　　你局《审计移送处理书》（⟦庆审移〔2025〕6号|N⟧）移送的庆元县香菇市场改造提升项目（项目编号：⟦QYCG2025-0041|J⟧）供应商串通投标问题，我局已调查终结。现将处理结果反馈如下：
　　经查，⟦庆元县菇乡建设有限公司|C⟧与⟦浙江山水园林工程有限公司|C⟧在该项目投标中由同一人（⟦吴建平|P⟧，系⟦菇乡公司|C⟧⟦投标专员|T⟧）办理投标保证金缴纳及投标文件上传，构成《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（七）项规定的恶意串通情形。我局于⟦2026年3月25日|D⟧作出⟦庆财采罚〔2026〕1号|N⟧、⟦庆财采罚〔2026〕2号|N⟧行政处罚决定，对两公司分别处以采购金额千分之五的罚款（各⟦人民币6,215元|M⟧），列入不良行为记录名单，一年内禁止参加政府采购活动。

⟦庆元县财政局|A⟧
⟦2026年4月1日|D⟧
""",
        rels=[('REFERRED', '庆元县审计局', '庆元县财政局', '庆审移〔2025〕6号', None),
              ('PENALIZED', '庆元县财政局', '庆元县菇乡建设有限公司'),
              ('PENALIZED', '庆元县财政局', '浙江山水园林工程有限公司'),
              ('BID_ON', '庆元县菇乡建设有限公司', 'QYCG2025-0041'),
              ('BID_ON', '浙江山水园林工程有限公司', 'QYCG2025-0041'),
              ('HOLDS_POSITION', '吴建平', '投标专员', '庆元县菇乡建设有限公司')],
        aliases={'菇乡公司': '庆元县菇乡建设有限公司'},
        notes=['The transfer date is not stated: REFERRED date null. The 反馈 reports the bureau\'s own penalties → PENALIZED. 千分之五 is a '
               'rate, not MONEY.'],
    ),
    dict(
        file='h18-ysh-genhe-jw-2026-4.docx', fmt='docx', kind='other', violations=['bribery', 'collusion'],
        issuer='根河市纪委监委',
        body="""⟦中共根河市纪律检查委员会|A⟧
⟦根河市监察委员会|A⟧
关于移送涉嫌串通投标犯罪问题线索的函
⟦根纪函〔2026〕4号|N⟧
⟦根河市公安局|A⟧：
我委（以下简称⟦根河市纪委监委|A⟧）在审查调查⟦根河市林业和草原局|A⟧⟦原党组书记|T⟧、⟦局长|T⟧⟦包志刚|P⟧严重违纪违法案中发现，⟦内蒙古森源林业工程有限公司|C⟧⟦法定代表人|T⟧⟦赵永胜|P⟧在根河市天然林保护修复工程（项目编号：⟦GHLC-2024-009|J⟧）招标中，组织⟦根河市北疆绿化有限责任公司|C⟧、⟦牙克石市林海园艺有限公司|C⟧陪标，涉嫌串通投标罪。⟦包志刚|P⟧涉嫌受贿问题由我委依法调查。
根据《⟦中华人民共和国监察法|L⟧》第三十四条规定，现将⟦赵永胜|P⟧等人涉嫌串通投标犯罪问题线索移送你局依法处理。
附件：问题线索材料（共2卷）
⟦根河市纪委监委|A⟧
⟦2026年4月21日|D⟧""",
        rels=[('REFERRED', '中共根河市纪律检查委员会', '根河市公安局', '根纪函〔2026〕4号', '2026年4月21日'),
              ('REFERRED', '根河市监察委员会', '根河市公安局', '根纪函〔2026〕4号', '2026年4月21日'),
              ('HOLDS_POSITION', '包志刚', '原党组书记', '根河市林业和草原局'),
              ('HOLDS_POSITION', '包志刚', '局长', '根河市林业和草原局'),
              ('LEGAL_REP', '赵永胜', '内蒙古森源林业工程有限公司'),
              ('HOLDS_POSITION', '赵永胜', '法定代表人', '内蒙古森源林业工程有限公司'),
              ('BID_ON', '内蒙古森源林业工程有限公司', 'GHLC-2024-009'),
              ('BID_ON', '根河市北疆绿化有限责任公司', 'GHLC-2024-009'),
              ('BID_ON', '牙克石市林海园艺有限公司', 'GHLC-2024-009')],
        aliases={'中共根河市纪律检查委员会': '根河市纪委监委', '根河市监察委员会': '根河市纪委监委'},
        notes=['Joint header (纪委 + 监委), defined as 根河市纪委监委 by 以下简称: issuer the defined signature name; the transfer is recorded '
               'from both header bodies (as dev19 b1/b4).',
               '原党组书记、局长: 原 is adjacent and kept on the first title; the two titles are split (GUIDELINES).'],
    ),
    dict(
        file='o01-cfjd-jinghong-czj-2026-3.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='景洪市财政局',
        body="""
⟦景洪市财政局|A⟧
政府采购行政处罚决定书
⟦景财采罚〔2026〕3号|N⟧

当事人：⟦西双版纳澜沧江智能科技有限公司|C⟧
统一社会信用代码：91532801MA6P8K1L2D
住所：景洪市宣慰大道126号
⟦法定代表人|T⟧：⟦岩温香|P⟧

　　⟦2025年12月4日|D⟧，我局收到⟦景洪市公共资源交易中心|A⟧移送的景洪市智慧社区平台建设项目（项目编号：⟦JHCG-2025-1187|J⟧）评审异常情况报告。经调查，你公司在该项目投标文件中提供的3份“类似项目业绩合同”中，有2份系伪造，合同所载甲方⟦勐海县勐遮镇人民政府|A⟧书面证实从未与你公司签订该合同。你公司以第一名中标，中标金额⟦人民币1,386,000.00元|M⟧，该中标结果已被确认无效。
　　上述事实有投标文件、⟦勐海县勐遮镇人民政府|A⟧出具的情况说明、询问笔录等证据证实。
　　你公司的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。我局于⟦2026年1月19日|D⟧向你公司送达了《行政处罚事先告知书》（⟦景财采告〔2026〕2号|N⟧），你公司在法定期限内未提出陈述、申辩。
　　根据上述规定，我局决定：
　　一、处以采购金额千分之八的罚款，计⟦人民币11,088元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦景洪市人民政府|A⟧申请行政复议，或者在六个月内向⟦景洪市人民法院|A⟧提起行政诉讼。

⟦景洪市财政局|A⟧
⟦2026年2月10日|D⟧
""",
        rels=[('REFERRED', '景洪市公共资源交易中心', '景洪市财政局', None, '2025年12月4日'),
              ('PENALIZED', '景洪市财政局', '西双版纳澜沧江智能科技有限公司'),
              ('LEGAL_REP', '岩温香', '西双版纳澜沧江智能科技有限公司'),
              ('HOLDS_POSITION', '岩温香', '法定代表人', '西双版纳澜沧江智能科技有限公司'),
              ('BID_ON', '西双版纳澜沧江智能科技有限公司', 'JHCG-2025-1187')],
        notes=['The trading centre\'s report received on 2025年12月4日 is REFERRED (DECISIONS), dated with the receipt date (the only date; '
               'doubtful). The address is not annotated. 千分之八 is a rate.'],
    ),
    dict(
        file='o02-tscljd-fengjie-czj-2026-5.html', fmt='html', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='奉节县财政局',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>奉节县财政局政府采购投诉处理决定书（奉财采投〔2026〕5号）</title>
<style>p{text-indent:2em}</style></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 政府采购监管</div>
<h2>⟦奉节县财政局|A⟧政府采购投诉处理决定书</h2>
<p class="wh">⟦奉财采投〔2026〕5号|N⟧</p>
<p>投诉人：⟦重庆渝东环卫设备有限公司|C⟧</p>
<p>⟦法定代表人|T⟧：⟦冉明|P⟧</p>
<p>被投诉人：⟦奉节县城市管理局|A⟧</p>
<p>相关供应商：⟦重庆三峡洁美环境科技有限公司|C⟧</p>
<p>投诉人因奉节县城区道路清扫保洁车辆采购项目（项目编号：⟦FJCG-2026-0022|J⟧）采购文件质疑答复不满意，于⟦2026年2月13日|D⟧向本机关提起投诉。投诉事项为：采购文件将“在奉节县境内设有售后服务网点”作为资格条件，并对注册地在重庆市三峡库区的供应商加3分，属于以不合理条件对供应商实行差别待遇。</p>
<p>本机关查明：被投诉人在采购文件中确实设置了上述条款。本机关认为，上述条款违反了《⟦政府采购促进中小企业发展管理办法|L⟧》及《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条的规定，投诉事项成立。</p>
<p>根据《⟦政府采购质疑和投诉办法|L⟧》第三十一条之规定，本机关决定：责令⟦奉节县城市管理局|A⟧修改采购文件后重新开展采购活动。</p>
<p style="text-align:right">⟦奉节县财政局|A⟧<br>⟦2026年3月11日|D⟧</p>
<div class="foot">主办：⟦奉节县人民政府办公室|A⟧　技术支持：⟦奉节县大数据中心|A⟧</div>
</body></html>""",
        rels=[('PENALIZED', '奉节县财政局', '奉节县城市管理局'),
              ('LEGAL_REP', '冉明', '重庆渝东环卫设备有限公司'),
              ('HOLDS_POSITION', '冉明', '法定代表人', '重庆渝东环卫设备有限公司')],
        notes=['The <title> in <head> is not visible text (goldkit drops head): not annotated. 责令…重新开展采购活动 is a handling decision '
               'on the purchaser → PENALIZED (GUIDELINES lists 责令改正 among sanctions; doubtful for a complaint decision). The '
               'complainant is not assumed to have bid: no BID_ON; the 相关供应商 (winner) is not said to have bid in words either: no BID_ON '
               '(doubtful). Page chrome bodies (主办, 技术支持) are annotated and are not the issuer.'],
    ),
    dict(
        file='o03-xwbl-huanren-scjg-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='桓仁满族自治县市场监督管理局',
        body="""
询 问 笔 录

时间：⟦2026年3月12日|D⟧ 9时20分至10时45分
地点：⟦桓仁满族自治县市场监督管理局|A⟧执法办案区第二询问室
询问人：⟦关德胜|P⟧、⟦佟丽|P⟧　执法证号：21050226001、21050226014
记录人：⟦佟丽|P⟧
被询问人：⟦于海涛|P⟧　性别：男　身份证号：2105221986********
工作单位及职务：⟦桓仁五女山物业服务有限公司|C⟧⟦副总经理|T⟧

问：我们是⟦桓仁满族自治县市场监督管理局|A⟧的执法人员，现依法向你询问有关情况，你应当如实回答。你听清楚了吗？
答：听清楚了。
问：⟦桓仁县第一人民医院|A⟧物业服务项目（项目编号：⟦HRWY-2025-006|J⟧）你公司参加投标了吗？
答：参加了，是我负责的。
问：⟦辽宁浑江物业管理有限公司|C⟧的投标文件为什么和你公司的投标文件有相同的错误？
答：那家公司的⟦经理|T⟧⟦孙某某|P⟧是我表哥，开标前一天他让我帮着看看他们的报价表，我把我们公司的电子版发给他参考了，他可能直接改的。
问：你们两家有没有商量报价？
答：说过大概的数，他们比我们高一点，大概高⟦2万元|M⟧左右。
问：以上所说是否属实？
答：属实。

被询问人签名：⟦于海涛|P⟧　⟦2026.3.12|D⟧
""",
        rels=[('HOLDS_POSITION', '于海涛', '副总经理', '桓仁五女山物业服务有限公司'),
              ('HOLDS_POSITION', '孙某某', '经理', '辽宁浑江物业管理有限公司'),
              ('BID_ON', '桓仁五女山物业服务有限公司', 'HRWY-2025-006'),
              ('BID_ON', '辽宁浑江物业管理有限公司', 'HRWY-2025-006')],
        notes=['Issuer: the questioning bureau (the record is its document; doubtful). 2026.3.12 is DATE as written. The clock times are '
               'not in the span. 询问人/记录人/被询问人 are not POSITION. 执法证号, 身份证号 not DOC_NO.',
               '桓仁县第一人民医院 inside the project name is AGENCY (GUIDELINES §2.3).',
               'BID_ON for 浑江公司: its 投标文件 shows it took part.'],
    ),
    dict(
        file='o04-hyjy-jixi-2026-1.txt', fmt='utf-8', kind='other', violations=['collusion', 'no_procurement'],
        issuer='绩溪县财政局',
        body="""
绩溪县政府采购与招标投标领域问题线索会商会议纪要
（第1期）

　　⟦2026年4月9日|D⟧下午，⟦绩溪县财政局|A⟧在三楼会议室召开政府采购与招标投标领域问题线索会商会议。会议由⟦县财政局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧⟦胡晓燕|P⟧主持，⟦绩溪县纪委监委第二监督检查室|A⟧、⟦绩溪县公安局经侦大队|A⟧、⟦绩溪县审计局|A⟧、⟦绩溪县发展和改革委员会|A⟧、⟦绩溪县公共资源交易中心|A⟧有关负责同志参加。现将会议议定事项纪要如下：
　　一、关于绩溪县徽杭古道景区提升项目围标线索。⟦县公共资源交易中心|A⟧通报，⟦绩溪徽韵建设有限公司|C⟧等4家投标人的投标保证金均由⟦绩溪县瀚林贸易有限公司|C⟧账户代缴。会议议定：由⟦县发改委|A⟧牵头调查；涉嫌犯罪的，由⟦县发改委|A⟧于⟦4月30日|D⟧前移送⟦县公安局|A⟧。
　　二、关于审计发现的⟦县职业高级中学|A⟧实训设备拆分采购问题。⟦县审计局|A⟧已于⟦3月28日|D⟧将该线索移送⟦县财政局|A⟧，会议议定由⟦县财政局|A⟧依法处理，涉及公职人员的问题线索由⟦县财政局|A⟧移送⟦县纪委监委|A⟧。
　　三、建立线索移送台账，每季度召开一次会商会议。

　　出席：⟦胡晓燕|P⟧　⟦程立|P⟧　⟦汪海|P⟧　⟦章俊|P⟧　⟦方志刚|P⟧　⟦舒婷婷|P⟧
　　记录：⟦邵雨|P⟧
""",
        rels=[('REFERRED', '绩溪县审计局', '绩溪县财政局', None, '3月28日'),
              ('HOLDS_POSITION', '胡晓燕', '党组成员', '绩溪县财政局'),
              ('HOLDS_POSITION', '胡晓燕', '副局长', '绩溪县财政局')],
        aliases={'县公共资源交易中心': '绩溪县公共资源交易中心', '县发改委': '绩溪县发展和改革委员会',
                 '县审计局': '绩溪县审计局', '县财政局': '绩溪县财政局'},
        notes=['Planned transfers (议定…移送) are not REFERRED; only the completed 审计局 → 财政局 transfer is. The 交易中心\'s 通报 at the '
               'meeting is no transfer. Issuer: the convening 财政局 (doubtful: minutes have no formal issuer).',
               '县财政局党组成员、副局长: 县财政局 AGENCY, two POSITION spans, both held at the bureau.',
               'Named sub-units give maximal spans (绩溪县纪委监委第二监督检查室, 绩溪县公安局经侦大队); the later 县公安局 and '
               '县纪委监委 have no identical full mention, so they get no alias. 县职业高级中学 is a level-prefixed school → AGENCY. '
               '有关负责同志 and the 出席 list are not POSITION.'],
    ),
    dict(
        file='o05-ysdjb-lankao-czj-2026.txt', fmt='gb18030', kind='other', violations=['collusion', 'false_materials', 'bribery'],
        issuer='兰考县财政局',
        body="""
⟦兰考县财政局|A⟧政府采购领域问题线索移送登记表（2026年第一季度）

序号 | 移送日期 | 移送文号 | 接收单位 | 线索内容摘要 | 接收回执
1 | ⟦2026-01-08|D⟧ | ⟦兰财函〔2026〕2号|N⟧ | ⟦兰考县公安局|A⟧ | ⟦兰考豫东工程咨询有限公司|C⟧等3家供应商涉嫌串通投标（兰考县堌阳镇污水处理站运维项目） | 已回执
2 | ⟦2026-02-03|D⟧ | ⟦兰财函〔2026〕4号|N⟧ | ⟦兰考县纪委监委|A⟧ | ⟦兰考县卫生健康委员会|A⟧干部⟦郭某|P⟧涉嫌收受供应商财物 | 已回执
3 | ⟦2026-03-16|D⟧ | ⟦兰财函〔2026〕9号|N⟧ | ⟦兰考县市场监督管理局|A⟧ | ⟦兰考汴梁医疗器械有限公司|C⟧提供虚假产品注册证 | 未回执

填表人：⟦李晓楠|P⟧　审核人：⟦杜建军|P⟧　填表日期：⟦2026年3月31日|D⟧
""",
        rels=[('REFERRED', '兰考县财政局', '兰考县公安局', '兰财函〔2026〕2号', '2026-01-08'),
              ('REFERRED', '兰考县财政局', '兰考县纪委监委', '兰财函〔2026〕4号', '2026-02-03'),
              ('REFERRED', '兰考县财政局', '兰考县市场监督管理局', '兰财函〔2026〕9号', '2026-03-16')],
        notes=['A register of outgoing transfers: each row is a REFERRED from the keeping bureau, with the row\'s 文号 and date. The '
               '移送文号 column values are DOC_NO (DECISIONS: 文号 columns). 干部 is not POSITION. 2026年第一季度 is not DATE.',
               '兰考县堌阳镇 inside the project name is a place.'],
    ),
    dict(
        file='o06-xw-lechuan-ledong-2026.html', fmt='html', kind='news', violations=['collusion', 'bribery'],
        issuer=None,
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>乐东：一条审计线索牵出围标“窝案”</title></head>
<body>
<div class="nav">新闻中心 &gt; 本地要闻</div>
<h1>乐东：一条审计线索牵出围标“窝案”</h1>
<div class="info">来源：乐东融媒　发布时间：⟦2026-05-14|D⟧ 08:32　⟦记者|T⟧ ⟦黎小雯|P⟧　⟦通讯员|T⟧ ⟦符家强|P⟧</div>
<p>本报讯　⟦5月12日|D⟧，⟦乐东黎族自治县人民法院|A⟧公开宣判一起串通投标、受贿案，⟦海南尖峰岭建设工程有限公司|C⟧⟦实际控制人|T⟧⟦陈某|P⟧犯串通投标罪、行贿罪，被判处有期徒刑三年，并处罚金⟦人民币三十万元|M⟧；原⟦乐东黎族自治县水务局|A⟧⟦副局长|T⟧⟦邢某某|P⟧犯受贿罪，被判处有期徒刑四年。</p>
<p>据了解，该案线索源于⟦乐东黎族自治县审计局|A⟧的一次专项审计。⟦2024年10月|D⟧，审计人员发现多个农田水利项目的投标人报价雷同，随即将线索移送⟦县纪委监委|A⟧。⟦县纪委监委|A⟧查明⟦邢某某|P⟧受贿问题后，又将⟦陈某|P⟧等人涉嫌串通投标犯罪线索移交⟦县公安局|A⟧。</p>
<p>“审计发现问题，纪委监委和公安机关接力办案，形成了监督合力。”⟦县审计局|A⟧⟦局长|T⟧⟦王德胜|P⟧说。</p>
<p class="editor">⟦责任编辑|T⟧：⟦吉慧|P⟧</p>
</body></html>""",
        rels=[('REFERRED', '乐东黎族自治县审计局', '县纪委监委', None, '2024年10月'),
              ('REFERRED', '县纪委监委', '县公安局', None, None),
              ('PENALIZED', '乐东黎族自治县人民法院', '陈某'),
              ('PENALIZED', '乐东黎族自治县人民法院', '邢某某'),
              ('HOLDS_POSITION', '陈某', '实际控制人', '海南尖峰岭建设工程有限公司'),
              ('HOLDS_POSITION', '邢某某', '副局长', '乐东黎族自治县水务局'),
              ('HOLDS_POSITION', '王德胜', '局长', '乐东黎族自治县审计局'),
              ('HOLDS_POSITION', '黎小雯', '记者', None),
              ('HOLDS_POSITION', '符家强', '通讯员', None),
              ('HOLDS_POSITION', '吉慧', '责任编辑', None)],
        aliases={'县审计局': '乐东黎族自治县审计局'},
        notes=['实际控制人 is POSITION (as dev19). PENALIZED: the named court → both sentenced persons.',
               '乐东融媒 (media) is not AGENCY. The <title> is not visible text. News: issuer null.',
               '县纪委监委 / 县公安局 have no full-name mention: no alias; REFERRED endpoints use the level-prefixed mentions.'],
    ),
    dict(
        file='o07-xspjs-zhushan-2026-41.docx', fmt='docx', kind='court_judgment', violations=['collusion'],
        issuer='湖北省竹山县人民法院',
        body="""⟦湖北省竹山县人民法院|A⟧
刑事判决书
⟦（2026）鄂0323刑初41号|N⟧
公诉机关⟦竹山县人民检察院|A⟧。
被告人⟦储德明|P⟧，男，⟦1975年8月14日|D⟧出生，⟦竹山县楚风建筑工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2025年12月2日|D⟧被⟦竹山县公安局|A⟧取保候审。
被告人⟦柯小兵|P⟧，男，⟦1988年2月9日|D⟧出生，⟦竹山县鑫源劳务有限公司|C⟧⟦股东|T⟧。
（中略）
经审理查明：⟦2023年5月|D⟧，⟦竹山县宝丰镇人民政府|A⟧实施宝丰镇农村人居环境整治项目（项目编号：⟦ZSBF-2023-011|J⟧），最高限价⟦人民币298万元|M⟧。被告人⟦储德明|P⟧为使⟦楚风公司|C⟧中标，邀约被告人⟦柯小兵|P⟧以⟦竹山县鑫源劳务有限公司|C⟧名义参与投标并按其提供的报价制作投标文件，许诺事后给予好处费。⟦楚风公司|C⟧以⟦人民币287.6万元|M⟧中标，⟦储德明|P⟧事后支付⟦柯小兵|P⟧⟦人民币2.5万元|M⟧。
本案由⟦竹山县审计局|A⟧在审计中发现线索后于⟦2025年9月|D⟧移送⟦竹山县公安局|A⟧立案侦查，⟦竹山县公安局|A⟧侦查终结后移送⟦竹山县人民检察院|A⟧审查起诉。
本院认为，被告人⟦储德明|P⟧、⟦柯小兵|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款之规定，判决如下：
一、被告人⟦储德明|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币十万元|M⟧；
二、被告人⟦柯小兵|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币三万元|M⟧。
（以下略）""",
        rels=[('PENALIZED', '湖北省竹山县人民法院', '储德明'),
              ('PENALIZED', '湖北省竹山县人民法院', '柯小兵'),
              ('REFERRED', '竹山县审计局', '竹山县公安局', None, '2025年9月'),
              ('REFERRED', '竹山县公安局', '竹山县人民检察院', None, None),
              ('LEGAL_REP', '储德明', '竹山县楚风建筑工程有限公司'),
              ('HOLDS_POSITION', '储德明', '法定代表人', '竹山县楚风建筑工程有限公司'),
              ('HOLDS_POSITION', '柯小兵', '股东', '竹山县鑫源劳务有限公司'),
              ('BID_ON', '竹山县楚风建筑工程有限公司', 'ZSBF-2023-011'),
              ('BID_ON', '竹山县鑫源劳务有限公司', 'ZSBF-2023-011')],
        aliases={'楚风公司': '竹山县楚风建筑工程有限公司'},
        notes=['Extract with （中略）/（以下略）. The company was not prosecuted: PENALIZED only to the two persons. 移送审查起诉 by the '
               'police is REFERRED (DECISIONS); 取保候审 is not a relation. 竹山县宝丰镇人民政府 (purchaser) is AGENCY.'],
    ),
    dict(
        file='o08-xspjs-nanxiong-2026-18-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='广东省南雄市人民法院',
        body="""
⟦广东省南雄市人民法院|A⟧
刑 事 判 决 书（节录）
⟦（2026）粤0282刑初18号|N⟧

　　公訴機關⟦南雄市人民檢察院|A⟧。
　　被告人⟦鄧永輝|P⟧，男，⟦1970年4月|D⟧出生，原⟦南雄市衛生健康局|A⟧⟦黨組成員|T⟧、⟦副局長|T⟧。因涉嫌犯受賄罪，於⟦2025年10月11日|D⟧被⟦南雄市監察委員會|A⟧留置，同年⟦11月29日|D⟧被逮捕。
　　經審理查明：2021年至2024年間，被告人⟦鄧永輝|P⟧利用擔任副局長的職務便利，在⟦南雄市人民醫院|A⟧、⟦南雄市中醫院|A⟧醫療設備採購項目中，為⟦南雄康健醫療設備有限公司|C⟧⟦銷售經理|T⟧⟦葉某|P⟧提供幫助，先後收受⟦葉某|P⟧所送現金共計⟦人民幣46萬元|M⟧。
　　本案由⟦南雄市監察委員會|A⟧調查終結，於⟦2026年1月15日|D⟧移送⟦南雄市人民檢察院|A⟧審查起訴。
　　本院認為，被告人⟦鄧永輝|P⟧身為國家工作人員，利用職務上的便利為他人謀取利益，非法收受他人財物，數額巨大，其行為已構成受賄罪。判決如下：
　　被告人⟦鄧永輝|P⟧犯受賄罪，判處有期徒刑三年，並處罰金⟦人民幣二十萬元|M⟧。
""",
        rels=[('PENALIZED', '广东省南雄市人民法院', '鄧永輝'),
              ('REFERRED', '南雄市監察委員會', '南雄市人民檢察院', None, '2026年1月15日'),
              ('HOLDS_POSITION', '鄧永輝', '黨組成員', '南雄市衛生健康局'),
              ('HOLDS_POSITION', '鄧永輝', '副局長', '南雄市衛生健康局'),
              ('HOLDS_POSITION', '葉某', '銷售經理', '南雄康健醫療設備有限公司')],
        unmarked=['副局長'],
        notes=['Partly traditional: the court header, title and case number are simplified, the body traditional, as written. 擔任副局長的職務便利: 副局長 here is not attached to a name (unmarked). The two hospitals '
               'inside the project phrase are AGENCY (GUIDELINES §2.3). 2021年至2024年 is year-only: not DATE.',
               '留置 and 逮捕 are not relations; the 監委 → 檢察院 transfer for 審查起訴 is REFERRED (as dev19).',
               'Issuer: the court.'],
    ),
    dict(
        file='o09-cfjd-dangchang-scjg-2026-7.txt', fmt='gb18030', kind='penalty_decision', violations=['bribery'],
        issuer='宕昌县市场监督管理局',
        body="""
⟦宕昌县市场监督管理局|A⟧
行政处罚决定书
⟦宕市监处罚〔2026〕7号|N⟧

当事人：⟦宕昌县陇原文具办公用品经营部|C⟧（个体工商户）
⟦经营者|T⟧：⟦马小军|P⟧

　　⟦2026年1月6日|D⟧，本局收到⟦宕昌县纪委监委|A⟧《问题线索移送函》（⟦宕纪函〔2026〕1号|N⟧），反映当事人在向⟦宕昌县第一中学|A⟧供应办公用品过程中向该校⟦总务处主任|T⟧⟦李某|P⟧给付回扣。本局于⟦2026年1月9日|D⟧立案调查。
　　经查明：2024年至2025年，当事人在承接该校办公用品及教学耗材采购（合同金额合计⟦人民币18.7万元|M⟧）过程中，以“返点”名义账外暗中给付⟦李某|P⟧现金共计⟦人民币9,350元|M⟧，违法所得⟦人民币1.6万元|M⟧。
　　当事人的行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂行为。依据该法第十九条的规定，本局决定：
　　一、没收违法所得⟦人民币1.6万元|M⟧；
　　二、罚款⟦人民币十二万元|M⟧。
　　当事人应当自收到本决定书之日起十五日内缴纳罚没款。如不服本处罚决定，可于收到本决定书之日起六十日内向⟦宕昌县人民政府|A⟧申请行政复议，也可以于六个月内直接向⟦岷县人民法院|A⟧提起行政诉讼。

⟦宕昌县市场监督管理局|A⟧
⟦2026年3月4日|D⟧
""",
        rels=[('REFERRED', '宕昌县纪委监委', '宕昌县市场监督管理局', '宕纪函〔2026〕1号', '2026年1月6日'),
              ('PENALIZED', '宕昌县市场监督管理局', '宕昌县陇原文具办公用品经营部'),
              ('HOLDS_POSITION', '马小军', '经营者', '宕昌县陇原文具办公用品经营部'),
              ('HOLDS_POSITION', '李某', '总务处主任', '宕昌县第一中学')],
        notes=['经营者：马小军 is POSITION of the individual business (as dev19); the header label 经营者 is annotated, org the 经营部. '
               'The transfer date is the receipt date (the only date; doubtful). 该校 resolves to the school. The court named is in '
               'another county (岷县): centralised jurisdiction of administrative cases, invented.'],
    ),
    dict(
        file='o10-tscljd-longzhou-czj-2026-2.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='龙州县财政局',
        body="""
⟦龙州县财政局|A⟧
政府采购投诉处理决定书
⟦龙财采投决〔2026〕2号|N⟧

投诉人：⟦广西边关建设工程有限公司|C⟧
地址：龙州县龙州镇独山路18号
被投诉人：⟦龙州县水库移民工作管理中心|A⟧
采购代理机构：⟦广西左江招标咨询有限公司|C⟧

　　投诉人对龙州县水口镇移民安置点配套设施项目（项目编号：⟦LZZC2026-0005|J⟧）的中标结果不服，于⟦2026年1月26日|D⟧向本机关提起投诉。投诉事项：评标委员会未按招标文件规定的评分标准评审，将中标人⟦龙州县金龙建筑有限公司|C⟧不符合要求的安全生产许可证认定为有效。
　　本机关调取了评审资料并组织原评标委员会⟦专家|T⟧⟦农志坚|P⟧、⟦黄美玲|P⟧说明情况。经查，中标人提交的安全生产许可证在开标时处于有效期内，评审结论符合招标文件规定。
　　本机关认为，投诉事项缺乏事实依据。根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项的规定，驳回投诉。
　　投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦龙州县人民政府|A⟧申请行政复议，或者在6个月内向人民法院提起行政诉讼。

⟦龙州县财政局|A⟧
⟦2026年2月28日|D⟧
""",
        rels=[('BID_ON', '龙州县金龙建筑有限公司', 'LZZC2026-0005'),
              ('HOLDS_POSITION', '农志坚', '专家', None),
              ('HOLDS_POSITION', '黄美玲', '专家', None)],
        notes=['A complaint dismissal is not PENALIZED. The complainant is not assumed to have bid; the 中标人 won → BID_ON. '
               'The shared 专家 links to both experts (GUIDELINES). 人民法院 is a bare type: not AGENCY. Address not annotated. '
               'The allegation (expert review error) → other.',
               'Issuer: the finance bureau.'],
    ),
    dict(
        file='o11-xw-foping-2026.txt', fmt='utf-8', kind='news', violations=['no_procurement', 'abuse_of_power'],
        issuer=None,
        body="""
⟦佛坪县审计局|A⟧与⟦县纪委监委|A⟧建立线索双向移送机制
今年已移送问题线索7条

　　本报讯（⟦通讯员|T⟧ ⟦张晓峰|P⟧）记者从⟦佛坪县审计局|A⟧获悉，今年以来，该局与⟦佛坪县纪委监委|A⟧建立审计发现问题线索双向移送机制，累计向⟦县纪委监委|A⟧移送问题线索7条，涉及金额⟦1260余万元|M⟧。
　　⟦3月18日|D⟧，⟦佛坪县审计局|A⟧在对⟦佛坪县交通运输局|A⟧开展经济责任审计时发现，该局在县城至西岔河段公路养护工程中未经招标直接委托施工，涉及资金⟦386万元|M⟧。审计组当即将线索移送⟦县纪委监委|A⟧。经查，该局⟦原局长|T⟧⟦何某|P⟧不正确履行职责，⟦4月25日|D⟧，经⟦佛坪县纪委常委会|A⟧会议研究，给予⟦何某|P⟧党内警告处分。
　　“审计和纪检监察贯通协同，让问题线索移得出、查得实。”⟦佛坪县审计局|A⟧⟦局长|T⟧⟦刘文博|P⟧介绍，下一步还将与⟦县公安局|A⟧、⟦县财政局|A⟧建立类似机制。
""",
        rels=[('REFERRED', '佛坪县审计局', '佛坪县纪委监委', None, '3月18日'),
              ('PENALIZED', '佛坪县纪委常委会', '何某'),
              ('HOLDS_POSITION', '何某', '原局长', '佛坪县交通运输局'),
              ('HOLDS_POSITION', '刘文博', '局长', '佛坪县审计局'),
              ('HOLDS_POSITION', '张晓峰', '通讯员', None)],
        aliases={'县纪委监委': '佛坪县纪委监委'},
        notes=['The 7 transfers in aggregate have no single sender/receiver date; the dated one (3月18日) is recorded with the canonical '
               'endpoints. 今年 is relative. Headline mentions are annotated.',
               '该局原局长: 该局 is left out, adjacent 原 kept (GUIDELINES); org resolved to 佛坪县交通运输局.'],
    ),
    dict(
        file='o12-cfjd-fuping-fgj-2026-1.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='阜平县发展和改革局',
        body="""
⟦阜平县发展和改革局|A⟧
行 政 处 罚 决 定 书
⟦阜发改罚字〔2026〕第1号|N⟧

当事人：⟦河北太行山建设集团有限公司|C⟧
⟦法定代表人|T⟧：⟦白振国|P⟧
当事人：⟦阜平县兴业建筑工程有限公司|C⟧
⟦法定代表人|T⟧：⟦刘宝山|P⟧

　　经⟦阜平县公共资源交易中心|A⟧⟦2025年11月20日|D⟧移送线索，我局对⟦阜平县城南庄镇中心小学|A⟧教学楼建设工程（招标编号：⟦FPJS-2025-0093|J⟧）投标情况进行了调查。经查，两当事人的投标文件由同一人编制，且投标保证金均从⟦河北太行山建设集团有限公司|C⟧⟦出纳|T⟧⟦曹丽|P⟧个人账户转出，属于《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条规定的视为投标人相互串通投标的情形。
　　依据《⟦中华人民共和国招标投标法|L⟧》第五十三条，我局决定对两当事人分别处中标项目金额千分之五的罚款：⟦河北太行山建设集团有限公司|C⟧罚款⟦人民币23,650元|M⟧，⟦阜平县兴业建筑工程有限公司|C⟧罚款⟦人民币23,650元|M⟧；对两单位直接负责的主管人员⟦白振国|P⟧、⟦刘宝山|P⟧分别处单位罚款数额百分之五的罚款，各计⟦人民币1,182.5元|M⟧。

⟦阜平县发展和改革局|A⟧
⟦2026年1月12日|D⟧
""",
        rels=[('REFERRED', '阜平县公共资源交易中心', '阜平县发展和改革局', None, '2025年11月20日'),
              ('PENALIZED', '阜平县发展和改革局', '河北太行山建设集团有限公司'),
              ('PENALIZED', '阜平县发展和改革局', '阜平县兴业建筑工程有限公司'),
              ('PENALIZED', '阜平县发展和改革局', '白振国'),
              ('PENALIZED', '阜平县发展和改革局', '刘宝山'),
              ('LEGAL_REP', '白振国', '河北太行山建设集团有限公司'),
              ('HOLDS_POSITION', '白振国', '法定代表人', '河北太行山建设集团有限公司'),
              ('LEGAL_REP', '刘宝山', '阜平县兴业建筑工程有限公司'),
              ('HOLDS_POSITION', '刘宝山', '法定代表人@1', '阜平县兴业建筑工程有限公司'),
              ('HOLDS_POSITION', '曹丽', '出纳', '河北太行山建设集团有限公司'),
              ('BID_ON', '河北太行山建设集团有限公司', 'FPJS-2025-0093'),
              ('BID_ON', '阜平县兴业建筑工程有限公司', 'FPJS-2025-0093')],
        notes=['Each 当事人 block pairs the company with its 法定代表人 (LEGAL_REP + HOLDS_POSITION to the local mention). The trading '
               'centre\'s transfer is REFERRED with its date. PENALIZED to both companies and to both persons fined as 直接负责的主管人员 '
               '(not POSITION). 千分之五 / 百分之五 are rates. The school inside the project name is AGENCY.'],
    ),
]
