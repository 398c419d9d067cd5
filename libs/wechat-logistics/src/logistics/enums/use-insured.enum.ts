/** addOrder `insured.use_insured`. */
export enum UseInsured {
  No = 0,
  Yes = 1,
}
