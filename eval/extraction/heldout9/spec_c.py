"""heldout9 — documents h19–h30 (other shared genres), inline ⟦text|L⟧ marks.
长汀 (Fujian 龙岩) h19; 南城 (Jiangxi 抚州) h20; 分宜 (Jiangxi 新余) h21; 垦利区 (Shandong 东营) h22; 武冈 (Hunan 邵阳) h23;
信宜 (Guangdong 茂名) h24; 苍溪 (Sichuan 广元) h25; 渑池 (Henan 三门峡) h26; 安吉 (Zhejiang 湖州) h27; 二道江区 (Jilin 通化) h28;
资兴 (Hunan 郴州) h29; 兴城 (Liaoning 葫芦岛) h30.
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

DOCS = [
    dict(
        file='h19-cfjd-changting-czj-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='长汀县财政局',
        body='''
⟦长汀县财政局|A⟧
行政处罚决定书
⟦汀财购罚〔2026〕2号|N⟧

当事人：⟦福建汀江源生态园林工程有限公司|C⟧
统一社会信用代码：91350821MA8RT2KX4P
⟦法定代表人|T⟧：⟦赖建英|P⟧
地址：长汀县汀州镇南大街207号

　　我局在对“长汀县河田镇水土流失综合治理苗木采购项目”（项目编号：⟦CTZFCG-2025-0218|J⟧）开展监督检查中发现，你公司在该项目投标文件中提供的3份类似项目业绩合同，经向合同甲方⟦连城县林业局|A⟧、⟦武平县城市管理局|A⟧核实，其中2份系伪造。你公司凭上述业绩在评审中获得业绩分6分，并以第一名中标，中标金额⟦人民币1,386,520.00元|M⟧。
　　我局于⟦2026年1月8日|D⟧立案调查，⟦2026年2月3日|D⟧向你公司送达《行政处罚事先告知书》（⟦汀财购告〔2026〕2号|N⟧）。你公司于⟦2026年2月6日|D⟧提交书面陈述，称业绩合同系原投标人员⟦董俊杰|P⟧个人所为，公司并不知情。经复核，投标文件加盖你公司公章并经法定代表人签字，你公司应当对投标文件的真实性负责，陈述理由不予采纳。
　　你公司上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。根据该项规定，并参照《⟦福建省财政行政处罚裁量基准|L⟧》，我局决定：
　　一、处以采购金额千分之八的罚款，计⟦人民币11,092.16元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、中标无效。
　　你公司应在收到本决定书之日起十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦长汀县人民政府|A⟧申请行政复议，或者在六个月内向⟦长汀县人民法院|A⟧提起行政诉讼。

⟦长汀县财政局|A⟧
⟦2026年2月24日|D⟧
''',
        rels=[('PENALIZED', '长汀县财政局', '福建汀江源生态园林工程有限公司'),
              ('LEGAL_REP', '赖建英', '福建汀江源生态园林工程有限公司'),
              ('HOLDS_POSITION', '赖建英', '法定代表人', '福建汀江源生态园林工程有限公司'),
              ('BID_ON', '福建汀江源生态园林工程有限公司', 'CTZFCG-2025-0218')],
        notes=['原投标人员 is not in the POSITION list and reads as a description, not a title: 董俊杰 has no POSITION.',
               'The second 法定代表人 (经法定代表人签字) is not attached to a named person in that sentence and is left unannotated.',
               'Rates (千分之八, 百分之三) are not MONEY; the address is not annotated.'],
        unmarked=['法定代表人'],
    ),
    dict(
        file='h20-cfjd-nancheng-czj-2026-5.txt', fmt='gb18030', kind='penalty_decision', violations=['collusion'],
        issuer='南城县财政局',
        body='''
⟦南城县财政局|A⟧政府采购行政处罚决定书

⟦南财采罚〔2026〕5号|N⟧

被处罚人一：⟦江西麻姑山文化传媒有限公司|C⟧，住所地：南城县建昌镇盱江大道西段16号，⟦法定代表人|T⟧：⟦邱志明|P⟧。
被处罚人二：⟦抚州市润和广告装饰有限公司|C⟧，住所地：抚州市临川区赣东大道1109号，⟦法定代表人|T⟧：⟦危文辉|P⟧。

　　⟦2025年12月|D⟧，⟦南城县文化广电新闻出版旅游局|A⟧委托⟦江西赣信项目管理有限公司|C⟧就“南城县麻姑山景区导视系统建设项目”（采购编号：⟦NCCG2025-J046|J⟧）开展竞争性磋商，两被处罚人均参加磋商。
　　经查，两被处罚人的响应文件由同一人编制：两份文件的报价明细表存在相同的计算错误，电子文件创建者均为“qiuzm”；⟦抚州市润和广告装饰有限公司|C⟧的磋商保证金⟦5,000元|M⟧系由⟦江西麻姑山文化传媒有限公司|C⟧⟦员工|T⟧⟦李婷|P⟧代为缴纳。上述事实有响应文件、保证金缴纳凭证、询问笔录等证据为证。
　　我局认为，两被处罚人的行为属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（七）项规定的恶意串通情形。根据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（三）项的规定，决定对两被处罚人分别作出如下处罚：
　　1.⟦江西麻姑山文化传媒有限公司|C⟧：罚款⟦人民币1,946元|M⟧（采购金额⟦389,200元|M⟧的千分之五），列入不良行为记录名单，一年内禁止参加政府采购活动；成交无效。
　　2.⟦抚州市润和广告装饰有限公司|C⟧：罚款⟦人民币1,946元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　被处罚人应自收到本决定书之日起十五日内将罚款缴入⟦南城县财政局|A⟧非税收入专户。
　　被处罚人如不服本决定，可于收到本决定书之日起六十日内向⟦抚州市财政局|A⟧或⟦南城县人民政府|A⟧申请行政复议，也可于六个月内直接向⟦南城县人民法院|A⟧提起行政诉讼。

⟦南城县财政局|A⟧
⟦二〇二六年三月二十日|D⟧
''',
        rels=[('PENALIZED', '南城县财政局', '江西麻姑山文化传媒有限公司'),
              ('PENALIZED', '南城县财政局', '抚州市润和广告装饰有限公司'),
              ('LEGAL_REP', '邱志明', '江西麻姑山文化传媒有限公司'),
              ('HOLDS_POSITION', '邱志明', '法定代表人', '江西麻姑山文化传媒有限公司'),
              ('LEGAL_REP', '危文辉', '抚州市润和广告装饰有限公司'),
              ('HOLDS_POSITION', '危文辉', '法定代表人@1', '抚州市润和广告装饰有限公司'),
              ('HOLDS_POSITION', '李婷', '员工', '江西麻姑山文化传媒有限公司'),
              ('BID_ON', '江西麻姑山文化传媒有限公司', 'NCCG2025-J046'),
              ('BID_ON', '抚州市润和广告装饰有限公司', 'NCCG2025-J046')],
        notes=['GB18030. 采购编号 value is PROJECT_NO; both parties 参加磋商 → BID_ON (a 磋商 response counts as taking part).',
               '南城县财政局非税收入专户 → AGENCY 南城县财政局 (name embedded in an account name).',
               '"qiuzm" (a file-creator user name) is not annotated.'],
    ),
    dict(
        file='h21-tscljd-fenyi-czj-2026-3.docx', fmt='docx', kind='complaint_decision', violations=['other'],
        issuer='分宜县财政局',
        body='''
⟦分宜县财政局|A⟧
政府采购投诉处理决定书
⟦分财采诉决〔2026〕3号|N⟧
投诉人：⟦江西袁河智联科技有限公司|C⟧
地址：新余市渝水区仙来中大道88号
⟦法定代表人|T⟧：⟦毛海林|P⟧
委托代理人：⟦周丽娜|P⟧，⟦江西弘毅律师事务所|C⟧⟦律师|T⟧
被投诉人一：⟦分宜县卫生健康委员会|A⟧
被投诉人二：⟦江西鑫瑞招标咨询有限公司|C⟧
相关供应商：⟦分宜县华康电子科技有限公司|C⟧
　　投诉人因“分宜县乡镇卫生院远程心电诊断系统采购项目”（项目编号：⟦FYZC-2026-0032|J⟧）评标结果，于⟦2026年4月27日|D⟧向本机关提起投诉。本机关于⟦2026年4月29日|D⟧依法受理，并向被投诉人和相关供应商发送了投诉答复通知书及投诉书副本。
　　投诉人称：中标供应商⟦分宜县华康电子科技有限公司|C⟧所投心电图机不满足招标文件中带“▲”号的“12导联同步采集”技术参数要求，评标委员会未按规定进行符合性审查。
　　被投诉人二答复称：评标委员会依据投标文件中的技术偏离表认定其满足要求。
　　本机关查明：相关供应商投标文件所附产品彩页显示其所投型号为“3导联/6导联可选”，与其技术偏离表中“无偏离”的表述不一致；评标委员会未对此进行核实，对实质性参数的评审存在错误。
　　本机关认为，投诉事项成立。根据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第三十二条第一款第（二）项的规定，决定如下：
　　投诉事项成立，中标结果无效，责令⟦分宜县卫生健康委员会|A⟧依法另行确定中标供应商或者重新开展采购活动。对评标委员会成员的评审错误，本机关将另行依法处理。
　　投诉人、被投诉人如对本决定不服，可在收到本决定书之日起60日内向⟦分宜县人民政府|A⟧申请行政复议，或者在6个月内向⟦分宜县人民法院|A⟧提起行政诉讼。
⟦分宜县财政局|A⟧
⟦2026年5月26日|D⟧
''',
        rels=[('PENALIZED', '分宜县财政局', '分宜县卫生健康委员会'),
              ('LEGAL_REP', '毛海林', '江西袁河智联科技有限公司'),
              ('HOLDS_POSITION', '毛海林', '法定代表人', '江西袁河智联科技有限公司'),
              ('HOLDS_POSITION', '周丽娜', '律师', '江西弘毅律师事务所'),
              ('BID_ON', '分宜县华康电子科技有限公司', 'FYZC-2026-0032')],
        notes=['责令 the purchaser to re-determine the winner or redo the procurement: PENALIZED (handling decision). '
               'Declaring the award void is not linked as a sanction on the winning supplier (it is the effect of the upheld complaint).',
               'violations: other (expert review error). The complainant has no BID_ON; the winner does.',
               '委托代理人 is a procedural role; 律师 after the firm is POSITION.'],
    ),
    dict(
        file='h22-tscljd-kenli-czj-2026-2.txt', fmt='utf-8', kind='complaint_decision', violations=['discriminatory_terms', 'collusion'],
        issuer='东营市垦利区财政局',
        body='''
⟦东营市垦利区财政局|A⟧
政府采购投诉处理决定书
⟦垦财购投〔2026〕第2号|N⟧

投诉人：⟦山东黄河口农业科技发展有限公司|C⟧
住所：东营市垦利区胜坨镇政府驻地北500米
⟦法定代表人|T⟧：⟦綦洪波|P⟧

被投诉人一：⟦东营市垦利区农业农村局|A⟧
住所：东营市垦利区行政办公中心
被投诉人二：⟦山东正和招标代理有限公司|C⟧
住所：东营市东营区府前大街55号金融港B座1207室

　　投诉人就“垦利区2026年盐碱地综合利用试点土壤改良剂采购项目”（项目编号：⟦KLCG-2026-C011|J⟧）向本机关提起投诉。本机关于⟦2026年6月10日|D⟧收到投诉书，经审查于⟦6月12日|D⟧受理。
　　投诉人称：1.招标文件要求投标人“注册资本不低于⟦500万元|M⟧”，属于以不合理条件对中小企业实行差别待遇；2.中标人⟦东营市盐碱地改良科技有限公司|C⟧与被投诉人二存在关联关系，涉嫌恶意串通。
　　被投诉人一答复称，注册资本要求系参照以往同类项目设置，已于答复后删除；被投诉人二答复称，其与中标人无任何关联关系。
　　本机关查明：
　　一、招标文件于⟦2026年5月8日|D⟧发布，投诉人于⟦5月11日|D⟧获取招标文件，至⟦5月28日|D⟧开标，投诉人未就招标文件提出质疑。
　　二、经查询市场主体登记信息，⟦东营市盐碱地改良科技有限公司|C⟧与⟦山东正和招标代理有限公司|C⟧之间不存在股权关联，投诉人亦未提供其他证明材料。
　　本机关认为：投诉事项1未经质疑程序，不符合《⟦政府采购质疑和投诉办法|L⟧》第十九条的规定；投诉事项2缺乏事实依据。根据该办法第二十九条第（二）项的规定，驳回投诉。
　　投诉人如不服本处理决定，可以在收到本决定书之日起60日内向⟦东营市垦利区人民政府|A⟧申请行政复议，或者在6个月内向⟦东营市垦利区人民法院|A⟧提起行政诉讼。

⟦东营市垦利区财政局|A⟧
⟦2026年7月9日|D⟧
''',
        rels=[('LEGAL_REP', '綦洪波', '山东黄河口农业科技发展有限公司'),
              ('HOLDS_POSITION', '綦洪波', '法定代表人', '山东黄河口农业科技发展有限公司'),
              ('BID_ON', '东营市盐碱地改良科技有限公司', 'KLCG-2026-C011')],
        notes=['驳回投诉: no PENALIZED. violations = the alleged types (discriminatory terms, collusion), although dismissed.',
               'Addresses after 住所 are not annotated (东营市垦利区行政办公中心, 胜坨镇政府驻地).',
               'The serial with 第 (垦财购投〔2026〕第2号) is one DOC_NO span.'],
    ),
    dict(
        file='h23-tb-wugang-jwjw-2026.html', fmt='html', kind='discipline_notice',
        violations=['interference', 'bribery', 'no_procurement', 'abuse_of_power'],
        issuer='武冈市纪委监委',
        body='''<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>武冈市纪委监委通报3起政府采购领域违纪违法典型问题_清廉武冈</title>
<style>.content p{text-indent:2em;line-height:1.8}</style></head>
<body>
<div class="crumb">首页 &gt; 审查调查 &gt; 通报曝光</div>
<h1>⟦武冈市纪委监委|A⟧通报3起政府采购领域违纪违法典型问题</h1>
<p class="info">发布时间：⟦2026-09-18|D⟧ 10:26　来源：⟦武冈市纪委监委|A⟧　字号：大 中 小</p>
<div class="content">
<p>为进一步严明纪律规矩，推动以案为鉴、以案促改，现将近期查处的3起政府采购领域违纪违法典型问题通报如下。</p>
<p>1.⟦武冈市水利局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦曾宪平|P⟧违规插手干预工程项目招标问题。2023年至2025年，⟦曾宪平|P⟧利用职务便利，多次向评标专家打招呼，帮助其亲属实际控制的⟦湖南武冈宏远水利建设有限公司|C⟧承揽水利工程项目3个，合同总金额⟦1,836万元|M⟧，收受该公司⟦实际控制人|T⟧⟦曾德华|P⟧所送财物共计⟦42.5万元|M⟧。⟦2026年7月|D⟧，⟦曾宪平|P⟧受到开除党籍、开除公职处分，其涉嫌受贿犯罪问题被移送⟦武冈市人民检察院|A⟧审查起诉。</p>
<p>2.⟦武冈市邓元泰镇中心卫生院|A⟧⟦院长|T⟧⟦刘卫东|P⟧违规规避招标问题。⟦2025年3月|D⟧至8月，⟦刘卫东|P⟧将该院门诊楼改造项目拆分为5个子项目，以询价方式直接交由⟦邵阳市鑫瑞装饰工程有限公司|C⟧实施，金额共计⟦263.4万元|M⟧。⟦2026年8月|D⟧，⟦刘卫东|P⟧受到党内严重警告、政务撤职处分。</p>
<p>3.⟦武冈市教育局计划财务股|A⟧⟦原股长|T⟧⟦肖红梅|P⟧在政府采购监管中失职失责问题。⟦肖红梅|P⟧在负责全市中小学课桌椅采购项目资金审核中，未认真履行审核职责，致使供应商⟦邵阳市恒达家具有限公司|C⟧以次充好骗取财政资金⟦48.7万元|M⟧。⟦2026年6月|D⟧，⟦武冈市纪委监委|A⟧给予⟦肖红梅|P⟧党内警告处分。</p>
<p>上述问题中，有的领导干部把手中权力当作谋利工具，有的公职人员责任意识淡薄，教训深刻。全市各级党组织和广大党员干部要引以为戒……</p>
<p style="text-align:right">⟦中共武冈市纪委|A⟧　⟦武冈市监委|A⟧</p>
<p style="text-align:right">⟦2026年9月18日|D⟧</p>
</div>
<div class="related">
<p>相关新闻</p>
<ul>
<li>武冈市召开政府采购领域突出问题专项整治推进会 ⟦2026-08-21|D⟧</li>
<li>⟦邵阳市纪委监委|A⟧通报4起违反中央八项规定精神问题 ⟦2026-08-05|D⟧</li>
</ul>
</div>
<div class="foot">主办：⟦中共武冈市纪委|A⟧　⟦武冈市监委|A⟧　湘ICP备2021008877号</div>
</body>
</html>
''',
        rels=[('HOLDS_POSITION', '曾宪平', '原党组成员', '武冈市水利局'),
              ('HOLDS_POSITION', '曾宪平', '副局长', '武冈市水利局'),
              ('HOLDS_POSITION', '曾德华', '实际控制人', '湖南武冈宏远水利建设有限公司'),
              ('HOLDS_POSITION', '刘卫东', '院长', '武冈市邓元泰镇中心卫生院'),
              ('HOLDS_POSITION', '肖红梅', '原股长', '武冈市教育局计划财务股'),
              ('REFERRED', '武冈市纪委监委', '武冈市人民检察院', None, '2026年7月'),
              ('PENALIZED', '武冈市纪委监委', '肖红梅')],
        notes=['html; the <title> in <head> is not visible text. 中共武冈市纪委 (signature, footer) keeps 中共 in the AGENCY span (official name).',
               'Passive sanctions (受到开除党籍、开除公职处分 / 受到党内严重警告、政务撤职处分) with no named agent: not PENALIZED. '
               'Only case 3 names the agent (武冈市纪委监委给予): PENALIZED.',
               '被移送武冈市人民检察院审查起诉: sender = the case-handling body, the notice\'s issuer 武冈市纪委监委; date 2026年7月 (the sentence\'s time).',
               '实际控制人 is treated as a corporate role (like 股东): POSITION.',
               '2025年3月至8月: 8月 alone is month-only, not DATE. 2023年至2025年 is year-only. Clock time 10:26 left out.',
               'Page-chrome 来源 and footer bodies are annotated but are not the issuer choice rule\'s concern: issuer = 武冈市纪委监委 (the notifying body).',
               'ICP licence number is not DOC_NO. 武冈市 alone (相关新闻 line) is a place.'],
    ),
    dict(
        file='h24-tb-xinyi-zjj-2026-14-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials', 'other'],
        issuer='信宜市住房和城鄉建設局',
        body='''
⟦信宜市住房和城鄉建設局|A⟧
關於2026年第二季度房屋建築和市政工程招標投標活動不良行為的通報
⟦信住建通〔2026〕14號|N⟧

各有關單位：
　　根據《⟦廣東省住房和城鄉建設廳關於房屋建築和市政基礎設施工程施工招標投標活動信用評價的管理辦法|L⟧》及《⟦茂名市建設市場主體信用評價實施細則|L⟧》的規定，經調查核實，現將2026年第二季度我市房屋建築和市政工程招標投標活動中的不良行為通報如下：
　　一、⟦信宜市錦江建築工程有限公司|C⟧在「信宜市東鎮街道城北安置區道路工程」（招標編號：⟦XYJS2026-0077|J⟧）投標中，擬派⟦項目經理|T⟧⟦黃志強|P⟧同時在茂名市電白區另一在建項目擔任⟦項目經理|T⟧，存在「掛證」行為。對該公司記不良行為一次，信用評價扣10分；對⟦黃志強|P⟧記不良行為一次。
　　二、⟦廣東粵西恒基建設集團有限公司|C⟧在「⟦信宜市池洞鎮中心小學|A⟧運動場改造工程」（招標編號：⟦XYJS2026-0091|J⟧）投標中，提供的「2024年度茂名市優質結構工程」獲獎證書經核實係偽造。對該公司記不良行為一次，信用評價扣15分；其涉嫌違反《⟦中華人民共和國招標投標法|L⟧》第三十三條的行為，由我局另案立案查處。
　　三、⟦茂名市信達工程造價諮詢有限公司|C⟧作為「⟦信宜市人民醫院|A⟧住院樓配套工程」招標代理機構，在開標前向潛在投標人透露已獲取招標文件的潛在投標人名稱，信用評價扣5分。
　　以上信用評價扣分自通報之日起在信宜市公共資源交易網公示，有效期12個月。

⟦信宜市住房和城鄉建設局|A⟧
⟦2026年7月15日|D⟧
''',
        rels=[('PENALIZED', '信宜市住房和城鄉建設局', '信宜市錦江建築工程有限公司'),
              ('PENALIZED', '信宜市住房和城鄉建設局', '黃志強'),
              ('PENALIZED', '信宜市住房和城鄉建設局', '廣東粵西恒基建設集團有限公司'),
              ('PENALIZED', '信宜市住房和城鄉建設局', '茂名市信達工程造價諮詢有限公司'),
              ('HOLDS_POSITION', '黃志強', '項目經理', '信宜市錦江建築工程有限公司'),
              ('HOLDS_POSITION', '黃志強', '項目經理@1', None),
              ('BID_ON', '信宜市錦江建築工程有限公司', 'XYJS2026-0077'),
              ('BID_ON', '廣東粵西恒基建設集團有限公司', 'XYJS2026-0091')],
        notes=['Traditional characters. A regulator\'s 通報 with credit-score deductions and 不良行為 records: kind penalty_decision, PENALIZED to each party.',
               '擬派 is left out of the POSITION span. The second 項目經理 (another project, its contractor unnamed) has org null.',
               '掛證 mapped to other; the forged award certificate to false_materials; the agent\'s leak of bidders\' names to other.',
               '2026年第二季度 and 2024年度 are not DATE. 信宜市公共資源交易網 is a website: not annotated.'],
    ),
    dict(
        file='h25-sjycls-cangxi-sjj-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='苍溪县审计局',
        body='''
⟦苍溪县审计局|A⟧
审计移送处理书
⟦苍审移〔2026〕3号|N⟧

⟦苍溪县财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第二十五条和⟦苍溪县审计局|A⟧审计通知书（⟦苍审通〔2026〕11号|N⟧），我局派出审计组，自⟦2026年3月2日|D⟧至⟦4月10日|D⟧，对⟦苍溪县卫生健康局|A⟧2025年度部门预算执行情况进行了审计。审计发现以下问题需移送你局处理：
　　一、⟦苍溪县卫生健康局|A⟧于⟦2025年9月|D⟧采购乡镇卫生院DR设备4台，金额⟦392万元|M⟧。采购人在采购需求中指定“西门子”品牌及具体型号，并将“具有本地售后服务机构”设为资格条件。
　　二、该项目代理机构⟦四川蜀汉建设项目管理有限公司|C⟧组建的评标委员会中，⟦评审专家|T⟧⟦王德君|P⟧与中标供应商⟦广元市康泰医疗设备有限公司|C⟧存在利害关系（系该公司⟦监事|T⟧⟦王德林|P⟧之兄），未主动回避。
　　上述问题违反了《⟦中华人民共和国政府采购法|L⟧》第二十二条第二款和《⟦中华人民共和国政府采购法实施条例|L⟧》第九条、第二十条的规定。根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现移送你局依法处理，请于⟦2026年9月30日|D⟧前将处理结果书面告知我局。

　　附件：审计取证单（复印件）2份

⟦苍溪县审计局|A⟧
⟦2026年6月12日|D⟧
抄送：⟦广元市审计局|A⟧，⟦苍溪县人民政府|A⟧
''',
        rels=[('REFERRED', '苍溪县审计局', '苍溪县财政局', '苍审移〔2026〕3号', '2026年6月12日'),
              ('HOLDS_POSITION', '王德君', '评审专家', None),
              ('HOLDS_POSITION', '王德林', '监事', '广元市康泰医疗设备有限公司')],
        notes=['审计移送处理书: REFERRED issuer → addressee, date = the document date. 抄送 is not REFERRED.',
               '评审专家 attached to 王德君: org null (the expert belongs to no named organisation).',
               '西门子 in quotes is a brand, not annotated. No PROJECT_NO, so no BID_ON for the winning supplier.',
               'violations: brand designation and local-service condition → discriminatory_terms; the expert\'s failure to recuse → other.'],
    ),
    dict(
        file='h26-xspjs-mianchi-fy-2026-87.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='河南省渑池县人民法院',
        body='''
⟦河南省渑池县人民法院|A⟧
刑 事 判 决 书
⟦（2026）豫1221刑初87号|N⟧

　　公诉机关⟦河南省渑池县人民检察院|A⟧。
　　被告人⟦张国锋|P⟧，男，⟦1979年4月12日|D⟧出生，汉族，大专文化，⟦河南豫西路桥建设有限公司|C⟧⟦实际控制人|T⟧，住渑池县城关镇。因涉嫌犯串通投标罪，于⟦2025年11月6日|D⟧被⟦渑池县公安局|A⟧取保候审。
　　被告人⟦韩晓伟|P⟧，男，⟦1985年8月30日|D⟧出生，汉族，本科文化，⟦三门峡市崤函市政工程有限公司|C⟧⟦经理|T⟧，住三门峡市湖滨区。因涉嫌犯串通投标罪，于⟦2025年11月6日|D⟧被⟦渑池县公安局|A⟧取保候审。
　　辩护人⟦李军超|P⟧，⟦河南天坛律师事务所|C⟧⟦律师|T⟧。
　　⟦河南省渑池县人民检察院|A⟧以⟦渑检刑诉〔2026〕79号|N⟧起诉书指控被告人⟦张国锋|P⟧、⟦韩晓伟|P⟧犯串通投标罪，于⟦2026年5月18日|D⟧向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。……
　　经审理查明：⟦2024年6月|D⟧，⟦渑池县交通运输局|A⟧对“渑池县S249线天池镇至段村段安全生命防护工程”（招标编号：⟦MCJT-2024-015|J⟧）进行公开招标。被告人⟦张国锋|P⟧为使其实际控制的⟦河南豫西路桥建设有限公司|C⟧中标，找到被告人⟦韩晓伟|P⟧，商定由⟦三门峡市崤函市政工程有限公司|C⟧陪标，由⟦张国锋|P⟧负责编制两家公司的投标文件、统一报价，事后给予⟦韩晓伟|P⟧“好处费”⟦5万元|M⟧。⟦2024年7月9日|D⟧，⟦河南豫西路桥建设有限公司|C⟧以⟦1,128.76万元|M⟧中标。
　　……
　　本院认为，被告人⟦张国锋|P⟧、⟦韩晓伟|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。……依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款、第六十七条第三款、第七十二条之规定，判决如下：
　　一、被告人⟦张国锋|P⟧犯串通投标罪，判处有期徒刑一年，缓刑二年，并处罚金⟦人民币十万元|M⟧。
　　（缓刑考验期限，从判决确定之日起计算。罚金已缴纳。）
　　二、被告人⟦韩晓伟|P⟧犯串通投标罪，判处有期徒刑八个月，缓刑一年，并处罚金⟦人民币五万元|M⟧。
　　三、随案移送的违法所得⟦人民币五万元|M⟧，予以没收，上缴国库。
''',
        rels=[('PENALIZED', '河南省渑池县人民法院', '张国锋'),
              ('PENALIZED', '河南省渑池县人民法院', '韩晓伟'),
              ('HOLDS_POSITION', '张国锋', '实际控制人', '河南豫西路桥建设有限公司'),
              ('HOLDS_POSITION', '韩晓伟', '经理', '三门峡市崤函市政工程有限公司'),
              ('HOLDS_POSITION', '李军超', '律师', '河南天坛律师事务所'),
              ('BID_ON', '河南豫西路桥建设有限公司', 'MCJT-2024-015'),
              ('BID_ON', '三门峡市崤函市政工程有限公司', 'MCJT-2024-015')],
        notes=['Excerpt of a judgment; sentences by the named court (本院 = the header court): PENALIZED to both defendants.',
               '取保候审 and 提起公诉 are not PENALIZED and not REFERRED; 随案移送 names no ends.',
               '好处费 between colluding bidders is collusion, not bribery. Birth dates are DATE.',
               '5万元 alone occurs only as the 好处费 amount; 人民币五万元 (fine and confiscation) annotated twice.',
               '实际控制人 treated as a corporate role (POSITION); 实际控制的 (verb phrase) is not annotated.'],
    ),
    dict(
        file='h27-cfgg-anji-czj-2026-3.html', fmt='html', kind='penalty_decision',
        violations=['false_materials', 'contract_violation', 'collusion'],
        issuer='安吉县财政局@1',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安吉县财政局政府采购行政处罚结果公告（2026年第3号）</title>
</head>
<body>
<div id="nav">⟦安吉县人民政府|A⟧门户网站 &gt; 政务公开 &gt; 部门信息公开 &gt; ⟦安吉县财政局|A⟧</div>
<h2>⟦安吉县财政局|A⟧政府采购行政处罚结果公告（⟦2026年第3号|N⟧）</h2>
<div class="meta">信息来源：⟦安吉县财政局|A⟧　发布日期：⟦2026-10-14|D⟧　浏览次数：219</div>
<div class="article">
<p>根据《⟦中华人民共和国政府采购法实施条例|L⟧》第六十三条和《⟦政府采购信息发布管理办法|L⟧》的规定，现将我局作出的政府采购行政处罚结果公告如下：</p>
<table border="1">
<tr><th>序号</th><th>当事人名称</th><th>统一社会信用代码</th><th>处罚决定书文号</th><th>违法事实</th><th>处罚结果</th><th>处罚日期</th></tr>
<tr><td>1</td><td>⟦浙江竹乡云联网络科技有限公司|C⟧</td><td>91330523MA2D7E5L0W</td><td>⟦安财罚〔2026〕9号|N⟧</td><td>在“安吉县递铺街道智慧社区平台建设项目”（⟦AJCG2026-0412|J⟧）中提供虚假的社保缴纳证明</td><td>罚款⟦人民币6,420元|M⟧；一年内禁止参加政府采购活动</td><td>⟦2026年9月22日|D⟧</td></tr>
<tr><td>2</td><td>⟦湖州天目山环境工程有限公司|C⟧</td><td>91330523MA28CX1R6H</td><td>⟦安财罚〔2026〕10号|N⟧</td><td>中标后无正当理由拒不与采购人签订政府采购合同</td><td>罚款⟦人民币3,150元|M⟧；列入不良行为记录名单</td><td>⟦2026年9月29日|D⟧</td></tr>
<tr><td>3</td><td>⟦安吉县昌硕文化用品有限公司|C⟧</td><td>91330523MA2B9F4K3Q</td><td>⟦安财罚〔2026〕11号|N⟧</td><td>与其他供应商恶意串通</td><td>罚款⟦人民币2,880元|M⟧；一年内禁止参加政府采购活动</td><td>⟦2026年10月9日|D⟧</td></tr>
</table>
<p>特此公告。</p>
<p style="text-align:right">⟦安吉县财政局|A⟧</p>
<p style="text-align:right">⟦2026年10月14日|D⟧</p>
</div>
<div class="foot">主办单位：⟦安吉县人民政府办公室|A⟧　承办：⟦安吉县大数据发展管理中心|A⟧　浙ICP备05012345号</div>
</body>
</html>
''',
        rels=[('PENALIZED', '安吉县财政局', '浙江竹乡云联网络科技有限公司'),
              ('PENALIZED', '安吉县财政局', '湖州天目山环境工程有限公司'),
              ('PENALIZED', '安吉县财政局', '安吉县昌硕文化用品有限公司'),
              ('BID_ON', '浙江竹乡云联网络科技有限公司', 'AJCG2026-0412')],
        notes=['An announcement serial (2026年第3号) is DOC_NO per GUIDELINES (announcement serial); its 2026年 is not a DATE.',
               'A 公告 publishing penalty decisions: kind penalty_decision, PENALIZED issuer → each party. The 处罚日期 cells are DATE.',
               'The bracketed identifier right after the project name is PROJECT_NO; BID_ON for the company that submitted false materials in it.',
               '安吉县人民政府门户网站 → AGENCY 安吉县人民政府. Credit codes and the ICP number are not annotated.'],
    ),
    dict(
        file='h28-xsydjtz-erdaojiang-czj-2026.txt', fmt='gb18030', kind='other',
        violations=['no_procurement', 'interference', 'collusion', 'other'],
        issuer='通化市二道江区财政局',
        body='''
⟦通化市二道江区财政局|A⟧政府采购违法违规线索移送（接收）登记台账
（⟦2026年1月|D⟧—9月）
填报单位：⟦二道江区财政局政府采购监督管理科|A⟧　　填报日期：⟦2026年10月8日|D⟧

序号	类别	线索编号	来文（去文）单位	文号	日期	线索内容摘要	处理情况
1	接收	EDJ-XS-2026-01	⟦通化市二道江区审计局|A⟧	⟦二审移〔2026〕1号|N⟧	⟦2026.01.16|D⟧	⟦区城市管理局|A⟧环卫车辆采购未执行政府采购程序，金额⟦68.5万元|M⟧	已立案，⟦2026年3月|D⟧作出处理决定（⟦二财采决〔2026〕1号|N⟧），责令⟦区城市管理局|A⟧整改
2	移出	EDJ-XS-2026-02	⟦通化市二道江区纪委监委|A⟧	⟦二财函〔2026〕7号|N⟧	⟦2026.02.27|D⟧	⟦区教育局基建办|A⟧⟦主任|T⟧⟦于海涛|P⟧涉嫌违规插手校舍维修项目，为⟦吉林通远建筑工程有限公司|C⟧谋取利益	纪委监委已受理，尚未反馈
3	接收	EDJ-XS-2026-03	⟦通化市财政局|A⟧（转办）	⟦通财采转〔2026〕4号|N⟧	⟦2026.04.03|D⟧	⟦通化鸭园建材有限公司|C⟧举报⟦二道江区铁厂镇政府|A⟧道路工程采购中存在围标	经核查，围标事实不成立，已书面答复⟦通化市财政局|A⟧
4	移出	EDJ-XS-2026-04	⟦通化市公安局二道江分局|A⟧	⟦二财函〔2026〕15号|N⟧	⟦2026.06.19|D⟧	⟦吉林长白山晟达物资有限公司|C⟧、⟦通化市恒泰商贸有限公司|C⟧投标文件异常一致，涉嫌串通投标	已立案侦查
5	接收	EDJ-XS-2026-05	⟦二道江区公共资源交易中心|A⟧	⟦二公资〔2026〕3号|N⟧	⟦2026.08.25|D⟧	⟦区卫健局|A⟧采购项目评审专家评分畸高	办理中

制表人：⟦吕晶|P⟧　　审核人：⟦孙福来|P⟧
''',
        rels=[('REFERRED', '通化市二道江区审计局', '通化市二道江区财政局', '二审移〔2026〕1号', '2026.01.16'),
              ('REFERRED', '通化市二道江区财政局', '通化市二道江区纪委监委', '二财函〔2026〕7号', '2026.02.27'),
              ('REFERRED', '通化市财政局', '通化市二道江区财政局', '通财采转〔2026〕4号', '2026.04.03'),
              ('REFERRED', '通化市二道江区财政局', '通化市公安局二道江分局', '二财函〔2026〕15号', '2026.06.19'),
              ('REFERRED', '二道江区公共资源交易中心', '通化市二道江区财政局', '二公资〔2026〕3号', '2026.08.25'),
              ('PENALIZED', '通化市二道江区财政局', '区城市管理局'),
              ('HOLDS_POSITION', '于海涛', '主任', '区教育局基建办')],
        notes=['GB18030, tab-separated register kept by the 财政局 (named in the title). 接收 rows: sender → the register\'s keeper; 移出 rows: keeper → the listed body. '
               'evidence_doc_no = the 文号 cell, date = the 日期 cell.',
               '线索编号 (EDJ-XS-2026-0x) is a register number, not DOC_NO (like 登记号).',
               '（2026年1月—9月）: 9月 alone is month-only, not DATE.',
               '纪委监委已受理 in the 处理情况 cell is a bare back-reference with no place or level: not annotated.',
               'Row 1 责令…整改 in a handling decision: PENALIZED keeper → 区城市管理局. Row 3 (围标 not established) and row 4 (立案侦查) give no PENALIZED.',
               '制表人 / 审核人 are form fields: PERSON only. violations: rows\' stated or alleged types (expert scoring → other).'],
    ),
    dict(
        file='h29-cljd-zixing-czj-2026-6.txt', fmt='utf-8', kind='penalty_decision', violations=['no_procurement', 'contract_violation'],
        issuer='资兴市财政局',
        body='''
⟦资兴市财政局|A⟧
政府采购监督检查处理决定书
⟦资财监决〔2026〕6号|N⟧

被处理单位：⟦资兴市自然资源局|A⟧
统一社会信用代码：11431081MB1D54723K
⟦负责人|T⟧：⟦廖志坚|P⟧

　　根据《⟦湖南省财政厅关于开展2026年度政府采购监督检查工作的通知|L⟧》（⟦湘财购〔2026〕8号|N⟧）安排，我局于⟦2026年4月7日|D⟧至⟦4月25日|D⟧对你单位2025年度政府采购活动进行了检查。现查明：
　　一、⟦2025年5月|D⟧至11月，你单位以“应急测绘服务”名义，分7次向⟦湖南东江测绘地理信息有限公司|C⟧采购不动产测绘服务，单次合同金额在⟦18.6万元|M⟧至⟦19.8万元|M⟧之间，累计⟦126.3万元|M⟧，超过公开招标数额标准，属化整为零规避公开招标。
　　二、你单位与⟦湖南郴资规划设计院有限公司|C⟧签订的《资兴市国土空间总体规划编制服务合同》（合同编号：ZXZR-2025-HT031）未在省级以上财政部门指定媒体上公告。
　　上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条、《⟦中华人民共和国政府采购法实施条例|L⟧》第五十条的规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十一条的规定，我局决定：
　　1.责令你单位限期改正，并给予警告；
　　2.将相关责任人员规避公开招标的问题线索移送⟦资兴市纪委监委|A⟧处理。
　　你单位应于收到本决定书之日起30日内将整改情况书面报送我局。
　　如不服本决定，可在收到本决定书之日起60日内向⟦郴州市财政局|A⟧或⟦资兴市人民政府|A⟧申请行政复议，也可在6个月内依法向人民法院提起行政诉讼。

⟦资兴市财政局|A⟧
⟦2026年5月29日|D⟧
''',
        rels=[('PENALIZED', '资兴市财政局', '资兴市自然资源局'),
              ('REFERRED', '资兴市财政局', '资兴市纪委监委', None, None),
              ('HOLDS_POSITION', '廖志坚', '负责人', '资兴市自然资源局')],
        notes=['The decision itself orders the clue transferred to the 纪委监委 (决定…移送): REFERRED, no letter number and no transfer date stated (doubtful: '
               'the decision is the act, not a later letter).',
               '负责人 of the penalised agency: POSITION; not LEGAL_REP (not 法定代表人).',
               'The contract title in 《》 is a case document: not LAW; contract number not DOC_NO. The inspection 通知 in 《》 is a normative notice: LAW, '
               'with 湖南省财政厅 inside it not annotated separately.',
               '2025年5月至11月: 11月 alone is not DATE. 2026年度 / 2025年度 are not DATE. 人民法院 (bare) is not AGENCY.'],
    ),
    dict(
        file='h30-tb-xingcheng-czj-2026-21.txt', fmt='utf-8', kind='penalty_decision', violations=['other', 'discriminatory_terms'],
        issuer='兴城市财政局',
        body='''
⟦兴城市财政局|A⟧关于2026年度政府采购代理机构监督检查情况的通报

⟦兴财采〔2026〕21号|N⟧

各预算单位、各政府采购代理机构：
　　按照⟦省财政厅|A⟧统一部署，我局于⟦2026年8月|D⟧对在我市从事政府采购代理业务的9家代理机构开展了专项检查，随机抽查⟦2025年7月|D⟧以来代理的采购项目46个。现将检查情况通报如下：
　　一、总体情况
　　被检查的代理机构基本能够按照政府采购法律法规组织采购活动，内部管理制度逐步健全，但部分机构仍存在执业不规范问题。
　　二、存在的主要问题
　　（一）⟦辽宁海滨招标代理有限公司|C⟧：代理的“⟦兴城市第一高级中学|A⟧智慧教室采购项目”（项目编号：⟦XCCG-2025-0107|J⟧）中，开标前未核验评审专家身份，评审现场录音录像资料缺失。
　　（二）⟦葫芦岛泰和工程项目管理有限公司|C⟧：代理的“⟦兴城市古城街道社区卫生服务中心|A⟧设备采购项目”中，质疑答复超过法定期限7个工作日。
　　（三）⟦辽宁信诚招标有限公司兴城分公司|C⟧：采购文件将“注册地在葫芦岛市”作为加分条件。
　　三、处理情况
　　根据《⟦政府采购代理机构管理暂行办法|L⟧》和《⟦中华人民共和国政府采购法实施条例|L⟧》的规定，我局已对⟦辽宁海滨招标代理有限公司|C⟧、⟦辽宁信诚招标有限公司兴城分公司|C⟧分别给予警告的行政处罚（⟦兴财罚〔2026〕4号|N⟧、⟦5号|N⟧），责令⟦葫芦岛泰和工程项目管理有限公司|C⟧限期整改，并将检查结果记入代理机构信用档案。
　　四、有关要求
　　各代理机构要对照本通报举一反三，于⟦10月31日|D⟧前完成自查整改；各预算单位要审慎选择代理机构，在委托协议中明确双方权利义务。

⟦兴城市财政局|A⟧
⟦2026年9月14日|D⟧
''',
        rels=[('PENALIZED', '兴城市财政局', '辽宁海滨招标代理有限公司'),
              ('PENALIZED', '兴城市财政局', '辽宁信诚招标有限公司兴城分公司'),
              ('PENALIZED', '兴城市财政局', '葫芦岛泰和工程项目管理有限公司')],
        notes=['A regulator\'s 通报 of inspection results with 警告 penalties and a 责令整改: kind penalty_decision.',
               '兴财罚〔2026〕4号、5号: shared-prefix coordination, so the bare second conjunct 5号 is annotated DOC_NO too (doubtful).',
               'Agents are not bidders: no BID_ON. 各预算单位 / 各政府采购代理机构 are distributive addressees.',
               'violations: expert identity check and records, late reply to 质疑 → other; local-registration scoring → discriminatory_terms.'],
    ),
]
