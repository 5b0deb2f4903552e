"""heldout14 — documents a01–a18: letters of referral chains (移送函, 转办函, 回执, 受理通知, 退回函, 协查函/复函, 催办函,
办理结果反馈, 情况通报). All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

LET = 'Letter: kind other, issuer the sending agency; 我局/你委/贵局 and similar self- or addressee-references are not annotated.'

DOCS = [
    dict(
        file='a01-ysh-shouxian-czj-2026-41.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='寿县财政局',
        body='''
⟦寿县财政局|A⟧
⟦寿财函〔2026〕41号|N⟧
关于移送⟦寿县第二人民医院|A⟧医用耗材采购项目串通投标问题线索的函

⟦寿县纪委监委|A⟧：
　　我局在办理⟦寿县第二人民医院|A⟧一次性医用耗材集中采购项目（项目编号：⟦SXCG-2025-1187|J⟧）投诉过程中发现，参加投标的⟦安徽楚禾医疗器械有限公司|C⟧、⟦寿县康元商贸有限公司|C⟧两家供应商的投标文件由同一电脑编制，报价明细错漏一致。经调取资料，⟦楚禾公司|C⟧⟦销售经理|T⟧⟦汪立新|P⟧承认两份标书均由其安排制作；另据其反映，该院⟦设备科科长|T⟧⟦孙德胜|P⟧曾于⟦2025年9月|D⟧收受其所送购物卡⟦2万元|M⟧。
　　上述问题涉嫌公职人员违纪违法，根据《⟦中华人民共和国监察法|L⟧》及有关规定，现将问题线索及相关材料（共3册）移送你委依规处理，请将处理结果函告我局。
　　联系人：⟦黄琪|P⟧　　联系电话：0564-48X1XXX

附件：线索材料清单

⟦寿县财政局|A⟧
⟦2026年3月12日|D⟧
''',
        rels=[('REFERRED', '寿县财政局', '寿县纪委监委', '寿财函〔2026〕41号', '2026年3月12日'),
              ('HOLDS_POSITION', '汪立新', '销售经理', '安徽楚禾医疗器械有限公司'),
              ('HOLDS_POSITION', '孙德胜', '设备科科长', '寿县第二人民医院'),
              ('BID_ON', '安徽楚禾医疗器械有限公司', 'SXCG-2025-1187'),
              ('BID_ON', '寿县康元商贸有限公司', 'SXCG-2025-1187')],
        aliases={'楚禾公司': '安徽楚禾医疗器械有限公司'},
        notes=[LET, 'Transfer date = letter date. 设备科科长 after 该院 is one POSITION (sub-unit after a pronoun, as dev19). 联系人 is no POSITION.'],
    ),
    dict(
        file='a02-sltz-yilan-jwjw-2026-17.txt', fmt='gb18030', kind='other', violations=['no_procurement'],
        issuer='依兰县纪委监委',
        body='''
问题线索受理通知书
⟦依纪受通〔2026〕17号|N⟧

⟦依兰县审计局|A⟧：
　　你局⟦2026年4月8日|D⟧以《关于移送⟦依兰县农业农村局|A⟧涉嫌规避政府采购问题线索的函》（⟦依审移〔2026〕5号|N⟧）移送的问题线索及附件材料已于⟦4月10日|D⟧收悉。经审核，该线索反映⟦依兰县农业农村局|A⟧在农机具购置中将⟦186.4万元|M⟧的货物拆分为四次直接采购、未履行政府采购程序的问题，属于本机关管辖范围，我委已予受理，并交由⟦依兰县纪委监委第二监督检查室|A⟧办理。办理结果将另行反馈。
　　特此通知。

⟦依兰县纪委监委|A⟧（盖章）
⟦2026年4月15日|D⟧
''',
        rels=[('REFERRED', '依兰县审计局', '依兰县纪委监委', '依审移〔2026〕5号', '2026年4月8日')],
        notes=[LET, 'A 受理通知 carries the incoming transfer: sender → issuer, with the sender’s number and transfer date (not the receipt date 4月10日). The hand-over to the 第二监督检查室 is internal, no REFERRED. The quoted letter title is a case document, not LAW.'],
    ),
    dict(
        file='a03-zbh-jinyun-fgj-2026-9.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='缙云县发展和改革局',
        body='''
⟦缙云县发展和改革局|A⟧
转办函
⟦缙发改函〔2026〕9号|N⟧

⟦缙云县市场监督管理局|A⟧：
　　近日，我局收到⟦浙江瓯锦建设有限公司|C⟧来信，反映⟦缙云县新碧街道办事处|A⟧新碧小学周边道路提升工程（招标编号：⟦JY-GC2026-031|J⟧）招标文件设定“须具有本县同类工程业绩”条款，排斥外地投标人，并反映代理机构⟦丽华项目管理咨询有限公司|C⟧存在违规收取“标书制作费”等问题。
　　经研究，来信所反映代理机构收费问题属你局职责范围，现将来信原件及附件转你局处理；招标文件条款问题由我局另行调查。请于⟦2026年5月20日|D⟧前将处理情况书面告知我局。

⟦缙云县发展和改革局|A⟧
⟦2026年4月21日|D⟧
（联系人：⟦吕晓|P⟧，法规科）
''',
        rels=[('REFERRED', '缙云县发展和改革局', '缙云县市场监督管理局', '缙发改函〔2026〕9号', '2026年4月21日')],
        notes=[LET, '转办 of a complaint letter = REFERRED. The complainant company is not assumed to have bid (no BID_ON). The bare 法规科 in the contact line is not AGENCY (no place, no AGENCY).'],
    ),
]

DOCS += [
    dict(
        file='a04-thh-tancheng-gaj-2026-3.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='郯城县公安局',
        body='''⟦郯城县公安局|A⟧
关于退回案件线索材料的函
⟦郯公经函〔2026〕3号|N⟧
⟦郯城县财政局|A⟧：
你局于⟦2026年2月27日|D⟧以⟦郯财采函〔2026〕12号|N⟧函移送的“⟦郯城县人民医院|A⟧病房楼改造项目涉嫌串通投标”线索材料收悉。经我局经济犯罪侦查大队初查，该项目中标金额为⟦人民币94.6万元|M⟧，现有材料仅能证明⟦郯城鼎盛建筑装饰有限公司|C⟧与⟦山东华坤建工有限公司|C⟧的投标保证金由同一账户转出，尚不足以认定情节严重，未达到立案追诉标准。
根据《⟦公安机关受理行政执法机关移送涉嫌犯罪案件规定|L⟧》第十二条，现将全部材料退回你局，建议依照《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条的规定依法处理。
附件：移送材料清单（共21页）
⟦郯城县公安局|A⟧
⟦2026年3月16日|D⟧''',
        rels=[('REFERRED', '郯城县财政局', '郯城县公安局', '郯财采函〔2026〕12号', '2026年2月27日')],
        notes=[LET, 'The 退回 itself is no REFERRED (DECISIONS); the original transfer it reports (财政局 → 公安局, with its number and date) is. 我局经济犯罪侦查大队: no place, no AGENCY (DECISIONS).'],
    ),
]

DOCS += [
    dict(
        file='a05-xch-huangchuan-scjgj-2026-6.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='潢川县市场监督管理局',
        body='''
⟦潢川县市场监督管理局|A⟧
协助调查函
⟦潢市监协〔2026〕6号|N⟧

⟦商城县市场监督管理局|A⟧：
　　我局在查处⟦潢川县城市管理局|A⟧环卫车辆采购项目（项目编号：⟦HCCG2026-0214|J⟧）中标供应商⟦河南淮润环卫设备有限公司|C⟧涉嫌提供虚假业绩材料一案中，发现该公司投标文件附有其与⟦商城县金刚台镇人民政府|A⟧签订的垃圾清运车供货合同一份（合同金额⟦58.3万元|M⟧，落款日期⟦2024年10月18日|D⟧），需核实真伪。该合同载明的⟦金刚台镇政府|A⟧经办人为⟦胡明远|P⟧。
　　因该镇在贵局辖区，特请协助调取该镇同期采购档案、付款凭证，并向⟦胡明远|P⟧了解合同签订情况。请于收函后15个工作日内将协查结果函复我局。
　　联系人：⟦宋佳|P⟧　0376-38XXXXX

⟦潢川县市场监督管理局|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('BID_ON', '河南淮润环卫设备有限公司', 'HCCG2026-0214')],
        aliases={'金刚台镇政府': '商城县金刚台镇人民政府'},
        notes=[LET, 'A 协查函 is not REFERRED (DECISIONS). 经办人 is no POSITION (a role in one transaction, like 承办人). The winning supplier bid on the numbered project.'],
    ),
    dict(
        file='a06-fh-shangcheng-scjgj-2026-11.txt', fmt='gb18030', kind='other', violations=['false_materials'],
        issuer='商城县市场监督管理局',
        body='''
⟦商城县市场监督管理局|A⟧关于协查事项的复函
⟦商市监函〔2026〕11号|N⟧

⟦潢川县市场监督管理局|A⟧：
　　贵局《协助调查函》（⟦潢市监协〔2026〕6号|N⟧）收悉。我局会同⟦商城县金刚台镇人民政府|A⟧进行了核查，现将有关情况函复如下：
　　一、经查阅该镇2024年至2025年的采购档案及财务账册，未发现与⟦河南淮润环卫设备有限公司|C⟧签订的垃圾清运车供货合同，亦无向该公司付款的记录。
　　二、⟦胡明远|P⟧现任该镇⟦农业农村服务中心主任|T⟧，经询问，其本人否认曾在上述合同上签字，并称合同所盖“⟦金刚台镇人民政府|A⟧”印章与该镇在用印章不符。询问笔录复印件随函附后。
　　以上情况供参考。

⟦商城县市场监督管理局|A⟧
⟦2026年5月19日|D⟧
''',
        rels=[('HOLDS_POSITION', '胡明远', '农业农村服务中心主任', '商城县金刚台镇人民政府')],
        aliases={'金刚台镇人民政府': '商城县金刚台镇人民政府'},
        notes=[LET, 'A 复函 to a 协查函 is not REFERRED. 该镇农业农村服务中心主任: the sub-unit after a pronoun is written into the POSITION (dev19 convention), org the town government. The seal text “金刚台镇人民政府” is an AGENCY mention. Year-only 2024年/2025年 are not DATE.'],
    ),
]

DOCS += [
    dict(
        file='a07-cbh-zhuolu-sjj-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='涿鹿县审计局',
        body='''
⟦涿鹿县审计局|A⟧

催 办 函

⟦涿审函〔2026〕2号|N⟧

⟦涿鹿县公安局|A⟧：

　　⟦2025年8月14日|D⟧，我局以《审计移送处理书》（⟦涿审移〔2025〕7号|N⟧）将审计⟦涿鹿县水务局|A⟧时发现的⟦涿鹿泓源水利工程有限公司|C⟧涉嫌虚开发票、套取农村饮水安全工程资金⟦312万余元|M⟧的问题移送你局。该项目未经招标，由⟦县水务局|A⟧直接发包给该公司。

　　截至目前，我局尚未收到你局的立案或者不予立案决定。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第八条和《⟦审计机关审计移送管理规定|L⟧》的要求，请你局于⟦2026年1月31日|D⟧前将案件办理进展情况书面反馈我局。

　　特此函催。

⟦涿鹿县审计局|A⟧

⟦2026年1月9日|D⟧
''',
        rels=[('REFERRED', '涿鹿县审计局', '涿鹿县公安局', '涿审移〔2025〕7号', '2025年8月14日')],
        aliases={'县水务局': '涿鹿县水务局'},
        notes=[LET, 'A 催办函 restates an earlier transfer: REFERRED with the earlier 移送处理书 number and date; the 催办 itself is no new REFERRED.', '县水务局 is a level-prefixed back-reference to 涿鹿县水务局 (aliased).'],
    ),
]

DOCS += [
    dict(
        file='a08-bljgfk-daixian-jwjw-2026-8.txt', fmt='utf-8', kind='other', violations=['interference', 'bribery'],
        issuer='中共代县纪律检查委员会',
        body='''
⟦中共代县纪律检查委员会|A⟧
⟦代县监察委员会|A⟧
关于问题线索办理结果的反馈函
⟦代纪函〔2026〕8号|N⟧

⟦代县财政局|A⟧：
　　你局⟦2025年11月3日|D⟧移送的《关于⟦代县峨口镇人民政府|A⟧⟦原副镇长|T⟧⟦石建国|P⟧干预政府采购项目问题线索的函》（⟦代财函〔2025〕33号|N⟧）收悉后，我委高度重视，由⟦代县纪委监委第三审查调查室|A⟧立案审查调查。
　　经查，⟦石建国|P⟧在担任峨口镇⟦副镇长|T⟧期间，违规向评审专家打招呼，为其亲属实际控制的⟦代县恒瑞农业科技有限公司|C⟧谋取中标，并收受该公司⟦法定代表人|T⟧⟦石海军|P⟧所送现金⟦4.5万元|M⟧。⟦2026年2月26日|D⟧，经⟦代县纪委常委会|A⟧会议研究，决定给予⟦石建国|P⟧党内严重警告、政务降级处分，收缴其违纪所得。
　　对⟦代县恒瑞农业科技有限公司|C⟧涉嫌行贿的问题，我委已另行处理；对该项目的政府采购违法行为，请你局依法处理。
　　特此反馈。

⟦中共代县纪律检查委员会|A⟧　　⟦代县监察委员会|A⟧
⟦2026年3月5日|D⟧
''',
        rels=[('REFERRED', '代县财政局', '中共代县纪律检查委员会', '代财函〔2025〕33号', '2025年11月3日'),
              ('REFERRED', '代县财政局', '代县监察委员会', '代财函〔2025〕33号', '2025年11月3日'),
              ('PENALIZED', '代县纪委常委会', '石建国'),
              ('HOLDS_POSITION', '石建国', '原副镇长', '代县峨口镇人民政府'),
              ('HOLDS_POSITION', '石建国', '副镇长', '代县峨口镇人民政府'),
              ('HOLDS_POSITION', '石海军', '法定代表人', '代县恒瑞农业科技有限公司'),
              ('LEGAL_REP', '石海军', '代县恒瑞农业科技有限公司')],
        notes=[LET, 'Joint header 纪委 + 监委: the incoming transfer → both receivers (as dev19). Issuer = the first-listed body. PENALIZED from the deciding 纪委常委会 only (multi-stage rule). 原副镇长 keeps the adjacent 原. 峨口镇 in “担任峨口镇副镇长” is a place, not AGENCY; that 副镇长 is a second position mention of 石建国.'],
    ),
]

DOCS += [
    dict(
        file='a09-qktb-langzhong-jyzx-2026-4.html', fmt='html', kind='other', violations=['collusion'],
        issuer='阆中市公共资源交易中心',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>情况通报</title><style>p{line-height:1.8}</style></head>
<body>
<div class="hd"><h2>⟦阆中市公共资源交易中心|A⟧</h2><h3>关于异常投标情况的通报</h3><p>⟦阆交中心〔2026〕4号|N⟧</p></div>
<div class="bd">
<p>⟦阆中市发展和改革局|A⟧：</p>
<p>⟦2026年4月2日|D⟧，⟦阆中市住房和城乡建设局|A⟧七里街道老旧小区改造（二期）施工项目（项目编号：⟦LZJS2026-019|J⟧）在我中心开标。系统比对发现，投标人⟦阆中市嘉陵建工有限公司|C⟧、⟦四川锦程鑫建筑工程有限公司|C⟧、⟦阆中市宏泰建设有限责任公司|C⟧三家的电子投标文件创建机器码一致，且⟦嘉陵建工|C⟧与⟦锦程鑫公司|C⟧的投标保证金均由⟦阆中华兴劳务有限公司|C⟧账户代缴，合计⟦120万元|M⟧。</p>
<p>依据《⟦四川省公共资源交易中心异常投标行为处置办法|L⟧》，现将上述情况及系统比对截图、保证金流水等材料一并报送你局，请依法调查处理。</p>
<p>特此通报。</p>
</div>
<div class="ft"><p>⟦阆中市公共资源交易中心|A⟧</p><p>⟦2026年4月7日|D⟧</p><p>抄送：⟦阆中市纪委监委驻市发展和改革局纪检监察组|A⟧</p></div>
</body></html>
''',
        rels=[('REFERRED', '阆中市公共资源交易中心', '阆中市发展和改革局', '阆交中心〔2026〕4号', '2026年4月7日'),
              ('BID_ON', '阆中市嘉陵建工有限公司', 'LZJS2026-019'),
              ('BID_ON', '四川锦程鑫建筑工程有限公司', 'LZJS2026-019'),
              ('BID_ON', '阆中市宏泰建设有限责任公司', 'LZJS2026-019')],
        aliases={'嘉陵建工': '阆中市嘉陵建工有限公司', '锦程鑫公司': '四川锦程鑫建筑工程有限公司'},
        notes=[LET, 'A trading centre’s report of a finding to the supervising body is REFERRED (DECISIONS); dated by the letter. 抄送 is no REFERRED. 嘉陵建工 is a short form keeping the name element (COMPANY, aliased).'],
    ),
    dict(
        file='a10-ysh-jianshui-czj-2026-5-fanti.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='建水縣財政局',
        body='''
⟦建水縣財政局|A⟧
涉嫌犯罪案件移送書
⟦建財移〔2026〕5號|N⟧

⟦建水縣公安局|A⟧：
　　我局在查處⟦建水縣教育體育局|A⟧學生課桌椅採購項目（項目編號：⟦JSZC-2025-0462|J⟧）投訴案件中發現，⟦建水鴻運家具製造有限公司|C⟧⟦實際控制人|T⟧⟦普志強|P⟧組織⟦雲南滇南教學設備有限公司|C⟧、⟦建水縣臨安商貿有限公司|C⟧圍標，並向⟦評審專家|T⟧⟦趙某某|P⟧支付“評審費”⟦人民幣3萬元|M⟧，中標金額⟦人民幣217.8萬元|M⟧，涉嫌串通投標罪和非國家工作人員受賄罪。
　　根據《⟦行政執法機關移送涉嫌犯罪案件的規定|L⟧》第三條，現將該案移送你局，请依法审查。本案涉案物品清單、檢驗報告及與案件有關的其他材料隨函移送。
　　請於受理之日起3日內將受理情況書面告知我局。

⟦建水縣財政局|A⟧
⟦2026年3月30日|D⟧
''',
        rels=[('REFERRED', '建水縣財政局', '建水縣公安局', '建財移〔2026〕5號', '2026年3月30日'),
              ('HOLDS_POSITION', '普志強', '實際控制人', '建水鴻運家具製造有限公司'),
              ('HOLDS_POSITION', '趙某某', '評審專家', None),
              ('BID_ON', '建水鴻運家具製造有限公司', 'JSZC-2025-0462'),
              ('BID_ON', '雲南滇南教學設備有限公司', 'JSZC-2025-0462'),
              ('BID_ON', '建水縣臨安商貿有限公司', 'JSZC-2025-0462')],
        notes=[LET, 'Partly traditional characters (a mirror-style conversion); spans copied as written. 實際控制人 is POSITION (dev19). Every 圍標 participant bid.'],
    ),
]

DOCS += [
    dict(
        file='a11-zbh-tiandong-jwjw-2026-14.txt', fmt='gb18030', kind='other', violations=['other'],
        issuer='中共田东县纪委监委',
        body='''
⟦中共田东县纪委监委|A⟧信访举报转办单
（⟦田纪转〔2026〕14号|N⟧）

⟦田东县财政局|A⟧：
　　我委信访室收到实名举报一件（举报人：⟦农某某|P⟧，田东县祥周镇个体户），反映⟦田东汇通招标代理有限公司|C⟧在代理⟦田东县祥周镇人民政府|A⟧芒果产业路硬化项目（编号：⟦TDXZ-2026-002|J⟧）时，以“资料审核费”名义向每家投标人收取⟦800元|M⟧，且未按规定退还投标保证金。
　　经初步研判，该举报反映的是政府采购代理机构违规收费问题，不属于我委受理范围。根据信访举报分类处置有关规定，现转你局依法处理，并请于⟦2026年6月30日|D⟧前将处理结果报送我委，同时答复举报人。
　　附：举报材料（复印件）1份

⟦中共田东县纪委监委信访室|A⟧
⟦2026年5月28日|D⟧
''',
        rels=[('REFERRED', '中共田东县纪委监委', '田东县财政局', '田纪转〔2026〕14号', '2026年5月28日')],
        notes=[LET, '转办 of a complaint by the discipline body to the finance bureau = REFERRED. The signature 中共田东县纪委监委信访室 is one maximal span (named sub-unit); 我委信访室 in the body is a pronoun phrase, not annotated. 田东县祥周镇 in the complainant’s description is a place.'],
    ),
]

DOCS += [
    dict(
        file='a12-sltz-dabu-czj-2026-7-ocr.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='大埔县财政局',
        body='''
⟦大埔县财政 局|A⟧
受 理 通 知 书
⟦埔财采受〔2026〕7号|N⟧

⟦大埔县公共资源交易 中心|A⟧:
　　你中心于⟦2026年 3月18日|D⟧报送的《关于⟦大埔县湖寮镇中心小学|A⟧食堂设备采购项目疑似
串通投标情况的报告》（⟦埔交报〔2026〕3号|N⟧）及附件已收悉。报告反映,⟦大埔县
嘉应厨具设备有限公司|C⟧与⟦广东粤和餐饮设备有限公司|C⟧在该项目（项目编号:⟦DBCG
2026-0033|J⟧)中的投标文件联系人电话相同、报价呈规律性差异。经审查,符合《⟦政府采购
质疑和投诉办法|L⟧》及《⟦广东省政府采购监督检查工作规程|L⟧》规定的受理条件,我局
决定予以受理,将依法开展监督检查。
　　特此通知。

⟦大埔县财政局|A⟧
⟦2026年3月2 5日|D⟧
''',
        rels=[('REFERRED', '大埔县公共资源交易 中心', '大埔县财政局', '埔交报〔2026〕3号', '2026年 3月18日'),
              ('BID_ON', '大埔县\n嘉应厨具设备有限公司', 'DBCG\n2026-0033'),
              ('BID_ON', '广东粤和餐饮设备有限公司', 'DBCG\n2026-0033')],
        aliases={'大埔县财政 局': '大埔县财政局'},
        notes=[LET, 'OCR-like noise: blanks inside words and broken lines are kept inside the spans as written (GUIDELINES §2.7). The centre’s report of a finding is REFERRED (DECISIONS), carried by the 受理通知 with the report’s number and date.'],
    ),
]

DOCS += [
    dict(
        file='a13-ysh-sangzhi-sjj-2026-3.docx', fmt='docx', kind='other', violations=['no_procurement'],
        issuer='桑植县审计局',
        body='''⟦桑植县审计局|A⟧
审计移送处理书
⟦桑审移〔2026〕3号|N⟧
⟦中共桑植县纪律检查委员会|A⟧、⟦桑植县监察委员会|A⟧、⟦桑植县财政局|A⟧：
根据《⟦中华人民共和国审计法|L⟧》第四十六条和《⟦审计机关审计移送管理规定|L⟧》，我局⟦2025年10月|D⟧至12月对⟦桑植县卫生健康局|A⟧2024年度预算执行情况进行了审计，发现以下问题需移送处理：
一、⟦桑植县人民医院|A⟧⟦原副院长|T⟧⟦向志刚|P⟧分管基建期间，将门诊楼装修工程（合同价⟦人民币486.2万元|M⟧）拆分为5个单项，直接委托⟦桑植鼎丰装饰工程有限公司|C⟧施工，规避公开招标。以上问题移送⟦县纪委监委|A⟧处理。
二、该医院2024年采购药品冷链设备⟦63.7万元|M⟧未执行政府采购程序，移送⟦县财政局|A⟧依法处理。
请将处理结果于90日内书面告知我局。
⟦桑植县审计局|A⟧
⟦2026年1月22日|D⟧''',
        rels=[('REFERRED', '桑植县审计局', '中共桑植县纪律检查委员会', '桑审移〔2026〕3号', '2026年1月22日'),
              ('REFERRED', '桑植县审计局', '桑植县监察委员会', '桑审移〔2026〕3号', '2026年1月22日'),
              ('REFERRED', '桑植县审计局', '桑植县财政局', '桑审移〔2026〕3号', '2026年1月22日'),
              ('HOLDS_POSITION', '向志刚', '原副院长', '桑植县人民医院')],
        aliases={'县财政局': '桑植县财政局', '县纪委监委': '中共桑植县纪律检查委员会'},
        notes=[LET, 'An audit 移送处理书 to three addressees: REFERRED to each, with the book’s number and date. 县纪委监委 (one mention for two joint bodies) is aliased to the first-listed 纪委 — doubtful. Year-only 2024年 and the month-only range end 至12月 are not DATE.'],
    ),
]

DOCS += [
    dict(
        file='a14-hz-fangxian-gaj-2026.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='房县公安局',
        body='''
⟦房县公安局|A⟧
移送案件回执

回执编号：FXGA-HZ-2026-0112

移送单位：⟦房县审计局|A⟧
移送文书：审计移送处理书（⟦房审移〔2026〕2号|N⟧）
移送时间：⟦2026年3月4日|D⟧
涉案单位：⟦房县荣丰建筑劳务有限公司|C⟧
涉案人员：⟦柯德旺|P⟧（该公司⟦执行董事|T⟧）、⟦柯小燕|P⟧（该公司⟦出纳|T⟧）
涉嫌事项：伪造农民工工资支付凭证，骗取⟦房县住房和城乡建设局|A⟧保障性住房项目专项资金⟦人民币147.52万元|M⟧
移送材料：审计报告复印件1份、证据材料2卷（共316页）

我局已于⟦2026年3月4日|D⟧接收上述案件材料，将依法进行审查，并在法定期限内作出立案或者不予立案的决定，书面告知移送单位。

接收人：⟦郭亚伟|P⟧　　接收部门：⟦房县公安局经济犯罪侦查大队|A⟧
⟦房县公安局|A⟧（印）
⟦2026年3月5日|D⟧
''',
        rels=[('REFERRED', '房县审计局', '房县公安局', '房审移〔2026〕2号', '2026年3月4日'),
              ('HOLDS_POSITION', '柯德旺', '执行董事', '房县荣丰建筑劳务有限公司'),
              ('HOLDS_POSITION', '柯小燕', '出纳', '房县荣丰建筑劳务有限公司')],
        notes=[LET, 'A receipt form: the incoming transfer, sender → issuer, with the sender’s number and the stated transfer date. 回执编号 is a receipt serial, not DOC_NO (DECISIONS). 接收人 is no POSITION. The receiving 大队 carries the place (房县公安局经济犯罪侦查大队), so it is AGENCY.'],
    ),
    dict(
        file='a15-thh-suichuan-jwjw-2026-2.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='中共遂川县纪委监委案件监督管理室',
        body='''
关于退回问题线索的函

⟦遂川县市场监督管理局|A⟧：

　　你局⟦4月9日|D⟧移送的《关于⟦遂川县金橘产业发展中心|A⟧工作人员涉嫌违规指定检测机构的情况说明》（⟦遂市监函〔2026〕19号|N⟧）收悉。

　　经审核，材料中反映的⟦江西赣南标准检测有限公司|C⟧以低于成本价承接农产品检测服务的问题，属于市场竞争秩序问题，材料中未提供公职人员违纪或者职务违法、职务犯罪的具体事实及证据，不属于纪检监察机关管辖范围。根据《⟦中国共产党纪律检查机关监督执纪工作规则|L⟧》有关规定，现将材料退回你局，请依法依规处理。如发现公职人员涉嫌违纪违法问题，可补充材料后再行移送。

⟦中共遂川县纪委监委案件监督管理室|A⟧

⟦2026年4月23日|D⟧
''',
        rels=[('REFERRED', '遂川县市场监督管理局', '中共遂川县纪委监委案件监督管理室', '遂市监函〔2026〕19号', '4月9日')],
        notes=[LET, 'The 退回 is no REFERRED; the earlier transfer it reports is, received by the issuer named only in the signature (maximal span with its 案件监督管理室, so the REFERRED and issuer point there — doubtful). 工作人员 is not attached to a named person: no POSITION.'],
    ),
]

DOCS += [
    dict(
        file='a16-xch-weiyuan-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='渭源县财政局',
        body='''
⟦渭源县财政局|A⟧
关于商请协助核查供应商有关情况的函
⟦渭财采函〔2026〕4号|N⟧

⟦达拉特旗市场监督管理局|A⟧：
　　我局在处理⟦渭源县会川镇中心卫生院|A⟧DR设备采购项目（项目编号：⟦WYZC-2026-H007|J⟧）投诉中，需核实中标供应商⟦达拉特旗博远医疗科技有限公司|C⟧（统一社会信用代码：91150621MA0XXXXX3K）的有关情况。投诉人⟦甘肃陇润医疗设备有限公司|C⟧反映，该公司投标时提供的营业执照经营范围及《医疗器械经营许可证》系变造，且其⟦法定代表人|T⟧⟦王巴特尔|P⟧同时担任另一投标人⟦内蒙古鑫睿商贸有限公司|C⟧的⟦监事|T⟧。
　　鉴于上述企业登记在贵局辖区，恳请协助提供以下材料：1.两家公司的登记档案及⟦2025年1月|D⟧以来的变更记录；2.两家公司股东、高级管理人员任职情况。
　　感谢支持！

⟦渭源县财政局|A⟧
⟦2026年6月2日|D⟧
（联系人：⟦马文涛|P⟧　电话：0932-41XXXXX）
''',
        rels=[('HOLDS_POSITION', '王巴特尔', '法定代表人', '达拉特旗博远医疗科技有限公司'),
              ('LEGAL_REP', '王巴特尔', '达拉特旗博远医疗科技有限公司'),
              ('HOLDS_POSITION', '王巴特尔', '监事', '内蒙古鑫睿商贸有限公司'),
              ('BID_ON', '达拉特旗博远医疗科技有限公司', 'WYZC-2026-H007'),
              ('BID_ON', '内蒙古鑫睿商贸有限公司', 'WYZC-2026-H007')],
        notes=[LET, 'Cross-province 协查函 (Gansu → Inner Mongolia): not REFERRED. The complainant is not assumed to have bid. The credit code and the licence title are not annotated. 监事 annotated as POSITION (a corporate role).'],
    ),
    dict(
        file='a17-bljgfk-zhenan-czj-2026-6.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='镇安县财政局',
        body='''
⟦镇安县财政局|A⟧
关于异常投标线索办理情况的反馈
⟦镇财函〔2026〕6号|N⟧

⟦镇安县公共资源交易中心|A⟧：
　　你中心⟦2025年12月11日|D⟧《关于⟦镇安县云盖寺镇人民政府|A⟧农村人居环境整治项目异常投标行为的移送函》（⟦镇交函〔2025〕27号|N⟧）收悉。我局依法立案调查，现将办理结果反馈如下：
　　经查，⟦镇安县秦岭建设工程有限公司|C⟧、⟦陕西柞水宏达市政工程有限公司|C⟧在该项目（项目编号：⟦ZA-ZC-2025-118|J⟧）投标中，投标文件由同一人编制，项目负责人社保缴纳单位相同，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条规定的恶意串通情形。
　　⟦2026年2月9日|D⟧，我局作出行政处罚决定（⟦镇财罚〔2026〕1号|N⟧、⟦镇财罚〔2026〕2号|N⟧），对上述两家公司分别处以采购金额千分之五的罚款（⟦4265元|M⟧），列入不良行为记录名单，一年内禁止参加政府采购活动，并没收⟦镇安县秦岭建设工程有限公司|C⟧违法所得⟦人民币1.2万元|M⟧。
　　特此反馈。

⟦镇安县财政局|A⟧
⟦2026年2月24日|D⟧
''',
        rels=[('REFERRED', '镇安县公共资源交易中心', '镇安县财政局', '镇交函〔2025〕27号', '2025年12月11日'),
              ('PENALIZED', '镇安县财政局', '镇安县秦岭建设工程有限公司'),
              ('PENALIZED', '镇安县财政局', '陕西柞水宏达市政工程有限公司'),
              ('BID_ON', '镇安县秦岭建设工程有限公司', 'ZA-ZC-2025-118'),
              ('BID_ON', '陕西柞水宏达市政工程有限公司', 'ZA-ZC-2025-118')],
        notes=[LET, 'Feedback on an incoming transfer: REFERRED centre → bureau with the centre’s number and date; the penalties it reports → PENALIZED by the bureau (the issuer, named). 项目负责人 is not attached to a named person. 千分之五 is a rate, not MONEY.'],
    ),
    dict(
        file='a18-ysh-jingyu-fgj-2026-fragment.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer=None,
        body='''
⟦靖宇县公安局|A⟧：
　　⟦2026年5月|D⟧，我局在对⟦靖宇县城市建设投资有限公司|C⟧作为招标人的“靖宇县松江河路雨污分流工程”招标投标活动开展事中事后检查时发现，中标人⟦吉林华松路桥建设有限公司|C⟧与投标人⟦靖宇县通达市政工程有限公司|C⟧、⟦吉林省天池建筑工程有限公司|C⟧的投标报价均由⟦华松公司|C⟧⟦副总经理|T⟧⟦于海涛|P⟧一人测算，且⟦靖宇县城市建设投资有限公司|C⟧⟦原总经理|T⟧⟦刘长胜|P⟧曾要求评标委员会成员对⟦华松公司|C⟧“关照”。该工程中标价⟦2,386.41万元|M⟧，涉嫌串通投标罪。
　　根据《⟦中华人民共和国招标投标法|L⟧》第五十三条及《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将该案件线索及证据材料移送你局，请依法审查立案。
　　附件：1.涉嫌犯罪案件情况调查报告；2.证据材料（2卷）
（原件首页缺失，落款页印章模糊，无法辨认。）
''',
        implicit=[dict(type='REFERRED', **{'from': None, 'to': '靖宇县公安局'}, null_endpoint_mention='我局', evidence_doc_no=None, date=None)],
        rels=[('HOLDS_POSITION', '于海涛', '副总经理', '吉林华松路桥建设有限公司'),
              ('HOLDS_POSITION', '刘长胜', '原总经理', '靖宇县城市建设投资有限公司')],
        aliases={'华松公司': '吉林华松路桥建设有限公司'},
        notes=[LET, 'The letter’s first page is lost: the issuer (a 招标投标 supervisor, probably the 发改局) is never named, so the transfer is an implicit REFERRED with from null (我局), no number, no transfer date (2026年5月 is the inspection date). Issuer null. The project has no number: no BID_ON. The state-owned 城建投资 company is COMPANY.'],
    ),
]
