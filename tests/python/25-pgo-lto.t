#!/bin/bash
# The optimized stack is built with PGO and LTO, libpython without semantic
# interposition; the debug stack with none of them (%bcond optimizations).
# python3.spec links the optimized executable with libpython's objects
# (%bcond static_interpreter); python.spec links 2.7's with libpython2.7.so
# (2.7's distutils links extension modules to it).
# Read from the installed files: the configure arguments the interpreter
# records, the compiler command lines in libpython's DWARF (gcc records
# them by default), libpython's PLT, the executables' dynamic sections.
. "$(dirname "$0")/../lib.sh"
require_sandbox
name=${SPEC_NAME:-python}
case $name in
    python)  py=/usr/bin/python2.7 pyd=/usr/bin/python2.7-debug static=0
             lib=/usr/lib64/libpython2.7.so.1.0 libd=/usr/lib64/libpython2.7_d.so.1.0
             cfg='import sysconfig; print sysconfig.get_config_var("CONFIG_ARGS")' ;;
    python3) py=/usr/bin/python3.13 pyd=/usr/bin/python3.13d
             lib=/usr/lib64/libpython3.13.so.1.0 libd=/usr/lib64/libpython3.13d.so.1.0
             cfg='import sysconfig; print(sysconfig.get_config_var("CONFIG_ARGS"))' ;;
    *) echo "Bail out! unknown spec $name"; exit 1 ;;
esac
# make test says whether the RPMs were built --without optimizations.
var=OPTIMIZATIONS_$name; want=${!var:-1}
var=STATIC_INTERPRETER_$name; static=${static:-${!var:-1}}
plan 14

# DW_AT_producer strings of a library: one per compilation unit.
producers() { readelf --debug-dump=info "$ROOT$1" 2>/dev/null | sed -n 's/.*DW_AT_producer *:.*: //p'; }
# Calls from a library through its PLT to functions it defines itself.
self_plt() {
    comm -12 <(readelf -rW "$ROOT$1" | awk '/JUMP_SLOT/ { sub(/@.*/, "", $5); print $5 }' | sort -u) \
             <(nm -D --defined-only "$ROOT$1" | awk '{ print $3 }' | sort -u) | wc -l
}

args=$(sb $py -c "$cfg" 2>&1)
argsd=$(sb $pyd -c "$cfg" 2>&1)
if [ "$want" = 1 ]; then
    like "$args" "'--enable-optimizations'.*'--with-lto'" "$py was configured --enable-optimizations --with-lto"
else
    unlike "$args" "--enable-optimizations|--with-lto" "$py was configured without PGO and LTO (--without optimizations)"
fi
unlike "$argsd" "--enable-optimizations|--with-lto" "$pyd was configured without PGO and LTO"

p=$(producers $lib); pd=$(producers $libd)
if [ -z "$p" ] || [ -z "$pd" ]; then
    # Where rpm splits the symbols into -debuginfo packages (Fedora), the
    # libraries carry no DWARF.
    for i in 1 2 3 4; do skip "no DWARF in $lib or $libd (stripped)"; done
else
    units=$(grep -c '^GNU C' <<< "$p"); gimple=$(grep -c '^GNU GIMPLE' <<< "$p")
    pgo=$(grep '^GNU C' <<< "$p" | grep -c -- '-fprofile-use')
    nosi=$(grep '^GNU C' <<< "$p" | grep -c -- '-fno-semantic-interposition')
    diag "$lib: $units C units, $pgo compiled with -fprofile-use, $nosi with -fno-semantic-interposition, $gimple LTO unit(s)"
    if [ "$want" = 1 ]; then
        ok $([ "$units" -gt 50 ] && [ "$pgo" -eq "$units" ]; echo $?) "every C unit of $lib was compiled with the profile ($pgo of $units)"
        # -flto-partition=none: the whole library is one link-time unit.
        is "$gimple" 1 "$lib was link-time optimized as one unit"
        is "$nosi" "$units" "every C unit of $lib was compiled with -fno-semantic-interposition"
    else
        is "$pgo $gimple" "0 0" "$lib: no PGO, no LTO"
        skip "--without optimizations"; skip "--without optimizations"
    fi
    dpgo=$(grep -c -- '-fprofile-\|-flto\|^GNU GIMPLE' <<< "$pd")
    is "$dpgo" 0 "$libd: no unit compiled with a profile or for LTO"
fi

# The PLT: -fno-semantic-interposition makes libpython's calls to its own
# functions direct (a handful stay: functions whose address is taken in a
# way gcc does not see through).  Without it there are hundreds.
n=$(self_plt $lib); nd=$(self_plt $libd)
diag "calls through the PLT to functions the library defines: $lib $n, $libd $nd"
if [ "$want" = 1 ]; then
    ok $([ "$n" -le 20 ]; echo $?) "$lib calls its own functions directly ($n through the PLT, at most 20)"
else
    skip "--without optimizations"
fi
ok $([ "$nd" -ge 200 ]; echo $?) "$libd, built without it, calls its own functions through the PLT ($nd, at least 200)"

# The optimized executable and libpython.
needed() { readelf -dW "$ROOT$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
# Calls to __tls_get_addr in a file's code: a thread-local variable reached
# the shared-library way (the linker rewrites them in an executable).
tls_calls() { objdump -d --no-show-raw-insn "$ROOT$1" | grep -c 'call.*<__tls_get_addr'; }
# The C API's functions a file exports.
c_api() { nm -D --defined-only "$ROOT$1" | awk '$2 == "T" && $3 ~ /^_?Py/ { print $3 }' | sort -u; }
soname=${lib##*/}
if [ "$static" = 1 ]; then
    unlike "$(needed $py)" "libpython" "$py is linked with libpython's objects, not with $soname"
    t=$(tls_calls $py); tl=$(tls_calls $lib)
    ok $([ "$t" -eq 0 ] && [ "$tl" -ge 100 ]; echo $?) "$py reaches its thread-local variables directly (calls to __tls_get_addr: $t; in $soname: $tl)"
    api=$(c_api $lib | wc -l); missing=$(comm -13 <(c_api $py) <(c_api $lib) | wc -l)
    ok $([ "$api" -ge 1000 ] && [ "$missing" -eq 0 ]; echo $?) "$py exports the C API for extension modules: all $api functions $soname exports ($missing missing)"
    is "$(sb_rpm -qf --qf '%{NAME}\n' $lib 2>&1)" "${name}-libs" "$soname is still shipped (${name}-libs), for programs that embed Python"
    # gdb loads the hooks installed for the executable itself.
    out=$(sb gdb -nx -batch -ex 'set debuginfod enabled off' -ex "file $py" -ex 'info auto-load python-scripts' 2>&1)
    like "$out" "Yes +/usr/lib/debug$py-gdb.py" "gdb auto-loads /usr/lib/debug$py-gdb.py for $py"
else
    like "$(needed $py)" "${soname//./\\.}" "$py is linked with $soname"
    for i in 1 2 3 4; do skip "$py is linked with $soname"; done
fi

# Both interpreters still run.
out=$(sb $py -c 'print(sum(i * i for i in range(1000)))' 2>&1)
is "$out" 332833500 "$py runs"
done_testing
