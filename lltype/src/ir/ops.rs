//! Operations of the typed IR. Each is small and explicit and declares its
//! effects (`Opcode::effects`), which optimisations and, later, the JIT rely on.
//!
//! Conventions: `args` are the operands in the order documented on each opcode;
//! "raises X" means the operation raises the RPython-level exception X (an
//! instance of the built-in class of that name, whose `message` field holds
//! what CPython's `str(e)` would print). Indexes accept negative values with
//! Python's meaning unless said otherwise.

use super::types::{ClassId, IterKind};
use super::GraphId;

/// A format spec (`format(value, spec)`, f-string `{x:>8.2f}`, or a `%`
/// directive translated to it). Only what the dialect supports.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: char,
    /// `<`, `>` or `^`; None means the type's default (numbers right, text left).
    pub align: Option<char>,
    /// `+` forces a sign on numbers.
    pub plus: bool,
    /// `0` in front of the width: zero padding after the sign.
    pub zero_pad: bool,
    pub width: usize,
    pub precision: Option<usize>,
    /// Presentation type: `d`, `x`, `X`, `o`, `b`, `f`, `e`, `g`, `s`, or None.
    pub kind: Option<char>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Opcode {
    // ---- ints (wrapping 64-bit) ----
    IntAdd,
    IntSub,
    IntMul,
    /// Python floor division. Raises ZeroDivisionError("integer division or modulo by zero").
    IntFloorDiv,
    /// Python modulo (sign of the divisor). Raises ZeroDivisionError("integer modulo by zero").
    IntMod,
    /// [base, exp]: exp >= 0 (wrapping); a negative exp raises ValueError (the rtyper
    /// converts to float pow where the exponent may be negative).
    IntPow,
    IntNeg,
    IntAbs,
    IntInvert,
    IntAnd,
    IntOr,
    IntXor,
    /// Raises ValueError("negative shift count") for a negative count; counts >= 64 give 0.
    IntLshift,
    /// Arithmetic shift; raises ValueError("negative shift count"); counts >= 64 give 0 or -1.
    IntRshift,
    IntLt,
    IntLe,
    IntEq,
    IntNe,
    IntGt,
    IntGe,
    /// Checked arithmetic (`ovfcheck`): raises OverflowError("integer overflow") instead of wrapping.
    IntAddOvf,
    IntSubOvf,
    IntMulOvf,
    // ---- unsigned views of Int (r_uint) ----
    UintLt,
    UintLe,
    UintGt,
    UintGe,
    /// Raises ZeroDivisionError.
    UintFloorDiv,
    UintMod,
    UintRshift,
    // ---- floats ----
    FloatAdd,
    FloatSub,
    FloatMul,
    /// Raises ZeroDivisionError("float division by zero").
    FloatTrueDiv,
    /// Raises ZeroDivisionError("float floor division by zero").
    FloatFloorDiv,
    /// Python float modulo; raises ZeroDivisionError("float modulo").
    FloatMod,
    /// Python `**` on floats; raises ZeroDivisionError for 0.0 ** negative,
    /// ValueError for a negative base with a non-integral exponent, OverflowError on overflow.
    FloatPow,
    FloatNeg,
    FloatAbs,
    FloatLt,
    FloatLe,
    FloatEq,
    FloatNe,
    FloatGt,
    FloatGe,
    // ---- bools ----
    BoolNot,
    BoolEq,
    // ---- conversions ----
    IntToFloat,
    /// [x: Uint] -> Float.
    UintToFloat,
    /// [x: Uint] -> Str: the unsigned decimal value.
    UintToStr,

    /// Truncates toward zero; raises OverflowError for inf and ValueError for nan
    /// (CPython's messages: "cannot convert float infinity to integer",
    /// "cannot convert float NaN to integer").
    FloatToInt,
    BoolToInt,
    /// Truth value of [value] of any type: nonzero numbers, non-empty
    /// str/bytes/list/dict/tuple/range, non-null references.
    IsTrue,
    /// `str(x)` for [x] of any type (by its static type), as CPython prints it:
    /// ints, floats (shortest repr), bools, str (itself), bytes (`b'..'`), lists,
    /// tuples, dicts (items by repr), None (null reference: "None"), exception
    /// instances (their message).
    ToStr,
    /// `repr(x)` for [x] of any type, as CPython.
    Repr,
    /// `int(s)` for [s: Str]; raises ValueError("invalid literal for int() with base 10: 's'").
    StrToInt,
    /// `float(s)` for [s: Str]; raises ValueError("could not convert string to float: 's'").
    StrToFloat,
    /// `format(value, spec)` for [value: Int | Float | Str | Bool]; raises ValueError
    /// for a spec that does not apply to the value.
    Format(FormatSpec),
    // ---- str (code-point semantics) ----
    StrLen,
    /// [s, index] -> 1-character str; raises IndexError("string index out of range").
    StrGetItem,
    /// [s, start, stop]: both Int, clamped as Python slices; use `i64::MIN`/`i64::MAX` for absent bounds.
    StrSlice,
    StrConcat,
    /// [s, n]
    StrMul,
    StrEq,
    StrNe,
    StrLt,
    StrLe,
    StrGt,
    StrGe,
    /// [haystack, needle]: `needle in haystack`.
    StrContains,
    /// [sep, list of str]
    StrJoin,
    /// [s, sep]: sep null means split on runs of whitespace; raises ValueError("empty separator").
    StrSplit,
    /// [s, chars]: chars null strips whitespace.
    StrStrip,
    StrLStrip,
    StrRStrip,
    /// [s, sub, start, end]: `end` may be `i64::MAX`; -1 when not found.
    StrFind,
    StrRFind,
    /// [s, sub]
    StrCount,
    StrStartsWith,
    StrEndsWith,
    /// [s, old, new]
    StrReplace,
    StrUpper,
    StrLower,
    StrCapitalize,
    StrIsDigit,
    StrIsAlpha,
    StrIsSpace,
    /// [s] -> Int; raises TypeError("ord() expected a character, but string of length N found").
    StrOrd,
    /// [i] -> Str; raises ValueError("chr() arg not in range(0x110000)").
    Chr,
    /// [s] -> Bytes (UTF-8; lone surrogates raise UnicodeEncodeError-like ValueError).
    StrEncodeUtf8,
    /// [b] -> Str; raises UnicodeDecodeError with CPython's message.
    BytesDecodeUtf8,
    // ---- bytes ----
    BytesLen,
    /// [b, index] -> Int; raises IndexError("index out of range").
    BytesGetItem,
    BytesConcat,
    BytesEq,
    /// [b, start, stop] as StrSlice.
    BytesSlice,
    // ---- lists ----
    /// [items...] -> a new list of the result type.
    NewList,
    /// [item, n] -> a list of n copies of item (n < 0 gives []).
    ListRepeat,
    ListLen,
    /// [list, index]; raises IndexError("list index out of range").
    ListGetItem,
    /// [list, index, value]; raises IndexError("list assignment index out of range").
    ListSetItem,
    /// [list, index]; raises IndexError("list assignment index out of range").
    ListDelItem,
    /// [list, start, stop] as StrSlice; returns a new list.
    ListSlice,
    ListAppend,
    /// [list, index]; raises IndexError("pop from empty list" / "pop index out of range").
    ListPop,
    /// [list, index, value]
    ListInsert,
    /// [list, other list]
    ListExtend,
    ListReverse,
    /// [list, value]; raises ValueError("list.index(x): x not in list").
    ListIndex,
    /// [list, value]; raises ValueError("list.remove(x): x not in list").
    ListRemove,
    ListCount,
    /// Sorts in place by the items' natural order (stable).
    ListSort,
    /// [list, value]: `value in list` (by equality).
    ListContains,
    /// [a, b] -> new list a + b.
    ListConcat,
    /// [list, n] -> new list repeated.
    ListMul,
    /// [list] -> a shallow copy.
    ListCopy,
    /// [iterable: Str | Bytes | Range | List | Dict] -> a new list of its items
    /// (chars, ints, ints, items, keys): `list(x)`, and the first step of
    /// `sorted`/`reversed`.
    ToList,
    /// [list] -> a new list of (index, item) tuples: `enumerate(x)`.
    Enumerate,
    /// [list a, list b] -> a new list of (a[i], b[i]) tuples, as long as the shorter.
    Zip,
    // ---- dicts (insertion-ordered) ----
    /// [k0, v0, k1, v1, ...]
    NewDict,
    DictLen,
    /// [d, key]; raises KeyError(repr(key)).
    DictGetItem,
    DictSetItem,
    /// [d, key]; raises KeyError.
    DictDelItem,
    DictContains,
    /// [d, key, default]
    DictGet,
    /// [d, key]; raises KeyError.
    DictPop,
    /// [d, key, default]
    DictPopDefault,
    /// [d, key, default] -> the value (inserting default when absent).
    DictSetDefault,
    /// [d] -> new list of keys.
    DictKeys,
    DictValues,
    /// [d] -> new list of (key, value) tuples.
    DictItems,
    DictClear,
    DictCopy,
    // ---- tuples and generic structural operations ----
    /// [items...] -> a tuple of the result type.
    NewTuple,
    /// [tuple] -> field n (constant index).
    TupleGetItem(u32),
    /// Structural equality of two values of the same static type (tuples, lists,
    /// dicts, bytes; instances by identity).
    Eq,
    /// Natural ordering `a < b` of tuples, lists or bytes (lexicographic).
    Lt,
    /// Identity: [a, b] references are the same object (null is null).
    Is,
    /// [values...]: the smallest by natural order (first of equals). With a
    /// single List argument: its smallest item; raises
    /// ValueError("min() arg is an empty sequence") when it is empty.
    Min,
    /// As `Min`, the largest ("max() arg is an empty sequence").
    Max,
    /// `compute_hash` / `hash()` for [value] of Int, Float, Str, Bytes, Bool, tuples;
    /// identity hash for instances.
    Hash,
    // ---- range and iterators ----
    /// [start, stop, step]; raises ValueError("range() arg 3 must not be zero").
    NewRange,
    RangeLen,
    /// [iterable] -> an iterator of the result type.
    NewIter(IterKind),
    /// [iterator] -> next item; raises StopIteration at the end.
    IterNext,
    // ---- instances ----
    /// Allocates an instance with every field zero/null (no `__init__` call).
    New(ClassId),
    /// [obj] -> field; raises AttributeError on a null obj is not modelled: the
    /// annotator guarantees non-null where it matters.
    GetField(String),
    /// [obj, value]
    SetField(String),
    /// [obj] -> the class attribute (constant) of obj's run-time class.
    GetClassAttr(String),
    /// [obj] -> Bool: obj is non-null and an instance of the class or a subclass.
    InstanceOf(ClassId),
    /// [obj] -> obj viewed as an instance of the (sub)class; a no-op at run time
    /// (the front end only emits it after an isinstance test).
    Downcast(ClassId),
    /// [obj] -> Str: the class name of obj's run-time class.
    ClassName,
    /// [obj] -> Func: the graph implementing method `name` for obj's run-time
    /// class (making a bound method value).
    GetMethod(String),

    // ---- calls ----
    /// [args...]: calls a graph.
    DirectCall(GraphId),
    /// [self, args...]: calls method `name` of self's run-time class.
    MethodCall(String),
    /// [func, args...]: calls a function reference.
    IndirectCall,
    // ---- I/O and system ----
    /// [s: Str]: writes s to standard output (UTF-8).
    WriteStdout,
    /// [fd, data: Bytes] -> bytes written; raises OSError.
    OsWrite,
    /// [fd, n] -> Bytes; raises OSError.
    OsRead,
    /// [path: Str, flags, mode] -> fd; raises OSError("[Errno N] ...: 'path'").
    OsOpen,
    /// [fd]; raises OSError.
    OsClose,
    /// [] -> Float seconds since the epoch.
    TimeTime,
    /// Unary float functions; raise ValueError("math domain error") where CPython does.
    Math(MathFn),
    /// [y, x]
    MathAtan2,
    /// [x, y]; raises ValueError("math domain error") / OverflowError("math range error").
    MathPow,
    /// [x] -> Bool
    MathIsNan,
    MathIsInf,
    /// [x: Float] -> Int: floor / ceil; raise as FloatToInt.
    MathFloor,
    MathCeil,
    // ---- misc ----
    /// [value] -> value: a plain copy.
    SameAs,
    /// JIT hint: [value] -> value (a no-op for now).
    Promote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathFn {
    Sqrt,
    Sin,
    Cos,
    Tan,
    Exp,
    Log,
    Fabs,
}

/// What an operation may do besides computing its result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    /// May raise an RPython exception.
    pub may_raise: bool,
    /// May allocate a new object.
    pub allocates: bool,
    /// Reads mutable heap state (lists, dicts, fields).
    pub reads_heap: bool,
    /// Writes heap state or performs I/O.
    pub writes_heap: bool,
}

impl Effects {
    pub const PURE: Effects = Effects {
        may_raise: false,
        allocates: false,
        reads_heap: false,
        writes_heap: false,
    };
    /// True when the operation can be removed if its result is unused.
    pub fn is_removable(self) -> bool {
        !self.may_raise && !self.writes_heap
    }
}

impl Opcode {
    pub fn effects(&self) -> Effects {
        use Opcode::*;
        let raise = Effects {
            may_raise: true,
            ..Effects::PURE
        };
        let alloc = Effects {
            allocates: true,
            ..Effects::PURE
        };
        let raise_alloc = Effects {
            may_raise: true,
            allocates: true,
            ..Effects::PURE
        };
        let read = Effects {
            reads_heap: true,
            ..Effects::PURE
        };
        let read_raise = Effects {
            reads_heap: true,
            may_raise: true,
            ..Effects::PURE
        };
        let read_alloc = Effects {
            reads_heap: true,
            allocates: true,
            ..Effects::PURE
        };
        let write = Effects {
            reads_heap: true,
            writes_heap: true,
            ..Effects::PURE
        };
        let write_raise = Effects {
            reads_heap: true,
            writes_heap: true,
            may_raise: true,
            ..Effects::PURE
        };
        let write_alloc = Effects {
            reads_heap: true,
            writes_heap: true,
            allocates: true,
            ..Effects::PURE
        };
        let anything = Effects {
            may_raise: true,
            allocates: true,
            reads_heap: true,
            writes_heap: true,
        };
        match self {
            IntAdd | IntSub | IntMul | IntNeg | IntAbs | IntInvert | IntAnd | IntOr | IntXor
            | IntLt | IntLe | IntEq | IntNe | IntGt | IntGe | UintLt | UintLe | UintGt | UintGe
            | UintRshift | FloatAdd | FloatSub | FloatMul | FloatNeg | FloatAbs | FloatLt
            | FloatLe | FloatEq | FloatNe | FloatGt | FloatGe | BoolNot | BoolEq | IntToFloat
            | BoolToInt | UintToFloat | StrLen | BytesLen | StrEq | StrNe | StrLt | StrLe
            | StrGt | StrGe | StrContains | StrFind | StrRFind | StrCount | StrStartsWith
            | StrEndsWith | StrIsDigit | StrIsAlpha | StrIsSpace | BytesEq | TupleGetItem(_)
            | Is | InstanceOf(_) | Downcast(_) | ClassName | GetMethod(_) | GetClassAttr(_)
            | SameAs | Promote | RangeLen | MathIsNan | MathIsInf | Hash => Effects::PURE,
            IntFloorDiv | IntMod | IntPow | IntLshift | IntRshift | IntAddOvf | IntSubOvf
            | IntMulOvf | UintFloorDiv | UintMod | FloatTrueDiv | FloatFloorDiv | FloatMod
            | FloatPow | FloatToInt | StrOrd | Math(_) | MathAtan2 | MathPow | MathFloor
            | MathCeil | NewRange => raise,
            ToStr | Repr | UintToStr | StrConcat | StrMul | StrJoin | StrStrip | StrLStrip
            | StrRStrip | StrReplace | StrUpper | StrLower | StrCapitalize | StrEncodeUtf8
            | BytesConcat | BytesSlice | StrSlice | NewTuple => alloc,
            StrToInt | StrToFloat | Format(_) | StrGetItem | StrSplit | Chr | BytesDecodeUtf8 => {
                raise_alloc
            }
            BytesGetItem => raise,
            IsTrue | ListLen | DictLen | ListContains | ListCount | DictContains | Eq | Lt
            | Min | Max | GetField(_) => read,
            ListGetItem | DictGetItem | ListIndex => read_raise,
            ListSlice | ListConcat | ListMul | ListCopy | DictKeys | DictValues | DictItems
            | DictCopy | NewIter(_) | DictGet | ToList | Enumerate | Zip => read_alloc,
            NewList | ListRepeat | NewDict | New(_) => alloc,
            ListSetItem | ListDelItem | ListPop | ListRemove | DictDelItem | DictPop | IterNext => {
                write_raise
            }
            ListAppend | ListInsert | ListExtend | ListReverse | ListSort | DictSetItem
            | DictClear | SetField(_) => write,
            DictPopDefault | DictSetDefault => write_alloc,
            DirectCall(_) | MethodCall(_) | IndirectCall => anything,
            WriteStdout => write,
            OsWrite | OsRead | OsOpen | OsClose => Effects {
                may_raise: true,
                allocates: true,
                reads_heap: true,
                writes_heap: true,
            },
            TimeTime => read,
        }
    }

    /// The name used in listings and the IR documentation (`int_add`, ...).
    pub fn name(&self) -> String {
        let debug = format!("{self:?}");
        let head = debug.split(['(', ' ']).next().unwrap_or("");
        let mut out = String::new();
        for (i, ch) in head.chars().enumerate() {
            if ch.is_ascii_uppercase() {
                if i > 0 {
                    out.push('_');
                }
                out.push(ch.to_ascii_lowercase());
            } else {
                out.push(ch);
            }
        }
        out
    }
}
