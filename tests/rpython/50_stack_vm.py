"""A small bytecode interpreter (stack VM) with a JitDriver: assembler, dispatch loop, jumps, calls on a frame stack."""
from rlib.jit import JitDriver

PUSH = 0
LOAD = 1
STORE = 2
ADD = 3
SUB = 4
MUL = 5
LT = 6
JUMP = 7
JUMP_IF_FALSE = 8
PRINT = 9
HALT = 10
DUP = 11
MOD = 12

NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "LT", "JUMP", "JUMP_IF_FALSE", "PRINT", "HALT", "DUP", "MOD"]
HAS_ARG = [True, True, True, False, False, False, False, True, True, False, False, False, False]

jitdriver = JitDriver(greens=["pc", "code"], reds=["frame"])


class Frame:
    def __init__(self, nlocals):
        self.stack = []
        self.locals = [0] * nlocals
        self.output = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()


def assemble(text):
    code = []
    labels = {}
    fixups = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = NAMES.index(parts[0])
        code.append(op)
        if HAS_ARG[op]:
            arg = parts[1]
            if arg.isdigit() or arg.startswith("-"):
                code.append(int(arg))
            else:
                fixups.append((len(code), arg))
                code.append(0)
    for pos, label in fixups:
        code[pos] = labels[label]
    return code


def disassemble(code):
    out = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        if HAS_ARG[op]:
            out.append(f"{pc:3d} {NAMES[op]:<14} {code[pc + 1]}")
            pc += 2
        else:
            out.append(f"{pc:3d} {NAMES[op]}")
            pc += 1
    return out


def run(code, nlocals):
    frame = Frame(nlocals)
    pc = 0
    steps = 0
    while True:
        jitdriver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code[pc]
        steps += 1
        if op == PUSH:
            frame.push(code[pc + 1])
            pc += 2
        elif op == LOAD:
            frame.push(frame.locals[code[pc + 1]])
            pc += 2
        elif op == STORE:
            frame.locals[code[pc + 1]] = frame.pop()
            pc += 2
        elif op == ADD:
            b = frame.pop()
            a = frame.pop()
            frame.push(a + b)
            pc += 1
        elif op == SUB:
            b = frame.pop()
            a = frame.pop()
            frame.push(a - b)
            pc += 1
        elif op == MUL:
            b = frame.pop()
            a = frame.pop()
            frame.push(a * b)
            pc += 1
        elif op == MOD:
            b = frame.pop()
            a = frame.pop()
            frame.push(a % b)
            pc += 1
        elif op == LT:
            b = frame.pop()
            a = frame.pop()
            frame.push(1 if a < b else 0)
            pc += 1
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
            pc += 1
        elif op == JUMP:
            target = code[pc + 1]
            if target < pc:
                jitdriver.can_enter_jit(pc=target, code=code, frame=frame)
            pc = target
        elif op == JUMP_IF_FALSE:
            if frame.pop() == 0:
                pc = code[pc + 1]
            else:
                pc += 2
        elif op == PRINT:
            frame.output.append(str(frame.pop()))
            pc += 1
        elif op == HALT:
            break
        else:
            raise ValueError("bad opcode")
    return frame.output, steps


SUM_TO_100 = """
# sum of 0..99 in local 1, counter in local 0
    PUSH 0
    STORE 0
    PUSH 0
    STORE 1
loop:
    LOAD 0
    PUSH 100
    LT
    JUMP_IF_FALSE end
    LOAD 1
    LOAD 0
    ADD
    STORE 1
    LOAD 0
    PUSH 1
    ADD
    STORE 0
    JUMP loop
end:
    LOAD 1
    PRINT
    HALT
"""

FIZZ = """
# print i*i for i in 1..15 when i % 3 == 0
    PUSH 1
    STORE 0
top:
    LOAD 0
    PUSH 16
    LT
    JUMP_IF_FALSE done
    LOAD 0
    PUSH 3
    MOD
    PUSH 1
    LT
    JUMP_IF_FALSE skip
    LOAD 0
    DUP
    MUL
    PRINT
skip:
    LOAD 0
    PUSH 1
    ADD
    STORE 0
    JUMP top
done:
    HALT
"""


def entry_point(argv):
    for name, source in [("sum", SUM_TO_100), ("fizz", FIZZ)]:
        code = assemble(source)
        print(name, "bytecode:", len(code), "words")
        for line in disassemble(code):
            print("   ", line)
        output, steps = run(code, 2)
        print(name, "output:", " ".join(output), "steps:", steps)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
