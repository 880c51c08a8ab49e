//! CLI method names for graphs: C# must be able to call the public ones, so
//! qualified names (`module.Class.method`) become identifiers
//! (`module_Class_method`), made unique with a numeric suffix.

use std::collections::HashSet;

pub struct Names {
    used: HashSet<String>,
}

impl Names {
    pub fn new(reserved: &[&str]) -> Names {
        Names {
            used: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn method_name(&mut self, qualified: &str) -> String {
        let base: String = qualified
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut name = base.clone();
        let mut n = 1;
        while !self.used.insert(name.clone()) {
            n += 1;
            name = format!("{base}_{n}");
        }
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_identifiers_and_unique() {
        let mut n = Names::new(&["Main"]);
        assert_eq!(n.method_name("a.fib"), "a_fib");
        assert_eq!(n.method_name("a_fib"), "a_fib_2");
        assert_eq!(n.method_name("Main"), "Main_2");
    }
}
