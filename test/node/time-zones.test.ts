// Dates are calendar dates, never shifted by the host's time zone: every calculation gives
// the same answer in Kiritimati (UTC+14), Los Angeles (UTC−8/−7), London and UTC.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./helpers/time-probe.ts', import.meta.url));

function runIn(tz: string): { offsetMinutes: number; results: unknown } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(output) as { offsetMinutes: number; results: unknown };
}

describe('time zones', function () {
  this.timeout(60000);

  it('give the same dates, deadlines and holidays whatever TZ the host has', () => {
    const kiritimati = runIn('Pacific/Kiritimati');
    const losAngeles = runIn('America/Los_Angeles');
    const london = runIn('Europe/London');
    const utc = runIn('UTC');
    // The zones really were different...
    expect([kiritimati.offsetMinutes, losAngeles.offsetMinutes, utc.offsetMinutes]).to.deep.equal([-840, 480, 0]);
    // ...and nothing the SDK computed changed.
    expect(losAngeles.results).to.deep.equal(kiritimati.results);
    expect(london.results).to.deep.equal(kiritimati.results);
    expect(utc.results).to.deep.equal(kiritimati.results);
  });
});
