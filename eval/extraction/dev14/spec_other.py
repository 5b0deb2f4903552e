"""dev14 — other shapes: minutes with 出席/列席, a 约谈记录, a tab-separated transfer register, an upward 情况报告
(hand annotation, inline ⟦text|L⟧ marks).

Places: Guangdong (Jiangmen Pengjiang; Zhanjiang Chikan), Yunnan (Baoshan Longyang), Xinjiang (Hami Yizhou).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 记录, 记录人, 约谈人, 被约谈人, 登记人 are field labels (not POSITION). Phone numbers are not annotated.',
    'A named internal unit written right after its agency is one AGENCY span (区财政局政府采购监督管理股); a bare unit with no agency before it is not annotated, '
    'and a post after a bare unit keeps only the title (政府采购监督管理股股长 → 股长, dev13).',
]

DOCS = [
    dict(
        file='o1-hyjy-jiangmen-pengjiang-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion', 'no_procurement'],
        issuer='江门市蓬江区政府采购和招标投标联动监管联席会议办公室',
        body='''
江门市蓬江区政府采购和招标投标联动监管联席会议纪要
⟦蓬联监纪〔2026〕3号|N⟧

⟦江门市蓬江区政府采购和招标投标联动监管联席会议办公室|A⟧　　　　　　　　⟦2026年6月12日|D⟧

　　⟦2026年6月10日|D⟧下午，⟦区政府|A⟧⟦副区长|T⟧⟦梁振宇|P⟧在⟦区政府|A⟧第三会议室主持召开全区政府采购和招标投标联动监管联席会议第二次全体会议。会议听取了⟦区财政局|A⟧关于上半年政府采购监督检查情况的汇报、⟦区公共资源交易中心|A⟧关于异常投标行为监测情况的通报，研究了有关案件线索的移送和办理。现纪要如下：
　　一、关于⟦江门市蓬江区棠下镇中心小学|A⟧课桌椅采购项目（项目编号：⟦PJCG-2026-0215|J⟧）涉嫌围标问题。⟦区公共资源交易中心|A⟧监测发现，⟦江门市雅居教学家具有限公司|C⟧、⟦江门市蓬江区宏图办公设备有限公司|C⟧、⟦鹤山市育才家具厂|C⟧三家供应商投标文件由同一CA证书加密。⟦区财政局|A⟧已于⟦5月28日|D⟧将该线索移送⟦江门市公安局蓬江分局|A⟧（⟦蓬财函〔2026〕19号|N⟧），⟦江门市公安局蓬江分局|A⟧于⟦6月3日|D⟧立案侦查。会议要求⟦区财政局|A⟧在刑事诉讼终结前中止行政处罚程序，暂停该项目合同签订，涉案金额⟦人民币78.6万元|M⟧的采购资金暂缓支付。
　　二、关于⟦区交通运输局|A⟧农村公路养护工程拆分发包问题。⟦区审计局|A⟧在审计中发现，⟦区交通运输局|A⟧将年度养护工程（合同总额⟦人民币436万元|M⟧）拆分为9个合同直接发包，规避招标（⟦区审计局|A⟧审计报告⟦蓬审报〔2026〕12号|N⟧）。会议决定，由⟦区审计局|A⟧将涉及公职人员的问题线索移送⟦区纪委监委|A⟧，将招标投标违法问题移送⟦区住房城乡建设局|A⟧依法处理，于⟦6月20日|D⟧前完成移送。
　　三、会议明确，由⟦区发展和改革局|A⟧牵头，于⟦2026年7月|D⟧底前建成全区公共资源交易信用信息共享平台，各成员单位按《⟦江门市蓬江区政府采购和招标投标联动监管工作规则|L⟧》第八条报送信息。

出席：⟦梁振宇|P⟧（⟦区政府|A⟧⟦副区长|T⟧）、⟦区财政局|A⟧⟦局长|T⟧⟦谭锦华|P⟧、⟦区纪委监委|A⟧⟦副书记|T⟧、⟦区监委|A⟧⟦副主任|T⟧⟦陆家明|P⟧、⟦江门市公安局蓬江分局|A⟧⟦副局长|T⟧⟦邝志强|P⟧、⟦区审计局|A⟧⟦局长|T⟧⟦黄淑仪|P⟧、⟦区市场监督管理局|A⟧⟦副局长|T⟧⟦吕冠华|P⟧、⟦区发展和改革局|A⟧⟦副局长|T⟧⟦甄伟|P⟧
列席：⟦区公共资源交易中心|A⟧⟦主任|T⟧⟦容少峰|P⟧、⟦区财政局政府采购监督管理股|A⟧⟦股长|T⟧⟦司徒婉仪|P⟧、⟦区纪委监委第五监督检查室|A⟧⟦主任|T⟧⟦何俊杰|P⟧
记录：⟦区财政局|A⟧　⟦余思敏|P⟧
分送：联席会议各成员单位
''',
        rels=[('REFERRED', '区财政局', '江门市公安局蓬江分局', '蓬财函〔2026〕19号', '5月28日'),
              ('HOLDS_POSITION', '梁振宇', '副区长@0', '区政府'),
              ('HOLDS_POSITION', '梁振宇', '副区长@1', '区政府'),
              ('HOLDS_POSITION', '谭锦华', '局长@0', '区财政局'),
              ('HOLDS_POSITION', '陆家明', '副书记', '区纪委监委'),
              ('HOLDS_POSITION', '陆家明', '副主任@0', '区监委'),
              ('HOLDS_POSITION', '邝志强', '副局长@0', '江门市公安局蓬江分局'),
              ('HOLDS_POSITION', '黄淑仪', '局长@1', '区审计局'),
              ('HOLDS_POSITION', '吕冠华', '副局长@1', '区市场监督管理局'),
              ('HOLDS_POSITION', '甄伟', '副局长@2', '区发展和改革局'),
              ('HOLDS_POSITION', '容少峰', '主任@0', '区公共资源交易中心'),
              ('HOLDS_POSITION', '司徒婉仪', '股长', '区财政局政府采购监督管理股'),
              ('HOLDS_POSITION', '何俊杰', '主任@1', '区纪委监委第五监督检查室'),
              ('BID_ON', '江门市雅居教学家具有限公司', 'PJCG-2026-0215'),
              ('BID_ON', '江门市蓬江区宏图办公设备有限公司', 'PJCG-2026-0215'),
              ('BID_ON', '鹤山市育才家具厂', 'PJCG-2026-0215')],
        unmarked=['区政府'],
        notes=COMMON + [
            'Minutes: kind other. The title line names the meeting, not a body; the 联席会议办公室 under it is read as the issuing body (AGENCY, *unsure*: a coordinating office of a joint meeting).',
            '区政府 inside 全区政府采购 (twice) is not the agency (unmarked). Level-prefixed names (区财政局, 区纪委监委, 区监委 …) are AGENCY.',
            '区纪委监委副书记、区监委副主任陆家明: two agency–post pairs for one person. 区财政局政府采购监督管理股股长 and 区纪委监委第五监督检查室主任: the named unit joins the agency span (brief).',
            'A transfer already made (区财政局 已于5月28日 移送 the police, with its letter number) is REFERRED; the decision that the 审计局 will transfer later is not (dev13 p2).',
            '2026年7月底 → DATE 2026年7月 (底 left out, *unsure*: GUIDELINES keep 初 and 份). 5月28日, 6月3日, 6月20日 (month+day) are DATE. '
            '鹤山市育才家具厂 (a factory) is COMPANY. The 审计报告 number: DOC_NO.',
        ],
    ),
    dict(
        file='o2-ytjl-zhanjiang-chikan-2026-6.txt', fmt='utf-8', kind='other', violations=['other', 'discriminatory_terms'],
        issuer='湛江市赤坎区财政局',
        body='''
⟦湛江市赤坎区财政局|A⟧政府采购约谈记录

约谈编号：⟦赤财约〔2026〕6号|N⟧
约谈时间：⟦2026年6月18日|D⟧9:30—10:40
约谈地点：赤坎区北桥路12号第二会议室
约谈人：⟦湛江市赤坎区财政局|A⟧⟦副局长|T⟧　⟦冯志刚|P⟧；政府采购监督管理股⟦股长|T⟧　⟦陈秋萍|P⟧
被约谈单位：⟦广东南粤正诚工程咨询有限公司|C⟧
被约谈人：⟦黎嘉豪|P⟧（⟦总经理|T⟧）、⟦吴美玲|P⟧（⟦项目负责人|T⟧）
记录人：⟦谭晓薇|P⟧
约谈事由：你公司代理的⟦湛江市赤坎区人民医院|A⟧医用耗材集中采购项目（项目编号：⟦ZJCK-2026-YY-012|J⟧）未在法定期限内答复供应商质疑，采购需求部分参数指向单一品牌。

⟦冯志刚|P⟧：今天约谈你们，主要是⟦湛江市赤坎区人民医院|A⟧医用耗材采购项目的问题。⟦5月26日|D⟧，⟦广东海滨医疗器械有限公司|C⟧对采购文件提出质疑，你公司直到⟦6月9日|D⟧才答复，超过了七个工作日的期限。另外，采购需求中一次性吻合器的参数与某进口品牌完全一致，其他品牌无法满足。
⟦黎嘉豪|P⟧：质疑答复超期是我们的问题，经办人员对期限计算有误。参数是采购人提供的，我们没有认真审核。
⟦吴美玲|P⟧：该项目预算⟦268万元|M⟧，参数是医院设备科⟦5月10日|D⟧书面提供的，我们已经保存了原件。
⟦陈秋萍|P⟧：根据《⟦政府采购质疑和投诉办法|L⟧》第十三条，采购代理机构应当在收到质疑函后7个工作日内作出答复。《⟦政府采购需求管理办法|L⟧》也明确规定，采购需求不得指向特定供应商、特定产品。
⟦冯志刚|P⟧：请你公司在⟦2026年6月25日|D⟧前书面报送整改情况，组织项目人员开展业务培训。我局将把约谈情况记入代理机构监督评价档案，并将参数问题另行函告⟦湛江市赤坎区卫生健康局|A⟧。
⟦黎嘉豪|P⟧：我们一定按要求整改。

约谈人签字：⟦冯志刚|P⟧　⟦陈秋萍|P⟧
被约谈人签字：⟦黎嘉豪|P⟧　⟦吴美玲|P⟧
记录人签字：⟦谭晓薇|P⟧
''',
        rels=[('HOLDS_POSITION', '冯志刚', '副局长', '湛江市赤坎区财政局'),
              ('HOLDS_POSITION', '陈秋萍', '股长', '湛江市赤坎区财政局'),
              ('HOLDS_POSITION', '黎嘉豪', '总经理', '广东南粤正诚工程咨询有限公司'),
              ('HOLDS_POSITION', '吴美玲', '项目负责人', '广东南粤正诚工程咨询有限公司')],
        notes=COMMON + [
            '约谈编号 value numbers the record: DOC_NO (dev13 field-value rule). The 约谈地点 field is an address: not annotated.',
            '政府采购监督管理股股长 after a semicolon (no agency before the unit): 股长 only, org the 财政局 of the 约谈人 line (dev13). Speaker labels and signatures are PERSON mentions.',
            'A 约谈 with a request for a written rectification report is not a sanction (no PENALIZED, *unsure*). Writing to the 卫健局 later is not REFERRED (not done, and it is a 函告).',
            'The complaining supplier 广东海滨… is not assumed to have bid. 医院设备科 (no name) is not annotated. 某进口品牌 is not a name.',
            'Violations: other (late reply to a 质疑), discriminatory_terms (parameters pointing to one brand).',
        ],
    ),
    dict(
        file='o3-ysdjb-baoshan-longyang-2026.txt', fmt='gb18030', kind='other',
        violations=['collusion', 'interference', 'no_procurement', 'false_materials', 'other'],
        issuer='保山市隆阳区财政局',
        body='''
⟦保山市隆阳区财政局|A⟧政府采购案件线索移送登记簿（2026年）

登记号	移送日期	移送文号	移送单位	接收单位	线索内容摘要	项目编号	接收回执文号	办理结果
⟦LY-YS-2026-001|N⟧	⟦2026-02-14|D⟧	⟦隆财移〔2026〕1号|N⟧	⟦保山市隆阳区财政局|A⟧	⟦保山市公安局隆阳分局|A⟧	⟦保山滇西康达医疗器械有限公司|C⟧等3家供应商涉嫌串通投标	⟦LYCG-2025-118|J⟧	⟦隆公经回〔2026〕4号|N⟧	⟦2026-02-20|D⟧立案（⟦隆公（经）立告字〔2026〕6号|N⟧）
⟦LY-YS-2026-002|N⟧	⟦2026-03-09|D⟧	⟦隆财移〔2026〕2号|N⟧	⟦保山市隆阳区财政局|A⟧	⟦中共保山市隆阳区纪律检查委员会|A⟧	⟦保山市隆阳区农业农村局|A⟧干部⟦杨某某|P⟧干预评审	⟦LYCG-2026-007|J⟧	⟦隆纪回〔2026〕11号|N⟧	已受理
⟦LY-YS-2026-003|N⟧	⟦2026-03-30|D⟧	⟦隆审移〔2026〕3号|N⟧	⟦保山市隆阳区审计局|A⟧	⟦保山市隆阳区财政局|A⟧	⟦保山市隆阳区水务局|A⟧办公设备采购化整为零	—	⟦隆财收〔2026〕27号|N⟧	立案调查（⟦隆财立〔2026〕4号|N⟧）
⟦LY-YS-2026-004|N⟧	⟦2026-04-16|D⟧	⟦隆市监转〔2026〕9号|N⟧	⟦保山市隆阳区市场监督管理局|A⟧	⟦保山市隆阳区财政局|A⟧	⟦云南高黎贡信息工程有限公司|C⟧投标时提供虚假ISO认证证书	⟦LYCG-2026-031|J⟧	⟦隆财收〔2026〕35号|N⟧	已处罚（⟦隆财罚决〔2026〕2号|N⟧，罚款⟦人民币7,650元|M⟧）
⟦LY-YS-2026-005|N⟧	⟦2026-05-22|D⟧	⟦隆财函〔2026〕14号|N⟧	⟦保山市隆阳区财政局|A⟧	⟦保山市隆阳区住房和城乡建设局|A⟧	⟦保山永昌建筑工程有限公司|C⟧资质挂靠投标	⟦BSLY-JS-2026-012|J⟧	—	接收单位已退回（⟦隆住建函〔2026〕8号|N⟧），转报市级主管部门
⟦LY-YS-2026-006|N⟧	⟦2026-06-05|D⟧	⟦隆公资报〔2026〕7号|N⟧	⟦保山市隆阳区公共资源交易中心|A⟧	⟦保山市隆阳区财政局|A⟧	⟦评标专家|T⟧⟦段某|P⟧评分畸高	⟦LYCG-2026-044|J⟧	⟦隆财收〔2026〕51号|N⟧	调查中

登记人：⟦杨丽芬|P⟧　　审核：⟦尹国华|P⟧（⟦股长|T⟧）
''',
        rels=[('REFERRED', '保山市隆阳区财政局', '保山市公安局隆阳分局', '隆财移〔2026〕1号', '2026-02-14'),
              ('REFERRED', '保山市隆阳区财政局', '中共保山市隆阳区纪律检查委员会', '隆财移〔2026〕2号', '2026-03-09'),
              ('REFERRED', '保山市隆阳区审计局', '保山市隆阳区财政局', '隆审移〔2026〕3号', '2026-03-30'),
              ('REFERRED', '保山市隆阳区市场监督管理局', '保山市隆阳区财政局', '隆市监转〔2026〕9号', '2026-04-16'),
              ('REFERRED', '保山市隆阳区财政局', '保山市隆阳区住房和城乡建设局', '隆财函〔2026〕14号', '2026-05-22'),
              ('REFERRED', '保山市隆阳区公共资源交易中心', '保山市隆阳区财政局', '隆公资报〔2026〕7号', '2026-06-05'),
              ('PENALIZED', '保山市隆阳区财政局', '云南高黎贡信息工程有限公司'),
              ('HOLDS_POSITION', '尹国华', '股长', '保山市隆阳区财政局'),
              ('HOLDS_POSITION', '段某', '评标专家', None),
              ('BID_ON', '保山滇西康达医疗器械有限公司', 'LYCG-2025-118'),
              ('BID_ON', '云南高黎贡信息工程有限公司', 'LYCG-2026-031'),
              ('BID_ON', '保山永昌建筑工程有限公司', 'BSLY-JS-2026-012')],
        notes=COMMON + [
            'GB18030, tab-separated register. The register\'s own row serial under 登记号 is DOC_NO (brief: a file number), unlike dev13 n10.',
            'Each row is one transfer: REFERRED from the 移送单位 to the 接收单位, evidence the 移送文号, date the 移送日期 (ISO form). 接收回执文号 and the numbers in 办理结果 are DOC_NO.',
            'Row 5: the receiver returned the clue (退回): the transfer stays REFERRED, the return is no relation (brief). 转报市级主管部门 names no body.',
            'Row 4: 已处罚 by the receiver (the 财政局), with the decision number and the fine: PENALIZED 财政局 → the supplier (*unsure*: the register states the result, the decision itself is elsewhere).',
            '干部 is not POSITION (dev13). 评标专家段某: POSITION attached to a named person (GUIDELINES 评审专家陈国清), org null. '
            'The three suppliers are parties to bids on the numbered projects (串通投标, 投标时, 挂靠投标): BID_ON; 段某 is not.',
            '审核：尹国华（股长）: the post in （） attaches to the person, org the register\'s owner 财政局 (*unsure*).',
        ],
    ),
    dict(
        file='o4-qkbg-hami-yizhou-2026-22.docx', fmt='docx', kind='other',
        violations=['false_materials', 'no_procurement', 'collusion'],
        issuer='哈密市伊州区财政局',
        body='''
⟦哈密市伊州区财政局|A⟧
⟦伊财报〔2026〕22号|N⟧
关于伊州区政府采购领域突出问题专项整治工作情况的报告
⟦哈密市财政局|A⟧：
　　按照《⟦哈密市财政局关于开展政府采购领域“四类”违法违规行为专项整治工作的通知|L⟧》（⟦哈市财采〔2026〕5号|N⟧）要求，我局于⟦2026年4月|D⟧至⟦2026年6月|D⟧在全区开展了专项整治，现将有关情况报告如下：
　　一、基本情况。共抽查政府采购项目46个，涉及采购金额⟦1.83亿元|M⟧，发现问题项目9个，已立案调查3起，移送问题线索2条。
　　二、发现问题及处理情况
　　（一）⟦哈密伊吾源商贸有限公司|C⟧在⟦哈密市伊州区第八中学|A⟧学生公寓家具采购项目（项目编号：⟦YZCG-2026-009|J⟧）投标中提供虚假社保缴纳证明，我局依法作出《行政处罚决定书》（⟦伊财罚决〔2026〕3号|N⟧），对其处以罚款⟦人民币6,980元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。
　　（二）⟦哈密市伊州区城市管理局|A⟧将环卫车辆采购项目（预算⟦人民币392万元|M⟧）拆分为4次询价采购，规避公开招标。该局⟦原局长|T⟧⟦艾力·吐尔洪|P⟧涉嫌违规决策，问题线索已于⟦2026年5月21日|D⟧移交⟦中共哈密市伊州区纪律检查委员会|A⟧（⟦伊财移〔2026〕4号|N⟧）。
　　（三）⟦哈密晨光印务有限公司|C⟧、⟦哈密瀚海印刷厂|C⟧在⟦哈密市伊州区教育局|A⟧教材教辅印刷服务项目（项目编号：⟦YZCG-2026-017|J⟧）投标中相互串通报价，线索已于⟦2026年6月2日|D⟧移送⟦哈密市公安局伊州区分局|A⟧（⟦伊财移〔2026〕5号|N⟧），该局已于⟦2026年6月9日|D⟧立案侦查。
　　三、存在的问题。部分采购人内控制度不健全，采购需求管理薄弱；个别代理机构从业人员业务能力不足。
　　四、下一步工作。一是对立案案件依法办结；二是配合⟦中共哈密市伊州区纪律检查委员会|A⟧、⟦哈密市公安局伊州区分局|A⟧做好移送线索的后续工作；三是将整治中发现的问题纳入⟦2026年7月|D⟧开展的代理机构监督评价。
　　特此报告。
附件：专项整治问题清单
⟦哈密市伊州区财政局|A⟧
⟦2026年6月30日|D⟧
（联系人：政府采购监督管理股　⟦阿依古丽·买买提|P⟧，电话：0902-2236618）
''',
        rels=[('PENALIZED', '哈密市伊州区财政局', '哈密伊吾源商贸有限公司'),
              ('REFERRED', '哈密市伊州区财政局', '中共哈密市伊州区纪律检查委员会', '伊财移〔2026〕4号', '2026年5月21日'),
              ('REFERRED', '哈密市伊州区财政局', '哈密市公安局伊州区分局', '伊财移〔2026〕5号', '2026年6月2日'),
              ('HOLDS_POSITION', '艾力·吐尔洪', '原局长', '哈密市伊州区城市管理局'),
              ('BID_ON', '哈密伊吾源商贸有限公司', 'YZCG-2026-009'),
              ('BID_ON', '哈密晨光印务有限公司', 'YZCG-2026-017'),
              ('BID_ON', '哈密瀚海印刷厂', 'YZCG-2026-017')],
        notes=COMMON + [
            'A .docx upward 情况报告 (texts/ holds the plain text): kind other, issuer the 区财政局. The number sits under the sender, before the title.',
            'The normative notice cited in 《》 is LAW (a 专项整治 notice); the 哈密市财政局 inside it is not annotated separately. 《行政处罚决定书》 is a case document (not LAW).',
            'The bureau\'s own penalty reported in its report (我局 = the named issuer): PENALIZED 伊州区财政局 → the supplier. Its own transfers (移交, 移送) are REFERRED with number and date.',
            '该局原局长 → 原局长 (该局 left out; 原 adjacent), org the 城管局. Uyghur names with ·: one PERSON span. 2026年4月至2026年6月: two DATE spans. 1.83亿元: MONEY.',
        ],
    ),
]
