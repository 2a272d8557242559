// expect: clean
// source: an operator that registers its validating webhook the usual way: served by its own Service in the cluster,
// with the CA bundle of its serving certificate; its docs link the project's site
const DOCS = 'https://operator-docs.example/webhooks/';

async function registerValidator(kube, caBundle) {
  await kube.request('POST', '/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations', {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
    metadata: { name: 'widgets.operator.example', annotations: { docs: DOCS } },
    webhooks: [{
      name: 'widgets.operator.example',
      admissionReviewVersions: ['v1'], sideEffects: 'None',
      clientConfig: { service: { namespace: 'widget-system', name: 'widget-webhook', path: '/validate' }, caBundle },
      rules: [{ apiGroups: ['widgets.example'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['widgets'] }]
    }]
  });
}

module.exports = { registerValidator };
