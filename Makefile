# Two commands a new user needs: `make serve` and `make test`. Each sets up .venv first.
# Python 3.11: `python3.11` where the system's python3 is another version (README, first install).
PYTHON ?= $(shell command -v python3.11 2>/dev/null || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
# `make serve PORT=8001` when another program has port 8000
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench bench-steps bench-math bench-search lighthouse lint chromium clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# --dirty: after an edit only the pages whose HTML changes are rendered again (the note, its neighbours, the
# lists and concept pages that show it; hooks/serve.py): at 1000 notes the change shows in 2-3 s
# instead of a 25 s full rebuild, and every page is what a fresh build makes. See README "Performance".
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --livereload --dirty

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# Browser tests need Debian's Chromium, and a Korean font so screenshots show Hangul, not boxes.
chromium:
	@if [ ! -x $(CHROMIUM) ] || ! fc-list :lang=ko 2>/dev/null | grep -q .; then \
		echo "installing Debian's chromium and fonts-noto-cjk for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

test: $(STAMP) chromium
	$(BIN)/ruff check hooks tests
	$(BIN)/python -m pytest

# A script, not a test: several minutes. `make bench BENCH_ARGS="--sizes 200 1000 --no-serve"`; see --help.
bench: $(STAMP)
	$(BIN)/python tests/bench/bench.py $(BENCH_ARGS)

bench-steps: $(STAMP)
	$(BIN)/python tests/bench/bench_steps.py 1000

bench-math: $(STAMP)
	$(BIN)/python tests/bench/bench_math.py 1000

# Search as a new reader meets it, against plain Material: 1000 and 5000 notes, headless Chromium (~15 min).
bench-search: $(STAMP) chromium
	$(BIN)/python tests/bench/bench_search.py $(BENCH_ARGS)

# Lighthouse (npm's, pinned in tests/bench/lighthouse/) on the home page, a note, a concept page and the map,
# mobile, the site served gzipped under /repo/ as Pages serves it; prints the scores. `--runs 3`: medians.
LIGHTHOUSE_NPM := tests/bench/lighthouse
$(LIGHTHOUSE_NPM)/node_modules/.package-lock.json: $(LIGHTHOUSE_NPM)/package-lock.json
	npm ci --prefix $(LIGHTHOUSE_NPM) --no-audit --no-fund --silent

lighthouse: $(STAMP) chromium $(LIGHTHOUSE_NPM)/node_modules/.package-lock.json
	$(BIN)/python tests/bench/lighthouse.py $(LIGHTHOUSE_ARGS)

clean:
	rm -rf site .cache $(VENV)
