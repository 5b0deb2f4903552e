"""Hand annotation of the 32 CAIL2018 fact paragraphs (docs/cail-NN.txt).
ents: one line per label, strings separated by ' | '; 'pre[x]post' = only that mention.
All documents: kind court_judgment; the court is only 本院 or unnamed, so issuer is null."""

def P(block):
    out = {}
    for line in block.strip().splitlines():
        lab, rest = line.split(':', 1)
        out.setdefault(lab.strip(), []).extend(s.strip() for s in rest.split(' | ') if s.strip())
    return out

COMMON_NOTES = [
    'Court-judgment fact paragraph (CAIL2018), names anonymised by the source; kept as written.',
    '公诉机关, 公安机关, 本院, 该院 and other generic or self references are not annotated.',
    'The deciding court is never named in the paragraph: doc.issuer is null and no PENALIZED is drawn from 本院.',
]

def D(ents, viol, rels=(), aliases=None, notes=(), add=(), skip=(), implicit=()):
    return {'ents': P(ents), 'viol': list(viol), 'rels': list(rels), 'aliases': aliases or {},
            'notes': COMMON_NOTES + list(notes), 'add': list(add), 'skip': list(skip),
            'implicit': list(implicit), 'kind': 'court_judgment', 'issuer': None}

LAWX = 'LAW: 中华人民共和国刑法'

DOCS = {}
DOCS['cail-01.txt'] = D('''
AGENCY: 某某工作办公室
COMPANY: 某某有限公司 | 某某公司 | 某某集团有限公司 | 某某1公司 | 某某工程有限公司 | 某某2公司
PERSON: 马某 | 束某 | 张某1
POSITION: 业务人员
''' + LAWX, ['collusion'],
    rels=[('HP', '束某', '业务人员', '某某有限公司')],
    aliases={'某某公司': '某某有限公司', '某某1公司': '某某集团有限公司', '某某2公司': '某某工程有限公司'},
    notes=['Masked company names that keep the shape of a name (某某有限公司, 某某集团有限公司, 某某工程有限公司) and their defined short forms are COMPANY; 某某工作办公室 is a masked agency name: AGENCY.',
           '瑞云山某某项目 is a project name without an identifier: not annotated.',
           '275万某 is annotated as written (the anonymiser replaced 元 by 某).'])

DOCS['cail-02.txt'] = D('''
AGENCY: 余江县人民检察院 | 余江县城东建设指挥部
COMPANY: 江西某公司
PERSON: 吴某
''' + LAWX, ['collusion'],
    notes=['江西某公司 keeps the shape of a name (place + 某 + 公司), like 台州温岭某公司: COMPANY. 其他四家公司 is descriptive: not annotated.',
           '约400万元 and 约7000万元: 约 excluded from MONEY.'])

DOCS['cail-03.txt'] = D('''
AGENCY: 江苏省南京市江宁区人民检察院
COMPANY: 江苏信联公司 | 江苏宏大建设集团有限公司南京直属分公司 | 江苏宏大建设集团有限公司 | 华仁建设集团有限公司南京分公司 | 江苏伟丰建筑安装集团有限公司南京分公司 | 江苏天宇建设工程有限公司南京分公司 | 南京凯盛建设集团有限公司 | 南京建工集团有限公司 | 南京第一建筑工程集团有限公司
PERSON: 陈某甲 | 李某 | 吴某 | 陈某乙 | 潘某 | 周某甲 | 万某 | 洪某
POSITION: 员工 | 副经理 | 经营科副主任 | 经营部职员 | 经营部员工
PROJECT_NO: ANJ110834-05SG | ANJ110834-04SG
''', ['collusion'],
    rels=[('HP', '李某', '员工', '江苏信联公司'),
          ('HP', '吴某', '副经理#南京分公司副经理吴某', '华仁建设集团有限公司南京分公司'),
          ('HP', '陈某乙', '经营科副主任', '江苏伟丰建筑安装集团有限公司南京分公司'),
          ('HP', '潘某', '副经理#南京分公司副经理潘某', '江苏天宇建设工程有限公司南京分公司'),
          ('HP', '周某甲', '经营部职员#经营部职员周某甲', '南京凯盛建设集团有限公司'),
          ('HP', '万某', '经营部员工', '南京建工集团有限公司'),
          ('HP', '洪某', '经营部职员#经营部职员洪某', '南京第一建筑工程集团有限公司'),
          ('BID', '江苏信联公司', 'ANJ110834-05SG'),
          ('BID', '江苏宏大建设集团有限公司', 'ANJ110834-04SG')],
    notes=['The lot identifiers ANJ110834-05SG / -04SG are PROJECT_NO; BID_ON from the winner named at each.',
           'A company department written before a title stays in the POSITION (经营科副主任, 经营部职员), as 党委书记 does; the company name is a separate COMPANY span. 原 before the company name is not part of either.',
           '2011年8、9月间: one DATE 2011年8、9月 (coordinated months share the year); 间 excluded.',
           '南京市江宁区麒麟科技园一期经济适用房项目D地块 is a project/place: not annotated.'])

DOCS['cail-04.txt'] = D('''
AGENCY: 钤东街道办事处 | 万溪村委
COMPANY: 江西英鸿建筑有限公司 | 江西大厦建筑有限公司 | 江西广森建筑有限公司 | 江西吉鸿建筑有限责任公司 | 宜春市赣中建筑工程有限公司 | 江西日煜建筑工程有限公司
PERSON: 胡某 | 吴某 | 郭某 | 钟某 | 刘某 | 黄某 | 解某 | 潘某 | 熊某心 | 袁某 | 袁某刚
POSITION: 法人代表
''', ['collusion', 'contract_violation'],
    rels=[('LR', '胡某', '法人代表', '江西英鸿建筑有限公司')],
    notes=['Village committees (万溪村委) act as the employer (发包方) and are annotated AGENCY, a decision applied to every 村委/村委会/村民委员会 in this set.',
           '2014年底 is year-level: not DATE.',
           'Handing the won project over to 吴某 and 郭某 is read as 转包: contract_violation.'])

DOCS['cail-05.txt'] = D('''
COMPANY: 江西省汉威建设工程集团有限公司 | 汉威公司鹰潭分公司 | 汉威公司
AGENCY: 余江县公安局
PERSON: 李某 | 王某 | 陈某 | 章某
''', ['false_materials'],
    aliases={'汉威公司': '江西省汉威建设工程集团有限公司'},
    notes=['In 江西省汉威建设工程集团有限公司（以下简称“汉威公司”）鹰潭分公司 the parent name and its short form are annotated; the trailing 鹰潭分公司 is not a complete name on its own. 汉威公司鹰潭分公司 later is one COMPANY span (branch, maximal).',
           '鹰潭国际眼镜城 (project / market, no organisation suffix) is not annotated.'])

DOCS['cail-06.txt'] = D('''
AGENCY: 阆中市人民检察院 | 四川省人民政府 | 七小
COMPANY: 内蒙古蒙某乳业股份有限公司 | 蒙某 | 夏进公司
PERSON: 张某某 | 何某某
POSITION: 评标专家 | 销售人员 | 评标委员会成员
''' + LAWX, ['bribery'],
    rels=[('HP', '张某某', '评标专家', None), ('HP', '何某某', '销售人员', '内蒙古蒙某乳业股份有限公司'),
          ('HP', '张某某', '评标委员会成员', None)],
    aliases={'蒙某': '内蒙古蒙某乳业股份有限公司'},
    notes=['“七小” (a school, used as a meeting place) is AGENCY: institutions named inside other expressions are annotated; it is not in an address field.',
           '评标专家 and 评标委员会成员 are attached to 张某某: POSITION, org null. 评审专家资格 is not attached to a title holder.',
           '阆中销售人员: 阆中 (the sales area) is left out of both spans.'])

DOCS['cail-07.txt'] = D('''
COMPANY: 湖北银环建设工程有限公司 | 银环公司
AGENCY: 南昌市经济开发区人民法院
PERSON: 胡某某 | 刘某 | 王某
''' + LAWX, ['other'],
    aliases={'银环公司': '湖北银环建设工程有限公司'},
    notes=['《联系函》, 《建设施工合同》, 《建设工程施工合同》, 《应诉通知书》 are case documents: not LAW.',
           '“平某”工程 is a masked project name and 印某 a masked 印章: neither is a PERSON.',
           '花70无钱 (source corruption of 70元钱) is not annotated as MONEY: the unit is lost.',
           'The seal was forged for construction contracts, not for the bid: violation other.'])

DOCS['cail-08.txt'] = D('''
AGENCY: 兴化市陶庄镇陶庄村党支部 | 兴化市公安局 | 中共兴化市纪律检查委员会 | 中共兴化市陶庄镇委员会
PERSON: 陶某某 | 韩某 | 顾某 | 赵某 | 钟某 | 杨某 | 徐某 | 陶某甲 | 陶某乙 | 丁某
POSITION: 党支部[书记]期间
''', ['bribery'],
    rels=[('HP', '陶某某', '书记', '兴化市陶庄镇陶庄村党支部')],
    notes=['兴化市陶庄镇陶庄村党支部书记: AGENCY 兴化市陶庄镇陶庄村党支部 + POSITION 书记.',
           '2011年9、10月份 is one DATE. 2011年下半年, 2011年年初, 2011年年底, 2013年春节前 are not DATE.'])

DOCS['cail-09.txt'] = D('''
COMPANY: 宁波意丽雅卫浴有限公司 | 广东省开平市瑞易贸易有限公司 | 广东省江门市新会区司前镇聚亨五金抛光材料厂
PERSON: 林某 | 皮某 | 周某 | 陈某 | 冯某 | 曹某
POSITION: 供方开发课课长 | 采购开发课采购副经理 | 总经理 | 经理周某
''', ['bribery'],
    rels=[('HP', '林某', '供方开发课课长', '宁波意丽雅卫浴有限公司'), ('HP', '林某', '采购开发课采购副经理', '宁波意丽雅卫浴有限公司'),
          ('HP', '皮某', '总经理', '广东省开平市瑞易贸易有限公司'),
          ('HP', '周某', '经理', '广东省江门市新会区司前镇聚亨五金抛光材料厂')],
    skip=[], notes=['A factory (…材料厂) is an enterprise: COMPANY.', '2014年10月至11月: 11月 alone is not DATE.'])
# 经理周某 above must be the POSITION 经理 only: fixed by an anchor
DOCS['cail-09.txt']['ents']['POSITION'][-1] = '[经理]周某'

DOCS['cail-10.txt'] = D('''
COMPANY: 中铁北部湾工程建设有限公司 | 秦皇岛市昌德房地产公司
AGENCY: 秦皇岛市公安局物证鉴定所
PERSON: 胡某某 | 罗某 | 金某某 | 罗某甲 | 张某甲 | 张某乙 | 殷某某 | 刘某甲 | 罗某乙 | 晁某某 | 孙某某 | 罗某丙 | 刘某乙 | 冯某某 | 唐某某 | 王某某 | 张某丙
POSITION: （[法人]罗某）
''', ['false_materials'],
    rels=[('LR', '罗某', '法人', '中铁北部湾工程建设有限公司')],
    notes=['法人章（法人罗某）: 法人 is the colloquial form of 法定代表人 and is attached to 罗某: POSITION + LEGAL_REP. 法人章 and 企业法人营业执照 are not positions.',
           '本公司 is a self reference: not annotated. Project names (偏坡新村工程, 新洋洋花卉工程) are not annotated.'])

DOCS['cail-11.txt'] = D('''
AGENCY: 南通市通州区人民检察院 | 南通市通州区公安局先锋派出所 | 先锋派出所 | 南通市通州区公安局治安大队 | 通州区先锋街道 | 先锋街道
COMPANY: 杭州××管理咨询有限公司南通分公司
PERSON: 朱1某 | 杨某某 | 顾某
POSITION: 负责人 | [总监]杨某某 | 员工
''', ['false_materials'],
    rels=[('HP', '朱1某', '负责人', '杭州××管理咨询有限公司南通分公司'), ('HP', '杨某某', '总监', None),
          ('HP', '顾某', '员工', '杭州××管理咨询有限公司南通分公司')],
    notes=['先锋街道 (the sub-district office that ran the tender, with its 工作人员) is AGENCY at every mention.',
           '总监 in 监理公司总监 is generic; 总监杨某某 is attached (org: the unnamed 总公司, null).',
           '同年6月24日、27日: 6月24日 is DATE, the day-only 27日 is not. The phone number is not annotated.'])

DOCS['cail-12.txt'] = D('''
AGENCY: 梓潼县人民检察院
PERSON: 罗某甲 | 丁某某 | 罗某乙
POSITION: 社长
''', ['bribery'],
    rels=[('HP', '罗某甲', '社长', None)],
    notes=['梓潼县某乡某村 is a masked place: not annotated; 社长 has org null.', '2008年8、9月份 is one DATE (左右 excluded); 2008年下半年 is not.'])

DOCS['cail-13.txt'] = D('''
AGENCY: 顺昌县人民检察院 | 顺昌县公安局
COMPANY: 永春县恒星水电工程有限公司
PERSON: 张某 | 潘某
POSITION: 代表人 | 法定代表人
''', ['false_materials'],
    rels=[('HP', '张某', '代表人', '永春县恒星水电工程有限公司'), ('LR', '潘某', '法定代表人', '永春县恒星水电工程有限公司')],
    notes=['代表人 (the company\'s appointed bidding representative) attached to 张某 is POSITION, like 授权代表.',
           '《承包代理合作协议》 is a contract: not LAW. 同年10月份 is not DATE.'])

DOCS['cail-14.txt'] = D('''
AGENCY: 监利县人民检察院 | 监利县环境卫生管理局 | 监利县公共资源交易中心 | 湖北省公安司法鉴定中心
COMPANY: 武汉市青山区政环清洁服务实业公司 | 政环实业公司
PERSON: 彭某甲 | 彭某丙 | 尹某某 | 吴某某 | 何某某
POSITION: [法定代表人]吴某某 | 授权代理人 | 局长
''' + LAWX, ['false_materials'],
    rels=[('LR', '吴某某', '法定代表人', '武汉市青山区政环清洁服务实业公司'),
          ('HP', '彭某甲', '授权代理人', '武汉市青山区政环清洁服务实业公司'),
          ('HP', '何某某', '局长', '监利县环境卫生管理局')],
    aliases={'政环实业公司': '武汉市青山区政环清洁服务实业公司'},
    notes=['法定代表人身份证 is not attached to a person: not POSITION. 委托人 (ambiguous between principal and agent) is not annotated.',
           'The purchaser commissioning the trading centre (委托…进行公开招标) is not REFERRED.',
           'Contract and filing titles in 《》 are not LAW. No project number: no BID_ON.'])

DOCS['cail-15.txt'] = D('''
COMPANY: 株洲市奥斯高登标识材料有限公司 | 深圳市麦某标牌材料有限公司 | 深圳市麦某公司
AGENCY: 铜陵市工商局
PERSON: 曹某甲 | 曹某乙 | 曹某丙 | 何某 | 蔡某 | 施某 | 庞某 | 国某 | 李某
''', ['false_materials'],
    aliases={'深圳市麦某公司': '深圳市麦某标牌材料有限公司'},
    notes=['株洲市火车站 is a place: not annotated. 2011年至2013年间 is not DATE.',
           '铜陵市工商局行政处罚决定书: the penalty\'s target is not stated, so no PENALIZED.'])

DOCS['cail-16.txt'] = D('''
AGENCY: 山东省胶州市人民检察院 | 胶州市胶东街道办事处
PERSON: 李某 | 王某 | 李某1 | 陆某
POSITION: 村支部书记
''' + LAWX, ['bribery', 'other'],
    rels=[('HP', '李某', '村支部书记', None)],
    notes=['村支部书记 of 某村 (masked village): POSITION, org null.', 'Misappropriating the land compensation (挪用) is violation other.'])

DOCS['cail-17.txt'] = D('''
COMPANY: 中国房屋建设开发公司襄樊公司 | 中房集团襄阳公司 | 直属三公司 | 湖北杰昆建设工程有限责任公司 | 杰昆公司 | 中房襄阳公司 | 建行
AGENCY: 襄樊市人民政府办公室 | 襄樊市国有资产管理局 | 湖北省体改委 | 襄阳市人民政府国有资产监督管理委员会 | 襄阳市襄城区人民检察院反贪污贿赂局
PERSON: 梁某 | 袁某 | 李某
POSITION: 直属三公司[经理] | 治安保卫处处长 | 法定代表人
DOC_NO: 襄国资办字（1993）58号
''', ['bribery'],
    rels=[('HP', '梁某', '经理#直属三公司经理', '直属三公司'), ('HP', '梁某', '治安保卫处处长', '中房集团襄阳公司'),
          ('LR', '袁某', '法定代表人', '湖北杰昆建设工程有限责任公司')],
    aliases={'杰昆公司': '湖北杰昆建设工程有限责任公司', '中房襄阳公司': '中房集团襄阳公司'},
    notes=['直属三公司 is the name of a subsidiary: COMPANY. 董事长, 总经理 and 董事会 here have no named holder: not annotated.',
           '原襄樊市… : 原 (former name of the city) is left out of the AGENCY span.',
           'Bank short forms (建行, 工行, 农行) are COMPANY throughout this set. 个体户 is not a POSITION.',
           '1983年, 1993年 are year-only: not DATE.'])

DOCS['cail-18.txt'] = D('''
AGENCY: 平湖市社会保险管理中心
PERSON: 赵某 | 许某
''', ['false_materials'],
    notes=['The agency name inside the forged seal name is annotated (the seal suffix 社会保险业务专用章（4） is not).'])

DOCS['cail-19.txt'] = D('''
AGENCY: 重庆市渝北区人民检察院 | 重庆市渝北区空港新城管委会
COMPANY: 重庆市××××××××（集团）有限公司 | 港投公司 | xxxx一公司
PERSON: 范某某 | 周某 | 汪某 | 蔡某 | 杨某某 | 王某某 | 蒋某某
POSITION: 主任 | 总经理 | 副总经理
''' + LAWX, ['bribery'],
    rels=[('HP', '范某某', '主任', '重庆市渝北区空港新城管委会'), ('HP', '王某某', '总经理', 'xxxx一公司'),
          ('HP', '蒋某某', '副总经理', 'xxxx一公司')],
    aliases={'港投公司': '重庆市××××××××（集团）有限公司'},
    notes=['Masked company names are annotated as written (重庆市××××××××（集团）有限公司, xxxx一公司). The masked project names (×××…道路工程, 春某大道工程) are not.',
           '妻弟 is a relation, not a POSITION. 5％ is a rate.'])

DOCS['cail-20.txt'] = D('''
AGENCY: 宜昌市三峡坝区人民检察院 | 宜昌市夷陵区政府 | 宜昌市夷陵区宜昌生物产业园征地拆迁指挥部
COMPANY: 宜昌广通房屋拆迁有限公司 | 广通公司 | 工行 | 建行
PERSON: 夏某 | 彭某 | 杨某 | 李某
POSITION: 常务副区长 | 司机 | 常务副指挥长 | 法定代表人
''' + LAWX, ['bribery', 'interference'],
    rels=[('HP', '彭某', '常务副区长', '宜昌市夷陵区政府'), ('HP', '夏某', '司机', None),
          ('HP', '杨某', '常务副指挥长', '宜昌市夷陵区宜昌生物产业园征地拆迁指挥部'),
          ('LR', '李某', '法定代表人', '宜昌广通房屋拆迁有限公司')],
    aliases={'广通公司': '宜昌广通房屋拆迁有限公司'},
    notes=['Amounts written 22万某 (anonymiser replaced 元) are MONEY as written.',
           'The official\'s 关照 that gave the contract to a non-winning bidder is interference; the payments are bribery.'])

DOCS['cail-21.txt'] = D('''
AGENCY: 内蒙古自治区交通厅综合规划处 | 内蒙古自治区公路局前期规划科 | 内蒙古自治区交通厅规划处 | 黑龙江省林业设计院 | 呼伦贝尔市海拉尔区司法局 | 阿拉善盟交通运输局
COMPANY: 呼伦贝尔市公路工程监理咨询有限责任公司 | 呼伦贝尔市公路工程监理咨询责任有限公司 | 吉林省路桥设计有限公司 | 长春市宏程工程设计有限公司 | 长春市宏程设计有限公司
PERSON: 安某 | 吴某某 | 王某 | 周某某 | 孙某某 | 王2某 | 吕某 | 王1某 | 魏彩会 | 孙某
POSITION: 副科长 | 总经理 | 职工 | 会计
''', ['bribery'],
    rels=[('HP', '安某', '副科长', '内蒙古自治区公路局前期规划科'),
          ('HP', '吴某某', '总经理', '呼伦贝尔市公路工程监理咨询有限责任公司'),
          ('HP', '吕某', '职工', '黑龙江省林业设计院'),
          ('HP', '王1某', '会计', '呼伦贝尔市公路工程监理咨询有限责任公司')],
    notes=['黑龙江省林业设计院 is a provincial public institution: AGENCY by kind, although it acts as a contractor.',
           'Source variants 长春市宏程设计有限公司 and 呼伦贝尔市公路工程监理咨询责任有限公司 are annotated as written (no alias asserted).',
           '2006年八九月份 is one DATE. 百分之十五 / 百分之八十五 are rates. 魏彩会 (not anonymised in the source) is PERSON.',
           'Road and design project names are not annotated.'])

DOCS['cail-22.txt'] = D('''
AGENCY: 阳江市江城区人民检察院
COMPANY: 广东广青金属科技有限公司 | 广青公司 | 安徽华海公司 | 华海公司
PERSON: 程XX | 刘XX
POSITION: 装备部员工
''', ['bribery'],
    rels=[('HP', '程XX', '装备部员工', '广东广青金属科技有限公司')],
    aliases={'广青公司': '广东广青金属科技有限公司', '华海公司': '安徽华海公司'})

DOCS['cail-23.txt'] = D('''
AGENCY: 金乡镇渔岙村民委员会 | 渔岙村委会 | 苍南县财政局 | 金乡镇财政所 | 渔岙村村民代表大会
COMPANY: 苍南县农村合作银行
PERSON: 黄某 | 肖某 | 池某 | 王某
POSITION: 主任
DOC_NO: 苍财农（2009）213号
''', ['bribery'],
    rels=[('HP', '肖某', '主任', '金乡镇渔岙村民委员会')],
    aliases={'渔岙村委会': '金乡镇渔岙村民委员会'},
    notes=['The village committee and the village assembly (渔岙村村民代表大会) are AGENCY (set decision); bare 村民委员会 / 村民代表大会 are generic.',
           '承包商 and 妻子 are not POSITION. 2012年农历年底 and month-only 6月 are not DATE.',
           '苍财农（2009）213号 is a document number: DOC_NO.'])

DOCS['cail-24.txt'] = D('''
COMPANY: 深圳市市政工程总公司路桥公司 | 深圳市市政工程总公司 | 深圳市天健（集团）股份有限公司 | 天健集团 | 路桥公司 | 深圳市吉康土石方工程有限公司 | 深圳市江东建筑工程有限公司
AGENCY: 深圳市前海廉政监督局调查组 | 深圳市前海廉政监督局 | 深圳市纪委 | 深圳市人民检察院
PERSON: 陈某 | 罗某 | 许某
POSITION: 总经理 | 负责人
''', ['bribery'],
    rels=[('HP', '陈某', '总经理', '深圳市市政工程总公司路桥公司'), ('HP', '罗某', '负责人', '深圳市吉康土石方工程有限公司'),
          ('REF', '深圳市前海廉政监督局', '深圳市人民检察院', None, '2013年11月22日')],
    aliases={'天健集团': '深圳市天健（集团）股份有限公司', '路桥公司': '深圳市市政工程总公司路桥公司'},
    notes=['深圳市前海廉政监督局将本案移送深圳市人民检察院: REFERRED with the transfer date.',
           '罗某公司 (罗某\'s company) is descriptive: only 罗某 is annotated. 深圳市纪委工作基地 → AGENCY 深圳市纪委.',
           'Project names (彩田路人行道整治工程, 前海E2地块软基处理工程) are not annotated.'])

DOCS['cail-25.txt'] = D('''
AGENCY: 靖州苗族侗族自治县（下称靖州县）人民检察院 | 靖州县公安局 | 靖州县看守所 | 靖州县人民检察院 | 洪江市住房和城乡建设局 | 市纪委
COMPANY: 怀化市建设工程招投标咨询有限公司洪江项目部 | 洪江项目部 | 百世大酒店
PERSON: 吕某 | 岳某1 | 付某 | 黄某2 | 黄某1 | 汤司令 | 岳某2 | 岳某 | 刘某1 | 刘某 | 段某 | 贺某 | 舒某 | 杨某
POSITION: 副所长 | 原副局长
''' + LAWX, ['other'],
    rels=[('HP', '吕某', '副所长', '靖州县看守所'), ('HP', '岳某1', '原副局长', '洪江市住房和城乡建设局')],
    aliases={'洪江项目部': '怀化市建设工程招投标咨询有限公司洪江项目部'},
    notes=['靖州苗族侗族自治县（下称靖州县）人民检察院 is one AGENCY span: the short-form definition sits inside the name (bracketed part kept, as for 贵州盐业(集团)…).',
           'The nickname 汤司令 of 黄某1 is PERSON (pseudonym). 岳某 and 刘某 written without the index are annotated as written.',
           'A named project department of a company (…洪江项目部) is COMPANY (maximal). A hotel named on a bill (百世大酒店) is COMPANY.',
           'Placing a suspect in a detention house is not REFERRED. 怀化 alone is a place.'])

DOCS['cail-26.txt'] = D('''
COMPANY: 为浙江安装、福建XX、XX建设、[厦门XX]。 | 为浙江安装、福建XX、[XX建设]、厦门XX | 为浙江安装、[福建XX]、 | 浙江安装 | XX电力公司 | XXX（厦门）科技有限公司 | XXX公司 | XX公司 | 天津XX工贸有限公司 | 厦门XX电力工程有限公司 | XX建设集团有限公司福建分公司 | 浙江省XX设备安装集团有限公司 | 厦门XX结构公司 | 金鹰企业管理（中国）有限公司 | 中国农业银行湖东支行 | 中国工商银行股份有限公司厦门机场支行 | 中国建设银行 | 建设银行 | 农业银行 | 农行 | 尊悦酒楼 | 华美达酒店
AGENCY: 翔安公安局 | 厦门市中医院 | 厦门中医院
PERSON: 张某 | 肖XX | 张X | 姜XX | 艳子 | 何XX | 罗XX | 詹XX | 郭XX | 余X | 杨XX | 苟XX | 石XX | 张XX | 刘XX | 柳XX | 谢XX | 吴XX | 屠XX | 孙XX | 江XX | 周XX | 曾某 | 陈3某 | 杜1某 | 敬XX | 杜2某 | 马XX | 孙某风 | 詹XX
POSITION: 采购部经理 | [采购部负责人]。 | [经理]张某负责 | [采购经理]签名 | [采购经理]张某 | [项目经理]肖XX | 其系XX公司[项目经理] | [施工员]姜XX | 其曾任XX电力公司[检修部经理] | [生产部经理]何XX | [总经理]郭XX | [项目负责人]是肖XX | 其系XX电力公司[总经理] | [采购员]余X | 其系XX电力公司[采购员] | [现场施工负责人]杨XX | 任[安生部经理] | 其系XX公司[出纳] | 任[经理]，该公司 | 任该公司[经理]，其证言 | 詹XX系该工程[采购员] | [法人代表]是 | [股东]有 | 任[会计] | [财务总监]吴XX | [财物总监]吴XX | [生产副总]屠XX | [业务员]江XX | 其系XXX公司[业务员] | 该公司[总经理]周XX | 其系XXX公司[总经理] | 公司[经理]周XX | [人事经理]
''', ['bribery'],
    add=[('MONEY', '[76万]的'), ('MONEY', '[15.7万]，'), ('MONEY', '[91.8万]的'), ('MONEY', '[70多万]'),
         ('MONEY', '[92万]左右'), ('MONEY', '[90多万]'), ('MONEY', '支付[80万]、'), ('MONEY', '支付近[10万]。'),
         ('DATE', '同年[12月20日]'), ('DATE', '同年[12月22日]'), ('DATE', '同年[12月23日]'), ('DATE', '同年[10月25日]')],
    rels=[('HP', '张某', '采购部经理', 'XX电力公司'), ('HP', '张X', '采购部经理#原来的采购部经理张X', 'XX电力公司'),
          ('HP', '张某', '采购部负责人', 'XX电力公司'), ('HP', '张某', '经理#经理张某负责', 'XX电力公司'),
          ('HP', '张某', '采购经理#采购经理签名', 'XX电力公司'),
          ('HP', '肖XX', '项目经理', 'XX公司'), ('HP', '肖XX', '项目经理#厦门XX结构公司项目经理肖XX', '厦门XX结构公司'),
          ('HP', '姜XX', '施工员', 'XX公司'), ('HP', '肖XX', '项目负责人', 'XX公司'), ('HP', '何XX', '检修部经理', 'XX电力公司'),
          ('HP', '何XX', '生产部经理', 'XX电力公司'), ('HP', '詹XX', '采购员', 'XX电力公司'),
          ('HP', '郭XX', '总经理#总经理郭XX', 'XX电力公司'), ('HP', '余X', '采购员#采购员余X', 'XX电力公司'),
          ('HP', '杨XX', '现场施工负责人', 'XX公司'), ('HP', '杨XX', '安生部经理', 'XX电力公司'),
          ('HP', '柳XX', '出纳', 'XX公司'), ('HP', '刘XX', '经理#任经理，该公司', '天津XX工贸有限公司'),
          ('LR', '张XX', '法人代表', '天津XX工贸有限公司'), ('HP', '张XX', '股东', '天津XX工贸有限公司'),
          ('HP', '谢XX', '会计', 'XX电力公司'), ('HP', '吴XX', '财务总监', 'XX电力公司'),
          ('HP', '吴XX', '财物总监', 'XX电力公司'), ('HP', '屠XX', '生产副总', 'XX电力公司'),
          ('HP', '江XX', '业务员', 'XXX（厦门）科技有限公司'),
          ('HP', '周XX', '总经理#该公司总经理周XX', 'XXX（厦门）科技有限公司'),
          ('HP', '周XX', '经理#公司经理周XX', 'XXX（厦门）科技有限公司'),
          ('HP', '曾某', '人事经理', 'XX电力公司')],
    aliases={'XXX公司': 'XXX（厦门）科技有限公司', '浙江安装': '浙江省XX设备安装集团有限公司', 'XX建设': 'XX建设集团有限公司福建分公司', '厦门XX': '厦门XX电力工程有限公司'},
    notes=['Masked names are annotated as written: XX电力公司, XX公司 (several different firms share this surface form; each mention is COMPANY), XXX公司 (defined short form), persons 张X, 余X, 杨XX (two different 杨XX: the contractor\'s site manager and the power company\'s 安生部经理).',
           'The nickname 艳子 (of 罗XX) is PERSON. 郭总 (surname + title abbreviation) is not annotated.',
           'Positions are annotated only where attached to a person (or via 其 to the witness); generic 财务总监/总经理/经理/会计 in the payment procedure are not. 委托代理人 (contract proxy) is not POSITION (guideline lists it as a procedural role). 工程承包合伙人, 老板, 买方, 部门审查人 are not POSITION. 采购部经理 at the 辨认 sentence is attached to 张某.',
           'Amounts without 元 in a monetary context (76万, 15.7万, 70多万, 90多万, 92万, 80万, 10万) are MONEY, like 3000多万; 约/近/左右 excluded. Per-item commissions (223元, 10元) are MONEY.',
           'Restaurants and hotels named as places of payment (尊悦酒楼, 华美达酒店) are COMPANY; the hospital (厦门市中医院 / 厦门中医院) is AGENCY; bare 中医院 and 火车站 are not annotated.',
           'Bank names and short forms (中国农业银行湖东支行, 农业银行, 农行, 建设银行) are COMPANY; account and card numbers are not annotated.',
           '同年6月初, 同年12月初, 五、六年前 are not DATE.',
           'The ranking 浙江安装、福建XX、XX建设、厦门XX uses short names of the four bidders: COMPANY (like **建设); 福建XX has no unambiguous full form, so no alias.'])

DOCS['cail-27.txt'] = D('''
PERSON: 丰某 | 陈某甲 | 李某甲 | 曹某 | 吴某 | 李某乙 | 谌某 | 胡某甲 | 李某丙 | 陈某乙 | 李某丁 | 胡某乙
AGENCY: 乐清市公安局经济犯罪侦查大队 | 乐清市公安局
POSITION: 村委会主任
''', ['bribery'],
    add=[('DATE', '同年[7月27日]'), ('DATE', '同年[10月19日]')],
    rels=[('HP', '李某甲', '村委会主任', None)],
    notes=['该村村委会主任: 该村 left out; POSITION 村委会主任 with org null (the village is only 该村).',
           '3月15日, 4月14日, 5月24日 share the year of 2010年1月29日 and are DATE.'])

DOCS['cail-28.txt'] = D('''
COMPANY: 河北鑫旺工程建设服务有限公司 | 鑫旺公司 | 丰宁县满族自治县金某钼业有限公司 | 金某钼业有限公司 | 承德市龙兴矿山工程设计有限公司 | 承德永兴会计师事务所有限公司
AGENCY: 华北地质勘查局五一四地质队 | 省国土资源厅 | 丰宁县满族自治县国土资源局
PERSON: 张某某 | 于某某
DOC_NO: 兴隆县院公诉刑变（2014）2号
LAW: 中华人民共和国刑法 | 中华人民共和国刑事诉讼法
''', ['abuse_of_power'],
    aliases={'鑫旺公司': '河北鑫旺工程建设服务有限公司', '金某钼业有限公司': '丰宁县满族自治县金某钼业有限公司'},
    notes=['国土局 (bare, no place) is not AGENCY. 《工程量统计一览表》 and 《设计变更》 are project documents: not LAW.',
           'The change-of-indictment number 兴隆县院公诉刑变（2014）2号 is one DOC_NO.'])

DOCS['cail-29.txt'] = D('''
AGENCY: 浙江省临安市人民检察院 | 临安市人民检察院 | 临安市河桥镇中心卫生院 | 临安市河桥镇人民政府 | 临安市政府投资项目审计中心 | 临安市国土资源局地矿科 | 临安市国土资源管理局地矿科 | 临安市国土资源局 | 河桥镇政府 | 临安市价格认证中心 | 临安市国家税务局 | 临安市地税局
COMPANY: 临安市华杰装饰工程有限公司 | 浙江浦航建设工程有限公司 | 临安市河桥萤石矿业有限公司 | 河桥萤石矿业有限公司
PERSON: 方某 | 夏某 | 彭某甲 | 廖某 | 马某 | 彭某
POSITION: 副镇长 | 法定代表人 | 科员
''' + LAWX, ['abuse_of_power', 'no_procurement'],
    rels=[('HP', '方某', '副镇长', '临安市河桥镇人民政府'), ('LR', '夏某', '法定代表人', '临安市华杰装饰工程有限公司'),
          ('HP', '马某', '科员', '临安市国土资源管理局地矿科'), ('HP', '彭某', '科员#地矿科科员彭某', '临安市国土资源局地矿科')],
    aliases={'河桥萤石矿业有限公司': '临安市河桥萤石矿业有限公司'},
    notes=['The health centre (临安市河桥镇中心卫生院) is AGENCY also inside the project name.',
           '主管领导 (role in a project) and 村民 are not POSITION. 林业部门 / 国土部门 are generic: no PENALIZED.',
           'Awarding the added works without tender: no_procurement; the official\'s conduct: abuse_of_power.'])

DOCS['cail-30.txt'] = D('''
AGENCY: 雷州市人民检察院 | 交寮村委 | 交寮村民小组 | 北和镇政府
PERSON: 陶某 | 符某1 | 陈某1 | 唐某 | 陈某2 | 陈某3
''' + LAWX, ['other'],
    notes=['Unit prices 550元／亩 and 每亩250元 are annotated as the amounts 550元 and 250元; 左右 excluded.',
           '2012年初 is year-level: not DATE. 交寮村集体 and 交寮村干部 are not names of bodies.'])

DOCS['cail-31.txt'] = D('''
AGENCY: 大舜村委 | 河南省南阳市公安局新区派出所
COMPANY: 大舜信用社
PERSON: 邢1某 | 季某 | 李某 | 朱某甲 | 朱某乙 | 朱某丙 | 叶某甲 | 王某 | 任某 | 陈某 | 龚某 | 陶某甲 | 陶某乙 | 张某 | 叶某乙
''', ['other'],
    notes=['A credit cooperative (大舜信用社) is a financial enterprise: COMPANY. 大舜农贸市场 and 大舜菜场 are places.',
           'Forcing the winning bidder to withdraw (强迫交易) is violation other.'])

DOCS['cail-32.txt'] = D('''
AGENCY: 杭州市余杭区人民检察院
COMPANY: 杭州仇山漂土有限公司 | 杭州前程废品回收有限公司
PERSON: 朱某 | 陆某 | 沈2某 | 徐某 | 章某
''' + LAWX, ['other'],
    notes=['2009年11月中旬 is one DATE (中旬 kept, like 初). The address is not annotated.'])

# same-year month+day after 同年 in several paragraphs (the regex aid already finds them when
# not preceded by a digit; listed here only where needed)
