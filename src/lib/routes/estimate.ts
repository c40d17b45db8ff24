/**
 * Whether a distance between two places says anything. Many places are only placed at a shared
 * reference point (a town centre); two such places are not "0 米" apart, their distance is unknown.
 * The one rule behind every leg, total and "nearby" label on pages, print views and exports.
 */

/** Closer than this, with an approximate end, means "the same reference point". */
const SAME_POINT_M = 200;

export const isUnknownDistance = (meters: number, approximate: boolean) => approximate && meters < SAME_POINT_M;
