/** This copy's version, compared when another copy already defined a tag. Kept equal to the package's version by `npm run version`. */
export const VERSION = '0.0.0';

/**
 * Registers a custom element unless the tag is taken: agency pages load scripts twice
 * (a CMS plugin and a theme, two versions), and a second `define` must not throw.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(`<${tag}> version ${existing.version ?? '?'} is already on this page; the copy of version ${element.version} is not used.`);
  }
}
