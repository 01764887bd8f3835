// Invented releases for the browser tests: one ordinary (shared with the render unit tests), one full of
// content that must never run.
import { cycleLanesRelease } from '../fixtures/releases';

export const ORDINARY_RELEASE = cycleLanesRelease({
  body: 'The lanes open **today**. Read [the plan](https://www.example.org/plan) or [the notes](notes/plan.md).\n\n![Route map](images/map.png)\n',
});

/** Every way we know of to smuggle a script into the page; each sets window.__pwned or opens a dialog. */
export const HOSTILE_RELEASE = `---
title: "<script>window.__pwned = 'title'</script><img src=x onerror=\\"window.__pwned='title-img'\\">"
area: "<svg onload=\\"window.__pwned='area'\\"><script>alert('area')</script></svg>"
url: "javascript:window.__pwned='url'"
publish:
  date: "<b onmouseover=\\"window.__pwned='date'\\">soon</b>"
embargo: "\\"><script>alert(1)</script>"
contacts:
  - name: "<iframe src=\\"javascript:alert('name')\\"></iframe>"
    role: "<style>body{display:none}</style>"
    phone: "<a href=\\"javascript:alert(1)\\">call</a>"
    email: "x@example.org\\" onclick=\\"window.__pwned='email'"
og:
  title: "<script>window.__pwned='og-title'</script>"
  description: "<img src=x onerror=\\"window.__pwned='og-description'\\">"
  image: "javascript:window.__pwned='og-image'"
  url: "https://www.example.org/\\"><script>window.__pwned='og-url'</script>"
---

<script>window.__pwned = 'body-script'</script>

Inline <img src="x" onerror="window.__pwned='body-img'"> and <a href="javascript:window.__pwned='a'">a tag</a>.

[markdown js link](javascript:window.__pwned='md-link') and [encoded](JaVaScRiPt&#58;alert(1)) and [data](data:text/html,<script>alert(1)</script>)

![svg picture](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj48L3N2Zz4=)

<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned='svg'</script></svg>

<details open ontoggle="window.__pwned='details'">x</details>

[ref link][evil]

[evil]: javascript:window.__pwned='ref'
`;
