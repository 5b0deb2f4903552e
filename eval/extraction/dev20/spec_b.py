"""dev20 — documents b1–b6, inline ⟦text|L⟧ marks. An outcome report recounting a 纪委 移送函 with a 协查 / 复函 (Gansu 临洮),
a finance bureau's incoming register with transfers, returns and replies in a table (Qinghai 德令哈), a 纪委监委 通报 web page
with passive transfers (Xinjiang 奎屯, html), a government office's 交办 notice (Yunnan 腾冲), a prefecture finance bureau's
指定办理 letter (Guizhou 黔西南 → 兴义), a trading centre's 报送…处理 letter with a bid table (Guangxi 北流, GB18030).
All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='b1-bljgbg-lintao-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion', 'other'],
        issuer='临洮县财政局',
        body='''
关于⟦临纪移〔2026〕7号|N⟧问题线索办理结果的报告
⟦临财报〔2026〕6号|N⟧

⟦临洮县纪委监委|A⟧：
　　根据你委《问题线索移送函》（⟦临纪移〔2026〕7号|N⟧），你委于⟦2026年1月15日|D⟧将⟦临洮县第二人民医院|A⟧“医用耗材集中配送服务项目”（项目编号：⟦LTYY-2025-027|J⟧）涉嫌围标的问题线索移送我局。我局于同月19日成立调查组，现将办理情况报告如下：
　　一、基本情况。该项目预算⟦人民币叁佰陆拾万元|M⟧，⟦2025年8月12日|D⟧开标，⟦临洮陇康医疗器械有限公司|C⟧、⟦临洮县顺达医药有限公司|C⟧、⟦洮河和泰医疗科技有限公司|C⟧参加投标，⟦临洮陇康医疗器械有限公司|C⟧以⟦3,418,600元|M⟧中标。
　　二、调查情况。⟦2026年1月22日|D⟧，我局向⟦临洮县市场监督管理局|A⟧发出协查函，请其协助调取三家公司股东登记信息；该局于⟦2026年2月3日|D⟧复函，证实⟦临洮县顺达医药有限公司|C⟧⟦股东|T⟧⟦杜建国|P⟧同时为⟦洮河和泰医疗科技有限公司|C⟧的⟦监事|T⟧。经比对，三家公司投标文件的MAC地址一致，报价相差均在⟦1.2万元|M⟧至⟦1.5万元|M⟧之间。
　　三、处理情况。我局认定三家公司构成恶意串通，于⟦2026年2月27日|D⟧作出⟦临财采罚〔2026〕1号|N⟧至⟦临财采罚〔2026〕3号|N⟧行政处罚决定，对三家公司分别处以采购金额千分之五的罚款（各⟦人民币17,093.00元|M⟧），并列入不良行为记录名单；中标结果已确认无效，该院已于⟦3月6日|D⟧重新组织采购。该院⟦院长|T⟧⟦汪志强|P⟧在采购需求论证中把关不严的问题，我局拟移送你委依规处理，待你委意见后另行函告。
　　特此报告。

⟦临洮县财政局|A⟧
⟦2026年3月10日|D⟧
''',
        rels=[('REFERRED', '临洮县纪委监委', '临洮县财政局', '临纪移〔2026〕7号', '2026年1月15日'),
              ('PENALIZED', '临洮县财政局', '临洮陇康医疗器械有限公司'),
              ('PENALIZED', '临洮县财政局', '临洮县顺达医药有限公司'),
              ('PENALIZED', '临洮县财政局', '洮河和泰医疗科技有限公司'),
              ('HOLDS_POSITION', '杜建国', '股东', '临洮县顺达医药有限公司'),
              ('HOLDS_POSITION', '杜建国', '监事', '洮河和泰医疗科技有限公司'),
              ('HOLDS_POSITION', '汪志强', '院长', '临洮县第二人民医院'),
              ('BID_ON', '临洮陇康医疗器械有限公司', 'LTYY-2025-027'),
              ('BID_ON', '临洮县顺达医药有限公司', 'LTYY-2025-027'),
              ('BID_ON', '洮河和泰医疗科技有限公司', 'LTYY-2025-027')],
        unmarked=['股东'],
        notes=['Recounted transfer (根据你委《…移送函》…你委于…移送我局) → REFERRED 纪委监委 → the reporting bureau (我局, named in the '
               'signature), number and date as stated. 同月19日 is day-only → not DATE.',
               'A 协查函 and its 复函 are not REFERRED (DECISIONS). 我局拟移送你委 is an intention → not REFERRED.',
               'Each penalty decision number is DOC_NO (…至… gives two spans); 各人民币17,093.00元 → the amount only. 3月6日 DATE.'],
    ),
    dict(
        file='b2-swdj-delingha-czj-2026q1.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'no_procurement'],
        issuer='德令哈市财政局',
        body='''
⟦德令哈市财政局|A⟧政府采购监督线索收文登记簿
（2026年第一季度）

登记号	来文日期	收文日期	来文单位	来文文号	事由	涉及金额	办理情况
DC-2026-001	⟦2026-01-05|D⟧	⟦2026-01-07|D⟧	⟦德令哈市审计局|A⟧	⟦德审移〔2026〕1号|N⟧	移送市第三小学食堂设备采购未执行政府采购程序线索	约⟦36.8万元|M⟧	已立案；⟦2026-02-10|D⟧移交⟦德令哈市公安局|A⟧（⟦德财移〔2026〕2号|N⟧）
DC-2026-002	⟦2026-01-19|D⟧	⟦2026-01-20|D⟧	⟦德令哈市公共资源交易中心|A⟧	⟦德交易〔2026〕3号|N⟧	报送柯鲁柯镇供水管网工程评标异常情况	⟦1,286.45万元|M⟧	调查中
DC-2026-003	⟦2026-02-02|D⟧	⟦2026-02-04|D⟧	⟦德令哈市纪委监委|A⟧	⟦德纪转〔2026〕2号|N⟧	转办群众举报⟦德令哈市华瑞建材有限公司|C⟧提供虚假业绩	⟦52万余元|M⟧	已受理
DC-2026-004	⟦2026-02-26|D⟧	⟦2026-02-27|D⟧	⟦德令哈市公安局|A⟧	⟦德公经函〔2026〕5号|N⟧	退回我局移送的草原围栏采购线索（不符合立案条件）	⟦94.3万元|M⟧	已补充调查
DC-2026-005	⟦2026-03-04|D⟧	⟦2026-03-05|D⟧	⟦德令哈市市场监督管理局|A⟧	⟦德市监函〔2026〕9号|N⟧	协查复函（供应商股权关系）	—	已归档
DC-2026-006	⟦2026-03-16|D⟧	⟦2026-03-18|D⟧	⟦德令哈市人民检察院|A⟧	⟦德检建〔2026〕2号|N⟧	抄送检察建议书（政府采购合同备案）	—	已阅

登记人：⟦马晓丽|P⟧　　　审核人：⟦韩德清|P⟧（政府采购监督管理股⟦股长|T⟧）
''',
        rels=[('REFERRED', '德令哈市审计局', '德令哈市财政局', '德审移〔2026〕1号', '2026-01-05'),
              ('REFERRED', '德令哈市财政局', '德令哈市公安局', '德财移〔2026〕2号', '2026-02-10'),
              ('REFERRED', '德令哈市公共资源交易中心', '德令哈市财政局', '德交易〔2026〕3号', '2026-01-19'),
              ('REFERRED', '德令哈市纪委监委', '德令哈市财政局', '德纪转〔2026〕2号', '2026-02-02'),
              ('HOLDS_POSITION', '韩德清', '股长', '德令哈市财政局')],
        notes=['A register of incoming letters: each row whose 事由 is a hand-over (移送, 报送…, 转办) → REFERRED 来文单位 → the register '
               'holder; date = the 来文日期 column (the letter\'s date), evidence = the 来文文号 column (DOC_NO per DECISIONS).',
               'The 来文日期 / 收文日期 cells ARE dates: all are annotated as DATE (see the marked body); the 登记号 column is not DOC_NO.',
               'Row 1\'s 办理情况 records an onward transfer (移交德令哈市公安局 with our own number) → REFERRED 财政局 → 公安局.',
               'Row 4 is a return (退回) → not REFERRED (DECISIONS); row 5 is a 协查复函, row 6 a 抄送 → not REFERRED.',
               '市第三小学 and 柯鲁柯镇 are not named with the city → not AGENCY. 约36.8万元 → 36.8万元.',
               '政府采购监督管理股股长: the 股 is not written with the bureau\'s name → POSITION 股长, org the register holder (doubtful).'],
    ),
    dict(
        file='b3-tb-kuitun-jwjw-2026.html', fmt='html', kind='discipline_notice', violations=['bribery', 'collusion', 'abuse_of_power', 'no_procurement'],
        issuer='奎屯市纪委监委',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>奎屯市纪委监委通报3起政府采购领域违纪违法典型问题</title>
<style>.meta{color:#888}</style></head>
<body>
<div class="crumb">首页 &gt; 审查调查 &gt; 通报曝光</div>
<h1>⟦奎屯市纪委监委|A⟧通报3起政府采购领域违纪违法典型问题</h1>
<p class="meta">来源：⟦奎屯市纪委监委|A⟧　发布时间：⟦2026-03-12|D⟧ 10:30</p>
<p>近日，⟦奎屯市纪委监委|A⟧对3起政府采购领域违纪违法典型问题进行通报。</p>
<p>一、⟦奎屯市住房和城乡建设局|A⟧⟦原副局长|T⟧⟦王某|P⟧违规插手工程招标问题。⟦2023年4月|D⟧至⟦2024年9月|D⟧，⟦王某|P⟧利用职务便利，先后为⟦奎屯天山路桥建设有限公司|C⟧在老旧小区改造等3个项目中标提供帮助，收受该公司⟦实际控制人|T⟧⟦赵某某|P⟧所送现金共计⟦18万元|M⟧。该问题线索由⟦奎屯市审计局|A⟧于⟦2025年8月|D⟧移送⟦市纪委监委|A⟧。经⟦奎屯市纪委常委会|A⟧会议研究并报⟦奎屯市委|A⟧批准，给予⟦王某|P⟧开除党籍处分；由⟦奎屯市监察委员会|A⟧给予其开除公职处分，涉嫌受贿犯罪问题移送检察机关依法审查起诉。</p>
<p>二、⟦奎屯市第一中学|A⟧原总务处⟦主任|T⟧⟦李某|P⟧收受供应商好处费问题。⟦2024年3月|D⟧，⟦李某|P⟧在学生课桌椅采购中，收受⟦奎屯博雅教学设备有限公司|C⟧⟦业务员|T⟧⟦陈某|P⟧所送“好处费”⟦人民币叁万伍仟元|M⟧。该问题经⟦奎屯市财政局|A⟧转办至⟦市纪委监委|A⟧。⟦李某|P⟧受到政务撤职处分，违纪所得予以收缴。</p>
<p>三、⟦奎屯市城市建设投资有限责任公司|C⟧在绿化养护项目中化整为零规避公开招标问题。该公司将年度预算⟦296.4万元|M⟧的绿化养护服务拆分为6个合同，单个合同金额在⟦45万元|M⟧至⟦49.8万元|M⟧之间，直接委托⟦奎屯市绿源园林工程有限公司|C⟧实施。⟦奎屯市公共资源交易中心|A⟧在日常监测中发现该问题后，于⟦2025年10月9日|D⟧报送⟦奎屯市财政局|A⟧处理；⟦奎屯市财政局|A⟧作出责令改正、警告的处理决定，并于同年⟦11月20日|D⟧将涉及公职人员的问题线索移交⟦市纪委监委|A⟧。该公司⟦总经理|T⟧⟦周某|P⟧受到党内警告处分，对⟦奎屯市绿源园林工程有限公司|C⟧是否存在串通问题，⟦市纪委监委|A⟧将视情况移送公安机关。</p>
<p>⟦奎屯市纪委监委|A⟧强调，……</p>
<div class="footer">主办：⟦奎屯市纪委监委|A⟧　地址：奎屯市北京东路××号</div>
</body>
</html>
''',
        rels=[('REFERRED', '奎屯市审计局', '奎屯市纪委监委', None, '2025年8月'),
              ('REFERRED', '奎屯市公共资源交易中心', '奎屯市财政局', None, '2025年10月9日'),
              ('REFERRED', '奎屯市财政局', '奎屯市纪委监委', None, '11月20日'),
              ('PENALIZED', '奎屯市纪委常委会', '王某'),
              ('PENALIZED', '奎屯市监察委员会', '王某'),
              ('PENALIZED', '奎屯市财政局', '奎屯市城市建设投资有限责任公司'),
              ('HOLDS_POSITION', '王某', '原副局长', '奎屯市住房和城乡建设局'),
              ('HOLDS_POSITION', '赵某某', '实际控制人', '奎屯天山路桥建设有限公司'),
              ('HOLDS_POSITION', '李某', '主任', '奎屯市第一中学'),
              ('HOLDS_POSITION', '陈某', '业务员', '奎屯博雅教学设备有限公司'),
              ('HOLDS_POSITION', '周某', '总经理', '奎屯市城市建设投资有限责任公司')],
        aliases={'市纪委监委': '奎屯市纪委监委'},
        notes=['Passive with a named sender: 由X于…移送市纪委监委, 经X转办至市纪委监委 → REFERRED X → 奎屯市纪委监委 (市纪委监委 is '
               'annotated as an alias). The two 财政局 → 纪委监委 hand-overs (case 二 undated, case 三 dated 11月20日 after 同年) are '
               'one relation after de-duplication on (type, from, to): the dated one (11月20日) is kept; case 二\'s 转办 is undated.',
               'Trading centre 报送…处理 → REFERRED (DECISIONS).',
               '移送检察机关 after the 监察委员会\'s sanction (generic receiver) → implicit REFERRED 奎屯市监察委员会 → (检察机关); 将视情况移送公安机关 '
               '(future) → nothing.',
               'Passive 受到政务撤职处分 / 受到党内警告处分 with no agent → no PENALIZED.',
               '原总务处主任: the 总务处 is not written with the school\'s name → POSITION 主任, org the school; 原 is not adjacent to 主任.'],
        implicit=[dict(type='REFERRED', **{'from': '奎屯市监察委员会', 'to': None}, null_endpoint_mention='检察机关')],
    ),
    dict(
        file='b4-jbtzd-tengchong-zfb-2026-15.txt', fmt='utf-8', kind='other', violations=['contract_violation', 'other'],
        issuer='腾冲市人民政府办公室',
        body='''
⟦腾冲市人民政府办公室|A⟧
交办事项通知单
⟦腾政办交〔2026〕15号|N⟧

承办单位：⟦腾冲市财政局|A⟧（牵头）、⟦腾冲市审计局|A⟧（配合）
交办时间：⟦二〇二六年一月二十日|D⟧
办结时限：⟦二〇二六年二月二十八日|D⟧前

交办事项：
　　⟦腾冲市政务服务管理局|A⟧于⟦1月16日|D⟧转来12345热线工单一件，反映⟦腾冲市和顺镇人民政府|A⟧2025年通过政府采购购置的46套太阳能路灯，合同总价⟦¥46.2万元|M⟧，中标供应商⟦腾冲市光晟照明工程有限公司|C⟧未按合同约定安装，而是将安装工程整体转给个人施工，且至今仍有约三分之一路灯不亮；⟦镇政府|A⟧已于⟦2025年11月28日|D⟧支付合同款⟦人民币壹拾贰万元整|M⟧及⟦2025年12月|D⟧支付⟦28.6万元|M⟧，合计⟦40.6万元|M⟧。
　　经⟦市政府|A⟧领导同意，现将该事项交由⟦腾冲市财政局|A⟧牵头核查，⟦腾冲市审计局|A⟧配合对资金支付情况进行延伸审计。请承办单位于办结时限前将核查结果报⟦市政府办公室督查科|A⟧，同时答复⟦腾冲市政务服务管理局|A⟧。

⟦腾冲市人民政府办公室|A⟧（印）
经办人：⟦段丽娟|P⟧
''',
        rels=[('REFERRED', '腾冲市政务服务管理局', '腾冲市人民政府办公室', None, '1月16日'),
              ('REFERRED', '腾冲市人民政府办公室', '腾冲市财政局', '腾政办交〔2026〕15号', '二〇二六年一月二十日')],
        notes=['上级交办 shape: a government office\'s 交办事项通知单, 交由X牵头核查 → REFERRED office → 财政局, dated by 交办时间 '
               '(Chinese numerals).',
               'The 审计局 only 配合 (assists, is given a task on funds) — doubtful; not REFERRED: the matter is handed to the lead '
               'unit, the auditor is asked to cooperate.',
               '收到X转来的工单 (recounted: X于…转来) → REFERRED 政务服务管理局 → the issuing office.',
               '办结时限 date is a deadline → DATE but no relation. Level-prefixed 市政府 and 市政府办公室督查科 (maximal span with the '
               'sub-unit) are AGENCY; 镇政府 is a short form of the named town government (alias). 经办人 is not POSITION. 约三分之一 '
               'is not MONEY. The 核查结果 going back to the office is a report, not a hand-over.'],
        aliases={'镇政府': '腾冲市和顺镇人民政府'},
    ),
    dict(
        file='b5-zdbl-qianxinan-xingyi-czj-2026-9.txt', fmt='utf-8', kind='other', violations=['interference', 'discriminatory_terms'],
        issuer='黔西南州财政局',
        body='''
⟦黔西南州财政局|A⟧关于指定办理政府采购举报事项的函
⟦州财采函〔2026〕9号|N⟧

⟦兴义市财政局|A⟧：
　　⟦2026年2月|D⟧，我局收到⟦黔西南州纪委监委驻州财政局纪检监察组|A⟧转来的实名举报信一件（附后）。举报人⟦罗文斌|P⟧反映：⟦兴义市人民医院|A⟧⟦2025年12月8日|D⟧发布的“全自动生化分析仪采购项目”（项目编号：⟦XYRY-HW-2025-112|J⟧，预算金额⟦壹佰捌拾伍万元|M⟧）采购需求中设置了仅有一个品牌能够满足的参数；该院⟦副院长|T⟧⟦向德明|P⟧在开标前曾向评审专家打招呼，⟦兴义瑞诚医疗设备有限公司|C⟧最终以⟦183.9万元|M⟧中标。
　　经研究，该项目系兴义市本级预算单位采购，依照政府采购分级监管的规定，现将举报信及相关材料转你局，指定由你局依法办理。请你局于⟦2026年4月15日|D⟧前将调查处理结果书面报送我局，同时抄报⟦州纪委监委驻州财政局纪检监察组|A⟧。涉嫌违纪问题的，请移送⟦兴义市纪委监委|A⟧处理。

⟦黔西南州财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '黔西南州纪委监委驻州财政局纪检监察组', '黔西南州财政局', None, '2026年2月'),
              ('REFERRED', '黔西南州财政局', '兴义市财政局', '州财采函〔2026〕9号', '2026年3月2日'),
              ('HOLDS_POSITION', '向德明', '副院长', '兴义市人民医院'),
              ('BID_ON', '兴义瑞诚医疗设备有限公司', 'XYRY-HW-2025-112')],
        aliases={'州纪委监委驻州财政局纪检监察组': '黔西南州纪委监委驻州财政局纪检监察组'},
        notes=['指定由你局办理 together with 现将举报信及相关材料转你局: the matter itself is sent → REFERRED 州财政局 → 兴义市财政局 '
               '(doubtful: GUIDELINES excludes a bare designation of jurisdiction; here the file is transferred).',
               '收到X转来的 with the month only → REFERRED 纪检监察组 → the issuing bureau, date 2026年2月.',
               '请移送兴义市纪委监委 is a request for a possible future transfer by the receiver → not REFERRED. 抄报 → not REFERRED.',
               'The stationed group is one AGENCY name (DECISIONS); its level-prefixed repeat is an alias. The informant is a PERSON. '
               '评审专家 is not attached to anyone → not POSITION.'],
    ),
    dict(
        file='b6-bs-beiliu-jyzx-2026-4.txt', fmt='gb18030', kind='other', violations=['collusion', 'other'],
        issuer='北流市公共资源交易中心',
        body='''
⟦北流市公共资源交易中心|A⟧
关于报送⟦北流市民乐镇中心卫生院|A⟧门诊综合楼建设工程评标异常情况的函
⟦北交易函〔2026〕4号|N⟧

⟦北流市住房和城乡建设局|A⟧：
　　⟦北流市民乐镇中心卫生院|A⟧门诊综合楼建设工程（招标编号：⟦BLJS2026-0031|J⟧）于⟦2026年2月24日|D⟧在我中心开标、评标，招标控制价⟦1,486.72万元|M⟧。开评标过程中发现以下异常情况：
　　一、五家投标人中有三家的投标报价与招标控制价的下浮比例均为3.17%，具体如下：

序号	投标人	投标报价（元）	项目负责人
1	⟦北流宏基建设工程有限公司|C⟧	14,395,530.24	⟦黄志坚|P⟧
2	⟦玉桂建工集团有限公司|C⟧	14,395,530.24	⟦梁伟|P⟧
3	⟦北流市鼎盛建筑安装有限公司|C⟧	14,395,530.24	⟦陈海燕|P⟧
4	⟦容州路桥建设有限公司|C⟧	14,126,300.00	⟦李文辉|P⟧
5	⟦北流市永兴建设有限公司|C⟧	14,502,118.60	⟦庞建华|P⟧

　　二、评标委员会中的⟦评审专家|T⟧⟦邓国荣|P⟧对第1、2、3号投标人的技术标均打出满分，与其他专家评分差距超过20分，且未在评审报告中说明理由。
　　根据《⟦公共资源交易平台管理暂行办法|L⟧》相关规定，现将上述情况及开评标录音录像、评审报告等材料报送你局处理。本项目评标结果暂缓公示。
　　附件：开评标资料光盘1张

⟦北流市公共资源交易中心|A⟧
⟦2026年2月26日|D⟧
抄送：⟦北流市财政局|A⟧、⟦北流市发展和改革局|A⟧
''',
        rels=[('REFERRED', '北流市公共资源交易中心', '北流市住房和城乡建设局', '北交易函〔2026〕4号', '2026年2月26日'),
              ('HOLDS_POSITION', '邓国荣', '评审专家', None),
              ('BID_ON', '北流宏基建设工程有限公司', 'BLJS2026-0031'),
              ('BID_ON', '玉桂建工集团有限公司', 'BLJS2026-0031'),
              ('BID_ON', '北流市鼎盛建筑安装有限公司', 'BLJS2026-0031'),
              ('BID_ON', '容州路桥建设有限公司', 'BLJS2026-0031'),
              ('BID_ON', '北流市永兴建设有限公司', 'BLJS2026-0031')],
        notes=['GB18030-encoded.',
               'A trading centre reporting a finding to a supervising body (报送你局处理) → REFERRED (DECISIONS). 抄送 → not REFERRED.',
               'The 招标编号 value is PROJECT_NO. The 投标报价（元） cells are bare figures whose unit is only in the column header → '
               'not MONEY (GUIDELINES: an amount with its unit as written) — doubtful. 3.17% is a rate.',
               '项目负责人 as a column header is not attached in the text to one person → not POSITION and no HOLDS_POSITION '
               '(doubtful); the names in that column are PERSON. 评审专家邓国荣 → POSITION, org null.',
               '北流市民乐镇中心卫生院 occurs only inside the project name; it is a public institution → AGENCY (GUIDELINES §2.3).'],
    ),
]
