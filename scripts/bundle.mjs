// The CLI and the browser harness, pre-built: esbuild bundles src-main/cli.ts and src-main/server.ts
// (with src-shared and the JSON they import) into out/tools/*.js, which plain node runs without a
// TypeScript loader. Packages in node_modules stay require()d. A bundle is rebuilt when any file it
// was built from is newer than it (the list is esbuild's metafile, kept in out/tools/inputs.json).
//
//   node scripts/bundle.mjs                 build if stale (prints nothing when fresh)
//   node scripts/bundle.mjs cli ARGS…       build if stale, then run the CLI in this process
//   node scripts/bundle.mjs serve ARGS…     build if stale, then start the harness
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'tools');
const inputsFile = path.join(outDir, 'inputs.json');
const ENTRIES = { cli: 'src-main/cli.ts', server: 'src-main/server.ts' };

/** True when a bundle is missing or older than one of its inputs (or than this script or the lock file). */
export function isStale() {
  let built;
  try {
    built = Math.min(...Object.keys(ENTRIES).map((n) => fs.statSync(path.join(outDir, `${n}.js`)).mtimeMs));
    const inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    const files = [...inputs, 'scripts/bundle.mjs', 'package-lock.json'];
    return files.some((f) => {
      try {
        return fs.statSync(path.join(root, f)).mtimeMs > built;
      } catch {
        return true; // an input was deleted or moved
      }
    });
  } catch {
    return true;
  }
}

/** Builds out/tools/{cli,server}.js (about a quarter of a second). */
export async function build() {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: outDir,
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Each file lands whole (written aside, then renamed), so a CLI started meanwhile never reads half a bundle.
  fs.mkdirSync(outDir, { recursive: true });
  const put = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  };
  for (const f of r.outputFiles) put(f.path, f.contents);
  put(inputsFile, JSON.stringify(Object.keys(r.metafile.inputs)));
}

export async function ensureFresh() {
  if (isStale()) await build();
  return { cli: path.join(outDir, 'cli.js'), server: path.join(outDir, 'server.js') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [what, ...args] = process.argv.slice(2);
  const bundles = await ensureFresh();
  const require = createRequire(import.meta.url);
  if (what === 'cli') {
    process.argv = [process.argv[0], bundles.cli, ...args];
    require(bundles.cli); // runs main() and exits with its code
  } else if (what === 'serve') {
    process.argv = [process.argv[0], bundles.server, ...args];
    require(bundles.server).serveMain();
  } else if (what) {
    console.error(`Không rõ "${what}": dùng cli hoặc serve.`);
    process.exit(2);
  }
}
