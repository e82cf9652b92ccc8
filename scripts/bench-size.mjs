// The size half of `./kit bench`: prints each figure beside its floor or its
// target (issue 16, docs/performance.md). Reads the release build that
// `./kit bench` has just made (dist/, dist-usb/kit.html, dist-scorm/) and
// builds two things of its own: a minimal Leptos counter with the same
// profile (the floor for the wasm), and the kit without one lesson (what one
// lesson adds to kit.html). Prints figures; fails only if it cannot measure.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

import { packWasm } from "./packing.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const bench = at("target/bench");
const KB = 1000;
const TARGETS = { appCodeGzip: 450 * KB, kitHtmlRaw: 1200 * KB, scormZip: 1200 * KB, lessonRatio: 1.1 };

function fail(message) {
  console.error(`\nbench-size: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...options });
  } catch (error) {
    return fail(`\`${command} ${args.join(" ")}\` failed: ${error.message}`);
  }
}

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const n = (bytes) => String(bytes.toLocaleString("en-GB")).padStart(11);
const kb = (bytes) => `${(bytes / KB).toFixed(0)} KB`;
const row = (label, raw, gz, beside = "") =>
  console.log(`  ${label.padEnd(36)}${n(raw)} raw ${gz === null ? " ".repeat(16) : `${n(gz)} gzip`}   ${beside}`);

for (const file of ["dist/second-look_bg.wasm", "dist-usb/kit.html"]) {
  if (!fs.existsSync(at(file))) fail(`${file} is missing: \`./kit bench\` builds it first.`);
}

/** A wasm from cargo, through wasm-bindgen and wasm-opt -Oz as trunk does it. */
function optimised(cargoWasm, name, target) {
  const out = path.join(bench, name);
  fs.mkdirSync(out, { recursive: true });
  run("wasm-bindgen", [`--target=${target}`, `--out-dir=${out}`, `--out-name=${name}`, "--no-typescript", cargoWasm]);
  const file = path.join(out, `${name}.opt.wasm`);
  run("wasm-opt", [`--output=${file}`, "-Oz", path.join(out, `${name}_bg.wasm`)]);
  return fs.readFileSync(file);
}

// 1. The wasm beside a Leptos counter built with the same profile and flags.
console.log("bench-size: building the floor, a Leptos counter (examples/counter.rs)");
run("cargo", ["build", "-q", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--example", "counter"]);
const counter = optimised(at("target/wasm32-unknown-unknown/release/examples/counter.wasm"), "counter", "web");
const wasm = fs.readFileSync(at("dist/second-look_bg.wasm"));

// What the wasm embeds: every built-in lesson in the compact form the build
// writes beside its generated code (with any image files inside), and every
// skills-check and track file. Their gzip, taken together, stands for what
// they add to the wasm's gzip: an estimate, as gzip of the whole wasm mixes
// code and text.
const folderFiles = (folder, ext) =>
  fs.existsSync(at(folder)) ? fs.readdirSync(at(folder)).filter((f) => !ext || f.endsWith(ext)).sort().map((f) => at(folder, f)) : [];
const lessonFiles = folderFiles("lessons", ".toml");
const buildOut = fs
  .readdirSync(at("target/wasm32-unknown-unknown/release/build"))
  .filter((d) => d.startsWith("second-look-") && fs.existsSync(at("target/wasm32-unknown-unknown/release/build", d, "out/built_in.rs")))
  .map((d) => at("target/wasm32-unknown-unknown/release/build", d, "out"))
  .sort((a, b) => fs.statSync(path.join(b, "built_in.rs")).mtimeMs - fs.statSync(path.join(a, "built_in.rs")).mtimeMs)[0];
if (!buildOut) fail("the release build's generated built_in.rs is missing: `./kit bench` builds it first.");
const compactLessons = folderFiles(path.relative(root, buildOut), ".lesson");
const embedded = Buffer.concat(
  [...compactLessons, ...folderFiles("checks", ".toml"), ...folderFiles("tracks", ".toml")].map((f) => fs.readFileSync(f)),
);
const wasmGzip = gzip(wasm);
const appCodeRaw = wasm.length - embedded.length;
const appCodeGzip = wasmGzip - gzip(embedded);

// 2. The single file and the SCORM packages.
const kitHtml = fs.readFileSync(at("dist-usb/kit.html"));
const packedLength = (html) => {
  const match = html.toString("latin1").match(/id="kit-wasm">([^<]*)</);
  if (!match) fail("dist-usb/kit.html carries no packed wasm (#kit-wasm).");
  return match[1].length;
};
const scormZips = folderFiles("dist-scorm", ".zip");
const lessonZips = folderFiles("dist-scorm/lessons", ".zip");

// 3. One lesson's cost in kit.html: the kit built without a lesson that no
// track names (so the build still passes), against the real kit.html. Only
// the packed wasm differs between the two; the page around it is the same.
const trackText = folderFiles("tracks", ".toml").map((f) => fs.readFileSync(f, "utf8")).join("\n");
const spare = lessonFiles.map((f) => path.basename(f, ".toml")).find((id) => !trackText.includes(`"${id}"`));
let marginal = null;
if (!spare) {
  console.log("bench-size: every lesson is in a track, so none can be left out to measure one lesson's cost");
} else {
  console.log(`bench-size: building the kit without lessons/${spare}.toml, to measure one lesson's cost`);
  const copy = path.join(bench, `without-${spare}`);
  fs.rmSync(copy, { recursive: true, force: true });
  const tracked = run("git", ["ls-files", "-z"]).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (file === `lessons/${spare}.toml` || !fs.existsSync(at(file))) continue;
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(at(file), path.join(copy, file));
  }
  // A target folder of its own: sharing the kit's would overwrite its wasm.
  run("cargo", ["build", "-q", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--bin", "second-look"], {
    cwd: copy,
    env: { ...process.env, CARGO_TARGET_DIR: path.join(bench, "target") },
  });
  const without = optimised(path.join(bench, "target/wasm32-unknown-unknown/release/second-look.wasm"), "without", "no-modules");
  const file = fs.readFileSync(at("lessons", `${spare}.toml`));
  marginal = { id: spare, added: packedLength(kitHtml) - packWasm(without).base64.length, fileGzip: gzip(file), fileRaw: file.length };
}

const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const verdict = (ok) => (ok ? "meets it" : "over");
console.log("\nsize (bytes; gzip is gzip -9)");
row("wasm (dist/second-look_bg.wasm)", wasm.length, wasmGzip, `floor, a Leptos counter: ${n(counter.length).trim()} raw ${n(gzip(counter)).trim()} gzip (${ratio(wasmGzip, gzip(counter))} its gzip)`);
const tomlLessons = Buffer.concat(lessonFiles.map((f) => fs.readFileSync(f)));
row(`  lessons, checks, tracks embedded`, embedded.length, gzip(embedded), `lessons in the compact form; their TOML files would be ${n(tomlLessons.length).trim()} raw, ${n(gzip(tomlLessons)).trim()} gzip`);
row("  app code (wasm less that data)", appCodeRaw, appCodeGzip, `target at most ${kb(TARGETS.appCodeGzip)} gzip: ${verdict(appCodeGzip <= TARGETS.appCodeGzip)}`);
row("kit.html (dist-usb/)", kitHtml.length, gzip(kitHtml), `target at most ${kb(TARGETS.kitHtmlRaw)} raw: ${verdict(kitHtml.length <= TARGETS.kitHtmlRaw)}`);
for (const zip of scormZips) {
  const size = fs.statSync(zip).size;
  row(`SCORM ${path.basename(zip)}`, size, null, `target at most ${kb(TARGETS.scormZip)}: ${verdict(size <= TARGETS.scormZip)}`);
}
if (lessonZips.length > 0) {
  const sizes = lessonZips.map((f) => fs.statSync(f).size);
  row(`SCORM lessons/*.zip (${sizes.length}, largest)`, Math.max(...sizes), null, `target at most ${kb(TARGETS.scormZip)}: ${verdict(Math.max(...sizes) <= TARGETS.scormZip)}`);
}
if (marginal) {
  const r = marginal.added / marginal.fileGzip;
  row(`one lesson in kit.html (${marginal.id})`, marginal.added, null, `beside its file: ${n(marginal.fileRaw).trim()} raw, ${n(marginal.fileGzip).trim()} gzip (${r.toFixed(2)}x; target at most ${TARGETS.lessonRatio}x: ${verdict(r <= TARGETS.lessonRatio)})`);
  const more = Math.max(0, 24 - lessonFiles.length);
  const projected = kitHtml.length + more * marginal.added;
  console.log(`\n  projection to 24 lessons (${more} more, each costing what ${marginal.id} does):`);
  row("  kit.html", projected, null, `target at most ${kb(TARGETS.kitHtmlRaw)} raw: ${verdict(projected <= TARGETS.kitHtmlRaw)}`);
  for (const zip of scormZips) {
    // A zip deflates base64 back to about 3/4 of its length.
    const size = fs.statSync(zip).size + Math.round(more * marginal.added * 0.75);
    row(`  SCORM ${path.basename(zip)}`, size, null, `target at most ${kb(TARGETS.scormZip)}: ${verdict(size <= TARGETS.scormZip)}`);
  }
}
