"""dev21 — documents b1–b6: records (询问笔录, 谈话笔录, 会议纪要, 现场检查笔录, 工作记录, 移送登记表), inline ⟦text|L⟧ marks.
b1 Henan 荥阳, b2 Sichuan 邛崃 (GB18030), b3 Shaanxi 韩城, b4 Inner Mongolia 额尔古纳 (Mongolian names), b5 Tibet 米林 (Tibetan
names), b6 Hebei 迁安. All persons, companies, numbers, amounts and acts are invented.
"""

TRANSCRIPT = ('问/答 transcripts: every name is PERSON wherever it stands (header fields, answers, 你/我 references are not). 询问人, 记录人, '
              '被询问人, 被谈话人 are procedural roles, no POSITION; 职务: fields give a POSITION attached to the person of that header.')

DOCS = [
    dict(
        file='b1-xwbl-xingyang-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='荥阳市财政局',
        body='''
询 问 笔 录
（第1次）
时间：⟦2026年3月19日|D⟧9时30分至11时05分
地点：荥阳市财政局三楼询问室
询问人：⟦郜红伟|P⟧、⟦范文静|P⟧　工作单位：⟦荥阳市财政局|A⟧
记录人：⟦范文静|P⟧
被询问人：⟦万元亮|P⟧　性别：男　出生日期：⟦1983年5月2日|D⟧
工作单位：⟦荥阳豫嵩建材有限公司|C⟧　职务：⟦副总经理|T⟧
身份证号：410182198305******
　　问：我们是⟦荥阳市财政局|A⟧的执法人员，这是我们的执法证件（出示证号豫财执0215、豫财执0231）。现就⟦荥阳市第三高级中学|A⟧食堂设备采购项目（编号⟦XYCG-2025-088|J⟧）有关情况向你了解，你应当如实回答，听明白了吗？
　　答：听明白了。
　　问：你公司是否参加了该项目投标？
　　答：参加了，是我经手的，投标文件是我让公司⟦出纳|T⟧⟦王某|P⟧整理后交给⟦荥阳金诚招标代理有限公司|C⟧的。
　　问：你认识⟦荥阳华厨厨房设备有限公司|C⟧的⟦刘振东|P⟧吗？
　　答：认识。⟦刘振东|P⟧是他们公司的⟦区域经理|T⟧，我们以前在一个公司干过。开标前一周他找到我，说这个项目他们公司想拿，让我们公司也去投一下，报价他来定。
　　问：你们商量报价的时候还有谁在场？
　　答：还有⟦荥阳市广武镇锦程五金门市部|C⟧的老板，姓⟦杜|P⟧，大家都叫他老杜，全名我记不清了。
　　问：你公司老板是否知情？
　　答：我们⟦法定代表人|T⟧⟦金瑞|P⟧知道，是经⟦金瑞|P⟧同意的。
　　问：你还有什么需要补充的吗？
　　答：没有了。
　　以上笔录我已看过，与我说的一致。
被询问人签名：⟦万元亮|P⟧　⟦2026年3月19日|D⟧
询问人签名：⟦郜红伟|P⟧　⟦范文静|P⟧
''',
        rels=[
            ('HOLDS_POSITION', '万元亮', '副总经理', '荥阳豫嵩建材有限公司'),
            ('HOLDS_POSITION', '王某', '出纳', '荥阳豫嵩建材有限公司'),
            ('HOLDS_POSITION', '刘振东', '区域经理', '荥阳华厨厨房设备有限公司'),
            ('HOLDS_POSITION', '金瑞', '法定代表人', '荥阳豫嵩建材有限公司'),
            ('LEGAL_REP', '金瑞', '荥阳豫嵩建材有限公司'),
            ('BID_ON', '荥阳豫嵩建材有限公司', 'XYCG-2025-088'),
            ('BID_ON', '荥阳华厨厨房设备有限公司', 'XYCG-2025-088'),
        ],
        unmarked=['荥阳市财政局'],
        notes=[TRANSCRIPT,
               '地点：荥阳市财政局三楼询问室 is a location field: not annotated, like an address (GUIDELINES §2.5 by analogy; doubtful). Issuer: the interviewing bureau (the 工作单位 of the 询问人).',
               '万元亮, 范文静, 金瑞: names that look like words, PERSON. 身份证号 and 执法证号 are not annotated.',
               '姓杜 … 老杜: the surname-only 杜 after 姓 is annotated PERSON (a surname-only reference to a person, GUIDELINES §2.9 by analogy; doubtful); 老杜 (form of address) is not.',
               '老板 is no POSITION (colloquial, like 私人老板). 出纳 of 公司 (= the witness\'s company) → org 荥阳豫嵩建材有限公司; 他们公司的区域经理 → org 华厨.',
               '华厨 is taken to have bid (他们公司想拿 … 也去投一下): BID_ON (doubtful, the transcript implies it). The agent company did not bid.'],
    ),
    dict(
        file='b2-thbl-qionglai-jwjw-2026.txt', fmt='gb18030', kind='other', violations=['bribery', 'interference'],
        issuer=None,
        body='''
谈话笔录
谈话时间：⟦2026年4月7日|D⟧14时20分
谈话地点：邛崃市纪委监委第三谈话室
谈话人：⟦罗杰|P⟧（⟦邛崃市纪委监委第四审查调查室|A⟧⟦主任|T⟧）、⟦尔古阿呷|P⟧（⟦干部|T⟧）
记录人：⟦杨　帆|P⟧
被谈话人：⟦阿牛木呷|P⟧，彝族，⟦邛崃市交通运输局工程建设科|A⟧⟦原科长|T⟧
　　问：今天找你谈话，是就你在临邛街道农村公路提质改造项目中的有关问题，请你如实说明。
　　答：好的。
　　问：⟦2024年10月|D⟧项目招标前，你是否与⟦成都邛州路桥工程有限公司|C⟧的人员接触过？
　　答：接触过。他们公司⟦董事长|T⟧⟦钟某某|P⟧请我吃过两次饭，第二次饭后塞给我一个信封，里面是⟦两万元|M⟧现金。
　　问：招标文件中“近三年完成同类项目不少于5个”的条件是谁提出的？
　　答：是我提出的，局里分管的⟦副局长|T⟧⟦黎明|P⟧也知道。当时⟦钟某某|P⟧说他们公司有这个业绩，别家没有。
　　问：⟦黎明|P⟧是否收过钱？
　　答：我不清楚。我只知道⟦钟某某|P⟧和黎局长是老乡。
　　问：你收的钱现在在哪里？
　　答：已经于⟦2026年3月28日|D⟧主动退到⟦邛崃市纪委监委|A⟧指定账户。
　　（以下无正文）
被谈话人：⟦阿牛木呷|P⟧（按手印）
''',
        rels=[
            ('HOLDS_POSITION', '罗杰', '主任', '邛崃市纪委监委第四审查调查室'),
            ('HOLDS_POSITION', '尔古阿呷', '干部', '邛崃市纪委监委'),
            ('HOLDS_POSITION', '阿牛木呷', '原科长', '邛崃市交通运输局工程建设科'),
            ('HOLDS_POSITION', '钟某某', '董事长', '成都邛州路桥工程有限公司'),
            ('HOLDS_POSITION', '黎明', '副局长', '邛崃市交通运输局工程建设科'),
        ],
        unmarked=['黎局长', '邛崃市纪委监委'],
        notes=[TRANSCRIPT,
               '谈话地点：邛崃市纪委监委第三谈话室 is a location field: not annotated (GUIDELINES §2.5 by analogy; doubtful).',
               'Yi names (阿牛木呷, 尔古阿呷) are one PERSON span each. 杨　帆 keeps the full-width space as written.',
               '黎明 is a PERSON (a name that is also a word). 黎局长 (surname + title used as address) is not annotated: neither a name nor a POSITION attached by apposition (doubtful; GUIDELINES silent).',
               'Named sub-units are part of the maximal AGENCY span (DECISIONS): 邛崃市纪委监委第四审查调查室 (in brackets after the interviewer), 邛崃市交通运输局工程建设科; 原 adjacent to the title stays in the POSITION (原科长).',
               '局里分管的副局长 黎明: org is 被谈话人\'s bureau; its canonical mention here is the sub-unit span 邛崃市交通运输局工程建设科 (the only mention of the bureau) — doubtful, the bureau itself would be the better org.',
               '干部 is annotated as a staff role (like 工作人员) of the commission. The record has no issuer agency in the sense of a letter: issuer null.',
               'No relation for the refund to a 指定账户.'],
    ),
    dict(
        file='b3-hyjy-hancheng-lxhy-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'collusion'],
        issuer='韩城市财政局',
        body='''
韩城市政府采购领域专项整治联席会议纪要
（⟦2026年3月31日|D⟧）

　　⟦2026年3月27日|D⟧下午，⟦韩城市财政局|A⟧在局三楼会议室召开政府采购领域专项整治第二次联席会议。会议由⟦市财政局|A⟧⟦党组书记|T⟧、⟦局长|T⟧⟦党文斌|P⟧主持，⟦韩城市纪委监委|A⟧、⟦韩城市公安局|A⟧、⟦韩城市审计局|A⟧、⟦韩城市市场监督管理局|A⟧有关负责同志参加。纪要如下：
　　一、关于⟦韩城市人民医院|A⟧物业服务项目问题。⟦韩城市审计局|A⟧⟦副局长|T⟧⟦薛海燕|P⟧通报，该院⟦2025年6月|D⟧至⟦2025年12月|D⟧未经政府采购程序续签物业合同，金额⟦人民币312万元|M⟧。会议商定，由⟦韩城市审计局|A⟧将该线索于⟦4月3日|D⟧前正式移送⟦市财政局|A⟧；涉及该院⟦总务科科长|T⟧⟦卫某|P⟧的问题，同步移送⟦市纪委监委|A⟧。
　　二、关于⟦陕西龙门华通工程建设有限公司|C⟧等三家企业涉嫌围标问题。⟦韩城市公安局经侦大队|A⟧⟦大队长|T⟧⟦同建军|P⟧介绍，已对该公司⟦法定代表人|T⟧⟦解亮|P⟧立案侦查。会议同意由⟦市财政局|A⟧暂缓对三家企业作出行政处罚，待刑事部分办结后再行处理。
　　三、会议要求各成员单位确定一名联络员。⟦市财政局|A⟧联络员为政府采购股⟦高明远|P⟧，⟦市纪委监委|A⟧联络员为第五监督检查室⟦程丹|P⟧。
　　出席：⟦党文斌|P⟧　⟦薛海燕|P⟧　⟦同建军|P⟧　⟦贺思远|P⟧（⟦韩城市市场监督管理局|A⟧）　⟦师亚楠|P⟧（⟦韩城市纪委监委|A⟧）
　　列席：⟦高明远|P⟧　⟦程丹|P⟧
　　记录：⟦高明远|P⟧
　　分送：联席会议各成员单位
''',
        rels=[
            ('HOLDS_POSITION', '党文斌', '党组书记', '韩城市财政局'),
            ('HOLDS_POSITION', '党文斌', '局长', '韩城市财政局'),
            ('HOLDS_POSITION', '薛海燕', '副局长', '韩城市审计局'),
            ('HOLDS_POSITION', '卫某', '总务科科长', '韩城市人民医院'),
            ('HOLDS_POSITION', '同建军', '大队长', '韩城市公安局经侦大队'),
            ('HOLDS_POSITION', '解亮', '法定代表人', '陕西龙门华通工程建设有限公司'),
            ('LEGAL_REP', '解亮', '陕西龙门华通工程建设有限公司'),
        ],
        aliases={'市财政局': '韩城市财政局', '市纪委监委': '韩城市纪委监委'},
        notes=['Minutes of a joint meeting: issuer the convening body (韩城市财政局); kind other.',
               'Surnames that are also words: 党文斌 (党), 同建军 (同), 解亮 (解), 师亚楠 (师), 卫某 (卫) — all PERSON. 高明远 contains 高明: one PERSON.',
               'The agreed future transfer (会议商定，由审计局将该线索于4月3日前正式移送…) is a plan, not a transfer: no REFERRED (doubtful). 4月3日 is a DATE (前 excluded).',
               '该院总务科科长: the sub-unit after a pronoun is written into the POSITION (dev19 convention); org the hospital.',
               '联络员 is no POSITION (an ad-hoc liaison role, like 联系人); 政府采购股 / 第五监督检查室 without a named agency in front are not AGENCY. 出席/列席/记录 lists: every name PERSON.',
               'No PENALIZED: the penalty is deferred; 立案侦查 is no relation.'],
    ),
    dict(
        file='b4-xcjcbl-ergun-czj-2026.txt', fmt='utf-8', kind='other', violations=['contract_violation', 'other'],
        issuer='额尔古纳市财政局',
        body='''
政府采购合同履约现场检查笔录

检查单位：⟦额尔古纳市财政局|A⟧
检查时间：⟦2026年4月22日|D⟧10时至12时
检查地点：额尔古纳市拉布大林中心学校
检查人员：⟦巴图孟和|P⟧（执法证号：15070218）、⟦张*|P⟧（执法证号：15070233）
被检查单位：⟦额尔古纳市拉布大林中心学校|A⟧　负责人：⟦其其格|P⟧（⟦校长|T⟧）
在场人：⟦额尔古纳草原牧歌商贸有限公司|C⟧⟦项目经理|T⟧⟦乌日娜|P⟧；学校⟦总务主任|T⟧⟦敖登高娃|P⟧
见证人：⟦额尔古纳市教育局计财股|A⟧⟦王金山|P⟧

检查情况：
　　一、该校学生公寓床具采购项目（项目编号：⟦EEGN-ZC-2025-019|J⟧）由⟦额尔古纳草原牧歌商贸有限公司|C⟧中标，合同金额⟦人民币74.8万元|M⟧，合同约定交货期为⟦2025年8月20日|D⟧。
　　二、现场清点：合同约定实木上下铺床240张，实到216张，其中48张为板材拼接，与投标承诺的“全实木”不符。
　　三、⟦乌日娜|P⟧称，短缺的24张床已于去年10月由该公司⟦总经理|T⟧⟦包志勇|P⟧安排转由⟦额尔古纳市鑫源家具厂|C⟧代为生产，尚未送达；⟦敖登高娃|P⟧称，验收单是⟦其其格|P⟧让她先签的，学校当时急于开学。
　　四、现场拍摄照片36张，调取验收单、送货单复印件各1份。

以上记录经被检查单位核对无误。
被检查单位负责人（签字）：⟦其其格|P⟧
检查人员（签字）：⟦巴图孟和|P⟧　⟦张*|P⟧
记录人：⟦张*|P⟧
''',
        rels=[
            ('HOLDS_POSITION', '其其格', '校长', '额尔古纳市拉布大林中心学校'),
            ('HOLDS_POSITION', '乌日娜', '项目经理', '额尔古纳草原牧歌商贸有限公司'),
            ('HOLDS_POSITION', '敖登高娃', '总务主任', '额尔古纳市拉布大林中心学校'),
            ('HOLDS_POSITION', '包志勇', '总经理', '额尔古纳草原牧歌商贸有限公司'),
            ('BID_ON', '额尔古纳草原牧歌商贸有限公司', 'EEGN-ZC-2025-019'),
        ],
        unmarked=['额尔古纳市拉布大林中心学校'],
        notes=['检查地点 is a location field: not annotated (GUIDELINES §2.5 by analogy; doubtful); the same school as 被检查单位 is AGENCY.',
               'Mongolian names (巴图孟和, 其其格, 乌日娜, 敖登高娃) are PERSON, written without a dot. 王金山 contains 金山: one PERSON.',
               '张* (masked to one star) keeps a name shape (surname + mask): PERSON, like 张**.',
               '负责人：其其格（校长）: the field name 负责人 here is a form label, not a title attached in prose; the bracketed 校长 is the POSITION (doubtful: 负责人 could be a second POSITION).',
               '学校总务主任: 学校 refers back to the inspected school → org that school. 额尔古纳市教育局计财股: a named sub-unit, one maximal AGENCY span (DECISIONS); 见证人 is a procedural role.',
               '转由…代为生产 (subcontracting the supply) → contract_violation; short delivery and non-conforming goods → other. 去年10月 is relative: no DATE.'],
    ),
    dict(
        file='b5-jdjcjl-mainling-czj-2026.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'bribery'],
        issuer='米林市财政局',
        body='''
⟦米林市财政局|A⟧政府采购监督检查工作记录
记录编号：MLCZ-JC-2026-05

⟦2026年5月6日|D⟧，我局政府采购监督检查组（组长⟦次仁旺堆|P⟧，组员⟦格桑卓玛|P⟧、⟦刘卫东|P⟧）对⟦米林市派镇人民政府|A⟧2025年实施的高原牧场围栏采购项目开展专项检查。
　　检查发现：招标文件将“投标人须在米林市内设有售后服务机构”列为资格条件，该条款由镇政府⟦副镇长|T⟧⟦扎西多吉|P⟧提出，经⟦镇长|T⟧⟦白玛|P⟧同意后写入。最终仅⟦米林雪域围栏制品有限公司|C⟧一家通过资格审查，以⟦人民币96.5万元|M⟧成交。
　　经询问，该公司⟦股东|T⟧⟦旦增|P⟧与⟦扎西多吉|P⟧系亲戚关系。⟦旦增|P⟧承认⟦2025年1月|D⟧藏历新年前曾送给⟦扎西多吉|P⟧虫草两斤，价值约⟦1.6万元|M⟧，“是过年的心意”。
　　处理意见：1.责令⟦米林市派镇人民政府|A⟧改正；2.有关公职人员问题线索拟报请局领导同意后移送⟦米林市纪委监委|A⟧；3.由⟦格桑卓玛|P⟧负责整理卷宗。
记录人：⟦格桑卓玛|P⟧　　审阅：⟦次仁旺堆|P⟧
''',
        rels=[
            ('HOLDS_POSITION', '扎西多吉', '副镇长', '米林市派镇人民政府'),
            ('HOLDS_POSITION', '白玛', '镇长', '米林市派镇人民政府'),
            ('HOLDS_POSITION', '旦增', '股东', '米林雪域围栏制品有限公司'),
        ],
        notes=['Tibetan names (次仁旺堆, 格桑卓玛, 扎西多吉, 白玛, 旦增) are PERSON; single-name 白玛 and 旦增 too.',
               '组长 / 组员 of an internal inspection group are not annotated as POSITION (ad-hoc roles of an unnamed group; doubtful). 镇长 白玛 → org the town government named in the same sentence (镇政府).',
               '处理意见 (责令改正, 拟…移送) in a working record are proposals, not a decision or a transfer: no PENALIZED, no REFERRED (doubtful).',
               '价值约1.6万元: 约 excluded from MONEY.'
               '记录编号 is a register-like number (DECISIONS): not DOC_NO.'],
    ),
    dict(
        file='b6-ysdjb-qian-an-czj-2026-q1.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'bribery'],
        issuer='迁安市财政局',
        body='''
⟦迁安市财政局|A⟧政府采购违法线索移送登记表（2026年第一季度）
序号  移送日期      移送文号                  接收单位              涉及单位及人员                                         经办人    签收人
1     ⟦2026-01-09|D⟧    ⟦迁财采移〔2026〕1号|N⟧     ⟦迁安市公安局|A⟧          ⟦迁安市冀东钢构工程有限公司|C⟧（⟦法定代表人|T⟧⟦孙立伟|P⟧）串通投标         ⟦金  山|P⟧    ⟦侯志远|P⟧
2     ⟦2026-02-14|D⟧    ⟦迁财采移〔2026〕2号|N⟧     ⟦迁安市纪委监委|A⟧        ⟦迁安市木厂口镇人民政府|A⟧⟦副镇长|T⟧⟦贾某某|P⟧收受供应商财物           ⟦金  山|P⟧    ⟦宁静|P⟧
3     ⟦2026-03-02|D⟧    ⟦迁财采移〔2026〕3号|N⟧     ⟦迁安市市场监督管理局|A⟧    ⟦迁安市恒通电子科技有限公司|C⟧提供虚假检测报告（⟦冯**|P⟧）           ⟦吕文|P⟧      ⟦门继红|P⟧
4     ⟦2026-03-27|D⟧    ⟦迁财采移〔2026〕4号|N⟧     ⟦迁安市公安局|A⟧          ⟦河北燕山建设集团有限公司|C⟧、⟦迁安市汇川建筑工程有限公司|C⟧串标（⟦项目经理|T⟧⟦扈某|P⟧）  ⟦吕文|P⟧      ⟦侯志远|P⟧
备注：第2号线索经⟦局长|T⟧⟦钮卫国|P⟧批准移送；第4号线索由⟦迁安市公共资源交易中心|A⟧发现后报我局。
填表人：⟦吕文|P⟧　　填表日期：⟦2026年3月31日|D⟧
''',
        rels=[
            ('REFERRED', '迁安市财政局', '迁安市公安局', '迁财采移〔2026〕1号', '2026-01-09'),
            ('REFERRED', '迁安市财政局', '迁安市纪委监委', '迁财采移〔2026〕2号', '2026-02-14'),
            ('REFERRED', '迁安市财政局', '迁安市市场监督管理局', '迁财采移〔2026〕3号', '2026-03-02'),
            ('REFERRED', '迁安市财政局', '迁安市公安局@1', '迁财采移〔2026〕4号', '2026-03-27'),
            ('REFERRED', '迁安市公共资源交易中心', '迁安市财政局'),
            ('HOLDS_POSITION', '孙立伟', '法定代表人', '迁安市冀东钢构工程有限公司'),
            ('LEGAL_REP', '孙立伟', '迁安市冀东钢构工程有限公司'),
            ('HOLDS_POSITION', '贾某某', '副镇长', '迁安市木厂口镇人民政府'),
            ('HOLDS_POSITION', '扈某', '项目经理', None),
            ('HOLDS_POSITION', '钮卫国', '局长', '迁安市财政局'),
        ],
        notes=['A register of transfers made by the finance bureau: each row is one REFERRED 财政局 → receiver with its 移送文号 (DOC_NO: the values of a 文号 column, DECISIONS) and date. Two rows to the same receiver are two relations (different doc numbers), but they de-duplicate on (type, from, to) for scoring.',
               'The trading centre\'s report to the bureau (发现后报我局) is a REFERRED (DECISIONS, session 8), undated.',
               '经办人 / 签收人 columns: names PERSON, no POSITION. 金  山 (two spaces, as padded in the table) is one PERSON span as written; 宁静 is a name that looks like a word.',
               '项目经理 扈某 is attached to the row, not to one of the two companies: org null (doubtful). 冯** in brackets after a company: PERSON without a role.',
               'Row 4 (two companies 串标) → collusion; row 2 → bribery; row 3 → false_materials.'],
    ),
]
