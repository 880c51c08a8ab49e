"""The RPython library (rlib).

These modules run unchanged on CPython, where every helper is either a plain
function with the same meaning the translated program has, or a no-op.  The
translator's front end knows each of them by name and gives them their
translated meaning (machine arithmetic, specialisation, JIT hints).

Modules:
    rarithmetic  -- intmask, ovfcheck, r_uint: 64-bit machine integer helpers
    objectmodel  -- specialize, we_are_translated, compute_hash
    jit          -- JitDriver and JIT hints (promote, elidable, ...)
    rbigint      -- arbitrary-precision integers, in plain RPython (the
                    translator loads it like a program module)
"""
