//! Bad data files are rejected with messages that name the field and what is wrong.

use report_infographic::validate::{load, Problem};
use report_infographic::DEFAULT_REPORT_JSON;
use serde_json::{json, Value};

fn erqi() -> Value {
    serde_json::from_str(DEFAULT_REPORT_JSON).unwrap()
}

fn problems(data: &Value) -> Vec<Problem> {
    load(&data.to_string()).expect_err("the data should be rejected")
}

/// Asserts that some problem is at `path` and its message contains `words`.
fn assert_problem(data: &Value, path: &str, words: &str) {
    let found = problems(data);
    assert!(
        found
            .iter()
            .any(|p| p.path == path && p.message.contains(words)),
        "expected «{path}: …{words}…», got:\n{}",
        found
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The index of the figure with `id` in section `section`.
fn figure_index(data: &Value, section: usize, id: &str) -> usize {
    data["sections"][section]["figures"]
        .as_array()
        .and_then(|figures| figures.iter().position(|f| f["id"] == id))
        .unwrap_or_else(|| panic!("no figure {id} in section {section}"))
}

fn figure(data: &mut Value, section: usize, index: usize) -> &mut Value {
    &mut data["sections"][section]["figures"][index]
}

#[test]
fn shape_errors_name_the_path() {
    let mut d = erqi();
    figure(&mut d, 3, 2)["unit"] = json!(5);
    assert_problem(&d, "sections[3].figures[2].unit", "invalid type");

    let mut d = erqi();
    figure(&mut d, 1, 0)
        .as_object_mut()
        .unwrap()
        .remove("value");
    assert_problem(&d, "sections[1].figures[0]", "missing field `value`");

    let mut d = erqi();
    figure(&mut d, 1, 0)["colour"] = json!("red");
    assert_problem(
        &d,
        "sections[1].figures[0].colour",
        "unknown field `colour`",
    );

    let mut d = erqi();
    figure(&mut d, 0, 0)["hedge"] = json!("大约");
    assert_problem(&d, "sections[0].figures[0].hedge", "unknown variant `大约`");

    let mut d = erqi();
    figure(&mut d, 0, 0)["kind"] = json!("money");
    assert_problem(&d, "sections[0].figures[0].kind", "unknown variant `money`");
}

#[test]
fn not_json_at_all_is_a_clear_error() {
    for text in ["", "<html>", "{\"format\": 1,", "null", "[]"] {
        let found = load(text).expect_err(text);
        assert_eq!(found.len(), 1);
        assert!(!found[0].message.is_empty(), "{text}");
    }
    let found = load("{\"format\": 1,").unwrap_err();
    assert!(found[0].message.contains("EOF"), "{}", found[0]);
}

#[test]
fn values_must_be_numbers_as_written() {
    let mut d = erqi();
    figure(&mut d, 0, 0)["value"] = json!("七百七十三点五");
    assert_problem(&d, "sections[0].figures[0].value", "is not a number");
    let mut d = erqi();
    figure(&mut d, 0, 0)["value"] = json!("");
    assert_problem(&d, "sections[0].figures[0].value", "is empty");
}

#[test]
fn a_share_is_at_most_a_hundred_percent() {
    let mut d = erqi();
    let reform = 6;
    let i = figure_index(&d, reform, "satisfaction_rate");
    figure(&mut d, reform, i)["value"] = json!("199.62");
    figure(&mut d, reform, i)["quote"] = json!("群众满意率达199.62%");
    assert_problem(
        &d,
        &format!("sections[6].figures[{i}].value"),
        "between 0% and 100%",
    );
}

#[test]
fn a_part_is_at_most_its_whole() {
    // 367 ≤ 388.1亿元: make the part larger than the whole.
    let mut d = erqi();
    let economy = 3;
    let i = figure_index(&d, economy, "key_projects_investment");
    figure(&mut d, economy, i)["value"] = json!("398");
    figure(&mut d, economy, i)["quote"] = json!("完成投资398亿元");
    assert_problem(
        &d,
        &format!("sections[3].figures[{i}].part_of"),
        "larger than its whole",
    );
    // And the chart that draws it says so too.
    assert!(problems(&d)
        .iter()
        .any(|p| p.path.starts_with("sections[3].charts[")));
}

#[test]
fn a_completion_ratio_cannot_exceed_its_whole() {
    // 102 of 189 engineering projects: make the part larger.
    let mut d = erqi();
    let urban = 5;
    let i = figure_index(&d, urban, "fringe_engineering_done");
    figure(&mut d, urban, i)["value"] = json!("202");
    figure(&mut d, urban, i)["quote"] = json!("完成202项");
    let found = problems(&d);
    assert!(
        found
            .iter()
            .any(|p| p.path.starts_with("sections[5].charts[")
                && p.message.contains("between 0 and its whole")),
        "{found:?}"
    );
}

#[test]
fn ids_are_unique() {
    let mut d = erqi();
    let first = figure(&mut d, 1, 0)["id"].clone();
    figure(&mut d, 2, 0)["id"] = first;
    assert_problem(
        &d,
        "sections[2].figures[0].id",
        "used twice (also by sections[1].figures[0])",
    );

    let mut d = erqi();
    d["sections"][2]["id"] = json!("party");
    assert_problem(&d, "sections[2].id", "used twice");
}

#[test]
fn the_quote_must_state_the_figure() {
    let mut d = erqi();
    figure(&mut d, 0, 4)["value"] = json!("55.3");
    assert_problem(
        &d,
        "sections[0].figures[4].quote",
        "does not state the figure as shown (\"55.3亿元\")",
    );
    // Dropping a hedge is caught: the report says 40余场, not 40场.
    let mut d = erqi();
    figure(&mut d, 1, 1)
        .as_object_mut()
        .unwrap()
        .remove("hedge");
    assert_problem(&d, "sections[1].figures[1].quote", "40场");
}

#[test]
fn charts_name_figures_of_their_section_with_one_unit() {
    let mut d = erqi();
    d["sections"][0]["charts"][0]["figures"][0] = json!("no_such_figure");
    assert_problem(
        &d,
        "sections[0].charts[0].figures[0]",
        "\"no_such_figure\", which is not a figure of this section",
    );

    let mut d = erqi();
    // Mix 亿元 into a chart of growth rates in %.
    d["sections"][0]["charts"][0]["figures"][1] = json!("gdp");
    assert_problem(
        &d,
        "sections[0].charts[0].figures[1]",
        "bars share one unit and kind",
    );
}

#[test]
fn meta_and_texts_are_checked() {
    let mut d = erqi();
    d["meta"]["meeting_date"] = json!("2021/01/15");
    assert_problem(&d, "meta.meeting_date", "YYYY-MM-DD");
    let mut d = erqi();
    d["sections"][1]["title"]["en"] = json!("   ");
    assert_problem(&d, "sections[1].title.en", "is empty");
    let mut d = erqi();
    d["format"] = json!(2);
    assert_problem(&d, "format", "reads format 1");
    let mut d = erqi();
    d["sections"] = json!([]);
    assert_problem(&d, "sections", "at least one section");
    let mut d = erqi();
    figure(&mut d, 1, 0)["label"]["zh"] = json!("长".repeat(5000));
    assert_problem(&d, "sections[1].figures[0].label.zh", "at most 600");
}

#[test]
fn problems_read_as_path_colon_message() {
    let p = Problem {
        path: "sections[3].figures[2].unit".into(),
        message: "is empty".into(),
    };
    assert_eq!(p.to_string(), "sections[3].figures[2].unit: is empty");
}

#[test]
fn a_unit_with_no_english_form_needs_unit_en() {
    let mut d = erqi();
    figure(&mut d, 1, 0)["unit"] = json!("万标准箱");
    assert_problem(
        &d,
        "sections[1].figures[0].unit",
        "unit `标准箱` has no English form; add `unit_en`",
    );
    figure(&mut d, 1, 0)["unit_en"] = json!("TEU");
    let found = problems_or_none(&d);
    assert!(
        !found.iter().any(|p| p.path.ends_with(".unit")),
        "{found:?}"
    );
    figure(&mut d, 1, 0)["unit_en"] = json!(" ");
    assert_problem(&d, "sections[1].figures[0].unit_en", "is empty");
}

#[test]
fn hedges_are_one_or_a_list_without_contradictions() {
    let mut d = erqi();
    let gdp = figure_index(&d, 0, "gdp_growth");
    figure(&mut d, 0, gdp)["hedge"] = json!(["预计", "左右"]);
    figure(&mut d, 0, gdp)["quote"] = json!("预计增长1.2%左右");
    assert!(
        problems_or_none(&d).is_empty(),
        "{:?}",
        problems_or_none(&d)
    );

    figure(&mut d, 0, gdp)["hedge"] = json!(["约", "左右"]);
    assert_problem(
        &d,
        &format!("sections[0].figures[{gdp}].hedge"),
        "at most one of 预计 or 拟 and at most one of",
    );
    figure(&mut d, 0, gdp)["hedge"] = json!(["预计", 3]);
    assert_problem(
        &d,
        &format!("sections[0].figures[{gdp}].hedge[1]"),
        "invalid type",
    );
}

#[test]
fn growth_may_be_in_percentage_points_or_times_but_not_in_yuan() {
    let mut d = erqi();
    let gdp = figure_index(&d, 0, "gdp_growth");
    figure(&mut d, 0, gdp)["unit"] = json!("个百分点");
    // gdp_growth is hedged 预计, as the report's clause is.
    figure(&mut d, 0, gdp)["quote"] = json!("预计同比提高1.2个百分点");
    let found = problems_or_none(&d);
    let figure_path = format!("sections[0].figures[{gdp}]");
    assert!(
        !found.iter().any(|p| p.path.starts_with(&figure_path)),
        "{found:?}"
    );
    figure(&mut d, 0, gdp)["unit"] = json!("亿元");
    assert_problem(
        &d,
        &format!("sections[0].figures[{gdp}].unit"),
        "a growth is written in %, 个百分点 or 倍",
    );
}

#[test]
fn a_section_of_work_may_be_text_only_but_not_the_kpi_block() {
    let mut d = erqi();
    for key in ["figures", "charts", "areas"] {
        d["sections"][1].as_object_mut().unwrap().remove(key);
    }
    assert!(
        problems_or_none(&d).is_empty(),
        "{:?}",
        problems_or_none(&d)
    );
    for key in ["figures", "charts"] {
        d["sections"][0][key] = json!([]);
    }
    assert_problem(&d, "sections[0].figures", "needs at least one");
}

/// Every problem of a data file, or none if it loads.
fn problems_or_none(data: &Value) -> Vec<Problem> {
    load(&data.to_string()).err().unwrap_or_default()
}

#[test]
fn a_chart_has_the_fields_of_its_type() {
    let mut d = erqi();
    d["sections"][0]["charts"][0]
        .as_object_mut()
        .unwrap()
        .remove("figures");
    assert_problem(&d, "sections[0].charts[0]", "a bars chart needs `figures`");
    let mut d = erqi();
    d["sections"][0]["charts"][0]["part"] = json!("gdp");
    assert_problem(
        &d,
        "sections[0].charts[0]",
        "a bars chart has no field `part`",
    );
    let mut d = erqi();
    d["sections"][0]["charts"][0]["type"] = json!("pie");
    assert_problem(
        &d,
        "sections[0].charts[0].type",
        "unknown variant `pie`, expected one of `bars`",
    );
}

#[test]
fn a_name_of_the_wrong_type_says_a_string_is_expected() {
    let mut d = erqi();
    figure(&mut d, 0, 0)["kind"] = json!(5);
    assert_problem(
        &d,
        "sections[0].figures[0].kind",
        "invalid type: integer `5`, expected a string",
    );
}

#[test]
fn deep_nesting_huge_files_and_long_values_are_clear_errors() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let found = load(&deep).unwrap_err();
    assert!(found[0].message.contains("not JSON"), "{}", found[0]);

    let mut d = erqi();
    figure(&mut d, 0, 0)["label"] = json!([[[[[[["deep"]]]]]]]);
    assert_problem(
        &d,
        "sections[0].figures[0].label[0]",
        "invalid type: sequence",
    );

    let huge = format!("{{\"format\": 1, \"x\": \"{}\"}}", "长".repeat(1_000_000));
    let found = load(&huge).unwrap_err();
    assert!(found[0].message.contains("at most 2097152"), "{}", found[0]);

    let mut d = erqi();
    figure(&mut d, 0, 0)["kind"] = json!("<script>".repeat(10_000));
    let found = problems(&d);
    assert!(found[0].message.chars().count() < 200, "{}", found[0]);
    assert!(
        found[0].message.contains("<script><script>…`"),
        "{}",
        found[0]
    );
}

#[test]
fn text_after_the_report_is_not_json() {
    let found = load(&format!("{DEFAULT_REPORT_JSON} x")).unwrap_err();
    assert!(found[0].message.contains("not JSON"), "{}", found[0]);
}

#[test]
fn a_growth_in_times_is_a_rise() {
    let mut d = erqi();
    let gdp = figure_index(&d, 0, "gdp_growth");
    figure(&mut d, 0, gdp)["unit"] = json!("倍");
    figure(&mut d, 0, gdp)["value"] = json!("-2");
    figure(&mut d, 0, gdp)["quote"] = json!("预计下降2倍");
    assert_problem(
        &d,
        &format!("sections[0].figures[{gdp}].value"),
        "a growth in 倍 is a rise",
    );
}
