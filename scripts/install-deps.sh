#!/usr/bin/env bash
# Installs the system packages multigen needs (Debian 12), only if missing.
# LLVM 19 for code generation (plus Polly and zstd for linking it
# statically), and the Boehm-Demers-Weiser collector for the runtime.
set -euo pipefail
packages=(llvm-19-dev libpolly-19-dev libzstd-dev zlib1g-dev libgc-dev python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
