# The two set-up commands of README.md: `make` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
MAKEFLAGS += --no-print-directory
ALMANAC := $(BUILD_DIR)/almanac

.PHONY: all deps configure compile site test bench clean

all: site

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null

compile: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

site: compile
	@$(ALMANAC) build -s . -o site

test: compile
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: compile
	@scripts/bench.sh $(ALMANAC)

clean:
	rm -rf $(BUILD_DIR)
