/** addOrder `take_mode`: how the carrier routes the order (currently YTO only). */
export enum TakeMode {
  /** Through the offline branch contract (WeChat's default). */
  BranchContract = 0,
  /** Settled with the carrier's headquarters. */
  HeadquartersSettlement = 1,
}
