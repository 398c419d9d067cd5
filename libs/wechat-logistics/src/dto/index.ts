export * from './cancel-order.dto';
