# Adder's build. `make` builds the release compiler and the runtime archive; `make test` runs every
# test. Every target first makes sure the machine has what it needs (`make deps`).

SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
JOBS ?= 2

RELEASE_DIR := .build/release
ADDER := $(RELEASE_DIR)/adder
RT_DIR := .build-rt
RT_LIB := $(RT_DIR)/libadder_rt.a
RT_SRCS := $(wildcard Runtime/src/*.c)
RT_HDRS := $(wildcard Runtime/include/*.h Runtime/src/*.h)
RT_OBJS := $(patsubst Runtime/src/%.c,$(RT_DIR)/%.o,$(RT_SRCS))
RT_CFLAGS := -std=gnu11 -O2 -g -fno-strict-aliasing -fPIC -DGC_THREADS -IRuntime/include -Wall -Wno-unused-parameter -Wno-unused-function

# Debian packages this project needs, as `command-or-file:package`.
DEPS := /usr/bin/llvm-config-19:llvm-19-dev /usr/include/gc.h:libgc-dev /usr/include/x86_64-linux-gnu/gmp.h:libgmp-dev \
        /usr/include/utf8proc.h:libutf8proc-dev /usr/include/pcre2.h:libpcre2-dev /usr/bin/cc:gcc

.PHONY: all deps build runtime test unit-tests program-tests ast-parity ast-parity-sample fuzz fuzz-short \
        fuzz-cache fuzz-cache-short standalone-check bench bench-parse expected demo install clean

all: build

deps:
	@missing=""; for d in $(DEPS); do f=$${d%%:*}; p=$${d##*:}; \
	  [ -e "$$f" ] || missing="$$missing $$p"; done; \
	command -v $(PYTHON) >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps runtime
	$(SWIFT) build -c release --product adder
	cp $(RT_LIB) $(RELEASE_DIR)/libadder_rt.a
	mkdir -p $(RELEASE_DIR)/lib && cp Runtime/lib/*.py $(RELEASE_DIR)/lib/

runtime: deps $(RT_LIB)

$(RT_DIR)/%.o: Runtime/src/%.c $(RT_HDRS)
	@mkdir -p $(RT_DIR)
	cc $(RT_CFLAGS) -c $< -o $@

$(RT_LIB): $(RT_OBJS)
	rm -f $@ && ar rcs $@ $^

test: build unit-tests program-tests standalone-check ast-parity-sample fuzz-short fuzz-cache-short

unit-tests: deps runtime
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers $(JOBS)

# Every program under every engine: interpreter, interpreter in GC stress mode, JIT, native -O0/-O2.
program-tests: build
	$(PYTHON) tools/run_programs.py --adder $(ADDER) --jobs $(JOBS)

ast-parity: build
	$(PYTHON) tools/ast_parity.py --adder $(ADDER)

ast-parity-sample: build
	$(PYTHON) tools/ast_parity.py --adder $(ADDER) --sample 300

fuzz-short: build
	$(PYTHON) tools/fuzz.py --adder $(ADDER) --iterations 3000

fuzz: build
	$(PYTHON) tools/fuzz.py --adder $(ADDER) --iterations 200000

fuzz-cache-short: build
	$(PYTHON) tools/fuzz_cache.py --adder $(ADDER) --iterations 300 --mode plain

fuzz-cache: build
	$(PYTHON) tools/fuzz_cache.py --adder $(ADDER) --iterations 20000

standalone-check: build
	tools/check_standalone.sh $(ADDER)

bench: build
	$(PYTHON) tools/bench.py --adder $(ADDER)

bench-parse: build
	$(PYTHON) tools/bench_parse.py --adder $(ADDER)

expected: deps
	$(PYTHON) tools/make_expected.py

demo: build
	$(ADDER) run examples/demo.py

install: build
	install -d $(PREFIX)/bin
	install -m 755 $(ADDER) $(PREFIX)/bin/adder
	install -m 644 $(RT_LIB) $(PREFIX)/bin/libadder_rt.a
	install -d $(PREFIX)/lib/adder
	install -m 644 Runtime/lib/*.py $(PREFIX)/lib/adder/

clean:
	rm -rf .build $(RT_DIR)
