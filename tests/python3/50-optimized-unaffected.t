#!/bin/bash
# See tests/python/50-optimized-unaffected.t: the same comparison for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/50-optimized-unaffected.t"
