# Shared by scripts/run and scripts/test: idempotent installation of what Passerelle needs on
# Debian 12, and the UI build. Each step checks first and does nothing when already satisfied.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

# Needed to build and run the app.
RUN_PACKAGES=(build-essential pkg-config file libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev
  libayatana-appindicator3-dev libssl-dev libxdo-dev libdbus-1-dev fonts-dejavu-core
  fonts-noto-core)
# Needed only by the tests.
TEST_PACKAGES=(xvfb xauth x11-utils webkit2gtk-driver dbus gnome-keyring poppler-utils age zbar-tools)
TAURI_DRIVER_VERSION=2.1.0

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please run as root or install sudo: $*" >&2; return 1; fi
}

ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again." >&2
    exit 1
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
}

# wasm-bindgen-cli must be exactly the version in Cargo.lock, or the generated glue breaks.
locked_version() {
  awk -v n="$1" '$0=="name = \""n"\"" {getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want have
  want="$(locked_version wasm-bindgen)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    step "Installing wasm-bindgen-cli $want (a few minutes, once)"
    # Not --locked: one of its locked dependencies is missing from the registry mirror.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_tauri_driver() {
  if ! tauri-driver --help 2>/dev/null | grep -q -- '--native-port' \
     || [ "$(cat "$HOME/.cargo/.passerelle-tauri-driver" 2>/dev/null)" != "$TAURI_DRIVER_VERSION" ]; then
    if ! cargo install --list | grep -q "^tauri-driver v$TAURI_DRIVER_VERSION:"; then
      step "Installing tauri-driver $TAURI_DRIVER_VERSION (once)"
      cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --force
    fi
    echo "$TAURI_DRIVER_VERSION" > "$HOME/.cargo/.passerelle-tauri-driver"
  fi
}

ensure_axe() {
  if ! command -v npm >/dev/null; then ensure_packages nodejs npm; fi
  local lock="$ROOT/tests/e2e/package-lock.json" stamp="$ROOT/tests/e2e/node_modules/.passerelle-stamp"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    step "Installing axe-core (pinned in tests/e2e/package-lock.json)"
    (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --ignore-scripts)
    touch "$stamp"
  fi
}

# pdf.js for the document viewer, pinned in ui/viewer/package-lock.json (optional packages, which
# only serve Node, are left out). Copied into ui/dist/viewer by build_ui: nothing is fetched at run time.
ensure_pdfjs() {
  if ! command -v npm >/dev/null; then ensure_packages nodejs npm; fi
  local lock="$ROOT/ui/viewer/package-lock.json" stamp="$ROOT/ui/viewer/node_modules/.passerelle-stamp"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
    step "Installing pdf.js (pinned in ui/viewer/package-lock.json)"
    (cd "$ROOT/ui/viewer" && npm ci --no-audit --no-fund --ignore-scripts --omit=optional)
    touch "$stamp"
  fi
}

# Builds the Leptos UI to ui/dist: wasm (release profile tuned for size), wasm-bindgen glue,
# and the static files. The shell embeds ui/dist at compile time.
build_ui() {
  step "Building the UI (wasm)"
  cargo build -p passerelle-ui --target wasm32-unknown-unknown --profile wasm-release
  local dist="$ROOT/ui/dist"
  mkdir -p "$dist/style"
  wasm-bindgen --target web --no-typescript --out-dir "$dist" \
    "$TARGET_DIR/wasm32-unknown-unknown/wasm-release/passerelle-ui.wasm"
  cp "$ROOT/ui/index.html" "$ROOT/ui/boot.js" "$dist/"
  cp "$ROOT/ui/style/"*.css "$dist/style/"
  cp "$ROOT/icons/icon.svg" "$dist/icon.svg"
  # The viewer's pdf.js: the legacy build (it also runs on older WebKitGTK), its worker, the
  # standard fonts, character maps, decoders (wasm) and colour profile it may need.
  ensure_pdfjs
  local pdfjs="$ROOT/ui/viewer/node_modules/pdfjs-dist"
  local staged="$dist/.viewer.$$"
  rm -rf "$staged"
  mkdir -p "$staged"
  cp "$pdfjs/legacy/build/pdf.min.mjs" "$pdfjs/legacy/build/pdf.worker.min.mjs" "$pdfjs/LICENSE" \
    "$staged/"
  cp -r "$pdfjs/standard_fonts" "$pdfjs/cmaps" "$pdfjs/wasm" "$pdfjs/iccs" "$staged/"
  rm -f "$staged/wasm/openjpeg_nowasm_fallback.js"
  rm -rf "$dist/viewer"
  mv "$staged" "$dist/viewer"
}
