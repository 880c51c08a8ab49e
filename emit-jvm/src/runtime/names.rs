//! Internal names of JDK and shim classes used by generated code. Keep in
//! step with runtime-shims/jvm/src/rpy/rt/*.java.

pub const OBJECT: &str = "java/lang/Object";
pub const STRING: &str = "java/lang/String";
pub const BYTES: &str = "[B";
pub const METHOD_HANDLE: &str = "java/lang/invoke/MethodHandle";
pub const THROWABLE: &str = "java/lang/Throwable";

pub const RPY_EXCEPTION: &str = "rpy/rt/RPyException";
pub const RT: &str = "rpy/rt/Rt";
pub const NUM: &str = "rpy/rt/Num";
pub const TEXT: &str = "rpy/rt/Text";
pub const REPR: &str = "rpy/rt/Repr";
pub const CMP: &str = "rpy/rt/Cmp";
pub const SEQ: &str = "rpy/rt/Seq";
pub const TRUTH: &str = "rpy/rt/Truth";
pub const BYTES_OPS: &str = "rpy/rt/Bytes";
pub const SYS: &str = "rpy/rt/Sys";
pub const MATH: &str = "rpy/rt/PyMath";
pub const FMT: &str = "rpy/rt/Fmt";
pub const LIST_I: &str = "rpy/rt/ListI";
pub const LIST_F: &str = "rpy/rt/ListF";
pub const LIST_Z: &str = "rpy/rt/ListZ";
pub const LIST_O: &str = "rpy/rt/ListO";
pub const TUPLE: &str = "rpy/rt/Tuple";
pub const RANGE: &str = "rpy/rt/Range";
pub const STR_ITER: &str = "rpy/rt/StrIter";
pub const BYTES_ITER: &str = "rpy/rt/BytesIter";

/// Descriptor of the tuple classes' boxing factory, called by the shim.
pub const TUPLE_PAIR_DESC: &str = "(Ljava/lang/Object;Ljava/lang/Object;)Lrpy/rt/Tuple;";
