"""A user-defined exception from a helper module, caught once and then left uncaught (exit status 1)."""
from mod_errors import ConfigError, require


def entry_point(argv):
    config = {"name": "demo", "mode": "fast"}
    print(require(config, "name"), require(config, "mode"))
    try:
        require(config, "port")
    except ConfigError as e:
        print("missing key:", e.key)
    print("now without a handler")
    require(config, "host")
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
