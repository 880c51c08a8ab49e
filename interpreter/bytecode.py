"""The bytecode: opcodes and the code object.

An instruction is two ints in ``Code.code``: the opcode and its argument
(0 when unused), so the program counter advances by 2.  ``Code.lines``
holds the source line of each instruction (indexed by ``pc // 2``).
Exceptions are handled through a table (``Code.exc_table``) rather than a
run-time block stack; see README.md for the full description.
"""

# Loads and stores.  Arguments index consts, varnames or names.
LOAD_CONST = 1
LOAD_FAST = 2
STORE_FAST = 3
LOAD_GLOBAL = 4
STORE_GLOBAL = 5
LOAD_NAME = 6
STORE_NAME = 7
LOAD_ATTR = 8
STORE_ATTR = 9
DELETE_FAST = 10
DELETE_NAME = 11
DELETE_GLOBAL = 12
DELETE_ATTR = 13

# Stack manipulation.
POP_TOP = 20
DUP_TOP = 21
ROT_TWO = 22
ROT_THREE = 23
DUP_TOP_TWO = 24

# Operators.  BINARY_OP's and COMPARE_OP's argument is one of the OP_* and
# CMP_* numbers below.
BINARY_OP = 30
COMPARE_OP = 31
UNARY_NEGATIVE = 32
UNARY_POSITIVE = 33
UNARY_NOT = 34
UNARY_INVERT = 35
BINARY_SUBSCR = 36
STORE_SUBSCR = 37
DELETE_SUBSCR = 38
BINARY_SLICE = 39

# Containers.
BUILD_LIST = 40
BUILD_TUPLE = 41
BUILD_DICT = 42
UNPACK_SEQUENCE = 43
LIST_APPEND = 44
BUILD_STRING = 45
FORMAT_VALUE = 46
DICT_SET = 47
LIST_EXTEND = 48
DICT_MERGE = 49
# UNPACK_EX before*256+after: unpack with a starred target in the middle.
UNPACK_EX = 28
LIST_TO_TUPLE = 29
BUILD_SET = 25
SET_ADD = 26
MAP_ADD = 27
# BUILD_CONST_SET n: a set literal of n (>= 3) constants.  CPython compiles
# it to a frozenset constant merged into a new set, which lays the table
# out differently from n single adds, so iteration order differs.
BUILD_CONST_SET = 85
# BUILD_CONST_FROZENSET n: a set literal of constants iterated by a for
# loop or comprehension, which CPython replaces by a frozenset constant.
BUILD_CONST_FROZENSET = 86

# Control flow.  Jump arguments are absolute positions in ``code``.
JUMP = 50
POP_JUMP_IF_FALSE = 51
POP_JUMP_IF_TRUE = 52
JUMP_IF_FALSE_OR_POP = 53
JUMP_IF_TRUE_OR_POP = 54
GET_ITER = 55
FOR_ITER = 56
RETURN_VALUE = 57

# Calls and definitions.
CALL_FUNCTION = 60
CALL_FUNCTION_KW = 61
CALL_METHOD = 62
MAKE_FUNCTION = 63
BUILD_CLASS = 64
CALL_FUNCTION_EX = 65

# Closures: arguments index the frame's cells (cellvars, then freevars).
LOAD_DEREF = 66
STORE_DEREF = 67
LOAD_CLOSURE = 68

# Generators: YIELD_VALUE suspends the frame with the value on top of the
# stack; on resumption the sent value (None for next()) is pushed.
YIELD_VALUE = 69
# ``yield from``: with the iterator and the sent value on the stack, pass
# the value on to the iterator; yield what it produces (resuming at the
# next instruction, a JUMP back here), or, once it is exhausted, replace
# the iterator by its return value and jump to the argument.
YIELD_FROM = 78
# Slices as values: pops step, upper, lower (None when missing), pushes a
# slice object (for slice assignment and deletion, and instances).
BUILD_SLICE = 79
# Augmented assignment: like BINARY_OP, but a mutable left operand may be
# updated in place (``lst += x`` extends ``lst``, ``__iadd__`` ...).
INPLACE_OP = 82
# ``{**mapping}`` in a dict display: update the dict below with the
# mapping on top (later keys win, unlike DICT_MERGE for calls).
DICT_UPDATE = 83
# ``del name`` of a cell or free variable: empties the cell.
DELETE_DEREF = 84

# Exceptions.
RAISE = 70
RERAISE = 71
EXC_MATCH = 72
POP_EXCEPT = 73
ASSERT_FAIL = 74
# ``with``: WITH_ENTER calls __enter__ (the context manager stays below
# the result); WITH_EXIT pops it and calls __exit__(None, None, None);
# WITH_EXCEPT calls __exit__ with the exception on top of the stack and
# pushes whether to suppress it.
WITH_ENTER = 75
WITH_EXIT = 76
WITH_EXCEPT = 77

# Modules.
IMPORT_NAME = 80
IMPORT_FROM = 81

NOP = 90

# BINARY_OP arguments (also used for augmented assignment).
OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6
OP_LSHIFT = 7
OP_RSHIFT = 8
OP_AND = 9
OP_OR = 10
OP_XOR = 11
OP_MATMUL = 12

BINOP_SYMBOLS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]

# COMPARE_OP arguments.
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_IN = 6
CMP_NOT_IN = 7
CMP_IS = 8
CMP_IS_NOT = 9

CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"]

# FORMAT_VALUE argument: conversion (0 none, 1 str, 2 repr) + 4 if a format
# spec is on the stack above the value.
FORMAT_CONV_STR = 1
FORMAT_CONV_REPR = 2
FORMAT_CONV_ASCII = 3
FORMAT_HAS_SPEC = 4

# Entries of Code.exc_table, EXC_ENTRY_SIZE ints each.
EXC_ENTRY_SIZE = 5


class Code(object):
    """A compiled function, class body or module.

    ``varnames`` are the fast locals (the arguments first); ``names`` are
    the global, attribute and module names used by the code; ``exc_table``
    holds (start, end, handler, stack depth, handled-exception depth)
    entries, innermost first: an exception raised at a pc in
    [start, end) truncates the value stack to ``stack depth``, pushes the
    exception and jumps to ``handler``.
    """

    def __init__(self, name, filename, firstlineno):
        self.name = name
        # Dotted path for messages: ``Class.method``, ``f.<locals>.g``.
        self.qualname = name
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = 0
        # The first ``posonlycount`` arguments cannot be passed by keyword.
        self.posonlycount = 0
        self.varnames = []
        self.names = []
        # The names as str objects (dict keys for LOAD_GLOBAL & co).
        self.names_w = []
        self.consts = []
        self.code = []
        self.lines = []
        self.exc_table = []
        # True for function bodies (locals in ``varnames``); False for
        # modules and class bodies (locals in a dict).
        self.optimized = False
        # Keyword-only parameters follow the positional ones in varnames.
        self.kwonlycount = 0
        # Positions in varnames of the ``*args`` and ``**kwargs`` parameters.
        self.vararg_index = -1
        self.kwarg_index = -1
        # Names of the locals captured by inner functions (cellvars) and of
        # the variables captured from enclosing functions (freevars).
        self.cellvars = []
        self.freevars = []
        # For each cellvar, the parameter it is initialised from, or -1.
        self.cell_args = []
        # LOAD_GLOBAL cache, one slot per name: the value found and the
        # versions of the globals and builtins dicts it was found with (a
        # code object always runs with the same globals).
        self.global_cache_w = []
        self.global_cache_versions = []
        # A call of a generator function creates a generator, not a run.
        self.is_generator = False
