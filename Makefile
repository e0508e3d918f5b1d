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
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)/python/plugins
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-venv \
                   xvfb xauth curl

export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help system venv test test-unit test-qgis lint format demo emulator zip deploy bench clean

help:
	@echo "make demo      emulator + plugin core: search, estimate, download, index (headless)"
	@echo "make test      install what is missing, then run unit and QGIS test suites"
	@echo "make lint      ruff check and format check"
	@echo "make emulator  run the API emulator on 127.0.0.1 (prints its URL and demo key)"
	@echo "make zip       build $(ZIP) for the QGIS plugin manager"
	@echo "make deploy    install the zip into the QGIS profile '$(PROFILE)'"
	@echo "make bench     run benchmarks and write docs/benchmarks.md"

# QGIS, GDAL and Xvfb from Debian, only when they are missing.
system:
	@if ! $(SYS_PY) -c 'import qgis.core, osgeo.gdal' 2>/dev/null \
	    || ! command -v qgis_process.bin >/dev/null || ! command -v xvfb-run >/dev/null \
	    || ! command -v curl >/dev/null || ! $(SYS_PY) -c 'import ensurepip' 2>/dev/null; then \
	  echo "Installing QGIS and friends from Debian (a few minutes)..."; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	    --no-install-recommends $(DEBIAN_PACKAGES); \
	fi
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)

# The venv sees Debian's PyQGIS and GDAL; a .pth file makes the repository importable as
# the package `clearsky_vision` (as QGIS imports it) and puts the emulator on the path.
venv: system $(STAMP)
$(STAMP): requirements-dev.txt
	@[ -x $(PY) ] || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@mkdir -p build/pkg && ln -sfn "$(CURDIR)" build/pkg/$(PLUGIN)
	@printf '%s\n%s\n' "$(CURDIR)/build/pkg" "$(CURDIR)" > \
	  "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/$(PLUGIN)-dev.pth"
	@touch $@

test: venv
	$(PY) -m pytest tests/unit -p no:pytest_qgis -p no:pytest-qt
	$(PY) -m pytest tests/qgis tests/desktop

test-unit: venv
	$(PY) -m pytest tests/unit -p no:pytest_qgis -p no:pytest-qt

test-qgis: venv
	$(PY) -m pytest tests/qgis tests/desktop

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

demo: venv
	$(PY) scripts/demo.py --output demo-output

emulator: venv
	$(PY) -m emulator --port $${PORT:-8765}

zip: venv
	$(PY) scripts/build_zip.py --output $(ZIP)

deploy: zip
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	rm -rf "$(QGIS_PLUGINS_DIR)/$(PLUGIN)"
	cd "$(QGIS_PLUGINS_DIR)" && $(SYS_PY) -m zipfile -e "$(CURDIR)/$(ZIP)" .
	@echo "Installed into $(QGIS_PLUGINS_DIR)/$(PLUGIN): enable it in Plugins > Manage and Install Plugins."

bench: venv
	$(PY) bench/run.py --report docs/benchmarks.md

clean:
	rm -rf build dist demo-output bench/out .pytest_cache .ruff_cache
