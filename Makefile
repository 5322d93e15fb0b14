# The two commands of the README.
.PHONY: demo test format

# Install what is missing, build, and run the main job on a bundled sample.
demo:
	Scripts/demo.sh

# Install what is missing, lint the sources (swift format, .swift-format) and run the whole test suite.
test:
	Scripts/setup.sh
	Scripts/format.sh --lint
	swift build --build-tests
	swift test --skip-build

# Format the tree and lint it.
format:
	Scripts/format.sh
