export { ZoneInventory, silentLogger, type ZoneView, type InventoryOptions, type InventoryStats, type ComponentLogger } from './inventory.js';
export { toZone, changedFields, SETTLED_STATES, NO_METADATA, type Zone, type ZoneNic, type ExportMetadataKeys } from './zone.js';
export { diffZones, zoneChange, type ZoneChange } from './diff.js';
