"""dev21 — documents c1–c6: decisions, inline ⟦text|L⟧ marks. c1 财政 行政处罚决定书 (Jiangxi 丰城), c2 投诉处理决定书 with Zhuang
names (Guangxi 靖西), c3 党纪政务处分决定书 (Shanxi 介休), c4 市场监管 行政处罚决定书 (Gansu 华亭), c5 行政處理決定書 in traditional
characters (Yunnan 個舊), c6 行政复议决定书 (Hunan 汨罗). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='c1-cfjd-fengcheng-czj-2026-5.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='丰城市财政局',
        body='''
⟦丰城市财政局|A⟧
政府采购行政处罚决定书
⟦丰财购罚〔2026〕5号|N⟧

当事人：⟦丰城市赣西环保设备有限公司|C⟧
统一社会信用代码：91360981MA3XXXXX2K
住所：丰城市剑南街道新城大道166号
⟦法定代表人|T⟧：⟦龙飞|P⟧
委托代理人：⟦邹晓峰|P⟧，⟦江西剑光律师事务所|C⟧⟦律师|T⟧

　　⟦丰城市第二人民医院|A⟧医疗废物处理设备采购项目（项目编号：⟦FCZC2025-217|J⟧）于⟦2025年10月28日|D⟧开标，当事人参与投标并被确定为第一中标候选人。⟦2025年11月3日|D⟧，我局收到⟦江西洪都医疗科技有限公司|C⟧的投诉，反映当事人投标文件中的业绩合同系伪造。
　　经查：当事人投标文件中提供的与⟦樟树市人民医院|A⟧签订的设备供货合同（合同金额⟦人民币186万元|M⟧），经⟦樟树市人民医院|A⟧书面确认，该院从未与当事人签订该合同。当事人⟦销售总监|T⟧⟦熊伟|P⟧在询问中承认，该合同是他让公司⟦文员|T⟧⟦付某|P⟧根据另一家公司的合同修改而成，投标文件最后由⟦龙飞|P⟧签字盖章。
　　上述事实有投标文件、⟦樟树市人民医院|A⟧复函、询问笔录等证据证实。
　　我局于⟦2026年1月12日|D⟧向当事人送达了⟦丰财购告〔2026〕5号|N⟧《行政处罚事先告知书》，当事人在法定期限内未提出陈述申辩。
　　我局认为，当事人提供虚假材料谋取中标，违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据该条款，经局长办公会集体讨论，决定对当事人作出如下处罚：
　　一、处以采购金额千分之六的罚款，计⟦人民币7740元|M⟧（大写：⟦柒仟柒佰肆拾元整|M⟧）；
　　二、列入不良行为记录名单，在一年内禁止参加政府采购活动。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向⟦丰城市人民政府|A⟧申请行政复议，或在六个月内向⟦丰城市人民法院|A⟧提起行政诉讼。

⟦丰城市财政局|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[
            ('PENALIZED', '丰城市财政局', '丰城市赣西环保设备有限公司'),
            ('HOLDS_POSITION', '龙飞', '法定代表人', '丰城市赣西环保设备有限公司'),
            ('LEGAL_REP', '龙飞', '丰城市赣西环保设备有限公司'),
            ('HOLDS_POSITION', '邹晓峰', '律师', '江西剑光律师事务所'),
            ('HOLDS_POSITION', '熊伟', '销售总监', '丰城市赣西环保设备有限公司'),
            ('HOLDS_POSITION', '付某', '文员', '丰城市赣西环保设备有限公司'),
            ('BID_ON', '丰城市赣西环保设备有限公司', 'FCZC2025-217'),
        ],
        unmarked=['局长'],
        notes=['龙飞 is a name that is also a word; PERSON in the 法定代表人 field and in the narrative (最后由龙飞签字盖章).',
               '委托代理人 is a procedural role (no POSITION); his 律师 of the named law firm is.',
               '公司文员 付某: 文员 is a staff role like 员工 / 工作人员 → POSITION, org the party (公司 refers back; doubtful).',
               'The 事先告知书 number is a DOC_NO. The complainant 洪都 is not assumed to have bid. 局长办公会: 局长 not attached (unmarked).',
               '千分之六 is a rate (not MONEY); the amount in figures and in words are two MONEY spans.'],
    ),
    dict(
        file='c2-tscljd-jingxi-czj-2026-2.txt', fmt='utf-8', kind='complaint_decision', violations=['discriminatory_terms'],
        issuer='靖西市财政局',
        body='''
⟦靖西市财政局|A⟧政府采购投诉处理决定书
⟦靖财采投〔2026〕2号|N⟧

投诉人：⟦广西边城农业科技有限公司|C⟧
⟦法定代表人|T⟧：⟦农秀芬|P⟧
委托代理人：⟦韦国强|P⟧，该公司⟦员工|T⟧

被投诉人：⟦靖西市龙邦镇人民政府|A⟧
⟦负责人|T⟧：⟦覃海燕|P⟧，⟦镇长|T⟧

被投诉人：⟦广西桂西南招标咨询有限公司|C⟧
⟦法定代表人|T⟧：⟦黄庭|P⟧

相关供应商：⟦广西壮乡农业发展有限公司|C⟧

　　投诉人对龙邦镇2026年“芒果标准化种植基地”农资采购项目（项目编号：⟦JXZC2026-G015|J⟧）的采购文件提出投诉，本机关于⟦2026年2月2日|D⟧依法受理。
　　投诉人称：采购文件将“在靖西市注册满三年”作为资格条件，对外地供应商实行差别待遇。被投诉人⟦靖西市龙邦镇人民政府|A⟧答复称，该条款是为保证售后服务，由代理机构⟦项目负责人|T⟧⟦陆小梅|P⟧根据以往项目文件编写，镇里分管农业的⟦副镇长|T⟧⟦梁一鸣|P⟧看过后同意发布。
　　本机关认为，上述资格条件以供应商注册地设定，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（八）项规定的以不合理条件对供应商实行差别待遇的情形，投诉事项成立。依据《⟦政府采购质疑和投诉办法|L⟧》第三十一条的规定，决定如下：
　　责令⟦靖西市龙邦镇人民政府|A⟧修改采购文件后重新开展采购活动。
　　投诉人或被投诉人对本决定不服的，可以在收到本决定书之日起60日内向⟦靖西市人民政府|A⟧申请行政复议，也可以在6个月内向⟦靖西市人民法院|A⟧提起行政诉讼。

⟦靖西市财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[
            ('PENALIZED', '靖西市财政局', '靖西市龙邦镇人民政府'),
            ('HOLDS_POSITION', '农秀芬', '法定代表人', '广西边城农业科技有限公司'),
            ('LEGAL_REP', '农秀芬', '广西边城农业科技有限公司'),
            ('HOLDS_POSITION', '韦国强', '员工', '广西边城农业科技有限公司'),
            ('HOLDS_POSITION', '覃海燕', '负责人', '靖西市龙邦镇人民政府'),
            ('HOLDS_POSITION', '覃海燕', '镇长', '靖西市龙邦镇人民政府'),
            ('HOLDS_POSITION', '黄庭', '法定代表人', '广西桂西南招标咨询有限公司'),
            ('LEGAL_REP', '黄庭', '广西桂西南招标咨询有限公司'),
            ('HOLDS_POSITION', '陆小梅', '项目负责人', '广西桂西南招标咨询有限公司'),
            ('HOLDS_POSITION', '梁一鸣', '副镇长', '靖西市龙邦镇人民政府'),
        ],
        notes=['Zhuang surnames 农, 韦, 覃, 黄, 陆 and 梁: all PERSON. 黄庭 is a name that looks like a word.',
               '负责人：覃海燕，镇长 — the 负责人 field of an agency party and the following 镇长 are both POSITION (GUIDELINES lists 负责人 among corporate roles).',
               '分管农业的副镇长梁一鸣: POSITION 副镇长 (分管农业的 is a descriptor).',
               '责令…重新开展采购活动 after a founded complaint is a handling decision with a sanction → PENALIZED 财政局 → the purchaser (doubtful: GUIDELINES excludes complaint dismissals, not upheld complaints).',
               'The complainant and the 相关供应商 are not assumed to have bid (the complaint is on the documents). No BID_ON.'],
    ),
    dict(
        file='c3-cfjd-jiexiu-jwjw-2026-11.txt', fmt='utf-8', kind='penalty_decision', violations=['interference', 'bribery', 'abuse_of_power'],
        issuer='中共介休市纪律检查委员会',
        body='''
⟦中共介休市纪律检查委员会|A⟧
⟦介休市监察委员会|A⟧
关于给予⟦武建平|P⟧同志党内严重警告、政务撤职处分的决定
⟦介纪发〔2026〕11号|N⟧

　　⟦武建平|P⟧，男，⟦1972年8月|D⟧生，中共党员，⟦介休市住房和城乡建设局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧。
　　经查，⟦武建平|P⟧在担任⟦介休市住房和城乡建设局|A⟧⟦副局长|T⟧期间，存在以下问题：
　　一、违规干预政府采购活动。⟦2023年5月|D⟧，⟦武建平|P⟧受其同学、⟦山西绵山园林工程有限公司|C⟧⟦实际控制人|T⟧⟦冀宏|P⟧请托，安排局⟦规划科科长|T⟧⟦郝某|P⟧在城区公园提升改造项目招标文件中设置该公司特有的资质条件，并向⟦评标专家|T⟧⟦任某某|P⟧打招呼，该公司以⟦人民币1260万元|M⟧中标。
　　二、收受财物。⟦2023年9月|D⟧至⟦2024年2月|D⟧，⟦武建平|P⟧先后三次收受⟦冀宏|P⟧所送现金共计⟦人民币12万元|M⟧，以及购物卡⟦2万元|M⟧。钱是⟦冀宏|P⟧交给⟦武建平|P⟧妻子⟦阎某|P⟧转交的。
　　三、据⟦郝某|P⟧交代，设置资质条件是经⟦武建平|P⟧同意、由⟦武建平|P⟧当面交代的。
　　⟦武建平|P⟧的上述行为违反了《⟦中国共产党纪律处分条例|L⟧》第一百零二条、第一百三十九条，构成违规插手干预工程建设项目和违规收受财物错误；违反《⟦中华人民共和国公职人员政务处分法|L⟧》第三十三条、第三十九条的规定。鉴于其主动交代问题、退缴全部违纪所得，经⟦介休市纪委常委会|A⟧⟦2026年4月8日|D⟧会议研究，并报⟦中共介休市委|A⟧批准，决定给予⟦武建平|P⟧党内严重警告处分；经⟦介休市监察委员会|A⟧委务会议研究，决定给予其政务撤职处分，降为二级主任科员。其违纪所得予以收缴。

⟦中共介休市纪律检查委员会|A⟧　　⟦介休市监察委员会|A⟧
⟦2026年4月10日|D⟧
抄送：⟦介休市住房和城乡建设局|A⟧
''',
        rels=[
            ('PENALIZED', '介休市纪委常委会', '武建平'),
            ('PENALIZED', '介休市监察委员会', '武建平'),
            ('HOLDS_POSITION', '武建平', '原党组成员', '介休市住房和城乡建设局'),
            ('HOLDS_POSITION', '武建平', '副局长', '介休市住房和城乡建设局'),
            ('HOLDS_POSITION', '武建平', '副局长@1', '介休市住房和城乡建设局'),
            ('HOLDS_POSITION', '冀宏', '实际控制人', '山西绵山园林工程有限公司'),
            ('HOLDS_POSITION', '郝某', '规划科科长', '介休市住房和城乡建设局'),
            ('HOLDS_POSITION', '任某某', '评标专家', None),
        ],
        notes=['A 处分决定 on one official: kind penalty_decision (a handling decision; discipline_notice is kept for notices of several cases — doubtful). Issuer the lead (first-listed) body.',
               'Multi-stage decision (经纪委常委会研究，并报市委批准): PENALIZED from the deciding body 介休市纪委常委会 (GUIDELINES); the 政务撤职 from the 监察委员会.',
               '原党组成员、副局长: titles in a row are split (GUIDELINES); the 原 stays only on the adjacent title.',
               '评标专家任某某: a procurement role attached in apposition (GUIDELINES 评审专家陈国清) → POSITION, org null.',
               '妻子 阎某: a kinship relation, no POSITION. Names that look like words: 冀宏 (surname 冀), 武建平 (武). 降为二级主任科员 is a rank (no POSITION).',
               '抄送 is no REFERRED. Violations: interference (打招呼, 设置特有条件 at an official’s request), bribery (收受财物), abuse_of_power (doubtful).'],
    ),
    dict(
        file='c4-cfjd-huating-scjg-2026-8.txt', fmt='utf-8', kind='penalty_decision', violations=['bribery'],
        issuer='华亭市市场监督管理局',
        body='''
⟦华亭市市场监督管理局|A⟧
行政处罚决定书
⟦华市监处罚〔2026〕8号|N⟧

当事人：⟦华亭市安口镇鸿福医疗器械经营部|C⟧
⟦经营者|T⟧：⟦柳金山|P⟧
经营场所：华亭市安口镇新街17号

　　⟦2025年12月|D⟧，本局接⟦华亭市卫生健康局|A⟧移送线索，反映当事人在向⟦华亭市安口镇卫生院|A⟧销售医用耗材过程中存在给予回扣行为。本局于⟦2025年12月22日|D⟧立案调查。
　　经查明：⟦2024年3月|D⟧至⟦2025年9月|D⟧，当事人通过询价方式向⟦华亭市安口镇卫生院|A⟧供应一次性注射器、输液器等医用耗材，销售金额合计⟦人民币41.37万元|M⟧。其间，当事人⟦经营者|T⟧⟦柳金山|P⟧按销售额的百分之八，分五次通过微信向该院⟦药剂科主任|T⟧⟦景秀兰|P⟧支付“服务费”共计⟦人民币33096元|M⟧。⟦景秀兰|P⟧称，这笔钱是⟦柳金山|P⟧主动给的，其中一部分已交给⟦原院长|T⟧⟦牛某某|P⟧。
　　以上事实，有当事人营业执照、销售清单、微信转账记录、⟦柳金山|P⟧和⟦景秀兰|P⟧的询问笔录等证据为证。
　　本局认为，当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条的规定，本局决定：
　　一、没收违法所得⟦人民币29781元|M⟧；
　　二、处罚款⟦人民币十二万元|M⟧。
　　当事人应当自收到本决定书之日起十五日内，将罚没款缴至指定银行账户。
　　如不服本处罚决定，可在收到本决定书之日起六十日内向⟦华亭市人民政府|A⟧申请行政复议。

⟦华亭市市场监督管理局|A⟧
⟦2026年3月16日|D⟧
（本件与原件核对无误　核对人：⟦马文静|P⟧）
''',
        rels=[
            ('REFERRED', '华亭市卫生健康局', '华亭市市场监督管理局', None, '2025年12月'),
            ('PENALIZED', '华亭市市场监督管理局', '华亭市安口镇鸿福医疗器械经营部'),
            ('HOLDS_POSITION', '柳金山', '经营者', '华亭市安口镇鸿福医疗器械经营部'),
            ('HOLDS_POSITION', '柳金山', '经营者@1', '华亭市安口镇鸿福医疗器械经营部'),
            ('HOLDS_POSITION', '景秀兰', '药剂科主任', '华亭市安口镇卫生院'),
            ('HOLDS_POSITION', '牛某某', '原院长', '华亭市安口镇卫生院'),
        ],
        notes=['An individual business (经营部) is COMPANY; its 经营者 field gives POSITION 经营者 (dev19 convention). 柳金山 contains 金山: one PERSON.',
               '本局接…移送线索 → REFERRED 卫健局 → 市场监管局 dated with the stated month (the only date; as dev19).',
               '该院药剂科主任: the sub-unit after a pronoun is written into the POSITION (dev19). 原院长 keeps the adjacent 原 (GUIDELINES); org the 卫生院 by context (doubtful).',
               '百分之八 is a rate (not MONEY).'],
    ),
    dict(
        file='c5-xzcljd-gejiu-czj-2026-1-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['no_procurement'],
        issuer='個舊市財政局',
        body='''
⟦個舊市財政局|A⟧
政府採購行政處理決定書
⟦個財採處〔2026〕1號|N⟧

被處理單位：⟦個舊市雞街鎮中心學校|A⟧
⟦法定代表人|T⟧：⟦楊麗華|P⟧，該校⟦校長|T⟧

　　我局於⟦2026年1月5日|D⟧收到⟦個舊市審計局|A⟧移送的⟦個審移〔2025〕9號|N⟧審計移送處理書，反映⟦個舊市雞街鎮中心學校|A⟧學生營養餐食材採購未依法實施政府採購。我局依法進行了調查。
　　經查，⟦2024年9月|D⟧至⟦2025年7月|D⟧，該校食材採購金額累計⟦人民幣218.4萬元|M⟧，達到公開招標數額標準，但該校未履行政府採購程序，由⟦總務主任|T⟧⟦李某某|P⟧按月向⟦個舊市錫都農副產品配送有限公司|C⟧直接訂貨。據⟦李某某|P⟧陳述，此做法是經⟦楊麗華|P⟧同意的，也與該配送公司⟦經理|T⟧⟦普志剛|P⟧當面商定過價格。該校⟦會計|T⟧⟦張**|P⟧未對超標準採購提出異議。
　　我局認為，該校的上述行為違反了《⟦中華人民共和國政府採購法|L⟧》第二十六條、第二十七條的規定。依據《⟦中華人民共和國政府採購法|L⟧》第七十一條的規定，決定如下：
　　一、責令⟦個舊市雞街鎮中心學校|A⟧限期改正；
　　二、給予警告，並予以通報；
　　三、建議⟦個舊市教育體育局|A⟧對直接負責的主管人員⟦楊麗華|P⟧和直接責任人員⟦李某某|P⟧依法給予處分。
　　如不服本決定，可於收到本決定書之日起六十日內向⟦個舊市人民政府|A⟧申請行政復議，或者在六個月內依法提起行政訴訟。

⟦個舊市財政局|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[
            ('REFERRED', '個舊市審計局', '個舊市財政局', '個審移〔2025〕9號', None),
            ('PENALIZED', '個舊市財政局', '個舊市雞街鎮中心學校'),
            ('HOLDS_POSITION', '楊麗華', '法定代表人', '個舊市雞街鎮中心學校'),
            ('LEGAL_REP', '楊麗華', '個舊市雞街鎮中心學校'),
            ('HOLDS_POSITION', '楊麗華', '校長', '個舊市雞街鎮中心學校'),
            ('HOLDS_POSITION', '李某某', '總務主任', '個舊市雞街鎮中心學校'),
            ('HOLDS_POSITION', '普志剛', '經理', '個舊市錫都農副產品配送有限公司'),
            ('HOLDS_POSITION', '張**', '會計', '個舊市雞街鎮中心學校'),
        ],
        notes=['Traditional characters; spans as written (楊麗華, 張**, 人民幣218.4萬元).',
               'The audit transfer was received on 2026年1月5日, the date of receipt, not of sending: REFERRED date null (doubtful).',
               'A public school as 被處理單位 is AGENCY; its 法定代表人 gives LEGAL_REP to an AGENCY (allowed).',
               '建議…給予處分 is a suggestion: no PENALIZED from the 教育體育局. 直接负责的主管人员 / 直接责任人员 are liability categories, not POSITION.',
               '普 is a surname (Yi/Hani areas of Yunnan): 普志剛 PERSON.'],
    ),
    dict(
        file='c6-xzfyjd-miluo-zf-2026-3.txt', fmt='utf-8', kind='admin_review', violations=['collusion'],
        issuer='汨罗市人民政府',
        body='''
⟦汨罗市人民政府|A⟧
行政复议决定书
⟦汨政复决字〔2026〕3号|N⟧

申请人：⟦湖南罗城水利水电建设有限公司|C⟧，住所地汨罗市归义镇滨江路58号。
⟦法定代表人|T⟧：⟦屈向阳|P⟧，⟦董事长|T⟧。
委托代理人：⟦端木蓉|P⟧，⟦湖南汨江律师事务所|C⟧⟦律师|T⟧。
被申请人：⟦汨罗市财政局|A⟧，住所地汨罗市罗城路8号。
⟦法定代表人|T⟧：⟦任重|P⟧，⟦局长|T⟧。
第三人：⟦汨罗市长乐镇人民政府|A⟧。

　　申请人不服被申请人⟦2025年12月29日|D⟧作出的⟦汨财罚决〔2025〕14号|N⟧行政处罚决定，于⟦2026年1月20日|D⟧向本机关申请行政复议，本机关依法予以受理。
　　申请人称：其与⟦汨罗市兴汨建筑工程有限公司|C⟧的投标文件由同一人编制，系双方⟦投标专员|T⟧⟦彭某|P⟧个人所为，公司不知情；罚款⟦人民币6.4万元|M⟧明显过重。
　　被申请人称：长乐镇堤防加固项目（项目编号：⟦MLSL-2025-06|J⟧）中，申请人与⟦汨罗市兴汨建筑工程有限公司|C⟧的投标保证金由同一账户缴纳、投标文件由⟦彭某|P⟧一人制作，⟦彭某|P⟧系申请人⟦员工|T⟧，其工资由申请人发放；申请人⟦副总经理|T⟧⟦龚建|P⟧在询问笔录中承认曾安排⟦彭某|P⟧“帮⟦兴汨公司|C⟧做一下标书”。
　　本机关认为，被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据《⟦中华人民共和国行政复议法|L⟧》第六十八条的规定，决定如下：
　　维持被申请人作出的⟦汨财罚决〔2025〕14号|N⟧行政处罚决定。
　　申请人如不服本决定，可以自收到本决定书之日起十五日内向⟦汨罗市人民法院|A⟧提起行政诉讼。

⟦汨罗市人民政府|A⟧
⟦2026年3月18日|D⟧
''',
        rels=[
            ('PENALIZED', '汨罗市财政局', '湖南罗城水利水电建设有限公司'),
            ('HOLDS_POSITION', '屈向阳', '法定代表人', '湖南罗城水利水电建设有限公司'),
            ('LEGAL_REP', '屈向阳', '湖南罗城水利水电建设有限公司'),
            ('HOLDS_POSITION', '屈向阳', '董事长', '湖南罗城水利水电建设有限公司'),
            ('HOLDS_POSITION', '端木蓉', '律师', '湖南汨江律师事务所'),
            ('HOLDS_POSITION', '任重', '法定代表人', '汨罗市财政局'),
            ('LEGAL_REP', '任重', '汨罗市财政局'),
            ('HOLDS_POSITION', '任重', '局长', '汨罗市财政局'),
            ('HOLDS_POSITION', '彭某', '投标专员', None),
            ('HOLDS_POSITION', '彭某', '员工', '湖南罗城水利水电建设有限公司'),
            ('HOLDS_POSITION', '龚建', '副总经理', '湖南罗城水利水电建设有限公司'),
            ('BID_ON', '湖南罗城水利水电建设有限公司', 'MLSL-2025-06'),
            ('BID_ON', '汨罗市兴汨建筑工程有限公司', 'MLSL-2025-06'),
        ],
        aliases={'兴汨公司': '汨罗市兴汨建筑工程有限公司'},
        notes=['Administrative review that upholds (维持) a finance-bureau penalty: the penalty is reported → PENALIZED 汨罗市财政局 → the applicant (as dev19 d6); the review body itself penalizes nobody.',
               '双方投标专员 彭某: 双方 (both companies) — org null (doubtful); later 申请人员工 → org the applicant.',
               '端木蓉 (compound surname 端木), 屈向阳, 任重 (a name that looks like a word): PERSON. 第三人 is a procedural role.',
               '兴汨公司 (a short form inside a quoted sentence) is COMPANY, aliased.'],
    ),
]
