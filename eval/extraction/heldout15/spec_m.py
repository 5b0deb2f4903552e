"""heldout15 — spec_m: court judgment GB18030 (叙州), news (蕉城). All invented."""

DOCS = [
    dict(
        file='h15-29-xspjs-xuzhou-2026-145.txt', fmt='gb18030', kind='court_judgment', violations=['collusion', 'false_materials'],
        issuer='四川省宜宾市叙州区人民法院',
        body='''
⟦四川省宜宾市叙州区人民法院|A⟧
刑事判决书
⟦（2026）川1503刑初145号|N⟧

　　公诉机关⟦宜宾市叙州区人民检察院|A⟧。
　　被告人⟦曾德明|P⟧，男，⟦1969年12月8日|D⟧出生，⟦叙州金沙江建设工程有限公司|C⟧（以下简称⟦金沙江公司|C⟧）⟦董事长|T⟧。
　　被告人⟦曾小琴|P⟧，女，⟦金沙江公司|C⟧⟦投标专员|T⟧。
　　⟦宜宾市叙州区人民检察院|A⟧以⟦叙检刑诉〔2026〕131号|N⟧起诉书指控被告人⟦曾德明|P⟧、⟦曾小琴|P⟧犯串通投标罪，于⟦2026年6月5日|D⟧向本院提起公诉。
　　经审理查明：⟦2024年4月|D⟧至⟦2025年2月|D⟧，被告人⟦曾德明|P⟧授意⟦曾小琴|P⟧，借用⟦四川川南建筑工程有限公司|C⟧、⟦叙州宏盛建设有限公司|C⟧资质，伪造两家公司的业绩材料，在⟦宜宾市叙州区交通运输局|A⟧发包的4个农村公路项目中组织围标，其中叙州区柏溪至观音公路工程（⟦XZJT-2024-012|J⟧）由⟦金沙江公司|C⟧以⟦人民币1,936.4万元|M⟧中标。本案由⟦宜宾市公安局叙州区分局|A⟧侦查终结，于⟦2026年4月28日|D⟧移送⟦宜宾市叙州区人民检察院|A⟧审查起诉。
　　判决如下：
　　一、被告人⟦曾德明|P⟧犯串通投标罪，判处有期徒刑一年六个月，并处罚金⟦人民币三十万元|M⟧；
　　二、被告人⟦曾小琴|P⟧犯串通投标罪，判处有期徒刑十个月，缓刑一年，并处罚金⟦人民币五万元|M⟧。

⟦审　判　长|T⟧　⟦谢宏|P⟧
⟦二〇二六年八月二十日|D⟧
''',
        rels=[('PENALIZED', '四川省宜宾市叙州区人民法院', '曾德明'),
              ('PENALIZED', '四川省宜宾市叙州区人民法院', '曾小琴'),
              ('REFERRED', '宜宾市公安局叙州区分局', '宜宾市叙州区人民检察院', None, '2026年4月28日'),
              ('HOLDS_POSITION', '曾德明', '董事长', '叙州金沙江建设工程有限公司'),
              ('HOLDS_POSITION', '曾小琴', '投标专员', '叙州金沙江建设工程有限公司'),
              ('HOLDS_POSITION', '谢宏', '审　判　长', '四川省宜宾市叙州区人民法院'),
              ('BID_ON', '叙州金沙江建设工程有限公司', 'XZJT-2024-012'),
              ('BID_ON', '四川川南建筑工程有限公司', 'XZJT-2024-012'),
              ('BID_ON', '叙州宏盛建设有限公司', 'XZJT-2024-012')],
        aliases={'金沙江公司': '叙州金沙江建设工程有限公司'},
        notes=['移送审查起诉 by the police to the procuratorate is a REFERRED (DECISIONS); 提起公诉 is not.',
               '审　判　长 is written with full-width spaces: annotated as written (GUIDELINES: odd spacing stays).',
               'The two lent-qualification companies are BID_ON the numbered project as 围标 participants (doubtful: the text says 4 projects were 围标, only one numbered).'],
    ),
    dict(
        file='h15-30-xw-jiaocheng-2026.txt', fmt='utf-8', kind='news', violations=['no_procurement', 'abuse_of_power'],
        issuer=None,
        body='''
蕉城区织密采购监督“协作网” 半年移送问题线索23条

　　本报讯（⟦记者|T⟧ ⟦林雅婷|P⟧ ⟦通讯员|T⟧ ⟦陈秀珠|P⟧）“过去财政发现问题只能罚企业，涉及干部的线索往往石沉大海。”⟦7月14日|D⟧，⟦蕉城区财政局|A⟧⟦副局长|T⟧⟦黄志强|P⟧在接受采访时说。今年以来，⟦蕉城区财政局|A⟧与⟦区纪委监委|A⟧、⟦区审计局|A⟧、⟦蕉城区公安分局|A⟧建立线索双向移送机制，上半年共移送问题线索23条。
　　3月，⟦区审计局|A⟧在审计中发现⟦蕉城区城南镇人民政府|A⟧将一处⟦680余万元|M⟧的海堤修复工程“化整为零”规避招标，随即将线索移送⟦区纪委监委|A⟧。经查，该镇原⟦党委委员|T⟧、⟦副镇长|T⟧⟦郑某|P⟧失职失责，于⟦6月20日|D⟧被⟦区纪委监委|A⟧给予政务警告处分。
　　⟦区纪委监委|A⟧有关负责人表示，下一步将推动《⟦蕉城区政府采购领域问题线索移送办法|L⟧》落地见效。
''',
        rels=[('REFERRED', '区审计局', '区纪委监委', None, None),
              ('PENALIZED', '区纪委监委', '郑某'),
              ('HOLDS_POSITION', '林雅婷', '记者', None),
              ('HOLDS_POSITION', '陈秀珠', '通讯员', None),
              ('HOLDS_POSITION', '黄志强', '副局长', '蕉城区财政局'),
              ('HOLDS_POSITION', '郑某', '党委委员', '蕉城区城南镇人民政府'),
              ('HOLDS_POSITION', '郑某', '副镇长', '蕉城区城南镇人民政府')],
        notes=['News: issuer null. 3月 alone (month only) is not DATE; 7月14日 and 6月20日 are.',
               'The 23 referrals in bulk name no pair: not relations. The audit → discipline transfer is dated only by a bare month: date null.',
               '郑某 belonged to the town (该镇 → the town government; its Party committee is not named): org = the town government, doubtful.'],
    ),
]
