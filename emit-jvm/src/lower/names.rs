//! JVM names for program entities. Python identifiers never contain `$`, so
//! joining qualified names with `$` cannot collide.

/// Replaces the characters the JVM forbids in unqualified names (`. ; [ / < >`).
pub fn method_name(qualified: &str) -> String {
    qualified
        .chars()
        .map(|c| match c {
            '.' | ';' | '[' | '/' | '<' | '>' => '$',
            c => c,
        })
        .collect()
}

/// The internal name of the class generated for a program class.
pub fn class_name(qualname: &str) -> String {
    format!("py/{}", method_name(qualname))
}

/// Field names may not contain `. ; [ /` either.
pub fn field_name(name: &str) -> String {
    method_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangles_qualified_names() {
        assert_eq!(class_name("mod.Node"), "py/mod$Node");
        assert_eq!(method_name("m.<lambda>"), "m$$lambda$");
    }
}
