"""Build the documentation site into _docs/ offline, installing nothing and needing nothing outside this folder.

1. nbdev's processing of the notebooks into _proc/: what `nbdev_proc_nbs` does, without the Quarto install it starts
   when Quarto is missing (a download, `sudo`, and `pip install -e .` into the active environment).
2. `smalldocs render _proc`, which reads _quarto.yml (nbdev's `output-file` keys, which only Quarto reads, are dropped).
3. Formulas rendered to MathML at build time (latex2mathml), so no KaTeX from a CDN, and the theme's web-font import
   dropped (system fonts), so a page opened offline shows everything; notebook names in the text link to their pages.
With Quarto installed, `nbdev_docs` builds the same site. Usage: python .ci/docs.py
"""
import html, json, re, shutil, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
MATH = re.compile(r'<span class="math (inline|display)">\\[(\[](.*?)\\[)\]]</span>', re.S)
KATEX = re.compile(r'<link[^>]*katex[^>]*>|<script[^>]*katex[^>]*></script>')
FONT_IMPORT = re.compile(r'@import url\(https?://[^)]*\);?')
NOTEBOOK_NAME = re.compile(r'(?<!">)<code>(\d\d[a-z]?_\w+|index)</code>')


def process_notebooks():
    "nbdev_proc_nbs without its Quarto check: _quarto.yml and the sidebar refreshed, notebooks processed into _proc/."
    import nbdev.doclinks
    from nbdev.config import get_config
    from nbdev.quarto import nbdev_sidebar, refresh_quarto_yml
    from nbdev.serve import proc_nbs

    cfg = get_config()
    refresh_quarto_yml()
    nbdev.doclinks._build_modidx()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    proc_nbs(cfg.nbs_path)
    for nb_path in (root / '_proc').glob('*.ipynb'):
        nb = json.loads(nb_path.read_text())
        for cell in nb['cells'][:1]:
            cell['source'] = [line for line in cell['source'] if not line.startswith('output-file:')]
        nb_path.write_text(json.dumps(nb))


def offline(site: Path) -> int:
    "Formulas as MathML, no KaTeX or web-font requests; returns how many formulas were rendered."
    from latex2mathml.converter import convert

    n, pages = 0, {p.stem for p in site.glob('*.html')}
    link = lambda m: f'<a href="{m.group(1)}.html"><code>{m.group(1)}</code></a>' if m.group(1) in pages else m.group(0)
    for page in site.rglob('*.html'):
        text = NOTEBOOK_NAME.sub(link, page.read_text())

        def mathml(m):
            nonlocal n
            n += 1
            return convert(html.unescape(m.group(2)), display='block' if m.group(1) == 'display' else 'inline')

        page.write_text(KATEX.sub('', MATH.sub(mathml, text)))
    for css in site.rglob('*.css'):
        text = css.read_text()
        if FONT_IMPORT.search(text):
            css.write_text(FONT_IMPORT.sub('', text))
    return n


if __name__ == '__main__':
    shutil.rmtree(root / '_proc', ignore_errors=True)
    shutil.rmtree(root / '_docs', ignore_errors=True)
    process_notebooks()
    if subprocess.run(['smalldocs', 'render', '--quiet', str(root / '_proc')]).returncode != 0:
        sys.exit('FAIL: smalldocs render')
    (root / '_proc' / '_docs').rename(root / '_docs')
    n = offline(root / '_docs')
    print(f"site: {len(list((root / '_docs').rglob('*.html')))} pages in _docs/, {n} formulas rendered to MathML, offline")
