// The test LMS's API and frame, started by tests/scorm.rs with
// startLms({ sco, api, initial }):
//   sco      the SCO's launch address, from the package's imsmanifest.xml
//   api      "scorm-again": a real SCORM 1.2 runtime (scorm-again's Scorm12API)
//            "throws": every function throws; "false": every function answers "false"
//            "partial": only LMSInitialize; "none": no API at all
//   initial  for scorm-again: cmi values the LMS already holds (loadFromJSON)
// Every call the SCO makes is noted in window.lmsCalls as [name, element, value].
"use strict";
window.lmsCalls = [];
window.startLms = function (options) {
  var note = function (name) {
    return function (element, value) {
      window.lmsCalls.push([name, element === undefined ? "" : String(element), value === undefined ? "" : String(value)]);
    };
  };
  var names = ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"];
  if (options.api === "scorm-again") {
    // logLevel 5: quiet; no lmsCommitUrl: commits stay in this page.
    var api = new Scorm12API({ autocommit: false, logLevel: 5 });
    if (options.initial) {
      api.loadFromJSON(options.initial);
    }
    ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"].forEach(function (name) {
      api.on(name, note(name));
    });
    window.API = api;
  } else if (options.api === "throws" || options.api === "false") {
    window.API = {};
    names.forEach(function (name) {
      window.API[name] = function (element, value) {
        note(name)(element, value);
        if (options.api === "throws") {
          throw new Error("test LMS: " + name + " is broken");
        }
        return "false";
      };
    });
  } else if (options.api === "partial") {
    window.API = { LMSInitialize: function () { note("LMSInitialize")(); return "true"; } };
  } else {
    // No API: note that the SCO looked for one here, and give it nothing.
    Object.defineProperty(window, "API", {
      get: function () { window.lmsCalls.push(["looked for API", "", ""]); return undefined; },
    });
  }
  var frame = document.createElement("iframe");
  frame.title = "Lesson";
  frame.style.width = "1240px";
  frame.style.height = "800px";
  frame.src = options.sco;
  document.body.appendChild(frame);
};
