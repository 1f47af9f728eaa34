#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on a loopback port for the tests; "stop" stops it and removes its data.
# Usage: .ci/postgres.sh start|stop   (PGPORT, default 55432; data under $PGROOT, default /tmp/yeonpyo-pg)
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGROOT="${PGROOT:-/tmp/yeonpyo-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    rm -rf "$PGROOT"; mkdir -p "$PGROOT"
    [ "$(id -u)" = 0 ] && chown postgres "$PGROOT"
    as_postgres "$BIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
      -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGROOT" start >/dev/null
    as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create role yeonpyo login password 'yeonpyo'"
    as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database yeonpyo owner yeonpyo"
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl" -D "$PGROOT/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGROOT"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
