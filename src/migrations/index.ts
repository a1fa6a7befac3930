import * as migration_20261125_104137_initial from './20261125_104137_initial.js';

export const migrations = [
  {
    up: migration_20261125_104137_initial.up,
    down: migration_20261125_104137_initial.down,
    name: '20261125_104137_initial'
  },
];
