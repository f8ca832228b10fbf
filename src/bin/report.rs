//! `report`: from a report's text to a checked data file and its static page.
//!
//! ```text
//! report draft ARTICLE.txt > my-report.json     a draft data file from the report's text
//! report check my-report.json [--article ARTICLE.txt]
//! report render my-report.json --out DIR        the static page (HTML with SVG charts)
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use report_infographic::check::{against_article, check};
    use report_infographic::draft::{draft, TODO};
    use report_infographic::model::Lang;
    use report_infographic::prerender::{static_page, STATIC_STYLES};
    use report_infographic::validate::load;
    use report_infographic::write::report_json;

    /// From a work report's text to a checked data file for the infographic, and its static page.
    #[derive(Parser)]
    #[command(
        name = "report",
        version,
        about = "From a work report's text to a checked data file for the infographic, and its static page"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Drafts a data file from a report's plain text and prints it: sections from the
        /// headings, every figure the text states, with placeholders (TODO) for English, summaries
        /// and whatever the text does not say.
        Draft {
            /// The report's text (UTF-8), e.g. copied from the published article.
            article: PathBuf,
            /// Writes the draft to this file rather than to standard output.
            #[arg(long, short)]
            out: Option<PathBuf>,
        },
        /// Checks a data file exactly as the widget does and lists every problem with its path,
        /// line and column, and the placeholders left; exits with 1 if there is any.
        Check {
            /// The data file (JSON).
            file: PathBuf,
            /// The report's text: also checks that every quote is in it, and lists the figures it
            /// states that the file leaves out.
            #[arg(long)]
            article: Option<PathBuf>,
        },
        /// Writes the static page of a data file (index.html with SVG charts, and its
        /// stylesheets) into a folder.
        Render {
            /// The data file (JSON).
            file: PathBuf,
            /// The folder to write into (made if missing).
            #[arg(long)]
            out: PathBuf,
            /// The language of the page.
            #[arg(long, value_enum, default_value_t = PageLang::Zh)]
            lang: PageLang,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum PageLang {
        Zh,
        En,
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let result = match cli.command {
            Command::Draft { article, out } => run_draft(&article, out.as_deref()),
            Command::Check { file, article } => run_check(&file, article.as_deref()),
            Command::Render { file, out, lang } => run_render(&file, &out, lang),
        };
        match result {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(message) => {
                eprintln!("report: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run_draft(article: &Path, out: Option<&Path>) -> Result<bool, String> {
        let report = draft(&read(article)?);
        let json = report_json(&report);
        match out {
            Some(path) => {
                std::fs::write(path, &json).map_err(|e| format!("{}: {e}", path.display()))?
            }
            None => print!("{json}"),
        }
        let figures = report.figures().count();
        let placeholders = json.matches(&format!("\"{TODO}")).count();
        eprintln!(
            "report draft: {} sections, {figures} figures; {placeholders} placeholders ({TODO}) to fill in, then `report check`",
            report.sections.len()
        );
        Ok(true)
    }

    fn run_check(file: &Path, article: Option<&Path>) -> Result<bool, String> {
        let json = read(file)?;
        let checked = check(&json);
        let name = file.display();
        let at = |place: Option<report_infographic::locate::Place>| {
            place.map_or(format!("{name}"), |p| {
                format!("{name}:{}:{}", p.line, p.column)
            })
        };
        let mut count = 0;
        for problem in &checked.problems {
            let what = if problem.path.is_empty() {
                problem.message.clone()
            } else {
                format!("{}: {}", problem.path, problem.message)
            };
            println!("{}: error: {what}", at(problem.place));
            count += 1;
        }
        for placeholder in &checked.placeholders {
            println!(
                "{}: to do: {}: {}",
                at(placeholder.place),
                placeholder.path,
                placeholder.message
            );
            count += 1;
        }
        if let (Some(article), Some(report)) = (article, &checked.report) {
            let text = read(article)?;
            let compared = against_article(report, &json, &text);
            for quote in &compared.quotes_not_found {
                println!(
                    "{}: error: {}: {}",
                    at(quote.place),
                    quote.path,
                    quote.message
                );
                count += 1;
            }
            for found in &compared.left_out {
                println!(
                    "{}:{}: left out: {} ({}), in “{}”",
                    article.display(),
                    found.line,
                    found.text(),
                    found.label,
                    found.quote
                );
                count += 1;
            }
        }
        if count == 0 {
            println!("{name}: no problems");
        } else {
            println!("{name}: {count} to fix");
        }
        Ok(count == 0)
    }

    fn run_render(file: &Path, out: &Path, lang: PageLang) -> Result<bool, String> {
        let json = read(file)?;
        let report = match load(&json) {
            Ok(report) => report,
            Err(_) => {
                eprintln!(
                    "report render: {} is not valid; `report check` says why",
                    file.display()
                );
                run_check(file, None)?;
                return Ok(false);
            }
        };
        let lang = match lang {
            PageLang::Zh => Lang::Zh,
            PageLang::En => Lang::En,
        };
        let page = static_page(&report, lang)?;
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        let write = |name: &str, text: &str| {
            let path = out.join(name);
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
        };
        write("index.html", &page)?;
        for (name, css) in STATIC_STYLES {
            write(name, css)?;
        }
        eprintln!("report render: wrote {}", out.join("index.html").display());
        Ok(true)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The tool is native only; there is nothing to do in WebAssembly.
#[cfg(target_arch = "wasm32")]
fn main() {}
