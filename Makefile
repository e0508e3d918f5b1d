# ClearSKY Vision for QGIS: one Makefile for development, tests, demo and packaging.
# `make test` and `make demo` work on a fresh Debian 12 machine: they install QGIS from
# Debian and the Python test environment when they are missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN   := clearsky_vision
SYS_PY   := /usr/bin/python3
VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VERSION  := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP      := dist/$(PLUGIN)-$(VERSION).zip
PROFILE  ?= default
# QGIS 3 keeps its profiles in .../QGIS/QGIS3, QGIS 4 in .../QGIS/QGIS4: `make deploy` installs
# into every one of the two that exists (QGIS3 when neither does yet), or into QGIS_PLUGINS_DIR.
QGIS_DATA ?= $(HOME)/.local/share/QGIS
QGIS_PLUGINS_DIR ?= $(or $(patsubst %,%/profiles/$(PROFILE)/python/plugins,$(wildcard \
                    $(QGIS_DATA)/QGIS3 $(QGIS_DATA)/QGIS4)),$(QGIS_DATA)/QGIS3/profiles/$(PROFILE)/python/plugins)
# QGIS versions for `make test-matrix` (scripts/matrix/run.sh): 3.40 = Debian 13, 3.44 = sid.
MATRIX   ?= 3.40 3.44
QT6_VENV := build/qt6-venv
QT6_STAMP := $(QT6_VENV)/.installed
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-venv \
                   python3-matplotlib qttools5-dev-tools xvfb xauth curl openssl

export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help system venv test test-unit test-qgis test-matrix lint format demo emulator zip deploy \
        bench clean translations

help:
	@echo "make demo      emulator + plugin core: search, estimate, download, index (headless)"
	@echo "make test      install what is missing, then run unit and QGIS test suites"
	@echo "make test-matrix  unit, QGIS and desktop suites on QGIS $(MATRIX) (Debian root file systems)"
	@echo "make lint      ruff, the Windows portability scan and the Qt6 (QGIS 4) check"
	@echo "make emulator  run the API emulator on 127.0.0.1 (prints its URL and demo key)"
	@echo "make zip       build $(ZIP) for the QGIS plugin manager"
	@echo "make translations  compile i18n/*.ts into the .qm files QGIS loads (Qt's lrelease)"
	@echo "make deploy    install the zip into the QGIS profile '$(PROFILE)'"
	@echo "make bench     run benchmarks and write docs/benchmarks.md"

# QGIS, GDAL and Xvfb from Debian, only when they are missing.
system:
	@if ! $(SYS_PY) -c 'import qgis.core, osgeo.gdal' 2>/dev/null \
	    || ! command -v qgis_process.bin >/dev/null || ! command -v xvfb-run >/dev/null \
	    || ! command -v curl >/dev/null || ! command -v openssl >/dev/null \
	    || ! $(SYS_PY) -c 'import ensurepip' 2>/dev/null; then \
	  echo "Installing QGIS and friends from Debian (a few minutes)..."; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends $(DEBIAN_PACKAGES); \
	fi
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)

# The venv sees Debian's PyQGIS and GDAL; a .pth file makes the repository importable as
# the package `clearsky_vision` (as QGIS imports it) and puts the emulator on the path.
venv: system $(STAMP)
$(STAMP): requirements-dev.txt requirements-test.txt
	@[ -x $(PY) ] || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@mkdir -p build/pkg && ln -sfn "$(CURDIR)" build/pkg/$(PLUGIN)
	@printf '%s\n%s\n' "$(CURDIR)/build/pkg" "$(CURDIR)" > \
	  "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/$(PLUGIN)-dev.pth"
	@touch $@

# The PyQt6 venv too: tests/unit/test_qt6_check.py runs the QGIS 4 check against it.
test: venv $(QT6_STAMP) translations
	$(PY) -m pytest tests/unit -p no:pytest_qgis -p no:pytest-qt
	$(PY) -m pytest tests/qgis tests/desktop

test-unit: venv
	$(PY) -m pytest tests/unit -p no:pytest_qgis -p no:pytest-qt

test-qgis: venv translations
	$(PY) -m pytest tests/qgis tests/desktop

# QGIS 4 and Windows: every Qt name the plugin uses is looked up in PyQt6 (its own venv), and
# the shipped code is scanned for POSIX-only calls. Each check then proves it still bites: its
# bad sample in tests/unit/samples must be refused (exit status 1).
lint: venv $(QT6_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) scripts/portability_check.py
	$(PY) scripts/qt6_check.py --qt6-python $(QT6_VENV)/bin/python
	$(PY) scripts/i18n.py lint
	$(PY) scripts/i18n.py check
	@$(PY) scripts/portability_check.py tests/unit/samples/posix_only.py >/dev/null 2>&1; \
	  [ $$? = 1 ] || { echo "portability_check did not refuse its bad sample"; exit 1; }
	@$(PY) scripts/qt6_check.py --qt6-python $(QT6_VENV)/bin/python \
	  tests/unit/samples/qt5_only.py >/dev/null 2>&1; \
	  [ $$? = 1 ] || { echo "qt6_check did not refuse its bad sample"; exit 1; }
	@echo "lint: ruff, portability, Qt6 and translation checks passed; both checks refuse their bad samples"

$(QT6_STAMP): requirements-qt6.txt
	@[ -x $(QT6_VENV)/bin/python ] || $(SYS_PY) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-qt6.txt
	@touch $@

# The unit and QGIS suites on newer QGIS, each in a Debian root file system made once with
# debootstrap and cached in $${MATRIX_CACHE:-/var/cache/clearsky-matrix} (needs root).
test-matrix:
	$(SUDO) scripts/matrix/run.sh $(MATRIX)

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

demo: venv
	$(PY) scripts/demo.py --output demo-output

emulator: venv
	$(PY) -m emulator --port $${PORT:-8765}

zip: venv translations
	$(PY) scripts/build_zip.py --output $(ZIP)

# German and Danish: i18n/*.ts (python scripts/i18n.py update) compiled by Qt's lrelease, which
# Debian's qttools5-dev-tools provides; installed here when missing.
translations:
	@$(SYS_PY) scripts/i18n.py lrelease >/dev/null || { \
	  echo "Installing Qt's lrelease (qttools5-dev-tools) from Debian..."; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends qttools5-dev-tools; }
	$(SYS_PY) scripts/i18n.py build

deploy: zip
	@for dir in $(QGIS_PLUGINS_DIR); do \
	  mkdir -p "$$dir" && rm -rf "$$dir/$(PLUGIN)" && \
	  (cd "$$dir" && $(SYS_PY) -m zipfile -e "$(CURDIR)/$(ZIP)" .) || exit 1; \
	  echo "Installed into $$dir/$(PLUGIN): enable it in Plugins > Manage and Install Plugins."; \
	done

bench: venv
	$(PY) bench/run.py --report docs/benchmarks.md

clean:
	rm -rf build dist demo-output bench/out .pytest_cache .ruff_cache
