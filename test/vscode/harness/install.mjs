// Installs code-server (a real VS Code OSS, served to a browser) from the npm registry into
// .vscode-test/, following the recipe verified on Node 20. Idempotent: a marker written last
// means a complete install, so a half-finished one is redone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE = path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const ENTRY = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
const MARKER = path.join(CACHE, '.complete');

function npm(args, cwd) {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function installCodeServer(log = (m) => process.stderr.write(`${m}\n`)) {
  if (existsSync(MARKER)) return ENTRY;
  const started = Date.now();
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(path.join(CACHE, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  const vscode = path.join(CACHE, 'node_modules/code-server/lib/vscode');
  const steps = [
    [`code-server@${CODE_SERVER_VERSION}`, () => npm(['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], CACHE)],
    ['argon2 (native)', () => npm(['rebuild', 'argon2'], CACHE)],
    ['VS Code server modules', () => npm(['install', '--omit=dev', '--ignore-scripts'], vscode)],
    ['native-watchdog and spdlog (native)', () => npm(['rebuild', 'native-watchdog', '@vscode/spdlog'], vscode)],
    ['node_modules.asar link', () => existsSync(path.join(vscode, 'node_modules.asar')) || symlinkSync('node_modules', path.join(vscode, 'node_modules.asar'))],
    ['built-in extensions', () => npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscode, 'extensions'))],
  ];
  for (const [name, step] of steps) {
    log(`code-server: installing ${name}`);
    try {
      step();
    } catch (e) {
      throw new Error(`code-server install failed at "${name}": ${String(e.message).split('\n')[0]}`);
    }
  }
  writeFileSync(MARKER, new Date().toISOString());
  log(`code-server: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
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
