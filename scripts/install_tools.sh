#!/usr/bin/env bash
# Installs, with apt-get, the platform tools the toolchain and its tests use
# when they are missing: a JDK (javac builds the JVM runtime support at
# `cargo build` time; java runs the jars), Mono (runs and verifies the CLI
# assemblies; mcs builds the CLI runtime at `cargo build` time and a C#
# client in the tests), a C compiler (the native
# backend) and CPython (the oracle of every test). Does nothing for tools
# already present.
set -euo pipefail

apt_updated=""
apt_install_if_missing() {
    # usage: apt_install_if_missing COMMAND PACKAGE...
    local tool="$1"
    shift
    if command -v "$tool" >/dev/null 2>&1; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    if [ -z "$apt_updated" ]; then
        $sudo apt-get update
        apt_updated=1
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

apt_install_if_missing python3 python3
apt_install_if_missing cc gcc
apt_install_if_missing javac openjdk-17-jdk-headless
apt_install_if_missing mono mono-runtime
apt_install_if_missing mcs mono-mcs
