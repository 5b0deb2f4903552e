"""heldout4 — 12 referral-chain letters (hand annotation, inline ⟦text|L⟧ marks; see ../dev6/goldkit.py).

Three chains, each a first letter and follow-ups that cite its number:
  A  Inner Mongolia, 准格尔旗: 线索移送函 → 签收回执 → 受理通知书 → 办理结果反馈函
  B  Xinjiang, 伊宁县: 转送函 → 退回函 → 问题线索移送函 → 受理通知书
  C  Sichuan, 江安县: 线索移送函 → 协助调查函 → 协助调查复函 (traditional) → 退回函
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '我局, 我委, 我中心, 你局, 你委, 你单位, 本局 and other self or addressee pronouns are not annotated.',
    '联系人, 签收人, 承办人, 经办人 are not POSITION.',
]

DOCS = [
    # ------------------------------------------------------------------ chain A
    dict(
        file='yjh-zhungeer-2026-06.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='准格尔旗财政局',
        body='''
⟦准格尔旗财政局|A⟧
线索移送函
⟦准财采函〔2026〕6号|N⟧
⟦准格尔旗公安局|A⟧：
我局在办理⟦鄂尔多斯市鑫泰建设工程有限公司|C⟧（以下简称“⟦鑫泰公司|C⟧”）对准格尔旗薛家湾镇供热管网改造项目（项目编号：⟦ZGEQ-2026-GR-003|J⟧）的投诉中发现，⟦内蒙古蒙源管道工程有限公司准格尔旗分公司|C⟧（以下简称“⟦蒙源准旗分公司|C⟧”）、⟦鄂尔多斯市恒力达建材有限责任公司|C⟧、⟦准格尔旗兴盛达商贸有限公司|C⟧三家投标人的投标保证金于同一日从同一账户转出，投标文件中的项目负责人联系电话相同；⟦蒙源准旗分公司|C⟧⟦负责人|T⟧⟦乌云其其格|P⟧与⟦鄂尔多斯市恒力达建材有限责任公司|C⟧⟦法定代表人|T⟧⟦其木格|P⟧系姐妹关系。⟦鑫泰公司|C⟧的投诉事项我局已另行处理（⟦准财采决〔2026〕2号|N⟧）。
上述三家公司的行为涉嫌串通投标犯罪。根据《⟦中华人民共和国政府采购法|L⟧》第七十七条、《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条，现将线索及相关材料移送你局，请于收到本函之日起五个工作日内出具签收回执，并在作出是否立案决定后书面告知我局。
附件：1.投诉书及投诉处理决定书（⟦准财采决〔2026〕2号|N⟧）复印件；2.投标保证金银行流水（4页）；3.投标文件（光盘1张）。
联系人：⟦慕容海燕|P⟧　0477-4xxxxxx
⟦准格尔旗财政局|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[
            ('REFERRED', '准格尔旗财政局', '准格尔旗公安局', '准财采函〔2026〕6号', '2026年3月2日'),
            ('HOLDS_POSITION', '乌云其其格', '负责人', '内蒙古蒙源管道工程有限公司准格尔旗分公司'),
            ('HOLDS_POSITION', '其木格', '法定代表人', '鄂尔多斯市恒力达建材有限责任公司'),
            ('LEGAL_REP', '其木格', '鄂尔多斯市恒力达建材有限责任公司'),
            ('BID_ON', '内蒙古蒙源管道工程有限公司准格尔旗分公司', 'ZGEQ-2026-GR-003'),
            ('BID_ON', '鄂尔多斯市恒力达建材有限责任公司', 'ZGEQ-2026-GR-003'),
            ('BID_ON', '准格尔旗兴盛达商贸有限公司', 'ZGEQ-2026-GR-003'),
        ],
        aliases={'鑫泰公司': '鄂尔多斯市鑫泰建设工程有限公司', '蒙源准旗分公司': '内蒙古蒙源管道工程有限公司准格尔旗分公司'},
        notes=COMMON + [
            'The complainant 鑫泰公司 is not said to have bid: no BID_ON for it.',
            'A branch company is one COMPANY span with its branch name; its defined short form 蒙源准旗分公司 is an alias. 负责人 of the branch is POSITION.',
            '项目负责人联系电话 is generic (no person): not annotated.',
            'The letter\'s signature date is the transfer date.',
        ],
        unmarked=['负责人'],
    ),
    dict(
        file='hz-zhungeer-2026-06.txt', fmt='gb18030-crlf', kind='other', violations=[],
        issuer='准格尔旗公安局经济犯罪侦查大队',
        body='''
签　收　回　执
⟦准格尔旗财政局|A⟧：
你局《线索移送函》（⟦准财采函〔2026〕6号|N⟧）及所附材料共三项（投诉书及投诉处理决定书复印件1份、投标保证金银行流水4页、投标文件光盘1张）已于⟦2026年3月4日|D⟧收到，材料齐全。
特此回执。
签收单位：⟦准格尔旗公安局经济犯罪侦查大队|A⟧（代章）
签收人：⟦司马文斌|P⟧
联系电话：0477-4xxxxxx
⟦二〇二六年三月四日|D⟧
''',
        rels=[
            ('REFERRED', '准格尔旗财政局', '准格尔旗公安局经济犯罪侦查大队', '准财采函〔2026〕6号', None),
        ],
        notes=COMMON + [
            'GB18030 with CRLF line ends; offsets count the \\r characters.',
            'A receipt gives the original transfer: 准格尔旗财政局 → the signing unit 准格尔旗公安局经济犯罪侦查大队 (the only receiver named here), with the letter\'s number; the transfer date is not stated (3月4日 is the receipt date).',
            'The receipt does not characterise any conduct: violations empty.',
        ],
    ),
    dict(
        file='sltz-zhungeer-2026-14.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='准格尔旗公安局',
        body='''
⟦准格尔旗公安局|A⟧
受理案件通知书
⟦准公（经）受通字〔2026〕14号|N⟧
⟦准格尔旗财政局|A⟧：
你局于⟦2026年3月2日|D⟧以⟦准财采函〔2026〕6号|N⟧移送的⟦内蒙古蒙源管道工程有限公司准格尔旗分公司|C⟧等三家公司涉嫌串通投标线索，我局已于⟦2026年3月4日|D⟧受理。经审查，认为有犯罪事实需要追究刑事责任，且属于我局管辖，已于⟦2026年3月10日|D⟧立案侦查（⟦准公（经）立字〔2026〕31号|N⟧）。
案件办理结果我局将按照《⟦鄂尔多斯市公共资源交易领域行刑衔接工作办法|L⟧》规定及时反馈。
承办人：⟦皇甫立军|P⟧
⟦准格尔旗公安局|A⟧（印）
⟦2026年3月11日|D⟧
''',
        rels=[
            ('REFERRED', '准格尔旗财政局', '准格尔旗公安局', '准财采函〔2026〕6号', '2026年3月2日'),
        ],
        notes=COMMON + [
            '.docx: offsets refer to texts/sltz-zhungeer-2026-14.docx.txt.',
            'An acceptance notice gives the original transfer with its number and stated transfer date (not the acceptance or filing date).',
            '立案侦查 is not PENALIZED. 立字 number is DOC_NO.',
            'No project number here: no BID_ON.',
        ],
    ),
    dict(
        file='fk-zhungeer-2026-22.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='准格尔旗公安局',
        body='''
⟦准格尔旗公安局|A⟧
关于⟦准财采函〔2026〕6号|N⟧移送线索办理结果的反馈函
⟦准公（经）函〔2026〕22号|N⟧
⟦准格尔旗财政局|A⟧：
你局⟦2026年3月2日|D⟧以⟦准财采函〔2026〕6号|N⟧移送的⟦内蒙古蒙源管道工程有限公司准格尔旗分公司|C⟧等三家公司涉嫌串通投标线索，我局于⟦2026年3月10日|D⟧立案侦查。经侦查查明，⟦内蒙古蒙源管道工程有限公司|C⟧⟦副总经理|T⟧、分公司⟦负责人|T⟧⟦乌云其其格|P⟧为使该分公司在准格尔旗薛家湾镇供热管网改造项目（项目编号：⟦ZGEQ-2026-GR-003|J⟧）中标，与⟦其木格|P⟧商定由⟦鄂尔多斯市恒力达建材有限责任公司|C⟧、⟦准格尔旗兴盛达商贸有限公司|C⟧陪标，并由其统一垫付投标保证金。该分公司以⟦人民币壹仟贰佰叁拾肆万伍仟陆佰元整|M⟧（⟦¥12,345,600.00|M⟧）中标。
⟦2026年5月8日|D⟧，我局已将⟦乌云其其格|P⟧、⟦其木格|P⟧涉嫌串通投标一案移送⟦准格尔旗人民检察院|A⟧审查起诉（⟦准公（经）诉字〔2026〕19号|N⟧）。对三家公司违反政府采购法律法规的行为，请⟦旗财政局|A⟧依法处理。
⟦准格尔旗公安局|A⟧
⟦2026年5月12日|D⟧
''',
        rels=[
            ('REFERRED', '准格尔旗财政局', '准格尔旗公安局', '准财采函〔2026〕6号', '2026年3月2日'),
            ('REFERRED', '准格尔旗公安局', '准格尔旗人民检察院', '准公（经）诉字〔2026〕19号', '2026年5月8日'),
            ('HOLDS_POSITION', '乌云其其格', '副总经理', '内蒙古蒙源管道工程有限公司'),
            ('HOLDS_POSITION', '乌云其其格', '负责人', '内蒙古蒙源管道工程有限公司准格尔旗分公司'),
            ('BID_ON', '内蒙古蒙源管道工程有限公司准格尔旗分公司', 'ZGEQ-2026-GR-003'),
            ('BID_ON', '鄂尔多斯市恒力达建材有限责任公司', 'ZGEQ-2026-GR-003'),
            ('BID_ON', '准格尔旗兴盛达商贸有限公司', 'ZGEQ-2026-GR-003'),
        ],
        aliases={'旗财政局': '准格尔旗财政局'},
        notes=COMMON + [
            'GB18030, LF.',
            'A result report repeats the original transfer (finance → police, number and date) and states a new one (police → procuratorate, 诉字 number, date).',
            '分公司负责人: 分公司 refers back to the named branch, so the org of 负责人 is the branch; 副总经理 is a post in the parent company (named separately).',
            '该分公司 is a pronoun-like back reference: not annotated.',
            '大写 amount with 整 and the ¥ figure are two MONEY spans.',
            '旗财政局 (level word + institution, after the full name) is AGENCY, alias of 准格尔旗财政局; 请…依法处理 after a transfer report is not a new transfer.',
        ],
    ),
    # ------------------------------------------------------------------ chain B
    dict(
        file='zsh-yining-2026-09.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'collusion'],
        issuer='伊宁县市场监督管理局',
        body='''
⟦伊宁县市场监督管理局|A⟧
转送函
⟦伊县市监函〔2026〕9号|N⟧
⟦伊宁县财政局|A⟧：
⟦2026年3月16日|D⟧，我局收到⟦伊犁天山绿源农业科技有限公司|C⟧（⟦法定代表人|T⟧⟦阿卜杜热依木·买买提|P⟧）的投诉，反映伊宁县2026年农机购置补贴配套设备采购项目（项目编号：⟦YNXZC-2026-017|J⟧）采购文件设定“须提供伊犁州本地售后服务网点证明”的条件，排斥外地供应商；中标供应商⟦伊宁县丰源农机销售有限公司|C⟧与采购代理机构⟦新疆天诚招标代理有限公司伊犁分公司|C⟧（以下简称“⟦天诚伊犁分公司|C⟧”）⟦项目经理|T⟧⟦热娜古丽·艾力|P⟧存在亲属关系，涉嫌恶意串通。
经审查，该投诉属政府采购投诉，依照《⟦政府采购质疑和投诉办法|L⟧》应由财政部门处理，现转送你局。根据《⟦伊宁县公共资源交易联动监管实施细则|L⟧》第十一条，我局已于⟦2026年3月18日|D⟧书面告知投诉人向你局投诉。
附件：投诉材料（共15页）
⟦伊宁县市场监督管理局|A⟧
⟦2026年3月19日|D⟧
''',
        rels=[
            ('REFERRED', '伊宁县市场监督管理局', '伊宁县财政局', '伊县市监函〔2026〕9号', '2026年3月19日'),
            ('HOLDS_POSITION', '阿卜杜热依木·买买提', '法定代表人', '伊犁天山绿源农业科技有限公司'),
            ('LEGAL_REP', '阿卜杜热依木·买买提', '伊犁天山绿源农业科技有限公司'),
            ('HOLDS_POSITION', '热娜古丽·艾力', '项目经理', '新疆天诚招标代理有限公司伊犁分公司'),
            ('BID_ON', '伊宁县丰源农机销售有限公司', 'YNXZC-2026-017'),
        ],
        aliases={'天诚伊犁分公司': '新疆天诚招标代理有限公司伊犁分公司'},
        notes=COMMON + [
            'Names with the middle dot (阿卜杜热依木·买买提, 热娜古丽·艾力) are one PERSON span each.',
            'Forwarding a complaint (转送) is REFERRED, with the letter\'s number and date.',
            'The complainant is not said to have bid; the winner (中标供应商) gets BID_ON; the agent does not bid.',
            'Allegations count as violations: 排斥外地供应商 → discriminatory_terms, 恶意串通 → collusion.',
            '2026年 inside the project name is year-only; 财政部门 is generic.',
        ],
    ),
    dict(
        file='thh-yining-2026-11.txt', fmt='gb18030-crlf', kind='other', violations=[],
        issuer='伊宁县财政局',
        body='''
⟦伊宁县财政局|A⟧
⟦伊县财函〔2026〕11号|N⟧
关于退回⟦伊县市监函〔2026〕9号|N⟧转送材料的函
⟦伊宁县市场监督管理局|A⟧：
你局⟦2026年3月19日|D⟧转送的⟦伊犁天山绿源农业科技有限公司|C⟧投诉材料（⟦伊县市监函〔2026〕9号|N⟧）我局已于⟦3月20日|D⟧收悉。经核查，伊宁县2026年农机购置补贴配套设备采购项目（项目编号：⟦YNXZC-2026-017|J⟧）系⟦伊宁县农业农村局|A⟧使用中央财政农机购置补贴资金组织的补贴机具供需对接活动，不属于政府采购项目，投诉事项不属于我局职责范围。
依照《⟦伊宁县公共资源交易联动监管实施细则|L⟧》第十四条，现将上述材料退回，请你局按职责处理或告知投诉人向⟦县农业农村局|A⟧反映。
附件：退回材料清单（共15页）
⟦伊宁县财政局|A⟧
⟦二〇二六年三月二十五日|D⟧
''',
        rels=[
            ('REFERRED', '伊宁县市场监督管理局', '伊宁县财政局', '伊县市监函〔2026〕9号', '2026年3月19日'),
        ],
        aliases={'县农业农村局': '伊宁县农业农村局'},
        notes=COMMON + [
            'GB18030 with CRLF line ends.',
            'A return letter gives the original transfer (市场监管 → 财政, with the first letter\'s number and its date); returning the materials is not REFERRED.',
            '县农业农村局 (level word + institution after the full name) is AGENCY, alias of 伊宁县农业农村局. 中央财政 is not an agency name.',
            'The letter does not state any conduct: violations empty.',
            '3月20日 is month+day: DATE.',
        ],
    ),
    dict(
        file='yjh-yining-2026-15.docx', fmt='docx', kind='other', violations=['abuse_of_power'],
        issuer='伊宁县市场监督管理局',
        body='''
⟦伊宁县市场监督管理局|A⟧
问题线索移送函
⟦伊县市监函〔2026〕15号|N⟧
⟦中共伊宁县纪律检查委员会|A⟧、⟦伊宁县监察委员会|A⟧：
我局在核查⟦伊宁县财政局|A⟧以⟦伊县财函〔2026〕11号|N⟧退回的投诉材料过程中发现，⟦伊宁县农业农村局农机推广站|A⟧⟦站长|T⟧⟦古丽米拉·吐尔逊|P⟧的丈夫⟦艾尔肯·阿不都拉|P⟧系⟦伊宁县丰源农机销售有限公司|C⟧（以下简称“⟦丰源农机|C⟧”）⟦实际控制人|T⟧。⟦古丽米拉·吐尔逊|P⟧在补贴机具供需对接中将⟦丰源农机|C⟧确定为唯一供货企业，合同金额⟦人民币捌拾陆万元整|M⟧。上述问题涉嫌公职人员利用职权为亲属谋取利益，属你委职责范围，现予移送。
请于受理后五个工作日内将受理情况告知我局，办结后十个工作日内反馈处理结果。
附件：1.⟦伊县财函〔2026〕11号|N⟧复印件；2.企业登记信息；3.供货合同复印件。
⟦伊宁县市场监督管理局|A⟧
⟦2026年4月7日|D⟧
''',
        rels=[
            ('REFERRED', '伊宁县市场监督管理局', '中共伊宁县纪律检查委员会', '伊县市监函〔2026〕15号', '2026年4月7日'),
            ('REFERRED', '伊宁县市场监督管理局', '伊宁县监察委员会', '伊县市监函〔2026〕15号', '2026年4月7日'),
            ('HOLDS_POSITION', '古丽米拉·吐尔逊', '站长', '伊宁县农业农村局农机推广站'),
            ('HOLDS_POSITION', '艾尔肯·阿不都拉', '实际控制人', '伊宁县丰源农机销售有限公司'),
        ],
        aliases={'丰源农机': '伊宁县丰源农机销售有限公司'},
        notes=COMMON + [
            '.docx: offsets refer to texts/yjh-yining-2026-15.docx.txt.',
            'Joint addressee 纪委 + 监委: one REFERRED per organ.',
            'The return by the finance bureau (伊县财函〔2026〕11号) is cited but is not a REFERRED.',
            '伊宁县农业农村局农机推广站: a named sub-unit with the agency name, one AGENCY span; 站长 its POSITION.',
            '丈夫 is a relation, not POSITION. The contract is not a numbered project: no BID_ON.',
            '利用职权为亲属谋取利益 by an official → abuse_of_power.',
        ],
    ),
    dict(
        file='sltz-yining-2026-03.txt', fmt='gb18030', kind='other', violations=[],
        issuer='中共伊宁县纪律检查委员会',
        body='''
⟦中共伊宁县纪律检查委员会|A⟧
⟦伊宁县监察委员会|A⟧
受理通知书
⟦伊纪受〔2026〕3号|N⟧
⟦伊宁县市场监督管理局|A⟧：
你局⟦伊县市监函〔2026〕15号|N⟧移送的关于⟦古丽米拉·吐尔逊|P⟧涉嫌违规问题线索，我委已于⟦2026年4月9日|D⟧收到。经研究，决定予以受理，按照干部管理权限由⟦县纪委监委第二纪检监察室|A⟧承办。办理结果将按规定反馈你局。
⟦中共伊宁县纪律检查委员会办公室|A⟧
⟦2026年4月14日|D⟧
''',
        rels=[
            ('REFERRED', '伊宁县市场监督管理局', '中共伊宁县纪律检查委员会', '伊县市监函〔2026〕15号', None),
            ('REFERRED', '伊宁县市场监督管理局', '伊宁县监察委员会', '伊县市监函〔2026〕15号', None),
        ],
        notes=COMMON + [
            'GB18030, LF. Joint issuer: the original transfer is recorded to each organ (我委); doc.issuer is the first-listed 中共伊宁县纪律检查委员会.',
            '2026年4月9日 is the receipt date, not the transfer date: REFERRED date null.',
            '县纪委监委第二纪检监察室: level-prefixed body plus a named internal office, one AGENCY span (maximal); it is a sub-unit, not an alias of the commission. The signature 中共伊宁县纪律检查委员会办公室 is likewise one span.',
            '涉嫌违规问题 does not characterise the conduct: violations empty.',
        ],
    ),
    # ------------------------------------------------------------------ chain C
    dict(
        file='yjh-jiangan-2026-05.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='江安县住房和城乡建设局',
        body='''
⟦江安县住房和城乡建设局|A⟧
涉嫌犯罪案件线索移送函
⟦江住建函〔2026〕5号|N⟧
⟦江安县公安局|A⟧：
我局在对江安县城区雨污分流改造工程（标段编号：⟦JAJS2026-YW-01|J⟧）开展招标投标监督检查时发现，投标人⟦四川竹海建设工程有限公司|C⟧（以下简称“⟦竹海公司|C⟧”）与⟦宜宾长宁河建筑安装有限公司|C⟧的电子投标文件由同一MAC地址的电脑上传，两公司报价差额均为⟦¥1,000.00|M⟧，技术标存在相同错误。⟦竹海公司|C⟧⟦法定代表人|T⟧⟦诸葛明远|P⟧曾于⟦2024年11月|D⟧因提供虚假业绩被⟦宜宾市住房和城乡建设局|A⟧处以罚款。
上述情况涉嫌串通投标犯罪，依照《⟦中华人民共和国招标投标法|L⟧》第五十三条及《⟦四川省行政执法与刑事司法衔接工作办法|L⟧》，现移送你局审查。请于收到后三个工作日内出具回执。
附件：1.监督检查记录；2.电子投标文件上传日志（光盘1张）。
⟦江安县住房和城乡建设局|A⟧
⟦2026年3月23日|D⟧
''',
        rels=[
            ('REFERRED', '江安县住房和城乡建设局', '江安县公安局', '江住建函〔2026〕5号', '2026年3月23日'),
            ('HOLDS_POSITION', '诸葛明远', '法定代表人', '四川竹海建设工程有限公司'),
            ('LEGAL_REP', '诸葛明远', '四川竹海建设工程有限公司'),
            ('BID_ON', '四川竹海建设工程有限公司', 'JAJS2026-YW-01'),
            ('BID_ON', '宜宾长宁河建筑安装有限公司', 'JAJS2026-YW-01'),
            ('PENALIZED', '宜宾市住房和城乡建设局', '四川竹海建设工程有限公司'),
        ],
        aliases={'竹海公司': '四川竹海建设工程有限公司'},
        notes=COMMON + [
            '.docx: offsets refer to texts/yjh-jiangan-2026-05.docx.txt.',
            '标段编号 value is PROJECT_NO. ¥1,000.00 is MONEY (a price difference).',
            'A past fine by a named agency stated as fact is PENALIZED (宜宾市住房和城乡建设局 → 四川竹海建设工程有限公司); its false-materials conduct is past, so violations lists only the charged collusion.',
            'Compound surname 诸葛 kept in the PERSON span.',
        ],
    ),
    dict(
        file='xczh-jiangan-2026-08.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='江安县公安局',
        body='''
⟦江安县公安局|A⟧
协助调查函
⟦江公（经）协字〔2026〕第8号|N⟧
⟦江安县公共资源交易中心|A⟧：
我局根据⟦江安县住房和城乡建设局|A⟧《涉嫌犯罪案件线索移送函》（⟦江住建函〔2026〕5号|N⟧）对⟦四川竹海建设工程有限公司|C⟧、⟦宜宾长宁河建筑安装有限公司|C⟧涉嫌串通投标一事进行初查。为查明事实，请你中心协助提供以下材料：
一、江安县城区雨污分流改造工程（标段编号：⟦JAJS2026-YW-01|J⟧）全部投标人的投标文件上传记录，包括IP地址、MAC地址、CPU序列号；
二、上述两公司近两年参与江安县域内其他项目投标的记录，重点是⟦江安县中医医院|A⟧门诊楼改造工程（项目编号：⟦JAZY-2025-011|J⟧）；
三、两公司缴纳投标保证金的银行账户信息。
请于⟦2026年4月3日|D⟧前将材料送我局经侦大队。
联系人：⟦欧阳子涵|P⟧（⟦侦查员|T⟧）　0831-2xxxxxx
⟦江安县公安局|A⟧
⟦2026年3月27日|D⟧
''',
        rels=[
            ('REFERRED', '江安县住房和城乡建设局', '江安县公安局', '江住建函〔2026〕5号', None),
            ('HOLDS_POSITION', '欧阳子涵', '侦查员', '江安县公安局'),
            ('BID_ON', '四川竹海建设工程有限公司', 'JAJS2026-YW-01'),
            ('BID_ON', '宜宾长宁河建筑安装有限公司', 'JAJS2026-YW-01'),
        ],
        notes=COMMON + [
            'An assistance letter is not REFERRED; the transfer it cites (住建 → 公安, by 江住建函〔2026〕5号) is, without a date (none stated here).',
            'BID_ON only for the numbered project the two firms are said to have bid on (JAJS2026-YW-01, 全部投标人… 上述两公司); for JAZY-2025-011 the letter only asks for their records: no BID_ON.',
            '江安县中医医院 inside the project name is a public hospital: AGENCY (names embedded in project names are annotated).',
            '我局经侦大队 has no agency name: not annotated. 2026年4月3日前: 前 excluded.',
        ],
    ),
    dict(
        file='fh-jiangan-2026-03-fanti.txt', fmt='gb18030-crlf', kind='other', violations=[],
        issuer='江安縣公共資源交易中心',
        body='''
⟦江安縣公共資源交易中心|A⟧
關於⟦江公（經）協字〔2026〕第8號|N⟧協助調查函的復函
⟦江資交函〔2026〕3號|N⟧
⟦江安縣公安局|A⟧：
你局⟦江公（經）協字〔2026〕第8號|N⟧函收悉。經查詢電子交易系統，現將有關情況函復如下：
一、江安縣城區雨污分流改造工程（標段編號：⟦JAJS2026-YW-01|J⟧）共有7家投標人。其中⟦四川竹海建設工程有限公司|C⟧與⟦宜賓長寧河建築安裝有限公司|C⟧上傳投標文件的IP地址、MAC地址均相同，上傳時間相差4分鐘。
二、上述兩公司均參與了⟦江安縣中醫醫院|A⟧門診樓改造工程（項目編號：⟦JAZY-2025-011|J⟧）投標，投標保證金均由⟦中國農業銀行股份有限公司江安支行|C⟧同一賬戶轉出。
三、相關電子數據已刻錄光盤，由我中心⟦工作人員|T⟧⟦端木清|P⟧於⟦2026年3月31日|D⟧送交你局經偵大隊。
⟦江安縣公共資源交易中心|A⟧
⟦二〇二六年三月三十一日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '端木清', '工作人員', '江安縣公共資源交易中心'),
            ('BID_ON', '四川竹海建設工程有限公司', 'JAJS2026-YW-01'),
            ('BID_ON', '宜賓長寧河建築安裝有限公司', 'JAJS2026-YW-01'),
            ('BID_ON', '四川竹海建設工程有限公司', 'JAZY-2025-011'),
            ('BID_ON', '宜賓長寧河建築安裝有限公司', 'JAZY-2025-011'),
        ],
        notes=COMMON + [
            'Traditional characters, GB18030 with CRLF line ends.',
            'A reply to an assistance letter: no REFERRED. The quoted number 江公（經）協字〔2026〕第8號 is DOC_NO (title and body).',
            '江安縣中醫醫院 inside the project name is a public hospital: AGENCY.',
            '我中心工作人員端木清: POSITION of the issuer (compound surname 端木).',
            'The bank branch is one COMPANY span.',
            'The reply reports data (same IP/MAC, same account) without characterising the conduct: violations empty.',
        ],
    ),
    dict(
        file='thh-jiangan-2026-17.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='江安县公安局',
        body='''
⟦江安县公安局|A⟧
关于退回⟦江住建函〔2026〕5号|N⟧移送材料的函
⟦江公（经）函〔2026〕17号|N⟧
⟦江安县住房和城乡建设局|A⟧：
你局⟦2026年3月23日|D⟧以⟦江住建函〔2026〕5号|N⟧移送的⟦四川竹海建设工程有限公司|C⟧、⟦宜宾长宁河建筑安装有限公司|C⟧涉嫌串通投标线索，我局经初查（并经⟦江安县公共资源交易中心|A⟧以⟦江资交函〔2026〕3号|N⟧协助提供电子数据），认为两公司虽存在投标文件由同一设备上传的情形，但现有证据尚不足以证明其串通投标行为损害招标人或者其他投标人利益且情节严重，不符合刑事立案条件，决定不予立案（⟦江公（经）不立字〔2026〕4号|N⟧）。
现将移送材料退回你局，建议你局依照《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条、第六十七条的规定，对两公司视为串通投标的行为依法作出行政处理。
附件：退回材料清单
⟦江安县公安局|A⟧
⟦2026年4月20日|D⟧
''',
        rels=[
            ('REFERRED', '江安县住房和城乡建设局', '江安县公安局', '江住建函〔2026〕5号', '2026年3月23日'),
        ],
        notes=COMMON + [
            'A return letter gives the original transfer (住建 → 公安, its number and date); returning is not REFERRED; the trading centre\'s help is not a transfer.',
            '不立字 number is DOC_NO. 不予立案 is not PENALIZED.',
            'The two firms are not said here to have bid on a numbered project: no BID_ON.',
            '视为串通投标 → collusion (as alleged).',
        ],
    ),
]
