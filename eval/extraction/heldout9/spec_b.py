"""heldout9 — documents h10–h18 (referral-chain letters and follow-ups), inline ⟦text|L⟧ marks.
滨州/博兴 (Shandong) h10–h11; 平泉 (Hebei 承德) h12; 黔西 (Guizhou 毕节) h13; 城固 (Shaanxi 汉中) h14; 西吉 (Ningxia 固原) h15;
临河区 (Inner Mongolia 巴彦淖尔) h16; 永安 (Fujian 三明) h17; 宣汉 (Sichuan 达州) h18.
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real.
"""

DOCS = [
    dict(
        file='h10-zbh-binzhou-czj-2026-12.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='滨州市财政局',
        body='''
⟦滨州市财政局|A⟧
转办函
⟦滨财采转〔2026〕12号|N⟧

⟦博兴县财政局|A⟧：
　　近日，我局收到⟦山东众信环保设备有限公司|C⟧来信，反映⟦博兴县城市管理局|A⟧“2026年博兴县城区环卫作业车辆采购项目”（项目编号：⟦SDGP371625202602000087|J⟧）招标文件设置“投标人须在博兴县内设有售后服务网点”“近三年在滨州市范围内具有同类业绩”等条件，排斥县外供应商。按照政府采购监督管理属地原则，该项目由你局负责监管，现将来信转你局办理。
　　请你局认真核实，依法处理，于⟦2026年6月30日|D⟧前将办理结果报我局，同时答复来信人。

　　附件：来信材料1份（8页）

⟦滨州市财政局|A⟧
⟦2026年6月1日|D⟧
''',
        rels=[('REFERRED', '滨州市财政局', '博兴县财政局', '滨财采转〔2026〕12号', '2026年6月1日')],
        notes=['转办函 (转你局办理) is REFERRED; date = the letter date.',
               'The company that wrote in is a complainant: no BID_ON. 滨州市 / 博兴县 alone are places.'],
    ),
    dict(
        file='h11-blqkbg-boxing-czj-2026.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='博兴县财政局',
        body='''
⟦博兴县财政局|A⟧关于⟦山东众信环保设备有限公司|C⟧来信反映问题办理情况的报告

⟦滨州市财政局|A⟧：
　　你局《转办函》（⟦滨财采转〔2026〕12号|N⟧）收悉后，我局于⟦2026年6月4日|D⟧成立核查组，调阅了⟦博兴县城市管理局|A⟧“2026年博兴县城区环卫作业车辆采购项目”（项目编号：⟦SDGP371625202602000087|J⟧）招标文件、评标报告等资料，并约谈了采购人及代理机构⟦滨州恒通工程咨询有限公司|C⟧有关人员。现将办理情况报告如下：
　　一、来信反映的问题基本属实。招标文件第三章“投标人资格要求”第7条要求“投标人须在博兴县内设有售后服务网点”，第四章评分标准将“近三年在滨州市范围内具有同类业绩”作为加分项，每项加2分，最高6分。上述条款以不合理条件对供应商实行差别待遇，违反了《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条第（二）项、第（四）项的规定。
　　二、该项目于⟦2026年5月20日|D⟧开标，共3家供应商投标，⟦滨州鲁北专用汽车销售有限公司|C⟧以⟦1,968,000元|M⟧中标，尚未签订合同。
　　三、处理情况。⟦2026年6月19日|D⟧，我局作出《政府采购监督检查处理决定书》（⟦博财采决〔2026〕3号|N⟧），责令⟦博兴县城市管理局|A⟧废标，修改招标文件后重新组织采购；对⟦滨州恒通工程咨询有限公司|C⟧给予警告（⟦博财罚〔2026〕2号|N⟧）。我局已于⟦6月22日|D⟧将办理结果书面告知来信人。
　　特此报告。

⟦博兴县财政局|A⟧
⟦2026年6月24日|D⟧
''',
        rels=[('REFERRED', '滨州市财政局', '博兴县财政局', '滨财采转〔2026〕12号', None),
              ('PENALIZED', '博兴县财政局', '博兴县城市管理局'),
              ('PENALIZED', '博兴县财政局', '滨州恒通工程咨询有限公司'),
              ('BID_ON', '滨州鲁北专用汽车销售有限公司', 'SDGP371625202602000087')],
        notes=['Feedback on a 转办函: the 转办 is REFERRED (receiver 我局 = the named issuer); no date of the transfer is stated here.',
               '责令 the purchaser to cancel and redo the procurement is a handling decision: PENALIZED; 警告 of the agent: PENALIZED.',
               'The doc is kind other (a feedback report), although it reports a handling decision.'],
    ),
    dict(
        file='h12-qksm-pingquan-jyzx-2026.txt', fmt='gb18030-crlf', kind='other', violations=[],
        issuer='平泉市公共资源交易中心',
        body='''
情况说明

⟦中共平泉市纪律检查委员会|A⟧：
　　根据贵委《关于提供⟦平泉市党坝镇中心小学|A⟧食堂设备采购有关情况的函》要求，现将有关情况说明如下：
　　一、该项目由⟦平泉市党坝镇中心小学|A⟧委托⟦承德瑞丰招标代理有限公司|C⟧组织，于⟦2026年4月16日|D⟧在我中心开标，项目编号：⟦PQGGZY-ZC-2026-041|J⟧，预算金额⟦46.8万元|M⟧。
　　二、开标当日进场投标的为⟦承德广源厨房设备有限公司|C⟧、⟦平泉市福盛达商贸有限公司|C⟧、⟦河北冀北厨具制造有限公司|C⟧3家。评标委员会由5人组成，其中⟦采购人代表|T⟧1人（⟦平泉市党坝镇中心小学|A⟧⟦总务主任|T⟧⟦孙立强|P⟧），评审专家4人从河北省综合评标专家库随机抽取。
　　三、经调取我中心场内监控，开标前约40分钟，⟦孙立强|P⟧与⟦承德广源厨房设备有限公司|C⟧⟦投标授权代表|T⟧⟦刘海波|P⟧在大厅东侧休息区交谈约6分钟，评审过程中未发现其他异常。最终⟦承德广源厨房设备有限公司|C⟧以⟦458,600元|M⟧中标。
　　四、相关监控视频（已刻录光盘2张）、签到表、评标报告复印件随本说明一并移交。
　　特此说明。

⟦平泉市公共资源交易中心|A⟧
⟦2026年5月27日|D⟧
''',
        rels=[('REFERRED', '平泉市公共资源交易中心', '中共平泉市纪律检查委员会', None, '2026年5月27日'),
              ('HOLDS_POSITION', '孙立强', '采购人代表', '平泉市党坝镇中心小学'),
              ('HOLDS_POSITION', '孙立强', '总务主任', '平泉市党坝镇中心小学'),
              ('HOLDS_POSITION', '刘海波', '投标授权代表', '承德广源厨房设备有限公司'),
              ('BID_ON', '承德广源厨房设备有限公司', 'PQGGZY-ZC-2026-041'),
              ('BID_ON', '平泉市福盛达商贸有限公司', 'PQGGZY-ZC-2026-041'),
              ('BID_ON', '河北冀北厨具制造有限公司', 'PQGGZY-ZC-2026-041')],
        notes=['GB18030 with CRLF line ends. The issuer is named only in the signature.',
               'The 纪委\'s request letter (贵委《…的函》) is not a referral. The materials handed over with the 情况说明 (一并移交) are REFERRED, '
               'date = the document date; the 情况说明 has no number.',
               '采购人代表1人（…孙立强）: the role is attached to the named person by apposition, so POSITION + HOLDS_POSITION.',
               'violations empty: the centre reports a conversation without characterising it as a violation.',
               '河北省综合评标专家库 is a database name with no agency in it; 评审专家4人 is not attached to a named person.'],
    ),
    dict(
        file='h13-ysh-qianxi-fgj-2026-58.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='黔西市发展和改革局',
        body='''
⟦黔西市发展和改革局|A⟧
关于移送政府采购领域失信行为线索的函
⟦黔西发改函〔2026〕58号|N⟧

⟦黔西市财政局|A⟧：
　　我局在开展2026年度公共信用信息归集核查中发现，⟦贵州黔诚信息技术有限公司|C⟧在参加⟦黔西市人民医院|A⟧“智慧病房信息化建设项目”（项目编号：⟦QXZC2026-017|J⟧）投标时，提交的“信用中国”网站查询截图系伪造。经比对，该公司于⟦2025年9月3日|D⟧被⟦国家税务总局黔西市税务局|A⟧列入重大税收违法失信主体名单，但其提交的截图显示“无失信记录”。目前该公司已被确定为上述项目第一中标候选人，投标报价⟦3,426,000元|M⟧。
　　根据《⟦政府采购法|L⟧》第二十二条、第七十七条规定，提供虚假材料谋取中标属于政府采购违法行为，应由财政部门依法处理。现将有关线索及证据材料移送你局，请依法核查处理，并将处理结果抄送我局，以便及时更新信用记录。

⟦黔西市发展和改革局|A⟧
⟦2026年4月21日|D⟧
''',
        rels=[('REFERRED', '黔西市发展和改革局', '黔西市财政局', '黔西发改函〔2026〕58号', '2026年4月21日'),
              ('BID_ON', '贵州黔诚信息技术有限公司', 'QXZC2026-017')],
        notes=['列入重大税收违法失信主体名单 by the tax bureau is a credit listing, treated like 经营异常名录: not PENALIZED (doubtful).',
               '“信用中国” is a website: not annotated. 2026年度 is not a DATE.'],
    ),
    dict(
        file='h14-sxfzajyss-chenggu-scjg-2026-2.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='城固县市场监督管理局',
        body='''
⟦城固县市场监督管理局|A⟧
涉嫌犯罪案件移送书
⟦城市监移〔2026〕2号|N⟧

⟦城固县公安局|A⟧：
　　我局在查处⟦汉中市天汉医疗器械有限公司|C⟧商业贿赂一案（案件编号：⟦城市监立〔2026〕15号|N⟧）中发现，该公司⟦总经理|T⟧⟦杨振东|P⟧为谋取⟦城固县医院|A⟧医用耗材集中采购项目中标，于⟦2024年10月|D⟧至⟦2025年12月|D⟧间，先后向⟦城固县医院设备科|A⟧⟦科长|T⟧⟦罗伟|P⟧、采购办⟦工作人员|T⟧⟦何静|P⟧等人支付“回扣”共计⟦人民币31.6万元|M⟧。涉案金额已达到刑事立案追诉标准，涉嫌行贿犯罪。
　　根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条之规定，现将该案移送你局，请依法审查。随附：
　　1.涉嫌犯罪案件情况调查报告1份；
　　2.涉案物品清单1份；
　　3.有关检验报告及其他证据材料39份。
　　该案移送后，我局将继续依法办理该公司行政违法部分。

⟦城固县市场监督管理局|A⟧
⟦2026年3月30日|D⟧
抄送：⟦城固县人民检察院|A⟧
''',
        rels=[('REFERRED', '城固县市场监督管理局', '城固县公安局', '城市监移〔2026〕2号', '2026年3月30日'),
              ('HOLDS_POSITION', '杨振东', '总经理', '汉中市天汉医疗器械有限公司'),
              ('HOLDS_POSITION', '罗伟', '科长', '城固县医院设备科'),
              ('HOLDS_POSITION', '何静', '工作人员', '城固县医院')],
        notes=['案件编号 城市监立〔2026〕15号 is the case (立案) number: DOC_NO.',
               '采购办工作人员何静: 采购办 (no place, no level) is not annotated; org resolved to 城固县医院.',
               '抄送 the 检察院 is not REFERRED. No PROJECT_NO, no BID_ON.'],
    ),
    dict(
        file='h15-xsyshan-xiji-jwjw-2026-11.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='中共西吉县纪律检查委员会',
        body='''
⟦西吉县纪委监委|A⟧
问题线索移送函
⟦西纪移〔2026〕11号|N⟧
⟦西吉县财政局|A⟧：
　　我委在审查调查⟦西吉县农业农村局|A⟧⟦原副局长|T⟧⟦马志宏|P⟧严重违纪违法案件中，发现⟦宁夏六盘山农资贸易有限公司|C⟧、⟦西吉县丰源农机销售有限公司|C⟧在参加“西吉县2025年高标准农田建设项目农机具采购”（项目编号：⟦NXXJ-ZC2025-0346|J⟧）过程中，存在事先协商报价、由一方安排他方制作投标文件等行为，最终由⟦宁夏六盘山农资贸易有限公司|C⟧中标，中标金额⟦2,754,300元|M⟧。⟦马志宏|P⟧已于⟦2026年5月|D⟧被我委采取留置措施。
　　上述供应商涉嫌串通投标的问题，属政府采购监督管理部门职责范围。经委务会研究，现将相关问题线索移送你局依法处理，处理结果请于三个月内书面反馈我委。
　　附件：1.谈话笔录摘录（复印件）6份
　　　　　2.投标文件及开评标资料（复印件）1套
⟦中共西吉县纪律检查委员会|A⟧
⟦西吉县监察委员会|A⟧
⟦2026年6月15日|D⟧
''',
        rels=[('REFERRED', '中共西吉县纪律检查委员会', '西吉县财政局', '西纪移〔2026〕11号', '2026年6月15日'),
              ('REFERRED', '西吉县监察委员会', '西吉县财政局', '西纪移〔2026〕11号', '2026年6月15日'),
              ('HOLDS_POSITION', '马志宏', '原副局长', '西吉县农业农村局'),
              ('BID_ON', '宁夏六盘山农资贸易有限公司', 'NXXJ-ZC2025-0346'),
              ('BID_ON', '西吉县丰源农机销售有限公司', 'NXXJ-ZC2025-0346')],
        notes=['The header 西吉县纪委监委 names the joint body; the signature names the two bodies. Issuer = the first-listed 中共西吉县纪律检查委员会; '
               'one REFERRED from each signing body. 西吉县纪委监委 is not aliased to either (it denotes both).',
               '留置 is a coercive measure: not PENALIZED. 三个月内 is not a DATE.'],
    ),
    dict(
        file='h16-sltzs-linhe-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer=None,
        body='''
受 理 通 知 书
⟦临财受〔2026〕4号|N⟧

⟦巴彦淖尔市临河区审计局|A⟧：
　　你局⟦2026年7月6日|D⟧移送的《审计移送处理书》（⟦临审移〔2026〕9号|N⟧）及所附材料收悉。该移送处理书反映，⟦巴彦淖尔市临河区第三中学|A⟧2025年采购教学一体机时，将预算金额⟦198万元|M⟧的项目拆分为4个批次，以询价方式分别向⟦内蒙古河套瀚文科技有限公司|C⟧采购，规避公开招标。
　　经审查，上述事项属于我局法定职责范围，决定予以受理。我局将依照《⟦政府采购法|L⟧》及《⟦财政部门监督办法|L⟧》的有关规定依法处理，并在处理完毕后将结果告知你局。
　　承办股室：政府采购监督管理股
　　联系人：⟦白玉梅|P⟧　　电话：0478-8231076

（印章）
⟦2026年7月10日|D⟧
''',
        implicit=[dict(type='REFERRED', **{'from': '巴彦淖尔市临河区审计局', 'to': None, 'evidence_doc_no': '临审移〔2026〕9号',
                                           'date': '2026年7月6日', 'null_endpoint_mention': '我局'})],
        notes=['The issuer is never named in the text (header and seal are not in the text): issuer null; the received referral goes to '
               'implicit_relations with to = null (我局). The number prefix 临财受 is not used to name the issuer.',
               '2025年采购 is year-only: not DATE. 政府采购监督管理股 (no place, no level) is not annotated.',
               'No PROJECT_NO, so no BID_ON for the supplier.'],
    ),
    dict(
        file='h17-thh-yongan-gaj-2026-27.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='永安市公安局',
        body='''
⟦永安市公安局|A⟧
关于退回政府采购领域涉嫌犯罪线索的函
⟦永公经函〔2026〕27号|N⟧

⟦永安市财政局|A⟧：
　　你局《关于移送⟦福建永安中恒物业服务有限公司|C⟧等涉嫌串通投标线索的函》（⟦永财函〔2026〕15号|N⟧）于⟦2026年8月3日|D⟧收悉。我局经济犯罪侦查大队对相关材料进行了初查，现将情况函告如下：
　　“⟦永安市机关事务服务中心|A⟧2026-2027年度物业管理服务采购项目”（项目编号：⟦YACG2026-C0157|J⟧）中，⟦福建永安中恒物业服务有限公司|C⟧与⟦三明市清和物业管理有限公司|C⟧投标文件部分内容雷同，经查系两公司委托同一家文印店排版所致。现有证据不能证明两公司存在相互串通、损害招标人或者其他投标人利益的故意，亦无证据证明造成直接经济损失数额在⟦五十万元|M⟧以上，未达到《⟦最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）|L⟧》规定的立案追诉标准。
　　根据《⟦公安机关办理刑事案件程序规定|L⟧》第一百七十八条，我局决定不予立案，现将有关材料退回你局。如该两公司存在违反政府采购法律法规的行为，建议你局依法作出行政处理。
　　此函。

⟦永安市公安局|A⟧
⟦2026年9月1日|D⟧
''',
        rels=[('REFERRED', '永安市财政局', '永安市公安局', '永财函〔2026〕15号', None),
              ('BID_ON', '福建永安中恒物业服务有限公司', 'YACG2026-C0157'),
              ('BID_ON', '三明市清和物业管理有限公司', 'YACG2026-C0157')],
        notes=['The original referral (你局…函 … 收悉) is REFERRED; date null (收悉 date only). The return (退回你局) is not REFERRED.',
               '不予立案 is not PENALIZED. violations = collusion (the alleged conduct in the referral, found unproven).',
               '五十万元 is quoted from the prosecution threshold: MONEY. The nested joint-agency title is one LAW span.',
               '我局经济犯罪侦查大队 (pronoun + sub-unit) is not annotated.'],
    ),
    dict(
        file='h18-xsyshan-xuanhan-jcy-2026-6.txt', fmt='gb18030', kind='other', violations=['collusion', 'bribery'],
        issuer='四川省宣汉县人民检察院',
        body='''
⟦四川省宣汉县人民检察院|A⟧
线索移送函
⟦宣检移〔2026〕6号|N⟧

⟦中共宣汉县纪律检查委员会|A⟧、⟦宣汉县监察委员会|A⟧：
　　我院在办理⟦四川巴山建工集团有限公司|C⟧、⟦宣汉县鑫达劳务有限公司|C⟧串通投标案（⟦宣汉县公安局|A⟧以⟦宣公（经）诉字〔2026〕14号|N⟧起诉意见书移送审查起诉）过程中，发现⟦宣汉县交通运输局工程股|A⟧⟦原股长|T⟧⟦蒋光明|P⟧涉嫌在“宣汉县2025年农村公路生命安全防护工程”招标过程中，向⟦四川巴山建工集团有限公司|C⟧⟦项目负责人|T⟧⟦冯春|P⟧泄露标底，并收受⟦冯春|P⟧所送现金⟦8万元|M⟧。
　　⟦蒋光明|P⟧系公职人员，上述问题属监察机关管辖。根据《⟦中华人民共和国监察法|L⟧》第三十四条的规定，现将该问题线索移送你委，请依法处置。

　　附件：⟦冯春|P⟧讯问笔录（复印件）2份

⟦四川省宣汉县人民检察院|A⟧
⟦2026年8月19日|D⟧
（联系人：⟦检察官助理|T⟧　⟦邓晓琳|P⟧）
''',
        rels=[('REFERRED', '四川省宣汉县人民检察院', '中共宣汉县纪律检查委员会', '宣检移〔2026〕6号', '2026年8月19日'),
              ('REFERRED', '四川省宣汉县人民检察院', '宣汉县监察委员会', '宣检移〔2026〕6号', '2026年8月19日'),
              ('REFERRED', '宣汉县公安局', '四川省宣汉县人民检察院', '宣公（经）诉字〔2026〕14号', None),
              ('HOLDS_POSITION', '蒋光明', '原股长', '宣汉县交通运输局工程股'),
              ('HOLDS_POSITION', '冯春', '项目负责人', '四川巴山建工集团有限公司'),
              ('HOLDS_POSITION', '邓晓琳', '检察官助理', '四川省宣汉县人民检察院')],
        notes=['The police\'s 移送审查起诉 with its 起诉意见书 number is REFERRED 宣汉县公安局 → the procuratorate (receiver = 我院 = the named issuer).',
               '检察官助理 after 联系人 is a post attached to the person: POSITION (联系人 itself is not).',
               'Project name without a number: no PROJECT_NO, no BID_ON. Year inside the project name is not DATE.'],
    ),
]
