"""dev7 — 8 letters centred on persons (hand annotation, inline ⟦text|L⟧ marks).

Places: Henan (Xinyang Shihe), Hubei (Jingzhou Shashi), Jiangxi (Jiujiang Lianxi), Anhui (Anqing
Yixiu), Tibet (Lhasa Chengguan), Qinghai (Xining Chengxi), Ningxia (Yinchuan Xingqing), Hainan
(Haikou Meilan, traditional characters). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Form labels 承办人, 经办人, 联系人, 签收人, 记录人, 约谈人, 被约谈人, 举报人, 投诉人 are not POSITION; '
    'the names after them are PERSON.',
    '我局, 你委, 贵局, 该公司, 该同志 and other pronouns are not annotated; 有关人员, 信息 are not persons.',
]

DOCS = [
    dict(
        file='ysh-xinyang-2026-5.txt', fmt='utf-8', kind='other', violations=['interference'],
        issuer='信阳市浉河区财政局',
        body='''
⟦信阳市浉河区财政局|A⟧
⟦浉财函〔2026〕5号|N⟧
关于移送浉河区中小学课桌椅采购项目有关人员违规干预问题线索的函
⟦信阳市浉河区纪委监委|A⟧：
⟦2026年4月2日|D⟧，我局收到举报人⟦赵某|P⟧实名举报信，反映浉河区中小学课桌椅采购项目（项目编号：⟦XYSH-2026-017|J⟧）评审过程中存在打招呼问题。经核查，⟦信阳市浉河区教育体育局|A⟧⟦副局长|T⟧⟦欧阳明轩|P⟧在评审前分别与⟦评标专家|T⟧⟦王某甲|P⟧、⟦王某乙|P⟧通话，要求对⟦信阳豫南教学设备有限公司|C⟧“多加照顾”；该公司最终中标，中标金额⟦人民币186.4万元|M⟧。⟦王某甲|P⟧、⟦王某乙|P⟧均承认曾接到电话。
⟦欧阳明轩|P⟧系中共党员、公职人员，根据有关规定，现将该问题线索移送你委处理。举报人信息请注意保密。
附件：1.举报信复印件；2.询问笔录3份。
承办人：⟦邸文博|P⟧（0376-6201xxx）
⟦信阳市浉河区财政局|A⟧
⟦2026年4月20日|D⟧
''',
        rels=[
            ('REFERRED', '信阳市浉河区财政局', '信阳市浉河区纪委监委', '浉财函〔2026〕5号', '2026年4月20日'),
            ('HOLDS_POSITION', '欧阳明轩', '副局长', '信阳市浉河区教育体育局'),
            ('HOLDS_POSITION', '王某甲', '评标专家', None),
            ('HOLDS_POSITION', '王某乙', '评标专家', None),
            ('BID_ON', '信阳豫南教学设备有限公司', 'XYSH-2026-017'),
        ],
        notes=COMMON + [
            '王某甲 / 王某乙: masked persons told apart by 甲/乙, each a PERSON; 评标专家 shared by both gives '
            'HOLDS_POSITION to each, org null (an expert sits for the committee, not for an organisation).',
            '举报人赵某: PERSON 赵某; 举报人 is a procedural role. 承办人：邸文博（phone） — the phone is not annotated.',
            '中标 gives BID_ON to the project number. REFERRED date = the letter date (no other transfer date).',
        ],
    ),
    dict(
        file='hz-jingzhou-2026-12.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='荆州市公安局沙市区分局',
        body='''
移送案件回执
⟦荆州市沙市区财政局|A⟧：
你局《关于移送⟦荆州楚天建设工程有限公司|C⟧涉嫌串通投标案件的函》（⟦沙财函〔2026〕12号|N⟧）及案件材料共27页已于⟦2026年5月8日|D⟧收悉。
案件涉及人员：⟦荆州楚天建设工程有限公司|C⟧⟦法定代表人|T⟧⟦司马俊|P⟧，该公司⟦项目经理|T⟧⟦张某1|P⟧，⟦荆州江汉路桥有限公司|C⟧⟦投标授权代表|T⟧⟦张某2|P⟧及其弟⟦张某3|P⟧。
经审查，我局已依法受理。
经办人：⟦仝晓峰|P⟧　联系电话：0716-8412xxx
签收人：⟦亓海涛|P⟧
⟦荆州市公安局沙市区分局|A⟧（盖章）
⟦2026年5月9日|D⟧
''',
        rels=[
            ('REFERRED', '荆州市沙市区财政局', '荆州市公安局沙市区分局', '沙财函〔2026〕12号', None),
            ('LEGAL_REP', '司马俊', '荆州楚天建设工程有限公司'),
            ('HOLDS_POSITION', '司马俊', '法定代表人', '荆州楚天建设工程有限公司'),
            ('HOLDS_POSITION', '张某1', '项目经理', '荆州楚天建设工程有限公司'),
            ('HOLDS_POSITION', '张某2', '投标授权代表', '荆州江汉路桥有限公司'),
        ],
        notes=COMMON + [
            'A receipt gives the original transfer (finance → police, receiver 我局 = the signing police branch), '
            'with the letter number; 收悉 on 2026年5月8日 is the receipt date, not a stated transfer date: date null.',
            '张某1 / 张某2 / 张某3: numbered masked persons, each PERSON. 其弟张某3: kin word, no POSITION.',
            '投标授权代表 is POSITION (like 投标授权代表 in the guidelines). 该公司项目经理 → org 荆州楚天建设工程有限公司.',
            'No BID_ON: the receipt names no project number.',
        ],
    ),
    dict(
        file='ytjl-jiujiang-2026-3.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='九江市濂溪区财政局',
        body='''
⟦九江市濂溪区财政局|A⟧约谈记录
时间：⟦2026年3月17日|D⟧ 9时30分
地点：本局三楼会议室
约谈人：⟦上官婉清|P⟧（⟦区财政局|A⟧⟦副局长|T⟧）、⟦诸葛文杰|P⟧（政府采购监督管理股⟦股长|T⟧）
被约谈人：⟦尉迟国梁|P⟧（⟦九江浔阳信息技术有限公司|C⟧⟦总经理|T⟧）
记录人：⟦甯小雨|P⟧
约谈事由：⟦九江浔阳信息技术有限公司|C⟧参加濂溪区智慧校园建设项目（项目编号：⟦LXCG2026-008|J⟧）投标，其投标文件所附业绩合同与⟦九江市濂溪区教育局|A⟧存档信息不符。
约谈内容：
⟦上官婉清|P⟧：今天参加约谈的同志们有我、⟦诸葛文杰|P⟧⟦股长|T⟧和记录人⟦甯小雨|P⟧。请你就你公司投标文件中业绩材料的问题说明情况。
⟦尉迟国梁|P⟧：投标文件由公司有关人员制作，我本人没有仔细审核。
⟦诸葛文杰|P⟧：具体是谁制作的？
⟦尉迟国梁|P⟧：是⟦原商务专员|T⟧⟦皇甫莉|P⟧，已经离职了。
⟦上官婉清|P⟧：请你公司在五个工作日内提交书面说明，并提供业绩合同原件。
被约谈人签字：⟦尉迟国梁|P⟧
记录人签字：⟦甯小雨|P⟧
''',
        rels=[
            ('HOLDS_POSITION', '上官婉清', '副局长', '九江市濂溪区财政局'),
            ('HOLDS_POSITION', '诸葛文杰', '股长', '九江市濂溪区财政局'),
            ('HOLDS_POSITION', '尉迟国梁', '总经理', '九江浔阳信息技术有限公司'),
            ('HOLDS_POSITION', '皇甫莉', '原商务专员', '九江浔阳信息技术有限公司'),
            ('BID_ON', '九江浔阳信息技术有限公司', 'LXCG2026-008'),
        ],
        aliases={'区财政局': '九江市濂溪区财政局'},
        unmarked=[],
        notes=COMMON + [
            'Speaker labels of the minutes (上官婉清：…) are PERSON mentions, every one annotated.',
            '政府采购监督管理股股长: an unnamed sub-unit of the bureau, not annotated; the 股长 org is the bureau. '
            '诸葛文杰股长 (name before title) is a second mention pair, deduplicated with the first.',
            '同志们 and 你公司 are not annotated. 原商务专员: 原 adjacent, kept in the POSITION span.',
            '地点：本局三楼会议室 — a place, not annotated.',
        ],
    ),
    dict(
        file='qksm-anqing-2026.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer=None,
        body='''
关于安庆市宜秀区道路照明改造项目投诉事项的情况说明
⟦安庆市宜秀区财政局|A⟧：
我公司⟦安徽皖江照明工程有限公司|C⟧（⟦法定代表人|T⟧⟦令狐海燕|P⟧）于⟦2026年1月15日|D⟧参加安庆市宜秀区道路照明改造项目（项目编号：⟦YXCG-2026-0112|J⟧）投标，并被确定为第一中标候选人。⟦2026年2月26日|D⟧，投诉人（联系人）⟦孙某|P⟧向贵局投诉，称我公司拟派⟦项目经理|T⟧⟦东方立诚|P⟧同时在其他在建项目任职。现将有关情况说明如下：
一、⟦东方立诚|P⟧原为⟦安庆大观市政工程有限公司|C⟧承建的怀宁县某道路项目的⟦项目经理|T⟧，该项目已于⟦2025年12月20日|D⟧竣工验收，有关人员变更手续已办理完毕。
二、其妻⟦汪某某|P⟧确系⟦安庆市宜秀区住房和城乡建设局|A⟧⟦职工|T⟧，但不参与本项目的任何工作，该同志也未参与项目评审。
三、我公司投标文件中所附⟦东方立诚|P⟧的社保缴纳信息真实有效。
特此说明。
联系人：⟦程某|P⟧，电话：1385561xxxx
⟦安徽皖江照明工程有限公司|C⟧（盖章）
⟦法定代表人|T⟧：⟦令狐海燕|P⟧
⟦2026年3月2日|D⟧
''',
        rels=[
            ('LEGAL_REP', '令狐海燕', '安徽皖江照明工程有限公司'),
            ('HOLDS_POSITION', '令狐海燕', '法定代表人', '安徽皖江照明工程有限公司'),
            ('HOLDS_POSITION', '东方立诚', '项目经理', '安徽皖江照明工程有限公司'),
            ('HOLDS_POSITION', '东方立诚', '项目经理@1', '安庆大观市政工程有限公司'),
            ('HOLDS_POSITION', '汪某某', '职工', '安庆市宜秀区住房和城乡建设局'),
            ('BID_ON', '安徽皖江照明工程有限公司', 'YXCG-2026-0112'),
        ],
        notes=COMMON + [
            'Written by a company: doc.issuer null (issuer must be an agency).',
            '投诉人（联系人）孙某: PERSON 孙某; the complainant is not assumed to have bid.',
            '其妻汪某某: kin word, not POSITION; 职工 of the housing bureau is POSITION (staff role).',
            '东方立诚 is 项目经理 of two companies: two HOLDS_POSITION with different org. The signature '
            '法定代表人：令狐海燕 repeats the first pair (deduplicated).',
            'violations: the complaint alleges the project manager holds another post (other).',
        ],
    ),
    dict(
        file='xzdc-lasa-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='拉萨市城关区财政局',
        body='''
⟦拉萨市城关区财政局|A⟧
协助调查函
⟦城财采函〔2026〕7号|N⟧
⟦拉萨市市场监督管理局|A⟧：
我局在处理城关区农牧民技能培训服务项目（项目编号：⟦LSCG-2026-FW021|J⟧）投诉过程中，投诉人反映两家投标人存在关联关系、涉嫌串通投标，需核实有关公司股东及任职人员情况。据投标文件载明，⟦西藏雪域职业技能培训有限公司|C⟧⟦法定代表人|T⟧为⟦次仁旺堆|P⟧，⟦监事|T⟧为⟦扎西·多吉|P⟧；另一投标人⟦拉萨圣城教育咨询有限公司|C⟧⟦执行董事|T⟧⟦央金卓玛|P⟧与⟦扎西·多吉|P⟧系夫妻关系。⟦次仁旺堆|P⟧曾于⟦2025年8月|D⟧在⟦拉萨圣城教育咨询有限公司|C⟧任职。
请贵局协助提供上述两家公司的登记及变更信息，并于⟦2026年6月10日|D⟧前函复我局。
联系人：⟦格桑|P⟧　0891-6326xxx
⟦拉萨市城关区财政局|A⟧
⟦2026年5月27日|D⟧
''',
        rels=[
            ('LEGAL_REP', '次仁旺堆', '西藏雪域职业技能培训有限公司'),
            ('HOLDS_POSITION', '次仁旺堆', '法定代表人', '西藏雪域职业技能培训有限公司'),
            ('HOLDS_POSITION', '扎西·多吉', '监事', '西藏雪域职业技能培训有限公司'),
            ('HOLDS_POSITION', '央金卓玛', '执行董事', '拉萨圣城教育咨询有限公司'),
            ('BID_ON', '西藏雪域职业技能培训有限公司', 'LSCG-2026-FW021'),
            ('BID_ON', '拉萨圣城教育咨询有限公司', 'LSCG-2026-FW021'),
        ],
        notes=COMMON + [
            '扎西·多吉 (with ·), 次仁旺堆, 央金卓玛 (Tibetan, no ·), 格桑 (two characters): each one PERSON span.',
            'An assistance request to the market regulator is not REFERRED.',
            '次仁旺堆曾…在拉萨圣城教育咨询有限公司任职: no title stated, no HOLDS_POSITION. 投标文件载明 / '
            '另一投标人 give BID_ON to both companies.',
        ],
    ),
    dict(
        file='fk-xining-2026-4.txt', fmt='gb18030', kind='other', violations=['interference'],
        issuer='中共西宁市城西区纪律检查委员会',
        body='''
⟦中共西宁市城西区纪律检查委员会|A⟧
关于问题线索办理结果的反馈
⟦西区纪函〔2026〕4号|N⟧
⟦西宁市城西区财政局|A⟧：
你局《关于移送⟦城西区卫生健康局|A⟧有关人员违规问题线索的函》（⟦西财函〔2026〕2号|N⟧）收悉。经查，现将办理结果反馈如下：
⟦西宁市城西区卫生健康局|A⟧⟦副局长|T⟧⟦巴特尔|P⟧在城西区基层医疗机构设备采购项目（项目编号：⟦XNCX-2025-0309|J⟧）评审期间，向⟦评审专家|T⟧⟦乌兰其其格|P⟧、⟦邸建国|P⟧明示倾向性意见，影响评审结果。⟦巴特尔|P⟧对上述问题供认不讳。
经⟦区纪委常委会|A⟧会议研究，决定给予⟦巴特尔|P⟧党内严重警告处分；由⟦区监委|A⟧给予其政务记过处分。⟦乌兰其其格|P⟧、⟦邸建国|P⟧非中共党员、非公职人员，其违反评审纪律问题现移交你局依法处理。
特此反馈。
⟦中共西宁市城西区纪律检查委员会|A⟧
⟦西宁市城西区监察委员会|A⟧
⟦2026年6月3日|D⟧
''',
        rels=[
            ('REFERRED', '西宁市城西区财政局', '中共西宁市城西区纪律检查委员会', '西财函〔2026〕2号', None),
            ('REFERRED', '中共西宁市城西区纪律检查委员会', '西宁市城西区财政局', '西区纪函〔2026〕4号', '2026年6月3日'),
            ('HOLDS_POSITION', '巴特尔', '副局长', '西宁市城西区卫生健康局'),
            ('HOLDS_POSITION', '乌兰其其格', '评审专家', None),
            ('HOLDS_POSITION', '邸建国', '评审专家', None),
            ('PENALIZED', '区纪委常委会', '巴特尔'),
            ('PENALIZED', '区监委', '巴特尔'),
        ],
        aliases={'城西区卫生健康局': '西宁市城西区卫生健康局', '区监委': '西宁市城西区监察委员会'},
        notes=COMMON + [
            'GB18030. 巴特尔, 乌兰其其格 (Mongolian, no ·) and 邸建国 (rare surname 邸) are PERSON; 巴特尔 as the '
            'bare subject of a sentence (巴特尔对上述问题供认不讳) is annotated like every other mention.',
            'The agency inside the quoted letter title is annotated (guidelines §2.3) and aliased.',
            '区纪委常委会 is AGENCY (level-prefixed body) and, as the deciding body of the party sanction, the '
            'PENALIZED source; 区监委 (alias of the signature organ) decides the 政务处分.',
            '移交你局 of the experts\' conduct is REFERRED from the issuer (first-listed organ) with this letter\'s '
            'number and date; the original finance referral is given with its number and no date.',
            'No BID_ON: no bidder is named.',
        ],
    ),
    dict(
        file='ysh-yinchuan-2026-9.html', fmt='html', kind='other', violations=['collusion', 'other'],
        issuer='银川市兴庆区财政局',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>兴庆区财政局关于移送问题线索的函</title>
<style>td{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 通知公告</div>
<h2>⟦银川市兴庆区财政局|A⟧关于移送问题线索的函</h2>
<p>⟦兴财函〔2026〕9号|N⟧</p>
<p>⟦银川市兴庆区监察委员会|A⟧：</p>
<p>我局在对兴庆区老旧小区改造监理服务项目（项目编号：⟦YCXQ-2026-JL006|J⟧）开展监督检查时发现，⟦宁夏贺兰山工程监理有限公司|C⟧与⟦宁夏塞上建设咨询有限公司|C⟧的投标文件由同一人编制，且⟦银川市兴庆区住房和城乡建设局|A⟧有关人员涉嫌泄露评标信息。涉及人员如下：</p>
<table>
<tr><td>序号</td><td>姓名</td><td>单位</td><td>职务</td></tr>
<tr><td>1</td><td>⟦马某某|P⟧</td><td>⟦银川市兴庆区住房和城乡建设局|A⟧</td><td>⟦科员|T⟧</td></tr>
<tr><td>2</td><td>⟦阿依古丽·买买提|P⟧</td><td>⟦宁夏贺兰山工程监理有限公司|C⟧</td><td>⟦总监理工程师|T⟧</td></tr>
<tr><td>3</td><td>⟦纳某|P⟧</td><td>⟦宁夏塞上建设咨询有限公司|C⟧</td><td>⟦法定代表人|T⟧</td></tr>
</table>
<p>上述人员中，⟦马某某|P⟧系中共党员。根据《⟦中华人民共和国监察法|L⟧》有关规定，现将该问题线索移送你委处理。</p>
<p>经办人：⟦海某|P⟧　联系电话：0951-6012xxx</p>
<p style="text-align:right">⟦银川市兴庆区财政局|A⟧</p>
<p style="text-align:right">⟦2026年4月28日|D⟧</p>
<div class="footer">来源：⟦银川市兴庆区人民政府|A⟧网站　发布时间：⟦2026-04-29|D⟧</div>
</body>
</html>
''',
        rels=[
            ('REFERRED', '银川市兴庆区财政局', '银川市兴庆区监察委员会', '兴财函〔2026〕9号', '2026年4月28日'),
            ('HOLDS_POSITION', '马某某', '科员', '银川市兴庆区住房和城乡建设局'),
            ('HOLDS_POSITION', '阿依古丽·买买提', '总监理工程师', '宁夏贺兰山工程监理有限公司'),
            ('HOLDS_POSITION', '纳某', '法定代表人', '宁夏塞上建设咨询有限公司'),
            ('LEGAL_REP', '纳某', '宁夏塞上建设咨询有限公司'),
            ('BID_ON', '宁夏贺兰山工程监理有限公司', 'YCXQ-2026-JL006'),
            ('BID_ON', '宁夏塞上建设咨询有限公司', 'YCXQ-2026-JL006'),
        ],
        notes=COMMON + [
            'A table of persons: name, unit, post in separate cells (separate lines of the plain text); each row '
            'gives HOLDS_POSITION person → post with org = the unit cell; 法定代表人 also gives LEGAL_REP.',
            '科员 and 总监理工程师 are job titles attached to named persons: POSITION. Column heads 姓名/单位/职务 '
            'are not annotated.',
            'The publishing government in the footer is not the issuer. <title> is in <head> and not part of the text.',
            'violations: bids prepared by one person (collusion), leaking evaluation information (other).',
        ],
    ),
    dict(
        file='fk-haikou-2026-fanti.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='海口市美蘭區財政局',
        body='''
⟦海口市美蘭區財政局|A⟧
關於⟦海公美（經）移字〔2026〕3號|N⟧案件辦理結果的反饋
⟦海口市公安局美蘭分局|A⟧：
貴局《移送案件通知書》（⟦海公美（經）移字〔2026〕3號|N⟧）移送的⟦海南椰城建設工程有限公司|C⟧涉嫌提供虛假材料謀取中標一案，我局已辦理完畢，現將結果反饋如下：
經查，⟦海南椰城建設工程有限公司|C⟧在美蘭區市政道路養護項目（項目編號：⟦HKML-2025-0417|J⟧）投標中，提供了虛假的業績證明。該公司⟦法定代表人|T⟧⟦劉建軍|P⟧、擬派⟦項目經理|T⟧⟦陳偉華|P⟧對此均予承認。⟦陳偉華|P⟧稱業績證明係其表弟⟦林某|P⟧代為製作。
我局於⟦2026年5月12日|D⟧作出行政處罰決定（⟦美蘭財罰〔2026〕2號|N⟧），對⟦海南椰城建設工程有限公司|C⟧處以採購金額千分之十的罰款，計⟦人民幣2.36萬元|M⟧，列入不良行為記錄名單，一年內禁止參加政府採購活動。
特此反饋。
經辦人：⟦符某某|P⟧
⟦海口市美蘭區財政局|A⟧
⟦2026年5月20日|D⟧
''',
        rels=[
            ('REFERRED', '海口市公安局美蘭分局', '海口市美蘭區財政局', '海公美（經）移字〔2026〕3號', None),
            ('PENALIZED', '海口市美蘭區財政局', '海南椰城建設工程有限公司'),
            ('LEGAL_REP', '劉建軍', '海南椰城建設工程有限公司'),
            ('HOLDS_POSITION', '劉建軍', '法定代表人', '海南椰城建設工程有限公司'),
            ('HOLDS_POSITION', '陳偉華', '項目經理', '海南椰城建設工程有限公司'),
            ('BID_ON', '海南椰城建設工程有限公司', 'HKML-2025-0417'),
        ],
        notes=COMMON + [
            'Traditional characters, kept as written (劉建軍, 陳偉華, 項目經理).',
            'The police transferred the case to 我局 = the named issuer: REFERRED police → finance with the '
            'transfer notice number; no transfer date stated.',
            'A past penalty stated by the named issuer (我局…作出行政處罰決定) is PENALIZED.',
            '其表弟林某: kin, no POSITION. 經辦人 is a form label. 擬派 is not part of the POSITION span.',
        ],
    ),
]
