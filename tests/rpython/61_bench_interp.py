# args: 1
"""Benchmark: a register-machine interpreter (with JitDriver hints) running a prime-counting and a Collatz program.

Without arguments it runs the benchmark size (about 1-3 s on CPython); the
test harness passes a small size."""
from rlib.jit import JitDriver, promote

# instruction = (opcode, a, b, c); registers are a list of ints
OP_LOADI = 0    # r[a] = b
OP_ADD = 1      # r[a] = r[b] + r[c]
OP_SUB = 2      # r[a] = r[b] - r[c]
OP_MUL = 3      # r[a] = r[b] * r[c]
OP_MOD = 4      # r[a] = r[b] % r[c]
OP_DIV = 5      # r[a] = r[b] // r[c]
OP_JLT = 6      # if r[a] < r[b]: pc = c
OP_JEQ = 7      # if r[a] == r[b]: pc = c
OP_JMP = 8      # pc = a
OP_ADDI = 9     # r[a] = r[b] + c
OP_HALT = 10

driver = JitDriver(greens=["pc", "program"], reds=["regs", "count"])


class Program:
    def __init__(self, name, code, nregs):
        self.name = name
        self.code = code
        self.nregs = nregs


def interpret(program, inputs):
    regs = [0] * program.nregs
    for i in range(len(inputs)):
        regs[i] = inputs[i]
    code = program.code
    pc = 0
    count = 0
    while True:
        driver.jit_merge_point(pc=pc, program=program, regs=regs, count=count)
        op, a, b, c = code[pc]
        count += 1
        pc += 1
        if op == OP_LOADI:
            regs[a] = b
        elif op == OP_ADD:
            regs[a] = regs[b] + regs[c]
        elif op == OP_ADDI:
            regs[a] = regs[b] + c
        elif op == OP_SUB:
            regs[a] = regs[b] - regs[c]
        elif op == OP_MUL:
            regs[a] = regs[b] * regs[c]
        elif op == OP_MOD:
            regs[a] = regs[b] % regs[c]
        elif op == OP_DIV:
            regs[a] = regs[b] // regs[c]
        elif op == OP_JLT:
            if regs[a] < regs[b]:
                if c < pc:
                    driver.can_enter_jit(pc=c, program=program, regs=regs, count=count)
                pc = promote(c)
        elif op == OP_JEQ:
            if regs[a] == regs[b]:
                pc = c
        elif op == OP_JMP:
            if a < pc:
                driver.can_enter_jit(pc=a, program=program, regs=regs, count=count)
            pc = a
        elif op == OP_HALT:
            return regs[0], count
        else:
            raise ValueError("bad opcode")


# count primes below r0 by trial division; result in r0
PRIMES = Program("primes", [
    (OP_LOADI, 1, 2, 0),      # 0: n = 2
    (OP_LOADI, 2, 0, 0),      # 1: found = 0
    (OP_LOADI, 6, 0, 0),      # 2: zero = 0
    (OP_JLT, 1, 0, 5),        # 3: if n < limit goto 5
    (OP_JMP, 17, 0, 0),       # 4: goto end
    (OP_LOADI, 3, 2, 0),      # 5: d = 2
    (OP_MUL, 4, 3, 3),        # 6: sq = d * d
    (OP_JLT, 1, 4, 13),       # 7: if n < sq goto prime
    (OP_MOD, 5, 1, 3),        # 8: rem = n % d
    (OP_JEQ, 5, 6, 15),       # 9: if rem == 0 goto composite
    (OP_ADDI, 3, 3, 1),       # 10: d += 1
    (OP_JMP, 6, 0, 0),        # 11: loop
    (OP_HALT, 0, 0, 0),       # 12: (unused)
    (OP_ADDI, 2, 2, 1),       # 13: prime: found += 1
    (OP_JMP, 15, 0, 0),       # 14:
    (OP_ADDI, 1, 1, 1),       # 15: composite/next: n += 1
    (OP_JMP, 3, 0, 0),        # 16:
    (OP_ADD, 0, 2, 6),        # 17: end: r0 = found
    (OP_HALT, 0, 0, 0),       # 18
], 8)

# total Collatz steps for 1 <= k < r0; result in r0
COLLATZ = Program("collatz", [
    (OP_LOADI, 1, 1, 0),      # 0: k = 1
    (OP_LOADI, 2, 0, 0),      # 1: total = 0
    (OP_LOADI, 5, 1, 0),      # 2: one = 1
    (OP_LOADI, 6, 2, 0),      # 3: two = 2
    (OP_LOADI, 7, 0, 0),      # 4: zero = 0
    (OP_JLT, 1, 0, 7),        # 5: if k < limit goto body
    (OP_JMP, 20, 0, 0),       # 6: goto end
    (OP_ADD, 3, 1, 7),        # 7: x = k
    (OP_JEQ, 3, 5, 18),       # 8: while x != 1
    (OP_MOD, 4, 3, 6),        # 9: r = x % 2
    (OP_JEQ, 4, 7, 15),       # 10: if r == 0 goto even
    (OP_ADD, 4, 3, 3),        # 11: t = x + x
    (OP_ADD, 3, 4, 3),        # 12: x = t + x
    (OP_ADDI, 3, 3, 1),       # 13: x += 1
    (OP_JMP, 16, 0, 0),       # 14:
    (OP_DIV, 3, 3, 6),        # 15: even: x = x // 2
    (OP_ADDI, 2, 2, 1),       # 16: total += 1
    (OP_JMP, 8, 0, 0),        # 17:
    (OP_ADDI, 1, 1, 1),       # 18: k += 1
    (OP_JMP, 5, 0, 0),        # 19:
    (OP_ADD, 0, 2, 7),        # 20: end: r0 = total
    (OP_HALT, 0, 0, 0),       # 21
], 8)


def entry_point(argv):
    scale = 12
    if len(argv) > 1:
        scale = int(argv[1])
    total_steps = 0
    for limit in [500 * scale, 1000 * scale]:
        result, steps = interpret(PRIMES, [limit])
        print(PRIMES.name, limit, "->", result, "in", steps, "instructions")
        total_steps += steps
    for limit in [300 * scale, 600 * scale]:
        result, steps = interpret(COLLATZ, [limit])
        print(COLLATZ.name, limit, "->", result, "in", steps, "instructions")
        total_steps += steps
    print("total instructions", total_steps)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
