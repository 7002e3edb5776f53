/** The brief's Products examples, and the prices of a product. */
import { graphql } from '../generated/gql.ts';
import type { BriefContext, BriefRow } from './row.ts';

export const rows: BriefRow[] = [
  {
    brief: 'GET /products/',
    operation: 'listProducts',
    run: (b) => b.gql(graphql(`query BriefProductsList { products(first: 20) { totalCount edges { node { name productType } } } }`)),
  },
  {
    brief: 'POST /products/',
    operation: 'createProduct',
    run: (b) => newProduct(b),
  },
  {
    brief: 'GET /products/prod123',
    operation: 'getProduct',
    run: async (b) => b.gql(graphql(`query BriefProductsGet($id: ID!) { product(id: $id) { name description } }`), { id: await newProduct(b) }),
  },
  {
    brief: 'PUT /products/prod123',
    operation: 'updateProduct',
    run: async (b) =>
      b.gql(graphql(`mutation BriefProductsUpdate($id: ID!) { updateProduct(id: $id, input: { description: "Now with a travel case" }) { product { description } } }`), {
        id: await newProduct(b),
      }),
  },
  {
    brief: 'DELETE /products/prod123',
    operation: 'deleteProduct',
    run: async (b) => b.gql(graphql(`mutation BriefProductsDelete($id: ID!) { deleteProduct(id: $id) { deletedGhlId } }`), { id: await newProduct(b) }),
  },
  {
    brief: 'POST /products/prod123/price/',
    operation: 'createProductPrice',
    run: async (b) =>
      b.gql(
        graphql(`mutation BriefProductsCreatePrice($id: ID!) { createProductPrice(id: $id, input: { name: "Standard", type: ONE_TIME, currency: "USD", amount: 49.99 }) { price { amount } } }`),
        { id: await newProduct(b) },
      ),
  },
];

async function newProduct(b: BriefContext): Promise<string> {
  const data = await b.gql(graphql(`mutation BriefProductsNew { createProduct(input: { name: "Electric Toothbrush Pro", productType: PHYSICAL }) { product { id } } }`));
  return data.createProduct.product.id;
}
