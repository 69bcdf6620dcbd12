# tei-pipeline: `make` sets up and converts examples/ into tei/, validates and exports;
# `make test` runs the test suite. Every target works on a fresh clone.
#
#   make SRC=some/folder OUT=other/folder -j2    convert a folder, two files at a time
#
# Safe with -j: the virtual environment is one stamp file that every other target waits for
# (order-only, so reinstalling does not make the outputs out of date). Each output is
# written through a temporary file and a rename, and .DELETE_ON_ERROR removes a target whose
# command failed, so an interrupted or failed run never leaves a file make trusts.

PYTHON  ?= python3
VENV    ?= .venv
BIN      = $(VENV)/bin
TOOL     = $(BIN)/tei-pipeline
SRC     ?= examples
OUT     ?= tei
EXPORT  ?= export
STAMP    = $(VENV)/.installed
# The package as it runs: its hot modules compiled by Cython (setup.py), in place and
# incrementally, so that editing one module recompiles that one (pip would compile all of
# them again in a fresh folder), and its bytecode compiled once: make runs one process per
# file, and where Python writes no bytecode itself (PYTHONDONTWRITEBYTECODE, a read-only
# checkout) each of them would compile every module again, a third of its start-up.
BUILT    = $(VENV)/.built
# An output depends on its source and on the code that converts it (not on validate/ and
# export/, which do not change it): a policy change reconverts everything.
CODE    ?= $(sort $(wildcard pipeline/*.py pipeline/markup/*.py pipeline/data/*))
SOURCES := $(sort $(wildcard $(SRC)/*.txt))
NAMES   := $(patsubst $(SRC)/%.txt,%,$(SOURCES))
# The names make can take: it splits them at spaces, and `:`, `;` and `|` are its own syntax;
# and the exports name a document's files by its name with any other punctuation replaced
# (`a(1)` gives `a-1.txt`), a file make would wait for and never see. So a source's name is
# letters, digits, `_`, `.` and `-` (not at either end, which the exports trim); make says
# so of any other at once; a goal that needs no source runs without them. (The recipes
# quote names all the same, for SRC, OUT and EXPORT themselves.)
comma   := ,
hash    := \#
PUNCT   := : ; | ' " ` $$ $(hash) % ( ) [ ] { } < > = & * ? ! ~ ^ @ + \ $(comma)
ODD     := $(filter-out $(SRC)/%.txt,$(SOURCES)) $(addsuffix .txt,$(filter -% %- %.,$(NAMES)) \
             $(foreach n,$(NAMES),$(if $(strip $(foreach c,$(PUNCT),$(findstring $(c),$(n)))),$(n))))
ifneq ($(strip $(ODD)),)
ifneq ($(filter-out help setup test bench fuzz clean,$(or $(MAKECMDGOALS),all)),)
$(error $(SRC): make takes source names of letters, digits, _, . and - (not at either \
end), as the exports name files, and these are not: $(strip $(ODD)); rename them, or \
convert the folder with `tei-pipeline batch $(SRC) -o $(OUT)`, which takes any name)
endif
SOURCES :=
NAMES   :=
endif
TEI     := $(patsubst $(SRC)/%.txt,$(OUT)/%.xml,$(SOURCES))
# Exports: one file (or bag) per document, and one package for the whole folder.
PER_DOC := $(foreach n,$(NAMES),$(EXPORT)/text/$(n).txt $(EXPORT)/html/$(n).html \
             $(EXPORT)/dc/$(n).dc.xml $(EXPORT)/zenodo/$(n).zenodo.json \
             $(EXPORT)/bags/$(n)/bagit.txt)
FOLDER  := $(if $(NAMES),$(EXPORT)/corpus.xml $(EXPORT)/tables/persons.csv \
             $(EXPORT)/saf/item_000/contents)
FUZZ_EXAMPLES ?= 5000
# The steps over the whole folder (validate, corpus, tables, saf) read the outputs' names
# from a list that make writes itself, one a line ($(file ...) runs no command): on a command
# line, an archive's tens of thousands of names would pass the system's limit (ARG_MAX).
# One folder of lists for each OUT, under build/ (make clean removes it).
LISTS    = build/lists$(abspath $(OUT))
empty   :=
space   := $(empty) $(empty)
define newline


endef
# $(call outputs,NAME): write the list LISTS/NAME of every output, and give its path.
outputs  = $(file >$(LISTS)/$(1),$(subst $(space),$(newline),$(TEI)))$(LISTS)/$(1)

.DELETE_ON_ERROR:
# No built-in rules: make would try each of them (for .c, .y, RCS, SCCS...) on every output
# and source before our pattern rules: `make -n validate` over 30,000 documents took 19 s
# with them, 1.1 s without.
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:
.PHONY: all help setup convert validate export test bench fuzz clean

all: convert validate export ## set up, convert SRC into OUT, validate, export

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12
	@echo "variables: SRC=$(SRC) OUT=$(OUT) EXPORT=$(EXPORT) (make SRC=dir OUT=dir -j2)"

setup: $(BUILT) ## create the virtual environment, install the project and compile it

# pip installs the package uncompiled (TEI_PIPELINE_PURE=1), with Cython; $(BUILT) compiles it.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	TEI_PIPELINE_PURE=1 $(BIN)/pip install --quiet -e '.[test,compile]'
	touch $@

$(BUILT): $(STAMP) setup.py $(shell find pipeline -name '*.py')
	$(if $(filter setup.py,$?),rm -rf build)  # new settings or modules: compile all again
	$(BIN)/python setup.py --quiet build_ext --inplace --parallel $$(nproc 2>/dev/null || echo 2)
	$(BIN)/python -m compileall -q pipeline
	touch $@

convert: $(TEI) ## convert every SRC/*.txt into OUT/*.xml (only what changed)

$(OUT)/%.xml: $(SRC)/%.txt $(CODE) | $(BUILT)
	@mkdir -p '$(@D)'
	$(TOOL) convert --quiet --validate '$<' -o '$@'

validate: $(TEI) | $(BUILT) $(LISTS) ## validate OUT/*.xml against the project's schema (one process)
	$(TOOL) validate --files-from '$(call outputs,validate)'

# After $(BUILT), whose recipe may empty build/; `+`: under make -n too, which writes the
# lists when it shows the commands.
$(LISTS): | $(BUILT)
	+@mkdir -p '$@'

export: $(PER_DOC) $(FOLDER) ## export OUT/*.xml to every format, into EXPORT/ (not into OUT)

# A pattern rule with several targets makes them all in one run of its recipe: one process
# reads and validates a document once and writes its four files and its bag (a process for
# each format, each starting Python and compiling the schemas, took over twice as long:
# docs/performance.md). A bag is a folder: its bagit.txt stands for it (the bag is built
# beside and renamed in).
$(EXPORT)/text/%.txt $(EXPORT)/html/%.html $(EXPORT)/dc/%.dc.xml \
$(EXPORT)/zenodo/%.zenodo.json $(EXPORT)/bags/%/bagit.txt: $(OUT)/%.xml | $(BUILT)
	$(TOOL) export text,html,dc,zenodo,bags '$<' -o '$(EXPORT)'

$(EXPORT)/corpus.xml: $(TEI) | $(BUILT) $(LISTS)
	@mkdir -p '$(@D)'
	$(TOOL) export corpus --files-from '$(call outputs,corpus)' -o '$@'

$(EXPORT)/tables/persons.csv: $(TEI) | $(BUILT) $(LISTS)
	$(TOOL) export tables --files-from '$(call outputs,tables)' -o '$(EXPORT)/tables'

$(EXPORT)/saf/item_000/contents: $(TEI) | $(BUILT) $(LISTS)
	$(TOOL) export saf --files-from '$(call outputs,saf)' -o '$(EXPORT)/saf'

test: $(BUILT) ## run the whole test suite
	$(BIN)/python -m pytest -q

bench: $(BUILT) ## run the benchmark (benchmarks/run.py) and print the figures
	$(BIN)/python benchmarks/run.py

fuzz: $(BUILT) ## fuzz convert, validate and the text export (FUZZ_EXAMPLES=5000)
	$(BIN)/python fuzz/run.py --examples $(FUZZ_EXAMPLES)

clean: ## remove the exports and caches (OUT is committed and kept)
	rm -rf $(EXPORT) .pytest_cache .hypothesis build
	find pipeline -name '*.so' -delete
	rm -f $(BUILT)
