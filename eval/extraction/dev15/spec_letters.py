"""dev15 — letters between agencies (hand annotation, inline ⟦text|L⟧ marks).

Zhejiang 舟山定海区 (移送函 → 回执), Hubei 十堰茅箭区 (受理通知书), Guangxi 百色右江区 (退回函),
Sichuan 眉山东坡区 (协助调查函 → 复函, traditional), Guizhou 铜仁碧江区 (催办函), Shandong 日照东港区
(办理结果反馈函, html), Jilin 白山浑江区 (转送函). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Field labels (签发人, 联系人, 经办人, 承办人, 接收人, 登记号, 线索编号, 备案号, 案号) stay outside the spans; 签发人/联系人/经办人/承办人/接收人 '
    'are labels, never POSITION. Phone numbers and credit codes are not annotated.',
    'A follow-up letter that states an earlier transfer gives that REFERRED (sender → receiver, evidence the transfer letter\'s number, date '
    'the transfer date when stated); 我局/我委/你局 resolve to the named issuer/addressee. 抄送, 受理, 签收, 立案, 协助调查, 复函, 退回, 催办 '
    'and a suggestion to transfer later are no relations.',
]

DOCS = [
    dict(
        file='a1-xsyshan-zhoushan-dinghai-2026-8.txt', fmt='gb18030-crlf', kind='other',
        violations=['false_materials', 'collusion'],
        issuer='舟山市定海区财政局',
        body='''
⟦舟山市定海区财政局|A⟧
⟦舟定财移〔2026〕8号|N⟧　　　　　　　　　　签发人：⟦陆海波|P⟧

关于移送⟦舟山海瑞船舶物资有限公司|C⟧涉嫌提供虚假材料及串通投标线索的函

⟦舟山市公安局定海分局|A⟧：
　　我局在处理⟦舟山市定海区农业农村局|A⟧渔港视频监控设备采购项目（项目编号：⟦DHCG-2026-HY017|J⟧）投诉时（投诉受理编号：⟦定财诉受〔2026〕3号|N⟧）发现，⟦舟山海瑞船舶物资有限公司|C⟧（⟦法定代表人|T⟧⟦欧阳振|P⟧）与⟦浙江东极通信工程有限公司|C⟧（⟦法定代表人|T⟧⟦司徒雅琴|P⟧）的电子投标文件由同一台计算机编制，两家公司的投标保证金⟦人民币3万元|M⟧均由⟦舟山海瑞船舶物资有限公司|C⟧⟦出纳|T⟧⟦金珠|P⟧个人账户汇出；⟦舟山海瑞船舶物资有限公司|C⟧提交的3份业绩证明中2份经核实系伪造。我局已作出《投诉处理决定书》（⟦定财诉决〔2026〕3号|N⟧），认定本项目中标结果无效。
　　上述行为涉嫌构成串通投标罪。根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条、《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第三条，现将该线索移送你局依法处理。

附件：1.《投诉处理决定书》（⟦定财诉决〔2026〕3号|N⟧）
　　　2.《关于调取电子投标文件的函》（⟦定财函〔2026〕21号|N⟧）及⟦舟山市定海区公共资源交易中心|A⟧回复
　　　3.询问笔录（⟦欧阳振|P⟧、⟦金珠|P⟧各1份）

经办人：⟦欧阳晓岚|P⟧　　电话：0580-2261730
⟦舟山市定海区财政局|A⟧
⟦2026年5月12日|D⟧
抄送：⟦舟山市定海区纪委监委|A⟧、⟦舟山市定海区公共资源交易中心|A⟧
''',
        rels=[('REFERRED', '舟山市定海区财政局', '舟山市公安局定海分局', '舟定财移〔2026〕8号', '2026年5月12日'),
              ('LEGAL_REP', '欧阳振', '舟山海瑞船舶物资有限公司'),
              ('LEGAL_REP', '司徒雅琴', '浙江东极通信工程有限公司'),
              ('HOLDS_POSITION', '欧阳振', '法定代表人@0', '舟山海瑞船舶物资有限公司'),
              ('HOLDS_POSITION', '司徒雅琴', '法定代表人@1', '浙江东极通信工程有限公司'),
              ('HOLDS_POSITION', '金珠', '出纳', '舟山海瑞船舶物资有限公司'),
              ('BID_ON', '舟山海瑞船舶物资有限公司', 'DHCG-2026-HY017'),
              ('BID_ON', '浙江东极通信工程有限公司', 'DHCG-2026-HY017')],
        notes=COMMON + [
            'GB18030 with CRLF. The letter number shares its line with 签发人 (a label). 投诉受理编号 value, the 投诉处理决定书 number (twice) and the '
            '调取函 number in the 附件 list are DOC_NO.',
            'Compound surnames 欧阳 (欧阳振, 欧阳晓岚) and 司徒 (司徒雅琴); 金珠 is a name that is also a common noun.',
        ],
    ),
    dict(
        file='a2-jshz-zhoushan-dinghai-2026-23.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='舟山市公安局定海分局',
        body='''
⟦舟山市公安局定海分局|A⟧
接收移送案件线索回执
⟦舟公定（经）回字
〔2026〕第0023号|N⟧

⟦舟山市定海区财政局|A⟧：
　　你局于⟦2026年5月12日|D⟧以⟦舟定财移〔2026〕8号|N⟧函移送的⟦舟山海瑞船舶物资有限公司|C⟧、⟦浙江东极通信工程有限公司|C⟧涉嫌串通投标线索及附件材料（含⟦定财诉决〔2026〕3号|N⟧决定书复印件1份、询问笔录2份），我局已于⟦2026年5月13日|D⟧接收并登记（登记号：⟦DH-JZ-2026-0513-02|N⟧）。我局将依法审查，并在3日内将是否立案的决定书面告知你局。

接收人：经侦大队　⟦王子|P⟧⟦诸葛明远|P⟧
⟦舟山市公安局定海分局|A⟧（印）
⟦2026年5月13日|D⟧
''',
        rels=[('REFERRED', '舟山市定海区财政局', '舟山市公安局定海分局', '舟定财移〔2026〕8号', '2026年5月12日')],
        notes=COMMON + [
            'The receipt number is broken over two lines (舟公定（经）回字 / 〔2026〕第0023号): one DOC_NO span with the line break inside (*unsure*: an extractor may fairly give only the second line).',
            '登记号 value DH-JZ-2026-0513-02 (letters, digits, dashes) is DOC_NO. Two names written without a separator (王子诸葛明远) are two PERSON spans (GUIDELINES §2.11); '
            '王子 is a name that is also a word; 诸葛 a compound surname. 经侦大队 alone (no agency before it) is not annotated.',
        ],
    ),
    dict(
        file='a3-sltz-shiyan-maojian-2026-14.txt', fmt='utf-8', kind='other', violations=['interference'],
        issuer='中共十堰市茅箭区纪律检查委员会',
        body='''
⟦中共十堰市茅箭区纪律检查委员会|A⟧
⟦十堰市茅箭区监察委员会|A⟧
问题线索受理通知书
⟦茅纪受字〔２０２６〕第１４号|N⟧

⟦十堰市茅箭区审计局|A⟧：
　　你局⟦２０２６年３月２６日|D⟧移送的《审计移送处理书》（⟦茅审移〔２０２６〕３号|N⟧）收悉。该处理书反映⟦十堰市茅箭区教育局|A⟧⟦副局长|T⟧⟦上官云飞|P⟧在学生课桌椅采购项目（项目编号：⟦MJJY-2025-CG-042|J⟧）中授意评审专家为投标人⟦十堰鑫鄂家具制造有限公司|C⟧打高分的问题。经审核，符合受理条件，我委已于⟦２０２６年３月３０日|D⟧受理（线索编号：⟦MJ-XS-2026-0031|N⟧）。
　　请你局于5个工作日内补充提供审计工作底稿（⟦茅审底〔２０２６〕３-１号|N⟧至⟦茅审底〔２０２６〕３-４号|N⟧）及对⟦上官云飞|P⟧、⟦十堰鑫鄂家具制造有限公司|C⟧⟦总经理|T⟧⟦田甜|P⟧的询问记录。

承办人：第二监督检查室　⟦向前|P⟧　　电话：0719-8123456
⟦中共十堰市茅箭区纪律检查委员会|A⟧
⟦２０２６年３月３１日|D⟧
''',
        rels=[('REFERRED', '十堰市茅箭区审计局', '中共十堰市茅箭区纪律检查委员会', '茅审移〔２０２６〕３号', '２０２６年３月２６日'),
              ('HOLDS_POSITION', '上官云飞', '副局长', '十堰市茅箭区教育局'),
              ('HOLDS_POSITION', '田甜', '总经理', '十堰鑫鄂家具制造有限公司'),
              ('BID_ON', '十堰鑫鄂家具制造有限公司', 'MJJY-2025-CG-042')],
        notes=COMMON + [
            'Full-width digits in numbers and dates (〔２０２６〕第１４号, ２０２６年３月２６日) are annotated as written. The project number is half-width.',
            'A 纪委监委 pair issues the notice: issuer and REFERRED receiver the lead body (纪委), as dev13/dev14. 审计工作底稿 numbers '
            '(茅审底〔２０２６〕３-１号 … ３-４号, a range written with 至) are two DOC_NO.',
            '向前 (承办人) is a name that is also a word; 田甜 a doubled-sound name. 上官 is a compound surname. 第二监督检查室 alone is not annotated.',
            'BID_ON: the favoured firm is called 投标人 in the text.',
        ],
    ),
    dict(
        file='a4-thh-baise-youjiang-2026-19.docx', fmt='docx', kind='other', violations=['bribery'],
        issuer='百色市右江区市场监督管理局',
        body='''
⟦百色市右江区市场监督管理局|A⟧
关于退回案件线索的函
⟦右市监函〔2026〕19号|N⟧
⟦百色市右江区财政局|A⟧：
　　你局⟦2026年6月2日|D⟧移送的《关于移送⟦广西百色桂隆建材有限公司|C⟧涉嫌商业贿赂线索的函》（⟦右财采移〔2026〕11号|N⟧）及附件于⟦2026年6月3日|D⟧收悉。
　　经审查，该线索反映⟦广西百色桂隆建材有限公司|C⟧⟦销售经理|T⟧⟦覃海|P⟧在百色市右江区2025年农村公路建材采购项目（项目编号：⟦BSYJ-2025-0716|J⟧）评审前，向⟦百色市右江区交通运输局|A⟧⟦工作人员|T⟧⟦农某|P⟧赠送购物卡价值⟦人民币2.4万元|M⟧，系国家工作人员涉嫌受贿问题，不属于我局查处商业贿赂的职责范围。根据《⟦百色市右江区政府采购联动监管工作机制|L⟧》第十四条，现将线索材料退回你局，建议移送⟦百色市右江区纪委监委|A⟧处理。
　　附件：《关于移送⟦广西百色桂隆建材有限公司|C⟧涉嫌商业贿赂线索的函》（⟦右财采移〔2026〕11号|N⟧）原件及附件共23页
经办人：⟦韦丽|P⟧⟦黄金|P⟧　　电话：0776-2825019
⟦百色市右江区市场监督管理局|A⟧
⟦2026年6月8日|D⟧
''',
        rels=[('REFERRED', '百色市右江区财政局', '百色市右江区市场监督管理局', '右财采移〔2026〕11号', '2026年6月2日'),
              ('HOLDS_POSITION', '覃海', '销售经理', '广西百色桂隆建材有限公司'),
              ('HOLDS_POSITION', '农某', '工作人员', '百色市右江区交通运输局')],
        unmarked=['工作人员'],
        notes=COMMON + [
            'A .docx (texts/ holds the plain text). The return (退回) is not REFERRED; the transfer it returns stays REFERRED (dev14). 建议移送…纪委监委 is a suggestion: no relation.',
            '农某 (Zhuang surname 农 + 某) keeps a name shape: PERSON. 韦丽黄金 without separator: two PERSON (黄金 is also the word "gold").',
            'BID_ON not given: the text does not say the company bid (评审前 … 赠送).',
        ],
    ),
    dict(
        file='a5-xzdch-meishan-dongpo-2026-12.txt', fmt='utf-8', kind='other', violations=['bribery'],
        issuer='眉山市东坡区监察委员会',
        body='''
⟦眉山市东坡区监察委员会|A⟧
协助调查函
⟦东监协函[2026]12号|N⟧

⟦眉山市东坡区住房和城乡建设局|A⟧：
　　我委在办理⟦眉山市东坡区城市管理局|A⟧⟦原党组书记|T⟧、⟦局长|T⟧⟦母国强|P⟧涉嫌受贿一案（案号：⟦东监立[2026]5号|N⟧）中，需了解⟦眉山宏蜀建设工程有限公司|C⟧中标承建的东坡区苏祠片区雨污分流改造工程（招标编号：⟦E5114020026000123001|J⟧）有关情况。请你局协助提供：
　　1.该项目招标文件、评标报告及备案资料；
　　2.该公司⟦项目经理|T⟧⟦任小春|P⟧的注册及变更信息；
　　3.⟦2024年1月|D⟧至⟦2025年12月|D⟧该项目进度款审核支付记录。
　　请于⟦2026年7月10日|D⟧前将材料送我委第三监督检查室。

联系人：⟦宋玉|P⟧、⟦文静|P⟧　　电话：028-38101266
⟦眉山市东坡区监察委员会|A⟧
⟦2026年7月1日|D⟧
''',
        rels=[('HOLDS_POSITION', '母国强', '原党组书记', '眉山市东坡区城市管理局'),
              ('HOLDS_POSITION', '母国强', '局长', '眉山市东坡区城市管理局'),
              ('HOLDS_POSITION', '任小春', '项目经理', '眉山宏蜀建设工程有限公司'),
              ('BID_ON', '眉山宏蜀建设工程有限公司', 'E5114020026000123001')],
        notes=COMMON + [
            'Square brackets in the numbers (东监协函[2026]12号, 东监立[2026]5号 after 案号). A 招标编号 of 20 digits is PROJECT_NO.',
            '⟦原党组书记⟧、⟦局长⟧ right after the agency: 原 adjacent to the post stays in the span; two POSITION. 母国强 (surname 母) and 宋玉, 文静 '
            '(文静 is also an adjective) are names.',
            'An assistance request: no REFERRED.',
        ],
    ),
    dict(
        file='a6-fh-meishan-dongpo-2026-47-fanti.txt', fmt='utf-8', kind='other', violations=[],
        issuer='眉山市東坡區住房和城鄉建設局',
        body='''
⟦眉山市東坡區住房和城鄉建設局|A⟧
關於協助調查有關事項的復函
⟦東住建函〔2026〕47號|N⟧

⟦眉山市東坡區監察委員會|A⟧：
　　你委《協助調查函》（⟦東監協函[2026]12號|N⟧）收悉。現將有關情況函復如下：
　　一、東坡區蘇祠片區雨污分流改造工程（招標編號：⟦E5114020026000123001|J⟧）於⟦2024年3月18日|D⟧開標，⟦眉山宏蜀建設工程有限公司|C⟧以⟦人民幣3,286.57萬元|M⟧中標，⟦項目經理|T⟧為⟦任小春|P⟧，⟦2025年4月|D⟧變更為⟦鄧紅梅|P⟧。
　　二、該項目已支付進度款共計⟦2,467.30萬元|M⟧，其中⟦2025年1月9日|D⟧支付的⟦680萬元|M⟧經⟦眉山市東坡區城市管理局|A⟧⟦母國強|P⟧簽批。
　　三、招標文件及備案資料（備案號：⟦東住建招備【2024】031號|N⟧）複印件一套隨函附送。

聯繫人：建管股　⟦歐陽婷|P⟧　　電話：028-38216602
⟦眉山市東坡區住房和城鄉建設局|A⟧
⟦2026年7月8日|D⟧
''',
        rels=[('HOLDS_POSITION', '任小春', '項目經理', '眉山宏蜀建設工程有限公司'),
              ('BID_ON', '眉山宏蜀建設工程有限公司', 'E5114020026000123001')],
        notes=COMMON + [
            'Traditional characters. A reply to an assistance request: no REFERRED, violations empty (the reply states facts only).',
            '項目經理為任小春，…變更為鄧紅梅: the post is attached to 任小春 only (鄧紅梅 takes it over later; no second relation, *unsure*).',
            '備案號 value 東住建招備【2024】031號 (【】 brackets) numbers a filed document: DOC_NO (*unsure*).',
        ],
    ),
    dict(
        file='a7-cbh-tongren-bijiang-2026-27.txt', fmt='gb18030', kind='other', violations=['collusion'],
        issuer='铜仁市碧江区财政局',
        body='''
⟦铜仁市碧江区财政局|A⟧
关于督促反馈移送线索办理情况的函
⟦碧财函〔2026〕第27号|N⟧

⟦铜仁市公安局碧江分局|A⟧：
　　我局先后向你局移送三条涉嫌串通投标犯罪线索（⟦碧财移〔2026〕第3、4、5号|N⟧），明细如下：
序号	移送文号	移送日期	涉及项目（项目编号）	涉及供应商
1	⟦碧财移〔2026〕第3号|N⟧	⟦2026-02-06|D⟧	碧江区河道保洁服务（⟦BJCG-2025-118|J⟧）	⟦贵州梵净山园林绿化有限公司|C⟧
2	⟦碧财移〔2026〕第4号|N⟧	⟦2026-02-27|D⟧	碧江区老旧管网改造监理（⟦BJCG-2025-131|J⟧）	⟦铜仁锦江工程监理有限公司|C⟧
3	⟦碧财移〔2026〕第5号|N⟧	⟦2026-03-13|D⟧	碧江区智慧校园设备（⟦BJCG-2026-007|J⟧）	⟦贵州黔东智能科技有限公司|C⟧
　　截至目前，上述线索移送已逾30日，你局尚未书面告知是否立案。根据《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》第八条及《⟦铜仁市碧江区公共资源交易联动监管办法|L⟧》第十五条，请你局于⟦2026年4月30日|D⟧前书面反馈办理情况。

联系人：⟦杨柳|P⟧　　电话：0856-5223108
⟦铜仁市碧江区财政局|A⟧
⟦2026年4月20日|D⟧
抄送：⟦铜仁市碧江区人民检察院|A⟧
''',
        rels=[('REFERRED', '铜仁市碧江区财政局', '铜仁市公安局碧江分局', '碧财移〔2026〕第3号', '2026-02-06'),
              ('BID_ON', '贵州梵净山园林绿化有限公司', 'BJCG-2025-118'),
              ('BID_ON', '铜仁锦江工程监理有限公司', 'BJCG-2025-131'),
              ('BID_ON', '贵州黔东智能科技有限公司', 'BJCG-2026-007')],
        notes=COMMON + [
            'GB18030, a tab table inside the letter. The compact list 碧财移〔2026〕第3、4、5号 is one DOC_NO span (*unsure*: it names three documents; '
            'an extractor giving 碧财移〔2026〕第3 … alone is wrong by span). Each row\'s full number is DOC_NO; ISO dates in the table are DATE.',
            'Three transfers between the same pair: the checker keys relations on (type, from, to), so one REFERRED is stored, with the first letter\'s '
            'number and date (*unsure*: the other two transfers are real but cannot be stored separately).',
            'BID_ON: a supplier named in a bid-rigging transfer on a numbered project (*unsure*, as dev14 a4). 杨柳 is a name that is also a word.',
        ],
    ),
    dict(
        file='a8-jgfk-rizhao-donggang-2026-33.html', fmt='html', kind='other', violations=['collusion'],
        issuer='日照市公安局东港分局',
        body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>办理结果反馈函</title>
<style>p{line-height:1.8}</style></head>
<body>
<h2>⟦日照市公安局东港分局|A⟧</h2>
<p>关于⟦日照市东港区财政局|A⟧移送案件办理结果的反馈函</p>
<p>⟦日东公经函〔2026〕33号|N⟧</p>
<p>⟦日照市东港区财政局|A⟧：</p>
<p>你局⟦2026年3月9日|D⟧移送的⟦日照港城环卫设备有限公司|C⟧等三家公司涉嫌串通投标一案（移送函文号：⟦东财采移〔2026〕2号|N⟧；我局受案回执：⟦日东公（经）受字〔2026〕0309-1号|N⟧），我局于⟦2026年3月16日|D⟧立案侦查（立案决定书⟦日东公（经）立字﹝2026﹞41号|N⟧）。</p>
<p>经侦查查明：⟦日照港城环卫设备有限公司|C⟧实际控制人⟦厉建|P⟧在东港区2025年环卫车辆采购项目（项目编号：⟦SDGP371102202502000067|J⟧）中，安排⟦山东鲁海机械有限公司|C⟧⟦业务员|T⟧⟦高山|P⟧、⟦日照利通汽车贸易有限公司|C⟧⟦总经理|T⟧⟦东方晓|P⟧以高价陪标，⟦日照港城环卫设备有限公司|C⟧以⟦人民币586.4万元|M⟧中标。</p>
<p>⟦2026年5月20日|D⟧，我局以起诉意见书（⟦日东公（经）诉字〔2026〕58号|N⟧）将该案移送⟦日照市东港区人民检察院|A⟧审查起诉。请你局依法对涉案供应商作出行政处理。</p>
<p>特此函告。</p>
<p>承办人：⟦吕卫东|P⟧　⟦钱多多|P⟧　联系电话：0633-8226531</p>
<p>⟦日照市公安局东港分局|A⟧<br>⟦2026年5月22日|D⟧</p>
</body></html>
""",
        rels=[('REFERRED', '日照市东港区财政局', '日照市公安局东港分局', '东财采移〔2026〕2号', '2026年3月9日'),
              ('REFERRED', '日照市公安局东港分局', '日照市东港区人民检察院', '日东公（经）诉字〔2026〕58号', '2026年5月20日'),
              ('HOLDS_POSITION', '高山', '业务员', '山东鲁海机械有限公司'),
              ('HOLDS_POSITION', '东方晓', '总经理', '日照利通汽车贸易有限公司'),
              ('BID_ON', '日照港城环卫设备有限公司', 'SDGP371102202502000067'),
              ('BID_ON', '山东鲁海机械有限公司', 'SDGP371102202502000067'),
              ('BID_ON', '日照利通汽车贸易有限公司', 'SDGP371102202502000067')],
        notes=COMMON + [
            'An .html letter (texts/ holds the visible text). Four numbers with parenthesised units and suffixes (日东公（经）受字〔2026〕0309-1号, 日东公（经）立字﹝2026﹞41号 with ﹝﹞ …) are DOC_NO; '
            'the agency in the title line is annotated.',
            '移送…审查起诉 to the named procuratorate, with the 起诉意见书 number: REFERRED. 实际控制人 is not POSITION.',
            '高山 (also "high mountain"), 东方晓 (compound surname 东方), 钱多多 (also "much money") are names. 陪标 = collusion.',
        ],
    ),
    dict(
        file='a9-zsh-baishan-hunjiang-2026-12.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms'],
        issuer='白山市浑江区发展和改革局',
        body='''
⟦白山市浑江区发展和改革局|A⟧
转送函
⟦浑发改转(2026)12号|N⟧

⟦白山市浑江区财政局|A⟧：
　　⟦2026年8月4日|D⟧，我局收到⟦长白山朴氏农机有限公司|C⟧（以下简称⟦朴氏公司|C⟧，⟦法定代表人|T⟧⟦朴成哲|P⟧）对浑江区林下经济产业园农机设备采购项目（项目编号：⟦HJFG-2026-ZC-009|J⟧）的投诉书。⟦朴氏公司|C⟧称，采购人⟦白山市浑江区农业农村局|A⟧在招标文件中设置“近三年在白山市有类似业绩”的条件，排斥外地供应商。
　　经审查，该投诉属于政府采购监督管理事项，不属于我局受理范围。依据《⟦政府采购质疑和投诉办法|L⟧》（⟦财政部令第94号|N⟧）第十一条，现将投诉书及附件转送你局处理，并已于同日书面告知投诉人。

附件：投诉书（登记编号：⟦HJFGW-TS-2026-014|N⟧）及证明材料共12页
经办人：⟦金花|P⟧　　电话：0439-3226507
⟦白山市浑江区发展和改革局|A⟧
⟦2026年8月6日|D⟧
''',
        rels=[('REFERRED', '白山市浑江区发展和改革局', '白山市浑江区财政局', '浑发改转(2026)12号', '2026年8月6日'),
              ('LEGAL_REP', '朴成哲', '长白山朴氏农机有限公司'),
              ('HOLDS_POSITION', '朴成哲', '法定代表人', '长白山朴氏农机有限公司')],
        aliases={'朴氏公司': '长白山朴氏农机有限公司'},
        notes=COMMON + [
            'Half-width round brackets in the letter\'s own number (浑发改转(2026)12号). A complaint sent on to the competent body (转送): REFERRED (*unsure*, as dev14).',
            'The complainant is not assumed to have bid: no BID_ON. 登记编号 value is DOC_NO. 金花 is a name that is also a word; 朴 a Korean-minority surname.',
        ],
    ),
]
