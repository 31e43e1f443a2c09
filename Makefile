# The two set-up commands of README.md: `make` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
MAKEFLAGS += --no-print-directory
# A sanitizer's first report fails the run, with the stack where it happened.
ASAN_OPTIONS := detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1
UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1
ALMANAC := $(BUILD_DIR)/almanac

.PHONY: all deps configure compile site test bench deb test-sanitize fuzz clean

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

# BASELINE=<another almanac> also checks that both give the same output, byte for byte.
bench: compile
	@BASELINE=$(BASELINE) scripts/bench.sh $(ALMANAC)

# almanac_<version>_amd64.deb in $(BUILD_DIR)/packages (packaging/packaging.cmake).
deb: compile
	@cmake --build $(BUILD_DIR) --target almanac_man
	@cd $(BUILD_DIR) && cpack -G DEB -B packages >/dev/null
	@ls $(BUILD_DIR)/packages/almanac_*_amd64.deb

# The whole test suite, site builds included, with AddressSanitizer and UndefinedBehaviorSanitizer.
SANITIZE_DIR ?= build-sanitize
test-sanitize: deps
	@cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALMANAC_SANITIZE=ON >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@cd $(SANITIZE_DIR) && ASAN_OPTIONS=$(ASAN_OPTIONS) UBSAN_OPTIONS=$(UBSAN_OPTIONS) \
	  ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target of tests/fuzz for FUZZ_SECONDS seconds (clang, with the sanitizers).
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz: deps
	@cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DALMANAC_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzzers
	@scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
