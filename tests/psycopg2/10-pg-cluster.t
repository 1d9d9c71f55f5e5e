#!/bin/bash
# tests/pg-cluster, the throw-away PostgreSQL cluster the psycopg2 tests run
# against: a server that answers on its unix socket only, as an unprivileged
# user, removed afterwards (also after a failure or an interrupt), and a
# server that does not start reported with its log's tail.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 14
rm -rf "$ROOT/tmp/t"; mkdir -p "$ROOT/tmp/t"; cp "$TOP/tests/pg-cluster" "$ROOT/tmp/t/"
PGC=/tmp/t/pg-cluster

out=$(sb $PGC run bash -c 'psql -Atc "select current_user, current_database(), inet_server_addr() is null"; echo "host=$PGHOST"; ps -o user= -C postgres | sort -u' 2>&1); rc=$?
is "$rc" 0 "a cluster starts and a command runs against it"
like "$out" "^postgres\|psycopg2_test\|t$" "it answers on the unix socket only (no TCP address), database psycopg2_test"
like "$out" "^host=/tmp/pg-cluster\.[A-Za-z0-9]+$" "PGHOST is the cluster's own socket directory"
like "$out" "^postgres$" "the server runs as the unprivileged user postgres, not root"
unlike "$out" "^root$" "no server process runs as root"
# (Only this cluster's processes: others may run on the machine.)
gone() { sb bash -c "ls -d $1 2>/dev/null; pgrep -a -f 'postgre[s].* -D $1/data'"; }
dir=$(sed -n 's/^host=//p' <<< "$out")
is "$(gone "$dir")" "" "afterwards: no directory, no server process"

out=$(sb $PGC run bash -c 'echo $PGHOST; exit 7' 2>&1); rc=$?
is "$rc" 7 "the command's exit status is the script's"
is "$(gone "$out")" "" "a failing command: cluster stopped and removed"

# An interrupt (SIGINT to the process group, as a terminal sends it).
# (env --default-signal: a job started with & inherits SIGINT ignored.)
sb bash -c "setsid env --default-signal=INT bash -c 'echo \$\$ > /tmp/t/int.pid; exec $PGC run bash -c \"echo \\\$PGHOST > /tmp/t/int.dir; exec sleep 60\"' >/tmp/t/int.log 2>&1 &
    for i in \$(seq 60); do [ -s /tmp/t/int.dir ] && break; sleep 0.5; done
    kill -INT -- -\$(cat /tmp/t/int.pid); for i in \$(seq 60); do kill -0 \$(cat /tmp/t/int.pid) 2>/dev/null || break; sleep 0.5; done"
like "$(cat "$ROOT/tmp/t/int.log")" "pg-cluster: interrupted" "SIGINT: the script says it was interrupted"
dir=$(cat "$ROOT/tmp/t/int.dir" 2>/dev/null)
like "$dir" "^/tmp/pg-cluster\." "(the interrupted cluster had started)"
is "$(gone "$dir")" "" "interrupted: cluster stopped and removed"

out=$(sbenv PGPORT_TEST=99999 -- $PGC run true 2>&1); rc=$?
is "$rc" 2 "a server that does not start: exit 2"
like "$out" "FATAL: .*99999 is outside the valid range" "... the server log's tail is shown"
like "$out" "pg-cluster: error: the PostgreSQL server did not start" "... with a clear error"
done_testing
