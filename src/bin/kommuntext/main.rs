//! `kommuntext`: the command-line tool, a thin layer over the library.
//!
//! It parses arguments, reads and decodes inputs, calls the library and
//! renders its output. Exit status: 0 when every input was processed, 2 when
//! an input failed or the arguments were wrong. A closed pipe (`| head`)
//! ends the program quietly with status 0.

#![forbid(unsafe_code)]

mod batch;
mod input;
mod output;
mod records;

use clap::{Parser, Subcommand, ValueEnum};
use input::Source;
use output::{is_closed_pipe, tsv_escape, Sink};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The JSON Schema of the document record (`kommuntext schema`).
const SCHEMA: &str = include_str!("../../../schema/document.schema.json");

/// Turns the text of Swedish municipal documents into structured data.
#[derive(Parser, Debug)]
#[command(name = "kommuntext", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parses documents and prints them as JSON, JSON lines or CSV.
    Parse(ParseArgs),
    /// Prints the tokens of one document, one per line.
    Tokenize(TokenizeArgs),
    /// Prints the JSON Schema (draft 2020-12) of the document record.
    Schema,
}

#[derive(Parser, Debug)]
struct ParseArgs {
    /// Files and folders to read (folders are walked for --glob); `-` or
    /// nothing reads standard input.
    paths: Vec<PathBuf>,
    /// Which files in folders to read.
    #[arg(long, default_value = "*.txt")]
    glob: String,
    /// Read the paths to parse from FILE, one per line (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// With --files-from: paths are separated by NUL bytes.
    #[arg(short = '0', long = "null")]
    null: bool,
    /// Output format. Default: json for one input, jsonl for several.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// One record per document, per §, or per decision item.
    #[arg(long, value_enum, default_value_t = Unit::Document)]
    unit: Unit,
    /// `jsonl`: read lines `{"id": …, "text": …}` from stdin and write one
    /// result line per input line as it goes.
    #[arg(long, value_enum, default_value_t = InputMode::Files)]
    input: InputMode,
    /// Parallel workers (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// Output in input order (by path) instead of completion order.
    #[arg(long)]
    sort: bool,
    /// The inputs' encoding: `auto` or a label such as `windows-1252`.
    #[arg(long, default_value = "auto")]
    encoding: String,
    /// Write to FILE (atomically: a temporary file renamed when complete).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Show a progress bar on stderr: auto (when stderr is a terminal),
    /// always, never.
    #[arg(long, value_enum, default_value_t = ProgressMode::Auto)]
    progress: ProgressMode,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = 64 << 20)]
    max_bytes: u64,
    /// Also write failed inputs as JSON lines `{"path", "error"}` to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Stop at the first input that fails.
    #[arg(long)]
    fail_fast: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Unit {
    Document,
    Paragraph,
    Decision,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputMode {
    Files,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ProgressMode {
    Auto,
    Always,
    Never,
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
        Command::Parse(args) => parse(args),
        Command::Tokenize(args) => tokenize(args),
        Command::Schema => {
            let mut out = std::io::stdout().lock();
            out.write_all(SCHEMA.as_bytes()).map(|()| Outcome::Ok)
        }
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

/// The first 16 hex digits of the SHA-256 of `bytes`, and all 64.
fn digest(bytes: &[u8]) -> (String, String) {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(bytes);
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    (hex.get(..16).unwrap_or("").to_owned(), hex)
}

/// Renders one parsed document in the chosen format and unit.
fn render(doc: &kommuntext::Document<'_>, format: Format, unit: Unit) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let err = |e: &dyn std::fmt::Display| e.to_string();
    match (format, unit) {
        (Format::Json, Unit::Document) => {
            serde_json::to_writer_pretty(&mut out, doc).map_err(|e| err(&e))?;
            out.push(b'\n');
        }
        (Format::Jsonl, Unit::Document) => {
            serde_json::to_writer(&mut out, doc).map_err(|e| err(&e))?;
            out.push(b'\n');
        }
        (Format::Json, Unit::Paragraph) => {
            serde_json::to_writer_pretty(&mut out, &records::paragraphs(doc))
                .map_err(|e| err(&e))?;
            out.push(b'\n');
        }
        (Format::Json, Unit::Decision) => {
            serde_json::to_writer_pretty(&mut out, &records::decisions(doc))
                .map_err(|e| err(&e))?;
            out.push(b'\n');
        }
        (Format::Jsonl, Unit::Paragraph) => {
            for r in records::paragraphs(doc) {
                serde_json::to_writer(&mut out, &r).map_err(|e| err(&e))?;
                out.push(b'\n');
            }
        }
        (Format::Jsonl, Unit::Decision) => {
            for r in records::decisions(doc) {
                serde_json::to_writer(&mut out, &r).map_err(|e| err(&e))?;
                out.push(b'\n');
            }
        }
        (Format::Csv, unit) => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
            match unit {
                Unit::Paragraph => {
                    for r in records::paragraphs(doc) {
                        w.serialize(r).map_err(|e| err(&e))?;
                    }
                }
                _ => {
                    for r in records::decisions(doc) {
                        w.serialize(r).map_err(|e| err(&e))?;
                    }
                }
            }
            w.flush().map_err(|e| err(&e))?;
            drop(w);
        }
    }
    Ok(out)
}

/// Decodes, parses and renders one input.
fn process(
    name: &str,
    bytes: &[u8],
    id: Option<String>,
    args: &ParseArgs,
    format: Format,
) -> Result<Vec<u8>, String> {
    let decoded = kommuntext::decode_with(bytes, &args.encoding).map_err(|e| e.to_string())?;
    let (short, full) = digest(bytes);
    let mut doc = kommuntext::parse(&decoded.text);
    doc.doc_id = Some(id.unwrap_or(short));
    doc.source = Some(kommuntext::SourceInfo {
        path: name.to_owned(),
        sha256: full,
        bytes: bytes.len() as u64,
        encoding: decoded.encoding.to_owned(),
    });
    // Decoding notes belong to the document too.
    doc.diagnostics
        .splice(0..0, decoded.diagnostics.iter().cloned());
    if bytes.is_empty() {
        doc.diagnostics.push(kommuntext::Diagnostic::new(
            "empty_input",
            kommuntext::Severity::Warning,
            "the input is empty",
            kommuntext::Span::new(0, 0),
        ));
    }
    render(&doc, format, args.unit)
}

fn progress_bar(args: &ParseArgs, len: u64) -> indicatif::ProgressBar {
    let show = !args.quiet
        && match args.progress {
            ProgressMode::Always => true,
            ProgressMode::Never => false,
            ProgressMode::Auto => std::io::stderr().is_terminal(),
        };
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(len),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta} {msg}")
    {
        bar.set_style(style);
    }
    bar
}

fn parse(args: ParseArgs) -> std::io::Result<Outcome> {
    if args.input == InputMode::Jsonl {
        return parse_stream(&args);
    }
    let mut paths = args.paths.clone();
    if let Some(list) = &args.files_from {
        paths.extend(input::read_list(list, args.null)?);
    }
    let single = paths.len() <= 1 && !paths.iter().any(|p| p.is_dir());
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    let (mut sources, walk_errors) = input::expand(&paths, &args.glob);
    if args.sort {
        sources.sort();
    }
    let format = args
        .format
        .unwrap_or(if single { Format::Json } else { Format::Jsonl });
    if format == Format::Csv && args.unit == Unit::Document {
        eprintln!(
            "kommuntext: --format csv needs a flat unit: --unit paragraph or --unit decision"
        );
        return Ok(Outcome::Failed);
    }
    let mut errors_out = match &args.errors {
        Some(p) => Some(Sink::open(Some(p))?),
        None => None,
    };
    let mut failed = false;
    let report =
        |name: &str, message: &str, errors_out: &mut Option<Sink>| -> std::io::Result<()> {
            eprintln!("{name}: {message}");
            if let Some(e) = errors_out.as_mut() {
                let line = serde_json::json!({ "path": name, "error": message });
                writeln!(e, "{line}")?;
            }
            Ok(())
        };
    for e in &walk_errors {
        failed = true;
        report(&e.source.name(), &e.message, &mut errors_out)?;
    }
    let mut sink = Sink::open(args.output.as_deref())?;
    if let Some(tmp) = sink.temporary() {
        output::remove_on_interrupt(tmp);
    }
    if format == Format::Csv {
        let header = if args.unit == Unit::Paragraph {
            records::PARAGRAPH_COLUMNS
        } else {
            records::DECISION_COLUMNS
        };
        writeln!(sink, "{}", header.join(","))?;
    }
    let bar = progress_bar(&args, sources.len() as u64);
    let threads = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let job = |src: &Source| -> batch::Outcome {
        let bytes = batch::read(src, args.max_bytes)?;
        process(&src.name(), &bytes, None, &args, format)
    };
    let result = batch::run(
        sources,
        threads,
        args.sort,
        args.fail_fast,
        job,
        |src, out| {
            bar.inc(1);
            match out {
                Ok(bytes) => sink.write_all(&bytes),
                Err(message) => {
                    failed = true;
                    report(&src.name(), &message, &mut errors_out)
                }
            }
        },
    );
    bar.finish_and_clear();
    match result {
        Ok(()) => {
            sink.finish()?;
            if let Some(e) = errors_out {
                e.finish()?;
            }
        }
        Err(e) => {
            sink.abandon();
            return Err(e);
        }
    }
    Ok(if failed { Outcome::Failed } else { Outcome::Ok })
}

/// `--input jsonl`: a streaming filter, one result line per input line.
fn parse_stream(args: &ParseArgs) -> std::io::Result<Outcome> {
    #[derive(serde::Deserialize)]
    struct Line {
        id: Option<serde_json::Value>,
        text: String,
    }
    let format = match args.format {
        Some(Format::Json) | None => Format::Jsonl,
        Some(f) => f,
    };
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut failed = false;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rendered = match serde_json::from_str::<Line>(&line) {
            Ok(l) => {
                let id = l.id.map(|v| match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                });
                process(
                    &format!("<stdin line {}>", n + 1),
                    l.text.as_bytes(),
                    id,
                    args,
                    format,
                )
            }
            Err(e) => Err(format!(
                "line {}: not a JSON object with \"text\": {e}",
                n + 1
            )),
        };
        match rendered {
            Ok(bytes) => out.write_all(&bytes)?,
            Err(message) => {
                failed = true;
                eprintln!("<stdin line {}>: {message}", n + 1);
                // `{"id": null, "error": …}`, keys in this order.
                #[derive(serde::Serialize)]
                struct Failure<'a> {
                    id: Option<()>,
                    error: &'a str,
                }
                let record = serde_json::to_string(&Failure {
                    id: None,
                    error: &message,
                })
                .map_err(std::io::Error::other)?;
                writeln!(out, "{record}")?;
            }
        }
        out.flush()?;
    }
    Ok(if failed { Outcome::Failed } else { Outcome::Ok })
}
