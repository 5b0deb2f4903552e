"""dev11 — letters between agencies (8 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Guangxi (Nanning Jiangnan), Anhui (Hefei Shushan), Henan (Luoyang Jianxi), Jiangxi (Ganzhou Zhanggong),
Hebei (Handan Congtai), Zhejiang (Jiaxing Xiuzhou), Jiangsu (Nantong Chongchuan), Shandong (Linyi Lanshan).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人, 签收人, 签发 are form labels (not POSITION); the names after them are PERSON; phones are not annotated.',
    '我局, 你局, 你委, 我委, 我中心, 本局 and other pronouns are not annotated.',
    '抄送 is copying, not a transfer: no REFERRED to a 抄送 addressee.',
]

DOCS = [
    dict(
        file='l1-xsyj-nanning-jiangnan-2026-31.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='南宁市江南区财政局',
        body='''
⟦南宁市江南区财政局|A⟧
线索移送函
⟦江财采函〔2026〕31号|N⟧

⟦南宁市公安局江南分局|A⟧：
　　⟦2026年4月|D⟧，我局在处理⟦江南区沙井街道社区卫生服务中心|A⟧设备采购项目（项目编号：⟦JNCG2026-0317|J⟧）投诉过程中发现，参与投标的⟦广西邕江医疗器械有限公司|C⟧（以下简称“⟦邕江公司|C⟧”）、⟦南宁市德泰科技有限责任公司|C⟧（以下简称“⟦德泰公司|C⟧”）和⟦广西华岳贸易有限公司|C⟧（以下简称“⟦华岳公司|C⟧”）三家单位的投标保证金均由同一银行账户转出，投标文件制作机器码一致；⟦邕江公司|C⟧⟦法定代表人|T⟧⟦韦海涛|P⟧与⟦华岳公司|C⟧⟦实际控制人|T⟧⟦韦海波|P⟧系兄弟关系。三家单位的投标报价分别为⟦人民币1,186,000元|M⟧、⟦1,191,500元|M⟧、⟦1,194,200元|M⟧，报价呈规律性递增，最终由⟦德泰公司|C⟧中标。
　　上述行为涉嫌串通投标罪。根据《⟦政府采购领域行政执法与刑事司法衔接工作办法|L⟧》的规定，现将该线索移送你局依法处理。
　　附件：移送材料清单（共3项12页）
　　1.投标文件电子版（光盘1张）；
　　2.投标保证金缴纳凭证复印件5页；
　　3.投诉书及调查笔录7页。
　　联系人：⟦农丽萍|P⟧（政府采购监督管理科），电话0771-4826613

⟦南宁市江南区财政局|A⟧
⟦2026年5月8日|D⟧
''',
        rels=[('REFERRED', '南宁市江南区财政局', '南宁市公安局江南分局', '江财采函〔2026〕31号', '2026年5月8日'),
              ('BID_ON', '广西邕江医疗器械有限公司', 'JNCG2026-0317'),
              ('BID_ON', '南宁市德泰科技有限责任公司', 'JNCG2026-0317'),
              ('BID_ON', '广西华岳贸易有限公司', 'JNCG2026-0317'),
              ('LEGAL_REP', '韦海涛', '广西邕江医疗器械有限公司'),
              ('HOLDS_POSITION', '韦海涛', '法定代表人', '广西邕江医疗器械有限公司'),
              ('HOLDS_POSITION', '韦海波', '实际控制人', '广西华岳贸易有限公司')],
        aliases={'邕江公司': '广西邕江医疗器械有限公司', '德泰公司': '南宁市德泰科技有限责任公司',
                 '华岳公司': '广西华岳贸易有限公司'},
        notes=COMMON + [
            'A 线索移送函 finance bureau -> police 分局: REFERRED with the letter\'s number and signature date (2026年4月 is when the clue was found, not the transfer).',
            'Three 以下简称 aliases; the posts are attached to the aliases (邕江公司法定代表人): org is the canonical company.',
            '实际控制人 is POSITION (dev6). The bare 政府采购监督管理科 in the contact line is a unit type without place or level: not annotated.',
            'Three listed quotes: the second and third without 人民币 are still MONEY.',
        ],
        unmarked=[],
    ),
    dict(
        file='l2-hz-hefei-shushan-2026-09.txt', fmt='gb18030-crlf', kind='other', violations=['interference'],
        issuer='中共合肥市蜀山区纪律检查委员会',
        body='''
案件（线索）移送回执

编号：⟦蜀纪回〔2026〕09号|N⟧

移送单位	⟦合肥市蜀山区审计局|A⟧
移送文书及文号	审计移送处理书（⟦蜀审移[2026]第4号|N⟧）
移送日期	⟦2026年3月16日|D⟧
移送事项	⟦蜀山区城市管理局|A⟧2025年度环卫作业服务采购中有关人员涉嫌违规干预评审问题
移送材料	1.审计移送处理书1份；2.审计工作底稿复印件23页；3.询问笔录4份
接收单位	⟦中共合肥市蜀山区纪律检查委员会|A⟧、⟦合肥市蜀山区监察委员会|A⟧
签收人	⟦诸葛文静|P⟧
签收日期	⟦2026年3月18日|D⟧
备注	经初步审查，上述问题线索属我委管辖范围，已按程序登记。

（接收单位盖章）
⟦中共合肥市蜀山区纪律检查委员会|A⟧
⟦2026年3月18日|D⟧
''',
        rels=[('REFERRED', '合肥市蜀山区审计局', '中共合肥市蜀山区纪律检查委员会', '蜀审移[2026]第4号', '2026年3月16日'),
              ('REFERRED', '合肥市蜀山区审计局', '合肥市蜀山区监察委员会', '蜀审移[2026]第4号', '2026年3月16日')],
        notes=COMMON + [
            'A receipt as a two-column form (tab-separated): it carries the REFERRED of the transfer it acknowledges (dev8/dev9): evidence is the number in the 移送文书及文号 cell (half-width brackets and 第 kept), date the 移送日期 cell; the 签收日期 and the signature date are never the REFERRED date.',
            'Joint 纪委 + 监委 receiver: one REFERRED per organ (dev8). Issuer: the 纪委 that signs under 盖章.',
            'The receipt\'s own 编号 is DOC_NO, not evidence. 2025年度 is year-level.',
            'GB18030 with CRLF line ends.',
        ],
    ),
    dict(
        file='l3-lagz-luoyang-jianxi-2026-027.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='洛阳市公安局涧西分局',
        body='''
⟦洛阳市公安局涧西分局|A⟧
立案告知书
⟦洛公涧（经）立告字【2026】第027号|N⟧
⟦洛阳市涧西区财政局|A⟧：
　　你局于⟦2026年4月9日|D⟧以⟦涧财函（2026）12号|N⟧函移送的涧西区2026年老旧小区改造项目（项目编号：⟦JXJS-2026-015|J⟧）中⟦河南洛宏建设工程有限公司|C⟧、⟦洛阳天硕建筑劳务有限公司|C⟧涉嫌串通投标一案，我局经审查认为有犯罪事实，需要追究刑事责任，符合立案条件，已于⟦2026年4月20日|D⟧立案侦查。涉案人员为⟦河南洛宏建设工程有限公司|C⟧⟦项目经理|T⟧⟦段某某|P⟧、⟦洛阳天硕建筑劳务有限公司|C⟧⟦股东|T⟧⟦乔某|P⟧等人。
　　本案由⟦洛阳市公安局涧西分局经济犯罪侦查大队|A⟧承办，联系人：⟦上官明辉|P⟧，电话：0379-64219078。
　　特此告知。
⟦洛阳市公安局涧西分局|A⟧
⟦二〇二六年四月二十一日|D⟧
''',
        rels=[('REFERRED', '洛阳市涧西区财政局', '洛阳市公安局涧西分局', '涧财函（2026）12号', '2026年4月9日'),
              ('BID_ON', '河南洛宏建设工程有限公司', 'JXJS-2026-015'),
              ('BID_ON', '洛阳天硕建筑劳务有限公司', 'JXJS-2026-015'),
              ('HOLDS_POSITION', '段某某', '项目经理', '河南洛宏建设工程有限公司'),
              ('HOLDS_POSITION', '乔某', '股东', '洛阳天硕建筑劳务有限公司')],
        notes=COMMON + [
            'A police 立案告知书 carries the REFERRED it answers (dev9): the finance bureau -> the 分局 (我局 = the named issuer), evidence the cited number in full-width round brackets, date the stated transfer date; the 立案 date and the signature date are not.',
            'Own number with a department code in round brackets, 【】 and 第: one DOC_NO span.',
            'The 经侦大队 with the full 分局 name is one maximal AGENCY span; it is the handling unit, not a receiver (transfer inside one body).',
            'Both parties of a suspected 串通投标 BID_ON the numbered project (dev10). Masked 段某某/乔某 are PERSON; 项目经理, 股东 POSITION.',
            'Signature date in Chinese numerals is DATE.',
        ],
    ),
    dict(
        file='l4-fh-ganzhou-zhanggong-2026-14.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='赣州市章贡区公共资源交易中心',
        body='''
⟦赣州市章贡区公共资源交易中心|A⟧
关于协助调查有关投标信息的复函
⟦章交易函〔2026〕14号|N⟧

⟦中共赣州市章贡区纪律检查委员会|A⟧　⟦赣州市章贡区监察委员会|A⟧：
　　你委《协助调查函》（⟦章纪协〔2026〕5号|N⟧）收悉。经查询交易系统，现将⟦章贡区水东镇中心小学|A⟧食堂改造项目（项目编号：⟦ZGJY2025-0883|J⟧）有关投标信息函复如下：
　　一、该项目于⟦2025年11月26日|D⟧开标，共有3家单位投标：⟦江西赣南宏宇建设有限公司|C⟧（⟦授权代表|T⟧：⟦钟美玲|P⟧）、⟦赣州章江建筑工程有限公司|C⟧（⟦授权代表|T⟧：⟦廖建平|P⟧）、⟦江西客家红建筑装饰有限公司|C⟧（⟦授权代表|T⟧：⟦钟秀兰|P⟧）。
　　二、上述3家单位上传投标文件时使用的IP地址相同；⟦江西赣南宏宇建设有限公司|C⟧与⟦江西客家红建筑装饰有限公司|C⟧的投标保证金由同一账户缴纳。
　　三、中标单位为⟦江西赣南宏宇建设有限公司|C⟧，中标价⟦人民币2,387,156.42元|M⟧。
　　相关数据截图随函附送。我中心经办人：⟦赖春生|P⟧。

　　　　　　　　　　　　　　　　　　⟦赣州市章贡区公共资源交易中心|A⟧
　　　　　　　　　　　　　　　　　　⟦2026年2月27日|D⟧
''',
        rels=[('BID_ON', '江西赣南宏宇建设有限公司', 'ZGJY2025-0883'),
              ('BID_ON', '赣州章江建筑工程有限公司', 'ZGJY2025-0883'),
              ('BID_ON', '江西客家红建筑装饰有限公司', 'ZGJY2025-0883'),
              ('HOLDS_POSITION', '钟美玲', '授权代表', '江西赣南宏宇建设有限公司'),
              ('HOLDS_POSITION', '廖建平', '授权代表@1', '赣州章江建筑工程有限公司'),
              ('HOLDS_POSITION', '钟秀兰', '授权代表@2', '江西客家红建筑装饰有限公司')],
        notes=COMMON + [
            'A reply (复函) to an assistance letter (协助调查函) is not REFERRED (dev6/dev8); the cited 协查函 number is DOC_NO; no relation between the two bodies.',
            'The addressees 纪委 and 监委 are two AGENCY spans separated by an ideographic space.',
            '授权代表：name in brackets after each bidder: POSITION with the bidder as org (GUIDELINES: 投标授权代表).',
            'The 开标 date is DATE; the IP address is masked in the reply and not annotated.',
        ],
    ),
    dict(
        file='l5-jgfk-handan-congtai-2026-11.txt', fmt='utf-8', kind='other',
        violations=['bribery', 'abuse_of_power'],
        issuer='中共邯郸市丛台区纪律检查委员会',
        body='''
⟦中共邯郸市丛台区纪委|A⟧　⟦邯郸市丛台区监委|A⟧
关于⟦区住建局|A⟧移送问题线索办理结果的反馈
⟦丛纪函字〔2026〕第11号|N⟧

⟦邯郸市丛台区住房和城乡建设局|A⟧：
　　你局⟦2025年12月3日|D⟧以⟦丛住建函〔2025〕88号|N⟧移送的我区黄粱梦路排水管网改造工程招标过程中有关公职人员问题线索，经我委审查调查，现将办理结果反馈如下：
　　1. ⟦丛台区市政设施管理处|A⟧⟦原副主任|T⟧⟦司马俊峰|P⟧利用职务便利，为⟦邯郸市宏远市政工程有限公司|C⟧谋取中标，收受该公司⟦法定代表人|T⟧⟦贾某某|P⟧所送现金⟦人民币18万元|M⟧。经⟦区纪委|A⟧研究并报⟦区委|A⟧批准，给予⟦司马俊峰|P⟧开除党籍处分；⟦区监委|A⟧给予其开除公职处分；其涉嫌受贿犯罪问题已于⟦2026年3月27日|D⟧移送⟦邯郸市丛台区人民检察院|A⟧审查起诉。
　　2. ⟦区住建局建设工程招投标管理股|A⟧⟦工作人员|T⟧⟦米娜|P⟧同志对招标文件审核把关不严，⟦区监委|A⟧给予其政务警告处分。
　　特此反馈。

⟦中共邯郸市丛台区纪律检查委员会|A⟧
⟦邯郸市丛台区监察委员会|A⟧
⟦2026年4月14日|D⟧
''',
        rels=[('REFERRED', '邯郸市丛台区住房和城乡建设局', '中共邯郸市丛台区纪律检查委员会', '丛住建函〔2025〕88号', '2025年12月3日'),
              ('REFERRED', '邯郸市丛台区住房和城乡建设局', '邯郸市丛台区监察委员会', '丛住建函〔2025〕88号', '2025年12月3日'),
              ('REFERRED', '邯郸市丛台区监察委员会', '邯郸市丛台区人民检察院', None, '2026年3月27日'),
              ('PENALIZED', '中共邯郸市丛台区纪律检查委员会', '司马俊峰'),
              ('PENALIZED', '邯郸市丛台区监察委员会', '司马俊峰'),
              ('PENALIZED', '邯郸市丛台区监察委员会', '米娜'),
              ('HOLDS_POSITION', '司马俊峰', '原副主任', '丛台区市政设施管理处'),
              ('HOLDS_POSITION', '贾某某', '法定代表人', '邯郸市宏远市政工程有限公司'),
              ('LEGAL_REP', '贾某某', '邯郸市宏远市政工程有限公司'),
              ('HOLDS_POSITION', '米娜', '工作人员', '区住建局建设工程招投标管理股')],
        aliases={'中共邯郸市丛台区纪委': '中共邯郸市丛台区纪律检查委员会', '区纪委': '中共邯郸市丛台区纪律检查委员会',
                 '邯郸市丛台区监委': '邯郸市丛台区监察委员会', '区监委': '邯郸市丛台区监察委员会',
                 '区住建局': '邯郸市丛台区住房和城乡建设局'},
        notes=COMMON + [
            'A 结果反馈 of 纪委 + 监委 to the bureau that transferred the clue: carries the restated transfer (one REFERRED per organ), evidence the cited number, date the stated transfer date (dev9).',
            '移送…审查起诉 by the 监委 (the state organ) to the named procuratorate: REFERRED dated 2026年3月27日 (dev9).',
            '开除党籍 by the 区纪委 (the 区委 only approves: not linked); 开除公职 and 政务警告 by the 区监委: PENALIZED by the deciding organ.',
            'Compound surname 司马; 同志 stays outside the PERSON span. The 招投标管理股 is a named sub-unit: one maximal AGENCY span, org of 工作人员, not aliased. '
            '区委 has no full name in the text: AGENCY without alias.',
            'The project has no number: no BID_ON. 审核把关不严 by an official: abuse_of_power (失职).',
        ],
        unmarked=[],
    ),
    dict(
        file='l6-th-jiaxing-xiuzhou-2026-23.txt', fmt='gb18030', kind='other', violations=['discriminatory_terms'],
        issuer='嘉兴市秀洲区市场监督管理局',
        body='''
⟦嘉兴市秀洲区市场监督管理局|A⟧
关于退回有关问题线索材料的函
⟦秀市监函〔2026〕第23号|N⟧

⟦嘉兴市秀洲区发展和改革局|A⟧：
　　贵局⟦2026年5月11日|D⟧《关于移送王江泾镇文体中心建设工程招标文件问题线索的函》（⟦秀发改函[2026]19号|N⟧）及所附材料已于⟦5月13日|D⟧收悉。
　　经审查，来函反映的该工程招标文件将“具有嘉兴市本地类似工程业绩”作为投标人资格条件的问题，属于依法必须招标的房屋建筑工程招标投标活动中的行为，根据《⟦浙江省招标投标条例|L⟧》及我区部门职责分工，应由⟦嘉兴市秀洲区住房和城乡建设局|A⟧依法监督处理，不属于我局职责范围。
　　根据《⟦嘉兴市秀洲区公共资源交易领域联动监管工作办法|L⟧》第十四条的规定，现将来函及所附材料（共2项9页）退回，建议贵局移送⟦嘉兴市秀洲区住房和城乡建设局|A⟧处理。
　　经办人：⟦屠文斌|P⟧　　联系电话：0573-82716540

⟦嘉兴市秀洲区市场监督管理局|A⟧
⟦2026年5月18日|D⟧
''',
        rels=[('REFERRED', '嘉兴市秀洲区发展和改革局', '嘉兴市秀洲区市场监督管理局', '秀发改函[2026]19号', '2026年5月11日')],
        notes=COMMON + [
            'A return letter (退回): returning the materials is not REFERRED; the restated original transfer 发改局 -> 市场监管局 is (dev8), with the cited number and the date of the cited letter; the receipt date 5月13日 is not.',
            'The suggested transfer to the 住建局 has not happened: no REFERRED (a suggestion). Decision.',
            'The cited letter title in 《》 is a case letter, not LAW; 王江泾镇文体中心 is a project site, not an agency name: not annotated.',
            '贵局 is a pronoun (not annotated).',
        ],
    ),
    dict(
        file='l7-zs-nantong-chongchuan-2026-41.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='南通市崇川区交通运输局',
        body='''
⟦南通市崇川区交通运输局|A⟧文件
⟦崇交函〔2026〕41号之一|N⟧　　　　签发：⟦局长|T⟧　⟦欧阳振华|P⟧

关于转送濠河支流清淤整治工程投标弄虚作假问题线索的函

⟦南通市崇川区水利局|A⟧：
　　⟦2026年6月2日|D⟧，⟦南通市公共资源交易监督管理办公室|A⟧（以下简称“⟦市公管办|A⟧”）以《问题线索移送函》（⟦通公管移〔2026〕6号|N⟧）向我局移送线索，反映⟦江苏通润水利建设有限公司|C⟧在濠河支流清淤整治工程（项目编号：⟦CCSL-2026-008|J⟧）投标中提供虚假的水利水电工程施工总承包资质证书。
　　经核，该工程属水利工程，其招标投标活动由你局监督，不属于我局职责范围。根据部门职责分工，现将该线索及材料一并转送你局依法处理，并已书面告知⟦市公管办|A⟧。
　　附件：⟦通公管移〔2026〕6号|N⟧及附件材料

⟦南通市崇川区交通运输局|A⟧
⟦2026年6月5日|D⟧
抄送：⟦南通市公共资源交易监督管理办公室|A⟧
''',
        rels=[('REFERRED', '南通市公共资源交易监督管理办公室', '南通市崇川区交通运输局', '通公管移〔2026〕6号', '2026年6月2日'),
              ('REFERRED', '南通市崇川区交通运输局', '南通市崇川区水利局', '崇交函〔2026〕41号之一', '2026年6月5日'),
              ('BID_ON', '江苏通润水利建设有限公司', 'CCSL-2026-008'),
              ('HOLDS_POSITION', '欧阳振华', '局长', '南通市崇川区交通运输局')],
        aliases={'市公管办': '南通市公共资源交易监督管理办公室'},
        notes=COMMON + [
            'A forward (转送) to a third body: two REFERRED (dev9) — the restated higher transfer 市公管办 -> 交通运输局 (cited number and the stated transfer date 2026年6月2日), and the forward itself with the letter\'s own number (之一 kept) and its signature date.',
            '签发：局长　欧阳振华 — 签发 is a label; 局长 before the name is POSITION (dev6) with the issuer as org.',
            '书面告知 the sender and 抄送 are not transfers. The cited number is annotated again in the 附件 line.',
            '南通市崇川区交通运输局文件 — the AGENCY span is the name only.',
        ],
    ),
    dict(
        file='l8-cbh-linyi-lanshan-2026-39.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='临沂市兰山区财政局',
        body='''
⟦临沂市兰山区财政局|A⟧
关于催报问题线索办理情况的函
⟦兰财函【2026】第39号|N⟧

⟦临沂市公安局兰山分局|A⟧：
　　我局于⟦2026年3月2日|D⟧以⟦兰财函【2026】第7号|N⟧向你局移送了兰山区智慧停车系统采购项目（项目编号：⟦LSCG-2025-1206|J⟧）中⟦山东沂蒙智行科技有限公司|C⟧、⟦临沂金雀山信息技术有限公司|C⟧涉嫌串通投标的线索。你局于⟦3月9日|D⟧出具《受案回执》（⟦兰公（经）受字〔2026〕第16号|N⟧），明确将于受案后30日内作出是否立案的决定并书面告知我局。
　　截至目前，上述期限已届满，我局尚未收到你局的书面答复。根据《⟦临沂市兰山区政府采购领域行刑衔接工作机制|L⟧》第九条的规定，请你局于⟦2026年5月15日|D⟧前将该线索的立案、侦办情况书面反馈我局。
　　联系人：⟦慕容晓燕|P⟧（政府采购监督管理科⟦科长|T⟧），电话：0539-8119637

⟦临沂市兰山区财政局|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('REFERRED', '临沂市兰山区财政局', '临沂市公安局兰山分局', '兰财函【2026】第7号', '2026年3月2日'),
              ('BID_ON', '山东沂蒙智行科技有限公司', 'LSCG-2025-1206'),
              ('BID_ON', '临沂金雀山信息技术有限公司', 'LSCG-2025-1206'),
              ('HOLDS_POSITION', '慕容晓燕', '科长', '临沂市兰山区财政局')],
        notes=COMMON + [
            'A reminder (催报函) after a deadline passed: it restates the original transfer: REFERRED with the cited number in 【】 and the stated transfer date; the reminder itself transfers nothing new.',
            'The police 受案回执 number is DOC_NO (not evidence); the reply deadline 2026年5月15日 is DATE, never a transfer date.',
            'Name + post in brackets (慕容晓燕（政府采购监督管理科科长）): 科长 POSITION; the bare 科 is a unit type (not annotated), org is the bureau (dev10 设备科, unsure).',
            'Compound surname 慕容.',
        ],
    ),
]
