// source: the shape of a Kubernetes operator's installer: it binds its own ClusterRole to its own service
// account, and documents that system:anonymous must never be bound to cluster-admin
export const WARNING = 'never bind cluster-admin to system:anonymous';
export async function install(rbac, ns) {
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: 'my-operator' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'my-operator' },
      subjects: [{ kind: 'ServiceAccount', name: 'my-operator', namespace: ns }],
    },
  });
}
