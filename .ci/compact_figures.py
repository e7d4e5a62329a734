"""Re-encode every figure saved in the notebooks as a compact JPEG (at most 560 px wide, quality 45, progressive), so
notebooks stay small in git and in the browser; a JPEG already within the width that is small (under 12 kB) or was
compacted before (progressive) is left as it is, so running this twice loses nothing. Run after executing notebooks: python .ci/compact_figures.py [NOTEBOOK ...]
With --check BYTES it changes nothing and fails if a saved figure is larger than BYTES (continuous integration)."""
import base64, io, json, sys
from pathlib import Path
from PIL import Image

def compact(data: bytes, width: int = 560, quality: int = 45, small: int = 12_000) -> bytes:
    """`data` as a JPEG at most `width` wide; a JPEG already within `width` and under `small` bytes or progressive (made
    here) is returned as it is (no loss from re-encoding), and so is one that re-encoding would not make smaller."""
    im = Image.open(io.BytesIO(data))
    if im.format == 'JPEG' and im.width <= width and (len(data) < small or im.info.get('progressive')): return data
    im = im.convert('RGB')
    if im.width > width: im = im.resize((width, round(im.height * width / im.width)), Image.Resampling.LANCZOS)
    buf = io.BytesIO(); im.save(buf, 'JPEG', quality=quality, optimize=True, progressive=True)
    return buf.getvalue() if len(buf.getvalue()) < len(data) else data

def main(paths):
    for path in paths:
        nb, changed = json.loads(path.read_text()), 0
        for cell in nb['cells']:
            for out in cell.get('outputs', []):
                data = out.get('data', {})
                for kind in ('image/png', 'image/jpeg'):
                    if kind not in data: continue
                    raw = base64.b64decode(''.join(data[kind]) if isinstance(data[kind], list) else data[kind])
                    small = compact(raw)
                    if len(small) < len(raw):
                        del data[kind]; data['image/jpeg'] = base64.b64encode(small).decode(); changed += 1
                    out.get('metadata', {}).pop(kind, None)
        if changed:
            path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n'); print(f"{path}: {changed} figure(s) compacted")

def figures(path):
    "`(cell number, bytes)` of every figure saved in the notebook at `path`."
    for i, cell in enumerate(json.loads(path.read_text())['cells']):
        for out in cell.get('outputs', []):
            for kind, data in out.get('data', {}).items():
                if kind.startswith('image/') and kind != 'image/svg+xml':
                    yield i, len(base64.b64decode(''.join(data) if isinstance(data, list) else data))

def check(paths, limit: int):
    "Exit 1, naming them, if figures are over `limit` bytes."
    big = [(p, i, n) for p in paths for i, n in figures(p) if n > limit]
    for p, i, n in big: print(f"FAIL: {p} cell {i}: a figure of {n:,} bytes (limit {limit:,}: run python .ci/compact_figures.py, or draw it smaller)")
    n_fig = sum(1 for p in paths for _ in figures(p))
    if big: sys.exit(1)
    print(f"{n_fig} figures, each at most {limit:,} bytes")

if __name__ == '__main__':
    args = sys.argv[1:]
    limit = int(args[args.index('--check') + 1]) if '--check' in args else None
    if limit is not None: del args[args.index('--check'):args.index('--check') + 2]
    paths = [Path(p) for p in args] or sorted(Path('nbs').glob('*.ipynb'))
    check(paths, limit) if limit is not None else main(paths)
