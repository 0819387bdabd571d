import { areaIds, areas, type AreaId, type AreaScores } from './areas';

/** An area at or under this score is one she might like to talk about; it is the scale's middle ("it's okay"). */
const talkThreshold = 3;
/** At most this many areas give topics, so the suggestion stays short. */
const maxTalkAreas = 3;

/** What the result page says back: where it goes best for her, and topics she might like to talk about. */
export interface SelfCheckSummary {
  /** The one or two areas with her highest score (4 or more), in page order. Empty when none is that high. */
  goingWell: AreaId[];
  /** Topic ids (content/data/topics.json) of her lowest areas at or under the scale's middle, lowest first. */
  talkTopics: string[];
}

/**
 * Reads her scores without judging them: the strongest areas to name first, and topics to offer.
 * Never a verdict or a risk: only what the page may offer to talk about.
 */
export function summarize(scores: AreaScores): SelfCheckSummary {
  const best = Math.max(...areaIds.map((id) => scores[id]));
  const goingWell = best >= 4 ? areaIds.filter((id) => scores[id] === best).slice(0, 2) : [];
  const lowest = areaIds
    .filter((id) => scores[id] <= talkThreshold)
    .sort((a, b) => scores[a] - scores[b] || areaIds.indexOf(a) - areaIds.indexOf(b))
    .slice(0, maxTalkAreas);
  const talkTopics = [...new Set(lowest.flatMap((id) => areas[id].topics))];
  return { goingWell, talkTopics };
}
