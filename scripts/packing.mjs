// How kit.html carries its wasm: gzip -9, then base64. One definition, used by
// build-usb.mjs to make kit.html and by bench-size.mjs to measure what a
// lesson adds to it. Level 9: the bytes are packed once and unpacked on every start.

import zlib from "node:zlib";

/** The wasm's bytes as kit.html carries them: base64 of gzip -9. */
export function packWasm(wasm) {
  const packed = zlib.gzipSync(wasm, { level: 9, memLevel: 9 });
  return { packed, base64: packed.toString("base64") };
}
