"""heldout14 — documents b01–b12: other genres (处罚决定, 投诉处理决定, 询问笔录, 会议纪要, 移送登记表, news, court judgment extracts).
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

DOCS = [
    dict(
        file='b01-cfjd-fenggang-czj-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='凤冈县财政局',
        body='''
⟦凤冈县财政局|A⟧
政府采购行政处罚决定书
⟦凤财罚决〔2026〕2号|N⟧

当事人：⟦凤冈黔茗农业开发有限公司|C⟧
统一社会信用代码：91520327MA6XXXXX8P
⟦法定代表人|T⟧：⟦冉光荣|P⟧
住所：贵州省凤冈县龙泉镇茶海大道XX号

　　⟦2025年11月|D⟧，我局收到⟦凤冈县茶产业发展中心|A⟧转来的举报材料，反映当事人在“凤冈县茶园病虫害绿色防控物资采购项目”（项目编号：⟦FGCG-2025-077|J⟧）中提供虚假材料谋取中标。我局于⟦2025年12月2日|D⟧依法立案调查。
　　经查明：当事人投标文件中提供的“近三年类似项目业绩”共三项，其中与⟦余庆县农业农村局|A⟧签订的合同经该局书面确认系伪造。当事人以⟦人民币68.9万元|M⟧中标。
　　上述事实有投标文件、⟦余庆县农业农村局|A⟧复函、对当事人⟦总经理|T⟧⟦冉光明|P⟧的询问笔录等证据证明。
　　我局于⟦2026年1月15日|D⟧向当事人送达了《行政处罚事先告知书》（⟦凤财罚告〔2026〕2号|N⟧），当事人在法定期限内未提出陈述、申辩。
　　我局认为，当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十三条、第七十七条第一款第（一）项的规定。依据该条款，决定：
　　一、处以采购金额千分之八的罚款，计⟦人民币5512元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、中标无效。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向⟦凤冈县人民政府|A⟧申请行政复议，或者在六个月内向⟦凤冈县人民法院|A⟧提起行政诉讼。

⟦凤冈县财政局|A⟧
⟦2026年2月6日|D⟧
''',
        rels=[('PENALIZED', '凤冈县财政局', '凤冈黔茗农业开发有限公司'),
              ('REFERRED', '凤冈县茶产业发展中心', '凤冈县财政局', None, '2025年11月'),
              ('LEGAL_REP', '冉光荣', '凤冈黔茗农业开发有限公司'),
              ('HOLDS_POSITION', '冉光荣', '法定代表人', '凤冈黔茗农业开发有限公司'),
              ('HOLDS_POSITION', '冉光明', '总经理', '凤冈黔茗农业开发有限公司'),
              ('BID_ON', '凤冈黔茗农业开发有限公司', 'FGCG-2025-077')],
        notes=['法定代表人： in the party block is POSITION (GUIDELINES: 法定代表人:刘云生). The 茶产业发展中心 (a public institution) 转来 a report to the bureau: REFERRED (转交 of materials), date null — only the month of receipt is stated (2025年11月 used, as dev19 dates by the stated month when that is the only date; doubtful). 余庆县 is named as a party to a forged contract.'],
    ),
]

DOCS += [
    dict(
        file='b02-tscljd-xinghua-czj-2026-5.txt', fmt='gb18030', kind='complaint_decision', violations=['discriminatory_terms', 'other'],
        issuer='兴化市财政局',
        body='''
⟦兴化市财政局|A⟧政府采购投诉处理决定书
⟦兴财购决〔2026〕5号|N⟧

投诉人：⟦江苏楚水环境科技有限公司|C⟧
地址：兴化市临城街道英武路XX号
被投诉人：⟦兴化市戴窑镇人民政府|A⟧
相关供应商：⟦兴化市绿洲保洁服务有限公司|C⟧
采购代理机构：⟦江苏正衡工程咨询有限公司|C⟧

　　投诉人因对“戴窑镇农村道路保洁服务采购项目”（项目编号：⟦XHCG2026-D014|J⟧）的质疑答复不满，于⟦2026年3月2日|D⟧向本机关提起投诉。本机关依法受理，并向被投诉人、相关供应商送达了投诉书副本。
　　投诉人称：一、采购文件将“在兴化市设有固定办公场所”作为资格条件，构成对外地供应商的差别待遇；二、采购代理机构未在法定期限内答复其质疑。
　　本机关查明：采购文件第三章“供应商资格要求”第5项确有上述表述；投诉人于⟦2月6日|D⟧提出质疑，⟦江苏正衡工程咨询有限公司|C⟧于⟦2月20日|D⟧方作出答复，超过七个工作日。
　　本机关认为，投诉事项一成立，投诉事项二成立。根据《⟦政府采购质疑和投诉办法|L⟧》第三十一条、第三十二条的规定，决定如下：
　　一、认定该项目采购文件的相关资格条件违法，责令⟦兴化市戴窑镇人民政府|A⟧修改采购文件后重新开展采购活动；
　　二、责令⟦江苏正衡工程咨询有限公司|C⟧改正。
　　投诉人、被投诉人如对本决定不服，可在收到本决定书之日起六十日内向⟦兴化市人民政府|A⟧申请行政复议，或者在六个月内向人民法院提起行政诉讼。

⟦兴化市财政局|A⟧
⟦2026年3月27日|D⟧
''',
        rels=[('PENALIZED', '兴化市财政局', '兴化市戴窑镇人民政府'),
              ('PENALIZED', '兴化市财政局', '江苏正衡工程咨询有限公司')],
        notes=['Complaint decision: 责令改正 / 责令重新开展采购 counted as handling decisions (PENALIZED) on the purchaser and the agent — doubtful for the purchaser. Complainant and 相关供应商 are not assumed to have bid (the related supplier presumably won, but the text does not say it). 投诉人/被投诉人 are procedural roles. Address not annotated; bare 人民法院 not AGENCY.'],
    ),
    dict(
        file='b03-xwbl-suichang-gaj-2026-ocr.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='遂昌县公安局',
        body='''
⟦遂昌县公安 局|A⟧
询 问 笔 录
（第 1 次）

时间：⟦2026年4 月13日|D⟧9时20分至11时05分
地点：⟦遂昌县公安局经济犯罪侦查 大队|A⟧询问室
询问人：⟦叶 斌|P⟧、⟦毛建华|P⟧　工作单位：⟦遂昌县公安局|A⟧
记录人：⟦毛建华|P⟧
被询问人：⟦周海燕|P⟧　性别：女　年龄：39岁
工作单位：⟦浙江仙霞建设有限公司|C⟧
问：我们是⟦遂昌县公安局|A⟧的民警，现依法向你询问有关情况，你要如实回答。你听清楚了吗？
答：听清楚了。
问：你在什么单位工作，担任什么职务？
答：我在⟦浙江仙霞建设有限公司|C⟧任⟦投标专员|T⟧，负责做标书。
问：⟦遂昌县妙高街道办事处|A⟧的北街立面改造工程（项目编号：⟦SCGC-2026-009|J⟧），你们公司有没有参加投标？
答：参加了。我们老板⟦吴国平|P⟧让我同时给⟦遂昌金鑫建筑工程有限公司|C⟧和⟦浙江云峰建设有限公司|C⟧做标书，说这两家
是来“陪 标”的，报价他都定好了，写在一张纸上给我。
问：你做标书用的是哪台电脑？
答：都是我办公室那台⟦仙霞公司|C⟧的电脑。
（以下略）
被询问人签名：⟦周海燕|P⟧　⟦2026.4.13|D⟧
''',
        rels=[('HOLDS_POSITION', '周海燕', '投标专员', '浙江仙霞建设有限公司'),
              ('BID_ON', '浙江仙霞建设有限公司', 'SCGC-2026-009'),
              ('BID_ON', '遂昌金鑫建筑工程有限公司', 'SCGC-2026-009'),
              ('BID_ON', '浙江云峰建设有限公司', 'SCGC-2026-009')],
        aliases={'遂昌县公安 局': '遂昌县公安局', '仙霞公司': '浙江仙霞建设有限公司'},
        notes=['询问笔录 (police interview record), kind other, issuer the police bureau (canonical 遂昌县公安局; the noisy header 遂昌县公安 局 is aliased). OCR-like noise kept in spans (叶 斌, 2026年4 月13日). 询问人/记录人/被询问人 are procedural roles, 民警 after 我们 and 老板 are not attached POSITIONs. 陪标 participants bid (BID_ON). 2026.4.13 is a DATE.'],
    ),
]

DOCS += [
    dict(
        file='b04-hyjy-zhangbei-lxhy-2026-1.docx', fmt='docx', kind='other', violations=['collusion', 'no_procurement'],
        issuer='张北县财政局',
        body='''张北县公共资源交易领域协同监管联席会议纪要
（2026年第1次）
⟦2026年1月28日|D⟧上午，⟦县政府|A⟧⟦副县长|T⟧⟦高志军|P⟧在⟦县政府|A⟧三楼会议室主持召开公共资源交易领域协同监管联席会议。⟦张北县财政局|A⟧、⟦张北县发展和改革局|A⟧、⟦张北县纪委监委|A⟧、⟦张北县公安局|A⟧、⟦张北县审计局|A⟧、⟦张北县市场监督管理局|A⟧、⟦张北县公共资源交易中心|A⟧负责同志参加会议。会议纪要如下：
一、关于线索移送情况。2025年，各成员单位共移送问题线索17条。其中，⟦县审计局|A⟧向⟦县公安局|A⟧移送张北县坝上风电配套道路工程虚增工程量线索1条，⟦县交易中心|A⟧向⟦县发改局|A⟧移送串通投标线索5条。
二、关于⟦张北县馒头营乡人民政府|A⟧未批先建问题。会议听取了⟦县财政局|A⟧⟦局长|T⟧⟦武立新|P⟧的情况汇报。会议决定，由⟦县财政局|A⟧牵头，对该乡2025年以来未履行政府采购程序的3个项目（合计⟦412.6万元|M⟧）开展专项检查，⟦3月31日|D⟧前形成报告报⟦县政府|A⟧。
三、关于⟦河北坝上源通建设有限公司|C⟧串标案件。该案已由⟦县发改局|A⟧于⟦2025年12月19日|D⟧移送⟦县公安局|A⟧，会议要求⟦县公安局|A⟧加快办理。
四、各成员单位要落实《⟦张北县公共资源交易领域协同监管工作机制|L⟧》，每季度通报一次线索办理情况。
参会人员：⟦高志军|P⟧、⟦武立新|P⟧、⟦李振东|P⟧（⟦张北县发展和改革局|A⟧）、⟦赵春燕|P⟧（⟦张北县纪委监委|A⟧）、⟦张伟|P⟧（⟦张北县公安局|A⟧）
（联席会议办公室设在⟦张北县财政局|A⟧，⟦2026年2月3日|D⟧印发）''',
        rels=[('REFERRED', '张北县审计局', '张北县公安局'),
              ('REFERRED', '张北县公共资源交易中心', '张北县发展和改革局'),
              ('REFERRED', '张北县发展和改革局', '张北县公安局', None, '2025年12月19日'),
              ('HOLDS_POSITION', '高志军', '副县长', '县政府'),
              ('HOLDS_POSITION', '武立新', '局长', '张北县财政局')],
        aliases={'县财政局': '张北县财政局', '县审计局': '张北县审计局', '县公安局': '张北县公安局',
                 '县交易中心': '张北县公共资源交易中心', '县发改局': '张北县发展和改革局'},
        notes=['Meeting minutes, kind other. Issuer: the 联席会议办公室 sits in the finance bureau, which 印发 the minutes → 张北县财政局 (doubtful; the header names no issuer). Transfers reported in the minutes are REFERRED with level-prefixed short names aliased to the full names listed among the attendees; the 2025年 transfers have no date (year only). 未批先建 → no_procurement (未招先建 analogue). The project name 张北县坝上风电配套道路工程 holds no entity. Attendee list: persons with their agencies in brackets — no position stated, no HOLDS_POSITION.'],
    ),
]

DOCS += [
    dict(
        file='b05-ysdjb-junan-czj-2026-q1.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'bribery', 'no_procurement'],
        issuer='莒南县财政局',
        body='''
⟦莒南县财政局|A⟧政府采购监管问题线索移送登记表（⟦2026年1月|D⟧—3月）

填报科室：政府采购监督管理股　　填报人：⟦庄晓梅|P⟧　　填报日期：⟦2026年4月2日|D⟧

| 登记号 | 移送日期 | 移送文号 | 接收单位 | 涉及项目/主体 | 问题类型 | 金额 | 办理状态 |
|---|---|---|---|---|---|---|---|
| JN-YS-2026-001 | ⟦2026-01-09|D⟧ | ⟦莒财采移〔2026〕1号|N⟧ | ⟦莒南县公安局|A⟧ | ⟦山东沭河环保设备有限公司|C⟧ | 串通投标 | ⟦87.4万元|M⟧ | 已立案 |
| JN-YS-2026-002 | ⟦2026-01-23|D⟧ | ⟦莒财采移〔2026〕2号|N⟧ | ⟦莒南县纪委监委|A⟧ | ⟦莒南县十字路街道中心卫生院|A⟧ | 收受供应商财物 | ⟦3.6万元|M⟧ | 审查调查中 |
| JN-YS-2026-003 | ⟦2026-02-14|D⟧ | ⟦莒财采移〔2026〕3号|N⟧ | ⟦莒南县市场监督管理局|A⟧ | ⟦莒南县大店镇华丰农资经营部|C⟧ | 提供虚假材料 | — | 已退回 |
| JN-YS-2026-004 | ⟦2026-03-06|D⟧ | ⟦莒财采移〔2026〕4号|N⟧ | ⟦莒南县纪委监委|A⟧ | ⟦莒南县文化和旅游局|A⟧ | 化整为零规避采购 | ⟦126万元|M⟧ | 已受理 |

说明：1.登记号为本局内部编号；2.JN-YS-2026-003号线索因不属于接收单位职责被退回，已转由本局立案调查。
审核人：⟦刘永刚|P⟧（政府采购监督管理股⟦股长|T⟧）
''',
        rels=[('REFERRED', '莒南县财政局', '莒南县公安局', '莒财采移〔2026〕1号', '2026-01-09'),
              ('REFERRED', '莒南县财政局', '莒南县纪委监委', '莒财采移〔2026〕2号', '2026-01-23'),
              ('REFERRED', '莒南县财政局', '莒南县市场监督管理局', '莒财采移〔2026〕3号', '2026-02-14'),
              ('HOLDS_POSITION', '刘永刚', '股长', '莒南县财政局')],
        notes=['A register of outgoing transfers (kind other, issuer the bureau). 登记号 values are register numbers, not DOC_NO (DECISIONS); 移送文号 values are DOC_NO. Each row is a REFERRED; the two rows to 莒南县纪委监委 collapse into one relation under de-duplication (kept with the first row’s number and date). The returned row (003) was still transferred: REFERRED. The month-only range end 3月 is not DATE. The unnamed 股 (no place) is not AGENCY; 股长 org = the bureau. 填报人/审核人 are no POSITION.'],
    ),
]

DOCS += [
    dict(
        file='b06-xw-yilong-tongbao-2026.html', fmt='html', kind='news', violations=['bribery', 'interference', 'collusion', 'other'],
        issuer=None,
        body='''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>仪陇县通报3起公共资源交易领域违纪违法典型问题</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 本地要闻</nav>
<article>
<h1>仪陇县通报3起公共资源交易领域违纪违法典型问题</h1>
<div class="meta">来源：仪陇县融媒体中心　发布时间：⟦2026-06-12|D⟧　⟦记者|T⟧ ⟦何静怡|P⟧</div>
<p>记者从⟦仪陇县纪委监委|A⟧获悉，今年以来，该县持续深化公共资源交易领域突出问题专项整治，近日对3起典型问题进行通报。</p>
<p>一是⟦仪陇县新政镇人民政府|A⟧⟦原党委委员|T⟧、⟦副镇长|T⟧⟦蒲建华|P⟧违规干预工程项目问题。⟦2023年5月|D⟧至⟦2024年8月|D⟧，⟦蒲建华|P⟧利用职务便利，为⟦仪陇县金城建筑工程有限公司|C⟧承揽镇村道路工程打招呼，收受该公司⟦法定代表人|T⟧⟦杨某某|P⟧所送现金共计⟦11万元|M⟧。⟦2026年4月|D⟧，⟦蒲建华|P⟧受到开除党籍、开除公职处分，涉嫌犯罪问题被移送检察机关依法审查起诉。</p>
<p>二是⟦仪陇县人民医院|A⟧⟦原总务科科长|T⟧⟦陈光明|P⟧在医疗设备采购中泄露标底问题。线索由⟦仪陇县审计局|A⟧在审计中发现后移送⟦仪陇县纪委监委|A⟧。⟦陈光明|P⟧受到党内严重警告、政务撤职处分。</p>
<p>三是⟦四川仪和建设工程有限公司|C⟧等4家企业串通投标问题。经⟦仪陇县公共资源交易中心|A⟧大数据比对发现异常后，⟦仪陇县发展和改革局|A⟧依法对4家企业共处罚款⟦人民币38.7万元|M⟧，并将涉嫌犯罪线索移送⟦仪陇县公安局|A⟧。</p>
<p>⟦仪陇县纪委监委|A⟧有关负责人表示，将持续加强与审计、财政、公安等部门的协作配合。</p>
<p class="editor">⟦责任编辑|T⟧：⟦苟晓丽|P⟧</p>
</article>
<footer>主办：⟦仪陇县人民政府办公室|A⟧　技术支持：⟦仪陇智联网络科技有限公司|C⟧</footer>
</body></html>
''',
        rels=[('REFERRED', '仪陇县审计局', '仪陇县纪委监委'),
              ('REFERRED', '仪陇县发展和改革局', '仪陇县公安局'),
              ('PENALIZED', '仪陇县发展和改革局', '四川仪和建设工程有限公司'),
              ('HOLDS_POSITION', '蒲建华', '原党委委员', '仪陇县新政镇人民政府'),
              ('HOLDS_POSITION', '蒲建华', '副镇长', '仪陇县新政镇人民政府'),
              ('HOLDS_POSITION', '杨某某', '法定代表人', '仪陇县金城建筑工程有限公司'),
              ('LEGAL_REP', '杨某某', '仪陇县金城建筑工程有限公司'),
              ('HOLDS_POSITION', '陈光明', '原总务科科长', '仪陇县人民医院'),
              ('HOLDS_POSITION', '何静怡', '记者', None),
              ('HOLDS_POSITION', '苟晓丽', '责任编辑', None)],
        unmarked=['记者'],
        notes=['News web page: kind news, issuer null. The media source 仪陇县融媒体中心 is not AGENCY (media); the footer’s 仪陇县人民政府办公室 is (page chrome, not issuer). 记者 in the byline is a POSITION; 记者从… is not attached. Passive 受到…处分 with no agent: no PENALIZED; 被移送检察机关 with both ends unnamed: no REFERRED. The trading centre’s 比对发现异常 is not stated as a transfer: no REFERRED. The 发改局 fine → PENALIZED to the one named company. 泄露标底 → other.'],
    ),
]

DOCS += [
    dict(
        file='b07-xspjs-midu-2026-41.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='云南省弥渡县人民法院',
        body='''
⟦云南省弥渡县人民法院|A⟧
刑事判决书
⟦（2026）云2925刑初41号|N⟧
　　公诉机关⟦云南省弥渡县人民检察院|A⟧。
　　被告人⟦李某华|P⟧，男，⟦1978年4月2日|D⟧出生，⟦弥渡县密祉建筑工程有限公司|C⟧⟦实际经营人|T⟧。因涉嫌犯串通投标罪，于⟦2025年10月15日|D⟧被⟦弥渡县公安局|A⟧取保候审。
　　被告人⟦字某|P⟧，男，⟦1983年9月17日|D⟧出生，⟦弥渡苍山市政工程有限公司|C⟧⟦项目经理|T⟧。
　　……
　　经审理查明：⟦2024年3月|D⟧，⟦弥渡县水务局|A⟧就“弥渡县红岩镇小型水库除险加固工程”（招标编号：⟦MDSW-2024-003|J⟧）公开招标。被告人⟦李某华|P⟧为承揽该工程，借用⟦弥渡苍山市政工程有限公司|C⟧、⟦云南滇西水利水电工程有限公司|C⟧的资质，安排被告人⟦字某|P⟧制作三家公司的投标文件，并统一确定投标报价。⟦2024年4月8日|D⟧开标，⟦弥渡县密祉建筑工程有限公司|C⟧以⟦人民币524.36万元|M⟧中标，⟦李某华|P⟧向另两家公司各支付“资质使用费”⟦人民币5万元|M⟧。
　　⟦2025年9月|D⟧，⟦弥渡县发展和改革局|A⟧在开展招标投标专项检查中发现该问题，将线索移送⟦弥渡县公安局|A⟧。
　　本院认为，被告人⟦李某华|P⟧、⟦字某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款、第二十五条、第六十七条第三款之规定，判决如下：
　　一、被告人⟦李某华|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币八万元|M⟧；
　　二、被告人⟦字某|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。
　　如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出上诉。
　　　　　　　　　　　　　　　　⟦审　判　长|T⟧　⟦杨丽萍|P⟧
　　　　　　　　　　　　　　　　⟦人民陪审员|T⟧　⟦段家福|P⟧
　　　　　　　　　　　　　　　　⟦人民陪审员|T⟧　⟦罗晓红|P⟧
　　　　　　　　　　　　　　　　⟦二〇二六年三月十一日|D⟧
　　　　　　　　　　　　　　　　⟦书　记　员|T⟧　⟦鲁文娟|P⟧
''',
        rels=[('PENALIZED', '云南省弥渡县人民法院', '李某华'),
              ('PENALIZED', '云南省弥渡县人民法院', '字某'),
              ('REFERRED', '弥渡县发展和改革局', '弥渡县公安局', None, '2025年9月'),
              ('HOLDS_POSITION', '李某华', '实际经营人', '弥渡县密祉建筑工程有限公司'),
              ('HOLDS_POSITION', '字某', '项目经理', '弥渡苍山市政工程有限公司'),
              ('HOLDS_POSITION', '杨丽萍', '审　判　长', '云南省弥渡县人民法院'),
              ('HOLDS_POSITION', '段家福', '人民陪审员@0', '云南省弥渡县人民法院'),
              ('HOLDS_POSITION', '罗晓红', '人民陪审员@1', '云南省弥渡县人民法院'),
              ('HOLDS_POSITION', '鲁文娟', '书　记　员', '云南省弥渡县人民法院'),
              ('BID_ON', '弥渡县密祉建筑工程有限公司', 'MDSW-2024-003'),
              ('BID_ON', '弥渡苍山市政工程有限公司', 'MDSW-2024-003'),
              ('BID_ON', '云南滇西水利水电工程有限公司', 'MDSW-2024-003')],
        notes=['Court judgment extract (… marks an omission): issuer the court; PENALIZED court → each sentenced defendant. The 发改局 → 公安局 transfer found in the facts is REFERRED dated by the stated month. Spaced signature titles (审　判　长, 书　记　员) are copied as written; 书记员 as POSITION follows dev19 (doubtful). Companies whose qualifications were borrowed still submitted bids: BID_ON. 上一级人民法院 is generic, not AGENCY. 取保候审 is no PENALIZED.'],
    ),
]

DOCS += [
    dict(
        file='b08-cfjd-fengshun-czj-2026-4-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['contract_violation'],
        issuer='豐順縣財政局',
        body='''
⟦豐順縣財政局|A⟧
行政處罰決定書
⟦順財罰決〔2026〕4號|N⟧

當事人：⟦廣東韓江智慧科技有限公司|C⟧
⟦法定代表人|T⟧：⟦黃振邦|P⟧
地址：豐順縣湯坑鎮新城路XX號

　　當事人系⟦豐順縣湯坑中學|A⟧智慧教室設備採購項目（项目编号：⟦FSZC2025-0291|J⟧）的中標供應商，中標金額⟦人民幣139.8萬元|M⟧。⟦2025年7月4日|D⟧中標通知書發出後，當事人以“原材料漲價”為由拒不與採購人簽訂政府採購合同。
　　上述事實有中標通知書、⟦豐順縣湯坑中學|A⟧情況說明、對當事人委託代理人⟦陳嘉偉|P⟧的詢問筆錄等證據證實。
　　我局認為，當事人的行為違反了《⟦中華人民共和國政府採購法|L⟧》第四十六條的規定。依據《⟦中華人民共和國政府採購法實施條例|L⟧》第七十二條，决定对当事人作出如下处罚：
　　一、处以采购金额千分之六的罚款，计⟦人民币8388元|M⟧；
　　二、列入不良行為記錄名單，一年內禁止參加政府採購活動。
　　如不服本決定，可於收到本決定書之日起六十日內向⟦豐順縣人民政府|A⟧申請行政復議，或六個月內向⟦豐順縣人民法院|A⟧提起行政訴訟。

⟦豐順縣財政局|A⟧
⟦2026年1月20日|D⟧
''',
        rels=[('PENALIZED', '豐順縣財政局', '廣東韓江智慧科技有限公司'),
              ('LEGAL_REP', '黃振邦', '廣東韓江智慧科技有限公司'),
              ('HOLDS_POSITION', '黃振邦', '法定代表人', '廣東韓江智慧科技有限公司'),
              ('BID_ON', '廣東韓江智慧科技有限公司', 'FSZC2025-0291')],
        notes=['Partly traditional characters: the mirror converted most of the text but left some simplified passages (项目编号, the decision clause); spans copied as written. 委託代理人 is a procedural role, not POSITION. The winning supplier → BID_ON. Address not annotated.'],
    ),
    dict(
        file='b09-cfjd-cili-fgj-2026-7.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='慈利县发展和改革局',
        body='''
⟦慈利县发展和改革局|A⟧行政处罚决定书

⟦慈发改罚〔2026〕7号|N⟧

当事人：⟦湖南慈阳路桥建设有限公司|C⟧，⟦法定代表人|T⟧⟦覃德勇|P⟧。

当事人：⟦慈利县零阳建筑工程有限公司|C⟧，⟦法定代表人|T⟧⟦卓小平|P⟧。

　　⟦2026年1月12日|D⟧，⟦慈利县公共资源交易中心|A⟧以《异常投标行为线索移送函》（⟦慈交移〔2026〕2号|N⟧）向我局移送线索，反映上述两当事人在“慈利县零阳街道背街小巷改造工程”（标段编号：⟦CLJS-2025-112-01|J⟧）投标中存在异常。我局于⟦1月16日|D⟧立案。

　　经查，两当事人的投标文件由⟦湖南慈阳路桥建设有限公司|C⟧⟦员工|T⟧⟦向某|P⟧一人制作，二者投标保证金从同一账户转出。⟦慈利县零阳建筑工程有限公司|C⟧以⟦人民币763.05万元|M⟧中标。

　　以上行为违反了《⟦中华人民共和国招标投标法|L⟧》第三十二条第一款，依据该法第五十三条和《⟦中华人民共和国招标投标法实施条例|L⟧》第六十七条，我局决定：对两当事人各处中标项目金额千分之五的罚款，即各⟦人民币38152.5元|M⟧；对两当事人的⟦法定代表人|T⟧各处单位罚款数额百分之五的罚款，即各⟦人民币1907.63元|M⟧；中标无效。

⟦慈利县发展和改革局|A⟧
⟦2026年3月3日|D⟧
''',
        rels=[('REFERRED', '慈利县公共资源交易中心', '慈利县发展和改革局', '慈交移〔2026〕2号', '2026年1月12日'),
              ('PENALIZED', '慈利县发展和改革局', '湖南慈阳路桥建设有限公司'),
              ('PENALIZED', '慈利县发展和改革局', '慈利县零阳建筑工程有限公司'),
              ('PENALIZED', '慈利县发展和改革局', '覃德勇'),
              ('PENALIZED', '慈利县发展和改革局', '卓小平'),
              ('LEGAL_REP', '覃德勇', '湖南慈阳路桥建设有限公司'),
              ('LEGAL_REP', '卓小平', '慈利县零阳建筑工程有限公司'),
              ('HOLDS_POSITION', '覃德勇', '法定代表人@0', '湖南慈阳路桥建设有限公司'),
              ('HOLDS_POSITION', '卓小平', '法定代表人@1', '慈利县零阳建筑工程有限公司'),
              ('BID_ON', '湖南慈阳路桥建设有限公司', 'CLJS-2025-112-01'),
              ('BID_ON', '慈利县零阳建筑工程有限公司', 'CLJS-2025-112-01'),
              ('HOLDS_POSITION', '向某', '员工', '湖南慈阳路桥建设有限公司')],
        notes=['招标投标 penalty by the 发改局: PENALIZED → both companies and both legal representatives (personal fines on the 法定代表人). The incoming transfer from the trading centre is REFERRED with its number and date; 立案 date not used. A 标段编号 is PROJECT_NO (dev19). The third 法定代表人 (对两当事人的法定代表人) is attached to the named parties and annotated; its holders are already linked through the party block.'],
    ),
]

DOCS += [
    dict(
        file='b10-tscljd-nanzhang-czj-2026-3.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='南漳县财政局',
        body='''
政府采购投诉处理决定书

⟦南漳县财政局|A⟧
⟦漳财采投〔2026〕3号|N⟧

投诉人：⟦南漳县荆山物业服务有限公司|C⟧
被投诉人：⟦南漳县人民医院|A⟧
采购代理机构：⟦湖北卓信项目管理有限公司|C⟧

一、投诉事项
投诉人参加了⟦南漳县人民医院|A⟧物业管理服务采购项目（项目编号：⟦NZCG-2026-0018|J⟧）的投标。投诉人认为，评标委员会对其“服务方案”一项打分过低，评审结果不公，要求重新评审。

二、调查情况
本机关调取了评标报告及评审录像。5名评审专家对投诉人“服务方案”的评分在8分至11分之间，评分理由均有记录，未发现评审专家存在违反评审规则的情形。⟦湖北卓信项目管理有限公司|C⟧已于⟦2026年2月10日|D⟧对投诉人的质疑作出答复。

三、处理意见
本机关认为，投诉事项缺乏事实依据。根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项的规定，驳回投诉。

投诉人如不服本投诉处理决定，可以依法申请行政复议或提起行政诉讼。

⟦南漳县财政局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[('BID_ON', '南漳县荆山物业服务有限公司', 'NZCG-2026-0018')],
        notes=['Complaint dismissal: no PENALIZED. The complainant states it bid (参加了…的投标) → BID_ON. Violations: the alleged unfair scoring (expert review error) → other. 评审专家 not attached to named persons.'],
    ),
]

DOCS += [
    dict(
        file='b11-xspjs-wanan-2026-18.txt', fmt='gb18030', kind='court_judgment', violations=['bribery'],
        issuer='江西省万安县人民法院',
        body='''
⟦江西省万安县人民法院|A⟧
刑 事 判 决 书
⟦（2026）赣0828刑初18号|N⟧

　　公诉机关⟦江西省万安县人民检察院|A⟧。
　　被告人⟦曾庆福|P⟧，男，汉族，⟦1969年11月|D⟧出生，原系⟦万安县交通运输局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧。因涉嫌受贿罪，于⟦2025年8月20日|D⟧被⟦万安县监察委员会|A⟧留置，同年⟦11月14日|D⟧经⟦万安县人民检察院|A⟧决定，由⟦万安县公安局|A⟧执行逮捕。
　　⟦万安县人民检察院|A⟧以⟦万检刑诉〔2026〕9号|N⟧起诉书指控被告人⟦曾庆福|P⟧犯受贿罪，于⟦2026年1月6日|D⟧向本院提起公诉。
　　经审理查明：2019年至2024年，被告人⟦曾庆福|P⟧利用担任⟦万安县交通运输局|A⟧⟦副局长|T⟧、分管农村公路建设的职务便利，在工程招标、进度款拨付等方面为⟦万安县通顺公路工程有限公司|C⟧⟦实际控制人|T⟧⟦肖某平|P⟧、⟦万安赣江路桥有限公司|C⟧⟦项目负责人|T⟧⟦郭某|P⟧谋取利益，先后收受上述人员所送财物共计折合⟦人民币86.5万元|M⟧。
　　本案由⟦万安县监察委员会|A⟧调查终结，于⟦2025年11月10日|D⟧移送⟦万安县人民检察院|A⟧审查起诉。
　　本院认为，被告人⟦曾庆福|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。依照《⟦中华人民共和国刑法|L⟧》第三百八十五条第一款、第三百八十六条、第三百八十三条第一款第（二）项之规定，判决如下：
　　被告人⟦曾庆福|P⟧犯受贿罪，判处有期徒刑三年六个月，并处罚金⟦人民币二十五万元|M⟧；对其受贿所得予以追缴，上缴国库。
''',
        rels=[('PENALIZED', '江西省万安县人民法院', '曾庆福'),
              ('REFERRED', '万安县监察委员会', '江西省万安县人民检察院', None, '2025年11月10日'),
              ('HOLDS_POSITION', '曾庆福', '党组成员', '万安县交通运输局'),
              ('HOLDS_POSITION', '曾庆福', '副局长@0', '万安县交通运输局'),
              ('HOLDS_POSITION', '曾庆福', '副局长@1', '万安县交通运输局'),
              ('HOLDS_POSITION', '肖某平', '实际控制人', '万安县通顺公路工程有限公司'),
              ('HOLDS_POSITION', '郭某', '项目负责人', '万安赣江路桥有限公司')],
        aliases={'万安县人民检察院': '江西省万安县人民检察院'},
        notes=['Court judgment: issuer the court, PENALIZED → the sentenced defendant. 调查终结…移送审查起诉 by the 监察委员会 → REFERRED to the procuratorate (dev19); 留置, 逮捕, 提起公诉 are no relations. 原系X局党组成员、副局长: 原 is separated from the titles by the agency name → 党组成员 + 副局长. The REFERRED receiver is 万安县人民检察院 (the short form of the 公诉机关 江西省万安县人民检察院; not aliased since both are full names of the same body — doubtful). Year-only 2019年至2024年 is not DATE.'],
    ),
]

DOCS += [
    dict(
        file='b12-xw-yijinhuoluo-jiaoyi-2026.txt', fmt='utf-8', kind='news', violations=['collusion', 'false_materials'],
        issuer=None,
        body='''
伊金霍洛旗：大数据“探头”揪出围标串标团伙

　　本报讯（⟦记者|T⟧ ⟦乌日娜|P⟧ ⟦通讯员|T⟧ ⟦白云飞|P⟧）“系统一比对，5家投标企业的文件MAC地址完全一样。”⟦5月20日|D⟧，⟦伊金霍洛旗公共资源交易中心|A⟧⟦工作人员|T⟧⟦高娃|P⟧向记者展示了一条预警记录。
　　今年3月，该中心在阿勒腾席热镇集中供热管网改造工程开标时，通过电子招投标监测系统发现，⟦内蒙古蒙泰管道安装有限公司|C⟧等5家企业的投标文件存在制作硬件特征码一致、报价呈等差数列等异常。中心随即将线索移送⟦伊金霍洛旗发展和改革委员会|A⟧。
　　⟦旗发改委|A⟧调查发现，5家企业均由同一“中间人”⟦郝某某|P⟧组织，其中两家还提供了伪造的类似工程业绩证明。⟦4月28日|D⟧，⟦旗发改委|A⟧对5家企业共处罚款⟦人民币41.2万元|M⟧，对⟦郝某某|P⟧涉嫌串通投标罪的线索移送⟦伊金霍洛旗公安局|A⟧。
　　据了解，今年以来，该旗已通过大数据比对发现异常投标线索9条，涉及金额⟦1.36亿元|M⟧。“下一步我们将与周边旗区交易平台实现数据共享，让围标串标无处遁形。”⟦伊金霍洛旗公共资源交易中心|A⟧⟦主任|T⟧⟦张建军|P⟧说。
''',
        rels=[('REFERRED', '伊金霍洛旗公共资源交易中心', '伊金霍洛旗发展和改革委员会'),
              ('REFERRED', '伊金霍洛旗发展和改革委员会', '伊金霍洛旗公安局', None, '4月28日'),
              ('PENALIZED', '伊金霍洛旗发展和改革委员会', '内蒙古蒙泰管道安装有限公司'),
              ('HOLDS_POSITION', '乌日娜', '记者', None),
              ('HOLDS_POSITION', '白云飞', '通讯员', None),
              ('HOLDS_POSITION', '高娃', '工作人员', '伊金霍洛旗公共资源交易中心'),
              ('HOLDS_POSITION', '张建军', '主任', '伊金霍洛旗公共资源交易中心')],
        aliases={'旗发改委': '伊金霍洛旗发展和改革委员会'},
        unmarked=['记者'],
        notes=['News report: kind news, issuer null. The trading centre’s transfer (dated only 今年3月, relative) → REFERRED with no date; the 发改委’s transfer to the police is in the 4月28日 sentence → dated 4月28日 (doubtful: the date may govern only the fine). 中心随即… = the centre (该中心 pronoun, not annotated). 中间人 is no POSITION; 记者 in 向记者展示 is not attached. The project has no number: no BID_ON. 旗发改委 is a level-prefixed short form (aliased).'],
    ),
]
