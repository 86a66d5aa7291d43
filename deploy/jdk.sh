# Sourced by the launcher scripts: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first), then `java` on the PATH.

tlaplex_java_major() {
    # Prints the feature release of the JDK at $1 (e.g. 17, 21, 25), or nothing.
    local home=$1 line
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    line=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | grep 'java.specification.version' | head -n 1)
    line=${line##*= }
    case $line in
        1.*) echo "${line#1.}" ;;
        *) echo "$line" ;;
    esac
}

tlaplex_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(tlaplex_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(tlaplex_java_major "$candidate") || continue
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(tlaplex_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            best=$candidate
        fi
    fi
    if [ -z "$best" ]; then
        {
            echo "tlaplex: no JDK 21 or newer found."
            echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}), the JDKs under /usr/lib/jvm, and javac on the PATH."
            echo "  Install a full JDK 21+ (for example Temurin 21 or 25) and set JAVA_HOME to it."
        } >&2
        return 1
    fi
    export JAVA_HOME=$best
    return 0
}
