# dangjian: two commands reproduce and test everything on a fresh machine.
#   make reproduce   set up .venv, rebuild data/processed, execute the notebooks, write reports/
#   make test        set up .venv, lint, run unit tests, doctests, nbval and the freshness check
# Only Python 3.11+ and make are assumed; every dependency is pinned and comes from PyPI.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help install data notebooks reports reproduce test lab site clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11+ not found: install it or run 'make PYTHON=/path/to/python3.11'"; exit 2; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dangjian needs Python 3.11+, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing the pinned dependencies into $(VENV)/ (once; a few minutes on a fresh machine)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the pinned dependencies (done by every target)

data: $(STAMP) ## Regenerate data/processed/ from data/raw/
	@$(BIN)/python -m dangjian build

notebooks: $(STAMP) ## Execute every notebook in order, storing outputs in place
	@$(BIN)/python -m dangjian.notebooks execute

reports: $(STAMP) ## Write an HTML copy of each notebook and an index under reports/
	@$(BIN)/python -m dangjian.notebooks html --out reports

reproduce: data notebooks reports ## Everything: data, notebooks, HTML reports

test: $(STAMP) ## Lint (ruff), unit tests, doctests, nbval over notebooks/, freshness check
	$(BIN)/ruff check dangjian tests benchmarks
	$(BIN)/python -m pytest --nbval --nbval-current-env tests dangjian notebooks README.md

# The pages go to _site/html/; MyST-NB writes its jupyter_execute/ beside the pages' folder, so inside _site/ too.
site: $(STAMP) ## Build the static website of the executed notebooks into _site/html/
	$(BIN)/python -m sphinx -q -b html -c docs -d _site/doctrees . _site/html
	@echo "open _site/html/index.html"

lab: $(STAMP) ## Open JupyterLab in the project environment
	$(BIN)/jupyter lab notebooks/

clean: ## Remove reports/ and caches (keeps .venv and data)
	rm -rf reports _site jupyter_execute .hypothesis .pytest_cache
