// Starts the kit. A file of its own (not an inline script) so the
// Content-Security-Policy can forbid every inline script.
import init from "./second-look.js";

init({ module_or_path: new URL("./second-look_bg.wasm", import.meta.url) }).catch((error) => {
  const message = document.getElementById("boot-error");
  if (message) {
    message.hidden = false;
  }
  console.error(error);
});
