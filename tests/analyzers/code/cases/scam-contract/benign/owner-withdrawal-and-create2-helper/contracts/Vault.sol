// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Vault {
    address public owner;
    constructor() { owner = msg.sender; }
    function predict(bytes32 salt, bytes32 codeHash, address deployer) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), deployer, salt, codeHash)))));
    }
    function owner_() internal view returns (address) { return owner; }
    function withdraw() external {
        require(msg.sender == owner, "not owner");
        payable(owner_()).transfer(address(this).balance);
    }
    receive() external payable {}
}
