"""dev17 — referral chains A (Sichuan 遂宁船山区 ↔ Shanxi 阳泉) and B (Liaoning 阜新/彰武 ↔ Inner Mongolia 乌海), inline ⟦text|L⟧ marks.

Letters between agencies as a clerk receives them. All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '联系人/经办人/承办人/签收人 are form fields, not POSITION; the person after them is PERSON.',
    'Pronoun references (你局, 我局, 本局, 你委, 我委, 你单位) are not AGENCY; a receiver written only as a pronoun resolves to the named issuer/addressee.',
]

DOCS = [
    dict(
        file='a1-xsyshan-suining-chuanshan-2026-8.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='遂宁市船山区财政局',
        body='''
⟦遂宁市船山区财政局|A⟧

⟦船财采函〔2026〕8号|N⟧

关于移送⟦四川涪江恒达建设工程有限公司|C⟧等涉嫌串通投标问题线索的函

⟦遂宁市公安局船山区分局|A⟧：
　　我局在处理“船山区老旧小区改造工程（二期）施工”（项目编号：⟦SNCS-2026-GC-017|J⟧）投诉过程中发现，⟦四川涪江恒达建设工程有限公司|C⟧（以下简称⟦恒达公司|C⟧）、⟦阳泉晋东路桥工程有限公司|C⟧（以下简称⟦晋东公司|C⟧）和⟦遂宁金桥项目管理咨询有限公司|C⟧的投标文件由同一台电脑制作，投标保证金均于⟦2026年1月14日|D⟧从同一账户转出，⟦恒达公司|C⟧以⟦4,863,215.60元|M⟧中标。我局已于⟦2026年2月27日|D⟧作出《政府采购投诉处理决定书》（⟦船财采决〔2026〕3号|N⟧），认定中标无效。
　　上述行为涉嫌串通投标犯罪。根据《⟦中华人民共和国政府采购法|L⟧》第七十七条及《⟦遂宁市船山区政府采购领域联动执法协作机制|L⟧》的规定，现将该问题线索移送你局依法处理，请将办理结果于⟦2026年6月30日|D⟧前书面反馈我局。
　　联系人：⟦周雨婷|P⟧（政府采购监督管理股），电话：0825-2226318

　　附件：1. 投标文件雷同性比对报告
　　　　　2. 《政府采购投诉处理决定书》（⟦船财采决〔2026〕3号|N⟧）复印件
　　　　　3. 投标保证金转账凭证（共6页）

⟦遂宁市船山区财政局|A⟧
⟦2026年3月9日|D⟧

抄送：⟦中共遂宁市船山区纪律检查委员会|A⟧、⟦遂宁市船山区监察委员会|A⟧，⟦遂宁市船山区公共资源交易服务中心|A⟧。
''',
        rels=[('REFERRED', '遂宁市船山区财政局', '遂宁市公安局船山区分局', '船财采函〔2026〕8号', '2026年3月9日'),
              ('BID_ON', '四川涪江恒达建设工程有限公司', 'SNCS-2026-GC-017'),
              ('BID_ON', '阳泉晋东路桥工程有限公司', 'SNCS-2026-GC-017'),
              ('BID_ON', '遂宁金桥项目管理咨询有限公司', 'SNCS-2026-GC-017')],
        aliases={'恒达公司': '四川涪江恒达建设工程有限公司', '晋东公司': '阳泉晋东路桥工程有限公司'},
        notes=COMMON + [
            'The letter’s own number is the REFERRED evidence; the date is the signature date (the letter is the transfer).',
            '中标无效 in a complaint decision is a complaint outcome reported in passing, not a penalty of this letter: no PENALIZED.',
            'The coordination mechanism in 《》 is a normative text: LAW. The complaint decision in 《》 is a case document: not LAW, its number DOC_NO.',
        ],
    ),
    dict(
        file='a2-qshz-suining-chuanshan-gongan-2026.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='遂宁市公安局船山区分局',
        body='''
⟦遂宁市公安局船山区分局|A⟧
来文签收回执

来文单位：⟦遂宁市船山区财政局|A⟧
来文文号：⟦船财采函〔2026〕8号|N⟧
来文标题：关于移送⟦四川涪江恒达建设工程有限公司|C⟧等涉嫌串通投标问题线索的函
来文日期：⟦2026年3月9日|D⟧
附件：3件（比对报告1份，⟦船财采决〔2026〕3号|N⟧决定书复印件1份，转账凭证6页）
收文单位：⟦遂宁市公安局船山区分局|A⟧（⟦法制大队|A⟧代收，转⟦经济犯罪侦查大队|A⟧）
签收人：⟦何俊|P⟧
签收日期：⟦2026年3月10日|D⟧
备注：材料齐全，已登记（收文登记号：CSGA-SW-2026-0312）。本回执一式两份，来文单位与收文单位各执一份。

送件人：⟦周雨婷|P⟧（⟦船山区财政局|A⟧）
''',
        rels=[('REFERRED', '遂宁市船山区财政局', '遂宁市公安局船山区分局', '船财采函〔2026〕8号', '2026年3月9日')],
        aliases={'船山区财政局': '遂宁市船山区财政局'},
        notes=COMMON + [
            'A receipt form: the REFERRED it acknowledges runs from 来文单位 to 收文单位, with the letter’s number and the 来文日期 (the receipt date 3月10日 is not the transfer date; *unsure*).',
            'The bare 法制大队 and 经济犯罪侦查大队 in the 收文单位 line are named sub-units of the named branch (same line, same body) — both annotated AGENCY as written (*unsure*: they have no place prefix of their own; dev16 left a bare 经侦大队 in a 承办人 field unannotated).',
            'The registration number CSGA-SW-2026-0312 is a registry number, not a DOC_NO.',
        ],
    ),
    dict(
        file='a3-xzdch-suining-chuanshan-2026-21.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='遂宁市公安局船山区分局',
        body='''
⟦遂宁市公安局船山区分局|A⟧
协助调查函

⟦船公（经）协字〔2026〕21号|N⟧

⟦阳泉市城区市场监督管理局|A⟧：
　　我局正在办理一起涉嫌串通投标案件（线索由⟦遂宁市船山区财政局|A⟧以⟦船财采函〔2026〕8号|N⟧移送）。经查，涉案单位⟦阳泉晋东路桥工程有限公司|C⟧登记注册于你局辖区。为查明案情，根据《⟦中华人民共和国刑事诉讼法|L⟧》第五十四条之规定，请你局协助提供以下材料：
　　一、该公司自⟦2023年1月|D⟧以来的登记档案、历次股东及法定代表人变更记录；
　　二、该公司现任⟦法定代表人|T⟧⟦郭志强|P⟧、⟦股东|T⟧⟦郭志刚|P⟧在你局辖区内投资或任职的其他企业情况。
　　请于⟦2026年4月10日|D⟧前将材料函复我局⟦经侦大队|A⟧。

　　承办人：⟦何俊|P⟧、⟦罗斌|P⟧
　　联系电话：0825-2286110

⟦遂宁市公安局船山区分局|A⟧（印）
⟦2026年3月20日|D⟧
''',
        rels=[('REFERRED', '遂宁市船山区财政局', '遂宁市公安局船山区分局', '船财采函〔2026〕8号', None),
              ('LEGAL_REP', '郭志强', '阳泉晋东路桥工程有限公司'),
              ('HOLDS_POSITION', '郭志强', '法定代表人', '阳泉晋东路桥工程有限公司'),
              ('HOLDS_POSITION', '郭志刚', '股东', '阳泉晋东路桥工程有限公司')],
        unmarked=['股东', '法定代表人'],
        notes=COMMON + [
            'A request for assistance is not REFERRED (nothing is handed over). The parenthesis names the original referral: 遂宁市船山区财政局 → the issuer (我局), with its number; no transfer date written.',
            '历次股东及法定代表人变更记录: generic role nouns attached to no person: not POSITION (listed in unmarked).',
            'Bare 经侦大队 after 我局 = the issuer’s economic-crime brigade: annotated AGENCY (*unsure*; the scheme has 泰顺县公安局经侦大队 as maximal span, here the body is only by pronoun).',
        ],
    ),
    dict(
        file='a4-fh-yangquan-chengqu-2026-15-fanti.txt', fmt='utf-8', kind='other', violations=[],
        issuer='陽泉市城區市場監督管理局',
        body='''
⟦陽泉市城區市場監督管理局|A⟧
關於⟦遂寧市公安局船山區分局|A⟧協助調查函的復函

⟦陽城市監函〔2026〕15號|N⟧

⟦遂寧市公安局船山區分局|A⟧：
　　你局《協助調查函》（⟦船公（經）協字〔2026〕21號|N⟧）收悉。經查詢我局登記檔案，現將有關情況函復如下：
　　一、⟦陽泉晉東路橋工程有限公司|C⟧成立於⟦2019年5月|D⟧，註冊資本⟦人民幣伍佰萬元|M⟧，現任⟦法定代表人|T⟧為⟦郭志強|P⟧，⟦股東|T⟧為⟦郭志強|P⟧、⟦郭志剛|P⟧二人。⟦2024年8月12日|D⟧，⟦法定代表人|T⟧由⟦郭志剛|P⟧變更為⟦郭志強|P⟧。
　　二、⟦郭志剛|P⟧另任⟦遂寧金橋項目管理諮詢有限公司|C⟧⟦監事|T⟧（該公司登記機關為⟦遂寧市船山區市場監督管理局|A⟧，我局無其檔案）。
　　三、該公司近三年未受我局行政處罰。
　　隨函附登記檔案複印件12頁。

　　經辦人：⟦王麗娟|P⟧（登記註冊科）　電話：0353-2036621

⟦陽泉市城區市場監督管理局|A⟧
⟦2026年4月2日|D⟧
''',
        rels=[('LEGAL_REP', '郭志強', '陽泉晉東路橋工程有限公司'),
              ('HOLDS_POSITION', '郭志強', '法定代表人', '陽泉晉東路橋工程有限公司'),
              ('HOLDS_POSITION', '郭志強', '股東', '陽泉晉東路橋工程有限公司'),
              ('HOLDS_POSITION', '郭志剛', '股東', '陽泉晉東路橋工程有限公司'),
              ('HOLDS_POSITION', '郭志剛', '監事', '遂寧金橋項目管理諮詢有限公司')],
        unmarked=['郭志剛', '郭志強'],
        notes=COMMON + [
            'Traditional characters. A reply to a request for assistance supplies registration records; it hands over no case or clue: no REFERRED (*unsure*: the scheme’s REFERRED also covers “materials”; here the materials are answers to a request).',
            'The 2024 change of 法定代表人 from 郭志剛 to 郭志強: the current holder only gets LEGAL_REP; the third 法定代表人 mention (the change) is POSITION attached to the company but gets no extra HOLDS_POSITION (*unsure*). 2019年5月 is a DATE (year+month); it was missed in the first draft and added in the review pass.',
        ],
    ),
    dict(
        file='a5-bljgfk-suining-chuanshan-2026-5.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='遂宁市公安局船山区分局',
        body='''
⟦遂宁市公安局船山区分局|A⟧

⟦船公经反〔2026〕5号|N⟧

关于涉嫌串通投标问题线索办理结果的反馈函

⟦船山区财政局|A⟧：
　　你局于⟦2026年3月9日|D⟧移送的《关于移送⟦四川涪江恒达建设工程有限公司|C⟧等涉嫌串通投标问题线索的函》（⟦船财采函〔2026〕8号|N⟧）收悉。我局⟦经侦大队|A⟧于⟦2026年3月16日|D⟧对该线索立案侦查，并商请⟦阳泉市城区市场监督管理局|A⟧协助调查（复函为⟦阳城市监函〔2026〕15号|N⟧）。现将办理结果反馈如下：
　　经侦查查明，⟦恒达公司|C⟧实际控制人⟦唐国富|P⟧与⟦晋东公司|C⟧⟦股东|T⟧⟦郭志刚|P⟧事先商定投标报价，由⟦唐国富|P⟧统一制作三家公司投标文件并垫付投标保证金共计⟦30万元|M⟧，⟦郭志刚|P⟧收取“陪标费”⟦8万元|M⟧。⟦唐国富|P⟧、⟦郭志刚|P⟧已于⟦2026年4月21日|D⟧被我局刑事拘留，后变更为取保候审。
　　⟦2026年5月18日|D⟧，我局以⟦船公（经）诉字〔2026〕44号|N⟧起诉意见书将该案移送⟦遂宁市船山区人民检察院|A⟧审查起诉。
　　对涉案企业的行政处罚，请你局依法处理。

　　联系人：⟦罗斌|P⟧　电话：0825-2286110

⟦遂宁市公安局船山区分局|A⟧
⟦2026年5月22日|D⟧

抄送：⟦遂宁市船山区人民检察院|A⟧，⟦区纪委监委|A⟧。
''',
        rels=[('REFERRED', '船山区财政局', '遂宁市公安局船山区分局', '船财采函〔2026〕8号', '2026年3月9日'),
              ('REFERRED', '遂宁市公安局船山区分局', '遂宁市船山区人民检察院', '船公（经）诉字〔2026〕44号', '2026年5月18日'),
              ('HOLDS_POSITION', '郭志刚', '股东', '晋东公司')],
        aliases={'恒达公司': '四川涪江恒达建设工程有限公司'},
        notes=COMMON + [
            'The addressee is written only as 船山区财政局 (short form without the prefecture); it is the canonical mention in this file, so the relation ends at it (canonical fullest name 遂宁市船山区财政局 is never written here).',
            'HOLDS_POSITION org: only the short form 晋东公司 is written in this file, so the org endpoint is that short form (its full name 阳泉晋东路桥工程有限公司 is not written in this file, so no alias entry).',
            '实际控制人 is not in the POSITION list (a relation of control): not annotated. 刑事拘留/取保候审 are coercive measures: no PENALIZED.',
            'The 起诉意见书 number is the evidence of the police → procuratorate transfer.',
        ],
    ),
]

DOCS += [
    dict(
        file='b1-zsh-fuxin-shenji-2026-4.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference'],
        issuer='阜新市审计局',
        body='''
⟦阜新市审计局|A⟧

⟦阜审移〔2026〕4号|N⟧　　　　签发人：⟦吴海峰|P⟧

关于转送⟦彰武县教育局|A⟧采购问题线索的函

⟦中共阜新市纪律检查委员会|A⟧、⟦阜新市监察委员会|A⟧：
　　我局在对⟦彰武县教育局|A⟧2025年度预算执行情况进行审计时发现，该局2025年中小学生校服采购项目预算⟦186.4万元|M⟧，未实行公开招标，而被拆分为4份合同，分别于⟦2025年4月3日|D⟧至⟦4月28日|D⟧直接与⟦阜新北辰服饰有限公司|C⟧签订，每份合同金额均低于⟦50万元|M⟧。据该局计财股工作人员反映，拆分系时任⟦副局长|T⟧⟦韩立新|P⟧安排，并由其指定供应商。
　　上述问题涉嫌公职人员违规插手干预政府采购活动，根据《⟦中华人民共和国审计法|L⟧》第五十二条和《⟦阜新市政府采购联动监管工作机制|L⟧》的规定，现转送你们处理。请将处理结果函告我局。

　　附件：审计取证单（⟦阜审经取〔2025〕37-4号|N⟧至37-7号）及合同复印件

　　联系人：⟦孙悦|P⟧（经济责任审计科）　电话：0418-3312647

⟦阜新市审计局|A⟧
⟦2026年2月12日|D⟧
''',
        rels=[('REFERRED', '阜新市审计局', '中共阜新市纪律检查委员会', '阜审移〔2026〕4号', '2026年2月12日'),
              ('REFERRED', '阜新市审计局', '阜新市监察委员会', '阜审移〔2026〕4号', '2026年2月12日'),
              ('HOLDS_POSITION', '韩立新', '副局长', '彰武县教育局')],
        notes=COMMON + [
            'Addressee line with two bodies (纪委 and 监委): one REFERRED to each.',
            '签发人 is a form field, not POSITION; 吴海峰 is PERSON.',
            '2025年4月3日至4月28日: two DATE spans. The range end 37-7号 of the evidence numbers is a bare serial with no issuer code: not annotated (*unsure*).',
            '计财股工作人员 refers to nobody named: not POSITION.',
        ],
    ),
    dict(
        file='b2-zbh-fuxin-jiwei-2026-17.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'interference'],
        issuer='中共阜新市纪委',
        body='''
⟦中共阜新市纪委|A⟧　⟦阜新市监委|A⟧
问题线索转办函

⟦阜纪转〔2026〕17号|N⟧

⟦中共彰武县纪委|A⟧、⟦彰武县监委|A⟧：
　　⟦市审计局|A⟧以《关于转送⟦彰武县教育局|A⟧采购问题线索的函》（⟦阜审移〔2026〕4号|N⟧）向我委移送反映⟦彰武县教育局|A⟧⟦原副局长|T⟧⟦韩立新|P⟧违规插手校服采购的问题线索。经⟦市纪委监委|A⟧主要负责同志批准，现将该线索转你委办理。
　　请按照规定认真核查，于⟦2026年4月30日|D⟧前将核查处置结果报⟦市纪委监委第五审查调查室|A⟧。涉及其他单位职责的，请依规移送有关部门。

　　联系人：⟦宋志刚|P⟧　电话：0418-2827305

　　附件：⟦阜审移〔2026〕4号|N⟧函及附件复印件

⟦中共阜新市纪委|A⟧　⟦阜新市监委|A⟧
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '市审计局', '中共阜新市纪委', '阜审移〔2026〕4号', None),
              ('REFERRED', '中共阜新市纪委', '中共彰武县纪委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('REFERRED', '中共阜新市纪委', '彰武县监委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('REFERRED', '阜新市监委', '中共彰武县纪委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('REFERRED', '阜新市监委', '彰武县监委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('HOLDS_POSITION', '韩立新', '原副局长', '彰武县教育局')],
        aliases={'市纪委监委': '中共阜新市纪委'},
        notes=COMMON + [
            'Joint header and joint addressee (纪委 and 监委 each named): 转办 to a lower level is REFERRED, one relation per sender–receiver pair (2×2).',
            'The audit bureau → 我委 referral: receiver is the issuer (lead body 中共阜新市纪委); transfer date not written here.',
            '彰武县教育局原副局长: 原 is adjacent to the title, so the POSITION span is 原副局长 (the agency name precedes it, it does not sit in between).',
            '市纪委监委 aliases to the lead body (*unsure*: the merged 纪委监委 is one office). 市纪委监委第五审查调查室 is one maximal AGENCY span.',
        ],
    ),
]

DOCS += [
    dict(
        file='b3-fh-wuhai-haibowan-2026-9.txt', fmt='gb18030', kind='other', violations=[],
        issuer='乌海市海勃湾区市场监督管理局',
        body='''
⟦乌海市海勃湾区市场监督管理局|A⟧

⟦海市监函〔2026〕9号|N⟧

关于协助核查⟦阜新北辰服饰有限公司|C⟧关联企业情况的复函

⟦彰武县纪委监委|A⟧：
　　你委⟦2026年3月24日|D⟧《关于商请协助核查有关企业登记情况的函》（⟦彰纪协〔2026〕6号|N⟧）收悉。经查，现函复如下：
　　⟦乌海市金沙纺织品有限公司|C⟧于⟦2022年6月|D⟧在我局登记成立，⟦法定代表人|T⟧⟦白玉兰|P⟧，系⟦阜新北辰服饰有限公司|C⟧⟦法定代表人|T⟧⟦白玉成|P⟧之妹。该公司⟦2025年3月|D⟧至9月期间与⟦阜新北辰服饰有限公司|C⟧有资金往来，合计⟦127.6万元|M⟧（以开户银行提供的流水为准）。⟦2025年10月|D⟧，该公司因未按规定公示年度报告被我局列入经营异常名录。
　　特此函复。

　　经办人：⟦其木格|P⟧、⟦张斌|P⟧
　　联系电话：0473-3996102

⟦乌海市海勃湾区市场监督管理局|A⟧
⟦2026年4月8日|D⟧
''',
        rels=[('LEGAL_REP', '白玉兰', '乌海市金沙纺织品有限公司'),
              ('HOLDS_POSITION', '白玉兰', '法定代表人', '乌海市金沙纺织品有限公司'),
              ('LEGAL_REP', '白玉成', '阜新北辰服饰有限公司'),
              ('HOLDS_POSITION', '白玉成', '法定代表人@1', '阜新北辰服饰有限公司')],
        notes=COMMON + [
            'GB18030. A reply to a request for assistance: no REFERRED (nothing handed over).',
            '2025年3月至9月: the range end 9月 is month-only (no year, no day): not DATE; 2025年3月 is.',
            '列入经营异常名录 is an administrative measure for failing to publish a report, unrelated to procurement; not treated as a procurement sanction — PENALIZED not annotated (*unsure*).',
            'Mongolian name 其木格 as written.',
        ],
    ),
    dict(
        file='b4-cbh-fuxin-jiwei-2026-3.docx', fmt='docx', kind='other', violations=[],
        issuer='中共阜新市纪律检查委员会',
        body='''
⟦中共阜新市纪律检查委员会|A⟧
⟦阜新市监察委员会|A⟧
催办函
⟦阜纪催〔2026〕3号|N⟧
⟦彰武县纪委监委|A⟧：
我委于⟦2026年3月2日|D⟧以《问题线索转办函》（⟦阜纪转〔2026〕17号|N⟧）将⟦市审计局|A⟧移送的⟦彰武县教育局|A⟧校服采购问题线索转你委办理，要求于⟦2026年4月30日|D⟧前报送核查处置结果。截至⟦5月6日|D⟧，我委仍未收到你委报告。
请你委抓紧办理，于⟦2026年5月15日|D⟧前将核查处置情况书面报送⟦市纪委监委第五审查调查室|A⟧；确因案情复杂不能按期办结的，应书面说明理由及预计办结时间。
联系人：⟦宋志刚|P⟧，电话0418-2827305
⟦中共阜新市纪律检查委员会办公室|A⟧
⟦2026年5月6日|D⟧
''',
        rels=[('REFERRED', '中共阜新市纪律检查委员会', '彰武县纪委监委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('REFERRED', '阜新市监察委员会', '彰武县纪委监委', '阜纪转〔2026〕17号', '2026年3月2日'),
              ('REFERRED', '市审计局', '中共阜新市纪律检查委员会', None, None)],
        aliases={},
        notes=COMMON + [
            '.docx. The reminder restates the earlier 转办 (我委 = the joint header, both bodies named): REFERRED from each to 彰武县纪委监委 with the 转办函 number and date.',
            '市审计局移送的…线索: the audit bureau → 我委 (the lead body of the joint header), no number or date here.',
            'Signature 中共阜新市纪律检查委员会办公室: one maximal AGENCY span (named sub-unit, like 高安市财政局办公室).',
        ],
    ),
]
