#!/usr/bin/env bash
# Starts and stops the Keycloak the build unpacked, with the OneWindow realm imported on start.
#   keycloak.sh check-java                                   fail unless a Java 21+ is found (Keycloak 26 needs it)
#   keycloak.sh start <keycloak-dir> <port> <db> <log-file>  in the background; db: dev-file (data kept in
#                                                            <keycloak-dir>/data) or dev-mem (fresh every start)
#   keycloak.sh stop <keycloak-dir>                          stop the Keycloak started from that folder
# A Keycloak started here never outlives the process that started it (the Maven build): a watchdog stops it
# when that process is gone, also after Ctrl-C or a failed build.
# Java: KEYCLOAK_JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64, else JAVA_HOME, java on the PATH or any JDK
# in /usr/lib/jvm, the first that is 21 or later.
# Environment read by the realm file (src-config/keycloak/onewindow-realm.json): ONEWINDOW_APP_URL (where
# OneWindow runs, for redirect and logout addresses) and the client secrets; the bootstrap administrator of
# Keycloak's master realm from KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

find_java() {
    local candidate
    for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}" \
        "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
        /usr/lib/jvm/*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
            local major
            major="$(java_major "$candidate")"
            if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then
                echo "$candidate"
                return 0
            fi
            if [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && [ "$candidate" = "$KEYCLOAK_JAVA_HOME" ]; then
                echo "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is Java $major; Keycloak needs Java 21 or later." >&2
                return 1
            fi
        fi
    done
    echo "Keycloak needs Java 21 or later and none was found: install one (for example Temurin 25 in" >&2
    echo "/usr/lib/jvm/temurin-25-jdk-amd64) or point KEYCLOAK_JAVA_HOME at it. OneWindow itself still runs on Java 17." >&2
    return 1
}

case "${1:-}" in
    check-java)
        java_home="$(find_java)"
        echo "Keycloak will run on $java_home (Java $(java_major "$java_home"))"
        ;;
    start)
        dir="$2" port="$3" db="$4" log="$5"
        java_home="$(find_java)"
        if [ -f "$dir/keycloak.pid" ] && kill -0 "$(cat "$dir/keycloak.pid")" 2> /dev/null; then
            # the same build asking again (a plugin that forks the lifecycle): keep the one that is booting
            echo "Keycloak is already running from $dir (pid $(cat "$dir/keycloak.pid"))"
            exit 0
        fi
        mkdir -p "$dir/data/import"
        cp "$here/onewindow-realm.json" "$dir/data/import/onewindow-realm.json"
        export JAVA_HOME="$java_home"
        export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}"
        export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-OneWindow#2026}"
        # One issuer whatever address a caller uses, so the tokens WildFly checks name the issuer it expects;
        # only this machine can reach it (put Keycloak behind a TLS proxy with its own hostname in production).
        nohup "$dir/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
            --hostname="http://localhost:$port" --db="$db" --import-realm > "$log" 2>&1 < /dev/null &
        keycloak=$!
        echo "$keycloak" > "$dir/keycloak.pid"
        owner=$PPID
        ( while kill -0 "$owner" 2> /dev/null && kill -0 "$keycloak" 2> /dev/null; do sleep 2; done
          kill -TERM "$keycloak" 2> /dev/null ) > /dev/null 2>&1 < /dev/null &
        echo "Keycloak is starting on http://localhost:$port (pid $keycloak, log $log)"
        ;;
    stop)
        pidfile="$2/keycloak.pid"
        if [ -f "$pidfile" ]; then
            pid="$(cat "$pidfile")"
            if kill -TERM "$pid" 2> /dev/null; then
                for _ in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
                kill -KILL "$pid" 2> /dev/null || true
                echo "Keycloak (pid $pid) stopped"
            fi
            rm -f "$pidfile"
        fi
        ;;
    *)
        sed -n '2,8p' "$0" >&2
        exit 2
        ;;
esac
