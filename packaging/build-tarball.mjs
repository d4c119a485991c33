#!/usr/bin/env node
// Builds the release tarball zonelet-<version>.tgz from an already compiled tree (`npm run build` first;
// `npm run package` does both).
//
//   node packaging/build-tarball.mjs [--out DIR] [--node PATH]
//
// Layout inside the tarball (one top directory, zonelet-<version>/, which install.sh lays out under the prefix):
//   install.sh VERSION NODE_VERSION package.json
//   agent/bin/zonelet.js      the launcher (as in the repository), importing dist/agent/src/cli/main.js
//   dist/agent, dist/proto    the compiled agent, laid out exactly as in the repository, so any path the agent
//                             derives from import.meta.url (dtrace/, package.json) holds in both
//   node_modules/             the agent's production dependencies only: the packages `npm ls --omit=dev
//                             --workspaces=false` lists (no hub, no devDependencies), copied from the local tree,
//                             so this works offline and ships exactly what the tests ran against
//   dtrace/                   the shipped D scripts
//   smf/                      manifest templates and method scripts
//   etc/config.example.json   share/doc/CONFIG.md   share/prometheus/   share/grafana/
//   node/bin/node             only with --node PATH
// No shell anywhere: every child is spawned with an argument array.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(`build-tarball: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { out: repo, node: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--out') opts.out = resolve(value());
    else if (arg === '--node') opts.node = resolve(value());
    else fail(`unknown argument ${arg} (usage: build-tarball.mjs [--out DIR] [--node PATH])`);
  }
  return opts;
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** Package directories (absolute) of the agent's production dependency tree, nested ones included. */
function productionPackages() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = run(npm, ['ls', '--omit=dev', '--all', '--parseable', '--workspaces=false'], repo);
  const dirs = out.split('\n').map((l) => l.trim()).filter(Boolean).filter((d) => resolve(d) !== resolve(repo));
  for (const d of dirs) {
    if (!relative(repo, d).startsWith(`node_modules${sep}`)) fail(`npm ls listed a package outside node_modules: ${d}`);
  }
  return dirs;
}

/** Copies one package without its nested node_modules (those are listed, and copied, on their own). */
function copyPackage(src, dest) {
  cpSync(src, dest, {
    recursive: true,
    dereference: false,
    filter: (p) => {
      const rel = relative(src, p);
      return rel !== 'node_modules' && !rel.startsWith(`node_modules${sep}`);
    },
  });
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const version = pkg.version;
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) fail(`package.json version ${JSON.stringify(version)} is not a plain version`);
  const nodeMin = /^>=\s*(\d+\.\d+\.\d+)$/.exec(pkg.engines?.node ?? '');
  if (!nodeMin) fail(`package.json engines.node must be ">=X.Y.Z", got ${JSON.stringify(pkg.engines?.node)}`);

  const main = join(repo, 'dist', 'agent', 'src', 'cli', 'main.js');
  if (!existsSync(main)) fail(`${relative(repo, main)} is missing: run \`npm run build\` first`);
  if (opts.node && !statSync(opts.node, { throwIfNoEntry: false })?.isFile()) fail(`--node ${opts.node}: no such file`);

  const name = `zonelet-${version}`;
  const staging = mkdtempSync(join(tmpdir(), 'zonelet-release-'));
  const top = join(staging, name);
  try {
    mkdirSync(top);
    const put = (from, to) => cpSync(join(repo, from), join(top, to), { recursive: true });

    put('agent/bin/zonelet.js', 'agent/bin/zonelet.js');
    put('dist/agent', 'dist/agent');
    if (existsSync(join(repo, 'dist', 'proto'))) put('dist/proto', 'dist/proto');
    mkdirSync(join(top, 'dtrace'));
    if (existsSync(join(repo, 'dtrace'))) put('dtrace', 'dtrace');
    put('packaging/smf', 'smf');
    put('packaging/prometheus', 'share/prometheus');
    put('packaging/grafana', 'share/grafana');
    put('packaging/CONFIG.md', 'share/doc/CONFIG.md');
    put('packaging/config.example.json', 'etc/config.example.json');
    put('packaging/install.sh', 'install.sh');
    chmodSync(join(top, 'install.sh'), 0o755);

    for (const dir of productionPackages()) copyPackage(dir, join(top, relative(repo, dir)));

    writeFileSync(join(top, 'VERSION'), `${version}\n`);
    writeFileSync(join(top, 'NODE_VERSION'), `${nodeMin[1]}\n`);
    // The nearest package.json makes agent/ and dist/ ES modules, as the repository's does.
    const released = {
      name: 'zonelet', version, description: pkg.description, type: 'module', private: true, license: pkg.license,
      engines: pkg.engines, dependencies: pkg.dependencies,
    };
    writeFileSync(join(top, 'package.json'), `${JSON.stringify(released, null, 2)}\n`);

    if (opts.node) {
      mkdirSync(join(top, 'node', 'bin'), { recursive: true });
      copyFileSync(opts.node, join(top, 'node', 'bin', 'node'));
      chmodSync(join(top, 'node', 'bin', 'node'), 0o755);
    }

    mkdirSync(opts.out, { recursive: true });
    const tarball = join(opts.out, `${name}.tgz`);
    run('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-czf', tarball, '-C', staging, name], repo);
    console.log(tarball);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main();
