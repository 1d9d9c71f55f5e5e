#!/bin/bash
# Every ELF file of every built binary package is hardened, in the optimized
# and the debug builds alike:
#   - executables are PIE;
#   - full RELRO: a GNU_RELRO segment and BIND_NOW;
#   - no RPATH or RUNPATH;
#   - a non-executable stack (GNU_STACK without E);
#   - every C compilation unit was compiled with -fstack-protector-strong,
#     -fstack-clash-protection and (x86) -fcf-protection (gcc records its
#     switches in DW_AT_producer; the symbols stay in the binaries where
#     rpm has no debuginfo split, as on Debian);
#   - _FORTIFY_SOURCE: no file calls the plain form of a libc function
#     that _FORTIFY_SOURCE always replaces by its checking __*_chk variant
#     (printf, fprintf, vsnprintf, syslog...: measured with gcc 12 and
#     glibc 2.36; memcpy or snprintf stay plain where the object size is
#     unknown, so they prove nothing), and the packages call __*_chk
#     functions at all.
. "$(dirname "$0")/../lib.sh"

rpms=$(find "$TOPDIR/RPMS" "$NODEBUG/RPMS" -name '*.rpm' ! -name 'sandbox-*' 2>/dev/null | sort)
[ -n "$rpms" ] || skip_all "no RPMs built yet (make rpm)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# Unpack each package into its own directory.
for rpm in $rpms; do
    d=$work/$(basename "$rpm" .rpm); mkdir -p "$d"
    (cd "$d" && rpm2cpio "$rpm" | cpio -idm --quiet 2>/dev/null)
done
mapfile -t elfs < <(find "$work" -type f -exec sh -c 'head -c4 "$1" | grep -q "^.ELF" && echo "$1"' sh {} \; | sort)

plan 10
diag "$(echo "$rpms" | wc -l) packages, ${#elfs[@]} ELF files"
ok $([ ${#elfs[@]} -gt ${HARDENING_MIN_ELF:-100} ]; echo $?) "the packages hold ELF files to check (${#elfs[@]})"

arch=$(uname -m)
nopie=() norelro=() nonow=() rpath=() execstack=() nossp=() noclash=() nocf=() nofortify=()
fortified_total=0
# glibc functions that _FORTIFY_SOURCE replaces by __NAME_chk on every call.
always_fortified='^(printf|fprintf|vprintf|vfprintf|vsnprintf|dprintf|vdprintf|syslog|vsyslog)$'
for f in "${elfs[@]}"; do
    rel=${f#$work/}
    hdr=$(LC_ALL=C readelf -lhd "$f" 2>/dev/null)
    type=$(awk '/^ *Type:/ { print $2; exit }' <<< "$hdr")
    interp=$(grep -c 'INTERP' <<< "$hdr" || true)
    if [ "$type" = EXEC ]; then nopie+=("$rel"); fi
    [ "$type" = DYN ] || [ "$type" = EXEC ] || continue   # objects (.o) are not shipped
    grep -q 'GNU_RELRO' <<< "$hdr" || norelro+=("$rel")
    grep -Eq '\((FLAGS|FLAGS_1)\).*\b(BIND_NOW|NOW)\b' <<< "$hdr" || nonow+=("$rel")
    grep -Eq '\((RPATH|RUNPATH)\)' <<< "$hdr" && rpath+=("$rel")
    grep -A1 'GNU_STACK' <<< "$hdr" | grep -Eq 'RWE' && execstack+=("$rel")

    prod=$(LC_ALL=C readelf --debug-dump=info --dwarf-depth=1 "$f" 2>/dev/null | sed -n 's/.*DW_AT_producer.*: \(GNU C.*\)/\1/p')
    if [ -z "$prod" ]; then
        # No compilation unit at all is fine only for a file without code
        # of its own (libpython3.so: the stable ABI's forwarding library).
        # (the C runtime's startup stubs do not count)
        ntext=$(LC_ALL=C nm --defined-only "$f" 2>/dev/null | grep ' [Tt] ' \
                | grep -Evc ' (_init|_fini|_start|deregister_tm_clones|register_tm_clones|__do_global_dtors_aux|frame_dummy)$' || true)
        [ "$ntext" -eq 0 ] || nossp+=("$rel (code without a DWARF producer to check: $ntext functions)")
    else
        grep -qv -- '-fstack-protector-\(strong\|all\)' <<< "$prod" && nossp+=("$rel")
        grep -qv -- '-fstack-clash-protection' <<< "$prod" && noclash+=("$rel")
        case $arch in x86_64|i?86) grep -qv -- '-fcf-protection' <<< "$prod" && nocf+=("$rel") ;; esac
    fi

    undef=$(LC_ALL=C nm -D --undefined-only "$f" 2>/dev/null | awk '{ sub(/@.*/, "", $2); print $2 }')
    nchk=$(grep -c '^__.*_chk$' <<< "$undef" || true)
    plain=$(grep -E "$always_fortified" <<< "$undef" | tr '\n' ' ' || true)
    fortified_total=$((fortified_total + nchk))
    [ -z "$plain" ] || nofortify+=("$rel (calls $plain)")
done

report() {  # report DESCRIPTION LIST...
    local desc=$1; shift
    ok $([ $# -eq 0 ]; echo $?) "$desc"
    [ $# -eq 0 ] || diag "$(printf '%s\n' "$@" | head -20)" "$([ $# -gt 20 ] && echo "... $# in all")"
}
report "every executable is PIE" "${nopie[@]}"
report "every ELF file has a GNU_RELRO segment" "${norelro[@]}"
report "every ELF file is linked with BIND_NOW (full RELRO)" "${nonow[@]}"
report "no ELF file has an RPATH or RUNPATH" "${rpath[@]}"
report "no ELF file asks for an executable stack" "${execstack[@]}"
report "every C unit of every ELF file has -fstack-protector-strong" "${nossp[@]}"
report "every C unit has -fstack-clash-protection$(case $arch in x86_64|i?86) echo ' and -fcf-protection';; esac)" "${noclash[@]}" "${nocf[@]}"
report "no ELF file calls a libc function that _FORTIFY_SOURCE always checks in its plain form" "${nofortify[@]}"
ok $([ "$fortified_total" -gt ${HARDENING_MIN_CHK:-50} ]; echo $?) "the packages call fortified __*_chk functions ($fortified_total imports)"
done_testing
