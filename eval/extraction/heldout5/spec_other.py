"""heldout5 — other shapes (5): minutes, interview record, register extract, situation report, appointment notice.
Inline marks ⟦text|L⟧, see ../dev6/goldkit.py."""

DOCS = []

DOCS.append(dict(
    file='jy-pingyuan-2026-1.txt', fmt='utf-8', kind='other', violations=['collusion'],
    issuer='平远县发展和改革局办公室',
    body='''
平远县公共资源交易监管联席会议纪要
〔2026〕第1期

⟦平远县发展和改革局办公室|A⟧　　　　　　　　⟦2026年1月22日|D⟧印发

⟦2026年1月20日|D⟧上午，平远县公共资源交易监管联席会议2026年第一次全体会议在三楼会议室召开。会议由⟦县发展和改革局|A⟧⟦局长|T⟧、联席会议召集人⟦林国栋|P⟧同志主持，⟦县纪委监委|A⟧、⟦县财政局|A⟧、⟦县公安局|A⟧、⟦县审计局|A⟧、⟦县市场监督管理局|A⟧、⟦县住房和城乡建设局|A⟧、⟦县公共资源交易中心|A⟧等成员单位分管负责同志参加。现将会议议定事项纪要如下：
一、关于⟦平远县差干镇卫生院|A⟧门诊楼改造工程（项目编号：⟦PYJS-2025-041|J⟧）串通投标线索。⟦县公共资源交易中心|A⟧通报：该项目投标人⟦梅州市平达建设工程有限公司|C⟧、⟦平远县仁居建筑工程有限公司|C⟧、⟦梅州市五指石建设有限公司|C⟧的投标文件由同一MAC地址上传，且三家公司投标保证金于同一时段自同一网银终端缴纳。该线索已于⟦1月15日|D⟧由⟦县公共资源交易中心|A⟧移送⟦县住房和城乡建设局|A⟧调查处理。会议要求：⟦县住房和城乡建设局|A⟧在调查中发现涉嫌犯罪的，及时移送⟦县公安局|A⟧。
二、关于⟦县审计局|A⟧移送⟦县纪委监委|A⟧的⟦平远县教育局|A⟧违规采购问题线索（⟦平审移〔2025〕7号|N⟧）。⟦县纪委监委|A⟧通报：已于⟦2025年12月|D⟧受理，正在核查。
三、建立联席会议季度例会制度，每季度末月召开一次，遇重大事项可临时召开；由⟦县发展和改革局|A⟧负责会议组织和议定事项督办。
四、各成员单位各确定一名联络员。⟦县财政局|A⟧联络员为政府采购股⟦股长|T⟧⟦曾玉婷|P⟧（电话：0753-8821xxx），⟦县公安局|A⟧联络员为经侦大队⟦教导员|T⟧⟦黄志成|P⟧。

出席：⟦林国栋|P⟧（⟦县发展和改革局|A⟧）、⟦邱志华|P⟧（⟦县纪委监委|A⟧）、⟦凌秀英|P⟧（⟦县财政局|A⟧）、⟦黄建新|P⟧（⟦县公安局|A⟧）、⟦姚建明|P⟧（⟦县审计局|A⟧）、⟦韩冬梅|P⟧（⟦县市场监督管理局|A⟧）、⟦刘春生|P⟧（⟦县住房和城乡建设局|A⟧）、⟦谢文斌|P⟧（⟦县公共资源交易中心|A⟧）
记录：⟦刘雅婷|P⟧
''',
    rels=[('REFERRED', '县公共资源交易中心', '县住房和城乡建设局', None, '1月15日'),
          ('REFERRED', '县审计局', '县纪委监委', '平审移〔2025〕7号'),
          ('HOLDS_POSITION', '林国栋', '局长', '县发展和改革局'),
          ('HOLDS_POSITION', '曾玉婷', '股长', '县财政局'),
          ('HOLDS_POSITION', '黄志成', '教导员', '县公安局'),
          ('BID_ON', '梅州市平达建设工程有限公司', 'PYJS-2025-041'),
          ('BID_ON', '平远县仁居建筑工程有限公司', 'PYJS-2025-041'),
          ('BID_ON', '梅州市五指石建设有限公司', 'PYJS-2025-041')],
    notes=['Level-prefixed agencies (县财政局 …) are AGENCY and canonical here (the full names never occur).',
           'The meeting name 平远县公共资源交易监管联席会议 contains no agency name; not annotated. 〔2026〕第1期 is an issue '
           'number of minutes, not a document number: not annotated.',
           'The stated past transfer (交易中心 → 住建局, 1月15日) is REFERRED; the conditional instruction (涉嫌犯罪的，及时移送县公安局) is not.',
           '召集人, 联络员, 出席 and 记录 are not POSITION; 同志 is outside the PERSON span. Attendance lines (name + agency in '
           'brackets) give no HOLDS_POSITION (no title).',
           '股长 of 政府采购股 and 教导员 of 经侦大队: the unnamed internal unit is not annotated; org the bureau.'],
))

DOCS.append(dict(
    file='yt-huoshan-2026-0312.docx', fmt='docx', kind='other', violations=['discriminatory_terms', 'other'],
    issuer='霍山县财政局',
    body='''
⟦霍山县财政局|A⟧
政府采购约谈记录
编号：⟦霍财约〔2026〕3号|N⟧
约谈时间：⟦2026年3月12日|D⟧ 9:30—10:40
约谈地点：第三会议室
约谈人：⟦霍山县财政局|A⟧⟦副局长|T⟧ ⟦储德明|P⟧、政府采购监督管理股⟦股长|T⟧ ⟦江春燕|P⟧
被约谈单位：⟦霍山县妇幼保健院|A⟧
被约谈人：⟦院长|T⟧ ⟦何光辉|P⟧、总务科⟦科长|T⟧ ⟦汪丽萍|P⟧
被约谈单位：⟦六安市皖西招标代理有限公司|C⟧
被约谈人：⟦总经理|T⟧ ⟦潘志鹏|P⟧（电话：1395641xxxx）、⟦项目经理|T⟧ ⟦鲍晓雯|P⟧
记录人：⟦张婷|P⟧
约谈事由：⟦霍山县妇幼保健院|A⟧2025年医用耗材配送服务采购项目（项目编号：⟦HSCG2025-1106|J⟧）采购文件设置“本地注册企业加分”“近三年六安市内业绩”等条款，以不合理条件对供应商实行差别待遇；采购代理机构在收到质疑后超过7个工作日未作答复。
约谈内容：
⟦储德明|P⟧：根据《⟦政府采购需求管理办法|L⟧》和《⟦中华人民共和国政府采购法实施条例|L⟧》第二十条的规定，上述条款属于以不合理条件对供应商实行差别待遇或者歧视待遇的情形。请采购人和代理机构说明情况。
⟦何光辉|P⟧：我院接受约谈意见。相关条款是科室为保证配送时效提出的，我院将立即组织修改采购文件。
⟦潘志鹏|P⟧：我公司对采购文件审核把关不严，质疑答复超期是项目组工作疏漏，我公司将对相关人员进行内部处理。
约谈要求：
1.⟦霍山县妇幼保健院|A⟧于⟦2026年3月31日|D⟧前修改采购文件，重新组织采购；
2.⟦六安市皖西招标代理有限公司|C⟧对⟦项目负责人|T⟧⟦鲍晓雯|P⟧进行内部处理，并于⟦2026年3月26日|D⟧前书面报送整改报告。
约谈人签字：⟦储德明|P⟧ ⟦江春燕|P⟧
被约谈人签字：⟦何光辉|P⟧ ⟦汪丽萍|P⟧ ⟦潘志鹏|P⟧ ⟦鲍晓雯|P⟧
''',
    rels=[('HOLDS_POSITION', '储德明', '副局长', '霍山县财政局'),
          ('HOLDS_POSITION', '江春燕', '股长', '霍山县财政局'),
          ('HOLDS_POSITION', '何光辉', '院长', '霍山县妇幼保健院'),
          ('HOLDS_POSITION', '汪丽萍', '科长', '霍山县妇幼保健院'),
          ('HOLDS_POSITION', '潘志鹏', '总经理', '六安市皖西招标代理有限公司'),
          ('HOLDS_POSITION', '鲍晓雯', '项目经理', '六安市皖西招标代理有限公司'),
          ('HOLDS_POSITION', '鲍晓雯', '项目负责人', '六安市皖西招标代理有限公司')],
    notes=['约谈 and its demands are not PENALIZED. 记录人 is not POSITION. The meeting room is not annotated.',
           'Titles after an unnamed internal unit (政府采购监督管理股股长, 总务科科长): the title alone, org the named body.',
           'The 约谈记录 编号 is DOC_NO. The time range 9:30—10:40 is not DATE.'],
))

DOCS.append(dict(
    file='djb-menyuan-2026-q1.txt', fmt='utf-8', kind='other',
    violations=['collusion', 'no_procurement', 'false_materials'],
    issuer='门源回族自治县公共资源交易监督管理局',
    body='''
⟦门源回族自治县公共资源交易监督管理局|A⟧
案件线索移送登记表（2026年第一季度摘录）
序号\t登记编号\t移送日期\t移送单位\t接收单位\t线索摘要\t涉及主体\t移送文号\t办理状态
1\t⟦MY-XS-2026-001|N⟧\t⟦2026-01-08|D⟧\t⟦门源回族自治县公共资源交易中心|A⟧\t⟦门源回族自治县住房和城乡建设局|A⟧\t投标文件雷同、同一IP上传\t⟦青海祁连山路桥有限公司|C⟧、⟦门源县浩门建筑工程有限公司|C⟧\t⟦门交易移〔2026〕1号|N⟧\t已受理
2\t⟦MY-XS-2026-002|N⟧\t⟦2026-02-14|D⟧\t⟦门源回族自治县审计局|A⟧\t⟦门源回族自治县纪委监委|A⟧\t违规直接发包、规避招标\t⟦门源回族自治县农牧水利和科技局|A⟧\t⟦门审移[2026]2号|N⟧\t核查中
3\t⟦MY-XS-2026-003|N⟧\t⟦2026-03-05|D⟧\t⟦门源回族自治县财政局|A⟧\t⟦门源回族自治县公安局|A⟧\t涉嫌串通投标罪\t⟦海北州金银滩建设有限公司|C⟧、⟦青海门源马氏建材有限公司|C⟧\t⟦门财移字（2026）第3号|N⟧\t已立案
4\t⟦MY-XS-2026-004|N⟧\t⟦2026-03-20|D⟧\t⟦门源回族自治县市场监督管理局|A⟧\t⟦门源回族自治县财政局|A⟧\t供应商提供虚假检测报告\t⟦青海高原明珠商贸有限公司|C⟧\t⟦门市监函〔2026〕4号-1|N⟧\t已退回
登记人：⟦马秀兰|P⟧　审核人：⟦韩永福|P⟧（⟦科长|T⟧）
''',
    rels=[('REFERRED', '门源回族自治县公共资源交易中心', '门源回族自治县住房和城乡建设局', '门交易移〔2026〕1号', '2026-01-08'),
          ('REFERRED', '门源回族自治县审计局', '门源回族自治县纪委监委', '门审移[2026]2号', '2026-02-14'),
          ('REFERRED', '门源回族自治县财政局', '门源回族自治县公安局', '门财移字（2026）第3号', '2026-03-05'),
          ('REFERRED', '门源回族自治县市场监督管理局', '门源回族自治县财政局', '门市监函〔2026〕4号-1', '2026-03-20'),
          ('HOLDS_POSITION', '韩永福', '科长', '门源回族自治县公共资源交易监督管理局')],
    notes=['Tab-separated register rows. Each row is a transfer: REFERRED with the 移送文号 and the 移送日期 (a returned one included: '
           'the transfer happened).',
           'The 登记编号 of each row is a registration number of the form: DOC_NO (as heldout4\'s 编号 of a form).',
           'No BID_ON (no project numbers). 登记人 / 审核人 are not POSITION; the 科长 in brackets is, org the register\'s issuer.',
           '2026年第一季度 is not DATE.'],
))

DOCS.append(dict(
    file='qkbg-qingliu-2026-58-fanti.txt', fmt='utf-8', kind='other', violations=['false_materials', 'collusion'],
    issuer='清流縣財政局',
    body='''
⟦清流縣財政局|A⟧
關於2026年上半年政府採購領域突出問題專項整治工作情況的報告
⟦清財〔2026〕58號|N⟧

⟦三明市財政局|A⟧：
根據《⟦三明市財政局關於深入開展政府採購領域“四類”違法違規行為專項整治工作的通知|L⟧》（⟦明財購〔2026〕9號|N⟧）要求，現將我縣2026年上半年工作情況報告如下：
一、案件查處情況。上半年我局共受理投訴4件，辦結3件；作出行政處罰3件，罰款合計⟦人民幣2.74萬元|M⟧。其中，對⟦三明市沙溪電子科技有限公司|C⟧提供虛假材料行為處以罰款⟦人民幣9,800元|M⟧（⟦清財罰〔2026〕2號|N⟧）；對⟦福建清流綠源環保科技有限公司|C⟧與⟦清流縣嵩溪農業開發有限公司|C⟧串通投標行為分別處以罰款（⟦清財罰〔2026〕3號|N⟧、⟦清財罰〔2026〕4號|N⟧），並已於⟦2026年5月8日|D⟧將二公司涉嫌串通投標罪線索移送⟦清流縣公安局|A⟧（⟦清財移〔2026〕1號|N⟧）。
二、部門協作情況。4月，我局與⟦中共清流縣紀律檢查委員會|A⟧、⟦清流縣審計局|A⟧召開聯席會議1次，接收⟦清流縣審計局|A⟧移送問題線索1條（⟦清審移〔2026〕3號|N⟧），已立案調查。
三、存在問題及下步打算。部分採購人對採購需求管理認識不足，代理機構從業人員專業水平參差不齊。下半年，我局將會同⟦清流縣市場監督管理局|A⟧開展代理機構專項檢查。
特此報告。
聯繫人：政府採購股 ⟦羅美華|P⟧，電話 0598-5322xxx

⟦清流縣財政局|A⟧
⟦2026年7月3日|D⟧
''',
    rels=[('PENALIZED', '清流縣財政局', '三明市沙溪電子科技有限公司'),
          ('PENALIZED', '清流縣財政局', '福建清流綠源環保科技有限公司'),
          ('PENALIZED', '清流縣財政局', '清流縣嵩溪農業開發有限公司'),
          ('REFERRED', '清流縣財政局', '清流縣公安局', '清財移〔2026〕1號', '2026年5月8日'),
          ('REFERRED', '清流縣審計局', '清流縣財政局', '清審移〔2026〕3號')],
    notes=['Traditional characters. A report to a higher body: kind other. 我局 = the named issuer: its fines (stated as fact) '
           'are PENALIZED, its transfer to the police REFERRED (number and date), and the audit office\'s transfer to it REFERRED '
           '(number, no date; 4月 alone is not DATE).',
           'The normative notice in 《》 is one LAW span with no AGENCY inside. 會同…開展檢查 is not REFERRED.'],
))

DOCS.append(dict(
    file='rm-guangling-2026-7.txt', fmt='utf-8', kind='other', violations=['abuse_of_power'],
    issuer='广灵县人民政府',
    body='''
⟦广灵县人民政府|A⟧
关于⟦乔建军|P⟧等同志职务任免的通知
⟦广政任〔2026〕7号|N⟧

各乡镇人民政府，县直各单位：
经⟦2026年6月30日|D⟧⟦县人民政府|A⟧第42次常务会议研究决定：
任命⟦乔建军|P⟧同志为⟦广灵县财政局|A⟧⟦副局长|T⟧；
任命⟦拓跋丽娜|P⟧同志为⟦广灵县公共资源交易中心|A⟧⟦主任|T⟧（试用期一年）；
任命⟦尉文华|P⟧同志为⟦广灵县审计局|A⟧⟦副局长|T⟧。
鉴于⟦段志勇|P⟧同志在政府采购监督管理工作中失职失责，根据⟦中共广灵县纪律检查委员会|A⟧《关于⟦段志勇|P⟧同志问题的处理意见》（⟦广纪处〔2026〕11号|N⟧），免去⟦段志勇|P⟧同志的⟦广灵县财政局|A⟧⟦副局长|T⟧职务；
免去⟦郝建平|P⟧同志的⟦广灵县公共资源交易中心|A⟧⟦主任|T⟧职务，另有任用。

⟦广灵县人民政府|A⟧
⟦2026年7月2日|D⟧
抄送：⟦中共广灵县委组织部|A⟧，⟦广灵县人力资源和社会保障局|A⟧。
''',
    rels=[('HOLDS_POSITION', '乔建军@1', '副局长', '广灵县财政局'),
          ('HOLDS_POSITION', '拓跋丽娜', '主任', '广灵县公共资源交易中心'),
          ('HOLDS_POSITION', '尉文华', '副局长@1', '广灵县审计局'),
          ('HOLDS_POSITION', '段志勇', '副局长@2', '广灵县财政局'),
          ('HOLDS_POSITION', '郝建平', '主任@1', '广灵县公共资源交易中心'),
          ('PENALIZED', '广灵县人民政府', '段志勇')],
    aliases={'县人民政府': '广灵县人民政府'},
    notes=['Positions being left (免去…职务) still count.',
           'The removal on the discipline body\'s 处理意见 for 失职失责 is a sanction (免职): PENALIZED by the government that decides it. '
           'The removal 另有任用 (reassignment) is not a sanction.',
           '各乡镇人民政府 is distributive: not AGENCY. 《关于⟦段志勇|P⟧同志问题的处理意见》 is case-specific: not LAW.',
           '同志 is outside the PERSON span. 拓跋 is a compound surname.'],
))
