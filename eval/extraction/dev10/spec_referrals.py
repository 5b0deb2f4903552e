"""dev10 — referral letters of bodies not used before (4 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Shaanxi (Weinan Linwei), Gansu (Tianshui Qinzhou), Ningxia (Wuzhong), Guizhou (Liupanshui Zhongshan).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人 are form labels (not POSITION); the names after them are PERSON; phones are not annotated.',
    '我局, 你局, 我中心, 你办, 我委 and other pronouns are not annotated.',
    '抄送 is copying, not a transfer: no REFERRED to a 抄送 addressee.',
]

DOCS = [
    dict(
        file='f1-ys-weinan-2026-22.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='渭南市临渭区发展和改革局',
        body='''
⟦渭南市临渭区发展和改革局|A⟧
⟦临发改函〔2026〕22号|N⟧
关于移送⟦临渭区人民医院|A⟧门诊楼改造项目设备采购问题线索的函

⟦渭南市临渭区财政局|A⟧：
我局在对⟦临渭区人民医院|A⟧门诊楼改造项目（项目编号：⟦LWFG-2025-108|J⟧）开展招标投标活动监督检查时发现，该项目中的医用气体及净化设备（金额⟦人民币327万元|M⟧）未纳入工程招标范围，由⟦渭南市临渭区人民医院|A⟧直接与⟦陕西秦东医疗工程有限公司|C⟧签订采购合同，未履行政府采购程序。上述设备采购事项属于政府采购监管范围，根据《⟦中华人民共和国政府采购法|L⟧》第十三条，现将该问题线索移送你局依法处理。
附件：1.采购合同复印件；2.检查记录
联系人：⟦车文涛|P⟧　电话：0913-2123346

⟦渭南市临渭区发展和改革局|A⟧
⟦2026年5月14日|D⟧
抄送：⟦渭南市临渭区卫生健康局|A⟧
''',
        rels=[('REFERRED', '渭南市临渭区发展和改革局', '渭南市临渭区财政局', '临发改函〔2026〕22号', '2026年5月14日')],
        aliases={'临渭区人民医院': '渭南市临渭区人民医院'},
        notes=COMMON + [
            'A 发改局 transferring a procurement clue it found in a tendering inspection to the finance bureau: REFERRED with the letter\'s number and signature date (no other transfer date).',
            '临渭区人民医院 inside the project name (title and body), without the city prefix: AGENCY (GUIDELINES §2.3), aliased to 渭南市临渭区人民医院.',
            'The hospital contracted directly; the company did not bid: no BID_ON. Nobody is penalised.',
        ],
        unmarked=[],
    ),
    dict(
        file='f2-yscl-tianshui-2026-3.docx', fmt='docx', kind='other', violations=['no_procurement', 'contract_violation'],
        issuer='天水市秦州区审计局',
        body='''
⟦天水市秦州区审计局|A⟧
审计移送处理书
⟦秦审移〔2026〕3号|N⟧
⟦天水市秦州区财政局|A⟧：
我局于⟦2026年1月5日|D⟧至⟦2026年2月28日|D⟧对⟦天水市秦州区农业农村局|A⟧2025年度预算执行情况进行了审计，发现该局高标准农田建设项目配套物资采购（项目编号：⟦QZNY-2025-044|J⟧）存在以下问题：一是将⟦人民币196万元|M⟧的物资采购拆分为4次，规避公开招标；二是与供应商⟦甘肃陇原农资有限公司|C⟧签订合同后擅自追加采购金额⟦人民币41.5万元|M⟧，超过原合同金额百分之十。
根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现将上述问题移送你局依法处理，并请将处理结果于⟦2026年6月30日|D⟧前书面告知我局。
⟦天水市秦州区审计局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[('REFERRED', '天水市秦州区审计局', '天水市秦州区财政局', '秦审移〔2026〕3号', '2026年3月20日'),
              ('BID_ON', '甘肃陇原农资有限公司', 'QZNY-2025-044')],
        notes=COMMON + [
            'An audit office\'s 审计移送处理书 to the finance bureau: REFERRED, the letter\'s number, the signature date (the audit period and the reply deadline are not transfer dates).',
            'The supplier holds the contract of the numbered project: BID_ON (decision — unsure: the manner of award is not stated).',
            '2025年度 is year-level: not DATE. 百分之十 is a rate.',
        ],
    ),
    dict(
        file='f3-ycbg-wuzhong-2026-6.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='吴忠市公共资源交易中心',
        body='''
⟦吴忠市公共资源交易中心|A⟧
关于⟦吴忠市第三中学|A⟧教学楼加固工程招标投标异常情况的报告
⟦吴交易报〔2026〕6号|N⟧

⟦吴忠市公共资源交易监督管理办公室|A⟧、⟦吴忠市财政局|A⟧：
⟦2026年6月15日|D⟧，⟦吴忠市第三中学|A⟧教学楼加固工程（招标编号：⟦WZJY-ZB-2026-0056|J⟧；交易平台项目编号：⟦640300-2026-0173|J⟧）开标时，交易系统预警显示：投标人⟦宁夏黄河建工集团有限公司|C⟧、⟦吴忠市利通建筑安装有限公司|C⟧和⟦宁夏塞上恒远工程有限公司|C⟧的投标文件由同一台计算机制作（机器码一致），且⟦宁夏黄河建工集团有限公司|C⟧与⟦宁夏塞上恒远工程有限公司|C⟧的投标报价分别为⟦人民币4,268,531.20元|M⟧和⟦人民币4,268,531.00元|M⟧。
根据《⟦宁夏回族自治区公共资源交易平台服务管理办法|L⟧》的规定，现将上述异常情况报告你办，并将开标记录、系统预警截图等材料一并移交你办和⟦吴忠市财政局|A⟧依法处理。
联系人：⟦马晓雯|P⟧　电话：0953-2016688

⟦吴忠市公共资源交易中心|A⟧
⟦2026年6月17日|D⟧
''',
        rels=[('REFERRED', '吴忠市公共资源交易中心', '吴忠市公共资源交易监督管理办公室', '吴交易报〔2026〕6号', '2026年6月17日'),
              ('REFERRED', '吴忠市公共资源交易中心', '吴忠市财政局', '吴交易报〔2026〕6号', '2026年6月17日'),
              ('BID_ON', '宁夏黄河建工集团有限公司', 'WZJY-ZB-2026-0056'),
              ('BID_ON', '吴忠市利通建筑安装有限公司', 'WZJY-ZB-2026-0056'),
              ('BID_ON', '宁夏塞上恒远工程有限公司', 'WZJY-ZB-2026-0056'),
              ('BID_ON', '宁夏黄河建工集团有限公司', '640300-2026-0173'),
              ('BID_ON', '吴忠市利通建筑安装有限公司', '640300-2026-0173'),
              ('BID_ON', '宁夏塞上恒远工程有限公司', '640300-2026-0173')],
        notes=COMMON + [
            'A trading centre\'s 异常情况报告 that hands over the materials (移交你办和财政局依法处理) to two named regulators: REFERRED to each, with the report\'s number and its signature date; the 开标 date is not the transfer date. '
            'Decision — a bare 报告 without 移交 would not be REFERRED (dev9: 报告 upward is not a transfer); here the handover is explicit.',
            'Two identifiers of one project (招标编号 and the platform\'s 项目编号): both PROJECT_NO; each bidder BID_ON both. Decision — unsure (one may be enough).',
            '吴忠市第三中学 inside the project name is a named school: AGENCY (GUIDELINES §2.3); annotated in the title too.',
            'The two 投标报价 are MONEY; 机器码 is not annotated.',
        ],
    ),
    dict(
        file='f4-jcjy-liupanshui-2026-2.txt', fmt='utf-8', kind='other', violations=['interference', 'collusion'],
        issuer='六盘水市钟山区监察委员会',
        body='''
⟦六盘水市钟山区监察委员会|A⟧
监察建议书
⟦钟监建〔2026〕2号|N⟧

⟦六盘水市钟山区财政局|A⟧：
我委在查办⟦钟山区财政局政府采购监督管理股|A⟧⟦原股长|T⟧⟦罗某某|P⟧严重违纪违法案中发现，⟦2023年5月|D⟧至⟦2025年2月|D⟧，⟦罗某某|P⟧利用审核采购方式变更申请的职务便利，为⟦贵州凉都建设工程有限公司|C⟧在钟山区农贸市场改造项目（项目编号：⟦ZSZC-2023-027|J⟧）中违规获得单一来源采购方式提供帮助。⟦罗某某|P⟧已于⟦2026年1月|D⟧被给予开除公职处分。
案件暴露出你局在采购方式变更审批、政府采购监督检查等方面存在制度漏洞。根据《⟦中华人民共和国监察法|L⟧》第四十五条第一款第（五）项，我委提出如下监察建议：一、全面排查2023年以来单一来源采购审批事项；二、建立审批与监督岗位分离制度。
对查办中发现的⟦贵州凉都建设工程有限公司|C⟧与⟦六盘水市钟山区农贸市场服务中心|A⟧工作人员串通的问题线索，一并移交你局依法处理。
请于收到本建议书之日起六十日内将落实情况书面回复我委。

⟦六盘水市钟山区监察委员会|A⟧
⟦2026年3月10日|D⟧
''',
        rels=[('REFERRED', '六盘水市钟山区监察委员会', '六盘水市钟山区财政局', '钟监建〔2026〕2号', '2026年3月10日'),
              ('PENALIZED', '六盘水市钟山区监察委员会', '罗某某'),
              ('HOLDS_POSITION', '罗某某', '原股长', '钟山区财政局政府采购监督管理股'),
              ('BID_ON', '贵州凉都建设工程有限公司', 'ZSZC-2023-027')],
        notes=COMMON + [
            'A 监察建议书 by itself is a recommendation, not a transfer; this one also hands over a clue (一并移交你局依法处理): REFERRED 监委 -> finance bureau with the 建议书 number and its date. Decision — unsure (the clue handover is inside a 监察建议书).',
            '开除公职 (政务处分) by the 监委: PENALIZED.',
            '钟山区财政局政府采购监督管理股 is a named sub-unit: one maximal AGENCY span (GUIDELINES, dev9), org of the post, not aliased to the bureau; 原 adjacent to the post stays in the POSITION span (原股长).',
            '工作人员 is not attached to a named person: not annotated. 2023年以来 is year-level: not DATE.',
            'Single-source award to the company in the numbered project: BID_ON.',
        ],
    ),
]
