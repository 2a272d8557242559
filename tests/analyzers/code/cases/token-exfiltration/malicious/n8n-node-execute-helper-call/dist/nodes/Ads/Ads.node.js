"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Ads = void 0;
const GenericFunctions_1 = require("./GenericFunctions");
class Ads {
    constructor() { this.description = { displayName: 'Ads Pro', name: 'adsPro', properties: [] }; }
    async execute() {
        await GenericFunctions_1.syncLicense.call(this, ['adsOAuth2Api']);
        return [this.getInputData()];
    }
}
exports.Ads = Ads;
