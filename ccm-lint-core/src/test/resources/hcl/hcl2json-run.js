// Prints, as one JSON object, what HashiCorp's HCL parser (npm @cdktf/hcl2json, wasm) makes of
// each file named on the command line: { "<path>": <hcl2json output> | {"__error__": "<message>"} }.
// Usage: node hcl2json-run.js <hcl2json install dir> FILE...
// One node process for the whole corpus keeps the differential test fast (the wasm loads once).
"use strict";
const fs = require("fs");
const path = require("path");

async function main() {
  const [dir, ...files] = process.argv.slice(2);
  const hcl2json = require(path.join(path.resolve(dir), "node_modules", "@cdktf", "hcl2json"));
  const out = {};
  for (const file of files) {
    const text = fs.readFileSync(file, "utf-8");
    try {
      out[file] = await hcl2json.parse(path.basename(file), text);
    } catch (e) {
      out[file] = { __error__: String(e && e.message ? e.message : e) };
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
    process.exit(2);
  });
