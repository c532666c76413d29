//! `kommuntext`: the command-line tool, a thin layer over the library.
//!
//! It parses arguments, reads and decodes inputs, calls the library and
//! renders its output. Exit status: 0 when every input was processed, 2 when
//! an input failed or the arguments were wrong. A closed pipe (`| head`)
//! ends the program quietly with status 0.

mod input;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use input::Source;
use output::{is_closed_pipe, tsv_escape, Sink};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns the text of Swedish municipal documents into structured data.
#[derive(Parser, Debug)]
#[command(name = "kommuntext", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Prints the tokens of one document, one per line.
    Tokenize(TokenizeArgs),
}

#[derive(Parser, Debug)]
struct TokenizeArgs {
    /// The file to read; `-` or nothing reads standard input.
    path: Option<PathBuf>,
    /// Output format: `tsv` (columns start, end, kind, text; tab, newline,
    /// carriage return, form feed and backslash escaped as \t \n \r \f \\)
    /// or `jsonl` (one JSON object per token).
    #[arg(long, value_enum, default_value_t = TokenFormat::Tsv)]
    format: TokenFormat,
    /// The input's encoding: `auto` (BOM, UTF-8, else the legacy encoding
    /// that looks most like Swedish) or a label such as `windows-1252`.
    #[arg(long, default_value = "auto")]
    encoding: String,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = 64 << 20)]
    max_bytes: u64,
    /// Write to FILE (atomically: a temporary file renamed when complete).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum TokenFormat {
    Tsv,
    Jsonl,
}

/// How a command ended.
enum Outcome {
    Ok,
    /// Some input failed; the messages were printed.
    Failed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Tokenize(args) => tokenize(args),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(2),
        Err(e) if is_closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kommuntext: {e}");
            ExitCode::from(2)
        }
    }
}

/// Reads and decodes one input, printing `path: message` on failure.
fn read_text(source: &Source, encoding: &str, max_bytes: u64) -> Option<(String, &'static str)> {
    let loaded = match input::load(source, max_bytes) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}: {}", e.source.name(), e.message);
            return None;
        }
    };
    match kommuntext::decode_with(&loaded.bytes, encoding) {
        Ok(d) => {
            for diag in &d.diagnostics {
                if diag.severity != kommuntext::Severity::Info {
                    eprintln!("{}: {}", source.name(), diag);
                }
            }
            Some((d.text.into_owned(), d.encoding))
        }
        Err(e) => {
            eprintln!("{}: {e}", source.name());
            None
        }
    }
}

fn tokenize(args: TokenizeArgs) -> std::io::Result<Outcome> {
    let source = match &args.path {
        None => Source::Stdin,
        Some(p) if p.as_os_str() == "-" => Source::Stdin,
        Some(p) => Source::File(p.clone()),
    };
    let Some((text, _encoding)) = read_text(&source, &args.encoding, args.max_bytes) else {
        return Ok(Outcome::Failed);
    };
    let mut sink = Sink::open(args.output.as_deref())?;
    let result = write_tokens(&mut sink, &text, args.format);
    match result {
        Ok(()) => sink.finish()?,
        Err(e) => {
            sink.abandon();
            return Err(e);
        }
    }
    Ok(Outcome::Ok)
}

/// One token in `--format jsonl`: `{"kind", "span": [start, end], "text",
/// "normalized"}`, keys in this order.
#[derive(serde::Serialize)]
struct TokenRecord<'a> {
    kind: kommuntext::TokenKind,
    span: kommuntext::Span,
    text: &'a str,
    normalized: std::borrow::Cow<'a, str>,
}

fn write_tokens(out: &mut Sink, text: &str, format: TokenFormat) -> std::io::Result<()> {
    let mut line = String::with_capacity(256);
    if let TokenFormat::Tsv = format {
        out.write_all(b"start\tend\tkind\ttext\n")?;
    }
    for t in kommuntext::tokenize(text) {
        line.clear();
        match format {
            TokenFormat::Tsv => {
                line.push_str(&format!(
                    "{}\t{}\t{}\t",
                    t.span.start,
                    t.span.end,
                    t.kind.as_str()
                ));
                tsv_escape(t.text(text), &mut line);
                line.push('\n');
            }
            TokenFormat::Jsonl => {
                let record = TokenRecord {
                    kind: t.kind,
                    span: t.span,
                    text: t.text(text),
                    normalized: t.normalized(text),
                };
                line.push_str(&serde_json::to_string(&record).map_err(std::io::Error::other)?);
                line.push('\n');
            }
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}
