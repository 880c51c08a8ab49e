# A small stack-based VM written in Python, running a countdown and factorial program.
PUSH, ADD, SUB, MUL, JZ, JMP, DUP, PRINT, HALT, SWAP, OVER = range(11)


def run(program):
    stack = []
    pc = 0
    steps = 0
    out = []
    while True:
        op = program[pc]
        steps += 1
        if op == PUSH:
            stack.append(program[pc + 1])
            pc += 2
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
            pc += 1
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
            pc += 1
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
            pc += 1
        elif op == JZ:
            if stack.pop() == 0:
                pc = program[pc + 1]
            else:
                pc += 2
        elif op == JMP:
            pc = program[pc + 1]
        elif op == DUP:
            stack.append(stack[-1])
            pc += 1
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
            pc += 1
        elif op == OVER:
            stack.append(stack[-2])
            pc += 1
        elif op == PRINT:
            out.append(stack.pop())
            pc += 1
        elif op == HALT:
            return out, steps
        else:
            raise ValueError(f"bad opcode {op} at {pc}")


countdown = [PUSH, 5, DUP, PRINT, PUSH, 1, SUB, DUP, JZ, 12, JMP, 2, HALT]
print(run(countdown))
# acc n -> computes 20!
fact = [PUSH, 1, PUSH, 20,
        DUP, JZ, 17,
        DUP, PUSH, 0, SWAP, SUB, PUSH, -1, MUL, JMP, 19,
        PRINT, HALT,
        SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4]
print(run(fact))
try:
    run([99])
except ValueError as e:
    print("ValueError:", e)
