"""dev9 — four referral chains (11 letters; hand annotation, inline ⟦text|L⟧ marks).

Places: Zhejiang (Shaoxing Keqiao), Sichuan (Mianyang Fucheng), Guangdong (Guangdong province ->
Shaoguan -> Zhenjiang district), Heilongjiang (Harbin Nangang). All persons, companies, numbers,
amounts and acts are invented.
"""

COMMON = [
    '联系人, 经办人, 签收人, 承办单位 are form labels (not POSITION); the names after them are PERSON; phones are not annotated.',
    '我局, 你局, 贵局, 我厅, 你们, 本院 and other pronouns are not annotated.',
    '抄送 is copying, not a transfer: no REFERRED to a 抄送 addressee.',
]

DOCS = [
    # ------------------------------------------------------------ chain E: Zhejiang, 移送函 -> 立案告知书 -> 反馈函 (移送审查起诉)
    dict(
        file='e1-ys-shaoxing-2026-15.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='绍兴市柯桥区财政局',
        body='''
⟦绍兴市柯桥区财政局|A⟧
⟦柯财函〔2026〕15号|N⟧
关于移送柯桥区智慧教育装备采购项目涉嫌串通投标犯罪线索的函

⟦绍兴市公安局柯桥区分局|A⟧：
我局在对柯桥区智慧教育装备采购项目（项目编号：⟦KQCG2026-0117|J⟧）开展监督检查时发现，投标人⟦浙江越辰信息技术有限公司|C⟧（以下简称⟦越辰公司|C⟧）、⟦绍兴博汇教育科技有限公司|C⟧、⟦杭州启明星电子有限公司|C⟧的投标保证金均由同一银行账户转出，三家公司投标文件载明的联系电话相同，⟦越辰公司|C⟧以⟦1,286,500.00元|M⟧中标。该项目预算金额为⟦人民币131万元|M⟧。上述行为涉嫌串通投标罪，根据《⟦中华人民共和国政府采购法|L⟧》第七十七条及《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将该线索移送你局依法查处，请于受理后书面告知我局。
附件：1.投标文件及保证金转账凭证复印件；2.监督检查工作记录
经办人：⟦钱佳怡|P⟧　联系电话：0575-84123307

⟦绍兴市柯桥区财政局|A⟧
⟦2026年4月13日|D⟧
抄送：⟦绍兴市柯桥区人民检察院|A⟧
''',
        rels=[('REFERRED', '绍兴市柯桥区财政局', '绍兴市公安局柯桥区分局', '柯财函〔2026〕15号', '2026年4月13日'),
              ('BID_ON', '浙江越辰信息技术有限公司', 'KQCG2026-0117'),
              ('BID_ON', '绍兴博汇教育科技有限公司', 'KQCG2026-0117'),
              ('BID_ON', '杭州启明星电子有限公司', 'KQCG2026-0117')],
        aliases={'越辰公司': '浙江越辰信息技术有限公司'},
        notes=COMMON + [
            'Transfer of a suspected-crime clue from the finance bureau to the police district branch: REFERRED, '
            'with this letter\'s number and its signature date (no other transfer date is given).',
            'The procuratorate is only 抄送: no REFERRED to it.',
        ],
    ),
    dict(
        file='e2-lagz-shaoxing-2026-47.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='绍兴市公安局柯桥区分局',
        body='''
⟦绍兴市公安局柯桥区分局|A⟧
立 案 告 知 书
编号：⟦柯公经立字〔2026〕47号|N⟧

⟦绍兴市柯桥区财政局|A⟧：
你局于⟦２０２６年４月１３日|D⟧以《关于移送柯桥区智慧教育装备采购项目涉嫌串通投标犯罪线索的函》（⟦柯财函[２０２６]１５号|N⟧）移送的⟦浙江越辰信息技术有限公司|C⟧等三家公司涉嫌串通投标案，我局经审查，认为有犯罪事实需要追究刑事责任，且属于我局管辖，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年4月20日|D⟧立案侦查。
特此告知。
承办单位：⟦柯桥区分局经济犯罪侦查大队|A⟧
联系人：⟦沈立峰|P⟧（电话：0575-84567120）

⟦绍兴市公安局柯桥区分局|A⟧（印）
⟦2026年4月21日|D⟧
''',
        rels=[('REFERRED', '绍兴市柯桥区财政局', '绍兴市公安局柯桥区分局', '柯财函[２０２６]１５号', '２０２６年４月１３日')],
        aliases={},
        notes=COMMON + [
            '立案告知书 replying to a transfer restates the transfer: REFERRED finance -> police, evidence the cited '
            'number as written here (square brackets, full-width digits), date the stated transfer date (full-width '
            'digits); the 立案 date 2026年4月20日 and the signature date are not the transfer date.',
            'The form value after 编号： is the 告知书\'s own DOC_NO (with 字).',
            '柯桥区分局经济犯罪侦查大队 is a named sub-unit: one AGENCY span (GUIDELINES maximal span).',
            'The company is not said to have bid in this letter: no BID_ON (no project number either).',
        ],
    ),
    dict(
        file='e3-fk-shaoxing-2026-9.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='绍兴市公安局柯桥区分局',
        body='''
⟦绍兴市公安局柯桥区分局|A⟧
关于⟦浙江越辰信息技术有限公司|C⟧等涉嫌串通投标案办理情况的反馈函
⟦柯公经函〔2026〕9号|N⟧

⟦绍兴市柯桥区财政局|A⟧：
你局移送的柯桥区智慧教育装备采购项目涉嫌串通投标犯罪线索，移送文号为⟦柯财函【2026】15号|N⟧。我局已于⟦2026年4月20日|D⟧立案侦查（⟦柯公经立字〔2026〕47号|N⟧）。经侦查查明，⟦越辰公司|C⟧⟦实际控制人|T⟧⟦孔德海|P⟧与⟦绍兴博汇教育科技有限公司|C⟧⟦法定代表人|T⟧⟦金晓燕|P⟧、⟦杭州启明星电子有限公司|C⟧⟦业务员|T⟧⟦邵某|P⟧事先商定投标报价，由⟦孔德海|P⟧统一支付三家公司投标保证金共计⟦人民币7.5万元|M⟧。
⟦2026年6月30日|D⟧，本案侦查终结，我局已将犯罪嫌疑人⟦孔德海|P⟧、⟦金晓燕|P⟧、⟦邵某|P⟧涉嫌串通投标罪一案移送⟦绍兴市柯桥区人民检察院|A⟧审查起诉。
特此函告。

⟦绍兴市公安局柯桥区分局|A⟧
⟦2026年7月3日|D⟧
''',
        rels=[('REFERRED', '绍兴市柯桥区财政局', '绍兴市公安局柯桥区分局', '柯财函【2026】15号', None),
              ('REFERRED', '绍兴市公安局柯桥区分局', '绍兴市柯桥区人民检察院', None, '2026年6月30日'),
              ('HOLDS_POSITION', '孔德海', '实际控制人', '浙江越辰信息技术有限公司'),
              ('HOLDS_POSITION', '金晓燕', '法定代表人', '绍兴博汇教育科技有限公司'),
              ('LEGAL_REP', '金晓燕', '绍兴博汇教育科技有限公司'),
              ('HOLDS_POSITION', '邵某', '业务员', '杭州启明星电子有限公司')],
        aliases={'越辰公司': '浙江越辰信息技术有限公司'},
        notes=COMMON + [
            'The finance bureau\'s transfer is restated (移送文号为…。, the number at the end of a sentence, in 【】): '
            'REFERRED with that number; the letter gives no transfer date, so date null.',
            '移送…审查起诉 by the police to the procuratorate is a transfer of the case: REFERRED, date the day the '
            'investigation ended and the case was sent (2026年6月30日), no number given.',
            'The 立案 number 柯公经立字〔2026〕47号 is DOC_NO but not the evidence of any transfer.',
            '越辰公司 is used without 以下简称 in this letter; it keeps the name element: COMPANY, aliased.',
            '实际控制人 and 业务员 attached to named persons are POSITION (dev7).',
        ],
    ),
    # ------------------------------------------------------------ chain F: Sichuan, 转办函 -> 移送函 (纪委+监委) -> 反馈函
    dict(
        file='f1-zb-mianyang-2026-8.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='绵阳市财政局',
        body='''
⟦绵阳市财政局|A⟧
转 办 函
⟦绵财采转〔2026〕8号|N⟧

⟦绵阳市涪城区财政局|A⟧：
近日，我局收到署名群众来信，反映⟦涪城区城郊街道办事处|A⟧农村饮水安全维修工程材料采购项目（项目编号：⟦FCZC-2026-032|J⟧）未履行政府采购程序，由街道工作人员直接指定⟦四川涪江源管业有限公司|C⟧供货，合同金额⟦48.6万元|M⟧。根据属地管理、分级负责的原则，该事项属于你局监管职责范围，现将来信转你局依法调查处理，并于⟦2026年6月30日|D⟧前将办理结果报送我局。
附件：群众来信（共3页）

⟦绵阳市财政局|A⟧
⟦2026年5月11日|D⟧
抄送：⟦中共绵阳市涪城区纪律检查委员会|A⟧
联系人：⟦蒲雪梅|P⟧　0816-2217645
''',
        rels=[('REFERRED', '绵阳市财政局', '绵阳市涪城区财政局', '绵财采转〔2026〕8号', '2026年5月11日')],
        aliases={},
        notes=COMMON + [
            '转办函: a city bureau forwards a complaint letter downward to the district bureau for handling: a '
            'transfer of a matter, REFERRED (as dev8 b1\'s 转送 of complaint materials), dated by the signature.',
            'Two addressees, one only 抄送 (the district 纪委): one REFERRED only.',
            '2026年6月30日 is a reply deadline, not the transfer date.',
            'The supplier is named as directly designated (no bid): no BID_ON.',
        ],
    ),
    dict(
        file='f2-ys-mianyang-2026-21.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference'],
        issuer='绵阳市涪城区财政局',
        body='''
⟦绵阳市涪城区财政局|A⟧
⟦涪财函〔2026〕21号|N⟧
关于移送⟦涪城区城郊街道办事处|A⟧有关人员问题线索的函

⟦中共绵阳市涪城区纪律检查委员会|A⟧、⟦绵阳市涪城区监察委员会|A⟧：
⟦市财政局|A⟧转办的群众来信反映⟦涪城区城郊街道办事处|A⟧农村饮水安全维修工程材料采购未履行政府采购程序一事，经我局调查核实：该项目预算⟦49万元|M⟧，已达到分散采购限额标准，⟦城郊街道办事处|A⟧未组织采购，由该办事处⟦副主任|T⟧⟦何建军|P⟧直接确定⟦四川涪江源管业有限公司|C⟧供货，⟦何建军|P⟧之妻⟦罗某某|P⟧系该公司⟦股东|T⟧。
我局已依法责令⟦城郊街道办事处|A⟧改正。⟦何建军|P⟧的行为涉嫌违规干预政府采购活动，根据有关规定，现将该问题线索移送你们依规依纪依法处理。
附件：1.⟦绵财采转〔2026〕8号|N⟧及群众来信；2.调查笔录5份；3.采购合同复印件

⟦绵阳市涪城区财政局|A⟧
⟦2026年6月22日|D⟧
''',
        rels=[('REFERRED', '绵阳市涪城区财政局', '中共绵阳市涪城区纪律检查委员会', '涪财函〔2026〕21号', '2026年6月22日'),
              ('REFERRED', '绵阳市涪城区财政局', '绵阳市涪城区监察委员会', '涪财函〔2026〕21号', '2026年6月22日'),
              ('REFERRED', '市财政局', '绵阳市涪城区财政局', '绵财采转〔2026〕8号', None),
              ('PENALIZED', '绵阳市涪城区财政局', '涪城区城郊街道办事处'),
              ('HOLDS_POSITION', '何建军', '副主任', '涪城区城郊街道办事处'),
              ('HOLDS_POSITION', '罗某某', '股东', '四川涪江源管业有限公司')],
        aliases={'城郊街道办事处': '涪城区城郊街道办事处'},
        notes=COMMON + [
            'Joint addressee 纪委 and 监委: one REFERRED per organ, same number and signature date (dev8).',
            'The earlier 转办函 is named by its 文号 only in the 附件 list; the body says 市财政局转办的群众来信. '
            'Decision (GUIDELINES silent): the restated 转办 is REFERRED 市财政局 -> 区财政局 with that attachment-list '
            'number as evidence_doc_no; no date is stated.',
            '市财政局 has no fuller form in this file (no alias); it is the endpoint as written.',
            '责令改正 of the purchasing 街道办事处 is a sanction: PENALIZED (GUIDELINES).',
            '该办事处, 该公司 are pronouns; the positions resolve to the named bodies.',
        ],
    ),
    dict(
        file='f3-fk-mianyang-2026-35.docx', fmt='docx', kind='other', violations=['no_procurement', 'interference'],
        issuer='中共绵阳市涪城区纪律检查委员会',
        body='''⟦中共绵阳市涪城区纪律检查委员会|A⟧
⟦绵阳市涪城区监察委员会|A⟧
关于⟦何建军|P⟧问题线索处置情况的反馈函
⟦涪纪函〔2026〕35号|N⟧
⟦绵阳市涪城区财政局|A⟧：
根据你局《关于移送⟦涪城区城郊街道办事处|A⟧有关人员问题线索的函》（⟦涪财函〔2026〕21号|N⟧），我们对⟦涪城区城郊街道办事处|A⟧⟦原副主任|T⟧⟦何建军|P⟧涉嫌违规插手政府采购问题进行了初步核实，并于⟦2026年7月6日|D⟧立案审查调查。
经查，⟦何建军|P⟧在担任⟦城郊街道办事处|A⟧⟦副主任|T⟧期间，利用职务便利，违规指定其妻⟦罗某某|P⟧持股的⟦四川涪江源管业有限公司|C⟧为供货单位，涉及金额⟦48.6万元|M⟧。⟦区纪委|A⟧决定给予⟦何建军|P⟧党内警告处分；⟦区监委|A⟧给予其政务警告处分，并免去其⟦副主任|T⟧职务。
特此反馈。
⟦中共绵阳市涪城区纪律检查委员会|A⟧
⟦绵阳市涪城区监察委员会|A⟧
⟦2026年9月2日|D⟧''',
        rels=[('REFERRED', '绵阳市涪城区财政局', '中共绵阳市涪城区纪律检查委员会', '涪财函〔2026〕21号', None),
              ('REFERRED', '绵阳市涪城区财政局', '绵阳市涪城区监察委员会', '涪财函〔2026〕21号', None),
              ('PENALIZED', '中共绵阳市涪城区纪律检查委员会', '何建军'),
              ('PENALIZED', '绵阳市涪城区监察委员会', '何建军'),
              ('HOLDS_POSITION', '何建军', '原副主任', '涪城区城郊街道办事处'),
              ('HOLDS_POSITION', '何建军', '副主任', '涪城区城郊街道办事处')],
        aliases={'区纪委': '中共绵阳市涪城区纪律检查委员会', '区监委': '绵阳市涪城区监察委员会',
                 '城郊街道办事处': '涪城区城郊街道办事处'},
        notes=COMMON + [
            'Feedback letter of the joint 纪委监委 citing the finance letter in a 根据你局《…》（…号） clause: the '
            'restated transfer is REFERRED to each organ, evidence the cited number; no transfer date is stated '
            '(the 立案 date is not one). The title in 《》 is a case document, not LAW.',
            'Inside the cited title 《关于移送涪城区城郊街道办事处有关人员问题线索的函》 the agency name is annotated '
            '(GUIDELINES 2.3: names embedded in unlabelled expressions).',
            'PENALIZED: 区纪委 (党内警告) and 区监委 (政务警告, 免去职务) each -> 何建军; endpoints on the canonical '
            '(full) names through the aliases.',
            'The issuer is the first-listed organ (joint letter: lead body).',
            '原副主任 and 副主任 are two position mentions of the same person: two HOLDS_POSITION (different text).',
        ],
    ),
    # ------------------------------------------------------------ chain G: Guangdong, 交办函 -> 转送函 -> 报告 (table)
    dict(
        file='g1-jb-guangdong-2026-3.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='广东省财政厅',
        body='''
⟦广东省财政厅|A⟧
⟦粤财采监交〔2026〕3号|N⟧
⟦广东省财政厅|A⟧关于交办韶关市浈江区有关政府采购举报事项的函

⟦韶关市财政局|A⟧：
⟦财政部广东监管局|A⟧转来举报材料，反映⟦韶关市浈江区人民医院|A⟧医用耗材集中配送服务采购项目（项目编号：⟦SGZJ2026-H009|J⟧）采购文件要求供应商“在韶关市设有售后服务机构”，并将“与本院有合作经历”作为评分因素，对外地供应商实行差别待遇。中标供应商为⟦韶关市瑞康医药有限公司|C⟧，中标金额⟦￥2,375,000.00元|M⟧。
现将该举报事项交你局依法调查处理。请于⟦2026年5月29日|D⟧前将调查处理情况书面报告我厅。
附件：举报材料（共11页）

⟦广东省财政厅|A⟧
⟦2026年4月24日|D⟧
''',
        rels=[('REFERRED', '广东省财政厅', '韶关市财政局', '粤财采监交〔2026〕3号', '2026年4月24日'),
              ('REFERRED', '财政部广东监管局', '广东省财政厅', None, None),
              ('BID_ON', '韶关市瑞康医药有限公司', 'SGZJ2026-H009')],
        aliases={},
        notes=COMMON + [
            '交办函 of a provincial department to a city bureau: REFERRED (a matter handed down for handling), with '
            'the letter\'s number (four-character agency prefix 粤财采监交) and signature date.',
            '财政部广东监管局转来举报材料 to 我厅 (the issuer, named): REFERRED 财政部广东监管局 -> 广东省财政厅, '
            'no number, no date.',
            '本院 inside the quoted tender condition is the hospital speaking: a pronoun, not annotated. 韶关市浈江区 '
            'in the title is a place.',
            '2026年5月29日 is a reply deadline.',
        ],
    ),
    dict(
        file='g2-zs-shaoguan-2026-17.html', fmt='html', kind='other', violations=['discriminatory_terms'],
        issuer='韶关市财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转送函</title></head>
<body>
<div class="org">⟦韶关市财政局|A⟧</div>
<p class="no">⟦韶财采〔2026〕17-1号|N⟧</p>
<h3>⟦韶关市财政局|A⟧关于转送⟦省财政厅|A⟧交办举报事项的函</h3>
<p>⟦韶关市浈江区财政局|A⟧：</p>
<p>现将⟦省财政厅|A⟧《关于交办韶关市浈江区有关政府采购举报事项的函》（⟦粤财采监交〔2026〕3号|N⟧）转送你局。该举报涉及⟦浈江区人民医院|A⟧医用耗材集中配送服务采购项目（⟦SGZJ2026-H009|J⟧），请你局依法调查处理，于⟦2026年5月20日|D⟧前将处理情况报送我局，由我局汇总后报⟦省财政厅|A⟧。</p>
<p>联系人：政府采购监督科 ⟦邝志诚|P⟧，电话 0751-8898213</p>
<p class="sign">⟦韶关市财政局|A⟧</p>
<p class="date">⟦2026年4月27日|D⟧</p>
<p>抄送：⟦广东省财政厅|A⟧</p>
</body></html>
''',
        rels=[('REFERRED', '韶关市财政局', '韶关市浈江区财政局', '韶财采〔2026〕17-1号', '2026年4月27日'),
              ('REFERRED', '广东省财政厅', '韶关市财政局', '粤财采监交〔2026〕3号', None)],
        aliases={'省财政厅': '广东省财政厅'},
        notes=COMMON + [
            'Forward (转送) of a letter received from a higher body: two REFERRED — the forward itself (city -> '
            'district, this letter\'s number with suffix -1 and its signature date) and the restated 交办 (province '
            '-> city, the cited number, no date stated).',
            '报省财政厅 (reporting the outcome upward) is not a transfer; 抄送 to the province is not either.',
            '浈江区人民医院 is the only form of the hospital in this file: no alias.',
            '政府采购监督科 is a bare section name before the contact person (no place or level): not annotated.',
        ],
    ),
    dict(
        file='g3-bg-shaoguan-2026-9.txt', fmt='gb18030', kind='other', violations=['discriminatory_terms'],
        issuer='韶关市浈江区财政局',
        body='''
⟦韶关市浈江区财政局|A⟧
关于医用耗材集中配送服务采购项目举报事项调查处理情况的报告
⟦浈财报（2026）9号|N⟧

⟦韶关市财政局|A⟧：
来文办理情况如下：
来文单位	来文文号	来文日期	办理结果
⟦韶关市财政局|A⟧	⟦韶财采〔2026〕17-1号|N⟧	⟦2026年4月27日|D⟧	已办结
经调查，⟦浈江区人民医院|A⟧在该项目采购文件中设置“在韶关市设有售后服务机构”的资格条件及“与本院有合作经历”的评分因素，采购代理机构⟦广东恒信招标代理有限公司|C⟧编制采购文件时未予纠正，构成以不合理条件对供应商实行差别待遇。我局已于⟦2026年5月15日|D⟧作出《政府采购监督检查处理决定书》（⟦浈财采处〔2026〕4号|N⟧），责令⟦浈江区人民医院|A⟧改正，并对⟦广东恒信招标代理有限公司|C⟧处以罚款⟦人民币2万元|M⟧。
特此报告。
经办人：⟦黎少华|P⟧

⟦韶关市浈江区财政局|A⟧
⟦2026年5月18日|D⟧
''',
        rels=[('REFERRED', '韶关市财政局', '韶关市浈江区财政局', '韶财采〔2026〕17-1号', '2026年4月27日'),
              ('PENALIZED', '韶关市浈江区财政局', '浈江区人民医院'),
              ('PENALIZED', '韶关市浈江区财政局', '广东恒信招标代理有限公司')],
        aliases={},
        notes=COMMON + [
            'The forward it answers is cited in a tab-separated table row (来文单位, 来文文号, 来文日期): REFERRED '
            'city -> district with the number and the 来文日期 from the cells; the receiver is the issuer (我局).',
            'The report\'s own number uses full-width round brackets （2026）.',
            '责令改正 and the fine are sanctions by the district bureau: PENALIZED to the hospital and the agent.',
            'The agent drafted the documents, it did not bid: no BID_ON.',
        ],
    ),
    # ------------------------------------------------------------ chain H: Heilongjiang, 审计移送处理书 -> 受理通知书
    dict(
        file='h1-yscl-harbin-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='哈尔滨市南岗区审计局',
        body='''
⟦哈尔滨市南岗区审计局|A⟧
审计移送处理书
⟦南审移(2026)4号|N⟧

⟦哈尔滨市南岗区财政局|A⟧：
我局在对⟦哈尔滨市南岗区卫生健康局|A⟧2025年度部门预算执行情况进行审计时发现，该局将预算金额⟦326万元|M⟧的社区卫生服务中心设备购置项目拆分为7个项目，均以不超过⟦50万元|M⟧的金额直接向⟦黑龙江康泰医疗器械有限公司|C⟧采购，规避公开招标。根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现将该问题移送你局依法处理，处理结果请书面告知我局。
附件：审计取证单4份

⟦哈尔滨市南岗区审计局|A⟧
⟦2026年3月16日|D⟧
''',
        rels=[('REFERRED', '哈尔滨市南岗区审计局', '哈尔滨市南岗区财政局', '南审移(2026)4号', '2026年3月16日')],
        aliases={},
        notes=COMMON + [
            'Audit 移送处理书 with a half-width round-bracket number: REFERRED audit -> finance, signature date.',
            '2025年度 is a year-level expression: not DATE. 社区卫生服务中心 is generic (no place): not annotated.',
            '50万元 is a threshold amount as written: MONEY (不超过 outside the span).',
        ],
    ),
    dict(
        file='h2-sl-harbin-2026-12.txt', fmt='utf-8', kind='other', violations=['no_procurement'],
        issuer='哈尔滨市南岗区财政局',
        body='''
⟦哈尔滨市南岗区财政局|A⟧
受理通知书
⟦南财监受字第12号|N⟧

⟦哈尔滨市南岗区审计局|A⟧：
你局⟦2026年3月16日|D⟧移送的《审计移送处理书》（⟦南审移（2026）4号|N⟧）及附件审计取证单4份，我局已于⟦2026年3月18日|D⟧收到。经审查，移送事项属于我局职责范围，决定予以受理。我局将依法调查处理，并在处理完毕后10个工作日内将处理结果告知你局。
联系人：⟦付晓光|P⟧，电话：0451-82765590

⟦哈尔滨市南岗区财政局|A⟧
⟦2026年3月20日|D⟧
''',
        rels=[('REFERRED', '哈尔滨市南岗区审计局', '哈尔滨市南岗区财政局', '南审移（2026）4号', '2026年3月16日')],
        aliases={},
        notes=COMMON + [
            '受理通知书 replying to a transfer: the restated transfer is REFERRED, evidence the cited number as '
            'written here (full-width round brackets), date the stated transfer date; the receipt date '
            '2026年3月18日 and the signature date are not.',
            'The notice\'s own number has the 第N号 shape without a year (南财监受字第12号): DOC_NO.',
        ],
    ),
]
