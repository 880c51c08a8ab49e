# sys.exit with a message: printed to stderr, exit status 1; finally blocks run.
import sys


def shutdown(reason):
    try:
        print("shutting down:", reason)
        sys.exit("fatal: " + reason)
    finally:
        print("cleanup done")


try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
shutdown("disk full")
print("not reached")
