import { SERVICE_LEVELS } from '@lapor/client/contract';
import type { StatsStrings } from './strings.ts';

/** English for `<lapor-stats>`: a chunk loaded with `lang="en"`. */
export const enStats: StatsStrings = {
  statsTitle: 'How reports are handled',
  statsPeriod: '{from} to {to}',
  statsLoading: 'Loading the figures…',
  statsError: 'The figures could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  statsAsOf: 'Computed on {date}.',
  received: 'Reports received',
  onTime: `Followed up within ${SERVICE_LEVELS.followUpWorkingDays} working days`,
  countOf: '{count} of {total} reports',
  medianDays: 'Median time to the first follow-up',
  workingDays: '{days} working days',
  closed: 'Closed',
  escalated: 'Referred to Ombudsman RI',
  rating: "Reporters' average rating",
  ratingOf: '{average} of 5',
  ratingCount: '{count} ratings',
  notYet: 'None yet',
  chartTitle: 'Reports received per month',
  chartReceived: 'Received',
  chartOnTime: 'Followed up on time',
  tableCaption: 'Reports received per month by classification, and those followed up on time',
  month: 'Month',
  classifications: {
    complaint: 'Complaint',
    aspiration: 'Aspiration',
    information_request: 'Information request',
  },
};
