// Starts and stops one code-server for one test run.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// User settings for a quiet, predictable workbench: no git scanning of the repo around the
// workspace, no trust prompt, no welcome page, no gallery or telemetry traffic.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url, ms, exited) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`code-server exited during startup (see code-server.log)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms (see code-server.log)`);
}

/**
 * Starts code-server on a free loopback port with its state under `temp`; its output goes to
 * `logFile`. Returns { host, stop }. `env` is passed on to the extension host, which is a child
 * of the server; `settings` are added to the user settings.
 */
export async function startCodeServer({ entry, temp, logFile, env, settings = {} }) {
  const userDir = path.join(temp, 'user');
  mkdirSync(path.join(userDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  writeFileSync(path.join(temp, 'config.yaml'), 'auth: none\n');
  const host = `127.0.0.1:${await freePort()}`;
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [
      entry,
      '--config',
      path.join(temp, 'config.yaml'), // else it creates ~/.config/code-server/config.yaml
      '--auth',
      'none',
      '--bind-addr',
      host,
      '--user-data-dir',
      userDir,
      '--extensions-dir',
      path.join(temp, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
    ],
    {
      // An empty gallery turns the marketplace off instead of letting it try open-vsx.org.
      env: { ...process.env, ...env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so stop() also ends the extension host and watchers
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exitedPromise = new Promise((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  async function stop() {
    for (const [signal, waitMs] of [
      ['SIGTERM', 5000],
      ['SIGKILL', 2000],
    ]) {
      if (exited) break;
      try {
        process.kill(-child.pid, signal);
      } catch {
        break; // group already gone
      }
      await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, waitMs))]);
    }
    // The server's children (extension host, file watcher) may outlive it by a moment.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // none left
    }
    await new Promise((r) => log.end(r));
  }

  try {
    await waitForHealth(`http://${host}/healthz`, 60000, () => exited);
  } catch (e) {
    await stop();
    throw e;
  }
  return { host, stop };
}
