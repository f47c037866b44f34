export { DEFAULT_TIME_ZONE, isValidTimeZone } from './time-zone.rule';
