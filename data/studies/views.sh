#!/usr/bin/env bash
# The image's view, side by side: the untrained ImageNet starts and the shipped model read out in each view (centre
# square, whole image resized, whole image letterboxed) by the per-category ridge and the transfer protocols.
#   bash data/studies/views.sh SAVOIAS OUT [MODEL NAME]
# SAVOIAS: the original SAVOIAS folder (shared/savoias: the whole images, longest side 512 px; a centre-square copy
# would make every view the same); OUT gets one CSV per evaluation and beside each the JSON record clicv2_eval writes
# (its command, data fingerprint, view, machine, seconds). On the CPU, 1-4 min each on 2 cores.
set -euo pipefail
[ $# -eq 2 ] || [ $# -eq 4 ] || { echo "usage: bash data/studies/views.sh SAVOIAS OUT [MODEL NAME]" >&2; exit 2; }
SAVOIAS=$1; OUT=$2; mkdir -p "$OUT"
# the model: by default the shipped one (data/models/: the clean study's lite2_200 seed 1, trained on photographs
# alone), as lite2_ft_photos, read beside its start untrained at the same side; the cpu_ft_photos files came from the
# Lite0 model shipped before it (git b3be386) and the cpu_ft_with_savoias files from the one before that (git 1fc2eef):
#   bash data/studies/views.sh SAVOIAS OUT MODEL_OF_b3be386 cpu_ft_photos
MODEL=${3:-$(dirname "$0")/../models/clicv2_efficientnet_lite2.safetensors}; NAME=${4:-lite2_ft_photos}
run() {  # NAME OPTIONS...: one clicv2_eval into OUT/NAME.csv (skipped when it is there)
  local name=$1; shift
  [ -f "$OUT/$name.csv" ] && { echo "$name: done before"; return; }
  clicv2_eval --data "savoias:$SAVOIAS" --device cpu --no-progress --protocol ridge transfer transfer_z \
              --out "$OUT/$name.csv" "$@" > /dev/null
  echo "$name: $(python3 -c "import pandas as pd, sys; t = pd.read_csv(sys.argv[1]); print(t[t.category == 'mean'].set_index('protocol').pcc.round(3).to_dict())" "$OUT/$name.csv")"
}
for view in centre whole letterbox; do
  run "lite0_imagenet_224_$view" --random-init efficientnet_lite0 --init efficientnet_lite0.imagenet --img-size 224 --view $view
  run "lite2_imagenet_224_$view" --random-init efficientnet_lite2 --init efficientnet_lite2.imagenet --img-size 224 --view $view
  run "${NAME}_224_$view" --ckpt "$MODEL" --img-size 224 --view $view
done
for view in centre whole letterbox; do
  run "lite2_imagenet_256_$view" --random-init efficientnet_lite2 --init efficientnet_lite2.imagenet --img-size 256 --view $view
  # the shipped Lite2 model near its own side too (measured only: the study reads every row, so the scorer, at 224 px)
  if [ $# -eq 2 ]; then run "${NAME}_256_$view" --ckpt "$MODEL" --img-size 256 --view $view; fi
done
