import { type RouteHandler } from '../../http/emulator-route';
import { isJsonObject } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';

/** brand_type values that need proof media ids, and which list holds them (§4.10). */
const PROOF_LISTS: Readonly<Record<number, string>> = {
  4: 'ec_platform_proof_list',
  7: 'authority_certified_proof_list',
};

/**
 * POST /wxa/sec/famousbrand/apply (§4.10): `Application` (capital A) with
 * `apply_for` 1 (知名品牌, needs `audit_info`) or 2. A bad or missing field
 * is 10210001; a second application while one is under review is 10210002.
 */
export const famousBrandApplyHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const application = body['Application'];
  if (!isJsonObject(application)) {
    return shippingError(10210001, 'Application is required');
  }
  const applyFor = application['apply_for'];
  if (applyFor !== 1 && applyFor !== 2) {
    return shippingError(10210001, 'Application.apply_for must be 1 or 2');
  }
  let brand: { brandName: string; brandType: number } | undefined;
  if (applyFor === 1) {
    const given = application['audit_info'];
    const audit: Readonly<Record<string, unknown>> = isJsonObject(given)
      ? given
      : {};
    const brandName = audit['brand_name'];
    const brandType = audit['brand_type'];
    if (typeof brandName !== 'string' || brandName === '') {
      return shippingError(10210001, 'audit_info.brand_name is required');
    }
    if (
      !Number.isInteger(brandType) ||
      (brandType as number) < 1 ||
      (brandType as number) > 8
    ) {
      return shippingError(10210001, 'audit_info.brand_type must be 1 to 8');
    }
    const proofList = PROOF_LISTS[brandType as number];
    if (proofList && !isMediaIdList(audit[proofList])) {
      return shippingError(10210001, `audit_info.${proofList} is required`);
    }
    if (
      brandType === 4 &&
      (typeof audit['flagship_in_which_ec_platform'] !== 'string' ||
        audit['flagship_in_which_ec_platform'] === '')
    ) {
      return shippingError(
        10210001,
        'audit_info.flagship_in_which_ec_platform is required',
      );
    }
    brand = { brandName, brandType: brandType as number };
  }
  const filed = shipping.fileBrandApplication({
    applyFor,
    status: 1,
    ...brand,
  });
  return filed ? okReply() : shippingError(10210002);
};

/** POST /wxa/sec/famousbrand/get_status (§4.11): the application's review; 10210002 when none was filed. */
export const famousBrandStatusHandler: RouteHandler = (
  _request,
  { shipping },
) => {
  const application = shipping.brandApplication;
  if (!application) return shippingError(10210002, 'no application');
  return okReply({
    progress: { status: application.status },
    application: {
      apply_for: application.applyFor,
      status: application.status,
      // §4.11: `audit_reason` is set only when the application was rejected.
      audit_info:
        application.status === 2
          ? { audit_reason: application.auditReason ?? '' }
          : {},
    },
  });
};

function isMediaIdList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((id) => typeof id === 'string' && id !== '')
  );
}
