# Shortcuts for the two commands of the README (the scripts need no make).
.PHONY: run test bench
run:
	bash scripts/run
test:
	bash scripts/test
bench:
	cargo run --release -p passerelle-cli -- bench
