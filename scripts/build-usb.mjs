// Builds the USB-stick folder, dist-usb/, from the release build that
// `trunk build --release` has just made (`./kit usb` runs both):
//
//   kit.html            the whole kit in one file that works from file://: the
//                       wasm-bindgen glue (--target no-modules), the wasm as
//                       base64, the stylesheet and a start-up script, all inline
//                       and each allowed by its sha256 hash in a strict
//                       Content-Security-Policy
//   START-HERE.html     a one-page guide for teachers (usb/start-here.html)
//   lessons/            the lesson files the kit was built from, and the authoring guide
//   teacher-notes/      one page per lesson, made by the `teacher-notes` command
//
// Offline and reproducible: the same sources and pinned tools give the same
// bytes (no dates, no random names). The folder is built beside dist-usb/ and
// swapped in at the end, so a failed build never leaves half a folder.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

import { packWasm } from "./packing.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const WASM_BINDGEN_VERSION = "0.2.130";
const WASM_OPT_VERSION = "132";

const cargoWasm = at("target/wasm32-unknown-unknown/release/second-look.wasm");
const hostedIndex = at("dist/index.html");
const work = at("target/usb-build");
const out = at("dist-usb");
const staging = at("dist-usb.partial");

function fail(message) {
  console.error(`\nbuild-usb: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...options });
  } catch (error) {
    return fail(`\`${command} ${args.join(" ")}\` failed: ${error.code === "ENOENT" ? "it is not installed (run scripts/setup.sh)" : error.message}`);
  }
}

const sha256 = (data) => createHash("sha256").update(data).digest();
const cspHash = (text) => `'sha256-${sha256(Buffer.from(text, "utf8")).toString("base64")}'`;

for (const file of [cargoWasm, hostedIndex, at("dist/second-look_bg.wasm")]) {
  if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing: run \`trunk build --release\` first (\`./kit usb\` does).`);
}

// 1. The wasm and its glue for --target no-modules: the only wasm-bindgen
//    target whose glue is a classic script, which file:// pages can run.
const bindgenVersion = run("wasm-bindgen", ["--version"]).trim();
if (bindgenVersion !== `wasm-bindgen ${WASM_BINDGEN_VERSION}`) {
  fail(`found \`${bindgenVersion}\`, need wasm-bindgen ${WASM_BINDGEN_VERSION} (scripts/setup.sh installs it; ./kit puts it on PATH).`);
}
const optVersion = run("wasm-opt", ["--version"]).trim();
if (!optVersion.includes(`version ${WASM_OPT_VERSION}`)) {
  fail(`found \`${optVersion}\`, need wasm-opt ${WASM_OPT_VERSION} from npm's binaryen (./kit puts node_modules/.bin first on PATH).`);
}
fs.mkdirSync(work, { recursive: true });
const key = sha256(Buffer.concat([fs.readFileSync(cargoWasm), Buffer.from(`${bindgenVersion}\n${optVersion}\n-Oz no-modules`)])).toString("hex");
const glueFile = path.join(work, "second-look.js");
const wasmFile = path.join(work, "second-look.opt.wasm");
const keyFile = path.join(work, "input.sha256");
const cached = fs.existsSync(keyFile) && fs.readFileSync(keyFile, "utf8") === key && fs.existsSync(glueFile) && fs.existsSync(wasmFile);
if (cached) {
  console.log("build-usb: the wasm is unchanged; reusing target/usb-build/");
} else {
  fs.rmSync(keyFile, { force: true });
  console.log("build-usb: wasm-bindgen --target no-modules, and wasm-opt -Oz unless trunk has just done it");
  run("wasm-bindgen", ["--target=no-modules", `--out-dir=${work}`, "--out-name=second-look", "--no-typescript", cargoWasm]);
  // wasm-bindgen's wasm does not depend on the glue's target. If it equals
  // the one trunk made for dist/, trunk's `wasm-opt -Oz` of it (same tool,
  // same flags) is what ours would be, byte for byte: reuse it and save time.
  const bindgenWasm = fs.readFileSync(path.join(work, "second-look_bg.wasm"));
  const trunkBindgen = at("target/wasm-bindgen/release/second-look_bg.wasm");
  const trunkOptimised = at("dist/second-look_bg.wasm");
  if (
    fs.existsSync(trunkBindgen) &&
    fs.statSync(trunkOptimised).mtimeMs >= fs.statSync(trunkBindgen).mtimeMs &&
    bindgenWasm.equals(fs.readFileSync(trunkBindgen))
  ) {
    fs.copyFileSync(trunkOptimised, wasmFile);
  } else {
    run("wasm-opt", [`--output=${wasmFile}`, "-Oz", path.join(work, "second-look_bg.wasm")]);
  }
  fs.writeFileSync(keyFile, key);
}

// 2. kit.html. The title and body come from the hosted page, so both builds
//    say the same things (including the start-up error message).
const index = fs.readFileSync(hostedIndex, "utf8");
const title = index.match(/<title>[\s\S]*?<\/title>/)?.[0];
const body = index.match(/<body>([\s\S]*?)<\/body>/)?.[1];
if (!title || !body || !body.includes('id="boot-error"') || !body.includes('id="boot-damaged"')) {
  fail("dist/index.html has no <title>, <body>, #boot-error or #boot-damaged to reuse.");
}
if (/<script|<link|<img|<style/i.test(body)) fail("dist/index.html's <body> loads something: kit.html could not carry it.");

// Every stylesheet the hosted page links, in its order, as one inline <style>.
const stylesheets = [...index.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => at("dist", m[1]));
if (stylesheets.length === 0) fail("dist/index.html links no stylesheet.");
for (const file of stylesheets) {
  if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing: run \`trunk build --release\` first.`);
}
const css = stylesheets.map((file) => fs.readFileSync(file, "utf8")).join("\n");
const glue = fs.readFileSync(glueFile, "utf8");
const wasm = fs.readFileSync(wasmFile);
if (!glue.includes("let wasm_bindgen") || !glue.includes("module_or_path")) fail("the no-modules glue does not look as expected.");
// The wasm goes in compressed: base64 of gzip is about a third of base64 of
// the raw bytes. The browser unpacks it with DecompressionStream (Chrome and
// Edge 80, Firefox 113, Safari 16.4 and later); an older browser is told which
// browsers work rather than shown a blank page.
const { packed, base64: packedBase64 } = packWasm(wasm);
// Starts the kit once the whole page has been read. It comes before the glue
// and the packed wasm so that it still runs when the file is cut short (a copy
// that stopped half way): a glue or data element that is missing, cut or
// edited shows the "damaged copy" message; a browser that cannot run the kit
// shows the start-up error. Neither leaves a blank page.
const boot = `(function () {
  "use strict";
  function show(id, error) {
    var message = document.getElementById(id);
    if (message) { message.hidden = false; }
    if (window.console && error) { console.error(error); }
  }
  var shown = false;
  function damaged(error) { if (!shown) { shown = true; show("boot-damaged", error); } }
  function failed(error) { if (!shown) { shown = true; show("boot-error", error); } }
  // A syntax error in the glue's script (a cut or edited copy) is reported here.
  function onError(event) { damaged(event.error || event.message); }
  window.addEventListener("error", onError);
  function start() {
    // From here on an error is the kit's own, not a damaged file's.
    window.removeEventListener("error", onError);
    if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function" || typeof Response !== "function") {
      return failed(new Error("WebAssembly or DecompressionStream is not available in this browser"));
    }
    var data = document.getElementById("kit-wasm");
    if (typeof wasm_bindgen !== "function" || !data) {
      return damaged(new Error("kit.html is incomplete: its code or its packed wasm is missing"));
    }
    var bytes;
    try {
      // Uint8Array.fromBase64 (2025 browsers on) is about 8 times quicker than atob and a loop.
      if (typeof Uint8Array.fromBase64 === "function") {
        bytes = Uint8Array.fromBase64(data.textContent);
      } else {
        var text = atob(data.textContent);
        bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i += 1) { bytes[i] = text.charCodeAt(i); }
      }
    } catch (error) {
      return damaged(error);
    }
    // gzip's checksum catches a cut or edited copy here, before any of it runs.
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")))
      .arrayBuffer()
      .then(function (wasm) {
        return wasm_bindgen({ module_or_path: wasm }).catch(failed);
      }, damaged);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
`;
const csp = [
  "default-src 'none'",
  `script-src ${cspHash(glue)} ${cspHash(boot)} 'wasm-unsafe-eval'`,
  `style-src ${cspHash(css)}`,
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const kitHtml = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Second Look, the whole kit in one file: open it by double-clicking.
     Nothing may leave the kit: only the stylesheet and the two scripts below
     may run (each is allowed by its hash), and it may connect to nothing. -->
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
${title}
<style>${css}</style>
</head>
<body>${body}<script>${boot}</script>
<script>${glue}</script>
<script type="application/gzip;base64" id="kit-wasm">${packedBase64}</script>
</body>
</html>
`;

// 3. The folder, built beside the old one and swapped in.
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(path.join(staging, "lessons"), { recursive: true });
fs.mkdirSync(path.join(staging, "tracks"), { recursive: true });
fs.writeFileSync(path.join(staging, "kit.html"), kitHtml);

const pageCss = fs.readFileSync(at("usb/pages.css"), "utf8");
const startHere = fs.readFileSync(at("usb/start-here.html"), "utf8");
if (!startHere.includes("{{style}}")) fail("usb/start-here.html has no {{style}} placeholder.");
fs.writeFileSync(path.join(staging, "START-HERE.html"), startHere.replace("{{style}}", () => pageCss));

const lessonFiles = fs.readdirSync(at("lessons")).filter((f) => f.endsWith(".toml")).sort();
if (lessonFiles.length === 0) fail("there are no lesson files in lessons/.");
for (const file of lessonFiles) fs.copyFileSync(at("lessons", file), path.join(staging, "lessons", file));
// The image files built-in lessons name go beside them, as the checker looks for them.
if (fs.existsSync(at("lessons", "images"))) {
  fs.mkdirSync(path.join(staging, "lessons", "images"));
  for (const file of fs.readdirSync(at("lessons", "images")).sort()) {
    fs.copyFileSync(at("lessons", "images", file), path.join(staging, "lessons", "images", file));
  }
}
fs.copyFileSync(at("docs/authoring.md"), path.join(staging, "lessons", "authoring-guide.md"));
const trackFiles = fs.readdirSync(at("tracks")).filter((f) => f.endsWith(".toml")).sort();
for (const file of trackFiles) fs.copyFileSync(at("tracks", file), path.join(staging, "tracks", file));
fs.copyFileSync(at("docs/tracks.md"), path.join(staging, "tracks", "tracks-guide.md"));

run(
  "cargo",
  ["run", "-q", "--locked", "--offline", "-p", "lesson", "--features", "report", "--bin", "teacher-notes", "--",
    "--style", "usb/pages.css", path.join(staging, "teacher-notes"),
    ...trackFiles.flatMap((f) => ["--track", `tracks/${f}`]), ...lessonFiles.map((f) => `lessons/${f}`)],
  { stdio: ["ignore", "ignore", "inherit"] },
);

// The static pages carry no script; their policy allows their one stylesheet
// and nothing else, in case a lesson's text ever slipped something through.
const staticPages = ["START-HERE.html", ...fs.readdirSync(path.join(staging, "teacher-notes")).map((f) => `teacher-notes/${f}`)];
for (const page of staticPages) {
  const file = path.join(staging, page);
  const html = fs.readFileSync(file, "utf8");
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  if (styles.length !== 1 || /<script/i.test(html) || !html.includes('<meta charset="utf-8">\n')) {
    fail(`${page} should have one <style>, no <script> and a <meta charset> line to put its policy after.`);
  }
  const policy = `default-src 'none'; style-src ${cspHash(styles[0])}; img-src data:; base-uri 'none'; form-action 'none'`;
  fs.writeFileSync(
    file,
    html.replace('<meta charset="utf-8">\n', () => `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`),
  );
}

fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);

const raw = Buffer.byteLength(kitHtml);
const gzip = zlib.gzipSync(kitHtml, { level: 9 }).length;
console.log(`build-usb: dist-usb/ is ready (open dist-usb/START-HERE.html)`);
console.log(`  kit.html          ${String(raw).padStart(9)} bytes raw ${String(gzip).padStart(9)} bytes gzip -9 (wasm ${wasm.length} bytes, ${packed.length} bytes gzip -9, before base64)`);
console.log(`  lessons/          ${lessonFiles.length} lesson files and authoring-guide.md`);
console.log(`  tracks/           ${trackFiles.length} track files and tracks-guide.md`);
console.log(`  teacher-notes/    ${staticPages.length - 2} pages: one per lesson, a teacher pack per track, and index.html`);
