"""dev6 — 8 invented court-judgment fact paragraphs in the CAIL style (hand annotation, inline marks).

One run-on paragraph per file, no trailing newline, persons masked the way published judgments
mask them (黄某, 吴某甲, 赵××, 张某某). All persons, companies, numbers, amounts and acts are invented.
"""

COMMON = [
    'Invented court-judgment fact paragraph (CAIL style); masked names kept as written.',
    '被告人, 公诉机关, 本院 and other procedural or generic references are not annotated; the deciding court is not named, so doc.issuer is null.',
    'PENALIZED only where a named court or agency imposes a sanction; 立案, 留置, 移送 are not sanctions.',
]


def para(s: str) -> str:
    return ''.join(line.strip() for line in s.strip().split('\n'))


DOCS = [
    dict(
        file='cj-01.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference'],
        issuer=None,
        body=para('''
经审理查明：⟦2017年3月|D⟧至⟦2019年6月|D⟧，被告人⟦黄某|P⟧在担任⟦某某县住房和城乡建设局|A⟧⟦局长|T⟧期间，利用负责全县市政工程招标投标监督管理的职务便利，
在城区背街小巷改造工程（项目编号：⟦MYJS-2017-056|J⟧）招标过程中，授意评标委员会成员对⟦湖南某某建设工程有限公司|C⟧的投标文件给予高分，
使该公司以⟦人民币1268.4万元|M⟧中标。为感谢⟦黄某|P⟧的关照，该公司⟦实际控制人|T⟧⟦吴某甲|P⟧于⟦2017年9月|D⟧至⟦2019年2月|D⟧间先后四次在⟦黄某|P⟧家中送给其现金共计⟦人民币32万元|M⟧。
另查明，⟦吴某甲|P⟧之妻⟦李某|P⟧系⟦某某县农村商业银行城关支行|C⟧⟦客户经理|T⟧，经其手为⟦黄某|P⟧之子办理个人消费贷款⟦50万元|M⟧，利率低于同期水平。
⟦2020年5月12日|D⟧，⟦中共某某县纪律检查委员会|A⟧对⟦黄某|P⟧立案审查，同年8月给予其开除党籍处分。案发后，⟦黄某|P⟧退缴全部赃款⟦32万元|M⟧。
'''),
        rels=[
            ('HOLDS_POSITION', '黄某', '局长', '某某县住房和城乡建设局'),
            ('HOLDS_POSITION', '吴某甲', '实际控制人', '湖南某某建设工程有限公司'),
            ('HOLDS_POSITION', '李某', '客户经理', '某某县农村商业银行城关支行'),
            ('BID_ON', '湖南某某建设工程有限公司', 'MYJS-2017-056'),
            ('PENALIZED', '中共某某县纪律检查委员会', '黄某'),
        ],
        notes=COMMON + [
            '该公司实际控制人 → POSITION 实际控制人 of 湖南某某建设工程有限公司 (the pronoun resolved).',
            'A bank branch is part of one COMPANY span (某某县农村商业银行城关支行).',
            '同年8月 is month-only after a relative anchor: not DATE.',
            '开除党籍 by the named 中共某某县纪律检查委员会 is PENALIZED; 立案审查 is not.',
            '授意评标委员会成员…给予高分 → interference; cash gifts → bribery.',
        ],
    ),
    dict(
        file='cj-02.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer=None,
        body=para('''
公诉机关指控：被告人⟦王某甲|P⟧系⟦XX镇东王庄村村委会|A⟧⟦主任|T⟧，被告人⟦王某乙|P⟧系⟦衡水某某农业开发有限公司|C⟧⟦法定代表人|T⟧。
⟦2019年4月|D⟧，⟦东王庄村村委会|A⟧作为实施主体的高标准农田水利配套工程（项目编号：⟦JZNY-2019-033|J⟧）进行邀请招标，
被告人⟦王某甲|P⟧将标底透露给⟦王某乙|P⟧，并安排⟦河北某某水利工程有限公司|C⟧、⟦衡水某某建筑劳务有限公司|C⟧陪标，⟦王某乙|P⟧所在公司以⟦人民币86.7万余元|M⟧中标。
事后⟦王某乙|P⟧分两次送给⟦王某甲|P⟧好处费共计⟦3万元|M⟧。⟦2020年10月|D⟧，⟦衡水市冀州区农业农村局|A⟧对⟦衡水某某农业开发有限公司|C⟧作出罚款⟦4335元|M⟧的行政处罚，
⟦冀州区人民检察院|A⟧以被告人⟦王某甲|P⟧、⟦王某乙|P⟧犯串通投标罪，于⟦2021年3月8日|D⟧向本院提起公诉。
'''),
        rels=[
            ('HOLDS_POSITION', '王某甲', '主任', 'XX镇东王庄村村委会'),
            ('HOLDS_POSITION', '王某乙', '法定代表人', '衡水某某农业开发有限公司'),
            ('LEGAL_REP', '王某乙', '衡水某某农业开发有限公司'),
            ('BID_ON', '衡水某某农业开发有限公司', 'JZNY-2019-033'),
            ('BID_ON', '河北某某水利工程有限公司', 'JZNY-2019-033'),
            ('BID_ON', '衡水某某建筑劳务有限公司', 'JZNY-2019-033'),
            ('PENALIZED', '衡水市冀州区农业农村局', '衡水某某农业开发有限公司'),
        ],
        implicit=[dict(type='REFERRED', to=None, null_endpoint_mention='本院', date='2021年3月8日',
                       **{'from': '冀州区人民检察院'})],
        aliases={'东王庄村村委会': 'XX镇东王庄村村委会'},
        notes=COMMON + [
            'Village committees are AGENCY (heldout3 decision); XX镇东王庄村村委会 and its shorter repeat 东王庄村村委会 (alias).',
            '王某乙所在公司 = 衡水某某农业开发有限公司: it won, BID_ON; the two 陪标 firms also bid.',
            'A village official taking 好处费 for leaking the base price: bribery besides collusion.',
            '提起公诉 is REFERRED procuratorate → court (decision for this set); the court is only 本院 (the unnamed issuer of the judgment), so it goes into implicit_relations with to null and the filing date.',
        ],
    ),
    dict(
        file='cj-03.txt', fmt='utf-8', kind='court_judgment', violations=['no_procurement', 'bribery'],
        issuer=None,
        body=para('''
经审理查明：被告人⟦张某某|P⟧于⟦2015年8月|D⟧至⟦2021年7月|D⟧任⟦某某县某某镇中心学校|A⟧⟦校长|T⟧，负责该校及所辖各村小学的物资采购工作。
⟦2018年3月|D⟧，该校采购学生课桌椅及教学一体机，⟦张某某|P⟧未执行政府采购程序，直接与⟦临沂某某商贸有限公司|C⟧（⟦法定代表人|T⟧⟦刘某|P⟧）签订采购合同，合同金额⟦人民币98.6万元|M⟧，
货款由该校在⟦中国农业银行股份有限公司某某县支行|C⟧开设的账户转账支付。⟦2019年1月|D⟧，⟦刘某|P⟧以“咨询费”名义向⟦张某某|P⟧指定的⟦中国邮政储蓄银行|C⟧账户转入⟦6.8万元|M⟧，
2020年春节前又送给⟦张某某|P⟧购物卡价值⟦1万余元|M⟧。⟦2021年9月3日|D⟧，⟦某某县监察委员会|A⟧对⟦张某某|P⟧立案调查并采取留置措施。另查明，⟦2022年1月|D⟧，⟦某某县财政局|A⟧以未依法参加政府采购活动为由对⟦临沂某某商贸有限公司|C⟧处以罚款⟦4930元|M⟧。
'''),
        rels=[
            ('HOLDS_POSITION', '张某某', '校长', '某某县某某镇中心学校'),
            ('HOLDS_POSITION', '刘某', '法定代表人', '临沂某某商贸有限公司'),
            ('LEGAL_REP', '刘某', '临沂某某商贸有限公司'),
            ('PENALIZED', '某某县财政局', '临沂某某商贸有限公司'),
        ],
        notes=COMMON + [
            'A masked school name that keeps its shape (某某县某某镇中心学校) is AGENCY.',
            '中国邮政储蓄银行 inside 中国邮政储蓄银行账户 is COMPANY (names embedded in expressions are annotated); the Agricultural Bank branch is one COMPANY span.',
            '2020年春节前 is a holiday expression: not DATE. 1万余元: 余 kept.',
            'No project number: no BID_ON although the supplier got the contract.',
            '未执行政府采购程序，直接…签订 → no_procurement.',
        ],
    ),
    dict(
        file='cj-04.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'abuse_of_power'],
        issuer=None,
        body=para('''
公诉机关指控：⟦2020年5月|D⟧，⟦南通市通州区水利局|A⟧对通州区河道疏浚工程三标段（标段编号：⟦TZSL2020-HD-03|J⟧）进行公开招标。
被告人⟦周某某|P⟧系⟦南通通达疏浚工程有限公司|C⟧（以下简称⟦通达公司|C⟧）⟦实际控制人|T⟧，为确保中标，其借用⟦江苏蓝海港航工程有限公司|C⟧、⟦如皋市长江水利建筑有限公司|C⟧的资质投标，
由被告人⟦孙某|P⟧（⟦通达公司|C⟧⟦员工|T⟧）制作全部投标文件，并以⟦孙某|P⟧及其亲属在⟦中国建设银行|C⟧开立的账户缴纳三家公司的投标保证金共计⟦60万元|M⟧，最终⟦通达公司|C⟧以⟦1895.32万元|M⟧中标。
时任⟦南通市通州区水利局建设科|A⟧⟦科长|T⟧的⟦陆某|P⟧在资格审查中发现三家公司保证金来源相同，未认真履行审查职责，未予报告。
另查明，被告人⟦周某某|P⟧曾因犯串通投标罪于⟦2016年11月|D⟧被⟦江苏省如东县人民法院|A⟧判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币10万元|M⟧。
'''),
        rels=[
            ('HOLDS_POSITION', '周某某', '实际控制人', '南通通达疏浚工程有限公司'),
            ('HOLDS_POSITION', '孙某', '员工', '南通通达疏浚工程有限公司'),
            ('HOLDS_POSITION', '陆某', '科长', '南通市通州区水利局建设科'),
            ('BID_ON', '南通通达疏浚工程有限公司', 'TZSL2020-HD-03'),
            ('BID_ON', '江苏蓝海港航工程有限公司', 'TZSL2020-HD-03'),
            ('BID_ON', '如皋市长江水利建筑有限公司', 'TZSL2020-HD-03'),
            ('PENALIZED', '江苏省如东县人民法院', '周某某'),
        ],
        aliases={'通达公司': '南通通达疏浚工程有限公司'},
        notes=COMMON + [
            '标段编号 value is PROJECT_NO.',
            '时任南通市通州区水利局建设科科长: the named sub-unit is part of the AGENCY span; 时任 left out; org of 科长 is that span.',
            'A prior sentence by a named court (江苏省如东县人民法院) is PENALIZED.',
            'The firms whose qualifications were borrowed bid nominally: BID_ON.',
            '未认真履行审查职责 by an official → abuse_of_power.',
            '中国建设银行 named as the bank of an account: COMPANY.',
        ],
    ),
    dict(
        file='cj-05.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'discriminatory_terms'],
        issuer=None,
        body=para('''
经审理查明：被告人⟦陈某|P⟧系⟦湖州某某智能科技有限公司|C⟧⟦法定代表人|T⟧，被告人⟦沈某某|P⟧系该公司⟦销售总监|T⟧。
⟦2021年6月|D⟧至⟦2022年3月|D⟧，⟦湖州市吴兴区人民医院|A⟧先后就智慧病房系统（项目编号：⟦ZJWX-2021-0712|J⟧）、医用物联网平台（项目编号：⟦ZJWX-2022-0103|J⟧）进行公开招标。
⟦陈某|P⟧通过时任该院⟦副院长|T⟧的⟦钱某|P⟧获取采购需求，并由⟦钱某|P⟧安排按照公司产品参数设置技术条款，两项目均由⟦湖州某某智能科技有限公司|C⟧中标，中标金额共计⟦人民币763万余元|M⟧。
为表示感谢，⟦陈某|P⟧安排⟦沈某某|P⟧从公司在⟦浙江长兴农村商业银行|C⟧开设的账户中取现，先后送给⟦钱某|P⟧⟦人民币18万元|M⟧及价值⟦2.6万余元|M⟧的购物卡。
⟦2023年4月17日|D⟧，⟦湖州市吴兴区监察委员会|A⟧将⟦钱某|P⟧涉嫌受贿一案移送⟦湖州市吴兴区人民检察院|A⟧审查起诉。
'''),
        rels=[
            ('HOLDS_POSITION', '陈某', '法定代表人', '湖州某某智能科技有限公司'),
            ('LEGAL_REP', '陈某', '湖州某某智能科技有限公司'),
            ('HOLDS_POSITION', '沈某某', '销售总监', '湖州某某智能科技有限公司'),
            ('HOLDS_POSITION', '钱某', '副院长', '湖州市吴兴区人民医院'),
            ('BID_ON', '湖州某某智能科技有限公司', 'ZJWX-2021-0712'),
            ('BID_ON', '湖州某某智能科技有限公司', 'ZJWX-2022-0103'),
            ('REFERRED', '湖州市吴兴区监察委员会', '湖州市吴兴区人民检察院', None, '2023年4月17日'),
        ],
        notes=COMMON + [
            '该公司销售总监 / 该院副院长: the pronouns resolve to the named company and hospital (org).',
            'The 监委 → 检察院 transfer for prosecution is REFERRED with its date.',
            '按照公司产品参数设置技术条款 → discriminatory_terms (指向特定产品).',
            '763万余元 and 2.6万余元 keep 余.',
        ],
    ),
    dict(
        file='cj-06.txt', fmt='utf-8', kind='court_judgment', violations=['bribery', 'interference', 'collusion'],
        issuer=None,
        body=para('''
公诉机关指控：被告人⟦赵××|P⟧于⟦2014年2月|D⟧至⟦2019年12月|D⟧任⟦凤翔县某某镇人民政府|A⟧⟦镇长|T⟧。⟦2017年5月|D⟧，该镇实施的农村饮水安全巩固提升工程（项目编号：⟦FXSL-2017-012|J⟧）招标时，
⟦赵××|P⟧授意⟦宝鸡××建设工程有限公司|C⟧⟦实际控制人|T⟧⟦杨××|P⟧借用⟦陕西××水电安装有限公司|C⟧等三家公司的资质参与投标围标，最终⟦陕西××水电安装有限公司|C⟧以⟦人民币327.5万元|M⟧中标，实际由⟦杨××|P⟧组织施工。
工程款经⟦凤翔县农村信用合作联社|C⟧拨付后，⟦杨××|P⟧分三次送给⟦赵××|P⟧现金共计⟦15万元|M⟧。⟦2020年6月|D⟧，⟦中共宝鸡市凤翔区纪律检查委员会|A⟧给予⟦赵××|P⟧开除党籍处分，⟦宝鸡市凤翔区监察委员会|A⟧给予其开除公职处分。
'''),
        rels=[
            ('HOLDS_POSITION', '赵××', '镇长', '凤翔县某某镇人民政府'),
            ('HOLDS_POSITION', '杨××', '实际控制人', '宝鸡××建设工程有限公司'),
            ('BID_ON', '陕西××水电安装有限公司', 'FXSL-2017-012'),
            ('PENALIZED', '中共宝鸡市凤翔区纪律检查委员会', '赵××'),
            ('PENALIZED', '宝鸡市凤翔区监察委员会', '赵××'),
        ],
        notes=COMMON + [
            'Persons masked with ×× are PERSON (like 程XX in heldout3).',
            'Only one of the 三家公司 is named: BID_ON for it alone; the firm that borrowed the qualifications is not said to bid.',
            'A credit cooperative (凤翔县农村信用合作联社) is COMPANY.',
            'Two sanctions by two named bodies: two PENALIZED.',
            '借用…资质参与投标围标 → collusion; 授意 → interference.',
        ],
    ),
    dict(
        file='cj-07.txt', fmt='gb18030', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer=None,
        body=para('''
经审理查明：⟦2020年7月|D⟧，⟦鞍山市公共资源交易中心|A⟧受⟦鞍山市千山区教育局|A⟧委托，对千山区中小学校园安防系统项目（项目编号：⟦ASGG-2020-0716|J⟧）进行公开招标，采购需求经时任⟦鞍山市千山区教育局|A⟧⟦局长|T⟧的⟦孟某|P⟧签批。
被告人⟦许某某|P⟧系该中心⟦工作人员|T⟧，负责该项目的开评标现场管理。被告人⟦郑某|P⟧系⟦鞍山某某电子工程有限公司|C⟧⟦总经理|T⟧，该公司⟦法定代表人|T⟧为其妻⟦白某|P⟧。
开标前，⟦郑某|P⟧请托⟦许某某|P⟧，⟦许某某|P⟧将已报名的⟦辽宁某某安防科技有限公司|C⟧、⟦鞍山某某网络工程有限公司|C⟧等投标人名单泄露给⟦郑某|P⟧，⟦郑某|P⟧联系上述两家公司按其报价投标，
⟦鞍山某某电子工程有限公司|C⟧以⟦人民币214.7万元|M⟧中标。⟦郑某|P⟧通过其在⟦中国工商银行鞍山分行|C⟧的账户向⟦许某某|P⟧转账⟦4万元|M⟧。
⟦2021年3月|D⟧，⟦鞍山市财政局|A⟧认定该项目中标结果无效，并对⟦鞍山某某电子工程有限公司|C⟧处以罚款⟦10735元|M⟧。
'''),
        rels=[
            ('HOLDS_POSITION', '孟某', '局长', '鞍山市千山区教育局'),
            ('HOLDS_POSITION', '许某某', '工作人员', '鞍山市公共资源交易中心'),
            ('HOLDS_POSITION', '郑某', '总经理', '鞍山某某电子工程有限公司'),
            ('HOLDS_POSITION', '白某', '法定代表人', '鞍山某某电子工程有限公司'),
            ('LEGAL_REP', '白某', '鞍山某某电子工程有限公司'),
            ('BID_ON', '鞍山某某电子工程有限公司', 'ASGG-2020-0716'),
            ('BID_ON', '辽宁某某安防科技有限公司', 'ASGG-2020-0716'),
            ('BID_ON', '鞍山某某网络工程有限公司', 'ASGG-2020-0716'),
            ('PENALIZED', '鞍山市财政局', '鞍山某某电子工程有限公司'),
        ],
        notes=COMMON + [
            'GB18030, no line break.',
            '该中心工作人员 → org 鞍山市公共资源交易中心 (the pronoun resolved); 该公司法定代表人为其妻白某 → POSITION before the name, LEGAL_REP.',
            '已报名的…投标人 who then 按其报价投标: BID_ON.',
            'The fine by the named finance bureau is PENALIZED; declaring the award void alone would not be.',
        ],
    ),
    dict(
        file='cj-08.txt', fmt='utf-8', kind='court_judgment', violations=['collusion', 'bribery'],
        issuer=None,
        body=para('''
公诉机关指控：⟦2018年10月|D⟧至⟦2020年8月|D⟧，被告人⟦冉某|P⟧任⟦重庆市大足区某某镇某某村村民委员会|A⟧⟦主任|T⟧，被告人⟦何某某|P⟧系⟦重庆某某农业开发有限公司|C⟧⟦股东|T⟧、⟦实际控制人|T⟧。
⟦重庆市大足区农业农村委员会|A⟧下达的产业扶贫基地建设项目（项目编号：⟦DZNY-2019-PK-021|J⟧）由该村委会作为实施主体组织比选，⟦冉某|P⟧与⟦何某某|P⟧商定，由⟦何某某|P⟧找来⟦重庆某某建筑工程有限公司|C⟧等两家公司陪标，
⟦重庆某某农业开发有限公司|C⟧以⟦人民币49.8万余元|M⟧中选；作为回报，⟦何某某|P⟧将其中⟦10万元|M⟧以“劳务费”名义转入⟦冉某|P⟧之子在⟦重庆农村商业银行|C⟧开立的账户。
担任该项目比选⟦评审专家|T⟧的⟦邓某|P⟧收受⟦何某某|P⟧所送⟦5000元|M⟧后对该公司打出高分。⟦邓某|P⟧已于⟦2021年5月|D⟧被⟦重庆市大足区人民法院|A⟧以非国家工作人员受贿罪判处拘役四个月。
'''),
        rels=[
            ('HOLDS_POSITION', '冉某', '主任', '重庆市大足区某某镇某某村村民委员会'),
            ('HOLDS_POSITION', '何某某', '股东', '重庆某某农业开发有限公司'),
            ('HOLDS_POSITION', '何某某', '实际控制人', '重庆某某农业开发有限公司'),
            ('HOLDS_POSITION', '邓某', '评审专家', None),
            ('BID_ON', '重庆某某农业开发有限公司', 'DZNY-2019-PK-021'),
            ('BID_ON', '重庆某某建筑工程有限公司', 'DZNY-2019-PK-021'),
            ('PENALIZED', '重庆市大足区人民法院', '邓某'),
        ],
        notes=COMMON + [
            'A masked village committee name with its full shape (…某某村村民委员会) is AGENCY; 该村委会 is a pronoun: not annotated.',
            '股东、实际控制人: two POSITION mentions, two HOLDS_POSITION.',
            '评审专家 of a project (no organisation): HOLDS_POSITION with org null.',
            '比选 and 中选 are a procurement: the winner and the named 陪标 firm get BID_ON.',
            'A sentence by the named 重庆市大足区人民法院 is PENALIZED.',
            '10万元 to the village head\'s son and 5000元 to the expert → bribery; 陪标 → collusion.',
        ],
    ),
]
