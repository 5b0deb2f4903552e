"""dev20 — documents a1–a6, inline ⟦text|L⟧ marks. Referral letters and what recounts them:
an audit 问题线索移送函 with 抄送 (Liaoning 北票), a finance 受理通知书 recounting a trading-centre transfer (Liaoning 盖州),
a 纪委监委信访室 转办函 with a Chinese-numeral date (Hainan 万宁, GB18030), a finance penalty decision recounting an audit hand-over
with a per-lot table (Inner Mongolia 扎兰屯), a finance 移送函 to two bodies at once (Jilin 敦化, docx), a 函轉 after a 批轉
(Heilongjiang 五常, traditional characters). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='a1-yshan-beipiao-sjj-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion', 'other'],
        issuer='北票市审计局',
        body='''
⟦北票市审计局|A⟧
问题线索移送函
⟦北审移〔2026〕3号|N⟧

⟦北票市纪委监委|A⟧：
　　我局在对⟦北票市农业农村局|A⟧2024年度预算执行情况进行审计时发现，该局组织实施的“高标准农田灌溉设施更新采购项目”（项目编号：⟦BPCG-2024-0117|J⟧）存在以下问题：
　　一、⟦朝阳盛禾水利设备有限公司|C⟧、⟦北票市金垄农机销售有限公司|C⟧、⟦朝阳北方节水灌溉工程有限公司|C⟧三家投标人的电子投标文件创建标识码一致，报价分别为⟦1,126,000.00元|M⟧、⟦1,148,500.00元|M⟧、⟦1,151,200.00元|M⟧，差额呈规律性分布，最终⟦朝阳盛禾水利设备有限公司|C⟧以⟦人民币壹佰壹拾贰万陆仟元整|M⟧中标。
　　二、项目于⟦2024年9月26日|D⟧验收，该局⟦副局长|T⟧⟦韩立新|P⟧、计财科⟦科长|T⟧⟦于海波|P⟧在实际到货喷灌机组少于合同约定数量的情况下签字确认验收合格，多支付货款约⟦18.36万元|M⟧。
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条规定，现将上述问题线索移送你委，请依规依纪依法处理，并于⟦2026年4月30日|D⟧前将处理结果函告我局。
　　附件：1.审计取证单复印件（共9份）
　　　　　2.投标文件比对情况表

⟦北票市审计局|A⟧
⟦2026年3月5日|D⟧
（联系人：⟦张晓东|P⟧，电话：0421-5822×××）
抄送：⟦北票市财政局|A⟧、⟦北票市农业农村局|A⟧。
''',
        rels=[('REFERRED', '北票市审计局', '北票市纪委监委', '北审移〔2026〕3号', '2026年3月5日'),
              ('HOLDS_POSITION', '韩立新', '副局长', '北票市农业农村局'),
              ('HOLDS_POSITION', '于海波', '科长', '北票市农业农村局'),
              ('BID_ON', '朝阳盛禾水利设备有限公司', 'BPCG-2024-0117'),
              ('BID_ON', '北票市金垄农机销售有限公司', 'BPCG-2024-0117'),
              ('BID_ON', '朝阳北方节水灌溉工程有限公司', 'BPCG-2024-0117')],
        notes=['The letter\'s own transfer (移送你委) → REFERRED 审计局 → 纪委监委 with the letter number and signature date.',
               '抄送 to the finance bureau and the audited bureau is not REFERRED (DECISIONS).',
               '科长 of 计财科: the sub-unit is not written as a name with place, so the org is the 农业农村局 (该局).',
               '联系人 is not POSITION; the contact\'s name is a PERSON.'],
    ),
    dict(
        file='a2-sltz-gaizhou-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='盖州市财政局',
        body='''
⟦盖州市财政局|A⟧
关于异常投标线索的受理通知书
⟦盖财采受〔2026〕4号|N⟧

⟦盖州市公共资源交易中心|A⟧：
　　经你中心以《关于移送异常投标线索的函》（⟦盖交易函〔2026〕5号|N⟧）移送的“⟦盖州市第三高级中学|A⟧教学楼维修改造工程”（项目编号：⟦GZJS-2025-0863|J⟧）异常投标线索，我局已于⟦2026年2月13日|D⟧收悉。来函反映：该项目最高投标限价为⟦¥2,368,500.00元|M⟧（即⟦236.85万元|M⟧），共有五家单位递交投标文件，其中⟦盖州市恒达建筑工程有限公司|C⟧与⟦盖州鑫城建设集团有限公司|C⟧的投标保证金⟦4.7万元|M⟧均于⟦2025年12月29日|D⟧从同一账户转出；⟦盖州鑫城建设集团有限公司|C⟧所附⟦项目经理|T⟧⟦马振江|P⟧的安全生产考核合格证书经核查系伪造。
　　经审查，上述线索属于我局政府采购监督管理职责范围，我局决定予以受理，并已指定政府采购监督管理科负责调查。调查过程中如发现涉嫌犯罪线索，我局将依法移送公安机关。
　　特此通知。

⟦盖州市财政局|A⟧
⟦2026年2月16日|D⟧
''',
        rels=[('REFERRED', '盖州市公共资源交易中心', '盖州市财政局', '盖交易函〔2026〕5号', None),
              ('BID_ON', '盖州市恒达建筑工程有限公司', 'GZJS-2025-0863'),
              ('BID_ON', '盖州鑫城建设集团有限公司', 'GZJS-2025-0863'),
              ('HOLDS_POSITION', '马振江', '项目经理', '盖州鑫城建设集团有限公司')],
        notes=['Recounted transfer (经你中心以《…》移送的…线索) → REFERRED 交易中心 → the issuing bureau (我局 = 盖州市财政局, named in the '
               'title and signature), evidence the centre\'s letter number. The transfer date is not stated (2026年2月13日 is the '
               'receipt date) → date null.',
               '将依法移送公安机关 is a future, generic statement → no relation, no implicit relation.',
               '项目经理 attached to 马振江 → POSITION, org the bidder whose bid names him.',
               'The school is a public institution → AGENCY, embedded in the project name.'],
        unmarked=[],
    ),
    dict(
        file='a3-zbh-wanning-jwjw-xfs-2026-11.txt', fmt='gb18030', kind='other', violations=['no_procurement', 'interference'],
        issuer='万宁市纪委监委信访室',
        body='''
⟦万宁市纪委监委信访室|A⟧
信访举报件转办函
⟦万纪信转〔2026〕11号|N⟧

⟦万宁市财政局|A⟧：
　　我室收到⟦海南省纪委监委信访室|A⟧于⟦2026年2月26日|D⟧转来的群众来信一件（信访件编号：HN20260226-0418），反映⟦万宁市和乐镇人民政府|A⟧在2025年实施的镇区污水管网改造工程中，将总投资约⟦320万元|M⟧的工程拆分为四个标段，每段均控制在⟦100万元|M⟧以下，以询价方式直接交由⟦万宁市兴港市政工程有限公司|C⟧施工；该镇⟦副镇长|T⟧⟦林道昌|P⟧曾多次向镇财政所打招呼，要求尽快支付工程款，截至⟦2025年12月|D⟧已累计支付⟦人民币肆拾陆万捌仟元|M⟧，另有质保金共计⟦12.5万余元|M⟧未按约定扣留。
　　根据信访举报分类处置的有关规定，该件反映的政府采购问题属你局职责范围，现转你局办理。请你局认真核查，于收到本函之日起三十日内将办理结果书面报送我室；涉及党员干部违纪违法问题的，请一并报告。
　　附件：信访件复印件1份

⟦万宁市纪委监委信访室|A⟧
⟦二〇二六年三月五日|D⟧
''',
        rels=[('REFERRED', '海南省纪委监委信访室', '万宁市纪委监委信访室', None, '2026年2月26日'),
              ('REFERRED', '万宁市纪委监委信访室', '万宁市财政局', '万纪信转〔2026〕11号', '二〇二六年三月五日'),
              ('HOLDS_POSITION', '林道昌', '副镇长', '万宁市和乐镇人民政府')],
        notes=['GB18030-encoded.',
               'Recounted incoming transfer (收到X于…转来的) → REFERRED 省纪委监委信访室 → the issuing 信访室 (我室), dated.',
               'The letter\'s own 转办 (现转你局办理) → REFERRED 信访室 → 财政局 with the letter number.',
               'The signature date 二〇二六年三月五日 (Chinese numerals) is a DATE and the date of the 转办.',
               '信访件编号 is not DOC_NO (DECISIONS). 镇财政所 has no place name → not AGENCY.'],
    ),
    dict(
        file='a4-cfjd-zhalantun-czj-2026-2.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='扎兰屯市财政局',
        body='''
⟦扎兰屯市财政局|A⟧
政府采购行政处罚决定书
⟦扎财采罚〔2026〕2号|N⟧

当事人：⟦扎兰屯市北岭粮油贸易有限责任公司|C⟧
统一社会信用代码：91150783MA0Q7K2X5D
⟦法定代表人|T⟧：⟦宋长福|P⟧
地址：扎兰屯市河西街道雅鲁河路17号

　　本案线索系⟦扎兰屯市审计局|A⟧于⟦2025年11月|D⟧移交我局。⟦呼伦贝尔市财政局|A⟧亦于⟦2025-12-03|D⟧将同一线索批转我局调查。经查，⟦扎兰屯市教育局|A⟧委托⟦呼伦贝尔正衡招标代理有限公司|C⟧于⟦2025-09-18|D⟧组织的“2025年秋季学生营养餐食材采购项目”（项目编号：⟦ZLT-ZFCG-2025-142|J⟧）分三个包件采购，当事人参加了全部包件的投标，并中标第1、3包。各包件情况如下：

包件	采购内容	预算金额	中标金额
第1包	米面粮油	⟦58.60万元|M⟧	⟦¥572,340.00|M⟧
第2包	肉禽蛋类	⟦42.00万元|M⟧	⟦¥409,800.00|M⟧
第3包	蔬菜水果	⟦31.50万元|M⟧	⟦¥292,060.00|M⟧
合计		⟦132.10万元|M⟧	⟦¥1,274,200.00|M⟧

　　当事人在投标文件中提供的“食品经营许可证”有效期经核实已于⟦2025年6月30日|D⟧届满，其提交的续期证明系自行伪造。上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项之规定。
　　我局于⟦2026年1月20日|D⟧向当事人送达《行政处罚事先告知书》，当事人在法定期限内未提出陈述、申辩。
　　依据上述规定，我局决定：一、对当事人处以第1、3包中标金额合计⟦人民币864,400.00元|M⟧千分之十的罚款，即⟦人民币捌仟陆佰肆拾肆元整|M⟧；二、列入不良行为记录名单，一年内禁止参加政府采购活动。
　　当事人如不服本决定，可在收到本决定书之日起六十日内向⟦扎兰屯市人民政府|A⟧申请行政复议，或者在六个月内向⟦扎兰屯市人民法院|A⟧提起行政诉讼。

⟦扎兰屯市财政局|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[('REFERRED', '扎兰屯市审计局', '扎兰屯市财政局', None, '2025年11月'),
              ('REFERRED', '呼伦贝尔市财政局', '扎兰屯市财政局', None, '2025-12-03'),
              ('PENALIZED', '扎兰屯市财政局', '扎兰屯市北岭粮油贸易有限责任公司'),
              ('LEGAL_REP', '宋长福', '扎兰屯市北岭粮油贸易有限责任公司'),
              ('HOLDS_POSITION', '宋长福', '法定代表人', '扎兰屯市北岭粮油贸易有限责任公司'),
              ('BID_ON', '扎兰屯市北岭粮油贸易有限责任公司', 'ZLT-ZFCG-2025-142')],
        notes=['Recounted hand-overs in a decision: …系X于…移交我局 and X亦于…批转我局 → REFERRED X → the issuing bureau (named in '
               'title and signature), dated with the stated month / the dashed date.',
               'Per-lot table: the 预算金额 and 中标金额 cells and the totals are MONEY (amounts with unit or currency sign as written); '
               'the fine 千分之十 is a rate, not MONEY.',
               '统一社会信用代码 is not DOC_NO; the address is not annotated.'],
        unmarked=[],
    ),
    dict(
        file='a5-yshan-dunhua-czj-2026-12.docx', fmt='docx', kind='other', violations=['collusion', 'bribery'],
        issuer='敦化市财政局',
        body='''
⟦敦化市财政局|A⟧
关于移送政府采购领域涉嫌违法犯罪问题线索的函
⟦敦财函〔2026〕12号|N⟧
⟦敦化市公安局|A⟧、⟦敦化市纪委监委|A⟧：
　　⟦2026.01.09|D⟧，我局在处理供应商⟦敦化市雪岭医疗器械有限公司|C⟧对⟦敦化市中医院|A⟧“数字化X射线摄影系统采购项目”（项目编号：⟦DHZY-2025-031|J⟧）的投诉时发现：中标人⟦图们康泰医学影像设备有限公司|C⟧与另两家投标人⟦长白山宏源科贸有限公司|C⟧、⟦敦化市博远商贸有限公司|C⟧的报价在⟦86万元|M⟧至⟦92万元|M⟧之间，投标文件中的技术偏离表内容完全相同，且三家公司的投标保证金均由⟦图们康泰医学影像设备有限公司|C⟧⟦销售经理|T⟧⟦崔永哲|P⟧个人账户代为缴纳；另据⟦敦化市博远商贸有限公司|C⟧⟦法定代表人|T⟧⟦金美兰|P⟧陈述，⟦崔永哲|P⟧曾于⟦2025年10月中旬|D⟧向该院设备科⟦科长|T⟧⟦朴成浩|P⟧送去购物卡，面值共计⟦2万余元|M⟧。
　　上述问题涉嫌串通投标及受贿，超出我局职权范围。根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十五条及有关规定，现将涉嫌串通投标的线索移送⟦敦化市公安局|A⟧依法处理，将涉及公职人员的问题线索同时移送⟦敦化市纪委监委|A⟧审查调查。请将处理情况及时反馈我局。
　　附件：1.投诉处理相关材料（共42页）；2.投标保证金缴纳凭证复印件
⟦敦化市财政局|A⟧
⟦2026年3月18日|D⟧
''',
        rels=[('REFERRED', '敦化市财政局', '敦化市公安局', '敦财函〔2026〕12号', '2026年3月18日'),
              ('REFERRED', '敦化市财政局', '敦化市纪委监委', '敦财函〔2026〕12号', '2026年3月18日'),
              ('HOLDS_POSITION', '崔永哲', '销售经理', '图们康泰医学影像设备有限公司'),
              ('LEGAL_REP', '金美兰', '敦化市博远商贸有限公司'),
              ('HOLDS_POSITION', '金美兰', '法定代表人', '敦化市博远商贸有限公司'),
              ('HOLDS_POSITION', '朴成浩', '科长', '敦化市中医院'),
              ('BID_ON', '图们康泰医学影像设备有限公司', 'DHZY-2025-031'),
              ('BID_ON', '长白山宏源科贸有限公司', 'DHZY-2025-031'),
              ('BID_ON', '敦化市博远商贸有限公司', 'DHZY-2025-031')],
        notes=['.docx written by a stdlib minimal WordprocessingML writer (docx_stdlib.py); offsets refer to texts/<file>.txt.',
               'One letter to two addressees, each sent its own part (移送A…同时移送B) → one REFERRED per receiver, same number and date.',
               'The complainant 雪岭 is not assumed to have bid (GUIDELINES) → no BID_ON.',
               'Dotted date 2026.01.09 is DATE (it dates the finding, not the transfer). 2025年10月中旬 kept whole as written, like 3月初 '
               '(doubtful). The range 86万元至92万元 gives two MONEY spans.',
               '该院设备科科长 → POSITION 科长, org the hospital (the sub-unit is not named with a place).'],
    ),
    dict(
        file='a6-hz-wuchang-czj-2026-7-fanti.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='五常市財政局',
        body='''
⟦五常市財政局|A⟧關於函轉政府採購投訴事項的函
⟦五財函〔2026〕7號|N⟧

⟦五常市發展和改革局|A⟧：
　　⟦2026年3月2日|D⟧，⟦龍江龍騰路橋工程有限公司|C⟧（以下簡稱⟦龍騰公司|C⟧）向⟦五常市人民政府|A⟧來信，反映“五常市山河鎮至沙河子鎮公路改建工程”（項目編號：⟦WCJT-2026-004|J⟧）招標文件設置“近三年在本市完成同類業績不少於2項”的條件，排斥外地企業，且投標保證金高達⟦人民幣捌拾萬元整|M⟧，超過項目估算價⟦3,950萬元|M⟧的百分之二。此件經⟦市政府|A⟧分管副市長批轉我局，要求依職責辦理。
　　經審核，該項目屬於依法必須招標的工程建設項目，其招標投標活動的監督不屬於我局政府採購監督管理職責。根據《⟦中華人民共和國招標投標法實施條例|L⟧》第四條規定，現將⟦龍騰公司|C⟧來信及附件函轉你局依法處理，請將處理結果直接答覆投訴人，並抄報⟦市政府|A⟧督查室。
　　附件：⟦龍騰公司|C⟧來信及附件（共6頁）

⟦五常市財政局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[('REFERRED', '五常市人民政府', '五常市財政局', None, None),
              ('REFERRED', '五常市財政局', '五常市發展和改革局', '五財函〔2026〕7號', '2026年3月9日')],
        aliases={'龍騰公司': '龍江龍騰路橋工程有限公司', '市政府': '五常市人民政府'},
        notes=['Traditional characters.',
               '批轉我局 by the government\'s vice-mayor → REFERRED 五常市人民政府 → the issuing bureau, undated. 函轉你局 → REFERRED '
               'bureau → 發展和改革局 with the letter\'s number and date.',
               '分管副市長 is not attached to a named person → no POSITION. 抄報市政府督查室 (copy of the outcome) is not REFERRED; '
               '市政府督查室 is left as the level-prefixed 市政府 + an unnamed office: only 市政府 annotated (doubtful: could be one '
               'AGENCY 市政府督查室).',
               '百分之二 is a rate, not MONEY. The complainant did not bid (it complains about terms) → no BID_ON.'],
    ),
]
