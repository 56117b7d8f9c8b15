import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSeedInBrowser, hoverUntil, waitForText, shotOnFailure } from './lib.mjs';

// package.json declares "untrustedWorkspaces": { "supported": true }: News Lens only reads the
// articles and runs no code from the workspace, so it must work fully in Restricted Mode.
test('UI: in an untrusted workspace (Restricted Mode) the extension runs and the cross-article hover works', { timeout: 240000 }, async () => {
  const session = await openSeedInBrowser('002_c5c97a9daaac34f1.txt', {
    codeServer: {
      workspaceTrust: true,
      settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false },
    },
  });
  try {
    const { page } = session;
    await shotOnFailure(page, 'untrusted', async () => {
      // The workbench says it is in Restricted Mode: the folder is not trusted.
      await waitForText(page, '.statusbar', /Restricted Mode/, 60000);
      // (The spelling-variant diagnostic's own hover names Volodymyr Zelensky too, and can show while
      // News Lens' hover still says "Loading...": wait for the cross-article line itself.)
      const text = await hoverUntil(page, 'Zelenskiy', /Volodymyr Zelensky[\s\S]*in 3 articles/, 90000);
      assert.match(text, /in 3 articles/);
    });
  } finally {
    await session.close();
  }
});
