"""dev11 — mixed documents: minutes, a report with a table, a work plan, a news report, a blacklist 公示 and a
letter in traditional characters (6 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Guangxi (Guilin Qixing), Hainan (Sanya Jiyang), Jilin (Yanbian Yanji), Yunnan (Kunming Panlong),
Guangdong (Meizhou Meijiang, Shantou Jinping; traditional characters). All persons, companies, numbers,
amounts and acts are invented.
"""

DOCS = [
    dict(
        file='m1-jy-guilin-qixing-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'no_procurement'],
        issuer='桂林市七星区人民政府办公室',
        body='''
桂林市七星区公共资源交易领域联合监管联席会议纪要
（2026年第2期）

　　⟦2026年4月16日|D⟧下午，⟦区人民政府|A⟧⟦副区长|T⟧⟦莫海燕|P⟧同志在⟦区政府|A⟧3楼会议室主持召开2026年第二次公共资源交易领域联合监管联席会议，研究⟦七星区东江街道办事处|A⟧农贸市场提升改造项目（项目编号：⟦QXJY-2026-0021|J⟧）围标串标线索处置等事项。现纪要如下：
　　一、关于东江街道农贸市场项目围标串标线索。⟦区公共资源交易中心|A⟧（以下简称“⟦交易中心|A⟧”）监测发现，投标人⟦桂林漓江市政建设有限公司|C⟧、⟦广西桂林华岳工程有限公司|C⟧的投标保证金由同一账户转出，两家单位的项目负责人社保缴纳单位相同。会议决定：由⟦区住房和城乡建设局|A⟧牵头核查；⟦交易中心|A⟧于5个工作日内将开标记录、系统预警信息提供给⟦区住房和城乡建设局|A⟧；涉嫌犯罪的，由⟦区住房和城乡建设局|A⟧依法移送⟦桂林市公安局七星分局|A⟧。
　　二、关于⟦区审计局|A⟧移送的采购问题。⟦区审计局|A⟧已于⟦2026年3月25日|D⟧将⟦东江街道办事处|A⟧2025年度物业服务采购未执行公开招标的问题移送⟦区财政局|A⟧。会议要求⟦区财政局|A⟧于5月底前办结，并向联席会议办公室书面反馈。
　　三、各成员单位于⟦4月30日|D⟧前确定一名联络员，报联席会议办公室（设在⟦区财政局|A⟧）。
出席：⟦莫海燕|P⟧　⟦区人民政府|A⟧⟦副区长|T⟧
　　　⟦蒋立群|P⟧　⟦区财政局|A⟧⟦局长|T⟧
　　　⟦覃世豪|P⟧　⟦区住房和城乡建设局|A⟧⟦局长|T⟧
　　　⟦唐晓丽|P⟧　⟦区审计局|A⟧⟦副局长|T⟧
　　　⟦秦国庆|P⟧　⟦桂林市公安局七星分局|A⟧⟦副局长|T⟧
　　　⟦韦美玉|P⟧　⟦区市场监督管理局|A⟧⟦副局长|T⟧
列席：⟦区纪委监委第三派驻纪检监察组|A⟧⟦组长|T⟧⟦蒋红梅|P⟧；⟦交易中心|A⟧⟦主任|T⟧⟦周文彬|P⟧
记录：⟦何嘉|P⟧

⟦桂林市七星区人民政府办公室|A⟧　　　　⟦2026年4月18日|D⟧印发
''',
        rels=[('REFERRED', '区审计局', '区财政局', None, '2026年3月25日'),
              ('BID_ON', '桂林漓江市政建设有限公司', 'QXJY-2026-0021'),
              ('BID_ON', '广西桂林华岳工程有限公司', 'QXJY-2026-0021'),
              ('HOLDS_POSITION', '莫海燕', '副区长', '区人民政府'),
              ('HOLDS_POSITION', '蒋立群', '局长', '区财政局'),
              ('HOLDS_POSITION', '覃世豪', '局长@1', '区住房和城乡建设局'),
              ('HOLDS_POSITION', '唐晓丽', '副局长', '区审计局'),
              ('HOLDS_POSITION', '秦国庆', '副局长@1', '桂林市公安局七星分局'),
              ('HOLDS_POSITION', '韦美玉', '副局长@2', '区市场监督管理局'),
              ('HOLDS_POSITION', '蒋红梅', '组长', '区纪委监委第三派驻纪检监察组'),
              ('HOLDS_POSITION', '周文彬', '主任', '区公共资源交易中心')],
        aliases={'区政府': '区人民政府', '交易中心': '区公共资源交易中心',
                 '东江街道办事处': '七星区东江街道办事处'},
        unmarked=[],
        notes=[
            '同志, 记录 and 出席/列席 are labels; the names after them are PERSON.',
            'Minutes: a past transfer stated as fact (区审计局已于…移送区财政局) is REFERRED with that date; decisions that a body shall hand over or transfer later (交易中心…提供给…, 涉嫌犯罪的…移送公安) are plans, not transfers: no REFERRED. Decision, unsure.',
            'Attendance list: name + body + post on one line: HOLDS_POSITION with the body on the line as org; 莫海燕 is 副区长 in the text and in the list: one relation (de-duplicated on texts). 组长 of a named 派驻纪检监察组 (maximal AGENCY span).',
            'Level-prefixed bodies without a full name (区财政局, 区审计局, 区住房和城乡建设局 …) are AGENCY, not aliased; 区政府 -> 区人民政府 and 交易中心 -> 区公共资源交易中心 (以下简称).',
            'The serial （2026年第2期） is a minutes issue number, not a document number: not annotated (decision, unsure). The deadline 4月30日 is DATE (month+day); 5月底 is not (no day).',
            'Issuer: the 区人民政府办公室 that 印发 the minutes. 两家单位的项目负责人 is not attached to a name (not annotated).',
        ],
    ),
    dict(
        file='m2-qkbg-sanya-jiyang-2026-h1.html', fmt='html', kind='other', violations=['no_procurement', 'collusion'],
        issuer='三亚市吉阳区财政局',
        body='''<html><head><meta charset="utf-8"><title>情况报告</title></head>
<body>
<h3>⟦三亚市吉阳区财政局|A⟧关于2026年上半年政府采购领域问题线索移送和接收情况的报告</h3>
<p>⟦吉财报〔2026〕12号|N⟧</p>
<p>⟦三亚市财政局|A⟧：</p>
<p>根据《⟦三亚市政府采购领域联动监管工作机制|L⟧》要求，现将我局2026年上半年问题线索移送、接收及办理情况报告如下：</p>
<p>一、总体情况。上半年，我局共向外移送问题线索2条，接收其他部门移送线索2条，已办结1条。</p>
<p>二、线索明细</p>
<table>
<tr><td>序号</td><td>线索内容</td><td>移送单位</td><td>接收单位</td><td>移送日期</td><td>文号</td><td>办理情况</td></tr>
<tr><td>1</td><td>⟦三亚市吉阳区教育局|A⟧校园安保服务项目化整为零、规避公开招标，涉及公职人员履职问题</td><td>⟦三亚市吉阳区财政局|A⟧</td><td>⟦吉阳区纪委监委|A⟧</td><td>⟦2026-02-10|D⟧</td><td>⟦吉财函〔2026〕6号|N⟧</td><td>已立案审查</td></tr>
<tr><td>2</td><td>⟦海南鹿城建设工程有限公司|C⟧、⟦三亚椰林市政工程有限公司|C⟧在吉阳区道路改造项目（⟦JYZC-2026-0033|J⟧）中涉嫌串通投标</td><td>⟦三亚市吉阳区财政局|A⟧</td><td>⟦三亚市公安局吉阳分局|A⟧</td><td>⟦2026-03-18|D⟧</td><td>⟦吉财函〔2026〕15号|N⟧</td><td>已立案侦查</td></tr>
<tr><td>3</td><td>⟦吉阳区卫生健康委员会|A⟧物业服务采购未履行政府采购程序</td><td>⟦三亚市吉阳区审计局|A⟧</td><td>⟦三亚市吉阳区财政局|A⟧</td><td>⟦2026-04-02|D⟧</td><td>⟦吉审移〔2026〕2号|N⟧</td><td>已办结，责令改正</td></tr>
<tr><td>4</td><td>⟦海南椰风物业服务有限公司|C⟧在⟦吉阳区卫生健康委员会|A⟧物业服务项目（⟦JYZC-2026-0051|J⟧）中提供虚假社保缴纳证明</td><td>⟦三亚市吉阳区市场监督管理局|A⟧</td><td>⟦三亚市吉阳区财政局|A⟧</td><td>⟦2026-05-20|D⟧</td><td>⟦吉市监函〔2026〕9号|N⟧</td><td>调查中</td></tr>
</table>
<p>三、存在问题。部分线索移送后反馈不及时，⟦三亚市公安局吉阳分局|A⟧尚未反馈第2号线索的立案情况。</p>
<p>联系人：⟦符海燕|P⟧，电话：0898-88257716</p>
<p>⟦三亚市吉阳区财政局|A⟧<br>⟦2026年7月6日|D⟧</p>
</body></html>
''',
        rels=[('REFERRED', '三亚市吉阳区财政局', '吉阳区纪委监委', '吉财函〔2026〕6号', '2026-02-10'),
              ('REFERRED', '三亚市吉阳区财政局', '三亚市公安局吉阳分局', '吉财函〔2026〕15号', '2026-03-18'),
              ('REFERRED', '三亚市吉阳区审计局', '三亚市吉阳区财政局', '吉审移〔2026〕2号', '2026-04-02'),
              ('REFERRED', '三亚市吉阳区市场监督管理局', '三亚市吉阳区财政局', '吉市监函〔2026〕9号', '2026-05-20'),
              ('PENALIZED', '三亚市吉阳区财政局', '吉阳区卫生健康委员会'),
              ('BID_ON', '海南鹿城建设工程有限公司', 'JYZC-2026-0033'),
              ('BID_ON', '三亚椰林市政工程有限公司', 'JYZC-2026-0033'),
              ('BID_ON', '海南椰风物业服务有限公司', 'JYZC-2026-0051')],
        notes=[
            '我局 is a pronoun (not annotated). The report goes upward to the city finance bureau: the report itself is not a transfer (dev9).',
            'Each table row names sender, receiver, date and number: one REFERRED per row (unlike a bare count of transfers, dev9 p1, which is not). The ISO dates in the 移送日期 column are DATE and the REFERRED dates.',
            'Row 3: 已办结，责令改正 by the receiving finance bureau (the writer, named): PENALIZED 财政局 -> 卫健委 (the purchaser). Decision, unsure (a status cell).',
            '吉阳区纪委监委 is one joint body written as one name: one AGENCY and one REFERRED (dev10 r6).',
            'Project numbers in brackets right after a project name: PROJECT_NO; both suspected colluders BID_ON; the supplier with false proof BID_ON. 吉阳区卫生健康委员会 inside the project name in row 4 is annotated too.',
        ],
    ),
    dict(
        file='m3-gzfa-yanji-2026-9.docx', fmt='docx', kind='policy_notice',
        violations=['collusion', 'false_materials', 'bribery', 'discriminatory_terms'],
        issuer='延吉市财政局',
        body='''
⟦延吉市财政局|A⟧　⟦中共延吉市纪律检查委员会|A⟧　⟦延吉市公安局|A⟧　⟦延吉市市场监督管理局|A⟧　⟦延吉市审计局|A⟧
关于印发《⟦延吉市2026年政府采购领域突出问题联合整治工作方案|L⟧》的通知
⟦延财发〔2026〕9号|N⟧
各预算单位，各采购代理机构：
现将《⟦延吉市2026年政府采购领域突出问题联合整治工作方案|L⟧》印发给你们，请认真贯彻执行。
一、整治重点
（一）供应商围标串标、提供虚假材料谋取中标；（二）采购人设置差别歧视条款、指定品牌；（三）评审专家收受好处、倾向性评审。
二、职责分工
⟦市财政局|A⟧牵头，负责整治工作的组织协调和政府采购违法违规行为的查处；⟦市纪委监委|A⟧负责查处公职人员违纪违法问题；⟦市公安局|A⟧负责侦办串通投标等刑事案件；⟦市市场监督管理局|A⟧负责查处商业贿赂等不正当竞争行为；⟦市审计局|A⟧负责在审计中发现并移送问题线索。
三、时间安排
⟦2026年5月|D⟧至⟦2026年10月|D⟧，分动员部署、自查自纠、集中整治、总结提升四个阶段。
四、联络员
⟦市财政局政府采购科|A⟧　⟦金美善|P⟧（⟦科长|T⟧）
⟦市纪委监委第四监督检查室|A⟧　⟦朴成浩|P⟧（⟦副主任|T⟧）
⟦市公安局经侦大队|A⟧　⟦崔英子|P⟧（⟦副大队长|T⟧）
⟦市市场监督管理局|A⟧　⟦玄光哲|P⟧
⟦市审计局|A⟧　⟦南宫明月|P⟧
各成员单位发现问题线索的，应在5个工作日内移送有管辖权的部门，并抄送⟦市财政局|A⟧。
⟦延吉市财政局|A⟧
⟦2026年4月27日|D⟧
''',
        rels=[('HOLDS_POSITION', '金美善', '科长', '市财政局政府采购科'),
              ('HOLDS_POSITION', '朴成浩', '副主任', '市纪委监委第四监督检查室'),
              ('HOLDS_POSITION', '崔英子', '副大队长', '市公安局经侦大队')],
        aliases={'市财政局': '延吉市财政局', '市公安局': '延吉市公安局', '市市场监督管理局': '延吉市市场监督管理局',
                 '市审计局': '延吉市审计局'},
        notes=[
            '各预算单位, 各采购代理机构, 有管辖权的部门 are distributive or generic (not annotated).',
            'A joint notice: issuer the first-listed body (GUIDELINES §5). The plan\'s title in 《》 is LAW (a normative plan, GUIDELINES §3) in the title line and in the body.',
            'Liaison list: body, name, post in brackets: POSITION with the named sub-unit (maximal AGENCY span) as org. Korean-Chinese names (金, 朴, 崔, 玄) and the compound surname 南宫. Names without a post: PERSON only.',
            '市纪委监委 (joint body) has no full name here: AGENCY, no alias; the 纪律检查委员会 in the header is a different organ name, not aliased.',
            'Policy notice: violations are its target types. No transfer happened: no REFERRED. Month ranges with years are DATE.',
        ],
    ),
    dict(
        file='m4-tx-kunming-panlong-2026.txt', fmt='gb18030', kind='news', violations=['collusion', 'interference'],
        issuer=None,
        body='''
多部门“组合拳”斩断围标利益链
——盘龙区联合查处一起政府采购串通投标案

　　本报讯（⟦记者|T⟧⟦杨帆|P⟧　⟦通讯员|T⟧⟦段文娟|P⟧）⟦6月9日|D⟧凌晨，⟦昆明市公安局盘龙分局经侦大队|A⟧民警在⟦盘龙区财政局|A⟧、⟦盘龙区市场监督管理局|A⟧配合下，在某写字楼内将涉嫌串通投标的犯罪嫌疑人⟦何某|P⟧等3人抓获，现场查获用于制作投标文件的电脑4台、各公司印章11枚。
　　据了解，该案线索来自⟦盘龙区公共资源交易中心|A⟧的大数据预警：在盘龙区智慧社区建设项目（项目编号：⟦PLCG-2026-0135|J⟧）中，⟦云南滇池天瑞科技有限公司|C⟧、⟦昆明金马碧鸡信息技术有限公司|C⟧、⟦云南春城数联科技有限公司|C⟧三家公司的投标文件创建者相同。今年4月，⟦盘龙区财政局|A⟧将线索移送公安机关。
　　“以前是各管一段，现在是一查到底。”⟦盘龙区财政局|A⟧⟦副局长|T⟧⟦李德明|P⟧介绍，⟦盘龙区财政局|A⟧已依法对⟦云南滇池天瑞科技有限公司|C⟧处以采购金额千分之八的罚款⟦人民币5.8万元|M⟧，并禁止其一年内参加政府采购活动；⟦盘龙区纪委监委|A⟧对该项目采购人⟦盘龙区民政局|A⟧相关工作人员违规打招呼问题立案审查。
　　据悉，今年以来盘龙区已通过部门联动移送围标串标线索7条。（⟦编辑|T⟧：⟦尹红|P⟧）
''',
        rels=[('PENALIZED', '盘龙区财政局', '云南滇池天瑞科技有限公司'),
              ('HOLDS_POSITION', '李德明', '副局长', '盘龙区财政局'),
              ('HOLDS_POSITION', '杨帆', '记者', None),
              ('HOLDS_POSITION', '段文娟', '通讯员', None),
              ('HOLDS_POSITION', '尹红', '编辑', None),
              ('BID_ON', '云南滇池天瑞科技有限公司', 'PLCG-2026-0135'),
              ('BID_ON', '昆明金马碧鸡信息技术有限公司', 'PLCG-2026-0135'),
              ('BID_ON', '云南春城数联科技有限公司', 'PLCG-2026-0135')],
        implicit=[{'type': 'REFERRED', 'from': '盘龙区财政局', 'to': None, 'null_endpoint_mention': '公安机关'}],
        notes=[
            'News: issuer null. 记者/通讯员 in the byline: POSITION, org null (GUIDELINES). 编辑 (editor) likewise, as the GUIDELINES 责任编辑 (decision, unsure).',
            '盘龙区 alone in the subtitle is a place (GUIDELINES: places are not AGENCY), not annotated.',
            '移送公安机关 with a generic receiver: implicit REFERRED with to null (GUIDELINES §1). 抓获 and 立案审查 are not PENALIZED; the fine by the named finance bureau is.',
            '昆明市公安局盘龙分局经侦大队 is one maximal AGENCY span (民警 outside, not attached to a name).',
            '6月9日 is DATE; 今年4月 and 今年以来 are relative (not DATE). 千分之八 is a rate. 犯罪嫌疑人 is a procedural role; the masked 何某 is PERSON.',
        ],
    ),
    dict(
        file='m5-gs-meizhou-meijiang-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials', 'other'],
        issuer='梅州市梅江區公共資源交易監督管理辦公室',
        body='''
⟦梅州市梅江區公共資源交易監督管理辦公室|A⟧
關於擬將⟦廣東客都建設工程有限公司|C⟧等3家單位及1名評標專家列入失信黑名單的公示
⟦梅江公管公示〔2026〕第4號|N⟧

　　根據《⟦梅州市公共資源交易市場主體信用管理辦法|L⟧》第十八條，經審核，擬將以下市場主體列入公共資源交易失信黑名單（期限二年），現予公示。公示期自⟦2026年8月3日|D⟧至⟦2026年8月9日|D⟧。
　　一、⟦廣東客都建設工程有限公司|C⟧（⟦法定代表人|T⟧：⟦鍾偉強|P⟧）。在梅江區西郊街道農村污水處理工程（項目編號：⟦MJJY-2025-077|J⟧）投標中與他人串通投標，已被⟦梅州市梅江區住房和城鄉建設局|A⟧處以罰款⟦人民幣6.3萬元|M⟧（⟦梅江建罰〔2026〕11號|N⟧）。
　　二、⟦梅州市嘉應路橋有限公司|C⟧（⟦法定代表人|T⟧：⟦古曉玲|P⟧）。在同一工程投標中與⟦廣東客都建設工程有限公司|C⟧串通投標，兩家單位的投標文件由同一人編制。
　　三、⟦梅州市程江勞務有限公司|C⟧（⟦法定代表人|T⟧：⟦溫志雄|P⟧）。在⟦梅江區城北鎮中心小學|A⟧運動場改造工程（項目編號：⟦MJJY-2026-014|J⟧）投標中提供虛假業績。
　　四、⟦評標專家|T⟧⟦歐陽嘉慧|P⟧（⟦梅州市人民醫院|A⟧⟦副主任醫師|T⟧）。在⟦MJJY-2025-077|J⟧項目評審中未按招標文件規定的評標標準評審，已被我辦暫停評標專家資格一年。
　　公示期內，如對公示內容有異議，可向我辦書面反映。聯繫人：⟦李秋菊|P⟧，電話：0753-2196305。

⟦梅州市梅江區公共資源交易監督管理辦公室|A⟧
⟦2026年8月3日|D⟧
''',
        rels=[('PENALIZED', '梅州市梅江區住房和城鄉建設局', '廣東客都建設工程有限公司'),
              ('PENALIZED', '梅州市梅江區公共資源交易監督管理辦公室', '歐陽嘉慧'),
              ('LEGAL_REP', '鍾偉強', '廣東客都建設工程有限公司'),
              ('LEGAL_REP', '古曉玲', '梅州市嘉應路橋有限公司'),
              ('LEGAL_REP', '溫志雄', '梅州市程江勞務有限公司'),
              ('HOLDS_POSITION', '鍾偉強', '法定代表人', '廣東客都建設工程有限公司'),
              ('HOLDS_POSITION', '古曉玲', '法定代表人@1', '梅州市嘉應路橋有限公司'),
              ('HOLDS_POSITION', '溫志雄', '法定代表人@2', '梅州市程江勞務有限公司'),
              ('HOLDS_POSITION', '歐陽嘉慧', '評標專家', None),
              ('HOLDS_POSITION', '歐陽嘉慧', '副主任醫師', '梅州市人民醫院'),
              ('BID_ON', '廣東客都建設工程有限公司', 'MJJY-2025-077'),
              ('BID_ON', '梅州市嘉應路橋有限公司', 'MJJY-2025-077'),
              ('BID_ON', '梅州市程江勞務有限公司', 'MJJY-2026-014')],
        unmarked=['評標專家'],
        notes=[
            'Traditional characters. 我辦 is a pronoun (not annotated); the issuer is named in the header and the signature, so 已被我辦暫停評標專家資格 gives PENALIZED from the named issuer (dev6: a past penalty stated by a named issuer).',
            'A 公示 of a proposed blacklist (擬列入): the listing itself is not yet decided — no PENALIZED for it (decision, unsure); kind other (unsure: a sanctioning notice would be penalty_decision). The past fine by the named 住建局 is PENALIZED.',
            '評標專家 before the name is POSITION (org null); 副主任醫師 at a named hospital: POSITION with the hospital (dev10 r8). 1名評標專家 in the title and 評標專家資格 are not attached: unmarked.',
            'Compound surname 歐陽. Item 二 (同一工程): BID_ON the number of item 一. The project number alone in item 四 is PROJECT_NO again (no new BID_ON: the expert does not bid).',
            '梅江區城北鎮中心小學 inside a project name is a named school: AGENCY (GUIDELINES §2.3).',
        ],
    ),
    dict(
        file='m6-ys-shantou-jinping-2026-3-fanti.txt', fmt='utf-8', kind='other', violations=['collusion', 'bribery'],
        issuer='汕頭市金平區監察委員會',
        body='''
⟦汕頭市金平區監察委員會|A⟧
關於移送⟦汕頭市潮興建築工程有限公司|C⟧等涉嫌串通投標問題線索的函
⟦金監移〔2026〕3號|N⟧

⟦汕頭市公安局金平分局|A⟧：
　　我委在對⟦金平區衛生健康局|A⟧⟦原黨組書記|T⟧⟦許澤鵬|P⟧涉嫌受賄問題調查過程中發現，⟦2024年3月|D⟧，⟦汕頭市潮興建築工程有限公司|C⟧（以下簡稱「⟦潮興公司|C⟧」）⟦實際控制人|T⟧⟦司徒振邦|P⟧為承攬⟦金平區社區衛生服務中心|A⟧升級改造工程（項目編號：⟦JPWJ-2024-006|J⟧），安排⟦汕頭市鮀城建設有限公司|C⟧（以下簡稱「⟦鮀城公司|C⟧」）、⟦廣東海濱裝飾工程有限公司|C⟧陪標，並向兩家公司各支付「陪標費」⟦人民幣3萬元|M⟧，⟦潮興公司|C⟧最終以⟦人民幣2,615,800元|M⟧中標。
　　上述行為涉嫌串通投標罪，不屬我委管轄。根據《⟦中華人民共和國監察法實施條例|L⟧》第二百零六條的規定，現將該問題線索及相關證據材料（共5項31頁）移送你局依法處理，處理結果請及時函告我委。
　　附件：線索材料清單

⟦汕頭市金平區監察委員會|A⟧
⟦2026年6月24日|D⟧
抄送：⟦中共汕頭市金平區紀律檢查委員會|A⟧
''',
        rels=[('REFERRED', '汕頭市金平區監察委員會', '汕頭市公安局金平分局', '金監移〔2026〕3號', '2026年6月24日'),
              ('HOLDS_POSITION', '許澤鵬', '原黨組書記', '金平區衛生健康局'),
              ('HOLDS_POSITION', '司徒振邦', '實際控制人', '汕頭市潮興建築工程有限公司'),
              ('BID_ON', '汕頭市潮興建築工程有限公司', 'JPWJ-2024-006'),
              ('BID_ON', '汕頭市鮀城建設有限公司', 'JPWJ-2024-006'),
              ('BID_ON', '廣東海濱裝飾工程有限公司', 'JPWJ-2024-006')],
        aliases={'潮興公司': '汕頭市潮興建築工程有限公司', '鮀城公司': '汕頭市鮀城建設有限公司'},
        notes=[
            'Traditional characters. 我委, 你局 are pronouns (not annotated). 抄送 is not a transfer.',
            "A 監委 transferring a bid-collusion clue found in its own investigation to the police: REFERRED with the letter's number and signature date (the 2024年3月 conduct date is not the transfer).",
            '原黨組書記 (原 adjacent, kept) of the named bureau and 實際控制人 of the company (canonical name, the alias follows later): POSITIONs. The 監委 investigation of 許澤鵬 is no sanction. Compound surname 司徒.',
            '金平區社區衛生服務中心 inside the project name is a named public institution: AGENCY (GUIDELINES §2.3).',
            'The 陪標 firms BID_ON (dev6). 以下簡稱 in 「」 quotes: aliases.',
        ],
    ),
]
