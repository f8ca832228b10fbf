//! Writes the static pages at build time: `www/index.html` and `www/embed.html` from their
//! templates, with the whole report compiled in as HTML and SVG where each template marks it,
//! and `www/embed-src.html`, the iframe page without it, for reports given by `src`.
//! Run by `scripts/build`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use report_infographic::model::Lang;
    use report_infographic::prerender::{fill_template, page_without_report};
    use report_infographic::validate::load;

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let report = match load(report_infographic::DEFAULT_REPORT_JSON) {
        Ok(report) => report,
        Err(problems) => {
            for problem in problems {
                eprintln!("prerender: {problem}");
            }
            return std::process::ExitCode::FAILURE;
        }
    };
    // The template, the page, and whether it carries the static report: the iframe page once
    // more without it, for reports given by `src`.
    let pages = [
        ("index", "index", true),
        ("embed", "embed", true),
        ("embed", "embed-src", false),
    ];
    for (template_name, name, with_report) in pages {
        let template_path = root.join(format!("{template_name}.template.html"));
        let result = std::fs::read_to_string(&template_path)
            .map_err(|e| format!("{}: {e}", template_path.display()))
            .and_then(|template| {
                if with_report {
                    fill_template(&template, &report, Lang::Zh)
                } else {
                    page_without_report(&template)
                }
            })
            .and_then(|page| {
                let out = root.join(format!("{name}.html"));
                std::fs::write(&out, page).map_err(|e| format!("{}: {e}", out.display()))
            });
        if let Err(e) = result {
            eprintln!("prerender: {e}");
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}

/// The static pages are written natively; there is nothing to do in WebAssembly.
#[cfg(target_arch = "wasm32")]
fn main() {}
