#!/bin/bash
# The extension packages' ELF files are hardened like the interpreters'
# (tests/common/20-hardening.t, run over the extension RPMs): the specs
# build with the interpreter's own flags, which carry that hardening on
# any rpm host (see macros/macros.py3-debug).  4 ELF files: coverage's
# tracer for each of the four interpreters (the --without debug_build
# packages unpack over the same names).  coverage's C code calls no libc
# function that _FORTIFY_SOURCE replaces, so no __*_chk import is expected;
# the check that no plain form of one is called still applies.
EXTTOP=${EXTTOP:-${OUT:-$(cd "$(dirname "$0")/../.." && pwd)/_build}/rpmbuild-ext}
EXTNODEBUG=${EXTNODEBUG:-$(dirname "$EXTTOP")/rpmbuild-ext-nodebug}
TOPDIR=$EXTTOP NODEBUG=$EXTNODEBUG HARDENING_MIN_ELF=3 HARDENING_MIN_CHK=-1 \
    exec "$(dirname "$0")/../common/20-hardening.t"
