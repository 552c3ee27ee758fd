// Run by installed.test.ts in the consumer project: loads every published entry point the
// way a user's code would (import, and require where the package offers CommonJS) and
// prints the names each exports, or the error, as JSON.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = JSON.parse(process.env.LAPOR_ENTRIES);
const out = {};
for (const { specifier, cjs } of entries) {
  const names = (module) => Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule').sort();
  out[specifier] = {};
  try {
    out[specifier].import = names(await import(specifier));
  } catch (error) {
    out[specifier].import = { error: String(error) };
  }
  if (cjs) {
    try {
      out[specifier].require = names(require(specifier));
    } catch (error) {
      out[specifier].require = { error: String(error) };
    }
  }
}
process.stdout.write(JSON.stringify(out));
