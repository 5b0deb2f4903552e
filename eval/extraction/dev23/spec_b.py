"""dev23 — letters a05–a09 (退回函, 协查函 and its 复函, 催办函 (docx), 办理结果反馈). Invented persons, companies, numbers."""

DOCS = [
    dict(
        file='a05-thh-longhui-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='隆回县财政局',
        body='''
关于退回《异常投标线索报告》的函
⟦隆财购函〔2026〕4号|N⟧

⟦县公共资源交易中心|A⟧：
　　你中心于⟦2026年2月26日|D⟧报送的《关于隆回县桃洪镇农贸市场改造工程异常投标情况的报告》（⟦隆交报〔2026〕3号|N⟧）收悉。经审查，该项目系依法必须招标的工程建设项目，不属于政府采购项目，依照职责分工，其招标投标活动的行政监督由⟦隆回县住房和城乡建设局|A⟧负责，我局不具有管辖权。
　　现将该报告及附件（⟦湖南梅山建工有限公司|C⟧、⟦隆回县宏源建筑劳务有限公司|C⟧投标保证金由同一账户转出的凭证等）退回你中心，请按程序报送有管辖权的部门。

⟦隆回县财政局|A⟧
⟦2026年3月4日|D⟧
''',
        rels=[('REFERRED', '县公共资源交易中心', '隆回县财政局', '隆交报〔2026〕3号', '2026年2月26日')],
        notes=['The trading centre\'s report of an anomaly to the finance bureau is a REFERRED (DECISIONS); the return itself is not.',
               '县公共资源交易中心: level word + institution name → AGENCY. 隆回县桃洪镇 in the project name is a place, not an agency.',
               'The two companies are not given BID_ON: no project number.'],
    ),
    dict(
        file='a06-xch-pucheng-gaj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='蒲城县公安局',
        body='''
⟦蒲城县公安局|A⟧
协助调查函
⟦蒲公经协〔2026〕6号|N⟧

⟦蒲城县财政局|A⟧：
　　我局正在侦办的⟦陕西秦蒲工程咨询有限公司|C⟧涉嫌串通投标案（案件编号：⟦A6105260200002026030011|N⟧），需向你局调取以下材料：
　　一、⟦蒲城县罕井镇中心小学|A⟧教学楼维修项目（项目编号：⟦PCZC-2025-0093|J⟧）的采购文件、投标文件、评审报告及中标公告；
　　二、该项目质疑、投诉处理的全部材料；
　　三、⟦陕西秦蒲工程咨询有限公司|C⟧在你局备案的代理机构信息。
　　请于⟦2026年3月20日|D⟧前提供。我局⟦民警|T⟧⟦郭建军|P⟧、⟦孙浩|P⟧持本函及工作证前往。
　　联系电话：0913-7212×××

⟦蒲城县公安局经济犯罪侦查大队|A⟧
⟦2026年3月11日|D⟧
''',
        rels=[('HOLDS_POSITION', '郭建军', '民警', '蒲城县公安局'), ('HOLDS_POSITION', '孙浩', '民警', '蒲城县公安局')],
        notes=['A 协查函 is not REFERRED (DECISIONS). The police case number (A…) is DOC_NO (DECISIONS).',
               'The agent company is not given BID_ON (it did not bid). The school inside the project name is AGENCY (GUIDELINES §2.3).',
               '民警 is a staff role of the named police bureau (我局) — POSITION, org 蒲城县公安局. Issuer: the bureau of the title block (the signature names its 经侦大队).'],
    ),
    dict(
        file='a07-fh-pucheng-czj-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='蒲城县财政局',
        body='''
⟦蒲城县财政局|A⟧关于协助调查有关事项的复函
⟦蒲财函〔2026〕9号|N⟧

⟦县公安局经侦大队|A⟧：
　　你队《协助调查函》（⟦蒲公经协〔2026〕6号|N⟧）收悉。现将有关情况函复如下：
　　一、该案线索系我局在处理投诉时发现，已于⟦2026年1月20日|D⟧以⟦蒲财函〔2026〕3号|N⟧文移送⟦县公安局|A⟧，相关投诉材料当时已一并移交。
　　二、所需采购文件、投标文件（⟦陕西秦蒲工程咨询有限公司|C⟧代理，共5家投标人）、评审报告及中标公告复印件共计312页，已加盖我局印章，随函提供。
　　三、经查，⟦陕西秦蒲工程咨询有限公司|C⟧在我局备案时登记的⟦法定代表人|T⟧为⟦任海涛|P⟧，⟦项目负责人|T⟧为⟦雷蕾|P⟧。
　　特此函复。

⟦蒲城县财政局|A⟧
⟦2026年3月17日|D⟧
''',
        rels=[('REFERRED', '蒲城县财政局', '县公安局', '蒲财函〔2026〕3号', '2026年1月20日'),
              ('LEGAL_REP', '任海涛', '陕西秦蒲工程咨询有限公司'),
              ('HOLDS_POSITION', '任海涛', '法定代表人', '陕西秦蒲工程咨询有限公司'),
              ('HOLDS_POSITION', '雷蕾', '项目负责人', '陕西秦蒲工程咨询有限公司')],
        notes=['A 复函 is not REFERRED (DECISIONS); the narrated earlier transfer (已…移送县公安局) is, with its own 文号 and date.',
               '县公安局经侦大队 and 县公安局: level-prefixed AGENCY spans; 县公安局 is a different (parent) body, so no alias.',
               'X为Y predicates (法定代表人为任海涛, 项目负责人为雷蕾) attach the positions to the persons.'],
    ),
    dict(
        file='a08-cbh-fusong-czj-2026-2.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='抚松县财政局',
        body='''
⟦抚松县财政局|A⟧
关于督促反馈移送线索办理情况的函
⟦抚财函〔2026〕2号|N⟧
⟦抚松县公安局|A⟧：
⟦2025年11月14日|D⟧，我局以《关于移送⟦吉林抚林林业科技有限公司|C⟧涉嫌伪造业绩线索的函》（⟦抚财函〔2025〕52号|N⟧）向贵局移送了⟦吉林抚林林业科技有限公司|C⟧在抚松县国有林场防火通道建设项目（项目编号：⟦FSCG2025-0417|J⟧）投标中伪造业绩合同、骗取中标的线索。贵局⟦2025年11月20日|D⟧出具了受案回执（⟦抚公（经）受字〔2025〕38号|N⟧）。
依照两部门《⟦行政执法与刑事司法衔接工作办法|L⟧》，移送机关可以询问办理进度。因该项目合同履行、资金支付须视案件结论而定，请贵局于⟦2026年1月31日|D⟧前将办理进展函告我局。
联系人：⟦王振宇|P⟧，电话0439-6212×××
⟦抚松县财政局|A⟧
⟦2026年1月12日|D⟧
抄送：⟦抚松县纪委监委|A⟧、⟦抚松县林业局|A⟧
''',
        rels=[('REFERRED', '抚松县财政局', '抚松县公安局', '抚财函〔2025〕52号', '2025年11月14日'),
              ('BID_ON', '吉林抚林林业科技有限公司', 'FSCG2025-0417')],
        notes=['A 催办函 is not itself a transfer; the earlier transfer it recalls is REFERRED with the original letter\'s 文号 and date.',
               'The police receipt number 抚公（经）受字〔2025〕38号 is a receipt issued with a 文号 → DOC_NO (DECISIONS).',
               '抄送 to 纪委监委 and 林业局 is not REFERRED. 抚松县国有林场 inside the project name is left unannotated (a place + generic 国有林场, no proper name; doubtful).',
               '《行政执法与刑事司法衔接工作办法》 is a normative text → LAW. 联系人 is not POSITION.'],
    ),
    dict(
        file='a09-fk-dongtai-scjgj-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='东台市市场监督管理局',
        body='''
⟦东台市市场监督管理局|A⟧
关于移送线索办理结果的反馈函
⟦东市监函〔2026〕21号|N⟧

⟦东台市发展和改革委员会|A⟧：
　　贵委⟦2026年3月2日|D⟧移送的《关于⟦江苏东瀛招标代理有限公司|C⟧涉嫌泄露标底的线索移送函》（⟦东发改函〔2026〕11号|N⟧）收悉后，我局于⟦3月5日|D⟧立案调查。现将办理结果反馈如下：
　　经查，⟦江苏东瀛招标代理有限公司|C⟧（以下简称⟦东瀛公司|C⟧）在代理东台市弶港镇海堤加固工程（招标编号：⟦DTZB-2025-GC072|J⟧）招标过程中，其⟦项目经理|T⟧⟦陈昊|P⟧向投标人⟦江苏沿海水利建设有限公司|C⟧透露其他投标人名称及报价区间，与该投标人恶意串通，违反了《⟦中华人民共和国反不正当竞争法|L⟧》《⟦中华人民共和国招标投标法|L⟧》相关规定。
　　⟦2026年5月20日|D⟧，我局作出行政处罚决定（⟦东市监处罚〔2026〕87号|N⟧），对⟦东瀛公司|C⟧处以罚款⟦人民币8万元|M⟧，没收违法所得⟦人民币2.35万元|M⟧。⟦东瀛公司|C⟧已于⟦6月3日|D⟧缴清罚没款。⟦江苏沿海水利建设有限公司|C⟧的中标资格问题，请⟦市发改委|A⟧依职责处理。
　　特此反馈。

⟦东台市市场监督管理局|A⟧
⟦2026年6月8日|D⟧
''',
        rels=[('REFERRED', '东台市发展和改革委员会', '东台市市场监督管理局', '东发改函〔2026〕11号', '2026年3月2日'),
              ('PENALIZED', '东台市市场监督管理局', '江苏东瀛招标代理有限公司'),
              ('HOLDS_POSITION', '陈昊', '项目经理', '江苏东瀛招标代理有限公司'),
              ('BID_ON', '江苏沿海水利建设有限公司', 'DTZB-2025-GC072')],
        aliases={'东瀛公司': '江苏东瀛招标代理有限公司', '市发改委': '东台市发展和改革委员会'},
        notes=['A result feedback carries the incoming transfer: 发改委 → 市场监管局 with the sender\'s 文号 and date.',
               'The penalty reported by the issuer itself → PENALIZED 市场监管局 → the agent company. 请市发改委依职责处理 is a suggestion, not REFERRED.',
               '招标编号 → PROJECT_NO; the agent company did not bid, the colluding bidder did → BID_ON.',
               'The company name inside the 《…线索移送函》 title is annotated (not LAW).'],
    ),
]
