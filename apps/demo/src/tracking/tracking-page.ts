import { STREAMS_FULL_PAGE_TEXT } from './stream-seats';

/**
 * The tracking page: plain HTML and CSS, and the small script below, served
 * by the demo itself; no build step, nothing fetched from elsewhere. Text is
 * set with `textContent` only: action messages come from carriers, and a
 * message that looks like HTML stays text.
 */
export const TRACKING_PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tracking · 物流跟踪</title>
<link rel="icon" href="data:,">
<style>
  :root { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: #1f2328; background: #f6f8fa; }
  body { margin: 0 auto; max-width: 56rem; padding: 1.5rem; }
  header { display: flex; align-items: baseline; gap: 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  #status { font-size: .85rem; padding: .1rem .5rem; border-radius: 1rem; background: #d0d7de; }
  #status.live { background: #dafbe1; color: #116329; }
  #status.down { background: #ffebe9; color: #a40e26; }
  #empty { color: #59636e; }
  .waybill { background: #fff; border: 1px solid #d0d7de; border-radius: .5rem; padding: 1rem 1.25rem; margin-bottom: 1rem; }
  .waybill h2 { font-size: 1.1rem; margin: 0; font-family: ui-monospace, monospace; }
  .meta { color: #59636e; font-size: .85rem; margin: .25rem 0 .75rem; }
  .timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid #d0d7de; }
  .node { position: relative; padding: 0 0 .75rem .75rem; }
  .node::before { content: ""; position: absolute; left: -1.45rem; top: .35rem; width: .7rem; height: .7rem; border-radius: 50%; background: #0969da; }
  .node:last-child::before { background: #1a7f37; }
  .node time { color: #59636e; font-size: .85rem; margin-right: .5rem; }
  .action { font-weight: 600; margin-right: .5rem; }
  .shipping { font-size: .9rem; margin: 0 0 .75rem; padding: .35rem .6rem; border-radius: .35rem; background: #ddf4ff; }
  .shipping .state { font-weight: 600; margin-right: .5rem; }
  .shipping .settlement { color: #59636e; }
  .buyer { font-size: .85rem; margin: 0 0 .75rem; padding: .35rem .6rem; border-radius: .35rem; background: #fff8c5; }
  .buyer p { margin: .15rem 0; }
  .buyer .label { font-weight: 600; margin-right: .5rem; }
  .buyer code { font-family: ui-monospace, monospace; word-break: break-all; }
  .buyer .more, .buyer .unbound { color: #59636e; margin-left: .5rem; }
  .local-order { background: #fff; border: 1px solid #d0d7de; border-left: 4px solid #bf8700; border-radius: .5rem; padding: 1rem 1.25rem; margin-bottom: 1rem; }
  .local-order h2 { font-size: 1.1rem; margin: 0; font-family: ui-monospace, monospace; }
  .local-order .now { font-size: .95rem; margin: 0 0 .5rem; }
  .local-order .now .state { font-weight: 600; margin-right: .5rem; }
  .local-order .final { font-size: .8rem; padding: .05rem .45rem; border-radius: 1rem; background: #dafbe1; color: #116329; }
  .local-order[data-final="fail"] .final { background: #ffebe9; color: #a40e26; }
  .local-order .rider, .local-order .arrival { font-size: .9rem; margin: 0 0 .35rem; }
  .intracity-order { border-left-color: #0969da; }
  .intracity-order .verified { font-size: .8rem; color: #57606a; margin-left: .5rem; }
  .local-order .label { font-weight: 600; margin-right: .5rem; }
  .shipment { background: #fff; border: 1px solid #d0d7de; border-left: 4px solid #8250df; border-radius: .5rem; padding: 1rem 1.25rem; margin-bottom: 1rem; }
  .shipment h2 { font-size: 1.1rem; margin: 0; font-family: ui-monospace, monospace; }
  .shipment .now { font-size: .95rem; margin: 0 0 .5rem; font-weight: 600; }
  .shipment[data-status="failed"] .now { color: #a40e26; }
  .steps { list-style: none; margin: 0 0 .5rem; padding: 0; }
  .step { font-size: .9rem; padding: .15rem 0; }
  .step .label { font-weight: 600; margin-right: .5rem; }
  .step .state { margin-right: .5rem; }
  .step[data-status="done"] .state { color: #116329; }
  .step[data-status="failed"] .state, .step .error { color: #a40e26; }
  .step .attempts, .step .outcome { color: #59636e; margin-right: .5rem; }
  .step .outcome, .step .error { word-break: break-all; }
  .step .error { display: block; margin-left: 1rem; }
  .shipment .track { font-size: .9rem; margin: 0 0 .5rem; }
  .shipment .track .label { font-weight: 600; margin-right: .5rem; }
</style>
</head>
<body>
<header><h1>Tracking · 物流跟踪</h1><span id="status">connecting…</span></header>
<p id="empty">No path update has arrived yet. In sandbox mode, step 3 of the README's walk-through makes one.</p>
<section id="shipments" aria-label="发货 · shipments"></section>
<section id="local-orders" aria-label="即时配送 · local delivery"></section>
<section id="intracity-orders" aria-label="同城配送 · intracity delivery"></section>
<main id="waybills"></main>
<script src="/tracking/app.js"></script>
</body>
</html>
`;

export const TRACKING_PAGE_SCRIPT = `'use strict';
(function () {
  var list = document.getElementById('waybills');
  var status = document.getElementById('status');
  var empty = document.getElementById('empty');
  var shown = new Map();
  var localList = document.getElementById('local-orders');
  var localShown = new Map(); // app|shop|order → its card and how many statuses it shows
  var intracityList = document.getElementById('intracity-orders');
  var intracityShown = new Map(); // app|wxOrderId → its card and how many statuses it shows
  var shipments = new Map(); // waybill → its payment's latest settlement push
  var buyers = new Map(); // waybill → its tracking tokens and returns, as last recorded
  var shipmentList = document.getElementById('shipments');
  var shipmentCards = new Map(); // app|order → its card and the state it shows
  var tracks = new Map(); // app|waybill → its newest track, for the shipment that made the waybill
  var timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setStatus(text, className) {
    status.textContent = text;
    status.className = className;
  }

  function shippingKey(appId, waybillId) { return (appId || '') + '|' + waybillId; }

  // The payment beside the track: its state, then the latest settlement push.
  function shippingLine(shipping) {
    var line = element('p', 'shipping');
    line.dataset.state = String(shipping.orderState);
    line.appendChild(element('span', 'state', shipping.state));
    line.appendChild(element('span', 'settlement', shipping.settlement + ' · ' + shipping.transactionId));
    return line;
  }

  function showShipping(card, shipping) {
    var old = card.querySelector('.shipping');
    var line = shippingLine(shipping);
    if (old) old.replaceWith(line);
    else card.querySelector('.meta').after(line);
  }

  // The latest token of a component, and how many earlier ones (each still opens the tracking).
  function tokenLine(component, label, tokens) {
    var line = element('p', 'token');
    line.dataset.component = component;
    line.appendChild(element('span', 'label', label));
    line.appendChild(element('code', '', tokens[tokens.length - 1].token));
    if (tokens.length > 1) line.appendChild(element('span', 'more', '+' + (tokens.length - 1) + ' earlier'));
    return line;
  }

  function returnLine(linked) {
    var line = element('p', 'return');
    line.dataset.returnId = linked.returnId;
    if (linked.status !== undefined) line.dataset.status = String(linked.status);
    if (linked.orderStatus !== undefined) line.dataset.orderStatus = String(linked.orderStatus);
    line.appendChild(element('span', 'label', (linked.legacy ? '退货 (legacy) ' : '退货 return ') + linked.returnId));
    var words = [linked.state || 'not read yet'];
    if (linked.returnWaybillId) words.push((linked.deliveryId ? linked.deliveryId + ' ' : '') + linked.returnWaybillId);
    if (linked.waybillState) words.push(linked.waybillState);
    line.appendChild(element('span', 'state', words.join(' · ')));
    if (linked.unbound) line.appendChild(element('span', 'unbound', 'unbound'));
    return line;
  }

  // The buyer side beside the track: what the mini program opens, and the returns.
  function buyerBlock(links) {
    var block = element('div', 'buyer');
    if (links.traceTokens.length) block.appendChild(tokenLine('trace', '查询组件 · query token', links.traceTokens));
    if (links.followTokens.length) block.appendChild(tokenLine('follow', '物流消息 · message token', links.followTokens));
    links.returns.forEach(function (linked) { block.appendChild(returnLine(linked)); });
    return block;
  }

  function showBuyer(card, links) {
    var old = card.querySelector('.buyer');
    var block = buyerBlock(links);
    if (old) old.replaceWith(block);
    else card.querySelector('.timeline').before(block);
  }

  // A waybill's buyer side: kept for its card, now or when its track arrives; an older one is ignored.
  function renderBuyer(links) {
    var key = shippingKey(links.appId, links.waybillId);
    var seen = buyers.get(key);
    if (seen && seen.updatedAt > links.updatedAt) return;
    buyers.set(key, links);
    shown.forEach(function (entry) {
      if (entry.shippingKey === key) showBuyer(entry.card, links);
    });
  }

  // A settlement push: kept for the waybill's card, now or when its track arrives.
  function renderShipping(shipping) {
    var key = shippingKey(shipping.appId, shipping.waybillId);
    var seen = shipments.get(key);
    if (seen && seen.pushedAt > shipping.pushedAt) return;
    shipments.set(key, shipping);
    shown.forEach(function (entry) {
      if (entry.shippingKey === key) showShipping(entry.card, shipping);
    });
    refreshShipments(key);
  }

  // One card per waybill; a newer version of its track replaces it, an older one is ignored.
  function render(waybill) {
    if (waybill.shipping) renderShipping(waybill.shipping);
    if (waybill.buyer) renderBuyer(waybill.buyer);
    var key = [waybill.appId || '', waybill.deliveryId, waybill.waybillId].join('|');
    var current = shown.get(key);
    if (current && current.version >= waybill.version) return;
    var card = element('article', 'waybill');
    card.dataset.waybill = waybill.waybillId;
    card.dataset.version = String(waybill.version);
    card.appendChild(element('h2', '', waybill.waybillId));
    var meta = waybill.deliveryId + ' · order ' + waybill.orderId + ' · version ' + waybill.version;
    if (waybill.appId) meta += ' · ' + waybill.appId;
    card.appendChild(element('p', 'meta', meta));
    var ownShippingKey = shippingKey(waybill.appId, waybill.waybillId);
    if (shipments.has(ownShippingKey)) card.appendChild(shippingLine(shipments.get(ownShippingKey)));
    var timeline = element('ol', 'timeline');
    waybill.nodes.forEach(function (node) {
      var item = element('li', 'node');
      var time = element('time', '', timeFormat.format(new Date(node.time)));
      time.dateTime = node.time;
      item.appendChild(time);
      item.appendChild(element('span', 'action', node.action));
      // Carriers often send the action's own name as the message (揽件成功 for
      // 揽件成功 · picked up): shown once, not twice.
      if (node.action.split(' · ').indexOf(node.message) === -1)
        item.appendChild(element('span', 'message', node.message));
      timeline.appendChild(item);
    });
    card.appendChild(timeline);
    if (buyers.has(ownShippingKey)) showBuyer(card, buyers.get(ownShippingKey));
    if (current) current.card.replaceWith(card);
    else list.prepend(card);
    shown.set(key, { version: waybill.version, card: card, shippingKey: ownShippingKey });
    tracks.set(ownShippingKey, waybill);
    refreshShipments(ownShippingKey);
    empty.hidden = true;
  }

  // A shipment's waybill as it moves: its newest node and how many there are.
  function trackLine(waybill) {
    var line = element('p', 'track');
    line.dataset.nodes = String(waybill.nodes.length);
    line.appendChild(element('span', 'label', '轨迹 · track'));
    var last = waybill.nodes[waybill.nodes.length - 1];
    var words = last ? last.action : 'no node yet';
    line.appendChild(element('span', 'latest', words + ' (' + waybill.nodes.length + (waybill.nodes.length === 1 ? ' node)' : ' nodes)')));
    return line;
  }

  // The waybill's track and its payment's settlement on the shipment's card, as they arrive.
  function showShipmentWaybill(card, waybillKey) {
    ['.track', '.shipping'].forEach(function (selector) {
      var old = card.querySelector(selector);
      if (old) old.remove();
    });
    if (tracks.has(waybillKey)) card.appendChild(trackLine(tracks.get(waybillKey)));
    if (shipments.has(waybillKey)) card.appendChild(shippingLine(shipments.get(waybillKey)));
  }

  function refreshShipments(waybillKey) {
    shipmentCards.forEach(function (entry) {
      if (entry.waybillKey === waybillKey) showShipmentWaybill(entry.card, waybillKey);
    });
  }

  function stepItem(step) {
    var item = element('li', 'step');
    item.dataset.step = step.step;
    item.dataset.status = step.status;
    item.appendChild(element('span', 'label', step.label));
    item.appendChild(element('span', 'state', step.state));
    if (step.attempts > 0) item.appendChild(element('span', 'attempts', step.attempts === 1 ? '1 attempt' : step.attempts + ' attempts'));
    if (step.outcome) item.appendChild(element('span', 'outcome', step.outcome));
    if (step.error) {
      var error = element('span', 'error', step.error.message);
      if (step.error.errcode !== undefined) error.dataset.errcode = String(step.error.errcode);
      item.appendChild(error);
    }
    return item;
  }

  // A shipment (POST /shipments): its three steps as recorded; a newer record replaces the card, an older one is ignored.
  function renderShipment(shipment) {
    var key = (shipment.appId || '') + '|' + shipment.orderId;
    var current = shipmentCards.get(key);
    if (current && current.updatedAt > shipment.updatedAt) return;
    var card = element('article', 'shipment');
    card.dataset.orderId = shipment.orderId;
    card.dataset.status = shipment.status;
    card.appendChild(element('h2', '', shipment.orderId));
    var meta = '发货 · shipment';
    if (shipment.waybillId) meta += ' · ' + [shipment.deliveryId, shipment.waybillId].filter(Boolean).join(' ');
    if (shipment.appId) meta += ' · ' + shipment.appId;
    card.appendChild(element('p', 'meta', meta));
    card.appendChild(element('p', 'now', shipment.state));
    var steps = element('ol', 'steps');
    shipment.steps.forEach(function (step) { steps.appendChild(stepItem(step)); });
    card.appendChild(steps);
    var waybillKey = shipment.waybillId ? shippingKey(shipment.appId, shipment.waybillId) : undefined;
    if (waybillKey) showShipmentWaybill(card, waybillKey);
    if (current) current.card.replaceWith(card);
    else shipmentList.prepend(card);
    shipmentCards.set(key, { updatedAt: shipment.updatedAt, card: card, waybillKey: waybillKey });
  }

  var FINAL_WORDS = { success: '终态 · final: delivered', fail: '终态 · final: failed' };
  var VERIFIED_WORDS = { sign: '✓ verified by sign', query: '✓ verified by query' };

  function timeElement(iso) {
    var time = element('time', '', timeFormat.format(new Date(iso)));
    time.dateTime = iso;
    return time;
  }

  // A 即时配送 order: its status now (final ones marked), the rider, the
  // expected arrival and every status reported. A card showing more statuses is kept.
  function renderLocalOrder(order) {
    var key = [order.appId || '', order.shopId, order.shopOrderId].join('|');
    var current = localShown.get(key);
    if (current && current.steps > order.steps.length) return;
    var card = element('article', 'local-order');
    card.dataset.shopOrderId = order.shopOrderId;
    card.dataset.status = String(order.orderStatus);
    if (order.final) card.dataset.final = order.final;
    card.appendChild(element('h2', '', order.shopOrderId));
    var meta = '即时配送 · shop ' + order.shopId + ' · waybill ' + order.waybillId;
    if (order.appId) meta += ' · ' + order.appId;
    card.appendChild(element('p', 'meta', meta));
    var now = element('p', 'now');
    now.appendChild(element('span', 'state', order.state));
    if (order.final) now.appendChild(element('span', 'final', FINAL_WORDS[order.final] || order.final));
    card.appendChild(now);
    if (order.rider) {
      var rider = element('p', 'rider');
      rider.appendChild(element('span', 'label', '骑手 · rider'));
      rider.appendChild(element('span', 'who', [order.rider.name, order.rider.phone].filter(Boolean).join(' · ')));
      card.appendChild(rider);
    }
    if (order.expectedArrival) {
      var arrival = element('p', 'arrival');
      arrival.appendChild(element('span', 'label', '预计送达 · expected'));
      arrival.appendChild(timeElement(order.expectedArrival));
      card.appendChild(arrival);
    }
    var timeline = element('ol', 'timeline');
    order.steps.forEach(function (step) {
      var item = element('li', 'node');
      item.dataset.status = String(step.orderStatus);
      item.appendChild(timeElement(step.time));
      item.appendChild(element('span', 'action', step.state));
      if (step.message) item.appendChild(element('span', 'message', step.message));
      timeline.appendChild(item);
    });
    card.appendChild(timeline);
    if (current) current.card.replaceWith(card);
    else localList.prepend(card);
    localShown.set(key, { steps: order.steps.length, card: card });
  }

  // A 同城配送 order: its status now (final ones marked), how the demo
  // believed it (sign or query), the courier when known and every status.
  function renderIntracityOrder(order) {
    var key = [order.appId, order.wxOrderId].join('|');
    var current = intracityShown.get(key);
    if (current && current.steps > order.steps.length) return;
    var card = element('article', 'local-order intracity-order');
    card.dataset.wxOrderId = order.wxOrderId;
    card.dataset.status = String(order.orderStatus);
    if (order.final) card.dataset.final = order.final;
    card.appendChild(element('h2', '', order.storeOrderId));
    card.appendChild(element('p', 'meta', '同城配送 · ' + order.serviceTransId + ' · order ' + order.wxOrderId + ' · store ' + order.wxStoreId + ' · ' + order.appId));
    var now = element('p', 'now');
    now.appendChild(element('span', 'state', order.state));
    if (order.final) now.appendChild(element('span', 'final', FINAL_WORDS[order.final] || order.final));
    now.appendChild(element('span', 'verified', VERIFIED_WORDS[order.verifiedBy] || order.verifiedBy));
    card.appendChild(now);
    if (order.courier) {
      var courier = element('p', 'rider');
      courier.appendChild(element('span', 'label', '配送员 · courier'));
      courier.appendChild(element('span', 'who', [order.courier.name, order.courier.phone].filter(Boolean).join(' · ')));
      card.appendChild(courier);
    }
    var timeline = element('ol', 'timeline');
    order.steps.forEach(function (step) {
      var item = element('li', 'node');
      item.dataset.status = String(step.orderStatus);
      item.appendChild(timeElement(step.time));
      item.appendChild(element('span', 'action', step.state));
      timeline.appendChild(item);
    });
    card.appendChild(timeline);
    if (current) current.card.replaceWith(card);
    else intracityList.prepend(card);
    intracityShown.set(key, { steps: order.steps.length, card: card });
  }

  // The stream first, then what arrived before: an update in between is kept either way.
  var stream = new EventSource('/tracking/stream');
  stream.addEventListener('waybill', function (event) { render(JSON.parse(event.data)); });
  stream.addEventListener('shipping', function (event) { renderShipping(JSON.parse(event.data)); });
  stream.addEventListener('buyer', function (event) { renderBuyer(JSON.parse(event.data)); });
  stream.addEventListener('local-order', function (event) { renderLocalOrder(JSON.parse(event.data)); });
  stream.addEventListener('shipment', function (event) { renderShipment(JSON.parse(event.data)); });
  stream.addEventListener('intracity-order', function (event) { renderIntracityOrder(JSON.parse(event.data)); });
  stream.onopen = function () { setStatus('live', 'live'); };
  // The browser retries a dropped stream by itself, but not one refused with
  // an error status: the only refusal the stream has is its cap on open streams (503).
  stream.onerror = function () {
    if (stream.readyState === EventSource.CLOSED) setStatus('${STREAMS_FULL_PAGE_TEXT}', 'down');
    else setStatus('reconnecting…', 'down');
  };

  fetch('/tracking/waybills', { headers: { accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (waybills) { waybills.slice().reverse().forEach(render); })
    .catch(function (error) { setStatus('could not load the waybills: ' + error.message, 'down'); });

  fetch('/tracking/local-orders', { headers: { accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (orders) { orders.slice().reverse().forEach(renderLocalOrder); })
    .catch(function (error) { setStatus('could not load the local orders: ' + error.message, 'down'); });

  fetch('/tracking/intracity-orders', { headers: { accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (orders) { orders.slice().reverse().forEach(renderIntracityOrder); })
    .catch(function (error) { setStatus('could not load the intracity orders: ' + error.message, 'down'); });

  fetch('/tracking/shipments', { headers: { accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (list) { list.slice().reverse().forEach(renderShipment); })
    .catch(function (error) { setStatus('could not load the shipments: ' + error.message, 'down'); });
})();
`;
