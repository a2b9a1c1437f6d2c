# One entry point for readers and maintainers. Everything installs into .venv
# from pinned versions (requirements.txt, package-lock.json).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE := site
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := tools
# make test reports the wall time of its parts: each step writes "<part> start|end <time>" here
TIMES := .test-times
mark = @date +"$(1) $(2) %s.%N" >> $(TIMES)

.PHONY: bench-suite times setup extras bench charts serve build examples check update tested terms test test-fast matrix browser clean

# uv installs the pinned packages in 20 s where pip takes 50 s; uv itself is pinned here.
# --compile-bytecode as pip does: the examples run with PYTHONDONTWRITEBYTECODE=1, so without
# .pyc files every example would compile NumPy and Dask again (the suite took 40 % longer).
UV_VERSION := 0.13.8
UV := $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python

# Three layers, each installed once: the site (make serve, make build), the tests, the extras.
$(BIN)/.site: requirements-site.txt
	$(call mark,setup,start)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) -r requirements-site.txt
	touch $@
	$(call mark,setup,end)

$(BIN)/.installed: $(BIN)/.site requirements.txt
	$(call mark,setup,start)
	$(UV) -r requirements.txt
	touch $@
	$(call mark,setup,end)

$(BIN)/.extras: $(BIN)/.installed requirements-extras.txt
	$(call mark,setup,start)
	$(UV) -r requirements-extras.txt
	touch $@
	$(call mark,setup,end)

node_modules/.installed: package.json package-lock.json
	$(call mark,setup,start)
	npm ci --silent --no-audit --no-fund
	touch $@
	$(call mark,setup,end)

setup: $(BIN)/.installed node_modules/.installed ## install Python and npm packages

extras: $(BIN)/.extras ## install the optional extras: NumPy, Dask distributed, matplotlib

browser: ## install Debian's chromium for the browser tests when it is missing (make test does this only under CI=true)
	$(call mark,setup,start)
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }
	$(call mark,setup,end)

serve: $(BIN)/.site ## serve the site on http://localhost:8000 (German at /, English at /en/); installs only the site's packages
	$(BIN)/mkdocs serve -a localhost:8000

build: $(BIN)/.site ## build the site into site/ (strict: any warning fails; SITE_URL=https://… for a deployment)
	$(call mark,build,start)
	$(BIN)/mkdocs build --strict -d $(SITE)  # not --quiet: it hides the warnings that --strict counts
	$(call mark,build,end)

examples: $(BIN)/.installed ## renumber the blocks and write examples/ from the pages
	$(BIN)/python -m docexamples extract

check: $(BIN)/.installed ## fail when examples/ and the pages differ
	$(BIN)/python -m docexamples check

update: $(BIN)/.extras ## rerun the examples and rewrite the outputs on the pages (PAGES=docs/x.de.md for some)
	$(BIN)/python -m docexamples update $(PAGES)

tested: $(BIN)/.extras ## record the interpreters the test matrix finds in docs/assets/tested-with.json (PYTHONS=... to choose)
	$(BIN)/python -m docexamples tested --write

terms: $(BIN)/.installed ## list every rejected term of docs/glossary.yml in the pages' prose
	$(BIN)/python -m docexamples terms

times:
	@: > $(TIMES)

# Under CI=true make test installs Chromium; elsewhere a missing Chromium skips the browser
# tests with the reason and the command to install it.
test: times setup extras $(if $(filter true 1 yes,$(CI)),browser) build ## everything: drift, lint, text, examples under 3 start methods and every installed Python, site, browser (PAGES=docs/x.de.md: one page, this Python, in seconds)
	$(call mark,pytest,start)
	SITE_DIR=$(SITE) TEST_TIMES=$(TIMES) $(BIN)/pytest -n 2 $(if $(PAGES),--pages="$(PAGES)",--pythons=all)
	$(call mark,pytest,end)

test-fast: setup extras build ## the same with this Python only
	SITE_DIR=$(SITE) $(BIN)/pytest -n 2

matrix: setup extras ## only the examples, with every installed CPython 3.9 or newer (PYTHONS=... to choose)
	$(BIN)/pytest -n 2 --pythons=all tests/test_examples.py

bench: setup extras ## measure on this machine (minutes; run nothing else), keep data and charts in docs/assets/bench
	$(BIN)/python -m bench

bench-suite: setup extras ## the examples one by one (every interpreter and method) against the last `make test`'s wall time
	$(BIN)/python -m bench suite

charts: setup extras ## redraw the charts from the kept data in docs/assets/bench
	$(BIN)/python -m bench charts

clean:
	rm -rf $(VENV) node_modules $(SITE) screenshots
