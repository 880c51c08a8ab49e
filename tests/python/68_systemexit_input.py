# SystemExit is catchable; input() at end of input raises EOFError; uncaught SystemExit with a message: status 1.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    line = input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
print("exiting")
raise SystemExit("bye message")
