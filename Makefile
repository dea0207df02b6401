# The two commands a new user needs on Debian 12: `make run` and `make test`.
# Both install what is missing, configure and build first.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
# CI builds with warnings as errors (CI=true is set by the CI runner).
WERROR := $(if $(filter true 1 yes,$(CI)),ON,OFF)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test format format-check translations clean

all: build

deps:
	./scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DWARNINGS_AS_ERRORS=$(WERROR)

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	./scripts/run-app $(BUILD_DIR)/bin/systemuser-wizard

test: build
	./scripts/run-tests $(BUILD_DIR)

format: configure
	cmake --build $(BUILD_DIR) --target format

format-check: configure
	cmake --build $(BUILD_DIR) --target format-check

# Re-scan app/, ui/ and core/ for tr() strings and refresh translations/*.ts.
translations: configure
	./scripts/update-translations $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
