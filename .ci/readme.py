"""Write README.md from nbs/index.ipynb (offline; no Quarto). `--check` fails if README.md is out of step."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def render(nb_path: Path) -> str:
    """Markdown of a notebook: markdown cells verbatim, code cells fenced with their printed output and the Markdown they
    display (tables); `#| hide` cells left out, `#| echo: false` cells (text generated from the results) as the Markdown
    they display."""
    parts = []
    for cell in json.loads(nb_path.read_text())['cells']:
        src = ''.join(cell['source']).strip()
        if not src or src.startswith('#| hide') or src.startswith('#|hide'): continue
        if cell['cell_type'] == 'markdown': parts.append(src); continue
        if src.startswith('#| echo: false'):
            parts += [''.join(o['data']['text/markdown']).strip() for o in cell.get('outputs', []) if 'text/markdown' in o.get('data', {})]
            continue
        parts.append(f"```python\n{src}\n```")
        for o in cell.get('outputs', []):
            data = o.get('data', {})
            if 'text/markdown' in data: parts.append(''.join(data['text/markdown']).strip()); continue   # a table, as it reads
            text = (''.join(o.get('text', '')) if o.get('output_type') == 'stream' and o.get('name') == 'stdout'
                    else ''.join(data.get('text/plain', ''))).rstrip()            # warnings on stderr left out
            if text: parts.append(f"```\n{text}\n```")
    note = '<!-- Generated from nbs/index.ipynb by `python .ci/readme.py`: edit the notebook, not this file. -->'
    return note + '\n\n' + '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    text, readme = render(root / 'nbs' / 'index.ipynb'), root / 'README.md'
    if '--check' in sys.argv:
        if readme.read_text() != text: sys.exit('README.md is out of step with nbs/index.ipynb: run `python .ci/readme.py`')
        print('README.md is in step with nbs/index.ipynb')
    else: readme.write_text(text)
