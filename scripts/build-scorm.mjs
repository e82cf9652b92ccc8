// Builds dist-scorm/: SCORM 1.2 packages for a learning management system
// (`./kit scorm` runs it after `./kit usb`'s build).
//
//   dist-scorm/<track-id>.zip           one per track in tracks/: the track's
//                                       lessons, in order, as one course
//   dist-scorm/lessons/<lesson-id>.zip  one per lesson in lessons/, for a lesson
//                                       that is in no track, or given on its own
//
// Each zip holds:
//     imsmanifest.xml   one organization, one item, one SCO whose launch
//                       address is `kit.html?track=<id>` (or `?lesson=<id>`: a
//                       query, because some LMSs drop a `#` hash), with the pass
//                       mark as adlcp:masteryscore, in the unit of the reported
//                       score (points, or a percentage above 100 points)
//     kit.html          dist-usb/kit.html unchanged: the whole kit in one file,
//                       so it runs in any LMS frame under any path. Inside an
//                       LMS it finds the SCORM API and reports (src/lms.rs): for
//                       a track, one status and score over all its lessons.
//
// A track is one SCO, not one SCO per lesson: SCORM 1.2 does not say how an
// LMS should roll several SCOs up into one result, and LMSs differ, so the kit
// reports the track's result itself.
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

// Every track and lesson: id, title, points and pass mark, read by the kit's own parser.
let packages;
try {
  const json = execFileSync("cargo", ["run", "-q", "--locked", "--offline", "--example", "scorm-packages"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  packages = JSON.parse(json);
} catch (error) {
  fail(`could not read the tracks and lessons with \`cargo run --example scorm-packages\`: ${error.message}`);
}
if (packages.lessons.length === 0) fail("there are no lesson files in lessons/.");

const xml = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// `kind` is "track" or "lesson"; `course` is an entry of the example's JSON.
function manifest(kind, course) {
  const id = xml(course.id);
  const mastery = course.possible > 0 ? `\n        <adlcp:masteryscore>${course.mastery}</adlcp:masteryscore>` : "";
  const contents = kind === "track"
    ? `\n<!-- The track's lessons, in order: ${course.lessons.map((l) => xml(l.id)).join(", ").replace(/--/g, "- -")}. -->`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Second Look, ${kind} "${id}" as a SCORM 1.2 package. Built by scripts/build-scorm.mjs. -->${contents}
<manifest identifier="second-look-${kind}-${id}" version="1.0"
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
      <title>Second Look: ${xml(course.title)}</title>
      <item identifier="${kind}-${id}" identifierref="sco-${id}" isvisible="true">
        <title>${xml(course.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${id}" type="webcontent" adlcp:scormtype="sco" href="kit.html?${kind}=${id}">
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
fs.mkdirSync(path.join(staging, "lessons"), { recursive: true });
const built = [];
const courses = [
  ...packages.tracks.map((track) => ["track", track, `${track.id}.zip`]),
  ...packages.lessons.map((lesson) => ["lesson", lesson, `lessons/${lesson.id}.zip`]),
];
for (const [kind, course, name] of courses) {
  if (!/^[a-z0-9-]+$/.test(course.id)) fail(`${kind} id ${JSON.stringify(course.id)} cannot be a file name.`);
  const pkg = zip([
    { name: "imsmanifest.xml", data: Buffer.from(manifest(kind, course), "utf8") },
    { name: "kit.html", data: kit },
  ]);
  fs.writeFileSync(path.join(staging, name), pkg);
  built.push([name, course, pkg.length]);
}
fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);

console.log(`build-scorm: dist-scorm/ is ready: one SCORM 1.2 package per track, and one per lesson in dist-scorm/lessons/`);
for (const [name, course, size] of built) {
  const count = course.lessons ? course.lessons.length : 0;
  const lessons = course.lessons ? `${count} lesson${count === 1 ? "" : "s"}, ` : "";
  console.log(`  ${name.padEnd(36)} ${String(size).padStart(9)} bytes (${lessons}pass mark ${course.mastery} of ${course.max})`);
}
