// The statuses a country can have under the 1980 Hague Child Abduction Convention towards the Netherlands.
export const HAGUE_STATUSES = [
  'partij-ratificatie',
  'toetreding-aanvaard',
  'toetreding-niet-aanvaard',
  'geen-partij',
  'niet-van-toepassing',
  'onbekend',
] as const;
export type HagueStatus = (typeof HAGUE_STATUSES)[number];
