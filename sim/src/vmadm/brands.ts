/** vmadm brands and their families (vmadm.md section 4); no imports, so the cheap read paths can load it. */
export const OS_BRANDS = ['joyent', 'joyent-minimal', 'builder', 'lx'] as const;
export const HVM_BRANDS = ['kvm', 'bhyve'] as const;
export const BRANDS: readonly string[] = [...OS_BRANDS, ...HVM_BRANDS];
export const isHvm = (brand: string): boolean => (HVM_BRANDS as readonly string[]).includes(brand);
