//! The error type of every fallible runtime operation.

/// An RPython-level exception raised by a runtime operation: `class` is the
/// name of the built-in exception class (`"ValueError"`, `"ZeroDivisionError"`,
/// ...) and `message` is what CPython's `str(e)` prints for it.
#[derive(Debug, Clone, PartialEq)]
pub struct RtError {
    pub class: &'static str,
    pub message: String,
}

impl RtError {
    pub fn new(class: &'static str, message: impl Into<String>) -> RtError {
        RtError {
            class,
            message: message.into(),
        }
    }

    pub fn value(message: impl Into<String>) -> RtError {
        RtError::new("ValueError", message)
    }

    pub fn overflow(message: impl Into<String>) -> RtError {
        RtError::new("OverflowError", message)
    }

    pub fn zero_division(message: impl Into<String>) -> RtError {
        RtError::new("ZeroDivisionError", message)
    }

    pub fn index(message: impl Into<String>) -> RtError {
        RtError::new("IndexError", message)
    }

    pub fn type_error(message: impl Into<String>) -> RtError {
        RtError::new("TypeError", message)
    }
}

impl std::fmt::Display for RtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for RtError {}
