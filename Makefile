# Two commands do all set-up on a fresh machine with only python3:
#   make demo   render the bundled example offline into ./showcase-demo
#   make test   run the whole suite (no internet: a stand-in GitHub API on 127.0.0.1)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/showcase demo -o showcase-demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# Regenerate the committed JSON Schema after changing showcase/models.py.
schema: $(STAMP)
	$(BIN)/showcase schema > showcase.schema.json

clean:
	rm -rf $(VENV) showcase-demo dist build .pytest_cache
