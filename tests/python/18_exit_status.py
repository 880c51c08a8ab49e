# The program's exit status comes from an uncaught SystemExit-like error: here a raise.
import mod_shapes

print("start", mod_shapes.PI > 3)
raise KeyError("missing key")
