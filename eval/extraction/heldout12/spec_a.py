"""heldout12 — letters a1–a9 (referral chains). Inline ⟦text|L⟧ marks. All persons, companies, numbers, amounts and acts invented."""

DOCS = [
    dict(
        file='a1-ysh-pingliang-kongtong-czj-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion', 'interference'],
        issuer='平凉市崆峒区财政局',
        body='''
⟦平凉市崆峒区财政局|A⟧
关于移送⟦平凉陇东路桥建设有限公司|C⟧等涉嫌串通投标问题线索的函
⟦崆财函〔2026〕7号|N⟧

⟦平凉市崆峒区纪委监委|A⟧：
　　我局在办理崆峒区柳湖街道背街小巷改造工程（项目编号：⟦KTZC-2025-118|J⟧）投诉过程中发现，⟦平凉陇东路桥建设有限公司|C⟧（以下简称⟦陇东路桥|C⟧）与⟦甘肃泾川兴旺建筑工程有限公司|C⟧的投标文件由同一电脑编制，两家报价分别为⟦2,316,400元|M⟧和⟦2,318,900元|M⟧，项目经理互为同事。另据投诉人反映，⟦平凉市崆峒区柳湖街道办事处|A⟧⟦副主任|T⟧⟦魏国平|P⟧曾在开标前与⟦陇东路桥|C⟧⟦总经理|T⟧⟦马德旺|P⟧多次会面。
　　上述问题涉嫌公职人员违规插手干预，根据《⟦政府采购质疑和投诉办法|L⟧》第二十九条及有关规定，现将线索及投诉书复印件、开标记录等材料（共计43页）移送你委，请依规处理，并将结果函告我局。

　　联系人：⟦王小燕|P⟧　电话：0933-8216xxx
附件：材料清单

⟦平凉市崆峒区财政局|A⟧
⟦2026年1月14日|D⟧
''',
        rels=[('REFERRED', '平凉市崆峒区财政局', '平凉市崆峒区纪委监委', '崆财函〔2026〕7号', '2026年1月14日'),
              ('HOLDS_POSITION', '魏国平', '副主任', '平凉市崆峒区柳湖街道办事处'),
              ('HOLDS_POSITION', '马德旺', '总经理', '平凉陇东路桥建设有限公司'),
              ('BID_ON', '平凉陇东路桥建设有限公司', 'KTZC-2025-118'),
              ('BID_ON', '甘肃泾川兴旺建筑工程有限公司', 'KTZC-2025-118')],
        aliases={'陇东路桥': '平凉陇东路桥建设有限公司'},
        notes=['联系人 王小燕: PERSON; 联系人 is not a POSITION (GUIDELINES).',
               'violations: collusion (same computer) and interference (meetings) — only collusion stated as found; interference is an allegation, added.'],
    ),
    dict(
        file='a2-hz-jixi-jiguan-jw-2026-3.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='鸡西市鸡冠区纪委监委',
        body='''
回　执

⟦鸡西市鸡冠区财政局|A⟧：
　　你局⟦2026年1月9日|D⟧《关于移送⟦鸡冠区第二中学|A⟧课桌椅采购项目有关问题线索的函》（⟦鸡冠财函〔2026〕2号|N⟧）及所附材料一宗已于⟦2026年1月12日|D⟧收悉，收文登记号JG-XF-2026-0031。
　　经初步审阅，材料中涉及⟦鸡西恒达教学设备有限公司|C⟧与⟦鸡西北方家具制造有限公司|C⟧围标问题，我委已按程序登记，转⟦鸡西市鸡冠区纪委监委第二监督检查室|A⟧办理。
　　特此回执。

　　　　　　　　　　　⟦鸡西市鸡冠区纪委监委|A⟧（信访室代章）
　　　　　　　　　　　⟦2026年1月13日|D⟧
''',
        rels=[('REFERRED', '鸡西市鸡冠区财政局', '鸡西市鸡冠区纪委监委', '鸡冠财函〔2026〕2号', '2026年1月9日')],
        unmarked=[],
        notes=['Receipt: carries the incoming transfer 财政局 → 纪委监委 with the sender\'s number; the transfer date is the letter date (2026年1月9日), 收悉 date not used.',
               '收文登记号 is a register number, not DOC_NO (DECISIONS). Internal 转 to the 第二监督检查室 is inside one body, not REFERRED.',
               'The receiver never signs except in the signature; the issuer is the signature mention.'],
    ),
    dict(
        file='a3-zbh-dandong-zhenxing-scjg-2026-11.txt', fmt='gb18030', kind='other', violations=['bribery', 'false_materials'],
        issuer='丹东市市场监督管理局',
        body='''
⟦丹东市市场监督管理局|A⟧
转办函
⟦丹市监转〔2026〕11号|N⟧

⟦丹东市振兴区市场监督管理局|A⟧：
　　⟦2025年12月29日|D⟧，⟦辽宁省市场监督管理局|A⟧以⟦辽市监转〔2025〕203号|N⟧转来群众举报件，反映⟦丹东鑫诚医疗器械销售有限公司|C⟧在⟦丹东市振兴区人民医院|A⟧彩超采购项目（编号⟦DDZX-YY-2025-09|J⟧）中以赠送耗材方式给予医院设备科工作人员回扣，并虚构产品注册证信息。
　　经研究，现将该件转你局依法核查处理。请于⟦2026年2月28日|D⟧前将核查结果报送我局执法稽查处，同时答复举报人。
　　附件：举报件复印件1份

⟦丹东市市场监督管理局|A⟧
⟦2026年1月6日|D⟧
''',
        rels=[('REFERRED', '辽宁省市场监督管理局', '丹东市市场监督管理局', '辽市监转〔2025〕203号', '2025年12月29日'),
              ('REFERRED', '丹东市市场监督管理局', '丹东市振兴区市场监督管理局', '丹市监转〔2026〕11号', '2026年1月6日'),
              ('BID_ON', '丹东鑫诚医疗器械销售有限公司', 'DDZX-YY-2025-09')],
        unmarked=[],
        notes=['Two-step chain: 省局 → 市局 (转来, the province\'s number) and 市局 → 区局 (this letter).',
               '医院设备科工作人员: bare sub-unit after an anaphoric 医院 — no AGENCY (no place), and 工作人员 is not attached to a named person or annotated organisation, so no POSITION.',
               '我局执法稽查处 after a pronoun: not AGENCY by DECISIONS (no place).',
               'violations: bribery (回扣) and false_materials (虚构注册证) alleged.'],
    ),
]

DOCS += [
    dict(
        file='a4-slt-xingtai-xindu-gaj-2026-5.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='邢台市公安局信都分局',
        body='''
⟦邢台市公安局信都分局|A⟧
受案通知书
⟦信公（经）受通字〔2026〕5号|N⟧

⟦邢台市信都区审计局|A⟧：
　　你单位于⟦2026年2月3日|D⟧以《审计移送处理书》（⟦信审移〔2026〕1号|N⟧）移送的⟦邢台冀南环保科技有限公司|C⟧在信都区农村生活污水治理设备采购项目（项目编号⟦XDCG-2024-077|J⟧）中伪造检测报告、骗取中标一案，我局已于⟦2026年2月5日|D⟧受理，受案登记号：A1305030200002026020011。
　　我局将依法进行审查，并按规定将处理结果告知你单位。

　　承办单位：⟦邢台市公安局信都分局经济犯罪侦查大队|A⟧
　　承办人：⟦赵明轩|P⟧、⟦孔令杰|P⟧

⟦二〇二六年二月五日|D⟧
（⟦邢台市公安局信都分局|A⟧印）
''',
        rels=[('REFERRED', '邢台市信都区审计局', '邢台市公安局信都分局', '信审移〔2026〕1号', '2026年2月3日'),
              ('BID_ON', '邢台冀南环保科技有限公司', 'XDCG-2024-077')],
        notes=['受理通知: carries the incoming transfer audit → police with the audit\'s number and date. 受案登记号 is not DOC_NO (DECISIONS).',
               '承办人 is not a POSITION; the two officers are PERSON only.'],
    ),
    dict(
        file='a5-thh-xiaogan-xiaonan-jyzx-2026-2.txt', fmt='utf-8', kind='other', violations=[],
        issuer='孝感市孝南区公共资源交易中心',
        body='''
关于退回《孝南区农贸市场提升改造项目异常情况报告》的函

⟦孝感市孝南区发展和改革局|A⟧：
　　⟦1月20日|D⟧，你局将我中心前期报送的孝南区农贸市场提升改造项目（⟦XNJY-2025-GC-064|J⟧）异常情况报告及相关材料转回我中心，要求补充投标人IP地址比对结果。经核查，该项目系⟦孝感市公共资源交易中心|A⟧市级平台组织实施，电子投标数据不在我中心保管范围，我中心无法出具比对结果。
　　为不影响案件办理，现将你局转回的材料原件退回，建议你局径向⟦孝感市公共资源交易中心|A⟧调取。
　　此函

⟦孝感市孝南区公共资源交易中心|A⟧
⟦2026年1月26日|D⟧
''',
        rels=[('REFERRED', '孝感市孝南区公共资源交易中心', '孝感市孝南区发展和改革局')],
        notes=['Return letter: neither the 转回 by the 发改局 nor this 退回 is REFERRED (DECISIONS: a return is no REFERRED). The suggestion to ask the city centre is no referral.',
               'The earlier 报送 of the 异常情况报告 (我中心 = the named issuer → 你局 = the addressee) is a trading centre\'s report to a supervising body, REFERRED by DECISIONS; kept with no date (doubtful).',
               'violations: empty — the anomaly is not characterised.'],
    ),
    dict(
        file='a6-xch-yiyang-heshan-czj-2026-4.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='益阳市赫山区财政局',
        body='''
⟦益阳市赫山区财政局|A⟧
协查函
⟦赫财购协〔2026〕4号|N⟧

⟦益阳市市场监督管理局|A⟧：
　　我局在处理⟦赫山区龙光桥街道中心小学|A⟧食堂设备采购项目（项目编号：⟦HSCG2025-0312|J⟧）投诉时，发现中标供应商⟦湖南益旺厨具设备有限公司|C⟧提交的《质量管理体系认证证书》（证书编号：02425Q31077）无法在全国认证认可信息公共服务平台查询。为查明事实，请贵局协助核实以下事项：
　　一、⟦湖南益旺厨具设备有限公司|C⟧（⟦法定代表人|T⟧⟦胡家声|P⟧）是否取得上述认证；
　　二、该公司⟦2024年3月|D⟧至⟦2025年12月|D⟧期间是否受到行政处罚。
　　请于收函后十五个工作日内回复。
　　联系人：⟦刘婉婷|P⟧　0737-4225xxx

⟦益阳市赫山区财政局|A⟧
⟦2026年2月10日|D⟧
''',
        rels=[('BID_ON', '湖南益旺厨具设备有限公司', 'HSCG2025-0312'), ('LEGAL_REP', '胡家声', '湖南益旺厨具设备有限公司'),
              ('HOLDS_POSITION', '胡家声', '法定代表人', '湖南益旺厨具设备有限公司')],
        notes=['协查函 is not REFERRED (DECISIONS).',
               '证书编号 is a certificate number, not DOC_NO. 中标供应商 → BID_ON.'],
    ),
]

DOCS += [
    dict(
        file='a7-cbh-huzhou-wuxing-sjj-2026-2.docx', fmt='docx', kind='other', violations=['no_procurement'],
        issuer='湖州市吴兴区审计局',
        body='''⟦湖州市吴兴区审计局|A⟧
催办函
⟦吴审函〔2026〕2号|N⟧
⟦湖州市公安局吴兴分局|A⟧：
　　⟦2025年9月18日|D⟧，我局以⟦吴审移〔2025〕6号|N⟧移送处理书，将⟦湖州市吴兴区织里镇人民政府|A⟧下属⟦湖州织里城镇建设发展有限公司|C⟧在2023年至2024年期间将道路维修工程拆分为14个标段直接发包给⟦湖州聚祥市政工程有限公司|C⟧、涉嫌虚开发票套取资金⟦186.4万元|M⟧的问题移送贵局。
　　时至今日已逾四个月，我局尚未收到贵局受案或立案情况的书面反馈。根据《⟦浙江省审计移送处理办法|L⟧》有关规定，请贵局于⟦2026年2月6日|D⟧前将办理进展函告我局。
　　联系人：⟦沈一鸣|P⟧（经济责任审计科）
　　⟦湖州市吴兴区审计局|A⟧
　　⟦2026年1月23日|D⟧''',
        rels=[('REFERRED', '湖州市吴兴区审计局', '湖州市公安局吴兴分局', '吴审移〔2025〕6号', '2025年9月18日')],
        notes=['催办函: restates the earlier transfer with its number and date; the 催办 itself is no REFERRED.',
               'Year-only 2023年至2024年 not DATE.'],
    ),
]

DOCS += [
    dict(
        file='a8-jgfk-zhenjiang-dantu-jw-2026-9-fanti.txt', fmt='utf-8', kind='other', violations=['interference', 'abuse_of_power'],
        issuer='中共鎮江市丹徒區紀律檢查委員會',
        body='''
⟦中共鎮江市丹徒區紀律檢查委員會|A⟧
⟦鎮江市丹徒區監察委員會|A⟧
關於問題線索辦理結果的反饋

⟦鎮江市丹徒區財政局|A⟧：
　　你局⟦2025年10月22日|D⟧移送的《關於丹徒區高資街道污水管網維修項目中有關人員涉嫌違規干預采購的線索》（⟦徒財函〔2025〕31號|N⟧）收悉。經初步核實，現將辦理結果反饋如下：
　　⟦丹徒區高資街道辦事處|A⟧⟦原副主任|T⟧⟦蔣立新|P⟧在該項目採購過程中，多次向采購代理機構⟦江蘇潤業項目管理有限公司|C⟧⟦項目負責人|T⟧⟦錢某|P⟧打招呼，要求在評分標準中設置有利於⟦鎮江天宏建設工程有限公司|C⟧的條款。經⟦區紀委常委會|A⟧會議研究，給予⟦蔣立新|P⟧黨內嚴重警告處分；⟦區監委|A⟧給予其政務撤職處分。
　　另，該項目評審中暴露的採購需求管理問題，建議你局督促采購人整改。
　　特此反饋。

⟦中共鎮江市丹徒區紀律檢查委員會|A⟧
⟦鎮江市丹徒區監察委員會|A⟧
⟦2026年2月12日|D⟧
''',
        rels=[('REFERRED', '鎮江市丹徒區財政局', '中共鎮江市丹徒區紀律檢查委員會', '徒財函〔2025〕31號', '2025年10月22日'),
              ('REFERRED', '鎮江市丹徒區財政局', '鎮江市丹徒區監察委員會', '徒財函〔2025〕31號', '2025年10月22日'),
              ('PENALIZED', '鎮江市丹徒區監察委員會', '蔣立新'),
              ('HOLDS_POSITION', '蔣立新', '原副主任', '丹徒區高資街道辦事處'), ('PENALIZED', '區紀委常委會', '蔣立新'),
              ('HOLDS_POSITION', '錢某', '項目負責人', '江蘇潤業項目管理有限公司')],
        aliases={'區監委': '鎮江市丹徒區監察委員會'},
        implicit=[],
        notes=['Partly traditional characters; spans as written (采购/採購 mix kept).',
               'Joint issuer header 紀委 + 監委: the transfer 財政局 → each receiver (dev19 convention); issuer = the first-listed body.',
               '經區紀委常委會會議研究，給予…處分 → PENALIZED 區紀委常委會 → 蔣立新 (GUIDELINES multi-stage rule); 區監委 → 蔣立新 for the 政務撤職.',
               '原副主任: 原 adjacent to the title, kept.'],
    ),
]
