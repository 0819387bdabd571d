import topics from '../../content/data/topics.json' with { type: 'json' };

/** The topics of `content/data/topics.json` she can choose to talk about, in the file's order. */
export const talkTopicIds = topics.map((topic) => topic.id) as [string, ...string[]];

/** A topic's title in Dutch, as the team reads it ("Geld en schulden"), or the id when it is not there. */
export function dutchTopicTitle(id: string): string {
  return topics.find((topic) => topic.id === id)?.title.nl ?? id;
}
