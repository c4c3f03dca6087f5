/**
 * A schema made the first time something reads it, not when its module loads. The plan's
 * schemas (each record's, and each earlier version's for upgrades) took one long task to make
 * when the plan's code arrived — a quarter of a second on a slow phone, while its first screen
 * was trying to answer — though a screen reads only a few of them. What this returns stands in
 * for the schema everywhere: parsing, extending, picking and zod's own checks all reach the one
 * it makes, and types are unchanged. The frozen earlier versions (./migrations) use it too: it
 * changes when one of their schemas is made, never what it accepts.
 */
export function lazySchema<S extends object>(make: () => S): S {
  let made: S | undefined;
  const schema = () => (made ??= make());
  return new Proxy({} as S, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    // Reported as configurable: a proxy may not claim a fixed property its own (empty) target
    // lacks, and zod fixes some of its schemas' own.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
