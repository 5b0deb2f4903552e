"""heldout4 — 6 documents in other shapes (hand annotation, inline ⟦text|L⟧ marks).

A table-like registration form (Tianjin 武清), a notice of appointment (Hainan 儋州), an audit
移送处理书 (Yunnan 宾川), a 监察建议书 (Tibet 巴宜), a police 立案告知书 (Guizhou 湄潭) and a
情况说明 (Shanghai 金山). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='djb-wuqing-2026-04.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='天津市武清区财政局',
        body='''
天津市武清区公共资源交易领域问题线索移送登记表
编号：⟦武联移〔2026〕4号|N⟧
移送单位\t⟦天津市武清区财政局|A⟧\t移送日期\t⟦2026年4月2日|D⟧
接收单位\t⟦天津市武清区公安局|A⟧\t接收日期\t⟦2026年4月3日|D⟧
移送文号\t⟦津武财函〔2026〕27号|N⟧\t材料页数\t46
涉及项目\t武清区城区道路照明节能改造项目（项目编号：⟦TJWQ-GC-2025-1107|J⟧）
涉及主体\t⟦天津光明照明工程有限公司|C⟧（⟦法定代表人|T⟧：⟦宇文浩|P⟧）；⟦天津市武清区华灯电气安装有限公司|C⟧（⟦法定代表人|T⟧：⟦刘**|P⟧）
线索摘要\t两公司均参与该项目投标，投标文件由同一电脑制作，投标报价呈等差排列，⟦天津光明照明工程有限公司|C⟧以⟦¥5,126,300.00|M⟧中标，涉嫌串通投标。
移送依据\t《⟦天津市武清区公共资源交易联动监管工作机制|L⟧》第十二条
移送单位经办人\t⟦赵宏|P⟧\t接收单位签收人\t⟦韩立新|P⟧
备注\t同一线索已抄送⟦武清区纪委监委第三监督检查室|A⟧。
''',
        rels=[
            ('REFERRED', '天津市武清区财政局', '天津市武清区公安局', '津武财函〔2026〕27号', '2026年4月2日'),
            ('HOLDS_POSITION', '宇文浩', '法定代表人', '天津光明照明工程有限公司'),
            ('LEGAL_REP', '宇文浩', '天津光明照明工程有限公司'),
            ('HOLDS_POSITION', '刘**', '法定代表人@1', '天津市武清区华灯电气安装有限公司'),
            ('LEGAL_REP', '刘**', '天津市武清区华灯电气安装有限公司'),
            ('BID_ON', '天津光明照明工程有限公司', 'TJWQ-GC-2025-1107'),
            ('BID_ON', '天津市武清区华灯电气安装有限公司', 'TJWQ-GC-2025-1107'),
        ],
        notes=[
            'A tab-separated form, GB18030 with CRLF line ends.',
            'The form\'s own 编号 and the referral letter\'s 移送文号 are both DOC_NO; REFERRED uses the letter number and the 移送日期 (not the 接收日期).',
            'doc.issuer: the 移送单位 (the form is filled in by the sender).',
            '抄送 (a copy) to the discipline office is not a transfer: no REFERRED. 武清区纪委监委第三监督检查室 is one AGENCY span (named internal office).',
            '经办人, 签收人 are not POSITION. Compound surname 宇文. 材料页数 46 is a count.',
        ],
    ),
    dict(
        file='rzt-danzhou-2026-9.docx', fmt='docx', kind='other', violations=[],
        issuer='中共儋州市财政局党组',
        body='''
⟦中共儋州市财政局党组|A⟧
关于⟦欧阳志明|P⟧等同志任免职务的通知
⟦儋财党〔2026〕9号|N⟧
局机关各科室、局属各单位：
经局党组⟦2026年4月28日|D⟧会议研究决定：
⟦欧阳志明|P⟧同志任⟦儋州市财政局政府采购监督管理科|A⟧⟦科长|T⟧；
⟦符海燕|P⟧同志任⟦儋州市财政局政府采购监督管理科|A⟧⟦副科长|T⟧（试用期一年）；
⟦王家豪|P⟧同志任⟦儋州市财政国库支付中心|A⟧⟦主任|T⟧，免去其⟦儋州市财政局政府采购监督管理科|A⟧⟦科长|T⟧职务；
⟦陈某某|P⟧同志不再担任⟦儋州市财政局办公室|A⟧⟦副主任|T⟧职务。
以上同志的任职时间从⟦2026年5月1日|D⟧起计算。
⟦中共儋州市财政局党组|A⟧
⟦2026年4月29日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '欧阳志明', '科长', '儋州市财政局政府采购监督管理科'),
            ('HOLDS_POSITION', '符海燕', '副科长', '儋州市财政局政府采购监督管理科'),
            ('HOLDS_POSITION', '王家豪', '主任', '儋州市财政国库支付中心'),
            ('HOLDS_POSITION', '王家豪', '科长@1', '儋州市财政局政府采购监督管理科'),
            ('HOLDS_POSITION', '陈某某', '副主任', '儋州市财政局办公室'),
        ],
        notes=[
            '.docx: offsets refer to texts/rzt-danzhou-2026-9.docx.txt.',
            'A party group (中共儋州市财政局党组) is a party body: AGENCY, and the issuer.',
            'Named sub-units with the agency name (…政府采购监督管理科, …办公室) are one AGENCY span each; the titles are POSITION with that span as org.',
            'Positions being left (免去其…科长职务, 不再担任…副主任) are still attached to the person: HOLDS_POSITION (one per person–position mention).',
            '局党组, 局机关各科室, 局属各单位 are pronoun-like or distributive: not annotated. 试用期一年 is a duration.',
            'Compound surname 欧阳 (in the title and the body).',
        ],
    ),
    dict(
        file='sjys-binchuan-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='宾川县审计局',
        body='''
⟦宾川县审计局|A⟧
审计移送处理书
⟦宾审移〔2026〕2号|N⟧
⟦宾川县财政局|A⟧：
我局于⟦2025年10月|D⟧至12月对⟦宾川县卫生健康局|A⟧2024年度预算执行情况进行了审计（审计报告：⟦宾审报〔2026〕1号|N⟧）。审计发现，⟦宾川县人民医院|A⟧将预算金额⟦人民币肆佰贰拾万元|M⟧的彩超设备采购拆分为两个包（项目编号：⟦BCWJ-2025-YL-007|J⟧、⟦BCWJ-2025-YL-008|J⟧），分别采用询价方式采购，规避公开招标；两包的成交供应商均为⟦大理洱源医疗器械有限公司|C⟧，另一报价供应商均为⟦云南滇西医疗设备有限公司|C⟧（以下简称“⟦滇西医疗|C⟧”），两公司的⟦股东|T⟧均为⟦段某|P⟧。
上述问题属你局职责范围，根据《⟦中华人民共和国审计法|L⟧》第五十二条，现移送你局依法处理。其中涉及⟦宾川县人民医院|A⟧⟦副院长|T⟧⟦杨某某|P⟧的问题，我局已另以⟦宾审移〔2026〕3号|N⟧移送⟦宾川县纪委监委|A⟧。
请你局自收到本移送处理书之日起90日内将处理结果书面告知我局。
附件：审计取证单（共9份）
⟦宾川县审计局|A⟧
⟦2026年2月9日|D⟧
''',
        rels=[
            ('REFERRED', '宾川县审计局', '宾川县财政局', '宾审移〔2026〕2号', '2026年2月9日'),
            ('REFERRED', '宾川县审计局', '宾川县纪委监委', '宾审移〔2026〕3号'),
            ('HOLDS_POSITION', '段某', '股东', '大理洱源医疗器械有限公司'),
            ('HOLDS_POSITION', '段某', '股东', '云南滇西医疗设备有限公司'),
            ('HOLDS_POSITION', '杨某某', '副院长', '宾川县人民医院'),
            ('BID_ON', '大理洱源医疗器械有限公司', 'BCWJ-2025-YL-007'),
            ('BID_ON', '大理洱源医疗器械有限公司', 'BCWJ-2025-YL-008'),
            ('BID_ON', '云南滇西医疗设备有限公司', 'BCWJ-2025-YL-007'),
            ('BID_ON', '云南滇西医疗设备有限公司', 'BCWJ-2025-YL-008'),
        ],
        aliases={'滇西医疗': '云南滇西医疗设备有限公司'},
        notes=[
            'The second referral (to 宾川县纪委监委, by another number) is REFERRED without a date.',
            'One 股东 mention shared by two companies (两公司的股东均为段某): HOLDS_POSITION to each.',
            'A quoting supplier in 询价 (另一报价供应商) took part: BID_ON for both packages.',
            '拆分…规避公开招标 → no_procurement; shared shareholder → other (not called collusion).',
            '2025年10月至12月: the bare end month 12月 is not DATE (no year, no day). 2024年度 is year-level. 90日内 is a duration.',
        ],
    ),
    dict(
        file='jcjy-bayi-2026-2.txt', fmt='gb18030', kind='other', violations=['no_procurement', 'bribery', 'abuse_of_power'],
        issuer='林芝市巴宜区监察委员会',
        body='''
⟦林芝市巴宜区监察委员会|A⟧
监察建议书
⟦巴监建〔2026〕2号|N⟧
⟦林芝市巴宜区教育局|A⟧：
我委在查办⟦巴宜区林芝镇中心小学|A⟧⟦原校长|T⟧⟦尼玛次仁|P⟧严重违纪违法案中发现，你局在学校物资采购监督管理中存在以下问题：
一是对下属学校⟦50万元|M⟧以下的采购项目未建立监督机制。2022年至2024年，⟦巴宜区林芝镇中心小学|A⟧多次将课桌椅、食堂设备采购直接交由⟦林芝雪莲商贸有限公司|C⟧（⟦法定代表人|T⟧⟦卓嘎|P⟧）供货，合同金额累计⟦人民币壹佰叁拾捌万元|M⟧，未履行政府采购程序。
二是对⟦林芝市巴宜区财政局|A⟧于⟦2024年11月|D⟧移送的相关问题线索（⟦巴财函〔2024〕31号|N⟧）未及时核查处理，致使问题持续发生。
⟦尼玛次仁|P⟧已于⟦2026年1月|D⟧被⟦中共林芝市巴宜区纪律检查委员会|A⟧给予开除党籍处分，被我委给予开除公职处分，其涉嫌受贿犯罪问题已移送⟦林芝市巴宜区人民检察院|A⟧审查起诉。
为此，根据《⟦中华人民共和国监察法|L⟧》第四十五条第一款第（六）项的规定，提出如下监察建议：一、全面排查下属学校自行采购项目；二、建立小额采购事前审核和事后抽查制度；三、对相关责任人员依规依纪依法追究责任。
请于收到本建议书之日起三十日内将整改情况书面回复我委。
⟦林芝市巴宜区监察委员会|A⟧
⟦二〇二六年二月二十六日|D⟧
''',
        rels=[
            ('REFERRED', '林芝市巴宜区财政局', '林芝市巴宜区教育局', '巴财函〔2024〕31号', '2024年11月'),
            ('REFERRED', '林芝市巴宜区监察委员会', '林芝市巴宜区人民检察院'),
            ('PENALIZED', '中共林芝市巴宜区纪律检查委员会', '尼玛次仁'),
            ('PENALIZED', '林芝市巴宜区监察委员会', '尼玛次仁'),
            ('HOLDS_POSITION', '尼玛次仁', '原校长', '巴宜区林芝镇中心小学'),
            ('HOLDS_POSITION', '卓嘎', '法定代表人', '林芝雪莲商贸有限公司'),
            ('LEGAL_REP', '卓嘎', '林芝雪莲商贸有限公司'),
        ],
        notes=[
            'GB18030, LF.',
            '中心小学原校长: 原 is adjacent to the title, so it stays in the POSITION (GUIDELINES).',
            '被我委给予开除公职处分: 我委 = the named issuer → PENALIZED 林芝市巴宜区监察委员会 → 尼玛次仁; the party expulsion by the named 纪委 is a second PENALIZED.',
            '已移送…审查起诉 (passive, the handling body is 我委): REFERRED 监委 → 检察院, no date.',
            'The finance bureau\'s earlier clue transfer to the education bureau (你局) is REFERRED with its number and month.',
            'A 监察建议书 itself is not a sanction or a transfer. 2022年至2024年 is year-level; 50万元以下: 以下 excluded.',
            'violations: 未履行政府采购程序 → no_procurement; 受贿 → bribery; the bureau\'s failure to act → abuse_of_power (不正确履行职责).',
        ],
    ),
    dict(
        file='lagz-meitan-2026-15.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='湄潭县公安局',
        body='''
⟦湄潭县公安局|A⟧
立案告知书
⟦湄公（经）立告字〔2026〕15号|N⟧
⟦湄潭县财政局|A⟧：
你单位于⟦2026年4月1日|D⟧以⟦湄财函〔2026〕12号|N⟧移送的⟦贵州湄江源茶业有限公司|C⟧（⟦法定代表人|T⟧⟦令狐建军|P⟧）、⟦遵义黔茗农业开发有限公司|C⟧在湄潭县茶园绿色防控物资采购项目（项目编号：⟦MTCZ-2026-008|J⟧）中涉嫌串通投标一案，我局经审查，认为有犯罪事实，需要追究刑事责任，且属于本局管辖，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年4月9日|D⟧决定立案侦查。
特此告知。
⟦湄潭县公安局|A⟧（印）
⟦二〇二六年四月十日|D⟧
''',
        rels=[
            ('REFERRED', '湄潭县财政局', '湄潭县公安局', '湄财函〔2026〕12号', '2026年4月1日'),
            ('HOLDS_POSITION', '令狐建军', '法定代表人', '贵州湄江源茶业有限公司'),
            ('LEGAL_REP', '令狐建军', '贵州湄江源茶业有限公司'),
            ('BID_ON', '贵州湄江源茶业有限公司', 'MTCZ-2026-008'),
            ('BID_ON', '遵义黔茗农业开发有限公司', 'MTCZ-2026-008'),
        ],
        notes=[
            'A police case-filing notice gives the original transfer (finance → police) with the referral number and date; 立案 is not PENALIZED.',
            '你单位 and 本局 are not annotated. Compound surname 令狐.',
            '涉嫌串通投标 in the numbered project → both firms bid: BID_ON.',
        ],
    ),
    dict(
        file='qksm-jinshan-2026-03.txt', fmt='gb18030-crlf', kind='other', violations=['no_procurement'],
        issuer='上海市金山区朱泾镇人民政府',
        body='''
关于朱泾镇老旧小区排水管网改造项目有关情况的说明
⟦上海市金山区财政局|A⟧：
根据你局《关于核查朱泾镇老旧小区排水管网改造项目采购情况的函》（⟦金财采函〔2026〕14号|N⟧）要求，现将有关情况说明如下：
⟦2025年9月|D⟧，因汛期临近，我镇在未履行政府采购程序的情况下，与⟦上海朱泾建筑装饰工程有限公司|C⟧（以下简称“⟦朱泾装饰|C⟧”）签订施工合同，合同金额⟦¥1,860,000.00|M⟧（⟦人民币壹佰捌拾陆万元整|M⟧），并于⟦2025年11月|D⟧补办采购手续，以竞争性磋商方式（项目编号：⟦JSZJ-2025-CS-031|J⟧）确定⟦朱泾装饰|C⟧为成交供应商。
上述合同由时任⟦朱泾镇人民政府|A⟧⟦副镇长|T⟧⟦陆某|P⟧签批。对先签合同后补程序的问题，我镇已责成⟦镇建设管理事务中心|A⟧作出书面检查，并对⟦陆某|P⟧进行了诫勉谈话。
特此说明。
⟦上海市金山区朱泾镇人民政府|A⟧
⟦2026年3月6日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '陆某', '副镇长', '上海市金山区朱泾镇人民政府'),
            ('BID_ON', '上海朱泾建筑装饰工程有限公司', 'JSZJ-2025-CS-031'),
        ],
        aliases={'朱泾装饰': '上海朱泾建筑装饰工程有限公司', '朱泾镇人民政府': '上海市金山区朱泾镇人民政府'},
        notes=[
            'GB18030 with CRLF line ends. The issuer is named only in the signature; the addressee is named in full.',
            '朱泾镇人民政府 (mid-text) is a short form of the signing 上海市金山区朱泾镇人民政府: AGENCY, alias; the org of 副镇长 is the canonical name.',
            '《关于核查…的函》 is a case document: not LAW; its number is DOC_NO.',
            '诫勉谈话 is not a sanction: no PENALIZED. 镇建设管理事务中心 is a level word + institution denoting one body (like 县住建局): AGENCY.',
            '先签合同后补程序 (先上车后补票) → no_procurement. The winner of the after-the-fact 磋商 gets BID_ON.',
        ],
    ),
]
