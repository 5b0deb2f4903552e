"""How gold.tsv was listed: the writer's judgement of each surface's identity per letter (M), expanded
to one row per occurrence in order of appearance. Rewrites gold.tsv; check_gold.py then checks it."""
M = {
"d01_special_inspection.txt": {"罗晓燕":"new-2","苏梅":"new-4","柏青":"new-19","刘芳":"liu_health","贺敏":"new-20","黄志伟":"huang","张某":"new-10","王德明":"wang"},
"d02_power_of_attorney.txt": {"周建华":"zhou_xs","唐志远":"new-14"},
"d03_talk_record.txt": {"韩立平":"new-1","潘悦":"new-17","吴国栋":"wu","刘芳":"liu_edu","孙晓东":"sun","刘副局长":"liu_edu"},
"d04_finance_reply.txt": {"陈志强":"chen_zq","陈志刚":"chen_zg","曹建军":"new-5","邹雪":"new-6","罗晓燕":"new-2"},
"d05_clue_register.txt": {"杨光辉":"yang","韩立平":"new-1","周建华":"zhou_hd","罗晓燕":"new-2","唐志远":"new-14","谭文斌":"new-3","陈志强":"chen_zq","赵丽萍":"zhao","苏梅":"new-4","宋佳琪":"new-21"},
"d06_bid_excerpt.txt": {"马玉兰":"ma","高峻":"new-15","杨光辉":"new-8","彭丽":"new-16"},
"d07_police_notice.txt": {"周建华":"new-7","王某":"new-13","谭文斌":"new-3","石磊":"new-22"},
"d08_sanction_decision_trad.txt": {"陳志強":"chen_zq","陳志剛":"chen_zg","周建華":"zhou_xs","潘悅":"new-17"},
"d09_complaint_transfer.txt": {"李某":"new-11","周建华":"zhou_hd","刘芳":"liu_edu","韩立平":"new-1"},
"d10_meeting_minutes.txt": {"陈志强":"chen_zq","王德明":"wang","杨光辉":"yang","苏梅":"new-4","邵军":"new-18","谭文斌":"new-3","陈股长":"chen_zq","苏股长":"new-4","邵主任":"new-18","何某":"new-12","王局长":"wang","杨副局长":"yang"},
"d11_audit_rectification.txt": {"赵丽萍":"zhao","马玉兰":"ma","赵明轩":"zhao_mx","刘芳":"new-9","苏梅":"new-4"},
"d12_assist_letter_trad.txt": {"趙麗萍":"zhao","馬玉蘭":"ma","趙明軒":"zhao_mx","韓立平":"new-1","潘悅":"new-17"},
}
import re
from pathlib import Path
HERE = Path(__file__).resolve().parent
rows=["# file\tsurface\tidentity (eval/resolution/world/identities.tsv)"]
for f,m in M.items():
    t=(HERE / "letters" / f).read_text(encoding="utf-8")
    occ=[]
    for s,i in m.items():
        for x in re.finditer(re.escape(s),t): occ.append((x.start(),s,i))
    occ.sort()
    print(f, len(occ), {s:t.count(s) for s in m})
    rows+= [f"{f}\t{s}\t{i}" for _,s,i in occ]
(HERE / "gold.tsv").write_text("\n".join(rows)+"\n",encoding="utf-8")
print(len(rows)-1)
