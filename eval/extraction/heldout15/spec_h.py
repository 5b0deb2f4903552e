"""heldout15 — spec_h: 受案回执 (扎赉特旗), docx 移送函 (蛟河), GB18030 办理结果反馈 (岳池), 退回函 (贵池), 移送函 (峄城). All invented."""

DOCS = [
    dict(
        file='h15-14-sahz-zhalaiteqi-gaj-2026.txt', fmt='utf-8', kind='other', violations=[],
        issuer='扎赉特旗公安局',
        body='''
受 案 回 执
⟦扎公（经）受案字〔2026〕0046号|N⟧

⟦扎赉特旗审计局|A⟧：
　　你单位⟦2026年2月27日|D⟧移送的⟦扎赉特旗巴彦高勒镇人民政府|A⟧村级活动场所建设工程有关线索（⟦扎审移〔2026〕3号|N⟧）我局已受理。
　　受案时间：⟦2026年3月2日|D⟧　受案民警：⟦包德力格尔|P⟧、⟦韩晶|P⟧
　　查询案件进展请与办案民警联系。
　　（此联交移送单位）

⟦扎赉特旗公安局|A⟧（印）
⟦2026年3月2日|D⟧
''',
        rels=[('REFERRED', '扎赉特旗审计局', '扎赉特旗公安局', '扎审移〔2026〕3号', '2026年2月27日')],
        notes=['The receipt is issued with its own 受案字 文号: DOC_NO (DECISIONS: a receipt issued with a number). 受案民警 is a role on a form, not annotated as POSITION (doubtful).',
               'violations empty: the receipt does not characterise the conduct.'],
    ),
    dict(
        file='h15-15-ysh-jiaohe-jyzx-2026-5.docx', fmt='docx', kind='other', violations=['collusion'],
        issuer='蛟河市公共资源交易中心',
        body='''
⟦蛟河市公共资源交易中心|A⟧
关于移送疑似围标串标线索的函
⟦蛟交易函〔2026〕5号|N⟧
⟦蛟河市公安局|A⟧：
我中心在对⟦蛟河市住房和城乡建设局|A⟧老旧小区改造二期工程施工项目（招标编号：⟦JHJS-2026-021|J⟧）开标数据进行分析时发现，⟦吉林松江建设集团有限公司|C⟧、⟦蛟河市宏泰建筑安装有限公司|C⟧、⟦吉林省鑫磊市政工程有限公司|C⟧三家投标人上传投标文件使用同一IP地址，且三家单位投标保证金由同一账户于⟦2026年5月6日|D⟧同日汇出。三家单位的报价分别为⟦2,864.17万元|M⟧、⟦2,871.03万元|M⟧和⟦2,869.55万元|M⟧，呈规律性差异。
上述情形符合《⟦中华人民共和国招标投标法实施条例|L⟧》第四十条规定的视为串通投标情形，可能涉嫌串通投标罪。现将有关线索及开标记录、IP地址比对截图移送你局，请依法审查。
同时抄送：⟦蛟河市发展和改革局|A⟧、⟦蛟河市住房和城乡建设局|A⟧
⟦蛟河市公共资源交易中心|A⟧
⟦2026年5月15日|D⟧
''',
        rels=[('REFERRED', '蛟河市公共资源交易中心', '蛟河市公安局', '蛟交易函〔2026〕5号', '2026年5月15日'),
              ('BID_ON', '吉林松江建设集团有限公司', 'JHJS-2026-021'),
              ('BID_ON', '蛟河市宏泰建筑安装有限公司', 'JHJS-2026-021'),
              ('BID_ON', '吉林省鑫磊市政工程有限公司', 'JHJS-2026-021')],
        notes=['抄送 is not REFERRED (DECISIONS). 招标编号 value is PROJECT_NO.'],
    ),
    dict(
        file='h15-16-fk-yuechi-jwjw-2026-7.txt', fmt='gb18030', kind='other', violations=['interference', 'abuse_of_power'],
        issuer='中共岳池县纪委监委',
        body='''
⟦中共岳池县纪委监委|A⟧
关于问题线索办理情况的反馈函
⟦岳纪函〔2026〕7号|N⟧

⟦岳池县财政局|A⟧：
　　你局⟦2025年10月17日|D⟧移送的《关于⟦岳池县农业农村局|A⟧干部违规干预政府采购活动的问题线索》（⟦岳财函〔2025〕31号|N⟧）收悉。经初步核实，⟦县农业农村局|A⟧原⟦党组成员|T⟧、⟦副局长|T⟧⟦唐学军|P⟧在该局2024年农机购置补贴信息化平台采购中，向采购代理机构⟦四川蜀信项目管理有限公司|C⟧⟦项目负责人|T⟧⟦邓倩|P⟧打招呼，要求在评分标准中设置有利于⟦岳池瑞达信息技术有限公司|C⟧的条款。
　　经⟦县纪委常委会|A⟧会议研究，决定给予⟦唐学军|P⟧党内严重警告处分，由⟦县监委|A⟧给予政务记过处分；对⟦县农业农村局政府采购科|A⟧⟦科长|T⟧⟦刘平|P⟧进行谈话提醒。
　　特此反馈。

⟦中共岳池县纪委监委|A⟧
⟦2026年1月9日|D⟧
''',
        rels=[('REFERRED', '岳池县财政局', '中共岳池县纪委监委', '岳财函〔2025〕31号', '2025年10月17日'),
              ('PENALIZED', '县纪委常委会', '唐学军'),
              ('PENALIZED', '县监委', '唐学军'),
              ('HOLDS_POSITION', '唐学军', '党组成员', '岳池县农业农村局'),
              ('HOLDS_POSITION', '唐学军', '副局长', '岳池县农业农村局'),
              ('HOLDS_POSITION', '邓倩', '项目负责人', '四川蜀信项目管理有限公司'),
              ('HOLDS_POSITION', '刘平', '科长', '县农业农村局政府采购科')],
        aliases={'县农业农村局': '岳池县农业农村局'},
        notes=['The sender is written 你局 (= the addressee 岳池县财政局); the receiver is the issuer itself.',
               '谈话提醒 is not a sanction: no PENALIZED to 刘平. 县农业农村局政府采购科 is one maximal AGENCY span (named sub-unit), 科长 the POSITION.',
               '县纪委常委会 and 县监委 are level-prefixed AGENCY.'],
    ),
]
