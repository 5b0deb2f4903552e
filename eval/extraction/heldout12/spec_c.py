"""heldout12 — other genres c1–c12. Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts invented."""

DOCS = [
    dict(
        file='c1-cfjd-wuzhong-litong-czj-2026-1.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='吴忠市利通区财政局',
        body='''
⟦吴忠市利通区财政局|A⟧
政府采购行政处罚决定书
⟦吴利财罚决〔2026〕1号|N⟧

当事人：⟦宁夏塞上鑫源商贸有限公司|C⟧
统一社会信用代码：91640302MA76XXXX2K
⟦法定代表人|T⟧：⟦丁学军|P⟧
地址：吴忠市利通区裕民街道朝阳东街128号

　　⟦2025年9月|D⟧，本机关收到⟦吴忠市利通区公共资源交易中心|A⟧移送的线索，反映你公司在利通区中小学校服采购项目（项目编号：⟦LTCG-2025-057|J⟧）投标中提供虚假材料。本机关于⟦2025年10月9日|D⟧立案调查。
　　经查，你公司投标文件中提供的⟦宁夏纺织产品质量检验中心|A⟧出具的检测报告（报告编号W2025-0811）系伪造，该中心书面证实未出具过该报告。你公司以⟦人民币1,186,500元|M⟧的报价被确定为中标供应商。
　　本机关于⟦2025年12月2日|D⟧向你公司送达了行政处罚事先告知书，你公司在法定期限内未提出陈述、申辩。
　　依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项，本机关决定：
　　一、处以采购金额千分之五的罚款，即⟦人民币5,932.50元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、中标无效。
　　当事人伪造检测报告涉嫌犯罪的线索，本机关已于⟦2026年1月5日|D⟧移送公安机关。
　　如不服本决定，可于收到之日起六十日内向⟦吴忠市人民政府|A⟧申请行政复议，或六个月内向⟦吴忠市利通区人民法院|A⟧提起行政诉讼。

⟦吴忠市利通区财政局|A⟧
⟦2026年1月7日|D⟧
''',
        rels=[('PENALIZED', '吴忠市利通区财政局', '宁夏塞上鑫源商贸有限公司'),
              ('REFERRED', '吴忠市利通区公共资源交易中心', '吴忠市利通区财政局', None, None),
              ('LEGAL_REP', '丁学军', '宁夏塞上鑫源商贸有限公司'),
              ('HOLDS_POSITION', '丁学军', '法定代表人', '宁夏塞上鑫源商贸有限公司'),
              ('BID_ON', '宁夏塞上鑫源商贸有限公司', 'LTCG-2025-057')],
        implicit=[dict(type='REFERRED', **{'from': '吴忠市利通区财政局', 'to': None}, null_endpoint_mention='公安机关', evidence_doc_no=None, date='2026年1月5日')],
        notes=['Implicit: the transfer to the generic 公安机关 (GUIDELINES) → implicit_relations with to null.', 'Receiver 本机关 = the named issuer. The transfer month 2025年9月 is the receipt month (收到), so date left null (doubtful: could be 2025年9月).',
               'Credit code, 报告编号 and 千分之五 not annotated. 地址 never annotated.'],
    ),
    dict(
        file='c2-tscljd-wuwei-liangzhou-czj-2026-3.txt', fmt='utf-8', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='武威市凉州区财政局',
        body='''
政府采购投诉处理决定书
⟦凉财投决〔2026〕3号|N⟧

投诉人：⟦甘肃祁连山智能科技有限公司|C⟧
地址：兰州市雁滩路3566号
被投诉人：⟦武威市凉州区人民医院|A⟧
相关供应商：⟦武威汇通医疗设备有限公司|C⟧
采购代理机构：⟦甘肃正衡招标咨询有限公司|C⟧

　　投诉人因对⟦凉州区人民医院|A⟧数字化X射线摄影系统采购项目（项目编号：⟦LZCG2025-189|J⟧）的中标结果不满，于⟦2026年1月5日|D⟧向本机关提起投诉。本机关依法受理，并向被投诉人和相关供应商发出投诉答复通知书。
　　投诉人称：采购文件要求“近三年在武威市内有同类设备装机业绩”，属于以特定区域业绩作为加分条件，排斥外地供应商。
　　经审查，采购文件评分办法第2.3项确将“在武威市内装机业绩”每项计2分，最高6分，构成对供应商实行差别待遇。
　　根据《⟦政府采购质疑和投诉办法|L⟧》第三十二条规定，本机关决定：投诉事项成立，中标结果无效，责令采购人修改采购文件后重新开展采购活动。

⟦武威市凉州区财政局|A⟧
⟦2026年2月2日|D⟧
''',
        aliases={'凉州区人民医院': '武威市凉州区人民医院'},
        rels=[('PENALIZED', '武威市凉州区财政局', '武威市凉州区人民医院'),
              ('BID_ON', '武威汇通医疗设备有限公司', 'LZCG2025-189')],
        notes=['凉州区人民医院 inside the project name: AGENCY (GUIDELINES 2.3), aliased to the full name.',
               'Complaint upheld with 责令重新开展采购活动 against the purchaser: treated as a handling decision → PENALIZED (doubtful). The complainant is not assumed to have bid; 相关供应商 (the winner) → BID_ON.'],
    ),
]

DOCS += [
    dict(
        file='c3-xwbl-jinhua-wucheng-czj-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='金华市婺城区财政局',
        body='''
询 问 笔 录

时间：⟦2026年1月21日|D⟧ 9时30分至11时05分
地点：⟦金华市婺城区财政局|A⟧三楼询问室
询问人：⟦徐文斌|P⟧、⟦楼佳敏|P⟧　记录人：⟦楼佳敏|P⟧
被询问人：⟦方志刚|P⟧　性别：男　身份证号：330702198208XXXXXX
工作单位及职务：⟦浙江婺州园林工程有限公司|C⟧⟦副总经理|T⟧

问：我们是⟦金华市婺城区财政局|A⟧的执法人员，这是我们的执法证件。今天就婺城区罗店镇公园提升工程（编号⟦WCZC-2025-311|J⟧）投标有关情况向你了解，你应当如实回答。听清楚了吗？
答：听清楚了。
问：你公司的投标文件是谁制作的？
答：是我们公司商务部……不对，是我让⟦金华八咏建设有限公司|C⟧的⟦小吴|P⟧帮忙做的，他们公司也投了这个标。
问：两家公司的投标报价是谁定的？
答：报价是我和⟦八咏|C⟧的⟦吴建新|P⟧⟦经理|T⟧一起商量的，我们报⟦327万|M⟧，他们报⟦331万|M⟧。
问：你还有什么需要补充的吗？
答：没有了。以上笔录我看过，和我说的一样。
被询问人签名：⟦方志刚|P⟧　⟦2026.1.21|D⟧
''',
        rels=[('HOLDS_POSITION', '方志刚', '副总经理', '浙江婺州园林工程有限公司'),
              ('HOLDS_POSITION', '吴建新', '经理', '金华八咏建设有限公司'),
              ('BID_ON', '浙江婺州园林工程有限公司', 'WCZC-2025-311'),
              ('BID_ON', '金华八咏建设有限公司', 'WCZC-2025-311')],
        aliases={'八咏': '金华八咏建设有限公司'},
        notes=['询问笔录, kind other; issuer the bureau conducting the interview (doubtful; could be null).',
               '小吴 is a PERSON; the text does not say it is 吴建新, so no alias. 我们公司商务部: no name, not annotated.',
               '八咏 (short form keeping the name element) → COMPANY, aliased to 金华八咏建设有限公司 (doubtful).',
               '2026.1.21: a dotted date annotated as DATE. 327万/331万 are MONEY although 元 is omitted (monetary context).'],
    ),
]

DOCS += [
    dict(
        file='c4-hyjy-jiaozuo-jiefang-lxhy-2026-1.docx', fmt='docx', kind='other', violations=['collusion', 'bribery'],
        issuer=None,
        body='''焦作市解放区公共资源交易领域协同监管联席会议纪要
（2026年第1期）
⟦2026年2月5日|D⟧下午，⟦区政府|A⟧⟦副区长|T⟧⟦郭红梅|P⟧主持召开全区公共资源交易领域协同监管联席会议。⟦焦作市解放区财政局|A⟧、⟦焦作市解放区发展和改革委员会|A⟧、⟦焦作市公安局解放分局|A⟧、⟦焦作市解放区审计局|A⟧、⟦焦作市解放区市场监督管理局|A⟧、⟦焦作市解放区纪委监委派驻第三纪检监察组|A⟧负责同志参加会议。会议纪要如下：
一、关于王褚街道老旧小区改造项目串标线索。⟦区发改委|A⟧通报，⟦2026年1月|D⟧已将⟦焦作市怀川建设工程有限公司|C⟧等4家企业涉嫌串通投标线索移送⟦焦作市公安局解放分局|A⟧，目前已立案。会议议定，⟦区发改委|A⟧暂停相关企业在区内投标资格的处理待公安机关侦查结论明确后再作决定。
二、关于⟦区第一人民医院|A⟧耗材采购中的利益输送问题。⟦区审计局|A⟧在审计中发现医院设备科有关人员收受供应商⟦焦作康泰医疗器械有限公司|C⟧好处费约⟦12万元|M⟧，会议议定由⟦区审计局|A⟧于⟦2月10日|D⟧前将线索移送⟦区纪委监委|A⟧。
三、各成员单位要落实线索双向移送和办理结果反馈机制，每季度报送一次台账。
出席：⟦郭红梅|P⟧、⟦赵建|P⟧（⟦区财政局|A⟧）、⟦冯立新|P⟧（⟦区发改委|A⟧）、⟦董晓阳|P⟧（⟦解放分局|A⟧）、⟦秦海|P⟧（⟦区审计局|A⟧）、⟦杜春丽|P⟧（⟦区市场监管局|A⟧）
记录：⟦李思雨|P⟧''',
        rels=[('REFERRED', '焦作市解放区发展和改革委员会', '焦作市公安局解放分局', None, '2026年1月'),
              ('HOLDS_POSITION', '郭红梅', '副区长', '区政府')],
        aliases={'区发改委': '焦作市解放区发展和改革委员会', '区审计局': '焦作市解放区审计局',
                 '区财政局': '焦作市解放区财政局', '解放分局': '焦作市公安局解放分局', '区市场监管局': '焦作市解放区市场监督管理局'},
        notes=['Meeting minutes: issuer null (no issuing body stated; the meeting is not an agency).',
               'The audit bureau’s transfer is only decided (议定…于2月10日前移送), not done: no REFERRED (doubtful).',
               '区政府 (level-prefixed) → AGENCY, org of 副区长. 区第一人民医院 inside a topic phrase — annotated. 医院设备科 bare: no AGENCY. 区纪委监委 is written only as a short form; its full name never occurs except inside the stationed group name, so no alias.',
               '焦作市解放区纪委监委派驻第三纪检监察组: the stationed group is one name (DECISIONS) — the maximal span covers the whole group name.'],
    ),
]

DOCS += [
    dict(
        file='c5-ysdjb-fuxin-xihe-sjj-2026.txt', fmt='gb18030', kind='other', violations=['no_procurement', 'interference', 'other'],
        issuer='阜新市细河区审计局',
        body='''
⟦阜新市细河区审计局|A⟧审计发现问题线索移送登记表（2026年度）

序号｜登记编号｜移送日期｜移送文号｜接收单位｜涉及单位/人员｜问题摘要｜办理状态
1｜XH-SJ-YS-001｜⟦2026-01-08|D⟧｜⟦细审移〔2026〕1号|N⟧｜⟦阜新市细河区财政局|A⟧｜⟦阜新市细河区四合镇人民政府|A⟧｜村级道路维修工程⟦93.8万元|M⟧未履行政府采购程序｜已反馈（⟦细财函〔2026〕4号|N⟧）
2｜XH-SJ-YS-002｜⟦2026-01-08|D⟧｜⟦细审移〔2026〕2号|N⟧｜⟦阜新市细河区纪委监委|A⟧｜四合镇⟦原镇长|T⟧⟦高振宇|P⟧｜同上项目中指定施工单位⟦阜新祥和路桥工程有限公司|C⟧｜办理中
3｜XH-SJ-YS-003｜⟦2026-02-14|D⟧｜⟦细审移〔2026〕3号|N⟧｜⟦阜新市公安局细河分局|A⟧｜⟦阜新鼎盛物业服务有限公司|C⟧｜虚增物业服务面积套取财政资金⟦41.2万元|M⟧｜已受理（受案登记号XH2026-0213）
4｜XH-SJ-YS-004｜⟦2026-02-26|D⟧｜⟦细审移〔2026〕4号|N⟧｜⟦阜新市细河区市场监督管理局|A⟧｜⟦辽宁阜新佳美文具有限公司|C⟧｜中标后以次充好，供货与投标样品不一致｜待回执

填表人：⟦韩冬|P⟧　审核人：⟦王立群|P⟧
''',
        rels=[('REFERRED', '阜新市细河区审计局', '阜新市细河区财政局', '细审移〔2026〕1号', '2026-01-08'),
              ('REFERRED', '阜新市细河区审计局', '阜新市细河区纪委监委', '细审移〔2026〕2号', '2026-01-08'),
              ('REFERRED', '阜新市细河区审计局', '阜新市公安局细河分局', '细审移〔2026〕3号', '2026-02-14'),
              ('REFERRED', '阜新市细河区审计局', '阜新市细河区市场监督管理局', '细审移〔2026〕4号', '2026-02-26'),
              ('HOLDS_POSITION', '高振宇', '原镇长', '阜新市细河区四合镇人民政府')],
        notes=['Register table; 登记编号 and 受案登记号 are not DOC_NO (DECISIONS); 移送文号 values and the feedback’s 文号 are.',
               'Rows 1 and 2 share the date 2026-01-08: both REFERRED point at the first mention (relations compare texts). Year-only 2026年度 not DATE.',
               '四合镇原镇长高振宇: 四合镇 alone is a place; POSITION 原镇长 (see fix) with org the 四合镇人民政府 named in row 1 (doubtful).'],
    ),
]

DOCS += [
    dict(
        file='c6-xw-zhangjiakou-xuanhua-2026.html', fmt='html', kind='news', violations=['collusion', 'bribery'],
        issuer=None,
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>宣化区：部门联动斩断招投标“利益链”</title>
<script>var pageId=88213;</script></head>
<body>
<div class="nav">首页 &gt; 要闻 &gt; 本地</div>
<h1>宣化区：部门联动斩断招投标“利益链”</h1>
<div class="info">来源：张家口新闻网　发布时间：⟦2026-02-18|D⟧ 08:42　⟦记者|T⟧ ⟦范晓东|P⟧ ⟦通讯员|T⟧ ⟦程悦|P⟧</div>
<p>“以前是各管一段，现在是一条线索多家盯。”⟦2月17日|D⟧，⟦张家口市宣化区财政局|A⟧⟦局长|T⟧⟦孟庆祥|P⟧向记者介绍。</p>
<p>去年10月，⟦宣化区审计局|A⟧在审计中发现，⟦张家口宣化区城市建设投资有限公司|C⟧（以下简称⟦宣化城投|C⟧）的两个绿化项目存在陪标迹象，随即将线索移送⟦区财政局|A⟧。财政部门调取电子交易数据后发现，⟦河北宣府园林绿化工程有限公司|C⟧等3家企业投标文件出自同一台电脑。⟦2025年12月3日|D⟧，该案被移送⟦张家口市公安局宣化区分局|A⟧。</p>
<p>警方调查显示，⟦宣化城投|C⟧⟦原工程部经理|T⟧⟦邢某|P⟧收受⟦河北宣府园林绿化工程有限公司|C⟧好处费⟦15万元|M⟧，为其围标提供便利。目前，⟦邢某|P⟧已被留置，相关问题线索已移交⟦张家口市宣化区监察委员会|A⟧。</p>
<p>据统计，2025年宣化区各部门相互移送问题线索27条，涉案金额⟦3100余万元|M⟧。</p>
<div class="editor">⟦责任编辑|T⟧：⟦孙蕾|P⟧</div>
</body></html>
''',
        rels=[('REFERRED', '宣化区审计局', '张家口市宣化区财政局', None, None),
              ('REFERRED', '张家口市宣化区财政局', '张家口市公安局宣化区分局', None, '2025年12月3日'),
              ('REFERRED', '张家口市公安局宣化区分局', '张家口市宣化区监察委员会', None, None),
              ('HOLDS_POSITION', '孟庆祥', '局长', '张家口市宣化区财政局'),
              ('HOLDS_POSITION', '邢某', '原工程部经理', '张家口宣化区城市建设投资有限公司'),
              ('HOLDS_POSITION', '范晓东', '记者', None),
              ('HOLDS_POSITION', '程悦', '通讯员', None),
              ('HOLDS_POSITION', '孙蕾', '责任编辑', None)],
        aliases={'宣化城投': '张家口宣化区城市建设投资有限公司', '区财政局': '张家口市宣化区财政局'},
        unmarked=['记者'],
        notes=['News: issuer null. 去年10月 is relative, not DATE. 张家口新闻网 is a website, not annotated.',
               '移送区财政局: 区财政局 is level-prefixed → AGENCY, aliased. 宣化区审计局 is written only in this short form, kept as its own canonical. 财政部门 generic. The passive 该案被移送公安 → sender the case-handling body named at that point (the finance bureau).',
               '线索已移交监察委员会: sender not named; taken as the police (警方 handles the case at that point) — doubtful, could be implicit.',
               '原工程部经理: 原 adjacent, kept; the company department written into the POSITION (dev19 convention).'],
    ),
]

DOCS += [
    dict(
        file='c7-xspjs-taizhou-huangyan-2026-33-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer='浙江省台州市黃巖區人民法院',
        body='''
⟦浙江省台州市黃巖區人民法院|A⟧
刑事判決書（節錄）
⟦（2026）浙1003刑初33號|N⟧

　　公訴機關⟦台州市黃巖區人民檢察院|A⟧。
　　被告人⟦潘國棟|P⟧，男，⟦1971年8月12日|D⟧出生，原系⟦台州市黃巖區院橋鎮人民政府|A⟧⟦黨委委員|T⟧、⟦副鎮長|T⟧。因涉嫌犯受賄罪，於⟦2025年9月4日|D⟧被⟦台州市黃巖區監察委員會|A⟧留置，同年⟦10月30日|D⟧被逮捕。
　　⟦台州市黃巖區監察委員會|A⟧調查終結後，於⟦2025年11月20日|D⟧將本案移送⟦台州市黃巖區人民檢察院|A⟧審查起訴。
　　經審理查明：2021年至2024年間，被告人⟦潘國棟|P⟧利用分管村鎮建設的職務便利，在院桥镇农村公路提质改造、河道整治等工程招标过程中，向评标委员会成员打招呼，為⟦台州黃巖興橋建設有限公司|C⟧⟦實際控制人|T⟧⟦蔡某某|P⟧謀取利益，先後收受其給予的現金及購物卡共計⟦人民幣48.6萬元|M⟧。
　　本院認為，被告人⟦潘國棟|P⟧身為國家工作人員，利用職務上的便利，為他人謀取利益，非法收受他人財物，數額巨大，其行為已構成受賄罪。依照《⟦中華人民共和國刑法|L⟧》第三百八十五條第一款、第三百八十六條之規定，判決如下：
　　被告人⟦潘國棟|P⟧犯受賄罪，判處有期徒刑三年六個月，並處罰金⟦人民幣二十五萬元|M⟧；對其違法所得予以追繳。
　　⟦審　判　長|T⟧　⟦葉文靜|P⟧
　　⟦人民陪審員|T⟧　⟦陳啟明|P⟧
　　⟦二〇二六年一月二十七日|D⟧
''',
        rels=[('PENALIZED', '浙江省台州市黃巖區人民法院', '潘國棟'),
              ('REFERRED', '台州市黃巖區監察委員會', '台州市黃巖區人民檢察院', None, '2025年11月20日'),
              ('HOLDS_POSITION', '潘國棟', '黨委委員', '台州市黃巖區院橋鎮人民政府'),
              ('HOLDS_POSITION', '潘國棟', '副鎮長', '台州市黃巖區院橋鎮人民政府'),
              ('HOLDS_POSITION', '蔡某某', '實際控制人', '台州黃巖興橋建設有限公司'),
              ('HOLDS_POSITION', '葉文靜', '審　判　長', '浙江省台州市黃巖區人民法院'),
              ('HOLDS_POSITION', '陳啟明', '人民陪審員', '浙江省台州市黃巖區人民法院')],
        notes=['Traditional characters (a partly traditional judgment excerpt). Signature block: 審　判　長 with its ideographic blanks kept in the POSITION span; 人民陪審員 POSITION; org the court.',
               '原系…黨委委員、副鎮長: titles in a row split; 原 not adjacent to the title (原系 + agency) so left out. The 黨委委員 is of the town party committee, org given as the town government (doubtful).',
               '移送審查起訴 by the 監察委員會 → REFERRED (like police → procuratorate). 留置/逮捕 no relation.'],
    ),
]

DOCS += [
    dict(
        file='c8-cfjd-heyuan-yuancheng-scjg-2026-12.txt', fmt='gb18030', kind='penalty_decision', violations=['bribery'],
        issuer='河源市源城区市场监督管理局',
        body='''
⟦河源市源城区市场监督管理局|A⟧
行政处罚决定书
⟦源市监罚字〔2026〕12号|N⟧

当事人：⟦河源市万绿办公设备有限公司|C⟧
主体资格证照名称：营业执照
⟦法定代表人（负责人）|T⟧：⟦温志坚|P⟧
住所：河源市源城区源南镇新风路17号

　　⟦2025年10月|D⟧，本局接⟦河源市源城区财政局|A⟧《案件线索移送函》（⟦源财函〔2025〕46号|N⟧），反映当事人在⟦河源市源城区第二小学|A⟧多媒体教室设备采购中给予该校⟦总务主任|T⟧⟦黄某|P⟧财物。本局于⟦2025年10月27日|D⟧立案调查。
　　经查，⟦2024年7月|D⟧至⟦2025年1月|D⟧，当事人为获得该校后续设备维保业务，由其⟦销售主管|T⟧⟦刘佳怡|P⟧分三次向⟦黄某|P⟧支付“介绍费”共计⟦人民币2.4万元|M⟧，并在账外列支。当事人获得维保合同金额⟦人民币16.8万元|M⟧，违法所得⟦人民币3.1万元|M⟧。
　　上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条，本局决定：一、没收违法所得⟦人民币3.1万元|M⟧；二、罚款⟦人民币十五万元|M⟧。

⟦河源市源城区市场监督管理局|A⟧
⟦2026年1月16日|D⟧
''',
        rels=[('PENALIZED', '河源市源城区市场监督管理局', '河源市万绿办公设备有限公司'),
              ('REFERRED', '河源市源城区财政局', '河源市源城区市场监督管理局', '源财函〔2025〕46号', None),
              ('LEGAL_REP', '温志坚', '河源市万绿办公设备有限公司'),
              ('HOLDS_POSITION', '温志坚', '法定代表人（负责人）', '河源市万绿办公设备有限公司'),
              ('HOLDS_POSITION', '黄某', '总务主任', '河源市源城区第二小学'),
              ('HOLDS_POSITION', '刘佳怡', '销售主管', '河源市万绿办公设备有限公司')],
        notes=['GB18030. 法定代表人（负责人） form label: POSITION span includes the bracketed alternative (doubtful; 法定代表人 alone would also do).',
               'The transfer month (本局接…, 2025年10月) is the receipt; date null. 立案 no relation. No project number → no BID_ON.'],
    ),
]

DOCS += [
    dict(
        file='c9-xw-putian-hanjiang-2026.txt', fmt='utf-8', kind='news', violations=['collusion', 'false_materials'],
        issuer=None,
        body='''
涵江：一份“异常报告”牵出的围标案

　　本报讯（⟦记者|T⟧⟦郑雅琴|P⟧）⟦2月26日|D⟧，⟦莆田市涵江区人民法院|A⟧对一起串通投标案公开宣判，⟦莆田市兴涵建筑工程有限公司|C⟧被判处罚金⟦30万元|M⟧，该公司⟦法定代表人|T⟧⟦翁某|P⟧被判处有期徒刑一年二个月。
　　案件源于⟦莆田市公共资源交易中心涵江分中心|A⟧的一份异常报告。⟦2024年11月|D⟧，分中心工作人员在涵江区三江口镇污水管网工程（项目编号⟦HJ-SZ-2024-102|J⟧）开标后发现，5家投标单位中有4家的电子投标文件创建时间仅相差几分钟，遂将情况报送⟦莆田市涵江区发展和改革局|A⟧。发改部门核实后，于⟦2025年1月9日|D⟧将案件移送⟦莆田市公安局涵江分局|A⟧。
　　经查，⟦翁某|P⟧为承揽工程，借用⟦福建木兰溪市政工程有限公司|C⟧等3家公司资质陪标，并伪造其中一家的项目经理社保证明。
　　“交易中心、行业主管部门和公安机关实现了线索闭环。”⟦涵江区发改局|A⟧有关负责人说。
''',
        rels=[('PENALIZED', '莆田市涵江区人民法院', '莆田市兴涵建筑工程有限公司'),
              ('PENALIZED', '莆田市涵江区人民法院', '翁某'),
              ('REFERRED', '莆田市公共资源交易中心涵江分中心', '莆田市涵江区发展和改革局', None, None),
              ('REFERRED', '莆田市涵江区发展和改革局', '莆田市公安局涵江分局', None, '2025年1月9日'),
              ('LEGAL_REP', '翁某', '莆田市兴涵建筑工程有限公司'),
              ('HOLDS_POSITION', '翁某', '法定代表人', '莆田市兴涵建筑工程有限公司'),
              ('HOLDS_POSITION', '郑雅琴', '记者', None),
              ('BID_ON', '莆田市兴涵建筑工程有限公司', 'HJ-SZ-2024-102'),
              ('BID_ON', '福建木兰溪市政工程有限公司', 'HJ-SZ-2024-102')],
        aliases={'涵江区发改局': '莆田市涵江区发展和改革局'},
        notes=['News, issuer null. Sentences by the named court → PENALIZED (company and its 法定代表人).',
               'The centre’s report (报送) to the 发改局 → REFERRED (DECISIONS: a trading centre’s report of a finding); month 2024年11月 is the discovery, not the report → date null.',
               '分中心工作人员 not POSITION (no named person). 发改部门 / 公安机关 / 行业主管部门 generic. BID_ON for the defendant company (it won, implied by 承揽) and the named 陪标 company (doubtful for the defendant: the text does not say it bid, only that it borrowed others to 陪标).'],
    ),
]

DOCS += [
    dict(
        file='c10-cljd-xuancheng-xuanzhou-fgw-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['collusion'],
        issuer='宣城市宣州区发展和改革委员会',
        body='''
行政处罚决定书

⟦宣区发改罚〔2026〕2号|N⟧

被处罚单位：⟦安徽敬亭山建设集团有限公司|C⟧
⟦法定代表人|T⟧：⟦汪立群|P⟧
被处罚单位：⟦宣城宛陵路桥工程有限公司|C⟧
⟦法定代表人|T⟧：⟦汪立群|P⟧（兼）

　　⟦2025年11月20日|D⟧，⟦宣城市宣州区公共资源交易中心|A⟧向我委报送宣州区水阳镇圩堤除险加固工程（标段编号：⟦XZSL-2025-08-01|J⟧）异常投标情况。经调查，上述两单位系同一法定代表人，在同一标段分别投标，且投标文件由⟦安徽敬亭山建设集团有限公司|C⟧⟦造价员|T⟧⟦吴梦|P⟧统一编制。
　　我委认为，上述行为属于《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条第（二）项规定的视为投标人相互串通投标的情形。根据《⟦中华人民共和国招标投标法|L⟧》第五十三条，决定对两单位分别处中标项目金额千分之五的罚款（即各⟦人民币1.62万元|M⟧），对⟦汪立群|P⟧处单位罚款数额百分之五的罚款⟦人民币810元|M⟧。

⟦宣城市宣州区发展和改革委员会|A⟧
⟦2026年2月20日|D⟧
''',
        rels=[('PENALIZED', '宣城市宣州区发展和改革委员会', '安徽敬亭山建设集团有限公司'),
              ('PENALIZED', '宣城市宣州区发展和改革委员会', '宣城宛陵路桥工程有限公司'),
              ('PENALIZED', '宣城市宣州区发展和改革委员会', '汪立群'),
              ('REFERRED', '宣城市宣州区公共资源交易中心', '宣城市宣州区发展和改革委员会', None, '2025年11月20日'),
              ('LEGAL_REP', '汪立群', '安徽敬亭山建设集团有限公司'),
              ('LEGAL_REP', '汪立群', '宣城宛陵路桥工程有限公司'),
              ('HOLDS_POSITION', '汪立群', '法定代表人', '安徽敬亭山建设集团有限公司'),
              ('HOLDS_POSITION', '汪立群@1', '法定代表人@1', '宣城宛陵路桥工程有限公司'),
              ('HOLDS_POSITION', '吴梦', '造价员', '安徽敬亭山建设集团有限公司'),
              ('BID_ON', '安徽敬亭山建设集团有限公司', 'XZSL-2025-08-01'),
              ('BID_ON', '宣城宛陵路桥工程有限公司', 'XZSL-2025-08-01')],
        unmarked=['法定代表人'],
        notes=['Receiver 我委 = the signed issuer. 标段编号 → PROJECT_NO. 同一法定代表人 (generic, no person attached) not POSITION.',
               'HOLDS_POSITION per person–position mention pair: two 法定代表人 mentions, one per company (relations are keyed by mention indices; evaluators compare texts, so the second pair collapses to the same texts but differs by org).'],
    ),
]

DOCS += [
    dict(
        file='c11-xzpjs-jiyuan-2026-7.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='河南省济源市人民法院',
        body='''
⟦河南省济源市人民法院|A⟧
行 政 判 决 书
⟦（2026）豫9001行初7号|N⟧

原告⟦济源市鑫河环保工程有限公司|C⟧，住所地济源市沁园街道天坛路206号。
⟦法定代表人|T⟧⟦卢建平|P⟧，该公司⟦执行董事|T⟧。
委托诉讼代理人⟦宋文华|P⟧，⟦河南王屋律师事务所|C⟧⟦律师|T⟧。
被告⟦济源市财政局|A⟧，住所地济源市济渎路118号。
⟦法定代表人|T⟧⟦段卫民|P⟧，⟦局长|T⟧。

　　原告不服被告于⟦2025年8月25日|D⟧作出的⟦济财罚决〔2025〕14号|N⟧行政处罚决定，向本院提起行政诉讼。
　　经审理查明：⟦2025年3月|D⟧，原告参加济源市克井镇污水处理站运维服务项目（项目编号：⟦JYCG-2025-0219|J⟧）投标，投标文件中载明项目负责人持有环保工程师证书，经⟦济源市生态环境局|A⟧核实，该证书系伪造。被告据此认定原告提供虚假材料谋取中标，对原告处采购金额千分之五的罚款⟦人民币4,275元|M⟧，并列入不良行为记录名单一年。
　　本院认为，被告作出的处罚决定认定事实清楚，适用法律正确，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦济源市鑫河环保工程有限公司|C⟧的诉讼请求。
''',
        rels=[('PENALIZED', '济源市财政局', '济源市鑫河环保工程有限公司'),
              ('LEGAL_REP', '卢建平', '济源市鑫河环保工程有限公司'),
              ('LEGAL_REP', '段卫民', '济源市财政局'),
              ('HOLDS_POSITION', '卢建平', '法定代表人', '济源市鑫河环保工程有限公司'),
              ('HOLDS_POSITION', '段卫民', '法定代表人@1', '济源市财政局'),
              ('HOLDS_POSITION', '卢建平', '执行董事', '济源市鑫河环保工程有限公司'),
              ('HOLDS_POSITION', '宋文华', '律师', '河南王屋律师事务所'),
              ('HOLDS_POSITION', '段卫民', '局长', '济源市财政局'),
              ('BID_ON', '济源市鑫河环保工程有限公司', 'JYCG-2025-0219')],
        notes=['Administrative judgment extract (dev19 d6 shape): the court dismisses; the reported penalty → PENALIZED 财政局 → plaintiff. 驳回 no relation.',
               'Court header annotated (see fix). 法定代表人 in the party block attached to named persons → POSITION + LEGAL_REP (see fix).',
               '项目负责人 here is a generic role in a bid, not attached to a person: not POSITION.'],
    ),
]

DOCS += [
    dict(
        file='c12-tscljd-maoming-maonan-czj-2026-1.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='茂名市茂南区财政局',
        body='''
⟦茂名市茂南区财政局|A⟧
政府采购投诉处理决定书
⟦茂南财采投〔2026〕1号|N⟧

投诉人：⟦茂名市南粤物业管理有限公司|C⟧，住所：茂名市茂南区油城五路33号大院
被投诉人：⟦茂名市茂南区人民政府站前街道办事处|A⟧
采购代理机构：⟦广东信诚达招标代理有限公司|C⟧（以下简称⟦信诚达公司|C⟧）

　　投诉人对站前街道办公区物业管理服务采购项目（采购项目编号：⟦MNCG2025-A0871|J⟧）的评审结果不服，于⟦2025年12月22日|D⟧向本机关提起投诉。投诉事项为：评标委员会对其“服务方案”打分畸低，⟦评审专家|T⟧⟦林某某|P⟧与第一中标候选人⟦茂名市金港湾物业服务有限公司|C⟧存在利害关系。
　　本机关调取了评审录像及评分表，并向⟦信诚达公司|C⟧及评审专家核实。经查，⟦评审专家|T⟧⟦林某某|P⟧与⟦茂名市金港湾物业服务有限公司|C⟧不存在劳动或股权关系，各评委对投诉人服务方案的评分均在合理区间。
　　本机关认为，投诉事项缺乏事实依据。根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项，驳回投诉。
　　投诉人如对本决定不服，可在收到本决定书之日起六十日内向⟦茂名市茂南区人民政府|A⟧申请行政复议。

⟦茂名市茂南区财政局|A⟧
⟦2026年1月30日|D⟧
''',
        rels=[('BID_ON', '茂名市金港湾物业服务有限公司', 'MNCG2025-A0871'),
              ('HOLDS_POSITION', '林某某', '评审专家', None)],
        unmarked=['评审专家'],
        aliases={'信诚达公司': '广东信诚达招标代理有限公司'},
        notes=['Complaint dismissed: no PENALIZED (GUIDELINES). violations [other]: an allegation of expert bias / review error.',
               '评审专家 attached to 林某某 → POSITION (see fix), org null.'],
    ),
]
