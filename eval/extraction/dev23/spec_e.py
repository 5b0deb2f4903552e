"""dev23 — b01–b12, other genres: 处罚决定 (3, one .docx, one GB18030 市场监管), 投诉处理决定 (2), 询问笔录, 会议纪要,
移送登记表, news (txt, html), 刑事判决书 and 行政判决书 extracts. All persons, companies, numbers, amounts and acts invented."""

DOCS = [
    dict(
        file='b01-cfjd-kailu-czj-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='开鲁县财政局',
        body='''
⟦开鲁县财政局|A⟧
行政处罚决定书
⟦开财罚决〔2026〕2号|N⟧

当事人：⟦内蒙古开鲁云图测绘有限公司|C⟧
统一社会信用代码：91150523MA0R7K2X4E
⟦法定代表人|T⟧：⟦包晓峰|P⟧
住所：开鲁县开鲁镇建国路188号

　　我局于⟦2026年4月7日|D⟧收到⟦开鲁县自然资源局|A⟧转来的举报材料（⟦开自然资函〔2026〕9号|N⟧），反映当事人在⟦开鲁县自然资源局|A⟧2025年农村宅基地确权测绘服务项目（项目编号：⟦KLZC-2025-0311|J⟧）中提供虚假业绩。我局依法立案调查，于⟦2026年5月11日|D⟧向当事人送达《行政处罚事项告知书》（⟦开财罚告〔2026〕2号|N⟧），当事人在法定期限内未提出陈述、申辩。
　　经查，当事人在投标文件中提供的与某测绘院签订的三份业绩合同均系伪造，合同金额合计⟦人民币96.5万元|M⟧。当事人凭借上述业绩得分以综合得分第一名中标，中标金额⟦人民币73.8万元|M⟧。
　　上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据该条款，我局决定：
　　一、处以采购金额千分之十的罚款，即⟦人民币7380元|M⟧；
　　二、列入不良行为记录名单，一年内禁止参加政府采购活动；
　　三、中标无效。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦开鲁县人民政府|A⟧申请行政复议，或者在六个月内向⟦开鲁县人民法院|A⟧提起行政诉讼。

⟦开鲁县财政局|A⟧
⟦2026年6月2日|D⟧
''',
        rels=[('REFERRED', '开鲁县自然资源局', '开鲁县财政局', '开自然资函〔2026〕9号', '2026年4月7日'),
              ('PENALIZED', '开鲁县财政局', '内蒙古开鲁云图测绘有限公司'),
              ('LEGAL_REP', '包晓峰', '内蒙古开鲁云图测绘有限公司'),
              ('HOLDS_POSITION', '包晓峰', '法定代表人', '内蒙古开鲁云图测绘有限公司'),
              ('BID_ON', '内蒙古开鲁云图测绘有限公司', 'KLZC-2025-0311')],
        notes=['转来的举报材料 with a 文号 → REFERRED 自然资源局 → 财政局; the date is the date the bureau received it (the only date of the hand-over; doubtful).',
               '某测绘院 (某 + category) is not annotated. 千分之十 is a rate, not MONEY. The credit code is not DOC_NO.',
               'The 告知书 number is DOC_NO; 《行政处罚事项告知书》 is not LAW. The address after 住所 is not annotated.'],
    ),
    dict(
        file='b02-tscljd-tieli-czj-2026-6.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='铁力市财政局',
        body='''
⟦铁力市财政局|A⟧
政府采购投诉处理决定书
⟦铁财购决〔2026〕6号|N⟧

投诉人：⟦黑龙江林都医疗器械有限公司|C⟧
地址：铁力市铁力镇新华街66号
委托代理人：⟦于海洋|P⟧，⟦黑龙江林海律师事务所|C⟧⟦律师|T⟧
被投诉人：⟦铁力市人民医院|A⟧
相关供应商：⟦黑龙江北疆医学科技有限公司|C⟧

　　投诉人因⟦铁力市人民医院|A⟧彩色多普勒超声诊断系统采购项目（项目编号：⟦TLCG-2026-0021|J⟧）的中标结果，于⟦2026年3月16日|D⟧向本机关提起投诉。本机关于同日受理，并于⟦3月17日|D⟧向被投诉人及相关供应商发出投诉答复通知书及投诉书副本。
　　投诉人称：中标供应商⟦黑龙江北疆医学科技有限公司|C⟧投标产品的探头数量不满足招标文件实质性要求，评标委员会未予否决，违反评审纪律。
　　被投诉人称：评标委员会已按招标文件规定的评审方法进行评审，不存在违规情形。
　　本机关查明：招标文件要求“标配探头不少于4把”，⟦黑龙江北疆医学科技有限公司|C⟧投标文件技术偏离表及所附厂家授权书载明标配探头4把，评标委员会认定其满足要求，符合招标文件规定。
　　综上，根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条第（二）项规定，投诉事项缺乏事实依据，投诉不成立，本机关驳回投诉。
　　投诉人如对本决定不服，可自收到本决定书之日起60日内向⟦铁力市人民政府|A⟧申请行政复议，或者在6个月内向⟦铁力市人民法院|A⟧提起行政诉讼。

⟦铁力市财政局|A⟧
⟦2026年4月20日|D⟧
''',
        rels=[('HOLDS_POSITION', '于海洋', '律师', '黑龙江林海律师事务所'),
              ('BID_ON', '黑龙江北疆医学科技有限公司', 'TLCG-2026-0021')],
        notes=['A complaint dismissal is not PENALIZED. The complainant is not assumed to have bid; the 中标供应商 did.',
               '委托代理人 is not POSITION; 律师 of a named law firm is. violations: other (alleged expert review error).'],
    ),
    dict(
        file='b03-xwbl-kaiyuan-gaj-2026.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='开原市公安局经济犯罪侦查大队',
        body='''
询　问　笔　录
（第1次）

时间：⟦2026年7月8日|D⟧9时20分至11时05分
地点：⟦开原市公安局经济犯罪侦查大队|A⟧询问室
询问人（签名）：⟦赵立东|P⟧、⟦高鹏|P⟧　　工作单位：⟦开原市公安局经济犯罪侦查大队|A⟧
记录人（签名）：⟦高鹏|P⟧
被询问人：⟦沈玉春|P⟧　　性别：女　　出生日期：⟦1983年2月14日|D⟧
身份证件种类及号码：居民身份证 21128219830214××××
工作单位：⟦辽宁开元恒泰建筑工程有限公司|C⟧（职务：⟦出纳|T⟧）

问：我们是⟦开原市公安局经侦大队|A⟧的⟦民警|T⟧（出示工作证件），现依法向你询问，你要如实回答，对与本案无关的问题，你有拒绝回答的权利。你听清楚了吗？
答：听清楚了。
问：⟦开原市财政局|A⟧今年6月将你公司涉嫌串通投标的线索移送我局，你知道吗？
答：听公司⟦经理|T⟧⟦孙广福|P⟧说过。
问：⟦2025年11月|D⟧⟦开原市庆云镇中心小学|A⟧操场改造项目（项目编号⟦KYZC2025-1107|J⟧）投标时，你公司的投标保证金是怎么交的？
答：是⟦孙广福|P⟧让我从公司账户转了⟦人民币5万元|M⟧给⟦开原市兴隆工贸有限公司|C⟧的⟦会计|T⟧⟦刘艳|P⟧，再由她那边转进去的，用的是⟦兴隆工贸|C⟧的名义。
问：为什么要这样转？
答：我不清楚，⟦孙广福|P⟧说两家公司“一起投”，中了标大家都有活干。
问：你以上说的是否属实？
答：属实。以上笔录我看过，和我说的相符。

被询问人：⟦沈玉春|P⟧
⟦2026年7月8日|D⟧
''',
        rels=[('REFERRED', '开原市财政局', '开原市公安局经济犯罪侦查大队'),
              ('HOLDS_POSITION', '沈玉春', '出纳', '辽宁开元恒泰建筑工程有限公司'),
              ('HOLDS_POSITION', '赵立东', '民警', '开原市公安局经济犯罪侦查大队'),
              ('HOLDS_POSITION', '高鹏', '民警', '开原市公安局经济犯罪侦查大队'),
              ('HOLDS_POSITION', '孙广福', '经理', '辽宁开元恒泰建筑工程有限公司'),
              ('HOLDS_POSITION', '刘艳', '会计', '开原市兴隆工贸有限公司'),
              ('BID_ON', '辽宁开元恒泰建筑工程有限公司', 'KYZC2025-1107')],
        aliases={'开原市公安局经侦大队': '开原市公安局经济犯罪侦查大队', '兴隆工贸': '开原市兴隆工贸有限公司'},
        notes=['移送我局 (我局 = the askers\' police unit, named as 开原市公安局经济犯罪侦查大队 in the header) → REFERRED 财政局 → that unit; 今年6月 is relative → date null. Receiver doubtful (the bureau vs its 大队).',
               '民警: attached to 我们 = the two named askers → HOLDS_POSITION for both (doubtful). 职务：出纳 → POSITION.',
               'The 询问室 location contains the unit name, annotated (地点 is not an address field). The ID number is not annotated.',
               '兴隆工贸 (a short form with the name element) is aliased; that it bid is not stated (its name was used) → no BID_ON for it (doubtful).'],
    ),
    dict(
        file='b04-hyjy-linhai-ljhy-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer=None,
        body='''
临海市政府采购和招标投标领域违法违规问题线索移送联席会议
会　议　纪　要
〔2026〕第3期

　　⟦2026年8月20日|D⟧下午，⟦市政府|A⟧⟦副市长|T⟧⟦林建勇|P⟧在市行政中心主持召开政府采购和招标投标领域违法违规问题线索移送联席会议第三次会议。⟦市纪委监委|A⟧、⟦市财政局|A⟧、⟦市发展改革局|A⟧、⟦市审计局|A⟧、⟦市公安局|A⟧、⟦市市场监管局|A⟧、⟦市公共资源交易中心|A⟧有关负责同志参加会议。会议听取了各成员单位上半年线索移送情况汇报，研究了有关事项。现纪要如下：
　　一、上半年移送情况。⟦市审计局|A⟧共向⟦市纪委监委|A⟧移送问题线索4件，向⟦市财政局|A⟧移送3件；⟦市公共资源交易中心|A⟧向⟦市发展改革局|A⟧报送异常投标线索6件，其中2件经⟦市发展改革局|A⟧审查后于7月移送⟦市公安局|A⟧。⟦市公安局|A⟧已对⟦浙江临海永丰建设有限公司|C⟧等3家企业涉嫌串通投标立案侦查。
　　二、关于⟦市财政局|A⟧提出的⟦临海市杜桥镇中心卫生院|A⟧设备采购项目（项目编号：⟦LHCG-2026-0077|J⟧）中标人⟦浙江东瓯医疗科技有限公司|C⟧涉嫌提供虚假材料一事，会议议定：由⟦市财政局|A⟧依法调查处理，涉嫌犯罪的，于9月底前移送⟦市公安局|A⟧。
　　三、各成员单位要落实“一案一移送、一事一反馈”要求，⟦市公共资源交易中心|A⟧牵头建立线索移送台账，每季度向联席会议办公室报送一次。

参加：⟦林建勇|P⟧　⟦周海峰|P⟧（⟦市纪委监委|A⟧）　⟦郑晓丽|P⟧（⟦市财政局|A⟧）　⟦陈国栋|P⟧（⟦市发展改革局|A⟧）　⟦应晓燕|P⟧（⟦市审计局|A⟧）　⟦金波|P⟧（⟦市公安局|A⟧）　⟦王怡|P⟧（⟦市市场监管局|A⟧）　⟦蒋涛|P⟧（⟦市公共资源交易中心|A⟧）
抄送：⟦临海市人民政府办公室|A⟧
''',
        rels=[('REFERRED', '市审计局', '市纪委监委'), ('REFERRED', '市审计局', '市财政局'),
              ('REFERRED', '市公共资源交易中心', '市发展改革局'), ('REFERRED', '市发展改革局', '市公安局'),
              ('HOLDS_POSITION', '林建勇', '副市长', '市政府'),
              ('BID_ON', '浙江东瓯医疗科技有限公司', 'LHCG-2026-0077')],
        unmarked=['市政府'],
        notes=['Meeting minutes: issuer null (issued by the unnamed joint-meeting office). 〔2026〕第3期 is an issue number, not DOC_NO (DECISIONS).',
               'Narrated past transfers are REFERRED (counts of clues, no dates: 上半年 and 7月 are not DATE). The decision that the finance bureau will transfer 涉嫌犯罪的 cases by end of September is a future, conditional act → not REFERRED.',
               '临海市政府采购… in the meeting name is 临海市 + 政府采购, not 临海市政府 (市政府 listed in unmarked). 市行政中心 is a place.',
               '临海市杜桥镇中心卫生院 in the project name is AGENCY. Persons with their units in brackets get no POSITION.',
               '市公安局已对…立案侦查 is not a relation.'],
    ),
    dict(
        file='b05-ysdjb-mengcheng-jwjw-2026q2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'bribery'],
        issuer='蒙城县纪委监委',
        body='''
⟦蒙城县纪委监委|A⟧问题线索（案件）移送登记表
（2026年第二季度）

登记号	来文单位	来文文号	收文日期	移送事项	承办部门
MC-XS-2026-031	⟦蒙城县审计局|A⟧	⟦蒙审移〔2026〕4号|N⟧	⟦2026-04-09|D⟧	⟦县城乡水务局|A⟧供水管网改造工程化整为零、规避公开招标	第二监督检查室
MC-XS-2026-035	⟦蒙城县财政局|A⟧	⟦蒙财函〔2026〕22号|N⟧	⟦2026-05-14|D⟧	⟦安徽漆园建设有限公司|C⟧⟦项目经理|T⟧⟦张某|P⟧向评审专家行贿线索	第四监督检查室
MC-XS-2026-038	⟦蒙城县公共资源交易中心|A⟧	⟦蒙交易〔2026〕7号|N⟧	⟦2026-05-30|D⟧	⟦县教育局|A⟧食堂设备采购项目异常投标情况	第二监督检查室
MC-XS-2026-042	⟦蒙城县公安局|A⟧	⟦蒙公移〔2026〕3号|N⟧	⟦2026-06-18|D⟧	⟦县住建局|A⟧⟦干部|T⟧⟦李某某|P⟧涉嫌受贿线索	第一监督检查室

填表人：⟦韦丽|P⟧　　审核人：⟦周长青|P⟧　　填表日期：⟦2026年7月2日|D⟧
''',
        rels=[('REFERRED', '蒙城县审计局', '蒙城县纪委监委', '蒙审移〔2026〕4号', '2026-04-09'),
              ('REFERRED', '蒙城县财政局', '蒙城县纪委监委', '蒙财函〔2026〕22号', '2026-05-14'),
              ('REFERRED', '蒙城县公共资源交易中心', '蒙城县纪委监委', '蒙交易〔2026〕7号', '2026-05-30'),
              ('REFERRED', '蒙城县公安局', '蒙城县纪委监委', '蒙公移〔2026〕3号', '2026-06-18'),
              ('HOLDS_POSITION', '张某', '项目经理', '安徽漆园建设有限公司'),
              ('HOLDS_POSITION', '李某某', '干部', '县住建局')],
        notes=['A register of incoming transfers: each row → REFERRED 来文单位 → the register\'s owner, with the 来文文号 (DOC_NO, DECISIONS) and the 收文日期 as date (the receiving date; doubtful).',
               '登记号 values are not DOC_NO (DECISIONS). 承办部门 (bare 监督检查室) are not AGENCY (no place). 县城乡水务局 / 县教育局 / 县住建局 are level-prefixed AGENCY.',
               '干部 attached to the named person of 县住建局 → POSITION (a staff role, doubtful). 填表人 / 审核人 are not POSITION. 异常投标 is not characterised → no collusion.'],
    ),
    dict(
        file='b06-xw-jieshou-2026-0915.txt', fmt='utf-8', kind='news', violations=['collusion', 'bribery'],
        issuer=None,
        body='''
界首：审计、纪检、公安“接力”斩断采购领域“利益链”
来源：界首融媒　作者：⟦许文杰|P⟧　⟦2026-09-15|D⟧ 08:31

　　本报讯　近日，⟦界首市人民法院|A⟧对一起串通投标案作出一审判决，被告人⟦安徽界河环境工程有限公司|C⟧⟦实际控制人|T⟧⟦牛某|P⟧犯串通投标罪，被判处有期徒刑一年三个月，并处罚金⟦人民币10万元|M⟧。
　　这起案件的线索最早来自⟦界首市审计局|A⟧。⟦2025年8月|D⟧，该局在审计中发现⟦界首市城市管理局|A⟧垃圾清运服务采购项目中三家投标企业报价呈等差数列，遂将线索移送⟦界首市纪委监委|A⟧。⟦界首市纪委监委|A⟧经初核，发现该局⟦原办公室主任|T⟧⟦王某|P⟧收受⟦牛某|P⟧所送财物⟦人民币4.5万元|M⟧，随即对⟦王某|P⟧立案审查调查，并于⟦2025年12月|D⟧将⟦牛某|P⟧涉嫌串通投标问题线索移交⟦界首市公安局|A⟧。
　　“过去各部门各管一段，现在一条线索从发现到办结全程有人跟。”⟦界首市纪委监委第三审查调查室|A⟧⟦主任|T⟧⟦葛磊|P⟧说。据了解，今年以来，界首市已建立审计、财政、纪检、公安、市场监管等部门线索双向移送机制，累计移送线索17件。
　　（⟦记者|T⟧ ⟦许文杰|P⟧ ⟦通讯员|T⟧ ⟦郑伟|P⟧）
''',
        rels=[('REFERRED', '界首市审计局', '界首市纪委监委', None, '2025年8月'),
              ('REFERRED', '界首市纪委监委', '界首市公安局', None, '2025年12月'),
              ('PENALIZED', '界首市人民法院', '牛某'),
              ('HOLDS_POSITION', '牛某', '实际控制人', '安徽界河环境工程有限公司'),
              ('HOLDS_POSITION', '王某', '原办公室主任', '界首市城市管理局'),
              ('HOLDS_POSITION', '葛磊', '主任', '界首市纪委监委第三审查调查室'),
              ('HOLDS_POSITION', '许文杰', '记者'), ('HOLDS_POSITION', '郑伟', '通讯员')],
        notes=['News: issuer null. PENALIZED: a sentence by the named court (对…作出一审判决…被判处) → 界首市人民法院 → 牛某.',
               '该局原办公室主任: 该局 = 界首市城市管理局 (the bureau audited); the sub-unit is written into the POSITION after a pronoun (dev19 convention).',
               '界首融媒 is media, not annotated. The dateline 2026-09-15 is DATE. 今年以来 is relative.',
               'The audit bureau → 纪委监委 and 纪委监委 → 公安局 (移交) relay, each with the month stated.'],
    ),
    dict(
        file='b07-xspjs-xianyou-2026-188.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='福建省仙游县人民法院',
        body='''
⟦福建省仙游县人民法院|A⟧
刑 事 判 决 书
⟦（2026）闽0322刑初188号|N⟧

　　公诉机关⟦福建省仙游县人民检察院|A⟧。
　　被告人⟦陈某坤|P⟧，男，⟦1976年5月|D⟧出生，⟦福建兴莆建设工程有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪，于⟦2026年1月12日|D⟧被⟦仙游县公安局|A⟧取保候审。
　　被告人⟦林某|P⟧，男，⟦1989年10月|D⟧出生，⟦福建木兰溪市政工程有限公司|C⟧⟦项目经理|T⟧。于⟦2026年1月12日|D⟧被⟦仙游县公安局|A⟧取保候审。
　　⟦福建省仙游县人民检察院|A⟧以⟦仙检刑诉〔2026〕171号|N⟧起诉书指控被告人⟦陈某坤|P⟧、⟦林某|P⟧犯串通投标罪，于⟦2026年5月20日|D⟧向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。
　　经审理查明：⟦2025年3月|D⟧，⟦仙游县榜头镇人民政府|A⟧就榜头镇红木产业园道路提升工程（项目编号：⟦XYGC-2025-016|J⟧）进行公开招标。被告人⟦陈某坤|P⟧为使⟦福建兴莆建设工程有限公司|C⟧（以下简称⟦兴莆公司|C⟧）中标，与被告人⟦林某|P⟧商议，由⟦林某|P⟧以⟦福建木兰溪市政工程有限公司|C⟧名义参与投标，并按⟦陈某坤|P⟧提供的报价填报。⟦兴莆公司|C⟧以⟦人民币562.3万元|M⟧中标，事后⟦陈某坤|P⟧支付⟦林某|P⟧“好处费”⟦人民币2万元|M⟧。
　　⟦2025年12月|D⟧，⟦仙游县财政局|A⟧在处理投诉时发现上述线索，移送⟦仙游县公安局|A⟧。⟦仙游县公安局|A⟧侦查终结后，于⟦2026年4月3日|D⟧移送⟦仙游县人民检察院|A⟧审查起诉。
　　本院认为，被告人⟦陈某坤|P⟧、⟦林某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条第一款之规定，判决如下：
　　一、被告人⟦陈某坤|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币五万元|M⟧；
　　二、被告人⟦林某|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。

⟦审　判　员|T⟧　⟦黄志明|P⟧
⟦二〇二六年六月九日|D⟧
⟦书　记　员|T⟧　⟦傅雅琴|P⟧
''',
        rels=[('REFERRED', '仙游县财政局', '仙游县公安局', None, '2025年12月'),
              ('REFERRED', '仙游县公安局', '福建省仙游县人民检察院', None, '2026年4月3日'),
              ('PENALIZED', '福建省仙游县人民法院', '陈某坤'), ('PENALIZED', '福建省仙游县人民法院', '林某'),
              ('LEGAL_REP', '陈某坤', '福建兴莆建设工程有限公司'),
              ('HOLDS_POSITION', '陈某坤', '法定代表人', '福建兴莆建设工程有限公司'),
              ('HOLDS_POSITION', '林某', '项目经理', '福建木兰溪市政工程有限公司'),
              ('HOLDS_POSITION', '黄志明', '审　判　员', '福建省仙游县人民法院'),
              ('HOLDS_POSITION', '傅雅琴', '书　记　员', '福建省仙游县人民法院'),
              ('BID_ON', '福建兴莆建设工程有限公司', 'XYGC-2025-016'), ('BID_ON', '福建木兰溪市政工程有限公司', 'XYGC-2025-016')],
        aliases={'仙游县人民检察院': '福建省仙游县人民检察院', '兴莆公司': '福建兴莆建设工程有限公司'},
        notes=['移送审查起诉 (police → procuratorate) is REFERRED (DECISIONS); 提起公诉 is not; 取保候审 is not a relation.',
               'The procuratorate\'s short form 仙游县人民检察院 is aliased to the full name of the 公诉机关 line.',
               'Signature titles are annotated as written, with their inner full-width spaces (审　判　员, 书　记　员); 书记员 as a court POSITION follows dev19 (doubtful).'],
    ),
    dict(
        file='b08-cfjd-panzhou-scjgj-2026-58.txt', fmt='gb18030', kind='penalty_decision', violations=['bribery'],
        issuer='盘州市市场监督管理局',
        body='''
⟦盘州市市场监督管理局|A⟧
行政处罚决定书
⟦盘市监处罚〔2026〕58号|N⟧

当事人：⟦盘州市宏益建材经营部|C⟧（个体工商户）
⟦经营者|T⟧：⟦杨光明|P⟧
经营场所：盘州市红果街道胜境大道217号

　　⟦2026年3月|D⟧，本局接到⟦盘州市公共资源交易中心|A⟧移送的线索（⟦盘交易移〔2026〕2号|N⟧），反映当事人在⟦盘州市第五中学|A⟧学生宿舍家具采购项目（项目编号：⟦PZCG-2026-0012|J⟧）中存在商业贿赂行为。本局于⟦2026年3月18日|D⟧立案调查。
　　经查，当事人为在上述项目中中标，于⟦2026年1月|D⟧至2月间，先后两次通过微信向⟦盘州市第五中学总务处|A⟧⟦主任|T⟧⟦吴某|P⟧转账共计⟦人民币1.2万元|M⟧。当事人以⟦人民币38.6万元|M⟧中标，获利⟦人民币4.1万元|M⟧。
　　以上事实，有当事人的陈述、微信转账记录、中标通知书等证据为证。
　　当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条的规定，本局决定：
　　1.没收违法所得⟦人民币4.1万元|M⟧；
　　2.罚款⟦人民币15万元|M⟧。
　　对⟦吴某|P⟧涉嫌受贿问题，本局已于⟦2026年4月2日|D⟧移送⟦盘州市纪委监委|A⟧。
　　当事人应当自收到本决定书之日起十五日内缴纳罚没款。如不服本决定，可以在收到本决定书之日起六十日内向⟦盘州市人民政府|A⟧申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。

⟦盘州市市场监督管理局|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('REFERRED', '盘州市公共资源交易中心', '盘州市市场监督管理局', '盘交易移〔2026〕2号', '2026年3月'),
              ('REFERRED', '盘州市市场监督管理局', '盘州市纪委监委', None, '2026年4月2日'),
              ('PENALIZED', '盘州市市场监督管理局', '盘州市宏益建材经营部'),
              ('HOLDS_POSITION', '杨光明', '经营者', '盘州市宏益建材经营部'),
              ('HOLDS_POSITION', '吴某', '主任', '盘州市第五中学总务处'),
              ('BID_ON', '盘州市宏益建材经营部', 'PZCG-2026-0012')],
        notes=['GB18030. The trading centre\'s clue to the market regulator and the regulator\'s transfer of the official\'s bribery to the 纪委监委 are REFERRED.',
               '盘州市第五中学总务处主任: named sub-unit after the school name → maximal AGENCY 盘州市第五中学总务处 + POSITION 主任 (GUIDELINES maximal span).',
               '经营者 of an individual business → POSITION (dev19). 2026年1月至2月间: 2026年1月 is DATE, 2月 is not. 人民法院 (bare) is not AGENCY. The 经营场所 address is not annotated.'],
    ),
    dict(
        file='b09-xw-luonan-czj-2026-1009.html', fmt='html', kind='news', violations=['false_materials', 'no_procurement', 'other'],
        issuer=None,
        body='''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>⟦洛南县财政局|A⟧通报3起政府采购领域典型案例</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 部门动态</div>
<div class="article">
<h1>⟦洛南县财政局|A⟧通报3起政府采购领域典型案例</h1>
<div class="info"><span>来源：⟦洛南县财政局|A⟧</span> <span>发布时间：⟦2026-10-09|D⟧</span> <span>作者：⟦程蕾|P⟧</span></div>
<div class="content">
<p>为进一步规范政府采购秩序，近日，⟦洛南县财政局|A⟧对今年以来查处的3起政府采购领域违法违规案例进行通报。</p>
<p><strong>案例一：⟦陕西洛源科技有限公司|C⟧提供虚假材料谋取中标案。</strong>该公司在⟦洛南县城关中学|A⟧多媒体教室采购项目（项目编号：⟦LNCG-2026-0034|J⟧）中，提供伪造的产品节能认证证书。⟦县财政局|A⟧依法对其处以罚款⟦人民币3260元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。</p>
<p><strong>案例二：⟦洛南县城关中学|A⟧未履行政府采购程序案。</strong>该校将应当公开招标的食堂改造项目拆分为4个小额项目直接委托施工，涉及金额⟦人民币186万元|M⟧。⟦县财政局|A⟧责令该校限期改正，并于⟦2026年7月14日|D⟧将相关人员违纪问题线索移送⟦洛南县纪委监委|A⟧。</p>
<p><strong>案例三：⟦陕西华阳招标代理有限公司|C⟧违规收取费用案。</strong>该公司在代理⟦洛南县卫生健康局|A⟧疫苗冷链设备采购项目时，向中标人超标准收取代理服务费。⟦县财政局|A⟧对其给予警告，并处罚款⟦人民币1万元|M⟧。</p>
<p>⟦县财政局|A⟧有关⟦负责人|T⟧表示，将持续加大监督检查力度，对发现的违法违规问题依法从严查处。</p>
</div>
<div class="related"><h4>相关新闻</h4>
<ul><li><a href="/zwdt/1001.html">洛南县召开政府采购领域专项整治推进会</a> <span>⟦2026-09-28|D⟧</span></li>
<li><a href="/zwdt/0988.html">⟦县财政局|A⟧开展政府采购代理机构监督评价</a> <span>⟦2026-09-12|D⟧</span></li></ul></div>
</div>
<div class="footer">主办：⟦洛南县人民政府办公室|A⟧　技术支持：⟦陕西秦岭网络科技有限公司|C⟧</div>
</body></html>
''',
        rels=[('PENALIZED', '洛南县财政局', '陕西洛源科技有限公司'), ('PENALIZED', '洛南县财政局', '洛南县城关中学'),
              ('PENALIZED', '洛南县财政局', '陕西华阳招标代理有限公司'),
              ('REFERRED', '洛南县财政局', '洛南县纪委监委', None, '2026年7月14日'),
              ('BID_ON', '陕西洛源科技有限公司', 'LNCG-2026-0034')],
        aliases={'县财政局': '洛南县财政局'},
        notes=['News page on a government site: issuer null; page chrome (来源, 主办, related-news dates) annotated. <title> is in <head>, not in the text.',
               '责令改正 of the school → PENALIZED (a handling decision, GUIDELINES). 县财政局有关负责人: 负责人 attached to an annotated agency → POSITION, no holder → no HOLDS_POSITION (as a14).',
               'The web-technology company in the footer is a COMPANY (every mention). violations: false_materials, no_procurement (拆分), other (收费).'],
    ),
    dict(
        file='b10-tscljd-shenmu-fgj-2026-4.txt', fmt='utf-8', kind='complaint_decision', violations=['other'],
        issuer='神木市发展和改革局',
        body='''
⟦神木市发展和改革局|A⟧
投诉处理决定书
⟦神发改投诉决〔2026〕4号|N⟧

投诉人：⟦陕西麟州路桥工程有限公司|C⟧
⟦法定代表人|T⟧：⟦白宏伟|P⟧
被投诉人：⟦神木市交通运输局|A⟧（招标人）
招标代理机构：⟦陕西神府工程项目管理有限公司|C⟧

　　投诉人作为⟦神木市交通运输局|A⟧2026年农村公路安防工程第二标段（标段编号：⟦SMJT-2026-AF02|J⟧）的投标人，对该标段评标结果不服，于⟦2026年6月30日|D⟧向本机关提出投诉。本机关依法受理并进行了调查。
　　投诉人称：中标候选人第一名⟦陕西大保当交通设施有限公司|C⟧（以下简称⟦大保当公司|C⟧）拟派⟦项目经理|T⟧⟦张晓峰|P⟧同时在⟦神木市尔林兔镇人民政府|A⟧的在建项目中担任⟦项目经理|T⟧，不满足招标文件“项目经理无在建工程”的要求，评标委员会未予否决。
　　经调取全国建筑市场监管公共服务平台信息及⟦尔林兔镇人民政府|A⟧提供的施工合同，⟦张晓峰|P⟧自⟦2025年11月|D⟧起担任该在建项目⟦项目经理|T⟧，至今未变更。⟦大保当公司|C⟧在投标文件中承诺项目经理无在建工程，与事实不符。
　　本机关认为，投诉事项成立。根据《⟦工程建设项目招标投标活动投诉处理办法|L⟧》第二十条第（二）项的规定，决定如下：责令招标人依法组织原评标委员会重新评审。
　　当事人对本决定不服的，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。

⟦神木市发展和改革局|A⟧
⟦2026年7月22日|D⟧
''',
        rels=[('LEGAL_REP', '白宏伟', '陕西麟州路桥工程有限公司'),
              ('HOLDS_POSITION', '白宏伟', '法定代表人', '陕西麟州路桥工程有限公司'),
              ('HOLDS_POSITION', '张晓峰', '项目经理', '陕西大保当交通设施有限公司'),
              ('BID_ON', '陕西麟州路桥工程有限公司', 'SMJT-2026-AF02'), ('BID_ON', '陕西大保当交通设施有限公司', 'SMJT-2026-AF02')],
        aliases={'大保当公司': '陕西大保当交通设施有限公司', '尔林兔镇人民政府': '神木市尔林兔镇人民政府'},
        unmarked=['项目经理'],
        notes=['Complaint upheld and 责令…重新评审 ordered to the tenderer: kept as a complaint outcome, not PENALIZED (doubtful: GUIDELINES lists 责令改正 among handling decisions).',
               'The complainant is stated to be a bidder (投诉人作为…投标人) → BID_ON. 标段编号 → PROJECT_NO (dev19).',
               '项目经理 mentions attached to 张晓峰 (拟派项目经理张晓峰, 担任项目经理 ×2) are POSITION; HOLDS_POSITION uses the first. The quoted requirement 项目经理无在建工程 (twice) is generic → unannotated (unmarked).',
               '全国建筑市场监管公共服务平台 is a website/system, not AGENCY. 2025年11月 is DATE.'],
    ),
    dict(
        file='b11-xzpjs-wuyi-2026-9.txt', fmt='utf-8', kind='court_judgment', violations=['false_materials'],
        issuer='河北省武邑县人民法院',
        body='''
⟦河北省武邑县人民法院|A⟧
行 政 判 决 书
⟦（2026）冀1122行初9号|N⟧

　　原告⟦河北武邑鑫泰环保设备有限公司|C⟧，住所地武邑县武邑镇工业园区纬三路8号。
　　⟦法定代表人|T⟧⟦刘振国|P⟧，该公司⟦执行董事|T⟧。
　　委托代理人⟦李倩|P⟧，⟦河北观津律师事务所|C⟧⟦律师|T⟧。
　　被告⟦武邑县财政局|A⟧，住所地武邑县武邑镇长乐街12号。
　　⟦法定代表人|T⟧⟦宋建军|P⟧，该局⟦局长|T⟧。
　　原告⟦河北武邑鑫泰环保设备有限公司|C⟧不服被告⟦武邑县财政局|A⟧于⟦2025年12月8日|D⟧作出的⟦武财罚决〔2025〕11号|N⟧行政处罚决定，于⟦2026年1月15日|D⟧向本院提起行政诉讼。本院依法组成合议庭，公开开庭审理了本案。
　　经审理查明：⟦2025年8月|D⟧，⟦武邑县审计局|A⟧将原告在⟦武邑县人民医院消毒供应中心|A⟧设备采购项目（项目编号：⟦WYCG-2025-0142|J⟧）中提供虚假检测报告的线索移送被告。被告立案调查后，认定原告提供虚假材料谋取中标，依据《⟦中华人民共和国政府采购法|L⟧》第七十七条，对原告作出罚款⟦人民币2.6万元|M⟧、一年内禁止参加政府采购活动的行政处罚。
　　本院认为，被告作出的处罚决定认定事实清楚，证据确实充分，程序合法，适用法律正确。原告的诉讼请求缺乏事实和法律依据，本院不予支持。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦河北武邑鑫泰环保设备有限公司|C⟧的诉讼请求。
　　案件受理费⟦人民币50元|M⟧，由原告负担。

⟦审　判　长|T⟧　⟦孟庆华|P⟧
⟦二〇二六年四月二十日|D⟧
⟦书　记　员|T⟧　⟦田甜|P⟧
''',
        rels=[('REFERRED', '武邑县审计局', '武邑县财政局', None, '2025年8月'),
              ('PENALIZED', '武邑县财政局', '河北武邑鑫泰环保设备有限公司'),
              ('LEGAL_REP', '刘振国', '河北武邑鑫泰环保设备有限公司'),
              ('HOLDS_POSITION', '刘振国', '法定代表人', '河北武邑鑫泰环保设备有限公司'),
              ('HOLDS_POSITION', '刘振国', '执行董事', '河北武邑鑫泰环保设备有限公司'),
              ('HOLDS_POSITION', '李倩', '律师', '河北观津律师事务所'),
              ('LEGAL_REP', '宋建军', '武邑县财政局'),
              ('HOLDS_POSITION', '宋建军', '法定代表人@1', '武邑县财政局'),
              ('HOLDS_POSITION', '宋建军', '局长', '武邑县财政局'),
              ('HOLDS_POSITION', '孟庆华', '审　判　长', '河北省武邑县人民法院'),
              ('HOLDS_POSITION', '田甜', '书　记　员', '河北省武邑县人民法院'),
              ('BID_ON', '河北武邑鑫泰环保设备有限公司', 'WYCG-2025-0142')],
        notes=['Administrative judgment: the finance bureau\'s penalty reported in the facts → PENALIZED bureau → plaintiff (dev19); 驳回 is not a relation.',
               '法定代表人 of an agency (被告) → LEGAL_REP to the agency (GUIDELINES allows agency targets). 该公司 / 该局 resolved for org.',
               '武邑县人民医院消毒供应中心: named sub-unit → one maximal AGENCY span (inside the project name). Addresses after 住所地 not annotated.',
               'The case-acceptance fee 人民币50元 is MONEY. 谋取中标 implies the bid → BID_ON.'],
    ),
    dict(
        file='b12-cfjd-huanghua-czj-2026-5.docx', fmt='docx', kind='penalty_decision', violations=['discriminatory_terms', 'other'],
        issuer='黄骅市财政局',
        body='''
⟦黄骅市财政局|A⟧
政府采购行政处罚决定书
⟦黄财采罚〔2026〕5号|N⟧
当事人：⟦河北渤海新城招标代理有限公司|C⟧
统一社会信用代码：91130983MA0F3LXX1Q
⟦法定代表人|T⟧：⟦孙建英|P⟧
地址：黄骅市渤海路新华大厦9层
⟦2026年2月|D⟧，⟦黄骅市审计局|A⟧在对⟦黄骅市南排河镇人民政府|A⟧2025年度预算执行情况审计中，发现当事人代理的南排河镇渔港码头照明改造项目（项目编号：⟦HHZC-2025-0208|J⟧）存在问题，以《审计移送处理书》（⟦黄审移〔2026〕1号|N⟧）移送我局。我局依法立案调查，于⟦2026年3月12日|D⟧向当事人送达行政处罚事项告知书，当事人未提出陈述申辩。
经查：一、当事人在招标文件中设置“投标人须具有河北省内同类项目业绩”的条款，以不合理条件对供应商实行差别待遇；二、当事人未按规定保存该项目评审现场录音录像资料。
上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十二条、《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条的规定。依据《⟦中华人民共和国政府采购法|L⟧》第七十一条、第七十八条，我局决定：对当事人给予警告，并处罚款⟦人民币2万元|M⟧。
当事人如不服本决定，可在收到本决定书之日起六十日内向⟦黄骅市人民政府|A⟧申请行政复议，或在六个月内向⟦黄骅市人民法院|A⟧提起行政诉讼。
⟦黄骅市财政局|A⟧
⟦2026年4月10日|D⟧
''',
        rels=[('REFERRED', '黄骅市审计局', '黄骅市财政局', '黄审移〔2026〕1号', '2026年2月'),
              ('PENALIZED', '黄骅市财政局', '河北渤海新城招标代理有限公司'),
              ('LEGAL_REP', '孙建英', '河北渤海新城招标代理有限公司'),
              ('HOLDS_POSITION', '孙建英', '法定代表人', '河北渤海新城招标代理有限公司')],
        notes=['.docx written by a stdlib writer (stdocx.py); readable by python-docx.',
               'The audit 移送处理书 to 我局 (= the issuer named in the title) is REFERRED with its number, dated with the month stated.',
               'The agent company did not bid → no BID_ON. 南排河镇 in the project name is a place. violations: discriminatory_terms, other (record-keeping).'],
    ),
]
