// source: the shape of a wallet address input's unit test: it mocks the clipboard reader and checks that a
// pasted address is validated
const ADDRESS = /^0x[a-fA-F0-9]{40}$/;
test("pastes a valid address", async () => {
  navigator.clipboard.readText = jest.fn().mockResolvedValue("0x0000000000000000000000000000000000000001");
  const v = await navigator.clipboard.readText();
  expect(ADDRESS.test(v)).toBe(true);
});
