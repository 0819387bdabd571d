import ContactList from './ContactList.astro';
import GiftPackageList from './GiftPackageList.astro';
import HelpLinePanel from './HelpLinePanel.astro';
import MeetupList from './MeetupList.astro';
import QuickExit from './QuickExit.astro';
import SignUpCallToAction from './SignUpCallToAction.astro';
import Timeline from './Timeline.astro';
import TimelineStep from './TimelineStep.astro';
import TopicNavigator from './TopicNavigator.astro';

/** The components content pages (`content/pages/**.mdx`) may use without importing them. */
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
