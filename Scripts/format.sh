#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's `swift format` (configuration: .swift-format),
# then lints them strictly. `Scripts/format.sh --lint` only lints (what `make test` and CI run).
#
# The lint guards Sources/ and Package.swift: no force unwrap, no force try, no implicitly
# unwrapped optionals, the default rules; a justified exception carries
# `// swift-format-ignore: Rule` and its reason on the next line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ "${1:-}" != "--lint" ]]; then
  swift format format --in-place --parallel --recursive Sources Tests Package.swift
fi
swift format lint --strict --parallel --recursive Sources Package.swift
