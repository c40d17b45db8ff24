// Browser scripts should import './status.ts' (and weekly-table) directly: this index also
// exports compileSchedule, which pulls in the opening_hours parser.
export { compileSchedule } from './compile.ts';
export { closuresAhead, daySchedule, formatStatus, statusAt } from './status.ts';
export type { Closure, DaySchedule, Opening, Status } from './status.ts';
export { formatIntervals, weeklyTable } from './weekly-table.ts';
export type { WeeklyRow } from './weekly-table.ts';
export { openingHoursSpecification, specialOpeningHoursSpecification } from './json-ld.ts';
export type { OpeningHoursSpecification } from './json-ld.ts';
export { WEEKDAYS, WEEKDAY_LABELS } from './types.ts';
export type { CompiledSchedule, DayException, Interval, Weekday } from './types.ts';
