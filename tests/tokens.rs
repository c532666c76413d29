//! Tokenizer and sentence splitter: the spec files, the guarantees, and
//! property tests.

use crate::support::spec::{self, escape};
use kommuntext::{compound_head, sentences, tokenize, tokenize_reference, Span, Token, TokenKind};
use proptest::prelude::*;

fn render(text: &str, t: &Token) -> String {
    format!("{} {}", t.kind.as_str(), escape(t.text(text)))
}

#[test]
fn spec_tokens() {
    let examples = spec::read_all("tokens");
    assert!(
        examples.len() >= 50,
        "only {} token examples",
        examples.len()
    );
    let mut failures = Vec::new();
    for ex in &examples {
        let text = &ex.input;
        let tokens: Vec<Token> = tokenize(text).collect();
        let all = ex.expected.iter().any(|l| {
            l.starts_with("whitespace ")
                || l.starts_with("newline ")
                || l.starts_with("page_break ")
        });
        let shown: Vec<&Token> = tokens
            .iter()
            .filter(|t| all || !t.kind.is_space())
            .collect();
        let mut got = Vec::new();
        for (i, t) in shown.iter().enumerate() {
            // Show the normalized form where the expectation asks for it.
            let wants_norm = ex.expected.get(i).is_some_and(|l| l.contains(" => "));
            let mut line = render(text, t);
            if wants_norm {
                line.push_str(" => ");
                line.push_str(&escape(&t.normalized(text)));
            }
            got.push(line);
        }
        let want: Vec<String> = ex.expected.iter().map(|l| escape(l)).collect();
        if got != want {
            failures.push(format!(
                "{}\n  input: {}\n  want: {:?}\n  got:  {:?}",
                ex.origin,
                escape(text),
                want,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

#[test]
fn spec_sentences() {
    let examples = spec::read_all("sentences");
    let mut failures = Vec::new();
    for ex in &examples {
        let text = &ex.input;
        let got: Vec<String> = sentences(text)
            .map(|s| escape(&text[s.trim(text)]))
            .filter(|s| !s.is_empty())
            .collect();
        let want: Vec<String> = ex.expected.iter().map(|l| escape(l)).collect();
        if got != want {
            failures.push(format!(
                "{}\n  want: {:?}\n  got:  {:?}",
                ex.origin, want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

/// The guarantees every tokenization must meet.
fn check_tokens(text: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<Token> = tokenize(text).collect();
    let mut pos = 0;
    for t in &tokens {
        prop_assert_eq!(t.span.start, pos, "gap or overlap before {:?}", t);
        prop_assert!(t.span.end > t.span.start, "empty token {:?}", t);
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        // normalized never panics and never grows a token past a few bytes per char.
        let n = t.normalized(text);
        prop_assert!(n.len() <= 3 * t.span.len() + 3);
        pos = t.span.end;
    }
    prop_assert_eq!(pos, text.len());
    let concat: String = tokens.iter().map(|t| t.text(text)).collect();
    prop_assert_eq!(&concat, text);
    // The fast paths agree with the general path, by `next` and by `fold`.
    let reference: Vec<Token> = tokenize_reference(text).collect();
    prop_assert_eq!(&tokens, &reference);
    prop_assert_eq!(&by_fold(text), &reference);
    prop_assert_eq!(tokenize(text).count(), reference.len());
    // Sentences: ordered, contiguous, covering.
    let mut pos = 0;
    for s in sentences(text) {
        prop_assert_eq!(s.start, pos);
        prop_assert!(s.end > s.start);
        prop_assert!(text.is_char_boundary(s.end));
        pos = s.end;
    }
    prop_assert_eq!(pos, text.len());
    for t in &tokens {
        if let Some(h) = compound_head(text, *t) {
            prop_assert!(h.span.start >= t.span.end && h.span.end <= text.len());
            prop_assert!(text.get(h.span.range()).is_some());
        }
    }
    Ok(())
}

/// Swedish-ish text: letters a–ö, digits, § . , : / - – NBSP, soft hyphen,
/// CRLF, form feed, combining ring and diaeresis, and whole pieces that hit
/// the interesting rules.
fn swedish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zåäöA-ZÅÄÖ]{1,8}",
        2 => "[0-9]{1,4}",
        3 => prop::sample::select(vec![
            " ", " ", "\n", "\r\n", "\r", "\u{c}", "\u{a0}", "\u{ad}", "\u{30a}", "\u{308}", "§", "§§",
            ".", ",", ":", "/", "-", "–", "—", "\u{2010}", "\u{2011}", "(", ")", "@", "%", "t.ex.",
            "kl.", "bil.", "S:t", ":s", ":e", "-\n", "- ", "och", "www.", "http://", "2020-12-15",
            "13.00", "–15.30", "1 250", "\u{a0}000", "ﬁ", "\t", "\u{202f}", "att 1. ",
        ]).prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Longer Swedish-ish text: several 64-byte blocks of the fast path, with
/// words, runs of spaces and two-byte letters across block ends.
fn swedish_long() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => swedish(),
            1 => "[a-zåäöéüçß×÷A-ZÅÄÖÉ]{20,80}",
            1 => " {2,80}",
        ],
        1..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn tokens_are_lossless_on_long_swedish_text(text in swedish_long()) {
        check_tokens(&text)?;
    }

    #[test]
    fn tokens_are_lossless_on_swedish_text(text in swedish()) {
        check_tokens(&text)?;
    }

    #[test]
    fn tokens_are_lossless_on_any_string(text in any::<String>()) {
        check_tokens(&text)?;
    }

    #[test]
    fn tokens_are_lossless_on_ascii_punctuation(text in "[ -~\n\r\u{c}]{0,64}") {
        check_tokens(&text)?;
    }
}

/// The tokens by `Iterator::fold` (which `for_each` and `count` use), not
/// by `next`.
fn by_fold(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize(text).for_each(|t| tokens.push(t));
    tokens
}

/// The fast path reads the text in 64-byte blocks: every snippet at every
/// offset in a block gives the tokens of the general path.
#[test]
fn fast_path_agrees_at_every_block_offset() {
    let snippets = [
        "Socialnämnden beslutar att bifalla förslaget",
        "åäöÅÄÖ éü ç ß × ÷ 3×4 a÷b Ça ÿ",
        "kommunstyrelsensarbetsutskottsledamöterna ochsåvidare",
        "enl. KS beslut, dnr SN/2020:223 kl. 13.00–15.30",
        "omsorgs-\nnämnden Barn- och ungdoms-\nförvaltningen",
        "www.kommun.se http://a.se anna.berg@kommun.se",
        "                                                  kolumn",
        "1 250 000 kr, 3,5 mnkr § 176 §§ 2020-12-15",
        "a\u{30a} Va\u{308}sterås beroende\u{ad}s \u{a0}x\u{2003}y",
        "ca. 5 st. bil. 3 köpte en bil. Sedan jul. och vård.\nOrdf. www. http. s.k. ",
        "176. 08 123 456 3,5 12, 13) 14; 15.\n16\r\n2019. 7.a 1 000. 12 000 kr 2020-12-15 9.30",
        "§§§ § 5 a\r\nb\r\rc\u{c}d !! ?? ** %% ++ -- ... ,, (( )) ;; :: \"x\" 'y' [z] {w} a\\b",
        "ord) ord; ord! ord? ord\" ord' ord] ord} ord* ord% ord& ord# ord= ord< ord> ord| ord~ ord`",
        "ord- ord-ord ord/ ord: ord@ ord_ ord+ ord9 ordÅ ordł ord\u{301} ord\u{ad}x ord\u{a0}",
        "anna+berg@kommun.se a_b@x.se a-b@x.se a.b@x.se ab@x.se www.x.se http://x.se",
    ];
    for snippet in snippets {
        for pad in 0..=70 {
            let prefix: String = (0..pad)
                .map(|i| if i % 5 == 4 { ' ' } else { 'x' })
                .collect();
            for text in [
                format!("{prefix}{snippet}"),
                format!("{prefix} {snippet}"),
                format!("{prefix}å{snippet}"),
            ] {
                let want: Vec<Token> = tokenize_reference(&text).collect();
                let got: Vec<Token> = tokenize(&text).collect();
                assert_eq!(got, want, "next: {text:?}");
                assert_eq!(by_fold(&text), want, "fold: {text:?}");
            }
        }
    }
}

/// The fast path and the general path agree on every fixture.
#[test]
fn fast_path_agrees_on_every_fixture() {
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures"
    ))];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "txt") {
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let want: Vec<Token> = tokenize_reference(&text).collect();
                let got: Vec<Token> = tokenize(&text).collect();
                assert!(got == want, "next: {}", path.display());
                assert!(by_fold(&text) == want, "fold: {}", path.display());
                n += 1;
            }
        }
    }
    assert!(n >= 45, "{n} fixtures");
}

#[test]
fn empty_text_gives_nothing() {
    assert_eq!(tokenize("").count(), 0);
    assert_eq!(sentences("").count(), 0);
}

#[test]
fn the_seeds_tokenize_losslessly() {
    for name in ["000_b640cc7502d13700.txt", "004_cb73796813b91dbf.txt"] {
        let path = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        check_tokens(&text).unwrap();
        let codes: Vec<&str> = tokenize(&text)
            .filter(|t| t.kind == TokenKind::Code)
            .map(|t| t.text(&text))
            .collect();
        assert!(
            codes.contains(&"SN/2020:223") || codes.contains(&"2021.231"),
            "{name}: {codes:?}"
        );
    }
}

#[test]
fn compound_head_finds_the_head_or_nothing() {
    let text = "Barn- och ungdomsförvaltningen";
    let first = tokenize(text).next().unwrap();
    assert_eq!(
        compound_head(text, first).unwrap().text(text),
        "ungdomsförvaltningen"
    );
    let text = "kultur-\neller fritidsnämnden";
    let first = tokenize(text).next().unwrap();
    assert_eq!(first.kind, TokenKind::SuspendedCompound);
    assert_eq!(
        compound_head(text, first).unwrap().text(text),
        "fritidsnämnden"
    );
    // Not a suspended compound, or nothing joins it to a head.
    let text = "på- gående";
    let first = tokenize(text).next().unwrap();
    assert_eq!(compound_head(text, first), None);
    let text = "Socialnämnden";
    assert_eq!(compound_head(text, tokenize(text).next().unwrap()), None);
}

#[test]
fn normalized_borrows_when_nothing_changes() {
    let text = "Socialnämnden beslutar";
    for t in tokenize(text) {
        assert!(matches!(t.normalized(text), std::borrow::Cow::Borrowed(_)));
    }
}

/// Hostile inputs stay in proportion: the token and sentence counts of a 4×
/// larger input are 4× (nothing is merged across the whole input or re-read),
/// and tokenizing 1 MiB of each finishes. Timing is left to the benchmarks'
/// `pathological` group.
#[test]
fn hostile_inputs_tokenize_in_one_pass() {
    let families: [(&str, &str); 10] = [
        ("sections", "§§§§"),
        ("dots", "......"),
        ("no spaces", "ordochordochord"),
        ("digits", "1 "),
        ("abbreviations", "t.ex.t.ex."),
        ("line hyphens", "ord-\n"),
        ("codes", "2019/2019/"),
        ("emails", "a.a.a.a.a."),
        ("thousands", "1 000 000 "),
        ("combining", "a\u{30a}\u{30a}\u{ad}"),
    ];
    for (name, unit) in families {
        let reps = (256 << 10) / unit.len();
        let small: String = unit.repeat(reps);
        let large: String = unit.repeat(4 * reps);
        let (a, b) = (tokenize(&small).count(), tokenize(&large).count());
        if a > 16 {
            let ratio = b as f64 / a as f64;
            assert!((3.9..=4.1).contains(&ratio), "{name}: {a} tokens vs {b}");
        } else {
            assert_eq!(a, b, "{name}: one long token either way");
        }
        let (a, b) = (sentences(&small).count(), sentences(&large).count());
        assert!(b >= 1 && b <= 4 * a + 1, "{name}: {a} sentences vs {b}");
        let last = sentences(&large).last().map(|s: Span| s.end);
        assert_eq!(last, Some(large.len()), "{name}");
    }
}
