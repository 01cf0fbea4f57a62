import { describe, expect, it } from 'vitest';
import { isTinyFrame, siteOfFrame, type FrameView } from '../../../platform/frame';

type Location = FrameView['location'];

/** A top-level window: its own top. */
function topWindow(hostname: string, size = { innerWidth: 1200, innerHeight: 800 }): FrameView {
  const frame: { top: FrameView | null; location: Location; innerWidth: number; innerHeight: number } = { top: null, location: { hostname }, ...size };
  frame.top = frame;
  return frame;
}

/** A top the frame may not read, as a cross-origin top throws on `location`. */
const crossOriginTop: FrameView = {
  get location(): Location {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
  top: null,
  innerWidth: 1200,
  innerHeight: 800,
};

const frameIn = (top: FrameView, location: Location, size = { innerWidth: 300, innerHeight: 200 }): FrameView => ({ top, location, ...size });

describe('siteOfFrame', () => {
  it('is the top document\'s host when the frame can read it (same origin, srcdoc, about:blank)', () => {
    expect(siteOfFrame(topWindow('blog.example.org'))).toBe('blog.example.org');
    expect(siteOfFrame(frameIn(topWindow('blog.example.org'), { hostname: '' }))).toBe('blog.example.org');
  });

  it('reads a cross-origin top from ancestorOrigins (Chromium), the outermost one', () => {
    const location = { hostname: 'comments.example.net', ancestorOrigins: ['https://mid.example.com', 'https://blog.example.org'] };
    expect(siteOfFrame(frameIn(crossOriginTop, location))).toBe('blog.example.org');
  });

  it('falls back to the frame\'s own host without ancestorOrigins (Firefox) or with an opaque one', () => {
    expect(siteOfFrame(frameIn(crossOriginTop, { hostname: 'comments.example.net' }))).toBe('comments.example.net');
    expect(siteOfFrame(frameIn(crossOriginTop, { hostname: 'comments.example.net', ancestorOrigins: ['null'] }))).toBe('comments.example.net');
  });
});

describe('isTinyFrame', () => {
  const top = topWindow('example.org');

  it('is a frame narrower or lower than 40 px', () => {
    expect(isTinyFrame(frameIn(top, { hostname: 'x' }, { innerWidth: 1, innerHeight: 1 }))).toBe(true);
    expect(isTinyFrame(frameIn(top, { hostname: 'x' }, { innerWidth: 39, innerHeight: 600 }))).toBe(true);
    expect(isTinyFrame(frameIn(top, { hostname: 'x' }, { innerWidth: 600, innerHeight: 39 }))).toBe(true);
  });

  it('is not a frame of 40 px or more each way', () => {
    expect(isTinyFrame(frameIn(top, { hostname: 'x' }, { innerWidth: 40, innerHeight: 40 }))).toBe(false);
  });

  it('is never the top document, however small its window', () => {
    expect(isTinyFrame(topWindow('example.org', { innerWidth: 10, innerHeight: 10 }))).toBe(false);
  });
});
