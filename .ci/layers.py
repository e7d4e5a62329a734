"""Fail if a clicv2 module imports one from a later layer; the layers are the table under '### Layers' in nbs/index.ipynb."""
import ast, json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def layers() -> dict:
    "module -> layer number, read from the index notebook's table."
    text = '\n'.join(''.join(c['source']) for c in json.loads((root / 'nbs' / 'index.ipynb').read_text())['cells'])
    table = text.split('### Layers', 1)[1]
    out = {}
    for n, mods in re.findall(r'^\| (\d+) [^|]*\| ([^|]+) \|$', table, flags=re.M):
        for m in re.findall(r'`(\w+)`', mods): out[m] = int(n)
    return out

def imports(path: Path) -> set:
    "Names of the clicv2 modules `path` imports (anywhere in the file)."
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ''
            if node.level == 1: found.add(mod.split('.')[0])
            elif mod.startswith('clicv2.'): found.add(mod.split('.')[1])
            elif mod == 'clicv2': found.update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split('.')[1] for a in node.names if a.name.startswith('clicv2.'))
    return found

if __name__ == '__main__':
    layer, errors = layers(), []
    mods = sorted(p for p in (root / 'clicv2').glob('*.py') if not p.name.startswith('_'))
    for p in mods:
        if p.stem not in layer: errors.append(f"{p.name}: not in the layers table of nbs/index.ipynb"); continue
        for imp in sorted(imports(p)):
            if imp in layer and layer[imp] > layer[p.stem]:
                errors.append(f"{p.name} (layer {layer[p.stem]}) imports {imp} (layer {layer[imp]})")
    if errors: sys.exit('layering broken:\n  ' + '\n  '.join(errors))
    print(f"layers respected: {len(mods)} modules in {len(set(layer.values()))} layers")
