import { ReturnIdField } from './return-id.field';

/**
 * Input of `returns.getReturnId` / `returns.unbindReturnId` and their legacy
 * twins (reference §5.2–5.4): `{ return_id }`.
 */
export class ReturnIdDto {
  @ReturnIdField()
  returnId!: string;
}
