# tei-pipeline: `make` sets up and converts examples/ into tei/, validates and exports;
# `make test` runs the test suite. Every target works on a fresh clone.

PYTHON  ?= python3
VENV    ?= .venv
BIN      = $(VENV)/bin
TOOL     = $(BIN)/tei-pipeline
SRC     ?= examples
OUT     ?= tei
EXPORT  ?= export
SOURCES := $(sort $(wildcard $(SRC)/*.txt))
TEI     := $(patsubst $(SRC)/%.txt,$(OUT)/%.xml,$(SOURCES))
TEXTS   := $(patsubst $(SRC)/%.txt,$(EXPORT)/text/%.txt,$(SOURCES))

.DELETE_ON_ERROR:
.PHONY: all help setup convert validate export test bench clean

all: convert validate export ## set up, convert SRC into OUT, validate, export

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

setup: $(VENV)/.installed ## create the virtual environment and install the project

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

convert: $(TEI) ## convert every SRC/*.txt into OUT/*.xml (only what changed)

$(OUT)/%.xml: $(SRC)/%.txt $(VENV)/.installed
	@mkdir -p $(@D)
	$(TOOL) convert --quiet $< -o $@

validate: $(TEI) ## validate OUT/*.xml against the project's schema
	$(TOOL) validate $(TEI)

export: $(TEXTS) ## export OUT/*.xml (text) into EXPORT/

$(EXPORT)/text/%.txt: $(OUT)/%.xml $(VENV)/.installed
	@mkdir -p $(@D)
	$(TOOL) export text $< -o $@

test: $(VENV)/.installed ## run the whole test suite
	$(BIN)/python -m pytest -q

clean: ## remove the exports and caches (OUT is committed and kept)
	rm -rf $(EXPORT) .pytest_cache .hypothesis
