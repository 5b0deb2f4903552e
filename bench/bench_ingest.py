"""Ingestion benchmark: synthetic referral letters through the whole pipeline, against extraction alone.

    .venv/bin/python bench/bench_ingest.py [--letters 1000] [--workers 2] [--batch 16] [--chars 2000] [--keep]

Writes ``--letters`` synthetic letters of about ``--chars`` characters (clue and case referral
letters, assistance letters and penalty decisions of the four seed localities, with companies,
credit codes, persons, positions, projects and phone numbers) to a temporary folder, starts its
own embedded server (temporary LIANDONG_HOME, free port — never your data; removed afterwards
unless ``--keep``), ingests them and prints letters/s, characters/s, the ratio to extraction alone
(``extract_text`` over the same letters, one process) and the CPU each stage used per letter
(wall-clock figures depend on what else the machine runs). A second run over the same folder
measures the "unchanged" path.

:func:`make_letters` is also used by the tests (kill / re-run).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.types import credit_code as uscc

LOCALITIES = [
    # (locality prefix, doc-number prefix, finance, discipline, police, market, audit, addressee forms)
    ("绵竹市", "竹财采", "绵竹市财政局", "中共绵竹市纪委监委机关", "绵竹市公安局", "绵竹市市场监督管理局", "绵竹市审计局",
     "510683"),
    ("泉州市鲤城区", "泉鲤财采", "泉州市鲤城区财政局", "中共泉州市鲤城区纪律检查委员会", "泉州市公安局鲤城分局",
     "泉州市鲤城区市场监督管理局", "泉州市鲤城区审计局", "350502"),
    ("修武县", "修财采", "修武县财政局", "中共修武县纪律检查委员会", "修武县公安局", "修武县市场监督管理局", "修武县审计局",
     "410821"),
    ("随州市曾都区", "曾财采", "随州市曾都区财政局", "中共随州市曾都区纪律检查委员会", "随州市公安局曾都分局",
     "随州市曾都区市场监督管理局", "随州市曾都区审计局", "421303"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉玉兰海燕鹏飞宇浩波斌晨晓东雪梅丹琳欣怡俊峰"
TRADES = ["建材", "建筑工程", "信息技术", "医疗器械", "教育装备", "市政园林", "电子科技", "物业管理", "环保工程", "办公设备"]
WORDS = ["恒达", "宏远", "鑫盛", "华瑞", "金桥", "蓝天", "正泰", "天成", "汇通", "中和", "兴隆", "博远", "嘉禾", "瑞丰", "安泰",
         "同创", "德信", "锦程", "盛世", "新源", "永信", "众联", "卓越", "世纪", "长虹", "明德", "诚泰", "力源", "凯达", "佳和"]
FORMS = ["有限公司", "有限责任公司", "股份有限公司"]
PURCHASERS = ["教育局", "卫生健康局", "住房和城乡建设局", "交通运输局", "人民医院", "第一中学", "农业农村局", "水利局"]
FILLER = [
    ("经查，{company}在参与{purchaser}组织的{project}采购活动中，与其他投标人的投标文件由同一单位编制，投标报价呈规律性差异，"
     "电子投标文件的制作机器码一致，存在串通投标的嫌疑。"),
    "{company}提交的业绩证明材料与项目业主单位出具的情况说明不符，涉嫌提供虚假材料谋取中标。",
    ("项目评审过程中，评审专家{expert}对{company}的技术方案给予明显高于其他供应商的分值，评审意见前后矛盾，"
     "评审录像显示其与采购人代表存在不正常接触。"),
    ("根据《中华人民共和国政府采购法》第七十七条及《中华人民共和国政府采购法实施条例》第七十四条的规定，上述行为可能构成"
     "恶意串通，依法应当予以处理。"),
    "本机关依法调取了投标文件、开标记录、评标报告、保证金缴纳凭证及相关银行流水，并对相关人员进行了询问，制作了询问笔录。",
    "{company}法定代表人{person}在接受询问时承认，投标保证金系由其本人账户代为缴纳，投标文件由他人代为制作。",
    "经比对，{company}与{company2}的投标文件在格式、错误内容及报价构成上高度雷同，两家公司的联系电话同为{phone}。",
    "该项目预算金额为人民币{budget}万元，中标金额为人民币{price}万元，资金来源为财政性资金。",
    "现场核查发现，{company}在中标后将主体工程转包给无资质的个人施工，合同履行情况与投标承诺严重不符。",
    "请贵单位依照职责对上述线索进行核查处理，并在收到本函之日起十五个工作日内将办理情况书面回告我局。",
]


_CODES = {"绵竹市": "MZ", "泉州市鲤城区": "LC", "修武县": "XW", "随州市曾都区": "ZD"}


def credit_code(rng: random.Random, region: str) -> str:
    return uscc.make("91" + region + "".join(rng.choice(uscc.ALPHABET) for _ in range(9)))


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _company(rng: random.Random, loc: str) -> str:
    province = {"绵竹市": "四川", "泉州市鲤城区": "福建", "修武县": "河南", "随州市曾都区": "湖北"}[loc]
    return f"{province}{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.choice(TRADES)}{rng.choice(FORMS)}"


def make_letter(i: int, rng: random.Random, chars: int = 2000) -> str:
    loc, prefix, fin, disc, police, market, _audit, region = rng.choice(LOCALITIES)
    year = rng.choice((2021, 2022, 2023, 2024))
    kind = rng.choice(("clue", "case", "assist", "penalty"))
    company, company2 = _company(rng, loc), _company(rng, loc)
    code, code2 = credit_code(rng, region), credit_code(rng, region)
    person, expert, contact = _person(rng), _person(rng), _person(rng)
    purchaser = loc + rng.choice(PURCHASERS)
    project = f"{purchaser}{year}年度设备采购项目"
    project_no = f"{_CODES[loc]}CG-{year}-{rng.randint(1, 999):03d}"
    phone = f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    doc_no = f"{prefix}〔{year}〕{i + 1}号"
    sender, receiver = {"clue": (fin, disc), "case": (fin, police), "assist": (fin, market), "penalty": (fin, None)}[kind]
    rel_receiver = {"clue": "市纪委监委", "case": "市公安局", "assist": "市市场监管局", "penalty": ""}[kind]
    if loc != "绵竹市":
        rel_receiver = rel_receiver.replace("市", "区" if "区" in loc else "县", 1) if rel_receiver else ""
    title = {"clue": "问题线索移送函", "case": "案件移送函", "assist": "协助调查函", "penalty": "行政处罚决定书"}[kind]
    head = [sender, title, doc_no, ""]
    if receiver:
        head.append(f"{receiver}：")
        lead = (f"    我局在对{project}（项目编号：{project_no}）开展政府采购监督检查时，发现{company}"
                f"（统一社会信用代码：{code}）存在违法违规问题线索，现将有关情况函告如下：")
    else:
        head.append(f"当事人：{company}")
        head.append(f"统一社会信用代码：{code}")
        head.append(f"法定代表人：{person}")
        lead = f"    本机关依法对{company}参加{project}（项目编号：{project_no}）政府采购活动中的违法行为进行了调查，现已调查终结。"
    body = [lead]
    size = sum(len(x) for x in head) + len(lead)
    while size < chars - 260:
        s = rng.choice(FILLER).format(company=company, company2=company2, purchaser=purchaser, project=project,
                                      expert=expert, person=person, phone=phone, budget=rng.randint(50, 900),
                                      price=rng.randint(40, 800))
        body.append("    " + s)
        size += len(s) + 4
    if receiver:
        verb = {"clue": "现将该问题线索移送", "case": "现将该案件移送", "assist": "特请"}[kind]
        tail = "依法处理" if kind != "assist" else "协助调取相关企业登记及信用信息"
        body.append(f"    {verb}{rel_receiver}{tail}。")
        body.append("    附件：1.调查笔录；2.投标文件；3.评标报告。")
        body.append(f"    联系人：{contact}，联系电话：{phone}。")
    else:
        body.append(f"    根据上述事实，本机关决定对{company}处以罚款人民币{rng.randint(1, 9)}万元，列入不良行为记录名单，"
                    f"一至三年内禁止参加政府采购活动。")
        body.append(f"    {company2}（统一社会信用代码：{code2}）另案处理。")
    sig = ["", sender, f"{year}年{month}月{day}日"]
    return "\n".join(head + body + sig) + "\n"


def make_letters(folder: Path, n: int, *, seed: int = 7, chars: int = 2000) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"letter_{i:05d}.txt"
        p.write_text(make_letter(i, rng, chars), encoding="utf-8")
        out.append(p)
    return out


def _cpu(pid: int | None) -> float:
    """CPU seconds (user + system) a process has used, from /proc (0 when unknown)."""
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--letters", type=int, default=1000)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--skip-extract-baseline", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (letters and graph data)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="liandong-bench-ingest-"))
    os.environ["LIANDONG_HOME"] = str(tmp / "home")
    os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
    os.environ.setdefault("LIANDONG_HEAP", "2g")
    os.environ.pop("NEO4J_URI", None)

    from graph import embedded
    from graph.connection import connect
    from graph.settings import Settings
    from ingest.nlp import extract_text
    from ingest.pipeline import incomplete_documents, ingest

    paths = make_letters(tmp / "letters", args.letters, chars=args.chars)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    print(f"{len(paths)} letters, {chars:,} characters ({chars / len(paths):.0f} per letter) in {tmp / 'letters'}")
    settings = Settings.from_env()
    try:
        t0 = time.perf_counter()
        graph = connect(settings)
        print(f"embedded server up in {time.perf_counter() - t0:.1f} s ({graph.target.describe() if graph.target else ''})")
        extract_rate = None
        if not args.skip_extract_baseline:
            extract_text("预热", file="warmup")
            t0 = time.perf_counter()
            for i, t in enumerate(texts):
                extract_text(t, file=paths[i].name)
            secs = time.perf_counter() - t0
            extract_rate = len(texts) / secs
            print(f"extraction alone (1 process): {secs:.1f} s = {extract_rate:.1f} letters/s, {chars / secs:,.0f} characters/s")
        server_pid = embedded.status(settings).pid
        srv0, main0 = _cpu(server_pid), time.process_time()
        t0 = time.perf_counter()
        report = ingest(graph, [tmp / "letters"], workers=args.workers, batch=args.batch, progress=False)
        secs = time.perf_counter() - t0
        srv, main_cpu = _cpu(server_pid) - srv0, time.process_time() - main0
        rate = report.count("ingested") / secs
        print(f"ingest (workers={args.workers}, batch={args.batch}): {secs:.1f} s = {rate:.1f} letters/s, "
              f"{chars / secs:,.0f} characters/s; {report.transactions} transactions, write {report.write_seconds:.1f} s, "
              f"extraction {report.extract_seconds:.1f} s (summed over workers)")
        for line in report.summary_lines():
            print("  " + line)
        if extract_rate:
            print(f"ratio ingest / extraction alone: {rate / extract_rate:.2f}")
        n = max(1, report.count("ingested"))
        per = {"extraction (workers)": report.extract_seconds / n, "pipeline process (read, resolve, map, driver)":
               main_cpu / n, "graph server": srv / n}
        print("CPU per letter: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in per.items()))
        cores = os.cpu_count() or 1
        print(f"CPU-bound ceiling on {cores} idle cores: {cores / sum(per.values()):.1f} letters/s "
              f"(load average now {os.getloadavg()[0]:.1f}: other work on this machine slows the wall-clock figures)")
        t0 = time.perf_counter()
        again = ingest(graph, [tmp / "letters"], workers=args.workers, batch=args.batch, progress=False)
        secs = time.perf_counter() - t0
        print(f"re-run (all unchanged: {again.count('unchanged')}): {secs:.1f} s = {len(paths) / secs:.0f} letters/s")
        bad = incomplete_documents(graph)
        print(f"documents with incomplete mentions: {len(bad)}")
        graph.close()
    finally:
        embedded.stop(settings)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
