//! A `cargo deny check licenses sources`-style check without the network
//! when the package cache is full (crates.io only, else):
//! every package in the dependency graph (all features, all targets) must
//! come from crates.io or this repository and carry a licence expression
//! made only of allowed licences. `deny.toml` holds the same policy for
//! `cargo deny`, which also checks advisories where the advisory database
//! can be fetched (see the README, "Supply chain").

use std::process::Command;

/// Licences a user of kommuntext can ship without conditions beyond
/// attribution (the same list as `deny.toml`).
const ALLOWED: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "0BSD",
    "CC0-1.0",
    "BSL-1.0",
    "MPL-2.0",
];

/// Whether an SPDX expression is satisfiable with allowed licences: an
/// `OR` needs one allowed side, an `AND` needs both (parentheses are read
/// as grouping; `/` is the old spelling of `OR`).
fn allowed(expr: &str) -> bool {
    let e = expr.trim();
    let e = strip_parens(e);
    if let Some((a, b)) = split_top(e, " OR ").or_else(|| split_top(e, "/")) {
        return allowed(a) || allowed(b);
    }
    if let Some((a, b)) = split_top(e, " AND ") {
        return allowed(a) && allowed(b);
    }
    ALLOWED.contains(&e)
}

fn strip_parens(e: &str) -> &str {
    let b = e.as_bytes();
    if b.first() == Some(&b'(') && b.last() == Some(&b')') {
        // Only when the outer pair matches.
        let mut depth = 0;
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 && i + 1 < b.len() {
                        return e;
                    }
                }
                _ => {}
            }
        }
        return e[1..e.len() - 1].trim();
    }
    e
}

/// Splits at the first `sep` outside parentheses.
fn split_top<'a>(e: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let mut depth = 0i32;
    for (i, c) in e.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 && e[i..].starts_with(sep) => {
                return Some((&e[..i], &e[i + sep.len()..]));
            }
            _ => {}
        }
    }
    None
}

#[test]
fn spdx_expressions_are_read_as_spdx() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(!allowed("GPL-3.0-only"));
    assert!(!allowed("MIT AND GPL-3.0-only"));
    assert!(allowed("GPL-3.0-only OR MIT"));
    assert!(!allowed(""));
}

#[test]
fn every_dependency_has_an_allowed_licence_and_a_known_source() {
    let meta = metadata("--all-features");
    let packages = meta["packages"].as_array().unwrap();
    assert!(
        packages.len() > 20,
        "the graph should hold the dependencies"
    );
    let mut bad = Vec::new();
    for p in packages {
        let name = p["name"].as_str().unwrap_or("?");
        let version = p["version"].as_str().unwrap_or("?");
        let source = p["source"].as_str();
        // None: a path package of this workspace.
        if let Some(s) = source {
            if !s.starts_with("registry+https://github.com/rust-lang/crates.io-index")
                && !s.starts_with("sparse+https://index.crates.io/")
            {
                bad.push(format!("{name} {version}: source {s}"));
            }
        }
        match p["license"].as_str() {
            Some(l) if allowed(l) => {}
            Some(l) => bad.push(format!("{name} {version}: licence {l}")),
            None => bad.push(format!("{name} {version}: no licence expression")),
        }
    }
    assert!(
        bad.is_empty(),
        "dependency policy violations:\n{}",
        bad.join("\n")
    );
}

/// `cargo metadata` for this package with `features` flags: offline when
/// the package cache already holds every dependency's manifest, else from
/// crates.io. A fresh machine has only the crates its own build needed (not
/// the Windows-only ones, nor the fuzz targets'), so offline alone fails
/// there.
fn metadata(features: &str) -> serde_json::Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = |offline: bool| {
        let mut args = vec!["metadata", "--format-version", "1", "--locked"];
        if offline {
            args.push("--offline");
        }
        args.push(features);
        Command::new(&cargo)
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo metadata runs")
    };
    let mut out = run(true);
    if !out.status.success() {
        out = run(false);
    }
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `1.65`, `1.85.0` as comparable numbers (a missing part is 0).
fn version(v: &str) -> (u32, u32, u32) {
    let mut it = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
    )
}

/// The packages the root needs to build (normal and build dependencies,
/// not dev-dependencies), each with its declared `rust-version`.
fn build_closure(meta: &serde_json::Value) -> Vec<(String, Option<String>)> {
    let root = meta["resolve"]["root"].as_str().unwrap();
    let nodes = meta["resolve"]["nodes"].as_array().unwrap();
    let node = |id: &str| nodes.iter().find(|n| n["id"] == id).unwrap();
    let package = |id: &str| {
        meta["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
    };
    let mut seen = vec![root.to_owned()];
    let mut stack = vec![root.to_owned()];
    while let Some(id) = stack.pop() {
        for d in node(&id)["deps"].as_array().unwrap() {
            let built = d["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].is_null() || k["kind"] == "build");
            let pkg = d["pkg"].as_str().unwrap().to_owned();
            if built && !seen.contains(&pkg) {
                seen.push(pkg.clone());
                stack.push(pkg);
            }
        }
    }
    seen.iter()
        .filter(|id| id.as_str() != root)
        .map(|id| {
            let p = package(id);
            (
                p["name"].as_str().unwrap().to_owned(),
                p["rust_version"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// `rust-version` in Cargo.toml is the library's (`default-features =
/// false`): every package the library builds with must accept that
/// toolchain. Our own use of std is checked against it by clippy's
/// `incompatible_msrv` lint in CI. The CLI's dependencies (clap,
/// encoding_rs, …) need newer toolchains, which the README states.
#[test]
fn library_dependencies_accept_the_declared_rust_version() {
    let meta = metadata("--no-default-features");
    let root = meta["resolve"]["root"].as_str().unwrap();
    let ours = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == root)
        .and_then(|p| p["rust_version"].as_str())
        .expect("Cargo.toml declares rust-version");
    let closure = build_closure(&meta);
    assert!(
        closure.iter().any(|(n, _)| n == "regex"),
        "the library's closure should hold regex: {closure:?}"
    );
    let too_new: Vec<_> = closure
        .iter()
        .filter(|(_, v)| v.as_deref().is_some_and(|v| version(v) > version(ours)))
        .collect();
    assert!(
        too_new.is_empty(),
        "rust-version {ours} is older than these library dependencies need: {too_new:?}"
    );
    // The walk follows optional dependencies when their feature is on:
    // the CLI's graph is larger and holds clap.
    let cli = build_closure(&metadata("--all-features"));
    assert!(cli.len() > closure.len() && cli.iter().any(|(n, _)| n == "clap_builder"));
    assert!(version("1.85.0") > version("1.75") && version("1.65") < version("1.75"));
}
