"""dev7 — 4 decisions / announcements centred on persons (hand annotation, inline ⟦text|L⟧ marks).

Places: Guangxi (Nanning Qingxiu), Guizhou (Guiyang Guanshanhu), Yunnan (Kunming Wuhua), Anhui (Wuhu).
All persons, companies, numbers, amounts and acts are invented.
"""

DOCS = [
    dict(
        file='cf-nanning-2026-15.txt', fmt='utf-8', kind='penalty_decision', violations=['false_materials'],
        issuer='南宁市青秀区财政局',
        body='''
⟦南宁市青秀区财政局|A⟧
行政处罚决定书
⟦青财罚决〔2026〕15号|N⟧
当事人：⟦广西邕江数据科技有限公司|C⟧
⟦法定代表人|T⟧：⟦皇甫志远|P⟧
住所：南宁市青秀区民族大道某号
经查，当事人参加青秀区政务云服务采购项目（项目编号：⟦QXZC2025-C-0088|J⟧）投标，其投标文件中⟦项目负责人|T⟧⟦禚立新|P⟧的高级工程师证书系伪造。该项目评标委员会成员如下：
序号	姓名	工作单位	类别
1	⟦韦某|P⟧	⟦广西大学|A⟧	⟦评标专家|T⟧
2	⟦覃**|P⟧	⟦南宁市第一人民医院|A⟧	⟦评标专家|T⟧
3	⟦黄某某|P⟧	⟦广西财经学院|A⟧	⟦评标专家|T⟧
经评标委员会评审，当事人被推荐为第一中标候选人。上述评标专家未能发现证书伪造问题，我局已另行处理。
以上事实有投标文件、⟦广西壮族自治区人力资源和社会保障厅|A⟧出具的证书查询结果、询问笔录等为证。
当事人的行为违反了《⟦中华人民共和国政府采购法|L⟧》第七十七条第一款第（一）项的规定。依据该规定，我局决定：
一、对当事人处以采购金额千分之五的罚款，计⟦人民币8960元|M⟧；
二、列入不良行为记录名单，一年内禁止参加政府采购活动。
当事人如不服本决定，可在收到本决定书之日起六十日内向⟦南宁市青秀区人民政府|A⟧申请行政复议，或者在六个月内向⟦南宁铁路运输法院|A⟧提起行政诉讼。
⟦南宁市青秀区财政局|A⟧
⟦2026年6月5日|D⟧
''',
        rels=[
            ('PENALIZED', '南宁市青秀区财政局', '广西邕江数据科技有限公司'),
            ('LEGAL_REP', '皇甫志远', '广西邕江数据科技有限公司'),
            ('HOLDS_POSITION', '皇甫志远', '法定代表人', '广西邕江数据科技有限公司'),
            ('HOLDS_POSITION', '禚立新', '项目负责人', '广西邕江数据科技有限公司'),
            ('HOLDS_POSITION', '韦某', '评标专家@0', None),
            ('HOLDS_POSITION', '覃**', '评标专家@1', None),
            ('HOLDS_POSITION', '黄某某', '评标专家@2', None),
            ('BID_ON', '广西邕江数据科技有限公司', 'QXZC2025-C-0088'),
        ],
        unmarked=['评标专家'],
        notes=[
            '当事人 is a procedural role, never PERSON or POSITION; the address after 住所 is not annotated.',
            'Tab-separated table: each row gives PERSON (name column), AGENCY (work unit: universities and '
            'hospitals are AGENCY) and POSITION 评标专家 (org null: the post is on the committee, not at the '
            'work unit). The header row is not annotated.',
            '上述评标专家 (no name attached) is not POSITION: listed in unmarked.',
            '覃**: masked person with the shape of a name (surname + **), PERSON. 禚 is a rare single surname.',
            'The review government and the court in the remedy clause are annotated; no relation.',
        ],
    ),
    dict(
        file='gg-guiyang-2026-3.docx', fmt='docx', kind='penalty_decision', violations=['collusion', 'other'],
        issuer='贵阳市观山湖区财政局',
        body='''
⟦贵阳市观山湖区财政局|A⟧关于政府采购违法违规行为处理结果的公告
（⟦2026年第3号|N⟧）
根据《⟦中华人民共和国政府采购法|L⟧》及其实施条例的规定，现将我局近期作出的政府采购行政处罚结果公告如下：
一、⟦贵州黔中物业服务有限公司|C⟧（⟦法定代表人|T⟧：⟦张**|P⟧）在⟦观山湖区机关事务服务中心|A⟧物业服务项目（项目编号：⟦GSH-WY-2025-031|J⟧）中，与⟦贵阳筑城保洁服务有限公司|C⟧（⟦法定代表人|T⟧：⟦李×|P⟧）、⟦贵州云岭后勤管理有限公司|C⟧相互串通投标。经查，三家公司的投标文件均由⟦刘XX|P⟧编制，⟦刘XX|P⟧系⟦贵州黔中物业服务有限公司|C⟧⟦员工|T⟧。我局决定对三家公司各处以罚款，其中⟦贵州黔中物业服务有限公司|C⟧⟦人民币1.2万元|M⟧，⟦贵阳筑城保洁服务有限公司|C⟧和⟦贵州云岭后勤管理有限公司|C⟧各⟦人民币9800元|M⟧，并列入不良行为记录名单。处罚决定书文号：⟦观财罚〔2026〕4号|N⟧、⟦观财罚〔2026〕5号|N⟧、⟦观财罚〔2026〕6号|N⟧。
二、⟦评标专家|T⟧⟦杨某|P⟧、⟦罗某某|P⟧和⟦吴某|P⟧在观山湖区智慧停车设备采购项目（项目编号：⟦GSH-HW-2025-107|J⟧）评审中未按招标文件规定的评审标准评审，我局决定对三人分别给予警告，并处⟦人民币2000元|M⟧罚款。
如对上述处理结果有异议，请与我局政策法规科联系。联系人：⟦冉某|P⟧，电话：0851-8498xxxx
特此公告。
⟦贵阳市观山湖区财政局|A⟧
⟦2026年6月12日|D⟧
''',
        rels=[
            ('PENALIZED', '贵阳市观山湖区财政局', '贵州黔中物业服务有限公司'),
            ('PENALIZED', '贵阳市观山湖区财政局', '贵阳筑城保洁服务有限公司'),
            ('PENALIZED', '贵阳市观山湖区财政局', '贵州云岭后勤管理有限公司'),
            ('PENALIZED', '贵阳市观山湖区财政局', '杨某'),
            ('PENALIZED', '贵阳市观山湖区财政局', '罗某某'),
            ('PENALIZED', '贵阳市观山湖区财政局', '吴某'),
            ('LEGAL_REP', '张**', '贵州黔中物业服务有限公司'),
            ('HOLDS_POSITION', '张**', '法定代表人@0', '贵州黔中物业服务有限公司'),
            ('LEGAL_REP', '李×', '贵阳筑城保洁服务有限公司'),
            ('HOLDS_POSITION', '李×', '法定代表人@1', '贵阳筑城保洁服务有限公司'),
            ('HOLDS_POSITION', '刘XX', '员工', '贵州黔中物业服务有限公司'),
            ('HOLDS_POSITION', '杨某', '评标专家', None),
            ('HOLDS_POSITION', '罗某某', '评标专家', None),
            ('HOLDS_POSITION', '吴某', '评标专家', None),
            ('BID_ON', '贵州黔中物业服务有限公司', 'GSH-WY-2025-031'),
            ('BID_ON', '贵阳筑城保洁服务有限公司', 'GSH-WY-2025-031'),
            ('BID_ON', '贵州云岭后勤管理有限公司', 'GSH-WY-2025-031'),
        ],
        notes=[
            'Announcement number under the title: the number part 2026年第3号 is DOC_NO.',
            'Masked persons of three shapes: 张** (asterisks), 李× (multiplication sign), 刘XX (Latin X): PERSON each.',
            '评标专家杨某、罗某某和吴某: a list joined by 、 and 和 sharing one title: HOLDS_POSITION to each, org null; '
            'each is PENALIZED (警告 and fine).',
            'The project name embeds 观山湖区机关事务服务中心 (AGENCY, guidelines §2.3). 政策法规科 alone (我局 sub-unit '
            'without a name of its own) is not annotated.',
            'violations: 串通投标 (collusion); experts not following the criteria (other).',
        ],
    ),
    dict(
        file='cl-kunming-2026-8.txt', fmt='gb18030', kind='penalty_decision',
        violations=['no_procurement', 'other'],
        issuer='昆明市五华区财政局',
        body='''
⟦昆明市五华区财政局|A⟧
政府采购监督检查处理决定书
⟦五财采处〔2026〕8号|N⟧
被检查单位：⟦昆明市五华区文化和旅游局|A⟧
⟦负责人|T⟧：⟦令狐建平|P⟧
⟦2026年3月|D⟧，我局对⟦昆明市五华区文化和旅游局|A⟧2025年度政府采购活动开展监督检查，发现以下问题：
一、该局将五华区公共文化设施维修项目拆分为4个合同，分别直接委托⟦昆明滇池古建筑工程有限公司|C⟧等单位实施，合同金额合计⟦人民币367.5万元|M⟧，规避公开招标。经询问，该局分管⟦副局长|T⟧⟦尉迟明|P⟧称，拆分合同系为赶工期，经⟦局长|T⟧⟦令狐建平|P⟧同意。
二、⟦甯志华|P⟧同志作为项目具体经办人，未按规定在中国政府采购网公开采购合同。该同志称不了解有关规定。
上述行为违反了《⟦中华人民共和国政府采购法|L⟧》第二十八条、《⟦中华人民共和国政府采购法实施条例|L⟧》第五十条的规定。根据《⟦中华人民共和国政府采购法|L⟧》第七十一条，我局决定：
一、责令⟦昆明市五华区文化和旅游局|A⟧限期改正；
二、对该局给予警告；
三、对直接负责的主管人员和其他直接责任人员，移送⟦昆明市五华区纪委监委|A⟧依法处理。
⟦昆明市五华区财政局|A⟧
⟦2026年5月15日|D⟧
抄送：⟦昆明市财政局|A⟧
''',
        rels=[
            ('PENALIZED', '昆明市五华区财政局', '昆明市五华区文化和旅游局'),
            ('REFERRED', '昆明市五华区财政局', '昆明市五华区纪委监委'),
            ('HOLDS_POSITION', '令狐建平', '负责人', '昆明市五华区文化和旅游局'),
            ('HOLDS_POSITION', '尉迟明', '副局长', '昆明市五华区文化和旅游局'),
            ('HOLDS_POSITION', '令狐建平', '局长', '昆明市五华区文化和旅游局'),
        ],
        notes=[
            'GB18030. 负责人：令狐建平 (a form value) gives POSITION 负责人; 局长令狐建平 (title before the name) '
            'gives a second HOLDS_POSITION of the same person. 分管 is not part of the 副局长 span.',
            '甯志华同志: 同志 stays outside the PERSON span; 具体经办人 is not POSITION; 该同志 / 该局 are not annotated.',
            '令狐 and 尉迟 are compound surnames, 甯 a rare single surname.',
            '中国政府采购网 is a website: not annotated. 直接负责的主管人员 is a liability category, not POSITION.',
            'The transfer of the responsible persons to the 纪委监委 is REFERRED (no own number, no date). '
            '责令改正 and 警告 of the audited bureau are PENALIZED (the party is an AGENCY).',
            'kind penalty_decision (行政处理决定); violations: split contracts avoiding tender (no_procurement), '
            'contract not published (other).',
        ],
    ),
    dict(
        file='tb-wuhu-2026-2.txt', fmt='utf-8', kind='discipline_notice',
        violations=['interference', 'bribery', 'abuse_of_power', 'collusion', 'other'],
        issuer='中共芜湖市纪委',
        body='''
⟦中共芜湖市纪委|A⟧　⟦芜湖市监委|A⟧
关于三起政府采购领域违纪违法典型问题的通报
各县（市、区）纪委监委，市直各单位：
为进一步严明纪律，现将近期查处的三起政府采购领域典型问题通报如下：
一、⟦芜湖市鸠江区教育局|A⟧⟦原党组书记|T⟧、⟦局长|T⟧⟦上官振华|P⟧违规干预采购问题。2023年至2025年，⟦上官振华|P⟧利用职务便利，在鸠江区中小学食堂设备采购等项目中为⟦芜湖江城厨具设备有限公司|C⟧谋取利益，收受该公司⟦实际控制人|T⟧⟦方某|P⟧所送财物共计⟦38.6万元|M⟧。⟦2026年3月|D⟧，经⟦芜湖市纪委常委会|A⟧会议研究并报⟦芜湖市委|A⟧批准，给予⟦上官振华|P⟧开除党籍处分；由⟦芜湖市监委|A⟧给予其开除公职处分；其涉嫌犯罪问题移送⟦芜湖市鸠江区人民检察院|A⟧依法审查起诉。
二、⟦芜湖市繁昌区财政局|A⟧⟦东方明远|P⟧⟦副局长|T⟧、⟦甄某|P⟧⟦股长|T⟧监管失职问题。⟦东方明远|P⟧同志分管政府采购监管工作，对繁昌区农村饮水安全工程项目中⟦芜湖荻港水务工程有限公司|C⟧、⟦安徽峨山建设有限公司|C⟧和⟦繁昌新港管道安装有限公司|C⟧明显串通投标的投诉未认真核查，造成不良影响。⟦2026年4月|D⟧，⟦繁昌区纪委监委|A⟧分别给予⟦东方明远|P⟧政务警告处分、⟦甄某|P⟧政务记过处分。
三、⟦芜湖市湾沚区住房和城乡建设局|A⟧⟦工作人员|T⟧⟦褚某某|P⟧泄露评标信息问题。⟦褚某某|P⟧在湾沚区保障性住房配套工程招标中，向某公司有关人员透露评标委员会名单，收受好处费⟦2万元|M⟧。⟦褚某某|P⟧已被⟦湾沚区纪委监委|A⟧给予留党察看一年、政务撤职处分。
全市各级党员干部特别是从事采购监管的工作人员要以案为鉴、引以为戒。
⟦中共芜湖市纪委|A⟧
⟦芜湖市监委|A⟧
⟦2026年6月8日|D⟧
''',
        rels=[
            ('HOLDS_POSITION', '上官振华', '原党组书记', '芜湖市鸠江区教育局'),
            ('HOLDS_POSITION', '上官振华', '局长', '芜湖市鸠江区教育局'),
            ('HOLDS_POSITION', '方某', '实际控制人', '芜湖江城厨具设备有限公司'),
            ('PENALIZED', '芜湖市纪委常委会', '上官振华'),
            ('PENALIZED', '芜湖市监委', '上官振华'),
            ('REFERRED', '芜湖市监委', '芜湖市鸠江区人民检察院'),
            ('HOLDS_POSITION', '东方明远', '副局长', '芜湖市繁昌区财政局'),
            ('HOLDS_POSITION', '甄某', '股长', '芜湖市繁昌区财政局'),
            ('PENALIZED', '繁昌区纪委监委', '东方明远'),
            ('PENALIZED', '繁昌区纪委监委', '甄某'),
            ('HOLDS_POSITION', '褚某某', '工作人员', '芜湖市湾沚区住房和城乡建设局'),
            ('PENALIZED', '湾沚区纪委监委', '褚某某'),
        ],
        unmarked=['工作人员'],
        notes=[
            '原党组书记、局长上官振华: two POSITION spans (原 adjacent to the first), both attached to the person.',
            '东方明远副局长、甄某股长: names before titles, each title attached to the name before it; 东方明远同志 — '
            '同志 outside the span. 东方 is a compound surname.',
            '工作人员褚某某 (attached to the housing bureau) is POSITION; the closing 从事采购监管的工作人员 is generic: '
            'listed in unmarked. 某公司, 有关人员, 党员干部 are not annotated.',
            'Multi-stage decision (经市纪委常委会研究并报市委批准): only the deciding body 芜湖市纪委常委会 is PENALIZED source; '
            '开除公职 by 芜湖市监委; 移送…审查起诉 by the 监委 is REFERRED (no date). The passive 已被湾沚区纪委监委给予 '
            'names its agent: PENALIZED.',
            '繁昌区农村饮水安全工程 has no number: no BID_ON for the three colluding firms.',
            '2023年至2025年: year-only, not DATE. The distributive addressee 各县（市、区）纪委监委 is not AGENCY.',
        ],
    ),
]
