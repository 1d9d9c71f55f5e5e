#!/bin/bash
# See tests/python/60-rpmlint.t: the same check for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/60-rpmlint.t"
