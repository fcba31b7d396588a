//! Every word a person sees comes from here: one catalogue of Project Fluent
//! messages (`.ftl` files) per language, with CLDR plural rules and named
//! arguments. The shipped languages are listed in
//! `content/lang/languages.toml`, each a folder of files (built into the
//! binary by `build.rs`); a content file given with `--content` brings its
//! own words from `lang/<tag>/<name>.ftl` beside it.
//!
//! A run's language is chosen once (`--lang`, `BACKCHECK_LANG`, `LC_ALL`,
//! `LC_MESSAGES`, `LANG`, else English) and falls back by tag: `es-MX`,
//! then `es`, then `en`. Every catalogue ends with English, so no message
//! is ever missing in a shipped language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language built into the binary.
#[derive(Debug, PartialEq, Eq)]
pub struct ShippedLanguage {
    /// Its BCP 47 tag, e.g. `es`.
    pub tag: &'static str,
    /// Its name in itself, e.g. `Español`.
    pub name: &'static str,
    /// Whether a medical translator has reviewed it.
    pub reviewed: bool,
    /// Its files: the name without `.ftl`, and the text.
    pub files: &'static [(&'static str, &'static str)],
}

/// Every shipped language, the reference (English) first.
pub const SHIPPED: &[ShippedLanguage] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The reference language: every other is checked against it.
pub const REFERENCE: &str = "en";

/// A run's language: the shipped languages to look words up in, best first,
/// ending with English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    chain: Vec<&'static ShippedLanguage>,
    /// The tag asked for, as given (for messages).
    asked: Option<String>,
}

/// A language tag that is not one (`--lang` or `BACKCHECK_LANG`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadTag(pub String);

impl Lang {
    /// English.
    pub fn english() -> Lang {
        Lang::negotiated(&[], None)
    }

    /// The language for a tag (`es-MX`, `es_ES.UTF-8`, `en`): the shipped
    /// languages it falls back through, then English.
    pub fn for_tag(tag: &str) -> Result<Lang, BadTag> {
        let id = parse_tag(tag).ok_or_else(|| BadTag(tag.to_owned()))?;
        Ok(Lang::negotiated(&[id], Some(tag.to_owned())))
    }

    /// The language from the locale variables, as given (first set of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`); English for `C`, `POSIX` or none.
    pub fn from_locale(values: &[Option<String>]) -> Lang {
        let id = values
            .iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(|v| parse_tag(v));
        Lang::negotiated(id.as_slice(), None)
    }

    fn negotiated(requested: &[LanguageIdentifier], asked: Option<String>) -> Lang {
        let available: Vec<LanguageIdentifier> =
            SHIPPED.iter().filter_map(|l| l.tag.parse().ok()).collect();
        let english: LanguageIdentifier = REFERENCE.parse().expect("the reference tag");
        let picked = fluent_langneg::negotiate_languages(
            requested,
            &available,
            Some(&english),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<&'static ShippedLanguage> = picked
            .iter()
            .filter_map(|id| SHIPPED.iter().find(|l| l.tag == id.to_string()))
            .collect();
        chain.dedup_by_key(|l| l.tag);
        Lang { chain, asked }
    }

    /// The shipped language the words come from first, e.g. `es`.
    pub fn tag(&self) -> &'static str {
        self.chain.first().map_or(REFERENCE, |l| l.tag)
    }

    /// The shipped languages, best first.
    pub fn chain(&self) -> &[&'static ShippedLanguage] {
        &self.chain
    }

    /// Whether a medical translator has reviewed the words.
    pub fn reviewed(&self) -> bool {
        self.chain.first().is_none_or(|l| l.reviewed)
    }

    /// A tag was asked for whose language is not shipped: the words are
    /// English (or the nearest shipped one).
    pub fn unmet(&self) -> Option<&str> {
        let asked = self.asked.as_deref()?;
        let id = parse_tag(asked)?;
        (id.language.as_str() != self.tag()).then_some(asked)
    }
}

/// A tag in BCP 47 form, or a locale name (`es_ES.UTF-8@euro`); `None` for
/// `C`, `POSIX` and what is neither.
fn parse_tag(text: &str) -> Option<LanguageIdentifier> {
    let base = text.split(['.', '@']).next()?.replace('_', "-");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.parse().ok()
}

/// One catalogue: a file's messages in each language of a chain, looked up
/// best first.
pub struct Catalogue {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

/// A problem with a catalogue's text: its language, and what the Fluent
/// parser said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The language tag.
    pub tag: String,
    /// 1-based line of the first problem.
    pub line: usize,
    /// The parser's words.
    pub message: String,
}

impl Catalogue {
    /// A shipped file (`weekly-massage`, `regions`, ...) in a language.
    pub fn shipped(lang: &Lang, file: &str) -> Catalogue {
        Catalogue::shipped_files(lang, &[file])
    }

    /// Several shipped files as one catalogue (backcheck's own words).
    pub fn shipped_files(lang: &Lang, files: &[&str]) -> Catalogue {
        let joined: Vec<(&str, String)> = lang
            .chain()
            .iter()
            .map(|l| {
                let text: Vec<&str> = l
                    .files
                    .iter()
                    .filter(|(name, _)| files.contains(name))
                    .map(|(_, text)| *text)
                    .collect();
                (l.tag, text.join("\n"))
            })
            .filter(|(_, text)| !text.is_empty())
            .collect();
        let sources: Vec<(&str, &str)> = joined.iter().map(|(t, s)| (*t, s.as_str())).collect();
        // Shipped files are held to parse by the tests.
        Catalogue::from_sources(&sources).unwrap_or_else(|_| Catalogue {
            bundles: Vec::new(),
        })
    }

    /// A catalogue from `(tag, text)` pairs, best first.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Catalogue, SyntaxError> {
        let mut bundles = Vec::new();
        for (tag, text) in sources {
            let resource = FluentResource::try_new((*text).to_owned()).map_err(|(_, errors)| {
                let first = errors.first();
                SyntaxError {
                    tag: (*tag).to_owned(),
                    line: first.map_or(1, |e| line_of(text, e.pos.start)),
                    message: first.map_or_else(String::new, |e| e.kind.to_string()),
                }
            })?;
            let id: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number_format(tag)));
            // A message defined twice keeps its first text; `check` says so.
            let _ = bundle.add_resource(resource);
            bundles.push(bundle);
        }
        Ok(Catalogue { bundles })
    }

    /// Whether any language of the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// A message's text, from the best language that has it.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format(id, None, args)
    }

    /// An attribute's text (`.help` of `q-pain`).
    pub fn attr(&self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format(id, Some(attribute), args)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let fluent_args = fluent_args(args);
        self.bundles.iter().find_map(|bundle| {
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        })
    }
}

/// An argument of a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, put in as it is.
    Text(String),
    /// A number, written the language's way.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u32, u64, usize, i32, i64, f64);

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => out.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}

/// How numbers are written: a decimal point, or a comma where the language
/// writes one (`2,5`).
fn number_format(
    tag: &str,
) -> fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    if tag.starts_with("es") {
        |value, _| match value {
            FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
            _ => None,
        }
    } else {
        |_, _| None
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(1, |t| t.matches('\n').count() + 1)
}

/// A problem `check` finds in a language's words: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordsProblem {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong (English: `check` is for authors and translators).
    pub message: String,
}

impl std::fmt::Display for WordsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            crate::sanitize::printable(&self.file),
            self.line,
            self.column,
            crate::sanitize::printable(&self.message)
        )
    }
}

/// One `.ftl` file to check: its name and text.
#[derive(Debug, Clone, Copy)]
pub struct WordsFile<'a> {
    /// The name problems are reported under.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// Each message and attribute of a file (`q-pain`, `q-pain.help`), where it
/// is, and the variables it uses.
type Entries<'a> = Vec<(String, usize, std::collections::BTreeSet<&'a str>)>;

fn entries<'a>(file: WordsFile<'a>, problems: &mut Vec<WordsProblem>) -> Entries<'a> {
    use fluent_syntax::ast::{Entry, Pattern};
    let resource = match fluent_syntax::parser::parse(file.text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(at(file, e.pos.start, format!("not Fluent: {}", e.kind)));
            }
            r
        }
    };
    let offset = |s: &str| (s.as_ptr() as usize).saturating_sub(file.text.as_ptr() as usize);
    let vars = |p: &Pattern<&'a str>| {
        let mut set = std::collections::BTreeSet::new();
        pattern_variables(p, &mut set);
        set
    };
    let mut out: Entries<'a> = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        if out.iter().any(|(k, _, _)| k == id) {
            problems.push(at(
                file,
                offset(id),
                format!("message `{id}` is defined twice"),
            ));
            continue;
        }
        out.push((
            id.to_owned(),
            offset(id),
            m.value.as_ref().map(vars).unwrap_or_default(),
        ));
        for a in &m.attributes {
            out.push((
                format!("{id}.{}", a.id.name),
                offset(a.id.name),
                vars(&a.value),
            ));
        }
    }
    out
}

fn pattern_variables<'a>(
    p: &fluent_syntax::ast::Pattern<&'a str>,
    set: &mut std::collections::BTreeSet<&'a str>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline<'a>(e: &InlineExpression<&'a str>, set: &mut std::collections::BTreeSet<&'a str>) {
        match e {
            InlineExpression::VariableReference { id } => {
                set.insert(id.name);
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, set),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, set);
                }
                for a in &arguments.named {
                    inline(&a.value, set);
                }
            }
            _ => {}
        }
    }
    fn expression_variables<'a>(
        e: &Expression<&'a str>,
        set: &mut std::collections::BTreeSet<&'a str>,
    ) {
        match e {
            Expression::Inline(i) => inline(i, set),
            Expression::Select { selector, variants } => {
                inline(selector, set);
                for v in variants {
                    pattern_variables(&v.value, set);
                }
            }
        }
    }
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, set);
        }
    }
}

fn at(file: WordsFile<'_>, byte: usize, message: String) -> WordsProblem {
    let before = file.text.get(..byte).unwrap_or(file.text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    WordsProblem {
        file: file.name.to_owned(),
        line,
        column,
        message,
    }
}

/// The ids of the messages of a shipped file in the reference language
/// (`checkin`: the `checkin-*` and `trend-*` messages every check-in needs).
pub fn reference_ids(file: &str) -> Vec<String> {
    let text = SHIPPED
        .first()
        .and_then(|l| l.files.iter().find(|(f, _)| *f == file))
        .map_or("", |(_, t)| *t);
    let file = WordsFile { name: file, text };
    let mut ignored = Vec::new();
    entries(file, &mut ignored)
        .into_iter()
        .filter(|(k, _, _)| !k.contains('.'))
        .map(|(k, _, _)| k)
        .collect()
}

/// Checks a reference file (every variable must be one of `known`, when
/// given: backcheck's own files are held to the code by its tests) and
/// each translation against it: a missing or extra message or attribute, a
/// variable the translation drops or adds.
pub fn check_languages(
    reference: WordsFile<'_>,
    translations: &[WordsFile<'_>],
    known: Option<&[&str]>,
) -> Vec<WordsProblem> {
    let mut problems = Vec::new();
    let reference_entries = entries(reference, &mut problems);
    for (key, pos, vars) in reference_entries.iter().filter(|_| known.is_some()) {
        let known = known.unwrap_or_default();
        for v in vars.iter().filter(|v| !known.contains(v)) {
            problems.push(at(
                reference,
                *pos,
                format!("`{key}` uses `{{ ${v} }}`, which is not a placeholder backcheck fills (it fills: {})", known.join(", ")),
            ));
        }
    }
    for t in translations {
        let theirs = entries(*t, &mut problems);
        for (key, _, _) in reference_entries
            .iter()
            .filter(|(k, _, _)| !theirs.iter().any(|(o, _, _)| o == k))
        {
            problems.push(WordsProblem {
                file: t.name.to_owned(),
                line: 1,
                column: 1,
                message: format!("`{key}` is missing (it is in {})", reference.name),
            });
        }
        for (key, pos, vars) in &theirs {
            let Some((_, _, wanted)) = reference_entries.iter().find(|(k, _, _)| k == key) else {
                problems.push(at(
                    *t,
                    *pos,
                    format!("`{key}` is not in {}, so it is never used", reference.name),
                ));
                continue;
            };
            for v in wanted.difference(vars) {
                problems.push(at(
                    *t,
                    *pos,
                    format!(
                        "`{key}` does not use `{{ ${v} }}`, which {} uses",
                        reference.name
                    ),
                ));
            }
            for v in vars.difference(wanted) {
                problems.push(at(
                    *t,
                    *pos,
                    format!(
                        "`{key}` uses `{{ ${v} }}`, which {} does not",
                        reference.name
                    ),
                ));
            }
        }
    }
    problems
}

/// A date (`2026-11-02`) written the way the run's language and region
/// write it ("2 November 2026", "2 de noviembre de 2026"), by ICU4X's CLDR
/// data; as given when it is not a date.
pub fn long_date(iso: &str) -> String {
    use icu_datetime::{DateTimeFormatter, fieldsets::YMD, input::Date};
    let Ok(d) = iso.parse::<jiff::civil::Date>() else {
        return iso.to_owned();
    };
    let Ok(date) = Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8) else {
        return iso.to_owned();
    };
    let tag = lang().tag();
    let region = crate::content::region::current().code.clone();
    let locales = region
        .map(|r| format!("{tag}-{r}"))
        .into_iter()
        .chain([tag.to_owned()]);
    for locale in locales {
        let Ok(locale) = locale.parse::<icu_locale_core::Locale>() else {
            continue;
        };
        if let Ok(f) = DateTimeFormatter::try_new(locale.into(), YMD::long()) {
            return f.format(&date).to_string();
        }
    }
    iso.to_owned()
}

static LANG: OnceLock<Lang> = OnceLock::new();
static APP: OnceLock<Catalogue> = OnceLock::new();

/// Sets the run's language (once, at the start; later calls do nothing).
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The run's language (English until `set`).
pub fn lang() -> &'static Lang {
    LANG.get_or_init(Lang::english)
}

/// The files of backcheck's own words, in each language's folder: the
/// prompts and answers, the reports, and the messages and errors.
pub const APP_FILES: &[&str] = &["backcheck", "prompts", "reports", "messages"];

/// The words of backcheck itself, in the run's language.
pub fn app() -> &'static Catalogue {
    APP.get_or_init(|| Catalogue::shipped_files(lang(), APP_FILES))
}

/// A message of backcheck's own words. A missing id is a bug the tests
/// catch; it shows as the id rather than as nothing.
pub fn t(id: &str) -> String {
    ta(id, &[])
}

/// `t` with arguments.
pub fn ta(id: &str, args: &[(&str, Arg)]) -> String {
    app().get(id, args).unwrap_or_else(|| id.to_owned())
}

/// An attribute of one of backcheck's own messages.
pub fn t_attr(id: &str, attribute: &str) -> String {
    app()
        .attr(id, attribute, &[])
        .unwrap_or_else(|| format!("{id}.{attribute}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_fall_back_to_their_language_then_english() {
        assert_eq!(Lang::for_tag("es-MX").expect("tag").tag(), "es");
        assert_eq!(Lang::for_tag("es").expect("tag").tag(), "es");
        assert_eq!(Lang::for_tag("en-GB").expect("tag").tag(), "en");
        let fr = Lang::for_tag("fr").expect("tag");
        assert_eq!(fr.tag(), "en");
        assert_eq!(fr.unmet(), Some("fr"));
        assert!(Lang::for_tag("not a tag!").is_err());
        let chain: Vec<&str> = Lang::for_tag("es-ES")
            .expect("tag")
            .chain()
            .iter()
            .map(|l| l.tag)
            .collect();
        assert_eq!(chain, ["es", "en"]);
    }

    #[test]
    fn locale_names_are_read_and_c_is_english() {
        let lang = |v: &str| Lang::from_locale(&[None, Some(v.to_owned())]).tag();
        assert_eq!(lang("es_ES.UTF-8"), "es");
        assert_eq!(lang("es_AR.UTF-8@euro"), "es");
        assert_eq!(lang("C.UTF-8"), "en");
        assert_eq!(lang("POSIX"), "en");
        assert_eq!(lang("de_DE.UTF-8"), "en");
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let c = Catalogue::from_sources(&[
            (
                "es",
                "puntos = { $n ->\n    [one] { $n } punto\n   *[other] { $n } puntos\n}\n",
            ),
            ("en", "puntos = { $n } points\nonly-en = English"),
        ])
        .expect("parses");
        assert_eq!(
            c.get("puntos", &[("n", 1.into())]).as_deref(),
            Some("1 punto")
        );
        assert_eq!(
            c.get("puntos", &[("n", 2.5.into())]).as_deref(),
            Some("2,5 puntos")
        );
        assert_eq!(c.get("only-en", &[]).as_deref(), Some("English"));
        assert_eq!(c.get("nowhere", &[]), None);
    }

    #[test]
    fn dates_are_written_the_language_s_way() {
        // The run's language is English in unit tests; the region is unset.
        assert_eq!(long_date("2026-11-02"), "November 2, 2026");
        assert_eq!(long_date("not a date"), "not a date");
    }

    #[test]
    fn a_syntax_error_says_its_line() {
        let e = Catalogue::from_sources(&[("en", "ok = fine\n\nbad = { $\n")]).expect_err("bad");
        assert_eq!(e.line, 3);
        assert_eq!(e.tag, "en");
    }
}
