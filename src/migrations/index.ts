import * as migration_20261125_104137_initial from './20261125_104137_initial.js';
import * as migration_20261125_115329_lookup_indexes_and_flag_types from './20261125_115329_lookup_indexes_and_flag_types.js';
import * as migration_20261125_143942_import_running_in from './20261125_143942_import_running_in.js';
import * as migration_20261201_130355_claims from './20261201_130355_claims.js';
import * as migration_20261201_145217_list_order_indexes from './20261201_145217_list_order_indexes.js';
import * as migration_20261201_154447_four_eyes_editors from './20261201_154447_four_eyes_editors.js';
import * as migration_20261201_173016_login_throttle from './20261201_173016_login_throttle.js';
import * as migration_20261201_201628_change_counters from './20261201_201628_change_counters.js';
import * as migration_20261201_202726_content_fingerprints from './20261201_202726_content_fingerprints.js';
import * as migration_20261201_231621_autoincrement_ids from './20261201_231621_autoincrement_ids.js';
import * as migration_20261201_232516_articles_created_order_index from './20261201_232516_articles_created_order_index.js';
import * as migration_20261201_235309_shared_media_storage from './20261201_235309_shared_media_storage.js';
import * as migration_20261202_021500_fingerprint_band_key_parent_index from './20261202_021500_fingerprint_band_key_parent_index.js';

export const migrations = [
  {
    up: migration_20261125_104137_initial.up,
    down: migration_20261125_104137_initial.down,
    name: '20261125_104137_initial',
  },
  {
    up: migration_20261125_115329_lookup_indexes_and_flag_types.up,
    down: migration_20261125_115329_lookup_indexes_and_flag_types.down,
    name: '20261125_115329_lookup_indexes_and_flag_types',
  },
  {
    up: migration_20261125_143942_import_running_in.up,
    down: migration_20261125_143942_import_running_in.down,
    name: '20261125_143942_import_running_in',
  },
  {
    up: migration_20261201_130355_claims.up,
    down: migration_20261201_130355_claims.down,
    name: '20261201_130355_claims',
  },
  {
    up: migration_20261201_145217_list_order_indexes.up,
    down: migration_20261201_145217_list_order_indexes.down,
    name: '20261201_145217_list_order_indexes',
  },
  {
    up: migration_20261201_154447_four_eyes_editors.up,
    down: migration_20261201_154447_four_eyes_editors.down,
    name: '20261201_154447_four_eyes_editors',
  },
  {
    up: migration_20261201_173016_login_throttle.up,
    down: migration_20261201_173016_login_throttle.down,
    name: '20261201_173016_login_throttle',
  },
  {
    up: migration_20261201_201628_change_counters.up,
    down: migration_20261201_201628_change_counters.down,
    name: '20261201_201628_change_counters',
  },
  {
    up: migration_20261201_202726_content_fingerprints.up,
    down: migration_20261201_202726_content_fingerprints.down,
    name: '20261201_202726_content_fingerprints',
  },
  {
    up: migration_20261201_231621_autoincrement_ids.up,
    down: migration_20261201_231621_autoincrement_ids.down,
    name: '20261201_231621_autoincrement_ids',
  },
  {
    up: migration_20261201_232516_articles_created_order_index.up,
    down: migration_20261201_232516_articles_created_order_index.down,
    name: '20261201_232516_articles_created_order_index',
  },
  {
    up: migration_20261201_235309_shared_media_storage.up,
    down: migration_20261201_235309_shared_media_storage.down,
    name: '20261201_235309_shared_media_storage',
  },
  {
    up: migration_20261202_021500_fingerprint_band_key_parent_index.up,
    down: migration_20261202_021500_fingerprint_band_key_parent_index.down,
    name: '20261202_021500_fingerprint_band_key_parent_index'
  },
];
