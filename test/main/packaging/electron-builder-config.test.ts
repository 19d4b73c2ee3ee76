import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));
// electron-builder's own schema of its configuration, from the version installed here.
const schemaPath = require.resolve('app-builder-lib/scheme.json', {
  paths: [require.resolve('electron-builder')],
});
const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
const configText = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface Config {
  directories: { buildResources: string };
  files: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; icon?: string; mimeType?: string }[];
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  msi: { perMachine: boolean };
  mac: { target: string[] };
  linux: { target: string[] };
}

const config = load(configText) as Config;

// strict: false, since the schema carries electron-builder's own annotations beside JSON Schema's.
const check = new Ajv({ allErrors: true, strict: false }).compile(schema as object);

function validate(value: unknown) {
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", () => {
    expect(validate(config)).toEqual([]);
  });

  it('would be refused by the schema with a wrong option (the check is real)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'ja' } })).not.toEqual([]);
    expect(validate({ ...config, win: { ...config.win, installer: 'nsis' } })).not.toEqual([]);
  });

  it('builds NSIS and MSI for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('installs per user without administrator rights, and per machine from the MSI', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.msi).toMatchObject({ perMachine: true });
  });

  it('associates .omstil files with the program and an icon of their own', () => {
    const association = config.fileAssociations.find((a) => a.ext === 'omstil');
    expect(association).toMatchObject({ mimeType: 'application/x-omstil', icon: 'omstil-plan' });
    const icon = join(root, config.directories.buildResources, association?.icon ?? '');
    const ico = readFileSync(`${icon}.ico`);
    // ICO: reserved 0, type 1 (icon), then the number of images.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
    const icns = readFileSync(`${icon}.icns`);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('turns off the fuses the app does not need, file:// privileges among them', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the renderer folder that app:// serves', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/renderer/**']));
  });

  it('rebuilds better-sqlite3 for Electron while packaging, and never while installing', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    const scripts = packageJson.scripts;
    for (const hook of ['preinstall', 'install', 'postinstall'])
      expect(scripts[hook]).toBeUndefined();
    for (const [name, command] of Object.entries(scripts)) {
      expect(command, name).not.toMatch(/install-app-deps|electron-rebuild|@electron\/rebuild/);
    }
  });

  it('pins Electron to one 45.x release', () => {
    expect(packageJson.devDependencies['electron']).toMatch(/^45\.\d+\.\d+$/);
  });
});
