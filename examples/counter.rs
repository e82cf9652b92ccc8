//! The floor `./kit bench` sets the kit's wasm beside: a Leptos counter (one
//! signal, one button), built with the same crate versions, release profile
//! and flags as the kit, then through the same wasm-bindgen and `wasm-opt -Oz`.
//!
//!     cargo build --release --target wasm32-unknown-unknown --example counter

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let (count, set_count) = signal(0);
        view! { <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicked " {count} " times"</button> }
    });
}

/// Only a wasm build means anything; natively (`cargo test` builds every
/// example) there is nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
