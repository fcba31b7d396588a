//! The floor for `backcheck score`: read JSON Lines from standard input and
//! parse each line with serde_json, nothing more. `bench/run.sh` times it
//! beside `score` on the same file.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut input = std::io::BufReader::with_capacity(256 * 1024, stdin.lock());
    let mut line = String::new();
    let (mut records, mut fields) = (0u64, 0u64);
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        if line.trim().is_empty() {
            continue;
        }
        if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&line) {
            records += 1;
            fields += map.len() as u64;
        }
    }
    let _ = writeln!(std::io::stdout(), "{records} records, {fields} fields");
}
