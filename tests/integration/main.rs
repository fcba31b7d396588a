//! CLI tests: one binary, split by topic. `harness` is the builder every test
//! uses to run the real `backcheck` binary in a temporary directory.

mod answers_file;
mod bad_input;
mod batch;
mod browser;
mod check;
mod checkin_content;
mod cli;
mod clinical;
mod content_errors;
mod docs;
mod ecosystem;
mod escaping;
mod fhir;
mod fhir_in;
mod files;
mod harness;
mod journal;
mod json_shape;
mod languages;
mod literals;
mod piped;
mod properties;
mod questions;
mod regions;
mod regression;
mod reports;
mod safety;
mod screen;
mod series;
mod spanish_answers;
mod spanish_messages;
mod terminal;
mod trend;
mod triage;
mod vignettes;
