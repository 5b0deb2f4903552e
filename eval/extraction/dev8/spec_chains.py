"""dev8 — four referral chains of three letters each (hand annotation, inline ⟦text|L⟧ marks).

Places: Shanxi (Taiyuan Xiaodian), Jilin (Changchun Nanguan), Fujian (Fuzhou Gulou), Hunan (Changsha
Yuhua). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人, 签收人 are form labels (not POSITION); the names after them are PERSON; phones are not annotated.',
    '我局, 你局, 贵局, 贵委, 该局 and other pronouns are not annotated.',
    '抄送 is copying, not a transfer: no REFERRED to a 抄送 addressee.',
]

DOCS = [
    # ------------------------------------------------------------ chain A: Shanxi, 线索移送函 -> 签收回执 -> 反馈
    dict(
        file='a1-xsyz-taiyuan-2026-12.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='太原市小店区财政局',
        body='''
⟦太原市小店区财政局|A⟧
⟦小财函〔2026〕12号|N⟧
关于移送⟦小店区社区服务中心|A⟧办公家具采购项目串通投标问题线索的函
⟦太原市小店区市场监督管理局|A⟧：
我局在处理⟦小店区社区服务中心|A⟧办公家具采购项目（项目编号：⟦XDCG-2026-008|J⟧）投诉过程中发现，参与投标的⟦山西晋阳恒通建材有限公司|C⟧（以下简称⟦恒通公司|C⟧）与⟦太原鑫盛达商贸有限公司|C⟧（以下简称⟦鑫盛达公司|C⟧）的投标文件由同一电脑制作，报价呈规律性差异，涉嫌串通投标。⟦恒通公司|C⟧中标金额为⟦人民币386400元|M⟧。
根据《⟦中华人民共和国反不正当竞争法|L⟧》及有关规定，现将该问题线索移送⟦区市监局|A⟧依法处理，并请将处理结果函告我局。
附件：1.投标文件电子版（光盘一张）；2.投诉书复印件
联系人：⟦韩晓东|P⟧　电话：0351-7021563

⟦太原市小店区财政局|A⟧
⟦2026年3月5日|D⟧
抄送：⟦太原市小店区纪委监委|A⟧
''',
        rels=[('REFERRED', '太原市小店区财政局', '太原市小店区市场监督管理局', '小财函〔2026〕12号', '2026年3月5日'),
              ('BID_ON', '山西晋阳恒通建材有限公司', 'XDCG-2026-008'),
              ('BID_ON', '太原鑫盛达商贸有限公司', 'XDCG-2026-008')],
        aliases={'恒通公司': '山西晋阳恒通建材有限公司', '鑫盛达公司': '太原鑫盛达商贸有限公司',
                 '区市监局': '太原市小店区市场监督管理局'},
        notes=COMMON + [
            '小店区社区服务中心 inside the project name is a named public institution: AGENCY (GUIDELINES 2.3).',
        ],
    ),
    dict(
        file='a2-hz-taiyuan-2026-12.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='太原市小店区市场监督管理局',
        body='''
移送案件（线索）签收回执

移送单位：⟦太原市小店区财政局|A⟧
移送文号：⟦小财函〔2026〕12号|N⟧
移送日期：⟦2026年3月5日|D⟧
移送事项：⟦小店区社区服务中心|A⟧办公家具采购项目（⟦XDCG-2026-008|J⟧）涉嫌串通投标问题线索
移送材料：线索移送函1份、光盘1张、投诉书复印件1份
接收单位：⟦太原市小店区市场监督管理局|A⟧（公章）
签收日期：⟦2026年3月9日|D⟧
签收人：⟦郝建平|P⟧　联系电话：0351-7230418

备注：本回执一式两份，⟦区财政局|A⟧、⟦区市监局|A⟧各执一份。
''',
        rels=[('REFERRED', '太原市小店区财政局', '太原市小店区市场监督管理局', '小财函〔2026〕12号', '2026年3月5日')],
        aliases={'区财政局': '太原市小店区财政局', '区市监局': '太原市小店区市场监督管理局'},
        notes=COMMON + [
            'Receipt: the REFERRED is the original transfer it restates (移送文号, 移送日期), not the signing; '
            'the 签收日期 is not the transfer date.',
            'The companies are not named in the receipt, so no BID_ON; the project number is still PROJECT_NO.',
        ],
    ),
    dict(
        file='a3-fk-taiyuan-2026-12.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='太原市小店区市场监督管理局',
        body='''⟦太原市小店区市场监督管理局|A⟧
关于⟦小财函〔2026〕12号|N⟧移送线索办理结果的反馈
⟦太原市小店区财政局|A⟧：
你局⟦小财函〔2026〕12号|N⟧函收悉。对你局⟦2026年3月5日|D⟧移送的⟦山西晋阳恒通建材有限公司|C⟧、⟦太原鑫盛达商贸有限公司|C⟧涉嫌串通投标问题线索，我局于⟦2026年3月12日|D⟧立案调查。
经查，两公司投标文件的制作设备、上传IP地址相同，构成串通投标。我局已于⟦2026年5月18日|D⟧作出行政处罚决定（⟦小市监罚决〔2026〕21号|N⟧），对⟦恒通公司|C⟧罚款⟦人民币4.5万元|M⟧，对⟦鑫盛达公司|C⟧罚款⟦人民币3万元|M⟧。
特此反馈。
联系人：⟦郝建平|P⟧，电话0351-7230418
⟦太原市小店区市场监督管理局|A⟧
⟦二〇二六年五月二十日|D⟧''',
        rels=[('REFERRED', '太原市小店区财政局', '太原市小店区市场监督管理局', '小财函〔2026〕12号', '2026年3月5日'),
              ('PENALIZED', '太原市小店区市场监督管理局', '山西晋阳恒通建材有限公司'),
              ('PENALIZED', '太原市小店区市场监督管理局', '太原鑫盛达商贸有限公司')],
        aliases={'恒通公司': '山西晋阳恒通建材有限公司', '鑫盛达公司': '太原鑫盛达商贸有限公司'},
        notes=COMMON + [
            'The number is annotated in the title line and in 你局小财函〔2026〕12号函收悉; evidence_doc_no points '
            'at its first mention (the title).',
            'Short forms 恒通公司/鑫盛达公司 are used without a 以下简称 in this letter; they keep the name element, '
            'so they are COMPANY with aliases.',
            'Date in Chinese numerals in the signature (二〇二六年五月二十日).',
        ],
    ),
    # ------------------------------------------------------------ chain B: Jilin, 转送函 -> 退回函 -> 重新移送函
    dict(
        file='b1-zs-changchun-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='长春市南关区住房和城乡建设局',
        body='''
⟦长春市南关区住房和城乡建设局|A⟧
⟦南住建函[2026]3号|N⟧
关于转送南关区老旧小区改造监理服务采购项目投诉材料的函

⟦长春市南关区财政局|A⟧：
我局近日收到⟦吉林省安诚工程监理有限公司|C⟧来信，反映南关区老旧小区改造监理服务采购项目（项目编号：⟦NGZJ2026-C011|J⟧）招标文件设置“近三年在长春市有同类业绩”的条件，排斥外地供应商。该项目系政府采购项目，依据《⟦政府采购质疑和投诉办法|L⟧》，投诉的处理属于⟦区财政局|A⟧职责，现将有关材料转送你局依法处理。
附件：来信及附件共23页

⟦长春市南关区住房和城乡建设局|A⟧
⟦2026年4月8日|D⟧
联系人：⟦金美善|P⟧　电话：0431-88276410
''',
        rels=[('REFERRED', '长春市南关区住房和城乡建设局', '长春市南关区财政局', '南住建函[2026]3号', '2026年4月8日')],
        aliases={'区财政局': '长春市南关区财政局'},
        notes=COMMON + [
            '转送 of complaint materials to the competent body is a transfer of a matter: REFERRED, with the '
            'letter number and the signature date as the transfer date.',
            'The complaining company is not said to have bid: no BID_ON.',
        ],
    ),
    dict(
        file='b2-th-changchun-2026-7.html', fmt='html', kind='other', violations=['discriminatory_terms'],
        issuer='长春市南关区财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>退回函</title><style>p{margin:0}</style></head>
<body>
<div class="header">⟦长春市南关区财政局|A⟧</div>
<h2>关于退回南关区老旧小区改造监理服务采购项目投诉材料的函</h2>
<p class="docno">⟦南财函【2026】7号|N⟧</p>
<p>⟦长春市南关区住房和城乡建设局|A⟧：</p>
<p>根据贵局《关于转送南关区老旧小区改造监理服务采购项目投诉材料的函》（⟦南住建函[2026]3号|N⟧），贵局于⟦2026年4月8日|D⟧转送的⟦吉林省安诚工程监理有限公司|C⟧来信已收悉。</p>
<p>经审查，来信未按规定提交投诉书及投诉人身份证明材料，且投诉人未先行向采购人提出质疑，不符合投诉受理条件。现将全部材料（共23页）退回⟦区住建局|A⟧，请告知来信人依法先行质疑；补正后可重新移送。</p>
<p>联系人：⟦朴成浩|P⟧　电话：0431-88920137</p>
<p class="sign">⟦长春市南关区财政局|A⟧</p>
<p class="date">⟦2026年4月15日|D⟧</p>
</body></html>
''',
        rels=[('REFERRED', '长春市南关区住房和城乡建设局', '长春市南关区财政局', '南住建函[2026]3号', '2026年4月8日')],
        aliases={'区住建局': '长春市南关区住房和城乡建设局'},
        notes=COMMON + [
            'Return letter: the original transfer it restates (贵局…（南住建函[2026]3号）, 贵局于2026年4月8日转送) is '
            'REFERRED 住建局 → 财政局. Returning the materials (退回区住建局) is NOT REFERRED: it hands back what '
            'was sent, it does not transfer a case to a body to handle.',
            'The title in 《》 is a case letter, not LAW.',
        ],
    ),
    dict(
        file='b3-cys-changchun-2026-5.txt', fmt='gb18030-crlf', kind='other', violations=['discriminatory_terms'],
        issuer='长春市南关区住房和城乡建设局',
        body='''
⟦长春市南关区住房和城乡建设局|A⟧
⟦南住建函〔2026〕5号|N⟧
关于重新移送南关区老旧小区改造监理服务采购项目投诉材料的函

⟦南关区财政局|A⟧：
我局于⟦2026年4月8日|D⟧以《关于转送南关区老旧小区改造监理服务采购项目投诉材料的函》转送的有关材料，贵局于⟦4月15日|D⟧退回。现⟦吉林省安诚工程监理有限公司|C⟧已向采购人提出质疑并对答复不满意，补正了投诉书及身份证明材料，我局现将补正后的全部材料重新移送你局，请依法处理。
附件：投诉书、质疑函及答复、营业执照复印件等共31页

⟦长春市南关区住房和城乡建设局|A⟧
⟦二〇二六年五月二十日|D⟧
联系人：⟦金美善|P⟧　电话：0431-88276410
抄送：⟦吉林省安诚工程监理有限公司|C⟧
''',
        rels=[('REFERRED', '长春市南关区住房和城乡建设局', '南关区财政局', '南住建函〔2026〕5号', '二〇二六年五月二十日')],
        notes=COMMON + [
            'Two transfers between the same pair are described: the first one by title and date only (no '
            'number), and this letter\'s own re-transfer (重新移送). Relations are de-duplicated on the pair, '
            'so one REFERRED 住建局 → 南关区财政局 is kept, carrying this letter\'s number and its signature '
            'date (the re-transfer date); the 退回 of 4月15日 is not REFERRED.',
            '南关区财政局 (without 长春市) is the only mention of the receiver: AGENCY, no alias needed.',
        ],
    ),
    # ------------------------------------------------------------ chain C: Fujian, 审计移送处理书 -> 回复函 -> 情况说明
    dict(
        file='c1-yscl-fuzhou-2026-3.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='福州市鼓楼区审计局',
        body='''
⟦福州市鼓楼区审计局|A⟧
审计移送处理书
⟦鼓审移〔2026〕3号|N⟧

⟦福州市鼓楼区财政局|A⟧：
我局在对⟦福州市鼓楼区教育局|A⟧2025年度部门预算执行情况进行审计时发现，⟦区教育局|A⟧将中小学校园安防设备采购项目拆分为7个合同，合计金额⟦人民币287.6万元|M⟧，均未履行政府采购程序，分别直接委托⟦福州闽安智能科技有限公司|C⟧等供应商实施。
上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条的规定。根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现将该问题移送你局依法处理，并请于收到本处理书之日起90日内将处理结果书面告知我局。

⟦福州市鼓楼区审计局|A⟧
⟦二〇二六年三月十六日|D⟧
抄送：⟦福州市鼓楼区人民政府|A⟧、⟦福州市审计局|A⟧
''',
        rels=[('REFERRED', '福州市鼓楼区审计局', '福州市鼓楼区财政局', '鼓审移〔2026〕3号', '二〇二六年三月十六日')],
        aliases={'区教育局': '福州市鼓楼区教育局'},
        notes=COMMON + [
            '2025年度 is year-level: not DATE.',
            'The company was directly commissioned, not a bidder: no BID_ON (and no project number).',
        ],
    ),
    dict(
        file='c2-hf-fuzhou-2026-9.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='福州市鼓楼区财政局',
        body='''
⟦福州市鼓楼区财政局|A⟧
⟦鼓财函〔2026〕9号|N⟧
关于审计移送处理书办理情况的回复函

⟦鼓楼区审计局|A⟧：
你局⟦2026年3月16日|D⟧印发的审计移送处理书（⟦鼓审移〔2026〕
3号|N⟧）收悉。我局于⟦3月20日|D⟧对⟦福州市鼓楼区教育局|A⟧校园安防设备采购拆分规避政府采购问题立案，经调查核实，依据《⟦中华人民共和国政府采购法|L⟧》第七十一条，于⟦2026年5月6日|D⟧作出行政处理决定（⟦鼓财采处〔2026〕4号|N⟧），责令⟦区教育局|A⟧限期改正，给予警告，并建议其主管部门对直接负责的主管人员依法给予处分。
⟦区教育局|A⟧已于⟦5月12日|D⟧报送整改情况说明，我局将持续跟踪。
特此函复。

⟦福州市鼓楼区财政局|A⟧
⟦2026年5月15日|D⟧
联系人：⟦林诗琪|P⟧　0591-87512360
''',
        rels=[('REFERRED', '鼓楼区审计局', '福州市鼓楼区财政局', '鼓审移〔2026〕\n3号', '2026年3月16日'),
              ('PENALIZED', '福州市鼓楼区财政局', '福州市鼓楼区教育局')],
        aliases={'区教育局': '福州市鼓楼区教育局'},
        notes=COMMON + [
            'The audit number is split by a line break (鼓审移〔2026〕 / 3号): one DOC_NO span that contains the '
            'newline, as written.',
            'The REFERRED date is the stated issue date of the 处理书 (你局2026年3月16日印发); 3月20日 is the case '
            'filing, not the transfer.',
            '责令改正 + 警告 by the finance bureau is a handling decision: PENALIZED 区财政局 → 教育局 (an AGENCY).',
        ],
    ),
    dict(
        file='c3-qksm-fuzhou-2026.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='福州市鼓楼区教育局',
        body='''
关于校园安防设备采购项目整改情况的说明

⟦福州市鼓楼区财政局|A⟧：
⟦鼓楼区审计局|A⟧于⟦2026年3月16日|D⟧以⟦鼓审移〔2026〕第3号|N⟧审计移送处理书将我局校园安防设备采购问题移送⟦区财政局|A⟧。⟦区财政局|A⟧作出的《行政处理决定书》（⟦鼓财采处[2026]第4号|N⟧）我局已收悉，现将整改情况说明如下：
一、已终止与⟦福州闽安智能科技有限公司|C⟧尚未履行完毕的2份合同，剩余采购内容纳入2026年度政府采购预算，委托⟦福建省榕信招标代理有限公司|C⟧公开招标。
二、已对分管⟦副局长|T⟧⟦陈立新|P⟧、计财科⟦科长|T⟧⟦郑雅婷|P⟧进行诫勉谈话。

⟦福州市鼓楼区教育局|A⟧
⟦二〇二六年五月十二日|D⟧
''',
        rels=[('REFERRED', '鼓楼区审计局', '福州市鼓楼区财政局', '鼓审移〔2026〕第3号', '2026年3月16日'),
              ('HOLDS_POSITION', '陈立新', '副局长', '福州市鼓楼区教育局'),
              ('HOLDS_POSITION', '郑雅婷', '科长', '福州市鼓楼区教育局')],
        aliases={'区财政局': '福州市鼓楼区财政局'},
        notes=COMMON + [
            '鼓审移〔2026〕第3号 (with 第) is the same number written differently: DOC_NO as written, evidence of '
            'the restated audit transfer.',
            '副局长陈立新 and 计财科科长郑雅婷 belong to the issuer (我局): org is 福州市鼓楼区教育局; the unnamed '
            'sub-unit 计财科 takes the bureau. 诫勉谈话 by the issuer on its own staff is not PENALIZED '
            '(not a sanction by a named agency on a party of the case).',
            'The 情况说明 has no number and no title line with the issuer; the issuer is named in the signature.',
        ],
    ),
    # ------------------------------------------------------------ chain D: Hunan, 协助调查函 -> 复函 -> 移送函 (纪委 + 监委)
    dict(
        file='d1-xzdc-changsha-2026-4.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='长沙市雨花区财政局',
        body='''
⟦长沙市雨花区财政局|A⟧
协助调查函
⟦雨财函〔2026〕4号|N⟧

⟦长沙市雨花区市场监督管理局|A⟧：
我局在办理雨花区城市道路照明设施维护采购项目（项目编号：⟦YHCG-2026-0213|J⟧）投诉案件中，发现投标人⟦湖南星城照明工程有限公司|C⟧与⟦长沙恒亮电气有限公司|C⟧可能存在关联关系。为查明事实，请⟦区市监局|A⟧协助提供上述两家公司的股东、高级管理人员登记信息及近三年变更记录，并于⟦2026年4月30日|D⟧前函复我局。
联系人：⟦谭文博|P⟧　电话：0731-85897302

⟦长沙市雨花区财政局|A⟧
⟦2026年4月16日|D⟧
''',
        rels=[('BID_ON', '湖南星城照明工程有限公司', 'YHCG-2026-0213'),
              ('BID_ON', '长沙恒亮电气有限公司', 'YHCG-2026-0213')],
        aliases={'区市监局': '长沙市雨花区市场监督管理局'},
        notes=COMMON + [
            'A request for assistance (协助调查函) transfers no case: not REFERRED.',
            'The deadline 2026年4月30日 is a DATE (not a relation date).',
        ],
    ),
    dict(
        file='d2-fh-changsha-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='长沙市雨花区市场监督管理局',
        body='''
⟦长沙市雨花区市场监督管理局|A⟧
⟦雨市监函〔2026〕6号|N⟧
关于协助调查有关企业登记信息的复函

⟦雨花区财政局|A⟧：
你局⟦雨财函〔2026〕4号|N⟧函收悉。经查询企业登记系统，现将有关情况函复如下：
一、⟦湖南星城照明工程有限公司|C⟧的⟦股东|T⟧为⟦刘振宇|P⟧、⟦刘芳|P⟧，⟦长沙恒亮电气有限公司|C⟧的⟦法定代表人|T⟧为⟦刘芳|P⟧，⟦刘芳|P⟧同时任⟦湖南星城照明工程有限公司|C⟧⟦监事|T⟧。
二、⟦2025年11月3日|D⟧，⟦刘振宇|P⟧将其持有的⟦长沙恒亮电气有限公司|C⟧60%股权转让给⟦刘芳|P⟧。
另，⟦刘振宇|P⟧系⟦长沙市雨花区城市管理局|A⟧⟦副局长|T⟧⟦刘建国|P⟧之子，供你局参考。
此复。

⟦长沙市雨花区市场监督管理局|A⟧
⟦2026年4月27日|D⟧
''',
        rels=[('LEGAL_REP', '刘芳', '长沙恒亮电气有限公司'),
              ('HOLDS_POSITION', '刘芳', '法定代表人', '长沙恒亮电气有限公司'),
              ('HOLDS_POSITION', '刘芳', '监事', '湖南星城照明工程有限公司'),
              ('HOLDS_POSITION', '刘建国', '副局长', '长沙市雨花区城市管理局'),
              ('HOLDS_POSITION', '刘振宇', '股东', '湖南星城照明工程有限公司'),
              ('HOLDS_POSITION', '刘芳', '股东', '湖南星城照明工程有限公司')],
        notes=COMMON + [
            'A reply to an assistance letter (你局雨财函〔2026〕4号函收悉) is not REFERRED (dev6 decision).',
            '股东为刘振宇、刘芳: one 股东 POSITION shared by the two persons, one HOLDS_POSITION each.',
            '刘振宇系…刘建国之子: kinship is not a relation in the scheme.',
        ],
    ),
    dict(
        file='d3-ys-changsha-2026-11.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='长沙市雨花区财政局',
        body='''
⟦长沙市雨花区财政局|A⟧
⟦雨财函〔2026〕11号|N⟧
关于移送⟦长沙市雨花区城市管理局|A⟧有关人员涉嫌违规插手政府采购活动问题线索的函

⟦中共长沙市雨花区纪律检查委员会|A⟧、⟦长沙市雨花区监察委员会|A⟧：
我局在办理雨花区城市道路照明设施维护采购项目（⟦YHCG-2026-0213|J⟧）投诉案件中，经商请⟦区市监局|A⟧协助调查（见⟦雨花区市场监督管理局|A⟧《关于协助调查有关企业登记信息的复函》，⟦雨市监函〔2026〕6号|N⟧），查明中标人⟦湖南星城照明工程有限公司|C⟧与投标人⟦长沙恒亮电气有限公司|C⟧存在股权关联，两公司投标报价、技术方案高度雷同。中标公司⟦股东|T⟧⟦刘振宇|P⟧系⟦区城市管理局|A⟧⟦副局长|T⟧⟦刘建国|P⟧之子，⟦刘建国|P⟧在该项目采购需求论证及评审阶段多次向采购人工作人员打招呼。
上述问题涉嫌违规插手干预政府采购活动，根据有关规定，现将问题线索移送⟦区纪委|A⟧、⟦区监委|A⟧依规依纪依法处理。我局已于⟦2026年6月2日|D⟧作出投诉处理决定，认定中标结果无效。
附件：1.投诉处理决定书；2.⟦区市监局|A⟧复函；3.评审资料复印件
联系人：⟦谭文博|P⟧　电话：0731-85897302

⟦长沙市雨花区财政局|A⟧
⟦2026年6月5日|D⟧
抄送：⟦长沙市财政局|A⟧
''',
        rels=[('REFERRED', '长沙市雨花区财政局', '中共长沙市雨花区纪律检查委员会', '雨财函〔2026〕11号', '2026年6月5日'),
              ('REFERRED', '长沙市雨花区财政局', '长沙市雨花区监察委员会', '雨财函〔2026〕11号', '2026年6月5日'),
              ('BID_ON', '湖南星城照明工程有限公司', 'YHCG-2026-0213'),
              ('BID_ON', '长沙恒亮电气有限公司', 'YHCG-2026-0213'),
              ('HOLDS_POSITION', '刘振宇', '股东', '湖南星城照明工程有限公司'),
              ('HOLDS_POSITION', '刘建国', '副局长', '长沙市雨花区城市管理局')],
        aliases={'区纪委': '中共长沙市雨花区纪律检查委员会', '区监委': '长沙市雨花区监察委员会',
                 '区市监局': '雨花区市场监督管理局', '区城市管理局': '长沙市雨花区城市管理局'},
        notes=COMMON + [
            'Joint addressee 纪委 and 监委: one REFERRED per organ, both with this letter\'s number and its '
            'signature date (the transfer date); 2026年6月2日 is the complaint decision, not the transfer.',
            'The cited 复函 (雨市监函〔2026〕6号) of the assistance request is not REFERRED.',
            '区市监局 is an alias of the only full mention 雨花区市场监督管理局 (written without 长沙市).',
            'The complaint decision (认定中标结果无效) is a complaint outcome, not a sanction: no PENALIZED.',
            '采购人工作人员 has nobody attached: not POSITION.',
        ],
    ),
]
