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
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  SANDBOX_DEMO_PAYMENT,
  SandboxService,
} from '../sandbox/sandbox.service';
import { shippingStateInWords } from '../tracking/shipping-state-words';
import {
  CreateSandboxPaymentDto,
  SandboxPaymentResult,
} from './dto/sandbox-payment.dto';

type EmulatedPayment = ReturnType<WechatEmulator['shipping']['seedPayment']>;

const ERROR_BODY = { $ref: '#/components/schemas/ErrorBody' };

const ApiTransactionIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'transactionId',
    description:
      'A sandbox payment (DEMO-TRANSACTION-1, or one POST /shipping/test/payments made)',
    example: SANDBOX_DEMO_PAYMENT.transactionId,
  });

/**
 * The buyer's side of 发货信息管理 in sandbox mode, as
 * `POST /logistics/test/orders/:orderId/update` is the carrier's: WeChat has
 * no such API (payments come from WeChat Pay, receipt from the buyer,
 * settlement from WeChat), so these call the sandbox emulator's controls.
 * The settlement push they cause reaches the demo's push URL.
 */
// Not 'sandbox': these call the sandbox's emulator, never WeChat (WeChat has no such API).
@ApiTags('sandbox-payments')
@ApiNotFoundResponse({
  description:
    'Not in sandbox mode (WECHAT_APP_ID is set), or no sandbox payment with that transaction id',
  schema: ERROR_BODY,
})
@Controller('shipping/test/payments')
export class SandboxPaymentsController {
  constructor(private readonly sandbox: SandboxService) {}

  @Post()
  @ApiOperation({
    operationId: 'createSandboxPayment',
    summary:
      'Make a WeChat Pay payment in the sandbox (待发货), to upload shipping info against (sandbox only)',
  })
  @ApiCreatedResponse({ type: SandboxPaymentResult })
  create(@Body() body: CreateSandboxPaymentDto): SandboxPaymentResult {
    return toResult(
      this.emulator().shipping.seedPayment({
        payerOpenid: body.payerOpenid ?? SANDBOX_DEMO_PAYMENT.payerOpenid,
        amount: body.amount,
        description: body.description,
      }),
    );
  }

  @Post(':transactionId/confirm-receipt')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'confirmSandboxReceipt',
    summary:
      'The buyer confirms receipt of a shipped sandbox payment: 已发货 → 确认收货 (sandbox only; nothing is pushed until it settles)',
  })
  @ApiTransactionIdParam()
  @ApiOkResponse({ type: SandboxPaymentResult })
  @ApiConflictResponse({
    description: 'The payment is not 已发货 (upload its shipping info first)',
    schema: ERROR_BODY,
  })
  confirmReceipt(
    @Param('transactionId') transactionId: string,
  ): Promise<SandboxPaymentResult> {
    return this.control(transactionId, (shipping) =>
      shipping.confirmReceipt(transactionId),
    );
  }

  @Post(':transactionId/settle')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'settleSandboxPayment',
    summary:
      'WeChat settles a sandbox payment: → 交易完成, and WeChat pushes trade_manage_order_settlement (settled) to the demo (sandbox only)',
  })
  @ApiTransactionIdParam()
  @ApiOkResponse({ type: SandboxPaymentResult })
  @ApiConflictResponse({
    description:
      'The payment is neither 已发货, 确认收货 nor 资金待结算 (not shipped yet, settled or refunded)',
    schema: ERROR_BODY,
  })
  settle(
    @Param('transactionId') transactionId: string,
  ): Promise<SandboxPaymentResult> {
    return this.control(transactionId, (shipping) =>
      shipping.settle(transactionId),
    );
  }

  /**
   * A control on an existing payment; the emulator's refusal (wrong state) is
   * a 409 saying why. Answers once the pushes it caused were delivered, so
   * the next request (the walk-through's listing) sees them.
   */
  private async control(
    transactionId: string,
    run: (shipping: WechatEmulator['shipping']) => EmulatedPayment,
  ): Promise<SandboxPaymentResult> {
    const emulator = this.emulator();
    if (!emulator.shipping.get(transactionId))
      throw new NotFoundException(
        `No sandbox payment with transactionId "${transactionId}" (POST /shipping/test/payments makes one)`,
      );
    let payment: EmulatedPayment;
    try {
      payment = run(emulator.shipping);
    } catch (error) {
      throw new ConflictException(
        error instanceof Error ? error.message : String(error),
      );
    }
    await emulator.pushes.settled();
    return toResult(payment);
  }

  private emulator(): WechatEmulator {
    const emulator = this.sandbox.emulator;
    if (!emulator)
      throw new NotFoundException(
        'Sandbox payments exist in sandbox mode only (WECHAT_APP_ID is set: payments come from WeChat Pay, receipt from the buyer, settlement from WeChat)',
      );
    return emulator;
  }
}

function toResult(payment: EmulatedPayment): SandboxPaymentResult {
  return {
    transactionId: payment.transactionId,
    merchantId: payment.mchid,
    merchantTradeNo: payment.outTradeNo,
    payerOpenid: payment.payerOpenid,
    orderState: payment.state,
    state: shippingStateInWords(payment.state),
  };
}
