// sessionShown.v1: what the badge shows of the session signal, written by the worker as it paints the badge
// and read by the claude.ai banner (core/session/banner.ts). A module of its own, so the banner loads only
// this reader and never the session window's.
import { readSessionShown } from '../core/session/banner';
import { stored } from './storage';

export const sessionShownRecord = stored('sessionShown.v1', readSessionShown);
