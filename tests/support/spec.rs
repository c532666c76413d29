//! Reader for the spec files in `fixtures/spec/*.md`.
//!
//! A spec file is Markdown prose with example blocks, in the style of the
//! CommonMark spec, so that a domain expert can add cases without Rust:
//!
//! ````text
//! ```example
//! input text, one or more lines
//! .
//! expected output, one item per line
//! ```
//! ````
//!
//! The line holding a single `.` separates input from expected output.
//! In both parts these escapes are read: `\n` newline, `\r` carriage return,
//! `\t` tab, `\f` form feed, `\u{XXXX}` any code point (e.g. `\u{a0}` for a
//! no-break space, `\u{ad}` for a soft hyphen), `\\` a backslash. Lines of
//! the input are joined with `\n`; the input has no final newline unless an
//! escape writes one.

use std::path::Path;

/// One example block.
#[derive(Debug, Clone)]
pub struct Example {
    /// File and line of the opening fence, for failure messages.
    pub origin: String,
    /// The input, escapes resolved.
    pub input: String,
    /// The expected lines, escapes resolved.
    pub expected: Vec<String>,
}

/// Resolves the escapes described in the module docs.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('f') => out.push('\u{c}'),
            Some('\\') => out.push('\\'),
            Some('u') if chars.peek() == Some(&'{') => {
                chars.next();
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or_else(|| panic!("bad escape \\u{{{hex}}}"));
                out.push(cp);
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Escapes a string the way `unescape` reads it back (for failure messages
/// and for writing expected lines).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{c}' => out.push_str("\\f"),
            '\\' => out.push_str("\\\\"),
            '\u{a0}' | '\u{ad}' | '\u{202f}' | '\u{200b}' | '\u{feff}' => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c if ('\u{300}'..='\u{36f}').contains(&c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Reads every example block of one spec file.
pub fn read(path: &Path) -> Vec<Example> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse(&text, &path.display().to_string())
}

/// Reads every example block of a spec text.
pub fn parse(text: &str, name: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((no, line)) = lines.next() {
        let fence = line.trim_end();
        if !(fence.starts_with("```") && fence.trim_start_matches('`') == "example") {
            continue;
        }
        let ticks = fence.len() - "example".len();
        let mut input = Vec::new();
        let mut expected = Vec::new();
        let mut in_expected = false;
        let mut closed = false;
        for (_, l) in lines.by_ref() {
            if l.trim_end().len() == ticks && l.trim_end().chars().all(|c| c == '`') {
                closed = true;
                break;
            }
            if !in_expected && l == "." {
                in_expected = true;
                continue;
            }
            if in_expected {
                if !l.trim().is_empty() {
                    expected.push(unescape(l));
                }
            } else {
                input.push(l);
            }
        }
        assert!(closed, "{name}:{}: example block is not closed", no + 1);
        assert!(
            in_expected,
            "{name}:{}: example block has no `.` line",
            no + 1
        );
        examples.push(Example {
            origin: format!("{name}:{}", no + 1),
            input: unescape(&input.join("\n")),
            expected,
        });
    }
    examples
}

/// Every spec file whose name starts with `prefix`, with its examples.
pub fn read_all(prefix: &str) -> Vec<Example> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/spec");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "md")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    paths.sort();
    let examples: Vec<Example> = paths.iter().flat_map(|p| read(p)).collect();
    assert!(
        !examples.is_empty(),
        "no examples in fixtures/spec/{prefix}*.md"
    );
    examples
}

#[test]
fn spec_reader_reads_blocks_and_escapes() {
    let text = "prose\n\n```example\nBarn-\\nnämnd\nrad två\n.\nword Barn\n\nword x\\u{a0}y\n```\nmore\n````example\na\n.\nb\n````\n";
    let ex = parse(text, "t");
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].input, "Barn-\nnämnd\nrad två");
    assert_eq!(ex[0].expected, vec!["word Barn", "word x\u{a0}y"]);
    assert_eq!(ex[1].input, "a");
    assert_eq!(escape("a\u{a0}\n\\"), "a\\u{a0}\\n\\\\");
    assert_eq!(unescape(&escape("å\u{30a}\t\u{c}")), "å\u{30a}\t\u{c}");
}
