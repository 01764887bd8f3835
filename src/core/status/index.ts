// Where each release stands (needs attention, embargoed, scheduled, published, draft) at a moment, and the newsroom overview.
export { isTimeZone, machineTimeZone, instantIn, timeZoneOf } from './timeZone';
export { PLACEHOLDERS_RULE, RELEASE_STATUSES, STATUS_LABELS, releaseDateOf, statusAt, statusFactsOf, type ReleaseDate, type ReleaseStatus, type StatusAt, type StatusFacts } from './releaseStatus';
export { NO_HEADLINE, NO_PUBLISH_DATE, dateInWords, problemsInWords, releaseOverviewOf, statusDateInWords, type ReleaseOverview } from './overview';
export {
  GROUPINGS,
  NO_AREA,
  NO_MONTH,
  SORT_ORDERS,
  matchesFilter,
  nextStatusChange,
  placeAt,
  releasesInOrder,
  type Grouping,
  type PlacedRelease,
  type ReleaseFilter,
  type ReleaseGroup,
  type SortOrder,
} from './grouping';
export { ReleaseBoard, arrangeReleases, type BoardChanges, type BoardChoices } from './board';
