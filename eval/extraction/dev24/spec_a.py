"""dev24 — documents a1–a6: news reports that tell referrals (移送/移交) as narrative. Inline ⟦text|L⟧ marks.
All persons, companies, numbers, amounts and acts are invented; places and kinds of agencies are real."""

DOCS = [
    dict(
        file='a1-xw-xiangcheng-sjxs-2026.txt', fmt='utf-8', kind='news', violations=['collusion'], issuer=None,
        body='''
项城：一条审计线索牵出围标“小圈子”
⟦2026年5月12日|D⟧　来源：本网综合
　　本报讯（⟦记者|T⟧ ⟦刘晓岚|P⟧ ⟦通讯员|T⟧ ⟦孟凡|P⟧）⟦2025年9月|D⟧，⟦项城市审计局|A⟧在对⟦项城市水利局|A⟧预算执行情况开展审计时发现，该局实施的3个农田水利项目中，多家投标人的投标文件错漏一致、保证金从同一账户转出。⟦项城市审计局|A⟧随即将问题线索移送⟦项城市纪委监委|A⟧。⟦市纪委监委|A⟧初核后认为涉嫌串通投标犯罪，于⟦2025年11月3日|D⟧将相关材料移交⟦项城市公安局|A⟧，后者当即立案侦查。
　　“审计发现问题不是终点，线索有人接、案子有人办才是。”⟦项城市审计局|A⟧⟦副局长|T⟧⟦高振国|P⟧说。
　　经查，⟦河南豫东恒达建设工程有限公司|C⟧⟦实际控制人|T⟧⟦韩某|P⟧先后借用4家企业资质围标，涉及中标金额⟦1860余万元|M⟧。今年3月，该案由⟦项城市公安局|A⟧侦查终结，移送⟦项城市人民检察院|A⟧审查起诉。与此同时，⟦市纪委监委|A⟧对⟦项城市水利局|A⟧⟦原副局长|T⟧⟦李某|P⟧立案审查调查。
　　审计组还建议将另一标段的价格问题移送市场监管部门处理，目前相关部门正在核实。
''',
        rels=[
            ('REFERRED', '项城市审计局', '项城市纪委监委', None, '2025年9月'),
            ('REFERRED', '项城市纪委监委', '项城市公安局', None, '2025年11月3日'),
            ('REFERRED', '项城市公安局', '项城市人民检察院'),
            ('HOLDS_POSITION', '刘晓岚', '记者', None),
            ('HOLDS_POSITION', '孟凡', '通讯员', None),
            ('HOLDS_POSITION', '高振国', '副局长', '项城市审计局'),
            ('HOLDS_POSITION', '韩某', '实际控制人', '河南豫东恒达建设工程有限公司'),
            ('HOLDS_POSITION', '李某', '原副局长', '项城市水利局'),
        ],
        aliases={'市纪委监委': '项城市纪委监委'},
        notes=['Three-hop chain 审计局 → 纪委监委 → 公安局 → 检察院; 后者 = 项城市公安局 (not annotated).',
               'First transfer (随即, in the 2025年9月 sentence) dated 2025年9月 as the only date (dev19 convention). 今年3月 is relative: not DATE, date null.',
               '建议…移送市场监管部门 is a suggestion with a generic receiver: no relation, not even implicit.',
               '立案审查调查 is not PENALIZED.'],
    ),
    dict(
        file='a2-xw-luxi-czj-tuihui-2026.txt', fmt='gb18030', kind='news', violations=['discriminatory_terms', 'other'], issuer=None,
        body='''
芦溪县织密采购监管“协作网”
　　⟦2026年4月20日|D⟧，记者从⟦芦溪县财政局|A⟧获悉，今年一季度该局共受理政府采购投诉11件，办结10件。
　　“有的问题不归我们管，就要及时交给有权管的部门。”⟦县财政局政府采购股|A⟧⟦股长|T⟧⟦钟丽萍|P⟧介绍。⟦2月26日|D⟧，⟦芦溪县财政局|A⟧在处理⟦芦溪县人民医院|A⟧医用耗材采购项目（项目编号⟦LXCG2026-007|J⟧）投诉时，发现采购文件设置了以特定品牌为评分项的条款，同时投诉人反映中标供应商⟦芦溪康泽医疗器械有限公司|C⟧涉嫌虚假宣传。对前者，该局依法责令⟦芦溪县人民医院|A⟧修改采购文件；对后者，该局于⟦3月2日|D⟧以⟦芦财函〔2026〕9号|N⟧将线索移送⟦芦溪县市场监督管理局|A⟧。
　　此前，⟦县财政局|A⟧曾将一起物业服务收费争议转给⟦县市场监管局|A⟧，后者认为该事项属于合同纠纷、不属于其职责范围，予以退回。“退回不等于推诿，我们随后联系了司法所开展调解。”⟦钟丽萍|P⟧说。
　　据介绍，对于在监管中发现的公职人员问题，⟦县财政局|A⟧均抄送⟦芦溪县纪委监委|A⟧，并定期向⟦县政府|A⟧报告工作情况。
''',
        rels=[
            ('REFERRED', '芦溪县财政局', '芦溪县市场监督管理局', '芦财函〔2026〕9号', '3月2日'),
            ('PENALIZED', '芦溪县财政局', '芦溪县人民医院'),
            ('HOLDS_POSITION', '钟丽萍', '股长', '县财政局政府采购股'),
        ],
        aliases={'县财政局': '芦溪县财政局', '县市场监管局': '芦溪县市场监督管理局'},
        unmarked=[],
        notes=['GB18030.',
               'The earlier hand-over 转给县市场监管局 was returned (退回): the forward leg stands (same pair as the 3月2日 transfer, '
               'de-duplicated), the return is no REFERRED (DECISIONS).',
               '县财政局政府采购股: named sub-unit, one maximal span (org of 股长).',
               '抄送 县纪委监委 and 向县政府报告 are not hand-overs: no relation.',
               '责令修改采购文件 (责令改正) by the finance bureau → PENALIZED 芦溪县财政局 → 芦溪县人民医院.',
               'Violations: discriminatory_terms (特定品牌评分), other (虚假宣传 allegation).',
               '记者 unattached (记者从…获悉): not POSITION.'],
    ),
    dict(
        file='a3-xw-qiyang-gongsu-2026.html', fmt='html', kind='news', violations=['bribery', 'collusion'], issuer=None,
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>祁阳一教育系统采购腐败案宣判</title></head>
<body>
<div class="nav">首页 &gt; 法治新闻</div>
<h1>祁阳一教育系统采购腐败案宣判</h1>
<p class="info">发布时间：⟦2026-06-03|D⟧　作者：⟦唐一鸣|P⟧</p>
<p>　　近日，⟦祁阳市人民法院|A⟧公开宣判一起教育装备采购受贿案，被告人⟦邓某某|P⟧因犯受贿罪被判处有期徒刑三年，并处罚金⟦人民币二十五万元|M⟧。</p>
<p>　　案件线索最早源于一次巡察。⟦2025年6月|D⟧，⟦中共祁阳市委巡察组|A⟧在巡察⟦祁阳市教育局|A⟧时发现，该局多批次课桌椅采购均由⟦湖南湘永教学设备有限公司|C⟧中标，遂将线索移交⟦祁阳市纪委监委|A⟧。经审查调查，时任⟦祁阳市教育局装备站|A⟧⟦站长|T⟧的⟦邓某某|P⟧收受该公司⟦总经理|T⟧⟦蒋某|P⟧所送财物共计⟦41万元|M⟧，并授意该公司与另两家企业串通报价。</p>
<p>　　⟦2025年12月|D⟧，⟦邓某某|P⟧案由⟦祁阳市监察委员会|A⟧调查终结，移送⟦祁阳市人民检察院|A⟧审查起诉；涉嫌行贿的⟦蒋某|P⟧则经指定管辖另案处理。⟦祁阳市人民检察院|A⟧于⟦2026年1月22日|D⟧向法院提起公诉。</p>
<p>　　另据了解，⟦祁阳市纪委监委|A⟧已给予⟦邓某某|P⟧开除党籍、开除公职处分。</p>
</body></html>
''',
        rels=[
            ('REFERRED', '中共祁阳市委巡察组', '祁阳市纪委监委'),
            ('REFERRED', '祁阳市监察委员会', '祁阳市人民检察院', None, '2025年12月'),
            ('PENALIZED', '祁阳市人民法院', '邓某某'),
            ('PENALIZED', '祁阳市纪委监委', '邓某某'),
            ('HOLDS_POSITION', '邓某某', '站长', '祁阳市教育局装备站'),
            ('HOLDS_POSITION', '蒋某', '总经理', '湖南湘永教学设备有限公司'),
        ],
        notes=['HTML page; byline 作者 is PERSON with no POSITION.',
               '由X调查终结，移送Y审查起诉 → REFERRED X → Y (date 2025年12月, the only date of that sentence).',
               '指定管辖 is not REFERRED; 提起公诉 is not REFERRED.',
               'Named sub-unit: maximal span 祁阳市教育局装备站 (GUIDELINES), org of 站长.',
               'Violations: bribery; collusion (授意串通报价).'],
    ),
]

DOCS += [
    dict(
        file='a4-xw-linjiang-jyzx-2026.txt', fmt='utf-8', kind='news', violations=['collusion', 'false_materials'], issuer=None,
        body='''
⟦临江市公共资源交易中心|A⟧用好“电子眼”　一季度移送异常线索7条
　　本报讯 ⟦2026年4月8日|D⟧，⟦临江市公共资源交易中心|A⟧通报了一季度交易监测情况。监测系统共预警异常投标行为19次，经人工核查，该中心将其中7条线索分别移送⟦临江市发展和改革局|A⟧、⟦临江市财政局|A⟧和⟦临江市住房和城乡建设局|A⟧。
　　以临江市花山镇污水管网改造工程（项目编号⟦LJJY-GC-2026-003|J⟧）为例，⟦吉林鸿远市政工程有限公司|C⟧与⟦临江通达建筑安装有限公司|C⟧的投标文件由同一MAC地址上传，⟦交易中心|A⟧于⟦1月29日|D⟧将线索移送⟦市发改局|A⟧。⟦市发改局|A⟧调查后认定两家公司串通投标，对其分别作出罚款决定，并表示拟将涉嫌犯罪部分移送公安机关。
　　另一起政府采购项目中，⟦临江市鑫诚物业服务有限公司|C⟧提交的业绩合同经核实系伪造。⟦交易中心|A⟧将该线索移送⟦市财政局|A⟧后，⟦市财政局|A⟧以⟦临财采罚〔2026〕2号|N⟧行政处罚决定书对其处以采购金额千分之五的罚款，列入不良行为记录名单。
　　⟦临江市公共资源交易中心|A⟧⟦主任|T⟧⟦於海波|P⟧表示，下一步将与⟦临江市纪委监委|A⟧建立线索双向通报机制。
''',
        rels=[
            ('REFERRED', '临江市公共资源交易中心', '临江市发展和改革局'),
            ('REFERRED', '临江市公共资源交易中心', '临江市财政局'),
            ('REFERRED', '临江市公共资源交易中心', '临江市住房和城乡建设局'),
            ('PENALIZED', '临江市发展和改革局', '吉林鸿远市政工程有限公司'),
            ('PENALIZED', '临江市发展和改革局', '临江通达建筑安装有限公司'),
            ('PENALIZED', '临江市财政局', '临江市鑫诚物业服务有限公司'),
            ('BID_ON', '吉林鸿远市政工程有限公司', 'LJJY-GC-2026-003'),
            ('BID_ON', '临江通达建筑安装有限公司', 'LJJY-GC-2026-003'),
            ('HOLDS_POSITION', '於海波', '主任', '临江市公共资源交易中心'),
        ],
        aliases={'交易中心': '临江市公共资源交易中心', '市发改局': '临江市发展和改革局', '市财政局': '临江市财政局'},
        notes=['One sentence, three receivers (分别移送A、B和C) → three REFERRED, date null (通报 date is not a transfer date).',
               'The 1月29日 transfer to 市发改局 is the same (type, from, to) as the first: de-duplicated, its date not kept on the relation '
               '(doubtful; the distributive sentence has no date).',
               '拟将…移送公安机关: not happened, generic receiver: no relation.',
               '线索双向通报机制 is not a hand-over.',
               '交易中心 as a short form after the full name is AGENCY (aliased).'],
    ),
    dict(
        file='a5-xw-renshou-weiyisong-2026.txt', fmt='utf-8', kind='news', violations=['abuse_of_power', 'other'], issuer=None,
        body='''
应当移送而未移送　仁寿县一执法人员被问责
　　⟦2026年3月17日|D⟧，⟦仁寿县纪委监委|A⟧公开通报一起行政执法领域不作为问题。
　　⟦2024年10月|D⟧，⟦仁寿县市场监督管理局|A⟧在检查中发现⟦四川仁丰粮油贸易有限公司|C⟧向县内多所学校食堂供应的食用油存在以次充好问题，货值金额达⟦12.6万元|M⟧，已涉嫌生产、销售伪劣产品罪，依法应当移送公安机关。时任该局执法稽查大队⟦大队长|T⟧⟦杨某|P⟧未按规定履行移送程序，仅对该公司作出罚款⟦3万元|M⟧的行政处罚，以罚代刑。直到⟦2025年8月|D⟧，⟦仁寿县人民检察院|A⟧在开展行政执法与刑事司法衔接专项监督时发现该问题，向⟦仁寿县市场监督管理局|A⟧发出检察建议，该局才于同年⟦9月12日|D⟧将案件移送⟦仁寿县公安局|A⟧。
　　经⟦县纪委监委|A⟧研究，给予⟦杨某|P⟧政务记过处分。
''',
        rels=[
            ('REFERRED', '仁寿县市场监督管理局', '仁寿县公安局', None, '9月12日'),
            ('PENALIZED', '仁寿县市场监督管理局', '四川仁丰粮油贸易有限公司'),
            ('PENALIZED', '仁寿县纪委监委', '杨某'),
            ('HOLDS_POSITION', '杨某', '大队长', '仁寿县市场监督管理局'),
        ],
        aliases={'县纪委监委': '仁寿县纪委监委'},
        notes=['应当移送公安机关 / 未按规定履行移送程序: a transfer that did not happen → no relation (neither explicit nor implicit).',
               'The later actual transfer (同年9月12日) → REFERRED with date 9月12日.',
               '检察建议 is not REFERRED. 该局执法稽查大队 after a pronoun: 大队 not annotated, org = the bureau.',
               'Violations: abuse_of_power (不作为, 以罚代刑), other (以次充好 supply).'],
    ),
    dict(
        file='a6-xw-lufeng-zhuanjiao-fanti-2026.txt', fmt='utf-8', kind='news', violations=['bribery', 'no_procurement'], issuer=None,
        body='''
【轉載】陸豐：審計、紀檢、公安接力辦案　追回流失資金
⟦2026年5月28日|D⟧ 10:32　來源：網絡
　　⟦陸豐市審計局|A⟧在⟦2025年7月|D⟧開展的一次專項審計中發現，⟦陸豐市碣石鎮人民政府|A⟧將一批道路照明工程拆分為6個小項目，直接發包給⟦陸豐市明輝電氣工程有限公司|C⟧，規避公開招標。
　　该线索经审计局移送后，由⟦陆丰市纪委监委|A⟧立案审查。调查发现，时任碣石镇⟦副镇长|T⟧⟦庄某|P⟧收受该公司⟦法定代表人|T⟧⟦黄某某|P⟧好处费⟦8万元|M⟧。鉴于⟦黄某某|P⟧另涉嫌虚开发票，⟦陆丰市纪委监委|A⟧于⟦2025年10月9日|D⟧将该部分线索转交⟦陆丰市公安局|A⟧。目前，⟦庄某|P⟧已被开除党籍和公职，相关资金⟦213万元|M⟧已追回。
''',
        rels=[
            ('REFERRED', '陸豐市審計局', '陆丰市纪委监委'),
            ('REFERRED', '陆丰市纪委监委', '陆丰市公安局', None, '2025年10月9日'),
            ('HOLDS_POSITION', '庄某', '副镇长', '陸豐市碣石鎮人民政府'),
            ('HOLDS_POSITION', '黄某某', '法定代表人', '陸豐市明輝電氣工程有限公司'),
            ('LEGAL_REP', '黄某某', '陸豐市明輝電氣工程有限公司'),
        ],
        notes=['Partly traditional: title and first paragraph in traditional characters (reprint), the rest simplified; spans as written.',
               'Passive 经审计局移送后，由陆丰市纪委监委立案审查: sender = 陸豐市審計局 (bare 审计局 has no place: not AGENCY, resolved to the named one).',
               'Date of the audit (2025年7月) is not the transfer date: null (the transfer is told later, 经…移送后).',
               '已被开除党籍和公职 has no named agent: not PENALIZED. 碣石镇 alone is a place; org of 副镇长 = the township government.',
               'Violations: bribery; no_procurement (拆分, 直接发包, 规避招标).'],
    ),
]
