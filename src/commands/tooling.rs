//! Commands for the tools around backcheck: shell completions, the man page
//! and the JSON Schema of the content format. They read no content and no
//! journal; each writes one document to standard output.

use std::io::Write;

use clap::CommandFactory;
use roff::{Roff, bold, roman};

use crate::cli::Cli;
use crate::error::Error;
use crate::exit_codes::ExitCode;

/// `backcheck completions SHELL`.
pub fn completions(shell: clap_complete::Shell, out: &mut impl Write) -> Result<(), Error> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "backcheck", &mut buf);
    out.write_all(&buf).map_err(Error::Output)
}

/// `backcheck schema`: the JSON Schema of a questionnaire file.
pub fn schema(kind: crate::content::FileKind, out: &mut impl Write) -> Result<(), Error> {
    let mut buf = Vec::new();
    crate::report::write_json(&crate::content::json_schema(kind), &mut buf)
        .map_err(Error::Output)?;
    out.write_all(&buf).map_err(Error::Output)
}

/// `backcheck man`: one page with every command and its options, the
/// examples, the exit codes, the environment and the files.
pub fn man(out: &mut impl Write) -> Result<(), Error> {
    let cmd = Cli::command();
    let page = clap_mangen::Man::new(cmd.clone())
        .title("BACKCHECK")
        .section("1")
        .source(format!("backcheck {}", env!("CARGO_PKG_VERSION")))
        .manual("User Commands");
    let mut buf = Vec::new();
    for part in [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ] {
        part(&page, &mut buf).map_err(Error::Output)?;
    }
    commands_section(&cmd, &mut buf).map_err(Error::Output)?;
    buf.extend(tail().render().into_bytes());
    out.write_all(&buf).map_err(Error::Output)
}

/// COMMANDS: each subcommand (and `journal`'s), what it does and its
/// options, as `backcheck COMMAND --help` shows them.
fn commands_section(cmd: &clap::Command, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let mut head = Roff::new();
    head.control("SH", ["COMMANDS"]);
    buf.extend(head.render().into_bytes());
    let mut all = Vec::new();
    for sub in cmd.get_subcommands() {
        if sub.has_subcommands() {
            for inner in sub.get_subcommands() {
                all.push((format!("{} {}", sub.get_name(), inner.get_name()), inner));
            }
        } else {
            all.push((sub.get_name().to_owned(), sub));
        }
    }
    for (name, sub) in all {
        let mut r = Roff::new();
        r.control("SS", [format!("backcheck {name}").as_str()]);
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            r.text([roman(about.to_string())]);
        }
        buf.extend(r.render().into_bytes());
        let has_options = sub
            .get_arguments()
            .any(|a| !a.is_hide_set() && a.get_id() != "help");
        if has_options {
            let mut options = Vec::new();
            clap_mangen::Man::new(sub.clone()).render_options_section(&mut options)?;
            // Its options under the command's heading, not a section of their own.
            let text = String::from_utf8_lossy(&options).replace(".SH OPTIONS\n", "");
            buf.extend(text.into_bytes());
        }
    }
    Ok(())
}

/// EXAMPLES, EXIT STATUS, ENVIRONMENT, FILES and NOTES.
fn tail() -> Roff {
    let mut r = Roff::new();
    r.control("SH", ["EXAMPLES"]);
    for (command, what) in [
        ("backcheck", "answer the questions at the terminal"),
        (
            "backcheck --answers me.toml",
            "the same answers again, from a file",
        ),
        ("backcheck < answers.txt", "piped answers, one per line"),
        (
            "backcheck --format markdown > me.md",
            "a report to take to an appointment",
        ),
        (
            "backcheck --record",
            "keep the result as the starting point",
        ),
        ("backcheck checkin", "this week's check-in"),
        (
            "backcheck trend --svg chart.svg",
            "is it working? with a chart",
        ),
        (
            "backcheck journal export --format fhir",
            "the check-ins as a FHIR R4 Bundle",
        ),
        (
            "backcheck completions bash > ~/.local/share/bash-completion/completions/backcheck",
            "install completions",
        ),
    ] {
        r.control("TP", []);
        r.text([bold(command)]);
        r.text([roman(what)]);
    }
    r.control("SH", ["EXIT STATUS"]);
    for code in ExitCode::ALL {
        r.control("TP", []);
        r.text([bold(code.code().to_string())]);
        r.text([roman(code.meaning())]);
    }
    r.control("SH", ["ENVIRONMENT"]);
    for (name, what) in [
        (
            "BACKCHECK_CONTENT",
            "a questionnaire file to use instead of the shipped one (as --content)",
        ),
        (
            "BACKCHECK_CHECKIN_CONTENT",
            "a check-in questionnaire to use instead of the shipped one (as --checkin-content)",
        ),
        ("BACKCHECK_JOURNAL", "the journal file (as --journal)"),
        (
            "BACKCHECK_REGION",
            "where you live, a two-letter country code (as --region)",
        ),
        ("BACKCHECK_LANG", "the language, a BCP 47 tag (as --lang)"),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "the locale, read in this order: its language (es_ES.UTF-8 gives Spanish) and its country (the region) when neither option nor variable above says",
        ),
        (
            "BACKCHECK_TODAY",
            "a YYYY-MM-DD date to use as today, for demonstrations and tests",
        ),
        ("TZ", "the time zone that decides what day today is"),
        (
            "NO_COLOR",
            "when set and not empty, no colour (unless --color always)",
        ),
        (
            "CLICOLOR",
            "when 0, no colour unless CLICOLOR_FORCE asks for it (or --color always)",
        ),
        (
            "CLICOLOR_FORCE",
            "when set and not 0, colour even when the output is not a terminal",
        ),
        (
            "TERM=dumb, ACCESSIBLE",
            "plain prompts and no escape sequences, as --plain",
        ),
    ] {
        r.control("TP", []);
        r.text([bold(name)]);
        r.text([roman(what)]);
    }
    r.control("SH", ["FILES"]);
    r.control("TP", []);
    r.text([bold("~/.local/share/backcheck/journal.sqlite3")]);
    r.text([roman(
        "The check-in journal (on Linux; the platform's data directory elsewhere), readable by its owner only.",
    )]);
    r.control("SH", ["NOTES"]);
    r.text([roman(
        "backcheck is not medical advice and not a diagnosis. Every summary ends by telling you to talk to a healthcare professional.",
    )]);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_man_page_has_every_command_and_the_exit_codes() {
        let mut out = Vec::new();
        man(&mut out).expect("renders");
        let page = String::from_utf8(out).expect("utf-8");
        assert!(page.starts_with(".ie"), "{}", &page[..40.min(page.len())]);
        for heading in [
            "COMMANDS",
            "EXAMPLES",
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
        ] {
            assert!(
                page.contains(&format!(".SH \"{heading}\""))
                    || page.contains(&format!(".SH {heading}")),
                "{heading}"
            );
        }
        for command in [
            "checkin",
            "trend",
            "journal export",
            "completions",
            "man",
            "schema",
        ] {
            assert!(page.contains(&format!("backcheck {command}")), "{command}");
        }
        assert!(page.contains("\\-\\-replace"), "checkin's options");
        assert!(!page.contains(".SH OPTIONS\n.SH"), "no empty sections");
    }
}
