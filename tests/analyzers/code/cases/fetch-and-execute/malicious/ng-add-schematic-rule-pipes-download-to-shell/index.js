// expect: malicious
// source: blind set 36's ngx-lite-charts: `ng add` runs the collection's ng-add factory right after installing the
// package; the factory chains a "theme cache" rule that pipes a download to a shell. The CLI runs every rule the
// factory hands to `chain`, so the rule runs as surely as an install hook.
export const NgxLiteChartsModule = {};
