"""heldout7 — letters between agencies (hand annotation, inline ⟦text|L⟧ marks).

Chains: Shandong 滨州沾化区 (线索移送函 → 签收回执 → 立案告知书 → 办理结果反馈), Hunan 益阳安化县 (转送函 → 退回函 →
重新移送), Sichuan 广安武胜县 (协助调查函 → 催办函 → 复函, the reply in traditional characters). Single letters:
Zhejiang 金华武义县 (审计移送处理书), Guangxi 钦州浦北县 (交易中心异常情况报告), Guizhou 安顺普定县 (监察建议书).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 签收人, 经办人 are labels (not POSITION). 我局, 你局, 贵委, 本机关, 该公司 and other pronouns are not annotated.',
    'A letter that itself transfers a case or clue: REFERRED from the sender to the addressee, evidence its own number, date its signature date (the transfer is the sending of the letter).',
    'A follow-up letter that cites the first letter restates that transfer: REFERRED again in the follow-up, evidence the cited number, date only when the follow-up states the transfer date.',
]

DOCS = [
    dict(
        file='l01-xsysh-binzhou-zhanhua-2026-3.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='滨州市沾化区财政局',
        body='''⟦滨州市沾化区财政局|A⟧
线索移送函
⟦沾财购移〔2026〕3号|N⟧
⟦滨州市公安局沾化分局|A⟧：
　　⟦2026年2月27日|D⟧，我局收到⟦滨州华鼎医疗设备有限公司|C⟧对沾化区乡镇卫生院医疗设备采购项目（项目编号：⟦ZHCG-2026-0041|J⟧）的投诉。该项目采购人为⟦滨州市沾化区卫生健康局|A⟧，预算金额⟦人民币286万元|M⟧。我局在调查中发现，参与投标的⟦山东鲁聚医疗器械有限公司|C⟧、⟦滨州康泰医疗科技有限公司|C⟧、⟦沾化县博济商贸有限公司|C⟧三家供应商的电子投标文件由同一台计算机编制（文件创建标识码一致），三家的投标保证金均由⟦滨州康泰医疗科技有限公司|C⟧⟦出纳|T⟧⟦刘玉芳|P⟧个人账户转出，涉嫌串通投标犯罪。
　　根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》和《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条的规定，现将该线索移送你局，请依法审查处理，并将处理结果反馈我局。我局对该项目的投诉处理程序依法中止。
　　附件：1.投诉书及相关材料复印件（共23页）
　　　　　2.三家供应商电子投标文件（光盘1张）
　　　　　3.投标保证金缴纳凭证复印件（共6页）
　　联系人：⟦孟庆伟|P⟧　　电话：0543-4262315
⟦滨州市沾化区财政局|A⟧
⟦2026年3月16日|D⟧''',
        rels=[('REFERRED', '滨州市沾化区财政局', '滨州市公安局沾化分局', '沾财购移〔2026〕3号', '2026年3月16日'),
              ('HOLDS_POSITION', '刘玉芳', '出纳', '滨州康泰医疗科技有限公司'),
              ('BID_ON', '山东鲁聚医疗器械有限公司', 'ZHCG-2026-0041'),
              ('BID_ON', '滨州康泰医疗科技有限公司', 'ZHCG-2026-0041'),
              ('BID_ON', '沾化县博济商贸有限公司', 'ZHCG-2026-0041')],
        notes=COMMON + [
            'The complainant is not assumed to have bid (GUIDELINES §4): no BID_ON for 滨州华鼎医疗设备有限公司. The three firms 参与投标: BID_ON each.',
            '《行政执法机关移送涉嫌犯罪案件的规定》 is a State Council regulation: LAW.',
        ],
    ),
    dict(
        file='l02-qshz-binzhou-zhanhua-2026-17.txt', fmt='utf-8', kind='other', violations=[],
        issuer='滨州市公安局沾化分局',
        body='''
⟦滨州市公安局沾化分局|A⟧
移送案件（线索）签收回执
⟦沾公经收[2026]17号|N⟧

⟦滨州市沾化区财政局|A⟧：
　　你局⟦2026年3月16日|D⟧《线索移送函》（⟦沾财购移〔2026〕3号|N⟧）及所附材料已于⟦2026年3月18日|D⟧收悉。经当面清点，收到材料如下：
　　1.投诉书及相关材料复印件23页；
　　2.电子投标文件光盘1张；
　　3.投标保证金缴纳凭证复印件6页。
　　我局将依法进行审查，审查结果另行书面告知。

　　移送单位经办人：⟦孟庆伟|P⟧
　　签收人：经侦大队⟦民警|T⟧⟦韩晓东|P⟧
　　联系电话：0543-4212110

⟦滨州市公安局沾化分局经济犯罪侦查大队|A⟧（章）
⟦2026年3月18日|D⟧
''',
        rels=[('REFERRED', '滨州市沾化区财政局', '滨州市公安局沾化分局', '沾财购移〔2026〕3号', '2026年3月16日'),
              ('HOLDS_POSITION', '韩晓东', '民警', '滨州市公安局沾化分局经济犯罪侦查大队')],
        notes=COMMON + [
            'A receipt restating the transfer: REFERRED 财政局 → 分局 with the cited number and the cited letter date (the receipt date 3月18日 is not the transfer date).',
            '经侦大队 written alone (no agency before it) is a bare unit: not annotated; 民警 attached to 韩晓东 is POSITION (a staff role), org the 经济犯罪侦查大队 named in full in the seal line. *Unsure*: org could be the 分局.',
            'The seal line names the sub-unit in full: one AGENCY span (maximal span with a named sub-unit). Issuer the 分局 in the header.',
        ],
    ),
    dict(
        file='l03-lagzs-binzhou-zhanhua-2026-9.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='滨州市公安局沾化分局',
        body='''
⟦滨州市公安局沾化分局|A⟧
立案告知书
⟦沾公（经）立告字〔2026〕9号|N⟧

⟦滨州市沾化区财政局|A⟧：
　　你单位于⟦2026年3月16日|D⟧以⟦沾财购移〔2026〕3号|N⟧函移送的⟦山东鲁聚医疗器械有限公司|C⟧等涉嫌串通投标一案，我局经审查，认为有犯罪事实需要追究刑事责任，且属于我局管辖，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年3月30日|D⟧立案侦查。
　　特此告知。

⟦滨州市公安局沾化分局|A⟧
⟦二〇二六年三月三十一日|D⟧
''',
        rels=[('REFERRED', '滨州市沾化区财政局', '滨州市公安局沾化分局', '沾财购移〔2026〕3号', '2026年3月16日')],
        notes=COMMON + [
            '沾公（经）立告字〔2026〕9号: one DOC_NO with （经） and 字.',
            'Case filing (立案) is not PENALIZED. No project number in this letter: no BID_ON.',
        ],
    ),
    dict(
        file='l04-fkh-binzhou-zhanhua-2026-41.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='滨州市公安局沾化分局',
        body='''
⟦滨州市公安局沾化分局|A⟧
关于⟦山东鲁聚医疗器械有限公司|C⟧等涉嫌串通投标案办理结果的反馈函
⟦沾公经函〔2026〕41号|N⟧

⟦滨州市沾化区财政局|A⟧：
　　你局《线索移送函》（⟦沾财购移〔2026〕3号|N⟧）移送的案件，我局已于⟦2026年3月30日|D⟧立案侦查（⟦沾公（经）立告字〔2026〕9号|N⟧）。现将办理结果反馈如下：
　　经侦查查明：⟦2026年1月|D⟧，⟦滨州康泰医疗科技有限公司|C⟧（以下简称⟦康泰公司|C⟧）⟦实际控制人|T⟧⟦胡兆林|P⟧为使该公司中标沾化区乡镇卫生院医疗设备采购项目（项目编号：⟦ZHCG-2026-0041|J⟧），联系⟦山东鲁聚医疗器械有限公司|C⟧⟦销售经理|T⟧⟦杜建明|P⟧、⟦沾化县博济商贸有限公司|C⟧⟦法定代表人|T⟧⟦蒋春燕|P⟧参与投标陪标，由该公司⟦员工|T⟧⟦孔令杰|P⟧统一制作三家投标文件，由该公司⟦出纳|T⟧⟦刘玉芳|P⟧个人账户代缴三家投标保证金共计⟦人民币6万元|M⟧。⟦康泰公司|C⟧以⟦人民币268.5万元|M⟧中标。
　　我局已于⟦2026年6月12日|D⟧将⟦胡兆林|P⟧、⟦杜建明|P⟧、⟦蒋春燕|P⟧涉嫌串通投标罪一案移送⟦滨州市沾化区人民检察院|A⟧审查起诉（⟦沾公（经）诉字〔2026〕33号|N⟧）。对⟦孔令杰|P⟧、⟦刘玉芳|P⟧，因情节显著轻微，未作刑事处理。
　　对本案涉及的政府采购违法行为，建议你局依照《⟦中华人民共和国政府采购法|L⟧》第七十七条的规定依法处理。
　　联系人：⟦韩晓东|P⟧　　电话：0543-4212110

⟦滨州市公安局沾化分局|A⟧
⟦2026年6月15日|D⟧

抄送：⟦滨州市沾化区卫生健康局|A⟧
''',
        rels=[('REFERRED', '滨州市沾化区财政局', '滨州市公安局沾化分局', '沾财购移〔2026〕3号', None),
              ('REFERRED', '滨州市公安局沾化分局', '滨州市沾化区人民检察院', '沾公（经）诉字〔2026〕33号', '2026年6月12日'),
              ('HOLDS_POSITION', '胡兆林', '实际控制人', '滨州康泰医疗科技有限公司'),
              ('HOLDS_POSITION', '杜建明', '销售经理', '山东鲁聚医疗器械有限公司'),
              ('LEGAL_REP', '蒋春燕', '沾化县博济商贸有限公司'),
              ('HOLDS_POSITION', '蒋春燕', '法定代表人', '沾化县博济商贸有限公司'),
              ('HOLDS_POSITION', '孔令杰', '员工', '滨州康泰医疗科技有限公司'),
              ('HOLDS_POSITION', '刘玉芳', '出纳', '滨州康泰医疗科技有限公司'),
              ('BID_ON', '滨州康泰医疗科技有限公司', 'ZHCG-2026-0041'),
              ('BID_ON', '山东鲁聚医疗器械有限公司', 'ZHCG-2026-0041'),
              ('BID_ON', '沾化县博济商贸有限公司', 'ZHCG-2026-0041')],
        notes=COMMON + [
            'The original transfer restated without its date: REFERRED with evidence, date null. The police 移送审查起诉 to the named procuratorate with a number and date: REFERRED (dev12: 移送审查起诉 is REFERRED; 提起公诉 is not).',
            '实际控制人 attached to a person and a company: POSITION (like 股东). *Unsure*: GUIDELINES do not list it.',
            '该公司员工/该公司出纳: org resolved through 该公司 to 滨州康泰医疗科技有限公司. The 立案告知书 number in （） is DOC_NO.',
            '抄送 is not REFERRED.',
            '以下简称康泰公司: COMPANY, alias of the full name.',
        ],
        aliases={'康泰公司': '滨州康泰医疗科技有限公司'},
    ),
    dict(
        file='l05-zsh-yiyang-anhua-2026-12.txt', fmt='utf-8', kind='other', violations=['false_materials', 'other'],
        issuer='安化县财政局',
        body='''
⟦安化县财政局|A⟧
关于转送⟦安化县东坪镇中心学校|A⟧学生公寓床具采购项目有关举报线索的函
⟦安财函〔2026〕12号|N⟧

⟦安化县住房和城乡建设局|A⟧：
　　⟦2026年4月7日|D⟧，我局收到实名举报信一封，反映⟦安化县东坪镇中心学校|A⟧学生公寓床具采购项目（项目编号：⟦AHCG-2026-0126|J⟧）中标供应商⟦益阳资江家具制造有限公司|C⟧在投标文件中提供的钢材检测报告（出具单位署名为⟦湖南梅山检测技术有限公司|C⟧）系伪造，且实际交付床具所用钢管壁厚不符合合同约定。
　　因该项目系学校公寓改扩建工程的配套项目，为便于统一查处，现将举报信及相关材料转送你局，请依职责处理，并将处理情况函告我局。
　　附件：举报信及附件（共11页）

　　联系人：政府采购股⟦股长|T⟧⟦谭丽娟|P⟧
　　联系电话：0737-7223156

⟦安化县财政局|A⟧
⟦2026年4月10日|D⟧
''',
        rels=[('REFERRED', '安化县财政局', '安化县住房和城乡建设局', '安财函〔2026〕12号', '2026年4月10日'),
              ('HOLDS_POSITION', '谭丽娟', '股长', '安化县财政局'),
              ('BID_ON', '益阳资江家具制造有限公司', 'AHCG-2026-0126')],
        notes=COMMON + [
            '转送 (forwarding a clue to another agency) is a transfer: REFERRED (like 转交).',
            'The school in the project name is AGENCY, in the title line and in the body (GUIDELINES §2.3).',
            '政府采购股 written without the agency before it is a bare unit, not annotated; 股长 attached to 谭丽娟 is POSITION, org the issuer.',
            'Delivering goods that do not match the contract: violation other; forged test report: false_materials.',
        ],
    ),
    dict(
        file='l06-thh-yiyang-anhua-2026-27.txt', fmt='gb18030-crlf', kind='other', violations=['false_materials'],
        issuer='安化县住房和城乡建设局',
        body='''
⟦安化县住房和城乡建设局|A⟧
关于退回⟦安化县财政局|A⟧转送举报线索的函
⟦安住建函〔2026〕27号|N⟧

⟦安化县财政局|A⟧：
　　你局《关于转送⟦安化县东坪镇中心学校|A⟧学生公寓床具采购项目有关举报线索的函》（⟦安财函〔2026〕12号|N⟧）及附件11页于⟦2026年4月13日|D⟧收悉。经审查，该项目为货物类政府采购项目，由⟦安化县教育局|A⟧作为采购人，委托⟦湖南雪峰招标代理有限公司|C⟧组织实施，不属于房屋建筑和市政基础设施工程招标投标活动，不在我局监管职责范围内；举报反映的检测报告真伪及产品质量问题，依法属于市场监督管理部门职责。
　　根据《⟦安化县公共资源交易领域联动监管工作办法|L⟧》（⟦安政办发〔2025〕9号|N⟧）第十四条的规定，现将原件及附件全部退回，请你局依职责处理或移送有管辖权的部门。
　　附件：举报信及附件（共11页）

⟦安化县住房和城乡建设局|A⟧
⟦2026年4月17日|D⟧
（联系人：⟦陈国栋|P⟧，联系电话：0737-7222480）
''',
        rels=[('REFERRED', '安化县财政局', '安化县住房和城乡建设局', '安财函〔2026〕12号', None)],
        notes=COMMON + [
            'The return itself (退回) is not REFERRED (brief). The forwarding it answers is restated: REFERRED 财政局 → 住建局 with the cited number; 4月13日 is the receipt date, not the transfer date (null).',
            'The cited letter title in 《》 is a case document, not LAW; the school name inside it is AGENCY (GUIDELINES §2.3).',
            'The suggestion to 移送有管辖权的部门 is not a transfer. GB18030 with CRLF.',
        ],
    ),
    dict(
        file='l07-cxys-yiyang-anhua-2026-15.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='安化县财政局',
        body='''
⟦安化县财政局|A⟧
线索移送函
⟦安财函〔2026〕15号|N⟧

⟦安化县市场监督管理局|A⟧：
　　⟦2026年4月7日|D⟧，我局收到关于⟦安化县东坪镇中心学校|A⟧学生公寓床具采购项目（项目编号：⟦AHCG-2026-0126|J⟧）的实名举报。我局曾以⟦安财函〔2026〕12号|N⟧将该线索转送⟦安化县住房和城乡建设局|A⟧，该局以⟦安住建函〔2026〕27号|N⟧函退回。
　　经我局初步核查，中标供应商⟦益阳资江家具制造有限公司|C⟧（⟦法定代表人|T⟧：⟦邓志远|P⟧）投标文件中所附编号为MS-JC-2025-08817的检测报告，与⟦湖南梅山检测技术有限公司|C⟧留存的原始报告内容不一致，涉嫌伪造检测报告；其交付的床具是否属于不合格产品，尚需检验认定。根据《⟦安化县公共资源交易领域联动监管工作办法|L⟧》第十三条的规定，现将该线索移送你局依法处理，请于办结后10个工作日内将处理结果反馈我局。
　　对该供应商提供虚假材料谋取中标的行为，我局将依照《⟦中华人民共和国政府采购法|L⟧》另行立案处理。
　　附件：1.举报信及附件（共11页）
　　　　　2.⟦安化县住房和城乡建设局|A⟧退回函（⟦安住建函〔2026〕27号|N⟧）
　　　　　3.⟦湖南梅山检测技术有限公司|C⟧情况说明（共2页）

⟦安化县财政局|A⟧
⟦2026年4月24日|D⟧
''',
        rels=[('REFERRED', '安化县财政局', '安化县市场监督管理局', '安财函〔2026〕15号', '2026年4月24日'),
              ('REFERRED', '安化县财政局', '安化县住房和城乡建设局', '安财函〔2026〕12号', None),
              ('LEGAL_REP', '邓志远', '益阳资江家具制造有限公司'),
              ('HOLDS_POSITION', '邓志远', '法定代表人', '益阳资江家具制造有限公司'),
              ('BID_ON', '益阳资江家具制造有限公司', 'AHCG-2026-0126')],
        notes=COMMON + [
            'The re-transfer after the return: REFERRED 财政局 → 市场监管局 (this letter). The earlier forwarding restated (曾以…转送): REFERRED 财政局 → 住建局, no date. The return (退回) is not REFERRED.',
            'The test report serial MS-JC-2025-08817 is a certificate/report number: not DOC_NO.',
            'The 住建局 name before 退回函 in the attachment list: AGENCY (names in unlabelled expressions are annotated).',
        ],
    ),
    dict(
        file='l08-xzdch-guangan-wusheng-2026-6.docx', fmt='docx', kind='other', violations=['interference'],
        issuer='中共武胜县纪律检查委员会',
        body='''⟦中共武胜县纪律检查委员会|A⟧
⟦武胜县监察委员会|A⟧
协助调查函
⟦武纪协〔2026〕6号|N⟧
⟦武胜县财政局|A⟧：
　　我委在审查调查中发现，⟦武胜县文化广播电视和旅游局|A⟧⟦原副局长|T⟧⟦何建国|P⟧涉嫌在宝箴塞景区智慧导览系统采购项目（项目编号：⟦WSCG-2024-0315|J⟧）中违规插手评审，为中标供应商⟦四川嘉陵智联科技有限公司|C⟧谋取利益。为查明有关事实，根据《⟦中华人民共和国监察法|L⟧》的有关规定，请你局协助提供以下材料：
　　一、该项目的采购计划备案材料、采购文件、全部投标文件、评审报告及评审现场录音录像；
　　二、该项目质疑、投诉及处理情况；
　　三、⟦2023年1月|D⟧至⟦2025年12月|D⟧间⟦四川嘉陵智联科技有限公司|C⟧在我县参与政府采购项目的情况。
　　请于⟦2026年5月15日|D⟧前将上述材料密封后送我委第三审查调查室。对协助调查事项请严格保密。
　　联系人：⟦蒲振宇|P⟧　　电话：0826-6222071
⟦中共武胜县纪律检查委员会|A⟧　⟦武胜县监察委员会|A⟧
⟦2026年4月30日|D⟧''',
        rels=[('HOLDS_POSITION', '何建国', '原副局长', '武胜县文化广播电视和旅游局'),
              ('BID_ON', '四川嘉陵智联科技有限公司', 'WSCG-2024-0315')],
        notes=COMMON + [
            'An assistance letter (协助调查) asks for materials: no REFERRED.',
            'Joint issuer (纪委 and 监委 in one header): issuer the first-listed body.',
            '原副局长 adjacent to the person, after the agency: POSITION with 原 kept, org the 文旅局.',
            '第三审查调查室 (an internal room of 我委, no agency name before it): not annotated.',
        ],
    ),
    dict(
        file='l09-cbh-guangan-wusheng-2026-2.txt', fmt='utf-8', kind='other', violations=[],
        issuer='中共武胜县纪律检查委员会',
        body='''
⟦中共武胜县纪律检查委员会|A⟧
⟦武胜县监察委员会|A⟧
催　办　函
⟦武纪催〔2026〕2号|N⟧

⟦武胜县财政局|A⟧：
　　我委于⟦2026年4月30日|D⟧向你局发出《协助调查函》（⟦武纪协〔2026〕6号|N⟧），请你局于⟦5月15日|D⟧前提供宝箴塞景区智慧导览系统采购项目（⟦WSCG-2024-0315|J⟧）相关材料。截至目前，你局仅报送了采购文件和评审报告，评审现场录音录像及供应商参与项目情况尚未报送。
　　请你局高度重视，于⟦2026年5月29日|D⟧前补齐全部材料；确有困难的，请书面说明原因。
　　联系人：⟦蒲振宇|P⟧　　电话：0826-6222071

⟦中共武胜县纪律检查委员会办公室|A⟧
⟦2026年5月22日|D⟧
''',
        rels=[],
        notes=COMMON + [
            'A reminder about an assistance request: no REFERRED.',
            'The project identifier in （） right after the project name: PROJECT_NO (GUIDELINES).',
            'The signature is the commission\'s 办公室 (one AGENCY span with the sub-unit); issuer the commission in the header.',
        ],
    ),
    dict(
        file='l10-fh-guangan-wusheng-2026-38-fanti.txt', fmt='utf-8', kind='other', violations=['interference', 'other'],
        issuer='武勝縣財政局',
        body='''
⟦武勝縣財政局|A⟧
關於協助調查有關事項的覆函
⟦武財函〔2026〕38號|N⟧

⟦中共武勝縣紀律檢查委員會|A⟧、⟦武勝縣監察委員會|A⟧：
　　貴委《協助調查函》（⟦武紀協〔2026〕6號|N⟧）及《催辦函》（⟦武紀催〔2026〕2號|N⟧）均已收悉。現將有關情況函覆如下：
　　一、寶箴塞景區智慧導覽系統採購項目（項目編號：⟦WSCG-2024-0315|J⟧）由⟦武勝縣文化廣播電視和旅遊局|A⟧作為採購人，委託⟦四川沿口招標代理有限公司|C⟧於⟦2024年8月|D⟧組織公開招標，預算金額⟦人民幣386萬元|M⟧。⟦四川嘉陵智聯科技有限公司|C⟧以⟦人民幣371.8萬元|M⟧中標，另有⟦廣安思源信息技術有限公司|C⟧、⟦四川巴蜀數碼科技有限公司|C⟧參與投標。評標委員會由5人組成，其中採購人代表為該局⟦原副局長|T⟧⟦何建國|P⟧。
　　二、該項目未收到質疑和投訴。評審現場錄音錄像已由⟦四川沿口招標代理有限公司|C⟧於⟦2026年5月26日|D⟧補充報送我局，現隨函一併報送。
　　三、⟦2023年1月|D⟧至⟦2025年12月|D⟧，⟦四川嘉陵智聯科技有限公司|C⟧在我縣共參與政府採購項目7個，中標4個，中標金額合計⟦人民幣1026.3萬元|M⟧（詳見附件3）。
　　我局在核查中發現，評標委員會成員、⟦評審專家|T⟧⟦馮曉鵬|P⟧對⟦四川嘉陵智聯科技有限公司|C⟧技術部分的評分明顯高於其他成員，且與⟦何建國|P⟧係表兄弟關係，應當迴避而未迴避。該問題線索一併移送貴委。
　　附件：1.項目採購文件及評審報告（已於⟦5月12日|D⟧報送）
　　　　　2.評審現場錄音錄像（光盤2張）
　　　　　3.2023—2025年⟦四川嘉陵智聯科技有限公司|C⟧參與政府採購項目統計表
　　聯繫人：⟦王婷婷|P⟧　　電話：0826-6223819

⟦武勝縣財政局|A⟧
⟦2026年5月28日|D⟧
''',
        rels=[('REFERRED', '武勝縣財政局', '中共武勝縣紀律檢查委員會', '武財函〔2026〕38號', '2026年5月28日'),
              ('HOLDS_POSITION', '何建國', '原副局長', '武勝縣文化廣播電視和旅遊局'),
              ('HOLDS_POSITION', '馮曉鵬', '評審專家', None),
              ('BID_ON', '四川嘉陵智聯科技有限公司', 'WSCG-2024-0315'),
              ('BID_ON', '廣安思源信息技術有限公司', 'WSCG-2024-0315'),
              ('BID_ON', '四川巴蜀數碼科技有限公司', 'WSCG-2024-0315')],
        notes=COMMON + [
            'Traditional characters; spans as written.',
            '該問題線索一併移送貴委: REFERRED from the issuer to the addressee; the addressee line names 紀委 and 監委 — the receiver is taken as the first-listed 紀委 (joint bodies: lead body). *Unsure*: a second REFERRED to the 監委 could be argued.',
            'Materials sent on request (報送) are assistance, not REFERRED.',
            '採購人代表 (a panel role) is not POSITION; 該局原副局長 is, org resolved through 該局 to the 文旅局. 評審專家 attached to a person: POSITION, org null.',
            'Year range 2023—2025年 in the attachment title: year-only, not DATE. 5月12日 (month+day): DATE.',
            'An expert who should have recused: violation other; the official\'s interference: interference.',
        ],
    ),
    dict(
        file='l11-sjysclsh-jinhua-wuyi-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='武义县审计局',
        body='''
⟦武义县审计局|A⟧
审计移送处理书
⟦武审移〔2026〕4号|N⟧

⟦武义县财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》和《⟦中华人民共和国国家审计准则|L⟧》的有关规定，我局派出审计组，自⟦2026年3月2日|D⟧至⟦4月10日|D⟧，对⟦武义县水利局|A⟧2025年度预算执行情况进行了审计。审计发现以下问题需移送你局处理：
　　⟦2025年7月|D⟧至9月，⟦武义县水利局|A⟧将武义县农村饮用水达标提标维修养护项目拆分为4个合同，分别以⟦人民币38.6万元|M⟧、⟦39.2万元|M⟧、⟦37.9万元|M⟧、⟦39.5万元|M⟧直接委托⟦浙江熟溪水利工程有限公司|C⟧实施，合计⟦人民币155.2万元|M⟧，规避政府采购公开招标。经办人为该局农村水利科⟦科长|T⟧⟦吴国华|P⟧，审批人为该局⟦原副局长|T⟧⟦叶建平|P⟧。
　　上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条的规定。现将该问题移送你局依法处理，请将处理结果书面告知我局。
　　上述问题中涉及公职人员的违纪违法线索，我局已另以⟦武审移〔2026〕5号|N⟧移送⟦中共武义县纪律检查委员会|A⟧。
　　附件：审计取证单及相关证据材料（共34页）

⟦武义县审计局|A⟧
⟦2026年5月8日|D⟧
（审计组⟦组长|T⟧：⟦郑雅琴|P⟧　联系电话：0579-8123507）
''',
        rels=[('REFERRED', '武义县审计局', '武义县财政局', '武审移〔2026〕4号', '2026年5月8日'),
              ('REFERRED', '武义县审计局', '中共武义县纪律检查委员会', '武审移〔2026〕5号', None),
              ('HOLDS_POSITION', '吴国华', '科长', '武义县水利局'),
              ('HOLDS_POSITION', '叶建平', '原副局长', '武义县水利局'),
              ('HOLDS_POSITION', '郑雅琴', '组长', '武义县审计局')],
        notes=COMMON + [
            'The 移送处理书 itself: REFERRED 审计局 → 财政局 with its own number and date. The separate transfer to the 纪委 with its number, no date: REFERRED.',
            '该局农村水利科科长: the unit 农村水利科 has no agency name before it (该局) and is left out; POSITION 科长, org resolved to the 水利局. *Unsure*: the span could be 农村水利科科长 (dev12 kept 规划财务科科长 whole after a named agency).',
            '审计组组长: 组长 of the audit team attached to a person — POSITION, org the 审计局 (*unsure*; dev12 left panel roles in （） unannotated).',
            '2025年7月至9月: only 2025年7月 is DATE (9月 alone is month-only). 4月10日 after 至 is month+day: DATE.',
            'Four amounts in a row: the first with 人民币, the rest bare — each MONEY.',
        ],
    ),
    dict(
        file='l12-ycqkbg-qinzhou-pubei-2026-7.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='浦北县公共资源交易中心',
        body='''
⟦浦北县公共资源交易中心|A⟧
关于浦北县小江街道城区道路提质改造工程开标异常情况的报告
⟦浦交易报[2026]7号|N⟧

⟦浦北县住房和城乡建设局|A⟧：
　　⟦2026年6月9日|D⟧，浦北县小江街道城区道路提质改造工程（招标编号：⟦PBJY-2026-GC-0058|J⟧）在我中心开标。该项目招标人为⟦浦北县小江街道办事处|A⟧，招标代理机构为⟦广西北部湾工程咨询有限公司|C⟧，最高投标限价⟦人民币1,463.27万元|M⟧，共有9家投标人递交投标文件。经我中心电子交易系统比对，发现以下异常情况：
　　一、⟦广西越州建设工程有限公司|C⟧（以下简称⟦越州公司|C⟧）、⟦钦州市钦江路桥工程有限公司|C⟧、⟦浦北县五皇山建筑有限公司|C⟧3家投标人上传投标文件的IP地址及网卡MAC地址相同；
　　二、⟦越州公司|C⟧与⟦钦州市钦江路桥工程有限公司|C⟧投标文件工程量清单中的报价错误之处完全一致；
　　三、⟦浦北县五皇山建筑有限公司|C⟧的投标保证金⟦人民币20万元|M⟧由⟦越州公司|C⟧基本账户转出。
　　上述情形属于《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条规定的视为投标人相互串通投标的情形。经评标委员会评审，第一中标候选人为⟦越州公司|C⟧，投标报价⟦人民币1,398.61万元|M⟧，目前处于中标候选人公示期（⟦2026年6月10日|D⟧至⟦6月12日|D⟧）。
　　根据《⟦钦州市公共资源交易异常情况报告和处置办法|L⟧》第八条的规定，现将有关情况报告你局，相关电子数据及线索材料一并移交，建议暂停发出中标通知书并依法调查处理。有关电子数据已在我中心封存备查。

　　附件：1.投标文件雷同性分析报告
　　　　　2.投标保证金缴纳明细

⟦浦北县公共资源交易中心|A⟧
⟦2026年6月11日|D⟧
（联系人：⟦黄振宁|P⟧，联系电话：0777-8212066）

抄送：⟦浦北县发展和改革局|A⟧、⟦浦北县纪委监委|A⟧
''',
        rels=[('REFERRED', '浦北县公共资源交易中心', '浦北县住房和城乡建设局', '浦交易报[2026]7号', '2026年6月11日'),
              ('BID_ON', '广西越州建设工程有限公司', 'PBJY-2026-GC-0058'),
              ('BID_ON', '钦州市钦江路桥工程有限公司', 'PBJY-2026-GC-0058'),
              ('BID_ON', '浦北县五皇山建筑有限公司', 'PBJY-2026-GC-0058')],
        notes=COMMON + [
            'A trading-centre anomaly report that hands over the clue materials (线索材料一并移交) to the construction regulator: REFERRED with the report number and date. 抄送 is not REFERRED.',
            'The three flagged bidders BID_ON the 招标编号. 9家投标人 is a count, not annotated.',
            '第一中标候选人 is a role in the evaluation, not POSITION.',
            '以下简称越州公司: COMPANY, alias. The report number uses square brackets [2026].',
        ],
        aliases={'越州公司': '广西越州建设工程有限公司'},
    ),
    dict(
        file='l13-jcjys-anshun-puding-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'bribery', 'other'],
        issuer='普定县监察委员会',
        body='''
⟦普定县监察委员会|A⟧
监察建议书
⟦普监建〔2026〕3号|N⟧

⟦普定县卫生健康局|A⟧：
　　我委在查办⟦普定县人民医院|A⟧⟦原副院长|T⟧⟦陆明辉|P⟧严重违纪违法案件中发现，你局及所属医疗卫生单位在政府采购管理中存在以下突出问题：
　　一是采购需求管理不严。2023年至2025年，⟦普定县人民医院|A⟧多个医疗设备采购项目的采购需求由供应商代为编制，技术参数指向特定品牌，排斥其他供应商。
　　二是内部控制缺失。在⟦普定县人民医院|A⟧CT设备采购项目（项目编号：⟦PDCG-2024-0078|J⟧）中，该院设备科⟦科长|T⟧⟦范廷玉|P⟧既负责编制采购需求，又作为采购人代表参加评审，⟦贵州黔中医疗器械有限公司|C⟧以⟦人民币598万元|M⟧中标。
　　三是监督管理缺位。你局作为主管部门，未按规定对所属单位政府采购活动开展监督检查。
　　⟦陆明辉|P⟧已于⟦2026年7月8日|D⟧被给予开除党籍、开除公职处分，其涉嫌受贿犯罪问题已移送⟦普定县人民检察院|A⟧依法审查起诉。
　　根据《⟦中华人民共和国监察法|L⟧》《⟦中华人民共和国监察法实施条例|L⟧》的有关规定，现提出如下监察建议：
　　（一）对所属单位近三年政府采购项目开展全面自查，重点检查采购需求编制和评审环节；
　　（二）建立采购需求编制、审核、评审相分离的内部控制制度；
　　（三）对⟦范廷玉|P⟧等相关责任人员依规依纪作出处理。
　　请你局自收到本建议书之日起一个月内，将整改落实情况书面回复我委。

⟦普定县监察委员会|A⟧
⟦2026年7月20日|D⟧

抄送：⟦普定县财政局|A⟧，⟦中共普定县纪委监委驻县卫生健康局纪检监察组|A⟧
''',
        rels=[('REFERRED', '普定县监察委员会', '普定县人民检察院'),
              ('HOLDS_POSITION', '陆明辉', '原副院长', '普定县人民医院'),
              ('HOLDS_POSITION', '范廷玉', '科长', '普定县人民医院'),
              ('BID_ON', '贵州黔中医疗器械有限公司', 'PDCG-2024-0078')],
        notes=COMMON + [
            '被给予开除党籍、开除公职处分 is passive with no named agent: no PENALIZED (GUIDELINES §4).',
            'The 监委\'s 移送…审查起诉 to the named procuratorate: REFERRED, no number, no date (the 7月8日 date is that of the sanction).',
            '该院设备科科长: 设备科 after a pronoun is a bare unit, left out; POSITION 科长, org the hospital.',
            'Year-only 2023年至2025年: not DATE. 技术参数指向特定品牌: discriminatory_terms; bribery (受贿); weak internal control: other.',
            'The 派驻纪检监察组 in the 抄送 line: one AGENCY span.',
        ],
    ),
]
