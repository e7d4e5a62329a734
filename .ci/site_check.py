"""Open the built site in headless Chromium: every figure on the results, ablation and scoring pages loads with a non-zero natural
size, no page logs a console error, no formula is left as raw TeX (`\(`, `\[`, `$$` in the text a reader sees), and no
page asks for anything outside the site (it is read offline: formulas are MathML, fonts the system's). The browser's
automatic favicon request is answered empty. Usage: python .ci/site_check.py _docs [CHROMIUM]"""
import functools, http.server, sys, threading
from pathlib import Path
from playwright.sync_api import sync_playwright

FIGURE_PAGES = ('08_results.html', '08a_ablation.html', '07d_score.html')

def main(site: Path, chromium: str) -> int:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob('*.html'))
    missing = [p for p in FIGURE_PAGES if p not in pages]
    if missing: print(f"FAIL: pages not built: {missing}"); return 1
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args): pass
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base, failures, external = f"http://127.0.0.1:{server.server_address[1]}/", [], set()
    def offline(route):
        url = route.request.url
        if url.startswith(base) and not url.endswith('/favicon.ico'): return route.continue_()
        if not url.endswith('/favicon.ico'): external.add(url.split('?')[0])
        route.fulfill(status=200, body='')
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=['--no-sandbox'])
        for name in pages:
            page, errors = browser.new_page(), []
            page.route('**/*', offline)
            page.on('console', lambda m, errors=errors: errors.append(m.text) if m.type == 'error' else None)
            page.on('pageerror', lambda e, errors=errors: errors.append(str(e)))
            page.goto(base + name, wait_until='load')
            imgs = page.eval_on_selector_all('img', 'els => els.map(e => [e.getAttribute("src"), e.complete, e.naturalWidth, e.naturalHeight])')
            bad = [i for i in imgs if not (i[1] and i[2] > 0 and i[3] > 0)]
            # the text a reader sees outside code (a regex in a code cell may hold a backslash-parenthesis)
            text = page.evaluate("() => { const b = document.body.cloneNode(true); "
                                 "b.querySelectorAll('pre, code, script, style').forEach(e => e.remove()); return b.innerText; }")
            raw = [t for t in ('\\(', '\\[', '$$') if t in text]
            if raw: failures.append(f"{name}: formulas left as raw TeX ({', '.join(raw)})")
            if errors: failures.append(f"{name}: console errors: {errors[:3]}")
            if bad: failures.append(f"{name}: {len(bad)} image(s) not loaded: {[b[0][:60] for b in bad[:3]]}")
            if name in FIGURE_PAGES:
                print(f"{name}: {len(imgs)} figures, all loaded" if imgs and not bad else f"{name}: no figure loaded")
                if not imgs: failures.append(f"{name}: no figures")
            page.close()
        browser.close()
    server.shutdown()
    if external: failures.append(f"requests outside the site: {sorted(external)}")
    print(f"site check: {len(pages)} pages opened in Chromium, {len(failures)} problem(s), "
          f"{len(external)} request(s) outside the site")
    for f in failures: print('FAIL:', f)
    return 1 if failures else 0

if __name__ == '__main__':
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else '/usr/bin/chromium'))
