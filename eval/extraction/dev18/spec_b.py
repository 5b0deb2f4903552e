"""dev18 — documents b1–b5, inline ⟦text|L⟧ marks: a 来文签收回执 (Heilongjiang 双鸭山尖山区, GB18030 CRLF), a 中标结果公告
(Yunnan 临沧临翔区, html), a 审计移送处理书 (Shanxi 朔州朔城区), a 案件登记表 (Guangdong 阳江江城区, tab-separated), a 会议纪要
(Guangdong 云浮云城区, docx). All persons, companies, numbers, amounts and acts are invented.
"""
COMMON = [
    'Not DOC_NO (not annotated): 索引号, unified social credit codes, 营业执照注册号, ID numbers, bank accounts, 缴款码, GB/T and GB standard '
    'numbers, phone and fax numbers, contract numbers, invoice numbers, certificate / licence / report numbers, 登记号 / 备案号, bulletin issues '
    '(第3期), page and item numbers, room numbers, addresses with 号, 第X条 of laws.',
    'Not DATE: clock times (9时30分), durations (15日内, 30个工作日, 3年, 6个月), day-only and relative expressions (同月28日, 同日, 次日), '
    'year-only expressions and years inside project or title names.',
    '联系人/经办人/承办人/签收人 are form fields, not POSITION.',
]


DOCS = [
    dict(
        file='b1-qshz-shuangyashan-jianshan-2026.txt', fmt='gb18030-crlf', kind='other', violations=['no_procurement'],
        issuer='双鸭山市尖山区财政局',
        body='''
⟦双鸭山市尖山区财政局|A⟧来文签收回执
回执编号：JSCZ-SW-2026-0047
来文单位：⟦双鸭山市尖山区审计局|A⟧
来文文号：⟦尖审移〔2026〕2号|N⟧
来文标题：《关于移送⟦尖山区中心小学|A⟧等单位政府采购违规问题的处理书》
来文日期：⟦2026.3.5|D⟧
收文日期：⟦2026年3月6日|D⟧ 14时05分
收文单位：⟦双鸭山市尖山区财政局|A⟧（政府采购监督管理股）
收文登记号：2026-SW-0118
份数：正本1份，附件4份（共计37页）
涉及事项：⟦双鸭山市尖山区中心小学|A⟧⟦2025年9月|D⟧至⟦2025年11月|D⟧采购课桌椅⟦68.4万元|M⟧未履行政府采购程序；⟦双鸭山市尖山区第二幼儿园|A⟧将⟦52万元|M⟧的改造工程拆分为3次直接发包给⟦双鸭山市宏达建筑装饰有限公司|C⟧。
办理时限：收文之日起20个工作日内将处理情况函告来文单位
送件人：⟦赵立新|P⟧（⟦双鸭山市尖山区审计局法制审理股|A⟧）　电话：0469-4261178
签收人：⟦高雅楠|P⟧
拟办意见：请政府采购监督管理股依法核查处理，⟦3月20日|D⟧前报送处理意见。　⟦王德胜|P⟧　⟦3月6日|D⟧
''',
        rels=[('REFERRED', '双鸭山市尖山区审计局', '双鸭山市尖山区财政局', '尖审移〔2026〕2号', '2026.3.5')],
        aliases={'尖山区中心小学': '双鸭山市尖山区中心小学'},
        notes=COMMON + [
            'GB18030 with CRLF line ends. Receipt form: REFERRED 来文单位 → 收文单位 with 来文文号 and 来文日期 (2026.3.5, dotted form).',
            '回执编号 and 收文登记号 are registry numbers, not DOC_NO. 14时05分 is a clock time. 20个工作日 is a duration.',
            'The school named inside the 《》 title of the 处理书 is annotated (names embedded in case-document titles). The bracketed 政府采购监督管理股 is an unnamed internal unit, left out.',
            '拟办 signer 王德胜 has no post written. The 送件人’s named sub-unit is one maximal AGENCY span.',
        ],
    ),
    dict(
        file='b2-zbgg-lincang-linxiang-2026.html', fmt='html', kind='other', violations=[],
        issuer=None,
        body='''<html><body>
<div class="crumb">首页 &gt; 采购公告 &gt; 中标（成交）结果公告</div>
<h1>⟦临翔区人民医院|A⟧医用耗材集中配送服务项目中标结果公告</h1>
<p class="meta">发布时间：⟦2026-04-13|D⟧ 17:42:09　来源：⟦云南滇南招标咨询有限公司|C⟧　浏览次数：318</p>
<p>一、项目编号：⟦LXCG2026-0119|J⟧</p>
<p>二、项目名称：⟦临翔区人民医院|A⟧医用耗材集中配送服务项目</p>
<p>三、中标信息</p>
<table>
<tr><td>供应商名称</td><td>供应商地址</td><td>中标金额</td></tr>
<tr><td>⟦云南临沧康源医药有限公司|C⟧</td><td>临沧市临翔区南塘街257号</td><td>下浮率12.5%（年配送额上限⟦1,200万元|M⟧）</td></tr>
</table>
<p>四、主要标的信息：服务范围为医用耗材集中配送；服务时间为⟦2026年5月1日|D⟧至⟦2029年4月30日|D⟧；服务标准符合YY/T 0466.1-2023。</p>
<p>五、评审专家名单：⟦杨丽娟|P⟧、⟦段志强|P⟧、⟦李春华|P⟧、⟦鲁明|P⟧，采购人代表⟦赵建|P⟧。</p>
<p>六、代理服务收费标准及金额：参照《⟦国家计委关于印发〈招标代理服务收费管理暂行办法〉的通知|L⟧》（⟦计价格〔2002〕1980号|N⟧）标准收取，金额⟦人民币叁万陆仟元整|M⟧（⟦¥36,000.00|M⟧）。</p>
<p>七、公告期限：自本公告发布之日起1个工作日。</p>
<p>八、其他补充事宜：本项目招标公告于⟦2026年3月20日|D⟧发布，开标时间为⟦2026年4月10日|D⟧ 9:30（北京时间），共5家供应商投标，其中⟦云南南汀河医疗器械有限公司|C⟧、⟦临沧佤山医药物流有限公司|C⟧得分分别为81.36分、78.02分。</p>
<p>九、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人：⟦临沧市临翔区人民医院|A⟧　地址：临沧市临翔区凤翔街道玉龙路66号　联系方式：0883-2125309</p>
<p>2.采购代理机构：⟦云南滇南招标咨询有限公司|C⟧　地址：临沧市临翔区旗山路9号2楼　项目联系人：⟦彭晓云|P⟧　电话：0883-2869901</p>
<p>3.同级政府采购监督管理部门：⟦临沧市临翔区财政局|A⟧　电话：0883-2122754</p>
</body></html>
''',
        rels=[('BID_ON', '云南临沧康源医药有限公司', 'LXCG2026-0119'),
              ('BID_ON', '云南南汀河医疗器械有限公司', 'LXCG2026-0119'),
              ('BID_ON', '临沧佤山医药物流有限公司', 'LXCG2026-0119')],
        aliases={'临翔区人民医院': '临沧市临翔区人民医院'},
        notes=COMMON + [
            'html. Issuer null: the announcement is published by the agent company (来源), not by an agency. No violations: an ordinary award notice.',
            'The hospital inside the project name is annotated (names embedded in project names). 计价格〔2002〕1980号 is DOC_NO; the normative 通知 with a 〈〉-nested title is one LAW span (outermost).',
            '下浮率12.5% is a rate; 81.36分 are scores; 17:42:09 and 9:30 are clock times; YY/T 0466.1-2023 is a standard; 浏览次数 318 is a count.',
            '评审专家名单 is a list heading, not a post attached to each person; 采购人代表 is a procedural role: neither is POSITION.',
        ],
    ),
    dict(
        file='b3-sjycls-shuozhou-shuocheng-2026-3.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='朔州市朔城区审计局',
        body='''
⟦朔州市朔城区审计局|A⟧
审计移送处理书
⟦朔城审移〔2026〕3号|N⟧
⟦朔州市朔城区财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第五十二条和《⟦审计机关审计移送管理规定|L⟧》的规定，我局在对⟦朔州市朔城区农业农村局|A⟧2025年度预算执行情况审计中（审计通知书：⟦朔城审通〔2026〕1号|N⟧；审计组：第二审计组），发现以下问题，现移送你局依法处理：
　　⟦朔州市朔城区农业农村局|A⟧于⟦2025年3月18日|D⟧至⟦4月2日|D⟧通过网上商城分6次采购高标准农田监测设备，合计⟦191.73万元|M⟧，单次金额均在⟦40万元|M⟧以下，规避公开招标。供货单位为⟦山西塞北智农科技有限公司|C⟧（统一社会信用代码：91140602MA0KL5T82P），发票号码分别为No.14006248、No.14006251至No.14006255。
　　审计取证单编号：SC-2026-QZ-007至SC-2026-QZ-012（共6份），审计工作底稿索引号：D-3-2。
　　请你局自收到本移送处理书之日起90日内将处理结果书面告知我局。
　　附件：审计取证单复印件（6份，第1—14页）
⟦朔州市朔城区审计局|A⟧
⟦二〇二六年三月十六日|D⟧
（联系人：⟦贾玉兰|P⟧，电话：0349-2028315）
''',
        rels=[('REFERRED', '朔州市朔城区审计局', '朔州市朔城区财政局', '朔城审移〔2026〕3号', '二〇二六年三月十六日')],
        notes=COMMON + [
            'The 审计通知书 number has document-number shape and is the office’s own document: DOC_NO. 审计取证单编号, 发票号码, 索引号 D-3-2 and the credit code are not.',
            '2025年度 is year-level, not DATE. 4月2日 is the end of a range. 90日内 is a duration. The supplier is not said to have bid (网上商城 purchase): no PROJECT_NO, no BID_ON.',
        ],
    ),
    dict(
        file='b4-ajdjb-yangjiang-jiangcheng-2026q1.txt', fmt='utf-8', kind='other',
        violations=['contract_violation', 'false_materials', 'no_procurement'],
        issuer='阳江市江城区财政局',
        body='''
⟦阳江市江城区财政局|A⟧2026年第一季度政府采购投诉及监督检查案件登记表
填报单位（盖章）：⟦阳江市江城区财政局|A⟧　填报时间：⟦2026年4月3日|D⟧
序号	收件日期	登记号	类型	当事人	项目编号	涉及金额	办结日期	处理结果（文号）	承办人
1	⟦2026.1.6|D⟧	2026-001	投诉	⟦阳江漠阳江水务工程有限公司|C⟧	⟦YJJC2025-312|J⟧	⟦236.5万元|M⟧	⟦2026.2.9|D⟧	驳回投诉（⟦江财采投〔2026〕1号|N⟧）	⟦冯志坚|P⟧
2	⟦2026-01-15|D⟧	2026-002	监督检查	⟦阳江市江城区城市管理和综合执法局|A⟧	⟦YJJC2025-277|J⟧	⟦88万元|M⟧	⟦2026-03-02|D⟧	合同未按规定公告，责令改正（⟦江财采处〔2026〕2号|N⟧）	⟦冯志坚|P⟧
3	⟦1月20日|D⟧	2026-003	举报	⟦广东南鹏建设工程有限公司|C⟧	⟦YJJC2025-298|J⟧	⟦412.9万元|M⟧	⟦3月18日|D⟧	投标中提供虚假业绩，罚款⟦1.2万元|M⟧（⟦江财罚决〔2026〕3号|N⟧）	⟦陈丽萍|P⟧
4	⟦2026年2月26日|D⟧	2026-004	移送来文（⟦江审移〔2026〕1号|N⟧）	⟦阳江市江城区审计局|A⟧移送，涉及⟦阳江市江城区第三中学|A⟧	—	⟦57.4万元|M⟧	—	未履行采购程序，办理中	⟦陈丽萍|P⟧
5	⟦2026年3月9日|D⟧	2026-005	投诉	⟦阳江海陵湾物业管理有限公司|C⟧	⟦YJJC2026-021|J⟧	⟦64万元|M⟧	⟦2026年3月12日|D⟧	超过法定期限，不予受理（⟦江财采投〔2026〕4号|N⟧）	⟦冯志坚|P⟧
本季度共登记5件，办结4件，罚没收入⟦1.2万元|M⟧已于⟦3月25日|D⟧缴入国库（缴款书号码：4417022026003318）。
审核：⟦梁国华|P⟧（⟦股长|T⟧）　制表：⟦陈丽萍|P⟧　联系电话：0662-3362580
''',
        rels=[('PENALIZED', '阳江市江城区财政局', '阳江市江城区城市管理和综合执法局'),
              ('PENALIZED', '阳江市江城区财政局', '广东南鹏建设工程有限公司'),
              ('REFERRED', '阳江市江城区审计局', '阳江市江城区财政局', '江审移〔2026〕1号', '2026年2月26日'),
              ('BID_ON', '广东南鹏建设工程有限公司', 'YJJC2025-298'),
              ('HOLDS_POSITION', '梁国华', '股长', '阳江市江城区财政局')],
        unmarked=[],
        notes=COMMON + [
            'Tab-separated register of the bureau’s own cases. Rows 2 and 3 are sanctions by the bureau (责令改正, 罚款): PENALIZED. Rows 1 and 5 (驳回, 不予受理) are not.',
            'Row 4 is an incoming referral: REFERRED 审计局 → 财政局 with the 来文 number and the 收件日期. The row’s project column is empty (—).',
            '登记号 2026-001… and 缴款书号码 are not DOC_NO. Dates in four shapes: 2026.1.6, 2026-01-15, 1月20日, 2026年2月26日. 1.2万元 is annotated twice (the fine and the quarter’s total).',
            'Complainants (rows 1, 5) are not assumed to have bid; row 3 says 投标中: BID_ON. Violations: contract_violation (row 2), false_materials (row 3), no_procurement (row 4).',
        ],
    ),
    dict(
        file='b5-hyjy-yunfu-yuncheng-2026-4.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='云浮市云城区人民政府办公室',
        body='''
⟦云浮市云城区人民政府办公室|A⟧
会议纪要
〔2026〕第4期
关于政府采购和招标投标领域突出问题专项整治工作推进会议纪要
⟦2026年3月12日|D⟧上午，⟦区政府|A⟧⟦副区长|T⟧⟦黄志勇|P⟧在区行政中心三楼第二会议室主持召开政府采购和招标投标领域突出问题专项整治工作推进会议。⟦区财政局|A⟧、⟦区发展改革局|A⟧、⟦区住房城乡建设局|A⟧、⟦区市场监管局|A⟧、⟦区审计局|A⟧、⟦云浮市公安局云城分局|A⟧、⟦区公共资源交易中心|A⟧等单位负责同志参加会议。会议传达了《⟦云浮市政府采购和招标投标领域突出问题专项整治工作方案|L⟧》。现将会议议定事项纪要如下：
一、会议听取了⟦区财政局|A⟧关于2026年第一季度专项整治工作情况的汇报。截至⟦3月10日|D⟧，全区共排查政府采购项目126个、金额⟦3.86亿元|M⟧，发现问题线索9条，已移送⟦区纪委监委|A⟧3条、⟦云浮市公安局云城分局|A⟧1条。
二、会议要求，⟦区公共资源交易中心|A⟧于⟦4月15日|D⟧前完成电子交易系统围串标预警模块升级（合同编号：YFYC-XX-2026-009，合同金额⟦48.6万元|M⟧）。
三、关于⟦云浮市云城区人民医院|A⟧医疗设备采购项目（项目编号：⟦YCQ-YY-2025-0088|J⟧）举报问题，由⟦区财政局|A⟧牵头、⟦区市场监管局|A⟧配合，于⟦2026年3月31日|D⟧前查清中标人⟦广东云浮石都医疗设备有限公司|C⟧是否伪造医疗器械注册证（注册证编号：粤械注准20232140518），结果报⟦区政府|A⟧。
四、各成员单位于每月25日前报送工作进展。⟦区审计局|A⟧将⟦2025年7月|D⟧以来审计发现的采购问题清单（见《审计报告》⟦云城审报〔2025〕17号|N⟧）于⟦2026年3月20日|D⟧前移交⟦区财政局|A⟧。
出席：⟦黄志勇|P⟧　⟦陈伟|P⟧（⟦区财政局|A⟧⟦局长|T⟧）　⟦林小燕|P⟧（⟦区发展改革局|A⟧⟦副局长|T⟧）　⟦何国强|P⟧（⟦云浮市公安局云城分局|A⟧⟦副局长|T⟧）　⟦梁静|P⟧（⟦区公共资源交易中心|A⟧⟦主任|T⟧）
记录：⟦苏倩|P⟧
分送：⟦区委办|A⟧，⟦区人大办|A⟧，⟦区政协办|A⟧，各成员单位。
⟦云浮市云城区人民政府办公室|A⟧　⟦2026年3月13日|D⟧印发
''',
        rels=[('REFERRED', '区财政局', '区纪委监委'),
              ('REFERRED', '区财政局', '云浮市公安局云城分局'),
              ('HOLDS_POSITION', '黄志勇', '副区长', '区政府'),
              ('HOLDS_POSITION', '陈伟', '局长', '区财政局'),
              ('HOLDS_POSITION', '林小燕', '副局长@0', '区发展改革局'),
              ('HOLDS_POSITION', '何国强', '副局长@1', '云浮市公安局云城分局'),
              ('HOLDS_POSITION', '梁静', '主任', '区公共资源交易中心'),
              ('BID_ON', '广东云浮石都医疗设备有限公司', 'YCQ-YY-2025-0088')],
        notes=COMMON + [
            'docx. 〔2026〕第4期 is the minutes’ issue number: not DOC_NO. The 《审计报告》 number 云城审报〔2025〕17号 is DOC_NO; the report itself is not LAW; the 工作方案 is LAW (normative plan).',
            'Level-prefixed short forms (区政府, 区财政局, 区纪委监委, 区委办, 区人大办, 区政协办) are AGENCY; the full names are not written, so no aliases.',
            'REFERRED: the bureau’s reported transfers (已移送) to 区纪委监委 and to the 公安分局, without number or date. The 审计局 → 财政局 移交 is planned (于…前移交): not REFERRED.',
            '每月25日 is day-only, not DATE. 4月15日 and 2026年3月31日 are deadlines, still DATE. The 中标人 is BID_ON; the forgery is only alleged (举报): false_materials.',
        ],
    ),
]
