"""Run a notebook's flagged cells where nbdev is not installed (a GPU machine with torch and fastcore): its exported and
hidden cells (definitions and imports) and the cells carrying one of the given flags, in order, from nbs/.
Usage: cd nbs && python ../.ci/run_cells.py gpu 01_patchify 02_entropy 05_train 06_bench"""
import json, sys, time, traceback
flags = set(sys.argv[1].split(','))
ok = True
for name in sys.argv[2:]:
    nb = json.load(open(f'{name}.ipynb')); ns = {'__name__': '__main__'}; t0 = time.time()
    print(f'=== {name}', flush=True)
    for cell in nb['cells']:
        if cell['cell_type'] != 'code': continue
        src = ''.join(cell['source']); first = src.split('\n', 1)[0].replace('#|', '').split()
        if not first or src.lstrip()[:2] != '#|': continue
        tag = first[0]
        if tag in ('export', 'hide') or tag in flags:
            src = '\n'.join(l for l in src.split('\n') if 'nbdev' not in l)
            try: exec(compile(src, f'{name}:{tag}', 'exec'), ns)
            except Exception: traceback.print_exc(); ok = False; print(f'FAILED in {name}'); break
    print(f'--- {name} {time.time() - t0:.1f} s', flush=True)
sys.exit(0 if ok else 1)
