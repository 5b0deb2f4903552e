"""heldout6 decisions and announcements: penalty decisions with several parties, a complaint decision, an award
announcement (html), a 纪委监委 通报, a credit-penalty 公示 table, a 双罚 of market regulation, a handling decision
on an agent, and a 住建 通報 with credit deductions (traditional)."""

DOCS = [
    {
        'file': 'cf-chenggu-2026-12.docx', 'fmt': 'docx', 'kind': 'penalty_decision', 'violations': ['collusion'],
        'issuer': '城固县财政局',
        'body': """
⟦城固县财政局|A⟧
行政处罚决定书
⟦城财罚决字〔2026〕12号|N⟧
当事人一：⟦汉中市博远教学设备有限公司|C⟧
统一社会信用代码：91610702MA6YK2Q81H
⟦法定代表人|T⟧：⟦侯建国|P⟧
当事人二：⟦陕西启航文体用品有限公司|C⟧
统一社会信用代码：91610113MA7B4C0D5N
⟦法定代表人|T⟧：⟦谭晓雯|P⟧
⟦城固县教育体育局|A⟧“城固县2026年中小学课桌椅采购项目”（项目编号：⟦CGZC-2026-0087|J⟧）于⟦2026年2月27日|D⟧开标，当事人一、当事人二均参与投标，当事人一以⟦人民币1,368,500.00元|M⟧中标。
经查，两当事人的投标文件中报价明细表格式、错误之处完全一致，两份投标文件的编制人均为当事人一⟦员工|T⟧⟦罗小军|P⟧，当事人二的投标保证金⟦28000元|M⟧由当事人一的基本账户代为缴纳。上述事实有投标文件、银行流水、⟦罗小军|P⟧询问笔录等证据证实。
本机关认为，两当事人的行为属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条第（四）项规定的“属于同一集团、协会、商会等组织成员的供应商按照该组织要求协同参加政府采购活动”以外的恶意串通情形，违反了《⟦中华人民共和国政府采购法|L⟧》第二十五条的规定。本机关于⟦2026年4月20日|D⟧送达《行政处罚事先告知书》（⟦城财罚告字〔2026〕12号|N⟧），当事人在法定期限内未提出陈述申辩。
依据《⟦中华人民共和国政府采购法|L⟧》第七十七条的规定，本机关决定：
一、对当事人一处以采购金额千分之五的罚款，即⟦人民币6842.50元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动，中标无效；
二、对当事人二处以采购金额千分之五的罚款，即⟦人民币6842.50元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
当事人如不服本决定，可在收到本决定书之日起六十日内向⟦城固县人民政府|A⟧申请行政复议，或在六个月内向⟦汉中铁路运输法院|A⟧提起行政诉讼。
⟦城固县财政局|A⟧
⟦2026年5月11日|D⟧
""",
        'rels': [
            ('PENALIZED', '城固县财政局', '汉中市博远教学设备有限公司'),
            ('PENALIZED', '城固县财政局', '陕西启航文体用品有限公司'),
            ('LEGAL_REP', '侯建国', '汉中市博远教学设备有限公司'),
            ('LEGAL_REP', '谭晓雯', '陕西启航文体用品有限公司'),
            ('HOLDS_POSITION', '侯建国', '法定代表人', '汉中市博远教学设备有限公司'),
            ('HOLDS_POSITION', '谭晓雯', '法定代表人@1', '陕西启航文体用品有限公司'),
            ('HOLDS_POSITION', '罗小军', '员工', '汉中市博远教学设备有限公司'),
            ('BID_ON', '汉中市博远教学设备有限公司', 'CGZC-2026-0087'),
            ('BID_ON', '陕西启航文体用品有限公司', 'CGZC-2026-0087'),
        ],
        'notes': ['Two 当事人: the issuer is linked to each. The 事先告知书 number is DOC_NO. 当事人一/二 are role labels '
                  'not annotated. 城固县2026年中小学课桌椅采购项目 contains no named body (城固县 is a place).',
                  'Credit codes are not annotated. 千分之五 is a rate, not MONEY.'],
    },
    {
        'file': 'tsjd-yangxian-2026-5.txt', 'fmt': 'utf-8', 'kind': 'complaint_decision',
        'violations': ['discriminatory_terms'], 'issuer': '洋县财政局',
        'body': """
⟦洋县财政局|A⟧
政府采购投诉处理决定书
⟦洋财采投〔2026〕5号|N⟧

投诉人：⟦西安华康医疗科技有限公司|C⟧
⟦法定代表人|T⟧：⟦蒲立新|P⟧
委托代理人：⟦蔡晶|P⟧，⟦陕西秦衡律师事务所|C⟧⟦律师|T⟧
被投诉人1：⟦洋县人民医院|A⟧
被投诉人2：⟦陕西中科招标代理有限公司|C⟧
相关供应商：⟦汉中瑞宁医疗器械有限公司|C⟧

投诉人对⟦洋县人民医院|A⟧全自动生化分析仪采购项目（项目编号：⟦YXCG2026-HW015|J⟧）的采购文件及采购结果不服，于⟦2026年3月23日|D⟧向本机关提起投诉。投诉人参与了该项目投标，未中标。本机关依法受理，并向被投诉人和相关供应商发送了投诉答复通知书。
投诉事项一：采购文件技术参数中“检测速度不低于800测试/小时且须配备原厂离子模块”等5项参数指向单一品牌，排斥其他供应商。
经查，上述5项参数系被投诉人2根据⟦汉中瑞宁医疗器械有限公司|C⟧提供的产品彩页直接编制，市场上仅该公司代理的品牌能够同时满足。投诉事项一成立。
投诉事项二：中标供应商⟦汉中瑞宁医疗器械有限公司|C⟧（中标金额⟦¥1,960,000.00元|M⟧）不具备二类医疗器械经营备案。经查，该公司已于⟦2025年11月6日|D⟧取得备案凭证，投诉事项二不成立。
综上，根据《⟦政府采购质疑和投诉办法|L⟧》第三十一条第（二）项的规定，本机关决定：
一、认定中标结果无效，责令⟦洋县人民医院|A⟧修改采购文件后重新开展采购活动；
二、责令⟦陕西中科招标代理有限公司|C⟧改正，并对其项目负责人进行约谈。
投诉人、被投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦洋县人民政府|A⟧或⟦汉中市财政局|A⟧申请行政复议，也可以在6个月内依法提起行政诉讼。

⟦洋县财政局|A⟧
⟦2026年4月29日|D⟧
""",
        'rels': [
            ('PENALIZED', '洋县财政局', '洋县人民医院'),
            ('PENALIZED', '洋县财政局', '陕西中科招标代理有限公司'),
            ('LEGAL_REP', '蒲立新', '西安华康医疗科技有限公司'),
            ('HOLDS_POSITION', '蒲立新', '法定代表人', '西安华康医疗科技有限公司'),
            ('HOLDS_POSITION', '蔡晶', '律师', '陕西秦衡律师事务所'),
            ('BID_ON', '西安华康医疗科技有限公司', 'YXCG2026-HW015'),
            ('BID_ON', '汉中瑞宁医疗器械有限公司', 'YXCG2026-HW015'),
        ],
        'notes': ['Complaint decision: 责令重新开展采购活动 of the purchaser and 责令改正 of the agent are PENALIZED (dev11 d2); '
                  '约谈 is not.',
                  'The complainant bid (the text says so): BID_ON; the winner BID_ON; never the agent.',
                  '委托代理人 is a procedural role, not POSITION; 律师 after the firm is POSITION. 项目负责人 without a '
                  'named person is not POSITION.'],
    },
    {
        'file': 'zbgg-longhua-2026-0318.html', 'fmt': 'html', 'kind': 'other', 'violations': [],
        'issuer': None,
        'body': """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中标公告</title><style>td{border:1px solid #999}</style></head>
<body>
<div class="crumb">首页 &gt; 采购公告 &gt; 中标（成交）公告</div>
<h2>⟦隆化县第一中学|A⟧学生公寓床具采购项目中标公告</h2>
<p>发布时间：⟦2026-03-18|D⟧ 10:32  来源：⟦承德鼎衡项目管理有限公司|C⟧</p>
<p>一、项目编号：⟦LHZC[2026]018|J⟧</p>
<p>二、项目名称：⟦隆化县第一中学|A⟧学生公寓床具采购项目</p>
<p>三、中标信息</p>
<table>
<tr><th>供应商名称</th><th>投标报价（元）</th><th>综合得分</th><th>名次</th></tr>
<tr><td>⟦承德市隆兴家具制造有限公司|C⟧</td><td>⟦896,400.00|M⟧</td><td>91.36</td><td>1</td></tr>
<tr><td>⟦河北美佳宜家具有限公司|C⟧</td><td>⟦912,000.00|M⟧</td><td>86.20</td><td>2</td></tr>
<tr><td>⟦隆化县福源木业有限责任公司|C⟧</td><td>⟦930,580.00|M⟧</td><td>80.75</td><td>3</td></tr>
</table>
<p>中标供应商：⟦承德市隆兴家具制造有限公司|C⟧，中标金额：⟦人民币捌拾玖万陆仟肆佰元整|M⟧（⟦¥896,400.00|M⟧）</p>
<p>四、评审专家名单：⟦赵文阁|P⟧、⟦孟庆丰|P⟧、⟦佟海燕|P⟧（⟦采购人代表|T⟧）</p>
<p>五、公告期限：自本公告发布之日起1个工作日。</p>
<p>六、联系方式</p>
<p>采购人：⟦隆化县第一中学|A⟧  联系人：⟦郝建新|P⟧ 0314-7062213</p>
<p>采购代理机构：⟦承德鼎衡项目管理有限公司|C⟧ 项目联系人：⟦刘思彤|P⟧ 0314-2159086</p>
<p>监督部门：⟦隆化县财政局政府采购股|A⟧ 0314-7052376</p>
<div class="foot">⟦承德鼎衡项目管理有限公司|C⟧ 版权所有</div>
</body></html>
""",
        'rels': [
            ('BID_ON', '承德市隆兴家具制造有限公司', 'LHZC[2026]018'),
            ('BID_ON', '河北美佳宜家具有限公司', 'LHZC[2026]018'),
            ('BID_ON', '隆化县福源木业有限责任公司', 'LHZC[2026]018'),
            ('HOLDS_POSITION', '佟海燕', '采购人代表', '隆化县第一中学'),
        ],
        'notes': ['An award announcement published by an agent company: kind other, issuer null (heldout5).',
                  'The table prices under 投标报价（元） are MONEY; scores are not. The 大写 amount and the ¥ figure are '
                  'two MONEY spans.',
                  '采购人代表 in brackets after a name is POSITION, org the purchaser (heldout5); 评审专家名单 is a list head.',
                  '联系人/项目联系人 are field labels.',
                  '隆化县财政局政府采购股: a named sub-unit with the agency name is one maximal AGENCY span (GUIDELINES).'],
    },
    {
        'file': 'tb-weichang-2026-3.txt', 'fmt': 'utf-8', 'kind': 'discipline_notice',
        'violations': ['interference', 'bribery', 'abuse_of_power'], 'issuer': '中共围场满族蒙古族自治县纪律检查委员会',
        'body': """
⟦中共围场满族蒙古族自治县纪律检查委员会|A⟧
⟦围场满族蒙古族自治县监察委员会|A⟧
关于3起政府采购领域违纪违法典型问题的通报
⟦围纪通〔2026〕3号|N⟧

各乡镇党委、政府，县直各单位：
为进一步严明纪律，现将近期查处的3起政府采购领域典型问题通报如下。
一、⟦围场满族蒙古族自治县卫生健康局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦包国栋|P⟧违规插手医疗设备采购问题。2024年至2025年，⟦包国栋|P⟧多次向采购代理机构打招呼，要求为⟦承德康益医疗器械有限公司|C⟧设置倾向性参数，并收受该公司⟦总经理|T⟧⟦庞宏伟|P⟧所送购物卡⟦3.6万元|M⟧。⟦2026年1月|D⟧，经⟦围场县纪委常委会|A⟧会议研究，给予⟦包国栋|P⟧开除党籍处分；⟦围场满族蒙古族自治县监察委员会|A⟧给予其开除公职处分，其涉嫌受贿犯罪问题被移送⟦围场满族蒙古族自治县人民检察院|A⟧审查起诉。
二、⟦四合永镇中心卫生院|A⟧⟦院长|T⟧⟦于建华|P⟧规避公开招标问题。⟦于建华|P⟧将⟦113万元|M⟧的污水处理设备采购拆分为4个项目，直接委托⟦围场县清源环保工程有限公司|C⟧实施。⟦于建华|P⟧受到党内严重警告处分。
三、⟦围场满族蒙古族自治县财政局政府采购股|A⟧⟦股长|T⟧⟦满丽娟|P⟧履行监管职责不力问题。⟦满丽娟|P⟧对多起投诉未按规定期限处理，造成不良影响。⟦2026年3月2日|D⟧，⟦围场满族蒙古族自治县监察委员会|A⟧给予其政务警告处分。
全县各级党员干部要以案为鉴……

⟦中共围场满族蒙古族自治县纪律检查委员会|A⟧
⟦围场满族蒙古族自治县监察委员会|A⟧
⟦2026年3月20日|D⟧
""",
        'rels': [
            ('PENALIZED', '围场县纪委常委会', '包国栋'),
            ('PENALIZED', '围场满族蒙古族自治县监察委员会', '包国栋'),
            ('PENALIZED', '围场满族蒙古族自治县监察委员会', '满丽娟'),
            ('REFERRED', '围场满族蒙古族自治县监察委员会', '围场满族蒙古族自治县人民检察院', None, None),
            ('HOLDS_POSITION', '包国栋', '原党组成员', '围场满族蒙古族自治县卫生健康局'),
            ('HOLDS_POSITION', '包国栋', '副局长', '围场满族蒙古族自治县卫生健康局'),
            ('HOLDS_POSITION', '庞宏伟', '总经理', '承德康益医疗器械有限公司'),
            ('HOLDS_POSITION', '于建华', '院长', '四合永镇中心卫生院'),
            ('HOLDS_POSITION', '满丽娟', '股长', '围场满族蒙古族自治县财政局政府采购股'),
        ],
        'notes': ['Item 二: 受到党内严重警告处分 with no named agent: no PENALIZED.',
                  'Passive 被移送 … 审查起诉 is sent by the named 监委 (heldout5), no date (2026年1月 is the discipline date).',
                  '原党组成员、副局长 split into two POSITIONs. 围场…财政局政府采购股 is one maximal AGENCY span and the org of 股长 (dev11).',
                  '2024年至2025年 is year-level: not DATE. 各乡镇党委、政府 is a distributive addressee.',
                  'The 纪委常委会 written with the short county name 围场县 is one AGENCY span; no alias is claimed.'],
    },
    {
        'file': 'gs-leishan-2026-2.txt', 'fmt': 'gb18030', 'kind': 'other', 'violations': ['collusion', 'false_materials', 'contract_violation'],
        'issuer': '雷山县发展和改革局',
        'body': """
⟦雷山县发展和改革局|A⟧
关于公共资源交易领域失信主体行政处罚信息的公示
（2026年第2期）

根据《⟦黔东南州公共资源交易信用管理办法|L⟧》的规定，现将⟦2026年4月|D⟧至⟦2026年5月|D⟧我县公共资源交易领域行政处罚信息公示如下：

序号	主体名称	法定代表人	处罚决定书文号	违法行为	处罚内容	处罚机关	处罚日期
1	⟦贵州黔雷建设工程有限公司|C⟧	⟦杨光明|P⟧	⟦雷住建罚〔2026〕7号|N⟧	串通投标（项目编号⟦LSJS-2025-062|J⟧）	罚款⟦人民币9.8万元|M⟧	⟦雷山县住房和城乡建设局|A⟧	⟦2026-04-16|D⟧
2	⟦凯里市新锐路桥工程有限公司|C⟧	⟦吴绍先|P⟧	⟦雷交罚字[2026]第3号|N⟧	提供虚假业绩（项目编号⟦LSJT-2026-004|J⟧）	罚款⟦人民币5万元|M⟧，禁止投标1年	⟦雷山县交通运输局|A⟧	⟦2026-05-07|D⟧
3	⟦雷山县苗岭农业开发有限公司|C⟧	⟦潘晓梅|P⟧	⟦雷财罚决〔2026〕2号|N⟧	中标后无正当理由拒不签订合同	警告，罚款⟦人民币1.2万元|M⟧	⟦雷山县财政局|A⟧	⟦2026-05-21|D⟧

公示期为5个工作日。对公示内容有异议的，请在公示期内向⟦雷山县发展和改革局信用科|A⟧书面反映。
联系电话：0855-3332105

⟦雷山县发展和改革局|A⟧
⟦2026年5月29日|D⟧
""",
        'rels': [
            ('PENALIZED', '雷山县住房和城乡建设局', '贵州黔雷建设工程有限公司'),
            ('PENALIZED', '雷山县交通运输局', '凯里市新锐路桥工程有限公司'),
            ('PENALIZED', '雷山县财政局', '雷山县苗岭农业开发有限公司'),
            ('LEGAL_REP', '杨光明', '贵州黔雷建设工程有限公司'),
            ('LEGAL_REP', '吴绍先', '凯里市新锐路桥工程有限公司'),
            ('LEGAL_REP', '潘晓梅', '雷山县苗岭农业开发有限公司'),
            ('BID_ON', '贵州黔雷建设工程有限公司', 'LSJS-2025-062'),
            ('BID_ON', '凯里市新锐路桥工程有限公司', 'LSJT-2026-004'),
        ],
        'notes': ['A 公示 of penalties decided by other bodies: kind other; each row gives PENALIZED from its 处罚机关; the '
                  'publishing body is not linked. The 法定代表人 column head is not a mention attached to a person in '
                  'running text, so no POSITION; the column still gives LEGAL_REP (unsure).',
                  'The issue number （2026年第2期） is not DOC_NO. ISO dates in the table are DATE; 2026年4月 and 2026年5月 '
                  'are DATE (year+month).',
                  'Row 3 (拒不签订合同) has no project number: no BID_ON.',
                  '雷山县发展和改革局信用科 is one maximal AGENCY span (named sub-unit).'],
    },
    {
        'file': 'cf-taijiang-2026-21.txt', 'fmt': 'utf-8', 'kind': 'penalty_decision', 'violations': ['bribery'],
        'issuer': '台江县市场监督管理局',
        'body': """
⟦台江县市场监督管理局|A⟧
行政处罚决定书
⟦台市监处罚〔2026〕21号|N⟧

当事人：⟦黔东南州佳禾医疗设备有限公司|C⟧
主体类型：有限责任公司（自然人投资或控股）
住所：台江县台拱街道文昌南路88号
⟦法定代表人|T⟧：⟦张德富|P⟧

⟦2026年2月9日|D⟧，本局根据⟦台江县纪委监委|A⟧转来的问题线索，对当事人涉嫌商业贿赂行为立案调查。
经查，⟦2025年3月|D⟧至⟦2025年10月|D⟧，当事人为在⟦台江县人民医院|A⟧彩色多普勒超声诊断仪采购项目（项目编号：⟦TJYY-2025-CG07|J⟧）中谋取交易机会，通过其⟦销售经理|T⟧⟦龙海军|P⟧，先后5次向该院设备科⟦科长|T⟧⟦杨某|P⟧支付“咨询费”共计⟦人民币8万元|M⟧，当事人最终以⟦人民币112万元|M⟧成交，获利⟦人民币21.3万元|M⟧。
本局认为，当事人的行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条的规定，决定：没收违法所得⟦人民币21.3万元|M⟧，并处罚款⟦人民币15万元|M⟧。
当事人应自收到本决定书之日起15日内缴纳罚没款。如不服本决定，可在收到本决定书之日起60日内向⟦台江县人民政府|A⟧或⟦黔东南苗族侗族自治州市场监督管理局|A⟧申请行政复议。

⟦台江县市场监督管理局|A⟧
⟦2026年5月15日|D⟧
""",
        'rels': [
            ('PENALIZED', '台江县市场监督管理局', '黔东南州佳禾医疗设备有限公司'),
            ('REFERRED', '台江县纪委监委', '台江县市场监督管理局', None, None),
            ('LEGAL_REP', '张德富', '黔东南州佳禾医疗设备有限公司'),
            ('HOLDS_POSITION', '张德富', '法定代表人', '黔东南州佳禾医疗设备有限公司'),
            ('HOLDS_POSITION', '龙海军', '销售经理', '黔东南州佳禾医疗设备有限公司'),
            ('HOLDS_POSITION', '杨某', '科长', '台江县人民医院'),
            ('BID_ON', '黔东南州佳禾医疗设备有限公司', 'TJYY-2025-CG07'),
        ],
        'notes': ['The address after 住所 is not annotated (台江县 inside it).',
                  '根据台江县纪委监委转来的问题线索: REFERRED 纪委监委 (one joint name, one AGENCY) → the issuer, no number, no '
                  'date (2026年2月9日 is the 立案 date) (unsure: 转来 read as a transfer).',
                  '设备科科长 of the hospital: POSITION 科长 (the unit 设备科 without the hospital name not annotated), '
                  'org 台江县人民医院 through 该院. The masked 杨某 is PERSON.',
                  'The same amount 21.3万元 as 获利 and as 没收: both annotated.'],
    },
    {
        'file': 'cljd-jingxian-2026-4.txt', 'fmt': 'utf-8', 'kind': 'penalty_decision', 'violations': ['other'],
        'issuer': '泾县财政局',
        'body': """
⟦泾县财政局|A⟧
政府采购监督检查处理决定书
⟦泾财监〔2026〕第4号|N⟧

被检查单位：⟦安徽徽正项目管理咨询有限公司|C⟧
⟦法定代表人|T⟧：⟦章海鹰|P⟧
⟦项目负责人|T⟧：⟦汪俊|P⟧

根据《⟦宣城市2026年政府采购代理机构监督检查工作方案|L⟧》，本局于⟦2026年3月10日|D⟧至⟦3月21日|D⟧对你公司代理的⟦泾县桃花潭镇人民政府|A⟧“美丽乡村道路亮化工程”（项目编号：⟦JXZC2025-1146|J⟧）等3个项目进行了检查。
经查，你公司存在以下问题：
一、在⟦JXZC2025-1146|J⟧项目中，未按规定时间答复供应商⟦宣城市光明照明工程有限公司|C⟧的质疑，超期9个工作日；
二、⟦泾县中医院|A⟧医用被服采购项目（项目编号：⟦JXZC2025-1203|J⟧）评标过程中，⟦评审专家|T⟧⟦吴慧琴|P⟧对投标人⟦泾县锦绣纺织品有限公司|C⟧的资格审查出现错误，你公司未予纠正；
三、采购档案保存不完整，缺少评标现场录音录像。
根据《⟦中华人民共和国政府采购法|L⟧》第七十一条、《⟦政府采购代理机构管理暂行办法|L⟧》第二十二条的规定，本局决定：
一、对你公司给予警告，责令限期改正；
二、对你公司处以罚款⟦人民币2万元|M⟧。
对⟦吴慧琴|P⟧的评审错误，本局另行处理。
如不服本决定，可于收到本决定书之日起60日内向⟦宣城市财政局|A⟧或⟦泾县人民政府|A⟧申请行政复议。

⟦泾县财政局|A⟧
⟦2026年4月24日|D⟧
""",
        'rels': [
            ('PENALIZED', '泾县财政局', '安徽徽正项目管理咨询有限公司'),
            ('LEGAL_REP', '章海鹰', '安徽徽正项目管理咨询有限公司'),
            ('HOLDS_POSITION', '章海鹰', '法定代表人', '安徽徽正项目管理咨询有限公司'),
            ('HOLDS_POSITION', '汪俊', '项目负责人', '安徽徽正项目管理咨询有限公司'),
            ('HOLDS_POSITION', '吴慧琴', '评审专家', None),
            ('BID_ON', '泾县锦绣纺织品有限公司', 'JXZC2025-1203'),
        ],
        'notes': ['Handling decision on an agent (dev11 d3): kind penalty_decision; PENALIZED → the agent only; the '
                  'expert’s matter 另行处理 is not yet a sanction.',
                  'The decision’s own number (第4号 shape) is DOC_NO.',
                  '3月21日 as the range end (month+day) is DATE. 项目负责人 as a field label of the agent is POSITION '
                  '(dev11). 评审专家: org null.',
                  'The questioning supplier (质疑) is not assumed to have bid: no BID_ON; the bidder 投标人 whose '
                  'qualification was checked: BID_ON.'],
    },
    {
        'file': 'tb-jingde-2026-2-fanti.txt', 'fmt': 'utf-8', 'kind': 'penalty_decision', 'violations': ['collusion'],
        'issuer': '旌德縣住房和城鄉建設局',
        'body': """
⟦旌德縣住房和城鄉建設局|A⟧
關於對三家施工企業圍標串標行為的通報
⟦旌建通〔2026〕2號|N⟧

各建築業企業、各招標代理機構：
⟦2026年1月12日|D⟧，⟦旌德縣公共資源交易中心|A⟧在“⟦旌德縣白地鎮人民政府|A⟧農村飲水安全鞏固提升工程”（招標編號：⟦JDJS2025-097|J⟧）開標後的數據比對中發現，⟦宣城市恒遠建設有限公司|C⟧、⟦安徽華匠建築工程有限公司|C⟧、⟦旌德縣宏順水利建設有限公司|C⟧三家企業的投標文件由同一MAC地址的電腦編制，三家企業的⟦項目經理|T⟧⟦方志剛|P⟧、⟦汪曉東|P⟧、⟦呂紅霞|P⟧在開標前一週內相互通話40餘次。經我局調查，上述行為構成圍標串標。
依據《⟦中華人民共和國招標投標法|L⟧》第五十三條和《⟦安徽省建築市場信用評價管理辦法|L⟧》的規定，我局決定：
一、對上述三家企業予以通報批評，各扣減信用評價分10分；
二、將上述三家企業的違法行為記入不良行為記錄，在⟦宣城市公共資源交易中心|A⟧和⟦旌德縣公共資源交易中心|A⟧網站公示6個月；
三、對⟦方志剛|P⟧、⟦汪曉東|P⟧、⟦呂紅霞|P⟧三名⟦項目經理|T⟧各扣減個人信用分5分。
罰款等行政處罰由我局另行依法作出。

⟦旌德縣住房和城鄉建設局|A⟧
⟦2026年3月2日|D⟧
""",
        'rels': [
            ('PENALIZED', '旌德縣住房和城鄉建設局', '宣城市恒遠建設有限公司'),
            ('PENALIZED', '旌德縣住房和城鄉建設局', '安徽華匠建築工程有限公司'),
            ('PENALIZED', '旌德縣住房和城鄉建設局', '旌德縣宏順水利建設有限公司'),
            ('PENALIZED', '旌德縣住房和城鄉建設局', '方志剛'),
            ('PENALIZED', '旌德縣住房和城鄉建設局', '汪曉東'),
            ('PENALIZED', '旌德縣住房和城鄉建設局', '呂紅霞'),
            ('HOLDS_POSITION', '方志剛', '項目經理', None),
            ('HOLDS_POSITION', '汪曉東', '項目經理', None),
            ('HOLDS_POSITION', '呂紅霞', '項目經理', None),
            ('BID_ON', '宣城市恒遠建設有限公司', 'JDJS2025-097'),
            ('BID_ON', '安徽華匠建築工程有限公司', 'JDJS2025-097'),
            ('BID_ON', '旌德縣宏順水利建設有限公司', 'JDJS2025-097'),
        ],
        'notes': ['Traditional characters. A regulator’s 通報 with credit-score deductions is a sanction (GUIDELINES, '
                  'hangzhou): kind penalty_decision, PENALIZED → each company and each project manager.',
                  '三家企業的項目經理 + three names: one POSITION mention shared by three persons; org null because the '
                  'pairing of person to company is not stated (unsure). The second 項目經理 (after the names) is '
                  'annotated but not linked (the first mention carries the relations).',
                  'The trading centre’s detection is not a transfer (發現 … 經我局調查): no REFERRED.',
                  'The trading centres named as publication sites are AGENCY.'],
    },
]
