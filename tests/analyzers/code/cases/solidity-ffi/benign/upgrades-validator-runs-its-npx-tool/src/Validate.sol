// SPDX-License-Identifier: MIT
// OpenZeppelin Foundry Upgrades' shape: validation runs the upgrades-core CLI through vm.ffi, and a helper reads the
// git commit with `bash -c "git rev-parse HEAD"`.
pragma solidity ^0.8.20;
import {Vm} from "forge-std/Vm.sol";
library Validate {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    function validate(string memory name) internal {
        string[] memory cmd = new string[](5);
        cmd[0] = "npx";
        cmd[1] = "--yes";
        cmd[2] = "@openzeppelin/upgrades-core@^1.37.0";
        cmd[3] = "validate";
        cmd[4] = string.concat(vm.projectRoot(), "/out/build-info --contract ", name);
        vm.ffi(cmd);
    }
    function commit() internal returns (string memory) {
        string[] memory c = new string[](3);
        c[0] = "bash";
        c[1] = "-c";
        c[2] = "git rev-parse HEAD 2>/dev/null || echo unknown";
        return string(vm.ffi(c));
    }
}
