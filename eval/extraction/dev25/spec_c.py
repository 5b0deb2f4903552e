"""dev25 — documents c1–c8: forwarding with attached letters, writer only in header/seal, several hand-overs in one letter (html),
proposed hand-overs (拟移送/建议移送), 交办 relay, a procuratorate's transfer (partly traditional), an OCR-noisy 回执, 移送 with 抄送.
All persons, companies, numbers, amounts and acts are invented."""

LETTER = 'Letters between bodies: kind other. 抄送 lines are not REFERRED (DECISIONS).'

DOCS = [
    dict(
        file='c1-zzh-zitong-fgj-2026-14.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='梓潼县发展和改革局',
        body='''
⟦梓潼县发展和改革局|A⟧
关于转送工程建设项目异常投标线索的函
⟦梓发改函〔2026〕14号|N⟧

⟦梓潼县公安局|A⟧：
    ⟦2026年5月6日|D⟧，⟦梓潼县公共资源交易中心|A⟧向我局报送了⟦文昌镇中心卫生院|A⟧迁建工程（项目编号⟦ZTJS2026-005|J⟧）异常投标情况。该中心在评标后比对中发现，⟦四川文昌建设工程有限公司|C⟧、⟦四川涪江鸿业建筑有限公司|C⟧、⟦梓潼县鑫磊建筑劳务有限公司|C⟧三家投标人的投标文件由同一台计算机编制，其中⟦梓潼县鑫磊建筑劳务有限公司|C⟧提交的⟦项目负责人|T⟧⟦何文斌|P⟧社保证明系伪造。
    我局初步核查后认为，上述行为涉嫌串通投标罪、伪造国家机关证件罪，现将交易中心来函及附件一并转送你局，请依法审查。行政处理部分由我局另行办理。

    附件：1.⟦梓潼县公共资源交易中心|A⟧《关于⟦文昌镇中心卫生院|A⟧迁建工程异常投标情况的函》（⟦梓交易函〔2026〕9号|N⟧）
          2.投标文件电子特征码比对表
          3.社保证明核查截图

                                       ⟦梓潼县发展和改革局|A⟧
                                        ⟦2026年5月14日|D⟧
抄送：⟦梓潼县财政局|A⟧、⟦梓潼县纪委监委驻县发展和改革局纪检监察组|A⟧
''',
        rels=[('REFERRED', '梓潼县公共资源交易中心', '梓潼县发展和改革局', '梓交易函〔2026〕9号', '2026年5月6日'),
              ('REFERRED', '梓潼县发展和改革局', '梓潼县公安局', '梓发改函〔2026〕14号', '2026年5月14日'),
              ('BID_ON', '四川文昌建设工程有限公司', 'ZTJS2026-005'),
              ('BID_ON', '四川涪江鸿业建筑有限公司', 'ZTJS2026-005'),
              ('BID_ON', '梓潼县鑫磊建筑劳务有限公司', 'ZTJS2026-005'),
              ('HOLDS_POSITION', '何文斌', '项目负责人', '梓潼县鑫磊建筑劳务有限公司')],
        notes=[LETTER, 'Forwarding (转送) the trading centre\'s letter with its attachments → REFERRED writer → police. The centre\'s earlier report to the writer is REFERRED (DECISIONS, session 8) with the attached letter\'s number; date = 报送 date.',
               '文昌镇中心卫生院 inside the project name keeps a town name → AGENCY (GUIDELINES §2.3). Mentions inside the attached letter\'s title are annotated too. 交易中心 alone (a back-reference without name element) is not annotated.'],
    ),
]

DOCS += [
    dict(
        file='c2-ysh-balinzuoqi-slj-2026-3.txt', fmt='utf-8', kind='other', violations=['contract_violation', 'other'],
        issuer='巴林左旗水利局',
        body='''
⟦巴林左旗水利局|A⟧文件
⟦巴水发〔2026〕3号|N⟧

⟦旗纪委监委|A⟧：
    我局在开展2025年度农村牧区供水工程建设自查中发现，林东镇敖包吐村饮水安全巩固提升工程（合同价⟦人民币63.8万元|M⟧）由⟦内蒙古北山水利工程有限公司|C⟧中标后，整体转包给⟦巴林左旗鸿达打井队|C⟧施工，原供水站⟦站长|T⟧⟦包金山|P⟧在未经批准的情况下签署了工程量变更单，增加结算款⟦11.2万元|M⟧。
    上述问题涉及公职人员履职，超出我局处理权限。现将自查报告、合同及变更单等材料移送⟦旗纪委监委|A⟧，请予审查。

                                          （⟦巴林左旗水利局|A⟧印章）
                                          ⟦2026年1月22日|D⟧
''',
        rels=[('REFERRED', '巴林左旗水利局', '旗纪委监委', '巴水发〔2026〕3号', '2026年1月22日'),
              ('HOLDS_POSITION', '包金山', '站长', None)],
        notes=[LETTER, 'The writer appears only in the red header (…文件) and the seal line; the addressee only in the salutation and as 移送旗纪委监委 — level-prefixed 旗纪委监委 is AGENCY (no full name in the text, no alias).',
               '原供水站站长: the 供水站 is unnamed (no place) → 站长 with org null. 整体转包 → contract_violation; an unapproved variation order raising the payment → other.'],
    ),
]

DOCS += [
    dict(
        file='c3-ysqk-laoling-czj-2026-q1.html', fmt='html', kind='other', violations=['collusion', 'bribery', 'false_materials'],
        issuer='乐陵市财政局',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>乐陵市财政局关于2026年第一季度政府采购违法线索移送情况的函</title></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 通知公告</div>
<h2>⟦乐陵市财政局|A⟧关于2026年第一季度政府采购违法线索移送情况的函</h2>
<p class="meta">文号：⟦乐财采函〔2026〕4号|N⟧　发布日期：⟦2026-04-08|D⟧</p>
<p>⟦乐陵市人民政府|A⟧：</p>
<p>根据⟦市政府|A⟧关于建立政府采购领域违法线索双向移送机制的要求，现将我局2026年第一季度移送线索情况报告如下：</p>
<p>一、⟦1月19日|D⟧，将⟦山东德润环境工程有限公司|C⟧、⟦乐陵市清源环卫服务有限公司|C⟧在城区环卫保洁服务项目（项目编号⟦LLCG2025-1202|J⟧）中相互串通投标的线索移送⟦乐陵市公安局|A⟧（⟦乐财采移〔2026〕1号|N⟧）。</p>
<p>二、⟦2月27日|D⟧，将⟦乐陵市农业农村局|A⟧⟦原副局长|T⟧⟦刘振海|P⟧涉嫌收受供应商好处费的线索移送⟦乐陵市纪委监委|A⟧（⟦乐财采移〔2026〕2号|N⟧）。</p>
<p>三、⟦3月12日|D⟧，将⟦乐陵鲁北印务有限公司|C⟧提供虚假营业执照参与投标的线索移送⟦乐陵市市场监督管理局|A⟧（⟦乐财采移〔2026〕3号|N⟧），该局已于⟦3月20日|D⟧立案。</p>
<p>四、⟦乐陵市第二中学|A⟧教学设备采购项目评审中，⟦评审专家|T⟧⟦孟某|P⟧对同一供应商打分明显偏高。该问题是否涉及利益输送尚待核实，我局拟于核查后移送⟦市纪委监委驻市教育和体育局纪检监察组|A⟧，目前尚未移送。</p>
<p>以上线索均已按要求抄送⟦乐陵市审计局|A⟧。</p>
<p style="text-align:right">⟦乐陵市财政局|A⟧<br/>⟦2026年4月8日|D⟧</p>
<div class="foot">主办：⟦乐陵市财政局|A⟧　地址：乐陵市××路××号</div>
</body></html>''',
        rels=[('REFERRED', '乐陵市财政局', '乐陵市公安局', '乐财采移〔2026〕1号', '1月19日'),
              ('REFERRED', '乐陵市财政局', '乐陵市纪委监委', '乐财采移〔2026〕2号', '2月27日'),
              ('REFERRED', '乐陵市财政局', '乐陵市市场监督管理局', '乐财采移〔2026〕3号', '3月12日'),
              ('BID_ON', '山东德润环境工程有限公司', 'LLCG2025-1202'),
              ('BID_ON', '乐陵市清源环卫服务有限公司', 'LLCG2025-1202'),
              ('HOLDS_POSITION', '刘振海', '原副局长', '乐陵市农业农村局'),
              ('HOLDS_POSITION', '孟某', '评审专家', None)],
        aliases={'市政府': '乐陵市人民政府'},
        notes=[LETTER, '市政府 → AGENCY, aliased to 乐陵市人民政府. Web page (html): the <title> in <head> is dropped from the visible text. Three hand-overs in one letter, each with its own number and date. Report to the city government is not a hand-over.',
               '拟…移送 (proposed, 尚未移送) → not REFERRED. 抄送 to the audit bureau → not REFERRED. 该局已于3月20日立案 is filing, not a relation.',
               '原副局长: 原 adjacent to the title → kept (GUIDELINES). 评审专家 attached to 孟某, org null.'],
    ),
]

DOCS += [
    dict(
        file='c4-sjbg-zhuanghe-sjj-2026-5.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power', 'other'],
        issuer='庄河市审计局',
        body='''
⟦庄河市审计局|A⟧
关于审计发现问题处理意见的函
⟦庄审函〔2026〕5号|N⟧

⟦庄河市交通运输局|A⟧：
    我局于⟦2026年3月|D⟧至⟦4月15日|D⟧对你局2025年度农村公路建设资金使用情况进行了审计。现将审计发现的主要问题及处理意见函告如下：
    一、⟦庄河市农村公路管理站|A⟧2025年采购沥青⟦人民币312万元|M⟧，未履行政府采购程序，直接向⟦庄河宏图石化贸易有限公司|C⟧购买。对此问题，我局建议移送⟦庄河市财政局|A⟧依法处理。
    二、你局⟦2025年8月|D⟧支付⟦辽南港湾路桥工程有限公司|C⟧的工程进度款超合同约定比例⟦46.5万元|M⟧，经办人员涉嫌失职。我局拟将该问题线索移送⟦庄河市纪委监委|A⟧，待审计报告正式出具后办理。
    三、上述问题请你局于30日内整改，整改情况报我局。
    如对上述意见有异议，请于收到本函之日起10日内书面提出。

                                              ⟦庄河市审计局|A⟧
                                             ⟦2026年4月28日|D⟧
抄送：⟦庄河市财政局|A⟧
''',
        notes=[LETTER, 'Only proposed hand-overs: 建议移送 (to the finance bureau) and 拟…移送 (to the discipline commission, after the report) → no REFERRED (DECISIONS: a suggestion is not; a plan is not a transfer). 抄送 is not REFERRED. The set therefore has a letter with no relation at all.',
               '至4月15日: 2026年3月 and 4月15日 are both DATE (month+day form). 经办人员 is a generic role, not POSITION. Violations: direct purchase → no_procurement; 失职 → abuse_of_power; over-payment → other.'],
    ),
]

DOCS += [
    dict(
        file='c5-jbh-fengdu-jtj-2026-19.txt', fmt='utf-8', kind='other', violations=['false_materials', 'bribery'],
        issuer='重庆市丰都县交通运输委员会',
        body='''
⟦重庆市丰都县交通运输委员会|A⟧
关于移送⟦重庆丰平公路养护有限公司|C⟧涉嫌违法问题的函
⟦丰交函〔2026〕19号|N⟧

⟦丰都县公安局|A⟧：
    ⟦2026年5月8日|D⟧，⟦重庆市交通运输委员会|A⟧以⟦渝交办〔2026〕137号|N⟧将一件实名举报交由我委办理。举报反映，⟦重庆丰平公路养护有限公司|C⟧在丰都县2025年国省道日常养护项目（项目编号⟦FDJT-YH-2025-01|J⟧）投标中，使用伪造的交通运输部门安全生产考核合格证书；该公司⟦总经理|T⟧⟦秦德华|P⟧曾向我委原工程科⟦科长|T⟧⟦冉某|P⟧送现金⟦5万元|M⟧。
    经我委核查，证书造假属实，我委已另行作出行政处理。送钱一节涉嫌行贿犯罪，根据上级交办意见，现将举报材料及我委核查笔录移送贵局依法处理；涉及我委工作人员的部分，已同步报送⟦丰都县纪委监委驻县交通运输委员会纪检监察组|A⟧。
    请将处理结果及时反馈我委，并由我委汇总报⟦市交通运输委员会|A⟧。

⟦重庆市丰都县交通运输委员会|A⟧
⟦2026年5月29日|D⟧
''',
        rels=[('REFERRED', '重庆市交通运输委员会', '重庆市丰都县交通运输委员会', '渝交办〔2026〕137号', '2026年5月8日'),
              ('REFERRED', '重庆市丰都县交通运输委员会', '丰都县公安局', '丰交函〔2026〕19号', '2026年5月29日'),
              ('REFERRED', '重庆市丰都县交通运输委员会', '丰都县纪委监委驻县交通运输委员会纪检监察组', None, None),
              ('BID_ON', '重庆丰平公路养护有限公司', 'FDJT-YH-2025-01'),
              ('HOLDS_POSITION', '秦德华', '总经理', '重庆丰平公路养护有限公司'),
              ('HOLDS_POSITION', '冉某', '科长', '重庆市丰都县交通运输委员会')],
        aliases={'市交通运输委员会': '重庆市交通运输委员会'},
        notes=[LETTER, '交办 from a superior (交由我委办理) is a hand-over: REFERRED 市 → 县 with the superior\'s number and date (set convention, as 转办).',
               '已同步报送 the stationed group the part on our own staff: a hand-over of a clue → REFERRED, no number, date not stated separately (同步 = same time as this letter? left null, doubtful).',
               '原工程科科长: the sub-unit 工程科 sits between 原 and the title → span 科长, org the commission (我委). The 处理结果 report to 市交通运输委员会 is future and a report, not REFERRED.'],
    ),
]

DOCS += [
    dict(
        file='c6-xsyshan-zhongxiang-jcy-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='湖北省钟祥市人民检察院',
        body='''
⟦湖北省钟祥市人民检察院|A⟧
行政違法行為線索移送函
⟦鍾檢行移〔2026〕4號|N⟧

⟦鍾祥市財政局|A⟧：
    本院在辦理⟦鄢某某|P⟧、⟦艾某|P⟧串通投標案中發現，⟦鍾祥市郢中街道辦事處|A⟧委託⟦湖北楚韻招標代理有限公司|C⟧組織的背街小巷照明改造項目（項目編號⟦ZXZC-2025-0611|J⟧），中標人⟦鍾祥市明輝照明工程有限公司|C⟧與⟦荊楚光電科技有限公司|C⟧投標報價由同一人確定，代理機構⟦項目負責人|T⟧⟦鄢某某|P⟧明知而未予處理。該案刑事部分已由⟦鍾祥市公安局|A⟧於⟦2026年1月|D⟧移送本院審查起訴，但對代理機構及未被追究刑事責任的投標人的行政處罰，屬於你局職責範圍。
    根據《⟦人民检察院行政违法行为监督规则|L⟧》，現將上述線索及相關證據材料複印件移送你局，請依法處理，並於兩個月內將處理結果書面回復本院。

    聯繫人：⟦萬曉|P⟧，電話0724-42×××××

                                   ⟦湖北省钟祥市人民检察院|A⟧
                                        ⟦2026年3月5日|D⟧
''',
        rels=[('REFERRED', '鍾祥市公安局', '湖北省钟祥市人民检察院', None, '2026年1月'),
              ('REFERRED', '湖北省钟祥市人民检察院', '鍾祥市財政局', '鍾檢行移〔2026〕4號', '2026年3月5日'),
              ('BID_ON', '鍾祥市明輝照明工程有限公司', 'ZXZC-2025-0611'),
              ('BID_ON', '荊楚光電科技有限公司', 'ZXZC-2025-0611'),
              ('HOLDS_POSITION', '鄢某某', '項目負責人', '湖北楚韻招標代理有限公司')],
        notes=['Partly traditional characters: the header, the law title and the signature are in simplified characters (template parts), the body in traditional — spans copied as written.',
               'Police 移送審查起訴 → REFERRED police → the writer (DECISIONS), date the stated month only. The procuratorate\'s transfer to the finance bureau → REFERRED.',
               '代理機構項目負責人鄢某某 → POSITION 項目負責人, org the agent company (the 代理機構 named just before). 聯繫人 is not POSITION.'],
    ),
]

DOCS += [
    dict(
        file='c7-hz-suifenhe-gaj-2026-ocr.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='绥芬河市公安局',
        body='''
⟦绥芬河市公安局|A⟧
案 件 移 送 回 执
                                  回执编号：SFHGA-HZ-2026-0047

⟦绥芬河市审计局|A⟧ :
    你单位 于 ⟦2026年6月1O日|D⟧ 以《关于移送口岸物流园区项目 建设资金问题 线索的函》（⟦绥审移〔2026〕2号|N⟧）
移送的 ⟦黑龙江龙江口岸建设有限公司|C⟧ ⟦副总经理|T⟧ ⟦于某成|P⟧ 涉嫌 单位行贿一案材料 共 l 卷 56 页 ，
我局 (经侦大队) 已 于 ⟦2026年6月l2日|D⟧ 接收 。
    经审查 ，我局将依法 开展初查 ，处理结果将 及时 函告你单位 。

    接 收 人 ：⟦韩冬|P⟧          移 送 人 ：⟦赵立|P⟧
                                  ⟦绥芬河市公安局|A⟧ (印)
                                  ⟦2026年6月12日|D⟧
''',
        rels=[('REFERRED', '绥芬河市审计局', '绥芬河市公安局', '绥审移〔2026〕2号', '2026年6月1O日'),
              ('HOLDS_POSITION', '于某成', '副总经理', '黑龙江龙江口岸建设有限公司')],
        notes=['OCR-like noise: letter O for zero in 2026年6月1O日, letter l for one in 6月l2日 and 共 l 卷, stray spaces — spans annotated as written (GUIDELINES §2.7).',
               'A 回执 restating the incoming transfer → REFERRED audit → police, with the audit letter\'s number and its date. 回执编号 is not DOC_NO (DECISIONS). 接收人 / 移送人 are not POSITION.',
               '2026年6月l2日 (receipt, noisy) and 2026年6月12日 (signature, clean) are different strings; both DATE.'],
    ),
    dict(
        file='c8-ysh-fuping-zjj-2026-23.txt', fmt='gb18030', kind='other', violations=['false_materials', 'collusion'],
        issuer='富平县住房和城乡建设局',
        body='''
⟦富平县住房和城乡建设局|A⟧

⟦富住建函〔2026〕23号|N⟧

关于移送⟦陕西秦川瑞丰建设工程有限公司|C⟧等涉嫌串通投标案件的函

⟦富平县公安局|A⟧：
    ⟦2026年2月|D⟧，我局在对县城区雨污分流改造工程二标段（标段编号⟦FPZJ-2025-YW-02|J⟧）开展评标后核查时发现：⟦陕西秦川瑞丰建设工程有限公司|C⟧、⟦富平县金粟建筑有限公司|C⟧、⟦陕西关中恒达市政工程有限公司|C⟧三家单位投标文件的编制机器码一致，且⟦富平县金粟建筑有限公司|C⟧拟派⟦项目经理|T⟧⟦雷振宇|P⟧的安全生产考核证书系伪造。
    ⟦2026年3月4日|D⟧，我局依据《⟦中华人民共和国招标投标法实施条例|L⟧》第六十七条、第六十八条，对三家单位作出行政处罚，各处中标项目金额千分之五的罚款。鉴于上述行为情节严重，可能构成串通投标罪，依照《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将案件移送你局。
    随案移送材料：案件移送书、调查报告、涉案物品清单、有关检验报告。

                                         ⟦富平县住房和城乡建设局|A⟧
                                            ⟦2026年3月18日|D⟧
抄送：⟦富平县人民检察院|A⟧，⟦富平县纪委监委|A⟧
''',
        rels=[('REFERRED', '富平县住房和城乡建设局', '富平县公安局', '富住建函〔2026〕23号', '2026年3月18日'),
              ('PENALIZED', '富平县住房和城乡建设局', '陕西秦川瑞丰建设工程有限公司'),
              ('PENALIZED', '富平县住房和城乡建设局', '富平县金粟建筑有限公司'),
              ('PENALIZED', '富平县住房和城乡建设局', '陕西关中恒达市政工程有限公司'),
              ('BID_ON', '陕西秦川瑞丰建设工程有限公司', 'FPZJ-2025-YW-02'),
              ('BID_ON', '富平县金粟建筑有限公司', 'FPZJ-2025-YW-02'),
              ('BID_ON', '陕西关中恒达市政工程有限公司', 'FPZJ-2025-YW-02'),
              ('HOLDS_POSITION', '雷振宇', '项目经理', '富平县金粟建筑有限公司')],
        notes=[LETTER, '抄送 to the procuratorate (the usual 行政执法与刑事司法衔接 copy) and the discipline commission → not REFERRED.',
               'A 标段编号 is PROJECT_NO (dev19 convention). 拟派项目经理 → POSITION 项目经理, org the company proposing him.',
               'PENALIZED: the housing bureau\'s fines on the three bidders, stated as done.'],
    ),
]
