#!/usr/bin/env bash
# The comparison a user would make: backbones no method here trained, read out like every trained model of the studies
# (ridge within each category and transfer across them; pooled stages 1-4, the last stage alone, and every stage 0-4),
# at 128 and 224 px,
# with BatchNorm statistics as the weights hold them and recomputed on the evaluation images (no labels used).
#   bash data/studies/pretrained_features.sh SAVOIAS OUT
# SAVOIAS: a savoias folder (the studies use their 224 px copy: clicv2_copy savoias:shared/savoias SAVOIAS --side 224
# --quality 80); OUT gets one CSV per evaluation and, beside each, the JSON record clicv2_eval writes (its command, data
# fingerprint, machine, seconds). Every evaluation is on the CPU (about 1-2 min each on 2 cores).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bash data/studies/pretrained_features.sh SAVOIAS OUT" >&2; exit 2; }
SAVOIAS=$1; OUT=$2; mkdir -p "$OUT"
run() {  # NAME OPTIONS...: one clicv2_eval into OUT/NAME.csv (skipped when it is there)
  local name=$1; shift
  [ -f "$OUT/$name.csv" ] && { echo "$name: done before"; return; }
  clicv2_eval --data "savoias:$SAVOIAS" --device cpu --out "$OUT/$name.csv" "$@" > /dev/null
  echo "$name: $(python3 -c "import pandas as pd, sys; t = pd.read_csv(sys.argv[1]); print(t[t.category == 'mean'].set_index('protocol').pcc.round(3).to_dict())" "$OUT/$name.csv")"
}
for size in 128 224; do
  for bn in 0 920; do
    tag=$([ "$bn" -gt 0 ] && echo _bn || true)
    run "lite0_imagenet_${size}${tag}" --random-init efficientnet_lite0 --init efficientnet_lite0.imagenet --img-size $size \
        --recompute-bn $bn --protocol ridge transfer
    run "lite0_imagenet_${size}${tag}_last" --random-init efficientnet_lite0 --init efficientnet_lite0.imagenet --img-size $size \
        --recompute-bn $bn --stages 4 --protocol ridge
    run "lite0_imagenet_${size}${tag}_all" --random-init efficientnet_lite0 --init efficientnet_lite0.imagenet --img-size $size \
        --recompute-bn $bn --stages 0 1 2 3 4 --protocol ridge
  done
  run "lite0_random_${size}_bn" --random-init efficientnet_lite0 --img-size $size --recompute-bn 920 --protocol ridge transfer
  run "resnet18_random_${size}_bn" --random-init resnet18 --img-size $size --recompute-bn 920 --protocol ridge transfer
done
