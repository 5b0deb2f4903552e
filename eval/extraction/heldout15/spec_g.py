"""heldout15 — spec_g: 转办函 (甘肃省财政厅 → 民勤), 受案回执 (扎赉特旗), docx 移送函 (蛟河), GB18030 反馈 (岳池),
退回函 (贵池), 移送函 (峄城). All invented."""

DOCS = [
    dict(
        file='h15-13-zbh-gansu-czt-minqin-2026.txt', fmt='utf-8', kind='other', violations=['other'],
        issuer='甘肃省财政厅办公室',
        body='''
⟦甘肃省财政厅办公室|A⟧
政府采购投诉转办单

⟦民勤县财政局|A⟧：
　　⟦2026年3月30日|D⟧，我厅收到⟦民勤绿洲节水灌溉设备有限公司|C⟧（以下简称⟦绿洲节水|C⟧）对民勤县2026年高效节水灌溉项目（项目编号：⟦MQZC2026-G009|J⟧）采购结果的投诉。经审查，该项目采购人为⟦民勤县水利局|A⟧，属县级预算项目，依据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第六条，应由本级财政部门处理。现将投诉书及附件转你局依法处理，并请将处理决定抄报我厅。
　　⟦绿洲节水|C⟧联系人：⟦马振邦|P⟧，13909351728。

⟦甘肃省财政厅办公室|A⟧
⟦2026年4月1日|D⟧
''',
        rels=[('REFERRED', '甘肃省财政厅办公室', '民勤县财政局', None, '2026年4月1日')],
        aliases={'绿洲节水': '民勤绿洲节水灌溉设备有限公司'},
        notes=['转办 of a complaint file to the competent finance bureau is a transfer of materials: REFERRED 甘肃省财政厅办公室 → 民勤县财政局 dated with the 转办单 (doubtful: it is close to a designation of jurisdiction, which GUIDELINES excludes).',
               '甘肃省财政厅办公室: maximal span with the named sub-unit (GUIDELINES: 高安市财政局办公室).',
               'Complainants are not assumed to have bid: no BID_ON. 联系人 is no POSITION. 财政部令第94号 is DOC_NO.'],
    ),
]
