# Two commands do all set-up on a fresh machine with only python3:
#   make demo   render the bundled example offline into ./showcase-demo
#   make test   run the whole suite (no internet: a stand-in GitHub API on 127.0.0.1)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BROWSER := $(VENV)/.browser-tools

.PHONY: demo test lint bench schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/showcase demo -o showcase-demo

# Browser tests need Debian's Chromium (installed here when running as root, as CI does) and
# axe-core from npm (into .venv/axe, no lock file); the CJK résumé PDF needs Debian's Noto CJK
# fonts. Without them those tests skip locally and fail in CI.
$(BROWSER): $(STAMP) Makefile
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: no /usr/bin/chromium and not root: run 'sudo apt-get install chromium' for the browser tests"; fi; \
	fi
	@if [ ! -d /usr/share/fonts/opentype/noto ] && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null \
	  || echo "note: could not install fonts-noto-cjk; the CJK PDF test will skip (fail in CI)"; \
	fi
	@mkdir -p $(VENV)/axe $(VENV)/ghcss
	@npm install --prefix $(VENV)/axe --no-save --no-package-lock --silent axe-core@4 \
	  || echo "note: could not install axe-core from npm; the accessibility tests will skip (fail in CI)"
	@npm install --prefix $(VENV)/ghcss --no-save --no-package-lock --silent github-markdown-css@5 \
	  || echo "note: could not install github-markdown-css from npm; the GitHub view tests will skip (fail in CI)"
	touch $(BROWSER)

test: lint $(BROWSER)
	$(BIN)/python -m pytest

# ruff (rules and settings in pyproject.toml), the formatter's check, and mypy --strict on showcase/.
lint: $(STAMP)
	$(BIN)/ruff check showcase tests tools benchmarks
	$(BIN)/ruff format --check showcase tests tools benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# Regenerate the committed JSON Schema after changing showcase/models.py.
schema: $(STAMP)
	$(BIN)/showcase schema > showcase.schema.json

clean:
	rm -rf $(VENV) showcase-demo dist build .pytest_cache
