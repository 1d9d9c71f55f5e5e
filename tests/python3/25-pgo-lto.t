#!/bin/bash
# See tests/python/25-pgo-lto.t: the same checks for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/25-pgo-lto.t"
