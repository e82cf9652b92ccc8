// Builds dist-scorm/: one SCORM 1.2 package per built-in lesson, for a
// learning management system (`./kit scorm` runs it after `./kit usb`'s build).
// Tracks (ordered sets of lessons) do not exist yet, so a package is a lesson.
//
//   dist-scorm/<lesson-id>.zip
//     imsmanifest.xml   one organization, one item, one SCO whose launch
//                       address is `kit.html?lesson=<id>` (a query, because
//                       some LMSs drop a `#` hash), with the lesson's pass mark
//                       as adlcp:masteryscore, in points like the reported score
//     kit.html          dist-usb/kit.html unchanged: the whole kit in one file,
//                       so it runs in any LMS frame under any path. Inside an
//                       LMS it finds the SCORM API and reports (src/lms.rs).
//
// The zip writer is the few lines below (deflate from node's zlib): node has
// no zip writer, and a package of two files does not need a dependency.
// Reproducible: fixed dates and order, so the same kit gives the same bytes.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const out = at("dist-scorm");
const staging = at("dist-scorm.partial");

function fail(message) {
  console.error(`\nbuild-scorm: ${message}\n`);
  process.exit(1);
}

const kitFile = at("dist-usb/kit.html");
if (!fs.existsSync(kitFile)) fail("dist-usb/kit.html is missing: run `./kit usb` first (`./kit scorm` does).");
const kit = fs.readFileSync(kitFile);

// Each lesson's id, title and pass mark, read by the kit's own lesson parser.
const lessonFiles = fs.readdirSync(at("lessons")).filter((f) => f.endsWith(".toml")).sort().map((f) => `lessons/${f}`);
if (lessonFiles.length === 0) fail("there are no lesson files in lessons/.");
let lessons;
try {
  const json = execFileSync("cargo", ["run", "-q", "--locked", "--offline", "--example", "scorm-lessons", "--", ...lessonFiles], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  lessons = JSON.parse(json);
} catch (error) {
  fail(`could not read the lessons with \`cargo run --example scorm-lessons\`: ${error.message}`);
}

const xml = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function manifest(lesson) {
  const mastery = lesson.possible > 0 ? `\n        <adlcp:masteryscore>${lesson.mastery}</adlcp:masteryscore>` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Second Look, lesson "${xml(lesson.id)}" as a SCORM 1.2 package. Built by scripts/build-scorm.mjs. -->
<manifest identifier="second-look-${xml(lesson.id)}" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="second-look">
    <organization identifier="second-look">
      <title>Second Look: ${xml(lesson.title)}</title>
      <item identifier="lesson-${xml(lesson.id)}" identifierref="sco-${xml(lesson.id)}" isvisible="true">
        <title>${xml(lesson.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(lesson.id)}" type="webcontent" adlcp:scormtype="sco" href="kit.html?lesson=${xml(lesson.id)}">
      <file href="kit.html"/>
    </resource>
  </resources>
</manifest>
`;
}

// ---- A minimal zip writer (PKWARE APPNOTE 4.3): deflate or store, no extras.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00, the earliest DOS date: the same bytes at every build.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function zip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal and external attributes: all 0
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((size, part) => size + part.length, 0);
  if (offset + centralSize > 0xffffffff) fail("a package would be larger than 4 GB, which needs zip64.");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

// ---- The packages, built beside dist-scorm/ and swapped in.
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
const sizes = [];
for (const lesson of lessons) {
  if (!/^[a-z0-9-]+$/.test(lesson.id)) fail(`lesson id ${JSON.stringify(lesson.id)} cannot be a file name.`);
  const pkg = zip([
    { name: "imsmanifest.xml", data: Buffer.from(manifest(lesson), "utf8") },
    { name: "kit.html", data: kit },
  ]);
  fs.writeFileSync(path.join(staging, `${lesson.id}.zip`), pkg);
  sizes.push([lesson, pkg.length]);
}
fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);

console.log(`build-scorm: dist-scorm/ is ready: one SCORM 1.2 package per lesson`);
for (const [lesson, size] of sizes) {
  console.log(`  ${`${lesson.id}.zip`.padEnd(24)} ${String(size).padStart(9)} bytes (pass mark ${lesson.mastery} of ${lesson.possible} points)`);
}
