"""dev25 — documents b1–b8: 退回 and re-sending, 受理通知 (traditional), 协查函 and 复函, 催办函, 办理结果反馈, forwarding letter.
All persons, companies, numbers, amounts and acts are invented."""

LETTER = 'Letters between bodies: kind other. 抄送 lines are not REFERRED (DECISIONS).'

DOCS = [
    dict(
        file='b1-thh-tongcheng-fgw-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='桐城市发展和改革委员会',
        body='''
⟦桐城市发展和改革委员会|A⟧
关于退回异常投标线索材料的函
⟦桐发改函〔2026〕3号|N⟧

⟦桐城市公共资源交易中心|A⟧：
    你中心⟦2026年4月8日|D⟧报来的《关于⟦桐城市龙眠街道办事处|A⟧老旧小区改造工程异常投标情况的报告》（⟦桐交易〔2026〕15号|N⟧）收悉。经审阅，材料存在以下问题：一是所附电子投标文件MAC地址比对截图未加盖你中心印章；二是未附⟦安徽皖中建工集团有限公司|C⟧、⟦桐城市新源建筑安装有限公司|C⟧两家投标人的CA锁使用记录；三是报告所称“报价呈规律性差异”缺少计算依据。
    根据行政监督职责分工，现将上述材料退回你中心，请补正后重新报送我委。我委收到完整材料后将依法启动调查。

                                    ⟦桐城市发展和改革委员会|A⟧
                                       ⟦2026年4月15日|D⟧
''',
        rels=[('REFERRED', '桐城市公共资源交易中心', '桐城市发展和改革委员会', '桐交易〔2026〕15号', '2026年4月8日')],
        notes=[LETTER, 'The return (退回) is not REFERRED (DECISIONS). The earlier report by the trading centre of a finding to the supervising body is REFERRED (DECISIONS, session 8), restated here with its number and date.',
               'Complaint of 异常投标/报价规律性差异 → collusion (alleged).'],
    ),
    dict(
        file='b2-cxys-tongcheng-jyzx-2026-18.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='桐城市公共资源交易中心',
        body='''
⟦桐城市公共资源交易中心|A⟧文件

⟦桐交易〔2026〕18号|N⟧

关于重新报送⟦桐城市龙眠街道办事处|A⟧老旧小区改造工程异常投标线索的报告

⟦市发展改革委|A⟧：
    ⟦2026年4月15日|D⟧，贵委以⟦桐发改函〔2026〕3号|N⟧将我中心《关于⟦桐城市龙眠街道办事处|A⟧老旧小区改造工程异常投标情况的报告》退回补正。我中心已逐项补正：对电子投标文件MAC地址比对截图逐页加盖公章；调取⟦安徽皖中建工集团有限公司|C⟧、⟦桐城市新源建筑安装有限公司|C⟧CA锁使用记录（二者均于⟦4月2日|D⟧14时许在同一IP地址下解密）；补充报价差异计算表。
    现将补正后的全部材料重新报送贵委，请依法处理。

    附件：1.补正说明
          2.CA锁使用记录（加盖公章）

⟦桐城市公共资源交易中心|A⟧
⟦2026年4月21日|D⟧
''',
        rels=[('REFERRED', '桐城市公共资源交易中心', '市发展改革委', '桐交易〔2026〕18号', '2026年4月21日')],
        notes=[LETTER, 'Re-sending after a return: REFERRED trading centre → 市发展改革委 (the addressee is only written in its level-prefixed short form here; full name 桐城市发展和改革委员会 not in this text, so no alias).',
               'The return by 贵委 is not REFERRED. 桐城市龙眠街道办事处 inside the quoted report title is annotated (GUIDELINES §2.3).'],
    ),
]

DOCS += [
    dict(
        file='b3-sltz-zhucheng-jcy-2026-9-fanti.txt', fmt='utf-8', kind='other', violations=['bribery', 'interference'],
        issuer='山東省諸城市人民檢察院',
        body='''
⟦山東省諸城市人民檢察院|A⟧
受理案件通知書
⟦諸檢受〔2026〕9號|N⟧

⟦諸城市公安局|A⟧：
    你局以⟦諸公（經）訴字〔2026〕14號|N⟧起訴意見書移送審查起訴的犯罪嫌疑人⟦臧某某|P⟧（⟦諸城市龍都街道辦事處|A⟧⟦原城建辦主任|T⟧）涉嫌受賄一案、⟦邴某|P⟧（⟦諸城市昌泰市政工程有限公司|C⟧⟦實際控制人|T⟧）涉嫌行賄一案，本院於⟦2026年5月11日|D⟧收到。經審查，兩案案情關聯，決定併案審查，由本院第一檢察部辦理。本院已於同日收到你局隨案移送的扣押物品清單及涉案款⟦人民幣38萬元|M⟧的暫扣憑證。
    另，⟦諸城市監察委員會|A⟧於⟦2026年4月28日|D⟧以⟦諸監移〔2026〕3號|N⟧移送本院的⟦臧某某|P⟧插手工程招標一案，一併納入審查。
    審查起訴期限自收到案件之日起計算。
    特此通知。

                                        ⟦山東省諸城市人民檢察院|A⟧
                                         ⟦二〇二六年五月十二日|D⟧
''',
        rels=[('REFERRED', '諸城市公安局', '山東省諸城市人民檢察院', '諸公（經）訴字〔2026〕14號', '2026年5月11日'),
              ('REFERRED', '諸城市監察委員會', '山東省諸城市人民檢察院', '諸監移〔2026〕3號', '2026年4月28日'),
              ('HOLDS_POSITION', '臧某某', '原城建辦主任', '諸城市龍都街道辦事處'),
              ('HOLDS_POSITION', '邴某', '實際控制人', '諸城市昌泰市政工程有限公司')],
        notes=['Traditional characters. A 受理通知 restating two incoming transfers: police 移送審查起訴 (REFERRED, DECISIONS) and the supervisory commission\'s 移送 → both to the writer (本院 → issuer).',
               'date: 2026年5月11日 is the receipt date of the police transfer — the only date stated for it (doubtful: receipt, not dispatch). 併案審查 inside one body is no relation; 第一檢察部 after 本院 is no AGENCY.',
               '原城建辦主任 → POSITION 原城建辦主任 (adjacent 原 kept, GUIDELINES). 實際控制人 is POSITION (dev19 convention).'],
    ),
    dict(
        file='b4-xch-emeishan-gaj-2026-21.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='峨眉山市公安局',
        body='''
⟦峨眉山市公安局|A⟧
协助调查函
⟦峨公经协字〔2026〕21号|N⟧

⟦峨眉山市住房和城乡建设局|A⟧：
    我局经侦大队在侦办⟦四川峨秀建筑劳务有限公司|C⟧涉嫌伪造公司印章一案中，需了解该公司在峨眉山市符溪镇安置小区配套道路工程（项目编号⟦EMSZJ2025-042|J⟧）投标时提交的⟦项目经理|T⟧⟦罗海|P⟧建造师注册证书及社保缴纳证明的核验情况。请你局协助提供：
    1.该项目招标文件、投标文件（⟦四川峨秀建筑劳务有限公司|C⟧部分）复印件；
    2.你局⟦2025年9月|D⟧组织资格核查的记录；
    3.与本案有关的其他材料。
    请于⟦2026年6月5日|D⟧前将上述材料送交我局经侦大队。
    联系人：⟦杨帆|P⟧　⟦曾庆|P⟧

                                           ⟦峨眉山市公安局|A⟧
                                           ⟦2026年5月26日|D⟧
''',
        rels=[('BID_ON', '四川峨秀建筑劳务有限公司', 'EMSZJ2025-042'),
              ('HOLDS_POSITION', '罗海', '项目经理', '四川峨秀建筑劳务有限公司')],
        notes=[LETTER, 'A 协查函 is not REFERRED (DECISIONS). 项目经理 罗海 → org the bidding company (the project manager named in its bid). 联系人 is not POSITION.'],
    ),
    dict(
        file='b5-fh-emeishan-zjj-2026-8.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='峨眉山市住房和城乡建设局',
        body='''
⟦峨眉山市住房和城乡建设局|A⟧
关于协助调查有关情况的复函
⟦峨住建函〔2026〕8号|N⟧

⟦市公安局|A⟧：
    贵局《协助调查函》（⟦峨公经协字〔2026〕21号|N⟧）收悉。经查，⟦四川峨秀建筑劳务有限公司|C⟧投标时提交的⟦罗海|P⟧二级建造师注册证书，经全国建筑市场监管公共服务平台核验显示注册单位为⟦四川嘉州鑫达工程咨询有限公司|C⟧，与投标文件不符；我局⟦2025年9月|D⟧资格核查时因系统数据未同步未能发现。
    现将该项目招标文件、该公司投标文件复印件（加盖我局档案专用章）共142页，以及资格核查记录表1份随函送上，请查收。
    专此复函。

⟦峨眉山市住房和城乡建设局|A⟧
⟦2026年6月3日|D⟧
（经办人：⟦钟丽萍|P⟧，0833-5525×××）
''',
        notes=[LETTER, 'A 复函 sending the requested material back to the requesting body is not REFERRED (DECISIONS: a 协查函 and its 复函 are not) — even though the material physically moves (doubtful by the everyday sense of 移交).',
               '市公安局 addressee: level-prefixed → AGENCY (no alias: the full name is not in this text). 经办人 is not POSITION. 罗海 has no position stated here.'],
    ),
]

DOCS += [
    dict(
        file='b6-cbh-yudu-jwjw-2026-11.txt', fmt='gb18030', kind='other', violations=['discriminatory_terms'],
        issuer='中共于都县纪委于都县监委',
        body='''
⟦中共于都县纪委于都县监委|A⟧
催办函
⟦于纪函〔2026〕11号|N⟧

⟦县市场监管局|A⟧：
    ⟦2026年2月9日|D⟧，我委以《关于移送⟦于都县人民医院|A⟧采购项目设置歧视性条款问题线索的函》（⟦于纪函〔2026〕4号|N⟧）将群众反映该院CT设备采购项目（项目编号⟦YDZC-2025-0928|J⟧）招标文件指定特定品牌、限制外地供应商投标等问题线索移送你局，要求于⟦3月31日|D⟧前反馈办理情况。截至目前，你局未按期反馈。
    请你局接函后抓紧核查，于⟦2026年4月20日|D⟧前将调查结论、处理意见及相关依据书面报我委第三监督检查室；逾期未办结的，请说明理由及预计办结时间。

                               ⟦中共于都县纪委于都县监委|A⟧
                                    ⟦2026年4月7日|D⟧
''',
        rels=[('REFERRED', '中共于都县纪委于都县监委', '县市场监管局', '于纪函〔2026〕4号', '2026年2月9日')],
        notes=[LETTER, 'A 催办函 recalls an earlier hand-over by number: REFERRED with that earlier number and date; the 催办 itself moves nothing.',
               'The combined 纪委监委 name written 中共于都县纪委于都县监委 is one AGENCY span (one body, merged office). 第三监督检查室 after 我委 is no AGENCY.',
               '指定特定品牌、限制外地供应商 → discriminatory_terms (alleged).'],
    ),
    dict(
        file='b7-jgfk-huangzhong-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='湟中区财政局',
        body='''
⟦湟中区财政局|A⟧
关于审计移送问题线索办理结果的反馈函
⟦湟财函〔2026〕6号|N⟧

⟦湟中区审计局|A⟧：
    你局⟦2025年11月24日|D⟧移送的《关于⟦湟中区多巴镇人民政府|A⟧采购项目疑似串通投标问题的移送处理书》（⟦湟审移〔2025〕12号|N⟧）收悉后，我局立即成立调查组。经调取投标文件、询问相关人员，查明：在多巴镇污水管网改造项目（项目编号⟦HZCG-2025-077|J⟧）中，⟦青海高原路桥建设有限公司|C⟧与⟦青海湟水市政工程有限公司|C⟧的投标保证金由同一账户转出，符合《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条规定的恶意串通情形。
    我局已于⟦2026年2月27日|D⟧作出⟦湟财采罚〔2026〕1号|N⟧、⟦湟财采罚〔2026〕2号|N⟧行政处罚决定，对两家公司分别处以采购金额千分之五的罚款（⟦人民币4260元|M⟧、⟦人民币4260元|M⟧），列入不良行为记录名单，一年内禁止参加政府采购活动。涉嫌犯罪部分，我局已于⟦2026年3月3日|D⟧移交⟦湟中区公安分局|A⟧。
    特此反馈。

                                  ⟦湟中区财政局|A⟧
                                     ⟦2026年3月10日|D⟧
''',
        rels=[('REFERRED', '湟中区审计局', '湟中区财政局', '湟审移〔2025〕12号', '2025年11月24日'),
              ('REFERRED', '湟中区财政局', '湟中区公安分局', None, '2026年3月3日'),
              ('PENALIZED', '湟中区财政局', '青海高原路桥建设有限公司'),
              ('PENALIZED', '湟中区财政局', '青海湟水市政工程有限公司'),
              ('BID_ON', '青海高原路桥建设有限公司', 'HZCG-2025-077'),
              ('BID_ON', '青海湟水市政工程有限公司', 'HZCG-2025-077')],
        notes=[LETTER, '办理结果反馈 to the sender: the audit bureau\'s original transfer is REFERRED (restated with number and date); the feedback itself is not. The onward 移交 to the police branch is a second REFERRED (no number).',
               'PENALIZED: the finance bureau → each company. Two equal MONEY spans, both annotated.'],
    ),
]
