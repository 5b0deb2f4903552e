"""dev11 — decisions and notices (6 documents; hand annotation, inline ⟦text|L⟧ marks).

Places: Shanxi (Datong Pingcheng), Hunan (Zhuzhou Hetang), Hubei (Yichang Wujiagang), Jiangxi (Jiujiang Xunyang),
Guizhou (Guiyang Huaxi), Gansu (Lanzhou Qilihe). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '当事人, 投诉人, 被投诉人, 相关供应商, 委托代理人, 直接责任人 are procedural roles or liability categories (not POSITION).',
    '我局, 本局, 本机关, 你单位, 该公司 and other pronouns are not annotated.',
]

DOCS = [
    dict(
        file='d1-cf-datong-pingcheng-2026-0042.docx', fmt='docx', kind='penalty_decision', violations=['bribery'],
        issuer='大同市平城区市场监督管理局',
        body='''
⟦大同市平城区市场监督管理局|A⟧
行政处罚决定书
⟦平市监处罚字〔2026〕第0042号|N⟧
当事人：⟦山西云冈教学设备有限公司|C⟧
统一社会信用代码：91140202MA0KX3T27B
⟦法定代表人|T⟧：⟦贺志强|P⟧
直接责任人：⟦贺志斌|P⟧，该公司⟦销售部经理|T⟧
　　经查，⟦2025年3月|D⟧至⟦2025年9月|D⟧，当事人为在⟦大同市平城区教育局|A⟧组织的中小学智慧教室设备采购项目（项目编号：⟦PCJY-2025-062|J⟧）中获得交易机会，由其⟦销售部经理|T⟧⟦贺志斌|P⟧先后三次向⟦大同市平城区教育技术装备中心|A⟧⟦工作人员|T⟧⟦郝某某|P⟧给付“咨询费”共计⟦人民币6.5万元|M⟧。当事人最终以⟦人民币2,846,300元|M⟧中标，违法所得⟦人民币31.2万元|M⟧。
　　当事人的上述行为违反了《⟦中华人民共和国反不正当竞争法|L⟧》第七条第一款的规定，构成商业贿赂。依据该法第十九条的规定，本局决定：
　　一、没收违法所得⟦人民币31.2万元|M⟧；
　　二、对当事人处以罚款⟦人民币25万元|M⟧；
　　三、对直接责任人⟦贺志斌|P⟧处以罚款⟦人民币2万元|M⟧。
　　当事人应自收到本决定书之日起十五日内缴清罚没款。如不服本决定，可在收到本决定书之日起六十日内向⟦大同市平城区人民政府|A⟧申请行政复议，或者在六个月内向⟦大同市平城区人民法院|A⟧提起行政诉讼。
⟦大同市平城区市场监督管理局|A⟧
⟦2026年1月19日|D⟧
''',
        rels=[('PENALIZED', '大同市平城区市场监督管理局', '山西云冈教学设备有限公司'),
              ('PENALIZED', '大同市平城区市场监督管理局', '贺志斌'),
              ('LEGAL_REP', '贺志强', '山西云冈教学设备有限公司'),
              ('HOLDS_POSITION', '贺志强', '法定代表人', '山西云冈教学设备有限公司'),
              ('HOLDS_POSITION', '贺志斌', '销售部经理', '山西云冈教学设备有限公司'),
              ('HOLDS_POSITION', '郝某某', '工作人员', '大同市平城区教育技术装备中心'),
              ('BID_ON', '山西云冈教学设备有限公司', 'PCJY-2025-062')],
        notes=COMMON + [
            '双罚 by 市场监管 for commercial bribery: PENALIZED -> the company and -> the 直接责任人 person (dev10 r7). 没收违法所得 is part of the same decision.',
            '直接责任人：name，该公司销售部经理 — 直接责任人 is a liability category (not POSITION); 销售部经理 (department word inside the title) is POSITION, org the company. The post repeated with the same person in the body is one HOLDS_POSITION.',
            'The 装备中心 is a public institution: AGENCY; its 工作人员 attached to a masked name is POSITION.',
            'The winner BID_ON the project. Credit code not annotated. 人民政府 and 人民法院 named in the review clause are AGENCY (no relation).',
            'The same amount 人民币31.2万元 twice: both annotated.',
        ],
    ),
    dict(
        file='d2-tsjd-zhuzhou-hetang-2026-3.txt', fmt='utf-8', kind='complaint_decision',
        violations=['discriminatory_terms', 'false_materials'],
        issuer='株洲市荷塘区财政局',
        body='''
⟦株洲市荷塘区财政局|A⟧
政府采购投诉处理决定书
⟦荷财购决〔2026〕3号|N⟧

投诉人：⟦湖南湘达信息工程有限公司|C⟧
⟦法定代表人|T⟧：⟦龙建军|P⟧
委托代理人：⟦瞿丽娟|P⟧，⟦湖南天恒律师事务所|C⟧⟦律师|T⟧
被投诉人1：⟦株洲市荷塘区城市管理和综合执法局|A⟧（采购人，以下简称“⟦区城管执法局|A⟧”）
被投诉人2：⟦湖南正衡项目管理有限公司|C⟧（采购代理机构，以下简称“⟦正衡公司|C⟧”）
相关供应商：⟦株洲荷塘智慧城市科技有限公司|C⟧，⟦法定代表人|T⟧：⟦向丹|P⟧

　　投诉人对荷塘区数字城管平台升级项目（项目编号：⟦HTCG-2026-0019|J⟧）的中标结果不服，于⟦2026年2月9日|D⟧向本机关提起投诉。投诉事项：1.招标文件设置“须在株洲市设有本地服务网点”的资格条件，排斥外地供应商；2.相关供应商提供的3份类似项目业绩合同中有1份系伪造。
　　本机关查明：招标文件第二章第8项确有上述要求，该条件由⟦区城管执法局|A⟧提出、⟦正衡公司|C⟧编入招标文件；相关供应商提交的业绩合同中，有1份经向合同载明的采购单位核实，不存在该合同。该项目中标金额为⟦人民币1,742,000元|M⟧。
　　本机关认为，投诉事项1、2成立。根据《⟦政府采购质疑和投诉办法|L⟧》第三十一条、第三十二条的规定，决定如下：
　　一、认定该项目中标结果无效，责令⟦区城管执法局|A⟧依法重新开展采购活动；
　　二、责令⟦正衡公司|C⟧改正招标文件编制中的违法行为；
　　三、相关供应商提供虚假材料的问题，本机关另行依法处理。
　　投诉人、被投诉人及相关供应商如对本决定不服，可在收到本决定书之日起60日内依法申请行政复议或提起行政诉讼。

⟦株洲市荷塘区财政局|A⟧
⟦2026年3月23日|D⟧
''',
        rels=[('PENALIZED', '株洲市荷塘区财政局', '株洲市荷塘区城市管理和综合执法局'),
              ('PENALIZED', '株洲市荷塘区财政局', '湖南正衡项目管理有限公司'),
              ('LEGAL_REP', '龙建军', '湖南湘达信息工程有限公司'),
              ('LEGAL_REP', '向丹', '株洲荷塘智慧城市科技有限公司'),
              ('HOLDS_POSITION', '龙建军', '法定代表人', '湖南湘达信息工程有限公司'),
              ('HOLDS_POSITION', '向丹', '法定代表人@1', '株洲荷塘智慧城市科技有限公司'),
              ('HOLDS_POSITION', '瞿丽娟', '律师', '湖南天恒律师事务所'),
              ('BID_ON', '湖南湘达信息工程有限公司', 'HTCG-2026-0019'),
              ('BID_ON', '株洲荷塘智慧城市科技有限公司', 'HTCG-2026-0019')],
        aliases={'区城管执法局': '株洲市荷塘区城市管理和综合执法局', '正衡公司': '湖南正衡项目管理有限公司'},
        notes=COMMON + [
            '责令重新开展采购活动 of the purchaser (a public body) and 责令改正 of the agent: PENALIZED (dev10 r4). 中标无效 alone is not; the supplier\'s false materials are left for a later decision (另行处理): no PENALIZED.',
            'The complainant of an award it contests and the winner (相关供应商) BID_ON (dev10). The agent does not.',
            '委托代理人 is a procedural role; 律师 of a named law firm is POSITION (COMPANY org).',
            '被投诉人1/2 with 以下简称 aliases in brackets; 采购人 and 采购代理机构 in the bracket are roles (not annotated).',
        ],
    ),
    dict(
        file='d3-dlcl-yichang-wujiagang-2026-5-1.txt', fmt='gb18030-crlf', kind='penalty_decision', violations=['other'],
        issuer='宜昌市伍家岗区财政局',
        body='''
⟦宜昌市伍家岗区财政局|A⟧
政府采购代理机构监督检查处理决定书
⟦伍财采监字（2026）第5-1号|N⟧

被检查单位：⟦湖北三峡诚信招标代理有限公司|C⟧（以下简称“⟦诚信招标|C⟧”）
⟦法定代表人|T⟧：⟦田光明|P⟧
⟦项目负责人|T⟧：⟦覃晓东|P⟧

　　根据⟦宜昌市伍家岗区财政局|A⟧《关于开展2026年度政府采购代理机构监督评价工作的通知》（⟦伍财采〔2026〕2号|N⟧），我局于⟦2026年3月10日|D⟧至⟦3月20日|D⟧对⟦诚信招标|C⟧2025年度代理的政府采购项目进行了抽查。经查，⟦诚信招标|C⟧在代理⟦宜昌市伍家岗区卫生健康局|A⟧基层医疗机构信息化建设项目（项目编号：⟦WJGCG-2025-041|J⟧）和⟦伍家岗区大公桥街道办事处|A⟧物业服务项目（项目编号：⟦WJGCG-2025-057|J⟧）时存在以下问题：
　　一、未从政府采购评审专家库中抽取评审专家，由⟦项目负责人|T⟧⟦覃晓东|P⟧自行邀请⟦评审专家|T⟧⟦谭某|P⟧参加评审；
　　二、采购文件、评审报告等档案资料缺失，未按规定保存。
　　上述行为违反了《⟦中华人民共和国政府采购法实施条例|L⟧》第六十八条的规定。我局决定：对⟦诚信招标|C⟧给予警告，并处罚款⟦人民币1.5万元|M⟧，同时记入政府采购不良行为记录。

⟦宜昌市伍家岗区财政局|A⟧
⟦2026年4月28日|D⟧
抄送：⟦宜昌市伍家岗区卫生健康局|A⟧、⟦伍家岗区大公桥街道办事处|A⟧
''',
        rels=[('PENALIZED', '宜昌市伍家岗区财政局', '湖北三峡诚信招标代理有限公司'),
              ('LEGAL_REP', '田光明', '湖北三峡诚信招标代理有限公司'),
              ('HOLDS_POSITION', '田光明', '法定代表人', '湖北三峡诚信招标代理有限公司'),
              ('HOLDS_POSITION', '覃晓东', '项目负责人', '湖北三峡诚信招标代理有限公司'),
              ('HOLDS_POSITION', '谭某', '评审专家', None)],
        unmarked=['评审专家'],
        aliases={'诚信招标': '湖北三峡诚信招标代理有限公司'},
        notes=COMMON + [
            'A handling decision on a procurement agent: 警告 + 罚款 + 不良行为记录: PENALIZED -> the agent. The agent does not BID_ON the projects it runs (dev10).',
            '项目负责人：name in the header block and 项目负责人 before the name in 一、: POSITION (GUIDELINES procurement role), org the agent; one HOLDS_POSITION. '
            '评审专家 attached to 谭某: POSITION, org null; 评审专家库中抽取评审专家 is generic (unmarked).',
            'Own number （2026）第5-1号 with 字 and a -1 suffix: one DOC_NO. The inspection notice title in 《》 is a case notice, not LAW; its number is DOC_NO; the issuer name inside it is annotated.',
            'Short name 诚信招标 (以下简称, no 公司) is COMPANY, aliased. 2025年度, 2026年度 are year-level. Inspection period 2026年3月10日至3月20日: two DATEs.',
            'GB18030 with CRLF line ends.',
        ],
    ),
    dict(
        file='d4-tb-jiujiang-xunyang-2026-2.txt', fmt='utf-8', kind='discipline_notice',
        violations=['interference', 'bribery', 'other'],
        issuer='中共九江市浔阳区纪委',
        body='''
⟦中共九江市浔阳区纪委|A⟧　⟦九江市浔阳区监委|A⟧
关于三起公共资源交易领域违纪违法典型问题的通报
⟦浔纪通〔2026〕2号|N⟧

各乡镇（街道）纪（工）委，区直各单位：
　　为深化公共资源交易领域突出问题专项整治，现将近期查处的三起典型问题通报如下：
　　一、⟦区教育体育局|A⟧⟦原党组成员|T⟧、⟦副局长|T⟧⟦熊卫东|P⟧违规干预校服采购问题。2023年至2024年，⟦熊卫东|P⟧利用分管装备工作的职务便利，授意采购代理机构在招标文件中设置倾向性条款，帮助其亲属实际控制的⟦九江市锦绣服饰有限公司|C⟧中标，收受该公司⟦负责人|T⟧⟦程某某|P⟧所送财物折合⟦人民币9.6万元|M⟧。⟦2026年2月|D⟧，⟦熊卫东|P⟧受到开除党籍、开除公职处分，其涉嫌犯罪问题被移送检察机关依法审查起诉。
　　二、⟦区公共资源交易中心|A⟧⟦场地管理员|T⟧⟦刘淑娟|P⟧泄露评标专家名单问题。⟦2025年4月|D⟧，⟦刘淑娟|P⟧将某工程项目评标专家抽取结果透露给投标人⟦江西浔城建设有限公司|C⟧⟦员工|T⟧⟦黄某|P⟧。⟦2025年6月|D⟧，⟦区监委|A⟧给予⟦刘淑娟|P⟧政务记过处分。
　　三、⟦湓浦街道办事处建设管理所|A⟧⟦所长|T⟧⟦万里|P⟧违规接受施工单位宴请问题。⟦2025年10月|D⟧，⟦万里|P⟧同志接受辖区在建项目施工单位⟦九江恒达路桥工程有限公司|C⟧安排的宴请。⟦区纪委|A⟧给予⟦万里|P⟧党内警告处分，⟦湓浦街道办事处|A⟧⟦党工委书记|T⟧⟦黄建华|P⟧被诫勉谈话。
　　各单位要以案为鉴……

⟦中共九江市浔阳区纪委|A⟧
⟦九江市浔阳区监委|A⟧
⟦2026年3月5日|D⟧
''',
        rels=[('PENALIZED', '九江市浔阳区监委', '刘淑娟'),
              ('PENALIZED', '中共九江市浔阳区纪委', '万里'),
              ('HOLDS_POSITION', '熊卫东', '原党组成员', '区教育体育局'),
              ('HOLDS_POSITION', '熊卫东', '副局长', '区教育体育局'),
              ('HOLDS_POSITION', '程某某', '负责人', '九江市锦绣服饰有限公司'),
              ('HOLDS_POSITION', '刘淑娟', '场地管理员', '区公共资源交易中心'),
              ('HOLDS_POSITION', '黄某', '员工', '江西浔城建设有限公司'),
              ('HOLDS_POSITION', '万里', '所长', '湓浦街道办事处建设管理所'),
              ('HOLDS_POSITION', '黄建华', '党工委书记', '湓浦街道办事处')],
        aliases={'区监委': '九江市浔阳区监委', '区纪委': '中共九江市浔阳区纪委'},
        notes=[
            '我区, 各单位, 检察机关, 采购代理机构 are generic or pronouns (not annotated).',
            'Three items, each with person, post, body and sanction. Item 一: 受到开除党籍、开除公职处分 is passive with no named agent: no PENALIZED (GUIDELINES); 被移送检察机关 with a generic receiver: not REFERRED.',
            'Item 二: 区监委给予…政务记过 and item 三: 区纪委给予…党内警告: PENALIZED by the deciding organ. 诫勉谈话 is not a 处分 and is passive: no PENALIZED.',
            '原党组成员、副局长: two POSITIONs (原 stays with the first, dev10). 场地管理员 is a staff role (POSITION). 万里 is a two-character name; 同志 outside.',
            '区教育体育局, 区公共资源交易中心 (level-prefixed, no full name in the text): AGENCY, no alias. 湓浦街道办事处建设管理所 is a named sub-unit (maximal span); 湓浦街道办事处 alone is AGENCY.',
            'Year-level 2023年至2024年 is not DATE. No project number: no BID_ON. 泄露评标专家名单 and 接受宴请: other; 设置倾向性条款 by an official: interference.',
        ],
    ),
    dict(
        file='d5-blxw-guiyang-huaxi-2026-7.html', fmt='html', kind='penalty_decision',
        violations=['false_materials', 'collusion'],
        issuer='贵阳市花溪区公共资源交易监督管理办公室',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>不良行为记录公告</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="crumb">首页 &gt; 信用信息 &gt; 不良行为记录</div>
<h2>⟦贵阳市花溪区公共资源交易监督管理办公室|A⟧关于⟦贵州筑城建工有限公司|C⟧等2家单位及1名个人不良行为记录的公告</h2>
<p class="no">⟦花公管〔2026〕7号|N⟧</p>
<p>根据《⟦贵州省公共资源交易市场主体不良行为记录管理办法|L⟧》的规定，现将以下市场主体的不良行为予以记录并公告：</p>
<table>
<tr><th>序号</th><th>记录对象</th><th>不良行为</th><th>处理依据</th><th>记录期限</th></tr>
<tr><td>1</td><td>⟦贵州筑城建工有限公司|C⟧（⟦法定代表人|T⟧：⟦罗勇|P⟧）</td><td>在花溪区青岩镇污水管网工程（项目编号：⟦HXGC-2025-112|J⟧）投标中提供虚假业绩</td><td>⟦花住建罚〔2026〕3号|N⟧</td><td>⟦2026年4月1日|D⟧至⟦2027年3月31日|D⟧</td></tr>
<tr><td>2</td><td>⟦贵阳黔灵劳务有限公司|C⟧（⟦法定代表人|T⟧：⟦吴光芬|P⟧）</td><td>在同一工程投标中与⟦贵州筑城建工有限公司|C⟧串通投标</td><td>⟦花公管处〔2026〕2号|N⟧</td><td>⟦2026年4月1日|D⟧至⟦2027年3月31日|D⟧</td></tr>
<tr><td>3</td><td>⟦杨秀梅|P⟧（⟦贵州筑城建工有限公司|C⟧⟦项目经理|T⟧）</td><td>同一工程投标中提供虚假的项目经理业绩证明</td><td>⟦花住建罚〔2026〕3号|N⟧</td><td>⟦2026年4月1日|D⟧至⟦2026年9月30日|D⟧</td></tr>
</table>
<p>其中，⟦贵州筑城建工有限公司|C⟧已被⟦贵阳市花溪区住房和城乡建设局|A⟧处以罚款⟦人民币7.2万元|M⟧；⟦贵阳黔灵劳务有限公司|C⟧由我办责令改正并暂停其在我区参与公共资源交易活动6个月。</p>
<p>记录期内，相关市场主体参加我区公共资源交易活动时将依法受到限制。</p>
<p style="text-align:right">⟦贵阳市花溪区公共资源交易监督管理办公室|A⟧<br>⟦2026年4月1日|D⟧</p>
<div class="foot">主办：⟦贵阳市花溪区人民政府|A⟧　技术支持：⟦贵州数联信息科技有限公司|C⟧</div>
</body>
</html>
''',
        rels=[('PENALIZED', '贵阳市花溪区公共资源交易监督管理办公室', '贵州筑城建工有限公司'),
              ('PENALIZED', '贵阳市花溪区公共资源交易监督管理办公室', '贵阳黔灵劳务有限公司'),
              ('PENALIZED', '贵阳市花溪区公共资源交易监督管理办公室', '杨秀梅'),
              ('PENALIZED', '贵阳市花溪区住房和城乡建设局', '贵州筑城建工有限公司'),
              ('LEGAL_REP', '罗勇', '贵州筑城建工有限公司'),
              ('LEGAL_REP', '吴光芬', '贵阳黔灵劳务有限公司'),
              ('HOLDS_POSITION', '罗勇', '法定代表人', '贵州筑城建工有限公司'),
              ('HOLDS_POSITION', '吴光芬', '法定代表人@1', '贵阳黔灵劳务有限公司'),
              ('HOLDS_POSITION', '杨秀梅', '项目经理', '贵州筑城建工有限公司'),
              ('BID_ON', '贵州筑城建工有限公司', 'HXGC-2025-112'),
              ('BID_ON', '贵阳黔灵劳务有限公司', 'HXGC-2025-112')],
        unmarked=['项目经理'],
        notes=[
            '我办, 我区 are pronouns (not annotated).',
            'A 不良行为记录 notice by the 公管办 is a sanction on each recorded party (dev10 r8: 不良行为记录 is a sanction): PENALIZED -> two companies and one person. The past fine by the named 住建局 stated as fact: PENALIZED too (dev6).',
            'Table cells: 法定代表人：name in the party cell is POSITION + LEGAL_REP; 项目经理 of a named company after the person\'s name: POSITION.',
            'Penalty-decision numbers in the 处理依据 column are DOC_NO; each end of a record period is DATE.',
            'Row 2 (同一工程): the 2nd company BID_ON the number given in row 1. Page chrome (主办, 技术支持) is annotated; 主办 is not the issuer.',
        ],
    ),
    dict(
        file='d6-ytzs-lanzhou-qilihe-2026-2.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'discriminatory_terms'],
        issuer='兰州市七里河区财政局',
        body='''
约谈通知书
⟦七财约谈〔2026〕第2号|N⟧

⟦兰州市七里河区农业农村局|A⟧：
　　我局在政府采购监督检查中发现，你单位组织实施的七里河区高标准农田建设配套设备采购项目（项目编号：⟦QLHNY2025-009|J⟧，预算金额⟦人民币486万元|M⟧）存在以下问题：一是部分设备在采购合同签订前已由⟦甘肃陇兴农机有限公司|C⟧进场安装，存在“先上车后补票”情形；二是采购需求中指定水肥一体化设备品牌，排斥潜在供应商。
　　根据《⟦甘肃省政府采购监督管理约谈办法|L⟧》的规定，请你单位主要负责人或分管负责人于⟦2026年5月12日|D⟧上午9时到我局三楼会议室接受约谈，并通知采购代理机构⟦甘肃金城招标有限公司|C⟧⟦项目负责人|T⟧⟦马占福|P⟧同时参加。
　　约谈人：⟦兰州市七里河区财政局|A⟧⟦党组成员|T⟧、⟦副局长|T⟧　⟦闵慧芳|P⟧
　　联系人：⟦祁文|P⟧　电话：0931-2336018

⟦兰州市七里河区财政局|A⟧（公章）
⟦2026年5月6日|D⟧
''',
        rels=[('HOLDS_POSITION', '马占福', '项目负责人', '甘肃金城招标有限公司'),
              ('HOLDS_POSITION', '闵慧芳', '党组成员', '兰州市七里河区财政局'),
              ('HOLDS_POSITION', '闵慧芳', '副局长', '兰州市七里河区财政局'),
              ('BID_ON', '甘肃陇兴农机有限公司', 'QLHNY2025-009')],
        notes=[
            '我局, 你单位 are pronouns (not annotated). 主要负责人, 分管负责人 are not attached to a named person: not annotated.',
            '约谈 is not a sanction (dev6): no PENALIZED. Kind other (a notice, not a decision).',
            'Posts written before the name with a wide space (党组成员、副局长　闵慧芳): two POSITIONs, org the bureau named just before. 项目负责人 of the named agent attached to 马占福: POSITION (procurement role).',
            'The supplier that installed the goods holds the contract of the numbered project: BID_ON (dev10, unsure). The agent does not BID_ON.',
            '“先上车后补票” (contract after performance) is no_procurement; 指定品牌 is discriminatory_terms.',
        ],
    ),
]
