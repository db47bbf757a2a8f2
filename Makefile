# Set-up is two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench catalogue flags translations dist clean

# setuptools' notice about editable installs is a screenful that reads like a failure.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip

$(VENV)/.installed-run: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e ".[test]"
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-dist: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e ".[dist]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@packaging/linux/qt-runtime-libs.sh
	$(BIN)/exchange-explorer

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

$(VENV)/.installed-bench: pyproject.toml setup.py | $(BIN)/python
	$(PIP_INSTALL) -e ".[test,bench]"
	touch $@ $(VENV)/.installed-run $(VENV)/.installed-test

bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench

# Regenerate resources/catalogue.json from resources/catalogue/sources/, the ccxt metadata first
# re-read from the pinned ccxt package (the build extra installs it).
catalogue: $(VENV)/.installed-test
	$(BIN)/exchange-explorer catalogue build --from-ccxt

# Regenerate the flag atlases resources/flags/atlas-*.bin from the SVGs beside them.
flags: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.flag_atlas

# The one-folder bundle dist/exchange-explorer/ (PyInstaller, packaging/exchange-explorer.spec)
# and, on Linux, dist/exchange-explorer_<version>_<arch>.deb; on macOS the .app and a .dmg.
dist: $(VENV)/.installed-dist
	rm -rf dist/exchange-explorer dist/exchange-explorer_*.deb "dist/Exchange Explorer.app" dist/*.dmg
	$(BIN)/pyinstaller packaging/exchange-explorer.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
ifeq ($(shell uname -s),Linux)
	bash packaging/linux/build-deb.sh dist/exchange-explorer dist
endif
ifeq ($(shell uname -s),Darwin)
	bash packaging/macos/make-dmg.sh "dist/Exchange Explorer.app" dist
endif

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

# Re-extract the UI strings (tr()) and compile the translations shipped in resources/i18n/.
translations: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate $$(grep -rlE 'tr\(|translate\(|QT_TRANSLATE_NOOP' explorer --include='*.py' | sort) -ts resources/i18n/explorer_zh_CN.ts -target-language zh_CN -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/explorer_zh_CN.ts -qm resources/i18n/explorer_zh_CN.qm
