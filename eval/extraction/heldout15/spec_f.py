"""heldout15 — spec_f: traditional 移送函 (泸西), OCR-noisy 移送函 (惠水), 转办函 (民勤), 受案回执 (扎赉特旗),
docx 移送函 (蛟河), GB18030 办理结果反馈 (岳池). All invented."""

DOCS = [
    dict(
        file='h15-11-ysh-luxi-sjj-2026-2-fanti.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'abuse_of_power'],
        issuer='瀘西縣審計局',
        body='''
⟦瀘西縣審計局|A⟧
關於移送⟦瀘西縣水務局|A⟧有關人員問題線索的函
⟦瀘審移〔2026〕2號|N⟧

⟦中共瀘西縣紀律檢查委員會|A⟧、⟦瀘西縣監察委員會|A⟧：
　　我局在對⟦瀘西縣水務局|A⟧原⟦局長|T⟧⟦普建華|P⟧任期經濟責任審計中發現，2023年至2024年間，該局將農村飲水安全鞏固提升工程中⟦837.6萬元|M⟧的管材採購未履行政府採購程序，直接向⟦雲南滇源管業有限公司|C⟧採購，合同由時任⟦副局長|T⟧⟦何光榮|P⟧簽批。上述問題涉嫌違紀違法，現將問題線索移送你委處理。
　　請將處理結果函告我局。

⟦瀘西縣審計局|A⟧
⟦2026年1月22日|D⟧
''',
        rels=[('REFERRED', '瀘西縣審計局', '中共瀘西縣紀律檢查委員會', '瀘審移〔2026〕2號', '2026年1月22日'),
              ('REFERRED', '瀘西縣審計局', '瀘西縣監察委員會', '瀘審移〔2026〕2號', '2026年1月22日'),
              ('HOLDS_POSITION', '普建華', '局長', '瀘西縣水務局'),
              ('HOLDS_POSITION', '何光榮', '副局長', '瀘西縣水務局')],
        notes=['Traditional characters, annotated as written. 原局長: the prefix 原 is separated by the agency name, left out of the span.',
               'Two addressees: one REFERRED each. Year-only range 2023年至2024年 is not DATE.'],
    ),
    dict(
        file='h15-12-ysh-huishui-scjg-2026-8-ocr.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='惠水县市场监督管理局',
        body='''
⟦惠水县市场监督管理局|A⟧
涉嫌犯罪案件移送书
⟦惠市监移〔2026〕8 号|N⟧

⟦惠水县公 安局|A⟧ ：
　　我局在查处⟦贵州惠 康医疗设备有限公司|C⟧商业贿赂案中发现 ，该公司⟦销售经理|T⟧⟦罗 成|P⟧于2024年
至2025年间，以“学术推广费”名义向⟦惠水县人民医院|A⟧设备科工作人员支付现金及购
物卡共计⟦人民币 18.6万元|M⟧，涉嫌对非国家工作人员行贿罪，已超出行政处罚范围。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》
第三条之规定，现将该案移送你局，请依法 审查。
　　附：案件调查报告1份 ，证据材料目录及复印件 共86页。

⟦惠水县市场监督管理局|A⟧
⟦2026 年5 月18日|D⟧
''',
        rels=[('REFERRED', '惠水县市场监督管理局', '惠水县公 安局', '惠市监移〔2026〕8 号', '2026 年5 月18日'),
              ('HOLDS_POSITION', '罗 成', '销售经理', '贵州惠 康医疗设备有限公司')],
        notes=['OCR-like noise (blanks inside names and dates, lines broken mid-sentence) is kept; spans are annotated as written (惠水县公 安局, 罗 成, 2026 年5 月18日).',
               '销售经理 (after 该公司) attached to 罗 成: HOLDS_POSITION, org resolved through 该公司.',
               '设备科工作人员 of the hospital is unattached to any named person: no POSITION.'],
    ),
]
