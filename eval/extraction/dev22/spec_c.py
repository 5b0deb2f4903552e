"""dev22 — documents c1–c6, inline ⟦text|L⟧ marks. A 收文登记簿 web export (Sichuan 射洪市, html), a joint letter from two
senders (Yunnan 陆良县), a letter to two receivers (Yunnan 通海县, GB18030), a work report with narrative and passive transfers
(Gansu 临泽县), a 受理回执 partly in traditional characters (Ningxia 盐池县), an audit 移送事项登记表 (Shanxi 高平市, docx).
All persons, companies, numbers, amounts and acts are invented.
"""

SIGN = ('签收人, 经办人, 承办人, 联系人, 签发人, 审核(人), 核稿, 登记人 are roles in the paper flow, not POSITION: the names are PERSON only.')

DOCS = [
    dict(
        file='c1-swdjb-shehong-jwjw-xfs-2026.html', fmt='html', kind='other', violations=['bribery', 'collusion', 'no_procurement', 'interference'],
        issuer='射洪市纪委监委信访室',
        body='''<html><head><meta charset="utf-8"><title>收文登记簿导出</title></head>
<body>
<h3>⟦射洪市纪委监委信访室|A⟧　外单位移送问题线索收文登记簿（导出）</h3>
<p>导出时间：⟦2026年4月30日|D⟧ 16:42　导出人：⟦蒋丹|P⟧　条件：来文日期 2026-01-01 至 2026-04-30，来文类别=问题线索移送</p>
<table>
<thead><tr><td>登记号</td><td>收文日期</td><td>来文单位</td><td>来文文号</td><td>来文日期</td><td>内容摘要</td><td>承办</td><td>状态</td></tr></thead>
<tbody>
<tr><td>SHXF-2026-0037</td><td>⟦2026-01-22|D⟧</td><td>⟦射洪市审计局|A⟧</td><td>⟦射审移〔2026〕1号|N⟧</td><td>⟦2026-01-20|D⟧</td><td>⟦射洪市太和街道办事处|A⟧⟦副主任|T⟧⟦杜某|P⟧违规干预物业服务采购</td><td>第三监督检查室 ⟦谢静怡|P⟧</td><td>初核</td></tr>
<tr><td>SHXF-2026-0052</td><td>⟦2026-02-13|D⟧</td><td>⟦射洪市财政局|A⟧</td><td>⟦射财函〔2026〕9号|N⟧</td><td>⟦2026-02-10|D⟧</td><td>⟦射洪市人民医院|A⟧后勤部工作人员收受供应商回扣</td><td>第五监督检查室 ⟦汪强|P⟧</td><td>初核</td></tr>
<tr><td>SHXF-2026-0071</td><td>⟦2026-03-09|D⟧</td><td>⟦射洪市公安局|A⟧</td><td>⟦射公经移字〔2026〕3号|N⟧</td><td>⟦2026-03-05|D⟧</td><td>在侦串通投标案中发现的公职人员⟦唐某某|P⟧涉嫌受贿线索</td><td>第二审查调查室 ⟦马俊|P⟧</td><td>立案审查调查</td></tr>
<tr><td>SHXF-2026-0088</td><td>⟦2026-04-03|D⟧</td><td>⟦射洪市公共资源交易服务中心|A⟧</td><td>⟦射交服〔2026〕4号|N⟧</td><td>⟦2026-04-01|D⟧</td><td>⟦射洪市沱牌镇人民政府|A⟧道路修复工程化整为零规避招标</td><td>第三监督检查室 ⟦谢静怡|P⟧</td><td>待分办</td></tr>
<tr><td>SHXF-2026-0090</td><td>⟦2026-04-07|D⟧</td><td>⟦市财政局|A⟧</td><td>（补充材料，无文号）</td><td>⟦2026-04-07|D⟧</td><td>对0052号线索补充供应商银行流水</td><td>第五监督检查室 ⟦汪强|P⟧</td><td>并案</td></tr>
</tbody>
</table>
<p>共 5 条　登记人：⟦蒋丹|P⟧</p>
</body></html>
''',
        rels=[('REFERRED', '射洪市审计局', '射洪市纪委监委信访室', '射审移〔2026〕1号', '2026-01-20'),
              ('REFERRED', '射洪市财政局', '射洪市纪委监委信访室', '射财函〔2026〕9号', '2026-02-10'),
              ('REFERRED', '射洪市公安局', '射洪市纪委监委信访室', '射公经移字〔2026〕3号', '2026-03-05'),
              ('REFERRED', '射洪市公共资源交易服务中心', '射洪市纪委监委信访室', '射交服〔2026〕4号', '2026-04-01'),
              ('HOLDS_POSITION', '杜某', '副主任', '射洪市太和街道办事处')],
        aliases={'市财政局': '射洪市财政局'},
        notes=['A 收文登记簿: each incoming row is a hand-over to the keeper of the book, 射洪市纪委监委信访室 (one maximal AGENCY span, '
               'the only name of the receiver written), with the 来文文号 (DOC_NO, DECISIONS) and the 来文日期 (the transfer date; 收文日期 '
               'is the receipt date). 登记号 is no DOC_NO. Row 5 (市财政局, supplementary material to row 2, no number) repeats the '
               'same pair and so adds no relation (relations are de-duplicated on type, from, to).',
               '第三监督检查室 etc. in the 承办 column: internal units without a place, not annotated; 后勤部工作人员 and '
               '公职人员 are attached to no named person (no POSITION).',
               'violations from the summaries: 违规干预 interference; 回扣 / 受贿 bribery; 串通投标 collusion; 化整为零规避招标 no_procurement.', SIGN]),
]

DOCS += [
    dict(
        file='c2-lhysh-luliang-czj-sjj-2026-1.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='陆良县财政局',
        body='''
⟦陆良县财政局|A⟧　⟦陆良县审计局|A⟧
关于联合移送⟦陆良县农业农村局|A⟧农机购置补贴配套设备采购问题线索的函

⟦陆财联〔2026〕1号|N⟧

⟦陆良县纪委监委|A⟧：
　　⟦2026年2月|D⟧至3月，⟦县审计局|A⟧在对⟦县农业农村局|A⟧2025年度预算执行情况开展审计期间，会同⟦县财政局|A⟧对其政府采购事项进行了延伸检查。经查，该局2025年采购农机监测终端设备412台，合同金额⟦297.6万元|M⟧，未按规定编制采购计划、未实施公开招标，而是由该局⟦原副局长|T⟧⟦资某某|P⟧直接指定⟦云南沃田农业科技有限公司|C⟧供货，后补签“单一来源”审批手续；验收时，设备实际在线率不足40%，⟦资某某|P⟧仍签字同意付款。
　　上述问题涉及公职人员履职，依据有关规定，现联合将问题线索移送你委，请依规依纪依法处理。有关审计取证材料、检查工作底稿一并附送（共3册）。
　　附件：1.问题线索清单；2.审计取证单（复印件）；3.采购合同及付款凭证（复印件）

　　联系人：⟦县财政局|A⟧ ⟦孔德华|P⟧ 0874-6222045；⟦县审计局|A⟧ ⟦尹秋雁|P⟧ 0874-6228113

⟦陆良县财政局|A⟧　　　　　⟦陆良县审计局|A⟧
⟦2026年3月31日|D⟧
''',
        rels=[('REFERRED', '陆良县财政局', '陆良县纪委监委', '陆财联〔2026〕1号', '2026年3月31日'),
              ('REFERRED', '陆良县审计局', '陆良县纪委监委', '陆财联〔2026〕1号', '2026年3月31日'),
              ('HOLDS_POSITION', '资某某', '原副局长', '陆良县农业农村局')],
        aliases={'县审计局': '陆良县审计局', '县农业农村局': '陆良县农业农村局', '县财政局': '陆良县财政局'},
        notes=['Joint letter from two senders: each sender → the addressee, both with the joint letter number and its date '
               '(the letter is the act of transfer; no other transfer date stated). Issuer: the first-listed body.',
               '2026年2月 至3月: the month-only right end is not a DATE (dev19 convention); 2025年度 and 2025年 are year-only.',
               '该局原副局长 → POSITION 原副局长, org the agriculture bureau (through the pronoun). violations: 未实施公开招标 / 直接指定 '
               'no_procurement; an official signing off a deficient acceptance and directing the purchase abuse_of_power.', SIGN]),
]

DOCS += [
    dict(
        file='c3-xsyshan-tonghai-jyzx-2026-6.txt', fmt='gb18030', kind='other', violations=['collusion', 'other'],
        issuer='通海县公共资源交易中心',
        body='''
⟦通海县公共资源交易中心|A⟧

关于移送⟦通海县秀山街道办事处|A⟧老旧小区改造项目异常投标线索的函

⟦通公资函〔2026〕6号|N⟧

⟦通海县发展和改革局|A⟧、⟦通海县住房和城乡建设局|A⟧：
　　⟦2026年4月14日|D⟧，秀山街道老旧小区改造（一期）施工项目（招标编号：⟦THJS-2026-0023|J⟧）在我中心开标，共有7家投标人。评标过程中，评标委员会发现：
　　1.⟦云南杞麓建筑工程有限公司|C⟧与⟦云南嘉泓建设有限公司|C⟧的投标文件中已标价工程量清单有11处错漏完全一致，两家单位委托代理人⟦普某|P⟧、⟦普某某|P⟧系同一家庭成员；
　　2.⟦通海兴业市政工程有限公司|C⟧的投标保证金由⟦云南杞麓建筑工程有限公司|C⟧⟦出纳|T⟧⟦杨丽|P⟧个人账户代为缴纳；
　　3.⟦评标专家|T⟧⟦起某|P⟧在评标结束前擅自离场约40分钟。
　　以上情况，第1、2项涉嫌串通投标，第3项涉及评标专家违规。根据职责分工，第1、2项请⟦县住建局|A⟧依法调查处理，第3项请⟦县发展改革局|A⟧依照评标专家管理规定处理。现将开标记录、评标报告、交易系统日志等材料分别移送贵局，请将处理结果反馈我中心。
　　（联系人：⟦李文萍|P⟧，0877-3011672）

⟦通海县公共资源交易中心|A⟧
⟦2026年4月17日|D⟧
''',
        rels=[('REFERRED', '通海县公共资源交易中心', '通海县发展和改革局', '通公资函〔2026〕6号', '2026年4月17日'),
              ('REFERRED', '通海县公共资源交易中心', '通海县住房和城乡建设局', '通公资函〔2026〕6号', '2026年4月17日'),
              ('BID_ON', '云南杞麓建筑工程有限公司', 'THJS-2026-0023'),
              ('BID_ON', '云南嘉泓建设有限公司', 'THJS-2026-0023'),
              ('BID_ON', '通海兴业市政工程有限公司', 'THJS-2026-0023'),
              ('HOLDS_POSITION', '杨丽', '出纳', '云南杞麓建筑工程有限公司'),
              ('HOLDS_POSITION', '起某', '评标专家', None)],
        aliases={'县住建局': '通海县住房和城乡建设局', '县发展改革局': '通海县发展和改革局'},
        unmarked=['评标专家'],
        notes=['A letter to two receivers: one REFERRED from the trading centre to each addressee (DECISIONS: a trading centre report '
               'of findings to a supervising body), the letter number and letter date as evidence and date; the 开标 date is not used.',
               'BID_ON: the three bidders named; 委托代理人 is a procedural role, not POSITION. 评标专家 attached to 起某 → POSITION, org null.',
               'Short forms 县住建局 and 县发展改革局 are aliased to the full names of the addressee line.',
               '秀山街道 inside the project name is a place (no office word), not annotated. violations: collusion (items 1–2); '
               'the expert leaving during evaluation → other.', SIGN]),
]

DOCS += [
    dict(
        file='c4-gzbg-linze-jwjw-2026-q1.txt', fmt='utf-8', kind='other', violations=['bribery', 'abuse_of_power', 'collusion', 'no_procurement'],
        issuer='临泽县纪委监委',
        body='''
⟦临泽县纪委监委|A⟧
关于一季度政府采购领域问题线索移送办理情况的报告

⟦市纪委监委|A⟧：
　　按照《⟦关于建立政府采购领域问题线索双向移送工作机制的意见|L⟧》要求，现将我县一季度线索移送办理情况报告如下。
　　一、接收线索情况
　　一季度我委共接收有关部门移送政府采购领域问题线索3件。其中：
　　（一）⟦临泽县审计局|A⟧于⟦2026年3月|D⟧将⟦临泽县卫生健康局|A⟧在基层医疗机构设备集中采购中“先采购、后补手续”的问题线索移送我委（⟦临审移〔2026〕2号|N⟧），涉及该局⟦原规划财务股股长|T⟧⟦王**|P⟧。经初步核实，⟦王**|P⟧在任职期间未经集体研究即确定供应商，造成财政资金损失⟦18.3万元|M⟧。⟦2026年4月2日|D⟧，经⟦县纪委常委会|A⟧会议研究，给予⟦王**|P⟧党内严重警告处分。
　　（二）⟦临泽县鸭暖镇人民政府|A⟧办公楼维修工程串通投标一案，系由⟦临泽县财政局|A⟧于⟦2026年1月|D⟧移送至⟦临泽县公安局|A⟧。⟦县公安局|A⟧在侦查中发现镇政府⟦工作人员|T⟧⟦刘某|P⟧收受投标人⟦临泽宏晟建筑安装有限公司|C⟧⟦实际控制人|T⟧⟦窦某某|P⟧现金⟦6万元|M⟧的线索，于⟦2月28日|D⟧移送我委。我委已对⟦刘某|P⟧立案审查调查并采取留置措施，⟦4月9日|D⟧将其涉嫌受贿犯罪问题移送⟦临泽县人民检察院|A⟧审查起诉。
　　（三）⟦县财政局|A⟧移送的⟦临泽县第二中学|A⟧食堂食材采购问题线索，正在初核中。
　　二、向外移送情况
　　我委在审查调查中发现的⟦窦某某|P⟧涉嫌串通投标问题，已商⟦县公安局|A⟧并案处理，未另行移送。
　　三、存在问题及下一步打算（略）

　　经办同志：⟦县纪委监委第一监督检查室|A⟧ ⟦杨帆|P⟧同志

⟦临泽县纪委监委|A⟧
⟦2026年4月15日|D⟧
''',
        rels=[('REFERRED', '临泽县审计局', '临泽县纪委监委', '临审移〔2026〕2号', '2026年3月'),
              ('REFERRED', '临泽县财政局', '临泽县公安局', None, '2026年1月'),
              ('REFERRED', '临泽县公安局', '临泽县纪委监委', None, '2月28日'),
              ('REFERRED', '临泽县纪委监委', '临泽县人民检察院', None, '4月9日'),
              ('REFERRED', '临泽县财政局', '临泽县纪委监委'),
              ('PENALIZED', '县纪委常委会', '王**'),
              ('HOLDS_POSITION', '刘某', '工作人员', '临泽县鸭暖镇人民政府'),
              ('HOLDS_POSITION', '王**', '原规划财务股股长', '临泽县卫生健康局'),
              ('HOLDS_POSITION', '窦某某', '实际控制人', '临泽宏晟建筑安装有限公司')],
        aliases={'县公安局': '临泽县公安局', '县财政局': '临泽县财政局'},
        notes=['Narrative transfers: 临泽县审计局于2026年3月将…移送我委 (我委 = the named issuer; month date, the 移送 number in '
               'brackets); passive 由临泽县财政局…移送至临泽县公安局 (sender the named agency, date the month); the police onward '
               'transfer to 我委 on 2月28日; the commission own 移送…审查起诉 to the procuratorate (a 监委 transfer for prosecution, '
               'like 移送审查起诉 by the police — doubtful, DECISIONS only names the police case).',
               'Item (三): 县财政局 (alias of 临泽县财政局) → 我委, no number, no date.',
               '已商县公安局并案处理，未另行移送: explicitly no transfer.',
               'PENALIZED: 经县纪委常委会会议研究，给予…处分 → the 常委会 (GUIDELINES multi-stage rule). 留置 and 立案 are not sanctions.',
               '镇政府工作人员刘某: 工作人员 is a staff POSITION attached to 刘某, org resolved through the back-reference 镇政府 to '
               '临泽县鸭暖镇人民政府 (镇政府 itself, with no name element, is not annotated).',
               '经办同志 … 杨帆同志: PERSON 杨帆 without 同志; the 室 is one AGENCY span. 王** is a masked PERSON.']),
]

DOCS += [
    dict(
        file='c5-slhz-yanchi-gaj-2026-8-bufen-fanti.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='盐池县公安局',
        body='''
⟦盐池县公安局|A⟧
移送案件受理回执

⟦盐公（经）受字〔2026〕8号|N⟧

⟦盐池县财政局|A⟧：
　　你局移送的下列案件，我局已依法受理。
　　移送文书：《涉嫌犯罪案件移送书》（⟦盐财移〔2026〕2号|N⟧）
　　移送时间：⟦2026年5月11日|D⟧
　　案由及简要案情（据移送书摘录）：
　　⟦鹽池縣財政局|A⟧在處理⟦鹽池縣花馬池鎮人民政府|A⟧垃圾清運服務採購項目（項目編號：⟦YCZC-2026-HMC04|J⟧）投訴過程中發現，中標供應商⟦寧夏潔源環境服務有限公司|C⟧提交的3份業績合同及對應發票系偽造，合同金額合計⟦人民幣487萬元|M⟧；該公司⟦法定代表人|T⟧⟦馬某某|P⟧、⟦投標授權代表|T⟧⟦李小蘭|P⟧涉嫌偽造公司印章。
　　受理日期：⟦2026年5月13日|D⟧
　　承办单位：⟦盐池县公安局经济犯罪侦查大队|A⟧
　　承办民警：⟦马文斌|P⟧、⟦丁瑞|P⟧　联系电话：0953-6012110

　　接收人（签名）：⟦马文斌|P⟧

⟦盐池县公安局|A⟧（印）
⟦2026年5月13日|D⟧
''',
        rels=[('REFERRED', '盐池县财政局', '盐池县公安局', '盐财移〔2026〕2号', '2026年5月11日'),
              ('BID_ON', '寧夏潔源環境服務有限公司', 'YCZC-2026-HMC04'),
              ('LEGAL_REP', '馬某某', '寧夏潔源環境服務有限公司'),
              ('HOLDS_POSITION', '馬某某', '法定代表人', '寧夏潔源環境服務有限公司'),
              ('HOLDS_POSITION', '李小蘭', '投標授權代表', '寧夏潔源環境服務有限公司')],
        aliases={'鹽池縣財政局': '盐池县财政局'},
        notes=['Partly traditional: the case summary pasted from the sender document is in traditional characters; spans are '
               'copied as written and 鹽池縣財政局 is aliased to the simplified full name.',
               'The receipt carries the incoming transfer 盐池县财政局 → 盐池县公安局 with the 移送书 number and 移送时间; the '
               '受理日期 is not the transfer date. 承办单位 (the named 大队, one maximal span) is an internal assignment, no REFERRED.',
               '承办民警 is written as a form label before the names; 民警 is not annotated here as a POSITION (a label, doubtful; '
               'b1 annotates 民警 before names in running text).',
               'BID_ON: the 中標供應商 of the numbered project. violations: forged performance contracts → false_materials.',
               '接收人, 承办 are paper-flow roles, not POSITION.']),
    dict(
        file='c6-sjysdjb-gaoping-sjj-2026.docx', fmt='docx', kind='other',
        violations=['no_procurement', 'collusion', 'bribery'],
        issuer='高平市审计局',
        body='''
⟦高平市审计局|A⟧审计发现问题线索移送事项登记表
（⟦2026年1月|D⟧—5月）
序号\t移送日期\t移送处理书文号\t被审计单位\t问题摘要\t移送单位\t接收单位签收人\t反馈
1\t⟦2026年1月26日|D⟧\t⟦高审移〔2026〕1号|N⟧\t⟦高平市教育局|A⟧\t学校营养餐食材采购未执行政府采购\t⟦高平市财政局|A⟧\t⟦秦建峰|P⟧\t已处理（责令改正）
2\t⟦2026年3月3日|D⟧\t⟦高审移〔2026〕2号|N⟧\t⟦高平市寺庄镇人民政府|A⟧\t道路工程3家投标人报价呈规律性差异\t⟦高平市公安局|A⟧\t⟦申**|P⟧\t立案侦查
3\t⟦2026年3月3日|D⟧\t⟦高审移〔2026〕3号|N⟧\t⟦高平市寺庄镇人民政府|A⟧\t⟦原镇长|T⟧⟦郭某|P⟧收受施工方财物\t⟦高平市纪委监委|A⟧\t⟦牛丽霞|P⟧\t初核
4\t⟦2026年5月6日|D⟧\t⟦高审移〔2026〕5号|N⟧\t⟦高平市水务局|A⟧\t供水管网改造监理服务直接委托\t⟦高平市财政局|A⟧\t⟦秦建峰|P⟧\t办理中
注：⟦高审移〔2026〕4号|N⟧移送处理书因被审计单位提出异议，经复核后撤回，未移送。
制表：审计法制股 ⟦李彤|P⟧　　审核：⟦副局长|T⟧ ⟦宋志远|P⟧　　⟦2026年5月20日|D⟧
''',
        rels=[('REFERRED', '高平市审计局', '高平市财政局', '高审移〔2026〕1号', '2026年1月26日'),
              ('REFERRED', '高平市审计局', '高平市公安局', '高审移〔2026〕2号', '2026年3月3日'),
              ('REFERRED', '高平市审计局', '高平市纪委监委', '高审移〔2026〕3号', '2026年3月3日'),
              ('HOLDS_POSITION', '郭某', '原镇长', '高平市寺庄镇人民政府'),
              ('HOLDS_POSITION', '宋志远', '副局长', '高平市审计局')],
        notes=['An audit office register in a .docx (tab-separated paragraphs): each row a hand-over 高平市审计局 → the 移送单位 '
               'column body, with the row number and date. Row 4 goes to 高平市财政局 again, the same pair as row 1, so it adds no '
               'relation (de-duplicated); its number 高审移〔2026〕5号 is kept only as a DOC_NO span.',
               '高审移〔2026〕4号 was withdrawn (撤回，未移送): DOC_NO, no REFERRED.',
               '接收单位签收人, 制表, 审核 are paper-flow labels. 原镇长 in the summary is attached to 郭某, org the town government of '
               'that row. 审核：副局长 宋志远 → org the issuer (doubtful, the form is the bureau own).',
               '2026年1月—5月: the left end is a DATE, the month-only right end is not. violations: 未执行政府采购 / 直接委托 no_procurement, 规律性差异报价 collusion, 收受财物 bribery.']),
]
