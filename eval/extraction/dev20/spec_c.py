"""dev20 — documents c1–c6, inline ⟦text|L⟧ marks. An audit 移送处理书 sent to two bodies with 拟移送 / 将视情况移送
(Guizhou 仁怀), a 纪委监委 receipt recounting an audit transfer and a 转交 onward (Guangxi 桂平), a police 退回函 recounting the
original transfer (Guangxi 岑溪), a market-regulation penalty decision in traditional characters (Jilin 琿春), a police 起诉意见书
(Heilongjiang 密山), a 纪委监委 transfer ledger in a table (Heilongjiang 肇东). All persons, companies, numbers, amounts and acts
are invented.
"""

DOCS = [
    dict(
        file='c1-sjycls-renhuai-sjj-2026-2.txt', fmt='utf-8', kind='other', violations=['no_procurement', 'other'],
        issuer='仁怀市审计局',
        body='''
⟦仁怀市审计局|A⟧
审计移送处理书
⟦仁审移〔2026〕2号|N⟧

⟦仁怀市财政局|A⟧、⟦仁怀市住房和城乡建设局|A⟧：
　　根据《⟦中华人民共和国审计法|L⟧》第三十四条和⟦仁怀市人民政府|A⟧2025年度审计项目计划，我局派出审计组，自⟦2025年10月13日|D⟧至⟦12月19日|D⟧，对⟦仁怀市茅台镇人民政府|A⟧2023年至2024年财政收支情况进行了审计。审计发现以下问题，依法应由你们处理：
　　一、⟦2023年5月|D⟧至⟦2024年11月|D⟧，该镇将赤水河沿岸环境整治工程等7个项目（合同金额共计⟦人民币237.5万元|M⟧）未经政府采购程序，直接委托⟦仁怀市酱香源建筑工程有限公司|C⟧等3家企业实施，其中单个项目金额最高⟦68.9万元|M⟧、最低⟦12.36万元|M⟧。根据《⟦中华人民共和国政府采购法|L⟧》第七十一条，现将该问题移送⟦仁怀市财政局|A⟧依法处理。
　　二、⟦茅台镇便民服务中心|A⟧改扩建工程（合同价⟦¥3,126,800.00元|M⟧）在未取得施工许可的情况下于⟦2024年3月1日|D⟧开工，违反了《⟦建筑工程施工许可管理办法|L⟧》第三条规定，现将该问题转送⟦仁怀市住房和城乡建设局|A⟧依法处理。
　　三、审计中发现该镇原分管⟦副镇长|T⟧⟦何某|P⟧在上述项目中可能存在利益输送问题，相关线索我局拟移送⟦仁怀市纪委监委|A⟧，待进一步核实后另行办理；对⟦仁怀市酱香源建筑工程有限公司|C⟧涉嫌虚开发票问题，我局将视情况移送税务部门。
　　请你们自收到本移送处理书之日起60日内将处理结果书面告知我局。

⟦仁怀市审计局|A⟧
⟦2026年1月23日|D⟧
''',
        rels=[('REFERRED', '仁怀市审计局', '仁怀市财政局', '仁审移〔2026〕2号', '2026年1月23日'),
              ('REFERRED', '仁怀市审计局', '仁怀市住房和城乡建设局', '仁审移〔2026〕2号', '2026年1月23日'),
              ('HOLDS_POSITION', '何某', '副镇长', '仁怀市茅台镇人民政府')],
        notes=['One 移送处理书 to two addressees: 移送X (issue 一) and 转送Y (issue 二) → two REFERRED with the same number and date.',
               '拟移送仁怀市纪委监委 (intended) and 将视情况移送税务部门 (conditional, generic) → no relation, no implicit relation.',
               '原分管副镇长何某 → POSITION 副镇长 only (原 is not adjacent; 分管 is a descriptor — doubtful), org the town government (该镇).',
               'A range of audit period 2025年10月13日至12月19日 → two DATE spans.',
               '茅台镇便民服务中心 (a public service centre with a place name) inside a project name → AGENCY.'],
    ),
    dict(
        file='c2-jshz-guiping-jwjw-2026-3.txt', fmt='utf-8', kind='other', violations=['bribery', 'false_materials'],
        issuer='桂平市纪委监委',
        body='''
问题线索接收回执
⟦桂纪回〔2026〕3号|N⟧

⟦桂平市审计局|A⟧：
　　⟦2026年3月16日|D⟧收到你局转来的《审计移送处理书》（⟦桂审移〔2026〕5号|N⟧）及附件材料共计三十二页，所附光盘一张。经登记，该线索反映⟦桂平市卫生健康局|A⟧⟦原规划财务股股长|T⟧⟦甘某某|P⟧在2024年乡镇卫生院医疗设备采购中收受供应商⟦桂平市宏康医疗器械经营部|C⟧⟦经营者|T⟧⟦覃某|P⟧财物约⟦5万元|M⟧的问题，由我委第三监督检查室负责办理。
　　来文同时反映的⟦桂平市宏康医疗器械经营部|C⟧在投标中使用虚假检测报告的问题，不属于我委管辖，我委已于⟦2026年3月18日|D⟧转交⟦桂平市财政局|A⟧依法处理，请知悉。

接收单位：⟦桂平市纪委监委|A⟧（章）
接收人：⟦欧少华|P⟧
⟦2026年3月18日|D⟧
''',
        rels=[('REFERRED', '桂平市审计局', '桂平市纪委监委', '桂审移〔2026〕5号', None),
              ('REFERRED', '桂平市纪委监委', '桂平市财政局', None, '2026年3月18日'),
              ('HOLDS_POSITION', '甘某某', '原规划财务股股长', '桂平市卫生健康局'),
              ('HOLDS_POSITION', '覃某', '经营者', '桂平市宏康医疗器械经营部')],
        unmarked=[],
        notes=['A receipt: 收到你局转来的《审计移送处理书》（number） → REFERRED 审计局 → the receiving 纪委监委 (named as 接收单位), evidence '
               'the audit number; the transfer date is not stated (2026年3月16日 is the receipt date) → date null.',
               'Onward transfer by the receiver (我委已于…转交桂平市财政局) → REFERRED 纪委监委 → 财政局, dated.',
               '原规划财务股股长: the 股 sits inside the title with no agency name → one POSITION with the adjacent 原 (doubtful: could be 股长 only).',
               '我委第三监督检查室 is an internal sub-unit after a pronoun → not annotated; internal assignment is not REFERRED.',
               '接收人 is not POSITION; the receipt\'s own 〔〕 number is DOC_NO.'],
    ),
    dict(
        file='c3-thh-cenxi-gaj-2026-6.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='岑溪市公安局',
        body='''
⟦岑溪市公安局|A⟧
关于退回政府采购案件线索的函
⟦岑公经函〔2026〕6号|N⟧

⟦岑溪市财政局|A⟧：
　　你局于⟦2026年1月8日|D⟧以《关于移送涉嫌串通投标案件线索的函》（⟦岑财移〔2026〕2号|N⟧）移送我局的“⟦岑溪市第一中学|A⟧学生公寓家具采购项目”（项目编号：⟦CXZC2025-0415|J⟧）⟦岑溪市木韵家具有限公司|C⟧、⟦岑溪市华林木业有限公司|C⟧涉嫌串通投标线索，我局经济犯罪侦查大队已进行审查。
　　经审查，该项目中标金额为⟦人民币捌万柒仟贰佰元|M⟧，两公司的串通投标行为未造成中标人以外的投标人直接经济损失，违法所得约⟦0.8万元|M⟧，未达到《⟦最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）|L⟧》规定的立案追诉标准（损害招标人、投标人或者国家、集体利益，造成直接经济损失数额在⟦五十万元|M⟧以上），不符合刑事立案条件。根据有关规定，现将该线索及材料退回你局，建议你局依照《⟦中华人民共和国政府采购法|L⟧》给予行政处罚；如发现两公司有伪造公章等情形，建议移送⟦岑溪市市场监督管理局|A⟧处理。
　　附件：退回材料清单

⟦岑溪市公安局|A⟧
⟦2026年2月20日|D⟧
''',
        rels=[('REFERRED', '岑溪市财政局', '岑溪市公安局', '岑财移〔2026〕2号', '2026年1月8日'),
              ('BID_ON', '岑溪市木韵家具有限公司', 'CXZC2025-0415'),
              ('BID_ON', '岑溪市华林木业有限公司', 'CXZC2025-0415')],
        notes=['The return itself (退回你局) is NOT REFERRED (DECISIONS); the original transfer it recounts (你局于…以《…》（number）移送我局) '
               'is REFERRED 财政局 → 公安局 with the finance letter\'s number and date.',
               '建议移送 → not REFERRED. 我局经济犯罪侦查大队 is a sub-unit after a pronoun → not annotated.',
               'The 立案追诉标准 quoted threshold 五十万元 is MONEY (以上 left out).'],
    ),
    dict(
        file='c4-cfjd-hunchun-scjgj-2026-11-fanti.txt', fmt='utf-8', kind='penalty_decision', violations=['bribery'],
        issuer='琿春市市場監督管理局',
        body='''
⟦琿春市市場監督管理局|A⟧
行政處罰決定書
⟦琿市監處罰〔2026〕11號|N⟧

當事人：⟦琿春市遠航醫療科技有限公司|C⟧
住所：琿春市新安街道口岸大路××號
⟦法定代表人|T⟧：⟦樸東哲|P⟧

　　本案線索由⟦琿春市財政局|A⟧於⟦2025年10月|D⟧以《政府採購違法線索移送函》（⟦琿財函〔2025〕41號|N⟧）移送本局。本局於同年⟦10月27日|D⟧立案調查。
　　經查，⟦2024年5月|D⟧至⟦2025年6月|D⟧，當事人為在⟦琿春市人民醫院|A⟧醫用耗材採購中獲得交易機會，由其⟦銷售經理|T⟧⟦全光洙|P⟧先後五次向該院設備科⟦工作人員|T⟧⟦金某|P⟧贈送購物卡及現金，合計⟦人民幣叁萬陸仟伍佰元|M⟧，當事人由此獲得耗材訂單金額共計⟦172.38萬元|M⟧，違法所得⟦人民幣146,280元|M⟧。
　　當事人的上述行為違反了《⟦中華人民共和國反不正當競爭法|L⟧》第七條第一款之規定，構成商業賄賂。依據該法第十九條，本局決定：
　　一、沒收違法所得⟦人民幣壹拾肆萬陸仟貳佰捌拾元整|M⟧；
　　二、處罰款⟦人民幣貳拾萬元整|M⟧。
　　上述罰沒款限於收到本決定書之日起十五日內繳至指定銀行。當事人如不服本決定，可於收到本決定書之日起六十日內向⟦琿春市人民政府|A⟧申請行政復議，或者於六個月內依法向⟦琿春市人民法院|A⟧提起行政訴訟。

⟦琿春市市場監督管理局|A⟧
⟦二〇二六年三月十一日|D⟧
''',
        rels=[('REFERRED', '琿春市財政局', '琿春市市場監督管理局', '琿財函〔2025〕41號', '2025年10月'),
              ('PENALIZED', '琿春市市場監督管理局', '琿春市遠航醫療科技有限公司'),
              ('LEGAL_REP', '樸東哲', '琿春市遠航醫療科技有限公司'),
              ('HOLDS_POSITION', '樸東哲', '法定代表人', '琿春市遠航醫療科技有限公司'),
              ('HOLDS_POSITION', '全光洙', '銷售經理', '琿春市遠航醫療科技有限公司'),
              ('HOLDS_POSITION', '金某', '工作人員', '琿春市人民醫院')],
        notes=['Traditional characters.',
               'Passive with a named sender inside a decision: 本案線索由X於…以《…》（number）移送本局 → REFERRED X → the issuing bureau '
               '(本局, named in the title), date the stated month, evidence the letter number. The case-filing date (同年10月27日 → '
               '10月27日) is not the transfer date.',
               '該院設備科工作人員金某 → POSITION 工作人員 (a staff role attached to a named person), org the hospital.',
               'Chinese-numeral signature date 二〇二六年三月十一日 → DATE.'],
    ),
    dict(
        file='c5-qsyjs-mishan-gaj-2026-8.txt', fmt='utf-8', kind='other', violations=['collusion'],
        issuer='密山市公安局',
        body='''
⟦密山市公安局|A⟧
起 诉 意 见 书
⟦密公（经）诉字〔2026〕8号|N⟧

　　犯罪嫌疑人⟦孙立业|P⟧，男，⟦1976年8月14日|D⟧出生，汉族，⟦密山市兴凯湖建筑工程有限公司|C⟧⟦执行董事|T⟧兼⟦总经理|T⟧，住密山市当壁镇。因涉嫌串通投标罪，于⟦2026年1月6日|D⟧被我局取保候审。
　　犯罪嫌疑人⟦高翠萍|P⟧，女，⟦1983年2月3日|D⟧出生，汉族，⟦鸡西恒通市政工程有限公司|C⟧⟦投标专员|T⟧。因涉嫌串通投标罪，于同日被我局取保候审。
　　本案由⟦密山市财政局|A⟧于⟦2025年9月23日|D⟧以⟦密财函〔2025〕37号|N⟧移送我局，我局于⟦2025年10月9日|D⟧立案侦查。犯罪嫌疑人⟦孙立业|P⟧、⟦高翠萍|P⟧涉嫌串通投标一案，现已侦查终结。
　　经依法侦查查明：⟦2025年4月|D⟧，⟦密山市农业农村局|A⟧就“密山市2025年高标准农田建设项目（二标段）”（项目编号：⟦MSNY-2025-GB02|J⟧）公开招标，招标控制价⟦人民币2,864.3万元|M⟧。⟦孙立业|P⟧为使其公司中标，与⟦高翠萍|P⟧商定，由⟦鸡西恒通市政工程有限公司|C⟧及⟦孙立业|P⟧联系的⟦密山市北垦水利工程有限公司|C⟧以高于其报价⟦80万元|M⟧至⟦120万元|M⟧的价格陪标，并约定中标后支付“协调费”。⟦2025年5月7日|D⟧开标，⟦密山市兴凯湖建筑工程有限公司|C⟧以⟦2,716.85万元|M⟧中标，后⟦孙立业|P⟧向⟦高翠萍|P⟧转账⟦人民币六万元|M⟧。
　　同案犯罪嫌疑人⟦刘某|P⟧（⟦密山市北垦水利工程有限公司|C⟧⟦股东|T⟧）因另案已由⟦密山市人民检察院|A⟧于⟦2026年2月12日|D⟧向⟦密山市人民法院|A⟧提起公诉。
　　综上所述，犯罪嫌疑人⟦孙立业|P⟧、⟦高翠萍|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条之规定，涉嫌串通投标罪。依照《⟦中华人民共和国刑事诉讼法|L⟧》第一百六十二条之规定，现将本案移送审查起诉。
　　此致
⟦密山市人民检察院|A⟧

⟦密山市公安局|A⟧（印）
⟦2026年3月3日|D⟧
''',
        rels=[('REFERRED', '密山市财政局', '密山市公安局', '密财函〔2025〕37号', '2025年9月23日'),
              ('REFERRED', '密山市公安局', '密山市人民检察院', '密公（经）诉字〔2026〕8号', '2026年3月3日'),
              ('HOLDS_POSITION', '孙立业', '执行董事', '密山市兴凯湖建筑工程有限公司'),
              ('HOLDS_POSITION', '孙立业', '总经理', '密山市兴凯湖建筑工程有限公司'),
              ('HOLDS_POSITION', '高翠萍', '投标专员', '鸡西恒通市政工程有限公司'),
              ('HOLDS_POSITION', '刘某', '股东', '密山市北垦水利工程有限公司'),
              ('BID_ON', '密山市兴凯湖建筑工程有限公司', 'MSNY-2025-GB02'),
              ('BID_ON', '鸡西恒通市政工程有限公司', 'MSNY-2025-GB02'),
              ('BID_ON', '密山市北垦水利工程有限公司', 'MSNY-2025-GB02')],
        notes=['Passive recounted transfer 本案由X于…以（number）移送我局 → REFERRED 财政局 → 公安局 (the issuer).',
               'The 起诉意见书\'s own 移送审查起诉 → REFERRED 公安局 → 检察院 (DECISIONS), evidence its own number, date the signature.',
               '提起公诉 by the procuratorate → not REFERRED (DECISIONS); 取保候审 and 立案侦查 → no relation.',
               '密山市2025年高标准农田建设项目 is a project name: 密山市 alone is a place, not AGENCY. 同日 → not DATE.',
               '鸡西 appears only inside a company name (invented company).'],
    ),
    dict(
        file='c6-tz-zhaodong-jwjw-2025.txt', fmt='utf-8', kind='other',
        violations=['no_procurement', 'collusion', 'interference', 'other'],
        issuer='肇东市纪委监委',
        body='''
⟦肇东市纪委监委|A⟧2025年度政府采购领域问题线索移交台账
（截至⟦2025年12月31日|D⟧）

序号	线索来源	来源方式及时间	来文文号	反映问题	涉及金额	处置方式及去向
1	⟦肇东市审计局|A⟧	移送，⟦2025.03.11|D⟧	⟦肇审移〔2025〕2号|N⟧	⟦肇东市第四中学|A⟧校长违规指定食堂供应商	⟦¥128,000.00|M⟧	初步核实，已立案
2	⟦肇东市财政局|A⟧	移交，⟦2025年5月|D⟧	⟦肇财函〔2025〕19号|N⟧	⟦肇东市昌五镇人民政府|A⟧规避招标	合计⟦213.6万元|M⟧	谈话函询
3	上级纪委	交办，⟦2025.06.20|D⟧	—	⟦肇东市交通运输局|A⟧干部插手工程	约⟦450万元|M⟧	初步核实
4	⟦肇东市公安局|A⟧	函转，⟦2025.08.04|D⟧	⟦肇公函〔2025〕56号|N⟧	⟦肇东市天润建材有限公司|C⟧串通投标中涉及的公职人员问题	⟦36万元|M⟧～⟦40万元|M⟧	暂存；供应商资格问题已于⟦2025.08.15|D⟧转交⟦肇东市财政局|A⟧
5	⟦肇东市人民检察院|A⟧	抄送，⟦2025.10.10|D⟧	⟦肇检建〔2025〕7号|N⟧	检察建议书（医用耗材采购）	—	存档备查
6	⟦肇东市审计局|A⟧	移送，⟦2025.11.03|D⟧	⟦肇审移〔2025〕9号|N⟧	专家评审费发放不规范	⟦4.26万元|M⟧	不属本委管辖，⟦2025.11.10|D⟧退回

填表人：⟦孙雅琴|P⟧　　　　分管领导：⟦邹国平|P⟧
''',
        rels=[('REFERRED', '肇东市审计局', '肇东市纪委监委', '肇审移〔2025〕2号', '2025.03.11'),
              ('REFERRED', '肇东市财政局', '肇东市纪委监委', '肇财函〔2025〕19号', '2025年5月'),
              ('REFERRED', '肇东市公安局', '肇东市纪委监委', '肇公函〔2025〕56号', '2025.08.04'),
              ('REFERRED', '肇东市纪委监委', '肇东市财政局', None, '2025.08.15')],
        implicit=[dict(type='REFERRED', **{'from': None, 'to': '肇东市纪委监委'}, null_endpoint_mention='上级纪委', date='2025.06.20')],
        notes=['A ledger of incoming hand-overs in a table: rows 1, 2, 4 (移送 / 移交 / 函转) → REFERRED 来源 → the ledger holder, with the '
               'row\'s 来文文号 and date. Row 6 (移送 2025.11.03) and row 1 share sender and receiver: de-duplicated on endpoints, row 1 '
               'kept (its number and date); row 6\'s later return (退回) is not REFERRED.',
               'Row 3 上级纪委交办 names no sender → implicit REFERRED (上级纪委) → 肇东市纪委监委, dated.',
               'Row 4\'s 去向 cell records an onward transfer (转交肇东市财政局) → REFERRED 纪委监委 → 财政局, dated.',
               'Row 5 is a 抄送 → not REFERRED. 校长 / 干部 are not attached to a named person → not POSITION. 分管领导 and 填表人 are '
               'not POSITION. ～ ranges → two MONEY; 约 and 合计 stay outside the span.',
               'violations: the rows\' 反映问题 as alleged (指定供应商 → interference, doubtful; 规避招标 → no_procurement; 插手工程 → '
               'interference; 串通投标 → collusion; 评审费发放 → other).'],
    ),
]
