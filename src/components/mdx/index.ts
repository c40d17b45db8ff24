import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import PlaceCard from './PlaceCard.astro';
import PullQuote from './PullQuote.astro';

/** Handed to every MDX body, so editors use these without imports (names match MDX_COMPONENTS). */
export const mdxComponents = { Figure, KeyFigure, PlaceCard, PullQuote };
