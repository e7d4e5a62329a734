"""Fail if a line of the clicv2 package is longer than 120 characters or joins statements with `;`.

One line is left to nbdev: the first line of the `__all__` it generates (nbdev wraps the names at 120 columns before it
writes `__all__ = ` in front of them). The notebooks are the source: wrap the cell, then run nbdev_export.
"""
import io, sys, tokenize
from pathlib import Path

root = Path(__file__).resolve().parent.parent
LIMIT = 120

def problems(path: Path) -> list[str]:
    "One message per line over the limit and per `;` that joins two statements."
    text, out = path.read_text(encoding='utf-8'), []
    for n, line in enumerate(text.splitlines(), 1):
        if len(line) > LIMIT and not line.startswith('__all__ = '):
            out.append(f"{path.name}:{n}: {len(line)} characters (at most {LIMIT})")
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.OP and tok.string == ';':
            out.append(f"{path.name}:{tok.start[0]}: statements joined by ';' (one statement a line)")
    return out

if __name__ == '__main__':
    files = sorted(p for p in (root / 'clicv2').glob('*.py') if p.name != '_modidx.py')
    found = [m for p in files for m in problems(p)]
    if found:
        sys.exit(f"{len(found)} line problems in clicv2/ (fix the notebook cell, then nbdev_export):\n  " + '\n  '.join(found))
    print(f"lines: {len(files)} modules, none over {LIMIT} characters, no statements joined by ';'")
