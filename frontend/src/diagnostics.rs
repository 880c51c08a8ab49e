//! User-facing diagnostics: every error the front end reports about a user's
//! program goes through `Diagnostic`, which is rendered rustc-style (file:line:col,
//! the source line with a caret, the rule broken and a `help:` line).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Index of a source file in a `SourceMap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Span {
        Span { file, start, end }
    }
}

pub struct SourceFile {
    /// The path as the user gave it or as it was found next to the entry module.
    pub path: String,
    pub text: String,
}

#[derive(Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: String, text: String) -> FileId {
        self.files.push(SourceFile { path, text });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, span: Span) -> (usize, usize) {
        let text = &self.file(span.file).text;
        let offset = (span.start as usize).min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The RPython rules a program can break; each diagnostic names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Syntax,
    Unsupported,
    Closure,
    GlobalRebinding,
    KwargsDefinition,
    DynamicCode,
    RuntimeDefinition,
    ModuleLevelCode,
    TypeConflict,
    AttributeNeverSet,
    Arity,
    UnknownName,
    Import,
    EntryPoint,
}

impl Rule {
    /// Short stable code shown in brackets, like rustc's `E0308`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::Syntax => "R0001",
            Rule::Unsupported => "R0002",
            Rule::Closure => "R0003",
            Rule::GlobalRebinding => "R0004",
            Rule::KwargsDefinition => "R0005",
            Rule::DynamicCode => "R0006",
            Rule::RuntimeDefinition => "R0007",
            Rule::ModuleLevelCode => "R0008",
            Rule::TypeConflict => "R0009",
            Rule::AttributeNeverSet => "R0010",
            Rule::Arity => "R0011",
            Rule::UnknownName => "R0012",
            Rule::Import => "R0013",
            Rule::EntryPoint => "R0014",
        }
    }

    /// The rule in words, printed as a note under the snippet.
    pub fn description(self) -> &'static str {
        match self {
            Rule::Syntax => "the program must be valid Python 3 syntax",
            Rule::Unsupported => "this construct is outside the RPython dialect",
            Rule::Closure => {
                "RPython functions cannot capture variables of enclosing functions (no closures)"
            }
            Rule::GlobalRebinding => {
                "globals are constants in RPython: a function cannot rebind them with `global`"
            }
            Rule::KwargsDefinition => "RPython functions cannot take `**kwargs`",
            Rule::DynamicCode => {
                "RPython programs cannot run code built at run time (`exec`, `eval`, `compile`)"
            }
            Rule::RuntimeDefinition => {
                "functions and classes must be defined at module level, not created at run time"
            }
            Rule::ModuleLevelCode => {
                "module-level code is static: imports, `def`, `class` and constant assignments"
            }
            Rule::TypeConflict => {
                "each variable, list item, dict key/value and attribute has one type"
            }
            Rule::AttributeNeverSet => "an attribute must be assigned somewhere before it is read",
            Rule::Arity => "a call must pass exactly the arguments the function accepts",
            Rule::UnknownName => {
                "every name must be a local, a module global or a supported builtin"
            }
            Rule::Import => {
                "only the program's own modules and the supported library modules can be imported"
            }
            Rule::EntryPoint => "the entry module must define `entry_point(argv)`",
        }
    }
}

/// A secondary location with a label ("first assigned here").
#[derive(Clone, Debug)]
pub struct Note {
    pub span: Span,
    pub label: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: Rule,
    pub message: String,
    pub span: Span,
    pub label: String,
    pub notes: Vec<Note>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            rule,
            message: message.into(),
            span,
            label: String::new(),
            notes: Vec::new(),
            help: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn note(mut self, span: Span, label: impl Into<String>) -> Self {
        self.notes.push(Note {
            span,
            label: label.into(),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic as text (no colours), rustc-style.
    pub fn render(&self, sources: &SourceMap) -> String {
        let file = sources.file(self.span.file);
        let clamp = |s: Span| {
            let len = file.text.len();
            let start = floor_char_boundary(&file.text, (s.start as usize).min(len));
            let end = floor_char_boundary(&file.text, (s.end as usize).min(len)).max(start);
            start..end
        };
        let title = self.message.clone();
        let mut snippet = Snippet::source(file.text.as_str())
            .line_start(1)
            .path(file.path.as_str())
            .fold(true)
            .annotation(
                AnnotationKind::Primary
                    .span(clamp(self.span))
                    .label(self.label.as_str()),
            );
        let mut other_files = Vec::new();
        for note in &self.notes {
            if note.span.file == self.span.file {
                snippet = snippet.annotation(
                    AnnotationKind::Context
                        .span(clamp(note.span))
                        .label(note.label.as_str()),
                );
            } else {
                other_files.push(note);
            }
        }
        let mut group = Level::ERROR
            .primary_title(title)
            .id(self.rule.code())
            .element(snippet);
        for note in other_files {
            let other = sources.file(note.span.file);
            let len = other.text.len();
            let start = floor_char_boundary(&other.text, (note.span.start as usize).min(len));
            let end =
                floor_char_boundary(&other.text, (note.span.end as usize).min(len)).max(start);
            group = group.element(
                Snippet::source(other.text.as_str())
                    .line_start(1)
                    .path(other.path.as_str())
                    .fold(true)
                    .annotation(
                        AnnotationKind::Context
                            .span(start..end)
                            .label(note.label.as_str()),
                    ),
            );
        }
        let rule = format!("rule: {}", self.rule.description());
        let mut report = vec![
            group,
            Group::with_title(Level::NOTE.secondary_title(rule.as_str())),
        ];
        let help;
        if let Some(h) = &self.help {
            help = h.clone();
            report.push(Group::with_title(
                Level::HELP.secondary_title(help.as_str()),
            ));
        }
        Renderer::plain().render(&report).to_string()
    }
}

/// All diagnostics of one run, reported together.
#[derive(Default, Debug)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Sorted by position and deduplicated, so output is deterministic.
    pub fn render_all(&mut self, sources: &SourceMap) -> String {
        self.items
            .sort_by_key(|d| (d.span.file, d.span.start, d.rule.code()));
        self.items
            .dedup_by(|a, b| a.span == b.span && a.message == b.message);
        let mut out = String::new();
        for d in &self.items {
            out.push_str(&d.render(sources));
            out.push_str("\n\n");
        }
        out
    }
}
