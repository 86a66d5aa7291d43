#!/usr/bin/env bash
# Checks the distribution tarball at `mvn verify`: the launchers are executable, lib/ holds the coordinator jar and
# every runtime dependency the coordinator module copies, conf/ and examples/ are there, and bin/tlaplex checks the
# example spec from the unpacked tree.
#   check-dist.sh TARBALL VERSION COORDINATOR_LIB_DIR WORK_DIR
set -euo pipefail
tarball=$1
version=$2
coordinator_lib=$3
work=$4
base=tlaplex-$version
problems=()

listing=$(tar -tzvf "$tarball")
has() {
    # $1: the entry's mode pattern (e.g. -rwxr-xr-x), $2: the path under the base directory.
    grep -Eq "^$1 .* $base/$2\$" <<<"$listing" || problems+=("missing or wrong mode ($1): $base/$2")
}
has '-rwxr-xr-x' 'bin/tlaplex'
has '-rwxr-xr-x' 'bin/cluster-ssh'
has '-rw-r--r--' 'bin/jdk.sh'
has '-rw-r--r--' "lib/tlaplex-coordinator-$version.jar"
has '-rw-r--r--' 'conf/tlaplex.env'
has '-rw-r--r--' 'conf/cluster.conf'
has '-rw-r--r--' 'conf/hosts.example'
has '-rw-r--r--' 'examples/BankTransfer/BankTransfer.tla'
has '-rw-r--r--' 'examples/BankTransfer/BankTransfer.cfg'
has '-rw-r--r--' 'docs/status-page.md'
if [ -d "$coordinator_lib" ]; then
    # By artifact, not file name: the coordinator's lib/ may still hold an older version after an upgrade.
    for jar in "$coordinator_lib"/*.jar; do
        artifact=$(basename "$jar" | sed -E 's/-[0-9][^-]*(-SNAPSHOT)?(-[a-z0-9_]+)?\.jar$//')
        grep -Eq "^-rw-r--r-- .* $base/lib/${artifact//./\\.}-[0-9][^/]*\.jar\$" <<<"$listing" \
            || problems+=("lib/ has no $artifact (the coordinator's runtime classpath has $(basename "$jar"))")
    done
else
    problems+=("no $coordinator_lib to compare lib/ with (build the coordinator module first)")
fi

if [ ${#problems[@]} -eq 0 ]; then
    rm -rf "$work"
    mkdir -p "$work"
    tar -xzf "$tarball" -C "$work"
    out=$(cd "$work/$base" && env -u TLAPLEX_JAVA_OPTS bin/tlaplex check examples/BankTransfer/BankTransfer.tla 2>&1) \
        || problems+=("bin/tlaplex check examples/BankTransfer/BankTransfer.tla failed:"$'\n'"$out")
    if [ ${#problems[@]} -eq 0 ] && ! grep -q 'Model checking completed. No error has been found.' <<<"$out"; then
        problems+=("bin/tlaplex check of the example did not report success:"$'\n'"$out")
    fi
fi

if [ ${#problems[@]} -gt 0 ]; then
    echo "distribution check failed for $tarball:" >&2
    printf '  %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "distribution check passed: $tarball ($(grep -c " $base/lib/.*\.jar\$" <<<"$listing") jars in lib/)"
