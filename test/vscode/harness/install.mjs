// Installs code-server (a real VS Code OSS, served to a browser) from the npm registry into
// .vscode-test/, following the recipe verified on Node 20. Idempotent: a marker written last
// means a complete install, so a half-finished one is redone from scratch.
//   node test/vscode/harness/install.mjs
// DEMARC_CODE_SERVER_CACHE overrides the folder (used to time a cold install without touching
// the shared cache).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE = path.resolve(
  process.env.DEMARC_CODE_SERVER_CACHE || path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`),
);
export const ENTRY = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
const MARKER = path.join(CACHE, '.complete');

function npm(args, cwd) {
  // stdout is dropped so that `npm test` output stays the suite's; npm's errors still reach stderr.
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

// VS Code searches files (findFiles, workspaceContains:<glob> activation, quick open) with the
// rg binary of @vscode/ripgrep, which its postinstall downloads from GitHub. Checked on every
// run rather than once, so that installing ripgrep later (apt-get install ripgrep) is picked up.
let warnedNoRipgrep = false;
function linkRipgrep(log) {
  const target = path.join(CACHE, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
  if (existsSync(target)) return;
  const rg = findOnPath('rg');
  if (rg) {
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(rg, target);
    log(`code-server: using ${rg} for file search`);
  } else if (!warnedNoRipgrep) {
    warnedNoRipgrep = true;
    log('code-server: no rg on PATH (apt-get install ripgrep): findFiles and workspaceContains globs will fail');
  }
}

export function installCodeServer(log = (m) => process.stderr.write(`${m}\n`)) {
  if (existsSync(MARKER)) {
    linkRipgrep(log);
    return ENTRY;
  }
  const started = Date.now();
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  // A package.json of its own keeps npm from walking up into the repo's package.json.
  writeFileSync(path.join(CACHE, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  const vscode = path.join(CACHE, 'node_modules/code-server/lib/vscode');
  // --ignore-scripts everywhere: code-server's postinstall and VS Code's would download things
  // (ripgrep, Electron headers) from GitHub, which is unreachable; the few native modules that
  // are needed are built from source with `npm rebuild` instead.
  const steps = [
    [`code-server@${CODE_SERVER_VERSION}`, () => npm(['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], CACHE)],
    ['argon2 (native)', () => npm(['rebuild', 'argon2'], CACHE)],
    ['VS Code server modules', () => npm(['install', '--omit=dev', '--ignore-scripts'], vscode)],
    ['native-watchdog and spdlog (native)', () => npm(['rebuild', 'native-watchdog', '@vscode/spdlog'], vscode)],
    // The server loads its modules from node_modules.asar, which only the packaged build ships.
    [
      'node_modules.asar link',
      () => existsSync(path.join(vscode, 'node_modules.asar')) || symlinkSync('node_modules', path.join(vscode, 'node_modules.asar')),
    ],
    ['built-in extensions', () => npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscode, 'extensions'))],
  ];
  for (const [name, step] of steps) {
    const t = Date.now();
    log(`code-server: installing ${name}`);
    try {
      step();
    } catch (e) {
      throw new Error(
        `code-server install failed at "${name}" after ${((Date.now() - t) / 1000).toFixed(0)} s: ${String(e.message).split('\n')[0]}`,
        { cause: e },
      );
    }
  }
  writeFileSync(MARKER, new Date().toISOString());
  linkRipgrep(log);
  log(`code-server: installed in ${((Date.now() - started) / 1000).toFixed(0)} s (${CACHE})`);
  return ENTRY;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    installCodeServer();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
