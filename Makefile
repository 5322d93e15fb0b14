# The two commands of the README.
.PHONY: demo test format

# Install what is missing, build, and run the main job on a bundled sample.
demo:
	Scripts/demo.sh

# Install what is missing and run the whole test suite.
test:
	Scripts/setup.sh
	swift build --build-tests
	swift test --skip-build

format:
	swift format format --in-place --parallel --recursive Sources Tests Package.swift
