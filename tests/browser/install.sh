#!/bin/sh
# Installs what the browser checks (tests/integration/browser.rs) need, and only
# what is missing, so a second run takes under a second. CI (.ci/run) calls it
# before `cargo test`; on Debian 12 or later, as root or with sudo.
#
#   apt   chromium (Debian's: a browser a package downloads itself cannot be
#         fetched here), poppler-utils (pdfinfo, pdftotext, pdffonts: the
#         independent PDF reader) and the two font families the reports print in
#   npm   lforms (LHC-Forms) and playwright-core, pinned by package-lock.json
#   pip   fhir.resources, pinned, into tests/browser/.venv
#
# Usage: sh tests/browser/install.sh     (from any folder)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
t0=$(date +%s)

# --- apt: only when a package is missing -----------------------------------
APT_PKGS="chromium poppler-utils fonts-liberation fonts-dejavu-core"
missing=
for p in $APT_PKGS; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
      echo "install.sh: missing$missing; install them as root (apt-get install$missing)" >&2
      exit 1
    }
    sudo=sudo
  fi
  echo "install.sh: apt-get install$missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  # No Recommends: they bring systemd, udev, cups helpers that printing headless
  # does not need; the PDFs are the same with or without them.
  $sudo apt-get install -y -q --no-install-recommends $APT_PKGS
fi
t1=$(date +%s)

# --- npm: only when the lock changed -----------------------------------------
# npm ci empties node_modules and installs again every time; a stamp of the lock
# skips it when nothing changed.
stamp=node_modules/.installed-from-lock
want=$(cat package-lock.json package.json .npmrc | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "install.sh: npm ci"
  # .npmrc sets legacy-peer-deps=true: without it npm's resolver spins for many
  # minutes on lforms' Angular peer dependencies. No install script is needed
  # (fhirpath's preinstall only builds a demo), and playwright-core never
  # downloads a browser: it drives Debian's /usr/bin/chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
t2=$(date +%s)

# --- pip: only when the pinned version is not there ----------------------------
FHIR_RESOURCES=8.3.0
venv=$here/.venv
if ! "$venv/bin/python" -c "import sys, importlib.metadata as m; sys.exit(m.version('fhir.resources') != '$FHIR_RESOURCES')" 2>/dev/null; then
  echo "install.sh: pip install fhir.resources==$FHIR_RESOURCES"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "fhir.resources==$FHIR_RESOURCES"
fi
t3=$(date +%s)

test -f node_modules/lforms/dist/lforms/webcomponent/main.js
test -f node_modules/lforms/dist/lforms/fhir/R4/lformsFHIR.min.js
/usr/bin/chromium --version 2>/dev/null
echo "poppler $(pdfinfo -v 2>&1 | head -1 | sed 's/.* //'), lforms $(node -p "require('./node_modules/lforms/package.json').version"), playwright-core $(node -p "require('./node_modules/playwright-core/package.json').version"), fhir.resources $("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('fhir.resources'))")"
echo "install.sh: apt $((t1 - t0)) s, npm $((t2 - t1)) s, pip $((t3 - t2)) s"
