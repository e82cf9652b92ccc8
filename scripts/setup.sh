#!/usr/bin/env bash
# Installs everything the kit needs to build (and, with --test, to test) on a
# fresh Debian machine with rustup, cargo, node and npm. Every step checks first
# and skips what is already there, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned tool versions. WASM_BINDGEN must equal the `wasm-bindgen` in Cargo.lock
# (Cargo.toml pins it with `=`), or the generated glue will not load.
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
# Drives Firefox ESR in the browser tests (tests/offline.rs).
GECKODRIVER_VERSION=0.37.0

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: its lock file pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt comes from npm's binaryen (Debian's is too old: its output throws at
# start-up in Chromium). axe-core, for the accessibility tests, comes the same way.
if ! node -e 'require("./node_modules/binaryen/package.json"); require("./node_modules/axe-core/package.json"); require("./node_modules/scorm-again/package.json")' 2>/dev/null \
   || ! cmp -s package-lock.json node_modules/.package-lock.json.copy; then
  say "installing npm tools (binaryen/wasm-opt, axe-core, scorm-again)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.copy
fi

if [[ $want_test == 1 ]]; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
  # Debian packages for the tests, each wanted for its command:
  # chromium + chromedriver drive the browser tests; Firefox ESR is the browser many
  # schools and councils lock down, and the USB-stick kit is tested in it too
  # (Debian's, kept current by Debian's security updates); unzip reads the SCORM
  # packages with a zip reader other than ours.
  missing=()
  for wanted in chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr unzip:unzip; do
    command -v "${wanted%%:*}" >/dev/null || missing+=("${wanted#*:}")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing ${missing[*]} from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
  if [[ "$(geckodriver --version 2>/dev/null | sed -n 1p || true)" != "geckodriver $GECKODRIVER_VERSION" ]]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes on 2 cores, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi
say "set-up done"
