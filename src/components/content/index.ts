import CallbackForm from '../forms/CallbackForm.astro';
import ReferrerLinks from '../referrers/ReferrerLinks.astro';
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
  CallbackForm,
  ContactList,
  GiftPackageList,
  HelpLinePanel,
  MeetupList,
  QuickExit,
  ReferrerLinks,
  SignUpCallToAction,
  Timeline,
  TimelineStep,
  TopicNavigator,
};
