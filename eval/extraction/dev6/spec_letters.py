"""dev6 — 8 letters dense in document numbers (hand annotation, inline ⟦text|L⟧ marks).

Places: Hebei (Hengshui Taocheng), Zhejiang (Changxing), Shandong (Yishui), Shaanxi (Fengxiang),
Gansu (Gangu), Liaoning (Xiuyan), Chongqing (Tongliang), Jiangsu (Yancheng Tinghu). All persons,
companies, numbers, amounts and acts are invented.
"""

COMMON = [
    '我局, 我委, 你局, 你中心, 本局 and other self or addressee pronouns are not annotated.',
    '联系人 / 经办人 are not POSITION (a contact, like 联系人 in the guidelines).',
]

DOCS = [
    dict(
        file='xsyj-taocheng-2026-17.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='衡水市桃城区财政局',
        body='''
⟦衡水市桃城区财政局|A⟧
⟦桃财采函〔2026〕17号|N⟧
关于移送⟦衡水冀安消防设备有限公司|C⟧等涉嫌串通投标线索的函
⟦衡水市公安局桃城分局|A⟧：
我局在处理桃城区中小学消防设施改造项目（项目编号：⟦桃采计〔2025〕0031号|J⟧）投诉过程中（投诉处理决定书编号：⟦桃财采决〔2026〕3号|N⟧），发现⟦衡水冀安消防设备有限公司|C⟧、⟦河北宏燊安防工程有限公司|C⟧、⟦衡水正道机电设备有限公司|C⟧三家投标人的投标文件由同一台电脑编制，投标保证金各⟦人民币2万元|M⟧均从⟦衡水冀安消防设备有限公司|C⟧⟦出纳|T⟧⟦孔德芳|P⟧个人账户转出，涉嫌串通投标。其中⟦河北宏燊安防工程有限公司|C⟧曾于2023年因涉嫌串通投标被你局立案侦查（⟦桃公（经）立字第0231号|N⟧）。
根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条和《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》，现将该线索移送你局，请依法处理，并于收到之日起五个工作日内书面反馈受理情况。
此前，我局已就同一项目的合同履约问题以⟦桃财采函〔2026〕9号|N⟧函告⟦衡水市桃城区教育局|A⟧。
附件：1.投诉处理决定书（⟦桃财采决〔2026〕3号|N⟧）复印件1份；2.投标文件电子数据光盘1张；3.保证金缴纳凭证复印件3份。
联系人：⟦吕志刚|P⟧　0318-2215xxx
⟦衡水市桃城区财政局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[
            ('REFERRED', '衡水市桃城区财政局', '衡水市公安局桃城分局', '桃财采函〔2026〕17号', '2026年3月9日'),
            ('HOLDS_POSITION', '孔德芳', '出纳', '衡水冀安消防设备有限公司'),
            ('BID_ON', '衡水冀安消防设备有限公司', '桃采计〔2025〕0031号'),
            ('BID_ON', '河北宏燊安防工程有限公司', '桃采计〔2025〕0031号'),
            ('BID_ON', '衡水正道机电设备有限公司', '桃采计〔2025〕0031号'),
        ],
        notes=COMMON + [
            '桃采计〔2025〕0031号 is the value of 项目编号: PROJECT_NO although shaped like a document number.',
            '投诉处理决定书编号：桃财采决〔2026〕3号 — the value is DOC_NO (twice).',
            '函告 the education bureau about contract performance is informing, not a transfer: no REFERRED.',
            'The letter has no date of sending other than its signature date: REFERRED date = 2026年3月9日.',
            'The phone number is not annotated. 桃公（经）立字第0231号 (字第N号 without a year) is DOC_NO; 于2023年 is year-only.',
        ],
    ),
    dict(
        file='fh-changxing-2024-12.txt', fmt='gb18030', kind='other', violations=['collusion', 'other'],
        issuer='长兴县公安局经济犯罪侦查大队',
        body='''
⟦长兴县公安局经济犯罪侦查大队|A⟧
⟦长公（经）函字〔2024〕12号|N⟧
关于⟦长财采函〔2024〕36号|N⟧函的复函
⟦长兴县财政局|A⟧：
你局《关于移送长兴县城乡供水管网改造项目串通投标线索的函》（⟦长财采函〔2024〕36号|N⟧）收悉。经审查，现将办理情况函复如下：
一、该线索涉及长兴县城乡供水管网改造工程（项目编号：⟦CXZB2024-W-015|J⟧）。经我大队初查，参与该项目投标的⟦浙江长兴顺达管道安装有限公司|C⟧（⟦法定代表人|T⟧⟦沈国华|P⟧）与⟦湖州吴兴水利建设有限公司|C⟧投标报价呈规律性差异，两公司投标联系人为同一人，涉嫌串通投标罪，我局已于⟦2024年5月20日|D⟧立案侦查（立案决定书文号：⟦长公（经）立字〔2024〕77号|N⟧）。
二、线索中涉及⟦长兴县水利局|A⟧⟦工作人员|T⟧⟦钱某|P⟧违规泄露标底的问题，不属于我局管辖，已于⟦2024年5月22日|D⟧转送⟦长兴县纪委监委|A⟧（⟦长公（经）函字〔2024〕13号|N⟧）。
三、案件办理结果将另行函告。
⟦长兴县公安局经济犯罪侦查大队|A⟧
⟦2024年5月24日|D⟧
抄送：⟦湖州市公安局经侦支队|A⟧
''',
        rels=[
            ('REFERRED', '长兴县财政局', '长兴县公安局经济犯罪侦查大队', '长财采函〔2024〕36号', None),
            ('REFERRED', '长兴县公安局经济犯罪侦查大队', '长兴县纪委监委', '长公（经）函字〔2024〕13号', '2024年5月22日'),
            ('HOLDS_POSITION', '沈国华', '法定代表人', '浙江长兴顺达管道安装有限公司'),
            ('LEGAL_REP', '沈国华', '浙江长兴顺达管道安装有限公司'),
            ('HOLDS_POSITION', '钱某', '工作人员', '长兴县水利局'),
            ('BID_ON', '浙江长兴顺达管道安装有限公司', 'CXZB2024-W-015'),
            ('BID_ON', '湖州吴兴水利建设有限公司', 'CXZB2024-W-015'),
        ],
        notes=COMMON + [
            'GB18030, LF. The number inside the title (关于长财采函〔2024〕36号函的复函) is DOC_NO; 函 is not part of it.',
            'The finance bureau\'s letter moved a clue to 我局 (the police bureau, written only as 我局/我大队): the receiver is the named issuer 长兴县公安局经济犯罪侦查大队; no transfer date is stated.',
            '转送 the official\'s part to 长兴县纪委监委 is REFERRED with the forwarding number and date.',
            '立案决定书文号 is a case document number: DOC_NO. 立案侦查 is not PENALIZED.',
            '泄露标底 by an official → other; the bid pattern → collusion.',
            '湖州市公安局经侦支队 (抄送) is AGENCY with its sub-unit.',
        ],
    ),
    dict(
        file='xsyj-yishui-2026-3-1.docx', fmt='docx', kind='other', violations=['false_materials', 'collusion'],
        issuer='中共沂水县纪律检查委员会',
        body='''
⟦中共沂水县纪律检查委员会|A⟧
⟦沂水县监察委员会|A⟧
问题线索移送函
⟦纪移〔2026〕3号-1|N⟧
⟦沂水县财政局|A⟧：
⟦沂水县审计局|A⟧于⟦2026年1月15日|D⟧以《审计移送处理书》（⟦沂审移〔2026〕2号|N⟧）向我委移送⟦沂水县农业农村局|A⟧2025年高标准农田建设项目（项目编号：⟦SDYS-2025-GB-0041|J⟧、⟦SDYS-2025-GB-0042|J⟧）相关问题。经研究，其中涉及公职人员的问题由我委办理（委内编号⟦纪移〔2026〕3号|N⟧）；涉及⟦临沂沂蒙农业开发有限公司|C⟧、⟦山东丰泽农业工程有限公司|C⟧在上述项目投标中提供虚假业绩材料、相互串通报价的问题，属你局职责范围，现将相关材料移送你局依法处理。
请你局按照《⟦沂水县公共资源交易联动监管办法|L⟧》规定，在受理后五个工作日内将受理情况、办结后十个工作日内将处理结果书面反馈我委，并在反馈时注明本函编号（⟦纪移〔2026〕3号-1|N⟧）。
附件：1.⟦沂审移〔2026〕2号|N⟧审计移送处理书复印件；2.相关投标文件（光盘1张）。
⟦中共沂水县纪律检查委员会|A⟧　　⟦沂水县监察委员会|A⟧
⟦2026年2月3日|D⟧
（联系人：第三纪检监察室　⟦王丽娟|P⟧）
''',
        rels=[
            ('REFERRED', '沂水县审计局', '中共沂水县纪律检查委员会', '沂审移〔2026〕2号', '2026年1月15日'),
            ('REFERRED', '沂水县审计局', '沂水县监察委员会', '沂审移〔2026〕2号', '2026年1月15日'),
            ('REFERRED', '中共沂水县纪律检查委员会', '沂水县财政局', '纪移〔2026〕3号-1', '2026年2月3日'),
            ('REFERRED', '沂水县监察委员会', '沂水县财政局', '纪移〔2026〕3号-1', '2026年2月3日'),
            ('BID_ON', '临沂沂蒙农业开发有限公司', 'SDYS-2025-GB-0041'),
            ('BID_ON', '临沂沂蒙农业开发有限公司', 'SDYS-2025-GB-0042'),
            ('BID_ON', '山东丰泽农业工程有限公司', 'SDYS-2025-GB-0041'),
            ('BID_ON', '山东丰泽农业工程有限公司', 'SDYS-2025-GB-0042'),
        ],
        notes=COMMON + [
            '.docx: offsets refer to texts/xsyj-yishui-2026-3-1.docx.txt.',
            '纪移〔2026〕3号-1: the suffix -1 after 号 is part of the number (a sub-number of the internal case 纪移〔2026〕3号, which is a separate DOC_NO).',
            'Joint issuer 纪委 + 监委: one REFERRED per organ, both as receiver of the audit referral (我委) and as sender to the finance bureau; doc.issuer is the first-listed 中共沂水县纪律检查委员会.',
            '第三纪检监察室 is a sub-unit without the agency name: not annotated.',
            '《审计移送处理书》 is a case document: not LAW; 《沂水县公共资源交易联动监管办法》 is a normative measure: LAW.',
            '在上述项目投标中 → both firms bid on both numbered projects: BID_ON ×4.',
            '2025年 inside the project name is year-only.',
        ],
    ),
    dict(
        file='gg-fengxiang-2026-4.html', fmt='html', kind='penalty_decision',
        violations=['false_materials', 'collusion', 'contract_violation'],
        issuer='宝鸡市凤翔区财政局',
        body='''<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>宝鸡市凤翔区财政局公告 - 宝鸡市凤翔区人民政府</title></head>
<body>
<div class="top"><span>⟦宝鸡市凤翔区人民政府|A⟧</span><span>门户网站</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/czxx">财政信息</a></div>
<h1>⟦宝鸡市凤翔区财政局|A⟧公告</h1>
<div class="meta"><span>发布时间：⟦2026-03-18|D⟧</span>　<span>来源：⟦凤翔区财政局|A⟧</span>　<span>浏览次数：215</span></div>
<div class="article">
<p>⟦2026年第4号|N⟧</p>
<p>根据《⟦中华人民共和国政府采购法|L⟧》《⟦中华人民共和国政府采购法实施条例|L⟧》等规定，现将我局2025年度政府采购监督检查中发现问题的处理结果公告如下：</p>
<p>一、⟦宝鸡市凤翔区第二人民医院|A⟧医疗废物处置服务采购项目（项目编号：⟦凤采〔2025〕第118号|J⟧）。经查，⟦陕西秦凤环保科技有限公司|C⟧在投标中提供虚假社保缴纳证明，我局依据《⟦中华人民共和国政府采购法|L⟧》第七十七条作出行政处罚决定（⟦凤财采处〔2026〕5号|N⟧）：处采购金额千分之五的罚款⟦人民币4,150元|M⟧，列入不良行为记录名单，一年内禁止参加政府采购活动。</p>
<p>二、⟦宝鸡市凤翔区城市管理执法局|A⟧环卫车辆采购项目（项目编号：⟦FXZC2025-131|J⟧）。经查，⟦宝鸡鑫达汽车销售服务有限公司|C⟧与⟦凤翔县恒通车辆贸易有限公司|C⟧投标文件的报价明细错误一致，我局作出行政处罚决定（⟦凤财采处〔2026〕6号|N⟧），对两公司各处罚款⟦人民币3,600元|M⟧；对涉嫌串通投标犯罪的线索，已于⟦2026年2月10日|D⟧以⟦凤财函〔2026〕9号|N⟧移送⟦宝鸡市公安局凤翔分局|A⟧。</p>
<p>三、⟦宝鸡市凤翔区城市管理执法局|A⟧作为采购人未按规定公告政府采购合同，我局责令其限期改正（⟦凤财采监〔2026〕2号|N⟧）。</p>
<p>前期处理情况见⟦宝鸡市凤翔区财政局公告2025年第12号|N⟧。</p>
<p>特此公告。</p>
<p class="sign">⟦宝鸡市凤翔区财政局|A⟧</p>
<p class="sign">⟦2026年3月18日|D⟧</p>
</div>
<div class="foot"><p>主办单位：⟦宝鸡市凤翔区人民政府办公室|A⟧</p><p>网站标识码：6103050001　陕ICP备05001234号</p></div>
</body>
</html>
''',
        rels=[
            ('PENALIZED', '宝鸡市凤翔区财政局', '陕西秦凤环保科技有限公司'),
            ('PENALIZED', '宝鸡市凤翔区财政局', '宝鸡鑫达汽车销售服务有限公司'),
            ('PENALIZED', '宝鸡市凤翔区财政局', '凤翔县恒通车辆贸易有限公司'),
            ('PENALIZED', '宝鸡市凤翔区财政局', '宝鸡市凤翔区城市管理执法局'),
            ('REFERRED', '宝鸡市凤翔区财政局', '宝鸡市公安局凤翔分局', '凤财函〔2026〕9号', '2026年2月10日'),
            ('BID_ON', '陕西秦凤环保科技有限公司', '凤采〔2025〕第118号'),
            ('BID_ON', '宝鸡鑫达汽车销售服务有限公司', 'FXZC2025-131'),
            ('BID_ON', '凤翔县恒通车辆贸易有限公司', 'FXZC2025-131'),
        ],
        aliases={'凤翔区财政局': '宝鸡市凤翔区财政局'},
        notes=[
            '.html: offsets refer to texts/gg-fengxiang-2026-4.html.txt (visible text; <head>/<title> dropped; spans in one block run together).',
            'The announcement\'s own number is written on its own line after the title 宝鸡市凤翔区财政局公告: only the number part 2026年第4号 is DOC_NO (number after a document-type title); it is not a DATE.',
            '宝鸡市凤翔区财政局公告2025年第12号 cited in the body is one DOC_NO with the issuer in it, like 财政部令第101号.',
            '凤采〔2025〕第118号 is the value of 项目编号: PROJECT_NO.',
            'Penalties and the 责令改正 of the purchaser (a public body) are PENALIZED by the named issuer. kind penalty_decision (a regulator\'s sanctioning announcement).',
            '来源：凤翔区财政局 is a short form of the issuer (alias); 宝鸡市凤翔区人民政府 and its office in the page chrome are annotated but not the issuer.',
            '千分之五 is a rate; 浏览次数, 网站标识码 and the ICP number are not annotated.',
            '未按规定公告政府采购合同 → contract_violation.',
        ],
        unmarked=[],
    ),
    dict(
        file='sjys-gangu-2026-2-fanti.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='甘谷縣審計局',
        body='''
⟦甘谷縣審計局|A⟧
審計移送處理書
⟦甘審移﹝2026﹞第2號|N⟧
⟦甘谷縣財政局|A⟧：
根據《⟦中華人民共和國審計法|L⟧》和《⟦中華人民共和國審計法實施條例|L⟧》的有關規定，我局在對⟦甘谷縣水務局|A⟧2024年度預算執行情況進行審計時（審計報告文號：⟦甘審報﹝2025﹞21號|N⟧），發現該局在甘谷縣農村飲水安全鞏固提升工程（項目編號：⟦GGSW-2024-007|J⟧）政府採購中存在以下問題：
一是將應當公開招標的項目拆分為三個⟦399萬元|M⟧以下的合同，規避公開招標；
二是中標供應商⟦天水隴原水務工程有限公司|C⟧與參與投標的⟦甘肅清源管業有限公司|C⟧⟦法定代表人|T⟧同為⟦劉建軍|P⟧。
上述問題屬你局職責範圍，現依法移送你局處理，並請於處理完畢後將結果書面告知我局。
附件：1.審計證據材料（共12頁）；2.⟦甘審報﹝2025﹞21號|N⟧審計報告摘錄。
⟦甘谷縣審計局|A⟧
⟦二〇二六年二月十一日|D⟧
''',
        rels=[
            ('REFERRED', '甘谷縣審計局', '甘谷縣財政局', '甘審移﹝2026﹞第2號', '二〇二六年二月十一日'),
            ('HOLDS_POSITION', '劉建軍', '法定代表人', '天水隴原水務工程有限公司'),
            ('HOLDS_POSITION', '劉建軍', '法定代表人', '甘肅清源管業有限公司'),
            ('LEGAL_REP', '劉建軍', '天水隴原水務工程有限公司'),
            ('LEGAL_REP', '劉建軍', '甘肅清源管業有限公司'),
            ('BID_ON', '天水隴原水務工程有限公司', 'GGSW-2024-007'),
            ('BID_ON', '甘肅清源管業有限公司', 'GGSW-2024-007'),
        ],
        notes=[
            'Traditional characters (UTF-8). Spans copied as written (縣, 審計局, 號).',
            '﹝﹞ small brackets and 第…號 kept in DOC_NO. 審計報告文號 value is DOC_NO.',
            'The 法定代表人 mention is shared by the two companies (同為劉建軍): HOLDS_POSITION and LEGAL_REP to each.',
            '拆分…規避公開招標 → no_procurement; two bidders with one legal representative (barred by 實施條例第十八條, not called collusion here) → other.',
            'The signature date (Chinese numerals) is the REFERRED date; 399萬元以下: 以下 excluded.',
            '2024年度 is year-level: not DATE.',
        ],
    ),
    dict(
        file='hf-xiuyan-2026-8-fanti.txt', fmt='gb18030', kind='other', violations=['other'],
        issuer='岫巖滿族自治縣市場監督管理局',
        body='''
⟦岫巖滿族自治縣市場監督管理局|A⟧
⟦岫市監函【2026】8號|N⟧
關於協助核查企業登記信息的回復
⟦岫巖滿族自治縣財政局|A⟧：
你局⟦岫財函【2026】5號|N⟧函收悉。經核查，現將有關情況回復如下：
一、⟦鞍山岫玉礦產品有限公司|C⟧⟦法定代表人|T⟧為⟦關玉成|P⟧，⟦股東|T⟧為⟦關玉成|P⟧、⟦那淑珍|P⟧；⟦岫巖縣盛京綠化工程有限公司|C⟧⟦法定代表人|T⟧為⟦那淑珍|P⟧。兩公司在登記系統中預留的聯繫電話相同。
二、兩公司均參與了岫巖縣城區綠化提升工程（項目編號：⟦XYLH﹝2025﹞014號|J⟧）的投標，相關登記檔案已作為本函附件一併提供。
三、⟦鞍山岫玉礦產品有限公司|C⟧曾於⟦2024年6月|D⟧因虛假宣傳被我局處以罰款⟦人民幣2萬元|M⟧（⟦岫市監處罰〔2024〕31號|N⟧）。
特此函復。
⟦岫巖滿族自治縣市場監督管理局|A⟧
⟦二〇二六年三月四日|D⟧
抄送：⟦岫巖縣公安局經偵大隊|A⟧
''',
        rels=[
            ('HOLDS_POSITION', '關玉成', '法定代表人', '鞍山岫玉礦產品有限公司'),
            ('LEGAL_REP', '關玉成', '鞍山岫玉礦產品有限公司'),
            ('HOLDS_POSITION', '關玉成', '股東', '鞍山岫玉礦產品有限公司'),
            ('HOLDS_POSITION', '那淑珍', '股東', '鞍山岫玉礦產品有限公司'),
            ('HOLDS_POSITION', '那淑珍', '法定代表人@1', '岫巖縣盛京綠化工程有限公司'),
            ('LEGAL_REP', '那淑珍', '岫巖縣盛京綠化工程有限公司'),
            ('BID_ON', '鞍山岫玉礦產品有限公司', 'XYLH﹝2025﹞014號'),
            ('BID_ON', '岫巖縣盛京綠化工程有限公司', 'XYLH﹝2025﹞014號'),
            ('PENALIZED', '岫巖滿族自治縣市場監督管理局', '鞍山岫玉礦產品有限公司'),
        ],
        notes=[
            'Traditional characters, GB18030, LF.',
            '你局岫財函【2026】5號函收悉: the quoted number is DOC_NO without 你局 and 函.',
            'A reply to an assistance request: no REFERRED.',
            '被我局處以罰款: 我局 = the named issuer, so PENALIZED 岫巖滿族自治縣市場監督管理局 → 鞍山岫玉礦產品有限公司 (a past penalty stated as fact).',
            'XYLH﹝2025﹞014號 is the value of 項目編號: PROJECT_NO although shaped like a document number.',
            '股東為關玉成、那淑珍: one POSITION mention shared by two persons → HOLDS_POSITION for each.',
            'violations: the letter states only the past 虛假宣傳 (other); the shared phone is a finding of fact, not a charge.',
            '岫巖縣公安局經偵大隊 is one AGENCY span with its sub-unit.',
        ],
    ),
    dict(
        file='xczh-tongliang-2026-21.txt', fmt='gb18030-crlf', kind='other', violations=['collusion'],
        issuer='重庆市铜梁区公安局',
        body='''
⟦重庆市铜梁区公安局|A⟧
协助调查函
⟦铜公（经）协字〔2026〕第21号|N⟧
⟦重庆市铜梁区公共资源交易中心|A⟧：
我局在侦办⟦重庆铜梁瑞丰建筑工程有限公司|C⟧（⟦法定代表人|T⟧⟦邱文斌|P⟧）涉嫌串通投标一案中，查明该公司参与了铜梁区巴川街道道路提升改造工程（项目编号：⟦TLGC[2026]-0087|J⟧）和铜梁区安居古镇排水管网工程（项目编号：⟦TLGC[2025]-0412|J⟧）的投标。为查明案情，需你中心协助调取上述两个项目的投标文件电子版、开标记录以及各投标人上传文件时的IP地址、MAC地址。
本案线索系⟦重庆市铜梁区住房和城乡建设委员会|A⟧以《关于移送串通投标线索的函》（⟦铜住建函[2026]
45号|N⟧）移送我局。此前我局已以⟦铜公（经）协字〔2026〕第9号|N⟧函请你中心提供项目清单，感谢配合。
根据《⟦中华人民共和国刑事诉讼法|L⟧》第五十四条之规定，请予协助，并于⟦2026年4月3日|D⟧前将材料交我局经侦支队。
联系人：⟦冉光明|P⟧（⟦侦查员|T⟧）　023-4567xxxx
⟦重庆市铜梁区公安局|A⟧
⟦2026年3月26日|D⟧
''',
        rels=[
            ('REFERRED', '重庆市铜梁区住房和城乡建设委员会', '重庆市铜梁区公安局', '铜住建函[2026]\r\n45号', None),
            ('HOLDS_POSITION', '邱文斌', '法定代表人', '重庆铜梁瑞丰建筑工程有限公司'),
            ('LEGAL_REP', '邱文斌', '重庆铜梁瑞丰建筑工程有限公司'),
            ('HOLDS_POSITION', '冉光明', '侦查员', '重庆市铜梁区公安局'),
            ('BID_ON', '重庆铜梁瑞丰建筑工程有限公司', 'TLGC[2026]-0087'),
            ('BID_ON', '重庆铜梁瑞丰建筑工程有限公司', 'TLGC[2025]-0412'),
        ],
        notes=COMMON + [
            'GB18030 with CRLF line ends; offsets count the \\r characters.',
            'The number 铜住建函[2026]45号 is split across a line break: one DOC_NO span that contains the \\r\\n, as written.',
            'An assistance letter (协助调查函) is not REFERRED; the earlier 移送 by the housing committee to 我局 (the named issuer) is, with the split number and no date.',
            'TLGC[2026]-0087 / TLGC[2025]-0412 are values of 项目编号: PROJECT_NO.',
            '侦查员 in brackets after a named person: POSITION of the issuer (联系人 itself is not POSITION).',
            '我局经侦支队 has no agency name: not annotated. 2026年4月3日前: 前 excluded.',
        ],
    ),
    dict(
        file='slgz-tinghu-2026-11.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'false_materials'],
        issuer='盐城市亭湖区财政局',
        body='''
⟦盐城市亭湖区财政局|A⟧
受理告知书
⟦亭财采函（2026）11号|N⟧
⟦盐城市审计局|A⟧：
你局于⟦2026年2月27日|D⟧移送的《审计移送处理书》（⟦盐审移字〔2026〕第4号|N⟧）及附件材料共23页，我局已于⟦2026年3月2日|D⟧签收。经审查，该移送事项涉及⟦盐城市亭湖区城市建设投资集团有限公司|C⟧（以下简称“⟦亭湖城投|C⟧”）2025年度物业服务采购项目（项目编号：⟦THCT-2025-WY-06|J⟧）未按规定执行政府采购程序、⟦江苏新洋港物业管理有限公司|C⟧在该项目投标中提供虚假业绩证明等问题，属于我局职责范围，我局决定予以受理（受理编号：⟦亭财采受〔2026〕第7号|N⟧）。
依照《⟦盐城市政府采购监督管理联动工作办法|L⟧》第十五条，我局将在办结后十个工作日内向你局反馈处理结果。对⟦亭湖城投|C⟧⟦董事长|T⟧⟦蔡永康|P⟧的问题，建议你局一并通报⟦盐城市亭湖区纪委监委|A⟧。
此前你局以⟦盐审函〔2025〕58号|N⟧来函商请的事项，我局已于⟦2025年12月19日|D⟧以⟦亭财采函（2025）96号|N⟧函复。
⟦盐城市亭湖区财政局|A⟧（盖章）
⟦2026年3月5日|D⟧
经办人：⟦潘静|P⟧
''',
        rels=[
            ('REFERRED', '盐城市审计局', '盐城市亭湖区财政局', '盐审移字〔2026〕第4号', '2026年2月27日'),
            ('HOLDS_POSITION', '蔡永康', '董事长', '盐城市亭湖区城市建设投资集团有限公司'),
            ('BID_ON', '江苏新洋港物业管理有限公司', 'THCT-2025-WY-06'),
        ],
        aliases={'亭湖城投': '盐城市亭湖区城市建设投资集团有限公司'},
        notes=COMMON + [
            'A 受理告知书 gives the original transfer audit → finance (你局 = the addressee 盐城市审计局, 我局 = the issuer), with the referral\'s number and the stated transfer date, not the receipt date.',
            '受理编号 value is a case number: DOC_NO. （2026） round brackets and 字〔…〕第N号 kept.',
            '建议你局一并通报 the discipline commission is a suggestion: not REFERRED.',
            '亭湖城投 is a defined short form (以下简称): COMPANY, alias. A state-owned investment company is COMPANY.',
            '2025年度 in the project name is year-level. (盖章) is not annotated.',
        ],
    ),
]
