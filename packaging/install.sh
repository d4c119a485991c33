#!/bin/sh
#
# Installs (or upgrades in place) an unpacked zonelet release.
#
#   install.sh [--prefix DIR] [--smf-dir DIR] [--node PATH] [--no-import]
#
#   --prefix   install root (default /opt/zonelet; /opt persists on the SmartOS global zone)
#   --smf-dir  where the rendered manifests go (default /opt/custom/smf, which SmartOS imports at every boot)
#   --node     the node binary to run the agent with (default: the release's bundled node/bin/node, else the one
#              already installed under the prefix, else `node` on PATH); it must satisfy NODE_VERSION
#   --no-import  do not run svccfg import even where svccfg exists
#
# What it changes: the code directories under the prefix are replaced as a whole (a removed file does not linger).
# What it never changes: etc/config.json once it exists, anything else in etc/, var/ and the configured stateDir
# (journal and spool formats are versioned: the new agent reads the old ones).

set -eu

CODE_DIRS='bin agent dist node_modules dtrace smf share node'
CODE_FILES='VERSION NODE_VERSION package.json'

die() {
    echo "install.sh: $*" >&2
    exit 1
}

# Paths end up unquoted in SMF method strings (run by /bin/sh) and in sed replacements: allow only plain ones.
check_path() {
    case $2 in
        /*) ;;
        *) die "$1 must be an absolute path, got '$2'" ;;
    esac
    case $2 in
        *[!A-Za-z0-9/._+-]*) die "$1 may only contain letters, digits and / . _ + -, got '$2'" ;;
    esac
}

prefix=/opt/zonelet
smf_dir=/opt/custom/smf
node=''
import=yes
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a value"; prefix=$2; shift 2 ;;
        --smf-dir) [ $# -ge 2 ] || die "--smf-dir needs a value"; smf_dir=$2; shift 2 ;;
        --node) [ $# -ge 2 ] || die "--node needs a value"; node=$2; shift 2 ;;
        --no-import) import=no; shift ;;
        -h|--help) sed -n '3,16p' "$0"; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done

release=$(cd "$(dirname "$0")" && pwd -P)
[ -f "$release/VERSION" ] && [ -f "$release/agent/bin/zonelet.js" ] || die "$release does not look like an unpacked zonelet release"
version=$(cat "$release/VERSION")
need_node=$(cat "$release/NODE_VERSION")
prefix=${prefix%/}
check_path --prefix "$prefix"
check_path --smf-dir "$smf_dir"

if [ -z "$node" ]; then
    if [ -x "$release/node/bin/node" ]; then
        node=$prefix/node/bin/node
    elif [ -x "$prefix/node/bin/node" ]; then
        node=$prefix/node/bin/node
    else
        node=$(command -v node) || die "no node binary: pass --node PATH or bundle one (build-tarball.mjs --node)"
    fi
fi
check_path --node "$node"

# node_ok BINARY: its version is at least NODE_VERSION (major.minor.patch).
node_ok() {
    have=$("$1" -p 'process.versions.node' 2>/dev/null) || return 1
    old_ifs=$IFS
    IFS=.
    # shellcheck disable=SC2086
    set -- $have $need_node
    IFS=$old_ifs
    [ $# -eq 6 ] || return 1
    [ "$1" -gt "$4" ] && return 0
    [ "$1" -lt "$4" ] && return 1
    [ "$2" -gt "$5" ] && return 0
    [ "$2" -lt "$5" ] && return 1
    [ "$3" -ge "$6" ]
}
# A bundled node is checked once it is in place; a node given or found is checked now.
if [ "$node" != "$prefix/node/bin/node" ] || [ ! -x "$release/node/bin/node" ]; then
    node_ok "$node" || die "$node is not node >= $need_node"
fi

echo "installing zonelet $version into $prefix"
mkdir -p "$prefix"
staging=$prefix/.install-$$
old=$prefix/.old-$$
trap 'rm -rf "$staging" "$old"' EXIT
rm -rf "$staging" "$old"
mkdir -p "$staging" "$old"

for d in $CODE_DIRS; do
    if [ -d "$release/$d" ]; then
        cp -pR "$release/$d" "$staging/$d"
    fi
done
for f in $CODE_FILES; do
    cp -p "$release/$f" "$staging/$f"
done
# Keep a node installed earlier when this release bundles none.
if [ ! -d "$staging/node" ] && [ -d "$prefix/node" ]; then
    mv "$prefix/node" "$staging/node"
fi

# The CLI wrapper: the chosen node, and this prefix's config unless --config is given.
mkdir -p "$staging/bin"
cat > "$staging/bin/zonelet" <<WRAPPER
#!/bin/sh
# zonelet $version: runs the agent CLI with the node it was installed for (written by install.sh).
for arg in "\$@"; do
    case \$arg in
        --config|--config=*) exec '$node' '$prefix/agent/bin/zonelet.js' "\$@" ;;
    esac
done
if [ \$# -gt 0 ]; then
    exec '$node' '$prefix/agent/bin/zonelet.js' "\$@" --config '$prefix/etc/config.json'
fi
exec '$node' '$prefix/agent/bin/zonelet.js'
WRAPPER
chmod 755 "$staging/bin/zonelet" "$staging/smf/method/"*

# Swap: the old code moves aside, the new code moves in, then the old code goes.
for d in $CODE_DIRS; do
    if [ -e "$prefix/$d" ]; then mv "$prefix/$d" "$old/$d"; fi
    if [ -e "$staging/$d" ]; then mv "$staging/$d" "$prefix/$d"; fi
done
for f in $CODE_FILES; do
    mv "$staging/$f" "$prefix/$f"
done

if [ -x "$release/node/bin/node" ]; then
    node_ok "$node" || die "the bundled node $node is not node >= $need_node (wrong platform?)"
fi

mkdir -p "$prefix/etc" "$prefix/share/doc"
cp -p "$release/etc/config.example.json" "$prefix/etc/config.example.json"
if [ -e "$prefix/etc/config.json" ]; then
    echo "kept existing $prefix/etc/config.json"
else
    (umask 077 && cp "$release/etc/config.example.json" "$prefix/etc/config.json")
    echo "wrote $prefix/etc/config.json from the example: review it, then svcadm restart zonelet"
fi

mkdir -p "$smf_dir"
for m in zonelet-setup zonelet; do
    sed -e "s|@@PREFIX@@|$prefix|g" -e "s|@@NODE@@|$node|g" -e "s|@@VERSION@@|$version|g" \
        "$prefix/smf/$m.xml" > "$smf_dir/$m.xml.new"
    mv "$smf_dir/$m.xml.new" "$smf_dir/$m.xml"
done
echo "manifests in $smf_dir"

if [ "$import" = yes ] && [ -x /usr/sbin/svccfg ]; then
    for m in zonelet-setup zonelet; do
        /usr/sbin/svccfg validate "$smf_dir/$m.xml"
        /usr/sbin/svccfg import "$smf_dir/$m.xml"
    done
    # An upgrade runs the new code only after a restart; a first install was just enabled by the import.
    if /usr/bin/svcs -H -o state svc:/smartdc/zonelet:default 2>/dev/null | grep -q online; then
        /usr/sbin/svcadm restart svc:/smartdc/zonelet:default
    fi
    echo "imported; svcs -xv zonelet shows its state"
fi
echo "zonelet $version installed"
