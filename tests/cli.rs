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

fn run_ok(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn parse_one_file_prints_pretty_json_with_source() {
    let path = fixture("seeds/004_cb73796813b91dbf.txt");
    let v: serde_json::Value = serde_json::from_str(&run_ok(&["parse", &path])).unwrap();
    assert_eq!(v["kind"], "protokollsutdrag");
    assert_eq!(v["organ"], "Socialnämnden");
    assert_eq!(v["paragraphs"][0]["number"], 176);
    assert_eq!(v["source"]["encoding"], "utf-8");
    assert_eq!(v["source"]["bytes"], 2760);
    let sha = v["source"]["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    assert_eq!(v["doc_id"].as_str().unwrap(), &sha[..16]);
}

#[test]
fn parse_a_folder_of_mixed_kinds_gives_one_line_each_sorted() {
    let dir = fixture("");
    let out = run_ok(&["parse", &dir, "--sort", "-j", "2", "-q"]);
    let docs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(docs.len() >= 40, "{}", docs.len());
    let paths: Vec<&str> = docs
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    for kind in [
        "protokoll",
        "protokollsutdrag",
        "tjänsteskrivelse",
        "kallelse",
        "okänd",
    ] {
        assert!(docs.iter().any(|d| d["kind"] == kind), "no {kind}");
    }
    // The same documents with one worker, in the same order.
    assert_eq!(run_ok(&["parse", &dir, "--sort", "-j", "1", "-q"]), out);
}

#[test]
fn flat_units_in_every_format() {
    let dir = fixture("protokoll");
    let csv = run_ok(&[
        "parse", &dir, "--unit", "decision", "--format", "csv", "--sort",
    ]);
    let mut rows = csv.lines();
    assert!(rows
        .next()
        .unwrap()
        .starts_with("doc_id,path,kind,organ,meeting_date,document_date,paragraph,"));
    assert!(rows.count() > 20);
    let csv = run_ok(&[
        "parse",
        &dir,
        "--unit",
        "paragraph",
        "--format",
        "csv",
        "--sort",
    ]);
    let header = csv.lines().next().unwrap();
    assert!(header.contains("number,suffix,label,title,case_numbers,decision_text,outcome"));
    // Columns added after the first ones come last.
    assert!(header.ends_with(",immediately_adjusted,start,end,votes,roll_call"));
    // Two votes in one §, with their roll calls in the same order.
    let row = csv
        .lines()
        .find(|l| l.contains("stormyra") && l.contains("6/3/0/-; 5/3/1/-"))
        .unwrap();
    assert!(row.contains("Rolf Öhman (m)=ja") && row.contains("Rolf Öhman (m)=nej"));
    let jsonl = run_ok(&[
        "parse",
        &dir,
        "--unit",
        "paragraph",
        "--format",
        "jsonl",
        "--sort",
    ]);
    for l in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        for key in [
            "doc_id",
            "kind",
            "organ",
            "meeting_date",
            "document_date",
            "number",
            "title",
            "case_numbers",
            "decision_text",
            "outcome",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {l}");
        }
    }
    let json = run_ok(&[
        "parse",
        &fixture("seeds/004_cb73796813b91dbf.txt"),
        "--unit",
        "decision",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 7);
    assert_eq!(v[0]["outcome"], "bifall");
    // CSV needs a flat unit.
    let out = bin()
        .args(["parse", &dir, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_batch_with_bad_inputs_goes_on_and_exits_2() {
    let dir = tmpdir("batch");
    std::fs::copy(
        fixture("seeds/000_b640cc7502d13700.txt"),
        dir.join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("scan.txt"), b"%PDF-1.4\x00\x00\x01binary").unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Socialn\xe4mnden\nProtokollsutdrag\n\n\xa7 12\nBudget\n\nBeslut\nRapporten noteras.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("broken.txt")).unwrap();
    std::fs::write(dir.join("ignored.md"), b"not read").unwrap();
    let errors = dir.join("errors.jsonl");
    let out = bin()
        .arg("parse")
        .arg(&dir)
        .args(["--sort", "-q", "--errors"])
        .arg(&errors)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.txt: ") && stderr.contains("scan.txt: not text"),
        "{stderr}"
    );
    let docs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3, "empty, good and latin1 are parsed");
    let by_name = |n: &str| {
        docs.iter()
            .find(|d| d["source"]["path"].as_str().unwrap().ends_with(n))
            .unwrap()
    };
    assert_eq!(by_name("empty.txt")["kind"], "okänd");
    assert!(by_name("empty.txt")["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "empty_input"));
    assert_eq!(by_name("good.txt")["kind"], "tjänsteskrivelse");
    let latin = by_name("latin1.txt");
    assert_eq!(latin["source"]["encoding"], "windows-1252");
    assert_eq!(latin["organ"], "Socialnämnden");
    assert_eq!(latin["paragraphs"][0]["number"], 12);
    let errs: Vec<serde_json::Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errs.len(), 2);
    assert!(errs
        .iter()
        .all(|e| e["path"].is_string() && e["error"].is_string()));
    // --fail-fast stops at the first failure and still exits 2.
    let out = bin()
        .arg("parse")
        .arg(&dir)
        .args(["--sort", "-q", "-j", "1", "--fail-fast"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_and_jsonl_streaming() {
    let mut child = bin()
        .args(["parse"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("§ 3\nBudget\n\nBeslut\nRapporten noteras.\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"]["path"], "-");
    assert_eq!(
        v["paragraphs"][0]["decisions"][0]["items"][0]["outcome"],
        "noterad"
    );

    let mut child = bin()
        .args(["parse", "--input", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    // One line in, one line out, before the next line is written: streaming.
    for (i, text) in ["§ 1\nA\n\nBeslut\nGodkänna.\n", "Pressmeddelande\nHej.\n"]
        .iter()
        .enumerate()
    {
        let line = serde_json::json!({ "id": format!("doc-{i}"), "text": text });
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let mut got = String::new();
        std::io::BufRead::read_line(&mut stdout, &mut got).unwrap();
        let v: serde_json::Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["doc_id"], format!("doc-{i}"));
    }
    writeln!(stdin, "not json").unwrap();
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let v: serde_json::Value = serde_json::from_str(rest.trim()).unwrap();
    assert!(v["id"].is_null() && v["error"].is_string());
    assert_eq!(child.wait().unwrap().code(), Some(2));
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let printed = run_ok(&["schema"]);
    let committed = std::fs::read_to_string(format!(
        "{}/schema/document.schema.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(printed, committed);
    let v: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

/// Checks `value` against the parts of JSON Schema the contract uses:
/// type, const, enum, required, properties, items, anyOf and $ref.
fn conforms(
    schema: &serde_json::Value,
    root: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
    errors: &mut Vec<String>,
) {
    use serde_json::Value;
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return conforms(&root["$defs"][name], root, value, at, errors);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let ok = any.iter().any(|s| {
            let mut e = Vec::new();
            conforms(s, root, value, at, &mut e);
            e.is_empty()
        });
        if !ok {
            errors.push(format!("{at}: matches no alternative"));
        }
        return;
    }
    if let Some(c) = schema.get("const") {
        if c != value {
            errors.push(format!("{at}: want {c}, got {value}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(value) {
            errors.push(format!("{at}: {value} not in enum"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !(types.contains(&actual) || actual == "integer" && types.contains(&"number")) {
            errors.push(format!("{at}: type {actual}, want {types:?}"));
        }
    }
    if let (Some(req), Some(obj)) = (
        schema.get("required").and_then(Value::as_array),
        value.as_object(),
    ) {
        for k in req.iter().filter_map(Value::as_str) {
            if !obj.contains_key(k) {
                errors.push(format!("{at}: key {k} missing"));
            }
        }
        // Keys in the contract's order.
        let want: Vec<&str> = req.iter().filter_map(Value::as_str).collect();
        let got: Vec<&str> = obj
            .keys()
            .map(String::as_str)
            .filter(|k| want.contains(k))
            .collect();
        if got != want {
            errors.push(format!("{at}: key order {got:?}"));
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, s) in props {
                if let Some(v) = obj.get(k) {
                    conforms(s, root, v, &format!("{at}.{k}"), errors);
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            conforms(items, root, v, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn every_record_of_every_fixture_has_every_key_of_the_contract() {
    let schema: serde_json::Value = serde_json::from_str(&run_ok(&["schema"])).unwrap();
    let out = run_ok(&["parse", &fixture(""), "--sort", "-q"]);
    let mut n = 0;
    for l in out.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let mut errors = Vec::new();
        conforms(&schema, &schema, &v, "$", &mut errors);
        assert!(
            errors.is_empty(),
            "{}: {}",
            v["source"]["path"],
            errors.join("\n")
        );
        n += 1;
    }
    assert!(n >= 40);
}

/// Every `kommuntext …` line in the README's shell blocks runs and exits 0,
/// in a folder where the README's example names exist (made from fixtures).
#[test]
fn readme_commands_run() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line.trim() == "```sh";
            continue;
        }
        if in_sh && line.starts_with("kommuntext ") {
            let cmd = line.split("  #").next().unwrap().trim().to_owned();
            commands.push(cmd);
        }
    }
    assert!(commands.len() >= 5, "{commands:?}");
    let dir = tmpdir("readme");
    let arkiv = dir.join("arkiv");
    std::fs::create_dir_all(&arkiv).unwrap();
    let mut list = String::new();
    for e in std::fs::read_dir(fixture("protokoll")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            let to = arkiv.join(p.file_name().unwrap());
            std::fs::copy(&p, &to).unwrap();
            list.push_str(&format!("{}\n", to.display()));
        }
    }
    std::fs::write(dir.join("lista.txt"), list).unwrap();
    std::fs::copy(
        fixture("seeds/004_cb73796813b91dbf.txt"),
        dir.join("protokoll.txt"),
    )
    .unwrap();
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_kommuntext"))
        .parent()
        .unwrap()
        .to_owned();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for cmd in &commands {
        let out = Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README command failed: {cmd}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // What they wrote is there.
    assert!(std::fs::read_to_string(dir.join("beslut.csv"))
        .unwrap()
        .starts_with("doc_id,"));
    assert!(
        std::fs::read_to_string(dir.join("dokument.jsonl"))
            .unwrap()
            .lines()
            .count()
            >= 20
    );
}
