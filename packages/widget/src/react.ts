/**
 * React wrappers, typed, with the events as props (`onLaporSubmitted`, `onLaporError`).
 * Registers the elements on import.
 *
 * @example
 * ```tsx
 * import { LaporForm } from '@lapor/widget/react';
 * <LaporForm endpoint="http://localhost:4010" siteKey="pk_test_sandbox" onLaporSubmitted={(e) => alert(e.detail.trackingId)} />
 * ```
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LaporForm as LaporFormElement, type LaporErrorDetail, type LaporSubmittedDetail } from './form/lapor-form.ts';
import { LaporStatus as LaporStatusElement } from './status/lapor-status.ts';
import { LaporReports as LaporReportsElement } from './reports/lapor-reports.ts';
import { LaporStats as LaporStatsElement } from './stats/lapor-stats.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporFormElement);
define('lapor-status', LaporStatusElement);
define('lapor-reports', LaporReportsElement);
define('lapor-stats', LaporStatsElement);

export const LaporForm = createComponent({
  tagName: 'lapor-form',
  elementClass: LaporFormElement,
  react: React,
  events: {
    onLaporSubmitted: 'lapor-submitted' as EventName<CustomEvent<LaporSubmittedDetail>>,
    onLaporError: 'lapor-error' as EventName<CustomEvent<LaporErrorDetail>>,
  },
});

export const LaporStatus = createComponent({
  tagName: 'lapor-status',
  elementClass: LaporStatusElement,
  react: React,
  events: {
    onLaporError: 'lapor-error' as EventName<CustomEvent<LaporErrorDetail>>,
  },
});

/** `<lapor-reports>`: an institution's public reports, with status tabs, search and "Muat lagi". */
export const LaporReports = createComponent({
  tagName: 'lapor-reports',
  elementClass: LaporReportsElement,
  react: React,
  events: {
    onLaporError: 'lapor-error' as EventName<CustomEvent<LaporErrorDetail>>,
  },
});

/** `<lapor-stats>`: an institution's handling figures, with a bar chart and a data table. */
export const LaporStats = createComponent({
  tagName: 'lapor-stats',
  elementClass: LaporStatsElement,
  react: React,
  events: {
    onLaporError: 'lapor-error' as EventName<CustomEvent<LaporErrorDetail>>,
  },
});
