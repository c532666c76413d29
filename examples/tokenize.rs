//! Tokenizes a file (or stdin) and prints one JSON object per token:
//! `{"kind": …, "span": [start, end], "text": …, "normalized": …}`.
//!
//! `cargo run --release --example tokenize -- fixtures/seeds/004_cb73796813b91dbf.txt`
//!
//! (The `kommuntext` command-line tool replaces this once it lands.)

use std::io::{Read, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1).as_deref() {
        None | Some("-") => {
            std::io::stdin().read_to_string(&mut text)?;
        }
        Some(path) => text = std::fs::read_to_string(path)?,
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for token in kommuntext::tokenize(&text) {
        let line = serde_json::json!({
            "kind": token.kind.as_str(),
            "span": [token.span.start, token.span.end],
            "text": token.text(&text),
            "normalized": token.normalized(&text),
        });
        if let Err(e) = writeln!(out, "{line}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e.into());
        }
    }
    out.flush().or_else(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Ok(())
        } else {
            Err(e)
        }
    })?;
    Ok(())
}
