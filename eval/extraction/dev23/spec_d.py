"""dev23 — letters a13–a18: joint senders, 受案通知 (passive 由…移送), 转办函 with a text table (GB18030, CRLF),
涉嫌犯罪案件移送书 with an earlier transfer, a partly traditional 回執, an OCR-noisy 移送函. All invented."""

DOCS = [
    dict(
        file='a13-lhysh-lianyuan-czj-sjj-2026-19.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='涟源市财政局',
        body='''
⟦涟源市财政局|A⟧　⟦涟源市审计局|A⟧
关于移送涉嫌串通投标犯罪线索的函
⟦涟财函〔2026〕19号|N⟧

⟦涟源市公安局|A⟧：
　　⟦市审计局|A⟧在对⟦涟源市水利局|A⟧2025年度农村饮水安全巩固提升工程专项审计中发现，该工程管网标段（项目编号：⟦LYSL-2025-017|J⟧）的三家投标人⟦湖南涟水建设集团有限公司|C⟧（以下简称⟦涟水集团|C⟧）、⟦涟源市金石建筑工程有限公司|C⟧（以下简称⟦金石公司|C⟧）、⟦湖南伏口路桥有限公司|C⟧（以下简称⟦伏口公司|C⟧）的投标保证金均由⟦涟水集团|C⟧⟦实际控制人|T⟧⟦彭志刚|P⟧安排转账，投标报价由⟦彭志刚|P⟧统一确定，⟦涟水集团|C⟧以⟦人民币1286.7万元|M⟧中标。⟦市审计局|A⟧于⟦2026年4月|D⟧将有关情况移交⟦市财政局|A⟧，⟦市财政局|A⟧调取了项目全部采购资料，认为涉嫌串通投标犯罪。
　　根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将该线索及审计取证单、投标文件等材料共三卷联合移送你局，请依法审查。⟦金石公司|C⟧⟦法定代表人|T⟧⟦彭志红|P⟧系⟦彭志刚|P⟧之弟，相关情况请一并核查。

⟦涟源市财政局|A⟧　　　　⟦涟源市审计局|A⟧
⟦2026年5月19日|D⟧
抄送：⟦涟源市纪委监委|A⟧
''',
        rels=[('REFERRED', '涟源市审计局', '涟源市财政局', None, '2026年4月'),
              ('REFERRED', '涟源市财政局', '涟源市公安局', '涟财函〔2026〕19号', '2026年5月19日'),
              ('REFERRED', '涟源市审计局', '涟源市公安局', '涟财函〔2026〕19号', '2026年5月19日'),
              ('HOLDS_POSITION', '彭志刚', '实际控制人', '湖南涟水建设集团有限公司'),
              ('LEGAL_REP', '彭志红', '涟源市金石建筑工程有限公司'),
              ('HOLDS_POSITION', '彭志红', '法定代表人', '涟源市金石建筑工程有限公司'),
              ('BID_ON', '湖南涟水建设集团有限公司', 'LYSL-2025-017'), ('BID_ON', '涟源市金石建筑工程有限公司', 'LYSL-2025-017'),
              ('BID_ON', '湖南伏口路桥有限公司', 'LYSL-2025-017')],
        aliases={'市审计局': '涟源市审计局', '市财政局': '涟源市财政局', '涟水集团': '湖南涟水建设集团有限公司',
                 '金石公司': '涟源市金石建筑工程有限公司', '伏口公司': '湖南伏口路桥有限公司'},
        notes=['Joint senders (财政 + 审计) of one 联合移送 → one REFERRED per sender; issuer = the first-listed body.',
               'The earlier hand-over 审计局 → 财政局 (移交) is REFERRED, dated with the month only (the only date stated).',
               '之弟 is a relation, not POSITION. 审计取证单 is evidence, not a numbered document here. 抄送 is not REFERRED.'],
    ),
    dict(
        file='a14-satz-ruijin-gaj-2026-44.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='瑞金市公安局',
        body='''
⟦瑞金市公安局|A⟧
受案通知书
⟦瑞公（经）受案字〔2026〕44号|N⟧

⟦瑞金市纪委监委|A⟧：
　　由你委于⟦2026年6月11日|D⟧移送的⟦钟某某|P⟧（⟦瑞金市教育科技体育局|A⟧⟦原基建股股长|T⟧）涉嫌在校舍维修工程招标中泄露标底、与⟦江西红都建设有限公司|C⟧⟦负责人|T⟧串通投标一案线索（⟦瑞纪移〔2026〕6号|N⟧），我局经审查，认为有犯罪事实需要追究刑事责任，且属于我局管辖，已于⟦2026年6月15日|D⟧立案侦查。
　　特此通知。

⟦瑞金市公安局|A⟧（印）
⟦二〇二六年六月十六日|D⟧
''',
        rels=[('REFERRED', '瑞金市纪委监委', '瑞金市公安局', '瑞纪移〔2026〕6号', '2026年6月11日'),
              ('HOLDS_POSITION', '钟某某', '原基建股股长', '瑞金市教育科技体育局')],
        notes=['由你委…移送的: passive-style narrative of the incoming transfer; receiver = the issuer (我局, named in the title block).',
               '原基建股股长: the sub-unit after the agency name is written into the POSITION with 原 kept (doubtful: 瑞金市教育科技体育局 + 原基建股股长 split as GUIDELINES does for 原 + title).',
               '江西红都建设有限公司负责人: POSITION attached to an annotated company, no named holder → no HOLDS_POSITION.',
               '立案侦查 is not a relation. 二〇二六年六月十六日 is DATE.'],
    ),
    dict(
        file='a15-zbh-guanxian-fgj-2026-2.txt', fmt='gb18030-crlf', kind='other', violations=['other'],
        issuer='冠县发展和改革局',
        body='''
⟦冠县发展和改革局|A⟧
转办函
⟦冠发改转〔2026〕2号|N⟧

⟦县财政局|A⟧：
    我局近日收到⟦山东冠州智能科技有限公司|C⟧（以下简称⟦冠州公司|C⟧）对⟦冠县第二人民医院|A⟧信息化建设项目的投诉。因该项目属政府采购服务项目，不属于我局招标投标行政监督范围，根据《⟦山东省公共资源交易投诉处理职责分工规定|L⟧》，现转你局办理。来件情况如下：

序号  收件日期     投诉人                   项目编号          主要投诉事项
1     ⟦2026-05-06|D⟧   ⟦山东冠州智能科技有限公司|C⟧   ⟦GXCG-2026-0058|J⟧    评审专家对同一评审因素打分畸高畸低，中标人⟦山东卫和信息系统有限公司|C⟧得分异常
2     ⟦2026-05-09|D⟧   ⟦冠州公司|C⟧（补充材料）       ⟦GXCG-2026-0058|J⟧    中标结果公告未载明评审专家名单

    原件共17页随函转去，请依法处理并将处理结果告知投诉人。

⟦冠县发展和改革局|A⟧
⟦2026年5月12日|D⟧
''',
        rels=[('REFERRED', '冠县发展和改革局', '县财政局', '冠发改转〔2026〕2号', '2026年5月12日'),
              ('BID_ON', '山东卫和信息系统有限公司', 'GXCG-2026-0058')],
        aliases={'冠州公司': '山东冠州智能科技有限公司'},
        notes=['转办 of a complaint to the competent finance bureau = REFERRED (a case transferred), dated with the letter date. GB18030 with CRLF line ends.',
               'The winner (中标人) bid; the complainant is not assumed to have bid (GUIDELINES). The table\'s 收件日期 values are DATE.',
               '县财政局: level-prefixed addressee → AGENCY. violations: other (expert scoring, announcement content).'],
    ),
    dict(
        file='a16-ysh-zhenxiong-scjgj-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='镇雄县市场监督管理局',
        body='''
⟦镇雄县市场监督管理局|A⟧
涉嫌犯罪案件移送书
⟦镇市监移〔2026〕3号|N⟧

⟦镇雄县公安局|A⟧：
　　⟦云南乌峰建材有限公司|C⟧涉嫌串通投标一案，线索由⟦镇雄县公共资源交易中心|A⟧于⟦2026年3月9日|D⟧移送我局。经我局立案调查（立案编号：⟦镇市监立〔2026〕29号|N⟧），查明：⟦2025年10月|D⟧至11月，⟦云南乌峰建材有限公司|C⟧（以下简称⟦乌峰公司|C⟧）⟦实际控制人|T⟧⟦刘兴贵|P⟧为承接镇雄县乌峰街道农村公路养护材料采购项目（项目编号：⟦ZXCG-2025-H119|J⟧），邀请⟦云南乌蒙商贸有限公司|C⟧、⟦镇雄县鑫源砂石经营部|C⟧参与投标，并代为缴纳投标保证金共计⟦人民币6万元|M⟧，最终⟦乌峰公司|C⟧以⟦人民币247.6万元|M⟧中标。
　　根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条，该案涉嫌构成串通投标罪，现移送你局。
　　附：案件调查终结报告、涉案物品清单及相关证据材料一宗。

⟦镇雄县市场监督管理局|A⟧
⟦2026年5月27日|D⟧
抄送：⟦镇雄县人民检察院|A⟧
''',
        rels=[('REFERRED', '镇雄县公共资源交易中心', '镇雄县市场监督管理局', None, '2026年3月9日'),
              ('REFERRED', '镇雄县市场监督管理局', '镇雄县公安局', '镇市监移〔2026〕3号', '2026年5月27日'),
              ('HOLDS_POSITION', '刘兴贵', '实际控制人', '云南乌峰建材有限公司'),
              ('BID_ON', '云南乌峰建材有限公司', 'ZXCG-2025-H119'), ('BID_ON', '云南乌蒙商贸有限公司', 'ZXCG-2025-H119'),
              ('BID_ON', '镇雄县鑫源砂石经营部', 'ZXCG-2025-H119')],
        aliases={'乌峰公司': '云南乌峰建材有限公司'},
        notes=['线索由X于…移送我局: the receiver 我局 = the issuer named in the title block.',
               '立案编号 is a case number → DOC_NO (DECISIONS). 2025年10月至11月: only 2025年10月 is DATE.',
               '经营部 → COMPANY. 镇雄县乌峰街道 (project name) is a place. 抄送 to the procuratorate is not REFERRED.'],
    ),
    dict(
        file='a17-hz-heshui-jwjw-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=[],
        issuer='合水縣紀委監委',
        body='''
⟦合水縣紀委監委|A⟧
線索移送回執
⟦合紀回〔2026〕4號|N⟧

⟦合水县财政局|A⟧：
　　你局⟦2026年7月3日|D⟧以⟦合财函〔2026〕14号|N⟧文移送的《关于⟦合水县太白镇卫生院|A⟧医疗设备采购中存在违规问题的线索》已收悉。經登記，該線索已轉我委第三監督檢查室辦理。
　　特此回執。
　　回執編號：HS-2026-071

（以下由移送單位填寫）
移送單位：⟦合水县财政局|A⟧　　移送人：⟦马晓东|P⟧　　接收人：⟦慕容晴|P⟧
⟦合水縣紀委監委|A⟧（章）
⟦2026年7月6日|D⟧
''',
        rels=[('REFERRED', '合水县财政局', '合水縣紀委監委', '合财函〔2026〕14号', '2026年7月3日')],
        notes=['Partly traditional: the form\'s printed parts are traditional, the typed-in parts simplified; spans are copied as written.',
               '回執編號 is not DOC_NO (DECISIONS: the serial printed on a receipt form); the receipt\'s own 〔〕 number 合紀回〔2026〕4號 is.',
               '我委第三監督檢查室: sub-unit after a pronoun, no place → not AGENCY. 移送人 / 接收人 are not POSITION.',
               'violations empty: 违规问题 is not characterised. The 卫生院 inside the 《》 title of the clue is AGENCY (not LAW).'],
    ),
    dict(
        file='a18-ysh-tongxin-jyzx-2026-5-ocr.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='同心县公共资源交易中心',
        body='''
⟦同心县公共资 源交易中心|A⟧
关于移送异常投标线索的函
⟦同交易函〔2026〕5 号|N⟧

⟦同心县发展和改革局|A⟧：
   我中心在同心县豫海镇移民安置区道路工程（招标编号:⟦TXGC-2026-OO7|J⟧）开标评标过程中发现，⟦宁夏同德路桥有限公 司|C⟧与⟦宁夏清水河建设工程有限公司|C⟧的投标文件中存在相同的错漏（均将“沥青”误写为“沥清”），且两家单位投标保证金从同一个人账户汇出（汇款人：⟦丁某|P⟧）。依照《⟦宁夏回族自治区公共资源交易异常情况处置办法|L⟧》，现将上述线索移送贵局依法处理。
   附件：1.开标记录 2.雷同性分析报告 3.保证金汇款凭证
                                   ⟦同心县公共资源交易中心|A⟧
                                        ⟦2026年8月l2日|D⟧
抄送：⟦同心县纪委监委|A⟧
''',
        rels=[('REFERRED', '同心县公共资源交易中心', '同心县发展和改革局', '同交易函〔2026〕5 号', '2026年8月l2日'),
              ('BID_ON', '宁夏同德路桥有限公 司', 'TXGC-2026-OO7'), ('BID_ON', '宁夏清水河建设工程有限公司', 'TXGC-2026-OO7')],
        aliases={'同心县公共资 源交易中心': '同心县公共资源交易中心'},
        notes=['OCR noise kept as written (GUIDELINES §2.7): a space inside the header name and inside 宁夏同德路桥有限公 司, OO7 for 007, l2 for 12, a space before 号.',
               'The noisy header mention is aliased to the clean signature mention (canonical); REFERRED uses the clean one.',
               '丁某 (masked, name shape) is PERSON. 抄送 is not REFERRED.'],
    ),
]
