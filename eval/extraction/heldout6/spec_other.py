"""heldout6 other shapes: joint-meeting minutes, a register table, a work plan with liaisons, a report to a higher
body, a news item (html), an appointment notice (docx)."""

DOCS = [
    {
        'file': 'jy-chengbu-2026-1.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['collusion', 'no_procurement'],
        'issuer': '城步苗族自治县财政局',
        'body': """
城步苗族自治县政府采购联动监管联席会议纪要
（2026年第1期）

⟦2026年3月26日|D⟧下午，县政府采购联动监管联席会议第一次全体会议在⟦县财政局|A⟧三楼会议室召开。会议由⟦县人民政府|A⟧⟦副县长|T⟧⟦蓝春燕|P⟧主持。
出席：⟦县纪委监委|A⟧⟦副书记|T⟧⟦戴国平|P⟧，⟦县财政局|A⟧⟦局长|T⟧⟦刘建军|P⟧，⟦县公安局|A⟧⟦副局长|T⟧⟦杨志勇|P⟧，⟦县审计局|A⟧⟦局长|T⟧⟦肖红|P⟧，⟦县市场监督管理局|A⟧⟦副局长|T⟧⟦储文波|P⟧。
列席：⟦县公共资源交易中心|A⟧⟦主任|T⟧⟦雷晓玲|P⟧。
会议通报了2025年度联动监管工作情况：2025年，⟦县审计局|A⟧于⟦2025年9月3日|D⟧将⟦县卫生健康局|A⟧未履行政府采购程序采购医疗设备的问题线索移送⟦县财政局|A⟧（⟦城审移〔2025〕5号|N⟧），⟦县财政局|A⟧已对该局作出责令改正的处理决定；⟦县财政局|A⟧于⟦2025年11月20日|D⟧将⟦城步县鑫盛建材有限公司|C⟧等3家供应商涉嫌串通投标的线索移送⟦县公安局|A⟧，⟦县公安局|A⟧已立案侦查。
会议议定：
一、各成员单位确定一名联络员，于⟦4月3日|D⟧前报⟦县财政局政府采购股|A⟧。
二、⟦县公共资源交易中心|A⟧每季度向⟦县财政局|A⟧报送交易数据异常情况；发现涉嫌犯罪线索的，由⟦县财政局|A⟧及时移送⟦县公安局|A⟧。
三、下次会议于2026年下半年召开。
记录：⟦袁芳|P⟧
⟦城步苗族自治县财政局|A⟧（联席会议办公室）
⟦2026年3月30日|D⟧
""",
        'rels': [
            ('REFERRED', '县审计局', '城步苗族自治县财政局', '城审移〔2025〕5号', '2025年9月3日'),
            ('REFERRED', '城步苗族自治县财政局', '县公安局', None, '2025年11月20日'),
            ('PENALIZED', '城步苗族自治县财政局', '县卫生健康局'),
            ('HOLDS_POSITION', '蓝春燕', '副县长', '县人民政府'),
            ('HOLDS_POSITION', '戴国平', '副书记', '县纪委监委'),
            ('HOLDS_POSITION', '刘建军', '局长', '城步苗族自治县财政局'),
            ('HOLDS_POSITION', '杨志勇', '副局长', '县公安局'),
            ('HOLDS_POSITION', '肖红', '局长@1', '县审计局'),
            ('HOLDS_POSITION', '储文波', '副局长@1', '县市场监督管理局'),
            ('HOLDS_POSITION', '雷晓玲', '主任', '县公共资源交易中心'),
        ],
        'aliases': {'县财政局': '城步苗族自治县财政局'},
        'notes': ['Minutes: past transfers stated as fact are REFERRED (with number and date where given); the decided '
                  'future flows (每季度报送, 及时移送) are not (dev11).',
                  '县财政局 → 县卫生健康局 责令改正 stated as done: PENALIZED (unsure).',
                  'The title line (城步苗族自治县政府采购联动监管联席会议纪要) is a meeting name: 城步苗族自治县 + 政府采购, no '
                  'AGENCY (县政府采购联动监管联席会议 likewise). The issue number （2026年第1期） is not DOC_NO. 记录 is a field label; 联络员 is not a '
                  'POSITION (no person). 2026年下半年 is not DATE.',
                  'The signature 城步苗族自治县财政局 is the issuer; 县财政局 is aliased to it (the only full-name form). '
                  'Relation endpoints for the finance bureau point at the canonical full name (GUIDELINES section 4).'],
    },
    {
        'file': 'djb-guidong-2026-h1.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['collusion', 'false_materials', 'interference'],
        'issuer': '桂东县财政局',
        'body': """
⟦桂东县财政局|A⟧案件线索移送登记表（2026年上半年）
登记编号	移送日期	移送文号	移送单位	接收单位	线索内容	办理状态
⟦GDCZ-YS-2026-01|N⟧	⟦2026-01-15|D⟧	⟦桂财函〔2026〕3号|N⟧	⟦桂东县财政局|A⟧	⟦桂东县公安局|A⟧	⟦桂东县沤江镇中心小学|A⟧食堂设备项目（⟦GDCG-2025-118|J⟧）投标人⟦郴州市华厨厨具有限公司|C⟧、⟦桂东县聚福商贸有限公司|C⟧涉嫌串通投标	已立案
⟦GDCZ-YS-2026-02|N⟧	⟦2026-02-27|D⟧	⟦桂财函〔2026〕9号|N⟧	⟦桂东县财政局|A⟧	⟦桂东县市场监督管理局|A⟧	⟦湖南鼎立检测技术有限公司|C⟧在⟦GDCG-2026-007|J⟧项目中提供虚假检测报告	已退回
⟦GDCZ-YS-2026-03|N⟧	⟦2026-04-08|D⟧	⟦桂财函〔2026〕14号|N⟧	⟦桂东县财政局|A⟧	⟦中共桂东县纪律检查委员会|A⟧	⟦桂东县自然资源局|A⟧⟦工作人员|T⟧⟦陈立新|P⟧干预评标	办理中
⟦GDCZ-YS-2026-04|N⟧	⟦2026-05-19|D⟧	⟦桂财函〔2026〕21号|N⟧	⟦桂东县财政局|A⟧	⟦郴州市财政局|A⟧	⟦郴州市第三人民医院|A⟧采购项目投诉（跨级管辖）	已接收
登记人：⟦黄志明|P⟧	审核人：⟦郭海燕|P⟧
""",
        'rels': [
            ('REFERRED', '桂东县财政局', '桂东县公安局', '桂财函〔2026〕3号', '2026-01-15'),
            ('REFERRED', '桂东县财政局', '桂东县市场监督管理局', '桂财函〔2026〕9号', '2026-02-27'),
            ('REFERRED', '桂东县财政局', '中共桂东县纪律检查委员会', '桂财函〔2026〕14号', '2026-04-08'),
            ('REFERRED', '桂东县财政局', '郴州市财政局', '桂财函〔2026〕21号', '2026-05-19'),
            ('BID_ON', '郴州市华厨厨具有限公司', 'GDCG-2025-118'),
            ('BID_ON', '桂东县聚福商贸有限公司', 'GDCG-2025-118'),
            ('BID_ON', '湖南鼎立检测技术有限公司', 'GDCG-2026-007'),
            ('HOLDS_POSITION', '陈立新', '工作人员', '桂东县自然资源局'),
        ],
        'notes': ['Tab-separated register: each row is a REFERRED with its 移送文号 and ISO 移送日期; a row whose status is '
                  '已退回 is still a transfer (heldout5). The 登记编号 is DOC_NO (heldout5).',
                  '工作人员 of the 自然资源局 attached to 陈立新 is POSITION (GUIDELINES staff role), org the bureau.',
                  'The transfer to the prefecture bureau (跨级管辖) is REFERRED like the others. 提供虚假检测报告 in a '
                  'project: BID_ON (unsure: the firm may be a supplier of a report, read as a bidder).',
                  '2026年上半年 is not DATE. 登记人/审核人 are field labels.'],
    },
    {
        'file': 'gzfa-jingde-2026-5.docx', 'fmt': 'docx', 'kind': 'policy_notice', 'violations': ['collusion', 'false_materials', 'discriminatory_terms'],
        'issuer': '旌德县财政局',
        'body': """
⟦旌德县财政局|A⟧  ⟦旌德县市场监督管理局|A⟧  ⟦旌德县公共资源交易中心|A⟧
关于印发《⟦旌德县2026年政府采购领域联合检查工作方案|L⟧》的通知
⟦旌财〔2026〕5号|N⟧
各预算单位、各采购代理机构：
现将《⟦旌德县2026年政府采购领域联合检查工作方案|L⟧》印发给你们，请认真贯彻执行。
一、检查重点
（一）采购文件设置差别歧视条款、以不合理条件排斥潜在供应商；
（二）供应商串通投标、提供虚假材料谋取中标；
（三）采购人未按规定履约验收。
二、检查方式
采取“双随机、一公开”方式，从检查对象名录库中随机抽取10家预算单位和3家代理机构，从执法检查人员名录库中随机抽取检查人员，于⟦2026年6月1日|D⟧至⟦7月31日|D⟧开展检查，检查结果于检查结束后5个工作日内公开。
三、联络人
⟦旌德县财政局|A⟧：⟦程晓明|P⟧（政府采购股⟦股长|T⟧），0563-8021567
⟦旌德县市场监督管理局|A⟧：⟦汪丽萍|P⟧（价格监督检查和反不正当竞争股⟦副股长|T⟧），0563-8026310
⟦旌德县公共资源交易中心|A⟧：⟦胡耀东|P⟧（⟦副主任|T⟧），0563-8029115
⟦旌德县财政局|A⟧  ⟦旌德县市场监督管理局|A⟧  ⟦旌德县公共资源交易中心|A⟧
⟦2026年5月8日|D⟧
""",
        'rels': [
            ('HOLDS_POSITION', '程晓明', '股长', '旌德县财政局'),
            ('HOLDS_POSITION', '汪丽萍', '副股长', '旌德县市场监督管理局'),
            ('HOLDS_POSITION', '胡耀东', '副主任', '旌德县公共资源交易中心'),
        ],
        'notes': ['A joint work plan notice: kind policy_notice, issuer the lead (first-listed) body; violations are the '
                  'target types of the plan.',
                  'Liaison lines: the post after an unnamed internal unit (政府采购股股长) is the title alone, org the named '
                  'body on the line (heldout5). 联络人 is a list head, not POSITION.',
                  'The plan title in 《》 is LAW (a normative plan).'],
    },
    {
        'file': 'qkbg-tongjiang-2026-9.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['collusion', 'no_procurement'],
        'issuer': '通江县财政局',
        'body': """
⟦通江县财政局|A⟧
关于2026年第一季度政府采购领域行政执法与刑事司法衔接工作情况的报告
⟦通财报〔2026〕9号|N⟧

⟦巴中市财政局|A⟧：
根据《⟦巴中市政府采购领域行政执法与刑事司法衔接工作办法|L⟧》的要求，现将我局2026年第一季度有关工作情况报告如下：
一、案件移送情况
本季度我局共向公安机关移送涉嫌犯罪线索2件：一是⟦2026年1月22日|D⟧以⟦通财函〔2026〕4号|N⟧将⟦通江县民胜镇中心卫生院|A⟧医疗设备采购项目（⟦TJCG-2025-211|J⟧）中⟦四川卓康医疗科技有限公司|C⟧、⟦巴中市安泰医疗器械有限公司|C⟧涉嫌串通投标线索移送⟦通江县公安局|A⟧，该局已于⟦2月5日|D⟧立案；二是⟦2026年3月9日|D⟧将⟦通江县文化广播电视和旅游局|A⟧拆分项目规避公开招标、涉嫌国家工作人员职务违法的线索移送⟦通江县纪委监委|A⟧。
二、接收移送情况
本季度我局接收⟦通江县审计局|A⟧移送的审计发现问题线索1件（⟦通审移〔2026〕2号|N⟧），经核查，已对采购人⟦通江县疾病预防控制中心|A⟧作出责令改正的处理决定。
三、存在的问题
部分预算单位对行刑衔接工作认识不足……
特此报告。
⟦通江县财政局|A⟧
⟦2026年4月7日|D⟧
""",
        'rels': [
            ('REFERRED', '通江县财政局', '通江县公安局', '通财函〔2026〕4号', '2026年1月22日'),
            ('REFERRED', '通江县财政局', '通江县纪委监委', None, '2026年3月9日'),
            ('REFERRED', '通江县审计局', '通江县财政局', '通审移〔2026〕2号', None),
            ('PENALIZED', '通江县财政局', '通江县疾病预防控制中心'),
            ('BID_ON', '四川卓康医疗科技有限公司', 'TJCG-2025-211'),
            ('BID_ON', '巴中市安泰医疗器械有限公司', 'TJCG-2025-211'),
        ],
        'notes': ['A report upward: the report itself is not REFERRED; each transfer it states as fact is (sender, '
                  'receiver, number, date where given); 共向公安机关移送…2件 as a count is not.',
                  '责令改正 of the purchaser by the writer: PENALIZED (dev11 m2, unsure).',
                  '2026年第一季度 is not DATE; 2月5日 (立案) is DATE but not a transfer date.'],
    },
    {
        'file': 'xw-laifeng-2026.html', 'fmt': 'html', 'kind': 'news', 'violations': ['collusion'],
        'issuer': None,
        'body': """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>来凤县多部门联合开展公共资源交易领域专项整治</title>
<script>var pv=1;</script></head>
<body>
<div class="nav">首页 | 新闻中心 | 部门动态</div>
<h1>来凤县多部门联合开展公共资源交易领域专项整治</h1>
<div class="info">来源：⟦来凤县融媒体中心|A⟧  发布时间：⟦2026-06-12|D⟧</div>
<p>本报讯（⟦记者|T⟧ ⟦向丹丹|P⟧ ⟦通讯员|T⟧ ⟦田明亮|P⟧、⟦彭雪|P⟧）⟦6月10日|D⟧，⟦来凤县发展和改革局|A⟧牵头，会同⟦来凤县财政局|A⟧、⟦来凤县住房和城乡建设局|A⟧、⟦来凤县公安局|A⟧等8个部门，对全县2025年以来的126个政府投资项目开展联合检查。</p>
<p>检查中发现，⟦恩施州顺达建设工程有限公司|C⟧、⟦来凤县宏兴建筑劳务有限公司|C⟧在⟦来凤县旧司镇人民政府|A⟧“人居环境整治项目”（项目编号：⟦LFJS-2025-073|J⟧）中使用同一IP地址投标，涉嫌串通投标。⟦来凤县住房和城乡建设局|A⟧已于⟦6月11日|D⟧将该线索移送⟦来凤县公安局|A⟧。</p>
<p>“下一步，我们将建立常态化联动机制。”⟦来凤县发展和改革局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦覃永红|P⟧表示，对查实的违法行为将依法依规严肃处理，并纳入信用记录。</p>
<p>（⟦责任编辑|T⟧：⟦李静|P⟧）</p>
<div class="foot">主办：⟦来凤县人民政府办公室|A⟧</div>
</body></html>
""",
        'rels': [
            ('REFERRED', '来凤县住房和城乡建设局', '来凤县公安局', None, '6月11日'),
            ('BID_ON', '恩施州顺达建设工程有限公司', 'LFJS-2025-073'),
            ('BID_ON', '来凤县宏兴建筑劳务有限公司', 'LFJS-2025-073'),
            ('HOLDS_POSITION', '向丹丹', '记者', None),
            ('HOLDS_POSITION', '田明亮', '通讯员', None),
            ('HOLDS_POSITION', '彭雪', '通讯员', None),
            ('HOLDS_POSITION', '覃永红', '党组书记', '来凤县发展和改革局'),
            ('HOLDS_POSITION', '覃永红', '局长', '来凤县发展和改革局'),
            ('HOLDS_POSITION', '李静', '责任编辑', None),
        ],
        'notes': ['News: issuer null. The <title> is in <head> and not part of the text; the h1 headline 来凤县多部门… '
                  'has no named body (来凤县 is a place).',
                  'Byline: 记者/通讯员 POSITION, org null; one 通讯员 shared by two persons gives each a HOLDS_POSITION. '
                  '责任编辑 before the name is POSITION (GUIDELINES, Press), org null.',
                  '会同…联合检查 is not REFERRED; the news-stated transfer 住建局 → 公安局 is, with its month+day date.',
                  '2025年以来 is not DATE. The 主办 line names the 人民政府办公室 (AGENCY, not the issuer).'],
    },
    {
        'file': 'rm-rucheng-2026-11.docx', 'fmt': 'docx', 'kind': 'other', 'violations': ['abuse_of_power'],
        'issuer': '汝城县人民政府', 'aliases': {'县人民政府': '汝城县人民政府'},
        'body': """
⟦汝城县人民政府|A⟧
关于⟦何卫东|P⟧等同志职务任免的通知
⟦汝政任〔2026〕11号|N⟧
各乡镇人民政府，县政府各部门：
经⟦县人民政府|A⟧研究决定：
任命⟦朱丽娜|P⟧同志为⟦汝城县财政局|A⟧⟦副局长|T⟧（试用期一年）；
任命⟦范志强|P⟧同志为⟦汝城县公共资源交易中心|A⟧⟦主任|T⟧；
免去⟦何卫东|P⟧同志的⟦汝城县公共资源交易中心|A⟧⟦主任|T⟧职务。
根据⟦中共汝城县纪律检查委员会|A⟧《关于⟦何卫东|P⟧同志失职失责问题的处理意见》（⟦汝纪发〔2026〕14号|N⟧），⟦何卫东|P⟧在该中心医用耗材集中采购项目监管中失职失责，免去其上述职务。
免去⟦邝国华|P⟧同志的⟦汝城县财政局|A⟧⟦副局长|T⟧职务，另有任用。
⟦汝城县人民政府|A⟧
⟦2026年6月15日|D⟧
""",
        'rels': [
            ('PENALIZED', '汝城县人民政府', '何卫东'),
            ('HOLDS_POSITION', '朱丽娜', '副局长', '汝城县财政局'),
            ('HOLDS_POSITION', '范志强', '主任', '汝城县公共资源交易中心'),
            ('HOLDS_POSITION', '何卫东', '主任@1', '汝城县公共资源交易中心'),
            ('HOLDS_POSITION', '邝国华', '副局长@1', '汝城县财政局'),
        ],
        'notes': ['A removal resting on a discipline opinion for 失职失责 is PENALIZED by the appointing government; the '
                  'removal 另有任用 is not (heldout5).',
                  'Positions being taken up or left are POSITION (heldout5). 同志 is outside the PERSON span.',
                  '县人民政府 in 经⟦县人民政府|A⟧研究决定 and 县政府各部门 — the first is level-prefixed AGENCY; see the span list.',
                  'A person inside a case-specific title in 《》 is annotated; the 纪委 opinion itself is not REFERRED.'],
    },
]
