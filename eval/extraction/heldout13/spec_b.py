"""heldout13 — documents h08–h15: referral-chain letters (催办函, 办理结果反馈, 情况通报, 移送书, 受理通知, 转办函, 审计移送处理书, 回执). All invented."""

DOCS = [
    dict(
        file='h08-cbh-liyang-czj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='溧阳市财政局',
        body="""
⟦溧阳市财政局|A⟧关于商请反馈移送线索办理情况的函
⟦溧财购函〔2026〕6号|N⟧

⟦溧阳市公安局|A⟧：
　　⟦2025年9月12日|D⟧，我局以⟦溧财购函〔2025〕31号|N⟧文将溧阳市天目湖镇污水管网维护服务采购项目中⟦溧阳清源环境工程有限公司|C⟧、⟦溧阳碧水环保科技有限公司|C⟧、⟦溧阳市通达市政养护有限公司|C⟧涉嫌串通投标的线索移送贵局。截至目前，我局尚未收到贵局的立案或办理情况反馈。
　　鉴于该项目采购合同已暂停履行，相关供应商的行政处罚亦需视刑事程序进展确定，为做好行刑衔接，恳请贵局于⟦2026年2月28日|D⟧前将办理进展告知我局。
　　联系人：政府采购监督管理科　⟦蒋文|P⟧　87212035

⟦溧阳市财政局|A⟧
⟦2026年2月9日|D⟧
""",
        rels=[('REFERRED', '溧阳市财政局', '溧阳市公安局', '溧财购函〔2025〕31号', '2025年9月12日')],
        notes=['A 催办函 restates the earlier transfer: REFERRED 财政局 → 公安局 with the earlier letter number and date; the 催办 itself is '
               'no new relation. 联系人 and the section name without the bureau (政府采购监督管理科) are not annotated.',
               '溧阳市天目湖镇 inside the project name is a place (镇), not an agency.'],
    ),
    dict(
        file='h09-fkh-peixian-jw-2026-3.txt', fmt='utf-8', kind='other', violations=['bribery', 'abuse_of_power'],
        issuer='沛县纪委监委',
        body="""
⟦中共沛县纪委|A⟧　⟦沛县监委|A⟧
关于移送问题线索办理结果的反馈函
⟦沛纪函〔2026〕3号|N⟧

⟦沛县审计局|A⟧：
　　你局⟦2025年10月20日|D⟧移送的《关于⟦沛县农业农村局|A⟧高标准农田建设项目验收中有关人员涉嫌违纪违法问题线索的移送处理书》（⟦沛审移〔2025〕8号|N⟧）收悉后，我委（以下称⟦沛县纪委监委|A⟧）依规依纪依法进行了核查。现将办理结果反馈如下：
　　经查，⟦沛县农业农村局|A⟧农田建设管理股⟦原股长|T⟧⟦朱立新|P⟧在项目验收中不认真履行职责，对⟦沛县丰禾农业工程有限公司|C⟧未按设计完成的工程量予以签字确认，并收受该公司⟦项目经理|T⟧⟦谢长江|P⟧所送购物卡价值⟦1.2万元|M⟧。⟦2026年1月14日|D⟧，经⟦沛县纪委常委会|A⟧会议研究，给予⟦朱立新|P⟧党内严重警告处分、政务撤职处分；收缴其违纪所得。⟦谢长江|P⟧涉嫌行贿问题，已另案处理。
　　特此反馈。

⟦沛县纪委监委|A⟧
⟦2026年1月29日|D⟧
""",
        rels=[('REFERRED', '沛县审计局', '中共沛县纪委', '沛审移〔2025〕8号', '2025年10月20日'),
              ('REFERRED', '沛县审计局', '沛县监委', '沛审移〔2025〕8号', '2025年10月20日'),
              ('PENALIZED', '沛县纪委常委会', '朱立新'),
              ('HOLDS_POSITION', '朱立新', '原股长', '沛县农业农村局'),
              ('HOLDS_POSITION', '谢长江', '项目经理', '沛县丰禾农业工程有限公司')],
        aliases={'中共沛县纪委': '沛县纪委监委', '沛县监委': '沛县纪委监委'},
        notes=['Issuer: the signature 沛县纪委监委, defined by 以下称; the two header bodies are aliased to it (doubtful: two bodies, one '
               'canonical name). The incoming transfer is recorded to both header bodies.',
               'PENALIZED from the 纪委常委会 that decided (GUIDELINES multi-stage rule). 另案处理 is no relation. 股长: the 股 is not named as '
               'a sub-unit of an annotated span (农田建设管理股 left inside plain text, org the bureau; doubtful).',
               '沛县农业农村局 inside the 《》 case-document title is annotated (GUIDELINES §2.3).'],
    ),
    dict(
        file='h10-qktb-gushi-jyzx-2026-2.txt', fmt='utf-8', kind='other', violations=['collusion', 'other'],
        issuer='固始县公共资源交易中心',
        body="""
⟦固始县公共资源交易中心|A⟧
情况通报
（⟦2026年第2号|N⟧）

⟦固始县财政局|A⟧、⟦固始县住房和城乡建设局|A⟧、⟦固始县发展和改革委员会|A⟧：
　　⟦2026年2月|D⟧，我中心在电子交易系统监测中发现以下异常情况，现通报如下：
　　一、固始县城关镇背街小巷提升改造工程（标段编号⟦GSJS-2026-014-01|J⟧）共有11家投标人，其中⟦河南中原恒基建设工程有限公司|C⟧、⟦淮滨县鼎盛路桥有限公司|C⟧、⟦固始县华兴建筑安装有限公司|C⟧三家的投标文件上传IP地址一致、机器码相同，涉嫌串通投标。该项目行政监督部门为⟦固始县住房和城乡建设局|A⟧，相关数据已于⟦2月26日|D⟧移交该局。
　　二、⟦固始县第一高级中学|A⟧多媒体教室设备采购项目（项目编号：⟦GSCG-2026-0031|J⟧）中，供应商⟦郑州博睿信息技术有限公司|C⟧在质疑期满后仍多次提交质疑函，并提供与事实不符的检测报告，相关材料已于同日移交⟦固始县财政局|A⟧。
　　请各相关单位依职责处理，并将结果反馈我中心。

⟦固始县公共资源交易中心|A⟧
⟦2026年3月2日|D⟧
""",
        rels=[('REFERRED', '固始县公共资源交易中心', '固始县住房和城乡建设局', None, '2月26日'),
              ('REFERRED', '固始县公共资源交易中心', '固始县财政局', None, '2月26日'),
              ('BID_ON', '河南中原恒基建设工程有限公司', 'GSJS-2026-014-01'),
              ('BID_ON', '淮滨县鼎盛路桥有限公司', 'GSJS-2026-014-01'),
              ('BID_ON', '固始县华兴建筑安装有限公司', 'GSJS-2026-014-01'),
              ('BID_ON', '郑州博睿信息技术有限公司', 'GSCG-2026-0031')],
        notes=['A trading centre report to supervising bodies is REFERRED (DECISIONS, session 8); 移交 dated 2月26日 for both (同日). '
               'The addressing of the 通报 to 发改委 carries no transfer (no REFERRED to it).',
               '（2026年第2号） numbers the 通报 itself → DOC_NO (a numbered document, not a periodical issue; doubtful).',
               '固始县第一高级中学 inside the project name is AGENCY (GUIDELINES §2.3); 固始县城关镇 is a place.',
               'BID_ON for the supplier that lodged 质疑 (a supplier in the project).'],
    ),
    dict(
        file='h11-ysh-yingshan-scjg-2026-2.docx', fmt='docx', kind='other', violations=['false_materials'],
        issuer='英山县市场监督管理局',
        body="""⟦英山县市场监督管理局|A⟧
涉嫌犯罪案件移送书
⟦英市监移〔2026〕2号|N⟧
⟦英山县公安局|A⟧：
我局在查处⟦英山县茗香茶业有限公司|C⟧在英山县乡村振兴茶园基础设施项目（项目编号：⟦YSZC-2025-062|J⟧）中提供虚假检测报告、伪造“国家级农业产业化龙头企业”证书一案中，发现该公司⟦实际经营人|T⟧⟦程国华|P⟧涉嫌伪造国家机关证件，违法所得⟦43.6万元|M⟧，涉嫌犯罪。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条之规定，现将该案移送你局审查处理。
附：1.涉嫌犯罪案件调查报告；2.涉案物品清单；3.有关检验报告。
⟦英山县市场监督管理局|A⟧
⟦2026年3月17日|D⟧
抄送：⟦英山县人民检察院|A⟧""",
        rels=[('REFERRED', '英山县市场监督管理局', '英山县公安局', '英市监移〔2026〕2号', '2026年3月17日'),
              ('BID_ON', '英山县茗香茶业有限公司', 'YSZC-2025-062'),
              ('HOLDS_POSITION', '程国华', '实际经营人', '英山县茗香茶业有限公司')],
        notes=['抄送 the procuratorate is not REFERRED. 实际经营人 is POSITION (as dev19). The LAW title is a regulation.',
               'BID_ON: the company supplied materials in the numbered project (took part).'],
    ),
    dict(
        file='h12-slzz-huayuan-fgj-2026-4-fanti.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='花垣縣發展和改革局',
        body="""
⟦花垣縣發展和改革局|A⟧
受理通知書
⟦花發改受〔2026〕4號|N⟧

⟦花垣縣公共資源交易中心|A⟧：
　　你中心⟦2026年4月8日|D⟧移送的《關於花垣縣邊城鎮至雅酉鎮公路提質改造工程異常投標情況的函》（⟦花交易函〔2026〕6號|N⟧）收悉。經審查，該線索涉及⟦湖南武陵通達路橋建設有限公司|C⟧、⟦花垣縣宏遠公路工程有限公司|C⟧兩家投標人（标段编号⟦HYGL-2026-03|J⟧）投標保證金由同一賬戶轉出，屬於我局監管職責範圍，決定予以受理。
　　我局將依據《⟦中华人民共和国招标投标法实施条例|L⟧》第四十條等規定組織調查，並在⟦2026年6月8日|D⟧前將處理結果告知你中心。
　　承辦人：⟦龍向東|P⟧、⟦石翠蘭|P⟧

⟦花垣縣發展和改革局|A⟧
⟦2026年4月13日|D⟧
""",
        rels=[('REFERRED', '花垣縣公共資源交易中心', '花垣縣發展和改革局', '花交易函〔2026〕6號', '2026年4月8日'),
              ('BID_ON', '湖南武陵通達路橋建設有限公司', 'HYGL-2026-03'),
              ('BID_ON', '花垣縣宏遠公路工程有限公司', 'HYGL-2026-03')],
        notes=['Partly traditional characters: most of the text is traditional, the 标段编号 phrase and the LAW title are simplified, as '
               'written. Spans keep the characters as written.',
               'A 受理通知 carries the incoming transfer (交易中心 → 发改局) with the sender number and date. 承办人 is not POSITION.'],
    ),
    dict(
        file='h13-zbh-wenchuan-jw-2026-8-ocr.txt', fmt='utf-8', kind='other', violations=['interference', 'no_procurement'],
        issuer='四川省纪委监委',
        body="""
⟦四川省纪委监委|A⟧
问题线索转办 函
⟦川纪转〔2026〕8 号|N⟧

⟦汶川县纪委 监委|A⟧：
　　我委收到反映⟦汶川县映秀镇人民政
府|A⟧⟦原副镇长|T⟧⟦杨 德明|P⟧在映秀镇灾后
恢复提升项目中违规指定施工单位⟦四川岷江
鑫源建设工程有限公司|C⟧、未经招标直接发包，涉及金额约⟦380万元|M⟧的问题线索。经研究，现转你委
办理。请于⟦2026年6 月30日|D⟧前报送办理情况。
　　附件：问题线索材料1份（共12页）

⟦四川省纪委监委|A⟧
⟦2026年4月 2日|D⟧
""",
        rels=[('REFERRED', '四川省纪委监委', '汶川县纪委 监委', '川纪转〔2026〕8 号', '2026年4月 2日'),
              ('HOLDS_POSITION', '杨 德明', '原副镇长', '汶川县映秀镇人民政\n府')],
        notes=['OCR-like noise: blanks inside words (纪委 监委, 杨 德明, 8 号, 6 月) and broken lines. Spans keep the blanks as written. '
               'Names broken across a line (the township government, the company) are one span that includes the line break, '
               'copied as written (doubtful: a scorer may want to compare with whitespace removed).',
               'The province-level commission transfers directly to the county.'],
    ),
    dict(
        file='h14-sjycls-chishui-sjj-2026-3.txt', fmt='gb18030', kind='other', violations=['no_procurement'],
        issuer='赤水市审计局',
        body="""
⟦赤水市审计局|A⟧审计移送处理书
⟦赤审移〔2026〕3号|N⟧

⟦赤水市财政局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第五十三条和《⟦中华人民共和国审计法实施条例|L⟧》有关规定，我局派出审计组，自⟦2025年11月3日|D⟧至⟦12月19日|D⟧，对⟦赤水市教育局|A⟧2024年至2025年政府采购执行情况进行了专项审计调查。审计发现，⟦赤水市第二中学|A⟧在2025年学生公寓床具采购中，将预算金额⟦147.8万元|M⟧的同一品目采购拆分为4个项目，分别以询价方式向⟦赤水市旺达家具经营部|C⟧、⟦贵州黔北家具制造有限公司|C⟧采购，规避公开招标。
　　上述问题属于你局职责范围，依法应由你局处理。现将有关材料移送你局，请依法处理，并将处理结果于收到本处理书之日起90日内书面告知我局。

　　附件：审计取证单及相关证明材料（共46页）

⟦赤水市审计局|A⟧
⟦2026年1月8日|D⟧
抄送：⟦赤水市纪委监委|A⟧
""",
        rels=[('REFERRED', '赤水市审计局', '赤水市财政局', '赤审移〔2026〕3号', '2026年1月8日')],
        notes=['The 审计 period 2025年11月3日 至 12月19日: two DATE spans. 2024年至2025年 is year-only, not DATE. 抄送 the 纪委监委 is not '
               'REFERRED. The two suppliers were chosen by 询价 without a numbered project: no BID_ON (no PROJECT_NO).',
               ],
    ),
    dict(
        file='h15-hz-lianzhou-gaj-2026-9-ocr.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='连州市公 安局',
        body="""
移 送 案 件 回 执
　　　　　　　　　　　　　　　　　　⟦连公（经）回字〔2026〕9号|N⟧
⟦连州市财政局|A⟧：
　　你单位于⟦2026年5 月6日|D⟧以⟦连财函〔2026〕1 4号|N⟧移送的⟦连州
市恒达印务有限公司|C⟧涉嫌串通投标一案（连州市中小学教辅
资料印刷服务采购项目）材料已收悉，共计 2 册 1 9 0 页。我局
经济犯罪侦查大队已于⟦2026年5月8日|D⟧接收。
　　　　　　　　　　　　　　　　　　　　⟦连州市公 安局|A⟧
　　　　　　　　　　　　　　　　　　　　⟦2026年5月 9日|D⟧
　　　　　　　　　　　　接收人：⟦黄 志 强|P⟧
""",
        rels=[('REFERRED', '连州市财政局', '连州市公 安局', '连财函〔2026〕1 4号', '2026年5 月6日')],
        notes=['OCR-like noise: blanks inside words and numbers, broken lines; spans copied as written (连州\\n市恒达印务有限公司 one span '
               'with the line break; 连州市公 安局 with the blank). The receipt number 连公（经）回字〔2026〕9号 is a 文号-form number of a '
               'receipt issued by the police → DOC_NO (DECISIONS: a receipt issued with a 文号), unlike a 回执编号 serial.',
               '我局经济犯罪侦查大队 has no place: not AGENCY (DECISIONS). The receipt names the charge 串通投标 → collusion. '
               'The project name has no numbered project: no BID_ON.'],
    ),
]
