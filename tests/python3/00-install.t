#!/bin/bash
# See tests/python/00-install.t: the same for python3.spec.
SPEC_NAME=python3 exec "$(dirname "$0")/../python/00-install.t"
