# Two commands a new user needs: `make serve` and `make test`. Each sets up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test bench bench-steps bench-math bench-search lint chromium clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# --dirty: after an edit only the edited note and the generated pages whose content changed (the note
# list, a concept page) are rendered again: at 1000 notes the change shows in about 1 s instead of a 20 s
# full rebuild. Hand-written pages such as tags/ refresh on restart. See README "Performance".
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

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

clean:
	rm -rf site $(VENV)
