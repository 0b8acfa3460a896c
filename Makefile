# newskg: `make demo` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo lint test bench golden clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --progress-bar off --upgrade pip
	$(BIN)/python -m pip install --progress-bar off -c requirements.lock -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/kg extract examples/ -o out/examples.trig
	$(BIN)/kg query statements-by --data out/examples.trig --param speaker=Bertelli
	$(BIN)/kg report --data out/examples.trig -o out/report.html --title "newskg examples"
	@echo "open out/report.html in a browser: $(CURDIR)/out/report.html"

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/longer.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/scale.py

golden: install
	$(BIN)/python tests/regenerate_golden.py

clean:
	rm -rf $(VENV) out build *.egg-info
