"""Hand annotation of the 20 invented documents (see make_new_docs.py).
Same conventions as spec_cail.py. Offsets refer to: the decoded .txt (encoding given per file;
CRLF kept where the file has it), or texts/<file>.txt for .docx and .html."""
from spec_cail import P

NOTE_LETTER = ('Letters between agencies have kind other; pronoun-like references (我局, 你局, 我委, 你委, '
               '我中心, 本机关, 本局) are not annotated; contact persons (联系人, 签收人, 收件人, 经办人) have no POSITION.')


def D(ents, kind, viol, issuer, rels=(), aliases=None, notes=(), add=(), skip=(), implicit=(), enc='utf-8'):
    return {'ents': P(ents), 'kind': kind, 'viol': list(viol), 'issuer': issuer, 'rels': list(rels),
            'aliases': aliases or {}, 'notes': list(notes), 'add': list(add), 'skip': list(skip),
            'implicit': list(implicit), 'enc': enc}


DOCS = {}
DOCS['xsyj-kaili-2026-007.txt'] = D('''
AGENCY: 凯里市财政局 | 凯里市第三中学 | 凯里市公安局
DOC_NO: 凯财采函〔2026〕7号
PROJECT_NO: KLCG-2026-0113
COMPANY: 贵州黔岭智能科技有限公司 | 黔岭公司 | 凯里市恒远电子工程有限公司 | 恒远公司 | 贵州苗岭数码设备有限公司 | 凯里市鸿泰商贸有限公司
POSITION: 法定代表人 | 股东
PERSON: 吴光辉 | 吴光明 | 杨某某
LAW: 中华人民共和国刑法 | 黔东南州政府采购领域联动监管工作机制
''', 'other', ['collusion'], '凯里市财政局',
    rels=[('REF', '凯里市财政局', '凯里市公安局', '凯财采函〔2026〕7号', '二〇二六年三月十二日'),
          ('LR', '吴光辉', '法定代表人', '贵州黔岭智能科技有限公司'),
          ('HP', '吴光明', '股东', '凯里市恒远电子工程有限公司'),
          ('BID', '贵州黔岭智能科技有限公司', 'KLCG-2026-0113'), ('BID', '凯里市恒远电子工程有限公司', 'KLCG-2026-0113'),
          ('BID', '贵州苗岭数码设备有限公司', 'KLCG-2026-0113')],
    aliases={'黔岭公司': '贵州黔岭智能科技有限公司', '恒远公司': '凯里市恒远电子工程有限公司'},
    notes=[NOTE_LETTER, 'A clue-transfer letter: REFERRED issuer → addressee, evidence its own number, date its own date.',
           'The school inside the project name is AGENCY. The file-creator string lqh2019 and the phone number are not annotated. 政府采购监督管理股 (unnamed internal unit) is not annotated.'])

DOCS['xsyj-mile-2026-004.txt'] = D('''
AGENCY: 弥勒市公共资源交易中心 | 中共弥勒市纪律检查委员会 | 弥勒市监察委员会 | 弥勒市人民医院 | 弥勒市卫生健康局
DOC_NO: 弥公管中心函[2026]4号
PROJECT_NO: MLGZ2026-017
PERSON: 李某某 | 张** | 李某华
POSITION: 副局长 | 评标专家 | 的[股东]李某华
COMPANY: 云南滇南医疗器械有限公司 | 滇南公司
LAW: 弥勒市公共资源交易联动监管办法
''', 'other', ['interference'], '弥勒市公共资源交易中心', enc='gb18030',
    add=[('MONEY', '¥3,685,000.00')],
    rels=[('REF', '弥勒市公共资源交易中心', '中共弥勒市纪律检查委员会', '弥公管中心函[2026]4号', '2026年4月3日'),
          ('REF', '弥勒市公共资源交易中心', '弥勒市监察委员会', '弥公管中心函[2026]4号', '2026年4月3日'),
          ('HP', '李某某', '副局长', '弥勒市卫生健康局'), ('HP', '张**', '评标专家', None),
          ('HP', '李某华', '股东', '云南滇南医疗器械有限公司'),
          ('BID', '云南滇南医疗器械有限公司', 'MLGZ2026-017')],
    aliases={'滇南公司': '云南滇南医疗器械有限公司'},
    notes=[NOTE_LETTER, 'GB18030 with CRLF line ends; offsets count the \\r characters.',
           'A joint 纪委/监委 addressee gets one REFERRED to each organ.',
           '¥3,685,000.00 (no 元) is MONEY: it restates the amount in figures. 百分之九 is a rate.'])

DOCS['zsh-jiexiu-2026-011.txt'] = D('''
AGENCY: 介休市财政局 | 晋中市财政局 | 晋中市教育局 | 晋中市第二中学校
DOC_NO: 介财函（2026）11号
COMPANY: 山西绵山建设工程有限公司 | 绵山公司
POSITION: 法定代表人
PERSON: 梁晋生 | 王某
PROJECT_NO: JZCG[2026]-0412
LAW: 政府采购质疑和投诉办法
''', 'other', ['discriminatory_terms'], '介休市财政局', enc='gb18030',
    rels=[('REF', '介休市财政局', '晋中市财政局', '介财函（2026）11号', '二〇二六年五月八日'),
          ('LR', '梁晋生', '法定代表人', '山西绵山建设工程有限公司'),
          ('BID', '山西绵山建设工程有限公司', 'JZCG[2026]-0412')],
    aliases={'绵山公司': '山西绵山建设工程有限公司'},
    notes=[NOTE_LETTER, 'Forwarding (转送) a complaint to the competent level is REFERRED.',
           'The complainant is stated to have bid (参与了该项目的投标): BID_ON. The bracketed identifier is PROJECT_NO.',
           'The quoted scoring clause (在晋中市行政区域内…) names a place only.'])

DOCS['zsh-wuchang-2026-023.docx'] = D('''
AGENCY: 五常市市场监督管理局 | 五常市财政局 | 五常市农业农村局
DOC_NO: 五市监函【2026】23号
COMPANY: 黑龙江正泰招标代理有限公司 | 五常市稻香种业有限公司
PERSON: 赵某
POSITION: 项目负责人
PROJECT_NO: WCZC-2026-HW-008
LAW: 五常市政府采购联动监管工作办法
''', 'other', ['collusion'], '五常市市场监督管理局',
    rels=[('REF', '五常市市场监督管理局', '五常市财政局', '五市监函【2026】23号', '2026年6月2日'),
          ('HP', '赵某', '项目负责人', '黑龙江正泰招标代理有限公司')],
    notes=[NOTE_LETTER, 'docx: offsets refer to texts/zsh-wuchang-2026-023.docx.txt (paragraphs joined with \\n).',
           'An agent leaking other bidders\' names and prices to one supplier is read as collusion (agent–supplier).',
           '五常市稻香种业有限公司 is not stated to have bid: no BID_ON.'])

DOCS['thh-beiliu-2026-035.txt'] = D('''
AGENCY: 北流市住房和城乡建设局 | 北流市第二人民医院 | 北流市审计局 | 北流市财政局
DOC_NO: 北住建函﹝2026﹞35号 | 北审移〔2026〕2号
COMPANY: 广西容州医疗用品有限公司
PERSON: 陈某
LAW: 北流市公共资源交易联动监管实施办法
''', 'other', ['no_procurement'], '北流市住房和城乡建设局',
    rels=[('REF', '北流市审计局', '北流市住房和城乡建设局', '北审移〔2026〕2号', '2026年3月20日')],
    notes=[NOTE_LETTER, 'The earlier audit referral (你局…于3月23日送达我局) is REFERRED 北流市审计局 → 北流市住房和城乡建设局 (receiver = the named issuer of this letter), with the referral\'s number and date; 3月23日 is the receipt date, not used.',
           'Returning the materials (退回) is not REFERRED, nor is the suggestion 建议移送北流市财政局.',
           '《审计移送处理书》 is a case document: not LAW.'])

DOCS['thh-geermu-2026-019.txt'] = D('''
AGENCY: 格尔木市发展和改革委员会 | 格尔木市公安局 | 中国人民银行格尔木市中心支行 | 格尔木市公共资源交易中心
DOC_NO: 格发改函〔2026〕19号 | 格公经协字[2026]第6号
COMPANY: 青海昆仑盐湖建设有限公司 | 昆仑建设 | 青海柴达木路桥工程有限公司
PERSON: 马某某
POSITION: 民警
LAW: 格尔木市公共资源交易联动监管办法
''', 'other', ['collusion'], '格尔木市发展和改革委员会', enc='gb18030',
    rels=[('HP', '马某某', '民警', '格尔木市公安局')],
    aliases={'昆仑建设': '青海昆仑盐湖建设有限公司'},
    notes=[NOTE_LETTER, 'GB18030 with CRLF line ends.',
           'An assistance letter (协助办理函) and its return are not REFERRED (no case or clue is transferred).',
           '中国人民银行格尔木市中心支行 (the central bank\'s branch, a state organ) is AGENCY, unlike commercial banks.',
           '你局经侦大队民警: 民警 is POSITION with org 格尔木市公安局 (resolved through 你局); 经侦大队 without the agency name is not annotated.',
           '2024年至2025年 is year-level: not DATE.'])

DOCS['xcz-wuyuan-2026-009.txt'] = D('''
AGENCY: 婺源县公安局 | 婺源县市场监督管理局 | 婺源县公共资源交易中心
DOC_NO: 婺公(经)协字〔2026〕9号
PROJECT_NO: WYZB2026-031
COMPANY: 江西紫阳园林工程有限公司 | 婺源县星江建筑有限公司 | 上饶市茶乡市政工程有限公司 | 江西徽韵古建筑修缮有限公司
PERSON: 汪建国 | 程某
POSITION: [法定代表人]汪建国 | 有限公司[股东]。 | 民警
LAW: 中华人民共和国刑事诉讼法
''', 'other', ['collusion'], '婺源县公安局',
    rels=[('LR', '汪建国', '法定代表人', '江西紫阳园林工程有限公司'), ('HP', '汪建国', '股东', '婺源县星江建筑有限公司'),
          ('HP', '程某', '民警', '婺源县公安局'),
          ('BID', '江西紫阳园林工程有限公司', 'WYZB2026-031'), ('BID', '婺源县星江建筑有限公司', 'WYZB2026-031'),
          ('BID', '上饶市茶乡市政工程有限公司', 'WYZB2026-031'), ('BID', '江西徽韵古建筑修缮有限公司', 'WYZB2026-031')],
    notes=[NOTE_LETTER, 'An assistance request (协助调查函) is not REFERRED.',
           '法定代表人、股东 in the list of requested registration items are generic: not POSITION.',
           '经侦大队民警程某: POSITION 民警, org the issuer (我局).'])

DOCS['xcz-shexian-2026-015.docx'] = D('''
AGENCY: 中共歙县纪律检查委员会 | 歙县监察委员会 | 歙县财政局 | 歙县教育局
DOC_NO: 歙纪协函〔2026〕15号
PROJECT_NO: SXCG2025-0627
COMPANY: 黄山新安安防科技有限公司 | 新安安防
PERSON: 方某某 | 方某平 | 汪某某
POSITION: 原党组成员 | 副局长 | 股东 | 执行董事
''', 'other', ['interference'], '中共歙县纪律检查委员会',
    rels=[('HP', '方某某', '原党组成员', '歙县教育局'), ('HP', '方某某', '副局长', '歙县教育局'),
          ('HP', '方某平', '股东', '黄山新安安防科技有限公司'), ('HP', '方某平', '执行董事', '黄山新安安防科技有限公司'),
          ('BID', '黄山新安安防科技有限公司', 'SXCG2025-0627')],
    aliases={'新安安防': '黄山新安安防科技有限公司'},
    notes=[NOTE_LETTER, 'docx: offsets refer to texts/xcz-shexian-2026-015.docx.txt.',
           'Joint issuer (纪委 and 监委): issuer is the first-listed body. 原党组成员、副局长 are split.',
           '第三审查调查室 (internal unit after 我委) is not annotated. An assistance request is not REFERRED.'])

DOCS['hz-dunhua-2026-028.txt'] = D('''
AGENCY: 敦化市财政局 | 敦化市公安局经济犯罪侦查大队 | 敦化市公安局 | 敦化市应急管理局
DOC_NO: 敦财函〔2026〕28号 | 敦财采诉决〔2026〕4号
COMPANY: 吉林长白山林业设备有限公司 | 吉林雁鸣湖商贸有限公司
PERSON: 金东哲 | 刘某某
POSITION: 法定代表人
PROJECT_NO: DHCG-2026-0092
''', 'other', ['false_materials', 'collusion'], '敦化市公安局', enc='gb18030',
    rels=[('REF', '敦化市财政局', '敦化市公安局', '敦财函〔2026〕28号', '2026年10月9日'),
          ('LR', '金东哲', '法定代表人', '吉林长白山林业设备有限公司'),
          ('BID', '吉林长白山林业设备有限公司', 'DHCG-2026-0092'), ('BID', '吉林雁鸣湖商贸有限公司', 'DHCG-2026-0092')],
    notes=[NOTE_LETTER, 'A receipt (签收回执) for transferred materials: REFERRED sender → receiver with the transfer letter\'s number and the stated transfer date (移送日期), not the signing date.',
           'The receipt is issued by the receiving police bureau: issuer 敦化市公安局.',
           'Both companies\' bid files are listed and both are said to have colluded: BID_ON for both.'])

DOCS['hz-yongan-2026-005.txt'] = D('''
AGENCY: 永安市审计局 | 永安市第一中学 | 永安市财政局
DOC_NO: 永审移〔2026〕5号
COMPANY: 福建燕城教学设备有限公司
PERSON: 黄某
LAW: 中华人民共和国政府采购法
''', 'other', ['no_procurement'], '永安市财政局', enc='gb18030',
    rels=[('REF', '永安市审计局', '永安市财政局', '永审移〔2026〕5号', '2026年11月2日')],
    notes=[NOTE_LETTER, 'The receiver appears as 我局 and is named in the signature: REFERRED 永安市审计局 → 永安市财政局, date the transfer date (11月2日), not the receipt date.',
           '“及其实施条例” is not a title: only 中华人民共和国政府采购法 is LAW.'])

DOCS['cf-jianshui-2026-002.txt'] = D('''
AGENCY: 建水县财政局 | 建水县人民医院 | 建水县人民政府 | 红河哈尼族彝族自治州财政局 | 建水县人民法院
DOC_NO: 建财采罚决〔2026〕2号 | 建财采罚告〔2026〕2号
COMPANY: 云南紫陶检测技术有限公司 | 云南滇越招标有限公司
PERSON: 普建华 | 张某某
POSITION: 法定代表人 | 授权代表
PROJECT_NO: JSZC2026-G-015
LAW: 中华人民共和国政府采购法
''', 'penalty_decision', ['false_materials'], '建水县财政局',
    rels=[('PEN', '建水县财政局', '云南紫陶检测技术有限公司'), ('LR', '普建华', '法定代表人', '云南紫陶检测技术有限公司'),
          ('HP', '张某某', '授权代表', '云南紫陶检测技术有限公司'), ('BID', '云南紫陶检测技术有限公司', 'JSZC2026-G-015')],
    notes=['The address and the credit code are not annotated. 《检验检测机构资质认定证书》 and 《行政处罚事先告知书》 are not LAW.',
           '建水县财政局非税收入汇缴账户 → AGENCY 建水县财政局 (account name). 千分之五 is a rate.',
           '你公司 / 该公司 are not annotated.'])

DOCS['cf-rongxian-2026-041.docx'] = D('''
AGENCY: 容县市场监督管理局 | 容县第三初级中学 | 容县纪委监委 | 容县人民政府 | 玉林市市场监督管理局 | 容县人民法院
DOC_NO: 容市监处罚〔2026〕41号
COMPANY: 广西容州建材贸易有限公司
PERSON: 梁某明 | 黄某 | 覃某某
POSITION: 法定代表人 | 业务经理 | 后勤主任
LAW: 中华人民共和国反不正当竞争法
''', 'penalty_decision', ['bribery'], '容县市场监督管理局',
    rels=[('PEN', '容县市场监督管理局', '广西容州建材贸易有限公司'), ('LR', '梁某明', '法定代表人', '广西容州建材贸易有限公司'),
          ('HP', '黄某', '业务经理', '广西容州建材贸易有限公司'), ('HP', '覃某某', '后勤主任', '容县第三初级中学'),
          ('REF', '容县市场监督管理局', '容县纪委监委', None, '2026年9月10日')],
    notes=['docx: offsets refer to texts/cf-rongxian-2026-041.docx.txt.',
           'The clue about the school official was transferred to 容县纪委监委 on a stated date: REFERRED with that date.',
           '其业务经理黄某: org resolved through 其 to the party. The masked credit code and the address are not annotated.'])

DOCS['cf-enping-2026-006-fanti.txt'] = D('''
AGENCY: 恩平市財政局 | 恩平市自然資源局 | 恩平市人民政府 | 江門市財政局 | 恩平市人民法院
DOC_NO: 恩財採罰〔2026〕6號
COMPANY: 廣東錦江環境工程有限公司 | 錦江公司 | 廣東鰲峰測繪技術有限公司
PERSON: 岑志遠
POSITION: 法定代表人
PROJECT_NO: EPCG2026-0158
LAW: 中華人民共和國政府採購法實施條例 | 中華人民共和國政府採購法
''', 'penalty_decision', ['collusion'], '恩平市財政局',
    rels=[('PEN', '恩平市財政局', '廣東錦江環境工程有限公司'), ('LR', '岑志遠', '法定代表人', '廣東錦江環境工程有限公司'),
          ('BID', '廣東錦江環境工程有限公司', 'EPCG2026-0158'), ('BID', '廣東鰲峰測繪技術有限公司', 'EPCG2026-0158')],
    aliases={'錦江公司': '廣東錦江環境工程有限公司'},
    notes=['Traditional characters, UTF-8. Spans copied as written.',
           'Only 錦江公司 is the party of this decision: PENALIZED to it alone; the other colluding bidder is not penalised here.',
           '本局 is not annotated. 千分之五 is a rate.'])

DOCS['cjgg-majiang-2026-022.html'] = D('''
AGENCY: 麻江县公共资源交易中心 | 麻江县农业农村局 | 麻江县人民政府 | 黔东南州大数据中心
COMPANY: 贵州清水江工程监理有限公司 | 贵州都匀建设监理有限公司 | 黔东南州鑫诚工程咨询有限公司 | 贵州黔通工程咨询有限公司
PROJECT_NO: MJZC-2026-CS-022
PERSON: 杨帆 | 王某 | 刘** | 陈** | 龙某某
POSITION: 总监理工程师 | 采购人代表
''', 'other', [], None,
    rels=[('BID', '贵州清水江工程监理有限公司', 'MJZC-2026-CS-022'), ('BID', '贵州都匀建设监理有限公司', 'MJZC-2026-CS-022'),
          ('BID', '黔东南州鑫诚工程咨询有限公司', 'MJZC-2026-CS-022'),
          ('HP', '杨帆', '总监理工程师', None), ('HP', '王某', '采购人代表', '麻江县农业农村局')],
    notes=['html: offsets refer to texts/cjgg-majiang-2026-022.html.txt (visible text, block elements as line breaks; <head>, <script>, <style> dropped). Inline spans run together (…交易中心发布时间…).',
           'Page chrome is annotated (site name, 信息来源, footer 主办/技术支持); the publishing trading centre is not the issuer. The announcement is signed by the agent company: issuer null.',
           '其他响应供应商 took part: BID_ON. 总监理工程师杨帆: org not stated (null). 杨先生 (surname + honorific) is not PERSON. The ICP number is not DOC_NO.',
           '评审专家（单一来源除外）名单 heads a list: not POSITION.'])

DOCS['zbgg-sihui-2026-017-fanti.txt'] = D('''
AGENCY: 四會市教育局
PROJECT_NO: SHZB〔2026〕017號
COMPANY: 肇慶市潔源淨水科技有限公司 | 四會市清泉設備安裝有限公司 | 廣東肇慶德信招標有限公司 | 德信招標
PERSON: 黃志強 | 梁某某 | 何** | 譚某
POSITION: 項目負責人 | 採購人代表
''', 'other', [], None, enc='gb18030',
    add=[('MONEY', '¥1,080,000.00')],
    rels=[('BID', '肇慶市潔源淨水科技有限公司', 'SHZB〔2026〕017號'), ('BID', '四會市清泉設備安裝有限公司', 'SHZB〔2026〕017號'),
          ('HP', '黃志強', '項目負責人', '肇慶市潔源淨水科技有限公司'), ('HP', '譚某', '採購人代表', '四會市教育局')],
    aliases={'德信招標': '廣東肇慶德信招標有限公司'},
    notes=['Traditional characters encoded in GB18030.',
           'The 項目編號 value SHZB〔2026〕017號 is PROJECT_NO although shaped like a document number.',
           '第二中標候選人 is shortlisted: BID_ON. 黎小姐 is not PERSON. Issued by the agent company: issuer null.'])

DOCS['yt-pingyao-2026-0422.txt'] = D('''
AGENCY: 平遥县财政局 | 平遥县文化和旅游局
COMPANY: 山西古城招标代理有限公司 | 古城招标 | 山西晋商文保科技有限公司
PERSON: 任某某 | 郝某 | 霍建平 | 阎某
POSITION: 副局长 | 股长 | 法定代表人 | 项目经理
PROJECT_NO: PYCG-2026-045
LAW: 政府采购质疑和投诉办法 | 中华人民共和国政府采购法实施条例
''', 'other', ['other'], '平遥县财政局', enc='gb18030',
    rels=[('HP', '任某某', '副局长', '平遥县财政局'), ('HP', '郝某', '股长', '平遥县财政局'),
          ('LR', '霍建平', '法定代表人', '山西古城招标代理有限公司'), ('HP', '阎某', '项目经理', '山西古城招标代理有限公司')],
    aliases={'古城招标': '山西古城招标代理有限公司'},
    notes=['GB18030 with CRLF line ends. An interview record (约谈记录): kind other.',
           '政府采购股股长郝某 (sub-unit of the agency named just before in a coordination): POSITION 股长 with org 平遥县财政局; the bare 政府采购股 is not annotated.',
           'The rectification demand and the suspension during rectification are not a formal penalty: no PENALIZED. The supplier that raised the 质疑 is not assumed to have bid.',
           'Late reply to a 质疑 and missing recordings: violation other.'])

DOCS['yt-shangzhi-2026-1015.txt'] = D('''
AGENCY: 尚志市发展和改革局信用科 | 尚志市发展和改革局 | 尚志市交通运输局 | 尚志市住房和城乡建设局
COMPANY: 黑龙江亚布力建筑工程有限公司 | 亚布力建筑
PERSON: 于某某 | 孙立新 | 关某 | 吕** | 关长河
POSITION: 党组书记 | 局长 | 副局长 | 总经理 | 科员 | [法定代表人]关长河
PROJECT_NO: SZ-FG-2026-0077
LAW: 中华人民共和国招标投标法 | 黑龙江省公共信用信息管理办法
''', 'other', ['contract_violation'], '尚志市发展和改革局',
    rels=[('HP', '于某某', '党组书记', '尚志市发展和改革局'), ('HP', '于某某', '局长', '尚志市发展和改革局'),
          ('HP', '孙立新', '副局长', '尚志市交通运输局'), ('HP', '关某', '总经理', '黑龙江亚布力建筑工程有限公司'),
          ('HP', '吕**', '科员', '尚志市发展和改革局信用科'),
          ('LR', '关长河', '法定代表人', '黑龙江亚布力建筑工程有限公司'),
          ('BID', '黑龙江亚布力建筑工程有限公司', 'SZ-FG-2026-0077'),
          ('REF', '尚志市发展和改革局', '尚志市住房和城乡建设局', None, None)],
    aliases={'亚布力建筑': '黑龙江亚布力建筑工程有限公司'},
    notes=['党组书记、局长 are split into two POSITION spans. 公司法定代表人 in the closing answer is not attached to a name.',
           'The record states the decision to hand the case over (移交) to the housing and construction bureau: REFERRED, no date.',
           '信用中国（黑龙江） is a website: not annotated. 亚布力镇 is a place. 14:30—15:40 is clock time.'])

DOCS['sjys-huangyuan-2026-003.txt'] = D('''
AGENCY: 湟源县审计局 | 湟源县财政局 | 湟源县卫生健康局
DOC_NO: 湟审移〔2026〕3号
PERSON: 马某某
POSITION: 局长
COMPANY: 青海河湟医疗设备有限公司
LAW: 中华人民共和国政府采购法 | 中华人民共和国审计法 | 湟源县公共资源交易联动监管办法
''', 'other', ['no_procurement'], '湟源县审计局', enc='gb18030',
    rels=[('REF', '湟源县审计局', '湟源县财政局', '湟审移〔2026〕3号', '2026年6月30日'),
          ('HP', '马某某', '局长', '湟源县卫生健康局')],
    notes=['An audit referral (审计移送处理书): REFERRED with its number and date. 时任 is left out of the POSITION.',
           '2025年4月至9月: only 2025年4月 is DATE.'])

DOCS['sjys-taishan-2026-004-fanti.html'] = D('''
AGENCY: 臺山市人民政府 | 臺山市紀委監委 | 臺山市水利局 | 臺山市審計局
DOC_NO: 臺審移[2026]4號
PROJECT_NO: TSSL2025-SJ-009
COMPANY: 江門市粵海水利設計院有限公司 | 粵海設計院 | 廣東僑鄉招標代理有限公司
PERSON: 甄某某 | 李某
POSITION: 原副局長 | 股東
LAW: 中華人民共和國審計法
''', 'other', ['interference', 'bribery'], '臺山市審計局',
    rels=[('REF', '臺山市審計局', '臺山市紀委監委', '臺審移[2026]4號', '2026年9月15日'),
          ('HP', '甄某某', '原副局長', '臺山市水利局'), ('HP', '李某', '股東', '江門市粵海水利設計院有限公司'),
          ('BID', '江門市粵海水利設計院有限公司', 'TSSL2025-SJ-009')],
    aliases={'粵海設計院': '江門市粵海水利設計院有限公司'},
    notes=['Traditional characters, html: offsets refer to texts/sjys-taishan-2026-004-fanti.html.txt. The <title> (inside <head>) is not visible text.',
           '臺山市人民政府網站 → AGENCY 臺山市人民政府; the footer 來源 mention of the issuer is annotated.',
           'A 設計院 registered as 有限公司 is COMPANY. 之妻 is a relation, not POSITION. 百分之二十 is a rate.'])

DOCS['tscl-jianou-2026-003.txt'] = D('''
AGENCY: 建瓯市财政局 | 建瓯市市场监督管理局 | 南平市建阳区市场监督管理局 | 建瓯市人民政府 | 南平市财政局 | 建瓯市人民法院
DOC_NO: 建财采诉决〔2026〕3号
COMPANY: 福建芝城信息技术有限公司 | 芝城公司 | 福建闽北招标代理有限公司 | 南平武夷数码科技有限公司
PERSON: 叶某某
POSITION: 法定代表人
PROJECT_NO: JOCG[2026]0088
LAW: 中华人民共和国政府采购法实施条例 | 政府采购质疑和投诉办法
''', 'complaint_decision', ['discriminatory_terms', 'false_materials'], '建瓯市财政局',
    rels=[('LR', '叶某某', '法定代表人', '福建芝城信息技术有限公司'),
          ('BID', '福建芝城信息技术有限公司', 'JOCG[2026]0088'), ('BID', '南平武夷数码科技有限公司', 'JOCG[2026]0088')],
    aliases={'芝城公司': '福建芝城信息技术有限公司'},
    notes=['The complainant is stated to have bid (参加了…投标): BID_ON; the winner too.',
           'Declaring the award void and ordering a new procurement is a complaint remedy, not a sanction on a party: no PENALIZED.',
           'violations lists the two allegations (discriminatory scoring, false performance record), although the second was rejected.',
           '本机关 is not annotated; the address is not annotated; the quoted 建阳区智慧市场项目 is a project name.'])
