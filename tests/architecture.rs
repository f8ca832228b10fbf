//! No import cycles between the crate's modules (each file under `src/`, but `src/bin/`): a
//! module uses another when one of its paths (`crate::…`, `super::…`, `self::…`, a child's name)
//! names it. Comments, `#[cfg(test)]` items and `mod` declarations do not count.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

#[test]
fn modules_do_not_import_each_other_in_a_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = BTreeMap::new();
    read_modules(&src, &src, &mut sources);
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    let graph: BTreeMap<String, BTreeSet<String>> = sources
        .iter()
        .map(|(module, source)| (module.clone(), uses(module, source, &modules)))
        .collect();
    assert!(
        graph.values().any(|used| !used.is_empty()),
        "no module uses another"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "modules import each other in a cycle: {}",
            cycle.join(" → ")
        );
    }
}

/// The check itself: a cycle through a `use` group and a `super::` path in code is found.
#[test]
fn a_cycle_is_found() {
    let modules: BTreeSet<String> = ["crate", "crate::a", "crate::a::b"]
        .map(String::from)
        .into();
    let graph = BTreeMap::from([
        (
            "crate::a".into(),
            uses("crate::a", "use b::{C, D as E};", &modules),
        ),
        (
            "crate::a::b".into(),
            uses("crate::a::b", "fn f() { super::F::new() }", &modules),
        ),
    ]);
    let cycle = find_cycle(&graph).unwrap();
    assert_eq!(cycle, ["crate::a", "crate::a::b", "crate::a"]);
}

/// Every `.rs` file under `dir` as its module path (`crate::a::b` for `a/b.rs` or `a/b/mod.rs`).
fn read_modules(src: &Path, dir: &Path, sources: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let relative = path.strip_prefix(src).unwrap();
        if path.is_dir() {
            if relative != Path::new("bin") {
                read_modules(src, &path, sources);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let mut segments = vec!["crate".to_string()];
        segments.extend(relative.iter().map(|s| s.to_string_lossy().into_owned()));
        let file = segments.pop().unwrap();
        if file != "mod.rs" && file != "lib.rs" {
            segments.push(file.trim_end_matches(".rs").to_string());
        }
        sources.insert(segments.join("::"), fs::read_to_string(&path).unwrap());
    }
}

/// The modules `module` uses, itself left out.
fn uses(module: &str, source: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let code = code(source);
    let tokens = tokens(&code);
    let mut used = BTreeSet::new();
    let mut i = 0;
    while i < tokens.len() {
        let paths = if tokens[i] == "use" {
            let end = i + tokens[i..].iter().position(|t| *t == ";").unwrap();
            let paths = use_paths(&tokens[i + 1..end]);
            i = end;
            paths
        } else if tokens.get(i + 1) == Some(&"::") && (i == 0 || tokens[i - 1] != "::") {
            let mut path = vec![tokens[i]];
            while tokens.get(i + 1) == Some(&"::") && tokens.get(i + 2).is_some_and(|t| is_word(t))
            {
                path.push(tokens[i + 2]);
                i += 2;
            }
            vec![path]
        } else {
            Vec::new()
        };
        for path in paths {
            if let Some(target) = resolve(module, &path, modules) {
                if target != module {
                    used.insert(target);
                }
            }
        }
        i += 1;
    }
    used
}

/// `source` without comments and without the items under `#[cfg(test)]`.
fn code(source: &str) -> String {
    let mut code = String::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        if line.trim() == "#[cfg(test)]" {
            // The item ends with its line, or with a `}` at the attribute's indentation.
            let indent = &line[..line.len() - line.trim_start().len()];
            let item = lines.next().unwrap_or_default();
            if item.trim_end().ends_with('{') {
                let end = format!("{indent}}}");
                lines.by_ref().find(|l| l.trim_end() == end);
            }
            continue;
        }
        code.push_str(line.split(" // ").next().unwrap_or_default());
        code.push('\n');
    }
    code
}

/// Words, `::`, and every other character but whitespace on its own.
fn tokens(code: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut rest = code;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_alphanumeric() || c == '_' {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len())
        } else if rest.starts_with("::") {
            2
        } else {
            c.len_utf8()
        };
        if !c.is_whitespace() {
            tokens.push(&rest[..len]);
        }
        rest = &rest[len..];
    }
    tokens
}

fn is_word(token: &str) -> bool {
    token.starts_with(|c: char| c.is_alphanumeric() || c == '_')
}

/// The paths of a `use` tree's tokens, its groups (`a::{b, c::d}`) spread out.
fn use_paths<'a>(tree: &[&'a str]) -> Vec<Vec<&'a str>> {
    let Some(open) = tree.iter().position(|t| *t == "{") else {
        let path: Vec<&str> = tree.iter().copied().filter(|t| is_word(t)).collect();
        let before_as = path.iter().position(|t| *t == "as").unwrap_or(path.len());
        return vec![path[..before_as].to_vec()];
    };
    let prefix: Vec<&str> = tree[..open]
        .iter()
        .copied()
        .filter(|t| is_word(t))
        .collect();
    let mut paths = Vec::new();
    let (mut depth, mut start) = (0, open + 1);
    for (i, token) in tree.iter().enumerate().skip(open) {
        match *token {
            "{" => depth += 1,
            "}" | "," if depth == 1 && i > start => {
                for path in use_paths(&tree[start..i]) {
                    paths.push([prefix.clone(), path].concat());
                }
                start = i + 1;
            }
            "," if depth == 1 => start = i + 1,
            _ => {}
        }
        if *token == "}" {
            depth -= 1;
        }
    }
    paths
}

/// The module a path in `module` names: the longest module path it starts with, from the crate
/// root (`crate`), a parent (`super`), `module` itself (`self`) or a child of it; `None` for
/// another crate's path.
fn resolve(module: &str, path: &[&str], modules: &BTreeSet<String>) -> Option<String> {
    let mut base: Vec<&str> = module.split("::").collect();
    let mut rest = path;
    match rest.first() {
        Some(&"crate") => {
            base.truncate(1);
            rest = &rest[1..];
        }
        Some(&"self") => rest = &rest[1..],
        Some(&"super") => {
            while rest.first() == Some(&"super") {
                base.pop();
                rest = &rest[1..];
            }
        }
        Some(first) if modules.contains(&format!("{module}::{first}")) => {}
        _ => return None,
    }
    let full: Vec<&str> = base.into_iter().chain(rest.iter().copied()).collect();
    (1..=full.len())
        .rev()
        .map(|n| full[..n].join("::"))
        .find(|name| modules.contains(name))
}

/// A cycle in `graph`, as the modules along it with the first repeated at the end.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| *n == node) {
            let mut cycle: Vec<String> = path[at..].iter().map(|n| n.to_string()).collect();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if !done.insert(node) {
            return None;
        }
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}
