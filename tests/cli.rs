//! The `report` command as an editor runs it: its output and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

fn report(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the report binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh folder under the build's target folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn draft_prints_a_data_file_the_widget_reads() {
    let output = report(&["draft", "tests/fixtures/erqi-2020-source.txt"]);
    assert!(output.status.success());
    let json = stdout(&output);
    let report = report_infographic::validate::load(&json).expect("the draft is valid");
    assert_eq!(report.figures().count(), 98);
    assert!(String::from_utf8_lossy(&output.stderr).contains("98 figures"));
}

#[test]
fn check_passes_a_finished_file_and_fails_a_draft_with_its_placeholders() {
    let output = report(&["check", "data/erqi-2020.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("no problems"));

    let dir = scratch("check-draft");
    let draft = dir.join("draft.json");
    let drafted = report(&[
        "draft",
        "tests/fixtures/town-2022.txt",
        "--out",
        draft.to_str().unwrap(),
    ]);
    assert!(drafted.status.success());
    let output = report(&["check", draft.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("to do: meta.city.zh"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("draft.json:") && l.contains(": to do: sections[0].title.en")),
        "{text}"
    );
}

#[test]
fn check_names_every_problem_with_its_line_and_column() {
    let dir = scratch("check-broken");
    let file = dir.join("broken.json");
    let json = std::fs::read_to_string("data/sample-small.json")
        .unwrap()
        .replacen("\"unit\": \"亿元\"", "\"unit\": 5", 1)
        .replacen("\"id\": \"new_jobs\"", "\"id\": \"New Jobs\"", 1);
    std::fs::write(&file, &json).unwrap();
    let output = report(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    // Reading stops at the first wrong type; its line is the unit's.
    let line = json
        .lines()
        .position(|l| l.contains("\"unit\": 5"))
        .unwrap()
        + 1;
    assert!(
        text.contains(&format!("broken.json:{line}:")) && text.contains(".unit: invalid type"),
        "{text}"
    );
    // With the type fixed, the rules are checked: every problem is listed.
    let json = json.replacen("\"unit\": 5", "\"unit\": \"亿元\"", 1);
    std::fs::write(&file, &json).unwrap();
    let text = stdout(&report(&["check", file.to_str().unwrap()]));
    let line = json.lines().position(|l| l.contains("New Jobs")).unwrap() + 1;
    assert!(
        text.contains(&format!("broken.json:{line}:"))
            && text.contains("sections[0].figures[2].id"),
        "{text}"
    );
    // A file that is not JSON: the place of the syntax error.
    std::fs::write(&file, "{\n  \"format\": 1,\n  oops\n}\n").unwrap();
    let output = report(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("broken.json:3:3: error:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_with_the_article_finds_quotes_not_in_it_and_figures_left_out() {
    let dir = scratch("check-article");
    let file = dir.join("erqi.json");
    let json = std::fs::read_to_string("data/erqi-2020.json")
        .unwrap()
        .replacen("组织“第一议题”学习26次", "组织“第一议题”学习26次以上", 1);
    // Drop the last figure of the report (937个楼院安装智能门禁).
    let cut = json
        .rfind(",\n        {\n          \"id\": \"smart_access_compounds\"")
        .unwrap();
    let end = json[cut..].find("\n        }").unwrap() + cut + "\n        }".len();
    let json = format!("{}{}", &json[..cut], &json[end..]);
    std::fs::write(&file, &json).unwrap();
    let output = report(&[
        "check",
        file.to_str().unwrap(),
        "--article",
        "tests/fixtures/erqi-2020-source.txt",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("quote: \"组织“第一议题”学习26次以上\" is not in the article"),
        "{text}"
    );
    assert!(text.contains("left out: 937个"), "{text}");
}

#[test]
fn render_writes_the_static_page_and_refuses_an_invalid_file() {
    let dir = scratch("render");
    let output = report(&[
        "render",
        "data/sample-small.json",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("示例区2023年工作报告"));
    assert!(page.contains("<svg class=\"ri-svg\""));
    assert!(dir.join("widget.css").exists() && dir.join("page.css").exists());

    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{}").unwrap();
    let output = report(&[
        "render",
        bad.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn usage_errors_and_missing_files_exit_with_2() {
    assert_eq!(report(&["check"]).status.code(), Some(2));
    assert_eq!(
        report(&["draft", "no-such-file.txt"]).status.code(),
        Some(2)
    );
    let help = report(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("draft") && stdout(&help).contains("render"));
}
