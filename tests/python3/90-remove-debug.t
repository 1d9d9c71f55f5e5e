#!/bin/bash
# See tests/python/90-remove-debug.t: the same for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/90-remove-debug.t"
