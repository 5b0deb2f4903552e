"""Write the 32 CAIL2018 fact paragraphs unchanged to docs/cail-NN.txt (UTF-8, no newline added).
Order: cail2018_subset_chuantong_toubiao.jsonl lines 1-4 -> cail-01..04, then
cail2018_subset_bidding_related_other_charges.jsonl lines 1-28 -> cail-05..32."""
import json, os
SRC = '/work/shared/data/cail2018'
HERE = os.path.dirname(os.path.abspath(__file__))
n = 0
for f in ['cail2018_subset_chuantong_toubiao.jsonl', 'cail2018_subset_bidding_related_other_charges.jsonl']:
    for line in open(os.path.join(SRC, f), encoding='utf-8'):
        n += 1
        fact = json.loads(line)['fact']
        with open(os.path.join(HERE, 'docs', f'cail-{n:02d}.txt'), 'w', encoding='utf-8', newline='') as o:
            o.write(fact)
print(n)
