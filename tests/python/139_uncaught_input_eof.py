# input() at end of input, uncaught: EOFError ends the program.
print("before")
name = input("Your name: ")
print("never printed", name)
