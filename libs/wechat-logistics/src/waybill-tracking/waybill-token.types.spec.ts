// The token / waybill-id distinction lives in the types (reference §4.12):
// each `@ts-expect-error` below fails `tsc` (and this spec under ts-jest)
// the day a brand stops refusing the swap it marks.
import {
  type QueryFollowTraceDto,
  type QueryTraceDto,
  type TraceWaybillDto,
} from './dto';
import { type TraceWaybillResult, type WaybillTraceResult } from './results';
import {
  type WaybillId,
  asFollowWaybillToken,
  asTraceWaybillToken,
} from './waybill-token';

const TOKEN =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';

describe('the waybill token and waybill id types', () => {
  const trace = asTraceWaybillToken(TOKEN);
  const follow = asFollowWaybillToken(TOKEN);

  it("refuse one component's token where the other's belongs, and a plain string until re-branded", () => {
    const right: QueryTraceDto = { waybillToken: trace };
    const alsoRight: QueryFollowTraceDto = { waybillToken: follow };
    // @ts-expect-error a follow token is not a trace token
    const crossed: QueryTraceDto = { waybillToken: follow };
    // @ts-expect-error a trace token is not a follow token
    const crossedBack: QueryFollowTraceDto = { waybillToken: trace };
    // @ts-expect-error a stored string is re-branded with asTraceWaybillToken first
    const plain: QueryTraceDto = { waybillToken: TOKEN };

    expect(
      [right, alsoRight, crossed, crossedBack, plain].map(
        (dto) => dto.waybillToken,
      ),
    ).toEqual([TOKEN, TOKEN, TOKEN, TOKEN, TOKEN]);
  });

  it('refuse a token where a waybill id belongs, and take any plain string as one', () => {
    const registered: TraceWaybillResult = { waybillToken: trace };
    const byId: Pick<TraceWaybillDto, 'waybillId'> = {
      waybillId: 'YT2212345678901',
    };
    // @ts-expect-error a token is not the carrier's tracking number
    const swapped: Pick<TraceWaybillDto, 'waybillId'> = { waybillId: trace };
    // @ts-expect-error nor is the token a result returned
    const fromResult: WaybillId = registered.waybillToken;
    const traced: WaybillTraceResult = {
      waybillInfo: { status: 2, waybillId: 'YT2212345678901' },
    };
    const stored: string = traced.waybillInfo.waybillId;

    expect([byId.waybillId, swapped.waybillId, fromResult, stored]).toEqual([
      'YT2212345678901',
      TOKEN,
      TOKEN,
      'YT2212345678901',
    ]);
  });
});
