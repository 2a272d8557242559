'use strict';
module.exports = ({ strapi }) => { strapi.log.info('job-queue registered'); };
