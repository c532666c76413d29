//! Families of hostile inputs (issue 7), shared by the tests and the
//! benchmarks: each builds a text of about `size` bytes.

/// Builds a text of about the given size.
pub type Generator = fn(usize) -> String;

/// The families: name and generator.
pub const FAMILIES: &[(&str, Generator)] = &[
    ("one line, no newline", |n| {
        "Kommunstyrelsen beslutar att anta budgeten ".repeat(n / 43 + 1)
    }),
    ("only newlines", |n| "\n".repeat(n)),
    ("§ headings in a row", |n| repeat_numbered("§ {}\n", n)),
    ("Dnr lines", |n| "Dnr KS 2019/1\n".repeat(n / 14 + 1)),
    ("a heading on every line", |n| "Beslut\n".repeat(n / 7 + 1)),
    ("1 1 1 1 (thousands bait)", |n| "1 ".repeat(n / 2 + 1)),
    ("t.ex.t.ex.", |n| "t.ex.".repeat(n / 5 + 1)),
    ("alternating -\\n", |n| "ord-\n".repeat(n / 5 + 1)),
    ("page headers, no body", |n| {
        "\u{c}SOCIALNÄMNDEN PROTOKOLL\nSammanträdesdatum 2020-12-15\nSida 1 (9)\n"
            .repeat(n / 64 + 1)
    }),
    ("random bytes, lossy", |n| {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let bytes: Vec<u8> = (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }),
    ("2019/2019/2019", |n| "2019/".repeat(n / 5 + 1)),
    ("att 1. list bait", |n| "att 1. anta ".repeat(n / 12 + 1)),
];

fn repeat_numbered(pattern: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + 32);
    let mut i = 1u64;
    while s.len() < n {
        s.push_str(&pattern.replace("{}", &i.to_string()));
        i += 1;
    }
    s
}
