"""dev15 — other shapes (hand annotation, inline ⟦text|L⟧ marks).

Yunnan 普洱思茅区 (联席会议纪要), Shanxi 晋城泽州县 (约谈记录), Hebei 张家口桥东区 (tab register of transfers),
Zhejiang 舟山定海区 (情况报告 upward, docx). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (出席, 列席, 记录, 约谈人, 被约谈人, 记录人, 登记人, 审核, 联系人, 联络员) stay outside the spans and are never POSITION.',
]

DOCS = [
    dict(
        file='o1-hyjy-puer-simao-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='普洱市思茅区人民政府办公室',
        body='''
⟦普洱市思茅区人民政府办公室|A⟧
普洱市思茅区公共资源交易联动监管联席会议纪要
（⟦思联席纪〔2026〕2号|N⟧）

　　⟦2026年9月17日|D⟧，⟦区政府|A⟧⟦副区长|T⟧⟦刀建华|P⟧在区政府三楼会议室主持召开2026年第二次联席会议。纪要如下：
出席：
　　⟦普洱市思茅区财政局|A⟧　⟦李玉香|P⟧（⟦局长|T⟧）
　　⟦普洱市思茅区纪委监委|A⟧　⟦岩温|P⟧（⟦副书记|T⟧）
　　⟦普洱市公安局思茅分局|A⟧　⟦欧阳锋|P⟧（⟦副局长|T⟧）
　　⟦普洱市思茅区审计局|A⟧　⟦诸葛红|P⟧（⟦局长|T⟧）
　　⟦普洱市思茅区市场监督管理局|A⟧　⟦玉香|P⟧（⟦副局长|T⟧）
　　⟦普洱市思茅区公共资源交易中心|A⟧　⟦扎约|P⟧（⟦主任|T⟧）
列席：⟦普洱市思茅区人民检察院|A⟧⟦检察官|T⟧⟦何伟|P⟧，⟦普洱市思茅区住房和城乡建设局|A⟧⟦副局长|T⟧⟦白云|P⟧
记录：⟦马骏|P⟧

　　一、通报线索移送情况。⟦2026年1月|D⟧至⟦2026年8月|D⟧，⟦区财政局|A⟧向⟦区公安分局|A⟧移送串通投标线索3条（⟦思财移〔2026〕1号|N⟧至⟦3号|N⟧），⟦区审计局|A⟧向⟦区纪委监委|A⟧移送违规插手采购问题线索2条（⟦思审移〔2026〕4号|N⟧、⟦思审移〔2026〕6号|N⟧），均已办结或正在办理。
　　二、议定事项。
　　（一）⟦普洱市思茅区公共资源交易中心|A⟧报告，⟦普洱市思茅区卫生健康局|A⟧基层医疗机构设备采购项目（项目编号：⟦SMCG-2026-045|J⟧）中，⟦普洱茶源生物科技有限公司|C⟧与⟦云南思普农业开发有限公司|C⟧的投标文件制作机器码一致。会议决定：由⟦区财政局|A⟧于5个工作日内立案调查，涉嫌犯罪的及时移送⟦区公安分局|A⟧。
　　（二）建立联络员制度。联络员：⟦区财政局|A⟧⟦郑好|P⟧，⟦区公安分局|A⟧⟦龙腾|P⟧，交易中心⟦石斛兰|P⟧。

⟦普洱市思茅区人民政府办公室|A⟧
⟦2026年9月19日|D⟧
''',
        rels=[('REFERRED', '普洱市思茅区财政局', '普洱市公安局思茅分局', '思财移〔2026〕1号', None),
              ('REFERRED', '普洱市思茅区审计局', '普洱市思茅区纪委监委', '思审移〔2026〕4号', None),
              ('HOLDS_POSITION', '刀建华', '副区长', '区政府'),
              ('HOLDS_POSITION', '李玉香', '局长@0', '普洱市思茅区财政局'),
              ('HOLDS_POSITION', '岩温', '副书记', '普洱市思茅区纪委监委'),
              ('HOLDS_POSITION', '欧阳锋', '副局长@0', '普洱市公安局思茅分局'),
              ('HOLDS_POSITION', '诸葛红', '局长@1', '普洱市思茅区审计局'),
              ('HOLDS_POSITION', '玉香', '副局长@1', '普洱市思茅区市场监督管理局'),
              ('HOLDS_POSITION', '扎约', '主任', '普洱市思茅区公共资源交易中心'),
              ('HOLDS_POSITION', '何伟', '检察官', '普洱市思茅区人民检察院'),
              ('HOLDS_POSITION', '白云', '副局长@2', '普洱市思茅区住房和城乡建设局'),
              ('BID_ON', '普洱茶源生物科技有限公司', 'SMCG-2026-045'),
              ('BID_ON', '云南思普农业开发有限公司', 'SMCG-2026-045')],
        aliases={'区财政局': '普洱市思茅区财政局', '区公安分局': '普洱市公安局思茅分局',
                 '区审计局': '普洱市思茅区审计局', '区纪委监委': '普洱市思茅区纪委监委'},
        unmarked=['区政府'],
        notes=COMMON + [
            'The minutes\' number in （） under the title is DOC_NO. 思财移〔2026〕1号至3号: the full first number and the elliptical 3号 are two DOC_NO (dev14 elliptical rule, *unsure*).',
            'Past transfers reported in the minutes are REFERRED between the level-prefixed bodies (canonical full names via aliases), evidence the first number; the decided future '
            'transfer (涉嫌犯罪的及时移送) is not (dev14). 区政府 as the body of the 副区长 is AGENCY; 区政府三楼会议室 (a place) is not annotated.',
            'Dai and Lahu names (刀建华, 岩温, 玉香, 扎约; 玉香 and 李玉香 are different persons); compound surnames 欧阳, 诸葛; names that are also words (白云, 郑好, 龙腾, '
            '石斛兰). 普洱茶源 in the company name is not a person. 交易中心 alone (bare) is not annotated.',
            'Issuer: the 区政府办公室 that issues the minutes (*unsure*).',
        ],
    ),
    dict(
        file='o2-ytjl-jincheng-zezhou-2026-9.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='晋城市泽州县财政局',
        body='''
⟦晋城市泽州县财政局|A⟧政府采购约谈记录

约谈编号：⟦ZZCZ-YT-2026-009|N⟧
约谈时间：⟦2026年10月14日|D⟧ 9:30
约谈地点：泽州县财政局三楼会议室
约谈人：⟦晋城市泽州县财政局|A⟧⟦副局长|T⟧⟦申海燕|P⟧、政府采购股⟦股长|T⟧⟦常青|P⟧
被约谈单位：⟦山西太行鼎盛工程项目管理有限公司|C⟧（采购代理机构）
被约谈人：⟦郭子仪|P⟧（⟦总经理|T⟧）、⟦秦晋|P⟧（⟦项目负责人|T⟧）
记录人：⟦卫国|P⟧

⟦申海燕|P⟧：根据⟦晋城市泽州县审计局|A⟧以《审计移送处理书》（⟦泽审移〔2026〕7号|N⟧）移送我局的问题，你公司代理的⟦泽州县人民医院|A⟧医用耗材采购项目（项目编号：⟦ZZXYY-2026-HC03|J⟧）存在两个问题：一是招标文件设置“注册资本不低于⟦5000万元|M⟧”的条件；二是对⟦山西晋城康宁医疗器械有限公司|C⟧的质疑超过7个工作日才答复（答复函⟦TH-ZB-2026-0331-D1|N⟧）。
⟦郭子仪|P⟧：我公司承认上述问题，⟦秦晋|P⟧负责该项目，未严格审核采购人需求。
⟦常青|P⟧：请你公司于⟦2026年10月28日|D⟧前提交书面整改报告，我局将视整改情况依法处理。

约谈人签字：⟦申海燕|P⟧　⟦常青|P⟧
被约谈人签字：⟦郭子仪|P⟧　⟦秦晋|P⟧
''',
        rels=[('REFERRED', '晋城市泽州县审计局', '晋城市泽州县财政局', '泽审移〔2026〕7号', None),
              ('HOLDS_POSITION', '申海燕', '副局长', '晋城市泽州县财政局'),
              ('HOLDS_POSITION', '常青', '股长', '晋城市泽州县财政局'),
              ('HOLDS_POSITION', '郭子仪', '总经理', '山西太行鼎盛工程项目管理有限公司'),
              ('HOLDS_POSITION', '秦晋', '项目负责人', '山西太行鼎盛工程项目管理有限公司')],
        unmarked=['泽州县财政局'],
        notes=COMMON + [
            '约谈编号 value is DOC_NO (dev14). 约谈地点 is an address: 泽州县财政局 inside it is not annotated (GUIDELINES §2.5).',
            'Speaker labels (申海燕：) are PERSON. 常青, 秦晋, 卫国 are names that are also words; 郭子仪 also a historical name.',
            '政府采购股股长: a bare unit, 股长 POSITION with org the finance bureau written before it (*unsure*). The complainant 山西晋城康宁 is not assumed to have bid.',
            'A 约谈 with a request for a rectification report is not PENALIZED (dev14). The audit referral to 我局: REFERRED 审计局 → 财政局, no date.',
            '注册资本不低于5000万元: 5000万元 is MONEY (不低于 excluded). The 答复函 reference TH-ZB-2026-0331-D1 is DOC_NO (*unsure*).',
        ],
    ),
    dict(
        file='o3-ysdjb-zhangjiakou-qiaodong-2026.txt', fmt='utf-8', kind='other',
        violations=['collusion', 'interference', 'bribery', 'contract_violation'],
        issuer='张家口市桥东区财政局',
        body='''
⟦张家口市桥东区财政局|A⟧政府采购案件线索移送登记簿（2026年度）

登记号	移送日期	移送文号	接收单位	涉及当事人	线索内容	回执文号	办理结果	经办人
⟦QD-YS-2026-01|N⟧	⟦2026.03.02|D⟧	⟦桥财移〔2026〕1号|N⟧	⟦张家口市公安局桥东分局|A⟧	⟦河北坝上通达物流有限公司|C⟧	串通投标	⟦桥公经回〔2026〕8号|N⟧	已立案（⟦桥公立〔2026〕15号|N⟧）	⟦米兰|P⟧
⟦QD-YS-2026-02|N⟧	⟦2026.04.11|D⟧	⟦桥财移〔2026〕2号|N⟧	⟦中共张家口市桥东区纪律检查委员会|A⟧	⟦张家口市桥东区城市管理局|A⟧⟦王某某|P⟧	违规插手采购	⟦桥纪回〔2026〕3号|N⟧	已受理	⟦米兰|P⟧
⟦QD-YS-2026-03|N⟧	⟦2026.05.20|D⟧	⟦桥财移〔2026〕3号|N⟧	⟦张家口市桥东区市场监督管理局|A⟧	⟦张家口晟源电子科技有限公司|C⟧	商业贿赂	—	退回（⟦桥市监函〔2026〕12号|N⟧）	⟦贾真|P⟧
⟦QD-YS-2026-04|N⟧	⟦2026.07.08|D⟧	⟦桥财移〔2026〕4号|N⟧	⟦张家口市住房和城乡建设局|A⟧	⟦河北宣化恒业建筑有限公司|C⟧	中标后转包	⟦张住建回〔2026〕第21号|N⟧	已处罚（⟦张住建罚〔2026〕33号|N⟧，罚款⟦人民币6.5万元|M⟧）	⟦贾真|P⟧

登记人：⟦米兰|P⟧　　审核：⟦贾真|P⟧
''',
        rels=[('REFERRED', '张家口市桥东区财政局', '张家口市公安局桥东分局', '桥财移〔2026〕1号', '2026.03.02'),
              ('REFERRED', '张家口市桥东区财政局', '中共张家口市桥东区纪律检查委员会', '桥财移〔2026〕2号', '2026.04.11'),
              ('REFERRED', '张家口市桥东区财政局', '张家口市桥东区市场监督管理局', '桥财移〔2026〕3号', '2026.05.20'),
              ('REFERRED', '张家口市桥东区财政局', '张家口市住房和城乡建设局', '桥财移〔2026〕4号', '2026.07.08'),
              ('PENALIZED', '张家口市住房和城乡建设局', '河北宣化恒业建筑有限公司')],
        notes=COMMON + [
            'A tab-separated register. The register\'s own row serials under 登记号 are DOC_NO (dev14 exception 2). 移送文号, 回执文号 and the numbers in 办理结果 '
            '(立案, 退回函, 处罚决定) are DOC_NO. Dotted dates (2026.03.02) are DATE. The year in the title (2026年度) is not DATE.',
            'Each row is a transfer: REFERRED with its number and date. The returned one (row 3) stays REFERRED (dev14). 已处罚 by the receiver with a decision number: PENALIZED (dev14, *unsure*).',
            '米兰 (also the city Milan) and 贾真 are names. A person written right after a unit with no separator (…城市管理局王某某) gives AGENCY + PERSON. '
            'No project numbers: no BID_ON. 中标后转包 = contract_violation.',
        ],
    ),
    dict(
        file='o4-qkbg-zhoushan-dinghai-2026-102.docx', fmt='docx', kind='other',
        violations=['collusion', 'false_materials', 'interference'],
        issuer='舟山市定海区财政局',
        body='''
⟦舟山市定海区财政局|A⟧
关于2026年第三季度政府采购监管案件办理情况的报告
⟦舟定财〔2026〕102号|N⟧
⟦舟山市财政局|A⟧：
　　现将我局⟦2026年7月1日|D⟧至⟦9月30日|D⟧政府采购监管案件办理情况报告如下：
　　一、投诉处理。受理投诉5件，办结4件（⟦定财诉决〔2026〕5号|N⟧至⟦8号|N⟧），1件正在办理。
　　二、行政处罚。依据《⟦中华人民共和国政府采购法|L⟧》第七十七条，对⟦舟山海瑞船舶物资有限公司|C⟧（⟦法定代表人|T⟧⟦欧阳振|P⟧）提供虚假材料、串通投标的行为处以罚款⟦人民币1.64万元|M⟧（⟦舟定财罚〔2026〕3号|N⟧），对⟦浙江东极通信工程有限公司|C⟧串通投标的行为处以罚款⟦人民币1.2万元|M⟧（⟦舟定财罚〔2026〕4号|N⟧）。两家公司串通投标涉嫌犯罪的线索已于⟦2026年5月12日|D⟧移送⟦舟山市公安局定海分局|A⟧（⟦舟定财移〔2026〕8号|N⟧），该局已立案侦查（见《⟦舟山市公安局定海分局|A⟧关于⟦舟定财移〔2026〕8号|N⟧函所涉线索立案情况的告知函》⟦舟公定（经）立告字〔2026〕第0031号|N⟧）。
　　三、线索移送。⟦2026年8月19日|D⟧，我局将⟦舟山市定海区教育局|A⟧⟦原副局长|T⟧⟦贺新郎|P⟧违规插手校服采购项目（项目编号：⟦DHCG-2026-JY032|J⟧）的问题线索移送⟦舟山市定海区纪委监委|A⟧（⟦舟定财移〔2026〕15号|N⟧）。
　　四、制度执行。我局按照《⟦浙江省政府采购行政裁决和监督检查工作规程|L⟧》（⟦浙财采监〔2025〕11号|N⟧）开展季度自查，未发现超期办理情形。
　　附件：1.2026年第三季度案件办理情况统计表
　　　　　2.⟦舟定财罚〔2026〕3号|N⟧、⟦4号|N⟧行政处罚决定书
联系人：⟦欧阳晓岚|P⟧　电话：0580-2261730
⟦舟山市定海区财政局|A⟧
⟦2026年10月12日|D⟧
''',
        rels=[('PENALIZED', '舟山市定海区财政局', '舟山海瑞船舶物资有限公司'),
              ('PENALIZED', '舟山市定海区财政局', '浙江东极通信工程有限公司'),
              ('REFERRED', '舟山市定海区财政局', '舟山市公安局定海分局', '舟定财移〔2026〕8号', '2026年5月12日'),
              ('REFERRED', '舟山市定海区财政局', '舟山市定海区纪委监委', '舟定财移〔2026〕15号', '2026年8月19日'),
              ('LEGAL_REP', '欧阳振', '舟山海瑞船舶物资有限公司'),
              ('HOLDS_POSITION', '欧阳振', '法定代表人', '舟山海瑞船舶物资有限公司'),
              ('HOLDS_POSITION', '贺新郎', '原副局长', '舟山市定海区教育局')],
        notes=COMMON + [
            'A .docx (texts/ holds the plain text). An upward report to the municipal finance bureau is no REFERRED; the transfers it reports are (我局 = the named issuer).',
            'A normative text in 《》 followed by its number in （）: LAW + DOC_NO. A case-document title in 《》 holding a number inside it: the agency and the number inside are annotated (GUIDELINES §2.3), the title itself is not LAW; the letter\'s own number follows the 》 with no bracket. Elliptical numbers (…5号至8号; …3号、4号) give the full first number and the bare 8号/4号 as DOC_NO (*unsure*).',
            'The penalties reported as done by the issuer are PENALIZED. 贺新郎 is a name that is also the title of a classical tune. The project is not bid on by a named party: no BID_ON.',
        ],
    ),
]
