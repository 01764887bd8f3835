#!/usr/bin/env bash
# Installs the Debian packages Pressroom's run and test commands need on a fresh machine:
# Chromium (browser and UI tests, driven through playwright-core), ripgrep (code-server's pinned
# @vscode/ripgrep cannot download its binary offline, so the system rg is used), and the headers
# code-server's native modules are compiled against. Does nothing when they are all present.
set -euo pipefail

packages=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "System packages: all present."
  exit 0
fi

echo "System packages: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
