//! What the native tests over every report share: finding the data files of `data/` and
//! `data/examples/`, and reading them as the widget does.

use std::fs;
use std::path::{Path, PathBuf};

use report_infographic::model::Report;
use report_infographic::validate::load;

/// Every data file of a folder of `data/` (not the schema), sorted by name.
pub fn reports_in(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "json")
                && !path.to_string_lossy().ends_with(".schema.json")
        })
        .collect();
    files.sort();
    files
}

/// `path` as the repository names it (`data/examples/city-2024.json`).
pub fn shown(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Every data file of `data/` and `data/examples/`.
pub fn every_report_file() -> Vec<PathBuf> {
    let mut files = reports_in("data");
    files.extend(reports_in("data/examples"));
    files
}

/// Reads and checks a data file: the report, or every problem as one message.
pub fn try_load(path: &Path) -> Result<Report, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", shown(path)))?;
    load(&text).map_err(|problems| {
        format!(
            "{} is not valid:\n{}",
            shown(path),
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}
