// Loaded before every browser test (see test/wtr.config.mjs). `to.be.accessible()` runs
// axe's default rules, which leave out WCAG 2.2's target-size rule (SC 2.5.8, 24px
// targets): the kit promises WCAG 2.2 AA, so switch it on for every test.
import 'axe-core/axe.min.js';

interface AxeGlobal {
  configure(spec: { rules: Array<{ id: string; enabled: boolean }> }): void;
}

const { axe } = window as unknown as { axe?: AxeGlobal };
if (!axe) throw new Error('axe-core did not load: accessibility tests cannot run.');
axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
