#!/usr/bin/env bash
# Runs the unit and QGIS test suites on other QGIS versions, each inside a Debian root file
# system made with debootstrap from Debian's own packages (no containers, no other registry).
#
#   scripts/matrix/run.sh 3.40 3.44       (what `make test-matrix` calls)
#
# QGIS 3.40 LTR comes from Debian 13 (trixie), QGIS 3.44 from Debian unstable (sid). The root
# file systems live in $MATRIX_CACHE/<codename> (default /var/cache/clearsky-matrix), outside the
# clone, and are reused: a stamp records what was installed, so a second run skips debootstrap,
# apt and pip. Each has its own venv (/opt/clearsky/venv inside) that sees Debian's PyQGIS, GDAL
# and numpy. The repository is bind-mounted at the same path inside, so tests run on the working
# tree as it is. Needs root (debootstrap, chroot, mount).
#
# Environment: MATRIX_CACHE (root file systems), MATRIX_MIRROR (a Debian mirror; default: the
# host's first apt source), MATRIX_SUITES (default "unit qgis desktop", as `make test`: tests/unit,
# tests/qgis, tests/desktop), MATRIX_PYTEST_ARGS (extra pytest arguments, e.g. "-x -q").
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
CACHE="${MATRIX_CACHE:-/var/cache/clearsky-matrix}"
SUITES="${MATRIX_SUITES:-unit qgis desktop}"
# Bump when the way a root file system is made changes: every cached one is then redone.
LAYOUT=1
PACKAGES="qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-venv python3-numpy
  python3-matplotlib xvfb xauth openssl ca-certificates locales-all curl"
INSIDE_VENV=/opt/clearsky/venv
INSIDE_PKG=/opt/clearsky/pkg
INSIDE_QT6_VENV=/opt/clearsky/qt6-venv

log() { printf '[matrix %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

codename_of() {
  case "$1" in
    3.40 | trixie) echo trixie ;;
    3.44 | sid | unstable) echo sid ;;
    *) die "unknown QGIS version '$1' (known: 3.40 = Debian 13 trixie, 3.44 = Debian sid)" ;;
  esac
}

host_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri="$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/debian.sources | head -n1 | cut -d' ' -f1)"
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri="$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list)"
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

# The chroot's environment: nothing of the host's PATH (pyenv, .venv), but its proxy,
# certificate and pip settings, so that installs inside behave as they do on the host.
# pip options that name folders of this machine (find-links to /opt/...) are left out: those
# folders are not inside the root file system.
inside_env() {
  local name value
  printf '%s\0' PATH=$INSIDE_VENV/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR=/tmp/runtime-root PYTHONDONTWRITEBYTECODE=1 "CI=${CI:-}"
  while IFS='=' read -r -d '' name value; do
    case "$name" in
      http_proxy | https_proxy | no_proxy | HTTP_PROXY | HTTPS_PROXY | NO_PROXY | SSL_CERT_FILE | \
        SSL_CERT_DIR | REQUESTS_CA_BUNDLE | CURL_CA_BUNDLE | PIP_*)
        [ "$name" = PIP_CONFIG_FILE ] && continue # copied to /etc/pip-host.conf, see in_root
        case "$value" in /opt/* | file:*) [[ "$name" == PIP_* ]] && continue ;; esac
        printf '%s=%s\0' "$name" "$value"
        ;;
    esac
  done < <(env -0)
}

in_root() { # in_root ROOT COMMAND...: runs COMMAND inside ROOT with the clean environment
  local root="$1"
  shift
  local -a envs=()
  mapfile -d '' envs < <(inside_env)
  if [ -f "$root/etc/pip-host.conf" ]; then envs+=(PIP_CONFIG_FILE=/etc/pip-host.conf); fi
  env -i "${envs[@]}" chroot "$root" "$@"
}

copy_host_config() { # the host's CA bundle and pip configuration, refreshed on every run
  local root="$1" conf target
  install -d "$root/etc/ssl/certs"
  rm -f "$root/etc/pip-host.conf"
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  fi
  # Each pip configuration file goes to the same place inside (HOME is /root there), less the
  # options that point at folders of this machine (they do not exist inside).
  for conf in /etc/pip.conf "${XDG_CONFIG_HOME:-$HOME/.config}/pip/pip.conf" "$HOME/.pip/pip.conf"; do
    case "$conf" in
      /etc/*) target="$root$conf" ;;
      "${XDG_CONFIG_HOME:-$HOME/.config}"/*) target="$root/root/.config/pip/pip.conf" ;;
      *) target="$root/root/.pip/pip.conf" ;;
    esac
    rm -f "$target"
    [ -f "$conf" ] || continue
    install -d "$(dirname "$target")"
    grep -Ev '^[[:space:]]*(find-links|extra-index-url|index-url)[[:space:]]*=[[:space:]]*(file:|/)' \
      "$conf" >"$target" || true
  done
  if [ -n "${PIP_CONFIG_FILE:-}" ] && [ -f "$PIP_CONFIG_FILE" ]; then
    grep -Ev '^[[:space:]]*(find-links|extra-index-url|index-url)[[:space:]]*=[[:space:]]*(file:|/)' \
      "$PIP_CONFIG_FILE" >"$root/etc/pip-host.conf" || true
  fi
}

MOUNTS=()
mount_at() { # mount_at TARGET MOUNT-ARGS...: mounts and records TARGET for unmount_all
  local target="$1"
  shift
  mount "$@" "$target"
  MOUNTS+=("$target")
}

mount_into() { # mount_into ROOT: /proc, /dev, /sys and the repository
  local root="$1" target
  for target in proc dev sys; do install -d "$root/$target"; done
  mount_at "$root/proc" -t proc proc
  mount_at "$root/dev" --bind /dev
  if mountpoint -q /dev/pts; then mount_at "$root/dev/pts" --bind /dev/pts; fi
  if mountpoint -q /dev/shm; then mount_at "$root/dev/shm" --bind /dev/shm; fi
  mount_at "$root/sys" --bind /sys
  install -d "$root$REPO"
  mount_at "$root$REPO" --bind "$REPO"
  # pytest-qgis keeps its QGIS profile in <repo>/.qgis-settings: give each QGIS version its own,
  # so a newer QGIS never upgrades the profile the host's 3.22 uses.
  install -d "$REPO/.qgis-settings" "$root/var/lib/clearsky/qgis-settings"
  mount_at "$root$REPO/.qgis-settings" --bind "$root/var/lib/clearsky/qgis-settings"
  # The Qt6 check's venv: the host's build/qt6-venv runs the host's Python only.
  install -d "$REPO/build/qt6-venv" "$root$INSIDE_QT6_VENV"
  mount_at "$root$REPO/build/qt6-venv" --bind "$root$INSIDE_QT6_VENV"
}

unmount_all() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null ||
      log "warning: could not unmount ${MOUNTS[i]}"
  done
  MOUNTS=()
}

ensure_host_tools() {
  command -v debootstrap >/dev/null && return 0
  log "installing debootstrap from Debian"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null
}

# The root file system with QGIS installed: made once, then reused while its stamp matches.
prepare_root() {
  local codename="$1" root="$2" mirror stamp want
  mirror="${MATRIX_MIRROR:-$(host_mirror)}"
  stamp="$root/.clearsky-system"
  want="layout=$LAYOUT codename=$codename packages=$(echo $PACKAGES)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "$codename: root file system cached in $root"
    return 0
  fi
  if [ ! -f "$root/.clearsky-debootstrap" ]; then
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
      die "something is still mounted under $root; unmount it first"
    fi
    rm -rf "$root"
    install -d "$root"
    log "$codename: debootstrap from $mirror (about 2 minutes)"
    debootstrap --variant=minbase --include=ca-certificates "$codename" "$root" "$mirror" \
      >"$root.debootstrap.log" 2>&1 || {
      tail -n 20 "$root.debootstrap.log" >&2
      die "debootstrap of $codename failed (log: $root.debootstrap.log)"
    }
    touch "$root/.clearsky-debootstrap"
  fi
  if [ "$codename" = sid ]; then
    # The mirror's Release file for unstable may have passed its Valid-Until date; allowed
    # for this suite only.
    echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99clearsky-valid-until"
  fi
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # start no services inside
  chmod 755 "$root/usr/sbin/policy-rc.d"
  copy_host_config "$root"
  log "$codename: installing QGIS from Debian inside (a few minutes)"
  # shellcheck disable=SC2086
  if ! { in_root "$root" apt-get update -q &&
    in_root "$root" apt-get install -y -q --no-install-recommends $PACKAGES &&
    in_root "$root" apt-get clean; } >"$root.apt.log" 2>&1; then
    tail -n 30 "$root.apt.log" >&2
    die "installing QGIS in $codename failed (log: $root.apt.log)"
  fi
  echo "$want" >"$stamp"
  rm -f "$root/.clearsky-venv" # a new system: make the venv again
}

# The venv inside: test requirements from PyPI, numpy from Debian (pinned to the system's
# version so pip never replaces it: Debian's GDAL bindings are built against that numpy).
prepare_venv() {
  local codename="$1" root="$2" stamp want
  stamp="$root/.clearsky-venv"
  want="$(cat "$REPO/requirements-test.txt" "$REPO/requirements-qt6.txt" | sha256sum | cut -d' ' -f1)"
  copy_host_config "$root"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$root$INSIDE_VENV/bin/python" ]; then
    log "$codename: venv cached"
  else
    log "$codename: making the venv (pip install -r requirements-test.txt)"
    rm -rf "$root$INSIDE_VENV"
    in_root "$root" /usr/bin/python3 -m venv --system-site-packages "$INSIDE_VENV"
    in_root "$root" /bin/sh -c "/usr/bin/python3 -c 'import numpy; print(\"numpy==\" + numpy.__version__)' \
      > /opt/clearsky/constraints.txt"
    in_root "$root" "$INSIDE_VENV/bin/python" -m pip install -q --disable-pip-version-check \
      -r "$REPO/requirements-test.txt" -c /opt/clearsky/constraints.txt
    # The Qt6 check's PyQt6 venv (build/qt6-venv in the repository, made by `make lint` on the
    # host) for this Python: mounted over the host's one while the tests run, see mount_into.
    in_root "$root" /usr/bin/python3 -m venv --clear "$INSIDE_QT6_VENV" # mounted: keep the folder
    in_root "$root" "$INSIDE_QT6_VENV/bin/python" -m pip install -q --disable-pip-version-check \
      -r "$REPO/requirements-qt6.txt"
    touch "$root$INSIDE_QT6_VENV/.installed"
    echo "$want" >"$stamp"
  fi
  # The repository importable as the package clearsky_vision, as QGIS imports it (like `make venv`).
  install -d "$root$INSIDE_PKG"
  ln -sfn "$REPO" "$root$INSIDE_PKG/clearsky_vision"
  in_root "$root" "$INSIDE_VENV/bin/python" -c "
import sysconfig
open(sysconfig.get_paths()['purelib'] + '/clearsky_vision-dev.pth', 'w').write('$INSIDE_PKG\n$REPO\n')"
}

summary() { echo "$*" >>"$SUMMARY_FILE"; }

run_suites() { # one summary line per suite; returns non-zero if any failed
  local version="$1" codename="$2" root="$3" suite start rc failed=0 about
  local -a paths args
  # shellcheck disable=SC2206
  local -a extra=(${MATRIX_PYTEST_ARGS:-})
  in_root "$root" /bin/sh -c 'mkdir -p -m 700 /tmp/runtime-root'
  about="$(in_root "$root" "$INSIDE_VENV/bin/python" -c \
    'from qgis.core import Qgis; import sys, numpy; from osgeo import gdal
print(f"QGIS {Qgis.QGIS_VERSION}, Python {sys.version.split()[0]}, numpy {numpy.__version__}, GDAL {gdal.__version__}")')"
  log "$version ($codename): $about"
  summary "QGIS $version ($codename): $about"
  for suite in $SUITES; do
    case "$suite" in
      unit) paths=(tests/unit) args=(-p no:pytest_qgis -p no:pytest-qt) ;;
      qgis) paths=(tests/qgis) args=() ;;
      desktop) paths=(tests/desktop) args=() ;;
      *) die "unknown suite '$suite' (unit, qgis, desktop)" ;;
    esac
    log "$version: $suite suite"
    start=$(date +%s)
    rc=0
    in_root "$root" /bin/sh -c 'cd "$0" && exec "$@"' "$REPO" "$INSIDE_VENV/bin/python" -m pytest \
      "${paths[@]}" "${args[@]}" -p no:cacheprovider --continue-on-collection-errors \
      "${extra[@]}" || rc=$?
    summary "QGIS $version $suite suite: $([ $rc = 0 ] && echo passed || echo "FAILED (pytest exit $rc)") in $(($(date +%s) - start)) s"
    [ $rc = 0 ] || failed=1
  done
  return $failed
}

# One QGIS version, in a process of its own (so `set -e` holds in every step) and in a
# private mount namespace: whatever happens to it, even kill -9, its mounts die with it and
# never show on the host. The EXIT trap also unmounts them one by one on every exit.
run_version() {
  local version="$1" codename root start
  codename="$(codename_of "$version")"
  root="$CACHE/$codename"
  trap unmount_all EXIT
  trap 'exit 130' INT TERM
  start=$(date +%s)
  prepare_root "$codename" "$root"
  mount_into "$root"
  prepare_venv "$codename" "$root"
  summary "QGIS $version: root file system and venv ready in $(($(date +%s) - start)) s"
  if [ -n "${MATRIX_EXEC:-}" ]; then # scripts/matrix/run.sh --exec VERSION COMMAND...
    in_root "$root" /bin/sh -c 'mkdir -p -m 700 /tmp/runtime-root; cd "$0" && exec "$@"' "$REPO" "${EXEC_ARGS[@]}"
    return
  fi
  run_suites "$version" "$codename" "$root"
}

main() {
  [ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot and mount); run it with sudo"
  [ $# -gt 0 ] || set -- 3.40 3.44
  ensure_host_tools
  install -d "$CACHE"
  local version failed=0 start rc
  start=$(date +%s)
  SUMMARY_FILE="$(mktemp)"
  unset MATRIX_EXEC
  export SUMMARY_FILE
  for version in "$@"; do
    codename_of "$version" >/dev/null
    rc=0
    if command -v unshare >/dev/null; then
      unshare --mount --propagation private bash "$0" --one "$version" || rc=$?
    else
      bash "$0" --one "$version" || rc=$?
    fi
    if [ $rc != 0 ]; then
      failed=1
      grep -q "^QGIS $version .*suite" "$SUMMARY_FILE" ||
        summary "QGIS $version: FAILED before the tests (exit $rc), see above"
    fi
  done
  log "summary:"
  sed 's/^/  /' "$SUMMARY_FILE" >&2
  log "total $(($(date +%s) - start)) s"
  rm -f "$SUMMARY_FILE"
  return $failed
}

if [ "${1:-}" = --one ]; then
  EXEC_ARGS=("${@:3}")
  run_version "$2"
elif [ "${1:-}" = --exec ]; then # a command inside one root file system, e.g. a single test:
  # scripts/matrix/run.sh --exec 3.40 python -m pytest tests/qgis/test_model.py
  [ "$(id -u)" = 0 ] || die "needs root"
  [ $# -ge 3 ] || die "usage: $0 --exec VERSION COMMAND..."
  ensure_host_tools
  exec env SUMMARY_FILE=/dev/null MATRIX_EXEC=1 unshare --mount --propagation private bash "$0" --one "${@:2}"
else
  main "$@"
fi
