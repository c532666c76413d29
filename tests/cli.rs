//! The `kommuntext` binary, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kommuntext"))
}

fn fixture(name: &str) -> String {
    format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kommuntext-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn tokenize_tsv_is_lossless_and_escaped() {
    let path = fixture("seeds/004_cb73796813b91dbf.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = bin().args(["tokenize", &path]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("start\tend\tkind\ttext"));
    let mut rebuilt = String::new();
    let mut pos = 0;
    for l in lines {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 4, "{l:?}");
        let (start, end): (usize, usize) = (cols[0].parse().unwrap(), cols[1].parse().unwrap());
        assert_eq!(start, pos);
        pos = end;
        let cell = cols[3]
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\r", "\r")
            .replace("\\f", "\u{c}")
            .replace("\\\\", "\\");
        assert_eq!(cell, &text[start..end]);
        rebuilt.push_str(&cell);
    }
    assert_eq!(rebuilt, text);
    assert!(stdout.contains("\tcode\tSN/2020:223\n"));
}

#[test]
fn tokenize_jsonl_from_stdin_decodes_windows_1252() {
    let mut child = bin()
        .args(["tokenize", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Socialn\xe4mnden beslutar")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let first: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["kind"], "word");
    assert_eq!(first["text"], "Socialnämnden");
    assert_eq!(first["span"], serde_json::json!([0, 14]));
    // Keys in the documented order.
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 4);
}

#[test]
fn unreadable_and_binary_inputs_fail_with_status_2() {
    let dir = tmpdir("bad");
    let binary = dir.join("scan.pdf.txt");
    std::fs::write(&binary, b"%PDF\x00\x01\x02").unwrap();
    for path in [dir.join("missing.txt"), binary, dir.clone()] {
        let out = bin().arg("tokenize").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(&path.display().to_string()), "{err}");
    }
    let out = bin()
        .args([
            "tokenize",
            "--max-bytes",
            "10",
            &fixture("seeds/004_cb73796813b91dbf.txt"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-bytes"));
    let out = bin().args(["tokenize", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn empty_input_gives_only_the_header() {
    let dir = tmpdir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = bin().arg("tokenize").arg(&empty).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "start\tend\tkind\ttext\n"
    );
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = tmpdir("out");
    let target = dir.join("tokens.tsv");
    let out = bin()
        .args(["tokenize", &fixture("seeds/000_b640cc7502d13700.txt"), "-o"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(out.status.success());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("start\tend\tkind\ttext\n") && written.contains("2021.231"));
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    // A failed input leaves no output file at all.
    let target2 = dir.join("never.tsv");
    let out = bin()
        .args(["tokenize", "/no/such/file", "-o"])
        .arg(&target2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!target2.exists());
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // Far more output than a pipe buffer holds, so writes do hit the closed pipe.
    let dir = tmpdir("pipe");
    let big = dir.join("big.txt");
    let seed = std::fs::read_to_string(fixture("seeds/004_cb73796813b91dbf.txt")).unwrap();
    std::fs::write(&big, seed.repeat(400)).unwrap();
    let mut child = bin()
        .arg("tokenize")
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line and hang up, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 16];
    let _ = std::io::Read::read(&mut stdout, &mut buf).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
