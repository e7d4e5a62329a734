"""The saved outputs of a notebook are what running it gives now: the results pages print what is in `data/results/`,
and the site is built from their saved outputs, so a page not re-run after new results would show the old numbers.
Runs each notebook from nbs/ (cells flagged slow, bench or gpu are left alone and keep their outputs) and compares every
printed line, table and Markdown output with the saved one, as a reader sees it (figures by count only: their bytes
are re-encoded; warnings do not count).

  python .ci/fresh_outputs.py 08_results 08a_ablation           # check (continuous integration)
  python .ci/fresh_outputs.py --write 08_results 08a_ablation   # re-run and save the outputs in place; then
                                                                # python .ci/compact_figures.py && nbdev_clean
"""
import os, re, subprocess, sys
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

SKIPPED = ('slow', 'bench', 'gpu', 'gpu_speed')

def skipped(cell) -> bool:
    "A code cell that the default test run leaves out (its first line flags it slow, bench or gpu)."
    first = cell.source.lstrip().split('\n', 1)[0]
    flags = first[2:].split() if first.startswith('#|') else []
    return bool(flags) and flags[0] in SKIPPED

def _text(value) -> str: return ''.join(value) if isinstance(value, list) else str(value)

def _shown(html: str) -> str:
    "The text a reader sees in an HTML output (tables: one line per row), so that markup a library version changes does not count."
    html = re.sub(r'(?s)<style.*?</style>', '', html)
    rows = re.split(r'(?i)</tr>', html)
    return '\n'.join(' '.join(re.sub(r'<[^>]+>', ' ', r).replace('&nbsp;', ' ').split()) for r in rows).strip()

def comparable(outputs) -> list[dict]:
    """What of `outputs` must match, one dict per output: printed text, errors, and what a display shows (the text of its
    HTML, else its Markdown, else its plain text; figures by count). Warnings on stderr and object addresses do not count."""
    seen = []
    for o in outputs:
        if o['output_type'] == 'stream':
            if o['name'] == 'stdout': seen.append({'stdout': _text(o['text'])})
        elif o['output_type'] == 'error': seen.append({'error': f"{o.get('ename', '')}: {o.get('evalue', '')}"})
        else:
            data = o.get('data', {})
            if any(k.startswith('image/') for k in data): seen.append({'figure': ''})
            elif 'text/html' in data: seen.append({'html': _shown(_text(data['text/html']))})
            elif 'text/markdown' in data: seen.append({'markdown': _text(data['text/markdown'])})
            else: seen.append({'text': re.sub(r' at 0x[0-9a-f]+', '', _text(data.get('text/plain', '')))})
    return seen

def first_difference(saved: list[dict], now: list[dict]) -> str:
    "Where two comparable output lists differ first ('' where they do not)."
    if len(saved) != len(now): return f"{len(saved)} output(s) saved, {len(now)} now"
    for x, y in zip(saved, now):
        if x.keys() != y.keys(): return f"saved {sorted(x)}, now {sorted(y)}"
        for kind in x:
            a, b = x[kind].splitlines(), y[kind].splitlines()
            for i in range(max(len(a), len(b))):
                l1, l2 = (a[i] if i < len(a) else '(end)'), (b[i] if i < len(b) else '(end)')
                if l1 != l2:
                    j = next((k for k, (c1, c2) in enumerate(zip(l1, l2)) if c1 != c2), min(len(l1), len(l2)))
                    at = max(0, j - 30)                                       # from a little before the first change
                    return f"{kind} line {i + 1}: saved {l1[at:j + 50]!r}, now {l2[at:j + 50]!r}"
    return ''

def check(name: str, write: bool = False) -> list[str]:
    "Run notebook `name` (from nbs/); the cells whose outputs differ from the saved ones. With `write`, save the new outputs."
    nb = read_nb(f'{name}.ipynb')
    saved = {i: comparable(c.get('outputs', [])) for i, c in enumerate(nb.cells) if c.cell_type == 'code' and not skipped(c)}
    for i in saved: nb.cells[i].outputs = []
    CaptureShell().run_all(nb, exc_stop=True, preproc=lambda c: c.cell_type == 'code' and skipped(c))
    stale = [f"{name} cell {i} ({(nb.cells[i].source.strip().splitlines() or [''])[-1][:60]!r}): {d}"
             for i, before in saved.items() if (d := first_difference(before, comparable(nb.cells[i].get('outputs', []))))]
    if write: write_nb(nb, f'{name}.ipynb')
    return stale

if __name__ == '__main__':
    args = sys.argv[1:]; write = '--write' in args; names = [a.removesuffix('.ipynb') for a in args if a != '--write']
    if not names: sys.exit(__doc__)
    if len(names) > 1:               # one process per notebook, as nbdev_test runs them: nothing carries over (plot settings)
        codes = [subprocess.run([sys.executable, __file__, *(['--write'] if write else []), n]).returncode for n in names]
        sys.exit(max(codes))
    os.chdir(Path(__file__).resolve().parent.parent / 'nbs')
    stale = check(names[0], write)
    print('\n'.join(stale) or f"{names[0]}: the saved outputs are what running gives now")
    if stale and write: print(f"{len(stale)} cell(s) saved with their new outputs")
    if stale and not write:
        print(f"FAIL: re-run it: python .ci/fresh_outputs.py --write {names[0]}; python .ci/compact_figures.py; nbdev_clean")
    sys.exit(1 if stale and not write else 0)
