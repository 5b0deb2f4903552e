"""dev15 — court and prosecution texts in the anonymised style of published judgments (inline ⟦text|L⟧ marks).

Inner Mongolia 锡林郭勒 锡林浩特 (刑事判决书, 串通投标), Inner Mongolia 通辽科尔沁区 (刑事判決書, 受賄, traditional),
Jilin 白山浑江区 (起诉书), Shandong 日照 (二审 刑事裁定书, docx), Guizhou 铜仁碧江区 (行政判决书, GB18030 CRLF).
All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '公诉机关, 被告人, 上诉人, 原审被告人, 辩护人, 委托代理人, 出庭负责人, 原告, 被告 are procedural roles, never POSITION. Court case numbers keep their '
    'parentheses (GUIDELINES). A criminal sentence by the named court is PENALIZED (court → each sentenced party); 留置, 逮捕, 取保候审, 提起公诉 are no relations.',
    '审判长, 审判员, 人民陪审员, 书记员, 检察官 before a name are POSITION with org the court/procuratorate (dev14; *unsure* for 书记员).',
]

DOCS = [
    dict(
        file='c1-ss-xilinhaote-2026-45.txt', fmt='utf-8', kind='court_judgment', violations=['collusion'],
        issuer='内蒙古自治区锡林浩特市人民法院',
        body='''
⟦内蒙古自治区锡林浩特市人民法院|A⟧
刑 事 判 决 书
⟦（2026）内2502刑初45号|N⟧

　　公诉机关⟦锡林浩特市人民检察院|A⟧。
　　被告人⟦巴特尔|P⟧，男，⟦1979年3月12日|D⟧出生，蒙古族，⟦锡林浩特市草原牧歌商贸有限公司|C⟧⟦法定代表人|T⟧。因涉嫌犯串通投标罪于⟦2025年11月4日|D⟧被⟦锡林浩特市公安局|A⟧取保候审。
　　被告人⟦乌日娜|P⟧，女，1985年出生，蒙古族，⟦内蒙古锡林郭勒绿野建筑工程有限公司|C⟧⟦股东|T⟧。
　　被告人⟦张某1|P⟧，男，1990年出生，汉族，⟦锡林浩特市腾飞劳务有限公司|C⟧⟦项目经理|T⟧。
　　辩护人⟦其其格|P⟧，⟦内蒙古苏尼特律师事务所|C⟧⟦律师|T⟧。
　　⟦锡林浩特市人民检察院|A⟧以⟦锡检刑诉〔2026〕38号|N⟧起诉书指控被告人⟦巴特尔|P⟧、⟦乌日娜|P⟧、⟦张某1|P⟧犯串通投标罪，于⟦2026年4月2日|D⟧向本院提起公诉。
　　经审理查明：⟦2025年4月|D⟧，⟦锡林浩特市住房和城乡建设局|A⟧发布锡林浩特市城北片区供热管网改造工程招标公告（招标编号：⟦XLHT-JS-2025-027|J⟧）。被告人⟦巴特尔|P⟧为使其公司中标，找到被告人⟦乌日娜|P⟧、⟦张某1|P⟧，借用二人所在公司参与投标，由其公司⟦员工|T⟧⟦张某2|P⟧（另案处理）统一制作三家投标文件并统一报价。⟦锡林浩特市草原牧歌商贸有限公司|C⟧以⟦1,287.6万元|M⟧中标。⟦巴特尔|P⟧分别支付⟦乌日娜|P⟧、⟦张某1|P⟧“好处费”⟦人民币5万元|M⟧、⟦人民币3万元|M⟧。
　　本案由⟦锡林浩特市公安局|A⟧侦查终结，以⟦锡公（经）诉字〔2026〕17号|N⟧起诉意见书于⟦2026年2月10日|D⟧移送⟦锡林浩特市人民检察院|A⟧审查起诉。
　　依照《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，判决如下：
　　一、被告人⟦巴特尔|P⟧犯串通投标罪，判处有期徒刑一年，并处罚金⟦人民币十万元|M⟧；
　　二、被告人⟦乌日娜|P⟧犯串通投标罪，判处拘役六个月，缓刑一年，并处罚金⟦人民币三万元|M⟧；
　　三、被告人⟦张某1|P⟧犯串通投标罪，判处拘役四个月，缓刑六个月，并处罚金⟦人民币二万元|M⟧。

⟦审　判　长|T⟧　⟦满都拉|P⟧
⟦审　判　员|T⟧　⟦额尔敦·巴雅尔|P⟧
⟦人民陪审员|T⟧　⟦萨仁高娃|P⟧
⟦二〇二六年六月十八日|D⟧
⟦书　记　员|T⟧　⟦高娃|P⟧
''',
        rels=[('PENALIZED', '内蒙古自治区锡林浩特市人民法院', '巴特尔'),
              ('PENALIZED', '内蒙古自治区锡林浩特市人民法院', '乌日娜'),
              ('PENALIZED', '内蒙古自治区锡林浩特市人民法院', '张某1'),
              ('REFERRED', '锡林浩特市公安局', '锡林浩特市人民检察院', '锡公（经）诉字〔2026〕17号', '2026年2月10日'),
              ('LEGAL_REP', '巴特尔', '锡林浩特市草原牧歌商贸有限公司'),
              ('HOLDS_POSITION', '巴特尔', '法定代表人', '锡林浩特市草原牧歌商贸有限公司'),
              ('HOLDS_POSITION', '乌日娜', '股东', '内蒙古锡林郭勒绿野建筑工程有限公司'),
              ('HOLDS_POSITION', '张某1', '项目经理', '锡林浩特市腾飞劳务有限公司'),
              ('HOLDS_POSITION', '其其格', '律师', '内蒙古苏尼特律师事务所'),
              ('HOLDS_POSITION', '张某2', '员工', '锡林浩特市草原牧歌商贸有限公司'),
              ('HOLDS_POSITION', '满都拉', '审　判　长', '内蒙古自治区锡林浩特市人民法院'),
              ('HOLDS_POSITION', '额尔敦·巴雅尔', '审　判　员', '内蒙古自治区锡林浩特市人民法院'),
              ('HOLDS_POSITION', '萨仁高娃', '人民陪审员', '内蒙古自治区锡林浩特市人民法院'),
              ('HOLDS_POSITION', '高娃', '书　记　员', '内蒙古自治区锡林浩特市人民法院'),
              ('BID_ON', '锡林浩特市草原牧歌商贸有限公司', 'XLHT-JS-2025-027'),
              ('BID_ON', '内蒙古锡林郭勒绿野建筑工程有限公司', 'XLHT-JS-2025-027'),
              ('BID_ON', '锡林浩特市腾飞劳务有限公司', 'XLHT-JS-2025-027')],
        notes=COMMON + [
            'Mongolian names: 巴特尔, 乌日娜, 其其格, 满都拉, 萨仁高娃 (four characters), 高娃 (two), 额尔敦·巴雅尔 (with a middle dot). 草原牧歌 in the company name is not a person.',
            'The judges\' block is letter-spaced (审　判　长): the titles are POSITION as written, spaces inside the span (*unsure*: an extractor may normalise them). '
            '1985年出生 (year only) is not DATE; the full birth date is.',
            '其公司员工张某2 (另案处理): 员工 POSITION with org 巴特尔\'s company (其 resolved, dev14 a2).',
        ],
    ),
    dict(
        file='c2-ss-tongliao-horqin-2026-118-fanti.txt', fmt='utf-8', kind='court_judgment', violations=['bribery'],
        issuer='內蒙古自治區通遼市科爾沁區人民法院',
        body='''
⟦內蒙古自治區通遼市科爾沁區人民法院|A⟧
刑事判決書
⟦（2026）內0502刑初118號|N⟧

　　公訴機關⟦通遼市科爾沁區人民檢察院|A⟧。
　　被告人⟦王某某|P⟧，男，⟦1968年10月|D⟧出生，原⟦通遼市科爾沁區衛生健康委員會|A⟧⟦黨組成員|T⟧、⟦副主任|T⟧。因涉嫌受賄罪，於⟦2025年12月2日|D⟧被⟦通遼市科爾沁區監察委員會|A⟧留置，⟦2026年2月27日|D⟧被逮捕。現羈押於⟦通遼市看守所|A⟧。
　　辯護人⟦烏力吉|P⟧，⟦內蒙古科爾沁律師事務所|C⟧⟦律師|T⟧。
　　⟦通遼市科爾沁區審計局|A⟧於⟦2025年9月|D⟧將審計中發現的問題線索移送⟦通遼市科爾沁區紀委監委|A⟧。⟦通遼市科爾沁區監察委員會|A⟧調查終結，於⟦2026年3月20日|D⟧將本案移送⟦通遼市科爾沁區人民檢察院|A⟧審查起訴。該院以⟦科檢刑訴〔2026〕64號|N⟧起訴書向本院提起公訴。
　　經審理查明：⟦2022年3月|D⟧至⟦2024年10月|D⟧，被告人⟦王某某|P⟧利用擔任副主任的職務便利，為⟦通遼市康源醫療器械有限公司|C⟧（以下簡稱⟦康源公司|C⟧）實際控制人⟦李某|P⟧在⟦科爾沁區第一人民醫院|A⟧醫療設備採購項目（項目編號：⟦KEQ-YL-2022-019|J⟧、⟦KEQ-YL-2023-004|J⟧）中標提供幫助，先後四次收受⟦李某|P⟧給予的現金共計⟦人民幣46萬元|M⟧。⟦康源公司|C⟧兩次中標金額合計⟦1,530萬元|M⟧。
　　依照《⟦中華人民共和國刑法|L⟧》第三百八十五條、第三百八十六條之規定，判決如下：
　　被告人⟦王某某|P⟧犯受賄罪，判處有期徒刑三年六個月，並處罰金⟦人民幣二十萬元|M⟧；對被告人⟦王某某|P⟧受賄所得⟦人民幣46萬元|M⟧予以追繳，上繳國庫。

⟦審判長|T⟧　⟦娜仁|P⟧
⟦審判員|T⟧　⟦趙雲|P⟧
⟦人民陪審員|T⟧　⟦那日蘇|P⟧
⟦二〇二六年七月三日|D⟧
⟦書記員|T⟧　⟦孟和|P⟧
''',
        rels=[('PENALIZED', '內蒙古自治區通遼市科爾沁區人民法院', '王某某'),
              ('REFERRED', '通遼市科爾沁區審計局', '通遼市科爾沁區紀委監委', None, '2025年9月'),
              ('REFERRED', '通遼市科爾沁區監察委員會', '通遼市科爾沁區人民檢察院', None, '2026年3月20日'),
              ('HOLDS_POSITION', '王某某', '黨組成員', '通遼市科爾沁區衛生健康委員會'),
              ('HOLDS_POSITION', '王某某', '副主任', '通遼市科爾沁區衛生健康委員會'),
              ('HOLDS_POSITION', '烏力吉', '律師', '內蒙古科爾沁律師事務所'),
              ('HOLDS_POSITION', '娜仁', '審判長', '內蒙古自治區通遼市科爾沁區人民法院'),
              ('HOLDS_POSITION', '趙雲', '審判員', '內蒙古自治區通遼市科爾沁區人民法院'),
              ('HOLDS_POSITION', '那日蘇', '人民陪審員', '內蒙古自治區通遼市科爾沁區人民法院'),
              ('HOLDS_POSITION', '孟和', '書記員', '內蒙古自治區通遼市科爾沁區人民法院'),
              ('BID_ON', '通遼市康源醫療器械有限公司', 'KEQ-YL-2022-019'),
              ('BID_ON', '通遼市康源醫療器械有限公司', 'KEQ-YL-2023-004')],
        aliases={'康源公司': '通遼市康源醫療器械有限公司'},
        unmarked=['副主任'],
        notes=COMMON + [
            'Traditional characters. 原 + agency + two posts: 原 left out (GUIDELINES), two POSITION. 擔任副主任 later (no name attached) is not annotated.',
            'The judges\' block: titles POSITION with org the court. 趙雲 is also a historical name; '
            '那日蘇, 娜仁, 孟和, 烏力吉 Mongolian names.',
            'The detention house after 羈押於 is AGENCY (dev14). 留置/逮捕: no relation. 移送…審查起訴 to the named procuratorate: REFERRED (监委 → 检察院).',
            '科爾沁區第一人民醫院 (no 市 prefix) is AGENCY.',
        ],
    ),
    dict(
        file='c3-qss-baishan-hunjiang-2026-z12.txt', fmt='utf-8', kind='other', violations=['bribery', 'collusion'],
        issuer='吉林省白山市浑江区人民检察院',
        body='''
⟦吉林省白山市浑江区人民检察院|A⟧
起 诉 书
⟦白浑检刑诉〔2026〕Z12号|N⟧

　　被告人⟦金某|P⟧，男，⟦1975年6月8日|D⟧出生，朝鲜族，⟦白山长白林海建设有限公司|C⟧⟦执行董事|T⟧。
　　被告人⟦姜某某|P⟧，女，⟦1972年2月|D⟧出生，汉族，原⟦白山市浑江区水利局工程股|A⟧⟦股长|T⟧。
　　本案线索系⟦白山市浑江区财政局|A⟧于⟦2025年10月15日|D⟧以⟦浑财函〔2025〕第41号|N⟧线索移送函移送⟦白山市浑江区纪委监委|A⟧。本案由⟦白山市浑江区监察委员会|A⟧调查终结，于⟦2026年4月16日|D⟧以⟦浑监移诉〔2026〕3号|N⟧移送本院审查起诉。
　　经依法审查查明：⟦2024年4月|D⟧，被告人⟦金某|P⟧为使其公司承揽浑江区板石河堤防加固工程（招标编号：⟦HJSL-2024-SG-03|J⟧），借用⟦吉林通化宏源水利工程有限公司|C⟧、⟦白山市鸭绿江路桥有限公司|C⟧资质陪标，并请托被告人⟦姜某某|P⟧在资格审查中予以关照，送给⟦姜某某|P⟧⟦人民币8万元|M⟧。⟦白山长白林海建设有限公司|C⟧以⟦2,316.8万元|M⟧中标。证人⟦朴某|P⟧、⟦金某某|P⟧的证言证实上述事实。
　　本院认为，被告人⟦金某|P⟧的行为触犯了《⟦中华人民共和国刑法|L⟧》第二百二十三条、第三百九十三条，被告人⟦姜某某|P⟧的行为触犯了《⟦中华人民共和国刑法|L⟧》第三百八十五条，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
　　此致
⟦白山市浑江区人民法院|A⟧
　　　　　　　　　　⟦检察官|T⟧　⟦崔明浩|P⟧
　　　　　　　　　　⟦检察官助理|T⟧　⟦赵一鸣|P⟧
⟦2026年5月20日|D⟧
附件：1.被告人⟦金某|P⟧现羁押于⟦白山市看守所|A⟧；
　　　2.案卷材料12册。
''',
        rels=[('REFERRED', '白山市浑江区财政局', '白山市浑江区纪委监委', '浑财函〔2025〕第41号', '2025年10月15日'),
              ('REFERRED', '白山市浑江区监察委员会', '吉林省白山市浑江区人民检察院', '浑监移诉〔2026〕3号', '2026年4月16日'),
              ('HOLDS_POSITION', '金某', '执行董事', '白山长白林海建设有限公司'),
              ('HOLDS_POSITION', '姜某某', '股长', '白山市浑江区水利局工程股'),
              ('HOLDS_POSITION', '崔明浩', '检察官', '吉林省白山市浑江区人民检察院'),
              ('HOLDS_POSITION', '赵一鸣', '检察官助理', '吉林省白山市浑江区人民检察院'),
              ('BID_ON', '白山长白林海建设有限公司', 'HJSL-2024-SG-03'),
              ('BID_ON', '吉林通化宏源水利工程有限公司', 'HJSL-2024-SG-03'),
              ('BID_ON', '白山市鸭绿江路桥有限公司', 'HJSL-2024-SG-03')],
        notes=COMMON + [
            'An indictment: kind other (dev14, *unsure*). The number carries a letter (白浑检刑诉〔2026〕Z12号): one DOC_NO. No sentence: no PENALIZED.',
            '移送本院审查起诉: receiver 本院 = the named issuer (REFERRED 监委 → 检察院). The clue letter 财政局 → 纪委监委 stated in the narrative is REFERRED.',
            '原 + named unit after its agency (白山市浑江区水利局工程股) + 股长: one AGENCY span (dev14), 原 left out. 检察官助理 is POSITION (*unsure*).',
            'Masked names 金某, 金某某, 姜某某, 朴某 are PERSON (金某 and 金某某 are different persons). The detention house is AGENCY.',
        ],
    ),
    dict(
        file='c4-ss-rizhao-2026-67.docx', fmt='docx', kind='court_judgment', violations=['collusion'],
        issuer='山东省日照市中级人民法院',
        body='''
⟦山东省日照市中级人民法院|A⟧
刑 事 裁 定 书
⟦（2026）鲁11刑终67号|N⟧
　　原公诉机关⟦日照市东港区人民检察院|A⟧。
　　上诉人（原审被告人）⟦厉某|P⟧，男，⟦1973年9月|D⟧出生，⟦日照港城环卫设备有限公司|C⟧实际控制人。
　　原审被告人⟦高某|P⟧，男，⟦山东鲁海机械有限公司|C⟧⟦业务员|T⟧。
　　原审被告人⟦东方某|P⟧，男，⟦日照利通汽车贸易有限公司|C⟧⟦总经理|T⟧。
　　辩护人⟦公孙丽华|P⟧，⟦山东海曲律师事务所|C⟧⟦律师|T⟧。
　　⟦日照市东港区人民法院|A⟧审理⟦日照市东港区人民检察院|A⟧指控原审被告人⟦厉某|P⟧、⟦高某|P⟧、⟦东方某|P⟧犯串通投标罪一案，于⟦2026年10月9日|D⟧作出⟦（2026）鲁1102刑初389号|N⟧刑事判决。原审被告人⟦厉某|P⟧不服，提出上诉。
　　原判认定：被告人⟦厉某|P⟧在东港区环卫车辆采购项目（项目编号：⟦SDGP371102202502000067|J⟧）中，安排⟦高某|P⟧、⟦东方某|P⟧以其所在公司名义陪标，⟦日照港城环卫设备有限公司|C⟧以⟦人民币586.4万元|M⟧中标。原判以串通投标罪判处⟦厉某|P⟧有期徒刑一年六个月，并处罚金⟦人民币二十万元|M⟧；判处⟦高某|P⟧拘役五个月，缓刑六个月，并处罚金⟦人民币三万元|M⟧；判处⟦东方某|P⟧拘役四个月，缓刑六个月，并处罚金⟦人民币三万元|M⟧。
　　本院认为，原判认定事实清楚，量刑适当。依照《⟦中华人民共和国刑事诉讼法|L⟧》第二百三十六条第一款第（一）项之规定，裁定如下：
　　驳回上诉，维持原判。
　　本裁定为终审裁定。
⟦审判长|T⟧　⟦牟晓燕|P⟧
⟦审判员|T⟧　⟦仇刚|P⟧
⟦审判员|T⟧　⟦管仲|P⟧
⟦二〇二六年十一月二十七日|D⟧
⟦书记员|T⟧　⟦解放|P⟧
''',
        rels=[('PENALIZED', '日照市东港区人民法院', '厉某'),
              ('PENALIZED', '日照市东港区人民法院', '高某'),
              ('PENALIZED', '日照市东港区人民法院', '东方某'),
              ('HOLDS_POSITION', '高某', '业务员', '山东鲁海机械有限公司'),
              ('HOLDS_POSITION', '东方某', '总经理', '日照利通汽车贸易有限公司'),
              ('HOLDS_POSITION', '公孙丽华', '律师', '山东海曲律师事务所'),
              ('HOLDS_POSITION', '牟晓燕', '审判长', '山东省日照市中级人民法院'),
              ('HOLDS_POSITION', '仇刚', '审判员@0', '山东省日照市中级人民法院'),
              ('HOLDS_POSITION', '管仲', '审判员@1', '山东省日照市中级人民法院'),
              ('HOLDS_POSITION', '解放', '书记员', '山东省日照市中级人民法院'),
              ('BID_ON', '日照港城环卫设备有限公司', 'SDGP371102202502000067'),
              ('BID_ON', '山东鲁海机械有限公司', 'SDGP371102202502000067'),
              ('BID_ON', '日照利通汽车贸易有限公司', 'SDGP371102202502000067')],
        notes=COMMON + [
            'A .docx (texts/ holds the plain text). A second-instance ruling: issuer the intermediate court; the sentences are the first-instance court\'s (原判): PENALIZED from '
            '日照市东港区人民法院 (dev14 c5, *unsure*). The first-instance case number is DOC_NO.',
            '东方某 keeps a compound surname with 某; 公孙丽华 compound surname; 解放 (书记员) is a name that is also the word "liberation"; 管仲 is also a historical name; '
            '仇 and 牟 are surnames. Here the titles are written without inner spaces, so they are POSITION.',
            '实际控制人 is not POSITION.',
        ],
    ),
    dict(
        file='c5-xzpj-tongren-bijiang-2026-23.txt', fmt='gb18030-crlf', kind='court_judgment', violations=['collusion'],
        issuer='贵州省铜仁市碧江区人民法院',
        body='''
⟦贵州省铜仁市碧江区人民法院|A⟧
行 政 判 决 书
⟦（2026）黔0602行初23号|N⟧

　　原告⟦贵州梵净山园林绿化有限公司|C⟧，住所地铜仁市碧江区川硐街道锦江大道88号。
　　⟦法定代表人|T⟧⟦龙飞|P⟧，该公司⟦董事长|T⟧。
　　委托代理人⟦吴某某|P⟧，该公司⟦员工|T⟧。
　　被告⟦铜仁市碧江区财政局|A⟧，住所地铜仁市碧江区金滩路6号。
　　⟦法定代表人|T⟧⟦欧某|P⟧，该局⟦局长|T⟧。
　　出庭负责人⟦滕建华|P⟧，该局⟦副局长|T⟧。
　　原告不服被告于⟦2025年12月30日|D⟧作出的⟦碧财罚〔2025〕9号|N⟧《行政处罚决定书》，于⟦2026年2月3日|D⟧向本院提起行政诉讼。本院受理后依法组成合议庭，公开开庭审理了本案。
　　经审理查明：在碧江区河道保洁服务项目（项目编号：⟦BJCG-2025-118|J⟧）中，原告与⟦铜仁锦江保洁服务有限公司|C⟧的投标文件由同一人编制、投标保证金由同一账户缴纳。被告据此认定双方串通投标，作出⟦碧财罚〔2025〕9号|N⟧处罚决定，对原告处以罚款⟦人民币1.85万元|M⟧，列入不良行为记录名单。
　　本院认为，被告认定事实清楚，程序合法。依照《⟦中华人民共和国行政诉讼法|L⟧》第六十九条之规定，判决如下：
　　驳回原告⟦贵州梵净山园林绿化有限公司|C⟧的诉讼请求。
　　案件受理费⟦50元|M⟧，由原告负担。

⟦审判长|T⟧　⟦杨秀|P⟧
⟦人民陪审员|T⟧　⟦石磊|P⟧
⟦人民陪审员|T⟧　⟦麻三妹|P⟧
⟦二〇二六年五月十二日|D⟧
⟦书记员|T⟧　⟦龙飞燕|P⟧
''',
        rels=[('PENALIZED', '铜仁市碧江区财政局', '贵州梵净山园林绿化有限公司'),
              ('LEGAL_REP', '龙飞', '贵州梵净山园林绿化有限公司'),
              ('HOLDS_POSITION', '龙飞', '法定代表人@0', '贵州梵净山园林绿化有限公司'),
              ('HOLDS_POSITION', '龙飞', '董事长', '贵州梵净山园林绿化有限公司'),
              ('HOLDS_POSITION', '吴某某', '员工', '贵州梵净山园林绿化有限公司'),
              ('LEGAL_REP', '欧某', '铜仁市碧江区财政局'),
              ('HOLDS_POSITION', '欧某', '法定代表人@1', '铜仁市碧江区财政局'),
              ('HOLDS_POSITION', '欧某', '局长', '铜仁市碧江区财政局'),
              ('HOLDS_POSITION', '滕建华', '副局长', '铜仁市碧江区财政局'),
              ('HOLDS_POSITION', '杨秀', '审判长', '贵州省铜仁市碧江区人民法院'),
              ('HOLDS_POSITION', '石磊', '人民陪审员@0', '贵州省铜仁市碧江区人民法院'),
              ('HOLDS_POSITION', '麻三妹', '人民陪审员@1', '贵州省铜仁市碧江区人民法院'),
              ('HOLDS_POSITION', '龙飞燕', '书记员', '贵州省铜仁市碧江区人民法院'),
              ('BID_ON', '贵州梵净山园林绿化有限公司', 'BJCG-2025-118'),
              ('BID_ON', '铜仁锦江保洁服务有限公司', 'BJCG-2025-118')],
        notes=COMMON + [
            'GB18030 with CRLF. An administrative judgment upholding a penalty: the finance bureau\'s fine stated as fact is PENALIZED (财政局 → 原告); the court imposes none '
            '(dismissal of the claim, *unsure*). The penalty decision\'s number is DOC_NO (twice).',
            'Posts through 该公司/该局 resolve to the named party (GUIDELINES). The agency\'s 法定代表人 gives LEGAL_REP to an AGENCY (allowed).',
            '龙飞 (also "dragon flies") and 龙飞燕 are different persons; 石磊 and 麻三妹 names. Judges\' titles POSITION with org the court.',
            'Addresses after 住所地 are not annotated.',
        ],
    ),
]
