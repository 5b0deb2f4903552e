"""heldout15 — spec_e: 办理结果反馈 (旬阳), 情况通报 html (岚县), traditional 移送函 (泸西), OCR-noisy 移送函 (惠水),
转办函 (甘肃 → 民勤), 受案回执 (扎赉特旗). All invented."""

DOCS = [
    dict(
        file='h15-09-fk-xunyang-czj-2026-11.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='旬阳市财政局',
        body='''
⟦旬阳市财政局|A⟧
关于审计移送问题办理结果的反馈

⟦旬阳市审计局|A⟧：
　　⟦2025年12月|D⟧，你局以⟦旬审移〔2025〕19号|N⟧移送书将⟦旬阳市城关镇人民政府|A⟧便民服务中心装修改造项目（项目编号：⟦XYCG-2025-067|J⟧）供应商涉嫌串通投标问题移交我局。我局依法调查后查明：⟦陕西汉江建工有限公司|C⟧与⟦旬阳市鑫源装饰工程有限公司|C⟧投标保证金均由⟦汉江建工|C⟧⟦出纳|T⟧⟦程丽|P⟧个人账户转出，属于《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条规定的恶意串通情形。
　　我局于⟦2026年4月2日|D⟧分别作出⟦旬财罚决〔2026〕4号|N⟧、⟦旬财罚决〔2026〕5号|N⟧行政处罚决定：对两公司各处采购金额千分之八的罚款（分别为⟦3,576元|M⟧、⟦3,612元|M⟧），列入不良行为记录名单，一年内禁止参加政府采购活动，并没收⟦汉江建工|C⟧违法所得⟦2.3万元|M⟧。两公司均未申请复议。
　　特此反馈。

⟦旬阳市财政局|A⟧
⟦2026年4月20日|D⟧
''',
        rels=[('REFERRED', '旬阳市审计局', '旬阳市财政局', '旬审移〔2025〕19号', '2025年12月'),
              ('PENALIZED', '旬阳市财政局', '陕西汉江建工有限公司'),
              ('PENALIZED', '旬阳市财政局', '旬阳市鑫源装饰工程有限公司'),
              ('HOLDS_POSITION', '程丽', '出纳', '陕西汉江建工有限公司'),
              ('BID_ON', '陕西汉江建工有限公司', 'XYCG-2025-067'),
              ('BID_ON', '旬阳市鑫源装饰工程有限公司', 'XYCG-2025-067')],
        aliases={'汉江建工': '陕西汉江建工有限公司'},
        notes=['The feedback restates the incoming transfer (month only): REFERRED dated 2025年12月.', '千分之八 is a rate: not MONEY.',
               '便民服务中心 of the township government is part of a project name here, not a separate body.'],
    ),
    dict(
        file='h15-10-qktb-lanxian-jyzx-2026-2.html', fmt='html', kind='other', violations=['collusion', 'other'],
        issuer='岚县公共资源交易中心',
        body='''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>情况通报</title><style>p{line-height:1.8}</style></head>
<body>
<div class="head"><span>⟦岚县公共资源交易中心|A⟧</span></div>
<h2>关于2026年第一季度交易活动异常情况的通报</h2>
<p class="wh">⟦岚交易通〔2026〕2号|N⟧</p>
<p>⟦县发展和改革局|A⟧、⟦县财政局|A⟧、⟦县纪委监委|A⟧：</p>
<p>现将我中心一季度交易活动中发现的异常情况通报如下：</p>
<p>一、⟦岚县人民医院|A⟧医用耗材采购项目（⟦LXZC-2026-004|J⟧）开标时，⟦山西晋岚医疗器械有限公司|C⟧与⟦岚县康泰医药有限公司|C⟧的电子投标文件创建标识码一致，已按规定作无效投标处理，相关情况于⟦3月12日|D⟧移交⟦县财政局|A⟧。</p>
<p>二、岚县2026年农村道路养护工程（⟦LXJS-2026-011|J⟧）评标过程中，⟦评标专家|T⟧⟦张永红|P⟧中途离场约40分钟，我中心已于⟦3月20日|D⟧将情况报送⟦县发展和改革局|A⟧。</p>
<p>三、部分供应商反映保证金退还超期，经查系个别采购人未及时确认，已督促整改。</p>
<p style="text-align:right">⟦岚县公共资源交易中心|A⟧<br>⟦2026年4月3日|D⟧</p>
</body></html>
''',
        rels=[('REFERRED', '岚县公共资源交易中心', '县财政局', None, '3月12日'),
              ('REFERRED', '岚县公共资源交易中心', '县发展和改革局', None, '3月20日'),
              ('BID_ON', '山西晋岚医疗器械有限公司', 'LXZC-2026-004'),
              ('BID_ON', '岚县康泰医药有限公司', 'LXZC-2026-004'),
              ('HOLDS_POSITION', '张永红', '评标专家', None)],
        notes=['A trading centre\'s report of a finding to a supervising body is a REFERRED (DECISIONS): 移交 县财政局 and 报送 县发展和改革局, each with its own date. The 通报 itself to three addressees is not counted as a further referral (doubtful).',
               '评标专家 张永红: HOLDS_POSITION, org null.',
               'Years inside project names (2026年) are not DATE.'],
    ),
]
