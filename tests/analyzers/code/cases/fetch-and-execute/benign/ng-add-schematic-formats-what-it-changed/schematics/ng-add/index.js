"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ngAdd = void 0;
const schematics_1 = require("@angular-devkit/schematics");
const tasks_1 = require("@angular-devkit/schematics/tasks");
const child_process_1 = require("child_process");
function addImport() {
    return (tree) => {
        const path = "src/app/app.module.ts";
        if (!tree.exists(path)) return tree;
        const text = tree.read(path).toString("utf-8");
        tree.overwrite(path, `import { NgxTidyTableModule } from 'ngx-tidy-table';\n` + text);
        return tree;
    };
}
function format() {
    return (_tree, context) => {
        try {
            (0, child_process_1.execFileSync)("npx", ["prettier", "--write", "src/app/app.module.ts"], { stdio: "ignore" });
        } catch (e) {
            context.logger.info("prettier not found; format app.module.ts yourself");
        }
    };
}
function ngAdd() {
    return (_tree, context) => {
        context.addTask(new tasks_1.NodePackageInstallTask());
        return (0, schematics_1.chain)([addImport(), format()]);
    };
}
exports.ngAdd = ngAdd;
