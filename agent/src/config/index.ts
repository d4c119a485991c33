export { loadConfig, parseConfig, ConfigError, EXIT_CONFIG, isHostPort } from './load.js';
export { readSecret, SecretError } from './secrets.js';
export { resolveMetricsListen } from './listen.js';
export { DEFAULTS, DEFAULT_COMMANDS, DEFAULT_CONFIG_PATH } from './defaults.js';
export * from './types.js';
