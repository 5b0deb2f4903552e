"""heldout15 — spec_c: letters L05–L10 (退回函, 协查函, 复函 GB18030, 催办函, 办理结果反馈, 情况通报 html). All invented."""

DOCS = [
    dict(
        file='h15-05-thh-wuan-fgj-2026-3.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='武安市发展和改革局',
        body='''
⟦武安市发展和改革局|A⟧关于退回有关线索材料的函
⟦武发改函〔2026〕3号|N⟧

⟦武安市公共资源交易中心|A⟧：
　　你中心《关于武安市第三污水处理厂提标改造工程评标异常情况的报告》（⟦武公资〔2026〕14号|N⟧）收悉。经核，该项目为政府采购工程以外的依法必须招标项目，但报告所反映的⟦评标专家|T⟧⟦李春生|P⟧未按评标办法打分问题，系专家库管理事项，依照职责分工应由⟦武安市财政局|A⟧处理；且报告未附评标录像及专家评分表，无法核实。
　　现将原件退回，请补充材料后按职责分工另行报送。

⟦武安市发展和改革局|A⟧
⟦2026年2月26日|D⟧
''',
        rels=[('REFERRED', '武安市公共资源交易中心', '武安市发展和改革局', '武公资〔2026〕14号', None),
              ('HOLDS_POSITION', '李春生', '评标专家', None)],
        notes=['A return (退回) is no REFERRED (DECISIONS), but the centre\'s earlier report of a finding to the supervising body, restated here, is one (DECISIONS: a trading centre\'s report is a REFERRED): 武安市公共资源交易中心 → 武安市发展和改革局 with the report\'s number, date not stated.',
               '评标专家 李春生: HOLDS_POSITION with org null.'],
    ),
]
