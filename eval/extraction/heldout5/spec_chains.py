"""heldout5 — the three referral chains (11 letters). Inline marks ⟦text|L⟧, see ../dev6/goldkit.py."""

DOCS = []

# ---------------------------------------------------------------- chain A: 宁化县 (福建三明)

DOCS.append(dict(
    file='yjh-ninghua-2026-31.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='宁化县财政局',
    body='''
⟦宁化县财政局|A⟧
线索移送函
⟦宁财采函〔2026〕31号|N⟧

⟦宁化县公安局|A⟧：
我局在办理⟦宁化县第二实验小学|A⟧智慧教室设备采购项目（项目编号：⟦NHZC2026-0117|J⟧）投诉过程中，发现⟦福建省闽鑫达科技有限公司|C⟧（以下简称“⟦闽鑫达公司|C⟧”）、⟦三明市榕源电子设备有限公司|C⟧、⟦宁化县翠江信息技术有限公司|C⟧（以下简称“⟦翠江公司|C⟧”）三家供应商的投标文件由同一台电脑编制（文件创建标识码一致），三家供应商的投标保证金均从⟦三明市榕源电子设备有限公司|C⟧⟦员工|T⟧⟦吴天赐|P⟧个人账户转出；⟦闽鑫达公司|C⟧⟦法定代表人|T⟧⟦邱建平|P⟧与⟦翠江公司|C⟧⟦实际控制人|T⟧⟦邱建安|P⟧系兄弟关系，涉嫌串通投标。该项目预算金额为⟦人民币186.5万元|M⟧，⟦福建省闽鑫达科技有限公司|C⟧以⟦人民币1,793,200元|M⟧中标。
根据《⟦中华人民共和国政府采购法|L⟧》第七十七条及《⟦宁化县政府采购联动监管工作机制|L⟧》的规定，现将该线索移送你局依法处理。请于收到本函后5个工作日内签收回执，并将受理情况书面告知我局。
附件：1.投诉书及投诉处理材料（复印件）共46页
2.投标文件电子数据比对报告（⟦宁化县公共资源交易中心|A⟧出具）
联系人：⟦刘雪梅|P⟧（电话：0598-6831xxx）

⟦宁化县财政局|A⟧（印章）
⟦2026年3月12日|D⟧
抄送：⟦中共宁化县纪律检查委员会|A⟧，⟦宁化县监察委员会|A⟧
''',
    rels=[('REFERRED', '宁化县财政局', '宁化县公安局', '宁财采函〔2026〕31号', '2026年3月12日'),
          ('LEGAL_REP', '邱建平', '福建省闽鑫达科技有限公司'),
          ('HOLDS_POSITION', '邱建平', '法定代表人', '福建省闽鑫达科技有限公司'),
          ('HOLDS_POSITION', '邱建安', '实际控制人', '宁化县翠江信息技术有限公司'),
          ('HOLDS_POSITION', '吴天赐', '员工', '三明市榕源电子设备有限公司'),
          ('BID_ON', '福建省闽鑫达科技有限公司', 'NHZC2026-0117'),
          ('BID_ON', '三明市榕源电子设备有限公司', 'NHZC2026-0117'),
          ('BID_ON', '宁化县翠江信息技术有限公司', 'NHZC2026-0117')],
    aliases={'闽鑫达公司': '福建省闽鑫达科技有限公司', '翠江公司': '宁化县翠江信息技术有限公司'},
    notes=['抄送 to the 纪委 and 监委 is not REFERRED.',
           '联系人 is not POSITION; the phone number is not annotated.'],
))

DOCS.append(dict(
    file='hz-ninghua-2026-9.txt', fmt='gb18030-crlf', kind='other', violations=[],
    issuer='宁化县公安局',
    body='''
⟦宁化县公安局|A⟧
移送案件线索签收回执
⟦宁公经回〔2026〕9号|N⟧

⟦宁化县财政局|A⟧：
你局⟦2026年3月12日|D⟧《线索移送函》（⟦宁财采函〔2026〕31号|N⟧）及附件材料共2项已于⟦2026年3月16日|D⟧收到。经审查，我局已将该线索交由经济犯罪侦查大队办理，现已开展初查。
签收人：⟦赖志强|P⟧（经侦大队⟦民警|T⟧）
承办人：⟦宁化县公安局经侦大队|A⟧ ⟦曾晓东|P⟧、⟦巫丽萍|P⟧
联系电话：0598-6822xxx

⟦宁化县公安局|A⟧
⟦2026年3月17日|D⟧
''',
    rels=[('REFERRED', '宁化县财政局', '宁化县公安局', '宁财采函〔2026〕31号', '2026年3月12日'),
          ('HOLDS_POSITION', '赖志强', '民警', '宁化县公安局经侦大队')],
    notes=['The receipt gives the original transfer (finance → police) with the first letter\'s number and its date; '
           'the receipt date 2026年3月16日 is DATE but not the REFERRED date.',
           '经济犯罪侦查大队 / 经侦大队 without the bureau name is not annotated; the 民警 of 赖志强 is attached to the '
           'squad, whose named form 宁化县公安局经侦大队 occurs in the next line (org).',
           '签收人 and 承办人 are not POSITION.'],
))

DOCS.append(dict(
    file='xczh-ninghua-2026-7.docx', fmt='docx', kind='other', violations=['collusion'],
    issuer='宁化县公安局',
    body='''
⟦宁化县公安局|A⟧
协助调查函
⟦宁公（经）协字[2026]第7号|N⟧
⟦宁化县公共资源交易中心|A⟧：
我局根据⟦宁化县财政局|A⟧⟦宁财采函〔2026〕31号|N⟧线索移送函，对⟦宁化县第二实验小学|A⟧智慧教室设备采购项目（⟦NHZC2026-0117|J⟧）涉嫌串通投标一案开展初查。为查明案情，请你中心协助提供以下材料：
一、⟦福建省闽鑫达科技有限公司|C⟧、⟦三明市榕源电子设备有限公司|C⟧、⟦宁化县翠江信息技术有限公司|C⟧在该项目中的投标文件电子版、上传IP地址、MAC地址及CA锁使用记录；
二、上述三家公司⟦2025年1月1日|D⟧以来在你中心参与投标的项目清单；
三、该项目评标委员会成员名单及评标报告。
案件基本事实：经初步比对，上述三家公司投标文件制作机器码相同，投标保证金自同一账户缴纳。
依据：《⟦中华人民共和国刑事诉讼法|L⟧》第五十四条。
请于⟦2026年3月27日|D⟧前将材料送至我局经侦大队。
联系人：经侦大队⟦副大队长|T⟧ ⟦伍永福|P⟧ 13905981xxx
⟦宁化县公安局|A⟧
⟦2026年3月20日|D⟧
''',
    rels=[('REFERRED', '宁化县财政局', '宁化县公安局', '宁财采函〔2026〕31号'),
          ('HOLDS_POSITION', '伍永福', '副大队长', '宁化县公安局'),
          ('BID_ON', '福建省闽鑫达科技有限公司', 'NHZC2026-0117'),
          ('BID_ON', '三明市榕源电子设备有限公司', 'NHZC2026-0117'),
          ('BID_ON', '宁化县翠江信息技术有限公司', 'NHZC2026-0117')],
    notes=['The assistance request itself is not REFERRED; the original transfer it cites (财政局 letter received by 我局) is, '
           'with the number and no date (none stated).',
           '副大队长 of 我局经侦大队: the squad is not named here, org is the bureau (我局).'],
))

DOCS.append(dict(
    file='fh-ninghua-2026-5.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='宁化县公共资源交易中心',
    body='''
⟦宁化县公共资源交易中心|A⟧
关于协助调查有关情况的复函
⟦宁公资函【2026】5号|N⟧

⟦宁化县公安局|A⟧：
你局《协助调查函》（⟦宁公（经）协字[2026]第7号|N⟧）收悉。经查，现将有关情况函复如下：
一、⟦福建省闽鑫达科技有限公司|C⟧（以下简称“⟦闽鑫达公司|C⟧”）、⟦三明市榕源电子设备有限公司|C⟧（以下简称“⟦榕源公司|C⟧”）、⟦宁化县翠江信息技术有限公司|C⟧（以下简称“⟦翠江公司|C⟧”）在⟦NHZC2026-0117|J⟧项目中上传投标文件的IP地址相同，上传时间相隔不超过4分钟，三家公司存在围标串标异常。
二、⟦2025年1月|D⟧以来，⟦闽鑫达公司|C⟧、⟦榕源公司|C⟧共同参与我中心项目7个，其中⟦闽鑫达公司|C⟧中标4个，包括⟦宁化县水茜镇人民政府|A⟧办公设备采购项目（项目编号：⟦NHZC2025-0342|J⟧）、⟦宁化县中医院|A⟧信息化升级项目（项目编号：⟦NHZC2025-0518|J⟧），中标金额合计⟦人民币312.4万元|M⟧。
三、该项目评标委员会成员为⟦张冬生|P⟧、⟦夏侯慧敏|P⟧、⟦黄立新|P⟧、⟦谢春兰|P⟧、⟦曹辉|P⟧，评标报告复印件见附件。
附件：1.投标文件上传记录（光盘1张）
2.评标报告复印件（共18页）
经办人：⟦池雅琴|P⟧

⟦宁化县公共资源交易中心|A⟧
⟦2026年3月25日|D⟧
''',
    rels=[('BID_ON', '福建省闽鑫达科技有限公司', 'NHZC2026-0117'),
          ('BID_ON', '三明市榕源电子设备有限公司', 'NHZC2026-0117'),
          ('BID_ON', '宁化县翠江信息技术有限公司', 'NHZC2026-0117'),
          ('BID_ON', '福建省闽鑫达科技有限公司', 'NHZC2025-0342'),
          ('BID_ON', '福建省闽鑫达科技有限公司', 'NHZC2025-0518')],
    aliases={'闽鑫达公司': '福建省闽鑫达科技有限公司', '榕源公司': '三明市榕源电子设备有限公司',
             '翠江公司': '宁化县翠江信息技术有限公司'},
    notes=['A reply to an assistance letter: no REFERRED.',
           '评标委员会成员为…: a list head, not POSITION; 经办人 not POSITION.',
           'The 7 jointly-entered projects are not numbered: BID_ON only for the numbered ones.'],
))

# ---------------------------------------------------------------- chain B: 蕉岭县 (广东梅州)

DOCS.append(dict(
    file='yssc-jiaoling-2026-3.docx', fmt='docx', kind='other', violations=['no_procurement', 'bribery'],
    issuer='蕉岭县审计局',
    body='''
⟦蕉岭县审计局|A⟧
审计移送处理书
⟦蕉审移〔2026〕3号|N⟧
⟦中共蕉岭县纪律检查委员会|A⟧、⟦蕉岭县监察委员会|A⟧：
我局在对⟦蕉岭县住房和城乡建设局|A⟧2025年度预算执行情况进行审计时，发现以下问题线索：
⟦2025年4月|D⟧至9月，⟦蕉岭县住房和城乡建设局|A⟧将长潭镇污水管网改造工程（投资额⟦人民币486.7万元|M⟧）拆分为5个标段，均以低于公开招标限额的方式直接发包给⟦梅州市嘉源建筑工程有限公司|C⟧、⟦蕉岭县新铺建设有限公司|C⟧，规避公开招标。该局⟦原副局长|T⟧⟦钟伟雄|P⟧在工程发包过程中与⟦梅州市嘉源建筑工程有限公司|C⟧⟦实际控制人|T⟧⟦古汉城|P⟧往来密切，⟦钟伟雄|P⟧之妻⟦刁某某|P⟧在该公司领取“咨询费”共计⟦人民币18万元|M⟧。
上述问题涉嫌公职人员违纪违法，依据《⟦中华人民共和国审计法|L⟧》第五十二条及《⟦蕉岭县公共资源交易联动监管办法|L⟧》第十二条的规定，现移送你们依纪依法处理，并请将处理结果书面告知我局。
附件：审计取证单（编号：⟦JLSJ-QZ-2026-011|N⟧）复印件12份
⟦蕉岭县审计局|A⟧
⟦2026年4月8日|D⟧
（联系人：审计股 ⟦卢晓梅|P⟧，电话0753-7882xxx）
''',
    rels=[('REFERRED', '蕉岭县审计局', '中共蕉岭县纪律检查委员会', '蕉审移〔2026〕3号', '2026年4月8日'),
          ('REFERRED', '蕉岭县审计局', '蕉岭县监察委员会', '蕉审移〔2026〕3号', '2026年4月8日'),
          ('HOLDS_POSITION', '钟伟雄', '原副局长', '蕉岭县住房和城乡建设局'),
          ('HOLDS_POSITION', '古汉城', '实际控制人', '梅州市嘉源建筑工程有限公司')],
    notes=['A joint 纪委/监委 addressee: one REFERRED per organ.',
           '2025年4月至9月: the bare end month is not DATE.',
           'The 审计取证单 编号 is a document number (DOC_NO).',
           'No BID_ON: the works were sent out directly and no project number is given.'],
))

DOCS.append(dict(
    file='sltz-jiaoling-2026-15.txt', fmt='gb18030', kind='other', violations=[],
    issuer='中共蕉岭县纪律检查委员会',
    body='''
⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
问题线索受理通知书
⟦蕉纪受字〔2026〕第15号|N⟧

⟦蕉岭县审计局|A⟧：
你局于⟦2026年4月8日|D⟧移送的《审计移送处理书》（⟦蕉审移〔2026〕3号|N⟧）及附件已于⟦4月10日|D⟧收悉。经审核，该问题线索属于我委管辖范围，我委决定予以受理，并已交由第三纪检监察室办理。
承办人：⟦尉迟晓峰|P⟧
特此通知。

⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
⟦2026年4月15日|D⟧
''',
    rels=[('REFERRED', '蕉岭县审计局', '中共蕉岭县纪律检查委员会', '蕉审移〔2026〕3号', '2026年4月8日'),
          ('REFERRED', '蕉岭县审计局', '蕉岭县监察委员会', '蕉审移〔2026〕3号', '2026年4月8日')],
    notes=['Joint issuer: 我委 resolves to both organs, one REFERRED each; doc.issuer is the first-listed organ.',
           '4月10日 (receipt) is DATE, not the REFERRED date.'],
))

DOCS.append(dict(
    file='xczh-jiaoling-2026-22.txt', fmt='utf-8', kind='other', violations=[],
    issuer='中共蕉岭县纪律检查委员会',
    body='''
⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
协助调查函
⟦蕉纪监协〔2026〕22号|N⟧

⟦蕉岭县市场监督管理局|A⟧：
我委在办理⟦蕉岭县审计局|A⟧移送的⟦钟伟雄|P⟧涉嫌违纪违法问题线索（⟦蕉审移〔2026〕3号|N⟧）过程中，需查明⟦梅州市嘉源建筑工程有限公司|C⟧（统一社会信用代码：91441427MA5xxxxxxx）的股权变更情况。经初步核查，该公司⟦2024年11月5日|D⟧变更后的⟦股东|T⟧为⟦古汉城|P⟧、⟦刁某某|P⟧，⟦刁某某|P⟧系⟦钟伟雄|P⟧配偶。
根据《⟦中华人民共和国监察法|L⟧》第十八条的规定，请你局协助提供该公司自设立以来的全部登记档案（含股东会决议、章程修正案、变更登记申请书）。
请于⟦2026年5月6日|D⟧前将材料密封后交我委第三纪检监察室。
联系人：⟦尉迟晓峰|P⟧ 0753-7891xxx

⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
⟦2026年4月24日|D⟧
''',
    rels=[('REFERRED', '蕉岭县审计局', '中共蕉岭县纪律检查委员会', '蕉审移〔2026〕3号'),
          ('REFERRED', '蕉岭县审计局', '蕉岭县监察委员会', '蕉审移〔2026〕3号'),
          ('HOLDS_POSITION', '古汉城', '股东', '梅州市嘉源建筑工程有限公司'),
          ('HOLDS_POSITION', '刁某某', '股东', '梅州市嘉源建筑工程有限公司')],
    unmarked=['股东'],
    notes=['The cited transfer (审计局 → 我委, joint) is REFERRED to each organ, with the number, no date.',
           'One 股东 mention shared by two persons: HOLDS_POSITION to each.',
           'violations empty: the letter does not characterise the conduct (涉嫌违纪违法 only).'],
))

DOCS.append(dict(
    file='fk-jiaoling-2026-9.txt', fmt='gb18030-crlf', kind='other',
    violations=['interference', 'bribery', 'no_procurement'],
    issuer='中共蕉岭县纪律检查委员会',
    body='''
⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
关于⟦蕉审移〔2026〕3号|N⟧移送问题线索办理结果的反馈函
⟦蕉纪监函〔2026〕9号|N⟧

⟦蕉岭县审计局|A⟧：
你局⟦2026年4月8日|D⟧移送的⟦蕉岭县住房和城乡建设局|A⟧⟦原副局长|T⟧⟦钟伟雄|P⟧违规插手工程发包问题线索，我委已办理完毕。现将办理结果反馈如下：
经查，⟦钟伟雄|P⟧在担任⟦蕉岭县住房和城乡建设局|A⟧⟦副局长|T⟧期间，利用职务便利，授意将长潭镇污水管网改造工程拆分发包给⟦梅州市嘉源建筑工程有限公司|C⟧，其妻⟦刁某某|P⟧以“咨询费”名义收受该公司⟦实际控制人|T⟧⟦古汉城|P⟧所送⟦人民币18万元|M⟧。⟦2026年6月19日|D⟧，经⟦中共蕉岭县纪律检查委员会常委会|A⟧会议研究并报⟦中共蕉岭县委|A⟧批准，决定给予⟦钟伟雄|P⟧开除党籍处分；由⟦蕉岭县监察委员会|A⟧给予其开除公职处分；收缴其违纪违法所得。⟦钟伟雄|P⟧涉嫌受贿犯罪问题已移送⟦蕉岭县人民检察院|A⟧依法审查起诉。
对⟦蕉岭县住房和城乡建设局|A⟧规避公开招标问题，建议你局督促整改。

⟦中共蕉岭县纪律检查委员会|A⟧
⟦蕉岭县监察委员会|A⟧
⟦2026年6月26日|D⟧
''',
    rels=[('REFERRED', '蕉岭县审计局', '中共蕉岭县纪律检查委员会', '蕉审移〔2026〕3号', '2026年4月8日'),
          ('REFERRED', '蕉岭县审计局', '蕉岭县监察委员会', '蕉审移〔2026〕3号', '2026年4月8日'),
          ('REFERRED', '蕉岭县监察委员会', '蕉岭县人民检察院'),
          ('PENALIZED', '中共蕉岭县纪律检查委员会常委会', '钟伟雄'),
          ('PENALIZED', '蕉岭县监察委员会', '钟伟雄'),
          ('HOLDS_POSITION', '钟伟雄', '原副局长', '蕉岭县住房和城乡建设局'),
          ('HOLDS_POSITION', '钟伟雄', '副局长', '蕉岭县住房和城乡建设局'),
          ('HOLDS_POSITION', '古汉城', '实际控制人', '梅州市嘉源建筑工程有限公司')],
    notes=['The original transfer is cited by its number in the title and by its date in the body: one REFERRED per organ with both.',
           '移送…审查起诉 of a suspected crime: the sender is the 监察委员会 (the organ that transfers duty crimes for prosecution), '
           'no number or date stated.',
           'Party expulsion: multi-stage (常委会 研究, 县委 批准): only the deciding body, the 常委会 (one AGENCY span, 会议 outside). '
           'Dismissal from public office: the 监察委员会.',
           '建议你局督促整改 is not REFERRED.'],
))

# ---------------------------------------------------------------- chain C: 桦甸市 (吉林吉林市)

DOCS.append(dict(
    file='zsh-huadian-2026-12.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='桦甸市市场监督管理局',
    body='''
⟦桦甸市市场监督管理局|A⟧
关于转送桦甸市夹皮沟镇道路硬化工程串通投标举报材料的函
⟦桦市监函〔2026〕12号|N⟧

⟦桦甸市发展和改革局|A⟧：
⟦2026年5月11日|D⟧，我局接到实名举报（举报人信息依法保密），反映⟦桦甸市夹皮沟镇人民政府|A⟧2026年村屯道路硬化工程（招标编号：⟦HDJS-2026-GC-031|J⟧）招标过程中，⟦吉林省松江路桥工程有限公司|C⟧、⟦桦甸市鑫泰建筑安装有限公司|C⟧、⟦吉林市北山市政工程有限责任公司|C⟧三家投标人的投标报价呈等差排列，且三家公司的投标联系人均为同一人⟦金成浩|P⟧（电话：1384321xxxx）。
经审查，举报事项涉及工程建设项目招标投标活动中的串通投标行为，不属于我局反不正当竞争执法职责范围。根据《⟦吉林省公共资源交易监督管理办法|L⟧》的有关规定，现将举报材料转送你局处理。
附件：举报信及附件（共9页）

⟦桦甸市市场监督管理局|A⟧
⟦2026年5月14日|D⟧
（经办人：⟦朴英姬|P⟧，联系电话：0432-6522xxx）
''',
    rels=[('REFERRED', '桦甸市市场监督管理局', '桦甸市发展和改革局', '桦市监函〔2026〕12号', '2026年5月14日'),
          ('BID_ON', '吉林省松江路桥工程有限公司', 'HDJS-2026-GC-031'),
          ('BID_ON', '桦甸市鑫泰建筑安装有限公司', 'HDJS-2026-GC-031'),
          ('BID_ON', '吉林市北山市政工程有限责任公司', 'HDJS-2026-GC-031')],
    notes=['招标编号 value is PROJECT_NO.', '投标联系人 is not POSITION (联系人).',
           '桦甸市夹皮沟镇 in the title (no 人民政府) is a place, not AGENCY.'],
))

DOCS.append(dict(
    file='thh-huadian-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='樺甸市發展和改革局',
    body='''
⟦樺甸市發展和改革局|A⟧
關於退回⟦樺市監函〔2026〕12號|N⟧轉送材料的函
⟦樺發改函〔2026〕4號|N⟧

⟦樺甸市市場監督管理局|A⟧：
你局⟦2026年5月14日|D⟧轉來的《關於轉送樺甸市夾皮溝鎮道路硬化工程串通投標舉報材料的函》（⟦樺市監函〔2026〕12號|N⟧）及舉報材料已於⟦5月18日|D⟧收悉。經研究，房屋建築和市政基礎設施工程招標投標活動由住房和城鄉建設主管部門實施監督，我局不負責該類工程招標投標活動的行政監督。根據《⟦樺甸市公共資源交易聯動監管實施辦法|L⟧》第十四條的規定，現將上述材料退回你局，建議轉送⟦樺甸市住房和城鄉建設局|A⟧處理。
附件：舉報信及附件（共9頁）

⟦樺甸市發展和改革局|A⟧
⟦2026年5月20日|D⟧
聯繫人：⟦全美善|P⟧
''',
    rels=[('REFERRED', '樺甸市市場監督管理局', '樺甸市發展和改革局', '樺市監函〔2026〕12號', '2026年5月14日')],
    notes=['Traditional characters. The return letter gives the original transfer (with the first letter\'s number, cited in the '
           'title and in the body, and the stated transfer date); the return itself and 建議轉送 are not REFERRED.',
           'The quoted letter title in 《》 is case-specific: not LAW.',
           'violations: the returned material alleges 串通投標.'],
))

DOCS.append(dict(
    file='sltz-huadian-2026-7.docx', fmt='docx', kind='other', violations=['collusion'],
    issuer='桦甸市住房和城乡建设局',
    body='''
⟦桦甸市住房和城乡建设局|A⟧
受理通知书
⟦桦住建受字（2026）第7号|N⟧
⟦桦甸市市场监督管理局|A⟧：
你局⟦2026年5月22日|D⟧以⟦桦市监函〔2026〕12号-1|N⟧转送的⟦桦甸市夹皮沟镇人民政府|A⟧2026年村屯道路硬化工程（⟦HDJS-2026-GC-031|J⟧）串通投标举报材料于⟦2026年5月25日|D⟧收悉。该材料前经你局⟦桦市监函〔2026〕12号|N⟧转送⟦桦甸市发展和改革局|A⟧，后由该局以⟦桦发改函〔2026〕4号|N⟧退回。
经审查，举报反映⟦吉林省松江路桥工程有限公司|C⟧等三家投标人串通投标的问题属于我局监管职责，符合受理条件，我局决定予以受理，并将会同⟦桦甸市公安局|A⟧开展调查。调查处理结果将于办结后10个工作日内书面告知你局。
承办科室：建筑市场监管科
承办人：⟦崔光日|P⟧、⟦张立波|P⟧
⟦桦甸市住房和城乡建设局|A⟧
⟦2026年5月27日|D⟧
''',
    rels=[('REFERRED', '桦甸市市场监督管理局', '桦甸市住房和城乡建设局', '桦市监函〔2026〕12号-1', '2026年5月22日'),
          ('REFERRED', '桦甸市市场监督管理局', '桦甸市发展和改革局', '桦市监函〔2026〕12号'),
          ('BID_ON', '吉林省松江路桥工程有限公司', 'HDJS-2026-GC-031')],
    notes=['The re-transfer carries the number with a -1 suffix: one DOC_NO span 桦市监函〔2026〕12号-1, distinct from 桦市监函〔2026〕12号.',
           'The earlier transfer to 发改 is stated: REFERRED with its number, no date; the return (桦发改函〔2026〕4号) is not.',
           '会同…开展调查 is not REFERRED. 建筑市场监管科 (unit without the bureau name) is not annotated.'],
))
