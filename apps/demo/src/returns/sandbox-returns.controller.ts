import {
  Body,
  ConflictException,
  Controller,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type EmulatedReturn,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { SandboxService } from '../sandbox/sandbox.service';
import { RETURN_WORDS } from '../tracking/return-state-words';
import { WaybillLinksStore } from '../tracking/waybill-links.store';
import {
  AdvanceSandboxReturnDto,
  BookSandboxPickupDto,
  FileSandboxSelfShipDto,
  InsureSandboxPaymentDto,
  SandboxInsuranceResult,
  SandboxReturnResult,
} from './dto/sandbox-return.dto';
import { ApiReturnIdParam } from './return-id.param';

const ERROR_BODY = { $ref: '#/components/schemas/ErrorBody' };

type Returns = WechatEmulator['returns'];

/**
 * The buyer's and the carrier's side of 退货组件 in sandbox mode, as
 * `/shipping/test/payments` is the buyer's side of 发货信息管理: WeChat has
 * no API for them (the buyer books a pick-up or types a self-ship waybill on
 * WeChat's own pages; the carrier moves the waybill; the freight insurance
 * is another family), so these call the sandbox emulator's controls. The
 * tracking page shows each move on the return's waybill card.
 */
// Not 'returns': these call the sandbox's emulator, never WeChat.
@ApiTags('sandbox-returns')
@ApiNotFoundResponse({
  description:
    'Not in sandbox mode (WECHAT_APP_ID is set), or no sandbox return with that return id (or it was released)',
  schema: ERROR_BODY,
})
@Controller('returns/test')
export class SandboxReturnsController {
  constructor(
    private readonly sandbox: SandboxService,
    private readonly links: WaybillLinksStore,
  ) {}

  @Post('insurance')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'insureSandboxPayment',
    summary:
      'WeChat insures a sandbox payment with 无忧退货 (freight insurance), so addReturnId accepts it as wxPayId (sandbox only)',
  })
  @ApiOkResponse({ type: SandboxInsuranceResult })
  insure(@Body() body: InsureSandboxPaymentDto): SandboxInsuranceResult {
    this.returns().insure(body.wxPayId);
    return { wxPayId: body.wxPayId, insured: true };
  }

  @Post(':returnId/pickup')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'bookSandboxReturnPickup',
    summary:
      'The buyer books a courier pick-up for the return (status 1, a JD waybill awaiting pick-up) (sandbox only)',
  })
  @ApiReturnIdParam()
  @ApiOkResponse({ type: SandboxReturnResult })
  @ApiConflictResponse({
    description: 'The buyer already chose how to send it back',
    schema: ERROR_BODY,
  })
  pickup(
    @Param('returnId') returnId: string,
    @Body() body: BookSandboxPickupDto,
  ): Promise<SandboxReturnResult> {
    return this.control(returnId, (returns) =>
      returns.bookPickup(returnId, body.waybillId),
    );
  }

  @Post(':returnId/self-ship')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'fileSandboxSelfShipWaybill',
    summary:
      'The buyer ships the goods back and types the waybill (status 2): unbind is allowed from now on (sandbox only)',
  })
  @ApiReturnIdParam()
  @ApiOkResponse({ type: SandboxReturnResult })
  @ApiConflictResponse({
    description: 'The buyer booked a pick-up instead',
    schema: ERROR_BODY,
  })
  selfShip(
    @Param('returnId') returnId: string,
    @Body() body: FileSandboxSelfShipDto,
  ): Promise<SandboxReturnResult> {
    return this.control(returnId, (returns) =>
      returns.fileSelfShipWaybill(returnId, { ...body }),
    );
  }

  @Post(':returnId/advance')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'advanceSandboxReturn',
    summary:
      'The carrier moves the return waybill on: its order_status (sandbox only)',
  })
  @ApiReturnIdParam()
  @ApiOkResponse({ type: SandboxReturnResult })
  @ApiConflictResponse({
    description:
      'No waybill yet, or a move the carrier could not make (e.g. 0 → 4)',
    schema: ERROR_BODY,
  })
  advance(
    @Param('returnId') returnId: string,
    @Body() body: AdvanceSandboxReturnDto,
  ): Promise<SandboxReturnResult> {
    return this.control(returnId, (returns) =>
      returns.advance(returnId, body.orderStatus),
    );
  }

  /**
   * A control on an existing return; the emulator's refusal (wrong state) is
   * a 409 saying why. The new state is recorded for the tracking page.
   */
  private async control(
    returnId: string,
    run: (returns: Returns) => EmulatedReturn,
  ): Promise<SandboxReturnResult> {
    const returns = this.returns();
    const found = returns.find(returnId);
    if (!found || found.unbound)
      throw new NotFoundException(
        `No sandbox return with returnId "${returnId}"${found ? ' (it was released)' : ' (POST /returns makes one)'}`,
      );
    let moved: EmulatedReturn;
    try {
      moved = run(returns);
    } catch (error) {
      throw new ConflictException(
        error instanceof Error ? error.message : String(error),
      );
    }
    await this.links.recordReturnState(undefined, returnId, {
      status: moved.status,
      waybillId: moved.waybill?.waybillId ?? '',
      ...(moved.orderStatus === undefined
        ? {}
        : { orderStatus: moved.orderStatus }),
      ...(moved.waybill && {
        deliveryId: moved.waybill.deliveryId,
        deliveryName: moved.waybill.deliveryName,
      }),
    });
    return toResult(moved);
  }

  private returns(): Returns {
    const emulator = this.sandbox.emulator;
    if (!emulator)
      throw new NotFoundException(
        'Sandbox returns exist in sandbox mode only (WECHAT_APP_ID is set: the buyer files returns on WeChat’s pages, carriers move them)',
      );
    return emulator.returns;
  }
}

function toResult(record: EmulatedReturn): SandboxReturnResult {
  return {
    returnId: record.returnId,
    shopOrderId: record.shopOrderId,
    legacy: record.issuedBy === 'legacy',
    status: record.status,
    state: RETURN_WORDS.status(record.status),
    ...(record.waybill && {
      waybillId: record.waybill.waybillId,
      deliveryId: record.waybill.deliveryId,
      deliveryName: record.waybill.deliveryName,
    }),
    ...(record.orderStatus !== undefined && {
      orderStatus: record.orderStatus,
      waybillState: RETURN_WORDS.orderStatus(record.orderStatus),
    }),
  };
}
