import { jsx } from 'astro/jsx-runtime';
import type { Locale } from '../../i18n/locales';
import ContactList from './ContactList.astro';
import GiftPackageList from './GiftPackageList.astro';
import HelpLinePanel from './HelpLinePanel.astro';
import MeetupList from './MeetupList.astro';
import QuickExit from './QuickExit.astro';
import SignUpCallToAction from './SignUpCallToAction.astro';
import Timeline from './Timeline.astro';
import TimelineStep from './TimelineStep.astro';
import TopicNavigator from './TopicNavigator.astro';

/**
 * The components pages for mothers (`content/pages/**.mdx`) may use without importing them. A
 * page gets the CSS of every component its route imports (through this module), so the form and
 * links for professionals are not in this set but in `../referrers/index.ts`: here they would add
 * their CSS to every page a mother opens.
 */
export const contentComponents = {
  ContactList,
  GiftPackageList,
  HelpLinePanel,
  MeetupList,
  QuickExit,
  SignUpCallToAction,
  Timeline,
  TimelineStep,
  TopicNavigator,
};

type ContentComponentName = keyof typeof contentComponents;

/**
 * The content components, each speaking `lang` whatever the page's language: the side-by-side
 * view renders the Dutch text with them inside a page in another language. MDX accepts plain
 * function components that return Astro JSX.
 */
export function contentComponentsIn(lang: Locale): Record<ContentComponentName, (props: Record<string, unknown>) => unknown> {
  const entries = Object.entries(contentComponents).map(([name, Component]) => [
    name,
    (props: Record<string, unknown>) => jsx(Component, { ...props, lang }),
  ]);
  return Object.fromEntries(entries) as Record<ContentComponentName, (props: Record<string, unknown>) => unknown>;
}
