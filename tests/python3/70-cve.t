#!/bin/bash
# See tests/python/70-cve.t: the same for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/70-cve.t"
