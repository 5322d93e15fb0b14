# The commands of the README.
.PHONY: demo test format install

# Where `make install` copies the binary: $(PREFIX)/bin/recruitnet.
PREFIX ?= /usr/local

# Install what is missing, build, and run the main job on a bundled sample.
demo:
	Scripts/demo.sh

# Install what is missing, lint the sources (swift format, .swift-format), run the whole Swift test
# suite, then the Python package's tests against the debug binary (Scripts/python-test.sh).
test:
	Scripts/setup.sh
	Scripts/format.sh --lint
	swift build --build-tests
	swift test --skip-build
	Scripts/python-test.sh

# Format the tree and lint it.
format:
	Scripts/format.sh

# Build the release binary and copy it, with the report's template bundle, to $(PREFIX)/bin
# (make install PREFIX=$$HOME/.local).
install:
	Scripts/setup.sh
	swift build -c release --product recruitnet
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/recruitnet "$(DESTDIR)$(PREFIX)/bin/recruitnet"
	rm -rf "$(DESTDIR)$(PREFIX)/bin/RecruitNet_RecruitNetAnalysis.resources"
	cp -R .build/release/RecruitNet_RecruitNetAnalysis.resources "$(DESTDIR)$(PREFIX)/bin/"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/recruitnet"
