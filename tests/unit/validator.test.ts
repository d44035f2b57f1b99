import { describe, expect, it } from 'vitest';
import { loadValidator, validator } from '../../src/model/validator';
import * as validate from '../../src/model/validate';
import { seed } from './helpers';

describe('the validator on demand', () => {
  it('refuses to be used before it has loaded, then is the validate module', async () => {
    expect(() => validator()).toThrow(/before it has loaded/);
    const loaded = await loadValidator();
    expect(loaded.validateDataset).toBe(validate.validateDataset);
    expect(validator()).toBe(loaded);
    expect(validator().validateDataset(seed()).dataset).not.toBeNull();
  });
});
