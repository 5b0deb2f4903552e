"""heldout15 — spec_d: 协查函 / 复函 (Xinjiang 温宿 ↔ Hubei 红安), 催办函 (蕲春), 办理结果反馈 (旬阳), 情况通报 html (岚县). All invented."""

DOCS = [
    dict(
        file='h15-06-xch-wensu-gaj-2026-21.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='温宿县公安局',
        body='''
⟦温宿县公安局|A⟧
协 查 函
⟦温公（经）协字〔2026〕21号|N⟧

⟦红安县市场监督管理局|A⟧：
　　我局在侦办一起涉嫌伪造公司印章、提供虚假材料骗取中标的案件中，发现⟦湖北红安金穗粮油机械有限公司|C⟧出具的产品授权书及售后服务承诺函可能系伪造。该公司⟦法定代表人|T⟧登记为⟦秦立春|P⟧，授权书载明被授权人为⟦新疆天山穗丰农业装备有限公司|C⟧，授权日期为⟦2025年8月15日|D⟧。
　　为查明案情，请贵局协助调取该公司登记档案（含历次变更登记及公章备案情况），并核实该公司是否仍在正常经营。
　　我局联系人：⟦阿不都热合曼·吐尔逊|P⟧、⟦王磊|P⟧　电话：0997-4612110

⟦温宿县公安局|A⟧
⟦2026年4月7日|D⟧
''',
        rels=[('LEGAL_REP', '秦立春', '湖北红安金穗粮油机械有限公司'),
              ('HOLDS_POSITION', '秦立春', '法定代表人', '湖北红安金穗粮油机械有限公司')],
        notes=['A 协查函 is not a REFERRED (DECISIONS).', 'Uyghur name with the middle dot kept in one PERSON span.'],
    ),
    dict(
        file='h15-07-fh-hongan-scjg-2026-6.txt', fmt='gb18030', kind='other', violations=[],
        issuer='红安县市场监督管理局',
        body='''
⟦红安县市场监督管理局|A⟧
关于协助调查有关企业登记情况的复函
⟦红市监函〔2026〕6号|N⟧

⟦温宿县公安局|A⟧：
　　你局《协查函》（⟦温公（经）协字〔2026〕21号|N⟧）收悉。经查询企业登记档案，现将有关情况函复如下：
　　一、⟦湖北红安金穗粮油机械有限公司|C⟧成立于⟦2012年5月|D⟧，注册资本⟦500万元|M⟧，⟦2024年11月20日|D⟧法定代表人由⟦秦立春|P⟧变更为⟦秦晓东|P⟧，现登记状态为存续。
　　二、该公司公章于⟦2019年3月|D⟧备案，此后未办理过公章变更备案。
　　三、经我局执法人员⟦2026年4月13日|D⟧现场核查，该公司⟦副总经理|T⟧⟦严桂芳|P⟧书面说明，公司从未向⟦新疆天山穗丰农业装备有限公司|C⟧出具过授权书。
　　附件：企业登记档案复印件（加盖档案查询专用章）共27页

⟦红安县市场监督管理局|A⟧
⟦2026年4月15日|D⟧
''',
        rels=[('HOLDS_POSITION', '严桂芳', '副总经理', '湖北红安金穗粮油机械有限公司')],
        notes=['A 复函 is not a REFERRED (DECISIONS). 法定代表人由X变更为Y: the word 法定代表人 is not written next to either name as a title; no LEGAL_REP asserted (doubtful: 秦晓东 is the current legal representative).',
               'violations empty: the reply only reports registration facts.'],
    ),
    dict(
        file='h15-08-cbh-qichun-jwjw-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='中共蕲春县纪律检查委员会',
        body='''
关于督促办理问题线索的函

⟦县财政局|A⟧：
　　⟦2026年1月8日|D⟧，⟦蕲春县纪委监委|A⟧以《问题线索移送函》（⟦蕲纪移〔2026〕2号|N⟧）将⟦蕲春县卫生健康局|A⟧下属⟦蕲春县第二人民医院|A⟧将⟦1460万元|M⟧的门诊楼改造工程拆分为9个项目直接发包给⟦湖北李时珍建设工程有限公司|C⟧等3家企业的问题线索移送你局。按要求，你局应于⟦3月8日|D⟧前反馈办理结果，但截至目前仍未报送。
　　请你局抓紧调查处理，于⟦2026年4月10日|D⟧前将办理情况及处理意见书面报送委第三监督检查室。逾期未报送的，将按规定对相关责任人员进行问责。

⟦中共蕲春县纪律检查委员会|A⟧
⟦2026年3月25日|D⟧
''',
        rels=[('REFERRED', '蕲春县纪委监委', '县财政局', '蕲纪移〔2026〕2号', '2026年1月8日')],
        notes=['The 催办函 restates the earlier transfer: REFERRED with that number and date. The receiver is written only as 县财政局 (AGENCY by level prefix).',
               'Issuer: the signature 中共蕲春县纪律检查委员会; the relation sender is written 蕲春县纪委监委 in the body (a different form; no alias is asserted between the joint 纪委监委 and the 纪委 alone).',
               '委第三监督检查室 has no place of its own: not AGENCY (DECISIONS).'],
    ),
]
