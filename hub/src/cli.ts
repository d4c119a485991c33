/** `zonelet-hub --config FILE`: runs the reference hub until SIGTERM/SIGINT. Exit 96 on a bad config. */
import { HubConfigError, loadHubConfig } from './config.js';
import { startHub } from './server.js';

async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf('--config');
  if (i < 0 || !argv[i + 1]) {
    console.error('usage: zonelet-hub --config FILE');
    return 2;
  }
  let cfg;
  try {
    cfg = loadHubConfig(argv[i + 1]);
  } catch (err) {
    if (err instanceof HubConfigError) {
      for (const p of err.problems) console.error(`${p.path}: ${p.message}`);
      return 96;
    }
    throw err;
  }
  const hub = await startHub(cfg);
  // the port line is what scripts and tests wait for (listen may name port 0)
  console.log(JSON.stringify({ msg: 'zonelet-hub listening', listen: cfg.listen, port: hub.port, time: new Date().toISOString() }));
  await new Promise<void>((res) => {
    process.once('SIGTERM', res);
    process.once('SIGINT', res);
  });
  await hub.close();
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`zonelet-hub: ${(err as Error)?.stack ?? String(err)}`);
  process.exitCode = 1;
});
