"""Re-encode every figure saved in the notebooks as a compact JPEG (at most 900 px wide, quality 65), so notebooks stay
small in git and in the browser. Run after executing notebooks: python .ci/compact_figures.py [NOTEBOOK ...]"""
import base64, io, json, sys
from pathlib import Path
from PIL import Image

def compact(data: bytes, width: int = 900, quality: int = 65) -> bytes:
    "`data` as a JPEG at most `width` wide; a JPEG already within `width` is returned as it is (no loss from re-encoding)."
    im = Image.open(io.BytesIO(data))
    if im.format == 'JPEG' and im.width <= width: return data
    im = im.convert('RGB')
    if im.width > width: im = im.resize((width, round(im.height * width / im.width)), Image.Resampling.LANCZOS)
    buf = io.BytesIO(); im.save(buf, 'JPEG', quality=quality, optimize=True); return buf.getvalue()

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

if __name__ == '__main__':
    main([Path(p) for p in sys.argv[1:]] or sorted(Path('nbs').glob('*.ipynb')))
