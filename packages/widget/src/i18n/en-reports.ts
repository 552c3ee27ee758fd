import type { ReportsStrings } from './strings.ts';

/** English for `<lapor-reports>`: a chunk loaded with `lang="en"`. */
export const enReports: ReportsStrings = {
  reportsTitle: 'Public reports',
  reportsIntro: 'Public reports verified by LAPOR! admins, newest first. Confidential reports and reporters\' identities are never shown.',
  searchLabel: 'Search reports',
  searchHint: 'Words in the title or description.',
  searchButton: 'Search',
  tabsLabel: 'Report status',
  reportsLoading: 'Loading reports…',
  reportsShown: '{count} reports shown.',
  loadMore: 'Load more',
  reportsEmpty: 'No reports with this status yet.',
  reportsWaitingNote: 'Reports waiting for verification by LAPOR! admins are not shown to the public yet. A report appears here once it has been forwarded to an institution.',
  reportsEmptySearch: 'No report matches "{q}". Try other words.',
  reportsError: 'The reports could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  reportSubmitted: 'Submitted {date}',
  reportInstitution: 'Institution',
  reportArea: 'Location',
  groups: { waiting: 'Waiting', in_process: 'In process', done: 'Done' },
  statuses: {
    submitted: 'Waiting for verification',
    on_hold: 'On hold',
    forwarded: 'Forwarded to the institution',
    followed_up: 'Followed up',
    closed: 'Done',
    archived: 'Archived',
    escalated: 'Referred to Ombudsman RI',
  },
  classifications: {
    complaint: 'Complaint',
    aspiration: 'Aspiration',
    information_request: 'Information request',
  },
};
