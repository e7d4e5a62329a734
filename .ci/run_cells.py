"""Run a notebook's flagged cells where nbdev is not installed (a GPU machine with torch and fastcore): its exported and
hidden cells (definitions and imports) and the cells carrying one of the given flags, in order, from nbs/.
Usage: cd nbs && python ../.ci/run_cells.py gpu 01_patchify 02_entropy 04e_capture 05_train 06_bench

With --cpu the `gpu` cells are rehearsed on the CPU before a GPU is lent, so that a Python error in them does not waste
the GPU's time: the device 'cuda' becomes 'cpu' and the CUDA-only calls (synchronize, sync-debug mode, peak-memory
statistics) do nothing. What it cannot check is the GPU itself (host syncs, kernels, speed)."""
import json, sys, time, traceback
import torch

args = [a for a in sys.argv[1:] if a != '--cpu']
rehearse = len(args) < len(sys.argv) - 1
flags = set(args[0].split(','))

def on_cpu(src: str) -> str:
    "A gpu cell's source made to run on the CPU."
    return src.replace("'cuda'", "'cpu'").replace('.cuda()', '')

if rehearse:
    for name in ('synchronize', 'set_sync_debug_mode', 'reset_peak_memory_stats'):
        setattr(torch.cuda, name, lambda *a, **k: None)

ok = True
for name in args[1:]:
    nb = json.load(open(f'{name}.ipynb')); ns = {'__name__': '__main__'}; t0 = time.time()
    print(f'=== {name}', flush=True)
    for cell in nb['cells']:
        if cell['cell_type'] != 'code': continue
        src = ''.join(cell['source']); first = src.split('\n', 1)[0].replace('#|', '').split()
        if not first or src.lstrip()[:2] != '#|': continue
        tag = first[0]
        if tag in ('export', 'hide') or tag in flags:
            src = '\n'.join(l for l in src.split('\n') if 'nbdev' not in l and not l.lstrip().startswith(('%', '!')))  # no IPython magics
            if rehearse and tag == 'gpu': src = on_cpu(src)
            try: exec(compile(src, f'{name}:{tag}', 'exec'), ns)
            except Exception: traceback.print_exc(); ok = False; print(f'FAILED in {name}'); break
    print(f'--- {name} {time.time() - t0:.1f} s', flush=True)
sys.exit(0 if ok else 1)
