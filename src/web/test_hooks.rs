//! What the browser tests and the benchmark call besides the widget's API.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Panics on purpose, to test that a panic reaches the reader as a message, not a frozen page.
#[wasm_bindgen(js_name = __simulatePanic)]
pub fn simulate_panic() {
    panic!("a panic simulated by a test");
}

/// The size of the module's linear memory in bytes, for memory tests and the benchmark.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
        .into()
}
