//! The fixture documents, for tests that run a fast path against the code
//! it replaced on every fixture line.

/// Every `.txt` file under `fixtures/`, with its path.
pub(crate) fn texts() -> Vec<(String, String)> {
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures"
    ))];
    let mut out = Vec::new();
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                out.push((p.display().to_string(), text));
            }
        }
    }
    assert!(out.len() > 10);
    out
}

/// The texts of every fixture, without their paths.
pub(crate) fn contents() -> Vec<String> {
    texts().into_iter().map(|(_, t)| t).collect()
}

/// The people of a parsed document as (name, role).
pub(crate) fn roles<'d>(doc: &'d crate::Document<'_>) -> Vec<(&'d str, Option<&'d str>)> {
    doc.people
        .iter()
        .map(|p| (p.name.as_ref(), p.role.as_deref()))
        .collect()
}

/// The § items of a parsed document as (number, title).
pub(crate) fn numbered_titles<'d>(doc: &'d crate::Document<'_>) -> Vec<(u32, Option<&'d str>)> {
    doc.paragraphs
        .iter()
        .map(|p| (p.number, p.title.as_deref()))
        .collect()
}
