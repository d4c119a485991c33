#!/bin/sh
# Collect real SmartOS outputs for zonelet's test fixtures into a tarball. Run as root in the global zone.
#
#   capture-samples.sh [-o OUTDIR] [-d DTRACE_DIR] [-i INTERVAL_SECONDS] [--scratch-zone IMAGE_UUID]
#
# --scratch-zone creates, stops and deletes a small throwaway joyent-minimal zone from IMAGE_UUID (which must be
# installed) while `vmadm events -rj` records; it changes the host, so it is off unless asked for.
# Read-only otherwise. Review the tarball before sharing it: it holds zone aliases, IPs and sysinfo.
set -u

out_parent=${TMPDIR:-/var/tmp}
dtrace_dir=$(dirname -- "$0")/../dtrace
interval=10
scratch_image=''

while [ "$#" -gt 0 ]; do
    case "$1" in
    -o) out_parent=$2; shift 2 ;;
    -d) dtrace_dir=$2; shift 2 ;;
    -i) interval=$2; shift 2
        case "$interval" in ""|*[!0-9]*) printf '-i needs whole seconds\n' >&2; exit 2 ;; esac ;;
    --scratch-zone) scratch_image=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) printf 'unknown argument: %s\n' "$1" >&2; exit 2 ;;
    esac
done

stamp=$(date -u '+%Y%m%dT%H%M%SZ')
host=$(hostname)
name="zonelet-samples-$host-$stamp"
dir="$out_parent/$name"
mkdir -p -- "$dir/kstat" "$dir/vmadm" "$dir/zfs" "$dir/dtrace" || exit 1

# run OUTFILE CMD [ARGS...]: stdout to OUTFILE, stderr to OUTFILE.stderr, exit status to OUTFILE.status
run() {
    f=$1; shift
    "$@" >"$f" 2>"$f.stderr"
    printf '%s\n' "$?" >"$f.status"
}

printf '%s\n' "$*" >"$dir/ARGS"
run "$dir/uname.txt" uname -a
run "$dir/sysinfo.json" sysinfo

# kstat -p, one file per selector, as zonelet reads them
for sel in 'zones:::' 'memory_cap:::' 'caps:::' 'zone_vfs:::' 'zone_zfs:::' 'link:::' 'tcp:::' \
    'unix:0:system_misc' 'unix:0:system_pages' 'cpu::sys' 'zfs:0:arcstats'; do
    file=$(printf '%s' "$sel" | tr ':' '_')
    run "$dir/kstat/$file.kstat-p.txt" kstat -p "$sel"
done
run "$dir/kstat/all-classes.kstat-l.txt" kstat -l

run "$dir/vmadm/lookup-j.json" vmadm lookup -j
run "$dir/vmadm/list-p.txt" vmadm list -p -o uuid,type,brand,ram,state,alias
run "$dir/zfs/zfs-list-Hp.txt" zfs list -Hp -o name,used,avail,quota,refer -t filesystem
run "$dir/zfs/zpool-list-Hp.txt" zpool list -Hp -o name,size,alloc,free,health
run "$dir/vmadm/imgadm-list-j.json" imgadm list -j

if [ -n "$scratch_image" ]; then
    events="$dir/vmadm/events-rj-create-stop-delete.jsonl"
    vmadm events -rj >"$events" 2>"$events.stderr" &
    events_pid=$!
    sleep 2
    payload="$dir/vmadm/scratch-create.json"
    printf '{"brand":"joyent-minimal","image_uuid":"%s","alias":"zonelet-capture-%s","max_physical_memory":128,"quota":1}\n' \
        "$scratch_image" "$stamp" >"$payload"
    run "$dir/vmadm/create.out" vmadm create -f "$payload"
    uuid=$(sed -n 's/^Successfully created VM \([0-9a-f-]*\).*/\1/p' "$dir/vmadm/create.out.stderr")
    if [ -n "$uuid" ]; then
        sleep 5
        run "$dir/kstat/scratch-zone.kstat-p.txt" kstat -p "zones:::zonename" "memory_cap:::zonename"
        run "$dir/vmadm/stop.out" vmadm stop "$uuid"
        sleep 5
        run "$dir/vmadm/delete.out" vmadm delete "$uuid"
        sleep 2
    fi
    kill "$events_pid" 2>/dev/null
    wait "$events_pid" 2>/dev/null
fi

# each shipped D script for three intervals, then SIGTERM (dtrace prints remaining aggregations on exit)
if [ -d "$dtrace_dir" ]; then
    for script in "$dtrace_dir"/*.d; do
        [ -f "$script" ] || continue
        base=$(basename -- "$script" .d)
        dtrace -q -s "$script" >"$dir/dtrace/$base.out" 2>"$dir/dtrace/$base.stderr" &
        dpid=$!
        sleep "$((interval * 3 + 1))"
        kill -TERM "$dpid" 2>/dev/null
        wait "$dpid"
        printf '%s\n' "$?" >"$dir/dtrace/$base.status"
    done
else
    printf 'no dtrace directory at %s; D scripts not captured\n' "$dtrace_dir" >&2
fi

tar -cf - -C "$out_parent" "$name" | gzip -c >"$dir.tar.gz" || exit 1
rm -rf -- "$dir"
printf '%s\n' "$dir.tar.gz"
