"""heldout6 letters between agencies: chain A (Hunan 郴州汝城, finance → police → trading centre) and
chain B (Hubei 恩施咸丰, audit → 纪委/监委; 发改 → 市场监管 → returned → forwarded to 交通运输 → reminder)."""

DOCS = [
    {
        'file': 'yjh-rucheng-2026-17.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '汝城县财政局',
        'body': """
⟦汝城县财政局|A⟧
线索移送函
⟦汝财采函〔2026〕17号|N⟧

⟦汝城县公安局|A⟧：
我局在处理⟦汝城县人民医院|A⟧医用耗材集中采购项目（项目编号：⟦RCZC2026-031|J⟧）投诉过程中发现，参与该项目投标的⟦郴州市恒瑞医疗器械有限公司|C⟧（以下简称⟦恒瑞公司|C⟧）、⟦湖南康泽医药科技有限公司|C⟧（以下简称⟦康泽公司|C⟧）、⟦汝城县百佳商贸有限公司|C⟧三家供应商的投标文件由同一终端制作上传，投标保证金由同一个人账户转出；⟦恒瑞公司|C⟧⟦法定代表人|T⟧⟦曹振东|P⟧与⟦康泽公司|C⟧⟦业务员|T⟧⟦卢晓燕|P⟧系夫妻关系。该项目由⟦恒瑞公司|C⟧以⟦人民币386.4万元|M⟧中标。
上述行为涉嫌串通投标，可能构成犯罪。根据《⟦中华人民共和国政府采购法实施条例|L⟧》第七十四条和《⟦行政执法机关移送涉嫌犯罪案件的规定|L⟧》的有关规定，现将该线索移送你局依法处理，请在收到后5个工作日内回执。
附件：1．投诉书复印件（12页）
2．投标文件电子数据光盘（1张）
3．保证金缴纳凭证复印件（3份）
联系人：⟦邝文斌|P⟧，电话：0735-8221746

⟦汝城县财政局|A⟧
⟦2026年4月13日|D⟧
""",
        'rels': [
            ('REFERRED', '汝城县财政局', '汝城县公安局', '汝财采函〔2026〕17号', '2026年4月13日'),
            ('BID_ON', '郴州市恒瑞医疗器械有限公司', 'RCZC2026-031'),
            ('BID_ON', '湖南康泽医药科技有限公司', 'RCZC2026-031'),
            ('BID_ON', '汝城县百佳商贸有限公司', 'RCZC2026-031'),
            ('LEGAL_REP', '曹振东', '郴州市恒瑞医疗器械有限公司'),
            ('HOLDS_POSITION', '曹振东', '法定代表人', '郴州市恒瑞医疗器械有限公司'),
            ('HOLDS_POSITION', '卢晓燕', '业务员', '湖南康泽医药科技有限公司'),
        ],
        'aliases': {'恒瑞公司': '郴州市恒瑞医疗器械有限公司', '康泽公司': '湖南康泽医药科技有限公司'},
        'notes': ['The transfer letter: REFERRED with its own number and signature date.',
                  '联系人 is a field label, not POSITION.'],
    },
    {
        'file': 'hz-rucheng-2026-5.txt', 'fmt': 'gb18030-crlf', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '汝城县公安局经济犯罪侦查大队',
        'body': """
⟦汝城县公安局经济犯罪侦查大队|A⟧
案件线索签收回执
⟦汝公经回字〔2026〕第5号|N⟧

⟦汝城县财政局|A⟧：
你局⟦2026年4月13日|D⟧以《关于移送⟦汝城县人民医院|A⟧医用耗材集中采购项目串通投标线索的函》（⟦汝财采函〔2026〕17号|N⟧）向⟦汝城县公安局|A⟧移送的线索材料，经局领导批转，已由我大队收到。材料清单如下：
1．投诉书复印件 1份（12页）
2．投标文件电子数据光盘 1张
3．保证金缴纳凭证复印件 3份
我大队将依法审查，并在作出是否立案决定之日起5个工作日内书面告知你局。

签收人：⟦欧阳建平|P⟧（⟦民警|T⟧）
签收日期：⟦2026年4月15日|D⟧
⟦汝城县公安局经济犯罪侦查大队|A⟧（印章）
""",
        'rels': [
            ('REFERRED', '汝城县财政局', '汝城县公安局', '汝财采函〔2026〕17号', '2026年4月13日'),
            ('HOLDS_POSITION', '欧阳建平', '民警', '汝城县公安局经济犯罪侦查大队'),
        ],
        'notes': ['The receipt restates the transfer to 汝城县公安局 (number, transfer date); the internal hand-on '
                  'to the 经侦大队 (局领导批转) is not REFERRED; the receipt date is not used.',
                  '签收人 is a field label; 民警 in brackets after the name is POSITION, org the issuing unit.'],
    },
    {
        'file': 'lagz-rucheng-2026-9.docx', 'fmt': 'docx', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '汝城县公安局',
        'body': """
⟦汝城县公安局|A⟧
立案告知书
⟦汝公（经）立告字【2026】9号|N⟧
⟦汝城县财政局|A⟧：
你局于⟦2026年4月13日|D⟧移送的⟦曹振东|P⟧等人涉嫌串通投标一案（⟦汝财采函〔2026〕17号|N⟧），我局经审查认为有犯罪事实需要追究刑事责任，根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百一十二条之规定，已于⟦2026年4月24日|D⟧决定立案侦查。
特此告知。
承办人：⟦何志鹏|P⟧、⟦黄丽君|P⟧  联系电话：0735-8236110
⟦汝城县公安局|A⟧
⟦2026年4月27日|D⟧
""",
        'rels': [
            ('REFERRED', '汝城县财政局', '汝城县公安局', '汝财采函〔2026〕17号', '2026年4月13日'),
        ],
        'notes': ['立案告知书: the cited transfer is REFERRED (number, transfer date); 立案 and signature dates are not used.',
                  '承办人 is a field label.'],
    },
    {
        'file': 'xczh-rucheng-2026-12.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '汝城县公安局',
        'body': """
⟦汝城县公安局|A⟧
协助调查函
⟦汝公经协字[2026]第12号|N⟧

⟦汝城县公共资源交易中心|A⟧：
我局根据⟦汝城县财政局|A⟧《线索移送函》（⟦汝财采函〔2026〕17号|N⟧）侦办⟦曹振东|P⟧等人涉嫌串通投标案。为查明案件事实，根据《⟦中华人民共和国刑事诉讼法|L⟧》第五十四条的规定，请你中心协助提供以下材料：
一、⟦汝城县人民医院|A⟧医用耗材集中采购项目（⟦RCZC2026-031|J⟧）全部投标单位的投标文件上传IP地址、MAC地址及CA锁使用记录；
二、该项目投标人⟦郴州市恒瑞医疗器械有限公司|C⟧、⟦湖南康泽医药科技有限公司|C⟧、⟦汝城县百佳商贸有限公司|C⟧近两年在你中心参与投标的项目清单；
三、开标现场视频及签到表。
请于⟦2026年5月8日|D⟧前将上述材料交我局经侦大队⟦民警|T⟧⟦朱海涛|P⟧（电话：13907351268）。对你中心提供的材料，我局将依法保密。

⟦汝城县公安局|A⟧
⟦2026年4月29日|D⟧
""",
        'rels': [
            ('REFERRED', '汝城县财政局', '汝城县公安局', '汝财采函〔2026〕17号', None),
            ('BID_ON', '郴州市恒瑞医疗器械有限公司', 'RCZC2026-031'),
            ('BID_ON', '湖南康泽医药科技有限公司', 'RCZC2026-031'),
            ('BID_ON', '汝城县百佳商贸有限公司', 'RCZC2026-031'),
            ('HOLDS_POSITION', '朱海涛', '民警', '汝城县公安局'),
        ],
        'notes': ['An assistance letter citing the transfer it acts on gives that transfer (number; no date stated). '
                  'The assistance request itself is not REFERRED.',
                  '经侦大队 without the agency name is not annotated; 民警 after it has org 汝城县公安局.'],
    },
    {
        'file': 'fh-rucheng-2026-6.txt', 'fmt': 'gb18030', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '汝城县公共资源交易中心',
        'body': """
⟦汝城县公共资源交易中心|A⟧
关于协助调查事项的复函
⟦汝公资函〔2026〕6号|N⟧

⟦汝城县公安局|A⟧：
你局《协助调查函》（⟦汝公经协字[2026]第12号|N⟧）收悉。经查，现将有关情况函复如下：
一、⟦汝城县人民医院|A⟧医用耗材集中采购项目（⟦RCZC2026-031|J⟧）共有5家供应商投标，其中⟦郴州市恒瑞医疗器械有限公司|C⟧、⟦湖南康泽医药科技有限公司|C⟧、⟦汝城县百佳商贸有限公司|C⟧三家的投标文件上传IP地址相同，CA锁登录记录显示三份文件在20分钟内由同一终端上传。
二、另两家投标人为⟦湖南德顺医疗设备有限公司|C⟧和⟦郴州市仁和康医药有限公司|C⟧。中标人为⟦郴州市恒瑞医疗器械有限公司|C⟧，中标金额⟦3864000.00元|M⟧。
三、开标现场视频及签到表已刻录光盘一张，随函提供。
以上材料涉及投标人商业秘密，请严格保密。

经办人：⟦李婷婷|P⟧    审核：⟦邓少华|P⟧（⟦副主任|T⟧）
⟦汝城县公共资源交易中心|A⟧
⟦2026年5月6日|D⟧
""",
        'rels': [
            ('BID_ON', '郴州市恒瑞医疗器械有限公司', 'RCZC2026-031'),
            ('BID_ON', '湖南康泽医药科技有限公司', 'RCZC2026-031'),
            ('BID_ON', '汝城县百佳商贸有限公司', 'RCZC2026-031'),
            ('BID_ON', '湖南德顺医疗设备有限公司', 'RCZC2026-031'),
            ('BID_ON', '郴州市仁和康医药有限公司', 'RCZC2026-031'),
            ('HOLDS_POSITION', '邓少华', '副主任', '汝城县公共资源交易中心'),
        ],
        'notes': ['A reply to an assistance letter is not REFERRED; the materials sent with it are not a transfer.',
                  '经办人/审核 are field labels; 副主任 in brackets is POSITION of the issuing centre.'],
    },
    {
        'file': 'yscl-xianfeng-2026-3.docx', 'fmt': 'docx', 'kind': 'other', 'violations': ['interference'],
        'issuer': '咸丰县审计局',
        'body': """
⟦咸丰县审计局|A⟧
审计移送处理书
⟦咸审移[2026]第3号|N⟧
⟦中共咸丰县纪律检查委员会|A⟧、⟦咸丰县监察委员会|A⟧：
我局在对⟦咸丰县农业农村局|A⟧2025年度预算执行情况进行审计时发现：该局⟦原副局长|T⟧⟦覃德明|P⟧在“2025年高标准农田建设项目”（项目编号：⟦XFNY-2025-014|J⟧）评标前，授意评标委员会成员为⟦咸丰县丰源建设工程有限公司|C⟧（以下简称⟦丰源公司|C⟧）打高分，⟦丰源公司|C⟧以⟦1275.6万元|M⟧中标；⟦丰源公司|C⟧⟦实际控制人|T⟧⟦向文斌|P⟧系⟦覃德明|P⟧妻弟。以上事实有审计取证单（编号：⟦咸审证〔2026〕11号|N⟧）等证据证明。
根据《⟦中华人民共和国审计法|L⟧》第五十二条的规定，现将上述问题线索移送你们依法处理，并请将处理结果函告我局。
附件：审计取证单、评标报告复印件等材料共26页
联系人：⟦冉小红|P⟧  电话：0718-6822351
⟦咸丰县审计局|A⟧
⟦2026年3月6日|D⟧
""",
        'rels': [
            ('REFERRED', '咸丰县审计局', '中共咸丰县纪律检查委员会', '咸审移[2026]第3号', '2026年3月6日'),
            ('REFERRED', '咸丰县审计局', '咸丰县监察委员会', '咸审移[2026]第3号', '2026年3月6日'),
            ('HOLDS_POSITION', '覃德明', '原副局长', '咸丰县农业农村局'),
            ('HOLDS_POSITION', '向文斌', '实际控制人', '咸丰县丰源建设工程有限公司'),
            ('BID_ON', '咸丰县丰源建设工程有限公司', 'XFNY-2025-014'),
        ],
        'aliases': {'丰源公司': '咸丰县丰源建设工程有限公司'},
        'notes': ['Joint addressees 纪委 and 监委: one REFERRED per organ.',
                  'The evidence form number (审计取证单编号) is DOC_NO.',
                  '该局原副局长: POSITION 原副局长 (原 adjacent), org resolved through 该局.'],
    },
    {
        'file': 'th-xianfeng-2026-4-fanti.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['false_materials'],
        'issuer': '咸豐縣市場監督管理局',
        'body': """
⟦咸豐縣市場監督管理局|A⟧
關於退回⟦咸發改函〔2026〕21號|N⟧移送材料的函
⟦咸市監函〔2026〕4號|N⟧

⟦咸豐縣發展和改革局|A⟧：
你局於⟦2026年4月2日|D⟧以⟦咸發改函〔2026〕21號|N⟧移送我局的參與投標的⟦恩施州鑫茂建築勞務有限公司|C⟧（以下簡稱⟦鑫茂公司|C⟧）在⟦咸豐縣高樂山鎮人民政府|A⟧農村公路養護項目（招標編號：⟦XFJT-2026-003|J⟧）中涉嫌提供虛假業績材料的線索材料收悉。
經審查，該線索涉及依法必須招標的工程建設項目中的弄虛作假行為，依據《⟦中華人民共和國招標投標法實施條例|L⟧》第四條的規定，應由有關行業主管部門處理，不屬於我局職責範圍。根據《⟦咸豐縣公共資源交易聯動監管工作辦法|L⟧》第十四條，現將有關材料退回你局，請依法處理或移送有權機關。
附：退回材料清單（共3項18頁）：1．⟦鑫茂公司|C⟧投標文件複印件；2．業績合同複印件；3．舉報信。

聯繫人：⟦向紅梅|P⟧  電話：0718-6835092
⟦咸豐縣市場監督管理局|A⟧
⟦2026年4月8日|D⟧
""",
        'rels': [
            ('REFERRED', '咸豐縣發展和改革局', '咸豐縣市場監督管理局', '咸發改函〔2026〕21號', '2026年4月2日'),
            ('BID_ON', '恩施州鑫茂建築勞務有限公司', 'XFJT-2026-003'),
        ],
        'aliases': {'鑫茂公司': '恩施州鑫茂建築勞務有限公司'},
        'notes': ['Traditional characters. The return (退回) is not REFERRED; only the restated original transfer '
                  '(發改局 → 市場監督管理局, 21號, 2026年4月2日) is (dev11).',
                  'The number cited in the title and in the body: both DOC_NO.',
                  'The county 辦法 in 《》 is LAW (a normative mechanism).'],
    },
    {
        'file': 'zs-xianfeng-2026-27.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['false_materials'],
        'issuer': '咸丰县发展和改革局',
        'body': """
⟦咸丰县发展和改革局|A⟧
关于转送⟦恩施州鑫茂建筑劳务有限公司|C⟧涉嫌弄虚作假问题线索的函
⟦咸发改函〔2026〕27号|N⟧

⟦咸丰县交通运输局|A⟧：
我局于⟦2026年4月2日|D⟧将群众举报的⟦恩施州鑫茂建筑劳务有限公司|C⟧在⟦咸丰县高乐山镇人民政府|A⟧农村公路养护项目（招标编号：⟦XFJT-2026-003|J⟧）投标中提供虚假业绩材料的线索移送⟦咸丰县市场监督管理局|A⟧（⟦咸发改函〔2026〕21号|N⟧）。该局经审查认为不属其职责，已以⟦咸市监函〔2026〕4号|N⟧退回我局。
经研究，该项目属交通运输工程建设项目，依据《⟦湖北省招标投标管理办法|L⟧》的规定，由你局负责招标投标活动的行政监督。现将该线索及全部材料转送你局依法处理，并请在处理结束后10个工作日内将处理结果函告我局。
附件：材料清单及材料（共18页）

联系人：⟦田光耀|P⟧（法规科⟦科长|T⟧）  电话：0718-6828817
⟦咸丰县发展和改革局|A⟧
⟦2026年4月10日|D⟧
""",
        'rels': [
            ('REFERRED', '咸丰县发展和改革局', '咸丰县市场监督管理局', '咸发改函〔2026〕21号', '2026年4月2日'),
            ('REFERRED', '咸丰县发展和改革局', '咸丰县交通运输局', '咸发改函〔2026〕27号', '2026年4月10日'),
            ('BID_ON', '恩施州鑫茂建筑劳务有限公司', 'XFJT-2026-003'),
            ('HOLDS_POSITION', '田光耀', '科长', '咸丰县发展和改革局'),
        ],
        'notes': ['The forward: its own REFERRED (27号, signature date) plus the restated first transfer (21号, '
                  '2026年4月2日); the return (以…4号退回) is not REFERRED.',
                  '法规科科长: the title after an unnamed internal unit is the title alone (科长), org the bureau (heldout5, dev11).',
                  '湖北省招标投标管理办法 in 《》 is LAW.'],
    },
    {
        'file': 'fk-xianfeng-2026-8.txt', 'fmt': 'gb18030-crlf', 'kind': 'other', 'violations': ['interference', 'bribery'],
        'issuer': '中共咸丰县纪律检查委员会',
        'body': """
⟦中共咸丰县纪律检查委员会|A⟧
⟦咸丰县监察委员会|A⟧
关于⟦咸审移[2026]第3号|N⟧移送问题线索办理结果的反馈函
⟦咸纪函〔2026〕8号|N⟧

⟦咸丰县审计局|A⟧：
你局于⟦2026年3月6日|D⟧移送的⟦咸丰县农业农村局|A⟧⟦原副局长|T⟧⟦覃德明|P⟧违规干预高标准农田建设项目评标的问题线索（⟦咸审移[2026]第3号|N⟧），经我委初步核实，于⟦2026年3月19日|D⟧对⟦覃德明|P⟧立案审查调查。
经查，⟦覃德明|P⟧利用职务便利，为⟦咸丰县丰源建设工程有限公司|C⟧中标及工程款拨付提供帮助，收受该公司⟦实际控制人|T⟧⟦向文斌|P⟧所送现金共计⟦人民币42万元|M⟧。
经⟦咸丰县纪委常委会|A⟧会议研究并报⟦县委|A⟧批准，给予⟦覃德明|P⟧开除党籍处分；由⟦咸丰县监察委员会|A⟧给予其开除公职处分；其涉嫌受贿犯罪问题，已由⟦咸丰县监察委员会|A⟧于⟦2026年5月20日|D⟧移送⟦咸丰县人民检察院|A⟧审查起诉。⟦向文斌|P⟧涉嫌行贿问题一并移送审查起诉。
特此反馈。

⟦中共咸丰县纪律检查委员会|A⟧  ⟦咸丰县监察委员会|A⟧
⟦2026年6月2日|D⟧
""",
        'rels': [
            ('REFERRED', '咸丰县审计局', '中共咸丰县纪律检查委员会', '咸审移[2026]第3号', '2026年3月6日'),
            ('REFERRED', '咸丰县审计局', '咸丰县监察委员会', '咸审移[2026]第3号', '2026年3月6日'),
            ('REFERRED', '咸丰县监察委员会', '咸丰县人民检察院', None, '2026年5月20日'),
            ('PENALIZED', '咸丰县纪委常委会', '覃德明'),
            ('PENALIZED', '咸丰县监察委员会', '覃德明'),
            ('HOLDS_POSITION', '覃德明', '原副局长', '咸丰县农业农村局'),
            ('HOLDS_POSITION', '向文斌', '实际控制人', '咸丰县丰源建设工程有限公司'),
        ],
        'unmarked': [],
        'notes': ['Outcome report of a joint 纪委/监委: the original transfer to each organ is REFERRED (number, '
                  'transfer date); 立案 date not used.',
                  '移送审查起诉 by the 监委 → named procuratorate: REFERRED with the stated date (heldout5/dev11); the '
                  'briber’s matter 一并移送 is the same relation (deduplicated).',
                  '开除党籍 by the 纪委常委会 (the deciding body, 会议 outside; 县委 approval not linked); 开除公职 by the 监委.',
                  'Issuer: the first-listed organ.'],
    },
    {
        'file': 'cb-xianfeng-2026-31.txt', 'fmt': 'utf-8', 'kind': 'other', 'violations': ['false_materials'],
        'issuer': '咸丰县发展和改革局',
        'body': """
⟦咸丰县发展和改革局|A⟧
催办函
⟦咸发改函〔2026〕31号|N⟧

⟦咸丰县交通运输局|A⟧：
我局于⟦2026年4月10日|D⟧以《关于转送⟦恩施州鑫茂建筑劳务有限公司|C⟧涉嫌弄虚作假问题线索的函》（⟦咸发改函〔2026〕27号|N⟧）向你局转送的问题线索，至今未收到你局是否受理的书面回复，已超过《⟦咸丰县公共资源交易联动监管工作办法|L⟧》第十五条规定的期限。
请你局接函后3个工作日内将受理情况及办理进度书面反馈我局；如该线索不属你局职责，请说明理由并退回材料。

联系人：⟦田光耀|P⟧  电话：0718-6828817
⟦咸丰县发展和改革局|A⟧
⟦2026年5月18日|D⟧
""",
        'rels': [
            ('REFERRED', '咸丰县发展和改革局', '咸丰县交通运输局', '咸发改函〔2026〕27号', '2026年4月10日'),
        ],
        'notes': ['The reminder restates the forward it chases (number, transfer date) and adds no REFERRED of its own.',
                  'The hypothetical return (如…退回材料) is not REFERRED.'],
    },
]
