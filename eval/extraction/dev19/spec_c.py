"""dev19 — documents c1–c6, inline ⟦text|L⟧ marks: a 二审刑事裁定书 (Jiangsu 宿迁 / 泗阳县), a 管委会 线索移送函 to police (Jiangsu 连云港
徐圩新区), a news report (Chongqing 城口县), a 退回函 财政 → 交易中心 (Henan 三门峡湖滨区), a 政府采购行政处罚决定书 against an accounting
firm (Shanxi 忻州忻府区, docx), a 案件移送回執 (Shanxi 臨汾堯都區, traditional characters). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='c1-xscds-suqian-zy-2026-47.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='江苏省宿迁市中级人民法院',
        body='''
⟦江苏省宿迁市中级人民法院|A⟧
刑 事 裁 定 书
⟦（2026）苏13刑终47号|N⟧
　　原公诉机关⟦江苏省泗阳县人民检察院|A⟧。
　　上诉人（原审被告人）⟦朱某某|P⟧，男，⟦1974年8月22日|D⟧出生，汉族，大专文化，原⟦泗阳县众兴镇人民政府|A⟧⟦党委委员|T⟧、⟦副镇长|T⟧，兼任⟦泗阳县众兴镇城乡建设发展有限公司|C⟧（以下简称⟦众兴城建公司|C⟧）⟦董事长|T⟧。⟦2025年6月4日|D⟧因涉嫌受贿罪被⟦泗阳县监察委员会|A⟧留置，同年⟦7月15日|D⟧被逮捕。现羁押于⟦泗阳县看守所|A⟧。
　　辩护人⟦许文涛|P⟧，⟦江苏淮海律师事务所|C⟧⟦律师|T⟧。
　　原审被告人⟦季某|P⟧，男，⟦1981年3月|D⟧出生，⟦宿迁市金穗农业发展有限公司|C⟧⟦执行董事|T⟧。
　　⟦江苏省泗阳县人民法院|A⟧审理⟦江苏省泗阳县人民检察院|A⟧指控原审被告人⟦朱某某|P⟧犯受贿罪、原审被告人⟦季某|P⟧犯行贿罪一案，于⟦2026年1月9日|D⟧作出⟦（2025）苏1323刑初318号|N⟧刑事判决。原审被告人⟦朱某某|P⟧不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，听取辩护人意见，认为事实清楚，决定不开庭审理。本案现已审理终结。
　　原判认定：2019年至2024年，被告人⟦朱某某|P⟧利用担任众兴镇⟦副镇长|T⟧并兼任⟦众兴城建公司|C⟧⟦董事长|T⟧的职务便利，在众兴镇高标准农田建设、⟦众兴镇卫生院|A⟧迁建等工程的招标和工程款拨付中，为⟦季某|P⟧及⟦宿迁市金穗农业发展有限公司|C⟧、⟦泗阳县恒达建设工程有限公司|C⟧谋取利益，收受上述单位和个人财物共计⟦人民币213.6万元|M⟧。其中，⟦季某|P⟧为使⟦宿迁市金穗农业发展有限公司|C⟧中标众兴镇高标准农田建设项目（项目编号：⟦SYZX-2022-NT05|J⟧），先后送给⟦朱某某|P⟧⟦人民币76万元|M⟧。
　　原判以受贿罪判处被告人⟦朱某某|P⟧有期徒刑五年，并处罚金⟦人民币四十万元|M⟧；以行贿罪判处被告人⟦季某|P⟧有期徒刑一年六个月，缓刑二年，并处罚金⟦人民币十万元|M⟧；对⟦朱某某|P⟧受贿所得予以追缴。
　　上诉人⟦朱某某|P⟧上诉提出，其系主动投案，应认定自首，原判量刑过重。
　　本院认为，⟦朱某某|P⟧系经谈话后才交代问题，不符合自首的规定。原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。
⟦审判长|T⟧　⟦徐海鹰|P⟧
⟦审判员|T⟧　⟦高月|P⟧
⟦审判员|T⟧　⟦蔡立群|P⟧
⟦二〇二六年三月二十六日|D⟧
⟦法官助理|T⟧　⟦孟佳|P⟧
⟦书记员|T⟧　⟦陆晓晨|P⟧
''',
        rels=[
            ('PENALIZED', '江苏省泗阳县人民法院', '朱某某'),
            ('PENALIZED', '江苏省泗阳县人民法院', '季某'),
            ('HOLDS_POSITION', '朱某某', '党委委员', '泗阳县众兴镇人民政府'),
            ('HOLDS_POSITION', '朱某某', '副镇长', '泗阳县众兴镇人民政府'),
            ('HOLDS_POSITION', '朱某某', '副镇长@1', '泗阳县众兴镇人民政府'),
            ('HOLDS_POSITION', '朱某某', '董事长', '泗阳县众兴镇城乡建设发展有限公司'),
            ('HOLDS_POSITION', '朱某某', '董事长@1', '泗阳县众兴镇城乡建设发展有限公司'),
            ('HOLDS_POSITION', '许文涛', '律师', '江苏淮海律师事务所'),
            ('HOLDS_POSITION', '季某', '执行董事', '宿迁市金穗农业发展有限公司'),
            ('HOLDS_POSITION', '徐海鹰', '审判长', '江苏省宿迁市中级人民法院'),
            ('HOLDS_POSITION', '高月', '审判员', '江苏省宿迁市中级人民法院'),
            ('HOLDS_POSITION', '蔡立群', '审判员@1', '江苏省宿迁市中级人民法院'),
            ('HOLDS_POSITION', '孟佳', '法官助理', '江苏省宿迁市中级人民法院'),
            ('HOLDS_POSITION', '陆晓晨', '书记员', '江苏省宿迁市中级人民法院'),
            ('BID_ON', '宿迁市金穗农业发展有限公司', 'SYZX-2022-NT05'),
        ],
        aliases={'众兴城建公司': '泗阳县众兴镇城乡建设发展有限公司'},
        notes=['Second-instance ruling: issuer the 中级人民法院 (last instance). Its 驳回上诉，维持原判 is not PENALIZED; the sentences were imposed by the '
               'named first-instance court, so PENALIZED 江苏省泗阳县人民法院 → both defendants.',
               '上诉人, 原审被告人, 辩护人, 原公诉机关 are procedural roles. 法官助理 and 书记员 are annotated as court staff POSITIONs (doubtful).',
               '众兴镇副镇长: 众兴镇 here is a place word, not annotated; the position is linked to the town government. 众兴镇卫生院 inside the project '
               'name 众兴镇卫生院迁建 is AGENCY; 众兴镇高标准农田建设 has no organisation.',
               'The town-owned 城乡建设发展有限公司 is COMPANY (state-owned enterprise) and aliased through 以下简称.',
               '2019年至2024年 year-only. 留置, 逮捕, 追缴 are not separate relations.'],
    ),
    dict(
        file='c2-xsyshan-lianyungang-xuwei-gwh-2026-29.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='连云港徐圩新区管理委员会',
        body='''
⟦连云港徐圩新区管理委员会|A⟧
关于移送涉嫌串通投标犯罪线索的函
⟦徐管函〔2026〕29号|N⟧

⟦连云港市公安局徐圩新区分局|A⟧：
　　⟦2026年4月|D⟧，⟦连云港徐圩新区规划建设局|A⟧（以下简称⟦规建局|A⟧）在对港前大道绿化养护项目（招标编号：⟦XWZB-2026-GY-0012|J⟧）开展事后监督时发现，参与投标的⟦连云港海韵园林工程有限公司|C⟧、⟦江苏苍梧绿化工程有限公司|C⟧、⟦连云港市赣榆区青口镇宏发苗木经营部|C⟧三家单位存在以下异常情形：
　　（一）三家单位投标文件的创建标识码一致；
　　（二）⟦连云港海韵园林工程有限公司|C⟧与⟦江苏苍梧绿化工程有限公司|C⟧的投标保证金均于⟦2026年3月9日|D⟧从⟦中国农业银行股份有限公司连云港徐圩支行|C⟧同一账户转出；
　　（三）⟦宏发苗木经营部|C⟧⟦经营者|T⟧⟦孙某|P⟧与⟦连云港海韵园林工程有限公司|C⟧⟦项目经理|T⟧⟦戴某某|P⟧系夫妻关系。
　　该项目招标人为⟦连云港徐圩港城发展集团有限公司|C⟧（国有独资），中标人为⟦连云港海韵园林工程有限公司|C⟧，中标金额⟦人民币487.25万元|M⟧。
　　经⟦新区管委会|A⟧主任办公会研究，认为上述单位涉嫌串通投标，依据《⟦中华人民共和国招标投标法|L⟧》第六十八条及《⟦江苏省国有资金投资工程建设项目招标投标管理办法|L⟧》相关规定，现将该线索移送你局依法审查。同时，我委已将有关情况抄送⟦连云港市住房和城乡建设局|A⟧。
　　联系人：⟦规建局招标管理处|A⟧　⟦顾晓峰|P⟧　0518-85296031
　　附件：1.异常情形分析报告；2.投标文件光盘2张

⟦连云港徐圩新区管理委员会|A⟧
⟦2026年4月22日|D⟧
''',
        rels=[
            ('REFERRED', '连云港徐圩新区管理委员会', '连云港市公安局徐圩新区分局', '徐管函〔2026〕29号', '2026年4月22日'),
            ('HOLDS_POSITION', '孙某', '经营者', '连云港市赣榆区青口镇宏发苗木经营部'),
            ('HOLDS_POSITION', '戴某某', '项目经理', '连云港海韵园林工程有限公司'),
            ('BID_ON', '连云港海韵园林工程有限公司', 'XWZB-2026-GY-0012'),
            ('BID_ON', '江苏苍梧绿化工程有限公司', 'XWZB-2026-GY-0012'),
            ('BID_ON', '连云港市赣榆区青口镇宏发苗木经营部', 'XWZB-2026-GY-0012'),
        ],
        aliases={'规建局': '连云港徐圩新区规划建设局', '宏发苗木经营部': '连云港市赣榆区青口镇宏发苗木经营部',
                 '新区管委会': '连云港徐圩新区管理委员会'},
        notes=['A 管理委员会 (管委会) is AGENCY; its short form 新区管委会 inside the meeting name 新区管委会主任办公会 is annotated and aliased; 主任 there '
               'is attached to no one: not annotated.',
               '规建局招标管理处 is one AGENCY span (named sub-unit); 联系人 is a form field. 抄送 the 住建局 is not REFERRED.',
               'The state-owned 招标人 连云港徐圩港城发展集团有限公司 is COMPANY, no BID_ON. The bank branch is COMPANY.',
               '创建标识码 is not a number to annotate. 夫妻关系 is a relation, not POSITION.'],
    ),
]

DOCS += [
    dict(
        file='c3-xw-chengkou-xiuqi-2026-05.txt', fmt='utf-8', kind='news', violations=['collusion', 'bribery'],
        issuer=None,
        body='''
城口：一起村级工程“围标”案背后的“监督接力”
来源：城口县融媒体中心　⟦2026-05-19|D⟧ 10:32　⟦记者|T⟧ ⟦冉小川|P⟧　⟦通讯员|T⟧ ⟦吴佳|P⟧

　　“线索是审计发现的，问题是纪委查实的，串标的公司是公安立案侦查的。”⟦5月18日|D⟧，谈及⟦重庆市城口县修齐镇人民政府|A⟧辖区内一起村级公路工程围标案，⟦城口县纪委监委第三监督检查室|A⟧⟦负责人|T⟧向记者介绍。
　　⟦2025年9月|D⟧，⟦城口县审计局|A⟧在对修齐镇开展专项审计时发现，该镇⟦东河村村民委员会|A⟧作为业主实施的东河村产业路工程（项目编号：⟦CKXQ-2025-015|J⟧），3家投标单位的投标文件雷同，报价呈等差排列。⟦县审计局|A⟧随即将问题线索移送⟦县纪委监委|A⟧。
　　⟦县纪委监委|A⟧调查发现，⟦东河村村民委员会|A⟧⟦主任|T⟧、村股份经济合作联合社⟦理事长|T⟧⟦廖某某|P⟧在招标前与⟦重庆巴山大道建设有限公司|C⟧⟦实际控制人|T⟧⟦谭某|P⟧商定，由⟦谭某|P⟧另行组织⟦重庆城口鑫达公路工程有限公司|C⟧、⟦城口县明中乡顺兴建材门市部|C⟧陪标，确保⟦巴山大道公司|C⟧中标。事后，⟦廖某某|P⟧收受⟦谭某|P⟧“感谢费”⟦人民币6万元|M⟧。⟦2026年1月|D⟧，⟦县纪委监委|A⟧将⟦谭某|P⟧等人涉嫌串通投标犯罪线索移送⟦城口县公安局|A⟧。
　　今年3月，⟦廖某某|P⟧被给予开除党籍处分，并被依法罢免职务；修齐镇党委书记因履行主体责任不力被诫勉谈话。
　　“下一步，我们将联合⟦县财政局|A⟧、⟦县住房城乡建委|A⟧，对全县村级工程招投标开展‘回头看’。”⟦城口县纪委监委|A⟧相关⟦负责人|T⟧表示。

⟦责任编辑|T⟧：⟦李晶|P⟧

相关新闻
城口县召开政府采购监管联席会议　⟦2026-04-09|D⟧
⟦县纪委监委|A⟧通报3起村级“微权力”腐败典型案例　⟦2026-03-27|D⟧
''',
        rels=[
            ('REFERRED', '城口县审计局', '城口县纪委监委', None, '2025年9月'),
            ('REFERRED', '城口县纪委监委', '城口县公安局', None, '2026年1月'),
            ('HOLDS_POSITION', '冉小川', '记者', None),
            ('HOLDS_POSITION', '吴佳', '通讯员', None),
            ('HOLDS_POSITION', '李晶', '责任编辑', None),
            ('HOLDS_POSITION', '廖某某', '主任', '东河村村民委员会'),
            ('HOLDS_POSITION', '廖某某', '理事长', None),
            ('HOLDS_POSITION', '谭某', '实际控制人', '重庆巴山大道建设有限公司'),
            ('BID_ON', '重庆巴山大道建设有限公司', 'CKXQ-2025-015'),
            ('BID_ON', '重庆城口鑫达公路工程有限公司', 'CKXQ-2025-015'),
            ('BID_ON', '城口县明中乡顺兴建材门市部', 'CKXQ-2025-015'),
        ],
        unmarked=['记者'],
        aliases={'县审计局': '城口县审计局', '县纪委监委': '城口县纪委监委', '巴山大道公司': '重庆巴山大道建设有限公司'},
        notes=['News: issuer null. 城口县融媒体中心 (来源) is a media outlet → not AGENCY (GUIDELINES: media are not AGENCY) — doubtful, it is a public institution.',
               '记者 in 向记者介绍 is not attached to anyone: not annotated; the byline 记者 / 通讯员 / 责任编辑 are. 负责人 after 城口县纪委监委第三监督检查室 '
               '(a named sub-unit, one AGENCY span) is attached to that organisation but to no person: POSITION without HOLDS_POSITION; so is the '
               '负责人 in 城口县纪委监委相关负责人 (相关 left out).',
               'REFERRED 城口县审计局 → 城口县纪委监委 (随即, dated with the month of the audit find, 2025年9月) and 纪委监委 → 公安局 (2026年1月).',
               'Passive 被给予开除党籍处分 / 被依法罢免职务 / 诫勉谈话: no PENALIZED. 今年3月 relative, not DATE.',
               '村股份经济合作联合社 is unnamed (村 + category): 理事长 org null. 修齐镇党委书记 has no person: not annotated. 修齐镇 / 该镇 are places.',
               'Three 投标单位 incl. two 陪标 → BID_ON for each.'],
    ),
    dict(
        file='c4-thh-sanmenxia-hubin-czj-2026-8.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='三门峡市湖滨区财政局',
        body='''
⟦三门峡市湖滨区财政局|A⟧
关于退回《案件线索移送函》的函
⟦湖财函〔2026〕8号|N⟧

⟦三门峡市湖滨区公共资源交易中心|A⟧：
　　你中心⟦2026年3月2日|D⟧《关于⟦湖滨区崖底街道办事处|A⟧办公楼维修改造工程疑似串通投标线索的移送函》（⟦湖交易移〔2026〕2号|N⟧）及所附材料已收悉。经审查，该工程属依法必须进行招标的房屋建筑工程项目（项目编号：⟦HBJS-2026-004|J⟧），根据《⟦中华人民共和国招标投标法实施条例|L⟧》第四条和《⟦河南省公共资源交易监督管理办法|L⟧》的规定，对其招标投标活动的行政监督属⟦三门峡市湖滨区住房和城乡建设局|A⟧职责，不属于我局政府采购监督管理职责范围。
　　据此，现将上述移送函及附件（共计41页）退回你中心，建议你中心按程序移送⟦三门峡市湖滨区住房和城乡建设局|A⟧处理。函中涉及的⟦三门峡中原建工集团有限公司|C⟧、⟦河南崤函建筑工程有限公司|C⟧等投标人相关信息，我局已同步录入市场主体信用信息共享平台。
　　特此函告。
　　（联系人：⟦杜明|P⟧　0398-2822617）

⟦三门峡市湖滨区财政局|A⟧
⟦2026年3月10日|D⟧
''',
        rels=[
            ('REFERRED', '三门峡市湖滨区公共资源交易中心', '三门峡市湖滨区财政局', '湖交易移〔2026〕2号', '2026年3月2日'),
            ('BID_ON', '三门峡中原建工集团有限公司', 'HBJS-2026-004'),
            ('BID_ON', '河南崤函建筑工程有限公司', 'HBJS-2026-004'),
        ],
        notes=['A 退回函: the original transfer 交易中心 → 财政局 (我局 = the named issuer) is REFERRED with the 移送函 number and its date. '
               'The return of the materials (退回你中心) is not counted as REFERRED, and the suggested 移送 to the 住建局 is only a suggestion — both doubtful.',
               'The cited 移送函 title in 《》 is a case document, not LAW; the 街道办事处 inside it is annotated. 《案件线索移送函》 in the title likewise not LAW.',
               'Violation collusion: the alleged 疑似串通投标.'],
    ),
]

DOCS += [
    dict(
        file='c5-cfjd-xinzhou-xinfu-czj-2026-3.docx', fmt='docx', kind='penalty_decision', violations=['false_materials'],
        issuer='忻州市忻府区财政局',
        body='''
⟦忻州市忻府区财政局|A⟧
政府采购行政处罚决定书
⟦忻府财罚〔2026〕3号|N⟧
当事人：⟦山西晋北会计师事务所有限公司|C⟧
统一社会信用代码：91140902MA0K8TQ27W
⟦法定代表人|T⟧：⟦闫某某|P⟧
住所：忻州市忻府区和平街117号
　　⟦忻州市忻府区审计局|A⟧于⟦2025年11月13日|D⟧将“忻府区2025—2026年度行政事业单位财务审计服务采购项目”中当事人涉嫌提供虚假材料的线索移送我局。我局依法立案调查，现已调查终结。
　　经查：该项目由⟦忻州市忻府区机关事务服务中心|A⟧委托⟦山西汾源项目管理有限公司|C⟧组织竞争性磋商（项目编号：⟦XFCG-2025-C-047|J⟧），预算⟦人民币78万元|M⟧。当事人为满足“近三年承担过不少于5个县级以上行政事业单位审计项目”的资格条件，在响应文件中提供了与⟦忻州市忻府区秦城乡人民政府|A⟧、⟦忻州市第一中学校|A⟧、⟦忻州市人民医院|A⟧签订的三份审计业务约定书。经向上述单位核实，其中与⟦忻州市第一中学校|A⟧、⟦忻州市人民医院|A⟧的约定书系伪造。当事人以⟦人民币61.8万元|M⟧成交。当事人⟦注册会计师|T⟧⟦张某|P⟧、⟦项目负责人|T⟧⟦冯某某|P⟧在询问中承认上述事实。
　　以上事实有响应文件、成交公告、相关单位出具的证明、询问笔录等为证。
　　我局于⟦2026年1月8日|D⟧依法送达《行政处罚事先告知书》（⟦忻府财罚告〔2026〕3号|N⟧），当事人在法定期限内提出陈述申辩，称约定书系原项目经理个人所为，经复核，其申辩理由不能成立，不予采纳。
　　依据《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定，我局决定：1.处以采购金额千分之十的罚款，计⟦人民币6180元|M⟧；2.列入不良行为记录名单，一年内禁止参加政府采购活动；3.成交无效。同时，将有关情况抄告⟦忻州市财政局会计科|A⟧。
　　罚款自收到本决定书之日起十五日内缴至⟦中国银行股份有限公司忻州分行|C⟧非税收入专户。
　　如不服本决定，可在收到本决定书之日起六十日内向⟦忻州市忻府区人民政府|A⟧申请行政复议，或者在六个月内向⟦忻州市忻府区人民法院|A⟧提起行政诉讼。
⟦忻州市忻府区财政局|A⟧
⟦2026年2月3日|D⟧
''',
        rels=[
            ('PENALIZED', '忻州市忻府区财政局', '山西晋北会计师事务所有限公司'),
            ('REFERRED', '忻州市忻府区审计局', '忻州市忻府区财政局', None, '2025年11月13日'),
            ('LEGAL_REP', '闫某某', '山西晋北会计师事务所有限公司'),
            ('HOLDS_POSITION', '闫某某', '法定代表人', '山西晋北会计师事务所有限公司'),
            ('HOLDS_POSITION', '张某', '注册会计师', '山西晋北会计师事务所有限公司'),
            ('HOLDS_POSITION', '冯某某', '项目负责人', '山西晋北会计师事务所有限公司'),
            ('BID_ON', '山西晋北会计师事务所有限公司', 'XFCG-2025-C-047'),
        ],
        notes=['docx; offsets refer to texts/<file>.txt.',
               'The accounting firm (当事人, supplier of an audit service) is COMPANY; the purchaser 机关事务服务中心, the 乡人民政府, the school and the '
               'hospital named in the forged references are AGENCY.',
               '原项目经理 in the 申辩 is attached to no named person: not annotated. 抄告 the 会计科 is not REFERRED.',
               '千分之十 is a rate. The project name in quotes (忻府区…采购项目) contains only a place name.'],
    ),
    dict(
        file='c6-ysht-linfen-yaodu-jcy-2026-17-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='臨汾市堯都區人民檢察院',
        body='''
⟦臨汾市堯都區人民檢察院|A⟧
案件移送回執
⟦堯檢收〔2026〕17號|N⟧

⟦臨汾市公安局堯都分局|A⟧：
　　你局於⟦2026年5月6日|D⟧以⟦臨公堯（經）訴字〔2026〕12號|N⟧起訴意見書移送的犯罪嫌疑人⟦賈某某|P⟧、⟦衛某|P⟧涉嫌串通投標一案，連同案卷材料五冊、證物清單一份，本院已於⟦2026年5月7日|D⟧收到。經審查，符合受理條件，已予受理，由本院第二檢察部辦理。
　　犯罪嫌疑人⟦賈某某|P⟧係⟦臨汾市堯都區汾河建設工程有限公司|C⟧（以下簡稱⟦汾河公司|C⟧）⟦法定代表人|T⟧；犯罪嫌疑人⟦衛某|P⟧係⟦山西平陽路橋工程有限公司|C⟧⟦投標專員|T⟧。⟦汾河公司|C⟧與⟦山西平陽路橋工程有限公司|C⟧均參與了⟦臨汾市堯都區水利局|A⟧「堯都區屯里鎮2025年高標準農田灌溉提升工程」（項目編號：⟦YDSL-2025-ZB09|J⟧）的投標。
　　案件承辦⟦檢察官|T⟧：⟦喬慧敏|P⟧（聯繫電話：0357-2096120）

⟦臨汾市堯都區人民檢察院|A⟧
⟦2026年5月8日|D⟧
''',
        rels=[
            ('REFERRED', '臨汾市公安局堯都分局', '臨汾市堯都區人民檢察院', '臨公堯（經）訴字〔2026〕12號', '2026年5月6日'),
            ('LEGAL_REP', '賈某某', '臨汾市堯都區汾河建設工程有限公司'),
            ('HOLDS_POSITION', '賈某某', '法定代表人', '臨汾市堯都區汾河建設工程有限公司'),
            ('HOLDS_POSITION', '衛某', '投標專員', '山西平陽路橋工程有限公司'),
            ('HOLDS_POSITION', '喬慧敏', '檢察官', '臨汾市堯都區人民檢察院'),
            ('BID_ON', '臨汾市堯都區汾河建設工程有限公司', 'YDSL-2025-ZB09'),
            ('BID_ON', '山西平陽路橋工程有限公司', 'YDSL-2025-ZB09'),
        ],
        aliases={'汾河公司': '臨汾市堯都區汾河建設工程有限公司'},
        notes=['Traditional characters. A receipt (回執) of a 起訴意見書 transfer: REFERRED police → procuratorate (本院 = the named issuer), dated with '
               'the transfer date (2026年5月6日), not the receipt date.',
               'The receipt\'s own number 堯檢收〔2026〕17號 is in document-number shape in the title block: DOC_NO (unlike registry numbers after 回执编号).',
               '本院第二檢察部: self-reference with a sub-unit, not annotated; it is an internal assignment, not REFERRED.',
               '投標專員 is a corporate staff role (POSITION); 承辦 is left out of 檢察官.',
               'The project name in 「」 has a place and a year only; 2025年 is not DATE.'],
    ),
]
