# The two commands a new user needs on Debian 12: `make run` and `make test`.
# Both install what is missing, configure and build first.

CI_RUN := $(filter true 1 yes,$(CI))
# CI builds with warnings as errors (CI=true is set by the CI runner), in a directory of its own: the warning
# setting is part of every compile line, so sharing one directory would rebuild everything on each switch.
BUILD_DIR ?= $(if $(CI_RUN),build-ci,build)
BUILD_TYPE ?= RelWithDebInfo
WERROR := $(if $(CI_RUN),ON,OFF)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Tests side by side, each with a home and a keychain service of its own (scripts/run-tests): twice as many as
# cores, since most tests wait more than they compute (164 tests: 3 min 3 s two at a time, 1 min 56 s four at a
# time on two cores; docs/performance.md#tests). CI keeps one at a time until parallel runs have proven
# themselves there.
TEST_JOBS ?= $(if $(CI_RUN),1,$(shell echo $$(( $(JOBS) * 2 ))))
export TEST_JOBS

# The ASan + UBSan build with the libFuzzer targets: clang 14, its own directory
# (docs/sanitizers-and-fuzzing.md). `make sanitize` runs its tests, `make fuzz` its fuzz targets.
SANITIZE_DIR ?= build-sanitize
FUZZ_SECONDS ?= 300
CI_FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test package format format-check translations clean \
	sanitize-configure sanitize-build sanitize fuzz

all: build

deps:
	./scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DWARNINGS_AS_ERRORS=$(WERROR)

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

# Only what the wizard needs (not the tests, benchmarks or the other programs): the first window sooner.
run: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS) --target systemuser-wizard
	./scripts/run-app $(BUILD_DIR)/bin/systemuser-wizard

# A .deb of the three programs with their desktop entry, icons, man pages and completion (docs/packaging.md).
package: build
	cmake --build $(BUILD_DIR) --target package

# In CI (CI=true) also the sanitizer build: its tests, then every fuzz target for $(CI_FUZZ_SECONDS) s.
# Cheapest first, so that a failure shows early: the normal tests before the sanitizer build.
test: build
	./scripts/run-tests $(BUILD_DIR)
ifneq ($(CI_RUN),)
	$(MAKE) --no-print-directory sanitize
	./scripts/run-fuzzers $(SANITIZE_DIR) $(CI_FUZZ_SECONDS)
endif

# Warnings are the normal (GCC) build's job; clang warns about other things, reported but not fatal here.
sanitize-configure: deps
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DFUZZING=ON -DBUILD_BENCHMARKS=OFF \
		-DWARNINGS_AS_ERRORS=OFF

sanitize-build: sanitize-configure
	cmake --build $(SANITIZE_DIR) --parallel $(JOBS)

sanitize: sanitize-build
	./scripts/run-sanitized-tests $(SANITIZE_DIR)

# FUZZ_SECONDS per target (default 300); e.g. `make fuzz FUZZ_SECONDS=3600`.
fuzz: sanitize-build
	./scripts/run-fuzzers $(SANITIZE_DIR) $(FUZZ_SECONDS)

format: configure
	cmake --build $(BUILD_DIR) --target format

format-check: configure
	cmake --build $(BUILD_DIR) --target format-check

# Re-scan app/, ui/ and core/ for tr() strings and refresh translations/*.ts.
translations: configure
	./scripts/update-translations $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR)
