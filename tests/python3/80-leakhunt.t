#!/bin/bash
# See tests/python/80-leakhunt.t: the same for python3-debug.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/80-leakhunt.t"
