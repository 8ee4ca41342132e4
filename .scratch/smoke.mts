import { startHarness, rendered, mark } from "/work/wt-web/tests/e2e/harness.ts";
const h = await startHarness();
try {
  const page = await h.open();
  await page.screenshot({ path: "/tmp/s1.png" });
  const r = await mark(page);
  await page.getByTestId("search").fill("Sheinbam");
  await page.waitForTimeout(800);
  await page.keyboard.press("Enter");
  await rendered(page, r);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: "/tmp/s2.png" });
  console.log(await page.getByTestId("status").textContent(), h.errors.get(page));
} finally { await h.close(); }
