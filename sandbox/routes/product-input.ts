/**
 * The product bodies of products.json as Shapes: CreateProductDto, UpdateProductDto (the same,
 * plus `prices`, which the sandbox does not apply) and CreatePriceDto, with the required fields
 * the spec declares. Objects the sandbox only keeps (labels, SEO, shipping) are kept as sent.
 */
import { rule, type Shape } from '../http/shape.ts';

const PRODUCT_TYPES = ['DIGITAL', 'PHYSICAL', 'SERVICE', 'PHYSICAL/DIGITAL'] as const;

export const CREATE_PRODUCT: Shape = {
  name: rule.required(rule.string),
  locationId: rule.required(rule.string),
  description: rule.string,
  productType: rule.required(rule.oneOf(PRODUCT_TYPES)),
  image: rule.string,
  statementDescriptor: rule.string,
  availableInStore: rule.boolean,
  medias: rule.shapes({
    id: rule.required(rule.string),
    title: rule.string,
    url: rule.required(rule.string),
    type: rule.required(rule.oneOf(['image', 'video'])),
    isFeatured: rule.boolean,
    priceIds: rule.strings,
  }),
  variants: rule.shapes({
    id: rule.required(rule.string),
    name: rule.required(rule.string),
    options: rule.required(rule.shapes({ id: rule.required(rule.string), name: rule.required(rule.string) })),
  }),
  collectionIds: rule.strings,
  isTaxesEnabled: rule.boolean,
  taxes: rule.strings,
  automaticTaxCategoryId: rule.string,
  isLabelEnabled: rule.boolean,
  label: rule.object,
  slug: rule.string,
  seo: rule.object,
  taxInclusive: rule.boolean,
};

export const UPDATE_PRODUCT: Shape = { ...CREATE_PRODUCT, prices: rule.objects };

export const CREATE_PRICE: Shape = {
  name: rule.required(rule.string),
  type: rule.required(rule.oneOf(['one_time', 'recurring'])),
  currency: rule.required(rule.string),
  amount: rule.required(rule.number({ min: 0 })),
  recurring: rule.shape({
    interval: rule.required(rule.oneOf(['day', 'month', 'week', 'year'])),
    intervalCount: rule.required(rule.number({ min: 1 })),
  }),
  description: rule.string,
  membershipOffers: rule.shapes({ label: rule.required(rule.string), value: rule.required(rule.string), _id: rule.required(rule.string) }),
  trialPeriod: rule.number({ min: 0 }),
  totalCycles: rule.number({ min: 1 }),
  setupFee: rule.number({ min: 0 }),
  variantOptionIds: rule.strings,
  compareAtPrice: rule.number({ min: 0 }),
  locationId: rule.required(rule.string),
  userId: rule.string,
  meta: rule.object,
  trackInventory: rule.boolean,
  availableQuantity: rule.number({ min: 0 }),
  allowOutOfStockPurchases: rule.boolean,
  sku: rule.string,
  shippingOptions: rule.object,
  isDigitalProduct: rule.boolean,
  digitalDelivery: rule.strings,
};
