"""heldout6 court texts: CAIL-style judgment paragraphs (one 本院-only, one traditional, one fully masked), a
judgment with its header, an indictment and a non-prosecution decision."""

DOCS = [
    {
        'file': 'cj-tongjiang.txt', 'fmt': 'utf-8', 'kind': 'court_judgment', 'violations': ['collusion'],
        'issuer': None,
        'body': """
公诉机关指控，⟦2025年5月|D⟧，被告人⟦李某甲|P⟧得知⟦通江县诺水河镇人民政府|A⟧“场镇污水管网改造工程”（招标编号：⟦TJZB-2025-0319|J⟧）即将公开招标后，借用⟦巴中市弘达建筑工程有限公司|C⟧、⟦四川蜀通市政工程有限公司|C⟧、⟦通江县鑫源建设有限责任公司|C⟧三家公司资质参与投标，并委托被告人⟦王某|P⟧统一制作三份投标文件、统一报价，约定由⟦巴中市弘达建筑工程有限公司|C⟧中标。⟦2025年6月18日|D⟧，⟦巴中市弘达建筑工程有限公司|C⟧以⟦498.36万元|M⟧中标。⟦李某甲|P⟧分别向另两家公司支付“资质使用费”各⟦2万元|M⟧，向⟦王某|P⟧支付好处费⟦1.5万元|M⟧。
经审理查明的事实与公诉机关指控的事实一致。被告人⟦李某甲|P⟧、⟦王某|P⟧于⟦2026年1月7日|D⟧经电话通知主动到案，如实供述了犯罪事实。
本院认为，被告人⟦李某甲|P⟧、⟦王某|P⟧相互串通投标报价，损害招标人利益，情节严重，其行为均已构成串通投标罪。依照《⟦中华人民共和国刑法|L⟧》第二百二十三条、第六十七条第一款之规定，判决如下：
一、被告人⟦李某甲|P⟧犯串通投标罪，判处有期徒刑一年，缓刑一年六个月，并处罚金⟦人民币十万元|M⟧；
二、被告人⟦王某|P⟧犯串通投标罪，判处拘役五个月，缓刑六个月，并处罚金⟦人民币三万元|M⟧。
""",
        'implicit': [
            {'type': 'PENALIZED', 'from': None, 'to': '李某甲', 'null_endpoint_mention': '本院'},
            {'type': 'PENALIZED', 'from': None, 'to': '王某', 'null_endpoint_mention': '本院'},
        ],
        'rels': [
            ('BID_ON', '巴中市弘达建筑工程有限公司', 'TJZB-2025-0319'),
            ('BID_ON', '四川蜀通市政工程有限公司', 'TJZB-2025-0319'),
            ('BID_ON', '通江县鑫源建设有限责任公司', 'TJZB-2025-0319'),
        ],
        'notes': ['CAIL-style paragraphs: the court appears only as 本院: implicit PENALIZED (from null) per defendant, '
                  'issuer null (dev11 c2).',
                  'Firms whose qualifications were borrowed to bid: BID_ON (heldout5).',
                  '公诉机关 is a procedural role, not AGENCY.'],
    },
    {
        'file': 'pj-nanjiang-2026-45.txt', 'fmt': 'gb18030', 'kind': 'court_judgment', 'violations': ['bribery', 'interference'],
        'issuer': '四川省南江县人民法院',
        'body': """
⟦四川省南江县人民法院|A⟧
刑 事 判 决 书
⟦（2026）川1922刑初45号|N⟧

公诉机关⟦四川省南江县人民检察院|A⟧。
被告人⟦岳明远|P⟧，男，⟦1971年8月|D⟧出生，汉族，大学文化，原系⟦南江县水利局|A⟧⟦党组书记|T⟧、⟦局长|T⟧。因涉嫌受贿罪，于⟦2025年10月14日|D⟧被⟦南江县监察委员会|A⟧留置，⟦2026年1月9日|D⟧被逮捕。现羁押于⟦南江县看守所|A⟧。
辩护人⟦邵明华|P⟧，⟦四川光雾律师事务所|C⟧⟦律师|T⟧。
⟦南江县监察委员会|A⟧调查终结，于⟦2026年1月6日|D⟧移送⟦四川省南江县人民检察院|A⟧审查起诉。⟦四川省南江县人民检察院|A⟧以⟦南检刑诉〔2026〕41号|N⟧起诉书指控被告人⟦岳明远|P⟧犯受贿罪，于⟦2026年3月2日|D⟧向本院提起公诉。
经审理查明：2021年至2025年，被告人⟦岳明远|P⟧利用担任⟦南江县水利局|A⟧⟦局长|T⟧的职务便利，在“南江县中小河流治理工程”（项目编号：⟦NJSL-2022-008|J⟧）等项目招标中，为⟦巴中市锦程水利水电工程有限公司|C⟧⟦实际控制人|T⟧⟦苟德胜|P⟧打招呼、定标提供帮助，先后收受⟦苟德胜|P⟧所送现金、购物卡共计⟦人民币186万元|M⟧。
本院认为，被告人⟦岳明远|P⟧身为国家工作人员，利用职务上的便利，为他人谋取利益，非法收受他人财物，数额巨大，其行为已构成受贿罪。判决如下：
被告人⟦岳明远|P⟧犯受贿罪，判处有期徒刑五年，并处罚金⟦人民币五十万元|M⟧；对其受贿所得⟦人民币186万元|M⟧予以追缴，上缴国库。
""",
        'rels': [
            ('REFERRED', '南江县监察委员会', '四川省南江县人民检察院', None, '2026年1月6日'),
            ('PENALIZED', '四川省南江县人民法院', '岳明远'),
            ('HOLDS_POSITION', '岳明远', '党组书记', '南江县水利局'),
            ('HOLDS_POSITION', '岳明远', '局长', '南江县水利局'),
            ('HOLDS_POSITION', '邵明华', '律师', '四川光雾律师事务所'),
            ('HOLDS_POSITION', '苟德胜', '实际控制人', '巴中市锦程水利水电工程有限公司'),
            ('BID_ON', '巴中市锦程水利水电工程有限公司', 'NJSL-2022-008'),
        ],
        'notes': ['移送审查起诉 by the 监委 → the procuratorate: REFERRED with the transfer date; 提起公诉 to 本院 is not '
                  'REFERRED (dev11).',
                  'The cited indictment number is DOC_NO; 留置/逮捕 are not PENALIZED.',
                  '1971年8月 (birth) is DATE; 2021年至2025年 is year-level, not DATE.',
                  '原系…党组书记、局长: two POSITIONs; the second 局长 (利用担任…局长) is annotated too; the first mention '
                  'carries the relation.',
                  'The project in quotes: 南江县中小河流治理工程 has no named body (南江县 is a place).'],
    },
    {
        'file': 'qsz-mayang-2026-38.txt', 'fmt': 'utf-8', 'kind': 'court_judgment', 'violations': ['collusion', 'bribery'],
        'issuer': '湖南省麻阳苗族自治县人民检察院',
        'body': """
⟦湖南省麻阳苗族自治县人民检察院|A⟧
起 诉 书
⟦麻检刑诉〔2026〕38号|N⟧

被告人⟦舒国庆|P⟧，男，⟦1979年3月12日|D⟧出生，⟦怀化市辰麻建设工程有限公司|C⟧⟦法定代表人|T⟧。⟦2026年2月3日|D⟧因涉嫌串通投标罪被⟦麻阳苗族自治县公安局|A⟧刑事拘留，同年⟦2月28日|D⟧被取保候审。
被告人⟦滕秋菊|P⟧，女，⟦1985年11月2日|D⟧出生，⟦湖南正弘招标咨询有限公司|C⟧⟦项目经理|T⟧。
本案由⟦麻阳苗族自治县公安局|A⟧侦查终结，以被告人⟦舒国庆|P⟧、⟦滕秋菊|P⟧涉嫌串通投标罪，于⟦2026年4月21日|D⟧向本院移送审查起诉。
经依法审查查明：⟦2025年8月|D⟧，⟦麻阳苗族自治县锦和镇人民政府|A⟧“高标准农田建设项目”（项目编号：⟦MYNT-2025-027|J⟧）招标期间，被告人⟦舒国庆|P⟧为使其公司中标，联系⟦怀化市龙泰建筑有限公司|C⟧、⟦湖南楚沅建设有限公司|C⟧陪标，并通过被告人⟦滕秋菊|P⟧获取评标委员会名单及其他投标人信息，事后送给⟦滕秋菊|P⟧⟦人民币4万元|M⟧。⟦怀化市辰麻建设工程有限公司|C⟧以⟦人民币763.5万元|M⟧中标。
本院认为，被告人⟦舒国庆|P⟧、⟦滕秋菊|P⟧的行为已触犯《⟦中华人民共和国刑法|L⟧》第二百二十三条，犯罪事实清楚，证据确实、充分，应当以串通投标罪追究其刑事责任。根据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十六条的规定，提起公诉，请依法判处。
此致
⟦麻阳苗族自治县人民法院|A⟧
⟦检察员|T⟧：⟦田晓峰|P⟧
⟦2026年5月19日|D⟧
""",
        'rels': [
            ('REFERRED', '麻阳苗族自治县公安局', '湖南省麻阳苗族自治县人民检察院', None, '2026年4月21日'),
            ('LEGAL_REP', '舒国庆', '怀化市辰麻建设工程有限公司'),
            ('HOLDS_POSITION', '舒国庆', '法定代表人', '怀化市辰麻建设工程有限公司'),
            ('HOLDS_POSITION', '滕秋菊', '项目经理', '湖南正弘招标咨询有限公司'),
            ('HOLDS_POSITION', '田晓峰', '检察员', '湖南省麻阳苗族自治县人民检察院'),
            ('BID_ON', '怀化市辰麻建设工程有限公司', 'MYNT-2025-027'),
            ('BID_ON', '怀化市龙泰建筑有限公司', 'MYNT-2025-027'),
            ('BID_ON', '湖南楚沅建设有限公司', 'MYNT-2025-027'),
        ],
        'notes': ['Indictment: kind court_judgment with the procuratorate as issuer (dev11 c3, unsure).',
                  '移送审查起诉 by the police → 本院 (= the named issuer): REFERRED with its date; 提起公诉 to the 此致 court is '
                  'NOT REFERRED (dev11, not heldout5).',
                  '同年2月28日 → DATE 2月28日 (GUIDELINES). Birth dates are DATE.',
                  '刑事拘留 and 取保候审 are not PENALIZED. The agent company’s 项目经理 is not a bidder: no BID_ON.'],
    },
    {
        'file': 'bqs-tongdao-2026-7.docx', 'fmt': 'docx', 'kind': 'other', 'violations': ['collusion'],
        'issuer': '通道侗族自治县人民检察院',
        'body': """
⟦通道侗族自治县人民检察院|A⟧
不起诉决定书
⟦通检刑不诉〔2026〕7号|N⟧
被不起诉人⟦粟海波|P⟧，男，⟦1988年6月5日|D⟧出生，⟦通道县华韵园林绿化有限公司|C⟧⟦执行董事|T⟧。
本案由⟦通道侗族自治县公安局|A⟧侦查终结，以被不起诉人⟦粟海波|P⟧涉嫌串通投标罪，于⟦2026年3月16日|D⟧移送本院审查起诉。
经本院依法审查查明：⟦2025年9月|D⟧，被不起诉人⟦粟海波|P⟧在⟦通道侗族自治县住房和城乡建设局|A⟧“县城街道绿化提质工程”（项目编号：⟦TDJS-2025-041|J⟧）投标中，与⟦怀化市绿源景观工程有限公司|C⟧投标负责人⟦杨玉兰|P⟧商定抬高报价，由⟦通道县华韵园林绿化有限公司|C⟧中标，中标金额⟦人民币216.8万元|M⟧。
本院认为，被不起诉人⟦粟海波|P⟧实施了《⟦中华人民共和国刑法|L⟧》第二百二十三条规定的行为，但犯罪情节轻微，具有自首、认罪认罚情节，根据《⟦中华人民共和国刑法|L⟧》第三十七条的规定，不需要判处刑罚。依据《⟦中华人民共和国刑事诉讼法|L⟧》第一百七十七条第二款的规定，决定对⟦粟海波|P⟧不起诉。
对被不起诉人需要给予行政处罚的，本院已于⟦2026年5月12日|D⟧将检察意见书及相关材料移送⟦通道侗族自治县财政局|A⟧依法处理。
被不起诉人如不服本决定，可以自收到本决定书后七日内向本院申诉。
⟦通道侗族自治县人民检察院|A⟧
⟦2026年5月12日|D⟧
""",
        'rels': [
            ('REFERRED', '通道侗族自治县公安局', '通道侗族自治县人民检察院', None, '2026年3月16日'),
            ('REFERRED', '通道侗族自治县人民检察院', '通道侗族自治县财政局', None, '2026年5月12日'),
            ('HOLDS_POSITION', '粟海波', '执行董事', '通道县华韵园林绿化有限公司'),
            ('BID_ON', '通道县华韵园林绿化有限公司', 'TDJS-2025-041'),
            ('BID_ON', '怀化市绿源景观工程有限公司', 'TDJS-2025-041'),
        ],
        'notes': ['不起诉决定书: kind other (heldout5; dev11 is silent; unsure — dev11 makes the 起诉书 court_judgment).',
                  'Police 移送审查起诉 → 本院 (the named issuer): REFERRED with its date; the procuratorate’s transfer of the '
                  'administrative matter to the finance bureau: REFERRED with its date (heldout5). 不起诉 is not PENALIZED.',
                  '投标负责人 is not in the POSITION list of GUIDELINES; left unannotated (unsure).',
                  '执行董事 after the company: POSITION (not 法定代表人, no LEGAL_REP).'],
    },
    {
        'file': 'cj-suining-fanti.txt', 'fmt': 'utf-8', 'kind': 'court_judgment', 'violations': ['abuse_of_power', 'collusion'],
        'issuer': '湖南省綏寧縣人民法院',
        'body': """
經審理查明：被告人⟦蔣文忠|P⟧原係⟦綏寧縣交通運輸局|A⟧⟦副局長|T⟧，分管農村公路建設。⟦2024年4月|D⟧，⟦綏寧縣交通運輸局|A⟧組織“綏寧縣農村公路安防工程”（招標編號：⟦SNJT-2024-011|J⟧）招標，被告人⟦蔣文忠|P⟧明知⟦邵陽市寶順路橋工程有限公司|C⟧與⟦綏寧縣通達交通設施有限公司|C⟧的投標文件存在相同錯誤、系串通投標，仍授意評標委員會不予否決，致⟦邵陽市寶順路橋工程有限公司|C⟧以⟦1,526.7萬元|M⟧中標。該工程因質量問題返工，造成直接經濟損失⟦人民幣83.4萬元|M⟧。
另查明，⟦2025年12月8日|D⟧，⟦綏寧縣監察委員會|A⟧對被告人⟦蔣文忠|P⟧立案調查，同月移送⟦綏寧縣人民檢察院|A⟧審查起訴。
⟦湖南省綏寧縣人民法院|A⟧認為，被告人⟦蔣文忠|P⟧身為國家機關工作人員，濫用職權，致使公共財產遭受重大損失，其行為已構成濫用職權罪，判處有期徒刑一年，緩刑二年。
""",
        'rels': [
            ('REFERRED', '綏寧縣監察委員會', '綏寧縣人民檢察院', None, None),
            ('PENALIZED', '湖南省綏寧縣人民法院', '蔣文忠'),
            ('HOLDS_POSITION', '蔣文忠', '副局長', '綏寧縣交通運輸局'),
            ('BID_ON', '邵陽市寶順路橋工程有限公司', 'SNJT-2024-011'),
            ('BID_ON', '綏寧縣通達交通設施有限公司', 'SNJT-2024-011'),
        ],
        'notes': ['Traditional characters. A CAIL-style paragraph in which the court is named: PENALIZED by the named '
                  'court, which is also the issuer (GUIDELINES: court documents use the court; the 本院-only paragraphs have issuer null).',
                  '同月移送 … 審查起訴: REFERRED 監委 → 檢察院 with no date (同月 is relative, 2025年12月8日 is the 立案 date).',
                  '原係…副局長: POSITION 副局長 (原 not adjacent to the title).',
                  '綏寧縣農村公路安防工程 has no named body.'],
    },
    {
        'file': 'cj-mouxian-masked.txt', 'fmt': 'utf-8', 'kind': 'court_judgment', 'violations': ['collusion', 'false_materials'],
        'issuer': None,
        'body': """
经审理查明：⟦20**年3月|D⟧，被告人⟦刘某某|P⟧挂靠⟦某市X建设有限公司|C⟧，为承揽⟦某县教育局|A⟧“⟦某县第二小学|A⟧运动场改造项目”（项目编号：⟦**ZB-20**-0**|J⟧），伪造⟦某市X建设有限公司|C⟧的项目业绩合同两份，并安排⟦何某|P⟧、⟦吴某1|P⟧分别以⟦Y公司|C⟧、⟦Z公司|C⟧名义投标陪标，三家投标文件的报价均由⟦刘某某|P⟧确定。⟦某市X建设有限公司|C⟧以⟦**万元|M⟧中标。经⟦某县公共资源交易中心|A⟧数据比对发现异常后，⟦某县财政局|A⟧于⟦20**年7月|D⟧将线索移送⟦某县公安局|A⟧。
本院认为，被告人⟦刘某某|P⟧、⟦何某|P⟧、⟦吴某1|P⟧相互串通投标报价，损害招标人利益，情节严重，均已构成串通投标罪。判处被告人⟦刘某某|P⟧有期徒刑一年二个月，并处罚金⟦人民币五万元|M⟧；判处被告人⟦何某|P⟧、⟦吴某1|P⟧拘役四个月，缓刑六个月，各并处罚金⟦人民币一万元|M⟧。
""",
        'rels': [
            ('REFERRED', '某县财政局', '某县公安局', None, '20**年7月'),
            ('BID_ON', '某市X建设有限公司', '**ZB-20**-0**'),
            ('BID_ON', 'Y公司', '**ZB-20**-0**'),
            ('BID_ON', 'Z公司', '**ZB-20**-0**'),
        ],
        'implicit': [
            {'type': 'PENALIZED', 'from': None, 'to': '刘某某', 'null_endpoint_mention': '本院'},
            {'type': 'PENALIZED', 'from': None, 'to': '何某', 'null_endpoint_mention': '本院'},
            {'type': 'PENALIZED', 'from': None, 'to': '吴某1', 'null_endpoint_mention': '本院'},
        ],
        'notes': ['Fully masked. Masked names that keep the shape of a name are annotated (某县教育局, 某市X建设有限公司, '
                  'Y公司, 吴某1); a partly masked project number is PROJECT_NO (unsure; GUIDELINES excludes only fully '
                  'masked numbers); 20**年3月 and 20**年7月 are DATE (GUIDELINES: 20**年1月), **万元 is MONEY.',
                  '某县第二小学 inside the project name is AGENCY (masked school keeping the shape, dev11).',
                  'REFERRED 某县财政局 → 某县公安局 with the masked date 20**年7月. The trading centre’s finding is not a transfer.',
                  'Implicit PENALIZED from 本院 for each defendant.'],
    },
]
