export * from './common';
export * from './entities';
export * from './meetings';
export * from './entity-writes';
export * from './timeline';
export * from './import';
