# The two commands a newcomer needs: `make run` and `make test` (see README.md).
BUILD_DIR ?= build
DEMO_DB ?= demo/pathway.db
DEMO_KEY = $(DEMO_DB).two-factor-key
PORT ?= 8080

# Where Debian's Node.js is too old, scripts/install-deps puts a newer one here.
export PATH := $(CURDIR)/.tools/node/node_modules/.bin:$(PATH)

.PHONY: run test build deps assets clean bench fuzz

deps:
	@scripts/install-deps

assets: deps
	@scripts/build-assets

build: deps assets
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR)

run: build
	@mkdir -p $(dir $(DEMO_DB))
	@[ -f $(DEMO_DB) ] || $(BUILD_DIR)/pathway demo --db $(DEMO_DB)
	@# The demo's two-factor key, made once beside its database (docs/administrator-guide.md).
	@[ -f $(DEMO_KEY) ] || (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > $(DEMO_KEY))
	PATHWAY_TWO_FACTOR_KEY=$$(cat $(DEMO_KEY)) $(BUILD_DIR)/pathway serve --db $(DEMO_DB) --bind 127.0.0.1 --port $(PORT)

# The tests build what they run themselves (scripts/run-tests): the release program and the
# sanitized unit tests, not the benchmarks.
test: deps assets
	@scripts/run-tests $(BUILD_DIR)

bench: build
	@scripts/run-bench $(BUILD_DIR)

fuzz: deps
	@scripts/run-fuzz

clean:
	rm -rf $(BUILD_DIR) build-sanitize build-fuzz web/dist
