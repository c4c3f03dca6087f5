import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from '../../src/domain/lazySchema';

const makeName = () => z.object({ name: z._default(z.string().check(z.maxLength(5)), '') });

describe('a schema made when first read', () => {
  it('is not made until something reads it, and then only once', () => {
    const make = vi.fn(makeName);
    const schema = lazySchema(make);
    expect(make).not.toHaveBeenCalled();
    expect(schema.parse({})).toEqual({ name: '' });
    expect(schema.safeParse({ name: 'far too long' }).success).toBe(false);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('can be extended, picked, nested and checked like the schema it stands for', () => {
    const named = lazySchema(makeName);
    const aged = lazySchema(() => z.extend(named, { age: z.number() }));
    const nameOnly = lazySchema(() => z.pick(aged, { name: true }));
    const list = lazySchema(() => z.array(aged));
    expect(aged.parse({ age: 3 })).toEqual({ name: '', age: 3 });
    expect(nameOnly.parse({ name: 'Jo', age: 3 })).toEqual({ name: 'Jo' });
    expect(list.safeParse([{ age: 'three' }]).success).toBe(false);
    expect(Object.keys(aged.shape)).toEqual(['name', 'age']);
    // How zod's form resolver tells a zod 4 schema.
    expect('_zod' in named).toBe(true);
    expect(named instanceof z.ZodMiniObject).toBe(true);
    expect({ ...named.shape }).toHaveProperty('name');
  });
});
