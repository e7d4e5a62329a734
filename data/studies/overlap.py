"""Does a training set hold any scored image? Every scored image against every training image, by their pixels.

    python data/studies/overlap.py savoias:SAVOIAS folder:PHOTOS --out data/results/adaptation_cpu/overlap.csv

Each image is read whole, squeezed to 32 x 32 grey levels and standardised; two images are near-duplicates when the
correlation of those pixels is above 0.985. The control, printed first: every scored image against its own copy at
half the size, re-encoded as JPEG at quality 60, which is what a copy in another collection looks like; its lowest
correlation must stay above the threshold (different photographs of a calm horizon reach 0.97). The CSV holds, for
every scored image, its closest training image and their correlation; the last line printed says how many scored
images have a near-duplicate among the training images. A crop of a scored image is not looked for.
"""
import argparse, io, os, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

from clicv2.data import load_sources, read_image, fit_square, ImageReadError
from clicv2.runtime import default_workers

SIDE, NEAR = 32, 0.985


def copied(path) -> bytes:
    "The image at `path` as another collection might hold it: half the size, JPEG at quality 60."
    im = Image.fromarray(read_image(path))
    out = io.BytesIO()
    im.resize((max(1, im.width // 2), max(1, im.height // 2)), Image.Resampling.BILINEAR).save(out, 'JPEG', quality=60)
    return out.getvalue()


def signatures(paths, copies: bool = False) -> np.ndarray:
    """`[n, SIDE * SIDE]` standardised grey thumbnails of the whole images (of their `copied` versions if `copies`; a row
    of zeros for an unreadable file)."""

    def one(p):
        try:
            data = copied(p) if copies else None
            img = fit_square(read_image(p, data=data), SIDE, 'whole')[0].astype(np.float64)
        except ImageReadError:
            return np.zeros(SIDE * SIDE)
        grey = (img @ [0.299, 0.587, 0.114]).ravel()
        return (grey - grey.mean()) / (grey.std() or 1.0)

    with ThreadPoolExecutor(default_workers()) as ex:
        return np.stack(list(ex.map(one, paths)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('scored', help='the scored data spec, e.g. savoias:DIR')
    ap.add_argument('training', nargs='+', help='the training data specs')
    ap.add_argument('--out', required=True, 
                    help='CSV: each scored image, its closest training image, their correlation')
    args = ap.parse_args(argv)
    scored, training = load_sources([args.scored]), load_sources(args.training)
    a, b = signatures(scored.path), signatures(training.path)
    control = (a * signatures(scored.path, copies=True)).sum(1) / (SIDE * SIDE)
    print(f"control: each scored image against its half-size JPEG copy, correlation {control.min():.4f} at the lowest "
          f"(threshold {NEAR})")
    if control.min() <= NEAR:
        print("the signature misses copies of these images: raise SIDE or lower NEAR", file=sys.stderr)
        return 1
    corr = a @ b.T / (SIDE * SIDE)                     # [n_scored, n_training] Pearson correlations
    best = corr.argmax(1)
    table = pd.DataFrame({
        'scored': [os.path.relpath(p) for p in scored.path],
        'category': scored.group,
        'closest_training': [os.path.relpath(p) for p in training.path.iloc[best]],
        'correlation': corr[np.arange(len(best)), best].round(4),
    })
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(args.out, index=False)
    near = table[table.correlation > NEAR]
    print(table.correlation.describe().round(3).to_string())
    print(f"{len(near)} of {len(scored)} scored images have a near-duplicate (correlation > {NEAR}) among the "
          f"{len(training)} training images")
    return 0


if __name__ == '__main__':
    sys.exit(main())
