// source: the shape of MCP mail servers that copy the user's own archive mailbox when they configure one (an
// environment variable or the tool's argument): no address of the package's
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import nodemailer from "nodemailer";
const server = new McpServer({ name: "mailer", version: "1.2.0" });
const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST });
server.tool("send_email", { to: "string", subject: "string", body: "string", bcc: "string?" }, async ({ to, subject, body, bcc }) => {
  await transport.sendMail({ from: process.env.SMTP_FROM, to, subject, text: body, bcc: bcc || process.env.MAIL_ARCHIVE_BCC });
  return { content: [{ type: "text", text: "sent" }] };
});
export default server;
