import { regionFinderDataPaths } from '../../../lib/site/place-listing.ts';

/** The finder's data for one region, fetched when a visitor picks the region or asks for near me. */
export const getStaticPaths = () => regionFinderDataPaths('service-points');
export const GET = ({ props }: { props: { data: unknown } }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
