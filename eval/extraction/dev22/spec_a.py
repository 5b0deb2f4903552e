"""dev22 — documents a1–a6, inline ⟦text|L⟧ marks. Follow-up papers of referral chains: a 回执 (Henan 温县), a 签收单
(Hubei 嘉鱼县, GB18030), a 受理通知 (Hubei 赤壁市), a 不予受理告知书 (Zhejiang 江山市, docx), a 退回函 (Anhui 郎溪县),
a 转办函 (Anhui 东至县, GB18030). All persons, companies, numbers, amounts and acts are invented.
"""

SIGN = ('签收人, 经办人, 承办人, 联系人, 签发人, 审核(人), 核稿 are roles in the paper flow, not POSITION: the names are PERSON only.')

DOCS = [
    dict(
        file='a1-hz-wenxian-jwjw-2026-07.txt', fmt='utf-8', kind='other', violations=[],
        issuer='温县纪委监委',
        body='''
⟦温县纪委监委|A⟧
问题线索移送回执
⟦温纪回〔2026〕7号|N⟧

⟦温县财政局|A⟧：
　　你局⟦2026年3月12日|D⟧《关于移送⟦温县职业教育中心|A⟧实训设备采购项目有关问题线索的函》（⟦温财移〔2026〕3号|N⟧）及附件材料共4册，我委已于⟦3月16日|D⟧收悉。经登记，该线索交由⟦县纪委监委第二监督检查室|A⟧负责处置，处置情况将按规定另行反馈你局。
　　特此回执。

　　签收人：⟦牛晓霞|P⟧　　　经办人：⟦郭振|P⟧
　　联系电话：0391-6152087

⟦温县纪委监委|A⟧（代章）
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '温县财政局', '温县纪委监委', '温财移〔2026〕3号', '2026年3月12日')],
        notes=['The receipt carries the incoming transfer: 温县财政局 → 温县纪委监委 (the issuer, 我委), with the sender\'s number and the '
               'date of the sender\'s letter (3月16日 is the date of receipt, not used).',
               '交由县纪委监委第二监督检查室处置 is an internal assignment, not REFERRED; the 室 is a separate AGENCY span (named sub-unit).',
               SIGN]),
    dict(
        file='a2-qsd-jiayu-gaj-2026.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='嘉鱼县公安局',
        body='''
⟦嘉鱼县公安局|A⟧案件材料签收单

送件单位：⟦嘉鱼县审计局|A⟧
来文名称：审计移送处理书（⟦嘉审移〔2026〕2号|N⟧）
来文日期：⟦2026年4月3日|D⟧
事由：县城区老旧小区改造（二期）项目疑似围标串标
材料清单：1.移送处理书原件1份；2.审计取证单复印件17页；3.投标文件光盘2张；4.其他材料（见附页）
份数：正本1份，附件4件
签收编号：JY-QS-2026-0419

送件人：⟦刘芳|P⟧（⟦嘉鱼县审计局经济责任审计股|A⟧）　　电话：139****2716
签收人：经侦大队　⟦蔡宏亮|P⟧
签收时间：⟦2026年4月7日|D⟧ 10时20分

备注：材料已当面清点无误。原件移交⟦嘉鱼县公安局经济犯罪侦查大队|A⟧审查，是否立案另行书面告知送件单位。

（本单一式两联，第一联送件单位留存，第二联签收单位留存）
''',
        rels=[('REFERRED', '嘉鱼县审计局', '嘉鱼县公安局', '嘉审移〔2026〕2号', '2026年4月3日')],
        unmarked=[],
        notes=['签收单 for an audit 移送处理书: REFERRED 嘉鱼县审计局 → 嘉鱼县公安局 (the issuer), evidence the 移送处理书 number, date the '
               'letter date (来文日期); 签收时间 is the receipt date, not used.',
               '签收编号 is a number the intake desk assigns, not DOC_NO (DECISIONS).',
               'The bare 经侦大队 before the signer is not annotated (DECISIONS: no place, no AGENCY).',
               '移交…经济犯罪侦查大队审查 is an internal hand-over, not REFERRED. 嘉鱼县审计局经济责任审计股 is one '
               'maximal AGENCY span (named sub-unit).',
               SIGN]),
]

DOCS += [
    dict(
        file='a3-sltz-chibi-scjg-2026-15.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='赤壁市市场监督管理局',
        body='''
⟦赤壁市市场监督管理局|A⟧
案件线索受理通知书

⟦赤市监受〔2026〕15号|N⟧

⟦赤壁市公共资源交易中心|A⟧：
　　⟦2026年2月27日|D⟧，你中心以《关于移送投标人涉嫌提供虚假材料线索的函》（⟦赤交易函〔2026〕9号|N⟧）将⟦赤壁市神山镇人民政府|A⟧办公楼维修改造项目（项目编号：⟦CBZC-2026-0031|J⟧）中⟦湖北楚岳建筑工程有限公司|C⟧（以下简称“⟦楚岳公司|C⟧”）涉嫌提供虚假业绩证明的线索移送我局。
　　经审查，该线索属于我局管辖范围，符合立案核查条件，我局决定予以受理，已于⟦3月5日|D⟧指定⟦赤壁市市场监督管理局蒲圻市场监督管理所|A⟧承办。如你中心掌握⟦楚岳公司|C⟧其他投标资料，请及时补充提供。
　　承办人：⟦吴一帆|P⟧、⟦邹敏|P⟧　联系电话：0715-5238410

⟦赤壁市市场监督管理局|A⟧
⟦2026年3月5日|D⟧
''',
        rels=[('REFERRED', '赤壁市公共资源交易中心', '赤壁市市场监督管理局', '赤交易函〔2026〕9号', '2026年2月27日'),
              ('BID_ON', '湖北楚岳建筑工程有限公司', 'CBZC-2026-0031')],
        aliases={'楚岳公司': '湖北楚岳建筑工程有限公司'},
        notes=['受理通知 carries the incoming transfer 交易中心 → 市场监管局 (我局 = the named issuer) with the sender\'s number and date.',
               '指定…市场监督管理所承办 is an internal assignment, not REFERRED; the 所 is one maximal AGENCY span.',
               'BID_ON: 楚岳公司 is named as a bidder (投标人) in the numbered project.', SIGN]),
    dict(
        file='a4-bysl-jiangshan-fgj-2026-4.docx', fmt='docx', kind='other', violations=['no_procurement'],
        issuer='江山市发展和改革局',
        body='''
⟦江山市发展和改革局|A⟧
不予受理告知书
⟦江发改不受〔2026〕4号|N⟧
⟦江山市财政局|A⟧：
你局于⟦2026年1月20日|D⟧以⟦江财函〔2026〕6号|N⟧函移送的“⟦江山市贺村镇人民政府|A⟧农村饮用水提标改造工程涉嫌规避招标”线索材料，我局已于⟦1月22日|D⟧收到。
经审查，该工程于2025年由镇政府以竞争性磋商方式采购，合同估算价⟦386万元|M⟧，资金来源为财政性资金，且未纳入依法必须招标的工程建设项目范围，不属于我局依据《⟦中华人民共和国招标投标法|L⟧》及《⟦浙江省招标投标条例|L⟧》实施行政监督的事项。根据《⟦政府采购质疑和投诉办法|L⟧》等规定，该事项应由财政部门依法处理。
据此，我局决定不予受理，原移送材料（共2册）随本告知书一并退回你局。
特此告知。
联系人：⟦姜俊|P⟧（法规与招投标科），电话0570-4021735
签发：⟦毛建平|P⟧
⟦江山市发展和改革局|A⟧
⟦2026年2月3日|D⟧
抄送：⟦江山市审计局|A⟧
''',
        rels=[('REFERRED', '江山市财政局', '江山市发展和改革局', '江财函〔2026〕6号', '2026年1月20日')],
        notes=['不予受理: the hand-over itself happened, so REFERRED 江山市财政局 → 江山市发展和改革局 with the sender\'s number and date; '
               'the return of the materials (退回你局) is no REFERRED (DECISIONS); 抄送 to the audit office is no REFERRED.',
               '镇政府 (a generic back-reference with a level word but no name) is not annotated; 财政部门 is generic. 2025年 is year-only.',
               'The 不予受理 states the alleged 规避招标 → violations no_procurement (alleged).',
               '法规与招投标科 in brackets after the contact is not annotated (no place, unit written apart).', SIGN]),
    dict(
        file='a5-thh-langxi-czj-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='郎溪县财政局',
        body='''
⟦郎溪县财政局|A⟧关于退回有关线索材料的函

⟦郎财函〔2026〕31号|N⟧

⟦县公共资源交易中心|A⟧：
　　你中心《关于⟦郎溪县中医院|A⟧医用耗材集中采购项目异常投标情况的报告》（⟦郎交〔2026〕11号|N⟧，⟦2026年3月9日|D⟧）及所附开标记录、投标文件电子版收悉。
　　经研究，报告所附投标文件中⟦安徽瑞康医疗器械有限公司|C⟧与⟦广德市恒济医药有限公司|C⟧的电子投标文件制作机器码一致一节，仅有截图而无系统导出日志，且未附该项目（项目编号：⟦LXZC2026-HW017|J⟧）评标报告，现有材料尚不足以支撑立案。为此，现将上述材料退回你中心，请补充以下材料后重新报送：
　　一、交易系统导出的两家投标人上传IP地址及机器码日志；
　　二、评标委员会评标报告及专家签到表；
　　三、采购人⟦郎溪县中医院|A⟧对异常情况的书面说明。
　　联系人：政府采购监督管理股 ⟦章璐|P⟧，电话：0563-7021346

⟦郎溪县财政局|A⟧
⟦2026年3月18日|D⟧
''',
        rels=[('REFERRED', '县公共资源交易中心', '郎溪县财政局', '郎交〔2026〕11号', '2026年3月9日'),
              ('BID_ON', '安徽瑞康医疗器械有限公司', 'LXZC2026-HW017'),
              ('BID_ON', '广德市恒济医药有限公司', 'LXZC2026-HW017')],
        notes=['退回函: the return is no REFERRED (DECISIONS); the trading centre\'s earlier report of a finding to the finance bureau is '
               '(DECISIONS, session 8): 县公共资源交易中心 → 郎溪县财政局 with the report\'s number and date.',
               '县公共资源交易中心 (level word + institution) is AGENCY and is its own canonical name here (the full name is never written).',
               'BID_ON: the two named 投标人 of the numbered project. violations: the suspected collusion (机器码一致) is what the matter alleges.',
               '政府采购监督管理股 before the contact is not annotated (no place). ' + SIGN]),
]

DOCS += [
    dict(
        file='a6-zbh-dongzhi-jwjw-2026-12.txt', fmt='gb18030', kind='other', violations=['interference'],
        issuer='中共东至县纪律检查委员会',
        body='''
⟦中共东至县纪律检查委员会|A⟧
⟦东至县监察委员会|A⟧
问题线索转办函

⟦东纪转〔2026〕12号|N⟧

⟦县教育体育局|A⟧党组：
　　⟦2026年4月10日|D⟧，⟦市纪委监委|A⟧以《信访举报转办单》（⟦池纪信转〔2026〕58号|N⟧）将反映⟦东至县尧渡镇中心学校|A⟧⟦校长|T⟧⟦方某某|P⟧在学生课桌椅采购中打招呼、指定供应商⟦东至县鑫源教学设备有限公司|C⟧的问题转交我委。经委机关研究，根据干部管理权限和问题性质，现将该件转你党组办理。
　　请你党组认真核实，依规依纪依法处理，并于⟦6月10日|D⟧前将办理结果（含核实报告、处理意见及相关佐证材料）报送⟦县纪委监委信访室|A⟧。核实中发现涉嫌违纪违法问题的，及时报告我委。
　　联系人：⟦胡晓燕|P⟧　电话：0566-7026119

附件：信访举报转办单及原件复印件（共6页）

⟦中共东至县纪律检查委员会|A⟧　⟦东至县监察委员会|A⟧
（⟦东至县纪委监委|A⟧代章）
⟦2026年4月16日|D⟧
''',
        rels=[('REFERRED', '市纪委监委', '中共东至县纪律检查委员会', '池纪信转〔2026〕58号', '2026年4月10日'),
              ('REFERRED', '中共东至县纪律检查委员会', '县教育体育局', '东纪转〔2026〕12号', '2026年4月16日'),
              ('REFERRED', '东至县监察委员会', '县教育体育局', '东纪转〔2026〕12号', '2026年4月16日'),
              ('HOLDS_POSITION', '方某某', '校长', '东至县尧渡镇中心学校')],
        notes=['Joint header 纪委 + 监委 (dev19 convention): every sender → the addressee, with the 转办函\'s own number and date; the '
               'issuer is the first-listed body. The incoming 转办单 from 市纪委监委 goes to the issuer (我委).',
               '东至县纪委监委 in the seal line is annotated as its own AGENCY mention (the joint organ), not aliased to either header.',
               '报送县纪委监委信访室 is the return of results, not a hand-over; the 信访室 is one AGENCY span. 打招呼、指定供应商 → interference.',
               '县教育体育局 (level word + institution) is AGENCY and its own canonical name. ' + SIGN]),
]
