//! The floor for one run: a hello-world built with backcheck's release
//! profile. `bench/run.sh` times a single `backcheck --answers` run beside it.

fn main() {
    println!("Hello, world!");
}
