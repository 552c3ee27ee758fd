/**
 * Registers `<lapor-form>`, `<lapor-status>`, `<lapor-reports>` and `<lapor-stats>`
 * (each skipped when another copy already did).
 * @module
 */
import { LaporForm } from './form/lapor-form.ts';
import { LaporStatus } from './status/lapor-status.ts';
import { LaporReports } from './reports/lapor-reports.ts';
import { LaporStats } from './stats/lapor-stats.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporForm);
define('lapor-status', LaporStatus);
define('lapor-reports', LaporReports);
define('lapor-stats', LaporStats);
