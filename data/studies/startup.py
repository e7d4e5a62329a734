"""Start-up of `clicv2_score` as ratios to `python -c "import torch"` on the same machine (nbs/06_bench.ipynb,
"Start-up"): appends one row per step to data/results/startup.csv, for this checkout's clicv2 or another's.

    python data/studies/startup.py --image IMAGE --label after
    python data/studies/startup.py --image IMAGE --label before --code-from OLD_CHECKOUT   # git worktree add OLD_CHECKOUT COMMIT
"""
import argparse, datetime, sys
from pathlib import Path

import pandas as pd

from clicv2.bench import startup_seconds

p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
p.add_argument('--image', required=True, help='the image the scoring step scores')
p.add_argument('--label', required=True, help="what the row is, e.g. 'before' or 'after'")
p.add_argument('--code-from', default='', help="a checkout whose clicv2 is timed (its PYTHONPATH); default: the installed one")
p.add_argument('--repeats', type=int, default=5, help='fresh processes per step (the median is kept)')
p.add_argument('--record', default='data/results/startup.csv', help='CSV the rows are appended to')
a = p.parse_args()

rows = startup_seconds(a.image, a.code_from or None, a.repeats)
rows['label'], rows['when'] = a.label, datetime.date.today().isoformat()
rows['command'] = 'python data/studies/startup.py ' + ' '.join(sys.argv[1:])
print(rows[['code', 'step', 'seconds', 'ratio']].to_string(index=False))
record = Path(a.record)
table = pd.concat([pd.read_csv(record), rows], ignore_index=True) if record.is_file() else rows
table.to_csv(record, index=False, float_format='%.3f')
