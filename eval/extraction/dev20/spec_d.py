"""dev20 — documents d1–d6, inline ⟦text|L⟧ marks. A finance 协查函 recounting an audit transfer (Gansu 敦煌), a county finance
bureau's report on a 上级交办 with a per-lot table (Xinjiang 巴音郭楞 → 库尔勒), an audit letter to three bodies (Qinghai 贵德), a finance
转交函 after a government office's 转来 (Yunnan 蒙自), a finance 行政处理决定书 with 经X转办 (Guizhou 清镇), a news report with
transfers, intentions and copies (Guangxi 凭祥). All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='d1-xch-dunhuang-czj-2026-5.txt', fmt='utf-8', kind='other', violations=['false_materials'],
        issuer='敦煌市财政局',
        body='''
⟦敦煌市财政局|A⟧
协助调查函
⟦敦财协〔2026〕5号|N⟧

⟦敦煌市市场监督管理局|A⟧：
　　我局在办理⟦敦煌市审计局|A⟧于⟦2026年2月10日|D⟧移送的⟦敦煌市文物保护中心|A⟧展陈设备采购问题线索（⟦敦审移〔2026〕4号|N⟧）过程中，发现中标供应商⟦敦煌丝路文创科技有限公司|C⟧（中标金额⟦¥ 586,000.00|M⟧，项目编号⟦DHWB-2025-09|J⟧）投标时提交的质量管理体系认证证书及⟦2025年3月|D⟧出具的产品检测报告疑似伪造。为查明事实，请贵局协助查询以下事项：
　　一、该公司自⟦2024年1月1日|D⟧以来的股东、⟦法定代表人|T⟧（现为⟦马骏|P⟧）及其变更登记情况；
　　二、⟦敦煌市恒信检测技术服务有限公司|C⟧是否具备相应检验检测资质，以及该公司是否于⟦2025年3月|D⟧为上述产品出具编号为HX-2025-0311的检测报告。
　　请于⟦2026年3月25日|D⟧前函复我局。本函所涉线索仅供协查使用，不作移送。待查实后，如发现涉嫌犯罪的，我局将视情况移送公安机关。
　　联系人：⟦李红梅|P⟧　电话：0937-88××××7

⟦敦煌市财政局|A⟧
⟦二〇二六年三月十日|D⟧
''',
        rels=[('REFERRED', '敦煌市审计局', '敦煌市财政局', '敦审移〔2026〕4号', '2026年2月10日'),
              ('LEGAL_REP', '马骏', '敦煌丝路文创科技有限公司'),
              ('HOLDS_POSITION', '马骏', '法定代表人', '敦煌丝路文创科技有限公司'),
              ('BID_ON', '敦煌丝路文创科技有限公司', 'DHWB-2025-09')],
        notes=['Recounted transfer (我局在办理X于…移送的…线索（number）) → REFERRED 审计局 → the issuing bureau, dated, with the audit number.',
               'The 协查函 itself is not REFERRED (DECISIONS); 将视情况移送公安机关 (conditional, generic) → nothing.',
               'The 检测报告 number HX-2025-0311 is a certificate/report serial, not a document anyone issued as a 文号 → not DOC_NO '
               '(doubtful). The 2025年3月 occurs twice; both DATE.',
               'The signature date 二〇二六年三月十日 (Chinese numerals) → DATE.'],
    ),
    dict(
        file='d2-blqkbg-korla-czj-2026-7.txt', fmt='utf-8', kind='other', violations=['collusion', 'false_materials'],
        issuer='库尔勒市财政局',
        body='''
⟦库尔勒市财政局|A⟧关于⟦州财政局|A⟧交办政府采购举报件办理情况的报告
⟦库财报〔2026〕7号|N⟧

⟦巴音郭楞蒙古自治州财政局|A⟧：
　　⟦2026年1月12日|D⟧，你局以《关于交办政府采购举报件的通知》（⟦巴州财采〔2026〕6号|N⟧）将群众举报⟦库尔勒市第八中学|A⟧2025年教学设备采购项目（项目编号：⟦KEL-JY-2025-077|J⟧）存在串通投标、提供虚假材料问题交我局办理。我局即成立调查组，现将办理情况报告如下：
　　一、项目情况。该项目分三个包采购，预算总额⟦人民币贰佰肆拾万元|M⟧，于⟦2025年7月15日|D⟧开标，中标情况如下：

包号	采购内容	中标供应商	中标金额
1	录播教室设备	⟦库尔勒博瀚教育科技有限公司|C⟧	⟦96.48万元|M⟧
2	理化生实验室设备	⟦库尔勒天成实验设备有限公司|C⟧	⟦87.35万元|M⟧
3	体育器材	⟦库尔勒博瀚教育科技有限公司|C⟧	⟦41.20万元|M⟧
合计			⟦225.03万元|M⟧

　　二、调查结论。经调取电子招投标平台日志，第1包投标人⟦库尔勒博瀚教育科技有限公司|C⟧与⟦巴州鑫源商贸有限公司|C⟧的投标文件由同一IP地址于⟦7月14日|D⟧上传，两公司系串通投标；⟦库尔勒天成实验设备有限公司|C⟧提供的业绩合同经原采购人核实系伪造。举报反映的其他问题不属实。
　　三、处理情况。我局于⟦2026年3月2日|D⟧对⟦库尔勒博瀚教育科技有限公司|C⟧、⟦巴州鑫源商贸有限公司|C⟧各处以第1包中标金额千分之八的罚款（各⟦7,718.4元|M⟧），对⟦库尔勒天成实验设备有限公司|C⟧处以⟦人民币6,988元|M⟧罚款，三家公司均被列入不良行为记录名单。
　　特此报告。

⟦库尔勒市财政局|A⟧
⟦2026年3月9日|D⟧
''',
        rels=[('REFERRED', '巴音郭楞蒙古自治州财政局', '库尔勒市财政局', '巴州财采〔2026〕6号', '2026年1月12日'),
              ('PENALIZED', '库尔勒市财政局', '库尔勒博瀚教育科技有限公司'),
              ('PENALIZED', '库尔勒市财政局', '巴州鑫源商贸有限公司'),
              ('PENALIZED', '库尔勒市财政局', '库尔勒天成实验设备有限公司'),
              ('BID_ON', '库尔勒博瀚教育科技有限公司', 'KEL-JY-2025-077'),
              ('BID_ON', '库尔勒天成实验设备有限公司', 'KEL-JY-2025-077'),
              ('BID_ON', '巴州鑫源商贸有限公司', 'KEL-JY-2025-077')],
        aliases={'州财政局': '巴音郭楞蒙古自治州财政局'},
        notes=['上级交办 recounted in a report: 你局以《…通知》（number）将…交我局办理 → REFERRED 州财政局 → the reporting bureau, with the '
               'number and date. The 《关于交办…的通知》 is case-specific → not LAW.',
               'Per-lot table: each 中标金额 cell and the total are MONEY (万元 written at the figure).',
               '7月14日 (month+day) → DATE. 千分之八 is a rate.'],
    ),
    dict(
        file='d3-yshan-guide-sjj-2026-3.txt', fmt='utf-8', kind='other', violations=['bribery', 'no_procurement', 'contract_violation', 'other'],
        issuer='贵德县审计局',
        body='''
⟦贵德县审计局|A⟧
关于移送审计发现问题线索的函
⟦贵审函〔2026〕3号|N⟧

⟦贵德县纪委监委|A⟧、⟦贵德县财政局|A⟧、⟦贵德县公安局|A⟧：
　　经⟦海南藏族自治州审计局|A⟧授权，我局于⟦2025年9月|D⟧至11月对⟦贵德县河阴镇人民政府|A⟧2024年度乡村振兴衔接资金使用情况进行了专项审计，发现下列问题线索，按管辖分别移送你们：
　　（一）移送⟦贵德县纪委监委|A⟧：河阴镇⟦原党委委员|T⟧、⟦副镇长|T⟧⟦才让多杰|P⟧在牦牛养殖基地建设项目中，默许⟦贵德县黄河源牧业开发有限公司|C⟧转包工程，并于⟦2024年10月|D⟧收受该公司⟦负责人|T⟧⟦韩有福|P⟧所送现金⟦人民币伍万元|M⟧。
　　（二）移送⟦贵德县财政局|A⟧：该镇采购饲草料加工设备（合同金额⟦49.86万元|M⟧）及冷链仓储设施（合同金额⟦58.2万元|M⟧）均未执行政府采购程序，共计⟦108.06万元|M⟧。
　　（三）移送⟦贵德县公安局|A⟧：⟦贵德县黄河源牧业开发有限公司|C⟧以虚假工程量结算套取衔接资金⟦36.5万余元|M⟧，涉嫌诈骗。
　　请你们依法依规处理，并于⟦二〇二六年六月三十日|D⟧前将处理结果告知我局。

⟦贵德县审计局|A⟧
⟦2026年3月20日|D⟧
抄报：⟦海南藏族自治州审计局|A⟧
''',
        rels=[('REFERRED', '贵德县审计局', '贵德县纪委监委', '贵审函〔2026〕3号', '2026年3月20日'),
              ('REFERRED', '贵德县审计局', '贵德县财政局', '贵审函〔2026〕3号', '2026年3月20日'),
              ('REFERRED', '贵德县审计局', '贵德县公安局', '贵审函〔2026〕3号', '2026年3月20日'),
              ('HOLDS_POSITION', '才让多杰', '原党委委员', '贵德县河阴镇人民政府'),
              ('HOLDS_POSITION', '才让多杰', '副镇长', '贵德县河阴镇人民政府'),
              ('HOLDS_POSITION', '韩有福', '负责人', '贵德县黄河源牧业开发有限公司')],
        notes=['One letter to three bodies, an item per receiver (按管辖分别移送你们 / 移送X：…) → three REFERRED with the same number and date.',
               '抄报 to the prefecture audit office and its 授权 → not REFERRED.',
               '原党委委员、副镇长才让多杰 → two POSITION spans (titles in a row), both held by the person, org the town government.',
               'Audit period 2025年9月至11月: the month-only end 11月 is not DATE.',
               'The deadline 二〇二六年六月三十日 (Chinese numerals) → DATE, no relation.'],
    ),
    dict(
        file='d4-zjh-mengzi-czj-2026-10.txt', fmt='utf-8', kind='other', violations=['discriminatory_terms', 'other'],
        issuer='蒙自市财政局',
        body='''
⟦蒙自市财政局|A⟧
关于转交政府采购举报事项的函
⟦蒙财采函〔2026〕10号|N⟧

⟦蒙自市教育体育局|A⟧：
　　⟦2026年4月7日|D⟧，我局收到⟦蒙自市人民政府督查室|A⟧转来的《督查转办单》（⟦蒙府督转〔2026〕8号|N⟧），该室随单转来群众举报信一封。举报人反映：⟦蒙自市第一幼儿园|A⟧、⟦蒙自市第三幼儿园|A⟧2026年春季保育员劳务外包服务项目，采购文件要求供应商须在本市注册满三年，服务费报价区间限定为每人每月⟦3,200元|M⟧至⟦3,500元|M⟧；两园以⟦蒙自市安心家政服务有限公司|C⟧一家报价为由，分别与其签订了⟦人民币叁拾捌万肆仟元整|M⟧和⟦人民币29.76万元|M⟧的合同。
　　经初步核查，上述两个项目均以“劳务协作”名义由幼儿园自行组织，未在我局备案，采购金额均未达到本市政府采购限额标准，不属于政府采购监督管理范围。收到转办单后，我局根据职责分工，现将举报信原件及督查转办单转交你局，交由你局依照教育系统内部控制和采购管理规定进行核查处理。请将核查结果于⟦4月30日|D⟧前直接报送⟦蒙自市人民政府督查室|A⟧，并抄送我局。

⟦蒙自市财政局|A⟧
⟦2026年4月10日|D⟧
''',
        rels=[('REFERRED', '蒙自市人民政府督查室', '蒙自市财政局', '蒙府督转〔2026〕8号', None),
              ('REFERRED', '蒙自市财政局', '蒙自市教育体育局', '蒙财采函〔2026〕10号', '2026年4月10日')],
        notes=['收到X转来的《督查转办单》（number） → REFERRED 督查室 → the issuing bureau with the 转办单 number; 2026年4月7日 is the '
               'receipt date → date null.',
               'Onward by the receiver (收到转办单后…转交你局，交由你局…核查) → REFERRED 财政局 → 教育体育局, dated by the signature.',
               'The outcome report to the 督查室 and the 抄送我局 → not REFERRED. 人民政府督查室 with a place is one maximal AGENCY span.',
               'The price range 3,200元至3,500元 → two MONEY spans. 本市 → no place name.'],
    ),
    dict(
        file='d5-xzcljd-qingzhen-czj-2026-1.txt', fmt='utf-8', kind='penalty_decision', violations=['no_procurement', 'other'],
        issuer='清镇市财政局',
        body='''
⟦清镇市财政局|A⟧
政府采购监督管理行政处理决定书
⟦清财采处〔2026〕1号|N⟧

被处理单位：⟦清镇市第二人民医院|A⟧
⟦法定代表人|T⟧：⟦吴光荣|P⟧（⟦院长|T⟧）
地址：清镇市红枫湖镇××路××号

　　本案系经⟦清镇市纪委监委|A⟧转办，由⟦清镇市纪委监委驻市卫生健康局纪检监察组|A⟧于⟦2025-11-24|D⟧以《问题线索转办函》（⟦清纪驻卫转〔2025〕12号|N⟧）交我局办理的案件。我局于⟦2025-12-01|D⟧立案，并向被处理单位送达了《政府采购监督检查通知书》。
　　经查明：
　　一、⟦2024年6月|D⟧，被处理单位将预算金额⟦人民币壹佰叁拾陆万元整|M⟧的“医院信息系统（HIS）升级改造项目”拆分为软件升级、硬件更新、运维服务三个合同，金额分别为⟦48.5万元|M⟧、⟦46.8万元|M⟧和⟦39.96万元|M⟧，均直接与⟦清镇智联医信科技有限公司|C⟧签订，规避公开招标。
　　二、被处理单位未按规定在合同签订之日起2个工作日内公告上述合同，亦未将采购文件妥善保存，⟦2024年7月|D⟧至⟦2025年3月|D⟧的部分验收单据缺失。
　　以上事实，有合同文本、付款凭证（共计⟦1,352,600.00元|M⟧）、相关人员询问笔录等证据证明。
　　我局认为，被处理单位的行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条、《⟦中华人民共和国政府采购法实施条例|L⟧》第五十条之规定。根据《⟦中华人民共和国政府采购法|L⟧》第七十一条之规定，决定如下：
　　一、责令被处理单位限期改正；
　　二、给予警告；
　　三、建议⟦清镇市卫生健康局|A⟧对直接负责的主管人员和其他直接责任人员依法给予处分，并将该项目有关公职人员问题线索移送纪检监察机关。
　　如不服本决定，可自收到本决定书之日起六十日内向⟦清镇市人民政府|A⟧申请行政复议，也可以在六个月内向⟦清镇市人民法院|A⟧提起行政诉讼。

⟦清镇市财政局|A⟧
⟦2026年2月28日|D⟧
''',
        rels=[('REFERRED', '清镇市纪委监委', '清镇市财政局', None, None),
              ('REFERRED', '清镇市纪委监委驻市卫生健康局纪检监察组', '清镇市财政局', '清纪驻卫转〔2025〕12号', '2025-11-24'),
              ('PENALIZED', '清镇市财政局', '清镇市第二人民医院'),
              ('LEGAL_REP', '吴光荣', '清镇市第二人民医院'),
              ('HOLDS_POSITION', '吴光荣', '法定代表人', '清镇市第二人民医院'),
              ('HOLDS_POSITION', '吴光荣', '院长', '清镇市第二人民医院')],
        notes=['经X转办，由Y于…以《…转办函》（number）交我局办理: passive with a named sender — X (the 纪委监委) → the issuing bureau '
               '(undated), and Y (its stationed group, which wrote the letter) → the bureau (dated, numbered). Doubtful: one could also '
               'read X → Y → bureau as a chain, or keep only Y.',
               'A 行政处理决定 with 责令改正 and 警告 → PENALIZED bureau → the hospital (a public institution, AGENCY).',
               '建议…移送纪检监察机关 → a suggestion with a generic receiver → nothing.',
               '2个工作日 is not MONEY; 立案 date 2025-12-01 is DATE, no relation.'],
    ),
    dict(
        file='d6-xw-pingxiang-2026-0318.txt', fmt='utf-8', kind='news', violations=['collusion', 'bribery', 'no_procurement'],
        issuer=None,
        body='''
凭祥：多部门联动 斩断政府采购领域“黑手”
来源：⟦凭祥市融媒体中心|A⟧　　⟦2026-03-18|D⟧ 09:12　　⟦记者|T⟧ ⟦农秀梅|P⟧　⟦通讯员|T⟧ ⟦黄振宇|P⟧

　　本报讯　今年以来，凭祥市建立审计、财政、纪检监察、公安等部门线索移送协作机制，一季度共移送、转办政府采购领域问题线索11件，涉及金额约⟦2,300万元|M⟧。
　　“过去各管一段，现在一条线索进来，谁该管就第一时间交给谁。”⟦凭祥市财政局|A⟧⟦副局长|T⟧⟦马永杰|P⟧介绍。1月中旬，⟦凭祥市审计局|A⟧在审计中发现⟦凭祥市友谊关口岸管理服务中心|A⟧的查验设备维护项目存在围标迹象，⟦1月19日|D⟧即将线索移送⟦凭祥市财政局|A⟧和⟦凭祥市公安局|A⟧。⟦凭祥市公安局经侦大队|A⟧迅速立案，查明中标人⟦凭祥边贸通科技有限公司|C⟧与另外3家企业围标，涉案金额⟦487.6万元|M⟧；⟦凭祥市财政局|A⟧则对该公司作出罚款⟦4.88万元|M⟧的行政处罚。
　　另一起案件中，⟦凭祥市纪委监委|A⟧接到⟦凭祥市财政局|A⟧转送的线索后，查实⟦凭祥市夏石镇人民政府|A⟧⟦原党委书记|T⟧⟦梁某|P⟧收受工程老板好处费⟦12万余元|M⟧，目前已移送检察机关审查起诉。
　　据了解，⟦凭祥市公共资源交易中心|A⟧还将对评标中发现的一批异常线索“拟移送”有关部门，⟦凭祥市纪委监委|A⟧也表示将视情况把发现的涉嫌犯罪线索移送公安机关。该市同时要求，各部门对收到的抄送件、协查函、复函一律登记，不得以“抄送”代替移送。
　　（⟦责任编辑|T⟧：⟦韦丽娜|P⟧）
''',
        rels=[('REFERRED', '凭祥市审计局', '凭祥市财政局', None, '1月19日'),
              ('REFERRED', '凭祥市审计局', '凭祥市公安局', None, '1月19日'),
              ('REFERRED', '凭祥市财政局', '凭祥市纪委监委', None, None),
              ('PENALIZED', '凭祥市财政局', '凭祥边贸通科技有限公司'),
              ('HOLDS_POSITION', '马永杰', '副局长', '凭祥市财政局'),
              ('HOLDS_POSITION', '梁某', '原党委书记', '凭祥市夏石镇人民政府'),
              ('HOLDS_POSITION', '农秀梅', '记者', None),
              ('HOLDS_POSITION', '黄振宇', '通讯员', None),
              ('HOLDS_POSITION', '韦丽娜', '责任编辑', None)],
        implicit=[dict(type='REFERRED', **{'from': '凭祥市纪委监委', 'to': None}, null_endpoint_mention='检察机关')],
        notes=['News: issuer null. 融媒体中心 is a public media institution of the city — annotated AGENCY here (doubtful: GUIDELINES '
               'excludes media brands like 新华网, but a 融媒体中心 is a 事业单位).',
               'One transfer to two bodies (移送A和B) → two REFERRED, dated 1月19日. 接到X转送的线索 → REFERRED 财政局 → 纪委监委, undated.',
               '已移送检察机关审查起诉 → implicit REFERRED 纪委监委 → (检察机关).',
               '“拟移送”有关部门, 将视情况…移送公安机关, 抄送 → nothing.',
               'PENALIZED 财政局 → the named winner (该公司). No PROJECT_NO → no BID_ON.',
               '1月中旬 (month without year) is not DATE; 1月19日 is.',
               '记者 / 通讯员 / 责任编辑 attached to bylines → POSITION with org null. 凭祥市公安局经侦大队 → one maximal AGENCY span.',
               '约2,300万元 → 2,300万元; 11件 is a count.'],
    ),
]
